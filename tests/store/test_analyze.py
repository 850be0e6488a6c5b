"""The whole pipeline: one invented article in, a consistent Analysis out."""

from __future__ import annotations

import ast
from pathlib import Path

import store
from store.analyze import ANALYZER_VERSION, analyze_text
from store.model import Analysis

ARTICLE = "\n".join(
    [
        "- The Ledger",
        "- Posts",
        "Halcyon Labs raises $40 million to build warehouse robots",
        "By Priya Raman | March 3, 2024",
        "Share",
        "Halcyon Labs, the Berlin startup founded by Mira Castellanos, said on Tuesday it had raised "
        "$40 million from Vantage Capital.",
        'Castellanos told reporters the money would fund its Beacon robot. "We are building the boring',
        'machines that keep warehouses running," she said.',
        "Related",
        "Why Vantage Capital keeps betting on hardware",
        "© 2024 The Ledger Media Group. All rights reserved.",
    ]
)


def test_analysis_fields_for_an_article():
    analysis = analyze_text(ARTICLE, filename="01-halcyon.txt")
    assert isinstance(analysis, Analysis)
    assert analysis.title == "Halcyon Labs raises $40 million to build warehouse robots"
    assert (analysis.source, analysis.date, analysis.author) == ("The Ledger", "2024-03-03", "Priya Raman")
    assert analysis.paragraphs == (
        "Halcyon Labs, the Berlin startup founded by Mira Castellanos, said on Tuesday it had raised "
        "$40 million from Vantage Capital.",
        'Castellanos told reporters the money would fund its Beacon robot. "We are building the boring '
        'machines that keep warehouses running," she said.',
    )
    names = {e.name: e.type for e in analysis.entities}
    assert names["Mira Castellanos"] == "PERSON"
    assert names["Halcyon Labs"] == "ORG"
    assert names["Vantage Capital"] == "ORG"
    speech = [q for q in analysis.quotes if q.kind == "speech"]
    assert [(q.text, q.speaker) for q in speech] == [
        ("We are building the boring machines that keep warehouses running,", "Mira Castellanos")
    ]


def test_removed_lines_are_the_original_lines_in_file_order():
    analysis = analyze_text(ARTICLE)
    lines = ARTICLE.split("\n")
    positions = [lines.index(line) for line in analysis.removed]
    assert positions == sorted(positions)
    assert analysis.removed[0] == "- The Ledger"
    assert "By Priya Raman | March 3, 2024" in analysis.removed
    assert analysis.removed[-1].startswith("© 2024")


def test_every_non_blank_line_is_kept_or_removed():
    analysis = analyze_text(ARTICLE)
    body = analysis.body
    for line in ARTICLE.split("\n"):
        assert line in analysis.removed or line.split()[0] in body


def test_body_offsets_are_consistent():
    analysis = analyze_text(ARTICLE)
    body = analysis.body
    assert body == "\n\n".join(analysis.paragraphs)
    for entity in analysis.entities:
        for start, end in entity.spans:
            assert body[start:end] in entity.aliases
    for quote in analysis.quotes:
        assert body[quote.start:quote.end] == quote.text


def test_analysis_round_trips_through_json():
    analysis = analyze_text(ARTICLE)
    assert Analysis.from_json(analysis.to_json()) == analysis


def test_empty_and_blank_text():
    for text in ("", "\n\n\n", "   "):
        analysis = analyze_text(text)
        assert analysis.paragraphs == ()
        assert analysis.entities == () and analysis.quotes == ()


def test_version_is_a_non_empty_string():
    assert isinstance(ANALYZER_VERSION, str) and ANALYZER_VERSION


def test_analysis_modules_start_with_a_docstring():
    root = Path(store.__file__).parent
    for name in ("clean", "metadata", "entities", "quotes", "sentences", "lexicon", "analyze"):
        tree = ast.parse((root / f"{name}.py").read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), name


def test_the_outlet_is_an_organisation_and_never_the_speaker():
    text = "\n".join(
        [
            "The Harbour Courier",
            "Home › Business",
            "Quellon Asset Management sells its stake in Vela after a long fight",
            "By Ana Ruiz | June 2, 2024",
            "Vela Corp lost its largest investor on Monday.",
            "Its chairman told The Harbour Courier the fund \"never understood the product.\"",
            "Quellon Asset Management said it had \"no further comment.\"",
        ]
    )
    result = analyze_text(text)
    assert result.source == "The Harbour Courier"
    types = {e.name: e.type for e in result.entities}
    assert types.get("Quellon Asset Management") == "ORG"
    assert all(q.speaker != "The Harbour Courier" for q in result.quotes)


def test_a_block_quote_introduced_by_its_speaker_is_her_speech():
    text = "\n".join([
        "# Why the founders fell out",
        "",
        "Dara Kesting says her co-founder stopped shipping. She put it this way on a podcast last fall:",
        "",
        "> We had a roadmap, and Miles had a different roadmap that lived only in his head.",
        "",
        "He followed up with a thread accusing the board of “rewriting history,” and left.",
    ])
    analysis = analyze_text(text, filename="post.md")
    block = [q for q in analysis.quotes if q.text.startswith("We had a roadmap")]
    assert block and (block[0].kind, block[0].speaker) == ("speech", "Dara Kesting")
    accusing = [q for q in analysis.quotes if q.text == "rewriting history,"]
    assert accusing and accusing[0].kind == "speech"


def test_a_regulator_accusing_a_company_quotes_its_complaint_not_speech():
    text = (
        "Regulator sues Parcelway\n\nThe Federal Trade Commission on Wednesday accused Parcelway of making it "
        "\"deliberately exhausting\" for customers to cancel, in a complaint filed in federal court."
    )
    [quote] = analyze_text(text).quotes
    assert quote.kind == "other"


def test_interview_turns_are_the_interviewees_speech_and_the_paywall_is_chrome():
    text = "\n".join([
        "The Ledger Weekly",
        "You have 2 free articles left this month.",
        "Ines Varga Built Payroll for Bakeries. Now She Wants the Whole Back Office.",
        "By Rosa Lindqvist",
        "March 4, 2025",
        "",
        "Ines Varga started Crumbwise in 2019 after years keeping the books for her family’s bakery.",
        "This interview has been edited for length and clarity.",
        "THE LEDGER: Why bakeries? Why not payroll for everybody?",
        "VARGA: Because I lived it. My mother ran a bakery for twenty years.",
        "THE LEDGER: Your rival says it can do all of that for less. What’s your answer?",
        "VARGA: They can do it for less because they skip the hard part.",
        "THE LEDGER: Last question. What would you tell your younger self?",
        "VARGA: Keep the receipts. All of them.",
        "Get unlimited access for $1 a week. Cancel anytime.",
    ])
    analysis = analyze_text(text)
    assert analysis.title.startswith("Ines Varga Built Payroll")
    speech = {q.text: q.speaker for q in analysis.quotes if q.kind == "speech"}
    assert speech["Because I lived it. My mother ran a bakery for twenty years."] == "Ines Varga"
    assert speech["Keep the receipts. All of them."] == "Ines Varga"
    assert not any(text.startswith("Why bakeries") for text in speech)
    names = {e.name for e in analysis.entities}
    assert {"Ledger", "LEDGER", "VARGA", "Built Payroll"}.isdisjoint(names)
    for chrome in ("You have 2 free articles left this month.", "This interview has been edited for length and clarity.",
                   "Get unlimited access for $1 a week. Cancel anytime."):
        assert chrome in analysis.removed
