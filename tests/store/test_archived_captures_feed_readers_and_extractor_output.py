"""Invented pages: a Gaborone paper's story copied from a web archive's capture, a Novi Sad agribusiness story
as a text extractor writes it out with its metadata block, a Maputo item read in a feed reader, a Tbilisi
story copied from a browser's reader view and a Yerevan story clipped with the site's logo linked to its
English front page. Which lines are the archive's, the extractor's or the reader app's, and where the title,
source and date come from; and the names such pages use: a currency code that is a chipmaker's name too, a
Serbian surname written without its stroked letter, a minister whose portfolio has an "and" in it."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of, speakers

_CAPTURE = """The Wayback Machine - https://web.archive.org/web/20250812101522/https://www.dikgang.example.bw/business/pula-foods-rights-offer
https://www.dikgang.example.bw/business/pula-foods-rights-offer
Go
9 captures
12 Aug 2025 - 30 Sep 2025
JUL
AUG
SEP
12
2024
2025
About this capture
COLLECTED BY
Collection: Save Page Now Outlinks
TIMESTAMPS

Dikgang Daily
Home
News
Business
Sport

Business
Pula Foods seeks P200m from shareholders to buy a Francistown bakery
Staff Writer
Monday, 11 August 2025

Pula Foods Holdings Limited has launched a P200 million rights offer to pay for a bakery chain in Francistown, the group said.

Chief executive Boitumelo Kgosi said the deal would double the group's bread output by next year.
"""


def test_a_page_copied_from_an_archived_capture_drops_the_archives_toolbar() -> None:
    analysis = analyze_text(_CAPTURE, filename="pula-foods.txt")
    assert analysis.title == "Pula Foods seeks P200m from shareholders to buy a Francistown bakery"
    # the day the page says, not the day the archive kept it (12 August)
    assert (analysis.source, analysis.date) == ("Dikgang Daily", "2025-08-11")
    body = "\n".join(analysis.paragraphs)
    for chrome in ("Wayback", "captures", "About this capture", "COLLECTED BY", "TIMESTAMPS", "Save Page Now"):
        assert chrome not in body


_EXTRACTED = """---
title: Vojvodina Grain Trader Banat Polje Wins €12m EBRD Loan
author: Jelena Kovačević
url: https://balkanwire.example.com/2025/10/02/banat-polje-ebrd-loan/
hostname: balkanwire.example.com
description: The EBRD will lend RSD 1.4 billion to Banat Polje.
sitename: Balkan Wire
date: 2025-10-02
categories: ['Business']
tags: ['EBRD', 'Serbia']
---
Banat Polje, a grain trader based in Novi Sad, has signed a RSD 1.4 billion loan with the EBRD, the bank said on Thursday.
Chief executive Dragan Đurić said the money would pay for new silos. "We lose too much grain every harvest," Đurić said.
Dragan Djuric founded the company in 2004 with two partners.
"""


def test_an_extractors_text_with_a_metadata_block_reads_the_block_and_drops_it() -> None:
    analysis = analyze_text(_EXTRACTED, filename="banat-polje.txt")
    assert analysis.title == "Vojvodina Grain Trader Banat Polje Wins €12m EBRD Loan"
    assert (analysis.source, analysis.author, analysis.date) == ("Balkan Wire", "Jelena Kovačević", "2025-10-02")
    body = "\n".join(analysis.paragraphs)
    assert "hostname:" not in body and "sitename:" not in body


def test_a_serbian_name_without_its_stroked_letter_and_the_dinars_code() -> None:
    analysis = analyze_text(_EXTRACTED, filename="banat-polje.txt")
    assert entity_of(analysis, "Dragan Djuric") == entity_of(analysis, "Dragan Đurić")
    assert "RSD" not in entities(analysis)


_FEED_READER = """Inoreader
Search
Dashboard
All articles
Read later
Africa Business
Maputo Ledger

Mozambique: Costa Norte wins Pemba port concession
by Tiago Cossa
2d
Nov 6, 2025 08:40
Read later
Open in new tab
Mark as read

Costa Norte Logística has been awarded a 20-year concession at the Port of Pemba, the Ministry of Transport and Logistics announced.

The Minister of Transport and Logistics, Carlos Mondlane, signed the contract in Maputo on Wednesday.

"Pemba has waited too long for this," the minister said.

The post Mozambique: Costa Norte wins Pemba port concession appeared first on Maputo Ledger.

Star
Tag
Share
"""


def test_a_feed_readers_copy_drops_the_apps_buttons_and_names_the_feeds_site_not_the_app() -> None:
    analysis = analyze_text(_FEED_READER, filename="costa-norte.txt")
    assert analysis.title == "Mozambique: Costa Norte wins Pemba port concession"
    assert (analysis.source, analysis.date) == ("Maputo Ledger", "2025-11-06")
    body = "\n".join(analysis.paragraphs)
    for chrome in ("Read later", "Open in new tab", "Mark as read", "appeared first on", "Star"):
        assert chrome not in body


def test_the_minister_is_the_one_named_with_a_portfolio_of_two_fields() -> None:
    quotes = speakers(analyze_text(_FEED_READER, filename="costa-norte.txt"))
    assert quotes["Pemba has waited too long for this,"] == ("speech", "Carlos Mondlane")


_READER_VIEW = """kartlinews.ge
Kakheti Cellars Raises GEL 40 Million in a Green Bond
Nino Beridze
3–4 minutes

06 October 2025 12:00

Kakheti Cellars has raised GEL 40 million through a green bond, the company said on Monday.

The bond was listed in Tbilisi, where demand came mostly from pension funds.

Subscribe to the Kartli News Business Newsletter
"""


def test_a_reader_views_domain_line_names_the_site_as_the_page_spells_it() -> None:
    analysis = analyze_text(_READER_VIEW, filename="kakheti.txt")
    assert analysis.title == "Kakheti Cellars Raises GEL 40 Million in a Green Bond"
    assert (analysis.source, analysis.date) == ("Kartli News", "2025-10-06")


_CLIP = """---
title: "Arax Soft becomes first software company to list on AMX"
source: "https://araratnews.example.am/en/article/5521"
author:
  - "[[Ararat News]]"
published: 2025-06-10
created: 2025-06-11
tags:
  - "clippings"
---
[![Ararat News](https://araratnews.example.am/static/logo.svg)](https://araratnews.example.am/en)

# Arax Soft becomes first software company to list on AMX

YEREVAN, June 10. Arax Soft will sell shares worth AMD 2.1 billion on the Armenia Securities Exchange, the company said.

Analysts said the offer would test demand for local tech shares, as AMD and Nvidia chips grow scarcer.
"""


def test_a_clip_takes_its_site_from_the_logo_linked_to_its_english_front_page() -> None:
    analysis = analyze_text(_CLIP, filename="arax.md")
    assert analysis.source == "Ararat News"


def test_a_currency_code_that_is_a_chipmakers_name_is_the_currency_only_before_a_sum() -> None:
    analysis = analyze_text(_CLIP, filename="arax.md")
    mentions = {e.name: e.mentions for e in analysis.entities}
    assert mentions.get("AMD") == 1  # "AMD and Nvidia chips", not "AMD 2.1 billion"
