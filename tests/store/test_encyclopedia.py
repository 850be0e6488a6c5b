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


def test_a_redirect_note_and_the_contents_after_the_lead_are_the_wikis_and_the_infobox_keeps_its_cells():
    page = "\n".join([
        "Jump to content", "Main menu", "Orrin Systems",
        "From Wikipedia, the free encyclopedia", "(Redirected from AquaVale Controls)",
        "Orrin Systems, Inc.", "Type\tPublic company", "Products\tFlowlock, Sprig, Orrin Hub",
        "Orrin Systems, Inc. (formerly AquaVale Controls) is an American maker of leak valves.[1]",
        "Contents", "1 History", "1.1 Spin-off of Keelby", "2 Products", "3 See also",
        "History[edit]",
        "The company was founded in 2009 by Tobin Wrexley, an engineer, in Tacoma.[2]",
        "See also", "Smart water meter",
    ])
    analysis = analyze_text(page)
    assert "(Redirected from AquaVale Controls)" in analysis.removed
    assert "1.1 Spin-off of Keelby" in analysis.removed and "Contents" in analysis.removed
    assert "Products | Flowlock, Sprig, Orrin Hub" in analysis.paragraphs
    entities = {e.name: e for e in analysis.entities}
    assert not any(name.startswith("Products") for name in entities)
    assert "History" in analysis.paragraphs
