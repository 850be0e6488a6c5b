"""Boilerplate removal and paragraph rebuilding for scraped article text.

``prepare_lines`` strips markdown and classifies each line, ``navigation_lines``
finds the breadcrumb at the top, ``boilerplate_lines`` finds share buttons,
captions, footers, newsletter blurbs, tables of contents and teaser blocks, and
``assemble_paragraphs`` re-joins lines broken mid-sentence into paragraphs.
"""

from __future__ import annotations

import itertools
from collections import Counter
import re
from dataclasses import dataclass, field

from store.common_words import is_everyday_word, zipf
from store.lexicon import (
    FIRST_NAMES, GAELIC_PARTICLES, GENERIC_PHRASES, LEGAL_FORMS, NAME_PARTICLES, NAV_SECTIONS, ORG_SUFFIXES, OUTLET_WORDS,
    PLACE_SUFFIXES, PLACES, READ_LATER_APPS, READER_ACTIONS, SOCIAL_NETWORKS, STAGE_DIRECTIONS, TEASER_LABELS, WRITER_ROLES,
)
from store.sentences import (
    ABBREVIATIONS, DATELINE_DAY_RX, DATELINE_PLACE_RX, ends_terminal, first_word, heading_like, title_cased,
    word_alternation, words,
)


@dataclass(slots=True)
class Line:
    """One line of the original text and what markdown said about it."""

    index: int
    raw: str
    text: str  # inline markdown removed, whitespace collapsed
    heading: bool = False  # a markdown "#" or setext heading
    level: int = 0  # heading level, 1 for "#"
    bullet: bool = False
    number: str = ""  # an ordered list item's "1." or "2)", which the reader keeps
    rule: bool = False  # horizontal rule or setext underline
    image: bool = False  # nothing but markdown images
    link_only: bool = False  # nothing but links or a bare URL
    table: bool = False  # a row of a markdown table ("| Plan | Price |")
    block_quote: bool = False  # opened by ">": quoted words set apart
    word_count: int = -1
    # line_boilerplate's verdict, kept because metadata and cleaning both ask.
    boilerplate: bool | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.word_count < 0:
            # Long lines only meet "more than N words" tests, so a rough count will do.
            text = self.text
            self.word_count = _count_words(text) if len(text) < 400 else text.count(" ") + 1

    @property
    def blank(self) -> bool:
        return not self.text and not self.rule and not self.image and not self.link_only

    @property
    def content(self) -> bool:
        """True for a line of text that may belong to the body."""
        return bool(self.text) and not self.link_only


# For ASCII word counting: "_", "'" and "-" vanish (they only join letters and
# digits into words), other non-alphanumerics become spaces.
_ASCII_WORD_JOINERS = str.maketrans(
    {c: None if chr(c) in "_'-" else " " for c in range(128) if not chr(c).isalnum()}
)


# Typographic marks and their ASCII stand-ins for word counting: "’" joins a
# word as "'" does; the quotes, dashes and ellipsis only separate words.
_TYPOGRAPHIC_MARKS = (("’", "'"), ("‘", " "), ("“", " "), ("”", " "), ("—", " "), ("–", " "), ("…", " "))


def _count_words(text: str) -> int:
    """``len(words(text))``, without the regex for ASCII text.

    In ASCII, a word is a run of letters, digits, "_", "'" and "-" that holds
    a letter or digit: drop the joiners and count what whitespace separates.
    """
    if not text.isascii():
        for mark, stand_in in _TYPOGRAPHIC_MARKS:
            if mark in text:
                text = text.replace(mark, stand_in)
        if not text.isascii():
            return len(words(text))
    return len(text.translate(_ASCII_WORD_JOINERS).split())


_RULE_RE = re.compile(r"^([-*_=])(?:\s*\1){2,}$")
_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?$")
_BULLET_RE = re.compile(r"^(?:[-*•+●▪◦›»→➜➔▸►✓✔✅]|\d{1,3}[.)])\s+")
_QUOTE_BLOCK_RE = re.compile(r"^(?:>\s?)+")
_IMAGE_RE = re.compile(r"!\[[^\]]*\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_LINK_RE = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK_RE = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK_RE = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
# ("[1] https://arxiv.org/abs/..." under a story: a reference link with its number)
_URL_ONLY_RE = re.compile(r"^(?:\[\d{1,3}\]:?\s*)?(?:https?://|www\.)\S+$")
_HTML_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
# Emphasis spans are bounded so a line full of unmatched markers stays linear.
_BOLD_RE = re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1")
# (the marker first and the look behind after it, "not after a word": the scan finds the marker fast)
_STAR_RE = re.compile(r"\*(?<![\w*]\*)(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])")
_UNDERSCORE_RE = re.compile(r"_(?<![\w_]_)(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])_(?![\w_])")
_CODE_RE = re.compile(r"`([^`]+)`")
_FOOTNOTE_RE = re.compile(r"^\[\^([\w-]+)\]:\s+")
_FOOTNOTE_MARK_RE = re.compile(r"\[\^([\w-]+)\]")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>\"'])")
# Matches only runs that differ from one plain space, so ordinary lines pass untouched.
_SPACES_RE = re.compile(
    r"[\t\u00a0\u2000-\u200b\u202f\u205f\u3000][ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]*"
    r"| [ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+"
)


_MARKUP_CHARS = re.compile(r"[*_\[`<\\]|==|~~")
# "==a highlight==" (Bear, Obsidian) and "~~struck words~~": marks a reader's note app puts on the words
_HIGHLIGHT_RE = re.compile(r"==(?=\S)([^=\n]+?)(?<=\S)==")
_STRIKE_RE = re.compile(r"~~(?=\S)([^~\n]+?)(?<=\S)~~")
# "[[Page]]" or "[[Page|shown words]]": a link to a note in Obsidian or Logseq
WIKI_LINK_RE = re.compile(r"\[\[([^\[\]|]+)(?:\|([^\[\]]*))?\]\]")


def italic_titles(text: str) -> frozenset[str]:
    """Titles a Markdown page sets in italics ("*The Long Exit*", "_Burn Rate_"), each with its
    subtitle after a colon if it has one: Title Case runs of two words or more."""
    found = set()
    for pattern in (_STAR_RE, _UNDERSCORE_RE):
        for match in pattern.finditer(text):
            whole = match.group(1).strip()
            title = whole.split(": ")[0]
            if title[:1].isupper() and 2 <= len(title.split()) <= 8 and title[-1].isalnum() and title_cased(title) and (
                title.lower() not in GENERIC_PHRASES  # "*Second Reading*" under a bill's name: its stage, no work
            ):
                found.add(whole)
    return frozenset(found)


def strip_inline_markdown(text: str, markdown: bool = True) -> str:
    """Remove emphasis, images and link targets, keeping the visible words."""
    if not _MARKUP_CHARS.search(text):
        return _SPACES_RE.sub(" ", text).strip()
    # Each rule runs only when the text still holds the literal its pattern needs.
    if "](" in text:
        text = _IMAGE_RE.sub("", text)
        text = _LINK_RE.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK_RE.sub(r"\1", text)
    if markdown:
        # "[text][ref]" is a link only in Markdown; in plain text it is just brackets.
        if "][" in text:
            text = _REF_LINK_RE.sub(r"\1", text)
        if "<" in text:
            text = _HTML_TAG_RE.sub("", text)
        if "`" in text:
            text = _CODE_RE.sub(r"\1", text)
        if "[[" in text:
            # "the [[Bermuda Monetary Authority]]", "[[Hamilton, Bermuda|Hamilton]]": a note-taking app's link to
            # a note of its own, shown as its words
            text = unlinked(text)
        if "==" in text:
            text = _HIGHLIGHT_RE.sub(r"\1", text)
        if "~~" in text:
            text = _STRIKE_RE.sub(r"\1", text)
        if "[^" in text:
            # "half of it.[^1]" and, under the story, "[^1]: Aeris revenue was ...": a footnote, shown as "[1]"
            text = _FOOTNOTE_MARK_RE.sub(r"[\1]", _FOOTNOTE_RE.sub(r"[\1] ", text))
    if "**" in text or "__" in text:
        text = _BOLD_RE.sub(r"\2", text)
    if "*" in text:
        text = _STAR_RE.sub(r"\1", text)
    if "_" in text:
        text = _UNDERSCORE_RE.sub(r"\1", text)
    if markdown and "\\" in text:
        text = _ESCAPE_RE.sub(r"\1", text)
    return _SPACES_RE.sub(" ", text).strip()


def unlinked(text: str) -> str:
    """``text`` with its note links ("[[Page]]", "[[Page|shown words]]") as the words they show."""
    return WIKI_LINK_RE.sub(lambda link: link.group(2) or link.group(1), text)


def _only_links(stripped: str) -> bool:
    if _URL_ONLY_RE.match(stripped):
        return True
    if "](" not in stripped:
        return False
    rest = _LINK_RE.sub("", _IMAGE_RE.sub("", stripped))
    return not re.sub(r"[\s|·•,;/\-–—>»›]+", "", rest)


_PLAIN_START = re.compile(r"[\w\"“‘'(]")
_COLUMN_GAPS_RE = re.compile(r"(?<=\S) {3,}(?=\S)")
# The mark of a numbered item or heading: "(1)", "2.", "(b)"
ITEM_MARK_RX = r"(?:\(\d{1,2}\)|\d{1,2}\.|\([a-z]\))"
# An Australian company's registered number: "ACN 612 448 903", "ABN 47 612 448 903"
COMPANY_NUMBER_RX = r"(?:ABN|ACN|ARBN)\s+\d{2,3}(?:\s?\d{3}){2,3}"
_COLUMN_SPLIT_RE = re.compile(r" {3,}")
_DASHED_COLUMNS_RE = re.compile(r"-{3,}(?: +-{3,})+")
# One gap this wide between two runs of words: a printed page's two columns on one line
_PRINTED_COLUMNS_GAP_RE = re.compile(r"(?<=\S) {8,}(?=\S)")


# A text browser's dump ("lynx -dump", "elinks -dump"): every link's number glued before its text ("[14]Lumora"),
# images as "[IMG]", and the numbered addresses listed under "References" (elinks: "Visible links") at the foot
_DUMP_REFERENCES_RE = re.compile(
    r"^References\n(?:[ \t]*\n)*(?:[ \t]*Visible links\n)?(?:[ \t]*\d{1,4}\. [a-z]+:\S*\n?){2,}", re.M
)
_DUMP_LINK_NUMBER_RE = re.compile(r"\[\d{1,4}\](?=\S)")
# "[16]August 14, 2025 [17]Mwenya Kabwe [18]2 Comments": a short row of links, each number where one begins
_DUMP_LINK_ROW_RE = re.compile(r"^\s*\[\d{1,4}\]\S(?:[^\[]*\[\d{1,4}\]\S){1,}[^\[]*$")
_DUMP_LINK_ROW_WORDS = 15
_DUMP_LINK_ROW_LINK_WORDS = 5
_DUMP_IMAGE_RE = re.compile(r"\[(?:IMG|INLINE|image)\]")


_TAB_BULLETS = frozenset("• ◦ ▪ ▫ ‣ ⁃ · o - * –".split())


def prepare_lines(text: str, markdown: bool = False) -> list[Line]:
    """Split ``text`` into classified lines with inline markdown removed."""
    lines: list[Line] = []
    raws = text.split("\n")
    dump = "\nReferences\n" in text and _DUMP_REFERENCES_RE.search(text) is not None
    for index, raw in enumerate(raws):
        # (the line as written stays the line's raw text; only what is read loses the link numbers, and the
        # byte-order mark a Windows or Google Docs download opens with)
        line_text = raw if index or not raw.startswith("\ufeff") else raw[1:]
        if dump and "[" in raw:
            if index < 3 and raw.lstrip().startswith("#[1]"):
                line_text = raw.replace("#", "", 1)  # lynx's mark over the page's feed links ("#[1]Lusaka Times » Feed")
            row = len(line_text.split()) <= _DUMP_LINK_ROW_WORDS and _DUMP_LINK_ROW_RE.match(line_text)
            links = [part.strip() for part in _DUMP_LINK_NUMBER_RE.split(line_text) if part.strip()] if row else []
            if row and all(len(link.split()) <= _DUMP_LINK_ROW_LINK_WORDS and not link.endswith((".", ":")) for link in links):
                # (the links set apart as a menu or a byline row sets them: "August 14, 2025 · Mwenya Kabwe")
                line_text = " · ".join(links)
            else:
                line_text = _DUMP_LINK_NUMBER_RE.sub("", line_text)
        cells = 0
        if line_text.isascii() and "  " not in line_text and "\t" not in line_text:
            stripped = line_text.strip()  # nothing for _SPACES_RE to collapse
        elif "\t" in line_text.strip():
            # "Headquarters<TAB>Tacoma, Washington": a table's row scraped with tabs between its cells
            parts = [_SPACES_RE.sub(" ", part).strip() for part in line_text.split("\t")]
            parts = [part for part in parts if part]
            stripped, cells = " | ".join(parts), len(parts)
            if len(parts) >= 2 and parts[0] in _TAB_BULLETS:
                # "\t•\tFacebook", "o\tsub-item": Word's and textutil's list item, its mark set off by tabs
                stripped, cells = parts[0] + " " + " | ".join(parts[1:]), len(parts) - 1
        elif len(_COLUMN_GAPS_RE.findall(line_text.strip())) >= 2:
            # "Net sales    Operating profit    Ordinary profit": a plain-text table's row, its columns set apart
            parts = [_SPACES_RE.sub(" ", part).strip() for part in _COLUMN_SPLIT_RE.split(line_text.strip())]
            # (a row with figures, or the header over one, is a table's; "Sign the guest book     Send flowers"
            # is a row of buttons)
            below = raws[index + 1] if index + 1 < len(raws) else ""
            if _DASHED_COLUMNS_RE.fullmatch(below.strip()):
                # (pandoc's plain table draws a rule of dashes under its header, one run per column)
                below = raws[index + 2] if index + 2 < len(raws) else ""
            figures = any(c.isdigit() for c in line_text) or len(_COLUMN_GAPS_RE.findall(below.strip())) >= 2 and any(
                c.isdigit() for c in below
            )
            stripped, cells = " | ".join(parts), len(parts) if figures else 0
        elif _PRINTED_COLUMNS_GAP_RE.search(line_text.strip()):
            # "Shreya Kulkarni          Published: 31 Oct, 2025": a printed page's byline and date, set apart
            parts = [_SPACES_RE.sub(" ", part).strip() for part in _PRINTED_COLUMNS_GAP_RE.split(line_text.strip())]
            stripped = " | ".join(parts)
        else:
            stripped = _SPACES_RE.sub(" ", line_text).strip()
        if not stripped:
            lines.append(Line(index, raw, "", word_count=0))
            continue
        if dump and _DUMP_IMAGE_RE.fullmatch(stripped):
            lines.append(Line(index, raw, "", image=True))
            continue
        heading, level, bullet, block_quote, number = False, 0, False, False, ""
        # Only lines opening with a marker character can be rules, headings or bullets.
        if not _PLAIN_START.match(stripped) or stripped[0].isdigit():
            if _RULE_RE.match(stripped):
                lines.append(Line(index, raw, "", rule=True))
                continue
            match = _HEADING_RE.match(stripped)
            if match:
                heading, level, stripped = True, len(match.group(1)), match.group(2)
            block_quote = stripped.startswith(">") and markdown
            stripped = _QUOTE_BLOCK_RE.sub("", stripped)
            bullet = bool(_BULLET_RE.match(stripped)) and not (
                stripped.startswith("*") and _STAR_RE.match(stripped)
            )
            if bullet:
                number = stripped.split(None, 1)[0] if stripped[0].isdigit() else ""
                stripped = _BULLET_RE.sub("", stripped, count=1)
        if "[" in stripped or "http" in stripped or "www." in stripped:
            if _IMAGE_RE.fullmatch(stripped) or (
                stripped.startswith("![") and not _IMAGE_RE.sub("", stripped).strip()
            ):
                lines.append(Line(index, raw, "", image=True))
                continue
            if _only_links(stripped):
                lines.append(Line(index, raw, strip_inline_markdown(stripped, markdown), bullet=bullet, link_only=True))
                continue
        clean = strip_inline_markdown(stripped, markdown) if _MARKUP_CHARS.search(stripped) else stripped
        lines.append(Line(
            index, raw, clean, heading=heading, level=level, bullet=bullet, number=number, block_quote=block_quote,
            table=cells >= 2,
        ))
    return _mark_tables(_mark_setext(lines))


# "|---|:---:|": the row under a markdown table's header.
_TABLE_SEPARATOR_RE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")


def _mark_tables(lines: list[Line]) -> list[Line]:
    """Rows around a "|---|---|" separator are a table: content, never a menu bar."""
    for i, line in enumerate(lines):
        if "-" not in line.raw or not _TABLE_SEPARATOR_RE.match(line.raw.strip()):
            continue
        start = i
        while start > 0 and lines[start - 1].raw.lstrip().startswith("|"):
            start -= 1
        end = i + 1
        while end < len(lines) and lines[end].raw.lstrip().startswith("|"):
            end += 1
        for row in lines[start:end]:
            row.table = row is not line
    return _mark_plain_tables(lines)


def _mark_plain_tables(lines: list[Line]) -> list[Line]:
    """"Trim | Range | Price" over "Long Range AWD | 410 mi | $68,000": a spec table scraped to plain
    text. Rows with the same number of cells and figures in every row under the header; a menu bar
    is one line, or has no figures."""
    run: list[Line] = []
    for line in [*lines, None]:
        cells = line.raw.count(" | ") if line is not None and not line.raw.lstrip().startswith("|") else 0
        if cells >= 2 and (not run or cells == run[0].raw.count(" | ")):
            run.append(line)
            continue
        if len(run) >= 2 and all(any(c.isdigit() for c in row.raw) for row in run[1:]):
            for row in run:
                row.table = True
        run = [line] if cells >= 2 else []
    return lines


def _mark_setext(lines: list[Line]) -> list[Line]:
    """Turn "Title" over "=====" into a heading; the underline becomes a rule."""
    for i in range(1, len(lines)):
        raw = lines[i].raw
        if "=" not in raw and "-" not in raw:
            continue
        raw = raw.strip()
        prev = lines[i - 1]
        if raw[:1] in ("=", "-") and set(raw) <= {"="} | {"-"} and len(set(raw)) == 1 and prev.text:
            if not prev.bullet and prev.word_count <= 14:
                level = 1 if raw[0] == "=" else 2
                lines[i - 1] = Line(prev.index, prev.raw, prev.text, heading=True, level=level)
                lines[i] = Line(lines[i].index, lines[i].raw, "", rule=True)
    return lines


# ---------------------------------------------------------------- line rules

_ACTION_WORDS = frozenset(
    "share shares tweet email e-mail print copy save bookmark subscribe sign log "
    "login follow listen reply like repost menu search home posts comment comments "
    "gift skip register restack restacks likes discussion reprints reprint permissions tickets shop store "
    "donate forum fixtures previous next refresh pinned send reposts reactions app trial "
    "download embed transcript license licence sharing reuse thumbs copied count "  # Dawn's "Facebook Count"
    "clip join demo resize".split()  # a video page's "Clip" and "Join" (the channel's membership) buttons
)
_TEMPLATE_SLOT_RE = re.compile(r"\{\{\s*[\w.$|:' ]{1,60}\s*\}\}")
# A feed reader's buttons over and under the item it shows
_READER_APP_BUTTON_RE = re.compile(
    r"^(?:read later|open in (?:a )?new tab|mark (?:all )?as (?:un)?read|mark above as read|send to|star|unstar|view original|"
    r"save to (?:board|pocket|instapaper|readwise))$",
    re.IGNORECASE,
)
# "The post Mozambique: ... appeared first on Club of Mozambique.": WordPress's footer in every item of its feed
APPEARED_FIRST_RE = re.compile(r"^The post .{3,400}? appeared first on (?P<site>[^.]{2,60}?)\.?$")
_SAVED_FROM_RE = re.compile(r"^Saved (?:on )?[\w ,:]{4,40}? from (?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?$", re.IGNORECASE)
_BARE_EMAIL_RE = re.compile(r"^(?:e-?mail:?\s*)?\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?$", re.IGNORECASE)
# The networks a share bar links to ("Facebook Telegram": a text browser's row of them, their icons gone)
_SOCIAL_NETWORKS = frozenset(
    "facebook twitter x linkedin whatsapp reddit pinterest telegram flipboard threads bluesky mastodon instagram "
    "youtube tiktok email".split()
)
_SHARE_VOCAB = _ACTION_WORDS | _SOCIAL_NETWORKS | frozenset(
    "this article story post page link url copied on via to us up in out now the "
    "a for our with content "
    "main navigation more options free account newsletter feed rss join conversation "
    "discussion view all show replies read full about leave update updates entry open close get go start social "
    "kindly please request book friend if you window".split()  # "Kindly share this story:", "Email a friend", "Share if you like"
)
# "Produced by the JSE SENS Department. The SENS service is an information dissemination service ..."
_NEWS_SERVICE_FOOTER_RE = re.compile(r"^Produced by the [A-Z][\w ]{2,40} Department\.(?:\s+The\s.{0,400})?$")
_LANGUAGE_EDITION_RE = re.compile(
    r"^(?:English|Japanese|Chinese|Korean|French|German|Spanish|Portuguese|Arabic|Russian|Italian|Dutch|Turkish|"
    r"Hindi|Urdu|Amharic|Swahili|Indonesian|Vietnamese|Thai|Persian|Polish|Ukrainian) (?:version|edition)$"
)
# Small words a line broken mid-sentence may open with; no button does
_LINKING_WORDS = frozenset("to for in on the a with via up out about and or of".split())
_JOIN_BUTTON_RE = re.compile(r"^(?:join (?:the union|us|today|now|online)|become a member)$", re.IGNORECASE)
# "Join 41,000+ builders who get ...": a sign-up box counts its readers.
_JOIN_COUNT = r"join\s+(?:over\s+|more\s+than\s+)?\d[\d,.]*\s*[km]?\+?\s+[a-z]"
_NEWSLETTER_RE = re.compile(
    r"^(?:subscribe|sign up|sign-up|join|get|enter your email|don[’']t miss|thanks? (?:you )?for reading|"
    r"you[’']re reading)\b.{0,160}"
    r"\b(?:newsletter|inbox|updates|subscribe|subscribers|free|email|mailing list|briefing|digest)\b"
    rf"|^{_JOIN_COUNT}"
    # "Get the latest news delivered daily"
    r"|^get (?:the )?(?:latest )?(?:news|headlines|stories)(?: [\w’']+){0,3} delivered\b.{0,40}$"
    # "Don't miss out on the latest news and information.": the sign-up box's lead
    r"|^don[’']t miss (?:out on )?(?:the )?latest (?:news|headlines|stories|updates)\b.{0,40}$"
    # "Get our Tech Resources": a link to the publisher's white papers
    r"|^get our (?:[\w’'-]+ ){0,3}(?:resources|white ?papers|newsletters)$",
    re.IGNORECASE,
)
# "Thanks for reading" and the reader count: sign-up lines even as full sentences.
_THANKS_RE = re.compile(
    rf"^(?:thanks? (?:you )?for reading\b|you[’']re reading\b|{_JOIN_COUNT}|don[’']t miss (?:out on )?(?:the )?latest\b)",
    re.IGNORECASE,
)
_SIGNUP_START_RE = re.compile(
    r"^(?:subscribe (?:to|now|today|for)|sign up (?:for|to|now|here))\b|"
    # "delivered to your inbox every morning" (not an app that "reads the receipts in your inbox")
    r"\b(?:delivered|straight|directly|direct|sent|lands?|landing|arrives?|right|daily|weekly|every \w+|each \w+)\s+"
    r"(?:in|to|into)\s+your inbox\b|\b(?:in|to|into) your inbox\s+(?:every|each|daily|weekly|twice|once)\b|"
    r"^(?:get|have)\b.{0,60}\b(?:in|to) your inbox\b|"
    # "Morning Briefing: the most important business news ..., every weekday at 7 am. Sign up now"
    r"[.!?]\s+(?:sign up|subscribe)(?: now| here| today| for free)?\s*[›»→>]?$|"
    r"[.!?]\s+(?:sign up|subscribe) (?:for|to)\b.{0,60}\bnewsletter\b", re.I
)
_SIGNUP_START_WORDS = ("subscribe", "sign up", "your inbox")  # (one in every match)
_CAPTION_RE = re.compile(
    r"^(?:\(?(?:logo of|logo:|photo:|foto:|header image:|photo by|photos by|photo credit|photograph:|"
    r"photograph by|photography:|photography by|(?:photo|photograph|image|picture|rendering|illustration|map)s? courtesy|"
    # ("[Image: screenshot of an email ...]": a post's alt text, which says what the post showed)
    r"image:(?!\s*(?:a\s+)?screenshot\b)|image credit|image source|image caption,|image by|images by|illustration:|illustration by|"
    r"credit:|credits:|credit\s*(?:\.{2,}|…)|caption:|video:|video (?:above|below):|graphic:|file photo|(?:courtroom |court )?sketch:|sketch by|"
    # "Submitted photo" on its own line under the caption
    r"(?:submitted|contributed|courtesy) (?:photo|photograph|image|picture)s?\.?$))",
    re.IGNORECASE,
)
_CREDIT_END_RE = re.compile(
    r"(?:getty images|shutterstock|via reuters|/ ?reuters|ap photo|/ ?ap|afp via getty|credit: ?getty|^pa media|"
    r"/ ?afp|bloomberg via getty|unsplash|istock|alamy"
    # "... August 14, 2023. REUTERS/Yoga Pratama/File Photo": the agency, then its photographer
    r"|[.!?]\s+(?:reuters|afp|epa|ap)/[^/]{2,40}(?:/(?:file photo|pool|illustration|file))*"
    # "... an all-hands meeting earlier this month. Veridane; Getty Images; Marisa Lund/BI": credits in a row
    r"|[.!?]\s+(?:[\w&’' -]{2,40};\s*)+(?-i:[A-Z][\w.’' -]{2,40}/[A-Z]{2,5})"
    # "A branch in Istanbul’s Kadıköy district [File: Dilara Senel/Reuters]": a caption's bracketed credit
    r"|\[(?:file(?: photo)?\s*:\s*)?[^\[\]/]{2,60}/\s*(?:reuters|afp|ap|epa|getty images|bloomberg|anadolu|al jazeera)\])"
    # "... by 2028. — VNA/VNS Photo Phạm Kiên", "... in Jebel Ali. — File photo", "— FE file photo": a caption's
    # credit after a dash
    r"|[.!?]\s+[—–]\s*(?:(?-i:[A-Z]{2,6}(?:/[A-Z]{2,6})*)\s+(?:file\s+)?photo\b[^.!?]{0,40}|file photo)"
    # "Dunhinda Holdings Chairman H.D.N. Abeywickrama – Pic by Upul Liyanage": a Sri Lankan paper's credit
    r"|\s[–—-]\s*(?:pic|pics|picture|photo)\s+by\s+(?-i:[A-Z][\w.’'-]*)(?:\s+(?-i:[A-Z][\w.’'-]*)){0,3}"
    # "... ceremony in Almaty. Photo credit: Egin Agrotech press service": a caption's credit after its sentence
    r"|[.!?]\s+(?:photo|image|picture)\s+(?:credit|courtesy)\s*:\s*[^.!?]{2,60}"
    r"\)?\.?$",
    re.IGNORECASE,
)
_ACCESS_PITCH_RE = re.compile(
    r"^subscribe to [\w .+&’'-]{2,40} to (?:get|gain|enjoy|unlock) (?:full |unlimited )?access\b", re.IGNORECASE
)
_REPRODUCTION_NOTICE_RE = re.compile(
    r"\ball rights reserved\b.{0,200}\bmay not be (?:reproduced|published|broadcast|redistributed)\b", re.IGNORECASE
)
_FOOTER_RE = re.compile(
    r"^(?:a version of this (?:article|story) (?:appears|appeared)|"
    # "The views expressed are the author's own and do not represent those of ...": the site's disclaimer
    r"the views expressed (?:in this (?:article|piece|column|post) )?are (?:the author[’']s|those of the author)\b|"
    r"this (?:article|story|piece|essay|feature|interview|review) (?:also )?(?:appears|appeared) in "
    r"(?:the )?(?:[\w’'-]+ ){0,4}(?:print|magazine|issue|edition)\b|(?:media |press )?contacts?\s*:|"
    # a Postmedia paper's: "This advertisement has not loaded yet, but your article continues below.", "You can
    # save this article by registering for free here. ...", "Share this article in your social network"
    r"this (?:advertisement|ad) has not loaded yet\b|you can save this (?:article|story) by\b|"
    r"share this (?:article|story) (?:in|on|with) your social networks?\.?$|"
    # "Was this helpful? Yes | No": a feedback widget
    r"was this (?:article |page |guide )?(?:helpful|useful)\??(?:\s*(?:yes|no|[|/·]))*$|"
    # "Gallery: 42 photos", "Newsletter: Get Gearline's weekly EV roundup": a link to the photos, a sign-up
    r"(?:gallery|photos|slideshow)\s*:?\s*\d+\s+(?:photos|images|pictures|slides)$|newsletter\s*:\s*(?:get|sign|subscribe|join)\b|"
    # A car site's buttons: "Build & price", "Compare trims", "Find a Sorrel dealer near you — 0.9% APR ..."
    r"build (?:&|and) price\b|compare (?:trims|models|specs)\b|find a (?:[\w-]+ ){0,2}dealer\b|"
    r"(?:book|schedule) a test drive\b|get a (?:quote|trade-in value)\b|"
    # "Medically reviewed by Dr. ...", "Fact checked by ...": a health site's reviewer
    r"(?:medically |clinically |expert )?(?:reviewed|fact[- ]checked) by\b|"
    # "This article is for information only and is not a substitute for professional medical advice."
    r"(?:this|the) (?:article|content|information|page|story)(?: on this (?:page|site))? is "
    r"(?:for (?:general )?information(?:al)?(?: purposes)? only|not (?:intended (?:as|to be) )?a substitute)\b|"
    # "From the October 2025 issue", "From the print edition of The Ledger": where the magazine ran it
    r"from (?:the|our) (?:[\w/’'-]+ ){0,3}(?:issue|edition)(?: of (?:the )?[\w’' -]{1,40})?\.?$|"
    r"SOURCE\s+[A-Z]|(?:[-–—]{1,2}\s*)?\(?(?:editing|edited|reporting|writing|additional reporting) by\b|"
    # "With reports from El Financiero and Reforma": the papers the story drew on, credited at its foot
    r"with (?:additional )?(?:reports?|files) from\b|"
    # "— CNBC's Jordan Ellery contributed reporting."
    # ("Associated Press writer Kendrick Osei in Aurelton, Ohio, contributed to this report.")
    r"(?:[-–—]\s*)?(?:[\w’'.&-]+,?\s+){1,10}contributed (?:reporting|to this (?:report|story|article))\b.{0,40}$|©|\(c\)\s*\d{4}|copyright\b|privacy policy|terms of (?:use|service)|terms (?:&|and) conditions\b|"
    r"cookie (?:policy|settings|preferences)|do not sell|contact us|about us|page last (?:updated|modified|reviewed)\b|"
    r"advertise with us|all rights reserved|why you can trust\b|"
    # "Get our top stories first. Follow us on LINE: @nationthailand": a channel's pitch
    r"get (?:our|the) (?:top|latest|biggest) (?:stories|news|headlines)(?: first)?\b.{0,30}\bfollow us\b|"
    # a player's fallback text and The Economist's audio and edition prompts
    r"your browser does not support the (?:<(?:audio|video)>|audio|video) (?:element|tag)\b|enjoy more audio and podcasts\b|"
    r"save time by listening to our audio\b|discover stories from this section\b|explore the edition$|"
    # Dow Jones's "Appeared in the November 3, 2025, print edition as '...'." and its reprints notice
    r"appeared in the (?:[\w,]+ ){0,5}print edition\b|this copy is for your personal,? non-commercial use only\b|"
    # "We invite you to use our commenting platform ...", "Reporter Jane Doe can be reached at ..."
    r"we invite you to (?:use|join|share)\b|"
    # a comments form's and policy's lines: "Save my name, email, and website in this browser for the next time I
    # comment.", "The Ledger reserves the right to remove comments that are abusive ..."
    r"save my name,? e-?mail,? and website\b|(?:[\w’'-]+ ){1,4}reserves the right to (?:remove|delete|edit|moderate|reject) comments\b|(?:[\w’'.-]+ ){1,5}can be reached (?:at|by|via|on)\b|this material(?:, and other [\w ]{1,50},)? may not be (?:published|reproduced|redistributed)\b|our standards\b|editorial standards|(?:[\w’'-]+ ){0,2}journalistic standards\b|"
    r"(?:brought to you|presented) by\b|"
    r"you(?:[’']re| are) receiving this\b|follow (?:the show|the podcast|this podcast)\b|"
    # "Follow him on X: @acastagne", "Not financial advice.", "Disclosure: The author holds small amounts of BTC."
    rf"follow (?:him|her|them|me|us)(?: on (?:{word_alternation(SOCIAL_NETWORKS)}))?\s*(?::|@)|"
    # a columnist's sign-off: "Follow me on Twitter or LinkedIn. Check out my website."
    rf"follow (?:him|her|them|me|us) on (?:{word_alternation(SOCIAL_NETWORKS)})(?:(?:,| or| and|, or|, and) "
    rf"(?:{word_alternation(SOCIAL_NETWORKS)}))*\.?(?:\s+check out (?:my|our|his|her|their) (?:website|blog)\.?)?$|"
    # "Follow Mercado Abierto on LinkedIn and X": the outlet's own accounts
    # ("Follow ERR News on Facebook and X and never miss an update!")
    rf"follow (?:@?[\w&’'.-]+ ){{1,4}}on (?:{word_alternation(SOCIAL_NETWORKS)}|google news|apple news)(?: channels?)?"
    rf"(?:(?:,| and|, and) (?:{word_alternation(SOCIAL_NETWORKS)}))*"
    r"(?:,? (?:and|to) (?:never miss|stay up to date|stay informed|keep up)\b[^.!?]{0,40})?[.!]?$|"
    # "Like Business on Facebook, follow @TribuneBiz on Twitter to stay informed": a desk's own accounts
    rf"like (?:[\w&’'.-]+ ){{1,4}}on (?:{word_alternation(SOCIAL_NETWORKS)}),? (?:and )?follow @?[\w.]{{2,30}} on "
    rf"(?:{word_alternation(SOCIAL_NETWORKS)})\b.{{0,80}}$|"
    # "Follow Dhaka Tribune's Google News channel for the latest updates"
    r"follow (?:[\w&’'.-]+ ){1,4}(?:google news|whatsapp|telegram|youtube) channel\b.{0,60}$|"
    # "Graphic Business: Get more business news every Tuesday in the Graphic Business newspaper."
    r"(?:[\w&’' -]{2,40}:\s*)?get (?:more|all the|the latest) (?:[\w-]+ ){0,2}news\b.{0,60}\b(?:newspaper|edition|app)\.?$|"
    # a WeChat account's: "Click the blue words above to follow us", "Scan to follow", "Tap the QR code to follow us",
    # its "Original" badge, "Written by the author" and "Reprinted from ..."
    r"click the blue (?:words|text|name) above\b.{0,40}$|(?:scan|tap|long[- ]press)(?: (?:the|our))?(?: qr code)? to follow\b.{0,30}$|"
    r"tap the qr code\b.{0,40}$|original$|written by the author$|reprinted (?:from|with permission from) [^.!?]{2,60}$|"
    # "Writers Wanted? Contact us": a paper's call for contributors
    r"writers wanted\b.{0,30}$|"
    # "Join The Irish Times on WhatsApp and stay up to date": the outlet's channel on a messenger
    rf"join (?:[\w&’'.-]+ ){{1,4}}on (?:{word_alternation(SOCIAL_NETWORKS)})\b.{{0,40}}$|"
    # the comments box: "Your Comments", "We reserve the right to remove any content that breaches ..."
    r"your comments$|we reserve the right to (?:remove|delete|edit)\b|"
    r"follow us(?: on social(?: media)?)?\W*$|"
    # MercoPress's "Full article" link, a wire's "Source: Xinhua" and its "[Editor: Huang Jing]", "Web editor: Sun Yue"
    # a code host's release: "Assets 6", "kelpdb-2.4.0-linux-amd64.tar.gz 41.2 MB", "Source code (zip)", "12 people reacted"
    r"assets \d{1,3}$|[\w.+-]+\.(?:tar\.gz|tgz|zip|txt|deb|rpm|dmg|exe|msi|whl|jar|appimage|sha256|sig|asc)\s+[\d.,]+\s*"
    r"(?:bytes|kb|mb|gb)$|source code \((?:zip|tar\.gz)\)$|\d{1,5} (?:people|person) reacted$|"
    r"full (?:article|story)$|read other news$|download (?:as )?pdf$|learn more about [\w&’' .-]{2,40}$|"
    # "(The author is a Reuters Breakingviews columnist. The opinions expressed are their own.)"
    r"\(?the author is an? [\w&’' .-]{2,60}(?:columnist|contributor|writer)\b.*|"
    # "Reuters Breakingviews is the world's leading source of agenda-setting financial insight. Try ..."
    r"[\w&’' .-]{2,40} is the world[’']s leading (?:source|provider) of\b.*|"
    r"for feedback,? complaints,? or inquiries\b.*|\[?(?:web )?editors?\s*:\s*[A-Z][\w .’'-]{1,40}\]?$|source\s*:\s*[A-Z][\w .&’'-]{1,30}$|"
    # a translated agency story's credits, "Translated by: Lucas Vieira", "Edition: Denise Brandão", and its
    # licence: "Creative Commons License - Attribution 4.0 International", "Content published by ... may be reproduced"
    r"(?:translated by|translation|edition|edited by)\s*:\s*[A-Z][\w .’'-]{1,40}$|"
    r"creative commons licen[cs]e\b.{0,60}$|content published by [\w&’' .-]{2,40} may be reproduced\b.*|"
    # "When quoting or using any materials on the Internet, a hyperlink to ukrinform.net ... is mandatory."
    r"when (?:quoting|using|citing|reproducing)\b.{0,80}\b(?:hyperlink|link|reference)\b.{0,80}\b(?:is|are) (?:mandatory|required|obligatory)\b.*|"
    r"not (?:financial|investment|legal|tax) advice\b|"
    # "If you notice an error in the text, please highlight it and press Ctrl+Enter to send it to the editors."
    r"if you (?:notice|see|spot|find) (?:an? )?(?:error|mistake|typo)s? in (?:the|this) (?:text|article|story|page)\b.{0,120}$|"
    # "This service may include material from Meridian Wire Service ... which is copyright"
    r"this (?:service|site|website|page|story|article) (?:may )?(?:includes?|contains?) material from\b|"
    r"disclosures?\s*:\s*\S|"
    r"(?:[\w’'.-]+ ){1,3}may (?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation)|"
    r"corrections policy|ethics policy|disclaimer\s*:|fact[- ]check(?:ing)?\s*/\s*corrections?\s*:|(?:audience|reader|viewer|listener) (?:relations|services)(?:\s*[,:|·–—-]\s*[^.!?]{1,40})?$|(?:this|the) (?:article|content|information|post)\b[^.]{0,30}"
    r"\bfor (?:general )?informational purposes|tags\s*:|(?:related )?topics?\s*:|filed under\s*:|categories\s*:|"
    r"category\s*:|sponsorships?\s*:|join the (?:discussion|conversation)\b|we may (?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation)|"
    r"(?:this|our) (?:post|article|page|site|story) (?:may )?contains? affiliate links|as an amazon associate|"
    r"[\w&’'.-]+(?: [\w&’'.-]+){0,2} (?:is|are) (?:reader|audience|listener)-supported\b|"
    r"by (?:signing up|subscribing|registering|clicking|continuing|providing|entering|submitting)\b.{0,120}"
    r"\b(?:agree|consent|accept|acknowledge))",
    re.IGNORECASE,
)
_COPYRIGHT_SIGN_RE = re.compile(r"©|\(c\) \d{4}|\bcopyright \d{4}", re.IGNORECASE)
_CAPTION_TAIL_RE = re.compile(
    r"\((?:file\s+)?(?:photo|photograph|picture|image|illustration|credit|video|graphic|sketch|pic|pix)s?\b[^()]*\)\.?$|"
    # "... in 1986. (Courier file photo)", "(Family photo)": the picture's owner before the word
    r"[.!?]\s*\((?:[A-Z][\w’'.-]*\s+){1,3}(?:file\s+)?(?:photo|photograph|image|picture)s?(?:\s+by\s+[^()]{2,60})?\)$|"
    # "... circa 1938. Submitted photo": a reader's or the family's picture, credited after the caption
    r"[.!?]\s+(?:[A-Z]{2,}\s+)?(?:submitted|contributed|family|file)\s+(?:photo|photograph|image|picture)s?\.?$|"
    # ("... last month. Picture: Hamish Broadfoot/PA", "... in 2022. ST PHOTO: KELVIN ANG": a paper's initials first)
    # ("... May 20, 2025. — Picture by Hari Anbalagan", "... on Friday. — Reuters pic": a Malaysian paper's;
    # "... brickworks in Leicestershire. Pic: Reuters": Sky News's)
    r"(?:^|[.!?][’”\"']?\s+)(?:[—–]\s*)?(?:[A-Z]{2,4}\s+)?(?:photo|photograph|picture|image|illustration|pic)s?\s*(?:by:?|:)\s|"
    r"[.!?]\s+[—–]\s*(?-i:[A-Z][\w-]*(?: [A-Z][\w-]*)?) (?:pic|picture|photo)\.?$|[.!?]\s+credits?:\s+\S+(?:\s+\S+){0,5}$|"
    # 'Anya Castellane in "Gravelheart 2." Courtesy of Halcyon Pictures': the picture's owner after the caption
    # (Barron's "Medavix’s headquarters in Minneapolis. Courtesy Medavix", no "of")
    r"[.!?][\"”’]?\s+(?:courtesy\s+of\s+\S+(?:\s+\S+){0,5}(?<![.!?])|photo\s+courtesy\s+of\s+\S+(?:\s+\S+){0,5}|"
    r"(?-i:Courtesy\s+[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3}))$|"
    # "... in Taipei on Tuesday. CNA photo May 27, 2025": the agency's picture and the day it was taken
    r"(?-i:[.!?]\s+[A-Z]{2,6}\s+photos?(?:\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})?)$|"
    # "... on March 24, 2025. JULIEN MARCHETTI-VIDAL / HANS LUCAS VIA AFP": the photographer and agency in capitals
    r"(?-i:[.!?]\s+[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,3}\s*/\s*[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,4})$|"
    # "... in Nairobi. PHOTO | FILE", "... on Tuesday. PHOTO | KEVIN ODUOR | NMG": a Kenyan paper's credit
    r"[.!?]\s+(?:photo|photograph|picture|image)s?\s*\|\s*[^|]{2,40}(?:\|\s*[^|]{2,20})?$",
    re.IGNORECASE,
)
# "$349 at Amazon", "See at Best Buy", "Buy at Amazon $1,199.99": a shop's buy button.
_BUY_BUTTON_RE = re.compile(
    r"^(?:(?:[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|£|usd|eur|gbp))\s+(?:at|on|from)|(?:[Ss]ee|[Bb]uy|[Ss]hop|[Cc]heck|[Vv]iew)"
    r"(?:\s+(?:it|price|prices|deal))?\s+(?:at|on)|"
    # "Buy now from £38 at Hartley & Vine": an affiliate's button with its price
    r"(?:[Bb]uy|[Ss]hop|[Oo]rder)(?:\s+(?:it\s+)?now)?\s+(?:from|for)\s+[$€£]\s?\d[\d,.]*\s+(?:at|on|from))"
    r"\s+[A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|&)){0,3}"
    r"(?:\s*[–—:-]?\s*(?:[$€£₹]|Rs\.?\s?)\s?\d[\d,.]*)?$"
)
# A club or venue selling: "Buy tickets for ...", "Join the waiting list", "Become a Member from £35",
# "Rovers Megastore: new third kit now available".
_BOX_OFFICE_RE = re.compile(
    r"^(?:buy|book|get|grab) (?:your )?(?:match |season |concert )?tickets?\b|\bjoin the waiting list\b|"
    r"^become an? (?:[\w’'-]+ ){0,3}(?:member|season ticket holder)\b.*\bfrom [£$€]\d|"
    # a paper's: "Become a member", "Become a member of Mexico News Daily for as little as US $5 a month ..."
    r"^become an? (?:[\w’'-]+ ){0,2}(?:member|subscriber|supporter|patron)[.!]?$|"
    r"^become an? (?:[\w’'-]+ ){0,2}(?:member|subscriber|supporter|patron) of\b.{0,60}?\bfor (?:as little as |just |only )?"
    r"(?:US ?)?[$€£]\s?\d.{0,120}$|"
    r"^[\w’'-]+(?: [\w’'-]+)? (?:megastore|club shop|store|shop): .*\bnow (?:available|on sale)$",
    re.IGNORECASE,
)
_BOX_OFFICE_WORDS = ("ticket", "join the waiting list", "become", "store:", "shop:")  # (one in every match)
# A sign-up box's promise: "No spam, unsubscribe anytime."
_NO_SPAM_RE = re.compile(r"\b(?:no spam|(?:unsubscribe|cancel|opt out) (?:at )?any ?time)\b[.!]?$", re.IGNORECASE)
# "💬 Discuss on our forum", "Join the discussion on Discord": the link to talk about the post elsewhere.
_FORUM_LINK_RE = re.compile(
    r"^(?:[^\w\s]+\s*)?(?:discuss|comment on|join the (?:discussion|conversation)|talk about)(?: this| it)?"
    r" (?:on|in|at) (?:our|the) (?:forums?|community|discord|slack|discourse|mailing list)\b[^.!?]{0,30}[.!]?$",
    re.IGNORECASE,
)
# "★★★★☆ 4/5", "★★★★½": a review's star rating widget.
_STAR_GLYPHS = "★☆✩✪⭐"
_STAR_RATING_RE = re.compile(r"^[★☆✩✪⭐½\s]+(?:\d(?:\.\d)?\s*(?:/\s*(?:5|10)|out of (?:5|10))(?:\s*stars?)?)?$")


