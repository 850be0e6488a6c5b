"""The analysis pipeline: article text in, ``Analysis`` out.

Runs cleaning, metadata, entity and quote extraction in order. Bump
``ANALYZER_VERSION`` (in ``store.model``, so that reading the cache does not
import the analysis) whenever any step's output would change: stored analyses
are cached under it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from store.announcements import market_announcement
from store.channels import channel_page, instant_view_post
from store.facebook_posts import facebook_post
from store.chat_exports import pasted_article, slack_thread, telegram_thread
from store.chatrooms import chat_channel
from store.code_issues import handle_owner, issue_chrome, issue_page, issue_title, quoted_replies
from store.fediverse import fediverse_thread
from store.clean import (
    APPEARED_FIRST_RE,
    assemble_paragraphs,
    author_bio_lines,
    boilerplate_lines,
    comment_cards,
    dump_link_header,
    empty_quote_lines,
    fenced_lines,
    italic_titles,
    menu_runs,
    navigation_lines,
    prepare_lines,
    print_furniture,
    read_later_menu,
    tags_under_dateline,
    wayback_toolbar,
)
from store.doc_comments import document_comments
from store.embeds import embedded_posts
from store.emails import WEBMAIL_NAMES, printed_email
from store.encyclopedia import encyclopedia_page
from store.exports import PAGE_HEADINGS, callouts, highlight_sections, readwise_export
from store.entities import find_entities
from store.filings import sec_filing
from store.frontmatter import front_matter, note_header, printed_fields_header, reader_service_header
from store.judgments import court_judgment
from store.metadata import (
    extract_metadata, find_date, outlet_at, parse_date, plain_author, podcast_show, source_from_body, source_from_links, video_channel, without_motto,
)
from store.model import ANALYZER_VERSION, Analysis, Quote
from store.notices import regulator_notice
from store.mime_messages import raw_message
from store.note_pages import note_page, onenote_page
from store.outlines import outline_page
from store.quotes import find_quotes
from store.lexicon import PLACES, READER_APPS, SOCIAL_NETWORKS
from store.sentences import Sentences, ends_terminal, word_alternation
from store.skythreads import bluesky_thread
from store.threads import submission_title, thread_page
from store.unrolled import unrolled_thread

_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


def _is_markdown(text: str, filename: str | None) -> bool:
    if filename:
        return filename.lower().endswith(_MARKDOWN_SUFFIXES)
    head = text[:4000]
    return head.lstrip().startswith("# ") or "](http" in head or "\n## " in head


def _the_outlet_is_an_org(source: str, entities):
    """The publication is an organisation, whatever its mentions looked like.

    So is an untyped name the publication's starts with: "Tallyfern" of "Tallyfern Engineering Blog"; and an
    untyped one its name ends with is the publication itself: "Compass" of "Cayman Compass".
    """
    outlet = source.casefold()

    def publisher(name: str, kind: str) -> bool:
        # (not the "Buenos Aires" of "Buenos Aires Times": a city the paper is named for stays a city)
        return name == outlet or kind == "OTHER" and outlet.startswith(name + " ") and name not in PLACES

    def possessive(name: str) -> bool:
        # ("Barron" of "told Barron’s": the paper, by the name it goes by)
        return outlet in (name + "'s", name + "’s")

    named = any(e.name.casefold() == outlet for e in entities)

    def short_name(name: str, kind: str) -> bool:
        # ("told the Compass": "Cayman Compass" by the last word of its name, as its own pages call it)
        return not named and kind == "OTHER" and outlet.endswith(" " + name) and name not in PLACES

    return tuple(
        replace(e, type="ORG", name=source) if possessive(e.name.casefold()) or short_name(e.name.casefold(), e.type)
        else replace(e, type="ORG") if e.type != "ORG" and publisher(e.name.casefold(), e.type) else e
        for e in entities
    )


def _not_named_in_sign_off(body: str, author: str, entities):
    """Entities without the writer's name in "— Kristine Joy D. Amistoso" after the story's last sentence:
    BusinessWorld's writers sign at the foot of the text, a byline again, which names no one in the story."""
    for dash in (" — ", " – ", " - "):
        start = len(body) - len(author)
        if body.endswith(dash + author) and ends_terminal(body[: start - len(dash)]):
            kept = [replace(e, spans=tuple(span for span in e.spans if span[0] < start)) for e in entities]
            return tuple(e for e in kept if e.spans)
    return entities


