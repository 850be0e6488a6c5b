"""Title, source, publication date and author read from an article's lines.

``extract_metadata`` looks at the lines around the headline (and a page's
footer) for the headline, bylines, date lines, mastheads and copyright notes;
``source_from_body`` falls back to an outlet that refers to itself in the body.
Dates mentioned inside the story are never taken as the publication date.
"""

from __future__ import annotations

import datetime as _dt
import functools
import itertools
import re
from dataclasses import dataclass, field
from pathlib import PurePath
from urllib.parse import urlsplit

from store.common_words import zipf
from store.frontmatter import CLIPPED_KEYS
from store.gazetteer import known_town
from store.clean import (
    SITE_DOMAIN_RE,
    Line,
    is_menu_line,
    is_page_chrome,
    is_role_line,
    is_share_line,
    is_tagline,
    is_teaser_label,
    line_boilerplate,
    logo_site,
    member_card_name,
    writer_card_name,
)
from store.lexicon import (
    COUNTRIES, FIRST_NAMES, MONTHS, NAV_SECTIONS, OUTLET_HOSTS, OUTLET_WORDS, PLACES, READ_LATER_APPS, READER_ACTIONS, SECTION_WORDS,
    SOCIAL_NETWORKS, STATE_ABBREVIATIONS, STOPWORDS, US_STATES, WEEKDAYS, WRITER_ROLES,
)
from store.sentences import (
    CALL_SIGN_RE, DATELINE_DAY_RX, DATELINE_PLACE_RX, INITIAL_RX, ends_terminal, ends_with_abbreviation, title_cased,
    word_alternation, words,
)


@dataclass
class Metadata:
    """What the header and footer lines say about the article."""

    title: str | None = None
    title_index: int | None = None
    source: str | None = None
    date: str | None = None
    author: str | None = None
    body_start: int = 0
    consumed: set[int] = field(default_factory=set)


# ------------------------------------------------------------------ dates

_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?"  # ("27. May 2025": the day written as an ordinal, the German way)
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DATE_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d{2})[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})(?:\b|(?=T\d))"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:\s*,\s*|\s+){_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2})\b"),
    re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*[,:]?\s*\d{{3}})", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?=$|[\s,.|·•])", re.I),
    # a Nordic stamp without its year: "27.5. 14:32"
    re.compile(r"^(?:updated\s+)?(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?=\s+\d{1,2}[:.]\d{2}$)", re.I),
]
# The patterns that can match without a month name.
_NUMERIC_DATE_PATTERNS = [_DATE_PATTERNS[0], _DATE_PATTERNS[3], _DATE_PATTERNS[-1]]
_MONTH_HINT_RE = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.I)
_DIGIT_RE = re.compile(r"\d")
_TIME_RE = re.compile(
    r"\b\d{1,2}(?::\d{2}){1,2}\s*(?:[ap]\.?\s?m\.?|uhr\b)?|\b\d{1,2}(?:\.\d{2})?\s*[ap]\.?\s?m\.?(?=\W|$)"
    r"|\b\d{1,2}\.\d{2}\s*uhr\b",  # (a German clock: "17.12 Uhr")
    re.I,
)
_DOTTED_TIME_RE = re.compile(r"\b(?:[01]?\d|2[0-3])\.[0-5]\d\b")
# "GMT+1", "UTC-05:00": a zone with its offset.
_ZONE_RE = re.compile(
    r"\b(?:(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|MT|MST|MDT|AKST|AKDT|HST|"
    r"BST|CET|CEST|EET|EEST|WET|IST|JST|KST|AEST|AEDT|NZST|NZDT|ICT|WIB|PHT|SGT|HKT|MYT|PKT|GST|AST|Z)\b"
    # "04:05 PM Eastern Daylight Time": a wire's zone spelled out
    r"|\b(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|Greenwich Mean|British Summer|"
    r"(?:Central|Eastern|Western) European(?: Summer)?|Coordinated Universal)(?: (?:Daylight|Standard))? Time\b"
)
_META_PREFIX_RE = re.compile(
    r"^(?:(?:last\s+)?(?:updated|modified|update(?=\s+on\b|\s*:))|(?:this\s+(?:content|article|story|page)\s+was\s+)?published|posted|"
    r"originally published|first published|original(?=\s+[A-Z0-9])|publication date|"
    r"date|dated|created|modified|released)\b(?:\s+on)?\s*:?"
    r"|^issued(?:\s+on)?\s*:"  # "Issued on: 24/05/2025 - 11:20" (not "Issued in March 2024, the bonds ...")
    r"|^publish\s*:",  # "Publish : 27 May 2025, 04:10 PM" over "Update : ..."
    re.I,
)
_CLIPPED_KEY_RE = re.compile(rf"(?:{'|'.join(CLIPPED_KEYS)}):\s", re.IGNORECASE)  # (Notion's "Created: September 18, 2025")
_YEAR_RE = re.compile(r"(?<![\d©])\b((?:19|20)\d{2})\b")
_COPYRIGHT_RE = re.compile(r"©|\(c\)|\bcopyright\b", re.I)
_READ_TIME_RE = re.compile(r"\b\d+(?:\s*[–-]\s*\d+)?\s*(?:min|mins|minute|minutes)(?:\s+(?:read|listen))?\b", re.I)
_RELATIVE_RE = re.compile(
    r"\b(?:\d+\s*|(?:an?|one)\s+)(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b", re.I
)


@dataclass(frozen=True)
class DateMatch:
    value: str | None  # ISO text, or None when the year is missing
    month: int | None
    day: int | None
    start: int
    end: int


def _valid(year: int, month: int, day: int | None) -> bool:
    try:
        _dt.date(year, month, day or 1)
    except ValueError:
        return False
    return True


def find_date(text: str) -> DateMatch | None:
    """The first calendar date in ``text``; ``value`` is None when it has no year."""
    if not _DIGIT_RE.search(text):
        return None  # every pattern needs a digit
    patterns = _DATE_PATTERNS if _MONTH_HINT_RE.search(text) else _NUMERIC_DATE_PATTERNS
    best: DateMatch | None = None
    # "12/03/2025 - 09:40 GMT+1": a clock on Europe's or Africa's time writes its day first
    # ("12/06/2025 - 10:05": so does a 24-hour clock without "AM" or "PM"; an American one has them)
    day_first = bool(_DAY_FIRST_ZONE_RE.search(text) or "/" in text and _DAY_FIRST_CLOCK_RE.search(text))
    for pattern in patterns:
        for match in pattern.finditer(text):
            parsed = _parse_match(match, day_first)
            if parsed is None:
                continue
            if best is None or parsed.start < best.start:
                best = parsed
            break
        if best is not None and best.value is not None:
            return best
    return best


_SLASHED_DATE_RE = re.compile(r"\b\d{1,2}/\d{1,2}/(?:19|20)\d{2}\b")
_DAY_FIRST_CLOCK_RE = re.compile(
    r"\b\d{1,2}/\d{1,2}/(?:19|20)\d{2}\s*[-–|,]?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?!\s*(?:[AaPp]\.?[Mm]\b|:))"
)
_DAY_FIRST_ZONE_RE = re.compile(r"\b(?:GMT[+-]\d|UTC[+-]\d|CET|CEST|EET|EEST|WET|WEST|BST|SAST|WAT|EAT|AEST|AEDT|IST)\b")


def _parse_match(match: re.Match, day_first_zone: bool = False) -> DateMatch | None:
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if groups.get("month"):
        month = MONTHS.get(groups["month"].lower().rstrip("."))
    elif groups.get("mon"):
        month = int(groups["mon"])
    elif groups.get("a"):
        a, b = int(groups["a"]), int(groups["b"])
        # "17.06.2025", "03.04.2025" and "23-05-2025": dots and dashes are Europe's and Latin America's, day
        # first; "3/4/2025" is read the American way
        day_first = a > 12 or groups["sep"] in ".-" or day_first_zone and b <= 12
        month, groups["day"] = (b, str(a)) if day_first else (a, str(b))
    else:
        month = None
    day = int(groups["day"]) if groups.get("day") else None
    if month is None or not 1 <= month <= 12:
        return None
    if year is None:
        if day is None or not 1 <= day <= 31:
            return None
        return DateMatch(None, month, day, match.start(), match.end())
    if not _valid(year, month, day):
        return None
    value = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    return DateMatch(value, month, day, match.start(), match.end())


def parse_date(text: str) -> str | None:
    """ISO form of the first complete date in ``text`` ("YYYY-MM-DD" or "YYYY-MM")."""
    found = find_date(text)
    return found.value if found else None


# ------------------------------------------------------------------ bylines

_BYLINE_RE = re.compile(
    r"^(?:by|written by|posted by|words by|words(?=\s*:)|reporting by|story by|text by|interview by|"
    r"interviewed by|as told to|author|authors|(?:show|episode) notes by|writer(?=\s*:))"
    r"\s*:?\s+(?P<rest>.+)$",
    re.I,
)
_BYLINE_CUT_RE = re.compile(
    r"\s+[|·•—–/]\s*|\s*;\s*|\s+-\s+|\s+(?:on|at|for|in)\s+(?=[A-Z\d])|\s*,\s*(?:updated|published|posted)\b|"
    r"\s+(?:updated|published|posted)\b|\s*\(",
    re.I,
)
# A writer's job title: "Reporter", "Showbiz Tech Reporter", "Senior Film Critic".
_JOB_TITLE = (
    r"(?:[\w&-]+\s+){0,3}(?:reporter|writer|editor|correspondent|columnist|contributor|"
    r"journalist|critic|producer|commentator|staff)s?"
)
# "By Jane Doe, Senior Editor", and on a company blog "By Sunniva Achterberg, CTO".
_JOB_TITLE_TAIL_RE = re.compile(
    rf",\s+(?:{_JOB_TITLE}|(?:co-?)?founder|(?:[\w&-]+\s+)?(?:ceo|cto|cfo|coo|cio|cmo|cpo|ciso|vp)|"
    r"(?:[\w&-]+\s+){0,2}(?:engineer|developer|designer|scientist|researcher|manager|director|analyst|clerk|secretary))\s*$",
    re.IGNORECASE,
)
_JOB_TITLE_RE = re.compile(rf"^{_JOB_TITLE}$", re.IGNORECASE)
# The writer's outlet after the name: a wire story carried by a local paper.
_OUTLET_TAIL_RE = re.compile(r",\s*(?:The\s+)?[A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|of|and|&)){0,4}\s*$")
_NAME_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
# (Latin Extended capitals too: "Đặng", "Ōtani"; Vietnamese tone marks sit in Latin Extended Additional)
_NAME_TOKEN_RE = re.compile(r"^(?:[A-ZÀ-ÝĀ-ſƠƯẠ-ỹ][\w’'.-]*|[A-Z]\.|(?:de|van|von|der|da|di|la|le|bin|al)|Mc\w+)$")


def _name_ok(name: str) -> bool:
    tokens = name.split()
    if not 1 <= len(tokens) <= 4:
        return False
    if any(not _NAME_TOKEN_RE.match(t) for t in tokens):
        return False
    lowered = [t.lower().strip(".") for t in tokens]
    if lowered[0] in STOPWORDS or lowered[0] in SECTION_WORDS:
        return False  # ("Follow Us", "Share This": a button)
    if lowered[-1] in STOPWORDS and not (
        len(tokens) > 1 and (lowered[0] in FIRST_NAMES or zipf(lowered[0]) < 3.5) and tokens[-1].istitle()
    ):
        return False  # ("Read More"; but "Kareem Small", "Ama Best": a given name, then a surname that is a word)
    if lowered[0] in WEEKDAYS and (
        len(lowered[0]) > 3 or len(tokens) == 1 or lowered[1] in MONTHS or tokens[1][:1].isdigit()
    ):
        return False  # "Thu Mar 5", "Monday"; but "Thu Hằng" is a Vietnamese name
    if lowered[0] in MONTHS and (len(tokens) == 1 or tokens[0].endswith(".")):
        return False  # "June" or "Sept. Rains"; "June Okafor" and "Jun Ito" are names
    return not any(t in WRITER_ROLES or t in {"staff", "team", "editors", "desk", "bureau"} for t in lowered)


_ACRONYM_RE = re.compile(r"[A-Z]{2,5}")


def _title_case(text: str) -> str:
    """"WEXCOMBE ROVERS FC" -> "Wexcombe Rovers FC", "LEDGER-STAR" -> "Ledger-Star": shouted words in
    title case, two-letter initialisms kept, and a masthead of one short word ("RTÉ", "CNN") too."""
    if " " not in text and len(text) <= 4:
        return text
    return " ".join(
        w.title() if w.isupper() and w.replace("-", "").isalpha() and (len(w) > 2 or len(w) == 2 and w.lower() in STOPWORDS)
        else w
        for w in text.split()
    )


# "Nation Media Group", "Standard Group PLC" under a writer's role: the publisher the writer works for
_EMPLOYER_LINE_RE = re.compile(
    r"^[A-Z][\w&’'.-]*(?: [A-Z][\w&’'.-]*){0,3} (?:Media(?: Group)?|Group|Newspapers?|Publications|Publishing)"
    r"(?: (?:Limited|Ltd|PLC|Plc|plc))?$"
)
_JOB_TITLE_OPENERS = WRITER_ROLES | frozenset({"staff", "senior", "contributing", "special", "chief", "freelance"})


def _without_job_title(rest: str) -> str:
    """"Caleb Strout Staff Writer" -> "Caleb Strout": a job title after the name with no comma."""
    if "," in rest:
        return rest  # "Rhiannon Pryce, Sports Business Correspondent": the comma already parts them
    tokens = rest.split()
    for i in range(2, len(tokens)):
        if tokens[i].lower() in _JOB_TITLE_OPENERS and tokens[i][:1].isupper():
            tail = " ".join(tokens[i:])
            if _JOB_TITLE_RE.match(tail):
                return " ".join(tokens[:i])
    return rest


def plain_author(name: str) -> str:
    """"Helen Marchbank (Parish Clerk)", "Helen Marchbank, Parish Clerk": a page's named writer
    without the post beside the name."""
    name = re.sub(r"\s*\([^()]*\)\s*$", "", name)
    return _JOB_TITLE_TAIL_RE.sub("", name).strip() or name


def parse_byline(text: str) -> str | None:
    """Author names from a byline such as "By Jane Doe and Raj Patel | March 3"."""
    match = _BYLINE_RE.match(text.strip())
    if not match:
        return None
    rest = match.group("rest")
    cut = _BYLINE_CUT_RE.search(rest)
    if cut:
        rest = rest[: cut.start()]
    date = find_date(rest)
    if date:
        rest = rest[: date.start]
    rest = _without_job_title(_title_case(rest.strip(" ,;:-")))
    names = [n.strip(" .") if not re.search(r"\b[A-Z]\.$", n.strip()) else n.strip()
             for n in _NAME_SPLIT_RE.split(rest) if n.strip()]
    good = [n for n in names if _name_ok(n)]
    if not good or len(good) != len(names) and len(good) < 1:
        return None
    return _joined_names(good)