def _star_rating(text: str) -> bool:
    return text[0] in _STAR_GLYPHS and bool(_STAR_RATING_RE.match(text))


# "FT  Harbour 2–0 Marlow", "LIVE Rovers 1–1 Town 67'": a live-score ticker.
# ("FT: Brambury United 2-2 Holmsford City" with a colon after the status)
_SCORE_LINE_RE = re.compile(r"^(?:FT|HT|LIVE|AET|KO|FULL[- ]TIME|HALF[- ]TIME):?\s+\S.{0,60}?\d{1,2}\s*[–-]\s*\d{1,2}\b")
# "LIVE SCORES: Hollinsfield 0-2 Ashcombe United (FT) | Kelburn 1-1 ...": a scores ticker.
# "LIVE  Marshby Utd 1-0 Coldharbour 63'  |  Kestwick 2-2 Alderford FT": the same without the colon
_SCORES_TICKER_RE = re.compile(
    r"^(?i:live scores|latest scores|scores|results|live)\s*[:|]\s*\S.{0,80}?\d{1,2}\s*[–-]\s*\d{1,2}\b"
    r"|^LIVE\s+\S.{0,60}?\d{1,2}\s*[–-]\s*\d{1,2}\b.{0,60}?\s[|·•]\s"
)
# "Bet £10 Get £30 in Free Bets | New customers only | T&Cs apply | 18+ | BeGambleAware.org": a bookmaker's advert.
_BETTING_AD_RE = re.compile(
    r"(?i:begambleaware|gambleaware|gamble responsibly|when the fun stops)|"
    r"\b18\+.{0,80}(?i:t&cs apply|new customers only|free bets?)|(?i:t&cs apply|new customers only|free bets?).{0,80}18\+"
    # "BET £10 GET £30 IN FREE BETS - NEW CUSTOMERS ONLY" with its 18+ on the next line
    r"|(?i:\bbet\s+[£$€]\d+\s+get\s+[£$€]\d+|\bfree\s+bets?\b.{0,40}\bnew\s+customers\b)"
)


def _betting_ad(text: str, low: str) -> bool:
    # (every advert the rule knows says "18+", "gamble", "when the fun stops", or a bet: free, or for a sum)
    return (
        "18+" in text or _may_hold(text, low, ("gamble", "when the fun stops"))
        or _may_hold(text, low, ("bet",)) and (_may_hold(text, low, ("free",)) or any(sign in text for sign in "£$€"))
    ) and bool(_BETTING_AD_RE.search(text))


# The button that ends a deals or review box: "... | View deal", "... | Read the full review".
_WIDGET_BUTTON_END_RE = re.compile(
    r"\|\s*(?:view|see|get|grab)\s+(?:the\s+)?deals?\s*$|\|\s*read\s+(?:the\s+|our\s+)?(?:full\s+)?review\s*$",
    re.IGNORECASE,
)
# A link's label glued to the end of a promo's blurb: "... from 1997 to 2021. Read the full report"
_TEASER_LINK_END_RE = re.compile(
    r"[.!?:]\s+(?:read|see|view) (?:the |our )?(?:full |whole |complete )?"
    r"(?:report|story|article|review|feature|interview|tasting|list|guide)\s*[›»→>]?$",
    re.IGNORECASE,
)
# "Carrow Springs, IN 52°F Light Rain | 7-Day Forecast": a weather widget.
_WEATHER_WIDGET_RE = re.compile(r"-?\d{1,3}\s?°\s?[FC]?\b.{0,60}?(?:\||(?i:\bforecast\b|\bweather\b))")
# "ORVL 48.31 ▲ +4.07 (+9.20%)": a stock ticker's quote.
_TICKER_QUOTE_RE = re.compile(r"\b[A-Z]{1,5}\s+\$?\d[\d,]*\.\d+\s*(?:[▲▼△▽↑↓]|[+−-]\s?\d)")
# "SENSEX 72,104.33 ▼ 0.41%", "GOLD (10g) ₹62,815 ▲ 0.12%", "NIFTY 50 21,902.15 ▼ 0.38%": a market strip's quote.
_INDEX_QUOTE_RE = re.compile(
    r"^[A-Z][\w/&().-]*(?:\s+[\w/&().-]+){0,3}\s+[₹$€£¥]?\d[\d,]*(?:\.\d+)?\s*[▲▼△▽↑↓]\s*[+−-]?\d[\d,]*(?:\.\d+)?%?$"
)
# "... last month. (Jane Roe/Starframe Images)": a caption ending in its photographer and agency.
# "A Grupo Norteño plant in Apodaca, Nuevo León. (Cuartoscuro)": a short caption, then its agency in brackets
_DOMAIN_CREDIT_RE = re.compile(r"[.!?]\s+(?:www\.)?[a-z][\w-]*(?:\.[a-z][\w-]*)*\.(?:ru|com|org|net|gov|uk|ua|by|kz|int)$")
_SQUARE_CREDIT_RE = re.compile(r"[.!?]\s*\[[A-Z][A-Z0-9 .&/-]{2,30}\]$")
_BRACKETED_CREDIT_RE = re.compile(r"[.!?]\s*\((?:[A-Z][\w&’'.-]*)(?:\s+[A-Z][\w&’'.-]*)?\)$")
_CREDIT_AGENCIES_RX = (
    r"EFE|AFP|AP|Reuters|EPA|Europa Press|ANSA|dpa|Getty Images|Bloomberg|Anadolu|AA|Xinhua|Kyodo|Yonhap|Bernama|"
    r"Antara|Keystone|AAP|PA|ANP|PTI|IANS|TASS|APA|CTK|PAP|MTI|NTB|TT|Ritzau|Lusa|Belga|WAM|SPA|Petra|KNA"
)
# "... in Bilbao last June. Javier Arozena (EFE)": a caption, then its photographer and his agency
_NAMED_AGENCY_CREDIT_RE = re.compile(
    rf"[.!?]\s+[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){{1,3}}\s+\((?:{_CREDIT_AGENCIES_RX})\)$"
)
# "Union members rally in front of the plant, May 22. Yonhap": a caption, its agency after the full stop
_AGENCY_AFTER_STOP_RE = re.compile(rf"^[A-Z][^.!?]{{10,}}[.!?]\s+(?:{_CREDIT_AGENCIES_RX})$")
# "A view of the cathode plant in Ulsan (Yonhap)": a caption without a full stop, its agency in brackets
_AGENCY_BRACKET_END_RE = re.compile(rf"[^.!?\s]\s+\((?:{_CREDIT_AGENCIES_RX})\)$")
# "Bulk carriers anchored off Limassol port (Kyriacos Nikolaou)": a caption without a full stop, its
# photographer in brackets
_PHOTOGRAPHER_BRACKET_END_RE = re.compile(
    r"^[A-Z][\w’'-]*(?:\s+[\w’'-]+){3,}\s+\([A-Z][a-zà-ÿ’'-]+(?:\s+[A-Z][a-zà-ÿ’'-]+){1,2}\)$"
)
# "... on Monday morning. (ABC News: Lachlan Orrell)": the outlet and its photographer in brackets
_OUTLET_PHOTOGRAPHER_RE = re.compile(
    r"[.!?]\s*\([A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3}:\s*[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}\)$"
)
# "... since January © Bloomberg": a caption closed by its picture's owner
_OWNER_END_RE = re.compile(r"\s©\s*[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3}$")
# "... on May 20. Ardi Wibisono for Rest of World": the photographer and whom the picture was taken for
_TAKEN_FOR_RE = re.compile(
    r"[.!?]\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2}\s+for\s+(?:The\s+)?[A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|of)){0,3}$"
)
_BAR_CREDIT_RX = r"[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}\s+\|\s+(?:Reuters|Getty Images|AP|AFP|Bloomberg|CNBC|EPA|Anadolu|NurPhoto)$"
_BAR_CREDIT_RE = re.compile(rf"^{_BAR_CREDIT_RX}")
# "Traders work on the floor of the New York Stock Exchange. Kalen Brooks | Reuters": a caption, then its credit
_CAPTION_BAR_CREDIT_RE = re.compile(rf"[.!?]\s+{_BAR_CREDIT_RX}")
# "Workers gather at the locked gate on Tuesday | Dhaka Tribune": a caption, then the paper that took it
_PAPER_BAR_CREDIT_RE = re.compile(
    rf"^[A-Z][^|]{{10,}}[^.!?\s|]\s+\|\s+(?:The\s+)?[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){{0,2}}\s+"
    rf"(?i:{word_alternation(OUTLET_WORDS)})$"
)
_SLASH_CREDIT_RE = re.compile(
    # (and the agency first: "(Antara/Rahmat Wijanarko)")
    r"[.!?]\s*\((?:[A-Z][\w.’'-]+\s+){0,3}[A-Z][\w.’'-]+\s*/\s*[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}\)$"
)
# "Audio: X speaks to Morning Report. RNZ is not responsible for the content of external sites.": an
# embed's label, closed by the site's disclaimer
# A caption's credit after its last sentence: "Supplied", "Handout", a paper's initials over the photographer's name
_PAPER_CREDIT_TAIL_RE = re.compile(
    r"[.!?]\s+(?:Supplied|Handout|SUPPLIED|HANDOUT)\.?$|[.!?]\s+[A-Z]{2,4}/[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}$"
    r"|[.!?]\s+--\s?(?:foto|pix|pic)[A-Z]{3,12}$"  # "... in Putrajaya today. -- fotoBERNAMA": a wire's picture desk
    # "... at the end of a shift. © Joana Ribeiro/Agência Brasil": the photographer and agency after a copyright sign
    r"|[.!?]\s+©\s*[A-Z][\w’'. -]{2,40}/[A-Z][\w’'. -]{2,40}$"
    # "... on May 26, 2025. ( Deniz Karataş - Anadolu Agency )", "... (Anadolu Agency)": an agency's photographer
    r"|[.!?]\s*\(\s*(?:[A-Z][\w’'.-]*\s+){1,3}-\s+(?:[A-Z][\w’'.-]*\s*){1,4}\)$|[.!?]\s*\((?:[A-Z][\w’'.-]*\s+){1,3}Agency\)$"
)
_EXTERNAL_SITES_END_RE = re.compile(r"[.!?]\s+.{2,60}\b(?:is|are) not responsible for the content of external\b.{0,30}$")
# "... near Hāwera. / Supplied", "... on Tuesday. / RNZ": a caption with its credit after a slash
# (or "... in Abu Dhabi. Leila Montero / The National": the photographer, then the paper)
_SLASH_TAIL_RE = re.compile(
    r"[.!?]\s*(?:(?:[A-Z][\w.’'-]+\s+){1,3}[A-Z][\w.’'-]+\s*)?/\s*[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,2}$"
)
# "Meta logo", "The Acme Corp logo": the alt text of a company's logo.
# "Courtesy of Acme Robotics, Jane Roe": a picture credit; a comma before a lower-case
# word ("Courtesy of his uncle, he got a job") makes it a sentence.
_COURTESY_RE = re.compile(r"^\(?(?:COURTESY|[Cc]ourtesy)(?:\s+(?:OF|of)\b|\s*:)[^,]*(?:,\s*[A-Z0-9][^,]*)*$")
# "View on Mastodon", "View this post on Instagram": the frame around an embedded post.
_EMBED_CHROME_RE = re.compile(
    r"^(?:view|see|open)\s+(?:(?:this|the|full)\s+)?(?:(?:post|tweet|thread|toot|video|photo|reel)\s+)?"
    rf"on\s+(?:{word_alternation(SOCIAL_NETWORKS)})\.?$",
    re.IGNORECASE,
)
# "[Embedded Bluesky post]": where the page showed a post, as its scraper labels it.
_EMBED_LABEL_RE = re.compile(
    rf"^\[embedded\s+(?:(?:{word_alternation(SOCIAL_NETWORKS)})\s+)?(?:post|tweet|video|toot|thread|content)\]$",
    re.IGNORECASE,
)
# A cookie banner: "We use cookies to ...", "Accept all cookies", "Manage preferences".
_COOKIE_BANNER_RE = re.compile(
    r"^(?:we|this (?:web)?site|our (?:web)?site|[\w&’'.-]+(?: [\w&’'.-]+)? uses?) (?:use|uses|and our partners use) cookies\b|"
    r"^(?:accept|reject|decline|allow|refuse)(?: all)?(?: cookies)?$|^(?:accept|reject|decline|allow) all\b.{0,20}$|"
    r"^(?:manage|customi[sz]e|cookie|privacy) (?:preferences|settings|options|choices|cookies)$|"
    # "Yes, I'm happy    Manage my cookies": the banner's buttons on one line
    r"^.{0,40}\b(?:manage|customi[sz]e|change) (?:my |your )?(?:cookies|cookie settings)$",
    re.IGNORECASE,
)
# "Moneyweb’s comment policy: Comments are moderated and may take some time to appear. ...": the rules for comments
_COMMENT_POLICY_RE = re.compile(
    r"^(?:(?:[\w&.-]+\s+){0,3}[\w&.-]+[’']s\s+|our\s+)?comment(?:s|ing)? (?:policy|guidelines|rules)\s*:", re.IGNORECASE
)
# A court or comments notice above the story: "Reporting restrictions apply to this case.", "Comments have been disabled."
_STORY_NOTICE_RE = re.compile(
    r"^(?:reporting restrictions (?:apply|are in place)\b|comments (?:(?:on|under|for) this (?:article|story|post) )?"
    r"(?:have been|are) (?:disabled|closed|turned off)\b|"
    # "Comments are moderated. Please keep them relevant to the article."
    r"comments (?:are|will be) (?:pre-?)?moderated\.(?:\s+(?:please|keep)\b.{0,400})?$|"
    # a blog's "Reply by email or send a webmention. Comments are moderated."
    r"reply (?:by|via) e-?mail\b.{0,60}$|"
    # "Live updates: This story is being updated as the investigation develops."
    r"(?:live updates?\s*:\s*)?this (?:is a developing story|story is (?:developing|being updated|will be updated))\b|"
    # "WMKR 12 will update this story as more information becomes available."
    r"(?:[A-Z0-9][\w&.’'-]*\s+){1,3}(?:will|would)\s+(?:continue\s+to\s+)?update\s+this\s+(?:story|article|report|page)\b"
    r"[^.]{0,60}\.?$|"
    # "This story has been updated with comment from Lattice Peak Ventures.": a note on the page's history
    # "Update, April 2, 2024: This story has been updated to include ...", "This article was amended on
    # 13 March 2024 to correct ..."
    r"(?:(?:editor[’']?s[’']? note|update(?:,?\s+[^:]{3,30})?)\s*:\s*)?"
    r"this (?:story|article|post|piece) (?:has been|was) (?:updated|amended|corrected)(?: on [^.]{3,30}?)? (?:with|to)\b)",
    re.IGNORECASE,
)
# A newswire's furniture around a release: "News provided by" (over the issuer's name)
# and "View original content to download multimedia: https://...".
_NEWSWIRE_CHROME_RE = re.compile(
    # "WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?" / "GET STARTED": the wire selling itself
    r"^(?:want your company[’']s news featured on\b.{0,40}|get started|"
    r"news provided by(?:\s*:?\s+[A-Z][\w&.,’'-]*(?:\s+[\w&.,’'-]+){0,6})?|"
    r"view original content(?: to download multimedia)?(?:\s*:\s*https?://\S+)?)\s*:?$",
    re.IGNORECASE,
)
# A radio page's "Heard on Morning Edition" and its transcript's provenance: "Transcripts are created
# on a rush deadline by ...", "Transcript provided by ...", "This transcript was produced on deadline ...".
_BROADCAST_CHROME_RE = re.compile(
    r"^(?:[Hh]eard on [A-Z][^.!?]{0,50}|"
    r"(?i:(?:this (?:episode )?)?transcripts? (?:is |are |was |has been )?"
    r"(?:created|produced|provided|prepared|generated|machine-generated)\b).{0,200})$"
)
# A wire photo's "Purchase Licensing Rights" link, a gallery's "Item 1 of 2" caption and a
# market-data delay notice.
_AGENCY_CHROME_RE = re.compile(
    r"\bPurchase Licensing Rights\b|^Item \d{1,2} of \d{1,2}\b|(?:^|\.\s+)(?:All )?quotes (?:are )?delayed (?:by )?(?:a )?(?:minimum of |at least )?"
    r"\d+ minutes\b",
    re.IGNORECASE,
)
# A markets page: "(Updates with CFO comments ...)", "After hours: 4:57 PM EDT", a chart's
# "1D 5D 1M 6M YTD 1Y 5Y", "Market data by FactLine.", "View full earnings calendar", "Got a news tip?"
_MARKET_CHROME_RE = re.compile(
    r"^\((?:updates|adds|recasts|rewrites|corrects|refiles)\b[^()]{0,120}\)$|"
    r"^(?:after hours|after-hours|pre-?market|at close|as of)\s*:?\s*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?$|"
    r"^(?:(?:\d{1,2}[dwmy]|ytd|max|all)\s+){2,}(?:\d{1,2}[dwmy]|ytd|max|all)$|"
    r"^market data (?:by|provided by|from|powered by)\b|^view (?:the )?full (?:earnings|economic|ipo) calendar$|"
    r"^(?:got|have) a (?:confidential )?(?:news )?tip\?",
    re.IGNORECASE,
)
_BRACKETED_RE = re.compile(
    # (not "[Image: screenshot of an email ... reading ...]": what a post showed, told in words)
    r"^\[(?:chart|image(?!:\s*(?:a\s+)?screenshot\b)|photo|graphic|video|figure|map|table|illustration|gallery|embed|"
    r"audio|infographic|slideshow|ad)\b[^\]]*\]$"
    # "[Club crest] The club's crest, featuring ...": a picture's placeholder and its caption
    r"|^\[(?:[\w’'-]+\s+){0,3}(?:crest|logo|badge|emblem|image|photo|picture|graphic|illustration|"
    r"portrait|headshot)s?\](?:\s.*)?$",
    re.IGNORECASE,
)
_SIGNOFF_RE = re.compile(
    r"^(?:that[’']s (?:it|all) for (?:this|today|now)|reply to this (?:email|newsletter)|"
    r"(?:were you |was this )?forwarded this|sign up here|hit reply|see you next (?:week|time)|"
    r"until next (?:week|time))",
    re.IGNORECASE,
)
_COUNTER_RE = re.compile(
    r"^(?:(?:\d[\d,.]*\s*[km]?\s*(?:min|mins|minute|minutes)\s*(?:read|listen)|"
    r"\d[\d,.]*\s*[km]?\s*(?:comments?|shares?|views?|likes?|replies|responses|reads|"
    r"followers?|following|subscribers?|claps?|reposts?|reactions?|webmentions?|bookmarks?|retweets?|quotes|"
    r"boosts?|reblogs?|favou?rites?)|"
    r"(?:comments?|replies|responses|shares?)\s*\(\d[\d,]*\))\s*(?:[·•|,]\s*|$))+$",
    re.IGNORECASE,
)
_MENU_SPLIT_RE = re.compile(r"\s+[|·•]\s+")
# A social post's furniture: "Ana Ruiz · 2nd" (a member card), "3d · Edited", "…see more",
# "Tomasz Wierzbicki and 1,283 others" (who reacted), "1,284".
# The maker's and the hunter's cards on a launch page: "Maya Lindqvist · Maker"
MAKER_ROLES_RX = r"(?:Maker|Hunter)"
_MEMBER_CARD_RE = re.compile(
    r"^[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|van|von|der|den|de|du|da|di|la|le|bin|bint|al)){0,4}\s*[·•]\s*"
    # (a launch page's "Maya Lindqvist · Maker" over her comment)
    rf"(?:1st|2nd|3rd\+?|Author|Following|Premium|You|{MAKER_ROLES_RX}|Moderator|Staff|OP)$"
)
# "14,862 followers" under a company page's name: the page's card, over its comment
_FOLLOWERS_RE = re.compile(r"^[\d,.]+\s?[KkMm]?\s+followers$")
# "-212": a downvoted score; "▲ 412": a forum comment's votes
# ("👍❤️👏 1,284": the reactions a post drew, by their icons)
_BARE_COUNT_RE = re.compile(r"^(?:[▲▼⬆⬇↑↓]\s?|[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]+\s?)?-?\d[\d,.]*\s?[KkMm]?$")
# "6h ago", "3 days ago", "9 hr. ago": how long ago a comment or a post was written
AGE_RX = r"\d{1,3}\s*(?:s|m|h|d|w|y|mo|min|mins|hr|hrs|yr|yrs|(?:second|minute|hour|day|week|month|year)s?)\.?\s+ago"
_AGE_AGO_RE = re.compile(rf"^{AGE_RX}$", re.IGNORECASE)
_SHORT_AGE_RE = re.compile(r"^\d{1,2}\s?(?:s|m|min|h|hr|d|w|mo|y|yr)(?:\s*[·•]\s*(?:Edited|edited|🌐))*$")
_SEE_MORE_RE = re.compile(r"^(?:…|\.\.\.)?\s*(?:see|show|read) (?:more|less)$", re.IGNORECASE)
_REACTED_RE = re.compile(r"^[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3} and [\d,]+ others?$")
# "11:58 a.m.", "10:42 AM", "14:05 GMT": a live blog's entry stamp on a line of its own.
_TIMESTAMP_RE = re.compile(
    r"^\d{1,2}(?:(?::\d{2}){1,2}(?:\s*[ap]\.?\s?m\.?)?|\s*[ap]\.?\s?m\.?)(?-i:\s+[A-Z]{2,4})?$", re.I
)
_RESERVED_RE = re.compile(r"all rights reserved", re.IGNORECASE)
# "Lima, OH 38°F Partly Cloudy": a masthead's weather widget.
_WEATHER_RE = re.compile(
    r"-?\d{1,3}\s?°\s?[FC]?\b.{0,30}\b(?:cloudy|sunny|clear|rain|showers|snow|fog|foggy|windy|overcast|storms?|"
    r"drizzle|forecast|fair|mild|humid|haze|hazy)\b",
    re.IGNORECASE,
)
# "Editor’s note: The Docket Report’s parent company holds a stake in ...": the publication's own
# interests declared; an editor's note on the story's sources or a correction stays.
_MARKETS_FOOTER_RE = re.compile(
    r"^disclaimer\s*:\s*(?:the )?(?:views|opinions|recommendations|information|content)\b"
    r"|^catch (?:all )?the (?:latest )?(?:[\w-]+ )?news\b.{0,160}\b(?:on|at|only on)\s+\S"
    # "Data is a real-time snapshot *Data is delayed at least 15 minutes.": a market page's data notice
    r"|^data is a real-time snapshot\b|^market data terms of use\b|^data also provided by\b",
    re.IGNORECASE,
)
_DISCLOSURE_NOTE_RE = re.compile(
    r"^(?:editor[’']?s[’']? note|disclosure)\s*:.{0,200}?\b(?:parent company|owner|owns|holds|stake in|"
    r"investor in|invested in|investment in|financial (?:interest|relationship|ties)|"
    r"(?:is|are|was) (?:a|an) (?:sponsor|advertiser|client|shareholder))\b"
    # "Editor’s note: Sentinel reporter Dana Whitlock graduated from Calloway University": the writer's ties
    r"|^editor[’']?s[’']? note\s*:.{0,60}?\b(?:reporter|writer|author|columnist|correspondent|editor)\b.{0,80}?"
    r"\b(?:graduated|attended|studied|is an? (?:alumn|graduate|former)|is married|is related|(?:once |previously |formerly )?"
    r"(?:worked|works|served|volunteer(?:s|ed)?|donat(?:es|ed)))\b",
    re.IGNORECASE,
)
# "Updated 3 hours ago": a stamp relative to when the page was scraped, never the story's date.
_RELATIVE_AGO = r"(?:(?:about|around|over|almost|nearly)\s+)?(?:\d{1,3}|an?)\s*(?:seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w)\s+ago"
_VIEW_COUNT_RX = r"[\d.,]+\s?[KkMB]?\s+views"  # "184K views"
_READ_MORE_TEASER_RE = re.compile(r"^Read more\s+(?=[A-Z])")
# A site's own notes and widgets, each a line of its own
_SITE_NOTE_RE = re.compile(
    r"^translation of an article (?:originally )?published in [A-Z]\w+\b"
    # a thread unrolled to a page: its reader's buttons, and "Replying to @maraokfisher" over a reply
    r"|^(?:read on x\b.*unroll|read on (?:x|twitter|bluesky|threads)$|unroll available on|enjoying this thread\??$|help us keep thread reader app free$|"
    r"this thread was unrolled on\b|save as pdf\b|replying to @\w+(?:,? (?:and )?@\w+)*$|follow @\w+ for more\.?$)"
    # a paper's print line: "Published in Dawn, January 23rd, 2025"
    r"|^published in (?:the )?[A-Z][\w.’' ]{1,30}, [A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?, (?:19|20)\d\d\.?$"
    # a legal wire's call for tips: "Have a story idea for Securities? Reach us at tips@law360.com."
    r"|^have a (?:story idea|news tip|tip)\b[^?]{0,40}\?\s+reach us at\b"
    # The National's audio player: "Listen In English", "Listen In Arabic", "Powered by automated translation"
    r"|^listen in (?:english|arabic|french|spanish|german|urdu|hindi|chinese)$|^powered by automated translation$"
    # a social post's page: "Rosalind Achterberg’s Post", "Load more comments", and the poster's headline
    # with the post's age ("CEO at Kestrel Freight | Board Member 1w • Edited •")
    r"|^[A-Z][\w’'. -]{1,60}[’']s (?:post|activity)$|^load more (?:comments|replies)$"
    r"|^.{0,160}\b\d{1,2}\s?(?:h|d|w|mo|y)\s*•\s*(?:edited\s*•\s*)?$"
    # a newswire's pitch to issuers: "440k+ Newsrooms & Influencers", "270k+ Journalists Opted In"
    r"|^\d{1,4}k\+\s+(?:newsrooms|digital media outlets|journalists|media outlets)\b"
    # and its site search, still loading when the page was saved
    r"|^looking to send a press release\?$|^searching for your content(?:\.{3}|…)$"
    # a video page: "184K views 3 days ago", the description's folded preview "... one of the… …more", "Show less"
    rf"|^{_VIEW_COUNT_RX}\s+(?:·\s+)?(?:{_RELATIVE_AGO}|streamed\b.{{0,30}}|premiered\b.{{0,30}})$"
    r"|^(?:.{0,400}(?:…|\.\.\.)\s*)?(?:…|\.\.\.)more$"
    # and its links: "🔗 Lumo Cycles: https://lumocycles.com", "Follow Foundry Hour on X: https://x.com/..."
    r"|^(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?\s*)?[^:\n]{1,40}:\s*https?://\S+$"
    # the label over those links, and the live chat's button under a premiere: "Follow Founders Ledger:", "Show chat replay"
    r"|^(?:follow|find|connect with)\s+(?:us|[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3})(?:\s+on(?:line| social(?: media)?)?)?\s*:$"
    r"|^show chat replay$"
    # a reader-funded site's banner: "Support The Moscow Times!", "Contribute today"
    r"|^support (?:the |our )?[\w’' ]{2,40}!$|^(?:contribute|donate|give) (?:today|now)[.!]?$"
    # a page's warning about an old story, counted from the day it was saved: "This article is more than 2 years old."
    r"|^this (?:article|story|post) is more than (?:\d+|one|two|three|a) (?:years?|months?) old\.?$"
    # a markets page's ticker box: "In this article", "Follow your favorite stocks", "CREATE FREE ACCOUNT"
    r"|^in this article$|^follow your favou?rite stocks(?: create (?:a )?free account)?$|^create (?:a )?free account$"
    # a station's pitch for its app: "Don't miss a story — download the app"
    r"|^don[’']t miss a (?:story|thing|beat)\b.{0,20}\b(?:download|get|install) (?:the|our) (?:[\w’'-]+ )?app\b.{0,30}$",
    re.IGNORECASE,
)
# A thread's writer over it: "Mara Okonkwo-Fisher @maraokfisher"
_HANDLE_BYLINE_RE = re.compile(
    r"^[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|van|von|der|den|de|da|di|du|bin|al)){0,3}\s+@\w[\w.]{0,29}(?<!\.)$"
)
# The link to the story in the paper's own language, above its translation.
_OTHER_LANGUAGE_LINK_RE = re.compile(
    r"^(?:lire en fran[cç]ais|leer en espa[nñ]ol|lesen sie auf deutsch|auf deutsch lesen|ler em portugu[eê]s|"
    r"leggi in italiano|read (?:this |it )?in english)\b",
    re.IGNORECASE,
)
# "Notes to editors", with or without its colon: the label over a release's notes for the press.
_EDITORS_NOTES_LABEL_RE = re.compile(r"^notes? (?:to|for) editors?\s*:?$", re.IGNORECASE)
# The mark that ends a story or a release on a line of its own ("-30-" goes as a page number, below),
# and "-- BERNAMA": a national agency's name closing each of its stories; "(END)" under a wire story
# ("Enditem/AW": a Taiwanese wire's end mark, with its editor's initials)
_SIGN_OFF_RE = re.compile(
    r"^(?:DM|END|ENDS|Ends|\(END\)|#{3}|[-–—]\s*(?:ENDS|[Ee]nds)\s*[-–—]|--\s?[A-Z]{3,12}|Enditem(?:/[A-Za-z]{1,4})?)$"
)
# "11/3/25, 9:14 AM  <title> - Barron's" over each printed page and "https://…  1/3" under it: a browser's
# print header and footer, kept when the printout is turned back into text
_PRINT_STAMP_RX = r"\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?"
_PRINTED_ADDRESS_RX = r"(?:https?://|www\.)\S+"
_PRINT_HEADER_RE = re.compile(rf"^{_PRINT_STAMP_RX}(?: | \| )\S.{{2,200}}$")
_PRINT_FOOTER_RE = re.compile(rf"^{_PRINTED_ADDRESS_RX}(?: | \| )\d{{1,3}}/\d{{1,3}}$")
# The same header and footer when the converter put each part on a line of its own: "10/21/25, 9:47 AM"
# over the page's title, the page's address over "2/3"
_PRINT_STAMP_RE = re.compile(rf"^{_PRINT_STAMP_RX}$")
_PRINT_PAGE_OF_RE = re.compile(r"^(\d{1,3})/(\d{1,3})$")
_BARE_ADDRESS_RE = re.compile(rf"^{_PRINTED_ADDRESS_RX}$")
# "Page 2 of 4", "- 3 -": a printed document's page footer, left in the text it was scraped to.
PAGE_FOOTER_RE = re.compile(r"^(?:page\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|[-–—]\s*\d{1,3}\s*[-–—])$", re.IGNORECASE)
_READ_TIME_RE = re.compile(
    r"^(?:(?:estimated\s+(?:(?:read|reading|listening)\s+time:?\s*)?)?\d+(?:\s*[–-]\s*\d+)?\s*(?:min|mins|minute|minutes)"
    r"(?:\s*(?:to\s+)?(?:read|listen))?|listen to (?:this )?"
    r"(?:article|story)(?:\s*[·•|,-]?\s*\d+\s*(?:min|mins|minutes?))?|"
    r"listen\s*(?:[·•|,-]\s*)?\(?\d+\s*(?:min|mins|minutes?)(?:\s*read)?\)?|advertisement(?: \d{1,2})?|advertisements|advertising|"
    r"skip advertisement|story continues below(?: advertisement)?|continue reading below\s*[↓⬇]?|sponsored|ad|"
    r"time to (?:read:?\s*)?\d+\s*min\.?|est\.\s*\d+\s*min|(?:article|content|story) reserved for (?:subscribers|members)|"
    r"promoted|(?:advertisement\s*[-–—:|]\s*)?scroll to continue|view in browser|view this email in your browser|"
    # "Enter your email Sign Up": a sign-up form's field and its button on one line
    r"\[?\s*(?:enter )?(?:your )?e-?mail(?: address| id)?\s*\]?(?:\s*[|·→>]?\s*(?:sign (?:me )?up|subscribe|submit|join|go))?)$",
    re.IGNORECASE,
)
_LISTEN_LEAD_RE = re.compile(
    r"^listen to (?:this )?(?:article|story)\s*[·•|,-]?\s*(?:\d+\s*(?:min|mins|minutes?)(?:\s*(?:read|listen))?\s*[·•|,-]?\s*)?",
    re.IGNORECASE,
)
# "Document: Read the complaint (PDF, 64 pages)": a link to the source document.
_DOCUMENT_LINK_RE = re.compile(
    r"^(?:[\w ]{1,20}:\s*)?(?:read|download|view|see|get)\s+(?:the\s+)?[^()]{1,60}\((?:pdf|docx?)\b[^()]*\)\.?$"
    # "Download PDF (1.4 MB)"
    r"|^(?:download|view|open)\s+(?:the\s+)?(?:as\s+)?(?:pdf|full\s+(?:pdf|report|letter))(?:\s*\([\d.,]+\s*[kmg]b\))?\.?$",
    re.IGNORECASE,
)
# A blog platform's buttons and labels around the story: "Open in app",
# "Member-only story", "Write a response", "Download the Acme News app".
_CHROME_RE = re.compile(
    r"^(?:(?:open|read|continue|view|listen|watch)(?:\s+(?:this|the)\s+(?:story|article|post))?"
    r"\s+in\s+(?:the\s+)?app|write\s+a\s+(?:response|comment)|"
    # a signed-in reader's own pages in the site menu: "My News", "My Account"
    r"my\s+(?:news|feed|account|profile|library|bookmarks|topics|saved(?:\s+(?:articles|stories|items))?)|"
    r"e-?edition|"  # the link to the print edition's replica
    r"(?:back|return|scroll)\s+to\s+(?:the\s+)?top(?:\s+of\s+(?:the\s+)?page)?|"
    r"share\s+this\s+[a-z]+|"  # "Share this debate", "Share this episode": a share button's label
    r"(?:e-?mail|contact|message)\s+the\s+(?:author|reporter|writer|journalist)|"
    r"(?:members?|subscribers?|premium|paid)[- ]only(?:\s+(?:story|article|post|content))?|"
    r"ready\s+for\s+more\?|start\s+writing|"  # a newsletter platform's footer
    r"key\s+(?:points|takeaways)\s*:|"  # the label over a summary box, whose points repeat the story
    r"(?:get|download|install)\s+(?:the|our)\s+(?:[\w&’'.+-]+\s+){0,4}app"
    r"(?:\s+(?:now|today|for free|for (?:ios|android|iphone)(?:\s+(?:and|or)\s+(?:ios|android))?))?)"
    r"\s*[.!]?$",
    re.IGNORECASE,
)
# ", opens new tab": the screen-reader note a scraper keeps from a link's label.
_NEW_TAB_ENDS = ("tab", "window", "tab)", "window)")
_NEW_TAB_RE = re.compile(r",?\s*\(?opens\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window)\)?$", re.IGNORECASE)
# "... newsletter brings you the day's top deals. Sign up here.": a call to sign up
# as a sentence of its own, after a blurb that names the newsletter.
_SIGNUP_END_RE = re.compile(
    r"(?:^|[.!?:]\s+)(?:sign up|subscribe|register|join)(?:\s+(?:here|now|today|for free|free))?"
    # "Sign up to get it every weekday morning."
    r"(?:\s+to\s+(?:get|receive)\s+(?:it|them)\b[^.!?]{0,40})?\s*[.!]?$",
    re.IGNORECASE,
)
_WELCOME_RE = re.compile(
    r"^(?:welcome (?:back )?to\b|thanks? (?:you )?for (?:reading|subscribing)|"
    r"you[’']re reading\b|in (?:today[’']s|this) (?:issue|edition|newsletter)\b|"
    r"programming note\b|(?:hi (?:there|everyone|friends|all)|hello (?:there|everyone|"
    r"friends|readers)|hey (?:there|everyone|friends))\b(?=.*\b(?:welcome|inbox|subscri\w*|new here|newsletter)\b))",
    re.IGNORECASE,
)
_TOC_INTRO_RE = re.compile(
    r"(?:lined up|in (?:this|today[’']s) (?:issue|edition|newsletter|post|article)|"
    r"table of contents|^contents\b|^inside\b|what[’']s (?:inside|ahead|on tap|in store)|"
    r"here[’']s what|on the agenda|today[’']s (?:menu|agenda|rundown)|^in this\b)",
    re.IGNORECASE,
)
# The labels a line of links to other pieces opens with: "Related:", "Read next:", "Latest judgments:"
_LINK_LIST_LABELS = (
    r"(?:read(?: more)?|related(?: news| stories| articles)?|see also|also read|read also|more|read next|recommended|"
    r"watch(?: (?:the )?(?:highlights|video|now|replay|again))?|listen|trending(?: now)?|popular(?: now)?|"
    r"most (?:read|popular)|top stories|hot topics|latest (?:judgments|decisions|rulings|news|stories)|"
    # "Match report: Castlebridge Athletic 2-1 Oldmere Town": a sports page's links to its other pieces
    r"match report|highlights|player ratings|video|deals?|"
    # a newsletter's links to its other issues: "Previous: The price war nobody asked for", "Next: Issue #88"
    r"previous|prev|next)"
)
# (a hyphen only with a space beside it: "related-party loan" is a wrapped sentence going on)
_INLINE_TEASER_RE = re.compile(rf"^{_LINK_LIST_LABELS}(?:\s*[:|»›>–—]|\s+-|-\s)\s*\S", re.IGNORECASE)