def _the_host_by_first_name(author: str, entities):
    """"Good morning, Tove." in a transcript Tove Ranganathan wrote up: the host, by her first name."""
    parts = author.split()
    if len(parts) < 2 or "," in author or " and " in author or not parts[0].istitle():
        return entities
    if any(e.name == author or author in e.aliases for e in entities):
        return entities
    return tuple(
        # (not the "Mexico" of a staff byline "by Mexico News Daily": a place stays a place)
        replace(e, name=author, type="PERSON")
        if e.name == parts[0] and e.aliases == (parts[0],) and e.type != "PLACE" else e
        for e in entities
    )


def _without_code_quotes(paragraphs, code: set[str], quotes):
    """No quotation inside a code block: 'reason="torn write"' in a log is a value, not anyone's words."""
    spans = [(at, at + len(para)) for para, at in zip(paragraphs, _starts(paragraphs)) if para in code]
    return tuple(q for q in quotes if not any(lo <= q.start and q.end <= hi for lo, hi in spans))


def _replies_quoted(paragraphs, lines, replies: dict[int, str], entities, quotes):
    """An issue's "> ..." reply quoting an earlier comment: the words of that comment's writer, named in
    the thread by the name the handle spells."""
    people = [e.name for e in entities if e.type == "PERSON"]
    offsets = _starts(paragraphs)
    found = list(quotes)
    for index, handle in replies.items():
        text = lines[index].text
        start = next((offsets[i] for i, p in enumerate(paragraphs) if p == text and offsets[i] > 0), None)
        if start is None or any(q.start <= start < q.end for q in quotes):
            continue
        found.append(Quote(text, handle_owner(handle, people), "speech", start, start + len(text)))
    return tuple(sorted(found, key=lambda q: (q.start, -q.end)))


def _the_outlet_is_not_a_speaker(source: str, quotes):
    """"X told The Ledger" names who listened, not who spoke, and "told 'Globes'" quotes nobody.

    The outlet's name sits next to speech verbs in its own articles ("X told
    Stackline"), so a quote attributed to it belongs to nobody we can name.
    """
    outlet = source.casefold()
    return tuple(
        replace(q, speaker=None) if q.speaker and q.speaker.casefold() == outlet else q for q in quotes
        # ('Ben-Ami told "Globes."': a paper that sets its own name in quote marks names itself, quoting nobody)
        if q.text.strip(" .,").casefold() != outlet
    )


def _headline_of(lines, front) -> int:
    """The heading that repeats the front matter's title, else the block's closing fence: the story
    starts under one of them."""
    if front.title:
        wanted = front.title.casefold()
        for line in lines[max(front.lines) + 1: max(front.lines) + 30]:
            if line.text and (line.text.casefold().strip() == wanted or _site_suffix(line.text, front.title)):
                return line.index
    return max(front.lines)


# "X Bill - Hansard - UK Parliament": a page title's parts, the site's and its owner's names after the page's
_TITLE_PARTS_RE = re.compile(r"\s+[-|–—]\s+")


_REPO_PAGE_TITLE_RE = re.compile(r"^(?:Release\s+)?(.+?) · [\w.-]+/[\w.-]+$")


def _site_suffix(heading: str, title: str) -> str | None:
    """"Avonmere Water Bill - Hansard - UK Parliament" over "## Avonmere Water Bill": the site's name
    the block's title adds to the heading ("Hansard"), or None."""
    rest = title[len(heading):] if title.casefold().startswith(heading.casefold().strip()) and heading.strip() else ""
    if rest and (tagged := _tagline_and_site(title)) is not None:
        return tagged or None
    parts = [p.strip() for p in _TITLE_PARTS_RE.split(rest)]
    if len(parts) < 2 or parts[0] or not parts[1] or len(parts[1].split()) > 5:
        return None
    return parts[1]


def _tagline_and_site(title: str) -> str | None:
    """"Quillmate - Meeting notes that write themselves | Product Hunt": the site after the bar ("" when
    it is too long to be one), or None when the title is not a name and tagline over a site's bar (a
    page's post, "Page - post | Facebook", is read elsewhere)."""
    head, bar, site = title.rpartition(" | ")
    if not bar or " - " not in head or _PAGE_POST_TITLE_RE.match(title):
        return None
    site = site.strip()
    return site if len(site.split()) <= 5 else ""


