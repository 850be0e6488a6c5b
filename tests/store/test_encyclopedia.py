"""Encyclopedia pages: the article's name, its sections and text, without the wiki around them."""

from __future__ import annotations

from store.analyze import analyze_text

PAGE = "\n".join([
    "Jump to content", "Main menu", "Search", "Create account Log in", "Contents hide", "(Top)", "1 History",
    "2 Products", "Brookwarden", "7 languages", "Article Talk", "Read Edit View history", "Tools",
    "From Wikipedia, the free encyclopedia",
    "For the Canadian insulation maker, see Brookwarden Insulation Inc.",
    "Brookwarden plc (formerly Ashby Controls Ltd) is a British maker of heating controls based in Stockport.[1][2]",
    "History[edit]",
    "Ashby Controls was founded in 1998 by Ifeoma Castell.[2] The ASA's ruling found that \"the claim was not "
    "representative\".[3] Castell told Heat Trade Journal, \"We accept the ruling.\"[4]",
    "See also[edit]", "Smart thermostat",
    "References[edit]",
    '^ a b "Annual Report 2023" (PDF). Brookwarden plc. Retrieved 3 March 2024.',
    '^ Pereira, Anouk (2 October 2008). "Thermostat with a hole in the middle". Heat Trade Journal. Retrieved 3 March 2024.',
    "v t e", "Heating controls makers: Ditchling Controls · Brookwarden",
    "Categories: Companies based in Stockport",
    "This page was last edited on 19 February 2024, at 11:02 (UTC).",
])


def test_the_articles_name_is_the_title_and_the_wiki_the_source():
    analysis = analyze_text(PAGE)
    assert (analysis.title, analysis.source, analysis.author, analysis.date) == (
        "Brookwarden", "Wikipedia", None, None
    )


def test_the_menus_hatnote_references_and_footer_are_not_the_article():
    paragraphs = analyze_text(PAGE).paragraphs
    assert paragraphs[0].startswith("Brookwarden plc (formerly Ashby Controls Ltd)")
    assert "History" in paragraphs  # the section's heading without its "[edit]" link
    assert not any("Retrieved" in p or "see Brookwarden Insulation" in p or "Categories" in p for p in paragraphs)
    assert not any("Smart thermostat" in p or "languages" in p for p in paragraphs)


def test_reference_titles_are_not_quotes_and_reference_authors_not_entities():
    analysis = analyze_text(PAGE)
    assert [q.text for q in analysis.quotes if q.kind == "speech"] == ["We accept the ruling."]
    names = {e.name for e in analysis.entities}
    assert not names & {"Pereira", "Anouk", "Ditchling Controls", "Brookwarden Insulation Inc."}
    company = next(e for e in analysis.entities if "Brookwarden" in e.aliases)
    assert company.type == "ORG" and "Ashby Controls" in company.aliases


def test_a_page_without_the_wiki_line_is_an_ordinary_article():
    analysis = analyze_text(PAGE.replace("From Wikipedia, the free encyclopedia", "From our correspondent"))
    assert analysis.source != "Wikipedia"