_TEASER_LABEL_RE = re.compile(
    r"^(?:more (?:from|on|in|about|by)|other stories from|"
    r"latest (?:from|in|on)|stories from|also (?:from|on)):?\s+\S"
    r"|^latest (?:local |world |national |business )?(?:news|headlines|stories)$"
    r"|^related (?:[a-z]+ )?(?:releases|articles?|stor(?:y|ies)|posts|news|links|videos|reads|reviews|guides|"
    r"coverage|content|podcasts|recaps|threads|discussions|episodes|interviews|features|explainers)$"
    r"|^(?:in )?other (?:news|stories|headlines)$"
    # "DW's Top Story", "Skip next section Explore more": a site's own list of its stories
    r"|^(?:skip next section )?(?:[\w’']+[’']s )?(?:top stor(?:y|ies)|explore more)$"
    # "Top 10 Stories", "Read more with Euractiv": a numbered list of a site's stories, a site's reading list
    r"|^top \d{1,2} (?:stories|news|articles)$|^read more (?:with|from|on) [\w&.’' -]{2,30}$"
    # "Most Viewed in Business", "Trending in Markets", "Popular on Pulse", "Top Trending Stories"
    r"|^(?:most (?:viewed|read|popular|shared|emailed|commented|liked|saved|watched)|(?:top )?trending|popular)"
    r"(?: (?:stories|news|articles|now))?(?: (?:in|on|from) [\w&' ]{2,30})?$"
    r"|^(?:more for you|recommended for you|you may also like|suggested articles)$"
    r"|^(?:please )?click (?:here )?to read more(?: news| stories| articles)?$"  # over a list of other stories
    # "Videos", "Latest videos": a site's list of its clips
    r"|^(?:(?:latest|more|top|related|featured) )?videos$"
    # "Most Read Swiss news"
    r"|^most (?:viewed|read|popular|shared) [\w&' ]{2,20} (?:news|stories|articles)$"
)


# Trailing blanks and punctuation a label may end with (no whitespace lies above U+3000).
_LABEL_TAIL_CHARS = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + ":-–—»›>.…"


_LEADING_ICON_RE = re.compile(r"^[^\w\s]{1,3}\s*")


def _label_key(text: str) -> str:
    key = text.strip().lower().rstrip(_LABEL_TAIL_CHARS)
    if key[:1] and not key[0].isalnum():
        key = _LEADING_ICON_RE.sub("", key)  # "📊 Reader poll"
    return key


def is_teaser_label(text: str) -> bool:
    """True for headers of link lists: "Related", "More from X", "Read more -"."""
    key = _label_key(text)
    if not key or len(key.split()) > 6:
        return False
    if key in TEASER_LABELS:
        return True
    if re.match(r"^(?:more|latest) [a-z]+$", key) or re.match(
        r"^more (?:[\w-]+ ){1,2}(?:news|stories|coverage|reviews|articles|videos|interviews|features)$", key
    ):
        return True  # "More interviews", "More stories", "More EV news", "Latest Business"
    return bool(_TEASER_LABEL_RE.match(key))


def is_share_line(text: str) -> bool:
    if len(text) > 200:
        return False
    first = first_word(text)
    if first and not first.isdigit() and first.lower() not in _SHARE_VOCAB:
        return False  # the first word already rules it out
    if first and first.lower() in ("the", "a", "an"):
        return False  # "The email": a heading over what someone wrote, not an "Email" button
    if text[:1].islower() and text.endswith(".") and first in _LINKING_WORDS:
        return False  # "to a request for comment.": the end of a sentence broken over two lines
    tokens = [w.lower() for w in words(text) if not w.isdigit()]
    # ("Share Share Article via Facebook Share Article via Twitter ...": a bar's buttons read out in a row)
    read_out = tokens.count("share") >= 3
    if not tokens or len(tokens) > (24 if read_out else 8) or len(text) > 80 and not read_out:
        return False
    if len(tokens) >= 2 and _SOCIAL_NETWORKS.issuperset(tokens):
        return True  # "Facebook Telegram": the share links alone
    return _SHARE_VOCAB.issuperset(tokens) and not _ACTION_WORDS.isdisjoint(tokens)


# "Serving the Upper Valley since 1911", "The voice of Kent": a masthead's motto.
_TAGLINE_RE = re.compile(
    r"^(?:[Pp]roudly\s+)?(?:[Ss]erving|[Tt]he voice of)\s+(?:the\s+)?[A-Z]"
    # "Reporting Global Tech Stories": what the site does, in Title Case under its name
    r"|^(?:Reporting|Covering|Explaining|Telling)\s+(?:[A-Z][\w-]*\s+){0,3}(?:Stories|News|Journalism)$"
    r"|\b(?:[Ss]ince|[Ee]st\.|[Ee]stablished|[Ff]ounded)\s+(?:in\s+)?(?:1[5-9]|20)\d{2}$"
    # "A podcast about starting over · Hosted by Theo Marr": a show's description under its name
    r"|^(?:[Aa]n?|[Tt]he)\s+(?:weekly\s+|daily\s+)?(?:podcast|newsletter|show)\s+(?:about|for|on|from|where)\b"
    r"|(?:^|[·|•]\s*)[Hh]osted\s+by\s+[A-Z]"
    # "WMKR 12 NEWS | Brandt County's News Leader", "Your Local News Source": a station's motto
    r"|(?:^|[·|•–—]\s*)(?:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s|[Yy]our)\s+(?:#1\s+|[Ll]ocal\s+|[Hh]ometown\s+)?"
    r"(?i:news|weather|news\s+and\s+weather)\s+(?i:leader|source|station|authority|team|channel)$"
    # "Pakistan's first financial daily", "Namibia's largest daily": a paper's boast under its name
    r"|^[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?[’']s\s+(?:[\w-]+\s+){0,3}"
    r"(?i:daily|newspaper|paper|weekly|broadsheet|tabloid|news\s+(?:source|site|agency|channel|network))$"
    # "Independent news from Russia": a paper's promise under its name
    r"|^(?:[Ii]ndependent|[Hh]onest|[Tt]rusted|[Ff]ree)\s+(?:news|journalism|reporting)\s+(?:from|about|on)\s+[A-Z][\w’' ]{2,30}$"
    # "Exclusive news, data and analytics for financial market professionals": a wire's motto
    # (also after the name: "Paxton | Exclusive news, data and analytics for ...")
    r"|^(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}\s+[|·–—]\s+)?(?:[A-Z][\w-]+\s+)?"
    r"(?i:news|journalism|reporting|analysis|insights?|intelligence)\b"
    r"(?![^.!?]*\b(?:is|are|was|were|has|have|will|says|said)\b)[^.!?]{0,60}\bfor\s+[^.!?]{3,60}$"
)


def is_tagline(line: Line) -> bool:
    """A newspaper's motto under its masthead; never a sentence of the story."""
    return 2 <= line.word_count <= 15 and not ends_terminal(line.text) and bool(_TAGLINE_RE.search(line.text))


def is_menu_line(text: str) -> bool:
    """"Robotics | Logistics | Events": three or more short items and no sentence."""
    items = _MENU_SPLIT_RE.split(text)
    if len(items) < 3 or ends_terminal(text):
        return False
    return all(0 < len(words(item)) <= 4 for item in items)


_WIDE_GAP_RE = re.compile(r"\s{2,}")
# "$48.37  +3.92 (+8.82%)": a price, its change and the change in per cent
# (or "$3.18 ▼ $0.14 (4.22%)": an arrow for the sign, the currency repeated)
_QUOTE_LINE_RE = re.compile(
    r"[$€£]\d[\d,]*(?:\.\d+)?\s+(?:[+−–-]|[▲▼△▽↑↓]\s?)[$€£]?\d[\d,]*(?:\.\d+)?\s*\(?[+−–-]?\d+(?:\.\d+)?%\)?"
)


def _spaced_menu(raw: str) -> bool:
    """Four or more capitalised items of one to three words, with two or more spaces between them."""
    items = _WIDE_GAP_RE.split(raw.strip())
    if len(items) < 4 or ends_terminal(raw.strip()):
        return False
    return all(
        len(item.split()) <= 3 and all(word[:1].isupper() or word in ("&", "and") for word in item.split())
        for item in items
    )


_REVIEW_TEASER_RE = re.compile(r"^read our (?:full |in-depth |complete |first )?(?:[^.!?]{1,60}\s)?(?:review|hands-on|comparison)$", re.IGNORECASE)
_JUMP_LINKS_RE = re.compile(r"^jump to\s*:\s*\S[^.!?]*(?:\s[|·•]\s[^.!?]+){2,}$", re.IGNORECASE)
_BUTTON_ROW_RE = re.compile(r"^(?:\[[^\[\]\n]{1,20}\]\s*){3,}$")


def _bracketed_buttons(text: str) -> bool:
    return bool(_BUTTON_ROW_RE.match(text)) and not _ACTION_WORDS.isdisjoint(w.lower() for w in words(text))


def _spaced_buttons(raw: str) -> bool:
    items = _WIDE_GAP_RE.split(raw.strip())
    return len(items) >= 2 and all(
        _MEMORIAL_CHROME_RE.match(item) or is_share_line(item) or is_page_chrome(item) for item in items
    )


def _section_menu(text: str) -> bool:
    """"News Weather Sports Consumer Watch Contests": section links run together, no separators."""
    tokens = text.split()
    # ("Food & Drink Arts Style News Travel Best of Halston Subscribe": a link may hold a small word)
    if not 4 <= len(tokens) <= 24 or not all(t[:1].isupper() or t in ("&", "of") for t in tokens):
        return False
    links = [t for t in tokens if t not in ("&", "of")]
    sections = sum(t.lower() in NAV_SECTIONS for t in links)
    return sections >= 0.6 * len(links)


# Every opening _CHROME_RE allows: a cheap test before the regex.
_CHROME_STARTS = (
    "open ", "read ", "continue ", "view ", "listen ", "watch ", "write ", "member", "subscriber",
    "premium", "paid", "get ", "download ", "install ", "my ", "e-edition", "eedition", "ready ", "start ", "key ",
    "back ", "return ", "scroll ", "share ", "email ", "e-mail ", "contact ", "message ",
)


# A photo post's furniture: "Edited · 2d", "2d 846 likes Reply", "Liked by tallulahvance and 12,408 others",
# "Add a comment…", "More posts from saoirse.delaney", the profile's "@saoirse.delaney", "Verified", "Message"
_PHOTO_POST_CHROME_RE = re.compile(
    r"^(?:edited\s*·\s*\d{1,3}[smhdw]|\d{1,3}[smhdw](?:\s+[\d,.]+[km]?\s+likes?)?\s+reply|"
    r"liked by \S+ and [\d,.]+[km]? others|add a comment…?|more posts from \S+|verified|message|@[\w.]{2,30})$",
    re.IGNORECASE,
)


# An obituary site's buttons: "Sign the guestbook", "Send flowers", "Share this obituary" (its guest book
# itself goes as a comment section).
_MEMORIAL_CHROME_RE = re.compile(
    r"^(?:(?:sign|view|read) (?:the |our )?guest ?book|send (?:flowers|sympathy|a sympathy card|condolences)|"
    r"share (?:this|the) (?:obituary|tribute|memorial)|view all (?:entries|condolences|memories|messages)|"
    r"plant (?:a|memorial) trees?|"
    r"place an obituary|obituary alerts|light a candle)\s*[.!]?$",
    re.IGNORECASE,
)
_PHONE_RE = re.compile(r"(?:\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.]\d{4}\b")


_LANGUAGE_NAMES_RX = (
    "deutsch|français|italiano|español|português|日本語|العربية|中文|русский|nederlands|polski|türkçe|한국어|українська"
)


# A site's widgets read out as text: its logo's link and alt text, the menu's buttons, a save or listen
# button, the edition switch ("The Guardian - Back to home", "The Verge logo.", "Hamburger Navigation Button",
# "Click here to search", "Save articles to read later and create your own reading list.", "UK edition")
_SITE_LOGO_RE = re.compile(
    r"^(?P<site>[\w .&’'-]{2,40}?)(?:\s*[-–|]\s*back to home|\s+logo\.?|\s+home ?page)$", re.IGNORECASE
)
_SITE_WIDGET_RE = re.compile(
    r"^(?:(?:hamburger\s+)?navigation\s+(?:button|drawer|menu)|click here to (?:search|share(?: on social media)?)|"
    # a photo's note, a gallery's button
    r"photo (?:is )?for illustrative purposes(?: only)?\.?|(?:photo )?gallery(?: \(click to enlarge\))?|"
    # a photo's caption signed after a bar: "Grain silos outside Rafaela. | Photo: Ramiro Peláez / Télam",
    # Sky News's video player's note
    r"please use (?:the )?chrome browser for a more accessible video player\.?|"
    # "... at Hosur | Photo Credit: R. Selvam", Globes's "Kelvara founders Yoav Ben-Ami and Michal Shaked  credit: Ran Tsafrir"
    r".{3,200}\s(?:photo\s+)?credit\s*:\s*(?-i:[A-Z][\w.’'-]*)(?:\s(?-i:[A-Z][\w.’'-]*)){0,3}|"
    r".{3,200}\s\|\s*(?:photo|foto|image|picture)s?(?: credits?)?\s*:\s*[^|]{3,80}|"
    # a machine-written summary's warning: "This is AI generated summarization, which may have errors."
    r"this is (?:an )?ai[- ]generated summari[sz]ation\b.{0,120}|"
    # a government press office's release number, counter and languages: "(Release ID: 2131456)"
    r"\(?release id\s*:\s*\d{4,10}\)?|visitor counter\s*:\s*[\d,]+|read this release in\s*:.{2,80}|"
    # a story's sign-off with the site's address: "– Rappler.com"
    r"[–—-]\s*[a-z][\w-]{1,30}\.(?:com|net|org|ph|co\.\w{2})|"
    # a wire's sign-off under its story: "==Kyodo"
    r"==\s?[a-z]{3,12}|"
    # a broadcaster's tagline and language switch: "A branch of the Swiss Broadcasting Corporation SRG SSR",
    # "Languages: 10", "Deutsch", "日本語"
    r"an? (?:branch|service|member|part|unit|division) of (?:the )?[\w .&’'-]{3,80}|languages?\s*:\s*\d{1,3}|"
    # (and a language switch, "العربية | English")
    rf"(?:english\s*[|/·]\s*)?(?:{_LANGUAGE_NAMES_RX})(?:\s*[|/·]\s*(?:english|{_LANGUAGE_NAMES_RX}))*|"
    # a broadcaster's credits and slots: "Keystone-SDA", "Translated from German by DeepL/gw", "External Content",
    # "In compliance with the JTI standards"
    r"keystone-(?:sda|ats)(?:/(?:sda|ats))?|translated from (?:the )?[a-z]{3,20}(?: by [\w/ .-]{2,40})?|external content|"
    r"in compliance with the jti standards|.{0,60}certified by the journalism trust initiative|"
    # a broadcaster's comment notes and its year-less update stamp: "Updated 27.5. 16:05"
    r"users with an? [\w ]{2,20} (?:id|account) can leave comments\b.{0,200}|our guidelines on commenting\b.{0,80}|"
    r"updated\s+\d{1,2}\.\d{1,2}\.\s+\d{1,2}[:.]\d{2}|"
    # lone buttons and labels: "More", "Add a comment", "Sub Categories", a German site's "Zur Merkliste
    # hinzufügen" and "Link kopieren", "X.com" in a share bar, "Discussion closed: Comments ... no longer possible."
    r"more|add (?:a|your) comment|sub ?categories|zur merkliste hinzufügen|link kopieren|x\.com|discussion closed\b.{0,100}|"
    # a caption signed after a dash: "... on Monday. – Contributed", "... – File", "... - RIPRODUZIONE RISERVATA",
    # "... in Campinas — Foto: Divulgação"; and a credit after a bar, "Photo | File"
    r".{10,300}\s[–—]\s*(?:contributed|file|file photo|(?:picture|photo|pic) (?:supplied|courtesy)|supplied)\.?|"
    r".{10,300}\s[-–—]\s*riproduzione riservata|"
    r".{10,200}\s[–—]\s*(?:foto|photo)\s*:\s*[^–—|]{2,60}|(?:photo|foto|picture)\s*\|\s*(?:file|courtesy|supplied|handout)|"
    # a machine translation's note and a partner's credit: "This text was translated with the help of artificial
    # intelligence tools ...", "Content from Valor Econômico"
    r"this (?:text|article|story) was translated with the help of (?:ai|artificial intelligence)\b.{0,120}|"
    r"content from [\w .&’'-]{2,40}|"
    # a paper's promos, comment prompts and a writer's role line: "Consensus 2026: early-bird passes end Friday.
    # Save 20% now", "Would you like to comment on this article?", "Business Reporter·NZ Herald·"
    r".{0,80}\bsave \d{1,2}% now\.?|would you like to comment on this article\??|"
    # Globes's talkback box: "Talkbacks", "There are no talkbacks on this article yet"
    r"talkbacks?|there are no (?:comments|talkbacks|responses) (?:on|to) this (?:article|story|post)(?: yet)?\.?|"
    r"be the first to comment\.?|"
    r"register \(it[’']s quick and free\) or sign in now\.?|please read our comment policy before commenting\.?|"
    r"[\w ]{2,40}(?:reporter|editor|writer|correspondent)\s*·\s*[\w .&’'-]{2,40}·?|"
    # a channel's and a newsletter box's pitch: "Gulf News is now on WhatsApp. Click to join", "You can
    # unsubscribe at any time. By signing up you are agreeing to our Terms of Use ..."
    r"[\w .&’'-]{2,40} is now on (?:whatsapp|telegram|google news)\.?(?:\s*click (?:here )?to (?:join|follow)\.?)?|"
    r"you can unsubscribe at any time\b.{0,200}|stay up to date with (?:all )?the latest(?: news)?\.?|"
    # an audio briefing's box, dated: "Today's News in 90 Seconds – Wednesday 28 May 2025"
    r"today[’']s news in \d{1,3} seconds\b.{0,40}|"
    # a crowdfunding page's buttons and notes: "Back this project", "Pledge", "This update is public"
    r"back this project|pledge|share this update|this update is (?:public|for backers only)|"
    r"report this project to our trust & safety team|"
    # an advert set into the story: "TEXT AD: Need a plot? Call ...", "PT Mag Campaign AD"
    r"text ad\s*:.{2,120}|.{2,40}\bcampaign ad|"
    # the EU's banner and the Commission's press corner
    r"an official website of the european union|how do you know\?|press corner|page contents|print friendly pdf|"
    r"general public inquiries:.*|(?:ip|mex|statement|speech)/\d{2}/\d{1,5}|related (?:media|documents)|"
    # a company's investor pages: the menu, the release's kind, its contacts, disclaimer and attachments
    r"share price|back to (?:news|press releases?|releases)(?: list)?|subscribe to (?:releases|press releases|news)|"
    r"stock exchange (?:release|announcement)(?:\s*\|\s*[\w ]{3,40})?|please see (?:the )?attached\b.*|"
    r"for further information,? please contact:?|[\w .’'-]{2,60}\.pdf|attachments?|important (?:information|notice)|"
    # a contact line: "Eirik Bråthen, CEO, +47 915 48 302, eirik.brathen@skarvoy.no"
    # (or "Dana Whitcombe, Managing Director | +61 8 6555 0142")
    r"[A-ZÀ-Ý][\w’'.-]+(?: [A-ZÀ-Ý][\w’'.-]+){1,3},\s+[^,|]{2,60}(?:,|\s\|)\s+\+?\d[\d ()-]{6,20}(?:,\s+\S+@\S+)?|"
    # "This announcement has been authorised for release by the Board of Directors."
    r"this (?:announcement|release|document) (?:has been|was|is) (?:authori[sz]ed|approved) for (?:release|lodg[e]?ment)\b.{0,80}|"
    # a company's registered address and numbers: "Level 9, 216 Hay Street, Perth WA 6000 | ABN 47 612 448 903"
    rf"(?:.{{2,120}}\s[|·•]\s*)?{COMPANY_NUMBER_RX}|"
    # an e-mailed newsletter's greeting and credits
    r"good (?:morning|afternoon|evening),? and welcome to\b.{0,60}|"
    r"today[’']s [\w ]{1,30} was (?:written|edited|put together) by\b.*|"
    # the US government's banner: "An official website of the United States government", "Here's how you know"
    r"an official website of the (?:united states|u\.s\.) government|here[’']s how you know|"
    r"official websites use \.gov|a \.gov (?:website|address) (?:belongs|means)\b.*|secure \.gov websites use https|"
    r"a lock(?: \(.{1,20}\))? (?:icon )?or https://.*|"
    # a thread unrolled by a reader site: its title card, counters, follow and donation pitches
    r"thread by @\w{1,30}|\d{1,2} \w{3,9} • \d+ tweets • \d+ min read(?: • read on (?:x|twitter))?|"
    r"originally posted on (?:x|twitter) by .{2,80}|keep current with .{2,60}|"
    r"follow this author to get an alert\b.*|this thread may be removed anytime!?|"
    r"twitter may remove this content at anytime!?.*|did thread reader help you today\??|"
    r"support us! we are indie developers!?|become (?:a )?premium(?: member)?\b.*|"
    r"don[’']t want to be a premium member\b.*|make a small donation\b.*|donate via paypal|save as pdf|more from @\w{1,30}|"
    # The Local's and others' member labels, and an agency credit under a byline: "with AP, EFE"
    r"for members|are you a member\? log in here|members[’'] q&a|"
    r"(?:video|photo|picture) editor\s*[•·|:]\s*.{2,60}|"
    # Ahram Online's: "Short link:", "Comment's Title", "Share/Bookmark"
    r"short link:.*|comment[’']s title|share/bookmark|"
    # a cookie banner: "Cookies on GOV.UK", "We use some essential cookies ...", "Accept additional cookies"
    r"cookies on [\w .-]{2,40}|we use (?:some )?(?:essential |necessary |strictly necessary )?cookies\b.*|"
    r"we(?:[’']d| would) (?:also )?like to (?:set|use) (?:some )?(?:additional |analytics |optional )?cookies\b.*|"
    r"(?:accept|reject) (?:additional|all|optional|analytics) cookies|view cookies|cookie settings|manage cookies|"
    r"hide (?:this |cookie )?message|"
    # "Contact reporter Ding Yifan (yifanding@caixin.com)", "Contact editor ...": the desk's addresses
    r"contact (?:the )?(?:reporters?|editors?|authors?|writers?)\b.*|"
    # a regulator's press page: "See all updates", "Read the Final Notice for X.", "Find out more
    # about the FCA."
    r"see all updates|read the (?:final|decision|warning|supervisory) notice (?:for|about) .{2,60}|"
    r"find out more about (?:the )?[A-Z][\w&’' -]{1,40}\.?|"
    # a launch page's: "Launched today", "Launched in AI, Productivity", "Upvote (96)", "Ranked #2 Product of the Day",
    # "Reviews 4.8/5", "Visit website"
    r"launched (?:today|yesterday|this week)|launched in [A-Z][\w&+-]*(?: [A-Z][\w&+-]*)?(?:, [A-Z][\w&+-]*(?: [A-Z][\w&+-]*)?)*|"
    r"(?:▲\s*)?upvoted?\s*\(?\d[\d,.]*[kK]?\)?|(?:ranked )?#\d{1,2} product of the (?:day|week|month|year)|"
    r"reviews?:?\s+\d(?:\.\d)?\s*/\s*5|visit (?:the )?(?:website|site)|"
    # GhanaWeb's: the contributor's credit, the counters and buttons over the story, promos under it
    r"source:\s+[A-Z][\w .’'-]{2,60},\s+(?:contributor|correspondent|reporter|writer)|comments \(\d{1,5}\)|"
    # CNA's desk credit under the story, "Source: CNA/dk(ng)", "Source: Reuters/CNA/ga", and its alerts button
    r"source:\s*[^\s/]{2,20}(?:/[^\s/]{1,20}){1,4}|get (?:whatsapp|telegram|push|breaking news|email) alerts|"
    r"listen to article|read full article|full text:|click here\b.{0,150}|watch the latest edition of .{2,80}|"
    r".{3,200}\.\s+file (?:photo|image|picture)\.?|"
    # GOV.UK's: "Search GOV.UK", "Press release" over the title, "Get emails about this page"
    r"search gov\.uk|press release|news story|get emails about this page|newsletter|"
    r"from:\s+(?:the\s+)?[A-Z][\w&’'.-]*(?:\s+(?:and|of|for|the|&|[A-Z][\w&’'.-]*)){0,10}|"
    # a podcast page's: "Listen on Spotify", "[MUSIC]", the sponsor's read, the transcript's own disclaimer
    r"listen on (?:apple podcasts|spotify|youtube(?: music)?|google podcasts|amazon music|overcast|pocket casts)|"
    r"\[(?:theme )?music\]|(?:\[[\d:]{5,8}\]\s*)?(?:[A-Z][A-Z .’'-]{1,40}:\s*)?"
    r"this (?:episode|show|podcast) is (?:brought to you|sponsored|supported|presented) by\b.*|"
    r"this transcript (?:was|has been|is) (?:made|generated|produced|created|machine-generated|automatically generated|"
    r"(?:lightly )?edited)\b.*|"
    r"like loading(?:\.{3}|…)?|"  # a blog platform's like button, its script never run: "Like this:" / "Like Loading..."
    r"change (?:text |font )?size|(?:(?:very |extra )?(?:small|normal|large|larger|smaller|default) )?(?:text|font) size|your opinion matters|share your experiences?, suggestions\b.*|"
    # a newsletter platform's: "∙ Paid", "Already a paid subscriber? Sign in", "Discussion about this post"
    r"∙\s*paid|already a paid subscriber\?\s*sign in|discussion about this (?:post|article|story)|"
    r"privacy\s*∙\s*terms\s*∙\s*collection notice|start writing|get the app|"
    # a broadcaster's player and app pitch: "Audio: Listen to Morning Report", "for ad-free news and current affairs"
    r"audio:\s+listen to\b.{2,60}|for ad-free (?:news|listening|reading)\b.{0,40}|"
    # a chart's caption and its source: "Chart: Revenue growth by quarter. Source: company S-1"
    r"(?:chart|graphic|map):\s[^.]{3,150}\.\s+source:\s.{2,80}|"
    # a time without its day: "Today, 3:12 pm", "Updated at 5:40 pm"
    r"(?:today|yesterday|(?:last )?updated(?: at)?|published(?: at)?)[,:]?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?|"
    # Axios's one-line link to another story
    r"go deeper:\s+[^.!?]{5,120}|"
    r"log ?in\s*/\s*sign ?up|sign ?in\s*/\s*(?:register|sign ?up)|skip links|show more|search jobs|"
    r"print subscriptions|(?:uk|us|international|australia|europe|asia|india) edition|share2|"
    r"save articles to read later(?: and create your own reading list)?|listen to this article|"
    r"(?:abc\s+)?(?:small|medium|large)|font size|synopsis|info|link|copy link|\d{1,2} mins?|"
    r"support (?:the |us|our )[\w’' ]{0,30}|remind me (?:later|in \w+|next \w+)|complaints (?:&|and) corrections|"
    r"all topics|all writers|reuse this content|source: [\w ]{2,40} and (?:other )?(?:news )?agencies|"
    r"\(catch all the [^()]{10,160}\)|"
    # "If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement."
    r"if you buy something from an? [\w’' ]{1,30} link, [^.]{1,60} commission\.(?: see our [\w ]{1,30}\.?)?|"
    r"advertiser content from|search (?:the )?(?:news )?(?:archive|site)|share (?:this )?article|jump to|"
    r"read in app|gift this article|recommended video|acknowledge?ment of country|main content|"
    # DW's and the FT's bars: "Skip next section Navigation", "Send us your feedback", "Insurance + Add to myFT"
    r"skip next section(?: [\w’' ]{1,40})?|navigation|live tv|learn german|send us your feedback|follow the topics in this article|"
    r"[^+\n]{2,60} \+ add to myft|add to myft|read in (?:bahasa indonesia|english|spanish|portuguese|french|"
    r"german|hindi|arabic|chinese)|like what you[’']re reading\?.{0,160}|"
    # The Globe's and Yahoo's buttons and footers, the Bangkok Post's vote and labels, Semafor's icons
    r"save for later|open this photo in gallery:?|report an editorial error|report a technical issue|"
    r"editorial code of conduct|in this article:?|story continues|terms and privacy policy|privacy dashboard|"
    r"about our ads|do you like the content of this article\?|like|dislike|title icon|semafor signals|"
    r"newspaper section: [\w &]{2,30}|related search: .{2,300}|"
    # SCMP's, Politico's and Arab News's widgets
    r"get more with mynews|a personali[sz]ed news feed of stories that matter to you|topic \| .{2,80}|"
    r"discover more stories on [\w &’'-]{2,60}|press play to listen to this article|voiced by artificial intelligence|"
    r"this article is also available in: [\w ,çéèàñ]{2,80}|short url|"
    # The Motley Fool's pitch and disclosures under a call's transcript
    r"more (?-i:[A-Z]{1,6}) analysis|all earnings call transcripts|should you invest \$[\d,]+ in .{2,80}\? ?|"
    r"before you buy stock in .{2,80}, consider this:|see the \d+ stocks ?»?|\*?stock advisor returns as of .{4,30}|"
    r"the motley fool has (?:positions in|a disclosure policy).{0,300}|"
    # A reply's attribution line: "On Tue, May 20, 2025 at 6:02 PM Marta Brooks <marta at example.org> wrote:"
    r"on \w{3},? .{4,40}\d{4}.{0,60} wrote:|"
    # A chat export's own lines: "↳ 3 replies", "Today at 11:05 AM", "Pinned by Priya Raman",
    # "Ngozi Adebayo-Clarke joined #incident-4412", a channel's name as a heading
    r"↳ \d{1,4} repl(?:y|ies)|(?:today|yesterday) at \d{1,2}:\d{2}\s?[ap]m|pinned by [\w .’'-]{2,60}|"
    r"[\w .’'-]{2,60} (?:has )?(?:joined|left) #[\w-]{2,80}|#[a-z][\w-]{1,80})\s*[.!]?$",
    re.IGNORECASE,
)


