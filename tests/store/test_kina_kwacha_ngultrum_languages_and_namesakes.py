"""Invented stories from Malawi, Bhutan and Papua New Guinea: sums in Malawi kwacha ("MK5 billion"), ngultrum
("Nu 10 a share") and kina ("PGK 50 million"), which are no names; languages of two words ("Tok Pisin") or of
small countries ("Dzongkha"), which are no places; and namesakes told apart by what the story says of them: a
woman quoted as "she" beside a man written "Mr", a namesake just introduced as speaking called "Mr" plus the
surname next, and an analyst named with his firm's town and trade before the firm."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, speakers


def test_kwacha_ngultrum_and_kina_sums_are_no_names() -> None:
    body = (
        "Chiradzulu Mills plc is seeking to raise MK5 billion on the Malawi Stock Exchange. Revenue rose to "
        "MK38.2 billion from MK29.7 billion.\n\n"
        "Paro Tea Estates will sell shares at Nu 10 each, raising Nu 200 million.\n\n"
        "Tumbuna Resources will raise PGK 50 million on PNGX Markets.\n"
    )
    found = entities(analyze_text(body))
    assert not [name for name in found if name.startswith(("MK", "Nu", "PGK"))]
    assert found["Chiradzulu Mills"] == "ORG"


def test_languages_of_two_words_or_of_small_countries_are_no_places() -> None:
    body = (
        '"Mipela i redi," Sir Paul Kuman said in Tok Pisin at a meeting in Hides. He repeated it in Huli.\n\n'
        "Dasho Karma Tshering spoke in Dzongkha at the signing in Thimphu.\n"
    )
    found = entities(analyze_text(body))
    assert "Tok Pisin" not in found and "Huli" not in found and "Dzongkha" not in found
    assert found["Thimphu"] == "PLACE"


def test_she_is_not_the_namesake_the_story_writes_mr() -> None:
    body = (
        "Chiradzulu Mills chief executive Thokozani Banda told Lake Times the plant would open in May.\n\n"
        "Mr Banda said the raise would cover most of the cost.\n\n"
        "Mercy Banda, a soya farmer who is not related to Mr Banda, said farmers had been let down before.\n\n"
        "“Tikufuna msika wodalirika,” she said in Chichewa.\n"
    )
    assert speakers(analyze_text(body))["Tikufuna msika wodalirika,"] == ("speech", "Mercy Banda")


def test_mr_and_a_surname_after_a_namesake_is_introduced_speaking_is_that_namesake() -> None:
    body = (
        "Tumbuna Resources will raise K50 million on PNGX Markets.\n\n"
        "Chairman Sir Jacob Kila said the listing would let landowners hold shares in their own names.\n\n"
        "Peter Kila, a youth leader from Komo who is not related to the chairman, said many landowners had no "
        "bank accounts.\n\n"
        "“Ol papagraun i no save long sea maket,” Mr Kila said in Tok Pisin.\n"
    )
    assert speakers(analyze_text(body))["Ol papagraun i no save long sea maket,"] == ("speech", "Peter Kila")


def test_an_analyst_named_with_his_firm_s_town_and_trade_before_the_firm_is_the_speaker() -> None:
    body = (
        "Analyst Blessings Chirwa of Lilongwe brokerage Mzuzu Capital Partners said the pricing looked "
        '"fair but not cheap" at about 13 times earnings.\n'
    )
    assert speakers(analyze_text(body))["fair but not cheap"] == ("speech", "Blessings Chirwa")


def test_a_place_called_by_its_first_word_is_one_place_but_a_town_s_corridor_or_airport_is_another() -> None:
    body = (
        "The money will pay for a workshop in Punakha Lobesa and for a depot in Trinidad and Tobago.\n\n"
        "Its trucks cross Punakha every week, and it hired two engineers back from Trinidad in June. Cargo "
        "crosses the Caspian Sea on ferries; the Caspian route is busier every year.\n\n"
        "Most of the ore leaves through the Nacala Corridor to the port of Nacala. Flights from Oslo land at "
        "Oslo Airport Gardermoen.\n"
    )
    analysis = analyze_text(body)
    places = {e.name: set(e.aliases) for e in analysis.entities}
    assert "Punakha" in places["Punakha Lobesa"]
    assert "Trinidad" in places["Trinidad and Tobago"]
    assert "Caspian" in places["Caspian Sea"]
    assert "Nacala" in places and "Oslo" in places
