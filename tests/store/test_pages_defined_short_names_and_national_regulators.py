"""Invented pages: a results release that defines the company's short name in quotes (in everyday
words, and in words no dictionary knows), Polish and Mexican companies named with their legal forms,
a national regulator called by its initials without its country, a central bank by its byname, and
a release's "About" section. Which entity each short name belongs to, and what the story is."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of


def test_a_short_name_in_everyday_words_defined_for_the_company_is_the_company():
    text = "\n".join([
        "Quarry Bend reports record quarter",
        "",
        "Quarry Bend Energy Services, Inc. (NYSE: QBES) (\"Quarry Bend\" or the \"Company\") reported record "
        "revenue on Tuesday. Quarry Bend said its third fleet was fully booked.",
        "",
        "Jane Roe, chief executive of Quarry Bend, said the quarter was strong.",
    ])
    analysis = analyze_text(text, filename="release.txt")
    assert entity_of(analysis, "Quarry Bend") == entity_of(analysis, "Quarry Bend Energy Services, Inc.")
    assert entities(analysis)[entity_of(analysis, "Quarry Bend")] == "ORG"


def test_a_defined_short_name_shaped_like_a_place_is_the_company_not_its_subsidiary():
    text = "\n".join([
        "Tumbleweed Ridge raises its outlook",
        "",
        "Tumbleweed Ridge Oilfield Services, Inc. (NYSE: TROS) (“Tumbleweed Ridge” or the “Company”) raised "
        "its outlook. Tumbleweed Ridge will host a call on Wednesday, and its Tumbleweed Ridge Wireline LLC "
        "subsidiary will open a yard near Odessa.",
    ])
    analysis = analyze_text(text, filename="ridge.txt")
    assert entity_of(analysis, "Tumbleweed Ridge") == entity_of(analysis, "Tumbleweed Ridge Oilfield Services, Inc.")


def test_a_polish_companys_legal_form_and_a_regulator_without_its_country_join_their_names():
    text = "\n".join([
        "Food group buys frozen-vegetable maker",
        "",
        "Wartex agreed to buy Bugowo Frost sp. z o.o. for PLN 200 million. Bugowo Frost was founded in 1995. "
        "Shareholders asked the Securities and Exchange Commission of Sri Lanka to look at a related deal, "
        "and the SEC said it would.",
    ])
    analysis = analyze_text(text, filename="frost.txt")
    assert entity_of(analysis, "Bugowo Frost") == entity_of(analysis, "Bugowo Frost sp. z o.o.")
    assert entity_of(analysis, "SEC") == "Securities and Exchange Commission of Sri Lanka"


def test_a_releases_about_section_with_a_comma_before_its_legal_form_is_no_story():
    text = "\n".join([
        "Prairie Mill to buy Cedar Creek Dairy",
        "",
        "MADISON, Wis., June 3, 2025 /PRNewswire/ -- Prairie Mill Foods, Inc. today announced an agreement to buy "
        "Cedar Creek Dairy LLC for $240 million in cash.",
        "",
        "\"Cedar Creek brings us two plants,\" said Martha Keane, Chief Executive Officer of Prairie Mill.",
        "",
        "The deal is expected to close in the third quarter.",
        "",
        "About Prairie Mill Foods, Inc.",
        "Prairie Mill Foods is a producer of organic milk and cheese based in Madison, Wisconsin.",
        "",
        "Media Contact:",
        "Dana Wu",
    ])
    paragraphs = analyze_text(text, filename="mill.txt").paragraphs
    assert not any("producer of organic milk" in p for p in paragraphs)
    assert any(p.startswith("The deal is expected") for p in paragraphs)


def test_a_mexican_companys_legal_form_in_three_words_and_a_central_banks_byname():
    text = "\n".join([
        "Mexican baker buys U.S. tortilla maker",
        "",
        "MEXICO CITY, June 6 (Reuters) - Grupo Horneado S.A.B. de C.V. agreed to buy a U.S. tortilla maker. "
        "Grupo Horneado shares rose 2.3%, while Banxico kept interest rates unchanged.",
    ])
    analysis = analyze_text(text, filename="baker.txt")
    assert entity_of(analysis, "Grupo Horneado") == entity_of(analysis, "Grupo Horneado S.A.B. de C.V.")
    assert entities(analysis)["Banxico"] == "ORG"
