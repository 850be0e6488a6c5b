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


def test_an_exported_notes_title_and_fields_are_its_header_and_the_page_under_them_gives_byline_and_date() -> None:
    text = "\n".join([
        "# Vailima Telecom seeks ST$3m for towers",
        "",
        "---",
        "Created at: 2025-08-23 09:12:05+1300",
        "Updated at: 2025-08-23 09:14:40+1300",
        "Source: https://www.apialedger.ws/business/vailima-telecom-seeks-st3m",
        "Tags: business",
        "---",
        "",
        "- [Home](https://www.apialedger.ws/)",
        "- [Business](https://www.apialedger.ws/business)",
        "",
        "# Vailima Telecom seeks ST$3m for towers",
        "",
        "By Mele Tuilagi",
        "",
        "21 August 2025, 8:00 am",
        "",
        "Vailima Telecom wants to raise ST$3 million for new towers on Savai‘i, the company said on Wednesday.",
    ])
    analysis = analyze_text(text, filename="vailima.md")
    assert (analysis.title, analysis.date, analysis.author) == (
        "Vailima Telecom seeks ST$3m for towers", "2025-08-21", "Mele Tuilagi"
    )
    assert analysis.paragraphs == (
        "Vailima Telecom wants to raise ST$3 million for new towers on Savai‘i, the company said on Wednesday.",
    )


def test_a_read_later_apps_highlights_under_the_page_repeat_it_and_are_no_part_of_it() -> None:
    text = "\n".join([
        "# Lyford Marinas raises B$9m",
        "",
        "Lyford Marinas Ltd has raised B$9 million in a rights offering, the company said on Monday.",
        "",
        '"We moved to a bigger firm because we are a bigger company now," chief executive Dorian Pinder said.',
        "",
        "## Highlights",
        "",
        "> Lyford Marinas Ltd has raised B$9 million [⤴️](https://omnivore.app/me/lyford-marinas-1a2b#3c4d)",
        "",
        '> "We moved to a bigger firm because we are a bigger company now," chief executive Dorian Pinder said. '
        "[⤴️](https://omnivore.app/me/lyford-marinas-1a2b#5e6f)",
        "",
        "Note: Ask the Securities Commission about the timetable.",
    ])
    analysis = analyze_text(text, filename="lyford.md")
    assert analysis.paragraphs == (
        "Lyford Marinas Ltd has raised B$9 million in a rights offering, the company said on Monday.",
        '"We moved to a bigger firm because we are a bigger company now," chief executive Dorian Pinder said.',
    )
    assert "Securities Commission" not in entities(analysis)
    assert len(analysis.quotes) == 1


def test_a_channel_post_over_an_instant_view_page_is_the_channels_and_names_the_source() -> None:
    text = "\n".join([
        "Tirana Ledger",
        "Drini Software lands a €6 million bond. Erion Hoxha: “We are a company of engineers.”",
        "https://tiranaledger.com/drini-software-lands-e6m-bond/",
        "2.4K",
        "09:12",
        "",
        "Drini Software lands €6m bond from pension fund",
        "Albana Dervishi · 14 May 2025",
        "",
        "Tirana-based Drini Software has sold a €6 million bond to a pension fund, the company said on Tuesday.",
        "",
        "“We are a company of engineers,” chief executive Erion Hoxha said.",
        "",
        "View in Telegram",
        "Open original",
    ])
    analysis = analyze_text(text, filename="drini.txt")
    assert (analysis.title, analysis.source, analysis.date, analysis.author) == (
        "Drini Software lands €6m bond from pension fund", "Tirana Ledger", "2025-05-14", "Albana Dervishi"
    )
    assert speakers(analysis) == {"We are a company of engineers,": ("speech", "Erion Hoxha")}
    assert entities(analysis).get("Tirana Ledger") != "PERSON"
    assert analysis.paragraphs[-1] == "“We are a company of engineers,” chief executive Erion Hoxha said."


def test_loti_sums_and_any_countrys_currency_code_before_a_sum_are_no_names() -> None:
    body = (
        "Thaba Knitwear needs M45 million: a M30 million loan and a M15m bond. The LSL 45 million package "
        "is the same in rand.\n\n"
        "Vailima Telecom will raise WST 12 million from investors.\n\n"
        "Trucks from Thaba Knitwear reach the M25 motorway in a day.\n"
    )
    found = entities(analyze_text(body))
    assert not [name for name in found if name.startswith(("M4", "M3", "M1", "LSL", "WST"))]
    assert found["Thaba Knitwear"] == "ORG" and found["Vailima Telecom"] == "ORG"


def test_a_feed_item_saved_from_a_mail_client_is_written_by_its_byline_not_by_the_feed() -> None:
    text = "\n".join([
        "Subject: Thaba Knitwear seeks M30m rescue",
        "Date: Tue, 8 Jul 2025 09:10:00 +0200",
        "From: Maseru Ledger <feeds@maseruledger.co.ls>",
        "Website: https://maseruledger.co.ls/thaba-knitwear-seeks-m30m-rescue/",
        "",
        "By Lerato Mokhele",
        "",
        "Thaba Knitwear has asked the development corporation for M30 million, the company said on Monday.",
        "",
        "The post Thaba Knitwear seeks M30m rescue appeared first on Maseru Ledger.",
    ])
    analysis = analyze_text(text, filename="thaba.txt")
    assert (analysis.source, analysis.author, analysis.date) == ("Maseru Ledger", "Lerato Mokhele", "2025-07-08")
