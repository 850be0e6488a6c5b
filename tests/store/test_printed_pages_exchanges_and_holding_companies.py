"""Invented pages: a startup site printed to PDF and converted with its layout kept, a Lagos paper's mobile
page, a Brazilian business story pasted into a notes app with its writer at the foot, a Johannesburg
business site clipped with its copyright and comment policy, and a Tel Aviv tech story. What each page
keeps and which lines are chrome, and the names such pages use: sums in crore and lakh, initials in the
plural, an exchange's code, a man's holding company, a meeting every company holds."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, entity_of, speakers

_PRINTED = """4/9/25, 8:02 AM                        Kelpra Raises INR 450 Cr In Series B As Staff Question Founder Grant - Startupwire Me...

      Startupwire                                                                    Login     Subscribe
      Startups     Funding     News     Features     Reports     Events

      Home » News » Kelpra Raises INR 450 Cr In Series B As Staff Question Founder Grant

      NEWS
      Kelpra Raises INR 450 Cr In Series B As Staff Question Founder Grant

      SUMMARY
      •  Pune-based grocery delivery startup Kelpra has raised INR 450 Cr ($53 Mn) in a round led
         by Harbourgate Capital
      •  Employees have questioned a grant of 1.5 Lakh ESOPs to the cofounder

      Nandini Rao                                                  Published: 7 Apr, 2025 | 4:10 PM

      Pune-based grocery delivery startup Kelpra has raised INR 450 Cr ($53 Mn) in its Series B
      round led by Harbourgate Capital, with participation from Sahyadri Ventures.

      The round comes weeks after 21 employees wrote to the board about the grant of 1.5 Lakh
      ESOPs to cofounder Vikram Joshi, approved before the term sheet was signed.

https://startupwire.in/news/kelpra-raises-inr-450-cr-in-series-b/                                 1/2
4/9/25, 8:02 AM                        Kelpra Raises INR 450 Cr In Series B As Staff Question Founder Grant - Startupwire Me...

                    Startupwire Daily
                    Stay up to date with our latest news
                    Your Email ID                                    Subscribe

      A Kelpra spokesperson said the grant was "in line with the ESOP policy approved in 2022" and
      would vest over four years, "exactly like every other employee's grant".

      In an internal email to employees seen by Startupwire, Joshi wrote: 'I should have explained
      the grant before it was filed. That is on me.'

      Harbourgate partner Meera Iyer said the fund had looked at the grant. "We would not have led
      this round if we had a governance concern," said Iyer.

https://startupwire.in/news/kelpra-raises-inr-450-cr-in-series-b/                                 2/2
"""


def test_a_printed_page_keeps_its_headline_writer_and_date_and_drops_its_print_chrome() -> None:
    analysis = analyze_text(_PRINTED, filename="kelpra.txt")
    # the breadcrumb ends in the headline, and the writer and date share one line across the page
    assert analysis.title == "Kelpra Raises INR 450 Cr In Series B As Staff Question Founder Grant"
    assert (analysis.date, analysis.author) == ("2025-04-07", "Nandini Rao")
    body = "\n".join(analysis.paragraphs)
    for chrome in ("SUMMARY", "Startupwire Daily", "Stay up to date", "Your Email ID", "startupwire.in/news", "NEWS"):
        assert chrome not in body
    # the summary's bullets are the story's own standfirst
    assert "Employees have questioned a grant" in body
    # sums in crore and millions, and initials in the plural, are nobody's name
    for word in ("Cr", "Mn", "Lakh", "ESOP", "ESOPs", "Lakh ESOPs", "Nandini Rao Published"):
        assert word not in entities(analysis)


def test_a_quote_carried_on_after_a_comma_and_an_internal_email() -> None:
    quotes = speakers(analyze_text(_PRINTED, filename="kelpra.txt"))
    assert quotes["in line with the ESOP policy approved in 2022"][0] == "speech"
    assert quotes["exactly like every other employee's grant"][0] == "speech"
    # the founder's email to staff is a document's words, as a memo's are
    assert quotes["I should have explained the grant before it was filed. That is on me."][0] == "other"
    assert quotes["We would not have led this round if we had a governance concern,"] == ("speech", "Meera Iyer")


_MOBILE = """Lagos Ledger News
Menu
Search
Business
Okavi Breweries: Investor asks SEC to halt N40bn rights issue
By Chidinma Eze
On March 3, 2025 9:12 am In Business, Markets
Lagos Ledger News
Advertisement

A minority shareholder in Okavi Breweries Plc, Alhaji Musa Danfodio, has asked the Securities and Exchange Commission, SEC, to halt the brewer's N40 billion rights issue.

Danfodio, who holds 3.1 per cent of the company through Danfodio Holdings Limited, says the offer price is too low.

In a notice to Nigerian Exchange Limited, NGX, the brewer said the offer remained subject to approval.

Danfodio's lawyers said their client would go to the tribunal if the regulator did not act. Danfodio wants a longer offer period.

The issue dominated the brewer's 30th Annual General Meeting in Lagos, where a shareholder asked the board to write to every investor by SMS.

