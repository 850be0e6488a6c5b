"""An invented court report: a lawyer described as "a Kirkland partner", a firm's professional
by the firm's short name, where the short name is also a town's."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities


def test_a_partner_of_a_firm_called_by_a_towns_name_makes_it_a_firm():
    text = "\n".join([
        "Judge blocks sale of bankrupt retailer's stores",
        "",
        "Harper & Lane filed for Chapter 11 protection in March. \"We respectfully disagree with the court,\" "
        "said Jonathan Reese, a Kirkland partner.",
    ])
    assert entities(analyze_text(text, filename="court.txt"))["Kirkland"] == "ORG"
