"""Invented pages: a Japanese wire's story stamped only "3 hours ago", and a Turkish daily's business
story with a courtesy after a given name, a statistics body's two short names, a price index, a
currency named in full and a holding's short name. What the page keeps, and whose each name is."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, entity_of, speakers

_WIRE = "\n".join([
    "NIPPON WIRE",
    "Japan",
    "Business",
    "",
    "Sendai drone maker recalls 9,000 crop sprayers over rotor cracks",
    "NIPPON WIRE - 3 hours ago - 09:12 | All, Japan, Business",
    "",
    "Photo taken June 3, 2025, shows a crop-spraying drone at a farm in Miyagi Prefecture. (Nippon Wire)",
    "",
    "Sendai-based Aozora Aero Co. said Tuesday it will recall about 9,000 crop-spraying drones after rotor cracks "
    "were found on units sold since 2023.",
    "The farm ministry issued an order on Monday, telling the company to \"inspect every unit in use and suspend "
    "sales until the cause is found.\"",
    "\"We let our customers down,\" company President Daiki Hosono told reporters in Sendai.",
    "==Nippon",
])

_DAILY = "\n".join([
    "Cable maker opens plant in Kayseri as union presses for raise",
    "May 29 2025 11:05:00",
    "Last Update: May 30 2025 08:12:00",
    "ANKARA",
    "Turkish cable maker Yıldız Kablo A.Ş. on May 28 opened a 6 billion Turkish Liras plant in Kayseri, its parent "
    "Yıldız Holding said.",
    "\"This plant brings our production closer to the Aegean ports,\" chair Hasan Tahsin Özkan said in a statement.",
    "The Birlik Maden-İş union, which represents 3,100 workers at Yıldız’s two older plants, rejected the offer.",
    "Inflation was 35 percent in April, according to the Turkish Statistical Institute (TÜİK).",
    "\"Hasan Tahsin Bey promised us a fair raise,\" the union's leader said, adding that TurkStat's figure was too low.",
    "Yıldız said its offer was fair. The benchmark BIST 100 index closed 0.6 percent higher.",
])


def test_a_wires_relative_stamp_and_sign_off_go_and_its_caption_gives_the_day():
    analysis = analyze_text(_WIRE, filename="wire.txt")
    assert analysis.date == "2025-06-03"
    assert not any(p.startswith("NIPPON WIRE -") or p == "==Nippon" for p in analysis.paragraphs)
    assert "Business" not in entities(analysis)


def test_an_order_issued_telling_a_company_what_to_do_is_the_orders_words():
    quotes = speakers(analyze_text(_WIRE, filename="wire.txt"))
    order = next(kind for text, (kind, _) in quotes.items() if text.startswith("inspect every unit"))
    assert order != "speech"
    assert quotes["We let our customers down,"] == ("speech", "Daiki Hosono")


def test_a_turkish_dailys_update_stamp_and_dateline_go():
    analysis = analyze_text(_DAILY, filename="kablo.txt")
    assert analysis.date == "2025-05-29"
    assert "ANKARA" not in analysis.paragraphs
    assert not any(p.startswith("Last Update") for p in analysis.paragraphs)


def test_a_courtesy_after_given_names_and_a_statistics_bodys_short_names_join_their_owners():
    analysis = analyze_text(_DAILY, filename="kablo.txt")
    assert "Hasan Tahsin" in aliases(analysis, "Hasan Tahsin Özkan")
    assert not any(name.endswith(" Bey") for name in entities(analysis))
    assert entity_of(analysis, "TÜİK") == entity_of(analysis, "TurkStat") == "Turkish Statistical Institute"


def test_a_union_a_sea_an_index_and_a_currency_are_typed_or_left_out():
    found = entities(analyze_text(_DAILY, filename="kablo.txt"))
    assert found["Birlik Maden-İş"] == "ORG"
    assert found["Aegean"] == "PLACE"
    assert found["BIST 100"] == "OTHER" and "BIST" not in found
    assert "Turkish Liras" not in found


def test_a_companys_short_name_is_the_company_the_story_opens_with_not_its_holding():
    analysis = analyze_text(_DAILY, filename="kablo.txt")
    assert entity_of(analysis, "Yıldız") == entity_of(analysis, "Yıldız Kablo A.Ş.")
    assert entity_of(analysis, "Yıldız") != entity_of(analysis, "Yıldız Holding")
