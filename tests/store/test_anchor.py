"""Re-anchoring highlights after the text changes."""

from __future__ import annotations

from store.anchor import TextAnchor, place
from tests.store.reanchor_harness import run

BODY = (
    "Vela Corp named Ines Abara chief executive on Monday.\n\n"
    "“We will ship the scanner before the winter,” Abara said at the launch in Porto.\n\n"
    "The company said the deal closes in May. The company said the deal closes in May."
)


def anchor_on(text: str, body: str = BODY, occurrence: int = 0) -> TextAnchor:
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(text, start + 1)
    return TextAnchor.from_span(body, start, start + len(text))


def test_selectors_hold_exact_text_and_32_characters_of_context():
    anchor = anchor_on("Abara said at the launch")
    assert anchor.exact == "Abara said at the launch"
    assert len(anchor.prefix) == 32 and anchor.suffix == " in Porto.\n\nThe company said the"
    assert BODY[anchor.start : anchor.end] == anchor.exact


def test_unchanged_text_is_placed_by_position():
    anchor = anchor_on("before the winter")
    assert place(anchor, BODY).method == "position"


def test_moved_text_is_found_by_its_exact_quote():
    anchor = anchor_on("before the winter")
    edited = "A new first paragraph pushes everything down.\n\n" + BODY
    placement = place(anchor, edited)
    assert placement.method == "quote"
    assert edited[placement.start : placement.end] == "before the winter"


def test_rewrapped_whitespace_still_counts_as_the_exact_text():
    anchor = anchor_on("Abara said at the launch in Porto")
    edited = BODY.replace("said at the", "said  at\nthe")
    placement = place(anchor, edited)
    assert placement.method == "quote"
    assert " ".join(edited[placement.start : placement.end].split()) == "Abara said at the launch in Porto"


def test_repeated_text_goes_to_the_occurrence_whose_context_matches():
    anchor = anchor_on("The company said the deal closes in May.", occurrence=1)
    edited = "Intro.\n\n" + BODY
    placement = place(anchor, edited)
    second = edited.rindex("The company said the deal closes in May.")
    assert (placement.start, placement.method) == (second, "quote")


def test_a_fixed_typo_inside_the_highlight_is_placed_fuzzily():
    body = BODY.replace("scanner", "scaner")
    anchor = anchor_on("We will ship the scaner before the winter", body)
    placement = place(anchor, BODY)
    assert placement.method == "fuzzy"
    assert BODY[placement.start : placement.end] == "We will ship the scanner before the winter"


def test_deleted_text_becomes_an_orphan_not_a_wrong_placement():
    anchor = anchor_on("We will ship the scanner before the winter")
    edited = BODY.replace("“We will ship the scanner before the winter,” Abara said at the launch in Porto.\n\n", "")
    assert place(anchor, edited) is None


def test_short_common_text_without_its_context_is_not_placed():
    anchor = anchor_on("on Monday")
    edited = "Shares rose on Monday after a quiet week for the sector."
    assert place(anchor, edited) is None


def test_one_hundred_random_realistic_edits():
    tally = run(trials=100)
    print(tally.summary())
    assert tally.survived >= 400
    assert tally.wrong == 0, tally.failures
    assert tally.placed >= 0.98 * tally.survived, tally.failures
    assert tally.fuzzy > 0  # the edits really exercise fuzzy matching
