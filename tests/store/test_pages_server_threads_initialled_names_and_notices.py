"""Invented pages: a reporter's thread on a Mastodon server, a state news agency's story whose people
are written with their father's initial, a financial daily under its boast, and a Benelux business
story. Their headlines, sources, dates and writers, their furniture, who is named and who said what,
as a reader would see them."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of, speakers


def test_a_server_thread_keeps_the_writers_posts_and_the_post_she_boosted_and_drops_the_rest():
    text = "\n".join([
        "---",
        'title: "Mira Kessel: Ostwerk Pumpen has filed for insolvency"',
        'source: "https://newsroom.social/@mirakessel/11223344"',
        'author: "[[Mira Kessel]]"',
        "published: 2025-06-04",
        "---",
        "Mira Kessel",
        "@mirakessel@newsroom.social",
        "Business reporter. Pumps, valves and the people who make them.",
        "Follow",
        "",
        "Jun 4, 2025, 07:58",
        "Public",
        "Ostwerk Pumpen, the Magdeburg maker of irrigation pumps, filed for insolvency this morning. 1/3",
        "7 replies",
        "30 boosts",
        "41 favourites",
        "",
        "Mira Kessel boosted",
        "Jonas Reuter",
        "@jreuter@werkrat.social",
        "Jun 4, 2025, 08:10",
        "Public",
        "Works council here: nobody told the 230 of us before the court did. Meeting at the canteen at noon.",
        "2 replies",
        "55 boosts",
        "60 favourites",
        "",
        "Jun 4, 2025, 08:25",
        "Public",
        "CW: job cuts",
        "Show more",
        "The administrator, Greta Falk, told me wages are covered until August. 2/3",
        "1 reply",
        "9 boosts",
        "12 favourites",
        "",
        "Paul Brandes",
        "@pbrandes@mastodon.example",
        "Jun 4, 2025, 08:31",
        "Is the Halle plant part of the filing too?",
        "1 reply",
        "",
        "Jun 4, 2025, 08:40",
        "Public",
        "The Halle plant is not part of the filing, Falk said. 3/3",
        "4 boosts",
        "",
        "Log in to join the conversation",
        "Mastodon",
        "Privacy policy",
    ])
    analysis = analyze_text(text, filename="thread.md")
    assert (analysis.source, analysis.author, analysis.date) == ("newsroom.social", "Mira Kessel", "2025-06-04")
    shown = "\n".join(analysis.paragraphs)
    for post in ("filed for insolvency this morning", "nobody told the 230 of us", "wages are covered until August",
                 "The Halle plant is not part of the filing"):
        assert post in shown, post
    for chrome in ("@mirakessel", "Business reporter.", "Follow", "Public", "boosts", "favourites", "replies",
                   "Jun 4, 2025, 08:10", "boosted", "@jreuter", "CW: job cuts", "Show more",
                   "Paul Brandes", "Is the Halle plant part of the filing too?"):
        assert chrome not in shown, chrome
    said = speakers(analysis)
    boosted = next(text for text in said if text.startswith("Works council here"))
    assert said[boosted] == ("speech", "Jonas Reuter")


def test_an_agency_story_names_people_by_their_fathers_initial_and_is_signed_under_its_last_paragraph():
    text = "\n".join([
        "STEPPE NEWS AGENCY",
        "Politics",
        "Economy",
        "Society",
        "",
        "Economy",
        "Working Group Questions Tsagaan Uul Coal Supply Contract",
        "",
        "Ulaanbaatar, June 4, 2025 /SNA/. The working group of the State Great Hural met on June 3 to review the "
        "coal supply contract signed by Tsagaan Uul Mining LLC, whose mine lies in Tsogttsetsii soum of "
        "Umnugovi aimag.",
        "",
        "The contract, worth about MNT 2.1 trillion, was signed without a review by the board of "
        '"Erdenes Tavan" LLC, which holds a stake on behalf of the state.',
        "",
        'Minister of Mining and Heavy Industry G.Enkhbold said, "A ten-year contract with one buyer does '
        'not serve the country. The ministry will ask for the pricing terms."',
        "",
        "Head of the working group, MP Ts. Sarangerel noted that other contracts would be examined too. "
        "Sarangerel said the findings will go to the Standing Committee on Economic Policy.",
        "",
        "Chief Executive Officer of Khan Coal JSC D.Batbayar said the tender had four bidders. "
        '"We will present every document," D. Batbayar said.',
        "",
        "B.Altantsetseg",
        "",
        "Top news",
        "Parliament approves the budget amendment in its first reading",
        "Read more",
        "© Steppe News Agency 2025",
    ])
    analysis = analyze_text(text, filename="agency.txt")
    assert (analysis.title, analysis.date, analysis.author) == (
        "Working Group Questions Tsagaan Uul Coal Supply Contract", "2025-06-04", "B.Altantsetseg"
    )
    found = entities(analysis)
    assert found["G.Enkhbold"] == "PERSON"
    assert found["Ts. Sarangerel"] == "PERSON" and entity_of(analysis, "Sarangerel") == "Ts. Sarangerel"
    assert entity_of(analysis, "D.Batbayar") == entity_of(analysis, "D. Batbayar")
    assert found["Khan Coal JSC"] == "ORG" and found["Erdenes Tavan"] == "ORG"
    assert found["State Great Hural"] == "ORG" and found["Umnugovi"] == "PLACE"
    for wrong in ("Heavy Industry G.Enkhbold", "Ts", "LLC", "MNT 2.1", "Parliament", "B.Altantsetseg"):
        assert wrong not in found, wrong
    said = speakers(analysis)
    assert said["We will present every document,"][1] == entity_of(analysis, "D. Batbayar")
    assert next(speaker for text, (_, speaker) in said.items() if text.startswith("A ten-year")) == "G.Enkhbold"
    shown = "\n".join(analysis.paragraphs)
    assert "Top news" not in shown and "budget amendment" not in shown


def test_a_financial_dailys_boast_is_not_its_headline_and_a_notice_read_out_is_no_ones_speech():
    text = "\n".join([
        "Karakoram Ledger",
        "Pakistan's first business weekly",
        "Markets",
        "Companies",
        "Opinion",
        "",
        "Markets",
        "Sindh Glassworks Plans Rs2 Billion Rights Issue As Rival Files Complaint",
        "Published June 4, 2025",
        "",
        "KARACHI: Sindh Glassworks Limited will raise Rs2 billion through a rights issue, the company told the "
        "bourse on Wednesday.",
        "",
        "“The proceeds shall be used to build a second furnace at the Company's Hyderabad site,” the notice read.",
        "",
        "The sponsors, led by First Indus Modaraba with a 38 percent stake, will take up their rights.",
        "",
        "Sindh Glassworks rejected the complaint as “baseless and driven by a competitor” in a statement to "
        "the exchange.",
    ])
    analysis = analyze_text(text, filename="daily.txt")
    assert analysis.title == "Sindh Glassworks Plans Rs2 Billion Rights Issue As Rival Files Complaint"
    assert "Pakistan's first business weekly" not in "\n".join(analysis.paragraphs)
    said = speakers(analysis)
    notice = next(text for text in said if text.startswith("The proceeds"))
    assert said[notice] == ("other", None)
    assert said["baseless and driven by a competitor"] == ("speech", "Sindh Glassworks Limited")
    assert entities(analysis).get("First Indus Modaraba") == "ORG"


def test_a_benelux_story_keeps_its_legal_forms_and_knows_the_grand_duchy_and_the_ministry():
    text = "\n".join([
        "Moselle Business Review",
        "News",
        "Business",
        "",
        "Fund administrator Ardenne Services to cut 90 jobs",
        "This article is free to read, subscribe for more",
        "",
        "Ardenne Services S.A., a fund administrator in Luxembourg, will cut 90 jobs in the Grand Duchy, the "
        "company said on Wednesday. Its custody arm, Ardenne Custody S.à r.l., is not affected.",
        "",
        "Staff learnt of the cuts from a report by Lëtzebuerger Kurier on Tuesday evening.",
        "",
        "A flyer handed out by the union at the Strassen site read: “EUR 40m for the owners, a letter for 90 "
        "families.”",
        "",
        "The Fund Operations Forum Luxembourg ASBL, an industry body, counts 1,900 such jobs in the country.",
        "",
        "The union has written to the Ministry of Labour and Employment about the plan.",
        "",
        "In a statement first reported by Wort, the ministry said the plan was “a matter for the social "
        "partners first”.",
    ])
    analysis = analyze_text(text, filename="benelux.txt")
    found = entities(analysis)
    assert found["Ardenne Custody S.à r.l."] == "ORG"
    assert found["The Fund Operations Forum Luxembourg ASBL".removeprefix("The ")] == "ORG"
    assert entity_of(analysis, "Grand Duchy") == "Luxembourg"
    assert "free to read" not in "\n".join(analysis.paragraphs)
    said = speakers(analysis)
    flyer = next(text for text in said if text.startswith("EUR 40m"))
    assert said[flyer][0] == "other"
    assert said["a matter for the social partners first"] == ("speech", "Ministry of Labour and Employment")
