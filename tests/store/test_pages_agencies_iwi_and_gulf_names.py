"""Invented pages of kinds a labelled set brought: a state agency's English service under its masthead in
its own language, a public broadcaster's business story about an iwi's company, a Gulf paper's story
with family names written two ways, and a translated agency story with its credits and licence."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, entity_of, speakers

_AGENCY = "\n".join([
    "AA",
    "Anadolu Ajansı",
    "Economy",
    "Turkish tile maker Kuzeytaş opens plant in Kütahya",
    "Mert Aydın | 03.06.2025 - Update : 03.06.2025",
    "",
    "Workers stack tiles at the new plant in Kütahya on June 2, 2025. ( Ece Yılmaz - Anadolu Agency )",
    "",
    "Kuzeytaş Seramik Sanayi ve Ticaret A.Ş. opened the plant on Tuesday, Kuzeytaş Seramik said in a statement "
    "to the Public Disclosure Platform (KAP).",
    "",
    "Anadolu Agency website contains only a portion of the news stories offered to subscribers.",
    "© Anadolu Ajansı 2026",
])


def test_an_agency_s_english_page_takes_its_english_name_its_dotted_date_and_one_company():
    analysis = analyze_text(_AGENCY, filename="aa.txt")
    assert analysis.source == "Anadolu Agency"
    assert analysis.date == "2025-06-03"
    assert analysis.author == "Mert Aydın"
    assert "Ece Yılmaz" not in "\n".join(analysis.paragraphs)
    assert entity_of(analysis, "Kuzeytaş Seramik") == entity_of(analysis, "Kuzeytaş Seramik Sanayi ve Ticaret A.Ş.")
    assert entities(analysis)["Public Disclosure Platform"] == "ORG"


_BROADCASTER = "\n".join([
    "RNZ",
    "Business",
    "Iwi company buys Northern Cove Seafoods",
    "Aroha Tane, Business Reporter",
    "6:10 am on 3 June 2025",
    "",
    "Fishing boats in the harbour. Photo: RNZ / Kiri Matthews",
    "Audio: Listen to Morning Report",
    "",
    "The commercial arm of Ngāti Rangi has bought Northern Cove Seafoods, which fishes around the Chatham Islands.",
    "",
    "Northern Cove holds quota for hoki and will keep its staff on the Chathams, the Commerce Commission said in a "
    "determination that it was “satisfied that the deal will not lessen competition”.",
    "",
    "Get the RNZ app",
    "for ad-free news and current affairs",
    "Copyright © 2025, Radio New Zealand",
])


def test_a_broadcaster_keeps_its_initials_an_iwi_is_a_body_and_a_compass_word_opens_a_company():
    analysis = analyze_text(_BROADCASTER, filename="rnz.txt")
    assert analysis.source == "RNZ"
    kept = "\n".join(analysis.paragraphs)
    assert "Listen to Morning Report" not in kept and "ad-free" not in kept
    found = entities(analysis)
    assert found["Ngāti Rangi"] == "ORG"
    assert entity_of(analysis, "Northern Cove") == entity_of(analysis, "Northern Cove Seafoods")
    assert entity_of(analysis, "Chathams") == entity_of(analysis, "Chatham Islands")
    assert speakers(analysis)["satisfied that the deal will not lessen competition"][0] == "other"


_GULF = "\n".join([
    "Doha group prices its listing",
    "",
    "\"Listing is the natural next step,\" Sheikh Khalid bin Jassim al-Thani, the group's chairman, said.",
    "",
    "Al Thani added that the group would consider a second listing in Riyadh.",
    "",
    "Josué Ferreira dos Santos, a union leader in Brazil, said staff were told by radio. Santos said so.",
    "",
    "The loan came from the Brazilian Development Bank (BNDES) in 2021, and BNDES declined to comment.",
    "",
    "Related Story",
    "QSE-listed companies post higher profits",
])


def test_a_family_name_written_two_ways_a_surname_after_dos_and_a_bank_by_its_home_initials():
    analysis = analyze_text(_GULF, filename="gulf.txt")
    assert speakers(analysis)["Listing is the natural next step,"] == ("speech", "Khalid bin Jassim al-Thani")
    assert entity_of(analysis, "Thani") == "Khalid bin Jassim al-Thani"  # ("Al Thani added", the "Al" a sentence's)
    assert entity_of(analysis, "Santos") == "Josué Ferreira dos Santos"
    assert entity_of(analysis, "BNDES") == entity_of(analysis, "Brazilian Development Bank")
    assert "QSE-listed companies" not in "\n".join(analysis.paragraphs)


_TRANSLATED = "\n".join([
    "Agência Brasil",
    "Economy",
    "Meatpacker to close plant in Goiás",
    "Paula Reis Lima - Agência Brasil reporter",
    "Published on 03/06/2025 - 10:00",
    "Brasília",
    "",
    "Workers leave the plant at the end of a shift. © Ana Prado/Agência Brasil",
    "",
    "The company said it would close the plant in Goiás by July.",
    "",
    "Translated by: Lucas Vieira",
    "Edition: Denise Brandão",
    "Creative Commons License - Attribution 4.0 International",
    "Content published by Agência Brasil may be reproduced with credit to the agency.",
])


def test_a_translated_agency_story_loses_its_credits_place_stamp_and_licence():
    analysis = analyze_text(_TRANSLATED, filename="abr.txt")
    assert analysis.author == "Paula Reis Lima"
    assert analysis.date == "2025-06-03"
    kept = "\n".join(analysis.paragraphs)
    for chrome in ("Brasília", "Ana Prado", "Translated by", "Edition:", "Creative Commons", "may be reproduced"):
        assert chrome not in kept, chrome
    assert kept.startswith("The company said")


def test_the_words_of_a_charge_are_no_speech():
    analysis = analyze_text(
        "Watchdog opens probe\n\nThe authority said on May 14 that it had opened an investigation into four makers "
        "over alleged \"coordination of retail prices\" through their dealers.",
        filename="probe.txt",
    )
    assert speakers(analysis)["coordination of retail prices"][0] == "other"