def logo_site(text: str) -> str | None:
    """"The Guardian" of "The Guardian - Back to home", "The Verge" of "The Verge logo."."""
    found = _SITE_LOGO_RE.match(text) if len(text) <= 60 else None
    return found.group("site").strip() if found else None


def is_page_chrome(text: str) -> bool:
    """"Open in app", "Member-only story", "Download the Acme app": a platform's buttons."""
    return len(text) <= 80 and text[:11].lower().startswith(_CHROME_STARTS) and bool(_CHROME_RE.match(text))


def _icon_row(text: str) -> bool:
    """"f 𝕏 in ✉": a row of share icons and one- or two-letter labels."""
    tokens = text.split()
    return 2 <= len(tokens) <= 8 and all(len(token) <= 2 for token in tokens)


# Matches where any of the rules below that judge a line by its opening does
# (the sign-up rule also looks further in, so it is asked on its own).
_OPENING_RULES_RE = re.compile(
    "|".join(f"(?:{rule.pattern})" for rule in (_FOOTER_RE, _NEWSLETTER_RE, _SIGNOFF_RE, _INLINE_TEASER_RE)),
    re.IGNORECASE,
)
# Every unanchored caption or footer rule needs one of these words.
_TRIGGERS = (
    "getty", "shutterstock", "reuters", "ap", "afp", "unsplash", "istock", "alamy", "photo", "foto",
    "image", "illustration", "credit", "video", "graphic", "reserved", "©", "(c)", "copyright",
    "logo", "caption", "file", "courtesy", "sketch", "rendering", "picture", "pa media", "pic",
)

_TRIGGER_RE = re.compile(word_alternation(_TRIGGERS))
_SIGNOFF_WORDS = (" is written by", " is edited by", " is produced by")


# "Column 345": where a parliamentary record's printed column turns; "Contains Parliamentary information
# licensed under the Open Parliament Licence v3.0": the licence under every page of it
_RECORD_CHROME_RE = re.compile(
    r"^column \d{1,4}$|^volume \d{1,4}: debated on \w+ \d{1,2} \w+ \d{4}$|(?:.{0,40}\bcontains (?:parliamentary|public sector) information licensed under the open "
    r"(?:parliament|government) licen[cs]e\b.{0,10})$",
    re.IGNORECASE,
)
# "Updated with WGA West statement, agent exits 4:02pm": what a later edit added, and when
_UPDATE_NOTE_RE = re.compile(
    r"^updated (?:with|to (?:include|add|reflect))\b.{0,100}?\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\.?$",
    re.IGNORECASE,
)
_RELATIVE_STAMP_RE = re.compile(
    rf"^(?:(?:last\s+)?updated|published|posted)\s*:?\s+{_RELATIVE_AGO}"
    # "Posted 8h ago8 hours ago, updated 2h ago2 hours ago": a short stamp glued to its screen-reader text
    rf"(?:{_RELATIVE_AGO})?(?:,?\s+(?:last\s+)?updated\s+{_RELATIVE_AGO}(?:{_RELATIVE_AGO})?)?$"
    # "Updated / 14:32": the hour of the last change, with no date to read
    r"|^(?:last\s+)?updated\s*[:/|·]?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$"
    # "2 hours ago" alone under the byline: when the page was saved, not when the story ran; so is "Today at 06:30"
    rf"|^{_RELATIVE_AGO}$|^(?:today|yesterday)\s+at\s+\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?$"
    # "KYODO NEWS - 2 hours ago - 17:40 | All, Japan, Business": a wire's stamp, its age and the sections it is filed under
    rf"|^[A-Z][A-Z.&' ]{{1,30}}\s+[-–]\s+{_RELATIVE_AGO}(?:\s+[-–]\s+\d{{1,2}}:\d{{2}})?(?:\s+\|\s+[\w ,&]{{1,80}})?$"
    # "Reporting from central London": where the writer filed from, under the byline
    r"|^reporting from (?:[\w’'-]+ ){0,2}[A-Z][\w’'.-]+(?:,? [A-Z][\w’'.-]+)?$",
    re.IGNORECASE,
)
# "This issue is brought to you by Palletwise. Palletwise tracks ...": a newsletter's sponsor read.
_SPONSORED_ISSUE_RE = re.compile(
    r"^this (?:issue|edition|newsletter|episode|email|post) is (?:brought to you|sponsored|presented|supported) by\b",
    re.IGNORECASE,
)
# A video player's and a broadcaster's page furniture.
_PLAYER_CHROME_RE = re.compile(
    r"^(?:closed captioning|video player is loading\.?|loaded|loading(?:\.\.\.|…)?|play video|now playing\s*:.{0,80}|watch live(?:\s*:.{0,80})?|report a typo|"
    r"(?:licen[cs]e|republish|reprint)(?:\s+this)?\s+(?:article|story)|reprints?\s+(?:&|and)\s+permissions|"
    # "For a reprint of this article, please contact reprints@docketledger.example."
    r"for (?:a )?reprints?(?: of this (?:article|story))?,? (?:please )?(?:contact|e-?mail|write to)\b.{0,80}|"
    r"share\s+this\s+(?:episode|podcast|video|show)|"
    # a podcast page's "Full episode available on all platforms. Complete transcripts are available to ... members."
    r"(?:the )?full episode (?:is )?(?:available|out now) (?:on|wherever)\b.{0,120}|"
    r"watch (?:the )?(?:full|whole|complete|extended) [^.!?]{3,60}|"
    r"get (?:breaking )?news alerts\b.{0,60}|\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?|"
    # a forum thread's furniture: "Sort by: Best", "Continue this thread →", "[deleted] · ▲ 12", "Flair: AMA"
    r"sort(?: by)?\s*:?\s*(?:best|top|new|newest|old|oldest|controversial|q&a|most liked)|continue this thread\s*[→›>]?|"
    r"report an (?:error|issue|inaccuracy)|"
    r"\[(?:deleted|removed)\](?:\s*[·•]\s*[▲⬆]?\s*\d[\d,.]*k?)?|flair\s*:\s*[^.!?]{1,40}|"
    r"-?\d{1,3}°\s*[FC]?(?:\s+[A-Za-z]+){0,3})$",
    re.IGNORECASE,
)
# The publisher's notes around a story: a paywall's counter and pitch, the editor's note on an interview's
# edits, a translator's note, a wire's credit, the pitch for the outlet's app or its paid newsletter.
_PUBLISHER_NOTE_RE = re.compile(
    r"^(?:you have (?:\d+|one|two|three) (?:free )?(?:articles?|stories|stor(?:y|ies)) (?:left|remaining)\b.{0,30}|"
    # "You have read 1 of 3 free articles": the meter
    r"you(?:[’']ve| have) read (?:\d+|one|two) (?:of|out of) (?:\d+|two|three|four|five) (?:free )?(?:articles|stories)\b.{0,30}|"
    # "Got a story? Email sport@... or call 020 ...": the desk's tip line
    r"got a (?:story|news tip|tip)\??\s*(?:e-?mail|call|contact|get in touch|send|message)\b.{0,100}|"
    # "This article is for subscribers. You have 2 free articles left this month."
    r"this (?:article|story|content) is (?:only )?(?:for|available to|reserved for) (?:paying )?"
    r"(?:subscribers|members)\b.{0,100}|"
    r"(?:get|unlock) unlimited (?:access|reading|digital access)\b.{0,120}|"
    r"unlock (?:this|the full|the whole) (?:article|story|post|report)\.?|"  # a paywall box's heading
    r"(?:view|see|compare) (?:our )?(?:subscription|membership|pricing) (?:options|plans)\.?|"
    r"this (?:interview|conversation|transcript) has been (?:edited|condensed|lightly edited)\b.{0,40}|"
    # "Letters to the editor: What should ... ? Send us your letter of 250 words or fewer."
    r"letters? to the editor\s*:.{0,80}\bsend (?:us )?(?:your|a) letter\b.{0,80}|"
    r"translated from [A-Z][a-z]+\.(?:\s.{0,100})?|"
    # a translator's note: "This article was originally published in Japanese. It has been translated ..."
    r"this (?:article|story|piece|report) (?:was|has been) (?:originally |first )?(?:published|written|translated)"
    r" (?:in|from) [A-Z][a-z]+\b.{0,100}|"
    # "This story was originally published by RNZ and is republished with permission."
    r"this (?:article|story|piece|report) (?:was|has been) (?:originally |first )?published (?:by|on|in) "
    r"(?:the )?[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,3} and is (?:re)?published with permission\.?|"
    # "RNZ is not responsible for the content of external sites."
    r"(?:the )?[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,3} (?:is|are) not responsible for the content of external"
    r" (?:internet )?(?:web)?sites\.?|"
    # "Reading time: 3 min"
    # ("Read time: 3′")
    r"(?:estimated )?read(?:ing)? time\s*:?\s*\d{1,3}\s*(?:min|mins|minutes?|′|')\.?|"
    r"translated (?:from [A-Z][a-z]+ )?by [A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}(?:\.|\.\s.{0,100})?|"
    # "Read the full article with a subscription", "Already a subscriber? Log in"
    r"read the (?:full|whole|rest of the) (?:article|story) with an? (?:subscription|digital subscription|account)\.?|"
    r"already (?:a subscriber|a member|a customer|subscribed|have an account)\?\s*(?:log|sign) ?in"
    r"(?: to (?:read|continue|keep reading)\b.{0,40})?\.?|"
    # "Tickerwell Premium members get our full model ...", "Start your 14-day free trial"
    r"(?:[A-Z][\w&’'.-]*\s+){0,3}(?:premium|pro|plus|gold|insider|paid|vip)\s+(?:members|subscribers)\s+"
    r"(?:get|receive|unlock|enjoy|can read|also get|read)\b.{0,160}|"
    r"(?:start|begin|try|claim) (?:your |a |my )?(?:free (?:(?:\d{1,3}|one|seven|fourteen|thirty)[- ]day )?trial|"
    r"(?:\d{1,3}|one|seven|fourteen|thirty)[- ]day free trial)\b.{0,160}|"
    # a newsletter platform's cut-off: "Keep reading with a 7-day free trial", "Subscribe to X to keep reading this post ..."
    r"keep reading with an? .{0,30}free trial\.?|subscribe to .{2,40} to keep reading\b.{0,140}|"
    # "Want to read more articles like this one? Subscribe to Variety Today."
    r"want (?:to read )?more (?:articles|stories|news|coverage)(?: like this(?: one)?)?\?\s+(?:subscribe|sign up|join)\b.{0,80}|"
    # "Overclocked is a reader-supported publication. To receive new posts ...", "X is a nonprofit newsroom. Support our work."
    r".{2,40} is an? (?:reader-supported|reader-funded|subscriber-funded|nonprofit|non-profit|independent,? nonprofit)"
    r" (?:publication|newsroom|news organi[sz]ation|newsletter)\.(?:\s.{0,160})?|"
    # "Read the original German article", "Read this story in Spanish": the page's other language
    r"read (?:the|this) (?:original )?(?:[A-Z][a-z]+ )?(?:article|story|version)(?: in [A-Z][a-z]+)?\.?$|"
    # a newsroom's call-out: "Do You Work in a Nursing Home? Help Us Report", "Share Your Story"
    r".{0,80}\bhelp us report\b.{0,40}$|share your (?:story|experience|tip)s?$|"
    # "Reach reporter Gus Tanaka at gtanaka@sentinel.com or 555-0142.": how to write to the writer
    r"(?:reach|contact|e-?mail|write to)\s+(?:[\w’'.-]+\s+){1,4}at\s+[\w.+-]+@[\w-]+\.[\w.]+.{0,120}|"
    # "Support local journalism. Subscribe to The Sentinel for just $1 ...": the paper's appeal
    r"support (?:local|independent|quality|our|trusted|community) (?:news|journalism|reporting)\b.{0,160}|"
    # "Independent journalism costs money. Support Times of Malta for the price of a coffee."
    r"(?:independent |quality |good |local )?journalism costs money\b.{0,160}|"
    # a reader appeal's "Support us" button and the cards it takes
    r"support us(?: today| now)?[.!]?|"
    # "Co-published with the Lehigh Valley Sentinel": the partner that ran the story too
    r"(?:this (?:story|article|investigation) (?:was|is|has been) )?(?:co-?published|published in partnership|"
    r"produced in partnership|in partnership) with\b.{0,80}|"
    r"we accept (?:visa|mastercard|paypal|american express|apple pay|google pay|all major)\b.{0,80}|"
    # a translator's note, however long: "Translator’s note: This article was first published in Spanish ..."
    r"translator[’']s note\s*:.*|"
    # a newsletter's "Know someone who'd like this? Forward this to a friend"
    r"(?:know someone who(?:[’']d| would) (?:like|enjoy) this\?\s*)?forward (?:this|it)"
    r"(?: (?:email|newsletter|issue|post|edition))? to a (?:friend|colleague)\b.{0,40}|"
    # a magazine's pull quote, labelled: "Pull quote: “If a dish needs an explanation, ...”"
    r"pull[- ]?quote\s*:.*|"
    # "If someone forwarded this to you, you can subscribe here.", "Forwarded this email? Sign up here",
    # "You were forwarded this newsletter by a friend"
    r"(?:if (?:someone|somebody|a friend|a colleague) )?(?:forwarded|sent) (?:this|you this)"
    r"(?: (?:email|e-mail|newsletter|issue|edition|post))?(?: to you)?\s*[?,]\s*.{0,80}|"
    r"(?:you were|was) forwarded this (?:email|newsletter).*|"
    # a wire's credit: "(With inputs from PTI)"
    r"\(?with (?:inputs|input|agency inputs) from [\w ,&]{2,40}\)?\.?|"
    # an outlet's app and a newsletter platform's pitch
    r"download (?:the |our )?[\w’' -]{0,40}app\b.{0,80}|available on (?:the )?(?:google play|app store)\b.{0,40}|"
    r"upgrade to paid\b.{0,100}|[\w ]{2,20} is the home for great (?:culture|writing)\.?)$",
    re.IGNORECASE,
)
# "… we have a small favour to ask. You've read 47 articles in the last year. ...": the paper asks for money.
# "This post is for informational purposes only and is not an offer to sell ... It is not investment
# advice, ...": a disclaimer, however long.
_LONG_DISCLAIMER_RE = re.compile(
    r"^(?:this|the) (?:article|content|information|post|page|newsletter|material|letter)\b[^.]{0,30}"
    r"\bfor (?:general )?information(?:al)? purposes only\b"
    # The Motley Fool's note under a call's transcript, and its stock-picking pitch
    r"|^this article is a transcript of this conference call\b|^our stock advisor analysts have picked\b"
    # a placing's legal notice: "This announcement is not for publication or distribution, directly or indirectly, ..."
    r"|^this (?:announcement|release|press release) is not for (?:publication|release),? (?:or )?distribution\b"
    # a market news service's notes under an announcement
    r"|^this information (?:is|has been) provided by rns\b|^london stock exchange plc is not responsible for\b"
    # a site's disclosure and its subscription pitch: "Disclosure & Polices: CoinDesk is an award-winning ...",
    # "Support our award-winning journalism. The Premium package ..."
    r"|^disclosure (?:&|and) polic(?:i)?es\s*:|^support our (?:award-winning |independent )?journalism\b"
    # a comments policy in full: "Comments will be moderated. Keep comments relevant to the article. ..."
    r"|^comments (?:will be|are) moderated\. keep comments relevant\b",
    re.IGNORECASE,
)
# A call-out's text: "We want to hear from current and former nursing home staff about ...".
_READER_APPEAL_RE = re.compile(
    r"^(?:(?:…|\.\.\.)?\s*we have a (?:small |quick )?favou?r to ask|we(?:[’']d| would)? (?:want|like|love) to hear from|"
    r"(?:before you go\s*[:,—–-]\s*)?you(?:[’']ve| have) read \d+ articles)\b",
    re.IGNORECASE,
)
# "Premium", "Subscriber exclusive": the badge on a paid story (a heading of that name is kept).
_PAID_BADGE_RE = re.compile(
    r"^(?:premium|premium (?:content|article|story)|subscriber exclusive|for subscribers|exclusive to subscribers)$",
    re.IGNORECASE,
)
# "... fab-by-fab data for 41 sites. Unlock Premium for €19/month.": a pitch that ends in a price.
_PAYWALL_PITCH_RE = re.compile(
    # "You can read up to 5 articles a month on one device.": the meter's warning
    r"^you can read up to \d+ (?:free )?(?:articles|stories)\b|"
    # "This article is free to read, subscribe for more": the meter's label over an open story
    r"^this (?:article|story) is free to read\b[^.!?]{0,40}$|"
    r"(?:^|(?<=[.!?] ))(?:unlock|upgrade to|subscribe to|join) [\w ]{2,30} "
    r"(?:for|from|at) (?:just |only )?[$€£]\d+(?:[.,]\d+)?\s*(?:/\s*|per |a )(?:month|mo|year|yr|week)\b[^.!?]{0,20}[.!]?$",
    re.IGNORECASE,
)


def _paywall_pitch(text: str, low: str) -> bool:
    # (the meter's words, or a pitch's verb with a price)
    return (
        _may_hold(text, low, ("you can read up to", "free to read"))
        or any(sign in text for sign in "$€£") and _may_hold(text, low, ("unlock", "upgrade to", "subscribe to", "join"))
    ) and bool(_PAYWALL_PITCH_RE.search(text))


HASHTAGS_RE = re.compile(r"^#\w+(?:\s+#\w+)*$")
_RELEASE_BANNER_RE = re.compile(
    r"^(?:for immediate release|for release (?:on|at) .{3,30}|embargoed until .{3,40})[.:]?$", re.IGNORECASE
)
# "Use code DRAFT at checkout for 15% off": a sponsor's discount code.
_PROMO_CODE_RE = re.compile(r"\b(?i:use|enter|with) (?i:the )?(?i:promo |discount |offer )?(?i:code) [A-Z0-9]{3,}\b")
# "Posted in Product, Engineering": a blog post's category tags.
_POSTED_IN_RE = re.compile(
    r"^(?:[Pp]osted|[Ff]iled|[Pp]ublished)\s+(?:in|under)\s*:?\s+[A-Z][\w&’' -]{0,30}(?:\s*[,|·/]\s*[A-Z][\w&’' -]{0,30}){0,6}$"
)
# "Mina Okafor · Product Marketing Lead at Brindlecloud": the writer's card under a post.
_WRITER_CARD_RE = re.compile(
    r"^(?P<name>(?:[A-Z][\w’'.-]+ ){1,3}?[A-Z][\w’'.-]+)\s*[·|—–]\s*(?P<role>[^.!?·|]{2,60}?)\s(?:at|@)\s+[A-Z][^.!?]{1,40}$"
)


def writer_card_name(text: str) -> str | None:
    """The writer named by a card line ("Mina Okafor · Product Marketing Lead at Brindlecloud")."""
    card = _WRITER_CARD_RE.match(text)
    if card is None or not any(word in WRITER_ROLES for word in card.group("role").lower().split()):
        return None
    return card.group("name")


def is_counter(text: str) -> bool:
    """"86K subscribers", "1.2M Views", "4 min read": a count with what it counts."""
    return bool(_COUNTER_RE.match(text))


def is_bare_count(text: str) -> bool:
    """"1,284", "2.4K", "-212": a like counter or a post's score with its label lost."""
    return bool(_BARE_COUNT_RE.match(text))


# "Stay informed and ahead of the curve! Follow The Punch Newspaper on WhatsApp for real-time updates, ...": a
# paper's channel on a messenger, pitched under the story
_MESSENGER_PITCH_RE = re.compile(
    r"(?:stay informed\b[^.!?]{0,40}[.!?]\s+)?follow (?:[\w&’'.-]+ ){1,4}on (?:whatsapp|telegram)\b.{0,160}$"
    # "If you want to read more news about Ukraine's economy, subscribe to Ukrinform on Telegram and X."
    r"|^if you want to (?:read|get|know|follow) more\b[^.!?]{0,80},\s+(?:subscribe to|follow) (?:[\w&’'.-]+ ){1,4}on "
    r"(?:whatsapp|telegram|x|twitter|facebook|youtube|instagram|viber)\b.{0,60}$"
    # Business Standard's "Don't miss the most important news and views of the day" over "Get them on our
    # WhatsApp channel"
    r"|(?:get|join|follow) (?:them|us|it) on (?:our )?(?:whatsapp|telegram) channel\b.{0,60}$"
    r"|don[’']t miss (?:the|our) (?:most important|latest|top|biggest) (?:news|stories|updates|headlines)\b[^.!?]{0,40}$",
    re.IGNORECASE,
)
# "— With assistance from A and B", "Have a confidential tip for our reporters? Get in Touch", a
# terminal's promo ending "LEARN MORE": a news agency's lines around every story
_AGENCY_PROMO_RE = re.compile(
    r"^(?:[—–-]+\s*with (?:additional )?assistance from\b|have a (?:confidential |news )?tip\b|"
    # "This story is available exclusively to Business Insider subscribers. Become an Insider and ..."
    r"this (?:story|article) is available exclusively to [\w ]{2,40} subscribers\b.*|"
    # ("Fortune Analytics: See how ... compare on funding, valuation, and headcount. Explore the data", "Moneycontrol
    # PRO: Get ...'s detailed financials ... in one place. Upgrade now")
    r"[^.!?]{0,120}[.!?]\s+(?:learn more|explore the data|upgrade now)\s*[›»→>]?$|"
    # a site's note on who funds it: "Sifted is backed by ... and keeps full editorial independence."
    r"[\w .&’'-]{2,30} is (?:backed|owned|funded|supported) by\b.{0,160}"
    r"\beditorial(?:ly)? independen(?:ce|t)\b.{0,30}$|"
    # the same promo over two lines: "Before it's here, it's on the Bloomberg Terminal" / "LEARN MORE"
    r"before it[’']s here, it[’']s on the (?:[\w-]+ ){1,3}terminal\.?$|learn more\s*[›»→>]?$|"
    # a writer card's "View Bio" and
    # "You can contact or verify outreach from Callum by emailing ..."
    r"view (?:full )?bio$|you can contact or verify outreach from\b|"
    # a paper's promos: "Join ST's WhatsApp Channel ...", "Read 3 articles and stand to win rewards",
    # "Spin the wheel now", and the alt text "Google Preferred Source badge"
    # "(You can now subscribe to our ETMarkets WhatsApp channel)"
    r"\(?(?:join|(?:you can now )?subscribe to) (?:the |our )?[\w’'&. -]{1,30} (?:whatsapp|telegram) channel\b|"
    # "Join The Punch Newspapers Channel" under the pitch for it
    r"join (?:the |our )?(?:[\w&’'.-]+ ){1,4}channel$|"
    r"read \d+ articles? and stand to win\b|"
    r"spin the wheel(?: now)?\W*$|[\w -]{0,30}\bpreferred sources? badge$)",
    re.IGNORECASE,
)
# "The ABC recognises the First Nations peoples who are the Traditional Custodians of the lands ...": an
# Australian site's acknowledgement of country, under every story
# "ANB acknowledges Aboriginal and Torres Strait Islander peoples ..." (the site speaks for itself, "The ABC",
# "SBS" or "We"; not "The Prime Minister acknowledges ...")
_COUNTRY_ACKNOWLEDGEMENT_RE = re.compile(
    r"^(?:the\s+)?(?:(?-i:[A-Z]{2,6})|we|our\s+\w+)\s+(?:acknowledges?|recogni[sz]es?|pays?\s+(?:our\s+)?respects?\s+to)\s+"
    r"(?:the\s+)?(?:aboriginal|first nations|first peoples|traditional (?:custodians|owners))\b",
    re.IGNORECASE,
)
# "Do you work at Veridane or have a tip? Contact the reporter from a nonwork device at ...": the reporter's ask
_TIP_LINE_RE = re.compile(
    r"(?:(?:do|did) you (?:work|worked)|have you (?:ever )?worked) (?:at|for) [^?]{2,60}\?\s*contact\b", re.IGNORECASE
)
# A conference's ticket promo: "Disrupt 2025: Save up to $600 on your pass ... | Register now", and a members'
# tracker's: "Sifted Pro members can read our full ... tracker .... Start your free trial"
_EVENT_PROMO_RE = re.compile(r".{0,240}\b(?:register now|start (?:your|a) free trial)\s*[›»→>]?$", re.IGNORECASE)
_EVENT_PROMO_WORDS = ("register now", "free trial")
# "**Latest judgments:** [A v B [2025] UKSC 23](/cases/...) · [...](...)": a label, then only links
_LABELLED_LINKS_RE = re.compile(
    rf"^[*_]*{_LINK_LIST_LABELS}[*_]*\s*:\s*[*_]*\s*(?:\[[^\n]*?\]\([^)\s]*\)\s*[·|,•]?\s*)+$",
    re.IGNORECASE,
)
# "NOTE: This summary is provided to help in understanding the Court's decision. ...": a court's press
# summary says what it is not, above and below every summary
_SUMMARY_NOTE_RE = re.compile(r"note\s*:\s*this (?:press )?summary is provided to (?:help|assist)\b", re.IGNORECASE)
# "PARIS (AFP) -" on a line of its own: the wire's dateline, split from the story's first sentence.
# ("JAKARTA, Feb 11 (Reuters) -": a wire's dateline with the day, on a line of its own)
_LONE_DATELINE_RE = re.compile(
    rf"^{DATELINE_PLACE_RX}{DATELINE_DAY_RX}\s*\([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\)\s*[-–—]{{0,2}}$"
)
# "bur-jmr/cla/ach": a wire desk's initials for who wrote and edited the story.
_DESK_SLUG_RE = re.compile(r"^[a-z]{2,5}(?:-[a-z]{2,5})?(?:/[a-z]{2,5}){1,5}$|^[A-Z]{2,5}(?:/[A-Z]{2,5}){1,4}$")  # (or "NB/KGS")


# "İ" lowers to two characters, and a case-blind regex takes "ı" for "i" and "ſ" for "s": in a text with any of
# them, str.lower() cannot stand in for the regex.
_CASE_ODDITIES = ("İ", "ı", "ſ")


def _may_hold(text: str, low: str, words: tuple[str, ...]) -> bool:
    """Whether a case-blind regex may find one of ``words`` (lower-case ASCII) in ``text``, ``low`` being
    ``text.lower()``: a quick test to skip a rule whose every match holds one of them, never "no" where
    the regex would say yes."""
    for word in words:
        if word in low:
            return True
    return not text.isascii() and any(c in text for c in _CASE_ODDITIES)


