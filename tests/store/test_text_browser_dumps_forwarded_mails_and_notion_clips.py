"""Invented pages: a Central Asian business story dumped by a text browser that lists its links as "Visible
links", a Colombo paper's print page, a Budapest business site copied with select-all, a Kampala paper's
story forwarded by e-mail from its "share" mail and a Port of Spain story clipped to Notion. What each page
keeps and which lines are chrome, and the names such pages use: a ticker with its share class, a country by
its formal name and a country with "and" in its name, a radio station, a regulator whose official is quoted
unnamed."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, entity_of, speakers

_DUMP = """   [1]Skip to content
   [2]The Steppe Courier

     * [3]Nation
     * [4]Business

   [5]Business

   Saryarka Grain and a Chinese partner to build a terminal at Kalzhat

   By Aigerim Nurlanova in [6]Business
   12 May 2025

   [7]Facebook [8]Telegram

   [IMG]
   Officials of both firms at the signing ceremony in
   Astana. Photo credit: Saryarka Grain press service

   ASTANA - Saryarka Grain Holding will build a grain terminal at the Kalzhat
   railway station with a Chinese partner, the company said. Most of its wheat
   now crosses by rail at Zharkent, where wagons wait for days.

   A resolution of the Government of Kazakhstan calls the terminal vital for the
   Republic of Kazakhstan. Kazakhstan exported more wheat to China last year.

References

   Visible links
   1. https://steppecourier.kz/2025/05/saryarka-terminal/#content
   2. https://steppecourier.kz/
   3. https://steppecourier.kz/category/nation/
   4. https://steppecourier.kz/category/business/
   5. https://steppecourier.kz/category/business/
   6. https://steppecourier.kz/category/business/
   7. https://www.facebook.com/sharer.php?u=https://steppecourier.kz/2025/05/saryarka-terminal/
   8. https://t.me/share/url?url=https://steppecourier.kz/2025/05/saryarka-terminal/
"""


def test_a_text_browser_dump_with_visible_links_keeps_its_headline_and_drops_its_chrome() -> None:
    analysis = analyze_text(_DUMP, filename="saryarka.txt")
    assert analysis.title == "Saryarka Grain and a Chinese partner to build a terminal at Kalzhat"
    assert (analysis.author, analysis.date) == ("Aigerim Nurlanova", "2025-05-12")
    body = "\n".join(analysis.paragraphs)
    for chrome in ("Facebook", "Telegram", "Photo credit", "Visible links", "steppecourier.kz"):
        assert chrome not in body


def test_stations_crossings_and_a_country_by_its_formal_name() -> None:
    analysis = analyze_text(_DUMP, filename="saryarka.txt")
    found = entities(analysis)
    assert found["Kalzhat"] == "PLACE"  # "the Kalzhat railway station"
    assert found["Zharkent"] == "PLACE"  # "crosses by rail at Zharkent"
    assert entity_of(analysis, "Republic of Kazakhstan") == "Kazakhstan"


_PRINT = """Colombo Ledger
Print this page    Close window

Monday, 4 August 2025 00:00
Comments / {{hitsCtrl.values.hits}} Views

Kelani Resorts to raise Rs. 2 b via rights issue

By Dilshan Perera

Kelani Holdings Chairman R.M.K. Jayasuriya – Pic by Nuwan Silva

Kelani Holdings PLC's leisure arm Kelani Resorts PLC will raise Rs. 2 billion through a rights issue, the company said in a disclosure to the Colombo Stock Exchange.

KRES.N0000 closed at Rs. 31.20 yesterday, while Kelani Holdings shares were unchanged.
"""


def test_a_print_page_drops_its_buttons_template_counter_and_credited_caption() -> None:
    analysis = analyze_text(_PRINT, filename="kelani.txt")
    assert analysis.title == "Kelani Resorts to raise Rs. 2 b via rights issue"
    body = "\n".join(analysis.paragraphs)
    for chrome in ("Print this page", "{{hitsCtrl", "Pic by Nuwan Silva"):
        assert chrome not in body
    # Colombo's voting share of KRES is the listed resort company's ticker, not a product
    assert entity_of(analysis, "KRES.N0000") == "Kelani Resorts PLC"


_SELECT_ALL = """Skip to main content
Danube Business Weekly
Log in
Subscribe
News
Finance
Finance
Founder to take Tisza-Pharm private
Zoltán Kerekes and a Vienna fund are offering HUF 1,900 per share for the wholesaler, a 28% premium, in a deal the central bank approved.
Réka Molnár
Thu, 10/23/2025 - 09:41
Capital Markets
Pharma
Cookie settings

Zoltán Kerekes, the founder of Tisza-Pharm Nyrt., has teamed up with a Vienna fund to take the company private.

