"""Invented pages clipped into note apps: Evernote's clip converted by Yarle with its fields in a table,
a Notion clip with its properties, callouts and toggles, a Bear note with its tags and the reader's notes,
and what the stories in them said: a body named "... for the Pacific" whose initials say where its
name ends, a central bank's quarterly review quoted as a document, and a permanent secretary of a
ministry quoted by his office after being named with it. A Malay name is read without its styles ("Dato Seri
Setia Dr Awang Haji") and with its father's name whole ("bin Pengiran Haji Ahmad"); a body named in Malay
("Autoriti ...") is a body, and a faith's adjective ("Islamic", "Shariah") names no one. Iceland's firms
close their names with "hf." or "ehf.", their tickers drop the accents ("HRIMF" of "Hrímfell"), a mayor's
town is a place, and what bankers "kept asking" is speech. A Tongan name opens with its ʻokina ("ʻAkanesi"),
and what a reader wrote under the site's copyright line is theirs. A OneNote page copied out as text opens
with its title, day and time and ends its paste with "Pasted from <...>"; "he" after "X, Y’s brother, said"
is X. A States member's "Deputy" is her style, not her name, and a regulator's public statement is a document. A territory GeoNames lists ("a Guernsey bank") and a
road named by its side ("the Northern Highway") are places."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, speakers

YARLE_CLIP = "\n".join([
    "# Koloale Tuna lines up SBD 12m for Gizo cold store",
    "",
    "---",
    "",
    "| | |",
    "|---|---|",
    "| **Created at** | 2025-08-21 09:02 |",
    "| **Updated at** | 2025-08-21 09:05 |",
    "| **Source** | https://www.solomonstarnews.com/koloale-tuna-lines-up-sbd-12m/ |",
    "| **Tags** | business |",
    "",
    "---",
    "",
    "* [Home](https://www.solomonstarnews.com/)",
    "* [Business](https://www.solomonstarnews.com/category/business/)",
    "",
    "BUSINESS",
    "",
    "## Koloale Tuna lines up SBD 12m for Gizo cold store",
    "",
    "By Joy Tuhaika",
    "",
    "Wednesday, 20 August 2025",
    "",
    "Gizo-based Koloale Tuna Ltd is seeking SBD 12 million for a new cold store, its managing director Peter "
    "Sade said on Tuesday.",
    "",
    "“The boats are bigger than the freezers,” Mr Sade told the Solomon Star.",
    "",
    "In its latest Quarterly Economic Review, the CBSI said fish exports \"fell sharply in the second quarter\".",
    "",
    "A grant from the Pacific Fisheries Fund for the Western Islands (PFFWI) will pay for the wharf.",
    "",
    "The Permanent Secretary of the Ministry of Fisheries and Marine Resources, Dr Hilda Ramo, backed the plan.",
    "",
    "‘Every fish we freeze here is a job kept in Western Province,’ the permanent secretary said.",
    "",
    "© 2025 Solomon Star News. All rights reserved.",
])


def test_a_yarle_clip_s_field_table_is_its_header() -> None:
    analysis = analyze_text(YARLE_CLIP, filename="Koloale Tuna.md")
    assert (analysis.title, analysis.source, analysis.date, analysis.author) == (
        "Koloale Tuna lines up SBD 12m for Gizo cold store", "Solomon Star", "2025-08-20", "Joy Tuhaika",
    )
    assert not any("Created at" in p or "|" in p for p in analysis.paragraphs)
    assert analysis.paragraphs[0].startswith("Gizo-based Koloale Tuna Ltd")


def test_a_long_name_with_initials_and_a_ministry_s_permanent_secretary() -> None:
    analysis = analyze_text(YARLE_CLIP, filename="Koloale Tuna.md")
    found = entities(analysis)
    assert found.get("Pacific Fisheries Fund for the Western Islands") == "ORG"
    assert not {"Pacific Fisheries Fund", "Western Islands"} & found.keys()
    said = speakers(analysis)
    assert said["Every fish we freeze here is a job kept in Western Province,"] == ("speech", "Hilda Ramo")
    assert said["fell sharply in the second quarter"][0] != "speech"


NOTION_CLIP = "\n".join([
    "# Hafbrún raises ISK 900 million for Grindavík hatchery",
    "",
    "Created: June 3, 2025 9:12 AM",
    "Tags: Business",
    "URL: https://www.icelandreview.com/business/hafbrun-raises-isk-900-million/",
    "",
    "Iceland Review",
    "News",
    "Business",
    "",
    "# Hafbrún raises ISK 900 million for Grindavík hatchery",
    "",
    "By Guðrún Pálsdóttir",
    "",
    "June 2, 2025",
    "",
    "Reykjavík-based fish farmer Hafbrún Seafood Ltd has raised ISK 900 million for a new hatchery, its chief "
    "executive Ari Þórsson said on Monday.",
    "",
    "<aside>",
    "💡 my note: compare with the Westfjords farms",
    "</aside>",
    "",
    "The money comes mainly from Icelandic pension funds, the company said.",
    "",
    "- Background",
    "    Hafbrún was founded in 2019 by two brothers from Húsavík.",
    "",
    "The hatchery will open in 2027.",
    "",
    "© 2025 Iceland Review. All rights reserved.",
])

BEAR_NOTE = "\n".join([
    "# Gbarpolu Gold signs power deal with Mount Coffee plant",
    "#news/liberia #mining",
    "https://www.liberianobserver.com/news/gbarpolu-gold-signs-power-deal",
    "",
    "Liberian Observer",
    "Home",
    "Business",
    "",
    "Gbarpolu Gold signs power deal with Mount Coffee plant",
    "",
    "By Josephine K. Dolo",
    "July 30, 2025",
    "",
    "Monrovia-based Gbarpolu Gold Inc. has signed a ten-year power deal, its chief executive Moses T. Kamara "
    "said on Tuesday.",
    "",
    "The company will ==pay for a new substation== at the site, Mr. Kamara said.",
    "",
    "© 2025 Liberian Observer Corporation. All rights reserved.",
    "",
    "---",
    "My notes",
    "- ask Kamara's office about the tariff",
    "- check the substation tender",
])


def test_a_notion_clip_s_properties_callouts_and_toggles_are_not_the_story() -> None:
    analysis = analyze_text(NOTION_CLIP, filename="Hafbrún raises ISK 900 million.md")
    assert (analysis.title, analysis.source, analysis.date, analysis.author) == (
        "Hafbrún raises ISK 900 million for Grindavík hatchery", "Iceland Review", "2025-06-02", "Guðrún Pálsdóttir",
    )
    assert analysis.paragraphs == (
        "Reykjavík-based fish farmer Hafbrún Seafood Ltd has raised ISK 900 million for a new hatchery, its chief "
        "executive Ari Þórsson said on Monday.",
        "The money comes mainly from Icelandic pension funds, the company said.",
        "The hatchery will open in 2027.",
    )
    assert not {"Westfjords", "Húsavík"} & entities(analysis).keys()


def test_a_bear_note_s_tags_and_the_reader_s_notes_are_not_the_story() -> None:
    analysis = analyze_text(BEAR_NOTE, filename="Gbarpolu Gold.md")
    assert (analysis.title, analysis.source, analysis.date, analysis.author) == (
        "Gbarpolu Gold signs power deal with Mount Coffee plant", "Liberian Observer", "2025-07-30", "Josephine K. Dolo",
    )
    assert analysis.paragraphs[-1] == "The company will pay for a new substation at the site, Mr. Kamara said."
    assert not any("tariff" in p or "#mining" in p or "My notes" in p for p in analysis.paragraphs)


def test_a_malay_name_drops_its_styles_and_keeps_its_father_s() -> None:
    body = (
        "Managing Director Awang Haji Faizal Hakim bin Haji Osman said Tasek Foods Sdn Bhd would open a plant. "
        "His sister, Finance Director Dayang Nur Aqilah binti Haji Osman, said the money was ready.\n\n"
        "The deal was witnessed by Minister of Primary Resources Dato Seri Setia Dr Awang Haji Zulkifli bin "
        "Pengiran Haji Ahmad.\n\n"
        "Autoriti Monetari Brunei Darussalam approved the Islamic financing, and Faizal Hakim said the Shariah "
        "board agreed.\n\n"
        "In Muscat, Dr Khalid bin Salim al Busaidi also spoke.\n"
    )
    found = entities(analyze_text(body))
    assert {"Faizal Hakim bin Haji Osman", "Nur Aqilah binti Haji Osman", "Zulkifli bin Pengiran Haji Ahmad"} <= found.keys()
    assert found.get("Khalid bin Salim al Busaidi") == "PERSON"
    assert found.get("Autoriti Monetari Brunei Darussalam") == "ORG"
    assert not {"Awang", "Dayang", "Seri Setia", "Osman", "Islamic", "Shariah", "Faizal Hakim"} & found.keys()


def test_an_icelandic_firm_its_accented_ticker_a_mayor_s_town_and_a_question_asked() -> None:
    body = (
        "Reykjavík-based Hrímfell hf. raised ISK 900 million, its chief executive Ari Þórsson said.\n\n"
        "The money will pay for a hatchery.\n\n"
        "HRIMF shares rose 2.4% after the news. Brimey ehf. bought a stake.\n\n"
        "Sigrún Hallsdóttir, the mayor of Ölfus, welcomed the plan.\n\n"
        "“Our bankers kept asking ‘why not the fjords?’, and we had an answer,” Þórsson said.\n"
    )
    analysis = analyze_text(body)
    found = entities(analysis)
    assert found.get("Brimey ehf.") == "ORG" and found.get("Ölfus") == "PLACE"
    firm = next(e for e in analysis.entities if e.name == "Hrímfell hf.")
    assert firm.type == "ORG" and "HRIMF" in firm.aliases
    assert speakers(analysis)["why not the fjords?"][0] == "speech"


def test_a_tongan_name_opens_with_its_okina_and_a_reader_s_line_under_the_footer_is_not_the_story() -> None:
    text = "\n".join([
        "Tonga Cable Ltd doubles capacity",
        "",
        "Nukuʻalofa-based Tonga Cable Ltd will double its capacity, chief executive ʻAkanesi Fīnau said on Friday.",
        "",
        "Her cousin Viliami Fīnau, who runs the company’s Vavaʻu office, agreed.",
        "",
        "“ʻOku ʻikai ko e paʻanga pē,” ʻAkanesi said, which means “It is not only money.”",
        "",
        "© 2025 Matangi Tonga Online. All rights reserved.",
        "",
        "Must ask Sione whether the Auckland office could use this.",
    ])
    analysis = analyze_text(text)
    found = entities(analysis)
    assert {"ʻAkanesi Fīnau", "Viliami Fīnau"} <= found.keys()
    assert not {"ʻOku", "Sione", "Auckland"} & found.keys()
    assert speakers(analysis)["ʻOku ʻikai ko e paʻanga pē,"] == ("speech", "ʻAkanesi Fīnau")
    assert not any("Must ask" in p for p in analysis.paragraphs)


ONENOTE_PAGE = "\n".join([
    "Rock Insure wins GFSC licence for marine cover",
    "Monday, 16 June 2025",
    "10:02",
    "",
    "GIBRALTAR CHRONICLE",
    "News",
    "Business",
    "Rock Insure wins GFSC licence for marine cover",
    "By Clive Imossi",
    "13th June 2025",
    "",
    "Gibraltar insurer Rock Insure Limited has won a licence for marine cover, chief executive Nicholas Bossino said.",
    "",
    "Finance director Mark Bossino, Nicholas Bossino’s younger brother, said the firm would hire ten people.",
    "",
    "“We have the capital and now we have the licence,” he said.",
    "",
    "© 2025 Gibraltar Chronicle. All rights reserved.",
    "",
    "Pasted from <https://www.chronicle.gi/rock-insure-wins-gfsc-licence/1101500/>",
    "Ask Sarah whether we insure with them",
])


def test_a_onenote_page_s_title_day_and_paste_note_are_not_the_story() -> None:
    analysis = analyze_text(ONENOTE_PAGE, filename="Rock Insure.txt")
    assert (analysis.title, analysis.source, analysis.date, analysis.author) == (
        "Rock Insure wins GFSC licence for marine cover", "Gibraltar Chronicle", "2025-06-13", "Clive Imossi",
    )
    assert analysis.paragraphs[0].startswith("Gibraltar insurer Rock Insure Limited")
    assert not any("Sarah" in p or "Pasted from" in p or "GIBRALTAR" in p for p in analysis.paragraphs)
    # "he" is the finance director, not the brother his appositive names
    assert speakers(analysis)["We have the capital and now we have the licence,"] == ("speech", "Mark Bossino")


def test_a_states_deputy_s_style_and_a_regulator_s_public_statement() -> None:
    body = (
        "Le Marquand Trust Ltd is to be sold, its chief executive Paul Le Marquand said on Monday.\n\n"
        "In a public statement issued in June, the JFSC said the firm had \"failed to keep proper records\".\n\n"
        "The Minister for Treasury and Resources, Deputy Anne Pallett, said she welcomed the sale.\n\n"
        "“Jersey needs strong trust companies,” Deputy Pallett said.\n"
    )
    analysis = analyze_text(body)
    found = entities(analysis)
    assert "Anne Pallett" in found and "Deputy Anne Pallett" not in found
    said = speakers(analysis)
    assert said["failed to keep proper records"][0] != "speech"
    assert said["Jersey needs strong trust companies,"] == ("speech", "Anne Pallett")


def test_a_territory_geonames_lists_and_a_road_named_by_its_side_are_places() -> None:
    body = (
        "Chief executive Paul Le Marquand, who joined Le Marquand Trust Ltd from a Guernsey bank, said the "
        "sale would close in May.\n\n"
        "Its new office on the Northern Highway opens next year.\n"
    )
    found = entities(analyze_text(body))
    assert found.get("Guernsey") == "PLACE"
    assert found.get("Northern Highway") == "PLACE" and "Highway" not in found



def test_a_long_name_s_initials_leave_out_the_sentence_s_the() -> None:
    body = (
        "Koloale Tuna Ltd will build a wharf, its managing director Peter Sade said.\n\n"
        "The Pacific Fisheries Fund for the Western Islands (PFFWI) will pay for it.\n"
    )
    found = entities(analyze_text(body))
    assert found.get("Pacific Fisheries Fund for the Western Islands") == "ORG"
    assert "The Pacific Fisheries Fund for the Western Islands" not in found
