"""An invented announcement as the Singapore Exchange's announcement view shows it: a form of fields
(label on one line, value on the next) over the company's own text, its letterhead, its numbered
paragraphs with defined terms, its "BY ORDER OF THE BOARD" signature and its attachments. What the
title, writer and date are, which lines are the form's, and which names are names."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of

_ANNOUNCEMENT = "\n".join([
    "Company Announcements",
    "Issuer & Securities",
    "Issuer/ Manager",
    "TIDEMARK MARINE LIMITED",
    "Securities",
    "TIDEMARK MARINE LIMITED - SG1Z99999999 - 9TM",
    "Stapled Security",
    "No",
    "Announcement Details",
    "Announcement Title",
    "General Announcement",
    "Date &Time of Broadcast",
    "14-Mar-2025 18:05:40",
    "Status",
    "New",
    "Announcement Sub Title",
    "PROPOSED SUBSCRIPTION OF NEW SHARES BY STRATEGIC INVESTORS",
    "Announcement Reference",
    "SG250314OTHRAB12",
    "Submitted By (Co./ Ind. Name)",
    "Tan Mei Ling",
    "Designation",
    "Company Secretary",
    "Description (Please provide a detailed description of the event in the box below - Refer to the Online help "
    "for the format)",
    "TIDEMARK MARINE LIMITED",
    "(Company Registration No. 201012345Z)",
    "(Incorporated in the Republic of Singapore)",
    "",
    "PROPOSED SUBSCRIPTION OF NEW SHARES BY STRATEGIC INVESTORS AND",
    "APPOINTMENT OF INDEPENDENT DIRECTOR",
    "",
    "1.1 The board of directors of Tidemark Marine Limited (the \"Company\") announces that the Company has",
    "entered into subscription agreements with Harbourgate Capital Pte. Ltd. and Junction Bay Holdings Pte. Ltd.",
    "(together, the \"Investors\") for 40,000,000 new shares (the \"Subscription Shares\") at S$0.20 for each",
    "Subscription Share (the \"Subscription\"). The Subscription will raise S$8 million.",
    "",
    "1.2 The Subscription is subject to the listing and quotation notice from the SGX-ST. On the Nominating",
    "Committee's recommendation, the Board has appointed Mr Koh Wei Jie as an Independent Director.",
    "",
    "BY ORDER OF THE BOARD",
    "Tan Mei Ling",
    "Company Secretary",
    "14 March 2025",
    "",
    "Attachments",
    "Tidemark_Subscription_14Mar2025.pdf (120K)",
    "Total size =120K MB",
])


def test_the_form_gives_title_writer_date_and_publisher():
    analysis = analyze_text(_ANNOUNCEMENT, filename="tidemark.txt")
    assert analysis.title == "PROPOSED SUBSCRIPTION OF NEW SHARES BY STRATEGIC INVESTORS"
    assert (analysis.author, analysis.date, analysis.source) == ("Tan Mei Ling", "2025-03-14", "Singapore Exchange")


def test_the_form_the_letterhead_the_signature_and_the_attachments_are_chrome():
    kept = "\n".join(analyze_text(_ANNOUNCEMENT, filename="tidemark.txt").paragraphs)
    for chrome in (
        "Issuer & Securities", "Stapled Security", "SG250314OTHRAB12", "Designation", "Description (Please",
        "Registration No.", "Incorporated in", "BY ORDER OF THE BOARD", "Attachments", ".pdf", "Total size",
    ):
        assert chrome not in kept, chrome
    assert "The Subscription will raise S$8 million." in kept


def test_singapore_private_companies_keep_their_dotted_form_and_defined_terms_are_no_names():
    analysis = analyze_text(_ANNOUNCEMENT, filename="tidemark.txt")
    found = entities(analysis)
    assert found["Harbourgate Capital Pte. Ltd."] == "ORG"
    assert found["Junction Bay Holdings Pte. Ltd."] == "ORG"
    assert found["SGX-ST"] == "ORG"
    assert entity_of(analysis, "Koh Wei Jie") is not None
    for term in ("Subscription", "Subscription Shares", "Investors", "PROPOSED SUBSCRIPTION", "Nominating Committee"):
        assert term not in found, term