def _signup_start(text: str, low: str) -> bool:
    return _may_hold(text, low, _SIGNUP_START_WORDS) and bool(_SIGNUP_START_RE.search(text))


def line_boilerplate(line: Line) -> bool:
    """Rules that judge a single line on its own, anywhere in the text."""
    if line.boilerplate is None:
        line.boilerplate = _line_boilerplate(line)
    return line.boilerplate


def _line_boilerplate(line: Line) -> bool:
    if line.rule or line.image or line.link_only:
        return True
    if "](" in line.raw and _LABELLED_LINKS_RE.match(line.raw):
        return True
    if line.table:
        return False
    text = line.text
    if not text:
        return False
    count = line.word_count
    if count == 0:
        # Punctuation or symbols only ("|", "•", "—"): no words to keep.
        return True
    if count <= 2 and _BARE_COUNT_RE.match(text):
        return True  # a like or comment counter with its label lost ("12", "1,284")
    if count == 1 and line.raw.startswith(">") and text.lstrip("#> ").lower() == "excerpt":
        return True  # MarkDownload's "> ## Excerpt" over the page's description
    if count <= 3 and text[0] == "[" and text[-1] == "]" and _READ_TIME_RE.match(text[1:-1].strip()):
        return True  # w3m's "[Advertisement]": the ad slot's label, in a text browser's brackets
    if "{{" in text and count <= 8 and _TEMPLATE_SLOT_RE.search(text):
        return True  # "Comments / {{hitsCtrl.values.hits}} Views": a page template's counter, never filled in
    if text.startswith("Saved ") and _SAVED_FROM_RE.match(text):
        return True  # Instapaper's "Saved 21 Aug 2025 from businessdesk.co.nz": when the reader kept the page
    if count <= 5 and _READER_APP_BUTTON_RE.match(text):
        return True  # a feed reader's "Read later", "Open in new tab", "Mark as read" around the item
    if text.startswith("The post ") and APPEARED_FIRST_RE.match(text):
        return True  # "The post ... appeared first on Club of Mozambique.": the feed's footer under each item
    if count <= 6 and "@" in text and _BARE_EMAIL_RE.match(text):
        return True  # "delissert@jamaicaobserver.com", "(soyeon.kim@heraldcorp.com)": where to write to the writer
    if text.startswith("Produced by the ") and _NEWS_SERVICE_FOOTER_RE.match(text):
        return True  # the footer a market's news service prints under every announcement
    if count <= 6 and (_LONE_DATELINE_RE.match(text) or _DESK_SLUG_RE.match(text)):
        return True
    if count <= 4 and _JOIN_BUTTON_RE.match(text):
        return True  # "Join the union", "Become a member": a membership body's button
    if count <= 3 and text.isupper() and text.lower() in PLACES:
        return True  # "ISTANBUL" over the story: its dateline, on a line of its own
    if text.startswith("u/") and COMMENT_HEADER_RE.match(text):
        return False  # "u/hannah · OP · 5d": who wrote the comment below, like an embedded post's signature
    if count <= 8 and (
        _MEMBER_CARD_RE.match(text) or _SHORT_AGE_RE.match(text) or _SEE_MORE_RE.match(text) or _REACTED_RE.match(text)
    ):
        return True
    if count <= 5 and len(text) <= 16 and text[0].isdigit() and _TIMESTAMP_RE.match(text):
        return True
    if count <= 24 and (_SITE_WIDGET_RE.match(text) or logo_site(text)):
        return True
    if count <= 4 and PAGE_FOOTER_RE.match(text):
        return True
    if text[0].isdigit() and _PRINT_HEADER_RE.match(text) or "/" in text and _PRINT_FOOTER_RE.match(text):
        return True  # a page printed from the browser: its date and title over each page, its address under it
    if count <= 30 and (
        _READ_MORE_TEASER_RE.match(text) and not ends_terminal(text)
        or _SITE_NOTE_RE.match(text) or _OTHER_LANGUAGE_LINK_RE.match(text)
        or "@" in text and _HANDLE_BYLINE_RE.match(text)
    ):
        # Le Monde's "Read more Subscribers only In luxury, ...", "Translation of an article ...", and
        # "Lire en français : « Chez Vérane, la guerre des héritiers »"
        return True
    if len(text) <= 15 and _SIGN_OFF_RE.match(text):
        return True  # "DM" under a Daily Maverick story, "ENDS" under a release
    if count <= 4 and _EDITORS_NOTES_LABEL_RE.match(text):
        return True  # "Notes to editors:" over a release's numbered notes, a label for the press, not a heading
    if count <= 120 and (_READER_APPEAL_RE.match(text) or _LONG_DISCLAIMER_RE.match(text)):
        return True
    if count > 40:
        return False
    low = text.lower()
    if count <= 16 and low.startswith("updated") and _UPDATE_NOTE_RE.match(text):
        return True
    if count <= 24 and ("column" in low or "licen" in low or "debated" in low) and _RECORD_CHROME_RE.match(text):
        return True
    if count <= 12 and _RELATIVE_STAMP_RE.match(text):
        return True
    if count <= 24 and low.count("share") >= 3 and is_share_line(text):
        return True  # "Share Share Article via Facebook Share Article via Twitter ...": the bar read out
    if count <= 14 and (lead := _LISTEN_LEAD_RE.match(text)) and is_share_line(text[lead.end():]):
        return True  # "Listen to this story 6 min read Save Gift Share": a player and a share bar on one line
    if count <= 8 and (
        is_share_line(text) or _READ_TIME_RE.match(text) or _COUNTER_RE.match(text) or _icon_row(text)
        or low.startswith(("view ", "see ", "open ")) and _EMBED_CHROME_RE.match(text)
        or low.startswith("[embedded") and _EMBED_LABEL_RE.match(text)
        or is_page_chrome(text)
    ):
        return True
    if count <= 3 and not line.heading and _PAID_BADGE_RE.match(_LEADING_ICON_RE.sub("", text)) or _paywall_pitch(text, low):
        return True
    if count <= 12 and text[0] == "[" and _bracketed_buttons(text):
        return True  # "[Share] [X] [Facebook] [Email] [Link]": a row of buttons, whatever networks it names
    if count <= 24 and low.startswith(("read our ", "jump to")) and (_REVIEW_TEASER_RE.match(text) or _JUMP_LINKS_RE.match(text)):
        # "Read our full Pixel 10 Pro review", "Jump to: Price and availability | Design | Cameras":
        # a review's teasers and its section links
        return True
    if count == 2 and _LANGUAGE_EDITION_RE.match(text):
        return True  # "Japanese version": a link to the story in the paper's own language
    if count == 5 and low == "what you need to know:":
        return True  # the label of a summary box over the story's first lines
    if count <= 6 and _TICKER_CHANGE_RE.fullmatch(text):
        return True  # "HVMD -2.15 (-3.41%)", "-3.41%": a quote chip between paragraphs
    if count <= 16 and _QUOTE_LINE_RE.search(text) and not ends_terminal(text):
        return True  # "MFCO  Marlow & Finch Co.  $48.37  +3.92 (+8.82%)  NYSE": a stock quote's widget
    if count <= 16 and "  " in line.raw and (_spaced_menu(line.raw) or _spaced_buttons(line.raw)):
        # "World  Business  Markets  Legal", "Sign the guest book     Send flowers": items set apart by wide gaps
        return True
    if count <= 6 and _RELEASE_BANNER_RE.match(text):
        return True  # "FOR IMMEDIATE RELEASE": a press release's banner
    if text[0] == "#" and HASHTAGS_RE.match(text):
        return True  # "#SecondDraft #Startups": a post's hashtags, nothing to read
    if count <= 30 and _may_hold(text, low, ("code ",)) and _PROMO_CODE_RE.search(text):
        return True
    if count <= 16 and (_POSTED_IN_RE.match(text) or writer_card_name(text) or _PLAYER_CHROME_RE.match(text)):
        return True
    if count <= 8 and _MEMORIAL_CHROME_RE.match(text):
        return True
    if count <= 8 and _PHOTO_POST_CHROME_RE.match(text):
        return True
    if count <= 30 and ("|" in text or "·" in text or "•" in text) and _PHONE_RE.search(text) and (
        len(_MENU_SPLIT_RE.split(text)) >= 3
    ):
        return True  # "Brandt-Hollis Funeral Home | 1120 N. 8th St., Sheboygan, WI | (920) 555-0148": a contact card
    if (count <= 24 or low.startswith("translator")) and _PUBLISHER_NOTE_RE.match(text):
        return True
    # "new" opens both "newsletter" and "new tab": one test before either rule.
    if "new" in low and (
        "newsletter" in low and _SIGNUP_END_RE.search(text)
        or count <= 12 and low.endswith(_NEW_TAB_ENDS) and _NEW_TAB_RE.search(text)
    ):
        return True
    if _TRIGGER_RE.search(low):
        if _CAPTION_RE.match(text) or _CREDIT_END_RE.search(text) or _CAPTION_TAIL_RE.search(text) or (
            count <= 6 and _BAR_CREDIT_RE.match(text)
        ):
            return True
        if count <= 8 and _COURTESY_RE.match(text):
            return True
        if count <= 30 and _RESERVED_RE.search(text) or count <= 15 and _COPYRIGHT_SIGN_RE.search(text):
            return True
    if count <= 40 and ("/" in text[-40:] and _SLASH_TAIL_RE.search(text) or (
        "not responsible for the content of external" in text and _EXTERNAL_SITES_END_RE.search(text)
    )):
        return True
    if count <= 40 and _PAPER_CREDIT_TAIL_RE.search(text):
        return True  # "... on Monday. Supplied", "... district. KT/Tith Sovanrith": a caption and its credit
    if count <= 40 and " | " in text[-40:] and (_CAPTION_BAR_CREDIT_RE.search(text) or _PAPER_BAR_CREDIT_RE.match(text)):
        return True
    if count <= 30 and _AGENCY_AFTER_STOP_RE.match(text):
        return True
    if count <= 40 and _DOMAIN_CREDIT_RE.search(text):
        return True  # "Stanislav Verkhovsky at a state awards ceremony ... in 2021. kremlin.ru": the picture's source
    if count <= 60 and text[-1] == "]" and (credit := _SQUARE_CREDIT_RE.search(text)) and (
        text[text.rindex("[") + 1:-1].lower() not in STAGE_DIRECTIONS  # (a transcript's "[CROSSTALK]")
    ):
        return True  # "... in central Seoul in February. [YONHAP]": a caption, then its agency in capitals
    if text[-1] == ")" and (
        "/" in text and _SLASH_CREDIT_RE.search(text) or count <= 14 and _DOCUMENT_LINK_RE.match(text)
        or count <= 20 and text.count(". ") <= 1 and _BRACKETED_CREDIT_RE.search(text)
        or count <= 50 and _NAMED_AGENCY_CREDIT_RE.search(text)
        or count <= 30 and _AGENCY_BRACKET_END_RE.search(text)
        or count <= 16 and _PHOTOGRAPHER_BRACKET_END_RE.match(text)
        or count <= 50 and _OUTLET_PHOTOGRAPHER_RE.search(text)
    ):
        return True
    if count <= 40 and ("©" in text[-40:] and _OWNER_END_RE.search(text) or " for " in text[-60:] and _TAKEN_FOR_RE.search(text)):
        return True
    if count <= 30 and not ends_terminal(text) and (_TICKER_QUOTE_RE.search(text) or _INDEX_QUOTE_RE.match(text)):
        return True
    if count <= 7 and _BUY_BUTTON_RE.match(text) or count <= 14 and _SCORE_LINE_RE.match(text):
        return True
    if count <= 40 and _TEASER_LINK_END_RE.search(text):
        return True  # "Next week: we taste 12 vintages of ... Read the full report": a promo and its link
    if count <= 20 and "|" in text and all(_BUY_BUTTON_RE.match(part) for part in _MENU_SPLIT_RE.split(text)):
        return True  # "$349 at Amazon | $329 at Best Buy", "Buy at Amazon $899 | Buy at Orlo Store $899": a price widget
    if count <= 30 and "|" in text and _WIDGET_BUTTON_END_RE.search(text):
        return True  # "Deals: ... $14.99 at Steam (was $39.99) | View deal", "... | Read the full review"
    if count <= 8 and _star_rating(text):
        return True  # "★★★★☆ 4/5"; a written "Our verdict: 4 out of 5 stars" is the reviewer's sentence
    if count <= 40 and _SCORES_TICKER_RE.match(text) and not ends_terminal(text):
        return True
    if count <= 40 and _betting_ad(text, low):
        return True
    if count <= 30 and _may_hold(text, low, _BOX_OFFICE_WORDS) and _BOX_OFFICE_RE.search(text) and not any(
        mark in text for mark in "\"“”"
    ):
        return True
    if count <= 10 and _FORUM_LINK_RE.match(text):
        return True
    if count <= 30 and ("spam" in low or "unsubscribe" in low) and _NO_SPAM_RE.search(text):
        return True  # "Get Frontier Wire's weekly energy briefing. No spam, unsubscribe anytime."
    if count <= 14 and "°" in text and not ends_terminal(text) and _WEATHER_WIDGET_RE.search(text):
        return True
    if "cookie" in low or count <= 4 and low.startswith(
        ("accept", "reject", "decline", "allow", "refuse", "manage", "customise", "customize", "privacy")
    ):
        if _COOKIE_BANNER_RE.match(text):
            return True
    if count <= 30 and (
        low.startswith(("reporting restrictions", "comments ", "live update", "this ", "editor", "reply ", "update"))
        or " update this " in low
    ) and _STORY_NOTICE_RE.match(text):
        return True
    if "comment" in low and _COMMENT_POLICY_RE.match(text):
        return True
    if low.startswith(("view original", "news provided", "want your company", "get started")) and _NEWSWIRE_CHROME_RE.match(text):
        return True
    if low.startswith(("heard on", "transcript", "this transcript", "this episode transcript")) and (
        _BROADCAST_CHROME_RE.match(text)
    ):
        return True
    if "·" in text and count <= 8 and all(_READ_TIME_RE.match(part) for part in _MENU_SPLIT_RE.split(text)):
        return True  # "Advertisement · Scroll to continue"
    if count <= 40 and (
        "licensing rights" in low or "quotes delayed" in low or low.startswith("item ")
    ) and _AGENCY_CHROME_RE.search(text):
        return True
    if count <= 20 and _MARKET_CHROME_RE.match(text):
        return True
    if text[0] == "[" and _BRACKETED_RE.match(text):
        return True
    if ("|" in text or "·" in text or "•" in text) and is_menu_line(text):
        return True
    if count <= 24 and text[0].isupper() and _section_menu(text):
        return True
    if count <= 80 and text[:5].lower() == "this " and _SPONSORED_ISSUE_RE.match(text):
        return True
    if count <= 90 and low.startswith(("editor", "disclosure")) and _DISCLOSURE_NOTE_RE.match(text):
        return True
    if count <= 60 and low.startswith("join ") and _COMMUNITY_PITCH_RE.match(text):
        return True
    if count <= 60 and (" review" in low or "transcript" in low or "podcasts" in low) and _SHOW_PITCH_RE.search(text):
        # "Enjoying the show? Subscribe on Apple Podcasts ... leave us a review",
        # "Full transcript available to Operators & Owners Plus members."
        return True
    if count <= 90 and low.startswith(("disclaimer", "catch all the ", "catch the latest ", "data ", "market data")) and (
        _MARKETS_FOOTER_RE.match(text)
    ):
        # "Disclaimer: The views and recommendations made above are those of individual analysts ...",
        # "Catch all the Business News, Market News ... on BizLedger India.": a business site's foot
        return True
    if low.startswith("note") and _SUMMARY_NOTE_RE.match(text):
        return True
    if count <= 10 and "°" in text and _WEATHER_RE.search(text):
        return True
    if count <= 24 and _AGENCY_PROMO_RE.match(text) or count <= 40 and (
        _may_hold(text, low, _EVENT_PROMO_WORDS) and _EVENT_PROMO_RE.match(text) or _TIP_LINE_RE.match(text)
        or _MESSENGER_PITCH_RE.match(text)
    ) or count <= 60 and _COUNTRY_ACKNOWLEDGEMENT_RE.match(text):
        return True
    if count <= 60 and _may_hold(text, low, ("all rights reserved",)) and _REPRODUCTION_NOTICE_RE.search(text):
        return True  # "All rights reserved. This material, and other digital content ..., may not be reproduced ..."
    if count <= 60 and low.startswith("subscribe to ") and _ACCESS_PITCH_RE.match(text):
        return True  # "Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles, ..."
    if count > 30:
        return bool(_NEWSLETTER_RE.match(text)) and not ends_terminal(text)
    if not _OPENING_RULES_RE.match(text) and not _signup_start(text, low):
        return " is " in low and any(word in low for word in _SIGNOFF_WORDS)
    if _FOOTER_RE.match(text) or _signup_start(text, low):
        return True
    if _NEWSLETTER_RE.match(text) and (
        not ends_terminal(text) or _THANKS_RE.match(text)
        or low.endswith(("newsletter.", "newsletter"))  # "Get a look at the day ahead ... with the Morning Bid newsletter."
    ):
        return True
    if _SIGNOFF_RE.match(text) or " is " in low and any(word in low for word in _SIGNOFF_WORDS):
        return True
    # "Also Read: Who is Nathaniel Okafor-Brandt, the short seller behind ...?": a headline may ask
    return bool(_INLINE_TEASER_RE.match(text)) and (not ends_terminal(text) or text.rstrip().endswith("?"))


# ------------------------------------------------------------- top of page

_BREADCRUMB_RE = re.compile(r"^[^.!?|]{1,60}(?:\s+[>/»›]\s+[^.!?|]{1,60})+$")


def _nav_like(line: Line) -> bool:
    text = line.text
    if not text:
        return False
    if line.bullet and line.word_count <= 12 and not text.endswith("."):
        return True
    # ("Hansard > Commons > 4 March 2025 > Avonmere Water (Special Administration) Bill": a long last crumb)
    if len(text) <= 200 and (line.word_count <= 12 or text.count(" > ") >= 3 and line.word_count <= 20) and (
        _BREADCRUMB_RE.match(text)
    ):
        return True
    if is_share_line(text) or is_page_chrome(text):
        return True
    # "Write" is a button only among the links that open the page; lower down it may be a heading.
    if text.lower() in {"skip to content", "skip to main content", "menu", "write"}:
        return True
    return False


def navigation_lines(lines: list[Line]) -> list[int]:
    """Indices of the breadcrumb/menu lines that open the page, if any."""
    found: list[int] = []
    for line in lines:
        if line.blank or line.rule or line.image or (line.link_only and not line.text):
            continue
        if line.link_only and line.word_count <= 12 or _nav_like(line):
            found.append(line.index)
            continue
        break
    return found


def menu_runs(lines: list[Line]) -> frozenset[int]:
    """"Home" / "News" / "Business" / "Politics" / "Sports" ...: the site's sections one a line near the
    top, most of them the names every news site's menu uses."""
    found: set[int] = set()
    run: list[Line] = []
    for line in [*lines[:40], None]:
        if line is not None and line.text and line.word_count <= 4 and not ends_terminal(line.text) and not line.heading:
            run.append(line)
            continue
        # ("Weekly edition", "Log in": a menu item of two such words)
        known = [at for at, ln in enumerate(run) if all(word in NAV_SECTIONS for word in ln.text.lower().split())]
        if len(known) >= 4 and len(known) >= 0.75 * (known[-1] - known[0] + 1):
            # (from the first section to the last: the site's name over them is not one)
            found.update(ln.index for ln in run[known[0]:known[-1] + 1])
        run = []
    return frozenset(found)


# ------------------------------------------------------------ whole-page rules

# Whitespace runs other than a single space, the only ones _norm must rewrite.
_WS_RE = re.compile(r"[^\S ]\s*| \s+")


def _norm(text: str) -> str:
    return _WS_RE.sub(" ", text.casefold().replace("’", "'")).strip(" -–—:?!.")


def _toc_lines(lines: list[Line], start: int) -> set[int]:
    """Lines near the top that repeat later headings: a table of contents."""
    keys = [_norm(line.text) if line.text and line.word_count <= 20 else "" for line in lines]
    later: dict[str, int] = {}
    for line, key in zip(lines, keys):
        if key:
            later[key] = line.index  # last occurrence wins
    found: set[int] = set()
    limit = max(start + 4, int(len(lines) * 0.5))
    i = start
    while i < min(limit, len(lines)):
        run: list[int] = []
        j = i
        while j < len(lines) and lines[j].text:
            line = lines[j]
            key = keys[j]
            if (line.word_count <= 20 and not line.text.endswith(".")
                    and later.get(key, -1) > j and key):
                run.append(j)
                j += 1
                continue
            break
        if run:
            intro = run[0] - 1
            has_intro = intro >= start and lines[intro].text and lines[intro].word_count <= 20 and (
                _TOC_INTRO_RE.search(lines[intro].text) or re.search(r"[:\-–—]$", lines[intro].text)
            )
            # ("Prepared Remarks:" over "Operator" and the operator's words: a transcript's turn, no contents)
            turn = len(run) == 1 and j < len(lines) and lines[j].word_count > 6 and ends_terminal(lines[j].text)
            if len(run) >= 2 or has_intro and not turn:
                found.update(run)
                if has_intro:
                    found.add(intro)
                # The list goes on where an entry was reworded for its heading.
                while j < len(lines) and lines[j].bullet and lines[j].word_count <= 12 \
                        and not ends_terminal(lines[j].text):
                    found.add(j)
                    j += 1
            i = j + 1
        else:
            i += 1
    return found


def _header_end(lines: list[Line], start: int) -> int:
    """Index of the first substantial body line after ``start``."""
    for line in lines[start:]:
        if line.word_count >= 25 and not _WELCOME_RE.match(line.text):
            return line.index
    return len(lines)


def _runs_on(line: Line, under: Line | None, words: int = 8, under_words: int = 4) -> bool:
    """A long line with no end, going on in lower case on the line under it: prose wrapped at a width."""
    return (
        line.word_count >= words and not ends_terminal(line.text)
        and under is not None and under.word_count >= under_words and _starts_lower(under.text)
    )


def _story_start(lines: list[Line], start: int) -> int:
    """Index of the first line that is plainly story prose."""
    for line, under in zip(lines[start:], [*lines[start + 1:], None]):
        if line.word_count >= 25 and not _WELCOME_RE.match(line.text):
            return line.index
        if line.word_count >= 8 and ends_terminal(line.text) and not _WELCOME_RE.match(line.text):
            return line.index
        if _runs_on(line, under):
            return line.index  # a sentence wrapped onto the next line: a column set at a fixed width
    return len(lines)


def _welcome_lines(lines: list[Line], start: int) -> set[int]:
    end = _header_end(lines, start)
    return {
        line.index
        for line in lines[start:end + 1]
        if line.text and line.word_count <= 60 and _WELCOME_RE.match(line.text)
    }


# "... as seen from Sugarloaf Road. (Calder County Department of Planning)": a sentence that ends by
# crediting its picture to a name in brackets.
_CREDITED_CAPTION_RE = re.compile(
    r"[.!?]\s*\([A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|of|for|and|the|&|/)){0,7}"
    # "... on Wednesday. (ANB News: Tom Varga)": the outlet, then its photographer
    r"(?P<photographer>:\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?\)$"
    # "... run by Dhanvira Leisure. – EconomyNext": the site's own picture, credited after a dash
    r"|[.!?]\s+[–—]\s+[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,2}$"
    # "... on Riia maantee in Tartu. Source: Andres Kõrgemäe/ERR": the photographer and the broadcaster
    r"|[.!?]\s+Source:\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s*/\s*[A-Z][\w&.’'-]*$"
)


def _lead_captions(lines: list[Line], start: int) -> set[int]:
    """Above the story's first paragraphs (a dek may come first), a line standing alone that credits
    its picture at its end."""
    found: set[int] = set()
    paragraphs = 0
    for line in lines[start:start + 15]:
        if line.word_count >= 25:
            paragraphs += 1
        if paragraphs == 2:
            break
        credit = _CREDITED_CAPTION_RE.search(line.text) if line.text and line.word_count < 25 else None
        if credit and not line.heading and (
            credit.group("photographer") or line.index + 1 == len(lines) or not lines[line.index + 1].text
        ):
            found.add(line.index)
    return found


def _next_text(lines: list[Line], i: int, dropped: set[int]) -> Line | None:
    for line in lines[i + 1:]:
        if line.text and line.index not in dropped:
            return line
    return None


# "Advertisement" marks an ad slot whose ad the scrape did not keep: the story goes on under it.
_AD_SLOT_LABELS = frozenset({"advertisement", "ad"})


_REPORTED_SAID_RE = re.compile(r"\b(?:said|told)\b")


# '"... last night," said Bec': a quotation and who said it, the story's own sentence
_ATTRIBUTED_QUOTE_RE = re.compile(r"[,?!][\"”’]\s+(?:said|says|told)\s")


_BRIEFS_LABELS = frozenset({"in other news", "other news"})


def _briefs_under(lines: list[Line], label: int) -> set[int]:
    """The lines of the one block right under a briefs label, each a short item of its own (a blank line may
    part the label from them)."""
    found: set[int] = set()
    for line in lines[label + 1:]:
        if not line.text:
            if found or line.index > label + 1:
                break
            continue
        if line.word_count > 45 or line.heading:
            return set()
        found.add(line.index)
    return found


def _teaser_blocks(lines: list[Line], dropped: set[int], body_start: int) -> set[int]:
    """A teaser label and the headline-like lines after it, plus a promo before it.

    A label above the first substantial paragraph is dropped alone: teaser
    lists follow the story, and the story must never be taken for one.
    """
    found: set[int] = set()
    story = _story_start(lines, body_start)
    for line in lines:
        if not line.text or line.word_count > 7 or not is_teaser_label(line.text):
            continue
        found.add(line.index)
        if line.index < story or _label_key(line.text) in _AD_SLOT_LABELS:
            continue
        if _label_key(line.text) in _BRIEFS_LABELS and len(briefs := _briefs_under(lines, line.index)) >= 2:
            found |= briefs  # a newsletter's "IN OTHER NEWS": each line a headline and its sentence, other stories
            continue
        gap = False
        for nxt in lines[line.index + 1:]:
            if not nxt.text:
                if nxt.rule or nxt.image or nxt.link_only:
                    found.add(nxt.index)
                gap = True
                continue
            if _PRESENTED_BY_RE.match(nxt.text):
                found.add(nxt.index)
                break  # "Presented by Orrin Vale Partners" under the ad's headline signs it off
            if nxt.index in dropped:
                found.add(nxt.index)
                continue
            if nxt.word_count > 25 or nxt.word_count <= 7 and is_teaser_label(nxt.text):
                break
            if gap and nxt.word_count >= 15 and ends_terminal(nxt.text) and nxt.index - line.index > 2:
                break  # a full sentence in a paragraph of its own, past the ad: the story again
            if nxt.word_count >= 12 and nxt.text.endswith(".") and _REPORTED_SAID_RE.search(nxt.text):
                break  # "FDGC Chair Rosalind Mercer-Quaye said the agency had ...": reported in the past, the story
            if nxt.index > line.index + 1 and _runs_on(nxt, lines[nxt.index + 1] if nxt.index + 1 < len(lines) else None):
                # "Kommersant, which first reported the sale on Monday, wrote that the" / "stake ...": prose,
                # wrapped (not a teaser over its "yesterday")
                break
            after_gap, gap = gap, False
            gap_before = after_gap and nxt.index > line.index + 2
            follower = _next_text(lines, nxt.index, dropped)
            # Past the first items, a heading over one full sentence is the story's next section.
            body_follows = follower is not None and (
                follower.word_count >= 30
                # (also right under the teaser's item when a blank line parts them)
                or (nxt.index > line.index + 3 or gap_before) and follower.word_count >= 16 and ends_terminal(follower.text)
                # ('"We found out from a text message at 9:30 last night," said Bec, ...': a quote and its speaker)
                or follower.word_count >= 12 and ends_terminal(follower.text) and _ATTRIBUTED_QUOTE_RE.search(follower.text)
                # "What happens next" past a poll, over a sentence wrapped across two lines
                or after_gap and _wrapped_sentence_words(lines, follower.index) >= 30
            )
            # "4. Delaware chancellor trims fee award": the last item of a numbered list is one of them
            list_item = nxt.bullet and lines[nxt.index - 1].bullet and lines[nxt.index - 1].index in found
            # (the line right under the label is its item: "Now Playing" over "Residents describe smoke ...")
            if heading_like(nxt.text) and body_follows and not list_item and nxt.index > line.index + 1 and (
                # (not "Bakersfield police identify man killed in Rosedale Highway crash": the next teaser)
                nxt.word_count <= 7 or title_cased(nxt.text) or nxt.heading
            ):
                break  # a section heading: the body resumes
            # Two short sentences can be one teaser ("X is over. Y thinks it's back.");
            # longer ones, or ones the story continues after, are the story.
            if _INNER_SENTENCE_RE.search(nxt.text) and (nxt.word_count > 16 or body_follows):
                break
            if body_follows and nxt.word_count >= 12 and nxt.text.endswith(".") and nxt.index > line.index + 1:
                break  # past the ad's headline, a sentence leading into the story's next paragraphs
            if nxt.index > line.index + 1 and nxt.word_count >= 18 and nxt.text.endswith(".") and not heading_like(nxt.text):
                break  # "The Australian Securities and Investments Commission (ASIC) is examining ...": the story goes on
            found.add(nxt.index)
        found.update(_promo_before(lines, line.index, dropped))
    return found


def _wrapped_sentence_words(lines: list[Line], first: int) -> int:
    """Words from ``first`` to the line that ends its sentence, when a line break cuts it (else 0)."""
    words = 0
    for line in lines[first:first + 3]:
        if not line.text:
            return 0
        words += line.word_count
        if ends_terminal(line.text):
            return words if line.index > first else 0
    return 0


def _promo_before(lines: list[Line], label: int, dropped: set[int]) -> set[int]:
    """A short heading with a one-line blurb sitting right before a teaser label."""
    run: list[Line] = []
    for line in reversed(lines[:label]):
        if not line.text or line.index in dropped:
            if run:
                break
            continue
        if line.word_count > 12 or len(run) == 3:
            break
        run.append(line)
        if len(run) >= 2 and _starts_lower(run[-2].text):
            return set()  # "... since 2019, was" / "not named by either OFAC or the EU.": one sentence, wrapped
        if heading_like(line.text.rstrip("-–— ")) and not ends_terminal(line.text):
            total = sum(item.word_count for item in run)
            if len(run) >= 2 and total <= 24:
                return {item.index for item in run}
            return set()
    return set()


_EMPHASISED_RE = re.compile(r"^\s*([*_]).+\1\s*$")
_CREDIT_WORD_RE = re.compile(r"\b(?:photo|photograph|image|credit|courtesy|illustration)s?\b", re.I)


_GALLERY_BUTTON_RE = re.compile(r"open this (?:photo|image|picture) in (?:the )?gallery:?", re.IGNORECASE)


_SHARE_ICONS_RE = re.compile(
    r"(?:!\[(?:whatsapp|linkedin|x|twitter|facebook|email|e-mail|telegram|reddit|share|copy link|print)\]\([^)]*\)\s*)+",
    re.IGNORECASE,
)


def _captions_under_images(lines: list[Line]) -> set[int]:
    """The italic or credited line right under a picture is its caption."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        # ("Open this photo in gallery:": the Globe's button where the picture was, its caption under it)
        gallery = not line.image and line.word_count <= 6 and bool(_GALLERY_BUTTON_RE.fullmatch(line.text))
        if not (line.image or gallery):
            continue
        if line.image and _SHARE_ICONS_RE.fullmatch(line.raw.strip()):
            continue  # "![whatsapp](…) ![linkedin](…)": a share bar's icons, which have no caption
        for nxt in lines[i + 1:i + 3]:
            if not nxt.text:
                continue
            alone = nxt.index + 1 >= len(lines) or not lines[nxt.index + 1].text
            if nxt.word_count <= 40 and (
                gallery or _EMPHASISED_RE.match(nxt.raw) or _CREDIT_WORD_RE.search(nxt.text)
                or (nxt.word_count <= 12 and not ends_terminal(nxt.text))
                # "The waitlist page, captured March 28.": one short sentence glued under the picture
                or (nxt.index == i + 1 and alone and nxt.word_count <= 12 and not _INNER_SENTENCE_RE.search(nxt.text))
            ):
                found.add(nxt.index)
            break
    return found


_SPONSOR_LABEL_RE = re.compile(
    r"^(?:a (?:word|message) from (?:[\w’']+\s+){0,3}sponsors?|(?:today[’']s |this week[’']s |our )?sponsors?|"
    r"sponsored by\b.*|presented by\b.*|brought to you by\b.*|together with\b.*|partner message)\s*[:.!-]?$",
    re.IGNORECASE,
)


_AD_LABELS = frozenset(
    {"sponsored", "sponsor", "advertisement", "ad", "promoted", "promotion", "sponsored content",
     "partner content", "paid content", "paid post", "paid partnership"}
)


def _ad_label(text: str) -> bool:
    key = _label_key(text)
    return key in _AD_LABELS or bool(_SPONSOR_LABEL_RE.match(key))


# Labels over one paid blurb; "Advertisement" between paragraphs often marks only an empty slot.
_PAID_LABELS = frozenset({"sponsored", "sponsored content", "partner content", "paid content", "paid post", "promoted"})
_YOU_RE = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)


def _ad_pitch(line: Line) -> bool:
    """A short line that talks to the reader and quotes nobody: an advertiser's pitch."""
    return line.word_count <= 30 and not any(mark in line.text for mark in "\"“”") and bool(_YOU_RE.search(line.text))


def _quote_block(lines: list[Line], first: int) -> set[int]:
    """Line ``first`` and the block-quote lines right under it."""
    found = {first}
    for line in lines[first + 1:]:
        if not line.raw.lstrip().startswith(">"):
            break
        found.add(line.index)
    return found


# "Official partner", "Official kit partner", "Principal sponsor": the caption over a sponsor's logo.
_PARTNER_CAPTION_RE = re.compile(
    r"^(?:official|principal|main|headline|premier|proud|founding) (?:[\w&-]+ ){0,2}(?:partner|sponsor|supplier)s?$",
    re.IGNORECASE,
)


# The first word of an ad's button under its blurb: "Try Ledgerlight free", "Use code OWNERS".
_CALL_TO_ACTION_VERBS = frozenset(
    "try learn get start visit sign download book shop claim use go find see join subscribe explore discover "
    "apply request schedule call order buy save open register redeem head check".split()
)