The Chairman, Chief Adewale Ogunbanjo, told shareholders that the brewer's French partner would take up its rights.

“If any shares are left over, our partners will buy them,” the chairman said.

Shares of Okavi closed flat on the NGX on Tuesday.

Sign up for our newsletter
Related
NGX: Bank stocks gain N90bn as investors return
"""


def test_a_mobile_pages_date_filed_under_sections_and_its_logo_under_the_byline() -> None:
    analysis = analyze_text(_MOBILE, filename="okavi.txt")
    assert (analysis.date, analysis.author) == ("2025-03-03", "Chidinma Eze")
    assert not any(paragraph in ("Lagos Ledger News",) or "In Business, Markets" in paragraph for paragraph in analysis.paragraphs)
    for name in ("Business", "Markets", "News", "Meeting", "Annual General Meeting", "SMS"):
        assert name not in entities(analysis)


def test_a_surname_beside_the_mans_holding_company_an_exchange_by_its_initials_and_a_chairman_in_his_styles() -> None:
    analysis = analyze_text(_MOBILE, filename="okavi.txt")
    # "Danfodio" alone is the man, not the company he holds his shares through
    assert entity_of(analysis, "Danfodio") == "Musa Danfodio"
    assert entities(analysis)["Danfodio Holdings Limited"] == "ORG"
    # "Nigerian Exchange Limited, NGX,": its short name, set off by commas
    assert entity_of(analysis, "NGX") == "Nigerian Exchange Limited"
    assert speakers(analysis)["If any shares are left over, our partners will buy them,"] == ("speech", "Adewale Ogunbanjo")


_NOTE = """Listen to this article
Brazil
Business
Caravela Cargas raises R$900 million in B3 debut
October 8, 2025

Caravela Cargas Logística S.A., a trucking company based in Osasco, raised R$900 million in its initial public offering on B3 after pricing at the bottom of the range.

The shares, which trade under the ticker CRVC3, opened higher on Wednesday.

Chief executive Paulo Ribeiro rang the opening bell at B3 and said the company would open two hubs along the Rodoanel ring road.

The Paulista firm reported net income of R$95 million in the first half of the year.

By Camila Duarte, Rio Wire Correspondent

Related Articles
Brazil's IPO window reopens with two listings planned
"""


def test_a_writer_signed_at_the_foot_an_exchange_with_a_digit_and_a_road_by_its_kind() -> None:
    analysis = analyze_text(_NOTE, filename="caravela.txt")
    assert analysis.author == "Camila Duarte"
    assert not any(paragraph.startswith("By Camila Duarte") for paragraph in analysis.paragraphs)
    found = entities(analysis)
    assert found["B3"] == "ORG"  # an IPO on it and a bell rung at it: the exchange, not a model
    assert found["Rodoanel"] == "PLACE"
    for name in ("CRVC3", "Paulista", "Camila Duarte"):
        assert name not in found


_CLIPPED = """---
title: "Marula Foods chief quits as Highveld Poultry supply row deepens"
source: "https://www.randledger.co.za/news/companies/marula-foods-chief-quits/"
published: 2025-06-12
---

Marula Foods chief executive Johan Botha has resigned, three weeks after the retailer's supply agreement with Highveld Poultry collapsed.

Highveld halted deliveries in May. Highveld Poultry managing director Thabo Nkosi said the producer was still open to a settlement.

"We never wanted to walk away," Nkosi said.

Rand Ledger’s comment policy: Comments are moderated and may take some time to appear. Read our full comment policy before commenting.
© 2025 Rand Ledger (Pty) Ltd. All rights reserved.
"""


def test_a_clipped_pages_publisher_without_its_legal_form_and_its_comment_policy_as_chrome() -> None:
    analysis = analyze_text(_CLIPPED, filename="marula.md")
    assert analysis.source == "Rand Ledger"
    assert not any("comment policy" in paragraph for paragraph in analysis.paragraphs)
    # "Highveld" is the poultry company called short, not a person
    assert entity_of(analysis, "Highveld") == "Highveld Poultry"
    assert entities(analysis)["Highveld Poultry"] == "ORG"


_TECH = """Yuval Peretz and Yuval Dagan met while serving in Unit 8200, the Israel Defense Forces’ signals \
intelligence unit, and founded Lumenseal in 2019.

"People assume that two Yuvals in one company means one of us answers to the wrong name," Dagan said.
"""


def test_two_people_sharing_a_first_name_counted_and_a_numbered_unit_are_no_names() -> None:
    analysis = analyze_text(_TECH, filename="lumenseal.txt")
    found = entities(analysis)
    assert "Yuvals" not in found and "Unit" not in found
    assert found["Israel Defense Forces"] == "ORG"
    assert aliases(analysis, "Yuval Dagan") >= {"Yuval Dagan", "Dagan"}


def test_america_beside_the_united_states_is_one_country() -> None:
    analysis = analyze_text(
        "Lanterna Gelato wants to open 40 more shops in America and Asia.\n\n"
        "Its first shop in the United States opened in Boston in 2023.\n",
        filename="lanterna.txt",
    )
    assert entity_of(analysis, "America") == "United States"
