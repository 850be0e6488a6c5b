"""Invented stories: a railroad that "said Wednesday it" would cut jobs, a union named for the trades
of its members, a water company called short beside its shares, a wire story credited at its foot, and
a legislature and a health service after words that usually take things, and international
organisations. Which names are found, how, and who wrote the story."""

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


def test_a_wire_storys_reporting_credit_gives_its_writer_and_a_small_cap_index_is_no_company():
    text = "\n".join([
        "Machine-tool maker cuts outlook as orders dry up",
        "",
        "FRANKFURT, June 5 (Reuters) - German machine-tool maker Brandt & Voss AG cut its outlook on Thursday.",
        "",
        "Brandt & Voss shares fell 11%, the biggest drop on the SDAX.",
        "",
        "(Reporting by Maria Schulz in Frankfurt; Editing by Kirsten Donovan)",
    ])
    analysis = analyze_text(text, filename="tools.txt")
    assert analysis.author == "Maria Schulz"
    assert entities(analysis)["SDAX"] == "OTHER"


def test_a_legislature_and_a_national_health_service_are_organisations_whatever_verb_comes_first():
    text = "\n".join([
        "Ferry contract delayed again",
        "",
        "Pharmacies could not pull prescriptions from the NHS system on Monday. The transport minister is "
        "expected to update Parliament on the ferries programme next week.",
    ])
    found = entities(analyze_text(text, filename="ferries.txt"))
    assert found["Parliament"] == "ORG" and found["NHS"] == "ORG"


def test_an_international_organization_is_an_organisation():
    text = "\n".join([
        "Shipping line orders 12 methanol-fuelled vessels",
        "",
        "Nordhav Line ordered 12 ships on Wednesday. The International Maritime Organization wants shipping "
        "to reach net-zero emissions by around 2050, and the World Health Organisation agreed.",
    ])
    found = entities(analyze_text(text, filename="ships.txt"))
    assert found["International Maritime Organization"] == "ORG"
    assert found["World Health Organisation"] == "ORG"