def _joined_names(names: list[str]) -> str:
    """"Ana Ruiz", "Ana Ruiz and Kofi Mensah", "A, B and C": names as a byline lists them."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# --------------------------------------------------------------- meta lines

_META_FILLER = frozenset(
    "on at and by read updated published posted last originally first edition issue "
    "no vol volume min mins minute minutes".split()
)


@dataclass(frozen=True)
class MetaLine:
    author: str | None
    date: DateMatch | None
    updated: bool
    year: str | None  # a bare year stated on the line


_TIME_PLACE_RE = re.compile(r"(\d(?:\s*[ap]\.?m\.?)?)\s*\((?:[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?(?: time)?)\)")
# A writer's social account at the end of a byline.
_HANDLE_TAIL_RE = re.compile(r"\s*(?:[/|·•]\s*)?@[A-Za-z0-9_]{2,30}\s*$")
# "Updated" opens a segment of its own even without a separator before it.
_SEGMENT_SPLIT_RE = re.compile(r"\s+[|·•●/]\s+|(?<=\d)\|(?=[A-Z])|\s*;\s*|\s+[—–]\s+|\s+-\s+|\s+(?=(?:Last updated|Updated)\b)")
_AGENCY_INITIALS_RE = re.compile(r"^[A-Z]{2,5}$")
_SIGNED_AGAIN_RE = re.compile(r"^\(By [^()]+\)$")
_BYLINE_LABEL_RE = re.compile(r"^(?:by|written by|authors?(?: of (?:the|this) (?:article|story|post))?)\s*:?$", re.I)
_LATE_BY_RE = re.compile(r"\s[Bb]y\s+[A-ZÀ-Ý]")
_CREDIT_SEGMENT_RE = re.compile(
    r"^(?:photo(?:graph(?:s|y)?)?s?|pictures?|images?|illustrations?|graphics?|video|editing|edited|"
    r"additional reporting|design|data|art|artwork)\s+by:?\s+\S",
    re.I,
)
_ISSUE_RE = re.compile(r"^(?:issue|vol\.?|volume|no\.?|edition|episode|#)\s*#?\s*\d+$", re.I)
_COUNTER_SEGMENT_RE = re.compile(
    r"^\d[\d,.]*\s*[km]?\s*(?:comments?|shares?|views?|likes?|replies|responses|reads)$|"
    r"^(?:comments?|replies)\s*\(\d[\d,]*\)$",
    re.I,
)
_ISO_DATETIME_RE = re.compile(
    r"\b((?:19|20)\d{2}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?\b"
)


# Every word the removals in _read_segment can take away when there is no author,
# and the words its final check lets stay.
_REMOVABLE_WORDS = (
    _META_FILLER | WEEKDAYS | frozenset(MONTHS)
    | frozenset("of date dated created modified released listen ago".split())
    | frozenset("second seconds hour hours hr hrs day days week weeks".split())
)


def _has_stray_word(seg: str) -> bool:
    """True when ``seg`` holds a plain lower-case word that no removal can touch.

    Only the times' "am", "pm" and "a m" can eat into a word, so words that
    start with "a", "p" or "m" are not judged.
    """
    for chunk in seg.split():
        if (
            chunk.isascii() and chunk.isalpha() and chunk.islower()
            and chunk[0] not in "apm" and chunk not in _REMOVABLE_WORDS
        ):
            return True
    return False


# "Posted by Ana Ruiz for the OpenTide steering committee", "By Ana Ruiz for Reuters": on whose behalf.
_ON_BEHALF_RE = re.compile(
    r"\b[Ff]or\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
    r"(?:\s+(?:steering|editorial|technical|core|release|security|communications|engineering))?"
    r"(?:\s+(?:committee|team|board|council|group|project|desk|newsroom|staff))?"
)
_HOSTED_BY_RE = re.compile(r"^(?i:hosted|presented) by\s+(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})$")
# "Operators & Owners · Hosted by ... · March 4, 2026": the show's name heading its line of details
_SHOW_NAME_SEGMENT_RE = re.compile(r"^(?:The\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|&|and|of|the)){0,5}$")


def _read_segment(seg: str) -> tuple[str | None, DateMatch | None, str | None] | None:
    """(author, date, bare year) of one byline segment, or None if it is prose."""
    if _ISSUE_RE.match(seg) or _CREDIT_SEGMENT_RE.match(seg) or _COUNTER_SEGMENT_RE.match(seg):
        return None, None, None
    if seg[:7].lower() == "source:" or _JOB_TITLE_RE.match(seg):
        # "Source: Acme Corp" beside a newswire's date names the issuer, not the
        # publication; "Staff Writer" beside a byline is the writer's job.
        return None, None, None
    hosted = _HOSTED_BY_RE.match(seg)
    if hosted and _name_ok(hosted.group("name")):
        return hosted.group("name"), None, None  # "Hosted by Priya Castellano": a show's byline
    author = parse_byline(seg)
    rest = seg
    if author:
        rest = _BYLINE_RE.match(seg).group("rest")
        for name in re.split(r",\s*| and ", author):
            rest = re.sub(re.escape(name), " ", rest, count=1, flags=re.IGNORECASE)
        if "," in rest:
            rest = _JOB_TITLE_TAIL_RE.sub(" ", rest)  # "By Jane Doe, Senior Editor"
            rest = _OUTLET_TAIL_RE.sub(" ", rest)  # "By Jane Doe, The Associated Press"
        elif _JOB_TITLE_RE.match(rest.strip()):
            rest = " "  # "By Caleb Strout Staff Writer"
        rest = re.sub(r"(?i)\bin\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*", " ", rest)
        rest = _ON_BEHALF_RE.sub(" ", rest)
    elif (late := _LATE_BY_RE.search(seg)) and (author := parse_byline(seg[late.start():].strip())):
        rest = seg[: late.start()]  # "Posted on 12 May 2024 by Sven Halvorsen"
    elif _has_stray_word(seg):
        return None  # prose: skip the removals below, which would leave the word anyway
    rest = _META_PREFIX_RE.sub(" ", rest.strip())
    if "T" in rest:
        rest = _ISO_DATETIME_RE.sub(r"\1", rest)
    date = find_date(rest)
    if date:
        rest = rest[: date.start] + " " + rest[date.end:]
    zoned = _ZONE_RE.search(rest)
    rest = _ZONE_RE.sub(" ", rest)  # first, so "UTC-05:00" keeps its offset
    rest = _TIME_RE.sub(" ", rest)
    if zoned:
        rest = _DOTTED_TIME_RE.sub(" ", rest)  # "14.07 GMT": a 24-hour time written with a dot
    rest = _READ_TIME_RE.sub(" ", rest)
    rest = _RELATIVE_RE.sub(" ", rest)
    year = None
    bare = _YEAR_RE.search(rest)
    if bare and not date:
        year = bare.group(1)
        rest = rest[: bare.start()] + " " + rest[bare.end():]
    leftover = [w for w in words(rest) if w.lower() not in WEEKDAYS and w.lower() not in _META_FILLER]
    if leftover:
        return None
    return author, date, year


# A digit or a "by": a line with neither cannot hold a date or a byline.
_META_HINT_RE = re.compile(r"\d|\b[Bb]y:?\s+[A-ZÀ-Ý]|^(?:author|authors|words|writer)\s*:", re.I)


# "Monday 29 September 2025 09:14, UK": the country or zone whose clock the time is on, after a comma
_CLOCK_REGION_RE = re.compile(r"(\b\d{1,2}[:.]\d{2}),\s*(?:UK|US|[A-Z]{1,4}T)$")
# "21 Aug 2025 07:48PM (Updated: 21 Aug 2025 09:15PM)": the update in brackets after the date
_UPDATED_IN_BRACKETS_RE = re.compile(r"\s*\(((?:last\s+)?updated\b[^()]*)\)\s*$", re.IGNORECASE)
# "UTCUpdated", "20259:41": words and numbers a scraper glued together.
_GLUED_STAMP_RE = re.compile(r"(?<=[A-Za-z0-9])(?=(?:Updated|Published|Posted)\b)|(?<=\b(?:19|20)\d\d)(?=\d{1,2}:\d\d)")


# "Helen Achterberg, Markets Reporter": a byline without "By", its job title after a comma.
_ROLE_BYLINE_RE = re.compile(
    rf"^(?P<name>[A-ZÀ-Ý][\w’'.-]+(?:\s+[A-ZÀ-Ý][\w’'.-]+){{1,3}}),\s+{_JOB_TITLE}$", re.IGNORECASE
)


# "Nadia KovacResources reporter": the writer's name with the job title glued on by the scraper.
_GLUED_ROLE_BYLINE_RE = re.compile(
    rf"^(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{0,2}}\s+[A-Z][\w’'-]*[a-z])(?=[A-Z])(?i:{_JOB_TITLE})$"
)
# "Helena Osgood-Marsh Environment correspondent": the name, then the job title without a comma.
_SPACED_ROLE_BYLINE_RE = re.compile(
    rf"^(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{1,2}}?)\s+(?=[A-Z])(?i:{_JOB_TITLE})$"
)
# "Updated Jun 17, 2025 – 9.02am, first published Jun 16, 2025": the date the story first ran.
# ("Updated Nov. 3, 2025 10:02 am ET / Original Nov. 2, 2025 6:30 pm ET": Barron's first date after the update)
_FIRST_PUBLISHED_RE = re.compile(r"\b(?:first|originally)\s+published\b|\bOriginal(?=\s+[A-Z0-9])", re.IGNORECASE)


# What a date line carries besides the date: a video's "86,412 views", GhanaWeb's "Business News of", GOV.UK's
# "— see all updates"
_VIEW_COUNT_RE = re.compile(r"^\d[\d,.]*[KkM]?\s+views\s+(?=\w)")
_SECTION_NEWS_OF_RE = re.compile(r"^(?:[A-Z][a-z]+\s+){1,2}News\s+of\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")
# swissinfo.ch's "This content was published on May 27, 2025 - 14:05"
_CONTENT_PUBLISHED_RE = re.compile(r"^This (?:content|article|story|page) was (?:first )?published on\s+", re.IGNORECASE)
_LAST_UPDATE_ON_RE = re.compile(r"^last update(?: on\b|\s*:)", re.IGNORECASE)  # (Hürriyet's "Last Update: May 28 2025")
_PRINT_PAGE_RE = re.compile(r"(?<=\d{4})\s+page\s?[A-Z]?\d{1,3}$", re.IGNORECASE)
_SEE_ALL_UPDATES_RE = re.compile(r"\s*[—–-]\s*see all updates$", re.IGNORECASE)
# "for Buenos Aires Times" under a byline: the paper the writer wrote for
_FOR_PAPER_RE = re.compile(r"^for (?:the )?[A-Z]")
# "with AP, EFE" under a byline: the agencies the writer drew on
_WITH_AGENCIES_RE = re.compile(r"^with\s+(?:[A-Z]{2,6}|Reuters|Bloomberg)(?:\s*(?:,|and)\s*(?:[A-Z]{2,6}|Reuters|Bloomberg))*$")
_NAME_COMMA_DAY_RE = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w’'.-]+(?: [A-ZÀ-Ý][\w’'.-]+){1,3}),\s+"
    r"(?P<date>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+.{6,24})$"
)
_LABELLED_WRITER_RE = re.compile(r"^(?:by|written by|author|authors|words)\s*:?\s+[A-ZÀ-Ý]", re.IGNORECASE)
_TRAILING_ASIDE_RE = re.compile(r"\s*\([^()]{2,40}\)$")
_NAME_AND_PAPER_RE = re.compile(r"^(?P<name>[A-ZÀ-Ý][\w’'.-]+(?: [A-ZÀ-Ý][\w’'.-]+){1,3}) \((?P<paper>[^()]{4,40})\)$")
_OTHER_CALENDAR_RE = re.compile(
    r"^(?:\d{1,2}\s+)?(?:Nisan|Iyar|Sivan|Tammuz|Av|Elul|Tishrei|Cheshvan|Heshvan|Kislev|Tevet|Shevat|Adar(?: I{1,2})?|"
    r"Muharram|Safar|Rabi[’' ]?(?:al|ul)[- ]?(?:Awwal|Thani|Akhir)|Jumada[- ](?:al|ul)[- ]?(?:Ula|Akhirah|Thani)|Rajab|"
    r"Sha[’']?ban|Ramadan|Shawwal|Dhu[’' ]?(?:al|l)[- ]?(?:Qa[’']?dah|Hijjah))\s*(?:\d{1,2},?\s*)?\d{4}(?:\s*AH)?$",
    re.IGNORECASE,
)
# "Monterrey, N.L.", "Moline, Ill.": a dateline's city and its abbreviated state.
_DATELINE_PLACE_RE = re.compile(r"^[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2},\s*[A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]{0,3}\.)?$")


_EMAIL_RX = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_EMAIL_SEGMENT_RE = re.compile(
    rf"\s*(?:[|·•]\s*(?:e-?mail\s*:?\s*)?(?:{_EMAIL_RX}|\[email\s+protected\])|"
    # "(kim@herald.kr)", "[seo.jiwoo@joongang.co.kr]", or as a page hides it from scrapers, "([email protected])"
    rf"\(\s*(?:{_EMAIL_RX}|\[email\s+protected\])\s*\)|\[{_EMAIL_RX}\])\s*(?=[|·•]|$)",
    re.IGNORECASE,
)


_BY_ROLE_RE = re.compile(
    r"^[Bb]y\s+(?:[a-z]+\s+){0,2}(?:reporters?|correspondents?|editors?|writers?|producers?|journalists?)\s+(?=[A-Z])"
)


def _bare_writers(seg: str) -> str | None:
    """"Ana Ruiz and Kofi Mensah": two or more full names and nothing else."""
    names = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s+&\s+", seg)
    if len(names) < 2 or not all(len(name.split()) >= 2 and _name_ok(name) for name in names):
        return None
    return seg


_PHOTO_TAKEN_RE = re.compile(r"^(?:Photo|Picture)s? taken (?:on )?")


_FILED_IN_SECTIONS_RE = re.compile(r"(?<=[\dmM])\s+In\s+([A-Z][\w&]*(?: [A-Z][\w&]*)?(?:,\s*[A-Z][\w&]*(?: [A-Z][\w&]*)?){0,4})$")


def _section_list(seg: str) -> bool:
    """"All, Japan, Business": two or more of a site's sections or places, after a comma each."""
    items = [item.strip().lower() for item in seg.split(",")]
    return len(items) >= 2 and all(item in NAV_SECTIONS or item in PLACES or item == "all" for item in items)


_RELEASED_BY_RE = re.compile(
    r"^(?P<name>[A-Za-z0-9][\w-]{0,38}) released this (?P<date>[A-Z][a-z]{2,8} \d{1,2}, \d{4})(?:\s*·.*)?$"
)
_PLACE_COMMA_RE = re.compile(r"^([A-Z][\w’' .-]{1,30}?),\s+(?=[A-Z0-9])")


