"""Invented pages: a Dhaka business story copied from a browser's reader view, a Singapore startup story
saved with a Markdown clipper (its excerpt box and paywall box left in), a Bucharest story dumped by a text
browser, an Auckland story exported from a read-later app and a Gulf listing story. What each page keeps and
which lines are chrome, and the names such pages use: Mohammad shortened to "Md.", a Vietnamese given name
that is also a short weekday, an engineer's style, a ticker blended from the company's name, two people of
one surname told apart by "Mr"."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, entity_of, speakers

_READER_VIEW = """dhakaledger.com.bd
Central bank rejects Meghna Knit's loan plea
Tahmina Akter
6–8 minutes

Published :  October 14, 2025 20:10:05

Bangladesh Bank has rejected a plea by Meghna Knit Composite Ltd to reschedule loans of Tk 640 crore.

Meghna Knit's managing director Mohammad Rafiqul Islam wrote to the regulator last month. On Tuesday, Md. Rafiqul Islam said the company would appeal.

Spinning mill floor in Narayanganj. — DL file photo

Md. Shahidul Alam, a director of the Knitwear Exporters Forum, criticised the decision.

"Thousands of jobs depend on this mill," Mr Alam told the Dhaka Ledger at his office in Dhaka's Motijheel area.

Nasrin Alam, an analyst at Padma Capital, said the shares had halved. "Investors were told nothing for months," she said.

Share if you like

