"""Invented pages: an agency's site named by its domain, a weekly whose date line reads like a list item,
a newswire's own account of an offer, and the short names a story gives a central bank and a Maghrebi
chief executive. Their sources and dates, who said what, and who is named, as a reader would see them."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entity_of, speakers


def test_an_agencys_site_is_the_agency_its_copyright_names():
    text = "\n".join([
        "NOTIZIA.it",
        "NOTIZIA",
        "",
        "Turin carmaker recalls 12,000 vans",
        "",
        "(NOTIZIA) - TURIN, JUNE 4 - Carmaker Veltrano recalled 12,000 vans on Wednesday over a brake fault, "
        "the company said in a statement.",
        "",
        "ALL RIGHTS RESERVED © Copyright NOTIZIA",
    ])
    assert analyze_text(text, filename="agency.txt").source == "NOTIZIA"


def test_a_day_written_with_a_point_over_the_story_is_its_date_not_a_list_number():
    text = "\n".join([
        "The Danube Weekly",
        "",
        "Brake maker breaks ground near Trnava",
        "",
        "Petra Kováčová",
        "4. June 2025 at 09:30",
        "",
        "Brake maker Morava Brzdy has started building a plant near Trnava, it said on Wednesday. The plant "
        "will employ 400 people when it opens in 2027.",
    ])
    assert analyze_text(text, filename="weekly.txt").date == "2025-06-04"


def test_a_resolutions_words_inside_a_remark_and_a_newswires_own_account_are_no_ones_speech():
    text = "\n".join([
        "Brake maker and ministry still apart on aid",
        "",
        "\"The resolution says 'new jobs'. Moving people from one plant to another creates none,\" "
        "Eva Horváthová said.",
        "",
        "According to the TASR newswire, the ministry has offered a smaller package. TASR described the offer "
        "as \"a middle way that pleases nobody\".",
    ])
    said = speakers(analyze_text(text, filename="aid.txt"))
    assert said["The resolution says 'new jobs'. Moving people from one plant to another creates none,"] == (
        "speech", "Eva Horváthová"
    )
    assert said["new jobs"][0] == "other"
    assert said["a middle way that pleases nobody"][0] == "other"


def test_a_central_banks_initials_with_a_small_letter_and_a_maghrebi_surname_name_them():
    text = "\n".join([
        "Lender suspended over capital shortfall",
        "",
        "In a notice published on Monday, the Bank of Zambia (BoZ) said the lender had fallen short of its "
        "capital requirement. The BoZ said it would review the suspension after 60 days.",
        "",
        "Atlas Logistique chief executive Youssef Ben Amara told reporters the firm was not for sale. "
        "Ben Amara said the new terminal would open in July.",
    ])
    analysis = analyze_text(text, filename="bank.txt")
    assert entity_of(analysis, "BoZ") == "Bank of Zambia"
    assert entity_of(analysis, "Ben Amara") == "Youssef Ben Amara"


def test_the_commission_that_answers_a_papers_questions_is_the_story_s_one_commission():
    text = "\n".join([
        "Minority shareholders take complaint to regulator",
        "",
        "The minority group said it would write to the Financial Services Commission this week. In response to "
        "questions from The Harbour Ledger, the commission said it \"reviews every complaint it receives\" but "
        "does not comment on individual cases.",
    ])
    assert speakers(analyze_text(text, filename="complaint.txt"))["reviews every complaint it receives"] == (
        "speech", "Financial Services Commission"
    )