def read_meta_line(text: str) -> MetaLine | None:
    """Classify a short line made only of byline, date, time, read-time and labels."""
    if not text or len(text) > 200:
        return None
    if " released this " in text and (release := _RELEASED_BY_RE.match(text)):
        # "hvos released this Nov 19, 2024 · 42 commits to main since this release": a release's publisher
        return MetaLine(release.group("name"), find_date(release.group("date")), False, None)
    if _SIGNED_AGAIN_RE.match(text):
        text = text[1:-1]  # "(By Kuo Ting-yi and Sean Lim)": a wire story signed again at its foot
    if text.startswith(("By ", "by ")):
        text = _BY_ROLE_RE.sub("By ", text)  # "By political reporter Isla Brannagh-Cole": her beat is no name
    if "@" in text or "[email" in text:
        text = _HANDLE_TAIL_RE.sub("", text)  # "By: Katrina Lualhati - Reporter / @KMLualhatiINQ": her account
        text = _EMAIL_SEGMENT_RE.sub(" ", text).strip()  # "By Theodora Pannell | tpannell@courier.com": the writer's address
        if not text or "@" in text:
            return None
    if text.endswith(")") and _LABELLED_WRITER_RE.match(text):
        text = _TRAILING_ASIDE_RE.sub("", text)  # "Author: Edgars Liepa (LSM English)": the desk he writes for
    role = _ROLE_BYLINE_RE.match(text) or _GLUED_ROLE_BYLINE_RE.match(text) or _SPACED_ROLE_BYLINE_RE.match(text)
    if role and _name_ok(role.group("name")):
        return MetaLine(role.group("name"), None, False, None)
    if (reporter := _NAME_DASH_REPORTER_RE.match(text)) and _name_ok(reporter.group("name")):
        return MetaLine(reporter.group("name"), None, False, None)  # "Fabiana Moreira Lins - Agência Brasil reporter"
    if (paper := _NAME_AND_PAPER_RE.match(text)) and _paper_name(paper.group("paper")) and _name_ok(paper.group("name")):
        return MetaLine(paper.group("name"), None, False, None)  # "Dimas Prasetyo (The Jakarta Post)"
    if (dated := _NAME_COMMA_DAY_RE.match(text)) and _name_ok(dated.group("name")) and (found := find_date(dated.group("date"))):
        return MetaLine(dated.group("name"), found, False, None)  # "Doaa Farouk, Saturday 24 May 2025"
    if not _DIGIT_RE.search(text):
        low = text.lower()  # "by" or a leading "author" or "words", in any case, or no hint can match
        if "by" not in low and not low.startswith(("author", "words", "writer")) or not _META_HINT_RE.search(text):
            return None
    if _COPYRIGHT_RE.search(text):
        return None
    text = _GLUED_STAMP_RE.sub(" ", text)
    text = _SEE_ALL_UPDATES_RE.sub("", text)  # GOV.UK's "Last updated 27 May 2025 — see all updates"
    text = _SECTION_NEWS_OF_RE.sub("", text)  # GhanaWeb's "Business News of Saturday, 24 May 2025"
    text = _CONTENT_PUBLISHED_RE.sub("Published on ", text)
    text = _LAST_UPDATE_ON_RE.sub("Last updated on", text)  # the Daily Star's "Last update on: Wed May 28, 2025"
    text = _PRINT_PAGE_RE.sub("", text)  # the Taipei Times's "Sat, May 31, 2025 page10": the printed page
    text = _VIEW_COUNT_RE.sub("", text)  # a video's "86,412 views  May 24, 2025"
    if "/" in text and (_DAY_FIRST_ZONE_RE.search(text) or _DAY_FIRST_CLOCK_RE.search(text)):
        # "Published on 12/03/2025 - 09:40 GMT+1": read day first, as the clock's zone says (dots are read so),
        # or as a 24-hour clock does: "Issued on: 12/06/2025 - 10:05"
        # ("Wed, 05/14/2025 - 11:27": no 14th month, so the month came first after all)
        text = _SLASHED_DATE_RE.sub(
            lambda date: date.group().replace("/", ".") if int(date.group().split("/")[1]) <= 12 else date.group(), text
        )
    if (filed := _FILED_IN_SECTIONS_RE.search(text)) and all(
        item.strip().lower() in NAV_SECTIONS for item in filed.group(1).split(",")
    ):
        text = text[:filed.start()]  # Vanguard's "On September 30, 2025 11:47 am In Business, News": where it is filed
    text = _CLOCK_REGION_RE.sub(r"\1", text)  # Sky News's "Monday 29 September 2025 09:14, UK": the clock's country
    if "(" in text:
        text = _TIME_PLACE_RE.sub(r"\1", text)  # "at 6:15 pm (Paris)": the city whose clock it is
        text = _UPDATED_IN_BRACKETS_RE.sub(r" | \1", text)  # CNA's "21 Aug 2025 07:48PM (Updated: 21 Aug 2025 09:15PM)"
    author = date = year = None
    segments = [seg.strip(" ,") for seg in _SEGMENT_SPLIT_RE.split(text.strip())]
    segments = [seg for seg in segments if seg]
    bare_name: str | None = None
    place = False
    for index, seg in enumerate(segments):
        if index == 0 and (placed := _PLACE_COMMA_RE.match(seg)) and (
            placed.group(1).lower() in PLACES or placed.group(1).istitle() and len(placed.group(1).split()) <= 3
        ) and (
            find_date(seg[placed.end():])
        ):
            seg, place = seg[placed.end():], True  # "Montevideo, May 27th 2025 - 09:41 UTC": where, then when
        found = _read_segment(seg)
        if found is None and index == 0 and len(segments) > 1 and (_DATELINE_PLACE_RE.match(seg) or seg.lower() in PLACES):
            # ("Jakarta ● Fri, May 23, 2025": the city alone)
            place = True  # "Monterrey, N.L. · October 8, 2025": where the story was filed, then when
            continue
        if found is None and index == 0 and len(segments) > 2 and _SHOW_NAME_SEGMENT_RE.match(seg) and not _name_ok(seg):
            place = True  # "Operators & Owners · Hosted by Priya Castellano · March 4, 2026 · 58 min"
            continue
        if found is None and index > 0 and (author or bare_name) and (_paper_name(seg) or SITE_DOMAIN_RE.fullmatch(seg)):
            # "By Marcus Delgado-Finch | ... | The Kern Courier", "By Chong Jin Hui / theedgemalaysia.com": the
            # writer's paper or site ("Jenna Olafson · CBC News · Posted: ...": after a bare name too)
            continue
        if found is None and index > 0 and author is not None and seg.lower() in PLACES:
            continue  # "By Camila Rezende — São Paulo": the writer, then where she writes from
        if found is None and index > 0 and date is not None and author is None and seg.lower() in PLACES:
            continue  # The Economist's "Jul 17th 2025|Florence": the day, then where the story was filed
        if found is None and index == len(segments) - 1 and author is not None and _AGENCY_INITIALS_RE.match(seg):
            continue  # "By Kuo Ting-yi and Sean Lim / CNA": the news agency the writers file for
        if found is None and index == len(segments) - 1 and date is not None and _section_list(seg):
            continue  # "KYODO NEWS - May 27, 2025 - 17:40 | All, Japan, Business": the sections it is filed under
        if found is None and index > 0 and date is not None and _OTHER_CALENDAR_RE.match(seg):
            continue  # "Friday, May 23rd 2025 | Iyar 25, 5785": the same day in the Hebrew or Hijri calendar
        if found is None and index == 0 and len(segments) > 1 and (_paper_name(seg) or SITE_DOMAIN_RE.fullmatch(seg)):
            place = True  # "Philippine Daily Inquirer / 05:12 AM March 18, 2025": the paper, then when
            # (or the site by its address: "INQUIRER.net / 05:12 AM July 09, 2024")
            continue
        if found is None:
            # "Jane Doe | Nov 27 2024 | 5 min read": a bare name beside a date.
            if bare_name is None and len(segments) > 1 and _name_ok(_title_case(seg)) and len(seg.split()) >= 2:
                bare_name = _title_case(seg)
                continue
            if bare_name is None and len(segments) > 1 and (writers := _bare_writers(seg)):
                bare_name = writers  # "May 7, 2024 · Ana Ruiz and Kofi Mensah · 6 min read"
                continue
            return None
        author = author or found[0]
        date = date or found[1]
        year = year or found[2]
    if bare_name is not None or place:
        # ("Rachel Ong · 5 min read": a name beside a read time is the writer's too, the date on the next line)
        if date is None and not (bare_name and not place and _READ_TIME_RE.fullmatch(segments[-1])):
            return None
        author = author or bare_name
    if author is None and date is None and not (year is not None and len(words(text)) <= 3):
        return None
    updated = bool(re.match(r"^\s*(?:last\s+)?(?:updated|modified|update(?=\s*:))\b", text, re.I))
    if updated and (first := _FIRST_PUBLISHED_RE.search(text)) and (published := find_date(text[first.end():])):
        return MetaLine(author, published, False, year)
    return MetaLine(author, date, updated, year)


# --------------------------------------------------------------- the title

_LABEL_WORDS = frozenset(
    "THE A AN EXCLUSIVE SCOOP NEWS ANALYSIS OPINION BREAKING UPDATE LIVE FEATURE "
    "REVIEW INTERVIEW EXPLAINER REPORT ESSAY COLUMN DISPATCH BRIEFING NEWSLETTER "
    "PODCAST VIDEO WATCH LISTEN READ SPONSORED PREMIUM".split()
)


_GLUED_RE = re.compile(r"(\S*[a-z]\S*?)([A-Z]{2,})((?:\s+[A-Z]{2,})*)\s*$")


def _glued_label(title: str) -> re.Match | None:
    """``_GLUED_RE.search(title)``; only a title ending in two capitals can match."""
    tail = title.rstrip()
    if len(tail) < 2 or not ("A" <= tail[-1] <= "Z" and "A" <= tail[-2] <= "Z"):
        return None
    return _GLUED_RE.search(title)


def strip_glued_label(title: str, text: str = "") -> str:
    """Drop an all-caps format label glued to a mixed-case title.

    Where the label starts inside the glued word is decided by which prefix
    ``text`` (the article) uses as a word of its own, then by common labels.
    """
    match = _glued_label(title)
    if not match or not re.search(r"[a-z]", title[: match.start(2)]):
        return title
    known_words = frozenset(words(text)) if text else frozenset()
    word_start = match.start(1)
    glued, tail = match.group(1), match.group(2)
    if len(words(match.group(3))) > 3:
        return title
    if glued + tail in known_words:
        return title  # "… a community fork of TideDB": the story writes the word as it is
    best_k, best_score = 0, -1
    for k in range(len(tail) - 1):
        prefix, label = glued + tail[:k], tail[k:]
        score = 0
        if prefix in known_words:
            score += 2
        if label in _LABEL_WORDS:
            score += 1
        if score > best_score:
            best_k, best_score = k, score
    head = title[:word_start] + glued + tail[:best_k]
    return head.rstrip(" -–—:|")


_TITLE_CASE_MIN = 4


def _title_cased_sentences(text: str) -> bool:
    """"We Tried It. Here's What Broke.": a headline styled in Title Case, full stop and all.

    Every word of four letters or more is capitalised, so a sentence of the
    story (or a reader's remark) is never taken for one.
    """
    if not text.endswith(".") or text.count(". ") > 2:
        return False
    long_words = [w for w in text.split() if len(w.strip("\"“”‘’'()")) >= 4]
    return len(long_words) >= _TITLE_CASE_MIN and all(w.lstrip("\"“‘'(")[:1].isupper() for w in long_words)


def _headline_like(line: Line) -> bool:
    text = line.text
    count = line.word_count
    if not text or count < 2 or count > 30 or len(text) > 250:
        return False
    if (
        # ('Mr Banda said: "We are very grateful."': the stop inside the closing mark ends a sentence too)
        text.rstrip("\"”’'").endswith((".", ",", ";", ":"))
        and not text.endswith("...")
        and not _title_cased_sentences(text)
        and not _POST_TITLE_RE.match(text)
        and not (ends_with_abbreviation(text) and ". " not in text)
    ):
        return False
    first = text.lstrip("[(")[:1] or text[0]
    odd = first.islower() and any(ch.isupper() for ch in text.split()[0][1:])
    # "$VXR slides 19%", "$5bn deal …": a cashtag or an amount opens the headline
    money = first == "$" and text[1:2].isalnum() and not text[1:2].islower()
    return first.isupper() or first.isdigit() or first in "\"“‘'" or odd or money


# "Delphine Achterberg on LinkedIn: Today we said goodbye to 19 people.": a social post's page title
_POST_TITLE_RE = re.compile(
    rf"^[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}}\s+on\s+(?i:{word_alternation(SOCIAL_NETWORKS)})\s*:\s+\S"
)
_INNER_SENTENCE_RE = re.compile(r"[.!?]\s+\S")


def _sharer_comment(line: Line) -> bool:
    """A reader's remark pasted above the headline ("An unsettling read.")."""
    text = line.text
    if line.word_count <= 12 and ends_terminal(text):
        return True
    if line.word_count <= 40 and (text[0].islower() or _INNER_SENTENCE_RE.search(text)):
        return True
    return False


def _masthead(line: Line, following: list[Line], lines: list[Line], skip: set[int]) -> bool:
    """A short site name over a menu, breadcrumb or date line, with the real headline below."""
    if line.word_count > 4 or not following or is_teaser_label(line.text):
        return False
    nxt = next((ln for ln in lines[line.index + 1 :] if ln.text), None)
    if nxt is None:
        return False
    over_menu = (
        is_tagline(nxt)
        or nxt.index in skip
        or read_meta_line(nxt.text)
        or is_menu_line(nxt.text)
        or line_boilerplate(nxt)
        or _breadcrumb(nxt.text)
        # "Le Monde in English" over "Economy": the site's name over its section
        or (nxt.word_count == 1 and nxt.text.lower() in NAV_SECTIONS)
    )
    if not over_menu:
        return False
    longest = max(line.word_count + 2, 5)
    heads = [f for f in following if not is_tagline(f) and not line_boilerplate(f)][:3]
    return any(_headline_like(f) and f.word_count >= longest for f in heads)


_CRUMB_SPLIT_RE = re.compile(r"\s+[/›>»|]\s+|(?<=[a-z])\|(?=[A-Z])")  # (and "News|Business and Economy")


def _crumb_site(above: list[Line]) -> str | None:
    """"WIRED / Business / Transportation" over the headline: the site, then its sections."""
    crumb = next((ln for ln in above if ln.text and "](" not in ln.raw and _breadcrumb(ln.text)), None)
    if crumb is None:
        return None
    site = _CRUMB_SPLIT_RE.split(crumb.text.strip())[0]
    return None if site.lower() in _GENERIC_SECTIONS or is_page_chrome(site) else site


def _breadcrumb(text: str) -> bool:
    """"Technology / Big Tech", "Home › AI": short title-case parts joined by separators."""
    parts = _CRUMB_SPLIT_RE.split(text.strip())
    return len(parts) >= 2 and all(0 < len(p.split()) <= 3 and p[:1].isupper() for p in parts)


def _trail_to_headline(text: str, following: list[Line]) -> bool:
    """"Home » Buzz » <headline>" over the headline itself: the trail's sections, then the page's title."""
    *sections, last = _CRUMB_SPLIT_RE.split(text.strip())
    return bool(sections) and all(0 < len(p.split()) <= 3 and p[:1].isupper() for p in sections) and any(
        f.text == last for f in following
    )


_LEADING_LABEL_RE = re.compile(
    r"^(?:opinion|analysis|exclusive|breaking|live|review|explainer|interview|update|"
    r"watch|listen|podcast|essay|column|commentary|editorial|perspective|news)\s*\|\s*(?=\S)",
    re.IGNORECASE,
)


@dataclass
class _Top:
    """What the lines above the story are: title, masthead and lines to drop."""

    title: int | None = None
    masthead: str | None = None
    dropped: set[int] = field(default_factory=set)
    body_start: int = 0


_HOME_LINK_HEADING_RE = re.compile(r"^#\s+\[[^\]]{2,60}\]\(https?://[^/\s)]+/?\)\s*$")
# A link over a Markdown post that is the page's furniture, not the blog's name.
_SITE_LINK_CHROME_RE = re.compile(r"^(?:[←«‹<]|skip to\b|jump to\b|back to\b|all posts\b|main menu\b)", re.IGNORECASE)


def _find_title(lines: list[Line], skip: set[int]) -> _Top:
    # (a newswire's "News provided by" over "Castleton Fluid Systems, Inc.": the issuer, not the headline)
    issuer = {
        ln.index + 1 for ln in lines[:30] if ln.word_count <= 3 and ln.text.lower().rstrip(": ") == "news provided by"
    }
    candidates = [ln for ln in lines if ln.content and ln.index not in skip and ln.index not in issuer][:24]
    top = _Top(body_start=candidates[0].index if candidates else 0)
    for pos, line in enumerate(candidates[:8]):
        if line.heading and line.level == 1:
            if _newsletter_name(line.text, lines) and (
                under := next((c for c in candidates[pos + 1:pos + 3] if c.heading), None)
            ) is not None:
                # "# Signal & Noise" over "### The bill is back": the newsletter's name, then the post's title
                top.masthead = line.text
                top.dropped = {c.index for c in candidates if c.index <= line.index}
                top.title, top.body_start = under.index, under.index + 1
                return top
            top.title, top.body_start = line.index, line.index + 1
            top.dropped = {c.index for c in candidates if c.index < line.index}
            first = next(ln for ln in lines if ln.text)
            if (
                first.index < line.index and first.word_count <= 5
                and (first.link_only and first.raw.count("](") == 1 or "](" not in first.raw and first.word_count <= 3)
                and not is_menu_line(first.text) and not is_page_chrome(first.text)
                and not read_meta_line(first.text) and not ends_terminal(first.text)
                and not _SITE_LINK_CHROME_RE.match(first.text) and first.text.lower() not in _GENERIC_SECTIONS
            ):
                # "[Quayside Engineering Blog](https://…/blog)" or a bare "Overclocked" over the post;
                # "[Harbour Ledger](/) · Markets · Live": the linked name, not the sections after it
                top.masthead = _DATE_OUTLET_SPLIT_RE.split(first.text)[0]
            else:
                top.masthead = _crumb_site(candidates[:pos])
            return top
    strong = _headline_under_short_lines(candidates, lines)
    if strong is not None:
        return strong
    for pos, line in enumerate(candidates[:7]):
        following = candidates[pos + 1:pos + 4]
        if _breadcrumb(line.text) or _trail_to_headline(line.text, following):
            top.dropped.add(line.index)
            continue
        if line_boilerplate(line) or read_meta_line(line.text) or is_teaser_label(line.text):
            continue
        if is_tagline(line) and (pos > 0 or any(_headline_like(f) for f in following)):
            top.dropped.add(line.index)
            continue
        if pos < 3 and line.word_count == 1 and not ends_terminal(line.text) and not line.heading and any(
            _headline_like(f) and f.word_count >= 5 for f in following
        ):
            # "LinkedIn" alone over the page: the site's name, not a headline
            top.masthead = top.masthead or line.text
            top.dropped.add(line.index)
            continue
        if top.masthead and line.word_count == 1 and not ends_terminal(line.text) and not line.heading and following and (
            _headline_like(following[0]) and following[0].word_count >= 5
        ):
            top.dropped.add(line.index)  # "Casualty" over the headline, under the site's name and menus: a kicker
            continue
        if _headline_like(line) or line.heading:
            if top.masthead is None and _masthead(line, candidates[pos + 1:pos + 5], lines, skip):
                top.masthead = line.text
                top.dropped.add(line.index)
                continue
            if _kicker(line, following):
                top.dropped.add(line.index)
                continue
            top.title, top.body_start = line.index, line.index + 1
            return top
        if pos < 3 and _sharer_comment(line) and following and (
            _headline_like(following[0]) or following[0].heading
        ):
            top.dropped.add(line.index)
            continue
        top.body_start = line.index
        return top
    return top