Kerekes said the decision was about time horizons. "The market wants a result every quarter," Kerekes was quoted by Napi Gazdasag as saying on Tuesday.
"""


def test_a_select_all_copy_reads_a_month_first_drupal_date_and_drops_the_tag_chips() -> None:
    analysis = analyze_text(_SELECT_ALL, filename="tisza.txt")
    assert (analysis.author, analysis.date) == ("Réka Molnár", "2025-10-23")
    assert not any(p in ("Capital Markets", "Pharma") for p in analysis.paragraphs)


def test_a_person_quoted_by_an_outlet_is_the_speaker_not_the_outlet() -> None:
    quotes = speakers(analyze_text(_SELECT_ALL, filename="tisza.txt"))
    assert quotes["The market wants a result every quarter,"] == ("speech", "Zoltán Kerekes")


_FORWARDED = """From: Peter Ochieng <peter.ochieng@gmail.com>
Date: Mon, Sep 8, 2025 at 8:02 PM
Subject: Fwd: Mukono Dairies to list on USE
To: Peter Ochieng <peter.ochieng@gmail.com>


---------- Forwarded message ---------
From: Lake Herald <newsletter@lakeherald.co.ug>
Date: Mon, Sep 8, 2025 at 8:00 PM
Subject: Mukono Dairies to list on USE
To: <peter.ochieng@gmail.com>


Someone shared this article with you
A reader thought you would like this story from Lake Herald.

Mukono Dairies to list on USE
By Grace Atim
Published on: Sep 08, 2025

Mukono Dairies Uganda Limited, formed by the Mukono Dairy Farmers' Co-operative Society, plans to raise Shs 40b on the Uganda Securities Exchange.

Dr Ruth Nakato Ssali, the managing director, said the listing would fund a new UHT line. "We are asking the public to invest in a business that makes money," the managing director added.

"Buy the shares," the cooperative's chairman said on Radio Simba FM.

Mukono Dairies made a profit last year.

Read the full story on Lake Herald <https://www.lakeherald.co.ug/business/mukono-dairies-to-list>

------------------------------
You are receiving this email because someone shared an article from lakeherald.co.ug with you.
Unsubscribe <https://www.lakeherald.co.ug/unsubscribe> | Privacy policy <https://www.lakeherald.co.ug/privacy>
"""


def test_a_forwarded_share_mail_is_the_publications_story_not_the_forwarders_mail() -> None:
    analysis = analyze_text(_FORWARDED, filename="mukono.txt")
    assert (analysis.source, analysis.author) == ("Lake Herald", "Grace Atim")
    assert analysis.title == "Mukono Dairies to list on USE"
    body = "\n".join(analysis.paragraphs)
    for chrome in ("Forwarded message", "Someone shared", "A reader thought", "Read the full story", "Unsubscribe"):
        assert chrome not in body


def test_a_cooperative_a_company_named_with_its_country_a_sum_and_a_radio_station() -> None:
    analysis = analyze_text(_FORWARDED, filename="mukono.txt")
    found = entities(analysis)
    assert found["Mukono Dairy Farmers' Co-operative Society"] == "ORG"
    assert "Mukono Dairies" in aliases(analysis, "Mukono Dairies Uganda Limited")
    assert found["Radio Simba FM"] == "ORG"
    for word in ("Shs 40b", "UHT", "Co-operative Society"):
        assert word not in found
    quotes = speakers(analysis)
    assert quotes["We are asking the public to invest in a business that makes money,"] == ("speech", "Ruth Nakato Ssali")


_UNNAMED_OFFICIAL = """Mill defaults.

Pabna Knit employed 3,000 workers. A former director of the Dhaka Knitwear Forum, who asked not to be named, said a dozen mills were in trouble. "Half of Gazipur is waiting," the former director said.
"""


def test_the_director_a_paragraph_brought_in_unnamed_stays_unnamed() -> None:
    quotes = speakers(analyze_text(_UNNAMED_OFFICIAL, filename="pabna.txt"))
    assert quotes["Half of Gazipur is waiting,"] == ("speech", None)


_NOTION = """# Regulator orders valuation in Caroni bid for Leeward Life

Created: October 2, 2025 8:10 AM
URL: https://www.islandledger.co.tt/business/regulator-orders-valuation
Tags: Business

**Shanice Ramdeen-Joseph**

Published: Wednesday, October 1, 2025

The Trinidad and Tobago Securities and Exchange Commission (TTSEC) has ordered Caroni Holdings Limited to commission a valuation of Leeward Life Limited before its bid can proceed.
"""


def test_a_notion_clips_created_property_is_no_date_and_its_bold_byline_is_the_writer() -> None:
    analysis = analyze_text(_NOTION, filename="caroni.md")
    assert (analysis.date, analysis.author) == ("2025-10-01", "Shanice Ramdeen-Joseph")
    assert "Created: October 2, 2025 8:10 AM" in analysis.removed
    found = entities(analysis)
    assert entity_of(analysis, "TTSEC") == "Trinidad and Tobago Securities and Exchange Commission"
    assert "Tobago" not in found and "Trinidad" not in found
