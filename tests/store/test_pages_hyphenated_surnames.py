"""An invented family-business story: a brother and sister who share a hyphenated surname with a
capital inside a part ("McKenzie-O'Neill"), his quotation by surname alone, her hyphenated given
name. Whose quotation it is, and which full name each short name belongs to."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entity_of, speakers

_STORY = "\n".join([
    "Family bakery chain sold to rival after 60 years",
    "",
    "DeAndre McKenzie-O'Neill, who runs the Sunrise Bakery chain with his sister Mary-Kate, said on Thursday "
    "that the family had agreed to sell the business.",
    "",
    "\"It was time,\" McKenzie-O'Neill said.",
    "",
    "Mary-Kate McKenzie-O'Neill declined to comment.",
])


def test_a_hyphenated_surname_with_a_capital_inside_is_the_first_namesakes():
    analysis = analyze_text(_STORY, filename="bakery.txt")
    assert entity_of(analysis, "McKenzie-O'Neill") == "DeAndre McKenzie-O'Neill"
    assert speakers(analysis)["It was time,"] == ("speech", "DeAndre McKenzie-O'Neill")


def test_a_hyphenated_given_name_alone_is_the_sister():
    analysis = analyze_text(_STORY, filename="bakery.txt")
    assert entity_of(analysis, "Mary-Kate") == "Mary-Kate McKenzie-O'Neill"
