"""Invented pages: an East African paper's tea-export row, a Singapore paper's trust clipped to Markdown,
an Irish paper's plant closure with a TD's post, a Gulf paper's listing and a Nigerian desk's Facebook
post. What the page keeps, and whose each name and quotation is."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, entity_of, speakers

_TEA = "\n".join([
    "Lakeside Mirror",
    "",
    "Jinja tea packer in Shs2.1b row with Hamburg blender",
    "By Grace Atim",
    "Monday, June 2, 2025",
    "",
    "Nile Slopes Tea Estates Limited says Kessler & Vogt Teehandel GmbH walked away from a 600-tonne "
    "order after the chests had reached Mombasa, leaving Shs 210m unpaid.",
    "",
    "In an emailed reply, Kessler & Vogt said it cancelled because Nile Slopes could not show where the "
    "leaves came from under the European Union’s new rules.",
    "",
    "“We could not trace a third of the gardens, so we could not sell the tea,” the blender said.",
    "",
    "A tax letter gave Nile Slopes Tea Estates Ltd 21 days to explain Shs12,000 in unreconciled fees per "
    "chest. Exporters say the rules have no clear owner since the board was folded into the Ministry of "
    "Agriculture, Animal Industry and Fisheries.",
    "",
    "State Minister for Trade (Special Duties) Peter Okello said the state would stay out. “Exporters must keep "
    "clean books,” Mr Okello said.",
    "",
    "Hajji Musa Wabwire, a middleman in Busia, said he had sold his lorry. Hajji Wabwire said growers were "
    "now selling to Kenyan buyers.",
    "",
    "Ms Rose Akello, who picks on three acres, said in Lusoga: “Tetufunye sente.” Her words translate as: "
    "“We have not been paid.”",
])


def test_shillings_a_brief_in_brackets_and_a_blender_that_spoke() -> None:
    analysis = analyze_text(_TEA, filename="tea.txt")
    names = entities(analysis)
    assert not {"Shs", "Exporters", "Duties", "Animal Industry", "Hajji Musa Wabwire"} & names.keys()
    assert names.get("Peter Okello") == "PERSON"
    assert not any(name.startswith("Shs") or name.endswith(" 21") for name in names)
    assert names.get("Ministry of Agriculture, Animal Industry and Fisheries") == "ORG"
    assert entity_of(analysis, "Kessler & Vogt") == "Kessler & Vogt Teehandel GmbH"
    assert entity_of(analysis, "Wabwire") == "Musa Wabwire"
    said = speakers(analysis)
    assert said["We could not trace a third of the gardens, so we could not sell the tea,"] == (
        "speech", "Kessler & Vogt Teehandel GmbH",
    )
    assert said["We have not been paid."] == ("speech", "Rose Akello")


_TRUST = "\n".join([
    "[![The Harbour Ledger](https://www.harbourledger.example/logo.svg)](https://www.harbourledger.example/)",
    "- [Companies](https://www.harbourledger.example/companies)",
    "- [Property](https://www.harbourledger.example/property)",
    "# Lumen Bay Trust defends rights issue as fund objects",
    "[Tan Wei Ling](https://www.harbourledger.example/authors/tan-wei-ling)",
    "Published Tue, Jun 3, 2025 · 06:10 PM",
    "",
    "THE manager of Lumen Bay Trust (LBT) defended its rights issue on Tuesday. Lumen Bay Trust Management "
    "Ltd said the units were priced below those of Coral Point Industrial REIT.",
    "",
    "The fund has written to the Securities Investors Association (Singapore) (Sias) and Sias said it would "
    "look at the case. Units of LBT fell while the Straits Times Index (STI) rose, as Johor’s parks compete "
    "for tenants.",
    "",
    "Copyright © 2025 Harbour Media Holdings Limited. All rights reserved.",
])


def test_a_linked_logo_a_trust_and_its_manager_and_an_index_named_for_a_paper() -> None:
    analysis = analyze_text(_TRUST, filename="trust.md")
    assert analysis.source == "The Harbour Ledger"
    names = entities(analysis)
    assert names.get("Lumen Bay Trust") == "ORG" and names.get("Lumen Bay Trust Management Ltd") == "ORG"
    assert names.get("Coral Point Industrial REIT") == "ORG"
    assert names.get("Straits Times Index") == "OTHER" and "Straits" not in names
    assert names.get("Johor") == "PLACE"
    assert "Sias" in aliases(analysis, "Securities Investors Association")


_PLANT = "\n".join([
    "Munster Courier",
    "",
    "Limerick valve maker Corrib Flow to cut 90 jobs",
    "Ailbhe Kearney",
    "Today at 07:45",
    "",
    "Corrib Flow plc is to cut 90 jobs at its plant in Castletroy.",
    "",
    "Labour TD Cathal Dunphy, who represents Limerick City, posted on X last night:",
    "Ninety families getting bad news by email. Where are the conditions on the grants?",
    "— Cathal Dunphy TD (@CathalDunphyTD) June 2, 2025",
    "",
    "Mr Dunphy said the Tánaiste had been told. Fianna Fáil TD Orla Brophy said the same.",
    "",
    "Join the Munster Courier WhatsApp channel",
    "Stay up to date with all the latest news",
    "Latest Business",
    "Shannon airport traffic climbs for a fourth month",
    "Next Article",
    "Cork port tolls rise again",
])


def test_a_td_before_and_after_a_name_and_a_footer_of_other_stories() -> None:
    analysis = analyze_text(_PLANT, filename="plant.txt")
    names = entities(analysis)
    assert names.get("Cathal Dunphy") == "PERSON" and not {"Cathal Dunphy TD", "Labour TD Cathal Dunphy"} & names.keys()
    assert names.get("Fianna Fáil") == "ORG" and names.get("Orla Brophy") == "PERSON"
    assert "Tánaiste" not in names and "Shannon" not in names
    body = "\n".join(analysis.paragraphs)
    assert "latest news" not in body and "Latest Business" not in body and "Cork port" not in body
    assert "Today at" not in body


_LISTING = "\n".join([
    "Gulf Ledger",
    "",
    "Wahat Dairy sets KD 9.8 million IPO on Boursa Kuwait",
    "By Reem Al-Ajmi",
    "June 2, 2025",
    "",
    "KUWAIT: Wahat Dairy Co. will raise KD 9.8 million on Boursa Kuwait, and said the KD9.8m would repay "
    "debt. Kuwait's market regulator approved the prospectus.",
])


def test_an_exchange_named_for_its_country_and_dinars() -> None:
    analysis = analyze_text(_LISTING, filename="listing.txt")
    names = entities(analysis)
    assert names.get("Boursa Kuwait") == "ORG" and names.get("Kuwait") == "PLACE"
    assert entity_of(analysis, "Kuwait") == "Kuwait"
    assert not any(name.startswith("KD") for name in names)


_FACEBOOK = "\n".join([
    "Facebook",
    "Log in",
    "Forgot account?",
    "",
    "Abuja Money Desk",
    "Verified",
    "8.4K followers",
    "June 3 at 10:12 AM",
    "·",
    "",
    "BREAKING: Regulator suspends Naira Loop's licence",
    "The central bank has suspended the licence of Naira Loop Ltd, according to a circular dated June 2, 2025.",
    "The circular, signed by its director of payments, says the company \"failed to keep enough capital\".",
    "Kano agent Bello Yaro said transfers had stopped. Naira Loop MFB is not affected.",
    "#NairaLoop #Fintech",
    "All reactions:",
    "640",
    "120 comments",
    "Like",
    "Comment",
    "Share",
    "Ifeoma Nwosu",
    "My money is stuck with Lantern Bank Plc since Monday.",
    "1d",
    "View more comments",
])


def test_a_facebook_page_post_its_page_its_day_and_not_its_comments() -> None:
    analysis = analyze_text(_FACEBOOK, filename="post.txt")
    assert analysis.title == "BREAKING: Regulator suspends Naira Loop's licence"
    assert (analysis.source, analysis.date, analysis.author) == ("Abuja Money Desk", "2025-06-03", None)
    body = "\n".join(analysis.paragraphs)
    assert "#NairaLoop #Fintech" in body and "Ifeoma" not in body and "followers" not in body
    names = entities(analysis)
    assert "Lantern Bank Plc" not in names and names.get("Naira Loop MFB") == "ORG"
    assert speakers(analysis)["failed to keep enough capital"][0] != "speech"
