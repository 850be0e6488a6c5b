"""Invented pages: an exchange announcement signed with its town and day, a column with the site's
disclaimer and a wire reporter's credit, a business site named by its domain with a byline that names
it too, and a town's plant. What a reader sees of their text, source and names."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities


def test_an_announcements_town_and_day_under_its_text_are_its_signature():
    text = "\n".join([
        "Ridgeveld Platinum Limited",
        "",
        "Results of general meeting",
        "",
        "Shareholders are advised that all resolutions proposed at the general meeting held on 3 June 2025 "
        "were passed by the requisite majorities.",
        "",
        "Pretoria",
        "4 June 2025",
        "",
        "Sponsor",
        "Kloofnek Capital (Pty) Ltd",
    ])
    analysis = analyze_text(text, filename="sens.txt")
    shown = "\n".join(analysis.paragraphs)
    assert "were passed by the requisite majorities" in shown
    assert "Pretoria" not in shown.split("\n") and "4 June 2025" not in shown


def test_a_sites_disclaimer_a_wire_reporters_credit_and_a_writers_address_are_not_the_story():
    text = "\n".join([
        "Harbour Daily",
        "",
        "Port strike enters third day",
        "",
        "Dock workers in Aurelton stayed off the job for a third day on Wednesday, leaving 14 ships waiting.",
        "",
        "Associated Press writer Mina Osei in Aurelton, Ohio, contributed to this report.",
        "",
        "(mina.osei@harbourdaily.example)",
        "",
        "The views expressed are the author's own and do not represent those of Harbour Daily.",
    ])
    shown = "\n".join(analyze_text(text, filename="strike.txt").paragraphs)
    assert "leaving 14 ships waiting" in shown
    for chrome in ("contributed to this report", "mina.osei@", "The views expressed"):
        assert chrome not in shown, chrome


def test_a_site_named_by_its_domain_is_the_name_the_domain_spells_and_its_byline_names_the_writer():
    text = "\n".join([
        "thecoastledgerkenya.com",
        "",
        "Tea exporter names new chief executive",
        "By Achieng Otieno / thecoastledgerkenya.com",
        "3 June 2025, 06:15 pm",
        "",
        "Tea exporter Kericho Leaf Limited has named a new chief executive after a board meeting in Nairobi.",
        "",
        "(Photo by Brian Mwangi/The Coast Ledger)",
    ])
    analysis = analyze_text(text, filename="ledger.txt")
    assert (analysis.source, analysis.author) == ("The Coast Ledger Kenya", "Achieng Otieno")


def test_a_towns_plant_is_in_the_town():
    text = "\n".join([
        "Pump maker files for insolvency",
        "",
        "The Magdeburg maker of industrial pumps filed for insolvency on Tuesday. The Halle plant is not part "
        "of the filing, a spokeswoman said.",
    ])
    assert entities(analyze_text(text, filename="pumps.txt")).get("Halle") == "PLACE"