def _site_and_owner(heading: str, title: str) -> tuple[str, tuple[str, ...]] | None:
    """"X Bill - Hansard - UK Parliament" over a heading that opens with "X Bill": the site's name
    and whoever the title names after it."""
    if _tagline_and_site(title) is not None:
        return None  # "Quillmate - Meeting notes that write themselves | Product Hunt": a tagline, not a site
    parts = [p.strip() for p in _TITLE_PARTS_RE.split(title)]
    if len(parts) < 3 or not parts[0] or not heading.casefold().startswith(parts[0].casefold()):
        return None
    if not parts[1] or len(parts[1].split()) > 5:
        return None
    return parts[1], tuple(parts[2:])


# A launch page's widgets under its product's name: "Launched in AI, Productivity", "Ranked #2 Product of the Day"
_LAUNCH_WIDGET_RE = re.compile(r"^(?:Launched in [A-Z]|(?:Ranked )?#\d{1,2} Product of the (?:Day|Week|Month))")
# "Launched today", "8h ago": a page that dates itself by the day it was read
_TODAY_RE = re.compile(r"\btoday\b|^\d{1,2}\s?(?:m|min|mins|minutes?|h|hr|hrs|hours?)\s+ago$", re.IGNORECASE)


def _said_today(lines) -> bool:
    return any(line.text and line.word_count <= 4 and _TODAY_RE.search(line.text) for line in lines)


def _page_heading(lines, front):
    """The "# " heading that opens the page under its front matter: the headline the reader sees,
    which may say more than the block's ``title``."""
    for line in lines[max(front.lines) + 1: max(front.lines) + 30]:
        if line.heading and line.level == 1 and line.text:
            return line
        if line.text and not (
            line.link_only or line.rule or line.image
            # a site's name or a breadcrumb over the page's heading: "Hanbury Parish Council"
            or not line.heading and line.word_count <= 8 and not ends_terminal(line.text)
        ):
            return None  # prose first: a later "#" heading is a section's
    return None


# The words that make a page's named author an institution rather than a person
_BODY_NAME_RE = re.compile(
    r"\b(?:Court|Council|Commission|Ministry|Department|Agency|Authority|Tribunal|Parliament|Office|Board|"
    r"Institute|University|Foundation|Association)\b"
)


def _starts(paragraphs: tuple[str, ...]) -> list[int]:
    """Where each paragraph starts in the body (paragraphs joined by blank lines)."""
    return list(itertools.accumulate((len(para) + 2 for para in paragraphs[:-1]), initial=0)) if paragraphs else []


def _offsets(paragraphs: tuple[str, ...], chosen: set[int]) -> frozenset[int]:
    """Where the chosen paragraphs start in the body."""
    return frozenset(start for i, start in enumerate(_starts(paragraphs)) if i in chosen)


def _comment_openers(lines, dropped: set[int], author: str | None) -> dict[int, tuple[str, str]]:
    """Each member card over a kept comment, by the card's line: whose card it is and the
    comment's first line (the first kept line under the card, its headline, age and buttons dropped).

    The poster's own card, over the post, opens no comment: the post is the page's story.
    """
    found: dict[int, tuple[str, str]] = {}
    prose = next((ln.index for ln in lines if ln.index not in dropped and ln.word_count >= 15), len(lines))
    for index, name in comment_cards(lines).items():
        if index not in dropped or name == author or index < prose:
            continue
        under = next((ln for ln in lines[index + 1:index + 8] if ln.text and ln.index not in dropped), None)
        if under is None or any(ln.index not in dropped and ln.text for ln in lines[index + 1:under.index]):
            continue
        found[index] = (name, under.text)
    return found


def _commented(openers: dict[int, tuple[str, str]], paragraphs: tuple[str, ...]) -> dict[int, str]:
    """Where each comment starts in the body, and whose it is."""
    starts: dict[str, int] = {}
    pos = 0
    for para in paragraphs:
        starts.setdefault(para.split("\n", 1)[0][:80], pos)
        pos += len(para) + 2
    return {start: name for name, first in openers.values() if (start := starts.get(first[:80])) is not None}


__all__ = ["ANALYZER_VERSION", "analyze_text"]


