"""Invented pages as a read-later app shows them, as a text browser dumps them and as a reader service
returns them, and the names such stories use: a Tirana story in a read-later reader under the app's own menu,
a Lusaka story from "lynx -dump" with its feed links, link numbers and kwacha sums, a Kyiv story from a reader
service with a numbered logo alt text, a Kathmandu page copied whole under an e-paper bar, a Phnom Penh clip
with a spaced "Reporter :" credit; Albanian legal forms, a brother named by his surname's possessive, a given
name spelt the Ukrainian and the English way, a minister whose portfolio is a list."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of, speakers

_READ_LATER = """Pocket
Home
Saves
Highlights
Drini Resorts wins approval for Tirana bourse listing
tiranatimes.com
By Elira Mema
4 min read
View Original
Sep 9, 2025

TIRANA, Sept 9 – Albania’s Financial Supervisory Authority has approved the prospectus of Drini Resorts sh.a., clearing the way for the hotel group to list its shares.

Drini’s chief executive Besnik Kola said the money would pay for a new resort near Shkodër.

Kola will keep 60 percent of the shares through his family holding company, Kola Capital sh.p.k. Kola’s brother Ardit Kola, who runs the group's restaurants, will sell part of his stake.

The offer will be managed by Adriatik Securities sh.a., a Tirana broker, its director told Tirana Times.

Tags
Add Tags
Archive
Delete
Favorite
Share"""


def test_a_read_later_app_s_menu_is_chrome_and_the_domain_under_the_headline_names_the_site() -> None:
    analysis = analyze_text(_READ_LATER, filename="drini.txt")
    assert analysis.title == "Drini Resorts wins approval for Tirana bourse listing"
    assert analysis.source == "Tirana Times"
    assert analysis.author == "Elira Mema"
    for chrome in ("Pocket", "Saves", "Highlights", "View Original", "tiranatimes.com"):
        assert chrome in analysis.removed


def test_albanian_legal_forms_close_a_company_s_name_and_a_brother_belongs_to_the_man() -> None:
    analysis = analyze_text(_READ_LATER, filename="drini.txt")
    found = entities(analysis)
    assert found["Kola Capital sh.p.k."] == "ORG"
    assert found["Adriatik Securities sh.a."] == "ORG"
    assert entity_of(analysis, "Kola") == "Besnik Kola"


_DUMP = """   #[1]Copper Daily » Feed [2]Copper Daily » Comments Feed [3]Copper Daily »
   Mwale Drilling sets K400m LuSE listing Comments
   Feed

   [4]Skip to content
   [5][Copper Daily logo]

     * [6]Home
     * [7]Business

   Mwale Drilling sets K400m LuSE listing

   [8]March 3, 2025 [9]Chanda Phiri [10]5 Comments

   Copperbelt contractor Mwale Drilling Plc will list on the [11]Lusaka
   Securities Exchange after the bourse approved its plan to raise K400
   million. Its order book stands at K1.2 billion and shares will be priced
   at K4 each.

   KCM Investments Holdings Plc (KCM-IH) will take up to 10 per cent of
   the shares. KCM-IH already holds stakes in three mines.

   At a meeting in Kitwe, Mr Banda said in Bemba: "Twalitotela sana." He
   said the listing would bring work to small firms.

References

   1. https://www.copperdaily.example/feed/
   2. https://www.copperdaily.example/comments/feed/
   3. https://www.copperdaily.example/2025/03/03/mwale/feed/
   4. #content
   5. https://www.copperdaily.example/
   6. https://www.copperdaily.example/
   7. https://www.copperdaily.example/category/business/
   8. https://www.copperdaily.example/2025/03/03/
   9. https://www.copperdaily.example/author/chanda-phiri/
  10. https://www.copperdaily.example/2025/03/03/mwale/#comments
  11. https://www.copperdaily.example/tag/luse/
"""


def test_a_text_browser_s_feed_links_are_chrome_and_its_row_of_links_gives_date_and_writer() -> None:
    analysis = analyze_text(_DUMP, filename="mwale.txt")
    assert analysis.title == "Mwale Drilling sets K400m LuSE listing"
    assert analysis.source == "Copper Daily"
    assert analysis.date == "2025-03-03"
    assert analysis.author == "Chanda Phiri"


def test_kwacha_sums_a_language_and_an_acronym_with_a_hyphen() -> None:
    analysis = analyze_text(_DUMP, filename="mwale.txt")
    names = set(entities(analysis))
    assert not {name for name in names if name.startswith(("K4", "K1", "K400"))}
    assert "Bemba" not in names
    assert entity_of(analysis, "KCM-IH") == "KCM Investments Holdings Plc"


_READER_SERVICE = """Title: Polissya Grain to build a terminal on the Danube
URL Source: https://www.newsdesk.example/economy/polissya-grain-terminal.html
Published Time: 2025-05-14T09:10:00+00:00

