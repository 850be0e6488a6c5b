"""Invented stories: a railroad that "said Wednesday it" would cut jobs, a union named for the trades
of its members, the wire's tag in a dateline with a state, and a water company called short beside
its shares. Which names are found, and how."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities

_WIRE = "\n".join([
    "Rail operator cuts 900 jobs as freight volumes slump",
    "",
    "OMAHA, Neb. (AP) — Prairie Line Rail said Wednesday it would cut 900 jobs as freight volumes fell.",
    "",
    "The Brotherhood of Locomotive Engineers and Trainmen said it would fight the closures, and the Institute "
    "of Electrical and Electronics Engineers said nothing.",
])


def test_a_railroad_that_said_on_a_day_it_would_cut_jobs_is_a_company():
    assert entities(analyze_text(_WIRE, filename="rail.txt"))["Prairie Line Rail"] == "ORG"


def test_a_union_named_for_its_members_trades_is_one_name():
    found = entities(analyze_text(_WIRE, filename="rail.txt"))
    assert found["Brotherhood of Locomotive Engineers and Trainmen"] == "ORG"
    assert found["Institute of Electrical and Electronics Engineers"] == "ORG"
    assert "Trainmen" not in found


def test_the_wires_tag_after_a_town_and_its_state_names_nothing():
    assert "AP" not in entities(analyze_text(_WIRE, filename="rail.txt"))


def test_a_water_companys_short_name_with_its_shares_is_the_company_not_a_place():
    text = "\n".join([
        "Water firm fined £40m over sewage spills",
        "",
        "Medway Basin Water has been fined £40m by the regulator Ofwat. The company said it would appeal.",
        "",
        "Medway Basin shares fell 4% on the FTSE 250.",
    ])
    analysis = analyze_text(text, filename="water.txt")
    assert "Medway Basin" in next(e.aliases for e in analysis.entities if e.name == "Medway Basin Water")