def _sponsor_blocks(lines: list[Line]) -> set[int]:
    """A sponsor label, the ad's blurb (two lines at most) and its call to action.

    A block quote opened by "SPONSORED" or "Advertisement" is the ad, whole;
    "Official partner" over a short name is a logo's caption and the sponsor's name.
    """
    found: set[int] = set()
    signed_off: set[int] = set()
    for line in lines:
        if not line.text:
            continue
        if _RUN_IN_SPONSOR_RE.match(line.text):
            # "> **A word from our sponsor:** Ledgerleaf closes your books ...": the label run into the ad
            found |= _quote_block(lines, line.index) if ">" in line.raw[:4] else {line.index}
            continue
        if line.word_count > 10:
            continue
        if line.word_count <= 5 and _PARTNER_CAPTION_RE.match(line.text):
            found.add(line.index)
            nxt = next((ln for ln in lines[line.index + 1:] if ln.text), None)
            if nxt is not None and nxt.word_count <= 5 and not ends_terminal(nxt.text):
                found.add(nxt.index)
            continue
        if line.word_count <= 6 and ">" in line.raw[:4] and _ad_label(line.text):
            found |= _quote_block(lines, line.index)
            continue
        if line.index in signed_off:
            continue
        if _label_key(line.text) in _PAID_LABELS:
            framed = _ruled_section(lines, line.index)
            if framed:
                found |= framed  # "---" / "Sponsored" / the ad / "Sponsors help keep X free." / "---"
                continue
            nxt = next((ln for ln in lines[line.index + 1:] if ln.text), None)
            if nxt is not None and _ad_pitch(nxt):
                found.add(nxt.index)  # "Sponsored content" / "Thinking of selling? Find out what your home is worth ..."
            continue
        if _PRESENTED_BY_RE.match(line.text):
            above = [ln for ln in lines[max(0, line.index - 4):line.index] if ln.text][-2:]
            if len(above) == 2 and _ad_label(above[0].text) and above[1].word_count <= 15:
                # "Sponsored" / the ad's headline / "Presented by Orrin Vale Partners": the ad, signed off
                found.update({above[0].index, above[1].index, line.index})
                continue
        # ("sponsors." alone in lower case: the last word of a sentence the page's width wrapped)
        if line.text[0].islower() or not _SPONSOR_LABEL_RE.match(line.text):
            continue
        found.add(line.index)
        blurbs = 0
        for nxt in lines[line.index + 1:]:
            if not nxt.text:
                continue
            if nxt.word_count <= 5 and not ends_terminal(nxt.text):
                if blurbs and nxt.word_count >= 2 and (
                    all(w[:1].isupper() for w in nxt.text.split() if len(w) > 3)
                    or nxt.text.split()[0].lower().strip("*_[") not in _CALL_TO_ACTION_VERBS
                ):
                    # "Not Out Of The Woods", "Mentioned in this episode": the page's next heading, after the ad
                    break
                found.add(nxt.index)  # "Try Ledgerlight free"
                if _PRESENTED_BY_RE.match(nxt.text):
                    signed_off.add(nxt.index)
                    break  # "Presented by Orrin Vale Partners" under the blurb signs the ad off
                continue
            if blurbs == 2 or nxt.word_count > 50 or _SIGNOFF_RE.match(nxt.text):
                break
            found.add(nxt.index)
            blurbs += 1
    return found


def _ruled_section(lines: list[Line], label: int) -> set[int]:
    """The lines from a label to the next horizontal rule, when a rule also stands right above the label."""
    above = next((ln for ln in reversed(lines[:label]) if ln.text or ln.rule), None)
    if above is None or not above.rule:
        return set()
    section: set[int] = set()
    for nxt in lines[label + 1:label + 12]:
        if nxt.rule:
            return section
        if nxt.text:
            if nxt.word_count > 80:
                return set()
            section.add(nxt.index)
    return set()


_RUN_IN_SPONSOR_RE = re.compile(
    r"^(?:a (?:word|message) from (?:our|today[’']s|this week[’']s) sponsors?|sponsored|advertisement|partner message)"
    r"\s*:\s+\S",
    re.IGNORECASE,
)
_PRESENTED_BY_RE = re.compile(r"^(?:presented|sponsored|brought to you|paid for|supported) by\s+\S", re.IGNORECASE)


def _network_buttons(lines: list[Line]) -> set[int]:
    """"Facebook" or "LinkedIn" alone on a line in a run of share buttons."""
    return {
        line.index for line in lines
        if line.word_count == 1 and line.text.lower() in SOCIAL_NETWORKS
        and (_beside_share_button(lines, line.index, -1) or _beside_share_button(lines, line.index, 1))
    }


def _beside_share_button(lines: list[Line], i: int, step: int) -> bool:
    """True when the run of network names from line ``i`` on meets a share button."""
    i += step
    while 0 <= i < len(lines):
        line = lines[i]
        if line.text:
            if line.word_count != 1 or line.text.lower() not in SOCIAL_NETWORKS:
                return is_share_line(line.text)
        elif not line.blank:
            return False
        i += step
    return False


_NON_WORD_RE = re.compile(r"[\W_]+")
_CLAUSE_SPLIT_RE = re.compile(r"[.!?;:,—–]+\s*")
# Each candidate is searched for in the whole story: a transcript of quotations is no magazine.
_MAX_PULL_QUOTES = 30


def _quote_only(text: str) -> bool:
    """"“I wanted to sell heat.”": one quotation and nothing around it."""
    return (
        len(text) > 2 and text[0] in "“\"" and text[-1] in "”\""
        and not any(mark in text[1:-1] for mark in "“”\"")
    )


def _words_key(text: str) -> str:
    return " " + _NON_WORD_RE.sub(" ", text.casefold()).strip() + " "


def _pull_quotes(lines: list[Line], body_start: int) -> set[int]:
    """A quotation alone on a line whose every clause the story already says, and its "— Name".

    Magazines repeat a sentence from the story in large type; the story's own
    line says "she said" around it, so lines made only of quotations are never
    taken as the original.
    """
    candidates = [
        line for line in lines[body_start:]
        if 5 <= line.word_count <= 60 and (
            line.text[:1] in "“\"" and _quote_only(line.text)
            # "> It is also an admission that ...": a newsletter's pull quote, set as a block quote
            or line.raw.lstrip().startswith(">") and not any(mark in line.text for mark in "“”\"")
        )
    ]
    if not candidates:
        return set()
    own = {line.index for line in candidates}
    story = _words_key(" ".join(line.text for line in lines if line.text and line.index not in own))
    found: set[int] = set()
    for line in candidates[:_MAX_PULL_QUOTES]:
        inner = line.text[1:-1] if _quote_only(line.text) else line.text
        clauses = [_words_key(c) for c in _CLAUSE_SPLIT_RE.split(inner)]
        clauses = [c for c in clauses if c.strip()]
        # One clause of five words or more, so a stock phrase cannot match by chance.
        if max((c.count(" ") - 1 for c in clauses), default=0) < 5 or not all(c in story for c in clauses):
            continue
        found.add(line.index)
        under = _next_text(lines, line.index, set())
        if under is not None and _attribution(under):
            found.add(under.index)
    return found


def _attribution(line: Line) -> bool:
    """"— Jane Roe" under a pull quote; an embedded post's line has a handle."""
    text = line.text
    return text[0] in "—–-―" and line.word_count <= 10 and "@" not in text and not ends_terminal(text)


def boilerplate_lines(
    lines: list[Line], body_start: int, *, post: bool = False, printed: frozenset[int] = frozenset()
) -> set[int]:
    """Indices of lines to drop; ``body_start`` is the first line after the title.

    ``post`` says the page is a forum post, whose "Hi all, Priyanka here." is the
    poster's own opening, not a newsletter's greeting. ``printed`` holds the lines
    ``print_furniture`` found, which the caller already drops.
    """
    dropped = {line.index for line in lines if line_boilerplate(line)}
    dropped -= _sentences_going_on(lines, dropped)
    dropped -= _table_sources(lines, dropped)
    dropped |= _network_buttons(lines)
    dropped |= _captions_under_images(lines)
    dropped |= _framed_blocks(lines)
    if not post:
        dropped |= _welcome_lines(lines, body_start)
    dropped |= _lead_captions(lines, body_start)
    dropped |= _toc_lines(lines, body_start)
    dropped |= _teaser_blocks(lines, dropped, body_start)
    dropped |= _sponsor_blocks(lines)
    dropped |= _quote_widgets(lines)
    dropped |= _score_boxes(lines)
    dropped |= _captions_above_credits(lines, dropped, body_start)
    dropped |= _closing_sections(lines, body_start)
    dropped |= _comment_section(lines, body_start)
    dropped |= _member_cards(lines)
    dropped |= _topic_tags(lines, body_start)
    dropped |= _writer_cards(lines, body_start)
    dropped |= _newswire_issuer(lines)
    dropped |= _pull_quotes(lines, body_start)
    dropped |= _unlabelled_tags(lines, dropped)
    dropped |= _rated_names(lines, body_start)
    dropped |= _key_events(lines)
    dropped |= _summary_boxes(lines)
    dropped |= _video_blocks(lines)
    dropped |= _video_chapters(lines)
    dropped |= _channel_cards(lines)
    dropped |= _video_credits(lines, dropped)
    dropped |= _donation_appeal(lines, body_start)
    dropped |= _closing_appeal(lines, dropped)
    dropped |= _fact_boxes(lines)
    dropped |= _chart_blocks(lines, body_start)
    dropped |= _link_cards(lines)
    dropped |= _newsletter_names(lines, dropped, body_start)
    dropped |= _signup_pitches(lines, dropped)
    dropped |= _discover_boxes(lines)
    dropped |= _trial_pitches(lines, dropped)
    dropped |= _promo_labels(lines, dropped)
    dropped |= _closing_participants(lines)
    dropped |= _running_headers(lines)
    dropped |= _reader_polls(lines)
    dropped |= _appeal_boxes(lines)
    dropped |= _closing_menu(lines, dropped)
    dropped |= _closing_breadcrumb(lines, body_start)
    dropped |= _after_the_copyright(lines, body_start)
    # (a printed page's title over the sentence the page break cut goes on in no sentence)
    dropped |= _wrapped_tails(lines, dropped - printed)
    return dropped | printed


def print_furniture(lines: list[Line]) -> frozenset[int]:
    """A page printed from the browser and converted line by line: the print's date and time over the
    page's title atop each printed page, the page's address over "2/3" at its foot."""
    texts = [line for line in lines if line.text]
    found: set[int] = set()
    for above, line in zip(texts, texts[1:]):
        if (
            line.text[0].isdigit() and (page := _PRINT_PAGE_OF_RE.match(line.text))
            and int(page[1]) <= int(page[2]) and _BARE_ADDRESS_RE.match(above.text)
        ):
            found.update((above.index, line.index))
    if not found:
        return frozenset()  # no footer, no printout: a lone "10/21/25, 9:47 AM" may be a chat's timestamp
    for line, under in zip(texts, texts[1:]):
        if line.text[0].isdigit() and _PRINT_STAMP_RE.match(line.text) and under.word_count <= 30:
            found.update((line.index, under.index))
    return frozenset(found)


# "The Wayback Machine - https://web.archive.org/web/20250715091244/https://www.mmegi.bw/...": an archived copy
_WAYBACK_HEADER_RE = re.compile(r"^The Wayback Machine\s*[-–—]\s*https?://web\.archive\.org/web/\d{8,14}\S*?/https?://\S+$")
_WAYBACK_TOOLBAR_LINES = 40


def wayback_toolbar(lines: list[Line]) -> set[int]:
    """The archive's toolbar over a page copied from the Wayback Machine: its header, the captured
    address, "Go", the captures and the calendar strip, "About this capture" and its collection notes,
    down to "TIMESTAMPS" or the first blank line."""
    first = next((line for line in lines[:3] if line.text), None)
    if first is None or not first.text.startswith("The Wayback Machine") or not _WAYBACK_HEADER_RE.match(first.text):
        return set()
    found = {first.index}
    for line in lines[first.index + 1:first.index + _WAYBACK_TOOLBAR_LINES]:
        if not line.text:
            break
        found.add(line.index)
        if line.text == "TIMESTAMPS":
            break
    return found


def dump_link_header(lines: list[Line]) -> set[int]:
    """The page's feed links that "lynx -dump" prints first ("#[1]Lusaka Times » Feed [2]... Comments Feed"),
    down to the first blank line: the page's head, not its headline."""
    first = next((line for line in lines[:3] if line.text), None)
    if first is None or not first.raw.lstrip().startswith("#[1]"):
        return set()
    found = set()
    for line in lines[first.index:first.index + 6]:
        if not line.text:
            break
        found.add(line.index)
    return found


# A read-later app's own menu over the page it shows ("Pocket", "Home", "Saves", "Highlights")
_READ_LATER_MENU = frozenset(
    "home saves highlights archive favorites favourites library inbox discover collections later feed search "
    "settings".split()
) | {"my list"}
_READ_LATER_MENU_LINES = 8




def read_later_menu(lines: list[Line]) -> set[int]:
    """The app's name and menu atop a page copied from a read-later app's reader ("Pocket", "Home", "Saves",
    "Highlights" over the headline): the app's, not the site's; and the buttons a feed reader or a reading
    view puts over the page, with the feed's name above them ("Nyasa Times – Malawi breaking news")."""
    top = [line for line in lines[:12] if line.text][:6]
    run = [at for at, line in enumerate(top) if line.text.casefold() in READER_ACTIONS]
    if len(run) >= 2 and run == list(range(run[0], run[0] + len(run))) and run[0] <= 1 and (
        run[0] == 0 or top[0].word_count <= 8 and not ends_terminal(top[0].text)
    ):
        return {line.index for line in top[:run[-1] + 1]}
    first = next((line for line in lines[:3] if line.text), None)
    if first is None or first.text.casefold() not in READ_LATER_APPS:
        return set()
    found = {first.index}
    for line in lines[first.index + 1:first.index + _READ_LATER_MENU_LINES]:
        if line.text and line.text.casefold() not in _READ_LATER_MENU:
            break
        found.add(line.index)
    return found if len(found) > 1 else set()


def _wrapped_tails(lines: list[Line], dropped: set[int]) -> set[int]:
    """"Fact check/Corrections: if you see an error in this story, write to our" over "editors and we will
    review it ...": the rest of a chrome sentence that a hard-wrapped page carried onto the next line."""
    found: set[int] = set()
    for index in sorted(dropped):
        line = lines[index]
        while (
            line.text and line.word_count >= 10 and line.text[-1].isalpha() and not ends_terminal(line.text)
            and line.index + 1 < len(lines)
            and (under := lines[line.index + 1]).text[:1].islower() and under.index not in dropped
            and under.index not in found and not under.heading and not line.heading
        ):
            found.add(under.index)
            line = under
    return found


# "Business News/ Companies/ Company News/ Tezra Mobility founder ... steps down": the path to the story
_SLASHED_TRAIL_RE = re.compile(r"^((?:[A-Z][\w&’'-]*(?: [\w&’'-]+){0,3} ?/ ){2,})\S.{8,}$")


def _closing_breadcrumb(lines: list[Line], body_start: int) -> set[int]:
    """The trail to the story under it, its sections slashed before the headline, and its sections
    listed above it one a line ("Business News", "Companies", "Company News")."""
    found: set[int] = set()
    for line in lines[body_start:]:
        if line.word_count > 40 or "/ " not in line.text or not (trail := _SLASHED_TRAIL_RE.match(line.text)):
            continue
        crumbs = {crumb.strip() for crumb in trail.group(1).split("/") if crumb.strip()}
        found.add(line.index)
        for above in reversed(lines[body_start:line.index]):
            if above.text in crumbs:
                found.add(above.index)
            elif above.text:
                break
    return found


def _closing_menu(lines: list[Line], dropped: set[int]) -> set[int]:
    """The site's menu at the page's foot: short labels, one a line ("Investors", "Results and reports",
    "Share price", "Contact IR"), after the story and over nothing but its footer, one of them chrome already."""
    block: list[Line] = []
    for line in reversed(lines):
        if not line.text:
            if block:
                break
            continue
        if not block and (line.index in dropped or _COPYRIGHT_SIGN_RE.search(line.text)):
            continue  # the footer's "© 2025 ..." under the menu
        if line.index not in dropped and (
            line.word_count > 4 or ends_terminal(line.text) or line.text.endswith(":") or line.table
        ):
            break
        block.append(line)
    if len(block) < 3 or not any(line.index in dropped for line in block):
        return set()
    return {line.index for line in block}


_RUNS_ON_RE = re.compile(r"[a-z]{2,} [a-z]{2,}\b")


def _sentences_going_on(lines: list[Line], dropped: set[int]) -> set[int]:
    """Lines a hard-wrapped sentence runs on into: "... Koubková said, in comments" over "translated
    from Czech." is the story's sentence, whatever a credit line of those words would be."""
    found: set[int] = set()
    for line, above in zip(lines[1:], lines):
        if (
            line.index in dropped and _RUNS_ON_RE.match(line.text) and above.text and above.index not in dropped
            and above.word_count >= 6 and not above.heading and (above.text[-1].isalpha() or above.text[-1] == ",")
        ):
            found.add(line.index)
    return found


# "Support The Ledger's journalism of integrity and credibility" or "Support The Ledger" over a plea and a
# "Donate" button
_APPEAL_BOX_LABEL_RE = re.compile(
    r"^(?i:support) (?:(?i:[\w .&’'-]{2,40} journalism\b.{0,60})|(?:[A-Z][\w&’'-]*)(?: [A-Z][\w&’'-]*){0,3})$"
)
_APPEAL_BUTTON_RE = re.compile(
    r"^(?:donate(?: now)?|support us|contribute|subscribe|become an? (?:[\w’'-]+ ){0,2}(?:member|supporter|insider))$",
    re.IGNORECASE,
)


def _appeal_boxes(lines: list[Line]) -> set[int]:
    """A box set into the story that asks for money: its label, the plea under it (which speaks of
    journalism or support) and the button that ends it."""
    texts = [line for line in lines if line.text]
    found: set[int] = set()
    for at, line in enumerate(texts):
        if line.word_count > 12 or not _APPEAL_BOX_LABEL_RE.match(line.text):
            continue
        # (up to six lines of plea: a hard-wrapped one takes several)
        box = texts[at + 1:at + 8]
        end = next((k for k, under in enumerate(box) if _APPEAL_BUTTON_RE.match(under.text)), None)
        plea = " ".join(under.text for under in box[:end])
        if end is not None and (not plea or _APPEAL_VOCABULARY_RE.search(plea) or _APPEAL_WORDS_RE.search(plea)):
            found.update([line.index, *(under.index for under in box[:end + 1])])
    return found


_MOOD_POLL_RE = re.compile(r"^how (?:does|did) this (?:story |article )?make you feel\??$", re.IGNORECASE)
_SUMMARY_LABEL_RE = re.compile(r"^(?:summary|ai summary|quick summary)$", re.IGNORECASE)


def _reader_polls(lines: list[Line]) -> set[int]:
    """"How does this make you feel?" over its buttons ("Happy", "Sad", "Don't care"), and a "SUMMARY"
    label over its machine-written warning: a reader's widgets, whatever their words."""
    texts = [line for line in lines if line.text]
    found: set[int] = set()
    for at, line in enumerate(texts):
        if _MOOD_POLL_RE.match(line.text):
            found.add(line.index)
            for button in texts[at + 1:at + 13]:
                if button.word_count > 2 or ends_terminal(button.text):
                    break
                found.add(button.index)
        elif _SUMMARY_LABEL_RE.match(line.text) and at + 1 < len(texts) and line_boilerplate(texts[at + 1]):
            found.add(line.index)  # (the summary under the warning is the paper's, and stays)
    return found


def _running_headers(lines: list[Line]) -> set[int]:
    """A printed page's header, repeated next to each "Page 2 of 3": "Koonda Minerals Limited | ASX: KMN"."""
    texts = [line for line in lines if line.text]
    counts = Counter(line.text for line in texts)
    # (bare page numbers, "4", "5", "6", when a page has more than one of them)
    numbered = sum(1 for line in texts if line.text.isdigit() and len(line.text) <= 3) >= 2
    found: set[int] = set()
    for at, line in enumerate(texts):
        if not (PAGE_FOOTER_RE.match(line.text) or numbered and line.text.isdigit() and len(line.text) <= 3):
            continue
        for near in texts[max(at - 1, 0):at] + texts[at + 1:at + 2]:
            if counts[near.text] >= 2 and near.word_count <= 12 and not ends_terminal(near.text):
                found.update(other.index for other in texts if other.text == near.text)
    return found


# "Call participants:" and "Dana Whitfield -- Chief Executive Officer": a transcript's cast, listed again at its foot
_PARTICIPANTS_LABEL_RE = re.compile(r"(?:call|conference call) participants:?", re.IGNORECASE)
_PARTICIPANT_LINE_RE = re.compile(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3} (?:--|—|–) [A-Z][^.!?]{2,80}")


