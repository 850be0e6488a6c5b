"""Invented pages from a business-magazine profile, a startup site, an English-language Russian paper,
a Korean paper and SEC EDGAR: nicknames in another language, a book named with commas in it, a
company's own unit named after it, a patronymic wrapped onto the next line, an outlet told by a source,
and a filing whose captions stay while its form goes. Each test checks what a reader would see."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, entity_of, speakers


def test_a_magazine_profile_with_a_nickname_a_biography_and_the_owners_unit():
    text = "\n".join([
        "Fortuna Weekly",
        "How A Ferry Clerk’s Daughter Built Greece’s Busiest Ferry Line",
        "Published Mar 12, 2025, 06:00am EDT",
        "",
        "Eleni Varvaki keeps her father’s ticket stamp on her desk in Piraeus. “It is the best tool we own,” she says.",
        "",
        "The company is Kymata, the ferry line she started in 2004, and its freight business, Kymata Cargo, "
        "moved 2 million tons last year. She tops the Fortuna Self-Made Shipowners list, and she runs "
        "cheap island tours to Lourdes and along the Adriatic coast.",
        "",
        "Her rise is told in Salt Water, Thin Margins, a 2011 biography by the Milanese writer Bruno Ferrante, "
        "who describes her as “a woman who counts every drop of fuel.”",
        "",
        "At the ports, staff call her “la Kapetanissa,” a name from her first winter at sea.",
        "",
        "She plans to list Kymata on Borsa Italiana next year. “My father retired at 60,” she says. "
        "“I will not.”",
        "",
        "Follow me on Twitter or LinkedIn. Check out my website.",
    ])
    analysis = analyze_text(text, filename="profile.txt")
    names = entities(analysis)
    said = speakers(analysis)
    assert said["My father retired at 60,"] == ("speech", "Eleni Varvaki")  # not the exchange named before it
    assert names["Borsa Italiana"] == "ORG"
    assert said["la Kapetanissa,"][0] == "other"  # a name staff give her, not words anyone said
    assert entity_of(analysis, "Kapetanissa") == "Eleni Varvaki"  # hers, not the writer named last
    assert said["a woman who counts every drop of fuel."][0] == "other"  # the book's words
    assert "Salt Water, Thin Margins" in names and not {"Margins", "Water"} & set(names)
    assert "Milanese" not in names
    assert names["Adriatic"] == "PLACE" and names["Lourdes"] == "PLACE"
    assert "Fortuna Self-Made Shipowners" in names
    assert entity_of(analysis, "Kymata") != entity_of(analysis, "Kymata Cargo")  # the company and its unit
    assert "Follow me on Twitter or LinkedIn. Check out my website." in analysis.removed
    assert not {"Twitter", "LinkedIn"} & set(names)


def test_a_startup_page_with_a_posters_card_a_product_and_an_investor_clause():
    text = "\n".join([
        "Circuit Wire",
        "Marrowby buys coding startup Fennel Labs",
        "Ola Grant",
        "5:40 AM PST · March 4, 2025",
        "",
        "Marrowby has agreed to buy Fennel Labs, the startup behind the AI coding assistant Sprig.",
        "",
        "Fennel co-founder Desmond Varga, whom most of Sprig’s users know as “Dez,” announced it on X:",
        "",
        "Dez Varga",
        "@dezships",
        "Fennel is joining Marrowby. Sprig stays free for everyone",
        "9:12 AM · Mar 3, 2025",
        "41K Views",
        "",
        "Marrowby will fold Sprig into its review product, Marrowby Lens, by the summer.",
        "",
        "Ada Kowal, an angel investor who backed Fennel early and founded the tools company Brightloom, "
        "wrote on LinkedIn that the price was “a haircut with a bow on it.”",
    ])
    analysis = analyze_text(text, filename="startup.txt")
    names = entities(analysis)
    said = speakers(analysis)
    assert said["Fennel is joining Marrowby. Sprig stays free for everyone"] == ("speech", "Desmond Varga")
    assert said["a haircut with a bow on it."] == ("speech", "Ada Kowal")  # not the company in her clause
    # the poster's card stays, to say whose words follow; its stamp and counts go
    assert ("Dez Varga", "@dezships") == analysis.paragraphs[2:4]
    assert {"9:12 AM · Mar 3, 2025", "41K Views"} <= set(analysis.removed)
    assert names["Sprig"] == "PRODUCT"
    assert names["Marrowby Lens"] == "PRODUCT" and entity_of(analysis, "Marrowby") == "Marrowby"


def test_a_wrapped_page_with_a_patronymic_an_outlet_and_a_state_named_formally():
    text = "\n".join([
        "Volga Ledger",
        "Sanctions hit fertiliser magnate",
        "",
        "The United States on Monday imposed sanctions on Urals fertiliser magnate Pavel Igorevich",
        "Lebedinsky, his holding company Azotra and a Cyprus-registered firm.",
        "",
        "The U.S. Treasury said Lebedinsky had helped finance the Russian Federation’s war effort.",
        "",
        "A source close to the company told Vedomosti that the timing was “a coincidence.”",
    ])
    analysis = analyze_text(text, filename="volga.txt")
    names = entities(analysis)
    assert "Pavel Igorevich Lebedinsky" in names and "Pavel Igorevich" not in names
    assert entity_of(analysis, "Lebedinsky") == "Pavel Igorevich Lebedinsky"
    assert names["Vedomosti"] == "ORG"
    assert names["U.S. Treasury"] == "ORG"
    assert names["Russian Federation"] == "PLACE"


def test_a_groups_unlisted_steel_unit_is_a_company():
    text = (
        "Daehan Group has 30 affiliates, including Daehan Materials and Daehan Holdings. "
        "It also owns the unlisted Daehan Steel."
    )
    assert entities(analyze_text(text, filename="daily.txt"))["Daehan Steel"] == "ORG"


FILING = "\n".join([
    "---",
    'title: "qvlt-20250303"',
    'source: "https://www.sec.gov/Archives/edgar/data/2/0002-25-000002/qvlt-20250303.htm"',
    "created: 2025-03-09",
    "---",
    "UNITED STATES SECURITIES AND EXCHANGE COMMISSION",
    "Washington, D.C. 20549",
    "",
    "# FORM 8-K",
    "CURRENT REPORT",
    "",
    "**QUILLVALE SURGICAL, INC.**",
    "(Exact name of registrant as specified in its charter)",
    "",
    "## Item 5.02 Departure of Directors or Certain Officers; Appointment of Certain Officers.",
    "",
    "On March 3, 2025, Hannah Ode informed Quillvale Surgical, Inc. (the “Company”) of her decision to resign. "
    "The Board appointed Omar Field, the Company’s Vice President, Finance, as interim Chief Financial Officer. "
    "He previously served as Senior Director, Finance at Corvell Devices, Inc.",
    "",
    "Mr. Field will receive a grant under the Company’s 2021 Equity Incentive Plan. There is no arrangement "
    "required to be disclosed under Item 404(a) of Regulation S-K.",
    "",
    "## Item 7.01 Regulation FD Disclosure.",
    "",
    "On March 5, 2025, the Company issued a press release about the matters in Item 5.02 above, furnished as "
    "Exhibit 99.1 to this Current Report on Form 8-K.",
    "",
    "## SIGNATURE",
    "QUILLVALE SURGICAL, INC.",
    "Date: March 5, 2025",
    "By: /s/ Rita Vance",
])


def test_a_filing_keeps_its_captions_takes_its_own_heading_and_date_and_names_no_form_words():
    analysis = analyze_text(FILING, filename="filing.md")
    assert analysis.title == "FORM 8-K"  # the page's heading, not the file name the clipper took as title
    assert analysis.date == "2025-03-05"  # the filing's, not the day it was clipped ("created:")
    assert "Item 7.01 Regulation FD Disclosure." in analysis.paragraphs
    names = entities(analysis)
    assert not {"Finance", "Item", "Report", "Departure", "Appointment", "Certain Officers"} & set(names)
    assert names["2021 Equity Incentive Plan"] == "OTHER"
    assert "Corvell Devices, Inc." in aliases(analysis, "Corvell Devices")
    assert "Quillvale Surgical, Inc." in aliases(analysis, "Quillvale Surgical")


def test_a_page_without_blank_lines_under_a_logo_link_and_a_menu():
    text = "\n".join([
        "Skip to main content",
        "Print subscriptions",
        "Sign in",
        "UK edition",
        "The Courier - Back to home",
        "News",
        "Business",
        "Retail",
        "Brellow shareholders revolt over £4.1m pay deal for chief executive",
        "A third of votes cast against the package at the grocer’s annual meeting",
        "Mira Ostby Business reporter",
        "Mon 12 May 2025 14.31 BST",
        "Shareholders in Brellow voted against the pay report at the annual meeting in York on Monday.",
        "Explore more on these topics",
        "Brellow",
        "Executive pay and bonuses",
        "Support the Courier",
        "Remind me in July",
    ])
    analysis = analyze_text(text, filename="courier.txt")
    assert analysis.title == "Brellow shareholders revolt over £4.1m pay deal for chief executive"
    assert analysis.source == "The Courier"  # the logo's words, not "Print subscriptions"
    assert analysis.author == "Mira Ostby"
    assert analysis.paragraphs[0].startswith("A third of votes cast")
    for chrome in ("UK edition", "Executive pay and bonuses", "Support the Courier", "Remind me in July"):
        assert chrome in analysis.removed


def test_a_lower_case_brand_opens_the_headline_under_a_sites_widgets():
    text = "\n".join([
        "The Circuit",
        "The Circuit logo.",
        "Hamburger Navigation Button",
        "Login / Sign Up",
        "Tech",
        "Reviews",
        "vantl is shutting down its servers, and its Nook hubs will stop working on April 30th",
        "Owners get a partial refund and a final firmware update.",
        "by Owen Lark",
        "Apr 9, 2025, 4:12 PM UTC",
        "Link",
        "If you buy something from a Circuit link, Halden Media may earn a commission. See our ethics statement.",
        "Smart home startup vantl is shutting down the servers its Nook hubs depend on.",
    ])
    analysis = analyze_text(text, filename="circuit.txt")
    assert analysis.title.startswith("vantl is shutting down its servers")
    assert (analysis.source, analysis.date, analysis.author) == ("The Circuit", "2025-04-09", "Owen Lark")
    assert analysis.paragraphs == (
        "Owners get a partial refund and a final firmware update.",
        "Smart home startup vantl is shutting down the servers its Nook hubs depend on.",
    )


def test_an_email_printed_from_webmail_takes_its_subject_and_sender():
    text = "\n".join([
        "---",
        'title: "Gmail - Tessory — March 2025 investor update"',
        "clipped: 2025-04-07",
        "---",
        "Gmail",
        "",
        "Ruth Amadi <ruth@fernvc.example>",
        "",
        "**Tessory — March 2025 investor update**",
        "",
        "1 message",
        "",
        "From: Idris Kell <idris@tessory.example>",
        "To: Investors <investors@tessory.example>",
        "Date: Tue, Apr 1, 2025 at 9:14 AM",
        "Subject: Tessory — March 2025 investor update",
        "",
        "Hi friends,",
        "",
        "March was our best month yet. Harrow Freight signed a fleet-wide contract.",
        "",
        "--",
        "Idris Kell",
        "CEO, Tessory",
        "",
        "This email is confidential and intended for Tessory investors only.",
        "Reply | Forward",
    ])
    analysis = analyze_text(text, filename="update.md")
    assert (analysis.title, analysis.author, analysis.date) == (
        "Tessory — March 2025 investor update", "Idris Kell", "2025-04-01"
    )
    assert analysis.source != "Gmail"
    assert analysis.paragraphs == (
        "Hi friends,", "March was our best month yet. Harrow Freight signed a fleet-wide contract."
    )


def test_a_lower_case_brand_and_a_turkish_name_written_with_and_without_its_letters():
    text = (
        "Smart home startup vantl is shutting down its servers. Vantl launched its first hub in 2021, and vantl "
        "says refunds will follow. Owners of vantl hubs are not happy.\n\n"
        "Doğan Kaya Holding A.Ş. will sell 60 percent of Yıldırımbank to a Gulf fund. Yildirimbank has 40 branches, "
        "and Yıldırımbank’s deposits grew last year."
    )
    analysis = analyze_text(text, filename="page.txt")
    assert entities(analysis)["vantl"] == "ORG" and "Vantl" in aliases(analysis, "vantl")
    assert entities(analysis)["Doğan Kaya Holding A.Ş."] == "ORG"
    assert entity_of(analysis, "Yildirimbank") == entity_of(analysis, "Yıldırımbank")
