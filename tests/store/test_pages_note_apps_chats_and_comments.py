"""Invented stories as note-taking apps, chats and shared documents keep them: a Zotero item brought into
Obsidian (its fields, a citation box and the reader's annotations over a "## Full text" heading, the saved
page under it); an article pasted into Logseq (page properties, a block for each paragraph, links to the
reader's own pages, a paragraph split into two blocks mid-quote, the reader's tasks nested under a block);
a Google Doc downloaded as plain text (comment anchors glued to words, the comments closing it); a
WhatsApp chat exported on Android, a story pasted whole into one of its messages."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, speakers

ZOTERO_NOTE = "\n".join([
    "---",
    "title: Kava exporter plans VT900 million bond",
    "itemType: newspaperArticle",
    "publicationTitle: Vanuatu Harbour Times",
    "creators:",
    "- Tari, Lily-Rose",
    "date: 2025-04-02",
    "url: https://harbourtimes.vu/news/kava-exporter-bond",
    "accessDate: 2025-04-03T08:00:00Z",
    "---",
    "",
    "# Kava exporter plans VT900 million bond",
    "",
    "> [!info] Citation",
    "> Tari, L.-R. (2025, April 2). Kava exporter plans VT900 million bond. *Vanuatu Harbour Times*.",
    "",
    "## Annotations",
    "",
    "> “Growers want a buyer who pays on the day,” he said.",
    "([Snapshot](zotero://open-pdf/library/items/AB12CD34?annotation=EF56GH78))",
    "Comment: check the growers' figure with the co-op",
    "",
    "## Full text",
    "",
    "Home",
    "News",
    "Business",
    "Kava exporter plans VT900 million bond",
    "By Lily-Rose Tari",
    "April 2, 2025",
    "",
    "Malekula Roots Ltd, a kava exporter based in Luganville, plans to raise VT900 million to build a drying plant.",
    "",
    "Its managing director, Joel Kalsakau, said the plant would double what the company can ship.",
    "",
    "“Growers want a buyer who pays on the day,” he said.",
    "",
])


def test_a_zotero_note_s_header_citation_and_annotations_are_not_the_story() -> None:
    analysis = analyze_text(ZOTERO_NOTE, filename="kava.md")
    assert (analysis.title, analysis.source, analysis.date, analysis.author) == (
        "Kava exporter plans VT900 million bond", "Vanuatu Harbour Times", "2025-04-02", "Lily-Rose Tari",
    )
    assert analysis.paragraphs[0].startswith("Malekula Roots Ltd")
    assert not any("Snapshot" in p or "Citation" in p or "Comment:" in p for p in analysis.paragraphs)
    assert "Citation" not in entities(analysis)
    assert speakers(analysis) == {"Growers want a buyer who pays on the day,": ("speech", "Joel Kalsakau")}


LOGSEQ_PAGE = "\n".join([
    "title:: Tern Re raises $40m for a hurricane sidecar",
    "source:: https://www.islandledger.bm/business/tern-re-sidecar",
    "author:: [[Maya Pitcairn]]",
    "published:: [[Apr 3rd, 2025]]",
    "",
    "- Business",
    "- ## Tern Re raises $40m for a hurricane sidecar",
    "- By Maya Pitcairn",
    "- Tern Re Ltd, a Hamilton reinsurer, is raising $40 million through a sidecar, its chief executive, Colin Swan, said.",
    "\t- TODO ask Colin about the 2024 losses",
    "- “We spoke to pension funds in Ontario that had never",
    "- written a cheque for hurricane risk before,” Mr Swan said.",
    "\t- my note: compare with last year's deal",
    "- The [[Bermuda Monetary Authority]] approved the vehicle last week.",
    "",
])


def test_a_logseq_page_reads_as_its_properties_and_paragraphs() -> None:
    analysis = analyze_text(LOGSEQ_PAGE, filename="tern.md")
    assert (analysis.title, analysis.date, analysis.author) == (
        "Tern Re raises $40m for a hurricane sidecar", "2025-04-03", "Maya Pitcairn",
    )
    assert not any(p.startswith(("TODO", "my note")) for p in analysis.paragraphs)
    assert "The Bermuda Monetary Authority approved the vehicle last week." in analysis.paragraphs
    assert "TODO" not in entities(analysis)
    assert speakers(analysis) == {
        "We spoke to pension funds in Ontario that had never written a cheque for hurricane risk before,": (
            "speech", "Colin Swan",
        ),
    }


COMMENTED_DOC = "\n".join([
    "\ufeffBusiness",
    "Reef Street Capital buys Stingray Trust for CI$8M",
    "By Anya Whittaker",
    "",
    "Reef Street Capital Ltd has agreed to buy Stingray Trust Services[a] for KYD 8m, the companies said.",
    "",
    "“We wanted the people, not the postcode,” chief executive Devon Rankine said.[b]",
    "",
    "[a]Omar Tibbetts: is this the Stingray Trust that was fined last year?",
    "[b]Lena Moss: quote checked against the recording",
    "",
])


def test_a_google_doc_s_comments_and_their_anchors_are_not_the_story() -> None:
    analysis = analyze_text(COMMENTED_DOC, filename="reef.txt")
    # (the kicker under the download's byte-order mark is a section's name, no site's)
    assert (analysis.title, analysis.source, analysis.author) == (
        "Reef Street Capital buys Stingray Trust for CI$8M", None, "Anya Whittaker",
    )
    assert "Reef Street Capital Ltd has agreed to buy Stingray Trust Services for KYD 8m, the companies said." in (
        analysis.paragraphs
    )
    assert not any("Tibbetts" in p or "Lena Moss" in p for p in analysis.paragraphs)
    found = entities(analysis)
    assert "Stingray Trust Services" in found and "Omar Tibbetts" not in found and "Lena Moss" not in found
    assert speakers(analysis) == {"We wanted the people, not the postcode,": ("speech", "Devon Rankine")}


PARAGRAPH = (
    "Pakse Rail Logistics Company plans to raise 90 billion kip from a bond on the Lao Securities Exchange to buy "
    "forty wagons and extend its dry port in Champasak province, the company said on Tuesday."
)
WHATSAPP_CHAT = "\n".join([
    "03/09/2025, 08:12 - Messages and calls are end-to-end encrypted. Only people in this chat can read them.",
    "03/09/2025, 08:15 - Noy Chanthavong: Anyone have the Pakse Rail story?",
    "03/09/2025, 08:20 - Vilay Sounthone: Pakse Rail plans 90 billion kip bond for dry port",
    "By Daovone Phommachanh",
    "September 2, 2025",
    "",
    PARAGRAPH,
    "",
    PARAGRAPH.replace("on Tuesday", "in a filing"),
    "",
    "Managing director Khamphet Sysavath said the wagons would arrive from China before the rice harvest.",
    "",
    '"We carry the rice, and the rice cannot wait for us," he said.',
    "",
    "https://www.mekongledger.la/2025/09/02/pakse-rail-bond/",
    "03/09/2025, 08:31 - Noy Chanthavong: Thanks! Jack Loxley should see this",
    "03/09/2025, 08:32 - Noy Chanthavong: <Media omitted>",
    "",
])


def test_a_story_pasted_into_a_chat_is_read_without_the_chat() -> None:
    analysis = analyze_text(WHATSAPP_CHAT, filename="WhatsApp Chat with Rail Desk.txt")
    assert (analysis.title, analysis.date, analysis.author) == (
        "Pakse Rail plans 90 billion kip bond for dry port", "2025-09-02", "Daovone Phommachanh",
    )
    assert analysis.paragraphs[0] == PARAGRAPH
    found = entities(analysis)
    assert "Khamphet Sysavath" in found
    assert not {"Noy Chanthavong", "Vilay Sounthone", "Jack Loxley"} & found.keys()
    assert speakers(analysis) == {"We carry the rice, and the rice cannot wait for us,": ("speech", "Khamphet Sysavath")}


def test_a_highlights_heading_over_the_page_s_own_lines_keeps_them() -> None:
    page = "\n".join([
        "# Tern Re season review",
        "",
        "Tern Re Ltd wrote more business this year, its chief executive, Colin Swan, said.",
        "",
        "## Highlights",
        "",
        "> Premiums rose by a fifth [⤴️](https://omnivore.app/me/tern-re#a1)",
        "",
        "The board will meet in March to decide on a dividend, the company said.",
        "",
    ])
    analysis = analyze_text(page, filename="tern.md")
    assert "The board will meet in March to decide on a dividend, the company said." in analysis.paragraphs