# A social post's page title: the poster, the network, the post's opening, its comment count
# (the poster and the network stay: the page's title is what the network calls the page)
_PLATFORM_TITLE_RE = re.compile(
    rf"^(?P<title>[A-Z][^:]{{1,60}} on (?i:{word_alternation(SOCIAL_NETWORKS)}):\s+.+?)"
    r"\s+\|\s+[\d,.]+[KkM]?\s+comments?$"
)
# 'Name on Instagram: "caption"': the post's own words, in quotes, are its headline
_QUOTED_CAPTION_TITLE_RE = re.compile(r"^[^:]{1,60} on (?:Instagram|Threads|TikTok):\s+[\"“](?P<title>[^\"“”]{5,300})[\"”]$")
# "Hexline Buses - SERVICE UPDATE: ... | Facebook": a page's name, its post's first line, the network
_PAGE_POST_TITLE_RE = re.compile(r"^(?P<page>[^|]{2,60}?) - (?P<title>.{5,300}?) \| (?:Facebook|Instagram|Threads)$")
# Pictographs a post's writer puts after the headline: a thread's 🧵, a rocket
_TRAILING_EMOJI_RE = re.compile(r"(?:\s*[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F])+$")


EDGAR = "SEC EDGAR"
DISCORD = "Discord"
BLUESKY = "Bluesky"


def _year_in(lines: list[Line], chrome: set[int]) -> str | None:
    """The year of the first full date among the lines outside ``chrome``."""
    for line in lines:
        if line.text and line.index not in chrome and (found := find_date(line.text)) is not None and found.value:
            return found.value[:4]
    return None


