"""Invented stories from Samoa, Lesotho and elsewhere: a Polynesian glottal stop written with the opening
quote mark inside a word ("Savai‘i", "Fa‘alogo"), which opens no quotation and cuts no name; Basotho names
that begin with an apostrophe ("’Malineo") and Sesotho's styles "Ntate" and "’Me", which tell two namesakes
apart; and "she" after a sentence whose subject names someone else in a "who" clause."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, speakers


def test_a_glottal_stop_written_as_an_opening_mark_stays_inside_the_word() -> None:
    body = (
        "Vailima Telecom wants to take its wallet across Savai‘i, just as the regulator tightens its rules.\n\n"
        "Its chief executive, Tuala Sione Lefa‘ato, said the towers would cost ST$3 million.\n\n"
        "“Our customers on Savai‘i still take the ferry to pay a bill,” Tuala said.\n"
    )
    analysis = analyze_text(body)
    found = entities(analysis)
    assert "Tuala Sione Lefa‘ato" in found and "Savai" not in found
    assert speakers(analysis) == {
        "Our customers on Savai‘i still take the ferry to pay a bill,": ("speech", "Tuala Sione Lefa‘ato"),
    }


def test_she_after_a_who_clause_is_the_subject_not_the_namesake_inside_it() -> None:
    body = (
        "Vailima Telecom's chief executive, Tuala Sione Lefa‘ato, said the bond would open in May.\n\n"
        "The fund's head, Ioana Maria Lefa'ato, said it had not yet decided. Ioana, who is not related to "
        "Tuala despite the shared name, said the fund would wait.\n\n"
        '"It is a good business, but our members come first," she said.\n'
    )
    quotes = speakers(analyze_text(body))
    assert quotes["It is a good business, but our members come first,"] == ("speech", "Ioana Maria Lefa'ato")


def test_basotho_names_keep_their_apostrophe_and_their_styles_tell_namesakes_apart() -> None:
    body = (
        "The company’s managing director, ’Mamello Nthako, said buyers had cancelled orders.\n\n"
        "“The orders are not gone, they are waiting on a desk in New York,” ’Me Nthako told the Maseru Ledger.\n\n"
        "Development corporation chief Teboho Nthako, who is not related to ’Mamello Nthako, said rent would "
        "be deferred.\n\n"
        "“We will carry the rent for six months,” Ntate Nthako said.\n\n"
        "'Me Nthako said the company had stopped overtime.\n\n"
        "“A closed factory is worse,” she said.\n"
    )
    analysis = analyze_text(body)
    assert "’Mamello Nthako" in entities(analysis)
    assert "Ntate Nthako" not in entities(analysis)
    assert {"’Me Nthako", "'Me Nthako"} <= aliases(analysis, "’Mamello Nthako")
    assert speakers(analysis) == {
        "The orders are not gone, they are waiting on a desk in New York,": ("speech", "’Mamello Nthako"),
        "We will carry the rent for six months,": ("speech", "Teboho Nthako"),
        "A closed factory is worse,": ("speech", "’Mamello Nthako"),
    }


def test_a_quotation_opening_with_an_everyday_word_after_a_straight_mark_is_no_basotho_name() -> None:
    body = "'Many workers are afraid,' said Palesa Mokoena of the Maseru Garment Union.\n"
    analysis = analyze_text(body)
    assert not [name for name in entities(analysis) if "Many" in name]
    assert speakers(analysis) == {"Many workers are afraid,": ("speech", "Palesa Mokoena")}