_LANGUAGE_LINK_RE = re.compile(r",?\s+(?:en (?i:español|français|português)|auf Deutsch|in (?:Spanish|French|Arabic|Chinese))$")
_NAME_TAGLINE_RE = re.compile(r"^(\S+(?: \S+){0,2})[.:|–—-] +[A-Z][\w ,&’'-]{3,60}$")
# A headline cut after one of these words goes on to the next line.
_OPEN_ENDINGS = frozenset(
    "over of for in with the a an and to at on from by as or after before into about against amid its their "
    "his her vs v.".split()
)


def _title_continuation(lines: list[Line], index: int) -> Line | None:
    """The line that finishes a headline broken after "Over", "of" or "the"."""
    if index + 1 >= len(lines) or lines[index].heading:
        return None
    words = lines[index].text.split()
    nxt = lines[index + 1]
    if not words or words[-1].lower() not in _OPEN_ENDINGS or not nxt.text or nxt.word_count > 12:
        return None
    if not (nxt.text[0].isupper() or nxt.text[0] in "'‘\"“") or read_meta_line(nxt.text) or line_boilerplate(nxt):
        return None
    return nxt


def _date_only(line: Line) -> bool:
    found = read_meta_line(line.text)
    return found is not None and found.author is None and found.date is not None and line.word_count <= 12


def _newsletter_name(text: str, lines: list[Line]) -> bool:
    """True when the page signs off "Thanks for reading <text>!"."""
    return _thanked_name(lines) == text


def _thanked_name(lines: list[Line]) -> str | None:
    """The newsletter a "Thanks for reading Signal & Noise!" line names."""
    thanks = (_THANKS_FOR_READING_RE.match(ln.text) for ln in lines if ln.text.startswith("Thanks for reading "))
    return next((m.group("name") for m in thanks if m), None)


def _kicker(line: Line, following: list[Line]) -> bool:
    """"LOCAL NEWS" over the headline: a section label in capitals."""
    if line.word_count > 3 or not line.text.isupper() or not following:
        return False
    nxt = following[0]
    return _headline_like(nxt) and nxt.word_count > line.word_count and not nxt.text.isupper()


_PAPER_OF_PLACE_RE = re.compile(r"^The ([A-Z][a-z]+) of [A-Z][a-z]+(?: [A-Z][a-z]+)?$")


def _paper_name(text: str) -> bool:
    """"The Tasker County Courier": a newspaper's name, its last word a paper's."""
    if (named := _PAPER_OF_PLACE_RE.match(text)) and named.group(1).lower() in OUTLET_WORDS:
        return True  # "The Times of Israel", "The Voice of San Diego"
    return bool(_OUTLET_NAME_RE.match(text)) and text.split()[-1].lower() in OUTLET_WORDS


_NEWSWIRE_NAME_RE = re.compile(
    r"^(?:PR Newswire|PRNewswire|Business Wire|BusinessWire|GlobeNewswire|Globe Newswire|ACCESSWIRE|Accesswire|"
    r"Newsfile|EIN Presswire|Cision)\b"
)


_INSTITUTION_MASTHEAD_RE = re.compile(
    r"^(?:The |U\.S\. |US |UK |HM )?(?:[A-Z][\w.’'-]*\s+){0,3}"
    r"(?:Department|Office|Ministry|Agency|Authority|Commission|Council|Bureau|Service|Administration)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3})?$"
)
_COINED_LOWER_RE = re.compile(r"[a-z][a-z0-9]{2,11} [a-z]")


def _headline_under_short_lines(candidates: list[Line], lines: list[Line]) -> _Top | None:
    """A headline of five words or more under nothing but short lines.

    Scraped pages open with a site name, menu items and breadcrumbs: short
    lines without sentence punctuation. The first real headline under them is
    the title, and a short first line above a menu is the site's name.
    """
    teasers = -2  # the last line of a block under "Latest News": other stories' headlines
    for pos, line in enumerate(candidates[:24]):  # a wire site's menu runs a dozen lines and more
        if line.index <= teasers:
            continue
        label = lines[line.index - 1] if line.index else line
        if line.word_count <= 4 and is_teaser_label(line.text) or label is not line and label.text and (
            label.word_count <= 4 and is_teaser_label(label.text)
        ):
            block = [line] if label is not line else []  # (the label itself may be left out as a menu's)
            for nxt in candidates[pos + 1:]:
                if nxt.index != (block[-1].index if block else line.index) + 1:
                    break
                block.append(nxt)
            if len(block) >= 2 and all(ln.word_count >= 5 for ln in block):
                # ("Latest News" over "KRA extends deadline ..." and two more: other stories, not a menu)
                teasers = block[-1].index
                continue
            if label is line:
                continue
        if _breadcrumb(line.text) or line_boilerplate(line) or is_menu_line(line.text):
            continue
        if _trail_to_headline(line.text, candidates[pos + 1:pos + 4]):
            continue
        if is_tagline(line):
            continue  # a motto, even on the page's first line ("Exclusive news, data and analytics for ...")
        if line.word_count <= 6 and _LANGUAGE_LINK_RE.search(line.text):
            continue  # "MercoPress, en Español": the logo and the link to the paper's other language
        if pos and (tag := _NAME_TAGLINE_RE.match(line.text)) and any(
            _clean_source(c.text) == tag.group(1) for c in candidates[:pos]
        ):
            continue  # "MercoPress. South Atlantic News Agency" under "MercoPress, en Español": the name and its motto
        if pos and _short_headline_over_rubric(line, candidates[pos - 1], candidates[pos + 1:pos + 2]):
            # "Business | Family firms" / "Heirs and disgraces" / "A succession fight threatens ...": The
            # Economist's short headline in sentence case, over its rubric
            return _headline_at(candidates, pos)
        if (line.word_count <= 3 or line.text.isupper() or _paper_name(line.text)) and (
            not ends_terminal(line.text) or line.word_count == 1  # ("euronews.": a logo's full stop)
        ):
            continue
        if line.word_count <= 6 and _INSTITUTION_MASTHEAD_RE.match(line.text):
            continue  # "U.S. Department of Justice" / "Office of Public Affairs" over a press release
        if line.word_count <= 5 and line.text.endswith("!"):
            continue  # "Support The Moscow Times!": a banner's call over the headline
        if line.word_count <= 5 and CALL_SIGN_RE.match(line.text) and not ends_terminal(line.text):
            continue  # "KMHV 9 Colorado Springs": a station's name over its menu
        if (wire := _NEWSWIRE_NAME_RE.match(line.text)) and line.text[wire.end():wire.end() + 1] in (":", " ", "|", "-", ""):
            continue  # "PR Newswire: news distribution, targeting and monitoring": the site's own title
        if pos and _date_only(line):
            # "PR Newswire" ... "Mar 03, 2025, 06:45 ET", or a menu and "Thursday, 20/3/2025, 09:15 (GMT+7)",
            # over the headline
            continue
        if pos and line.word_count <= 4 and not ends_terminal(line.text) and not any(c.isdigit() for c in line.text) and (
            (under := next((c for c in candidates[pos + 1:] if c.text), None)) is not None
            and _headline_like(under) and under.word_count >= 5 and title_cased(under.text)
        ):
            # "Takeover Battle in Bavaria" under the menu and over "The Family That Won't Sell: ...": a kicker (but
            # "Halcyon raises $40 million" over its dek is the headline)
            continue
        coined = line.word_count >= 6 and _COINED_LOWER_RE.match(line.text) and zipf(line.text.split()[0]) < 1.5
        if not ((_headline_like(line) or coined) and line.word_count >= 5) or read_meta_line(line.text):
            # ("ambr is shutting down its servers ...": a brand that writes itself in lower case opens it)
            return None
        nxt = next((c for c in candidates[pos + 1 :] if c.text), None)
        if nxt is not None and nxt.text[:1].islower() and not read_meta_line(nxt.text):
            return None  # a sentence broken across lines, not a headline (but "by: Tessa Lindqvist" is a byline)
        if pos == 0:
            return None  # nothing above it: the ordinary rules decide
        return _headline_at(candidates, pos)
    return None


def _headline_at(candidates: list[Line], pos: int) -> _Top:
    """The headline at ``pos`` under short lines, and the site's name among the lines above it."""
    line = candidates[pos]
    above = candidates[:pos]
    top = _Top(title=line.index, body_start=line.index + 1, dropped={c.index for c in above})
    # (a cookie banner or skip link above the site's name is not the name)
    # (nor is a section's name, "Podcasts", over the show's name)
    # (and past two section names, "World" and "Business", the rest is the menu, not the name)
    named = [c for c in above if not line_boilerplate(c) and not is_tagline(c) and not _utility_link(c.text)]
    if not named:
        # "Accessibility", "Log In", "Help": the site's links, which do not name it (but its logo does)
        top.masthead = next(filter(None, (logo_site(c.text) for c in above)), None)
        return top
    sections = 0
    # ("Asia Pacific" over a wire's story is its desk, as "World" is a section)
    while sections < len(named) and _section_name(named[sections].text):
        sections += 1
    first = named[sections] if sections <= 1 and sections < len(named) else above[0]
    if (wire := _NEWSWIRE_NAME_RE.match(above[0].text)) is not None:
        top.masthead = wire.group()
    elif logo := next(filter(None, (logo_site(c.text) for c in above)), None):
        top.masthead = logo  # "The Guardian - Back to home", "The Verge logo.": the logo's own words
    elif (
        (first.word_count <= 4 or first.word_count <= 6 and _INSTITUTION_MASTHEAD_RE.match(first.text))
        and not (sections and sections == len(named))  # (nothing above but sections: no name at all)
        and not _breadcrumb(first.text)
        and not line_boilerplate(first)
        and not is_teaser_label(first.text)
    ):
        top.masthead = first.text
    else:
        top.masthead = next(filter(None, (_station_and_town(c.text) for c in above[:3])), None)
    return top


def _short_headline_over_rubric(line: Line, above: Line, under: list[Line]) -> bool:
    """A headline of two to four words in sentence case, under a kicker with its bar and right over
    a longer line in sentence case with no full stop."""
    words = line.text.split()
    if not 2 <= len(words) <= 4 or ends_terminal(line.text) or not words[0][:1].isupper() or is_teaser_label(line.text):
        return False
    if not any(w[:1].islower() and w.lower() not in STOPWORDS for w in words[1:]):
        return False  # ("Latest News", "Weekly edition" are title-cased menus, or menu words)
    if " | " not in above.text or above.word_count > 6 or above.index + 1 != line.index:
        return False
    nxt = under[0] if under else None
    return (
        nxt is not None and nxt.index == line.index + 1 and nxt.word_count >= 5 and not ends_terminal(nxt.text)
        and _headline_like(nxt) and not title_cased(nxt.text) and not read_meta_line(nxt.text)
    )


_UTILITY_LINKS = frozenset("accessibility|log in|login|sign in|help|menu|search|register|sign up".split("|"))


def _utility_link(text: str) -> bool:
    return text.strip().lower() in _UTILITY_LINKS


def _section_name(text: str) -> bool:
    """"World", "Business", or a wire's desk named for its region ("Asia Pacific"): not the site's name."""
    low = text.lower()
    return low in _GENERIC_SECTIONS or low in PLACES


_STATION_AND_TOWN_RE = re.compile(
    r"^(?P<name>[A-Z0-9][\w&.’' -]{1,40}?)\s+[|·•]\s+(?P<town>[A-Z][\w.’' -]{1,30}),\s+(?P<region>[A-Z][\w. ]{1,20})$"
)


def _station_and_town(text: str) -> str | None:
    """"WBRN 12 News | Brennick, Ohio": a local outlet's name beside the town it serves."""
    match = _STATION_AND_TOWN_RE.match(text)
    if match is None:
        return None
    region = match.group("region").lower().rstrip(".")
    if region not in US_STATES and region not in COUNTRIES and region not in STATE_ABBREVIATIONS:
        return None
    return match.group("name")


_DATE_OUTLET_SPLIT_RE = re.compile(r"\s+[·|•]\s+")
_OUTLET_NAME_RE = re.compile(r"^(?:The\s+)?[A-Z][\w’'&.-]*(?:\s+(?:and\s+)?[A-Z][\w’'&.-]*){0,4}$")  # "The Globe and Mail"


def _date_and_outlet(text: str) -> tuple[DateMatch, str] | None:
    """"March 4, 2025 · The Ledger Weekly": a full date and a publication's name, in either order."""
    parts = _DATE_OUTLET_SPLIT_RE.split(text.strip())
    if len(parts) != 2:
        return None
    for date_part, name in (parts, parts[::-1]):
        date = find_date(date_part)
        if (
            date and date.value and date.start == 0 and date.end >= len(date_part.rstrip(". ")) - 1
            and _paper_name(name)
        ):
            return date, _clean_source(name) or name
    return None


def _title_from_filename(filename: str | None) -> str | None:
    if not filename:
        return None
    stem = PurePath(filename).stem
    stem = re.sub(r"^[\d_\-. ]+", "", stem)
    stem = re.sub(r"[_\-]+", " ", stem).strip()
    return stem[:1].upper() + stem[1:] if stem else None


# --------------------------------------------------------------- the source

_GENERIC_SECTIONS = frozenset(
    {"press release", "news release", "for immediate release", "breaking news", "live updates",
     "latest news", "top stories"}
) | frozenset(
    "home news posts post blog tech technology business world politics opinion "
    "sports science markets latest archive archives podcasts podcast videos video "
    "newsletter newsletters articles article stories story features culture ai "
    "startups finance economy health entertainment menu search topics e-paper epaper e-edition login".split()
)
_LEGAL_TAIL = frozenset("inc llc ltd limited plc gmbh ag co corp corporation llp sa pty bhd pvt".split())
_GROUP_TAIL = frozenset("group holdings publishing company enterprises".split())
_WELCOME_SOURCE_RE = re.compile(
    r"^(?:welcome (?:back )?to|you[’']re reading|thanks? (?:you )?for reading|"
    r"thanks? for subscribing to)\s+(?P<name>(?:The\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4})",
    re.I,
)
_EXPLICIT_SOURCE_RE = re.compile(
    r"^(?:source(?=\s*:)|publisher|publication|published by|published in|originally published "
    r"(?:in|on|at|by)|this (?:article|story|post) (?:first |originally )?appeared (?:in|on))"
    r"\s*:?\s+(?P<name>.+?)\.?$",
    re.I,
)
# Starts only at a word's first letter and never gives letters back: linear on any input.
_NAME_SEQ = (
    r"(?<![\w’'&.-])(?:The\s+)?[A-Z][\w’'&-]*+(?:\.[\w’'&-]++)*+"
    r"(?:\s+(?:of\s+)?[A-Z][\w’'&-]*+(?:\.[\w’'&-]++)*+){0,3}"
)
_SELF_REFERENCE_RES = [
    re.compile(rf"(?:^|[.!?]\s+|,\s+)(?P<name>{_NAME_SEQ})\s+(?:spoke|talked)\s+(?:to|with)\s+"
               r"(?:\w+\s+){0,4}(?:people|sources|employees|executives|insiders|officials|"
               r"investors|staff|members)\b"),
    re.compile(rf"(?:^|[.!?]\s+|,\s+)(?P<name>{_NAME_SEQ})\s+(?:has|have)\s+(?:learned|confirmed "
               r"that|obtained|reviewed|seen|verified)\b"),
    re.compile(rf"(?P<name>{_NAME_SEQ})\s+(?:is|are)\s+(?:revealing|reporting|publishing)\b[^.]{{0,80}}\bhere\b"),
    re.compile(rf"\b(?:documents?|emails?|messages?|memos?|records?|letters?|copy|filings?|notes?)\b"
               rf"[^.!?]{{0,60}}?\b(?:seen|reviewed|obtained|viewed)\s+by\s+(?P<name>{_NAME_SEQ})"),
    re.compile(rf"\btold\s+(?P<name>{_NAME_SEQ})\s+in\s+an\s+(?:exclusive\s+)?interview\b"),
    re.compile(rf"\b(?:a|an)\s+(?P<name>{_NAME_SEQ})\s+(?:investigation|analysis)\s+(?:found|"
               r"shows|showed|revealed)\b"),
]