def analyze_text(text: str, *, filename: str | None = None) -> Analysis:
    """Clean ``text`` and extract title, source, date, author, entities and quotes."""
    markdown = _is_markdown(text, filename)
    lines = prepare_lines(text, markdown=markdown)
    mail = raw_message(lines)  # (a mail's source: its plain part decoded, its headers and other parts chrome)
    encoded: dict[int, str] = {}
    if mail is not None:
        for index, line in mail.lines.items():
            encoded[index] = lines[index].raw
            lines[index] = line
    # (trafilatura's "--with-metadata" text opens with the same block, in a plain-text file)
    front = front_matter(lines) if markdown or text.lstrip("\ufeff").startswith(("---\n", "+++\n")) else None
    # (a reader service's "Title:" / "URL Source:" / "Published Time:" header does the same job)
    front = front or reader_service_header(lines)
    front = front or printed_fields_header(lines)  # (and a scraping script's "TITLE:" / "AUTHORS:" printout)
    front = front or (note_header(lines) if markdown else None)  # (and an exported note's "Created at:" fields)
    # (a Notion or Bear note's header, or a OneNote page's title, day and time)
    note = (note_page(lines) if markdown else onenote_page(lines)) if front is None else None
    front = front or (note.front if note else None)
    export = readwise_export(lines) if markdown and front is None else None
    if export is not None:
        # A read-later app's export: its metadata list is the page's front matter
        front = export.front
        for index, line in export.highlights.items():
            lines[index] = line
    outline = outline_page(lines) if markdown and front is None and export is None else None
    if outline is not None:
        # An outliner's page: its properties are the page's front matter, its blocks the paragraphs
        front = outline.front
        for index, line in outline.lines.items():
            lines[index] = line
    # (a printout's header and footer: its title over each page is the browser's, not the headline)
    # (and an archive's toolbar over the page it kept, a read-later app's menu over the page it shows, a text
    # browser's feed links over the page it dumps)
    comments = document_comments(lines)  # (a shared document's comments, closing it, and their anchors in it)
    if comments is not None:
        for index, line in comments.anchored.items():
            lines[index] = line
    pasted = pasted_article(lines) or slack_thread(lines) or telegram_thread(lines)  # (a story pasted into a chat)
    if pasted is not None:
        for index, line in pasted.lines.items():
            lines[index] = line
    printed = print_furniture(lines)
    instant_view = instant_view_post(lines)  # (a channel's post over the article its link opened)
    highlights = highlight_sections(lines) if markdown else frozenset()
    page_heading = max((i for i in highlights if lines[i].text.casefold() in PAGE_HEADINGS), default=None)
    if front is not None and page_heading is not None and page_heading > max(front.lines):
        # A note's heading, citation and highlights over a "## Full text" heading, the saved page under it:
        # the note's part is its header, and the page's own headline is under it
        front = replace(front, lines=frozenset(range(page_heading + 1)))
    nav = sorted({
        *navigation_lines(lines), *printed, *wayback_toolbar(lines), *read_later_menu(lines), *dump_link_header(lines),
        *highlights, *(callouts(lines) if markdown else ()), *(comments.lines if comments else ()),
        *(pasted.chrome if pasted else ()), *(instant_view.lines if instant_view else ()),
        *(mail.chrome if mail else ()), *(note.notes if note else ()),
    })
    thread = thread_page(lines)
    wiki = encyclopedia_page(lines) if thread is None else None
    title_line = thread.title if thread else None
    if thread is not None:
        nav = sorted(set(nav) | thread.chrome)
    if wiki is not None:
        # An encyclopedia article: its name is the headline, the wiki the source; it has no writer or date.
        for index, heading in wiki.headings.items():
            lines[index] = heading
        nav = sorted(set(nav) | wiki.chrome)
        title_line = wiki.title
    if title_line is None and mail is not None:
        title_line = mail.headline  # (a site's mail of its story: the subject said again over the story)
    heading = None
    if front is not None:
        nav = sorted(set(nav) - front.lines)
        heading = _page_heading(lines, front) if title_line is None else None
        title_line = (heading.index if heading else _headline_of(lines, front)) if title_line is None else title_line
    menus = menu_runs(lines)
    meta = extract_metadata(lines, nav, filename, title_line=title_line, menus=menus)
    if pasted is not None:
        # (a chat's first line is a member's name, no site's; a link's preview names the site)
        meta.source = pasted.site or (None if meta.source in pasted.senders else meta.source)
    if instant_view is not None and instant_view.publisher:
        meta.source = meta.source or instant_view.name  # "Prishtina Insight" posting its own story's link
    if front is not None:
        # The page's own metadata block outranks whatever the lines around the story suggest.
        meta.consumed |= front.lines
        # (a "# Press Summary" heading that the block's title says more than: "X v Y: Press Summary")
        # ("title: X | Norges Bank" over "# X": the block's title adds only the site's name)
        suffixed = _site_suffix(heading.text, front.title) if heading and front.title else None
        said_more = heading and front.title and heading.text.casefold() in front.title.casefold() and not suffixed and not (
            # ("Release v2.4.0 — Tidewater · kelp-labs/kelpdb" over "# v2.4.0 — Tidewater": GitHub's page title)
            (release := _REPO_PAGE_TITLE_RE.match(front.title)) and release.group(1) == heading.text
        )
        meta.source = meta.source or suffixed
        meta.title = (heading.text if heading and not said_more else None) or front.title or meta.title
        site = _site_suffix(lines[title_line].text, front.title) if front.title and heading is None else None
        if site:
            # "## Avonmere Water (Special Administration) Bill" under "title: ... - Hansard - UK Parliament"
            meta.title, meta.source = lines[title_line].text, meta.source or site
        elif heading and front.title and (named := _site_and_owner(heading.text, front.title)):
            # "# X Bill: Second Reading" under "title: X Bill - Hansard - UK Parliament", over a footer's
            # "© UK Parliament": the site is the record, its owner only the publisher
            if meta.source is None or meta.source in named[1]:
                meta.source = named[0]
        meta.date = parse_date(front.date or "") or meta.date
        if meta.date is None and front.clipped and _said_today(lines):
            meta.date = parse_date(front.clipped)  # "Launched today" on a page clipped on 27 May: that day
        # ("author: [[Product Hunt]]" over a page the title says is Product Hunt's: the site, no writer)
        if front.author and not (meta.source and front.author.casefold() == meta.source.casefold()):
            meta.author = plain_author(front.author)
        if front.publisher:
            meta.source = front.publisher  # "court: The Supreme Court" over a footer's "© Crown copyright"
        elif outlet := outlet_at(front.url):
            meta.source = outlet  # "source: https://www.wsj.com/..." over a footer's "© Dow Jones & Company"
        elif meta.source is None and meta.author and _BODY_NAME_RE.search(meta.author):
            meta.source = meta.author  # "author: The Supreme Court of the United Kingdom": a body's own page
    if wiki is not None:
        meta.source, meta.author, meta.date = wiki.site, None, None
    if meta.source is None or meta.source.casefold() in READER_APPS:
        # "Inoreader" atop the page showed the item, it did not publish it; WordPress's footer under the item
        # names who did ("The post ... appeared first on Club of Mozambique.")
        footer = next((found for line in lines if (found := APPEARED_FIRST_RE.match(line.text))), None)
        meta.source = without_motto(footer["site"]) if footer else None
    dropped = set(nav) | menus | meta.consumed | (export.notes if export is not None else frozenset()) | (
        outline.notes if outline is not None else frozenset()
    )
    if thread is None or not thread.discussion:
        # (a discussion's comments are people writing, whose "Disclosure: I work at ..." is no site's footer;
        # its furniture is the thread's own)
        dropped |= boilerplate_lines(lines, meta.body_start, post=thread is not None, printed=printed)
    replies: dict[int, str] = {}
    if (issue := issue_page(lines)) is not None:
        # A code host's issue: its opener wrote it, the day it was opened dates it, the host publishes it
        dropped |= issue_chrome(lines)
        meta.author = meta.author or issue.opener
        meta.date = meta.date or parse_date(issue.date)
        meta.title = issue_title(meta.title or "", front.title if front is not None else None) or meta.title
        if "github.com" in text or "GitHub, Inc." in text:
            meta.source = "GitHub"
        replies = quoted_replies(lines, dropped)
        dropped -= replies.keys()  # a reply quoting a comment above it, which no pull quote repeats
    posts, post_chrome = embedded_posts(lines)
    dropped |= post_chrome
    # (a post's card and text, which a rule for teasers or contents lists may have taken)
    dropped -= {line for post in posts for line in (post.name_line, post.handle_line, post.first_line)}
    if (email := printed_email(lines)) is not None:
        # A printed e-mail: its subject is the title and its sender the writer; the client and headers are chrome
        dropped |= email.chrome
        byline = meta.author
        meta.title, meta.author = email.subject, email.sender or meta.author
        if email.newsletter:
            # "From: The Lunchtime Brief <brief@…>": a newsletter sent itself; its writer signs inside
            meta.source, meta.author = email.newsletter, email.credited or byline
        if email.lead is not None:
            # its lead story's headline and byline, under the masthead: that story is the page's
            meta.title_index, meta.author = email.lead[0], meta.author or email.lead[1]
            meta.title = lines[meta.title_index].text
        meta.date = meta.date or parse_date(email.date or "")
        meta.source = meta.source or email.mailing_list
        if meta.source and meta.source.casefold() in WEBMAIL_NAMES:
            meta.source = None  # "Gmail" printed the mail; it did not publish it
        if byline and meta.author and meta.source and meta.author.casefold() == meta.source.casefold():
            meta.author = byline  # "From: Lesotho Times <feeds@...>" over a feed item's "By Bereng Motsamai": the writer
    if (filing := sec_filing(lines)) is not None:
        # An EDGAR filing: the filer's items and release are the story, the form the page's chrome,
        # the filer its author and EDGAR, where it was published, the source
        dropped |= filing.chrome
        # (the title the clipper saved, else the form's own heading, "FORM 8-K")
        meta.title = front.title if front is not None and front.title else meta.title or f"{filing.registrant} — Form {filing.form}"
        meta.source, meta.author = EDGAR, filing.registrant or meta.author
    if (unrolled := unrolled_thread(lines)) is not None:
        # A thread unrolled by a reader site: its first post is the headline, its posting the date
        meta.title, meta.title_index = unrolled.title, unrolled.title_line
        meta.date = meta.date or parse_date(unrolled.posted or "")
    if (show := podcast_show(lines) or video_channel(lines)) is not None:
        # "Second Gear" / "Episode 214": the show, not the network whose site it is on; "Kilima Markets TV" /
        # "1.2M subscribers": the channel, not the video site
        meta.source = show
    if (judgment := court_judgment(lines)) is not None:
        # A judgment from a legal archive: the case is its title, the court its source, the judge its author;
        # the cover sheet, page footers and the archive's links are chrome
        # ("Discussion" over paragraphs 12 to 16 is the judgment's heading, not a comments widget's)
        dropped = (dropped - judgment.text) | judgment.chrome
        if judgment.case:
            meta.title, meta.title_index = judgment.case, judgment.title_line
        meta.source, meta.author = judgment.court or meta.source, judgment.judge
        meta.date = judgment.date or meta.date
    if (notice := regulator_notice(lines)) is not None:
        # A regulator's notice printed to PDF: its pages' headers and footers, address block and signature
        # are the print's; the regulator issued it and the signer wrote it
        dropped |= notice.chrome
        meta.source, meta.author = notice.regulator or meta.source, notice.signer or meta.author
    if (announcement := market_announcement(lines)) is not None:
        # A company's announcement on a market's news service: the service's headline is the title,
        # the issuer its author; the header over it and the letterhead are chrome (a company's own
        # disclosure is published by the company)
        dropped |= announcement.chrome
        meta.title, meta.title_index = announcement.title, announcement.title_line
        meta.source, meta.author = announcement.publisher or meta.source, announcement.issuer
        meta.date = announcement.date or meta.date
    if thread is not None:
        # A discussion page: the post is the story, the poster its writer, the site its source.
        dropped |= thread.furniture(lines)
        meta.author = thread.author or meta.author
        meta.source = meta.source or thread.site
        if thread.date and meta.date is None:
            meta.date = parse_date(thread.date)  # "opened this issue on May 3", in the year the page names
        meta.title = submission_title(meta.title)
    channel = channel_page(lines) if thread is None else None
    if channel is not None:
        # A channel's page: its first post is the story, its first line the headline, the channel the source,
        # the day over the post the date (in the year the page was clipped)
        dropped |= channel.chrome
        if channel.title_line is not None:
            meta.title, meta.title_index = lines[channel.title_line].text, channel.title_line
        meta.source, meta.author = channel.name, None
        year = (front.clipped or front.date or "")[:4] if front is not None else ""
        if channel.day and year.isdigit():
            meta.date = parse_date(f"{channel.day} {year}") or meta.date
    facebook = facebook_post(lines) if thread is None and channel is None else None
    if facebook is not None:
        # A page's post on Facebook: the page is its source, the post's first line its headline when written
        # as one; a time without a year ("May 27 at 3:41 PM") takes the year the post's own dates give
        dropped = (dropped | facebook.chrome) - facebook.hashtags
        if facebook.title_line is not None:
            meta.title, meta.title_index = lines[facebook.title_line].text, facebook.title_line
        meta.source, meta.author = facebook.page, None
        if facebook.day:
            year = facebook.year or _year_in(lines, facebook.chrome)
            meta.date = (parse_date(f"{facebook.day} {year}") if year else None) or meta.date
    fediverse = fediverse_thread(lines) if thread is None and channel is None else None
    if fediverse is not None:
        # A Mastodon thread: the writer's posts are the story, published on the writer's server
        dropped |= fediverse.chrome
        meta.source, meta.author = fediverse.server, meta.author or fediverse.author
    sky = bluesky_thread(lines) if thread is None and channel is None and fediverse is None else None
    if sky is not None:
        # A Bluesky thread: the writer's posts are the story, the first post's first line its headline
        dropped |= sky.chrome
        if sky.title_line is not None:
            meta.title, meta.title_index = lines[sky.title_line].text, sky.title_line
        meta.source, meta.author = BLUESKY, meta.author or sky.author
    after_front = max(front.lines) + 1 if front is not None and front.lines else 0
    page_read = any(page is not None for page in (thread, channel, facebook, fediverse, sky))
    chat = chat_channel(lines, start=after_front) if not page_read else None
    if chat is not None:
        # A chat server's channel: its longest message is the story, its first heading the headline
        dropped = (dropped | chat.chrome) - chat.links
        if chat.title_line is not None:
            meta.title, meta.title_index = lines[chat.title_line].text, chat.title_line
        meta.source, meta.author = DISCORD, meta.author or chat.author
    dropped |= author_bio_lines(lines, meta.author, meta.body_start)
    if meta.author and front is not None:
        # "Rosalind Achterberg" alone over her post, the block having named her: the poster's card
        kept = [ln for ln in lines[meta.body_start:] if ln.text and ln.index not in dropped][:6]
        for at, line in enumerate(kept):
            if line.word_count >= 8:
                break  # (a letter's signature under its text is the letter's)
            if line.text.strip("*# ") == meta.author:
                dropped.add(line.index)
                under = kept[at + 1] if at + 1 < len(kept) else None
                if under is not None and under.word_count <= 16 and " at " in under.text and not ends_terminal(under.text):
                    dropped.add(under.index)  # and the headline under her name: "CEO at Kestrel Freight | ..."
    if meta.title_index is not None:
        dropped.add(meta.title_index)
    if front is not None and meta.title and meta.title == front.title and (page := _PAGE_POST_TITLE_RE.match(meta.title)):
        # "Hexline Buses - SERVICE UPDATE: Routes 12 and 27 reduced | Facebook": a page's post, the page its source
        meta.title, meta.source = page.group("title"), meta.source or page.group("page")
    if front is not None and meta.title and meta.title == front.title and (post := _PLATFORM_TITLE_RE.match(meta.title)):
        meta.title = post.group("title")  # "Rosalind Achterberg on LinkedIn: After eleven years ..." without "| 212 comments"
    if front is not None and meta.title and meta.title == front.title and (caption := _QUOTED_CAPTION_TITLE_RE.match(meta.title)):
        meta.title = caption.group("title")  # 'Saoirse Delaney on Instagram: "Delaney Row has found its forever home"'
    if meta.title:
        meta.title = _TRAILING_EMOJI_RE.sub("", meta.title) or meta.title  # "... left drivers unpaid 🧵"
    dropped |= tags_under_dateline(lines, meta.consumed, dropped)
    dropped |= empty_quote_lines(lines, dropped)
    openers = _comment_openers(lines, dropped, meta.author)
    forwarded = (channel.forwarded if channel else {}) | (fediverse.boosted if fediverse else {}) | (sky.quoted if sky else {})
    openers |= {index: (name, lines[index].text) for index, name in forwarded.items()}
    dropped -= openers.keys()  # the card over a comment stays, to say whose words follow
    quoted: set[int] = set()
    alone = {line for post in posts for line in (post.handle_line, post.first_line)}  # name / handle / text
    paragraphs = tuple(assemble_paragraphs(lines, dropped, quoted, alone=alone))
    if mail is not None:
        dropped |= {piece for first, rest in mail.pieces.items() if first in dropped for piece in rest}
    # (a mail's lines as its source wrote them)
    removed = tuple(encoded.get(line.index, line.raw) for line in lines if line.index in dropped and line.raw.strip())
    body = "\n\n".join(paragraphs)
    sentences = Sentences(body)
    works = italic_titles(text) if markdown and ("*" in text or "_" in text) else frozenset()
    context = meta.title
    if email is not None and len(email.senders) > 1:
        # a thread's senders, named in full in its headers, are the "Jun" and "Dmitri" of its messages
        context = "\n\n".join([meta.title or "", *(f"{name} wrote:" for name in email.senders)])
    entities = tuple(find_entities(body, sentences, context=context, outlet=meta.source, works=works))
    source = meta.source
    if source is None:
        people = frozenset(e.name for e in entities if e.type == "PERSON")
        people |= frozenset(alias for e in entities if e.type == "PERSON" for alias in e.aliases)
        source = source_from_body(body, people)
    if source is None:
        header = "\n".join(line.raw for line in lines[: meta.body_start + 3])
        if pasted is not None and pasted.url:
            header += "\n" + pasted.url  # (the pasted story's own link, under it)
        source = source_from_links(header, [e.name for e in entities if e.type != "PERSON"])
    if source:
        # Typed before quotes are read, so "he told Stackline" cannot resolve "he" to the outlet.
        entities = _the_outlet_is_an_org(source, entities)
    if meta.author:
        entities = _not_named_in_sign_off(body, meta.author, _the_host_by_first_name(meta.author, entities))
    if meta.title and any(_LAUNCH_WIDGET_RE.match(line.text) for line in lines[:60] if line.text):
        # a launch page's headline is the product launched ("Tallyhop" over "Launched in Fintech, Productivity")
        entities = tuple(replace(e, type="PRODUCT") if e.name == meta.title else e for e in entities)
    quotes = tuple(find_quotes(
        body, entities, sentences, blocks=_offsets(paragraphs, quoted), author=meta.author, title=meta.title,
        comments=_commented(
            {**openers, **{post.name_line: (post.name, lines[post.first_line].text) for post in posts}}, paragraphs
        ),
    ))
    if source:
        quotes = _the_outlet_is_not_a_speaker(source, quotes)
    if replies:
        quotes = _replies_quoted(paragraphs, lines, replies, entities, quotes)
    if "```" in text or "~~~" in text:
        quotes = _without_code_quotes(paragraphs, {lines[i].text for i in fenced_lines(lines)}, quotes)
    return Analysis(
        title=meta.title,
        source=source,
        date=meta.date,
        author=meta.author,
        paragraphs=paragraphs,
        removed=removed,
        entities=entities,
        quotes=quotes,
    )
