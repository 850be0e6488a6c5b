"""Invented pages: an East African business story with its own dateline and a company named in three
legal forms, a Japanese daily's translated story under its motto, and a results release on a wire.
Their dates and writers, their furniture, and who is named, as a reader would see them."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, entity_of


def test_a_storys_own_dateline_gives_its_day_and_a_company_in_three_legal_forms_is_one():
    text = "\n".join([
        "Horn Ledger",
        "News",
        "Business",
        "",
        "Business",
        "Tea exporter Wenchi signs Br900 million Gulf deal",
        "",
        "Addis Abeba, June 3/2025 – Addis Ababa-based Wenchi Tea Export PLC has signed a supply agreement",
        "worth Br 900 million with a roaster in Dubai, the company said on Monday.",
        "",
        "The firm re-registered in March, and its filings now name it Wenchi Tea Export S.C.",
        "",
        "In a statement, the Ministry of Trade and Regional",
        "Integration said the deal between Wenchi Tea Export Share Company and the roaster was welcome.",
        "",
        "The roaster, which supplies cafes in Dubai, did not respond",
        "to a request for comment.",
    ])
    analysis = analyze_text(text, filename="tea.txt")
    assert analysis.date == "2025-06-03"
    found = entities(analysis)
    assert found.get("Ministry of Trade and Regional Integration") == "ORG"
    company = entity_of(analysis, "Wenchi Tea Export PLC")
    assert company and entity_of(analysis, "Wenchi Tea Export S.C.") == company
    assert entity_of(analysis, "Wenchi Tea Export Share Company") == company
    assert entity_of(analysis, "Addis Abeba") == entity_of(analysis, "Addis Ababa") == "Addis Ababa"
    assert not any(name.startswith("Br") for name in found)
    assert "to a request for comment." in "\n".join(analysis.paragraphs)


def test_a_translated_storys_writer_is_the_original_one_and_the_papers_motto_is_no_headline():
    text = "\n".join([
        "The Kansai Daily",
        "Japan's English Daily Since 1931",
        "Japan",
        "Business",
        "",
        "Kobe shipbuilder Aoyama bids for Nagoya engine maker",
        "",
        "June 3, 2025 (Kansai Daily)",
        "Japanese version",
        "Print",
        "",
        "KOBE -- Aoyama Shipbuilding Co. launched a tender offer on June 2 for Nagoya-based Tokai Engines Inc.",
        "",
        "Tokai Engines, founded in Nagoya's Atsuta Ward in 1961, makes marine diesel engines.",
        "",
        "At a press conference, Aoyama President Kenji Harada said the deal would secure supply. "
        '"Sato-san and I have talked about this for a year," Harada said, referring to Tokai President Mika Sato.',
        "",
        "The notice lists Harada Kenji, representative director of Aoyama, as the person responsible.",
        "",
        "(Japanese original by Yui Tanaka, Kansai Business News Department)",
        "",
        "Related",
        "Kobe port traffic rises for second month",
    ])
    analysis = analyze_text(text, filename="kansai.txt")
    assert (analysis.title, analysis.author) == ("Kobe shipbuilder Aoyama bids for Nagoya engine maker", "Yui Tanaka")
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("Since 1931", "Japanese version", "Japanese original"):
        assert chrome not in shown, chrome
    found = entities(analysis)
    assert found.get("Atsuta Ward") == "PLACE"
    assert entity_of(analysis, "Harada Kenji") == "Kenji Harada"
    assert "Sato-san" not in found and "Sato" in aliases(analysis, "Mika Sato")


def test_a_results_releases_measures_wire_stamp_and_call_number_name_nothing():
    text = "\n".join([
        "Business Wire",
        "",
        "Mesa Verde Pumping Reports First Quarter 2025 Results",
        "",
        "DENVER--(BUSINESS WIRE)--June 3, 2025--Mesa Verde Pumping, Inc. (NYSE: MVPX) today reported revenue "
        "of $212.4 million and Adjusted EBITDA of $51.0 million.",
        "",
        "Mesa Verde Pumping will host a conference call on June 4. Participants may join using conference "
        "ID 5512093.",
    ])
    found = entities(analyze_text(text, filename="results.txt"))
    for wrong in ("Adjusted", "BUSINESS WIRE", "ID"):
        assert wrong not in found, wrong