def _strip_corporate(name: str) -> str:
    """Drop legal suffixes, and a "Media Group"-style tail, from a publisher's name."""
    tokens = name.split()

    def tail() -> str:
        return tokens[-1].lower().strip(",.()")  # (and "Moneyweb (Pty) Ltd")

    while len(tokens) > 1 and tail() in _LEGAL_TAIL:
        tokens.pop()
    if len(tokens) > 1 and tail() in _GROUP_TAIL:
        tokens.pop()
        if len(tokens) > 1 and tail() == "media":
            tokens.pop()
    if len(tokens) > 1 and tail() in ("&", "and"):
        tokens.pop()  # "Dow Jones & Company, Inc.": the name, not its "&"
    return " ".join(tokens).strip(" ,.")


# "source: https://x.com/maraokfisher/status/...": a post's address names the network it is on
_NETWORK_HOSTS = {
    "x.com": "X", "twitter.com": "X", "bsky.app": "Bluesky", "threads.net": "Threads", "reddit.com": "Reddit",
    "linkedin.com": "LinkedIn", "facebook.com": "Facebook", "instagram.com": "Instagram", "mastodon.social": "Mastodon",
}


def outlet_at(url: str | None) -> str | None:
    """The paper whose site ``url`` is on, when its address does not spell its name: "https://www.wsj.com/..."
    is The Wall Street Journal's."""
    host = (urlsplit(url).hostname or "").removeprefix("www.") if url else ""
    while host:
        if host in OUTLET_HOSTS:
            return OUTLET_HOSTS[host]
        host = host.partition(".")[2] if host.count(".") > 1 else ""
    return None


def _menu_item(above: list[Line], name: str) -> bool:
    """``name`` stands twice above the story, once among a menu's four or more short lines: a section's link."""
    named = [line.index for line in above if line.text == name]
    return len(named) >= 2 and any(
        len(run := [ln for ln in above[max(0, at - 4):at + 5] if ln.text]) >= 4 and all(ln.word_count <= 3 for ln in run)
        for at in named
    )


_ADDRESS_RE = re.compile(_EMAIL_RX)


def _staff_address_outlet(lines: list[Line], author: str) -> str | None:
    """The paper a writer's address is at, from the note on the writer under the story: "Email Lachlan at
    lachlan.pearce@afr.com" is The Australian Financial Review's."""
    names = [name.split()[0] for name in author.split(" and ") if name]
    for line in lines:
        if line.text and any(line.text.startswith(name) for name in names):
            for address in _ADDRESS_RE.findall(line.text):
                if outlet := outlet_at(f"https://{address.partition('@')[2]}/"):
                    return outlet
    return None


_READER_ALT_NUMBER_RE = re.compile(r"^Image \d{1,3}: ")


def _clean_source(name: str) -> str | None:
    if "://" in name:
        host = (urlsplit(name.strip()).hostname or "").removeprefix("www.")
        return _NETWORK_HOSTS.get(host) or host or None
    name = re.sub(r"\s+", " ", name).strip(" ,.;:-–—|")
    if name[:1] == "[" and name[-1:] == "]" and "[" not in name[1:-1]:
        name = name[1:-1].strip()  # w3m's "[Romania Insider]": the logo's alt text, in brackets
        name = logo_site(name) or name  # (lynx's "[Lusaka Times logo]")
    name = _READER_ALT_NUMBER_RE.sub("", name)  # a reader service's "Image 1: Ukrinform": the logo's alt text, numbered
    name = re.sub(r"[’']s$", "", name)
    name = re.sub(r"\s+(?i:home\s*page|home)$", "", name)  # "Reuters home": the logo's link to the front page
    name = re.sub(r"\s+in English$", "", name)  # "Le Monde in English": the paper's edition, not another paper
    name = re.sub(r"(?<=\w)\s+(?i:newspaper)$", "", name)  # "Amandala Newspaper" on its masthead: the paper is Amandala
    # "MercoPress, en Español": the logo beside the link to the paper's other language
    name = _LANGUAGE_LINK_RE.sub("", name)
    name = re.sub(r"\s+from (?:Meta|Google|Microsoft)$", "", name)  # "© 2025 Instagram from Meta": the app, its owner aside
    site, dash, section = name.rpartition(" - ")
    if dash and site and all(word in NAV_SECTIONS for word in section.lower().split()):
        name = site  # "Andina - Economy": a feed's title, the site and the section the feed carries
    name = without_motto(name)
    if not name or len(name.split()) > 6 or not re.search(r"[A-Za-z]", name):
        return None
    if name.lower() in _GENERIC_SECTIONS or name.lower() in STOPWORDS:
        return None
    if (day := find_date(name)) is not None and day.end - day.start >= len(name) - 12:
        return None  # "Saturday, July 19, 2025" atop the page: the day it was read, no masthead
    return name


_NAV_SPLIT_RE = re.compile(r"\s+[>/»›|·•]\s+")
_MOTTO_DASH_RE = re.compile(r"\s+[-–—|]\s+")


def without_motto(name: str) -> str:
    """"Nyasa Times – Malawi breaking news": a feed's title, the site and its motto; the site."""
    site, *motto = _MOTTO_DASH_RE.split(name, maxsplit=1)
    return site if motto and 1 <= len(site.split()) <= 4 and site[:1].isupper() and _motto(motto[0]) else name


def _motto(text: str) -> bool:
    """"Malawi breaking news", "Nepal's largest English daily": a line in sentence case, not a section's name."""
    parts = text.split()
    return len(parts) >= 3 and any(w.islower() and w not in STOPWORDS for w in parts[1:])
_FIRST_LINK_RE = re.compile(r"\]\((?P<url>[^)\s]*)")
# ("https://armenpress.am/en": a site's front page in its English edition)
_SITE_ROOT_RE = re.compile(r"^(?:https?://[^/?#]+)?/?(?:index\.\w+|(?:en|eng|english)/?)?$")


def _links_to_site_root(raw: str) -> bool:
    """True when the first Markdown link on ``raw`` points at a site's home page."""
    match = _FIRST_LINK_RE.search(raw)
    return match is not None and bool(_SITE_ROOT_RE.match(match.group("url")))


# "[![The Business Times](…/bt-logo.svg)](https://www.businesstimes.com.sg/)": the logo, linked to the front page
_LINKED_LOGO_RE = re.compile(r"\[!\[(?P<alt>[^\]]{2,60})\]\([^)\s]*\)\]\((?P<url>[^)\s]*)\)")


# "[ ](https://eng.lsm.lv/ "LSM.lv")": the logo's link as html2text writes it, the picture gone and its title kept
_TITLED_HOME_LINK_RE = re.compile(r"\[\s*\]\((?P<url>[^)\s]*)\s+\"(?P<alt>[^\"]{2,60})\"\)")
# "LSM.lv": an acronym with its country's domain, the name the site goes by without it
_ACRONYM_DOMAIN_RE = re.compile(r"^(?P<name>[A-Z]{2,6})\.[a-z]{2}$")


def _linked_logo(header: list[Line]) -> str | None:
    """The site named by the alt text of its logo, linked to its front page, over the headline."""
    for line in header:
        raw = line.raw.strip()
        logo = _LINKED_LOGO_RE.fullmatch(raw) if raw.startswith("[![") else None
        if logo and _SITE_ROOT_RE.match(logo.group("url")):
            return _clean_source(logo_site(logo.group("alt")) or logo.group("alt"))  # ("... logo": its own words)
        titled = _TITLED_HOME_LINK_RE.fullmatch(raw) if raw.startswith("[") else None
        if titled and _SITE_ROOT_RE.match(titled.group("url")):
            alt = titled.group("alt").strip()
            return _clean_source((short := _ACRONYM_DOMAIN_RE.match(alt)) and short.group("name") or alt)
    return None


# "OpenTide Blog", "Tallyfern Engineering Blog": a name that says it is the blog, wherever its link points.
_BLOG_NAME_RE = re.compile(r"^[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+(?:Blog|Newsroom)$")


def _opens_with_blog_link(line: Line) -> bool:
    return line.raw.lstrip().startswith("[") and bool(_BLOG_NAME_RE.match(_NAV_SPLIT_RE.split(line.text)[0].strip()))


def _source_from_nav(lines: list[Line], nav: list[int], title: str | None) -> str | None:
    """The first breadcrumb item, when it names a site rather than "Home" or a section."""
    if not nav:
        return None
    line = lines[nav[0]]
    first = _NAV_SPLIT_RE.split(line.text)[0].strip()
    if not first or is_share_line(first) or is_page_chrome(first) or first.lower() in _GENERIC_SECTIONS:
        return None
    if first.startswith("[!"):
        return None  # "> [!info] Citation": a note-taker's box over the page, no site's menu
    if first.casefold() in READER_ACTIONS:
        return None  # "Immersive Reader": the browser's reading view over the page, not the site
    if "](" in line.raw and not _links_to_site_root(line.raw) and not _BLOG_NAME_RE.search(first):
        return None  # "[Outages](https://site/outages) · ...": a section, not the site; "[OpenTide Blog](/blog/)" is the blog
    if title and first.casefold().strip(" ?!") == title.casefold().strip(" ?!"):
        return None
    if len(words(first)) > 5 or not re.search(r"[A-Z]", first) or find_date(first):
        return None
    return _clean_source(first)


_YEARS_RE = re.compile(r"\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\b")
_NOTICE_RE = re.compile(r"©|\(c\)|\bcopyright\b", re.I)


_NEWSROOM_TAILS = (" News", " Newsroom", " Blog")


def _longer_masthead(lines: list[Line], top: _Top, source: str) -> str:
    """"Tallyfern Engineering Blog" over the headline, where the menu's home link says "Tallyfern"."""
    for index in sorted(top.dropped):
        text = lines[index].text
        if (
            text.startswith(source + " ") and lines[index].word_count <= 5 and not ends_terminal(text)
            and not _DATE_OUTLET_SPLIT_RE.search(text)  # "Harbour Ledger · Markets · Live" is the menu itself
            and not _NAV_SPLIT_RE.search(text)  # ("Ukrinform » Economy": the breadcrumb to the story's section)
        ):
            return _clean_source(text) or source
    return source


def _shorter_masthead(lines: list[Line], source: str) -> str:
    """"Seedline · Early-stage deals" atop a newsletter whose footer names "Seedline Media": the title
    the reader sees, which the publisher's name begins with."""
    # (past a "Skip to content" link; "CAPITAL DESK | Markets" in capitals names "Capital Desk Media" too)
    first = next((line for line in lines[:3] if line.text and not _SITE_LINK_CHROME_RE.match(line.text)), None)
    if first is None:
        return source
    name = _MENU_SEPARATOR_RE.split(first.text, maxsplit=1)[0].strip()
    if name != first.text.strip() and source.lower().startswith(name.lower() + " ") and _clean_source(name) == name:
        return source[:len(name)]
    return source


_MENU_SEPARATOR_RE = re.compile(r"\s+[|·•—–]\s+")


_CAPITALISED_RUN_RE = re.compile(r"\b[A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*){1,3}")


def _spelled_out_domain(lines: list[Line], domain: str) -> str | None:
    """"Georgia Today", which the page names, for its address "georgiatoday.ge": the words whose letters,
    run together, are the address's name; None for anything but an address."""
    if not SITE_DOMAIN_RE.fullmatch(domain):
        return None
    stem = domain.removeprefix("www.").split(".")[0].replace("-", "")
    if len(stem) < 4:
        return None
    for line in lines:
        if stem[0].upper() not in line.text:
            continue
        for run in _CAPITALISED_RUN_RE.finditer(line.text):
            words = run.group().split()
            for start in range(len(words)):
                for end in range(start + 2, len(words) + 1):
                    if "".join(words[start:end]).lower() == stem:
                        return " ".join(words[start:end])
    return None


def _as_named(lines: list[Line], holder: str) -> str:
    """"© 2023 Tidewell Ventures Management LLC" under a post that says "Tidewell Ventures" but never
    the whole name: the firm as its own page names it."""
    text = "\n".join(line.text for line in lines if line.text and not _COPYRIGHT_RE.search(line.text))
    tokens = holder.split()
    if re.search(rf"\b{re.escape(holder)}\b", text):
        return holder
    for end in range(len(tokens) - 1, 1, -1):
        if re.search(rf"\b{re.escape(' '.join(tokens[:end]))}\b", text):
            return " ".join(tokens[:end])
    return holder


_BROADCAST_WORDS = frozenset("news newschannel tv television radio channel now live first weather".split())


def _without_served_place(lines: list[Line], masthead: str | None) -> str | None:
    """"WKDN 7 Kessler Ridge" over a story that names Kessler Ridge, signed "Copyright 2026 WKDN 7":
    the broadcaster's call sign, without the town it serves."""
    if not masthead or not CALL_SIGN_RE.match(masthead):
        return masthead
    for holder in _copyright_holders(lines):
        if CALL_SIGN_RE.fullmatch(holder) and masthead.startswith(holder + " "):
            place = masthead[len(holder) + 1:]
            named = sum(place in other.text for other in lines if other.text)
            if re.fullmatch(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}", place) and named >= 2:
                return holder
    # "KMHV 9 Colorado Springs" signed by its owner ("Nexstar Media"): the station and its channel
    station = CALL_SIGN_RE.match(masthead)
    rest = masthead[station.end():]
    if (
        " " in station.group() and re.fullmatch(r" (?:[A-Z][\w’'.-]*(?: |$)){1,3}", rest + " ")
        and not _BROADCAST_WORDS & set(rest.lower().split())
    ):
        return station.group()
    return masthead


def _copyright_holders(lines: list[Line]):
    """The holders the page's copyright notices name, from the foot of the page up."""
    for line in reversed(lines):
        holder = _copyright_holder(line.text) if line.text and _COPYRIGHT_RE.search(line.text) else None
        if holder:
            yield holder


_PICTURE_CREDIT_RE = re.compile(r"^\W*(?:image|photo|photograph|picture|illustration|credit)s?\s*:", re.IGNORECASE)


def _copyright_holder(text: str) -> str | None:
    """"© 2024 The Ledger Media Group. All rights reserved." -> "The Ledger"."""
    sign = _NOTICE_RE.search(text)
    if not sign or _PICTURE_CREDIT_RE.match(text):
        return None  # ("- Image: Parliamentary copyright/Maria Unger": a picture's rights, not the page's)
    for after, part in ((True, text[sign.end():]), (False, text[: sign.start()])):
        part = re.sub(r"(?i)all rights reserved.*$", " ", part)
        part = _YEARS_RE.sub(" ", part)
        part = re.sub(r"^\s*(?:©|\([cC]\))", "", part)  # "Copyright © 2024 ...": the sign after the word
        # "© Crown copyright 2024. The Court ...": the kind of copyright, not its holder
        part = re.sub(r"^\s*(?:Crown\s+)?copyright\b", "", part, flags=re.I).lstrip(" .,")
        # "© 2024 OpenSedge, a project of ...": the holder, then what it is; before the sign, the nearest part
        parts = re.split(r"\s*[|·•]\s*|\.\s+|\.$|,\s+(?=(?:a|an|the)\s)", part.strip())
        part = parts[0] if after else parts[-1]
        part = re.sub(r"\s+", " ", part).strip(" ,.;:-*_")
        if part and re.match(r"^[A-Z]", part) and len(words(part)) <= 6:
            return _clean_source(_strip_corporate(part))
    return None