def _closing_participants(lines: list[Line]) -> set[int]:
    """The list of a call's participants repeated in the second half of the page, under its label."""
    found: set[int] = set()
    for line in lines[len(lines) // 2:]:
        if not _PARTICIPANTS_LABEL_RE.fullmatch(line.text):
            continue
        listed = []
        for under in lines[line.index + 1:]:
            if not _PARTICIPANT_LINE_RE.fullmatch(under.text):
                break
            listed.append(under.index)
        if len(listed) >= 2:
            found.update([line.index, *listed])
    return found


# "crainschicago.com", "INQUIRER.net", "dawn.com.pk": a site by its address alone
SITE_DOMAIN_RE = re.compile(r"(?:www\.)?[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|org|net|co|news|io|[a-z]{2})")


def _link_cards(lines: list[Line]) -> set[int]:
    """"> **Chowline raises $28M ...**" over "> crainschicago.com": a linked story's card, its headline over its site."""
    found: set[int] = set()
    for line in lines[1:]:
        if line.raw.startswith(">") and line.word_count <= 2 and SITE_DOMAIN_RE.fullmatch(line.text):
            found.add(line.index)
            above = lines[line.index - 1]
            if above.raw.startswith(">") and above.text and not ends_terminal(above.text):
                found.add(above.index)
    return found


# "Source: Bloomberg", "Source: Company filings": the credit under a chart
_CHART_SOURCE_RE = re.compile(r"^(?:Source|Data)s?:\s+[A-Z][\w&.,’' -]{1,60}$")


def _after_the_copyright(lines: list[Line], body_start: int) -> set[int]:
    """What follows the site's "© 2025 ... All rights reserved." at the foot of the page: the reader's own
    lines under a pasted page ("Must ask Sēmisi whether ..."), never the story."""
    texts = [line for line in lines[body_start + 1:] if line.text]
    foot = next((
        line for line in reversed(texts[len(texts) * 3 // 4:])
        if _COPYRIGHT_SIGN_RE.match(line.text) and _RESERVED_RE.search(line.text)
    ), None)
    if foot is None:
        return set()
    return {line.index for line in texts if line.index > foot.index}


def _table_sources(lines: list[Line], dropped: set[int]) -> set[int]:
    """"Source: the company's prospectus" under a table's last row: where the story's figures come from,
    not a wire's credit."""
    found: set[int] = set()
    for index in dropped:
        line = lines[index]
        if 0 < index and line.text.startswith(("Source", "Data")) and _CHART_SOURCE_RE.match(line.text):
            above = lines[index - 1]
            if above.table and index - 1 not in dropped:
                found.add(index)
    return found


def _chart_blocks(lines: list[Line], body_start: int) -> set[int]:
    """A chart in the story: its title and caption, neither a sentence, over "Source: Bloomberg"."""
    found: set[int] = set()
    for line in lines[body_start + 1:]:
        if line.word_count > 8 or not line.text.startswith(("Source", "Data")) or not _CHART_SOURCE_RE.match(line.text):
            continue
        above = [ln for ln in lines[max(body_start, line.index - 4):line.index] if ln.text][-2:]
        if len(above) < 2 or any(ends_terminal(ln.text) or ln.word_count > 15 or ln.heading or ln.table for ln in above):
            continue
        before = next((ln for ln in reversed(lines[body_start:above[0].index]) if ln.text), None)
        if before is not None and ends_terminal(before.text):
            found |= {line.index, *(ln.index for ln in above)}
    return found


def _promo_labels(lines: list[Line], dropped: set[int]) -> set[int]:
    """"Tasting notes" over a promo that stands alone between gaps: the box's label goes with it."""
    found: set[int] = set()
    for line in lines[1:-2]:
        i = line.index
        if (
            line.text and i not in dropped and line.word_count <= 4 and not ends_terminal(line.text)
            and not lines[i - 1].text and lines[i + 1].text and i + 1 in dropped and not lines[i + 2].text
            and heading_like(line.text)
        ):
            found.add(i)
    return found


_PITCH_RE = re.compile(r"\b(?:inbox|newsletter|sign up|subscribe)\b", re.IGNORECASE)
# "[Photo caption: Lobster boats tie up at ... (Dominic" wrapped over lines until its "]"
_BRACKET_OPEN_RE = re.compile(
    r"^\[(?:photo|image|picture|caption|photo caption|image caption|graphic|video|chart|map|illustration)\b[^\]]*$",
    re.IGNORECASE,
)


def _framed_blocks(lines: list[Line]) -> set[int]:
    """A bracketed caption wrapped over several lines, and a sign-up box drawn between "┌───┐" and
    "└───┘" (a table drawn that way has "│" in its rows and stays)."""
    found: set[int] = set()
    for line in lines:
        text = line.text
        if not text or line.index in found:
            continue
        if text[0] == "[" and _BRACKET_OPEN_RE.match(text):
            block = [line.index]
            for nxt in lines[line.index + 1:line.index + 5]:
                block.append(nxt.index)
                if "]" in nxt.text:
                    found.update(block)
                    break
        elif text[0] in "┌╔" and text.rstrip()[-1:] in "┐╗":
            inner = []
            for nxt in lines[line.index + 1:line.index + 12]:
                if nxt.text[:1] in "└╚":
                    if inner and not any(lines[i].text[:1] in "│║|" for i in inner):
                        found.update([line.index, *inner, nxt.index])
                    break
                inner.append(nxt.index)
    return found


def _newsletter_names(lines: list[Line], dropped: set[int], body_start: int) -> set[int]:
    """"Bytefront Daily" over "The startup news you need, in your inbox ...": a newsletter's name,
    amid the furniture at the foot of the page."""
    found: set[int] = set()
    content = [line for line in lines[body_start:] if line.text]
    for before, line, after in zip(content, content[1:], content[2:]):
        if (
            line.index not in dropped and before.index in dropped and after.index in dropped
            and line.word_count <= 4 and not ends_terminal(line.text) and heading_like(line.text)
            and _PITCH_RE.search(after.text)
        ):
            found.add(line.index)
    return found


# "Join our Space Forums to keep talking space ...": the site's community pitch under the story
_COMMUNITY_PITCH_RE = re.compile(
    r"^join (?:our|the) (?:[\w&’'-]+ ){0,3}(?:forums?|community|discord|subreddit|slack|comments?)\b.{0,80}"
    r"\b(?:talk(?:ing)?|discuss(?:ing)?|conversation|chat(?:ting)?)\b",
    re.IGNORECASE,
)
_PODCAST_APPS = r"(?:apple podcasts|spotify|youtube|overcast|pocket casts|castbox|google podcasts|amazon music)"
_SHOW_PITCH_RE = re.compile(
    r"^(?:enjoy(?:ing|ed)?|lik(?:e|ing)|lov(?:e|ing)) (?:the|this|our) (?:show|episode|podcast)\b"
    rf"|^(?:subscribe|follow)(?: to [\w&’' ]{{1,30}})? (?:on|in|wherever) (?:{_PODCAST_APPS}|you get your podcasts)"
    r"|^(?:please )?(?:leave|give) us a (?:rating|review|five-star)"
    r"|^(?:the )?full transcript (?:is )?(?:available|reserved|only)\b.{0,40}\b(?:members|subscribers|supporters|patrons)\b",
    re.IGNORECASE,
)
_SIGNUP_FORM_RE = re.compile(
    r"^(?:(?:enter your e-?mail(?: address| id)?|your e-?mail(?: address| id)?|e-?mail address)"
    r"(?:\s+(?:\|\s+)?(?:sign (?:me )?up|subscribe))?|"
    r"sign up|sign me up|subscribe)\s*[.!:]?$",
    re.IGNORECASE,
)
_BOX_PITCH_RE = re.compile(
    r"\b(?:newsletter|inbox|briefing|digest|delivered|sign up|subscribe|stay (?:up to date|updated|in the loop))\b",
    re.IGNORECASE,
)
# "Breaking space news, the latest updates on rocket launches ... and more!": what the box promises
_PROMISE_RE = re.compile(r"^(?=.*\bthe latest\b).*\band more[!.]?$", re.IGNORECASE)


_DISCOVER_RE = re.compile(r"^discover more from\s+\S", re.IGNORECASE)
_TYPE_EMAIL_RE = re.compile(r"^(?:type|enter) your e-?mail(?: address)?\s*(?:…|\.\.\.)?$", re.IGNORECASE)


def _discover_boxes(lines: list[Line]) -> set[int]:
    """"Discover more from Burn Rate" / the newsletter's one-line pitch / "Type your email…": a newsletter's
    sign-up box in the middle of a post, up to its form."""
    found: set[int] = set()
    for line in lines:
        if line.word_count > 8 or not _DISCOVER_RE.match(line.text):
            continue
        box = [ln for ln in lines[line.index + 1:] if ln.text][:4]
        form = next((pos for pos, ln in enumerate(box) if _TYPE_EMAIL_RE.match(ln.text)), None)
        if form is not None and all(ln.word_count <= 30 for ln in box[:form]):
            found |= {line.index, *(ln.index for ln in box[:form + 1])}
    return found


def _signup_pitches(lines: list[Line], dropped: set[int]) -> set[int]:
    """"Tidewater: our weekly climate newsletter" / "Get the latest ... delivered every Thursday." over
    "Enter your email address": the box's name and pitch, a paragraph of their own above its form."""
    found: set[int] = set()
    for line in lines:
        if line.index not in dropped or not line.text or not _SIGNUP_FORM_RE.match(line.text):
            continue
        run: list[Line] = []
        for above in reversed(lines[:line.index]):
            if not above.text or above.index in dropped or len(run) == 3:
                break
            run.append(above)
        start = run[-1].index if run else line.index
        opens_box = start == 0 or not lines[start - 1].text or start - 1 in dropped
        # ("Get the OrbitWire Newsletter", already gone, over "Breaking space news, the latest ...")
        named_above = start > 0 and start - 1 in dropped and bool(_BOX_PITCH_RE.search(lines[start - 1].text))
        if (
            run and opens_box and all(item.word_count <= 25 for item in run)
            and (named_above or any(_BOX_PITCH_RE.search(item.text) for item in run))
        ):
            found.update(item.index for item in run)
        elif run and run[0].word_count <= 25 and (_BOX_PITCH_RE.search(run[0].text) or _PROMISE_RE.match(run[0].text)):
            found.add(run[0].index)  # a page without blank lines: only the pitch right above the button
    return found


_TRIAL_BUTTON_RE = re.compile(
    r"^(?:(?:start|begin|get|claim|try)\b.{0,25}\bfree trial\b.{0,10}|(?:request|book|schedule|get) a demo)$", re.IGNORECASE
)
# "Get critical information about thousands of Chile projects ...": a pitch that bids the reader do something
_PITCH_VERB_RE = re.compile(r"^(?:get|access|discover|unlock|gain|explore|track)\b", re.IGNORECASE)


def _trial_pitches(lines: list[Line], dropped: set[int]) -> set[int]:
    """"Stay ahead of the curve" / "In the legal profession, ... you need ..." over "Start Your Free Trial Now":
    a paywall's box in the middle of the story, its pitch addressed to the reader."""
    found: set[int] = set()
    for line in lines[2:]:
        if line.index not in dropped or not _TRIAL_BUTTON_RE.match(line.text):
            continue
        pitch, label = lines[line.index - 1], lines[line.index - 2]
        if not pitch.text or pitch.index in dropped or not (_YOU_RE.search(pitch.text) or _PITCH_VERB_RE.match(pitch.text)):
            continue
        found.add(pitch.index)
        if label.text and label.index not in dropped and label.word_count <= 6 and not ends_terminal(label.text):
            found.add(label.index)
    return found


# A live blog's index of its own entries: "Key events" over "- 10:42 Chair opens meeting".
_KEY_EVENTS_RE = re.compile(r"^(?:key (?:events|moments)|jump to (?:an? )?(?:update|entry|event)s?)\s*:?$", re.IGNORECASE)
_CLOCK_START_RE = re.compile(r"^\d{1,2}[:.]\d{2}\b")


_SUMMARY_BOX_RE = re.compile(
    r"^(?:key (?:points|takeaways|facts)|at a glance|the short version|in summary|summary)\s*:?$", re.IGNORECASE
)


def _summary_boxes(lines: list[Line]) -> set[int]:
    """"Key points:" over its unpunctuated summary lines, which repeat what the story then says.

    A line that ends a sentence is the story's first paragraph; a Markdown "## Key takeaways"
    heading is the writer's own section.
    """
    found: set[int] = set()
    for line in lines:
        if not line.text or line.word_count > 4 or line.heading or not _SUMMARY_BOX_RE.match(line.text):
            continue
        found.add(line.index)
        if line.text.rstrip(" :").lower() == "summary":
            continue  # Inc42's "SUMMARY" over its bulleted standfirst: the label alone is the site's
        points: list[int] = []
        for nxt in lines[line.index + 1:]:
            if not nxt.text:
                continue
            if len(points) == 6 or nxt.word_count > 40 or nxt.heading or ends_terminal(nxt.text):
                break
            points.append(nxt.index)
        found.update(points)
    return found


_DURATION_RE = re.compile(
    r"^(?:duration|length|running time)\s*:\s*(?:\d{1,2}:\d{2}(?::\d{2})?|(?:\d+\s*(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)\s*,?\s*)+)$"
    # "VIDEO 02:14" over the clip's title and its show ("Closing Bell")
    r"|^video\s*\d{1,2}:\d{2}(?::\d{2})?$",
    re.IGNORECASE,
)
_PLAYER_BUTTON_RE = re.compile(r"^(?:watch|play|video|listen|play video|watch video)\s*[:.]?$", re.IGNORECASE)
_SHORT_DURATION_RE = re.compile(r"^(?:\d+\s*[hms]\s*){1,3}$|^\d{1,2}:\d{2}$", re.IGNORECASE)


_FACT_BOX_RE = re.compile(
    r"^(?:(?:vessel|ship|company|fund|deal|key) (?:details|facts|particulars|profile|at a glance)|fact ?box|fast facts)\s*:?$",
    re.IGNORECASE,
)
_FACT_RE = re.compile(r"^[A-Z][\w’'./ ]{0,20}:\s+\S.{0,60}$")


def _fact_boxes(lines: list[Line]) -> set[int]:
    """"Vessel details" over "Flag: Liberia", "DWT: 152,400": a sidebar of facts, not the story's prose.

    (A review's "Specs" are the review's own content, so only a box its label calls one is dropped.)
    """
    found: set[int] = set()
    texts = [ln for ln in lines if ln.text]
    for pos, line in enumerate(texts):
        if line.word_count > 4 or line.heading or not _FACT_BOX_RE.match(line.text):
            continue
        box = [line.index]
        for nxt in texts[pos + 1:pos + 14]:
            if _FACT_RE.match(nxt.text) and not nxt.text.endswith("."):
                box.append(nxt.index)
            elif len(box) == 1 and nxt.word_count <= 4 and not ends_terminal(nxt.text):
                box.append(nxt.index)  # the vessel's name under the label
            else:
                break
        if len(box) >= 4:
            found.update(box)
    return found


# An auto-caption transcript's line, "1:16 >> Because we built a company ...": its timestamp, then
# ">>" where a new speaker's turn begins.
CAPTION_LINE_RE = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}\s+(?P<turn>>>\s*)?(?=\S)")


def is_caption_transcript(captions: list[re.Match[str]]) -> bool:
    """Four or more captions in a row, two of them opening a turn: a transcript, not a chapter list."""
    return len(captions) >= 4 and sum(bool(caption.group("turn")) for caption in captions) >= 2


def caption_lines(lines: list[Line]) -> set[int]:
    """A video's transcript: four or more timestamped caption lines in a row, two of them opening a turn.

    Each caption stays a line of its own, as the player shows it: joined up, a timestamp would sit
    inside the sentence it cuts ("... in the Netherlands 13:26 and Belgium").
    """
    found: set[int] = set()
    run: list[tuple[Line, re.Match[str]]] = []
    for line in [*lines, None]:
        match = CAPTION_LINE_RE.match(line.text) if line is not None and line.text else None
        if match is not None:
            run.append((line, match))
            continue
        if line is not None and not line.text:
            continue
        if is_caption_transcript([match for _, match in run]):
            found.update(ln.index for ln, _ in run)
        run = []
    return found


_CHAPTERS_LABEL_RE = re.compile(r"^chapters\s*:?$", re.IGNORECASE)
# A video description's chapter, as the player reads it: "00:00 Intro", "07:40 The Arc battery recall"
# (a podcast's show notes write "00:03:15 – A church basement" or "[00:02:41]": the episode's contents)
_VIDEO_CHAPTER_RE = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}\s+(?![–—-])\S")
_VIEW_COUNT_RE = re.compile(rf"^{_VIEW_COUNT_RX}\b", re.IGNORECASE)


def _channel_cards(lines: list[Line]) -> set[int]:
    """"Harbour Talks" over "86K subscribers": a video channel's card, its name and its count."""
    found: set[int] = set()
    texts = [ln for ln in lines if ln.text]
    for above, line in zip(texts, texts[1:]):
        if "subscriber" in line.text.lower() and is_counter(line.text):
            found.add(line.index)
            if above.word_count <= 5 and not ends_terminal(above.text):
                found.add(above.index)
    return found


def _video_chapters(lines: list[Line]) -> set[int]:
    """A video page's "Chapters" and its timestamped list, from "00:00": the player's navigation."""
    texts = [ln for ln in lines if ln.text]
    if not any(_VIEW_COUNT_RE.match(ln.text) for ln in texts):
        return set()
    for pos, line in enumerate(texts):
        if not _CHAPTERS_LABEL_RE.match(line.text):
            continue
        chapters = list(itertools.takewhile(lambda ln: _VIDEO_CHAPTER_RE.match(ln.text), texts[pos + 1:]))
        if len(chapters) >= 3 and re.match(r"0?0:00\b", chapters[0].text):
            return {line.index, *(ln.index for ln in chapters)}
    for pos, line in enumerate(texts):
        # no label: "00:00 Intro" / "02:15 Why we raised now" / ..., short titles (a transcript's
        # "0:00 Leo: Welcome back ..." turns are sentences, each opened by who speaks)
        if not re.match(r"0?0:00\s", line.text):
            continue
        chapters = list(itertools.takewhile(_chapter_title, texts[pos:]))
        if len(chapters) >= 3:
            return {ln.index for ln in chapters}
    return set()


def _chapter_title(line: Line) -> bool:
    if not _VIDEO_CHAPTER_RE.match(line.text) or line.word_count > 10 or ends_terminal(line.text):
        return False
    return ":" not in line.text.split(None, 1)[1]


def _video_blocks(lines: list[Line]) -> set[int]:
    """"Watch" / "Duration: 2 minutes 11 seconds" / "2m" / the clip's title: an embedded player."""
    found: set[int] = set()
    texts = [ln for ln in lines if ln.text]
    for pos, line in enumerate(texts):
        if line.word_count > 8 or not _DURATION_RE.match(line.text):
            continue
        found.add(line.index)
        if pos and _PLAYER_BUTTON_RE.match(texts[pos - 1].text):
            found.add(texts[pos - 1].index)
        after = pos + 1
        while after < len(texts) and _SHORT_DURATION_RE.match(texts[after].text):
            found.add(texts[after].index)
            after += 1
        if after < len(texts) and texts[after].word_count <= 16 and not ends_terminal(texts[after].text):
            found.add(texts[after].index)  # the clip's title
            show = texts[after + 1] if after + 1 < len(texts) else None
            if (
                show is not None and line.text[:1] in "Vv" and show.word_count <= 4 and title_cased(show.text)
                and not ends_terminal(show.text)
            ):
                found.add(show.index)  # and, under a channel's "VIDEO 02:14", the show it is from: "Closing Bell"
    return found


_DEAR_READERS_RE = re.compile(r"^Dear (?:readers?|friends|supporters|subscribers),?$", re.IGNORECASE)
_APPEAL_WORDS_RE = re.compile(r"\b(?:contribut\w*|donat\w*|chip in|support us|your help|your support)\b", re.IGNORECASE)


def _donation_appeal(lines: list[Line], body_start: int) -> set[int]:
    """"Dear readers," under the story, over a plea for money and its buttons: the site's, to the end."""
    story = _story_start(lines, body_start)
    for line in lines[story + 1:]:
        if line.word_count <= 3 and _DEAR_READERS_RE.match(line.text):
            plea = " ".join(ln.text for ln in lines[line.index + 1:line.index + 10])
            if _APPEAL_WORDS_RE.search(plea):
                return {ln.index for ln in lines[line.index:]}
    return set()


# "Your support keeps Axios reporting free ...", "Our reporters stay in the field ...": the site asking its readers
_APPEAL_VOCABULARY_RE = re.compile(
    r"\b(?:journalism|reporting|subscription|subscrib\w+|membership|become a member|readers who|"
    r"(?:your|reader) support|support (?:us|our|independent|quality|local|safe)|(?:dedicated|loyal|regular) readers?|"
    r"join (?:our|the)\b[^.]{0,40}\bcommunity)\b",
    re.IGNORECASE,
)
_SITE_VOICE_RE = re.compile(r"\b(?:you|your|us|our (?:reporters|journalists|newsroom|journalism|work|reporting))\b", re.IGNORECASE)


def _closing_appeal(lines: list[Line], dropped: set[int]) -> set[int]:
    """A few lines among the page's last chrome that ask the reader to subscribe, join or support: the
    site's, where only chrome comes after them and one of them speaks to the reader."""
    texts = [ln for ln in lines if ln.text]
    block: list[Line] = []
    for line in reversed(texts):
        if line.index in dropped and not block:
            continue
        if line.index in dropped:
            break  # (chrome between two appeals: each is judged on its own)
        if line.word_count > 70 or not _APPEAL_VOCABULARY_RE.search(line.text) or "“" in line.text or '"' in line.text:
            break
        above = lines[line.index - 1] if line.index else None
        block.append(line)
        if above is None or not above.text:
            break  # a blank line over it: the block starts here
    if block and any(_SITE_VOICE_RE.search(line.text) for line in block):
        return {line.index for line in block}
    return set()


_WATCH_LABEL_RE = re.compile(r"^(?:watch|video)\s*:\s+\S", re.IGNORECASE)
_BARE_CREDIT_RE = re.compile(r"^[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}$")


def _video_credits(lines: list[Line], dropped: set[int]) -> set[int]:
    """"Watch: Former customs officer describes ..." over "BBC": the embedded clip's credit."""
    found: set[int] = set()
    for line, below in itertools.pairwise(lines):
        if line.index in dropped and _WATCH_LABEL_RE.match(line.text) and below.word_count <= 3 and (
            _BARE_CREDIT_RE.match(below.text) and not ends_terminal(below.text)
        ):
            found.add(below.index)
    return found


def _key_events(lines: list[Line]) -> set[int]:
    """"Key events" and its list of timed links; a "Key updates" summary in sentences is the story's."""
    found: set[int] = set()
    for line in lines:
        if line.text and line.word_count <= 4 and _KEY_EVENTS_RE.match(line.text):
            block = _list_under(lines, line.index)
            if all(_CLOCK_START_RE.match(lines[i].text) for i in block - {line.index}):
                found |= block
    return found


_VERDICT_HEADING_RE = re.compile(r"\b(?:verdict|rating|score|bottom line)\b", re.IGNORECASE)


def _rated_names(lines: list[Line], body_start: int) -> set[int]:
    """"Solvik Aria 9 Pro Max" over "★★★★☆": the name on a review's rating box, not a heading."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if not line.text or line.word_count > 8 or not _star_rating(line.text):
            continue
        prev = next((ln for ln in reversed(lines[body_start:i]) if ln.text), None)
        if (
            prev is not None and prev.word_count <= 8 and not ends_terminal(prev.text) and not prev.heading
            and not _VERDICT_HEADING_RE.search(prev.text)
        ):
            found.add(prev.index)
    return found


def _unlabelled_tags(lines: list[Line], dropped: set[int]) -> set[int]:
    """"Mining" / "Lithium" / "Western Australia" at the foot of the page, with no label over them.

    Only a run of two to six short capitalised lines with furniture on both sides
    (a bio or a button above, the copyright line or the page's end below) counts.
    """
    texts = [ln for ln in lines if ln.text]
    found: set[int] = set()
    pos = len(texts) - 1
    while pos >= 0 and texts[pos].index in dropped:
        pos -= 1  # the footer under the tags
    end = pos
    while (
        pos >= 0 and texts[pos].index not in dropped and texts[pos].word_count <= 3
        and texts[pos].text[0].isupper() and not ends_terminal(texts[pos].text)
    ):
        pos -= 1
    run = texts[pos + 1:end + 1]
    if 2 <= len(run) <= 6 and pos >= 0 and texts[pos].index in dropped and len(texts) - pos <= 14:
        found.update(ln.index for ln in run)
    return found


_COMMENTS_LABEL_RE = re.compile(
    r"^(?:(?:reader |user )?comments?|\d[\d,]* comments?|comments \d[\d,.]*[KkM]?|join the (?:conversation|discussion)|discussion|"
    r"guest ?book|(?:memories (?:&|and) )?condolences|tributes)"
    r"(?:\s*\(\d[\d,]*(?:\s+(?:entry|entries|messages?))?\))?\s*:?$",  # "Guestbook (3 entries)"
    re.IGNORECASE,
)
# A comment thread's sort control: "Sort by: Newest", "Most relevant".
_SORT_CONTROLS = r"sort by\b.{0,30}|newest(?: first)?|oldest(?: first)?|top comments|most (?:relevant|liked|popular|recent)"
_SORT_CONTROL_RE = re.compile(rf"^(?:{_SORT_CONTROLS})$", re.IGNORECASE)
# What only a comment thread has: its sort control, its "3 hours ago" stamps, its buttons.
_COMMENT_SIGNAL_RE = re.compile(
    rf"^(?:{_SORT_CONTROLS}|"
    r"(?:load|view|show|see) (?:more|all|\d+) (?:comments|replies)|(?:add|write|leave|post) a comment\b.{0,30}|"
    r"(?:log|sign) in to (?:comment|reply)|reply|"
    # the comment form under the label: its moderation note and its fields ("Name*", "Email*", "Post Comment")
    r"comments are (?:moderated|reviewed|pre-moderated)\b.{0,160}|(?:name|e-?mail)\s?\*|(?:post|submit) (?:a )?comment|"
    r"(?:about |over |almost )?(?:\d{1,3}|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|"
    # a crowdfunding page's backer card: "Marta Ruiz Superbacker"
    r"[\w .’'*-]{2,40}\s(?:superbacker|backer|collaborator)|"
    # a newsletter platform's: "Like (4)", "Restacks"
    r"like \(\d{1,5}\)|restacks?|"
    # an obituary's guest book: "Sign the Guest Book", "Send Flowers", "24 entries", "Share a memory ..."
    r"sign (?:the|our) guest ?book|send flowers|\d[\d,]* entries|view all entries|share a memory\b.{0,80}|"
    r"not sure what to say\??|"
    # a video's: "Pinned by @FoundryHour", "@pedalpusher_nl 2 days ago (edited)"
    rf"pinned by @[\w.-]{{1,30}}|@[\w.-]{{1,30}}\s+{_RELATIVE_AGO}(?:\s+\(edited\))?|"
    # a reader's name and when they wrote: "Kamran A. | 5 hours ago"
    rf"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){{0,2}}\s*[|·•]\s*{_RELATIVE_AGO})$",
    re.IGNORECASE,
)


# "The rules of replying:", "Community guidelines": the house rules over a comment box.
_COMMENT_RULES_RE = re.compile(
    r"^(?:the |our )?(?:rules (?:of|for) (?:replying|commenting|comments)|"
    r"(?:community|comment(?:ing)?|discussion) (?:guidelines|rules|standards|policy)|house rules)\s*:?$",
    re.IGNORECASE,
)
# The buttons under a comment box: "Thumbs up", "Reply", "Share", "Report".
_COMMENT_BUTTON_RE = re.compile(r"^(?:thumbs (?:up|down)|reply|report|like|flag|upvote|downvote)$", re.IGNORECASE)


def _comment_rules(lines: list[Line], story: int) -> set[int]:
    """"The rules of replying:" under a comment box's buttons: the buttons, the rules and all after."""
    for line in lines[story + 1:]:
        if not line.text or line.word_count > 6 or not _COMMENT_RULES_RE.match(line.text):
            continue
        buttons = [ln for ln in reversed(lines[:line.index]) if ln.text][:5]
        if not any(_COMMENT_BUTTON_RE.match(ln.text) for ln in buttons):
            continue
        start = line.index
        for above in buttons:
            if not (_COMMENT_BUTTON_RE.match(above.text) or is_share_line(above.text)):
                break
            start = above.index
        return {ln.index for ln in lines[start:]}
    return set()


_MAKER_CARD_RE = re.compile(rf"[·•]\s*{MAKER_ROLES_RX}$")


def _comment_section(lines: list[Line], body_start: int) -> set[int]:
    """Readers' comments under the story: the "Comments (27)" label and everything after it.

    The label (or a bare sort control, "Most relevant") could be a heading in the story,
    so a thread's own furniture ("3 hours ago", "Load more comments", a member's card)
    must follow within a few lines.
    """
    story = _story_start(lines, body_start)
    rules = _comment_rules(lines, story)
    for line in lines[story + 1:]:
        if line.word_count > 4 or not line.text:
            continue
        if not _COMMENTS_LABEL_RE.match(line.text) and not _SORT_CONTROL_RE.match(line.text):
            continue
        following = [ln for ln in lines[line.index + 1:] if ln.text][:4]
        if sum(1 for ln in following if _NAMED_COMMENT_RE.match(ln.text)) >= 2:
            # "Marta K.: Same playbook as ..." / "Jonas Feld: The Lisbon part ...": readers' comments, each signed
            return rules | {ln.index for ln in lines[line.index:]}
        for after in following:
            if _COMMENTS_LABEL_RE.match(after.text) or _MAKER_CARD_RE.search(after.text):
                break  # (a launch page's discussion, the maker's pitch first, is what the page is for)
            if _COMMENT_SIGNAL_RE.match(after.text) or _MEMBER_CARD_RE.match(after.text):
                return rules | {ln.index for ln in lines[line.index:]}
    return rules


_NAMED_COMMENT_RE = re.compile(r"^[A-Z][\w’'-]+(?: [A-Z][\w’'-]*\.?){0,2}: \S")
_TOPICS_LABEL_RE = re.compile(
    r"^(?:suggested |related |more )?(?:topics?|tags?|keywords)\s*:?$|^filed under\s*[:—–-]?$|^in this (?:news|story|article)$|"
    r"^archived in\s*:?$|"
    r"^explore more on (?:these|this) topics?\s*:?$|^read more (?:news|stories) on\s*:?$",
    re.IGNORECASE,
)


def _tag_list(text: str) -> bool:
    """"Health Care, Private Equity, Nursing Homes, Ohio": short tags on one line, by commas."""
    return "," in text and all(1 <= len(part.split()) <= 3 for part in text.split(","))


def _topic_tags(lines: list[Line], body_start: int) -> set[int]:
    """After the story: "Suggested Topics:" over its short tags ("Business", "Asia Pacific")."""
    found: set[int] = set()
    story = _story_start(lines, body_start)
    texts = [ln for ln in lines[story + 1:] if ln.text]
    for pos, line in enumerate(texts):
        if line.word_count <= 5 and _TOPICS_LABEL_RE.match(line.text):
            found.add(line.index)
            for tag in texts[pos + 1:pos + 13]:
                if tag.word_count > (4 if title_cased(tag.text) else 3) and not _tag_list(tag.text) or ends_terminal(tag.text):
                    break
                found.add(tag.index)
    return found


def _writer_cards(lines: list[Line], body_start: int) -> set[int]:
    """After the story: a writer's name, her outlet and her bio
    ("Kwon Hae-sol" / "Thomson Reuters" / "Kwon Hae-sol covers South Korean companies ...").

    ``author_bio_lines`` takes the bio of the byline's writer; this takes any card, name first.
    """
    found: set[int] = set()
    story = _story_start(lines, body_start)
    texts = [ln for ln in lines[story + 1:] if ln.text]
    for pos, line in enumerate(texts):
        if not 2 <= line.word_count <= 4 or ends_terminal(line.text) or not line.text[0].isupper():
            continue
        for step, later in enumerate(texts[pos + 1:pos + 3], 1):
            if later.text.startswith(line.text + " ") and _BIO_VERB_RE.match(later.text, len(line.text)):
                found.update(t.index for t in texts[pos:pos + step + 1])
                break
            if later.word_count > 4:
                break
    return found


def _newswire_issuer(lines: list[Line]) -> set[int]:
    """The issuer's name under a newswire's "News provided by" label: not the story."""
    found: set[int] = set()
    for line in lines:
        if line.word_count <= 3 and line.text.lower() == "news provided by":
            under = next((ln for ln in lines[line.index + 1:line.index + 2] if ln.text), None)
            if under is not None and under.word_count <= 8:
                found.add(under.index)
    return found


def member_card_name(text: str) -> str | None:
    """The member a social post's card names ("Ana Ruiz · 1st" -> "Ana Ruiz")."""
    if not _MEMBER_CARD_RE.match(text):
        return None
    return re.split(r"\s*[·•]\s*", text)[0]


def _member_cards(lines: list[Line]) -> set[int]:
    """"Ana Ruiz · 1st" and the job headline under it ("CEO at Fernwick | ex-Google")."""
    found: set[int] = set()
    for index in comment_cards(lines):
        found.add(index)
        under = next((ln for ln in lines[index + 1:index + 3] if ln.text), None)
        if under is not None and under.word_count <= 16 and (
            # ("Owner at Van der Kamp Transport B.V.": a company's legal form, not a sentence's end)
            not ends_terminal(under.text) or under.text.split()[-1].lower() in ORG_SUFFIXES
        ):
            found.add(under.index)
    return found


def comment_cards(lines: list[Line]) -> dict[int, str]:
    """Who each member card names, by the card's line: "Ana Ruiz · 1st", or a company page's
    "Kestrel Freight Solutions" over "14,862 followers"."""
    cards: dict[int, str] = {}
    for line in lines:
        if not line.text or line.word_count > 8:
            continue
        if (member := member_card_name(line.text)) is not None:
            cards[line.index] = member
        elif "@" in line.text and _HANDLE_BYLINE_RE.match(line.text) and (
            (under := next((ln for ln in lines[line.index + 1:line.index + 3] if ln.text), None)) is not None
            and _AGE_AGO_RE.match(under.text)
        ):
            # "Daniela Ferraz @dferraz_pm" over "6h ago": a commenter's card, not a columnist's byline
            cards[line.index] = line.text[:line.text.rindex("@")].strip()
        elif line.word_count <= 6 and not ends_terminal(line.text) and line.text[:1].isupper() and (
            (under := next((ln for ln in lines[line.index + 1:line.index + 3] if ln.text), None)) is not None
            and _FOLLOWERS_RE.match(under.text)
        ):
            cards[line.index] = line.text
    return cards


# The parts of a stock-quote box: "PNHL.N", "48.12 USD", "+2.31 (+5.04%)", "A$2.84 ▲ 0.17 (+6.37%)",
# "▼ 18.7% (24h)", "Mkt cap A$1.92b | Vol 4.1m".
_CHANGE = r"[+\-−▲▼△▽↑↓]\s?[+\-−]?\d[\d,]*\.?\d*%?(?:\s*\([+\-−]?\d[\d,]*\.?\d*%\))?(?:\s*\((?:24h|1d|today)\))?"
# "HVMD -2.15 (-3.41%)" and "-3.41%" are a quote's chip; "HLVN +14.2%" may be a line of the story's movers
_TICKER_CHANGE_RE = re.compile(
    r"(?:\.?[A-Z]{1,6}(?:\.[A-Z]{1,2})?\s+)?[+\-−▲▼]\s?\d[\d,]*\.?\d*\s*\([+\-−]?\d[\d,]*\.?\d*%\)"
    r"|[+\-−]\d[\d,]*\.?\d*%"
)
_WIDGET_PART_RE = re.compile(
    rf"^(?:\.?[A-Z]{{1,6}}(?:\.[A-Z]{{1,2}})?\s+{_CHANGE}|"  # "CRVN +14.21 (+18.6%)", ".IXIC +306.77 (+1.62%)"
    r"[A-Z]{1,5}\.[A-Z]{1,2}|[A-Z]{1,5}:[A-Z]{1,5}|"
    rf"(?:[A-Z]{{1,2}})?[$€£¥]?\d[\d,]*\.\d+\s*(?:USD|EUR|GBP|JPY|CHF|CAD|[$€£¥])?(?:\s*{_CHANGE})?|{_CHANGE}|"
    r"(?i:mkt\.? cap|market cap(?:itali[sz]ation)?)\b.{0,40}\|\s*(?i:vol(?:ume)?)\b.{0,20})$"
)
# Under the box: "Prices delayed by 20 minutes. Data: ASX", "Prices by CoinPulse. Data may be delayed."
_WIDGET_CREDIT_RE = re.compile(
    r"^(?:(?:stock |share |token )?prices?|quotes?|data)(?: are| is)? (?:delayed|by|from|provided by|powered by)\b.{0,60}$",
    re.IGNORECASE,
)


# "Review score 8/10", "94 pts", "Rating: 4.5/5": the score that opens a review's box.
_SCORE_BOX_RE = re.compile(
    r"^(?:(?:(?:our|critic[’']?s|user|review|editor[’']?s)\s+)?(?:score|rating)\s*:?\s*\d{1,3}(?:\.\d)?\s*(?:/|out of)\s*(?:5|10|100)"
    r"|\d{2,3}\s*(?:pts|points|/\s*100))$",
    re.IGNORECASE,
)


def _score_boxes(lines: list[Line]) -> set[int]:
    """A score on a line of its own after a gap, and the short lines under it up to the next gap: the
    box of another review ("Review score 8/10" over "Saltmarsh Drifters review: ..."), or of a wine
    ("94 pts" over its name, vintage and a "Buy now" button)."""
    found: set[int] = set()
    for line in lines:
        if not line.text or line.word_count > 8 or not _SCORE_BOX_RE.match(line.text):
            continue
        if line.index and lines[line.index - 1].text and not lines[line.index - 1].heading:
            continue  # inside a paragraph: a spec sheet's line, not a box
        box = [line.index]
        for nxt in lines[line.index + 1:line.index + 5]:
            if not nxt.text:
                break
            if nxt.word_count > 16 or ends_terminal(nxt.text) and not _BUY_BUTTON_RE.match(nxt.text):
                box = []
                break
            box.append(nxt.index)
        else:
            box = []  # no gap closes it: not a box
        found.update(box)
    return found


_MOVERS_HEADING_RE = re.compile(r"\b(?:movers|gainers|losers|decliners)$", re.IGNORECASE)


def _quote_widgets(lines: list[Line]) -> set[int]:
    """A run of short lines holding at least two stock-quote parts is the quote box, company name,
    ticker and data credit included."""
    found: set[int] = set()
    run: list[Line] = []
    for line in [*lines, Line(len(lines), "", "", word_count=0)]:
        if line.text and (
            (line.word_count <= 5 and not ends_terminal(line.text))
            or (line.word_count <= 10 and (_WIDGET_PART_RE.match(line.text) or _WIDGET_CREDIT_RE.match(line.text)))
        ):
            run.append(line)
            continue
        if 3 <= len(run) <= 7 and sum(bool(_WIDGET_PART_RE.match(r.text)) for r in run) >= 2 and not (
            _MOVERS_HEADING_RE.search(run[0].text)  # "Tuesday’s biggest movers": the story's own table
        ):
            found.update(r.index for r in run)
        run = []
    for line, under in zip(lines, lines[1:]):
        if _TICKER_CHIP_RE.fullmatch(line.text) and _TICKER_CHANGE_RE.fullmatch(under.text):
            found.add(line.index)  # Yahoo's "HVMD" over "-3.41%": a ticker's chip, its change under it
    return found


_TICKER_CHIP_RE = re.compile(r"[A-Z]{2,6}(?:\.[A-Z]{1,2})?")


# "Written by Jane Roe" under the story: the card of a blog platform's author.
_WRITTEN_BY_LINE_RE = re.compile(
    r"^(?:[Ww]ritten|[Pp]osted|[Pp]ublished) by\s+[A-Z][\w’'.-]*"
    r"(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|da|di|bin|al)){0,3}$"
)
_CARD_BIO_WORDS = 40


def _author_card(lines: list[Line], label: int) -> set[int]:
    """"Written by Jane Roe", her follower count, buttons and the one-line bio between them.

    The bio is taken only when buttons or counters sit on both sides of it,
    so a closing paragraph of the story is never mistaken for one.
    """
    found = {label}
    # ("Startup" / "Acquisition" / "Founders" right over the card: the post's tags, a word or two each)
    above = [line for line in lines[max(0, label - 8):label] if line.text][::-1]
    tags = list(itertools.takewhile(lambda line: line.word_count <= 2 and not line.heading and not ends_terminal(line.text), above))
    if 2 <= len(tags) <= 6:
        found.update(line.index for line in tags)
    bio: Line | None = None
    for line in lines[label + 1:]:
        if not line.text:
            continue
        if line_boilerplate(line):
            found.add(line.index)
            if bio is not None:
                found.add(bio.index)
                break
            continue
        if bio is not None or line.word_count > _CARD_BIO_WORDS:
            break
        bio = line
    return found


_ABOUT_RE = re.compile(
    # ("About Green Valley Farms, Inc.": the legal form after its comma)
    rf"^About\s+(?:The\s+)?(?P<name>[A-Z][\w&.’'-]*)(?:\s+(?:[A-Z&][\w&.’'-]*|(?:{word_alternation(LEGAL_FORMS)})\.?)"
    rf"|,\s+(?i:{word_alternation(LEGAL_FORMS)})\.?){{0,4}}\s*:?$"
)
_ABOUT_AUTHOR_RE = re.compile(r"^about the (?:authors?|writers?|contributors?)\s*:?$", re.IGNORECASE)
_DISCLAIMER_LABEL = (
    r"(?:cautionary (?:note|statement|language)s?(?: (?:regarding|concerning|about|on) "
    r"forward[- ]looking (?:statements?|information))?|(?:note (?:regarding|on) )?forward[- ]looking "
    r"(?:statements?|information)|safe harbou?r(?: statements?)?|competent persons?[’']?s?[’']? statements?)"
)
_DISCLAIMER_RE = re.compile(rf"^{_DISCLAIMER_LABEL}\s*:?$", re.IGNORECASE)
# The label run into its first sentence, as a bold lead-in often is.
_RUN_IN_DISCLAIMER_RE = re.compile(rf"^{_DISCLAIMER_LABEL}[.:]\s+\S", re.IGNORECASE)
_CONTACT_LABEL_RE = re.compile(
    r"^(?:(?:(?:media|press|investor|news media)\s+)?contacts?|(?:investor|public|media) relations"
    r"(?:\s+contacts?)?|(?:(?:media|press|investor) )?(?:inquiries|enquiries)|for (?:further|more) information(?:,? (?:please )?contact)?"
    # a wire's foot: "To contact the reporter on this story:", "To contact the editors responsible for this story:"
    r"|to contact the (?:reporters?|editors?|authors?|writers?)(?: responsible for| on| of| for)? this story)\s*:?$",
    re.IGNORECASE,
)

# First letters of every closing-section label (these, the job boards below, "Written by"): a cheap test first.
_TAIL_INITIALS = frozenset("ACDEFIJMNOPRSTW")
# A company blog's recruiting box under the post.
_HIRING_RE = re.compile(r"^(?:we[’']re hiring|we are hiring|join (?:us|our team)|careers at [A-Z][\w&.-]*)\s*[!.]?$", re.IGNORECASE)
_JOB_BOARD_RE = re.compile(
    r"^(?:jobs?(?: board)?|job (?:openings|listings)|open (?:roles|positions)|who[’']s hiring|featured jobs|careers)\s*:?$",
    re.IGNORECASE,
)
_CREDITS_RE = re.compile(r"^(?:show |podcast )?credits:?$", re.IGNORECASE)


def _closing_sections(lines: list[Line], body_start: int) -> set[int]:
    """After the story: a release's "About X", disclaimer and contacts; a blog's author card.

    "About X" is a tail only after the story, in the text's second half, and
    when the paragraph under it names X; "About the deal" mid-story is a heading.
    """
    found: set[int] = set()
    story = _story_start(lines, body_start)
    for line in lines[story + 1:]:
        text = line.text
        if line.word_count > 8 and line.index >= len(lines) * 2 // 3 and _SITE_SELF_DESCRIPTION_RE.match(text):
            found.add(line.index)  # "Morocco World News is Morocco's leading English-language news platform, ..."
            continue
        if not text or text[0].upper() not in _TAIL_INITIALS:
            continue
        if line.word_count > 8:
            if _RUN_IN_DISCLAIMER_RE.match(text):
                found.add(line.index)  # "Forward-looking statements. This letter contains ..."
            continue
        if _DISCLAIMER_RE.match(text) or _ABOUT_AUTHOR_RE.match(text) or _CREDITS_RE.match(text):
            found |= _section_under(lines, line.index)
        elif _CONTACT_LABEL_RE.match(text):
            found |= _contact_lines(lines, line.index)
        elif _SIDEBAR_LABEL_RE.match(text):
            found |= _sidebar_tail(lines, line.index)
        elif _WRITTEN_BY_LINE_RE.match(text):
            found |= _author_card(lines, line.index)
        elif line.index >= len(lines) // 2 and _JOB_BOARD_RE.match(text):
            found |= _list_under(lines, line.index)  # "## Jobs Board" and its openings
        elif line.index >= len(lines) // 2 and _HIRING_RE.match(text):
            found |= _section_under(lines, line.index, limit=1)  # "### We're hiring" and its pitch
        elif line.index >= len(lines) // 3 and (about := _ABOUT_RE.match(text)):
            under = _next_text(lines, line.index, found)
            # (in the page's first half only a company's, by its legal form, over the usual "Laurentide Growers
            # Inc. is a ..." paragraph; "About ZYNTRELLA", its drug, is the release's own section)
            if under is not None and about.group("name") in under.text[:200] and (
                line.index >= len(lines) // 2 or under.text.startswith(about.group("name")) and " is " in under.text[:120]
                and text.rstrip(" :").rsplit(" ", 1)[-1].lower().rstrip(".") in LEGAL_FORMS
            ):
                found |= _section_under(lines, line.index)
    return found


# The site's words about itself at the page's foot: "X is Morocco's leading English-language news platform"
_SITE_SELF_DESCRIPTION_RE = re.compile(
    r"^(?:The )?[A-Z][\w&’'.-]*(?: [A-Z][\w&’'.-]*){0,4} is (?:[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?[’']s |the |an? )"
    r"(?:leading|largest|first|oldest|premier|biggest|most[- ]read|top|only)\b[^.]{0,60}?"
    r"\b(?:news(?: platform| site| website| outlet| source| agency)?|newspaper|publication|daily|magazine)\b"
)


# A legal wire's boxes after the story: "Related Sections", then "Case Information" with its fields
# (or a business channel's "Don’t miss these insights from CNBC PRO", teasers and footer under it)
_SIDEBAR_LABEL_RE = re.compile(
    r"^(?:related sections|case information|don[’']t miss these (?:insights|stories) from [\w&. ]{2,30})$", re.IGNORECASE
)


def _sidebar_tail(lines: list[Line], label: int) -> set[int]:
    """The label and every line to the page's end, when all of them are short: boxes, not story."""
    tail = [line for line in lines[label:] if line.text]
    # (a teaser's headline runs longer, but ends without a full stop)
    if any(line.word_count > 10 and ends_terminal(line.text) and not line_boilerplate(line) for line in tail):
        return set()
    return {line.index for line in tail}


def _list_under(lines: list[Line], heading: int) -> set[int]:
    """A heading and the list right under it."""
    found = {heading}
    for line in lines[heading + 1:]:
        if not line.text:
            continue
        if not line.bullet:
            break
        found.add(line.index)
    return found if len(found) > 1 else set()


def _section_under(lines: list[Line], heading: int, limit: int = 3) -> set[int]:
    """A heading and its paragraphs (``limit`` at most), up to the next short heading."""
    found = {heading}
    paragraphs = 0
    previous: Line | None = None
    for line in lines[heading + 1:]:
        if not line.text:
            previous = None
            continue
        if line.heading or line.word_count <= 8 and not ends_terminal(line.text):
            break
        if previous is None or ends_terminal(previous.text):
            if paragraphs == limit:
                break
            paragraphs += 1
        found.add(line.index)
        previous = line
    return found


def _contact_lines(lines: list[Line], label: int) -> set[int]:
    """A contact label and the short lines under it: name, title, e-mail, phone."""
    found = {label}
    for line in lines[label + 1:label + 12]:
        if not line.text:
            continue
        if line.word_count > 10 or line.heading or is_teaser_label(line.text) or len(found) == 7:
            break
        found.add(line.index)
    return found


_CREDIT_LINE_RE = re.compile(
    r"^\(?(?:(?:image|photo|picture|video)\s+credit|credit|photo|foto|photograph|picture|image|illustration|rendering)s?\s*"
    r"(?:\.{2,}|…|:|\||by\b|courtesy\b)"
    # "PHOTOS: Inside the $90M compound" links to a gallery; it credits nobody.
    r"(?!\s*(?:inside|how|why|what|when|where|who|see|watch|meet|look|all|every|our|here|the|a|an)\b)"
    r"|^(?:submitted|contributed|courtesy) (?:photo|photograph|image|picture)s?\.?$",
    re.I,
)


# "JULIEN MARCEAU / AFP": a wire photographer in capitals over the agency, under the caption.
_AGENCY_CREDIT_RE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý.’'-]*(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý.’'-]*){0,3}\s*/\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}$")


