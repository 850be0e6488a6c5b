"""Invented pages: a recall ordered by a national health body, a stake sold to a holding company and a
ferry operator, and a market report naming its indexes. What each name is, as the sidebar shows it."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities


def test_a_national_body_named_for_its_field_and_a_known_telco_are_organisations():
    text = "\n".join([
        "Recall widens after test failures",
        "",
        "Health Canada ordered the recall on Tuesday after tests found the heaters could overheat. Safaricom "
        "said it would refund customers who paid for the heaters by M-Pesa.",
    ])
    found = entities(analyze_text(text, filename="recall.txt"))
    assert found.get("Health Canada") == "ORG" and found.get("Safaricom") == "ORG"


def test_a_holding_company_and_a_ferry_operator_are_organisations_whatever_the_verbs_around_them():
    text = "\n".join([
        "Port group sells stake",
        "",
        "The port group said on Saturday it had agreed to sell a 30 percent stake to Al-Nakheel Holding.",
        "",
        "The new vessels will be run by Hebridean Isles Ferries from next spring.",
    ])
    found = entities(analyze_text(text, filename="stake.txt"))
    assert found.get("Al-Nakheel Holding") == "ORG" and found.get("Hebridean Isles Ferries") == "ORG"


def test_a_markets_index_is_no_company():
    text = "\n".join([
        "Chip shares lift Seoul and Taipei",
        "",
        "The KOSPI rose 1.2 percent and the TAIEX gained 0.8 percent as chipmakers rallied.",
    ])
    found = entities(analyze_text(text, filename="markets.txt"))
    assert found.get("KOSPI") == "OTHER" and found.get("TAIEX") == "OTHER"


def test_an_everyday_word_left_alone_in_capitals_names_nothing():
    text = "\n".join([
        "Grocer survives pay vote",
        "",
        "In a statement after the meeting, Castlereagh Stores said: ‘The board notes the votes cast against "
        "resolution 2. An update will be published within six months, in line with the Code.’",
    ])
    found = entities(analyze_text(text, filename="forecast.txt"))
    assert "Code" not in found