def _is_author(meta: Metadata, name: str) -> bool:
    """"© 2024 Ruth Callander" on her own newsletter names the writer, not the publication."""
    return bool(meta.author) and name.casefold() == meta.author.casefold()


_PROFILE_LINK_RE = re.compile(
    r"^\[(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\]\(https?://[^)\s]*(?:/@|/authors?/|/people/|/profiles?/|/staff/)"
)
# "Thanks for reading The Margin Note! Subscribe for free ...": a newsletter's sign-off names it.
_THANKS_FOR_READING_RE = re.compile(
    r"^Thanks for reading (?P<name>(?:The\s+)?[A-Z][\w&’'.-]*(?:\s+(?:&|[A-Z][\w&’'.-]*)){0,4})[!.]"
)
_INBOX_RE = re.compile(
    r"\b(?:get|subscribe to|sign up for)\s+(?P<name>(?:the\s+[\w’'&.-]+|(?-i:[A-Z0-9])[\w’'&.-]*)(?:\s+[\w’'&.-]+){0,3}?)\s+"
    r"(?:in|to|delivered to)\s+your\s+inbox\b",
    re.IGNORECASE,
)
_WRITTEN_BY_RE = re.compile(
    r"^(?P<source>(?:The\s+)?[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,4})\s+is\s+"
    r"(?P<verb>written|edited|produced)\s+by\s+(?P<author>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
)
_WIRE_CREDIT_RE = re.compile(r"^\((?:Reporting|Writing) by (?P<names>[^;)]{3,120})[;)]")
_PLACE_AFTER_NAME_RE = re.compile(r"\s+in\s+[A-Z][\w .’'-]*$")
_NAME_DASH_REPORTER_RE = re.compile(
    r"^(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4})\s+[-–—]\s+[A-Z][\w’'&. -]{1,40}?\s+"
    r"(?:reporter|correspondent|staff writer|journalist)$"
)
_CREDIT_LINE_RE = re.compile(
    r"^(?P<role>Reporter|Writer|Editor|Translator|Photographer)\s*:\s*(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})$"
)
_SENTENCE_END_RE = re.compile(r"(?<=[a-z]{2})\.(?:\s|$)")
# "(Japanese original by Shota Minegishi, Osaka Business News Department)": who wrote the story a paper translated
_ORIGINAL_BY_RE = re.compile(r"^\((?:[A-Z][a-z]+\s+)?original\s+by\s+(?P<author>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})(?:,[^()]*)?\)$")
_RELEASE_DATELINE_RE = re.compile(
    r"^[A-Z][A-Za-z .’'-]{1,40},\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d{2})\s*"
    # ("Ulaanbaatar, May 28, 2025 /MONTSAME/. The working group ...": an agency's tag closed by a full stop)
    r"/(?P<name>[A-Za-z][\w .&-]{1,30})/\s*(?:--|[-–—]|\.\s)"
)
# "HOUSTON--(BUSINESS WIRE)--May 27, 2025--": Business Wire's dateline, the wire in brackets between dashes
_WIRE_DASH_DATELINE_RE = re.compile(
    r"^[A-Z][A-Za-z .’'-]{1,40}(?:,\s+[A-Za-z. ]{2,20})?--\((?P<name>[A-Z][\w .&-]{1,30})\)--"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d{2})--"
)
# ("MANILA, Mar 3 (Reuters) -": with the day between the place and the wire)
_DATELINE_RE = re.compile(
    rf"^{DATELINE_PLACE_RX}{DATELINE_DAY_RX}\s*\((?P<name>[A-Z][^()]{{1,40}})\)\s*[-–—]"
)
# "Law360 (October 8, 2024, 5:37 PM EDT) --": a legal wire's name and the story's date and time
_WIRE_DATE_RE = re.compile(
    r"^(?P<name>[A-Z][\w.&’' -]{1,30}?)\s+\((?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d{2})"
    r"(?:,\s+[^()]{1,20})?\)\s*(?:--|[-–—])"
)


# "Addis Ababa, May 27, 2025 – Addis Ababa-based ...", "Addis Abeba, May 27/2025 –": a story's own dateline, the
# place and the day before a dash (no agency named)
_PLACE_DAY_DATELINE_RE = re.compile(
    r"^[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3},\s+"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*|/)(?:19|20)\d{2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d{2})"
    r"\s*[-–—]\s"
)


# "Originally published by Meridian Wire": a page that reposts another outlet's story.
_REPUBLISHED_FROM_RE = re.compile(
    r"^(?:originally|first)\s+published\s+(?:in|on|at|by)\s+|^this (?:article|story|post) (?:first |originally )?"
    r"appeared (?:in|on)\s+",
    re.IGNORECASE,
)


# "Published by The Lakeshore Ledger from May 25 to May 27, 2025.": the paper an obituary site carries a notice for
_PAPER_RUN_RE = re.compile(
    r"^Published (?:by|in) (?P<name>(?:The )?[A-Z][\w&’'.-]*(?: [A-Z][\w&’'.-]*){0,5}) (?:from|on) [A-Z][a-z]{2,8}\.? \d"
)


def _republished_from(header: list[Line]) -> tuple[str, int] | None:
    """The outlet a reposted story names as its origin (it outranks the site showing it), and its line."""
    for line in header:
        if line.text and line.word_count <= 16 and (run := _PAPER_RUN_RE.match(line.text)):
            return _clean_source(run.group("name")), line.index
        if line.text and line.word_count <= 12 and _REPUBLISHED_FROM_RE.match(line.text):
            source = _source_from_line(line.text)
            if source:
                return source, line.index
    return None


def _source_from_line(text: str) -> str | None:
    match = _EXPLICIT_SOURCE_RE.match(text)
    if match and len(words(text)) <= 12:
        return _clean_source(_strip_corporate(match.group("name")))
    match = _WELCOME_SOURCE_RE.match(text)
    if match:
        return _clean_source(match.group("name"))
    match = _WRITTEN_BY_RE.match(text)
    if match:
        return _clean_source(match.group("source"))
    match = _INBOX_RE.search(text) or _THANKS_FOR_READING_RE.match(text)
    if match:
        return _clean_source(match.group("name"))
    if len(words(text)) <= 20:
        return _copyright_holder(text)
    return None


# "Recommended from Acme": the platform's picks under a story; "More from X" names the writer.
_RECOMMENDED_FROM_RE = re.compile(
    r"^(?i:recommended\s+(?:stories\s+|reads\s+|posts\s+|articles\s+)?from)\s+"
    r"(?P<name>(?:The\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})\s*:?$"
)