# "PA Media", "Getty Images": a picture agency's name, alone on its line, next to the caption
_PICTURE_AGENCY_RE = re.compile(r"^(?:PA Media|Getty Images|Shutterstock|Alamy|EPA(?:-EFE)?)$")


def _captions_above_credits(lines: list[Line], dropped: set[int], body_start: int) -> set[int]:
    """The short line right above a "Credit..." line is the picture's caption.

    Not the rubric right under the headline, with no full stop ("Heirs and disgraces" over "A succession
    fight threatens ..." over "Photograph: Getty Images"): the picture has no caption there.
    """
    found: set[int] = set()
    for i, line in enumerate(lines):
        if not line.text or line.index not in dropped or not (
            _CREDIT_LINE_RE.match(line.text) or _PICTURE_AGENCY_RE.match(line.text)
            or line.word_count <= 6 and (_AGENCY_CREDIT_RE.match(line.text) or _BAR_CREDIT_RE.match(line.text))
        ):
            continue
        if i + 1 < len(lines) and lines[i + 1].index in dropped and lines[i + 1].text.endswith(line.text):
            # "Image: Supplied" over "Marsa Azraq Tower will rise 48 storeys. Image: Supplied": the alt text of the
            # picture whose caption, credited the same, is the line below; the line above is the story's
            continue
        above = None
        gap = False
        for prev in reversed(lines[:i]):
            if prev.rule:
                break  # ("***" and the desk's "NB/KGS" under a release: nothing above the rule is a caption)
            if not prev.text:
                gap = True
                continue
            # across a blank line, a paragraph of sentences or one that quotes someone is the story's
            apart = gap and (_INNER_SENTENCE_RE.search(prev.text) or any(mark in prev.text for mark in "\"“”"))
            # even without one, a line that quotes someone and says who said it is the story's
            # (or one that ends "..., Sikder said.": a sentence the story attributes)
            quoting = _SAID_RE.search(prev.text) is not None and (
                any(mark in prev.text for mark in "\"“”") or prev.text.endswith((" said.", " says.", " added."))
            )
            # "Photo: Firefighters spray foam on ... Wednesday. (WMKR viewer photo)" is its own caption, and a line
            # opening in lower case carries on the sentence above it
            own = line.word_count >= 8 and _INNER_SENTENCE_RE.search(line.text) is not None
            rubric = prev.index == body_start > 0 and not gap and lines[body_start - 1].text and not ends_terminal(prev.text)
            if (
                prev.index not in dropped and prev.word_count <= 30 and not prev.heading and not apart
                and not quoting and not own and not prev.text[0].islower() and not rubric
            ):
                found.add(prev.index)
                above = prev
            break
        if above is None and line.word_count <= 8:
            below = _caption_below(lines, i, dropped)
            if below is not None:
                found.add(below)
    return found


_SAID_RE = re.compile(r"\b(?:said|says|told|announced|added)\b")
_POSITION_IN_PICTURE_RE = re.compile(r", (?:left|right|center|centre|second from (?:left|right)),")


def _caption_below(lines: list[Line], credit: int, dropped: set[int]) -> int | None:
    """"Photo: Courtesy of X" over "Halvorsen Tower, seen from Fountain Square.": a caption
    standing alone under a bare credit, with nothing above the credit to caption."""
    if credit + 2 > len(lines):
        return None
    caption = lines[credit + 1]
    after = lines[credit + 2] if credit + 2 < len(lines) else None
    if (
        not caption.text or caption.index in dropped or caption.heading or caption.bullet
        or caption.word_count > 20 or _INNER_SENTENCE_RE.search(caption.text)
        or _SAID_RE.search(caption.text) or caption.text[0] in "\"“‘'"
    ):
        return None
    if after is None or not after.text or after.index in dropped:
        return caption.index
    # "Kate Voss, right, and her father inside the store on Feb. 27." names who stands where
    return caption.index if _POSITION_IN_PICTURE_RE.search(caption.text) else None


# ------------------------------------------------------------- paragraphs

_JOIN_AFTER = frozenset(
    """
    the a an of to in on at for with by from and or but nor as that than he she they
    it we i you who whom which whose his her their its our my your is was are were
    has had have be been being will would could should can may might must not said
    told says into onto about after before over under between against during like
    including such this these those where when while if because although though so
    per via amid among toward towards upon
    """.split()
)
# Words a heading never ends with: a line ending in one continues below.
_NEVER_FINAL = frozenset(
    "the a an and or but nor his her its their our my your whose than that which who whom "
    "he she they we i is was are were has had have be been will would could should can "
    "of by to from into onto via per at as including such than &".split()
)
_DANGLING_TITLES = frozenset(
    "ceo cto cfo coo founder co-founder cofounder president chairman chairwoman "
    "director minister senator sen. rep. mr. mrs. ms. dr. prof. executive spokesperson "
    "analyst investor researcher engineer".split()
)
# A sentence end inside a line ("... rivalry. Tesla had"); "a.m. ET" is not one.
_INNER_SENTENCE_RE = re.compile(r"(?<![\s.][A-Za-z])(?<!\b[A-Z])[.!?][\"'”’)]*\s+[\"'“‘(]*[A-Z]")
_ABBREV_END_RE = re.compile(r"(?:^|[\s(])([A-Za-z][A-Za-z.]*)\.$")


def _ends_with_abbreviation(text: str) -> bool:
    match = _ABBREV_END_RE.search(text)
    if not match:
        return False
    word = match.group(1)
    if word == "no":
        return False  # "... before anyone could say no.": the word, not "No. 4"
    return (len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATIONS


def _starts_lower(text: str) -> bool:
    word = text.lstrip("\"'“‘(")
    if not word:
        return False
    first = words(word[:40])
    token = first[0] if first else word
    return word[0].islower() and not any(ch.isupper() for ch in token[1:])


_CHAPTER_RE = re.compile(r"[(\[]?\d{1,2}:\d{2}(?::\d{2})?(?:[)\]]\s+|\s+[–—-]\s)")
_EMOTICON_END_RE = re.compile(r"(?:^|\s)[:;]-?[()DP]$")


# "READ:", "READ ALSO:", "RELATED:", "See also:": a teaser link's label, opening its line
_TEASER_LEAD_RE = re.compile(r"(?:read(?: also| more)?|also read|related|see also)\s*:\s", re.IGNORECASE)


_STYLES = frozenset("Mr Mrs Ms Mx Dr Prof Sir Dame".split())  # a style always has a name after it


def should_join(prev: str, nxt: str, hard_wrapped: bool = False, in_prose: bool = False) -> bool:
    """Decide whether ``nxt`` continues the sentence or paragraph of ``prev``.

    ``in_prose``: the line before ``prev`` ended a sentence, so ``prev`` is prose, not a dek or heading.
    """
    prev = prev.rstrip()
    nxt = nxt.lstrip()
    if not prev or not nxt:
        return False
    if _starts_lower(nxt):
        return True
    if _TEASER_LEAD_RE.match(prev):
        return False  # "READ: SEC tightens disclosure rules" over the next paragraph: a link, not its start
    if prev[-1] in ")(DP" and _EMOTICON_END_RE.search(prev):
        return hard_wrapped  # "... what's in the bag :)": a smiley ends its sentence
    if in_prose and nxt[0] not in "\"“‘'" and quote_left_open(prev) and _closes_quote(nxt):
        # '"Nine people have died." + "Fourteen are being treated," Harjito said', 'under the title
        # "Factor B Inhibition in IgA' + 'Nephropathy."': one quotation, wrapped
        return True
    terminal = ends_terminal(prev)
    if terminal:
        if prev.endswith(".") and _ends_with_abbreviation(prev) and nxt[0] not in "\"“‘'":
            return True
        return hard_wrapped and not _title_case_heading(nxt)
    if prev.endswith(":") and _TURN_LABEL_LINE_RE.fullmatch(prev) and not _TURN_LABEL_LINE_RE.fullmatch(nxt):
        return True  # "RANGANATHAN:" over "So why stop now?": a transcript's label and its turn
    if prev.endswith((":", " -", " –", " —")):
        return hard_wrapped
    if nxt[0] in "0123456789([" and _CHAPTER_RE.match(nxt):
        return False  # "00:12:30 – Why we left Boston", "(00:14:32) Why …": an episode's chapters, one per line
    if nxt[0].isdigit() or nxt[0] in "$€£¥%(":
        return True
    words = prev.split()
    final = words[-1]
    if final.rstrip(".") in _STYLES or len(words) >= 3 and words[-2].rstrip(".") in _STYLES and final.istitle() and (
        not _title_case_heading(nxt)
    ):
        return True  # "... three weeks after Mr" + "Okafor-Reeve resigned", "is Ms Imogen" + "Strachan.": a name goes on
    last = final.lower().strip("\"'“”‘’(")
    if last in _NEVER_FINAL and final[:1].isupper() and _title_case_heading(prev):
        return False  # "What Investigators Will Look At": a heading's capitalised last word ends it
    if prev.endswith((",", ";", "–", "—")) or last in _NEVER_FINAL:
        return True
    if last in _JOIN_AFTER and (len(prev.split()) >= 8 or "," in prev):
        return True  # a heading may end "What the money is for"; a long line may not
    if _INNER_SENTENCE_RE.search(prev):
        return True
    if _name_continues(prev, nxt):
        return True
    if in_prose and _cut_mid_sentence(prev) and not _title_case_heading(nxt):
        return True  # "... though he warned that integrating" + "Ocotlán’s drivers ...": cut mid-sentence
    if in_prose and _cut_mid_name(prev, nxt):
        return True
    return hard_wrapped and not _title_case_heading(prev)


def quote_left_open(line: str) -> bool:
    """A line that opens a double quotation and does not close it: its last straight mark opens
    a word ('... after "molten'), or it has more “ than ”."""
    last = line.rfind('"')
    if last >= 0 and line.count('"') % 2 == 1:
        return (last == 0 or line[last - 1] in " ([—–-") and last + 1 < len(line) and not line[last + 1].isspace()
    return line.count("“") > line.count("”")


def _closes_quote(line: str) -> bool:
    """A line that closes a double quotation it did not open: its first straight mark ends a word
    ('condition," Harjito said'), or it has more ” than “."""
    first = line.find('"')
    if first > 0 and line.count('"') % 2 == 1 and "“" not in line:
        return not line[first - 1].isspace()
    return line.count("”") > line.count("“")


def _cut_mid_sentence(prev: str) -> bool:
    """A long line of prose ending on a lowercase word, with no quotation left open on it."""
    tail = prev.split()
    return (
        len(tail) >= 10 and tail[-1].isalpha() and tail[-1].islower()
        and prev.count("“") <= prev.count("”") and prev.count('"') % 2 == 0
        and prev.count("‘") <= len(_CLOSING_SINGLE_RE.findall(prev))
    )


_CLOSING_SINGLE_RE = re.compile(r"’(?!\w)")  # not the apostrophe of "isn’t"


def _cut_mid_name(prev: str, nxt: str) -> bool:
    """"... near Sinop in northern Mato" + "Grosso and sells to Boivale, said ...": a long line of prose
    cut inside a two-word name, the sentence going on in lower case after it."""
    tail = prev.split()
    head = nxt.split()
    if len(tail) < 10 or len(head) < 2 or not tail[-1].isalpha() or not tail[-1].istitle() or _title_case_heading(nxt):
        return False
    # "... and 49% by PT Mitra Tambang" + "Nusantara, a unit of ...": a name of several words, cut
    run = 1
    while run < 4 and tail[-1 - run][:1].isupper() and tail[-1 - run].isalpha():
        run += 1
    if run > 1 and tail[-1 - run].islower() and (
        head[0].endswith(",") and head[0][:-1].isalpha() and head[0].istitle()
        or _org_suffix_run(head)  # "... published in The New England" + "Journal of Medicine in January"
    ):
        return True
    return (
        len(head) >= 4 and tail[-2].isalpha() and tail[-2].islower()
        and head[0].isalpha() and head[0].istitle() and head[1].isalpha() and head[1].islower()
    )


def _title_case_heading(text: str) -> bool:
    """"What Happens Next": a short line of capitalised words heads a section, even in wrapped prose."""
    return heading_like(text, max_words=8) and title_cased(text)


_VERBS_BEFORE_NAMES = frozenset("said says asked asks added adds told wrote writes noted notes replied according".split())


# "Igorevich", "Andreyevna": a Russian middle name, the father's, always followed by the family name
PATRONYMIC_RE = re.compile(r"[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna)")


def _name_continues(prev: str, nxt: str) -> bool:
    """"... named Priya" + "Raman as ...": a name or title left dangling at a line end."""
    tail = prev.split()
    head = nxt.split()
    if not tail or not head or not (head[0][:1].isupper() or _particle_surname(head)):
        return False
    last = tail[-1].strip("\"'“”‘’(")
    low = last.lower()
    if low in _DANGLING_TITLES or re.fullmatch(r"[A-Z]\.", last):
        return True
    if last in GAELIC_PARTICLES and len(tail) > 1 and tail[-2][:1].isupper():
        return True  # "... states that Mr Ó" + "Murchú “ceased to be a director ...”": a surname's particle
    if head[0] in GAELIC_PARTICLES and len(head) > 2 and head[1][:1].isupper() and (
        len(tail) > 1 and tail[-2].lower() in WRITER_ROLES and last[:1].isupper()
    ):
        return True  # "Loinnir chairwoman Síle" + "Nic Ghearailt wrote that ...": her surname, on its particle
    if not last[:1].isupper():
        return False
    if low in FIRST_NAMES or PATRONYMIC_RE.fullmatch(last):
        return True  # ("magnate Gennady Lvovich" + "Korotsky, his ...": a patronymic, the surname to follow)
    # "..., operations director, Annelies" + "Vermaat, said": an appositive name.
    after_first = head[1] if len(head) > 1 else ""
    if len(tail) > 1 and tail[-2].lower() in _VERBS_BEFORE_NAMES and (head[0].endswith(",") or after_first[:1].islower()):
        return True  # '..." asked Priyanka' + 'Rao, an analyst at ...': the speaker's name broken
    if len(tail) > 1 and tail[-2].lower() in WRITER_ROLES and after_first[:1].islower():
        # "investment director Béatrice" + "Vasseur-Lambert said …": a role, then the name broken
        # (or a rank: "Trade Secretary Cristina" + "Mapa said …")
        return True
    if len(tail) >= 6 and tail[-2].islower() and (
        head[0].lower().strip(",.") in ORG_SUFFIXES and after_first[:1].islower()
        # "... sent slurry into the Yarrock" + "River.": a place's name broken, ending the sentence
        or head[0].lower().strip(",.;") in PLACE_SUFFIXES and (after_first[:1].islower() or head[0][-1:] in ".,;")
    ):
        return True  # "... turbofan from Calder" + "Turbines for all 40 jets": a company name broken
    if (
        len(tail) >= 10 and (tail[-2].islower() or tail[-2].endswith(("’s", "'s")))
        and _org_suffix_run(head) and not _title_case_heading(prev)
    ):
        return True  # "... with South Korea’s Daeyang" + "Chemical Holdings that is building ..."
    if len(tail) >= 10 and tail[-2] == "of" and tail[-3][:1].isupper() and _name_run_ends(head):
        return True  # "... sign-off from the Bureau of Ocean" + "Energy Management, which ...": an agency broken
    if len(tail) >= 10 and tail[-2] in ("by", "with", "from", "named", "called") and (
        head[0].endswith(",") and not _title_case_heading(nxt)
    ):
        return True  # "... founded in 2009 in Stamford, Connecticut, by Preston" + "Aldane, a former investment banker"
    if len(tail) >= 6 and tail[-2] in ("and", "or", "&") and "," in prev and after_first[:1] in "(abcdefghijklmnopqrstuvwxyz":
        return True  # "Ray Dunleavy (Ward 1), Peter Haskins and Tamsin" + "Oduya (Ward 5) voted yes"
    return (
        len(tail) > 1 and tail[-2].endswith(",")
        # "... with a fellow machinist, Leonard" + "Kessler. The company ...": the name ends the sentence
        and (head[0].endswith(",") or after_first[:1].islower() or len(tail) >= 10 and head[0].endswith("."))
        and not (len(tail) <= 4 and _title_case_heading(prev))  # "Anchor Book, Bankers": a heading's list
    )


def _particle_surname(head: list[str]) -> bool:
    """"d'Orsenne, a former banker", "van der Merwe said": a surname opening on its particle."""
    if re.match(r"d['’][A-ZÀ-Ý]", head[0]):
        return True
    rest = [w for w in head[:4] if w.lower() not in NAME_PARTICLES]
    return head[0] in NAME_PARTICLES and bool(rest) and rest[0][:1].isupper() and head.index(rest[0]) <= 2


def _org_suffix_run(head: list[str]) -> bool:
    """"Turbines for", "Chemical Holdings that": capitalised words ending in a company's suffix, then lower case."""
    for i, word in enumerate(head[:3]):
        if not word[:1].isupper():
            return False
        if word.lower().strip(",.") in ORG_SUFFIXES:
            return i + 1 < len(head) and head[i + 1][:1].islower()
    return False


def _name_run_ends(head: list[str]) -> bool:
    """The capitalised words opening a line stop at a comma or run into lower-case words."""
    for word in head[:3]:
        if not word[:1].isupper():
            return word[:1].islower()
        if word.endswith(","):
            return True
    return False


def _wrap_width(lines: list[Line], dropped: set[int]) -> int:
    """The width paragraphs are wrapped at, when they are blank-line separated and wrapped at a fixed
    width; else 0."""
    kept = [ln for ln in lines if ln.index not in dropped]
    blocks: list[list[Line]] = [[]]
    for line in kept:
        if line.text:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    inner = [ln for block in blocks for ln in block[:-1]]
    multi = sum(1 for block in blocks if len(block) >= 2)
    if multi < 2 or len(inner) < 4:
        return 0
    lengths = [len(ln.text) for ln in inner]
    # A one-line dek or caption may run past the wrap width; the wrapped paragraphs set it.
    widest = max(len(ln.text) for block in blocks if len(block) >= 2 for ln in block)
    if widest > 110:
        return 0
    near = sum(1 for n in lengths if n >= 0.6 * widest)
    return widest if near / len(lengths) >= 0.8 else 0


# "(1) Impairment loss", "2. Revision of earnings forecast", "(b) Scope": an item or a numbered heading
# (ITEM_MARK_RX, defined with the line rules, is its mark)
_ENUMERATED_RE = re.compile(rf"^{ITEM_MARK_RX}\s+[A-Z]")


def _enumerated(line: Line) -> bool:
    return bool(line.number) or bool(_ENUMERATED_RE.match(line.text))


def _wrapped_at(line: Line, under: Line, width: int) -> bool:
    """Whether a wrapper could have broken ``line`` where it ends: a short line the next word would
    have fitted on ("Use of funds" over "Proceeds will be ...") was ended on purpose, a heading."""
    return len(line.text) >= 0.6 * width or len(line.text) + 1 + len(under.text.split(" ", 1)[0]) > width


def _wrapped_without_gaps(lines: list[Line], dropped: set[int]) -> bool:
    """True when the story is wrapped at a fixed width with no blank line between its lines: at least
    three long lines run on into a lower-case line under them, and no wrapped line is wider than 90."""
    kept = [ln for ln in lines if ln.index not in dropped]
    runs_on = [line for line, under in zip(kept, kept[1:]) if _runs_on(line, under, words=6, under_words=1)]
    return len(runs_on) >= 3 and max(len(line.text) for line in runs_on) <= 90


_WORD_HEAD_RE = re.compile(r"([A-Za-z]+)-$")
_WORD_TAIL_RE = re.compile(r"[a-z]+")


def _word_broken_at(prev: str, text: str) -> bool:
    """"com-" over "pensation": one common word cut in two, its second half no word ("long-" over "term" is
    a compound, both halves words)."""
    head, tail = _WORD_HEAD_RE.search(prev), _WORD_TAIL_RE.match(text)
    if head is None or tail is None:
        return False
    return zipf(tail.group()) < 1.5 and zipf((head.group(1) + tail.group()).lower()) >= 2.5


def _hyphenated(prev: str) -> bool:
    """"long-" + "term": a word broken at its hyphen is glued back without a space."""
    return prev.endswith("-") and not prev.endswith(" -") and len(prev) > 1 and prev[-2].isalpha()


# "— Jane Doe (@janedoe) March 3, 2024": the line under an embedded post.
# "A post shared by Jane Doe (@janedoe)": the same line under an Instagram post.
POST_SIGNATURE_RE = re.compile(
    r"^(?:[—–-]{1,2}\s*|A post shared by\s+)(?P<name>[^()@\n]{2,80}?)\s*\(@\w[\w.-]{0,60}(?:@[\w.-]{1,60})?\)"
)
# "u/maravilkas_tallybird (OP) · ▲ 198", "u/hannah · OP · 5d": a forum comment's author, with its
# votes, its age or the poster's badge, over the comment.
_COMMENT_FIELD = (
    r"(?:(?P<op_badge>OP)|[▲⬆↑]?\s*\d[\d,.]*k?(?:\s+(?:points?|votes?|upvotes?))?|edited|"
    r"\d{1,3}\s?(?:s|m|mins?|h|hrs?|d|w|mo|y|yrs?|minutes?|hours?|days?|weeks?|months?|years?)\.?(?:\s+ago)?)"
)
COMMENT_HEADER_RE = re.compile(
    rf"^u/(?P<user>[A-Za-z0-9_-]{{3,20}})(?P<op>\s+\(OP\))?(?:\s*[·•|]\s*{_COMMENT_FIELD}){{1,3}}\s*$"
)
POST_SIGNATURE_STARTS = ("—", "–", "-", "A post shared by ")
# "BRANDT: Because I lived it." / "Q: Why restaurants?": a turn in a printed interview or transcript.
# "RANGANATHAN: So why stop now?", "TOVE RANGANATHAN, HOST: Bread prices ...": a turn in capitals,
# its speaker's role after a comma; a transcript may put the label on a line of its own
_CAPITALS_LABEL = r"[A-Z][A-Z.’'-]*(?: [A-Z][A-Z.’'-]*){0,3}"
_ROLE_AFTER_LABEL = r"(?:, [A-Z][A-Z-]*(?: [A-Z][A-Z-]*){0,2})?"
TURN_LABEL_RE = re.compile(rf"(?m)^(?P<label>Q|A|{_CAPITALS_LABEL}){_ROLE_AFTER_LABEL}:[ \t]+(?=\S)")
_TURN_LABEL_LINE_RE = re.compile(rf"{_CAPITALS_LABEL}{_ROLE_AFTER_LABEL}:")
# "Oskar Demir, Granary Street Capital: Thanks." / "Tobias Lindqvist, CFO: Most of it ...": an earnings
# call's turns, each labelled with the speaker's full name and firm or role.
CALL_TURN_RE = re.compile(
    r"(?m)^(?P<label>[A-Z][\w’'-]+(?: [A-Z][\w’'.-]+){1,3}), [A-Z][\w&’'.-]*(?: [\w&’'.-]+){0,5}:[ \t]+(?=\S)"
)
# "Theo: So you moved?" / "Naledi: Nothing.": a transcript whose turns carry first names.
NAME_TURN_RE = re.compile(
    r"(?m)^(?P<label>[A-ZÀ-Ý][a-zß-ÿ’'-]+(?: [A-ZÀ-Ý][a-zß-ÿ’']+(?:-[A-ZÀ-Ý][a-zß-ÿ’']+)?)?):[ \t]+(?=\S)"
)


def name_turn_labels(body: str) -> frozenset[str]:
    """The names that label the turns of a transcript: two or more, each twice, four turns in all.

    Everyday words ("Update:", "Note:", "Correction:") label notes, not speakers.
    """
    counts: dict[str, int] = {}
    for match in NAME_TURN_RE.finditer(body):
        label = match.group("label")
        counts[label] = counts.get(label, 0) + 1
    if counts:
        # "MARISOL IBARRA:" beside "Marisol Ibarra:": an oral history labels one speaker both ways
        for match in TURN_LABEL_RE.finditer(body):
            if (titled := match.group("label").title()) in counts:
                counts[titled] += 1
    repeated = {label for label, n in counts.items() if n >= 2 and not is_everyday_word(label.split()[0])}
    if len(repeated) < 2 or sum(counts[label] for label in repeated) < 4:
        # "Theo Brandt:" twice among "PRIYA RAMAN:" and "GWEN TALLIS:": a full name labelling turns too
        capitals = {match.group("label") for match in TURN_LABEL_RE.finditer(body)} - {"Q", "A"}
        return frozenset(label for label in repeated if " " in label) if len(capitals) >= 2 else frozenset()
    return frozenset(repeated)


def _before_post_signatures(lines: list[Line], dropped: set[int]) -> set[int]:
    """Lines right above a "— Name (@handle) date" line: an embedded post stands alone."""
    found: set[int] = set()
    previous = None
    for line in lines:
        if line.index in dropped or not line.text:
            continue
        if previous is not None and line.text.startswith(POST_SIGNATURE_STARTS) and POST_SIGNATURE_RE.match(line.text) and not (
            # ("... and a succession" over "decided over dinner. Vote against item 6": a post wrapped with the story)
            _starts_lower(lines[previous].text) and previous > 0 and lines[previous - 1].index not in dropped
            and lines[previous - 1].word_count >= 6 and not ends_terminal(lines[previous - 1].text)
            and not lines[previous - 1].text.endswith(":")
        ):
            found.add(previous)
        previous = line.index
    return found


def fenced_lines(lines: list[Line]) -> set[int]:
    """The lines of Markdown code blocks, their fences too (a log excerpt, a config file), which no rule
    for wrapped prose should join."""
    found: set[int] = set()
    inside = False
    for line in lines:
        fence = line.raw.lstrip().startswith(("```", "~~~"))
        if inside or fence:
            found.add(line.index)
        if fence:
            inside = not inside
    return found if not inside else set()  # (an unclosed fence is no block)


def assemble_paragraphs(
    lines: list[Line], dropped: set[int], quoted: set[int] | None = None, alone: set[int] | None = None
) -> list[str]:
    """Kept lines grouped into paragraphs, broken lines re-joined.

    ``quoted``, when given, receives the positions of paragraphs made only of
    markdown block-quote lines; a line in ``alone`` starts a paragraph (an embedded
    post's handle under its poster's name, its text under the handle).
    """
    width = _wrap_width(lines, dropped)
    posts = _before_post_signatures(lines, dropped) | (alone or set())
    captions = caption_lines(lines)
    narrow = _wrapped_without_gaps(lines, dropped)
    fenced = fenced_lines(lines)
    paragraphs: list[str] = []
    blocks: list[bool] = []
    pieces: list[str] = []
    block = True
    previous: Line | None = None
    prose = False  # the kept line before ``previous``, with no gap between, ended a sentence
    # The last kept line before a gap, and whether furniture was dropped in the gap:
    # a page footer or an ad slot may cut a sentence in two.
    cut: Line | None = None
    furniture_in_gap = False

    def close() -> None:
        text = "".join(pieces)
        # "[earlier breakdown" + "of the 2023 draft](https://…)", "**Algorithmic" + "Accountability Act**":
        # markup that opened on one line and closed on the next, which each line alone kept
        if "](" in text:
            text = _LINK_RE.sub(r"\1", text)
        if "**" in text:
            text = _BOLD_RE.sub(r"\2", text)
        paragraphs.append(text)
        blocks.append(block)

    for line in lines:
        if line.index in dropped or not line.text or line.link_only:
            if pieces:
                close()
                cut, furniture_in_gap = previous, False
            furniture_in_gap = furniture_in_gap or (line.index in dropped and bool(line.text))
            pieces, previous, prose = [], None, False
            continue
        if (
            not pieces and furniture_in_gap and cut is not None and paragraphs
            and _starts_lower(line.text) and not ends_terminal(cut.text)
            and not POST_SIGNATURE_RE.match(cut.text) and line.index not in posts  # an embedded post stands alone
            and not COMMENT_HEADER_RE.match(line.text)  # "u/thrift_and_ship · ▲ 178" opens the next comment
        ):
            # "... where most of the" / "Page 1 of 4" / "objectors live.": one sentence across a page break
            pieces, block = [paragraphs.pop() + " " + line.text], blocks.pop() and line.block_quote
            previous = line
            continue
        cut, furniture_in_gap = None, False
        if (
            previous is not None
            and not previous.heading
            and not line.heading
            and not line.bullet
            and not line.table
            and not previous.table
            and line.block_quote == previous.block_quote
            and line.index not in fenced and previous.index not in fenced  # a code block's lines stay lines
            and line.index not in posts
            and line.index not in captions and previous.index not in captions
            and not (line.text.startswith(POST_SIGNATURE_STARTS) and POST_SIGNATURE_RE.match(line.text))
            # "(1) Impairment loss: 4,850 million yen" over "Demand for ...", a table's columns set apart by spaces:
            # an item or a heading of its own, and rows
            # ("1. ACTION" over "1.1 For the reasons given ...": a notice's numbered heading over its first paragraph)
            and not (_enumerated(line) or _enumerated(previous) and previous.word_count <= 10 and not line.text[:1].islower())
            and not (_COLUMN_GAPS_RE.search(line.raw.strip()) or _COLUMN_GAPS_RE.search(previous.raw.strip()))
            and (
                should_join(previous.text, line.text, bool(width) and not previous.bullet and _wrapped_at(previous, line, width), prose)
                # a column wrapped at a fixed width with no blank lines: a long line without an end goes on
                or narrow and previous.word_count >= 6 and not ends_terminal(previous.text)
                and not _title_case_heading(line.text)
            )
        ):
            if _hyphenated(previous.text) and _word_broken_at(previous.text, line.text):
                pieces[-1] = pieces[-1][:-1]  # "semicon-" + "ductor": a word broken at the margin loses its hyphen
            pieces.append(line.text if _hyphenated(previous.text) else " " + line.text)
            block = block and line.block_quote
            joined = True
        else:
            if pieces:
                close()
            pieces, block = [f"{line.number} {line.text}" if line.number else line.text], line.block_quote
            joined = False
        # (a paragraph of prose stays prose line after line: "... published in The New England" +
        # "Journal of Medicine ... under the title "Factor B ... in IgA" + "Nephropathy."")
        # (and a line that went on in lower case from the one before is prose too)
        prose = previous is not None and (ends_terminal(previous.text) or joined and (prose or line.text[:1].islower()))
        previous = line
    if pieces:
        close()
    kept = [(para.strip(), is_block) for para, is_block in zip(paragraphs, blocks)]
    kept = [(para, is_block) for para, is_block in kept if para]
    if quoted is not None:
        quoted.update(i for i, (_, is_block) in enumerate(kept) if is_block)
    return [para for para, _ in kept]


_BIO_VERBS = r"(?:is|was|covers|covered|writes|wrote|reports|reported|has|joined|edits|leads|contributed)"
_BIO_VERB_RE = re.compile(rf"\s+{_BIO_VERBS}\b")  # after a writer's name: her bio


def author_bio_lines(lines: list[Line], author: str | None, body_start: int) -> set[int]:
    """"Priya Raman covers business ...": the byline's author introduced under the story."""
    if not author:
        return set()
    names = [n.strip() for n in re.split(r",\s*|\s+and\s+", author) if n.strip()]
    pattern = re.compile(rf"^(?:{'|'.join(map(re.escape, names))})\s+{_BIO_VERBS}\b")
    found = {
        line.index for line in lines[body_start:]
        if line.text and line.word_count <= 60 and pattern.match(line.text.lstrip("*_ "))
    }
    # The writer's card under the story: "Callum Verhoeven" over "Senior Spaceflight Writer" over
    # "Callum covers commercial launch ...", the bio by first name
    firsts = re.compile(rf"^(?:{'|'.join(re.escape(n.split()[0]) for n in names)})\s+{_BIO_VERBS}\b")
    texts = [line for line in lines[max(body_start, len(lines) // 2):] if line.text]
    for before, name_line, role_line, *rest in zip([None] + texts, texts, texts[1:], texts[2:] + [None]):
        if before is not None and before.word_count <= 4 and before.text.endswith(","):
            continue  # "With gratitude," over "Joanna Kettleby" / "Chief Executive Officer": a letter signed
        if name_line.text.strip("*_ ") not in names:
            continue
        if not is_role_line(role_line):
            found.add(name_line.index)  # "Clémence Aubertin-Roux" alone at the foot: the byline, signed again
            if role_line.index == name_line.index + 1 and role_line.word_count <= 30 and name_line.index >= 3 * len(lines) // 4:
                found.add(role_line.index)  # and right under it, her card's bio: "Developer in Leeds. Writes about ..."
            continue
        found |= {name_line.index, role_line.index}
        bio = rest[0]
        if bio is not None and bio.word_count <= 60 and (firsts.match(bio.text) or pattern.match(bio.text)):
            found.add(bio.index)
    # "I cover billionaires, aviation and the business of travel." under the byline: the bio in her words
    found.update(
        line.index for line in [ln for ln in lines[body_start:] if ln.text][:6]
        if line.word_count <= 30 and _FIRST_PERSON_BIO_RE.match(line.text)
    )
    return found


def tags_under_dateline(lines: list[Line], meta_lines: set[int], dropped: set[int]) -> set[int]:
    """"Capital Markets" / "Pharma" / "M&A" a line each under the byline and date, before the story: the
    page's tag chips, copied with the page."""
    header = [i for i in meta_lines if i < min(40, len(lines) - 2)]  # (the byline and date, not a foot's)
    if not header:
        return set()
    run: list[Line] = []
    for line in lines[max(header) + 1:]:
        if not line.text or line.index in dropped:
            break
        if line.word_count > 3 or line.heading or ends_terminal(line.text) or not line.text[0].isupper():
            return set()
        run.append(line)
    else:
        return set()
    return {line.index for line in run} if 2 <= len(run) <= 8 else set()


def empty_quote_lines(lines: list[Line], dropped: set[int]) -> set[int]:
    """A bare ">" inside a paywall box or a clipper's excerpt: empty, and dropped with the lines around it
    (inside a quotation the story keeps, it stays with the quotation)."""
    found: set[int] = set()
    for at, line in enumerate(lines):
        if line.text or line.raw.strip() != ">":
            continue
        above = next((ln for ln in reversed(lines[:at]) if ln.raw.strip() and ln.raw.strip() != ">"), None)
        below = next((ln for ln in lines[at + 1:] if ln.raw.strip() and ln.raw.strip() != ">"), None)
        if above is not None and above.index in dropped and (below is None or below.index in dropped):
            found.add(line.index)
    return found


_FIRST_PERSON_BIO_RE = re.compile(r"^I (?:cover|write about|report on)\b[^.!?]{3,200}\.?$")


def is_role_line(line: Line) -> bool:
    """A writer's role on its own line under the byline or the name on a card ("Staff Writer", "Senior Reporter")."""
    text = line.text
    if not text or line.word_count > 4 or text[-1] in ".!?:" or not text[0].isupper():
        return False
    return text.split()[-1].lower() in WRITER_ROLES

