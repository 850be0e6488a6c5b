"""Invented pages: bodies introduced with an acronym in two parts, in their own language or built from
syllables, a treaty whose tail is a union, papers called by their initials, and a lower-case message
quoted right after a sentence that names a paper. Which entity each short name belongs to, and whose
the message is."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entity_of, speakers


def test_acronyms_in_two_parts_in_their_own_language_and_in_syllables_join_their_bodies():
    text = "\n".join([
        "Regulators question lithium venture",
        "",
        "The Estonian Financial Supervision Authority (EST-FSA) asked the company for its accounts. "
        "The Danube Union of Grain Growers (DUGP), which represents 2,000 farms, opposed the plan, and "
        "Corporación Nacional del Cobre Verde (Conacover) said it would bid.",
        "",
        "EST-FSA said it would publish its findings. DUGP called a meeting, and Conacover declined to comment.",
    ])
    analysis = analyze_text(text, filename="venture.txt")
    assert entity_of(analysis, "EST-FSA") == "Estonian Financial Supervision Authority"
    assert entity_of(analysis, "DUGP") == "Danube Union of Grain Growers"
    assert entity_of(analysis, "Conacover") == "Corporación Nacional del Cobre Verde"


def test_a_treatys_acronym_is_not_the_union_at_its_tail():
    text = "\n".join([
        "Court rules on shipping cartel",
        "",
        "The cartel broke Article 101 of the Treaty on the Functioning of the European Union (TFEU), the court said. "
        "The European Union has fined cartels before.",
    ])
    analysis = analyze_text(text, filename="cartel.txt")
    assert entity_of(analysis, "TFEU") != "European Union"


def test_papers_called_by_their_initials_are_the_papers():
    text = "\n".join([
        "Grocer weighs sale of delivery arm",
        "",
        "The grocer is weighing a sale of its delivery arm, the Financial Times reported on Monday. "
        "People familiar with the talks told the FT that two bidders remain.",
    ])
    assert entity_of(analyze_text(text, filename="grocer.txt"), "FT") == "Financial Times"


def test_a_lower_case_message_opens_its_own_sentence_after_a_period():
    text = "\n".join([
        "Staff react to layoffs",
        "",
        "Screenshots of the channel were shared with Business Insider. \"well that was fast,\" wrote one "
        "employee whose display name was @pia.r.",
    ])
    quotes = speakers(analyze_text(text, filename="layoffs.txt"))
    assert quotes["well that was fast,"] == ("speech", None)