Markdown Content:
[![Image 1: Kyiv Ledger](https://static.newsdesk.example/logo.svg)](https://www.newsdesk.example/)

Polissya Grain to build a terminal on the Danube
================================================

Agritech company Polissya Grain will build a grain terminal with a loan from the EBRD, Kyiv Ledger reports.

“The Danube is our route to Europe,” Polissya Grain chief executive Mykola Savchenko told Kyiv Ledger.

Deputy Minister Oleksii Tkachuk said the ministry would speed up customs checks. Savchenko thanked "Alexey Tkachuk and his team" for their help.

If you want to read more news about Ukraine's economy, subscribe to Kyiv Ledger on [Telegram](https://t.me/kyivledger) and [X](https://x.com/kyivledger).

When quoting or using any materials on the Internet, a hyperlink to newsdesk.example not lower than the first paragraph is mandatory.
"""


def test_a_reader_service_s_header_dates_the_page_and_its_numbered_logo_alt_text_names_the_site() -> None:
    analysis = analyze_text(_READER_SERVICE, filename="polissya.md")
    assert analysis.title == "Polissya Grain to build a terminal on the Danube"
    assert analysis.date == "2025-05-14"
    assert analysis.source == "Kyiv Ledger"
    assert "Markdown Content:" in analysis.removed


def test_a_reader_service_s_pitches_are_chrome() -> None:
    analysis = analyze_text(_READER_SERVICE, filename="polissya.md")
    assert any(line.startswith("If you want to read more news") for line in analysis.removed)
    assert any(line.startswith("When quoting or using any materials") for line in analysis.removed)
    assert "Telegram" not in entities(analysis)


def test_a_given_name_spelt_the_ukrainian_and_the_english_way_is_one_person() -> None:
    analysis = analyze_text(_READER_SERVICE, filename="polissya.md")
    assert entity_of(analysis, "Alexey Tkachuk") == entity_of(analysis, "Oleksii Tkachuk")


_COPIED_PAGE = """E-Paper
Monday, March 10, 2025
Login
The Kathmandu Ledger
Home
Business

Business
Tamor Hydro to float Rs 900 million IPO
Published: 11:20 am Mar 08, 2025

Tamor Hydro Limited will open its initial public offering of Rs 900 million on March 20, the company said.

Minister for Energy, Water Resources and Irrigation Ram Bahadur Thapa, speaking at a programme in Kathmandu on Friday, urged investors to back hydropower issues.

“If we do not invest in our own rivers, someone else will,” the minister said.

© 2025 The Kathmandu Ledger. All rights reserved."""


def test_an_e_paper_bar_and_the_day_the_page_was_copied_are_not_the_masthead() -> None:
    analysis = analyze_text(_COPIED_PAGE, filename="tamor.txt")
    assert analysis.source == "The Kathmandu Ledger"
    assert analysis.date == "2025-03-08"


def test_a_minister_whose_portfolio_is_a_list_is_named_and_speaks_as_the_minister() -> None:
    analysis = analyze_text(_COPIED_PAGE, filename="tamor.txt")
    found = entities(analysis)
    assert found["Ram Bahadur Thapa"] == "PERSON"
    assert "Water Resources" not in found
    assert speakers(analysis)["If we do not invest in our own rivers, someone else will,"] == ("speech", "Ram Bahadur Thapa")


_CLIPPED = """---
title: Angkor Microfinance lists riel bond
source: https://www.phnompenhpost.com/business/angkor-microfinance-riel-bond
author:
---

# Angkor Microfinance lists riel bond

Reporter : [Sok Dara](https://www.phnompenhpost.com/author/sok-dara)

Angkor Microfinance Plc has listed a KHR 40 billion bond on the Cambodia Securities Exchange, the company said.

ANKR closed 1.2 per cent higher at 3,100 riel on Monday.
"""


def test_a_spaced_reporter_credit_over_the_story_is_its_writer_and_a_ticker_keeps_some_consonants() -> None:
    analysis = analyze_text(_CLIPPED, filename="angkor.md")
    assert analysis.author == "Sok Dara"
    assert entity_of(analysis, "ANKR") == "Angkor Microfinance Plc"


def test_a_sentence_that_introduces_a_quotation_with_a_colon_is_not_a_heading() -> None:
    body = (
        "Mwale Drilling will list on the exchange next month, the company said on Monday.\n\n"
        'At a meeting in Kitwe, Mr Banda said in Bemba: "Twalitotela sana." He said the listing would bring '
        "work to small firms.\n"
    )
    analysis = analyze_text(body)
    assert entities(analysis)["Kitwe"] == "PLACE"
    assert speakers(analysis)["Twalitotela sana."] == ("speech", "Banda")
