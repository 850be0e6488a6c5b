"""Invented pages: a public broadcaster's international news site, a Manila news site with a machine
summary and a mood poll, a Lagos paper with a donation box set into the story, a trade site's brief in
Markdown and a Madrid paper's English edition. Each page's own furniture, what is named and who speaks.
Each test checks what a reader would see."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of, speakers


def test_a_broadcasters_international_page_drops_its_tagline_languages_and_credits():
    text = "\n".join([
        "SWI swissinfo.ch",
        "A branch of the Swiss Broadcasting Corporation SRG SSR",
        "Menu",
        "Languages: 10",
        "Deutsch",
        "Français",
        "Italiano",
        "日本語",
        "Home",
        "Business",
        "",
        "Basel lab-equipment maker Quellmatt replaces its chief after a failed product launch",
        "This content was published on June 12, 2025 - 09:10",
        "3 minutes",
        "Keystone-SDA",
        "",
        "Quellmatt AG said on Thursday that its chief executive, Regula Stampfli, would leave at the end of the month.",
        "",
        "According to the announcement, the board and Stampfli “agreed that the company needs a new start.”",
        "External Content",
        "The shares fell 6% on the SIX Swiss Exchange. Its Lausanne plant is not affected.",
        "Translated from German by DeepL/ts",
        "More",
        "Most Read Swiss news",
        "Zurich airport expects a record summer",
        "In compliance with the JTI standards",
        "More: SWI swissinfo.ch certified by the Journalism Trust Initiative",
        "Comments under this article have been turned off.",
    ])
    analysis = analyze_text(text, filename="swi.txt")
    assert analysis.title == "Basel lab-equipment maker Quellmatt replaces its chief after a failed product launch"
    assert analysis.date == "2025-06-12"
    shown = "\n".join(analysis.paragraphs)
    for chrome in (
        "A branch of", "Languages", "Deutsch", "日本語", "This content", "3 minutes", "Keystone", "External Content",
        "Translated from", "Most Read", "Zurich airport", "JTI", "Journalism Trust", "turned off",
    ):
        assert chrome not in shown
    assert "More" not in analysis.paragraphs
    named = entities(analysis)
    assert named["SIX Swiss Exchange"] == "ORG" and named["Lausanne"] == "PLACE"
    assert speakers(analysis)["agreed that the company needs a new start."][0] == "other"


def test_a_manila_sites_summary_warning_mood_poll_and_sign_off_are_chrome_but_the_summary_stays():
    text = "\n".join([
        "Rappler",
        "Business",
        "",
        "Regulator fines Bayanihan Telco P80 million over outage",
        "Jose Magsaysay",
        "Published 3:45 PM, June 12, 2025",
        "",
        "SUMMARY",
        "This is AI generated summarization, which may have errors. For context, always refer to the full article.",
        "The regulator orders Bayanihan Telco to pay P80 million and give rebates to users in Davao.",
        "",
        "MANILA, Philippines – The National Telecommunications Commission on Thursday fined Bayanihan Telco "
        "Corporation P80 million over a network failure in Davao.",
        "",
        "The telco said it would comply with the order.",
        "– Rappler.com",
        "How does this make you feel?",
        "Happy",
        "Sad",
        "Angry",
        "Don't care",
        "Add a comment",
    ])
    analysis = analyze_text(text, filename="rappler.txt")
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("SUMMARY", "AI generated", "Rappler.com", "make you feel", "Happy", "Don't care", "Add a comment"):
        assert chrome not in shown
    assert "The regulator orders Bayanihan Telco to pay P80 million and give rebates to users in Davao." in analysis.paragraphs


def test_a_lagos_papers_donation_box_and_text_ads_go_and_its_speakers_are_found():
    text = "\n".join([
        "PREMIUM TIMES",
        "Business",
        "",
        "Customers Accuse Lagos Lender Kobopay Of Freezing Accounts",
        "By Adaeze Okonkwo",
        "June 12, 2025",
        "",
        "Customers of Kobopay have petitioned the EFCC over frozen accounts.",
        "",
        "The petition, dated June 2 and signed by Barr. Emeka Obiora on behalf of 90 customers, describes the "
        "freezes as ‘arbitrary and unlawful’ and asks the agency to investigate.",
        "",
        "Mr Bello said he had used the app for years. “I could not pay my staff for two weeks.",
        "Support PREMIUM TIMES' journalism of integrity and credibility",
        "Good reporting is expensive, and we are determined to keep ours free. Please consider a donation to keep "
        "this journalism going.",
        "Donate",
        "TEXT AD: Need affordable plots in Epe? Call Sola - +2348120000000",
        "PT Mag Campaign AD",
        "",
        "What the company says",
        "In a post on its official X handle on Friday, the company said: “Some accounts have been restricted in line "
        "with regulatory requirements.”",
        "",
        "Kobo Digital Finance Limited runs the app. Its chief executive, Yetunde Balogun, said the freezes followed "
        "a directive from the Central Bank of Nigeria.",
    ])
    analysis = analyze_text(text, filename="pt.txt")
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("journalism of integrity", "Good reporting", "Donate", "TEXT AD", "Campaign AD"):
        assert chrome not in shown
    assert "Barr" not in entities(analysis)
    said = speakers(analysis)
    assert said["arbitrary and unlawful"][0] == "other"
    assert said["I could not pay my staff for two weeks."] == ("speech", entity_of(analysis, "Bello"))
    assert said["Some accounts have been restricted in line with regulatory requirements."] == (
        "speech", "Kobo Digital Finance Limited",
    )


def test_a_trade_sites_brief_keeps_its_section_labels_out_of_the_names_and_a_notice_its_words():
    text = "\n".join([
        "[Supply Chain Dive](https://www.supplychaindive.com/)",
        "",
        "# Harrowgate Freight to close Dayton warehouse",
        "",
        "### Dive Brief:",
        "",
        "- Harrowgate Freight Inc. will close its Dayton warehouse and lay off 140 workers, according to a notice "
        "filed with the state.",
        "",
        "### Dive Insight:",
        "",
        "\"The closure is expected to be permanent,\" the notice said. \"Affected employees are not represented by a union.\"",
        "",
        "\"This was a hard decision,\" spokesperson Dana Kowalczyk said in an email.",
    ])
    analysis = analyze_text(text, filename="dive.md")
    named = entities(analysis)
    assert "Dive Brief" not in named and "Dive Insight" not in named
    said = speakers(analysis)
    assert said["The closure is expected to be permanent,"][0] == "other"
    assert said["Affected employees are not represented by a union."][0] == "other"
    assert said["This was a hard decision,"] == ("speech", "Dana Kowalczyk")


def test_a_madrid_papers_english_edition_keeps_two_surnames_together_and_a_filings_words_apart():
    text = "\n".join([
        "EL PAÍS",
        "English",
        "ECONOMY AND BUSINESS",
        "Mexican investor’s stake splits the board of builder Arrieta",
        "Clara Ibarrondo",
        "Madrid - June 12, 2025 - 05:40 CEST",
        "",
        "Arrieta chairman Íñigo Zubizarreta Olano at the shareholders’ meeting in Bilbao last June. Javier Arozena (EFE)",
        "",
        "Peña Blanca Capital SL, the Madrid-registered vehicle through which Rodrigo Garza invests, told the CNMV it "
        "now holds 12% of Arrieta Infraestructuras, S.A., a member of the IBEX 35. Chief executive Marta Olazábal "
        "Gorostiza was not consulted.",
        "",
        "In its filing, Peña Blanca stated that it “has no intention of launching a takeover bid.” It described the "
        "investment as “long-term.”",
        "",
        "“Nobody spends that much to sit in the back row,” Íñigo Zubizarreta Olano, who has chaired the company "
        "since 2009, said in statements to this newspaper.",
        "",
        "Marta Olazábal has asked the board to seek legal advice.",
        "Archived In",
        "Arrieta",
        "CNMV",
        "IBEX 35",
    ])
    analysis = analyze_text(text, filename="elpais.txt")
    shown = "\n".join(analysis.paragraphs)
    assert "(EFE)" not in shown and "Archived In" not in shown
    named = entities(analysis)
    assert named["Peña Blanca Capital SL"] == "ORG" and named["IBEX 35"] == "OTHER"
    assert entity_of(analysis, "Peña Blanca") == "Peña Blanca Capital SL"
    assert entity_of(analysis, "Marta Olazábal") == "Marta Olazábal Gorostiza"
    said = speakers(analysis)
    assert said["has no intention of launching a takeover bid."][0] == "other"
    assert said["long-term."][0] == "other"
    assert said["Nobody spends that much to sit in the back row,"] == ("speech", "Íñigo Zubizarreta Olano")
