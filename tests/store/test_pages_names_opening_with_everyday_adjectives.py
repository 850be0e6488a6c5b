"""Invented pages about firms whose names open with an everyday adjective ("Open", "Great", "True"),
which a sentence's opening capital cannot explain, firms written oddly ("3M", "Seven & i"), firms named
like a man, a company's own product and a tech maker's. Each is one company, counted once a mention."""

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


def test_oddly_written_names_are_found_and_a_sum_is_not_one():
    text = "\n".join([
        "Convenience chain weighs sale of fuel arm",
        "",
        "Seven & i Holdings, the owner of 7-Eleven, is weighing a sale. 3M was not involved, and a startup "
        "raised a $3M seed round. St. Louis-based Edward Jones declined to comment.",
    ])
    found = entities(analyze_text(text, filename="fuel.txt"))
    assert found["Seven & i Holdings"] == "ORG" and found["7-Eleven"] == "ORG" and found["Edward Jones"] == "ORG"
    assert next(e.mentions for e in analyze_text(text, filename="fuel.txt").entities if e.name == "3M") == 1


def test_a_company_named_for_its_founder_and_a_companys_own_product_are_typed():
    text = "\n".join([
        "Obesity pill fails trial",
        "",
        "Halvern Therapeutics said its pill failed. It had hoped to compete with Eli Lilly, and with Vantor "
        "Pharma's Slimtab.",
    ])
    found = entities(analyze_text(text, filename="pill.txt"))
    assert found["Eli Lilly"] == "ORG"
    assert found["Slimtab"] == "PRODUCT"


def test_a_tech_makers_product_named_with_its_maker_is_a_product():
    text = "\n".join([
        "Code assistants add support for new model",
        "",
        "GitHub Copilot added support for the new model on Monday, and Microsoft Teams will get it next month. "
        "Meta Platforms did not comment.",
    ])
    found = entities(analyze_text(text, filename="copilot.txt"))
    assert found["GitHub Copilot"] == "PRODUCT" and found["Microsoft Teams"] == "PRODUCT"
    assert found["Meta Platforms"] == "ORG"
