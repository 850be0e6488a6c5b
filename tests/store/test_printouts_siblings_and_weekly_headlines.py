"""Invented pages: a magazine story printed from the browser and turned back into text, a weekly's
short headline over its rubric, a paper whose "Latest News" strip sits above the headline, and the
names such stories use: siblings told apart only by "Mr" and "Ms", a brother-in-law beside the chief
executive, tickers in brackets, baht, a clipped given name. What the page keeps, and whose each name
and quotation is."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, entity_of, speakers

_HEADER = "4/9/25, 7:41 AM  Quorvane Faces a Shareholder Revolt. What the Fund Wants. - Ledger Weekly"
_FOOTER = "https://www.ledgerweekly.example/articles/quorvane-revolt-5a1e  {}/2"

_PRINTED_PAGE = "\n".join([
    _HEADER,
    "",
    "LEDGER WEEKLY",
    "",
    "Industrials",
    "Quorvane Faces a Shareholder Revolt. What the Fund Wants.",
    "",
    "By Odile Brandt",
    "Updated April 8, 2025 4:12 pm ET / Original April 7, 2025 9:05 am ET",
    "",
    "Share Resize Print",
    "",
    "Quorvane (ticker: QRVN) makes pumps for water utilities, and a hedge fund says its board has",
    "been asleep. Tamsin Holt, who runs Ferrow Point Capital, wants two seats and a new com-",
    "pensation plan. One director, Alan Fairlie, is the brother-in-law of Chief Executive Ruth Fairlie.",
    "",
    "Advertisement - Scroll to Continue",
    "",
    "Fairlie said on the last earnings call that Quorvane was \u201cahead of every target we set,\u201d and she",
    "pointed to orders from rivals' customers. QRVN shares have lagged Xylem (XYL) and Pentair",
    "Controls (PCX) for three years, and the fund thinks the board is to blame. In a letter, the fund",
    "",
    _FOOTER.format(1),
    "\f" + _HEADER,
    "",
    "described the plan as too generous. Holt said she had talked to holders of a fifth of the shares.",
    "",
    "Write to Odile Brandt at odile.brandt@ledgerweekly.example",
    "",
    "Appeared in the April 9, 2025, print edition as 'A Revolt at Quorvane.'",
    "",
    "This copy is for your personal, non-commercial use only.",
    "",
    _FOOTER.format(2),
])


def test_a_printed_page_loses_its_print_headers_and_reads_across_the_page_break() -> None:
    analysis = analyze_text(_PRINTED_PAGE, filename="printout.txt")
    assert analysis.title == "Quorvane Faces a Shareholder Revolt. What the Fund Wants."
    # the masthead in capitals, named as the print header writes it; the first date, not the update
    assert (analysis.source, analysis.date, analysis.author) == ("Ledger Weekly", "2025-04-07", "Odile Brandt")
    body = "\n".join(analysis.paragraphs)
    assert "In a letter, the fund described the plan as too generous." in body
    assert "new compensation plan" in body
    for chrome in ("7:41 AM", "https://", "Scroll to Continue", "Resize", "print edition", "non-commercial"):
        assert chrome not in body


def test_a_ticker_in_brackets_is_its_company_and_a_brother_in_law_no_principal() -> None:
    analysis = analyze_text(_PRINTED_PAGE, filename="printout.txt")
    assert "QRVN" in aliases(analysis, "Quorvane")  # named again as the market writes it
    assert "PCX" in aliases(analysis, "Pentair Controls")  # the words' initials and one letter more
    assert entities(analysis).get("Xylem") == "ORG"
    # "Fairlie" alone is the chief executive, not the relative the story names beside her
    assert entity_of(analysis, "Fairlie") == "Ruth Fairlie"
    assert speakers(analysis)["ahead of every target we set,"] == ("speech", "Ruth Fairlie")


_FAMILY_FIRM = "\n".join([
    "Business | Family firms",
    "Brothers at the loom",
    "A quarrel over a dead man's shares splits a Portuguese textile house",
    "Photograph: Alamy",
    "Mar 4th 2025|Porto",
    "",
    "THE FAMILY behind Grupo Varela has woven towels in the north of Portugal since 1931. Last month Ines"
    " Varela, its design chief, sued to block the appointment of her brother, Duarte Varela, as chief"
    " executive. Their father, Rui Varela, died in January. Varela had sales of \u20ac640m last year.",
    "",
    "Mr Varela says the board followed the rules. \u201cNobody skipped a step,\u201d he told staff. Ms Varela"
    " disagrees. \u201cThe vote was rushed,\u201d she says. Bankers think Varela could list in Lisbon by 2027.",
    "",
    "He also points to the annual report the firm published in March, which notes that \u201cexports held up"
    " better than expected\u201d and warns that \u201ca divided family is a risk to the business\u201d.",
])


def test_a_weeklys_short_headline_its_dateline_and_siblings_told_apart_by_title() -> None:
    analysis = analyze_text(_FAMILY_FIRM, filename="weekly.txt")
    assert (analysis.title, analysis.date) == ("Brothers at the loom", "2025-03-04")
    # the rubric under the headline is the story's, though a picture's credit follows it
    assert analysis.paragraphs[0] == "A quarrel over a dead man's shares splits a Portuguese textile house"
    # "Mr Varela" is the living brother, not the dead father; "Varela" alone is the company
    assert entity_of(analysis, "Mr Varela") == "Duarte Varela"
    assert entity_of(analysis, "Ms Varela") == "Ines Varela"
    assert entity_of(analysis, "Varela") == "Grupo Varela"
    said = speakers(analysis)
    assert said["Nobody skipped a step,"] == ("speech", "Duarte Varela")
    assert said["The vote was rushed,"] == ("speech", "Ines Varela")
    # the report's words, both of them, however the sentence goes on
    assert said["exports held up better than expected"][0] == "other"
    assert said["a divided family is a risk to the business"] == ("other", None)


_LATEST_STRIP = "\n".join([
    "The Lakeside Courier",
    "Home",
    "News",
    "Business",
    "Latest News",
    "Council approves new bus lanes along the ring road",
    "Rains delay the maize harvest in three counties",
    "",
    "BUSINESS",
    "Mavuno Mills warns on profit as the Nakuru county levy bites",
    "In Summary",
    "14 March 2025",
    "",
    "Mavuno Mills said its profit would fall by a third after the Nakuru county government raised a cess"
    " on flour. The company, whose founder Rajesh Menon started it in 1998, said sales of Bt40 million"
    " in Thailand were unaffected.",
    "",
    "\u201cWe will absorb what we can,\u201d Raj told reporters on Monday.",
])


def test_a_latest_news_strip_over_the_headline_is_not_the_title() -> None:
    analysis = analyze_text(_LATEST_STRIP, filename="courier.txt")
    assert analysis.title == "Mavuno Mills warns on profit as the Nakuru county levy bites"
    assert "In Summary" not in analysis.paragraphs
    names = entities(analysis)
    assert names.get("Nakuru") == "PLACE"  # a region by the lower-case "county" after it
    assert not any(name.startswith("Bt") for name in names)  # baht are a sum, not a name
    assert entity_of(analysis, "Raj") == "Rajesh Menon"


def test_a_weeklys_short_headline_under_its_masthead_and_menu_names_the_source() -> None:
    page = "\n".join(["Skip to content", "The Weekly Ledger", "Weekly edition", "The world in brief", "Search",
                      "Subscribe", "Log in", "", _FAMILY_FIRM])
    analysis = analyze_text(page, filename="weekly.txt")
    assert (analysis.title, analysis.source) == ("Brothers at the loom", "The Weekly Ledger")
    assert not {"Weekly edition", "The world in brief"} & set(analysis.paragraphs)
