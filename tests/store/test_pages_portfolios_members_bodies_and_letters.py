"""Invented pages: a Baltic public broadcaster's business story, whose ministers carry two-field
portfolios and whose bodies are named for their members ("Hauliers’ Association"), and a listed
company's letter to shareholders, signed at its foot over the site's menu. What is named, who said
what, and which lines are the page's furniture, as a reader would see them."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, speakers


def _broadcaster_page() -> str:
    return "\n".join([
        "Baltic Public Radio",
        "News",
        "Economy",
        "Culture",
        "",
        "Latvian ferry line Dzintarjūra sold to Finnish group",
        "",
        "Finnish shipping group Aallokko has agreed to buy Riga-based Dzintarjūra AS, the last independent ferry "
        "operator on the Gulf of Riga.",
        "",
        "A Dzintarjūra ferry at the quay in Ventspils. Source: Māra Ozola/BPR",
        "",
        "Read time: 3′",
        "Ilze Kalniņa",
        "27.05.2025 10:14",
        "",
        "The deal still has to be cleared by the Competition Council of Latvia (Konkurences padome) and by the "
        "Financial and Capital Market Commission (Finanšuinspekcija), which must approve the offer document.",
        "",
        "Minister of Transport and Logistics Andris Bērziņš (Progressives) said the state would keep its "
        "subsidy only if the winter route to Kolka stayed open.",
        "",
        '"The money was paid for a route, not for a company to sell. If the new owner drops Kolka, we will '
        'ask for every euro back," Bērziņš told BPR on Monday.',
        "",
        "Get the full picture of every Baltic shipping deal, with contacts and filings.",
        "Request a demo",
        "",
        "The Latvian Hauliers’ Association said drivers had not been consulted. \"Nobody asked the people who "
        "drive onto these ferries every morning,\" the association said in a statement.",
        "",
        "Environmental group Fundación Mar Limpio, which campaigns for cleaner Baltic shipping, said the "
        "route's old vessels should be replaced first. \"Selling the line is the moment to retire the two "
        "oldest ships,\" the foundation said.",
        "",
        "Follow BPR News on Facebook and X and never miss an update!",
        "",
        "Baltic Public Radio is Latvia's leading public news platform, covering politics, the economy and "
        "culture in the Baltic states and beyond.",
        "",
        "© 2026 BPR",
    ])


def test_a_minister_after_a_two_field_portfolio_and_a_body_named_for_its_members_are_named_and_speak():
    analysis = analyze_text(_broadcaster_page(), filename="bpr.txt")
    found = entities(analysis)
    assert found["Andris Bērziņš"] == "PERSON"  # not "Logistics Andris Bērziņš"
    assert not any(name.startswith(("Logistics", "Transport")) for name in found)
    assert found["Progressives"] == "ORG"  # the minister's party, in brackets after his name
    assert found["Latvian Hauliers’ Association"] == "ORG"
    assert "Latvian Hauliers" not in found and "Association" not in found
    said = speakers(analysis)
    route = next(text for text in said if text.startswith("The money was paid for a route"))
    assert said[route] == ("speech", "Andris Bērziņš")
    drivers = next(text for text in said if text.startswith("Nobody asked the people"))
    assert said[drivers] == ("speech", "Latvian Hauliers’ Association")
    ships = next(text for text in said if text.startswith("Selling the line"))
    assert said[ships] == ("speech", "Fundación Mar Limpio")  # "the foundation", in the name's own language


def test_a_body_named_in_english_then_in_its_own_language_is_one_body():
    analysis = analyze_text(_broadcaster_page(), filename="bpr.txt")
    commission = next(e for e in analysis.entities if e.name == "Financial and Capital Market Commission")
    assert "Finanšuinspekcija" in commission.aliases
    assert "Finanšuinspekcija" not in entities(analysis)


def test_a_broadcasters_caption_credit_read_time_demo_pitch_follow_line_and_self_description_are_chrome():
    analysis = analyze_text(_broadcaster_page(), filename="bpr.txt")
    assert (analysis.title, analysis.date) == ("Latvian ferry line Dzintarjūra sold to Finnish group", "2025-05-27")
    shown = "\n".join(analysis.paragraphs)
    for chrome in (
        "Source: Māra Ozola", "Read time", "Get the full picture", "Request a demo", "Follow BPR News",
        "leading public news platform",
    ):
        assert chrome not in shown, chrome
    assert "Māra Ozola" not in entities(analysis)
    assert "Minister of Transport and Logistics" in shown and "the foundation said" in shown


def test_a_letters_signature_gives_its_writer_and_day_and_the_menu_under_it_goes():
    text = "\n".join([
        "Harrowgate Pumps plc",
        "Investors › Annual report 2025 › Chair’s letter",
        "",
        "# Letter to Shareholders",
        "",
        "To the shareholders of Harrowgate Pumps plc:",
        "",
        "When I wrote to you last year I promised a steadier twelve months, and the",
        "business has delivered them. Revenue rose 5% to £188.4 million and our order",
        "book for irrigation pumps is the longest it has been in a decade.",
        "",
        "We will pay a final dividend of 9.1p per share and we expect another year of",
        "modest growth, with farm customers in Spain and Morocco making up for a slower",
        "year in municipal water.",
        "",
        "Yours sincerely,",
        "",
        "Margaret Ellery-Hughes",
        "Chair",
        "3 June 2025",
        "",
        "Investors",
        "Results and reports",
        "Share price",
        "Contact IR",
        "",
        "© 2025 Harrowgate Pumps plc. Registered in England and Wales No. 00451177.",
    ])
    analysis = analyze_text(text, filename="letter.md")
    assert (analysis.title, analysis.date, analysis.author) == (
        "Letter to Shareholders", "2025-06-03", "Margaret Ellery-Hughes"
    )
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("Yours sincerely", "Margaret Ellery-Hughes", "Results and reports", "Contact IR"):
        assert chrome not in shown, chrome
    assert shown.rstrip().endswith("slower year in municipal water.")


def test_an_offices_field_a_papers_own_word_a_platform_and_an_adjective_fund_are_read_as_such():
    text = "\n".join([
        "Baltic Public Radio",
        "",
        "Riga software firm Kontora wins state grant",
        "",
        "Riga software firm Kontora has won €2 million from the Just Transition Fund, the EU instrument for "
        "former industrial regions.",
        "",
        "Minister of Economy Inga Liepiņa said the grant would keep 80 jobs in Daugavpils. Kontora's chief "
        "executive, Rihards Zariņš, told Diena Päevaleht that the company's Kontora Cloud invoicing platform "
        "was now used by 9,000 firms.",
        "",
        "Secretary of State Edgars Krūmiņš signed the grant agreement on Monday. Minister of the Interior "
        "Marta Ozoliņa said the police would guard the plant.",
    ])
    analysis = analyze_text(text, filename="grant.txt")
    found = entities(analysis)
    assert found["Inga Liepiņa"] == "PERSON" and found["Edgars Krūmiņš"] == "PERSON"
    assert not any(name.startswith(("Economy", "State", "Interior")) for name in found)
    assert "Marta Ozoliņa" in found
    assert "Just Transition Fund" in found and "Transition Fund" not in found
    assert found["Diena Päevaleht"] == "ORG"
    assert found["Kontora Cloud"] == "PRODUCT"
    assert found["Riga"] == "PLACE"
