"""Invented pages about firms whose names open with an everyday adjective ("Open", "Great", "True"),
which a sentence's opening capital cannot explain. Each is one company, counted once a mention."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of


def test_a_firm_named_with_an_adjective_first_is_found_with_its_short_name():
    text = "\n".join([
        "Buyout firm to take frozen-food maker private",
        "",
        "Silver Harbor Partners agreed on Tuesday to buy Open Pantry Foods, the maker of frozen dinners, "
        "for $1.1 billion. Open Pantry shares jumped 31 percent.",
        "",
        "\"This gives Open Pantry the room to invest,\" chief executive Grace Mbeki said.",
    ])
    analysis = analyze_text(text, filename="pantry.txt")
    assert entity_of(analysis, "Open Pantry") == "Open Pantry Foods"
    assert entities(analysis)["Open Pantry Foods"] == "ORG"
    assert next(e.mentions for e in analysis.entities if e.name == "Open Pantry Foods") == 3
    assert "Foods" not in entities(analysis)


def test_adjective_first_firms_beside_a_name_with_the_adjective_inside():
    text = "\n".join([
        "Carmakers cut prices",
        "",
        "Great Ridge Motors cut prices on Monday, and True Harvest Company followed. Shares of Kim Long Land "
        "Corporation rose, while Great Ridge fell.",
    ])
    found = entities(analyze_text(text, filename="cars.txt"))
    assert {"Great Ridge Motors", "True Harvest Company", "Kim Long Land Corporation"} <= set(found)
    assert "Long Land Corporation" not in found and "Ridge Motors" not in found
