"""Invented pages: a drugmaker's results, its products after its possessive, and a shipping story
that calls a UN body by its initials after naming it in full (initials a forum also uses, "IMO")."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of


def test_a_household_drugmaker_is_a_company_and_its_possessive_names_its_product():
    text = "\n".join([
        "Weight-loss drug sales lift Danish drugmaker",
        "",
        "Sales of Novo Nordisk's Wegovy rose 40% in the quarter, the Danish drugmaker said on Wednesday.",
        "",
        "Novo Nordisk said demand was strong in the United States.",
    ])
    found = entities(analyze_text(text, filename="novo.txt"))
    assert found["Novo Nordisk"] == "ORG"
    assert found["Wegovy"] == "PRODUCT"


def test_initials_a_forum_uses_are_a_body_where_the_story_spells_them_out():
    text = "\n".join([
        "Shipping rules tightened",
        "",
        "The International Maritime Organization set new emission rules on Friday.",
        "",
        "The IMO said ships must cut emissions by a fifth before 2030.",
    ])
    analysis = analyze_text(text, filename="imo.txt")
    assert entity_of(analysis, "IMO") == "International Maritime Organization"


def test_forum_initials_stay_no_name_beside_their_own_meaning():
    text = "\n".join([
        "I run a bakery, ask me anything",
        "",
        "AMA: I run a bakery. Ask Me Anything about flour. IMO the best bread is rye.",
    ])
    found = entities(analyze_text(text, filename="ama.md"))
    assert "AMA" not in found and "IMO" not in found