Please click to read more news
Jute exports rise 9pc in September
Rupali Paints gets nod for rights issue
"""


def test_a_reader_view_copy_drops_its_file_photo_credit_share_prompt_and_teasers() -> None:
    analysis = analyze_text(_READER_VIEW, filename="meghna.txt")
    body = "\n".join(analysis.paragraphs)
    for chrome in ("DL file photo", "Share if you like", "Please click to read more news", "Jute exports", "Rupali Paints"):
        assert chrome not in body
    assert "Investors were told nothing for months" in body
    assert "Rupali Paints" not in entities(analysis)


def test_md_is_mohammad_shortened_and_part_of_the_name() -> None:
    analysis = analyze_text(_READER_VIEW, filename="meghna.txt")
    # "Md." is no managing director and no sentence's end: the man is "Md. Shahidul Alam", whole
    assert entity_of(analysis, "Md. Shahidul Alam") == "Md. Shahidul Alam"
    # and "Md. Rafiqul Islam" is the "Mohammad Rafiqul Islam" named first
    assert aliases(analysis, "Mohammad Rafiqul Islam") >= {"Mohammad Rafiqul Islam", "Md. Rafiqul Islam"}
    assert "Md" not in entities(analysis)
    assert entities(analysis)["Motijheel"] == "PLACE"  # "in Dhaka's Motijheel area"


def test_mr_names_only_the_namesake_the_text_calls_so() -> None:
    quotes = speakers(analyze_text(_READER_VIEW, filename="meghna.txt"))
    assert quotes["Thousands of jobs depend on this mill,"] == ("speech", "Md. Shahidul Alam")
    # "Mr Alam" is Shahidul; "she" is Nasrin Alam, whom no "Mr" makes a man
    assert quotes["Investors were told nothing for months,"] == ("speech", "Nasrin Alam")


_CLIPPED = """# Lumora trims 15% of staff after flat round
[https://www.asiastartupdesk.com/lumora-trims-staff](https://www.asiastartupdesk.com/lumora-trims-staff)

> ## Excerpt
> The Singapore-based lending startup is letting go of about 60 people across Jakarta and Ho Chi Minh City after raising money at the same valuation as two years ago.

---

[Startups](https://www.asiastartupdesk.com/startups)

[Irene Goh](https://www.asiastartupdesk.com/profile/irene-goh) · 4 min read

Sep 3, 2025

Lumora, a lending startup headquartered in Singapore, is laying off about 60 employees.

> **Unlock this story**
>
> Subscribe to read more of our reporting on the region's startups.
>
> [Subscribe to read more](https://www.asiastartupdesk.com/subscribe)

Chief financial officer Pham Thi Thu, who joined from a Hanoi bank in 2022, will run the Vietnam business. Thu said in a post that she would help staff find jobs.

"Letting good people go is the worst part of this work," she wrote.
"""


def test_a_clipped_page_keeps_its_byline_and_date_under_the_excerpt_and_drops_the_boxes() -> None:
    analysis = analyze_text(_CLIPPED, filename="lumora.md")
    assert (analysis.author, analysis.date) == ("Irene Goh", "2025-09-03")
    assert "Irene Goh" not in entities(analysis)
    removed = set(analysis.removed)
    assert {"> ## Excerpt", "> **Unlock this story**", ">"} <= removed
    # the excerpt's words are the story's standfirst and stay
    assert any(p.startswith("The Singapore-based lending startup") for p in analysis.paragraphs)


def test_a_vietnamese_given_name_that_is_also_a_short_weekday() -> None:
    analysis = analyze_text(_CLIPPED, filename="lumora.md")
    assert "Pham Thi Thu" in entities(analysis)
    assert speakers(analysis)["Letting good people go is the worst part of this work,"] == ("speech", "Pham Thi Thu")


_TEXT_BROWSER = """[Bucharest Wire]

Home | News | Business | Tech

Vlasca Foods sells bakery unit to Austrian group

Cristian Pop, managing partner at Olt Capital, said the fund had doubled its money. "It was the right time to sell," Pop said, quoted by Bursa Gazette.

[Advertisement]

The deal still needs clearance from the Competition Council.
"""


def test_a_text_browsers_bracketed_logo_and_ad_label_and_an_outlet_that_quotes() -> None:
    analysis = analyze_text(_TEXT_BROWSER, filename="vlasca.txt")
    assert analysis.source == "Bucharest Wire"
    assert "[Advertisement]" in analysis.removed
    assert entities(analysis)["Bursa Gazette"] == "ORG"


_READ_LATER = """Kāhu Holdings buys into Otago cheesemaker
https://www.nzledger.co.nz/article/kahu-holdings-buys-into-otago-cheesemaker
Saved 2 Sep 2025 from nzledger.co.nz

Kāhu Holdings has bought 30% of Clutha Cheese for NZ$45m.

Unlock this article

The iwi-owned investor has looked for such a stake since its Treaty settlement in 2014.
"""


def test_a_read_later_export_drops_its_saved_line_and_paywall_line_and_no_treaty_by_its_kind() -> None:
    analysis = analyze_text(_READ_LATER, filename="kahu.txt")
    assert {"Saved 2 Sep 2025 from nzledger.co.nz", "Unlock this article"} <= set(analysis.removed)
    assert "Treaty" not in entities(analysis)


_LISTING = """Al Mansoori family to float Rimal Logistics on Dubai market

His younger brother, Eng. Saeed bin Rashid Al Mansoori, has run Rimal Logistics PJSC since 2015 and will remain chief executive after the listing. Eng. Saeed said the company would pay half its profit as dividends.

"Investors here want cash they can count on," the chief executive said.

Noor Securities values RLOG at about AED 3 billion. His partner, his practice, Studio Haddad, advised the family.
"""


def test_an_engineers_style_a_blended_ticker_and_a_chief_executive_named_by_his_post() -> None:
    analysis = analyze_text(_LISTING, filename="gulfcargo.txt")
    found = entities(analysis)
    assert "Eng" not in found
    assert entity_of(analysis, "RLOG") == "Rimal Logistics PJSC"  # R + LOG: the heads of its words
    assert found["Studio Haddad"] == "ORG"  # "his practice, Studio Haddad,": his business, by its name
    assert speakers(analysis)["Investors here want cash they can count on,"] == ("speech", "Saeed bin Rashid Al Mansoori")