def _source_from_recommendations(lines: list[Line], author: str | None) -> str | None:
    """The site named by a "Recommended from X" label in the page's second half."""
    for line in lines[len(lines) // 2:]:
        if line.word_count > 7 or line.text[:1] not in ("R", "r"):
            continue
        match = _RECOMMENDED_FROM_RE.match(line.text)
        if match and (author is None or match.group("name") not in author):
            return _clean_source(match.group("name"))
    return None


_EPISODE_NUMBER_RE = re.compile(r"^(?:Episode|Ep\.?)\s+\d{1,4}$", re.IGNORECASE)


_SUBSCRIBERS_RE = re.compile(r"^\d[\d,.]*[KkM]?\s+subscribers$", re.IGNORECASE)


def video_channel(lines: list[Line]) -> str | None:
    """"Kilima Markets TV" over "1.2M subscribers" under a video's title: the channel that published it."""
    return _name_over(lines, _SUBSCRIBERS_RE)


def podcast_show(lines: list[Line]) -> str | None:
    """"Second Gear" over "Episode 214" at the top of a page: the show the episode belongs to, which
    publishes it whatever network's site carries it."""
    return _name_over(lines, _EPISODE_NUMBER_RE)


def _name_over(lines: list[Line], marker: re.Pattern) -> str | None:
    """The short name on the line over the first ``marker`` line near the top of the page."""
    texts = [line for line in lines[:20] if line.text]
    for above, line in itertools.pairwise(texts):
        if marker.match(line.text) and 1 <= above.word_count <= 6 and title_cased(above.text) and (
            not ends_terminal(above.text) and above.text.lower() not in NAV_SECTIONS
        ):
            return above.text.strip()
    return None


def source_from_body(body: str, people: frozenset[str] = frozenset()) -> str | None:
    """An outlet that refers to itself in the story ("X spoke to eight people")."""
    for pattern in _SELF_REFERENCE_RES:
        for match in pattern.finditer(body):
            name = match.group("name")
            lowered = name.lower()
            if lowered.split()[0] in STOPWORDS and not name.startswith("The "):
                continue
            if name in people or lowered in {"he", "she", "they", "we", "i"}:
                continue
            cleaned = _clean_source(name)
            if cleaned:
                return cleaned
    return None


_HOST_RE = re.compile(r"https?://(?:www\.)?([a-z0-9-]+)\.", re.IGNORECASE)
_SHARE_HOSTS = frozenset(
    "twitter x facebook linkedin reddit t pic instagram youtube bsky threads mastodon whatsapp "
    "pinterest google apple mailto flipboard telegram".split()
)


def source_from_links(header: str, names: list[str]) -> str | None:
    """The outlet whose site the header links to, when the body names it.

    "[Home](https://thewire.example/)" and a body that says "The Wire":
    the host spelled without spaces is the name. Share links to social
    networks say nothing about the outlet.
    """
    hosts = {m.group(1).lower() for m in _HOST_RE.finditer(header)} - _SHARE_HOSTS
    if not hosts:
        return None
    for name in names:
        squeezed = re.sub(r"[^a-z0-9]", "", name.lower())
        if squeezed in hosts or squeezed.removeprefix("the") in hosts:
            return name
    return None


# ----------------------------------------------------------------- driver

def _scan_zone(lines: list[Line], start: int) -> list[Line]:
    """Lines that may hold metadata: the header until the first long paragraph.

    A long line right under the headline with short lines after it is a
    standfirst: the byline and date may come under it.
    """
    zone: list[Line] = []
    for line in lines[start:]:
        if line.word_count >= 25:
            # (a clipper's quoted excerpt, "> ## Excerpt" then "> The ...", stands over the byline too)
            excerpt = line.block_quote and all(ln.block_quote or ln.link_only or ln.rule for ln in zone if ln.text)
            if (any(ln.text for ln in zone) and not excerpt) or line.word_count > 60 or not _short_line_follows(lines, line.index):
                break
            continue
        zone.append(line)
        if len(zone) >= 15:
            break
    return zone


def _short_line_follows(lines: list[Line], index: int) -> bool:
    nxt = next((ln for ln in lines[index + 1:index + 5] if ln.text), None)
    return nxt is not None and nxt.word_count < 25


def extract_metadata(
    lines: list[Line], nav: list[int], filename: str | None = None, title_line: int | None = None,
    menus: frozenset[int] = frozenset(),
) -> Metadata:
    """Read title, source, date and author; record the lines they came from.

    ``title_line`` is the headline's index when the page's layout already says
    which line it is (a forum post's title under its poster's name). ``menus``
    are the site's section lists under its name, which no headline is among.
    """
    meta = Metadata()
    skip = set(nav) | menus
    if title_line is None:
        top = _find_title(lines, skip)
    else:
        above = {ln.index for ln in lines[:title_line] if ln.text}
        # ("# [Burn Rate](https://burnrate.substack.com/)" over the post's own heading: the newsletter's name)
        home = next((ln.text for ln in lines[:title_line] if ln.link_only and _HOME_LINK_HEADING_RE.match(ln.raw)), None)
        top = _Top(title=title_line, body_start=title_line + 1, dropped=above, masthead=_crumb_site(lines[:title_line]) or home)
    meta.consumed |= top.dropped
    title_index, body_start = top.title, top.body_start
    if title_index is not None:
        everything = "\n".join(
            line.text for line in lines if line.index != title_index
        ) if _glued_label(lines[title_index].text) else ""
        title = _LEADING_LABEL_RE.sub("", lines[title_index].text)
        meta.title = strip_glued_label(title, everything) or None
        meta.title_index = title_index
        meta.consumed.add(title_index)
        if meta.title and (rest := _title_continuation(lines, title_index)) is not None:
            meta.title = f"{meta.title} {rest.text}"  # "... $214M Verdict Over" + "'SnapSync' Patents in Texas"
            meta.consumed.add(rest.index)
            body_start = max(body_start, rest.index + 1)
        meta.consumed |= _section_labels(lines, title_index)
    else:
        meta.title = _title_from_filename(filename)
    meta.body_start = body_start

    header = [ln for ln in lines[: body_start] if ln.index not in skip] + _scan_zone(lines, body_start)
    footer = [ln for ln in lines[-8:] if ln.text]
    flagged = [
        ln for ln in lines
        if ln.text and ln.word_count <= 15 and (
            _META_PREFIX_RE.match(ln.text) or _SIGNED_AGAIN_RE.match(ln.text)
        )
    ]
    dates: list[tuple[int, DateMatch]] = []
    top_bar: list[DateMatch] = []  # dates in the bar over the site's name, the day the page was read
    years: list[str] = []
    outlet: str | None = None
    seen: set[int] = set()
    footer_indices = {ln.index for ln in footer}
    for line in header + footer + flagged:
        if line.index in seen or not line.text or line.index == title_index:
            continue
        seen.add(line.index)
        if _REPUBLISHED_FROM_RE.match(line.text):
            continue  # "Originally published by Meridian Wire" names the source, not a writer
        if _CLIPPED_KEY_RE.match(line.text):
            if line.word_count <= 8 and find_date(line.text):
                meta.consumed.add(line.index)  # (a property line of the clip, no part of the story)
            continue  # a clipper's "created: 2025-03-07": when the page was saved, not when it was published
        text = line.text
        if line.number and _LIST_NUMBER_DAY_RE.fullmatch(line.number) and _MONTH_OPENS_RE.match(text):
            text = f"{line.number} {text}"  # "27. May 2025 at 14:05": a day with a point, taken for a list's number
        found = read_meta_line(text)
        if (found is None or not found.author) and line.index < body_start + 4 and (pair := _date_and_outlet(line.text)):
            # "*March 4, 2025 · The Ledger Weekly*": the issue's date beside the publication
            dates.append((0, pair[0]))
            years.append(pair[0].value[:4])
            outlet = outlet or pair[1]
            meta.consumed.add(line.index)
            continue
        credit = lines[line.index + 1] if line.index + 1 < len(lines) else None
        if credit is not None and not (found and found.author and (
            _FOR_PAPER_RE.match(credit.text) and _paper_name(credit.text[4:]) or _WITH_AGENCIES_RE.match(credit.text)
        )):
            # ("by Lucía Ferrante" over "for Buenos Aires Times": the writer and whom she wrote for; "By Hélène
            # Marchetti" over "with AP, EFE": and the agencies she drew on)
            credit = None
        if found is None or credit is None and _continues(lines, line.index):
            continue
        if found.author and text.startswith("by ") and _wrapped_onto(lines, line.index, title_index):
            continue  # "• ... in a round led" / "by Harbourgate Capital": a wrapped sentence's end, no byline
        if credit is not None:
            meta.consumed.add(credit.index)
        prefixed = bool(_META_PREFIX_RE.match(line.text))
        if line.index in footer_indices and not prefixed and not (found.author or (found.date and found.date.value)):
            continue
        meta.consumed.add(line.index)
        if found.author and meta.author is None:
            meta.author = found.author
            if line.index + 1 < len(lines) and is_role_line(lines[line.index + 1]):
                meta.consumed.add(line.index + 1)  # "By Nathaniel Pruitt" over "Staff Writer"
                if line.index + 2 < len(lines) and _EMPLOYER_LINE_RE.match(lines[line.index + 2].text):
                    meta.consumed.add(line.index + 2)  # ... over "Nation Media Group": whom the writer works for
        if found.date:
            dates.append((1 if found.updated else 0, found.date))
            if title_index is not None and line.index < title_index and sum(
                1 for ln in lines[line.index + 1:title_index] if ln.text
            ) >= 3:
                top_bar.append(found.date)  # "Thursday, October 9, 2025" over the masthead and menu: today's
            if found.date.value:
                years.append(found.date.value[:4])
        if found.year:
            years.append(found.year)
    if dates and not years and not any(found.value for _, found in dates):
        # "27.5. 14:32" over the story and "© Yle 2025" under it: the year the page is stamped with
        years = [year for line in reversed(footer) if _COPYRIGHT_RE.search(line.text) for year in _YEAR_RE.findall(line.text)][-1:]
    stated = [(rank, found) for rank, found in dates if not any(found is bar for bar in top_bar)]
    meta.date = _pick_date(stated or dates, years)
    if meta.author is None:
        # "Author of the article:" over "Claire Whitcombe": a byline's label on a line of its own
        for line in header:
            under = lines[line.index + 1] if line.index + 1 < len(lines) else None
            if line.text and _BYLINE_LABEL_RE.match(line.text) and under is not None and under.text and (
                names := _bare_names(under.text)
            ):
                meta.author = names
                meta.consumed |= {line.index, under.index}
                break
    if meta.author is None:
        # "Harriet Lomax in London" over "Daniel Ferreira in New York": the FT's bylines, each with its city
        placed = [
            (ln, found) for ln in header[:40] if ln.text and ln.index != title_index and ln.word_count <= 7
            and (found := _PLACED_BYLINE_RE.match(ln.text)) and _name_ok(found.group("name"))
            # (not a kicker: "Takeover Battle in Bavaria")
            and any(word.lower() in FIRST_NAMES or zipf(word.lower()) < 3.5 for word in found.group("name").split())
            and found.group("place").lower() in PLACES
        ]
        if placed:
            names = [found.group("name") for _, found in placed[:3]]
            meta.author = _joined_names(names)
            meta.consumed |= {ln.index for ln, _ in placed[:3]}
    if meta.author is None:
        # "Nadia Corbet-Lee" over "Resources reporter" or "Apr 9, 2025": a byline without "By"
        texts = [ln for ln in header if ln.text and ln.index != title_index]
        for line, under in zip(texts, texts[1:]):
            # ("Hemi Rāwiri-Tane, RNZ": the writer, then the initials of the outlet the story came from)
            names = _bare_names(_INITIALS_TAIL_RE.sub("", _without_city(line.text))) if 2 <= line.word_count <= 9 and not ends_terminal(line.text) else None
            second = lines[under.index + 1] if under.index + 1 < len(lines) else None
            if names and under.index == line.index + 1 and under.text == "and" and second is not None and (
                co_writer := _bare_names(second.text) if 2 <= second.word_count <= 4 else None
            ):
                # "Lachlan Pearce" / "and" / "Mia Donnelly": the AFR's two bylines, joined on a line of its own
                meta.author = f"{names} and {co_writer}"
                meta.consumed |= {line.index, under.index, second.index}
                break
            if names and title_index is not None and line.index > title_index and under.index <= line.index + 2 and (
                under.word_count <= 3 and under.text.lower().startswith("share") and is_share_line(under.text)
            ):
                # "Nada El-Gamal" over "Share" and the networks, under the headline: the byline over the share bar
                meta.author = names
                meta.consumed.add(line.index)
                break
            # ("Nima Yangden", "Thimphu", "June 12, 2025" with a blank line between each: a clipper's Markdown)
            spaced_dateline = (
                under.index == line.index + 2 and under.word_count <= 3 and not ends_terminal(under.text)
                and all(word[:1].isupper() for word in under.text.split()) and _date_below(lines, under.index)
            )
            if names and spaced_dateline:
                meta.author = names
                meta.consumed |= {line.index, under.index}
                break
            if (
                names and (under.index == line.index + 1 or under.index == line.index + 2 and _date_only(under)
                           and line.raw.strip().startswith(("**", "__")))  # "**Kalifa Charles-Ramdial**", a blank, the date
                and (
                    is_role_line(under) or _date_only(under) or _masthead_again(under, top)
                    or _HANDLE_LINE_RE.match(under.text)
                    # "6–8 minutes" or "Reading time: 6 min" under the name: a reader view's reading time
                    or under.word_count <= 5 and _READ_TIME_RE.search(under.text)
                    # "Chennai" under the name and over the date: the writer's dateline
                    or under.word_count <= 3 and all(word[:1].isupper() for word in under.text.split())
                    and not ends_terminal(under.text)
                    and _date_under(lines, under.index)
                )
            ):
                meta.author = names
                meta.consumed |= {line.index, under.index}
                # ("Hallie Brennan" twice, the card's link and its text, over "Senior correspondent")
                meta.consumed |= {ln.index for ln in texts if ln.index == line.index - 1 and ln.text == line.text}
                second = lines[under.index + 1] if under.index + 1 < len(lines) else None
                if _HANDLE_LINE_RE.match(under.text) and second is not None and second.word_count <= 4 and (
                    co_writer := _bare_names(second.text)
                ):
                    # "Samantha Kerrigan" / "@SAMKERRIGANTV" / "Jordan Ellery": a second writer under the first's handle
                    meta.author = f"{names} and {co_writer}"
                    meta.consumed.add(second.index)
                break
    if meta.author is None and (signed := _signed_at_foot(lines, body_start)) is not None:
        meta.author = _bare_names(signed.text) or _foot_byline(signed.text)
        meta.consumed.add(signed.index)
    if meta.author is None and (credit := next(filter(None, (
        _WIRE_CREDIT_RE.match(ln.text) for ln in [ln for ln in lines[body_start:] if ln.text][-6:]
    )), None)):
        # "(Reporting by Maria Schulz in Frankfurt; Editing by Kirsten Donovan)" under a wire story without a byline
        names = [_PLACE_AFTER_NAME_RE.sub("", name) for name in re.split(r"\s+and\s+|,\s*", credit.group("names"))]
        if names and all(_name_ok(name) for name in names):
            meta.author = _joined_names(names)
    if meta.author is None:
        # "Ana Ruiz · 1st" over a LinkedIn post: the post's writer
        cards = (member_card_name(ln.text) for ln in header if ln.text and ln.word_count <= 8)
        meta.author = next((name for name in cards if name and _name_ok(name)), None)
    byline_paper: str | None = None
    if meta.author is None:
        # "Meghan Tourigny · CPBC News" under the masthead "CPBC News", "Ana Ruiz · CBC News ·" under
        # "CBC": the writer, then the outlet
        mastheads = {ln.text for ln in header if ln.text and ln.word_count <= 5}
        for line in header:
            name, dot, paper = line.text.partition(" · ") if line.text else ("", "", "")
            paper = paper.rstrip(" ·")
            named = paper in mastheads or paper.split(" ")[-1].lower() in OUTLET_WORDS and any(
                paper.startswith(masthead + " ") for masthead in mastheads
            )
            if dot and named and 2 <= len(words(name)) <= 4 and _name_ok(name):
                meta.author = name
                meta.consumed.add(line.index)
                byline_paper = paper
                break
    if byline_paper is None and meta.author:
        # "Jenna Olafson · CBC News · Posted: May 27, 2025": the outlet the byline names beside the writer
        byline_paper = next(
            (ln.text.split(" · ")[1] for ln in header if ln.text and ln.text.startswith(meta.author + " · ")), None
        )
    if meta.author is None:
        # "[Ruth Callander](https://substack.com/@ruthcallander)": a byline that is a link to the writer's page
        for line in lines[:body_start + 4]:
            profile = _PROFILE_LINK_RE.match(line.raw.strip()) if line.link_only else None
            if profile and len(words(profile.group("name"))) <= 4:
                meta.author = profile.group("name")
                meta.consumed.add(line.index)
                break

    republished = _republished_from(header)
    if republished:
        meta.source = republished[0]
        meta.consumed.add(republished[1])
    else:
        # "[Kitbench](/) · Reviews · Deals" over the headline: a menu that opens with the home link
        # "[OpenTide Blog](/blog/) / 2024 / ...": a breadcrumb that opens with the blog's name
        menu = nav or [
            i for i in sorted(top.dropped)
            if "](" in lines[i].raw and (is_menu_line(lines[i].text) or _opens_with_blog_link(lines[i]))
        ][:1]
        # ("[![The Harbour Ledger](logo.svg)](https://…/)" over the menu: the logo names the site)
        logo = _linked_logo(lines[: top.title if top.title is not None else 8])
        meta.source = logo or _source_from_nav(lines, menu, meta.title) or outlet
        if meta.source:
            meta.source = _longer_masthead(lines, top, meta.source)
    if meta.source is None and top.masthead and not _menu_item(lines[: title_index or 0], top.masthead):
        # (not "Street Talk" over the headline when the menu above lists it: the column's kicker)
        masthead = top.masthead
        if masthead.isupper() and not _ACRONYM_RE.fullmatch(masthead):
            masthead = _title_case(masthead)  # "THE HARBOUR LEDGER", but "CBC" as it is
        elif masthead.islower() and " " not in masthead.strip():
            # ("georgiatoday.ge", as Reader View heads the page: the name the page spells with the address's letters)
            spelled = _spelled_out_domain(lines, masthead.strip())
            masthead = spelled or masthead.strip()[:1].upper() + masthead.strip()[1:]  # the logo's "euronews." is Euronews
        meta.source = _without_served_place(lines, _clean_source(masthead))
        if meta.source and (longer := _longer_masthead(lines, top, meta.source)).endswith(_NEWSROOM_TAILS) and (
            longer.count(" ") == meta.source.count(" ") + 1
        ):
            meta.source = longer  # "Calder University" atop the menu, "Calder University News" over the story
        if meta.source and byline_paper and byline_paper.startswith(meta.source + " "):
            meta.source = byline_paper  # the masthead's logo "CBC", the byline's "CBC News"
    domain_line = next((
        ln for ln in header if ln.text and " " not in ln.text and SITE_DOMAIN_RE.fullmatch(ln.text)
    ), None)
    if domain_line is not None:
        # "tiranatimes.com" under the headline, as a read-later app or a reading view shows where the page came
        # from (its own name atop the page is the app's)
        meta.consumed.add(domain_line.index)
        if meta.source is None or meta.source.casefold() in READ_LATER_APPS:
            domain = domain_line.text
            meta.source = outlet_at("https://" + domain) or _spelled_out_domain(lines, domain) or meta.source
    if meta.source is None:
        for line in header + footer:
            if line.text and not is_teaser_label(line.text):
                source = _source_from_line(line.text)
                if source and _COPYRIGHT_RE.search(line.text):
                    source = _as_named(lines, source)
                if source and not _is_author(meta, source):
                    meta.source = _shorter_masthead(lines, source)
                    break
    if meta.source is None:
        thanked = _thanked_name(lines)
        meta.source = _clean_source(thanked) if thanked else None
    if meta.source is None:
        for line in lines:
            if line.text and _COPYRIGHT_RE.search(line.text):
                holder = _copyright_holder(line.text)
                if holder and not _is_author(meta, holder):
                    meta.source = _shorter_masthead(lines, _as_named(lines, holder))
                    break
    if meta.source is None:
        meta.source = _source_from_recommendations(lines, meta.author)
    if meta.source is None and meta.author:
        meta.source = _staff_address_outlet(lines, meta.author)
    for line in lines[body_start:body_start + 4]:
        release = _RELEASE_DATELINE_RE.match(line.text) or _WIRE_DASH_DATELINE_RE.match(line.text)
        if release:
            # "BOSTON, May 6, 2024 /Newswire/ --": a release's dateline is its date.
            meta.date = meta.date or parse_date(release.group("date"))
            meta.source = meta.source or _clean_source(release.group("name"))
            break
        match = _DATELINE_RE.match(line.text)
        if match:
            meta.source = meta.source or _clean_source(match.group("name"))
            break

    if meta.date is None:
        # (under the byline and the share buttons: the story's first line)
        wire = next(filter(None, (_WIRE_DATE_RE.match(ln.text) for ln in lines[body_start:body_start + 16])), None)
        if wire:
            meta.date = parse_date(wire.group("date"))
            meta.source = meta.source or _clean_source(wire.group("name"))
    if meta.date is None:
        dateline = next(filter(None, (_PLACE_DAY_DATELINE_RE.match(ln.text) for ln in lines[body_start:body_start + 8])), None)
        if dateline:
            meta.date = parse_date(dateline.group("date").replace("/", ", "))
    if meta.date is None:
        # "Photo taken May 27, 2025, shows ... (Kyodo)": a wire's caption over a story stamped only "2 hours ago"
        for line in lines[:body_start + 8]:
            taken = _PHOTO_TAKEN_RE.match(line.text)
            found = find_date(line.text[taken.end():taken.end() + 40]) if taken else None
            if found is not None and found.start == 0 and found.value:
                meta.date = found.value
                break
    if meta.author is None and (original := next(
        (ln for ln in lines[body_start:] if ln.text.startswith("(") and _ORIGINAL_BY_RE.match(ln.text)), None
    )) is not None:
        meta.author = _ORIGINAL_BY_RE.match(original.text).group("author")
        meta.consumed.add(original.index)
    if meta.author is None and (signed := _initialled_signature(lines, body_start)) is not None:
        meta.author = signed.text  # "N.Khulan" alone under the story's last paragraph: its reporter
        meta.consumed.add(signed.index)
    for line in _place_and_day(lines, body_start):
        # "Johannesburg" over "27 May 2025" under an announcement, "Oslo, 22 May 2025" under a heading: where
        # and when it was issued
        meta.consumed.add(line.index)
        meta.date = meta.date or (found.date.value if (found := read_meta_line(_PLACE_LEAD_RE.sub("", line.text))) and found.date else None)
    if (signature := _letter_signature(lines, body_start)) is not None:
        # "Sincerely," / "Eleanor Whitlock" / "Chief Executive Officer" / "27 May 2025": a letter's writer and day
        signer, day, used = signature
        meta.author = meta.author or signer
        meta.date = meta.date or day
        meta.consumed |= used
    credits = [(ln, found) for ln in [ln for ln in lines[body_start:] if ln.text][-16:] if (found := _CREDIT_LINE_RE.match(ln.text))]
    writers = [found.group("name") for _, found in credits if found.group("role") in ("Reporter", "Writer")]
    if writers:
        # "Reporter: Yuniar Kusumadewi" / "Editor: Fadhli Ramadhan" under the story: who wrote it, who edited it
        meta.author = meta.author or writers[0]
        meta.consumed |= {line.index for line, _ in credits}
    if meta.author is None and (credit := next((
        (line, found) for line in header if line.text and (found := _CREDIT_LINE_RE.match(line.text))
        and found.group("role") in ("Reporter", "Writer")
    ), None)):
        # "Reporter : Kim Sreyneang" under the headline: the same credit, over the story
        meta.author = credit[1].group("name")
        meta.consumed.add(credit[0].index)
    if meta.author is None:
        for line in footer:
            match = _WRITTEN_BY_RE.match(line.text)
            # "... is produced by Quarter Audio. Producer: ...": a studio, and a sentence ends after its name
            author = _SENTENCE_END_RE.split(match.group("author"))[0] if match and match.group("verb") != "produced" else None
            if author and _name_ok(author):
                meta.author = author
                meta.consumed.add(line.index)
    if meta.author is None:
        for line in footer:
            name = writer_card_name(line.text) if line.word_count <= 16 else None
            if name and _name_ok(name):
                meta.author = name
                meta.consumed.add(line.index)
                break
    meta.source = _own_service(lines[body_start:body_start + 12], _news_service(lines, _spelled_out(lines, meta.source)))
    meta.source = _in_english(lines, meta.source)
    meta.source = _shouted_domain_as_written(lines, meta.source)
    meta.source = _shouted_masthead_as_written(lines, meta.source)
    meta.source = _paper_behind_website(lines, meta.source)
    if meta.author and meta.author.isupper():
        meta.author = _title_case(meta.author)  # "ANGELA TSENG, Nikkei staff writer": a byline set in capitals
    if top.masthead and title_index is not None:
        for line in lines[title_index + 1:body_start + 12]:
            if line.text and line.index - 1 in meta.consumed and _masthead_again(line, top):
                meta.consumed.add(line.index)  # Vanguard's logo, "Vanguard News", under the byline and date
    return meta


# Broadcasters whose logo heads their news site, a service named "BBC News", "CBC News"
_BROADCASTER_LOGOS = frozenset({"BBC", "CBC", "ABC", "NBC", "CBS", "RNZ", "SBS", "ITV", "RTÉ"})
_NEWS_MENU_RE = re.compile(r"^(?:Home\s+)?News(?:\s+[A-Z][\w&-]*){2,12}$")


# "Anadolu Ajansı" atop its English service, which calls itself "Anadolu Agency" below: the agency word in
# the site's own language
_AGENCY_WORDS = frozenset({"ajansı", "ajansi", "agência", "agencia", "agenzia", "agentur", "agence", "agencja"})


_SHOUTED_DOMAIN_RE = re.compile(r"^([A-Z][A-Z0-9-]{2,30})\.(?:COM|NET|ORG|IO)$")  # (not "GOV.UK", its own name)


def _shouted_domain_as_written(lines: list[Line], source: str | None) -> str | None:
    """"© EURACTIV.COM 2025" under a story "seen by Euractiv": the site as its own text writes it."""
    shouted = _SHOUTED_DOMAIN_RE.match(source) if source else None
    if shouted is None:
        return source
    return _written_in_mixed_case(lines, re.compile(rf"\b{re.escape(shouted.group(1))}\b", re.IGNORECASE)) or source


_WEBSITE_TAIL_RE = re.compile(r"^(?P<paper>.{3,40}?) Online$")


def _paper_behind_website(lines: list[Line], source: str | None) -> str | None:
    """"Kuensel Online" on the logo, "told Kuensel" in the story: the paper, whose website the logo names
    (but "told the Daily Graphic" and "in the Graphic Business newspaper" name other titles than "Graphic Online")."""
    if not source or not (site := _WEBSITE_TAIL_RE.match(source)):
        return source
    paper = site.group("paper")
    alone = re.compile(rf"\b(?:told|to|by|for|in) (?:the )?{re.escape(paper)}\b(?!\s+[A-Z])")
    return paper if any(alone.search(line.text) for line in lines if line.word_count > 3) else source


def _shouted_masthead_as_written(lines: list[Line], source: str | None) -> str | None:
    """The logo's "BARRON'S" over a story that calls itself "Barron's": the name as the text writes it."""
    if not source or not source.isupper() or not any(len(word) >= 4 and word.isalpha() for word in re.split(r"[\s'’.-]", source)):
        return source
    written = re.compile(r"\b" + re.sub("['’]", "['’]", re.escape(source)) + r"(?!\w)", re.IGNORECASE)
    return _written_in_mixed_case(lines, written) or source


def _written_in_mixed_case(lines: list[Line], written: re.Pattern) -> str | None:
    """The first match of ``written`` that opens with a capital and is not all capitals."""
    for line in lines:
        for found in written.finditer(line.text) if line.text else ():
            if found.group()[0].isupper() and not found.group().isupper():
                return found.group()
    return None


def _in_english(lines: list[Line], source: str | None) -> str | None:
    """An agency's masthead in its own language, named in English on its English page."""
    if not source or " " not in source or source.rsplit(" ", 1)[1].casefold() not in _AGENCY_WORDS:
        return source
    english = source.rsplit(" ", 1)[0] + " Agency"
    return english if any(english in line.text for line in lines if line.text) else source


def _news_service(lines: list[Line], source: str | None) -> str | None:
    """The "BBC" logo over a menu "Home News Sport Business ...": the story is BBC News's."""
    if source not in _BROADCASTER_LOGOS:
        return source
    top = [line for line in lines[:12] if line.text]
    if any(_NEWS_MENU_RE.match(line.text) for line in top):
        return f"{source} News"
    return source


def _own_service(lines: list[Line], source: str | None) -> str | None:
    """"LONDON, May 27 (Reuters Breakingviews) -" under the "Reuters" logo: the service of the source the
    story's dateline names."""
    if not source:
        return source
    for line in lines:
        if line.text and (dated := re.search(rf"\(({re.escape(source)} [A-Z][\w-]+)\)\s*[-–—]", line.text[:120])):
            return dated.group(1)
    return source


_INITIALS_MASTHEAD_RE = re.compile(r"([A-Z]{2,5})(?: News)?")
# Broadcasters that call themselves by their initials, whatever their footer spells out ("RNZ", not
# "Copyright © 2025, Radio New Zealand")
_INITIALS_BRANDS = frozenset({"RNZ", "BBC", "CBC", "ABC", "SBS", "NHK", "KBS", "RTÉ", "DW", "RFI", "NPR", "PBS"})
_MINOR_WORDS = frozenset({"The", "of", "and", "&", "for"})


_LIST_NUMBER_DAY_RE = re.compile(r"(?:[1-9]|[12]\d|3[01])\.")
_MONTH_OPENS_RE = re.compile(rf"{_MONTH}\s+{_YEAR}\b")
_DOMAIN_SOURCE_RE = re.compile(r"([A-Za-z][\w-]{1,40})\.[a-z]{2,3}(?:\.[a-z]{2})?")


_TITLE_PHRASE_RE = re.compile(r"\b(?:The )?[A-Z][\w’'&-]+(?: [A-Z][\w’'&-]+){0,3}")


def _domain_spelled(lines: list[Line], stem: str) -> str | None:
    """"theedgemalaysia.com" on a page that calls itself "The Edge": "The Edge Malaysia", the name the
    domain spells, with the country it adds ("business-standard.com": "Business Standard")."""
    stem = stem.replace("-", "")
    for line in lines:
        for phrase in _TITLE_PHRASE_RE.findall(line.text):
            squeezed = re.sub(r"[\s’'&-]", "", phrase).casefold()
            if len(squeezed) < 4 or not stem.startswith(squeezed):
                continue
            rest = stem[len(squeezed):]
            if not rest:
                return phrase
            if rest in COUNTRIES or rest in PLACES:
                return f"{phrase} {rest.title()}"
    return None


def _holder_spells_domain(holder: str, stem: str) -> bool:
    """"Hong Kong Free Press" for "hongkongfp": each word of the name, whole or by its initial, in order
    (a leading "The" may go)."""
    words = [w for w in re.split(r"[\s’'&.-]+", holder.casefold()) if w]
    if words[:1] == ["the"] and len(words) > 1 and not stem.startswith("the"):
        words = words[1:]

    @functools.cache
    def spells(word: int, at: int) -> bool:
        if word == len(words):
            return at == len(stem)
        whole = words[word]
        return stem.startswith(whole, at) and spells(word + 1, at + len(whole)) or (
            len(words) > 1 and len(whole) > 1 and stem.startswith(whole[0], at) and spells(word + 1, at + 1)
        )

    return bool(words) and spells(0, 0)


def _spelled_out(lines: list[Line], source: str | None) -> str | None:
    """"AP News" atop a story signed "Copyright 2024 The Associated Press": the agency by its name."""
    if source and (domain := _DOMAIN_SOURCE_RE.fullmatch(source)):
        # "ANSA.it" atop a page signed "© Copyright ANSA": the agency, not its site
        stem = domain.group(1).casefold()
        # ("INQUIRER.net" over "Philippine Daily Inquirer / 05:12 AM May 27, 2025": the paper the site is named for)
        paper = next((
            phrase for line in lines[:12] if line.text for phrase in _TITLE_PHRASE_RE.findall(line.text)
            if phrase.casefold().endswith(" " + stem) and 2 <= len(phrase.split()) <= 4 and _paper_name(phrase)
        ), None)
        return paper or next((h for h in _copyright_holders(lines) if _holder_spells_domain(h, stem)), None) or _domain_spelled(lines, stem) or source
    short = _INITIALS_MASTHEAD_RE.fullmatch(source or "")
    if short is None or source in _INITIALS_BRANDS:
        return source
    for holder in _copyright_holders(lines):
        if "".join(w[0] for w in holder.split() if w not in _MINOR_WORDS) == short.group(1):
            return holder
    return source


_INITIALS_TAIL_RE = re.compile(r",\s*[A-Z]{2,6}$")


_CITY_TAIL_RE = re.compile(r"\s+\|\s+(?P<city>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2})$")


def _without_city(text: str) -> str:
    """"Aditi Deshpande | Mumbai": the writer, and the city she files from, which is no part of her name."""
    tail = _CITY_TAIL_RE.search(text)
    return text[:tail.start()] if tail and tail.group("city").lower() in PLACES else text


_ROLE_LABEL_RE = re.compile(r"^(?:Creator|Author|Writer)\s+(?=[A-Z])")


def _bare_names(text: str) -> str | None:
    """"Nadia Corbet-Lee", "Henning Aufderhaar, Lea Quast-Brückner": a byline's names without "By"."""
    text = _ROLE_LABEL_RE.sub("", text)  # Kickstarter's "Creator Ines Castellano" over an update's date
    names = [n for n in _NAME_SPLIT_RE.split(text) if n]
    if not 1 <= len(names) <= 3 or not all(_name_ok(n) and len(n.split()) >= 2 for n in names):
        return None
    return _joined_names(names)


_PLACED_BYLINE_RE = re.compile(r"^(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'.-]+){1,3}) in (?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})$")
# "@SAMKERRIGANTV" under the writer's name: her account
_HANDLE_LINE_RE = re.compile(r"^@\w{2,30}$")


def _signed_at_foot(lines: list[Line], body_start: int) -> Line | None:
    """"Thu Hằng" alone after the story's last sentence, over its tags or its teasers: a byline at the foot."""
    texts = [ln for ln in lines[body_start:] if ln.text]
    for prev, line, nxt in zip(texts, texts[1:], texts[2:]):
        if (
            prev.word_count >= 12 and ends_terminal(prev.text)
            and (line_boilerplate(nxt) or is_teaser_label(nxt.text))
            and (line.word_count <= 4 and _bare_names(line.text) or line.word_count <= 10 and _foot_byline(line.text))
        ):
            return line
    return None


def _foot_byline(text: str) -> str | None:
    """"By Rafael Tavares, Rio Times Correspondent" after the story's last sentence: its writer."""
    found = read_meta_line(text) if text.startswith("By ") else None
    return found.author if found and found.date is None else None


def _date_under(lines: list[Line], index: int) -> bool:
    """The date on the next line, or on the one after a chrome line ("Read time: 3′")."""
    following = lines[index + 1:index + 3]
    return bool(following) and (
        _date_only(following[0]) or len(following) == 2 and line_boilerplate(following[0]) and _date_only(following[1])
    )


def _date_below(lines: list[Line], index: int) -> bool:
    """The date on the next line that is not blank, one blank line at most between."""
    following = next((ln for ln in lines[index + 1:index + 3] if ln.text), None)
    return following is not None and _date_only(following)


# "N.Khulan", "Ts. Oyunchimeg": a name written with the father's initial, as a Mongolian reporter signs
_INITIALLED_NAME_RE = re.compile(rf"^{INITIAL_RX}\. ?[A-Z][a-z]{{2,}}$")


_PLACE_LEAD_RE = re.compile(r"^[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2},\s+")


def _issued_at(text: str) -> bool:
    """"Johannesburg", "Oslo": a town the issuer signs from."""
    low = text.lower()
    return low in PLACES or known_town(low)


def _place_and_day(lines: list[Line], body_start: int) -> list[Line]:
    """"Johannesburg" alone over "27 May 2025", or "Oslo, 22 May 2025": an issuer's place and day on lines of their own."""
    texts = [line for line in lines[body_start:] if line.text]
    found: list[Line] = []
    for above, line, under in zip([None] + texts, texts, texts[1:] + [None]):
        if line.word_count > 6 or not line.text[:1].isupper():
            continue
        if (
            above is not None and line.word_count <= 3 and above.index == line.index - 1
            and (line.text.lower() in PLACES or known_town(line.text.lower()))
            and (stamp := read_meta_line(above.text)) is not None and stamp.date is not None and stamp.author is None
        ):
            found.append(line)  # "Updated on 28/05/2025 - 09:20" over "Brasília": where it was filed, under when
            continue
        day = read_meta_line(under.text) if under is not None and under.word_count <= 4 and _issued_at(line.text) else None
        if day is not None and day.author is None and day.date is not None and day.date.day is not None:
            found += [line, under]
        elif (lead := _PLACE_LEAD_RE.match(line.text)) and _issued_at(lead.group().rstrip(", ")) and (
            (day := read_meta_line(line.text[lead.end():])) is not None and day.author is None and day.date is not None
            and day.date.day is not None and line.word_count <= 6
        ):
            found.append(line)
    return found


def _initialled_signature(lines: list[Line], body_start: int) -> Line | None:
    """The reporter's name alone on the line under the story's last paragraph."""
    previous = None
    for line in lines[body_start:]:
        if not line.text:
            continue
        if _INITIALLED_NAME_RE.match(line.text) and previous is not None and previous.word_count >= 8 and ends_terminal(previous.text):
            return line
        previous = line
    return None


_VALEDICTION_RE = re.compile(
    r"^(?:(?:Yours\s+)?(?:sincerely|faithfully|truly)|Sincerely\s+yours|(?:With\s+)?(?:kind|best|warm(?:est)?)\s+"
    r"(?:regards|wishes)|Regards|Respectfully(?:\s+yours)?),?$",
    re.IGNORECASE,
)


def _letter_signature(lines: list[Line], body_start: int) -> tuple[str | None, str | None, set[int]] | None:
    """A letter's close after its last paragraph: the valediction, the signer's name, their post and the
    day it was signed, each on a short line."""
    for line in lines[max(body_start, len(lines) // 2):]:
        if not (line.text and _VALEDICTION_RE.match(line.text)):
            continue
        used = {line.index}
        signer = day = None
        gaps = 0
        for under in lines[line.index + 1:line.index + 9]:
            if not under.text:
                gaps += 1
                if gaps > 1 and len(used) > 1:
                    break
                continue
            if under.word_count > 6 or ends_terminal(under.text) and not _date_only(under):
                break
            if _date_only(under):
                day = day or parse_date(under.text)
            elif signer is None and (named := _bare_names(under.text)):
                signer = named
            used.add(under.index)
        return (signer, day, used) if signer else None
    return None


def _masthead_again(line: Line, top: _Top) -> bool:
    """"Okanee Valley Courier" under the writer's name, below the masthead "The Okanee Valley Courier"."""
    return bool(top.masthead) and line.text.removeprefix("The ").casefold() == top.masthead.removeprefix("The ").casefold()


def _section_labels(lines: list[Line], title: int) -> set[int]:
    """A short section name between the headline and its byline ("Apps & Culture")."""
    found: set[int] = set()
    after = [ln for ln in lines[title + 1:title + 8] if ln.text][:5]
    for pos, line in enumerate(after[:-1]):
        if line.word_count <= 4 and not ends_terminal(line.text) and read_meta_line(after[pos + 1].text):
            found.add(line.index)
    return found


def _wrapped_onto(lines: list[Line], index: int, title_index: int | None) -> bool:
    """True when the line right above, a long one that is not the headline, breaks off mid-sentence."""
    above = lines[index - 1] if index else None
    return (
        above is not None and above.index != title_index and above.word_count >= 8 and not ends_terminal(above.text)
        and read_meta_line(above.text) is None
    )


def _continues(lines: list[Line], index: int) -> bool:
    """True when the next line carries on the same sentence (a broken line)."""
    for line in lines[index + 1:]:
        if line.text:
            first = line.text.split()[0]
            # ("By Jonah Feldkamp" over "published February 24, 2026": a line of its own, in lower case)
            return (
                line.index == index + 1 and first[0].islower() and not any(c.isupper() for c in first)
                and read_meta_line(line.text) is None
            )
        if not line.blank:
            return False
    return False


def _pick_date(dates: list[tuple[int, DateMatch]], years: list[str]) -> str | None:
    """The published date before an updated one; a year-less date borrows a stated year."""
    for rank in (0, 1):
        for updated, found in dates:
            if updated != rank:
                continue
            if found.value:
                return found.value
            if years and found.month:
                day = f"-{found.day:02d}" if found.day else ""
                if _valid(int(years[0]), found.month, found.day):
                    return f"{years[0]}-{found.month:02d}{day}"
    if not dates and years:
        return years[0]
    return None
