"""Sentence boundaries and line-shape tests shared by the analysis modules.

Pure string work with no knowledge of entities or quotes: where a sentence
starts, whether a period closes an abbreviation, whether a line reads like a
heading.
"""

from __future__ import annotations

import bisect
import functools
import re
import string
import unicodedata
from collections.abc import Iterable, Iterator

from store.lexicon import ABBREVIATED_GIVEN_NAMES, MONTHS, STOPWORDS, TIME_ZONE_WORDS, WEEKDAYS

_LETTERS_WITHOUT_MARKS = str.maketrans({"đ": "d", "ı": "i", "ł": "l", "ø": "o", "ß": "ss"})  # (which NFKD does not take apart)


def unaccented(text: str) -> str:
    """``text`` without its accents and marks: "hosūr" → "hosur", "łódź" → "lodz"."""
    if text.isascii():
        return text  # (no marks to take off: most words)
    return "".join(
        c for c in unicodedata.normalize("NFKD", text.translate(_LETTERS_WITHOUT_MARKS)) if not unicodedata.combining(c)
    )


# A period after these does not end a sentence when a name or number follows.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen gov sen rep lt col capt sgt cpl adm
    rev hon pres supt det insp messrs mme mlle lic ing arq sra srta dra mtro mtra barr engr eng smt
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    inc corp co ltd llc plc bros dept est approx vs etc fig vol no nos ave blvd
    e.g i.e u.s u.k u.n e.u a.m p.m ph.d
    """.split()
) | ABBREVIATED_GIVEN_NAMES

# These usually close a sentence when a capitalised word follows.
_SENTENCE_FINAL_ABBREVIATIONS = frozenset("inc corp co ltd llc plc etc u.s u.k bros".split())

# After "4:30 p.m." a capital opens the next sentence ("Hot spots were ...") unless it dates or zones the time.
_AFTER_CLOCK_TIME = (
    WEEKDAYS | frozenset(MONTHS) | TIME_ZONE_WORDS | frozenset("local today tonight tomorrow yesterday".split())
)
TERMINAL = ".!?…"
CLOSERS = "\"'”’)]»"
OPENERS = "\"'“‘([«"

# Sentence-ending marks and closing quotes, then the blanks after them.
# (a wiki's citation markers may follow the mark: "... in Stockport.[1][2] Its shares")
_BOUNDARY_RE = re.compile(r"([.!?…]+)[\"'”’)\]»]*(?:\[(?:\d{1,3}|[a-z]|citation needed)\])*(?=\s)[ \t]*")
_PARAGRAPH_BREAK_RE = re.compile(r"\n\s*\n")
# "| Ferrule Solo | Free |": each cell of a table row opens like a sentence.
_TABLE_CELL_RE = re.compile(r"\|[ \t]*(?=[^\s|])")
_STAMP_PREFIX_RE = re.compile(
    r"(?:^|(?<=\n\n))[-–•*]?\s*[(\[]?\d{1,2}:\d{2}(?::\d{2})?(?:\s+[A-Z]{2,4})?[)\]]?(?:\s+[–—-])?\s+(?=[A-Z])"
)
_CLOCK_RE = re.compile(r":(?<=\d:)\d")  # (in every stamp: the scan finds its colon fast)
# "WKDN 7", "KTVR-TV": a US broadcaster's call sign, with its channel or its band.
CALL_SIGN_RE = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?(?: \d{1,2})?")
# "MOLINE, Ill." / "LONDON": a wire dateline's city in capitals and its state, before "(AP) —".
DATELINE_PLACE_RX = r"[A-ZÀ-Ý][A-ZÀ-Ý .’'-]{1,40}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
# "JAKARTA, Feb 11 (Reuters) -": the day a wire's dateline may give between the place and the wire
DATELINE_DAY_RX = r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
# "MOLINE, Ill. (AP) — Hundreds of workers ...": the story's first sentence follows the dateline.
_DATELINE_PREFIX_RE = re.compile(rf"(?:^|(?<=\n\n)){DATELINE_PLACE_RX}\s*(?:\([A-Za-z][\w ]{{0,20}}\))?\s*[—–]\s*(?=[A-Z])")
# "Jakarta (ANTARA) - Nickel processor ...", "LONDON (Reuters) -": a dateline with the agency's stamp
AGENCY_DATELINE_RE = re.compile(r"(?m)^(?P<place>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}) \((?P<tag>[A-Z][A-Za-z]{1,14})\) [-–—]\s*(?=[A-Z])")
_FIRST_WORD_RE = re.compile(r"[\"'“‘(\[«]*([\w’'.-]+)")
_WORD_RE = re.compile(r"[^\W_][\w’'-]*")


_LETTERS_AND_DOTS = string.ascii_letters + "."


def _word_before(text: str, dot: int) -> str | None:
    """The ASCII word (letters and dots, from a letter) ending at ``dot``, within 12 characters."""
    window = text[max(0, dot - 12):dot]
    if window.endswith("\n"):
        window = window[:-1]  # "$" also matches before a final newline
    word = window[len(window.rstrip(_LETTERS_AND_DOTS)):].lstrip(".")
    return word or None


# Initials that romanise one letter as two: "Ts. Oyunchimeg", "Ch. Ganbold"
DIGRAPH_INITIALS = ("Ts", "Ch", "Sh", "Kh", "Zh")
# A name's initial, one letter or such a pair: "B.Tumurbaatar", "Ts. Oyunchimeg"
INITIAL_RX = rf"(?:[A-Z]|{'|'.join(DIGRAPH_INITIALS)})"


def _is_abbreviation_end(text: str, dot: int) -> bool:
    """True when the period at ``dot`` belongs to an abbreviation or initial."""
    word = _word_before(text, dot)
    if word is None:
        return False
    if len(word) == 1 and word.isupper() or word in DIGRAPH_INITIALS:
        return True  # an initial: "J. K. Rowling", "Ts. Oyunchimeg" (a Mongolian father's initial)
    return word.lower().rstrip(".") in ABBREVIATIONS


_THREAD_NUMBER_RE = re.compile(r"(?m)^\d{1,2}/(?:\d{1,2})?\s+(?:🧵\s+)?(?=\S)")


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences begin, paragraph starts included, ascending."""
    starts = [0] if text else []
    for para in _PARAGRAPH_BREAK_RE.finditer(text):
        starts.append(para.end())
    if ":" in text and _CLOCK_RE.search(text):
        # "(00:03:41) Raising from …", "- 14:02 UTC — Write latency …": the sentence starts after the stamp
        starts.extend(stamp.end() for stamp in _STAMP_PREFIX_RE.finditer(text))
    if "—" in text or "–" in text:
        starts.extend(dateline.end() for dateline in _DATELINE_PREFIX_RE.finditer(text))
    if ") " in text:
        starts.extend(dateline.end() for dateline in AGENCY_DATELINE_RE.finditer(text))
    if "|" in text:
        starts.extend(cell.end() for cell in _TABLE_CELL_RE.finditer(text))
    if "/" in text:
        # "2/ Founded in 2021 by ...", "1/14 🧵 Chowline, ...": a thread's post, numbered, opens a sentence
        starts.extend(post.end() for post in _THREAD_NUMBER_RE.finditer(text))
    size = len(text)
    for match in _BOUNDARY_RE.finditer(text):
        nxt = match.end()
        if nxt >= size or text[nxt] == "\n":
            continue
        first = _FIRST_WORD_RE.match(text, nxt)
        if not first:
            continue
        word = first.group(1)
        if word[0].islower() and (word.islower() or not any(ch.isupper() for ch in word)) and not (
            # '... shared with BI. "guess it didn't survive," wrote one': a quotation opens a sentence, lower case and all
            text[nxt] in "“\"" and match.group(1) in ".!?"
        ):
            continue
        if match.group(1) == ".":  # a single period may close an abbreviation instead
            dot = match.start()
            if _is_abbreviation_end(text, dot):
                abbr = _word_before(text, dot).lower()
                if abbr in ("a.m", "p.m"):
                    if word.lower().rstrip(".,") in _AFTER_CLOCK_TIME or word.isupper() and 2 <= len(word) <= 4:
                        continue  # "at 4 p.m. Friday", "7 p.m. EDT"
                elif not (abbr in _SENTENCE_FINAL_ABBREVIATIONS and word.lower() in STOPWORDS):
                    continue
        starts.append(nxt)
    starts.sort()
    return starts


_LEADING_MARKS = OPENERS + " \t-–—•*>"  # may sit between a sentence start and its first word


class Sentences:
    """Sentence lookup over one text: which sentence a given offset is in."""

    def __init__(self, text: str, starts: list[int] | None = None) -> None:
        self.text = text
        self.starts = sentence_starts(text) if starts is None else starts

    def prefixed(self, head: str) -> Sentences:
        """Sentences of ``head + "\n\n" + text`` without re-reading ``text``."""
        shift = len(head) + 2
        return Sentences(head + "\n\n" + self.text, sentence_starts(head) + [s + shift for s in self.starts])

    def start_of(self, pos: int) -> int:
        index = bisect.bisect_right(self.starts, pos) - 1
        return self.starts[index] if index >= 0 else 0

    def end_of(self, pos: int) -> int:
        index = bisect.bisect_right(self.starts, pos)
        end = self.starts[index] if index < len(self.starts) else len(self.text)
        return end

    def is_start(self, pos: int) -> bool:
        """True when only opening marks sit between a sentence start and ``pos``."""
        start = self.start_of(pos)
        text = self.text
        while pos > start and text[pos - 1] in _LEADING_MARKS:
            pos -= 1
        return pos == start


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, grouped by first character.

    The regex engine tries branches one by one, so "a(?:gency|ward)|b(?:oard)"
    beats trying every word in turn. The groups must never match the same
    text, even under IGNORECASE; when they could, the words stay ungrouped.
    """
    ordered = sorted(words, key=lambda word: len(re.escape(word)), reverse=True)
    groups: dict[str, list[str]] = {}
    for word in ordered:
        groups.setdefault(word[:1], []).append(re.escape(word[1:]))
    firsts = list(groups)
    if "" in groups or any(
        re.fullmatch(re.escape(a), b, re.IGNORECASE) for a in firsts for b in firsts if a != b
    ):
        return "|".join(re.escape(word) for word in ordered)
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


def keyword_finditer(pattern: re.Pattern, keywords: tuple[str, ...], text: str) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)``, found faster.

    Every match of ``pattern`` must begin with ``\\b`` and one of ``keywords``
    (words): the pattern is tried only where a keyword starts a word, and
    ``str.find`` finds those far quicker than the regex engine can try every
    position.
    """
    starts = []
    for keyword in keywords:
        pos = text.find(keyword)
        while pos >= 0:
            if not pos or not (text[pos - 1].isalnum() or text[pos - 1] == "_"):
                starts.append(pos)
            pos = text.find(keyword, pos + 1)
    starts.sort()
    end = 0
    for pos in starts:
        if pos < end:
            continue
        match = pattern.match(text, pos)
        if match:
            yield match
            end = match.end()


def words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def first_word(text: str) -> str | None:
    """``words(text)[0]``, or None when there is no word."""
    match = _WORD_RE.search(text)
    return match.group() if match else None


def ends_terminal(line: str) -> bool:
    """True when a line ends a sentence (closing marks after the stop allowed)."""
    stripped = line.rstrip().rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in TERMINAL


def ends_with_abbreviation(text: str) -> bool:
    """"… deal with Carrow Energy Corp.": the last period closes a company form or "U.S.", not a sentence."""
    text = text.rstrip()
    return text.endswith(".") and (_word_before(text, len(text) - 1) or "").lower() in _SENTENCE_FINAL_ABBREVIATIONS


def heading_like(line: str, max_words: int = 14) -> bool:
    """A short line without sentence punctuation that reads as a heading."""
    text = line.strip()
    # ('Mr Banda said: "We are very grateful."': a sentence's stop inside its closing quote mark)
    if not text or text[-1] in ".,;:" or text[-1] in "\"”’'" and text[-2:-1] in (".", ",") or len(text) > 160:
        return False
    tokens = words(text)
    if not tokens or len(tokens) > max_words:
        return False
    first = text.lstrip(OPENERS)
    return bool(first) and (first[0].isupper() or first[0].isdigit() or _odd_case(tokens[0]))


@functools.lru_cache(maxsize=4096)  # (asked of one line or quotation by several rules)
def title_cased(line: str) -> bool:
    """True when most content words of the line are capitalised (Title Case)."""
    content = []
    for w in words(line):
        low = w.lower()
        if (low not in STOPWORDS or w[0].isupper()) and low not in SMALL_WORDS:
            content.append(w)
    if len(content) < 2:
        return False
    capitals = sum(1 for w in content if w[0].isupper() or _odd_case(w))
    # "Follow along as Tallis CEO Marta Quill takes the stage" is capitalised by its names, not Title
    # Case: a headline in Title Case leaves at most one content word in six lower-case
    return capitals / len(content) >= 0.7 and len(content) - capitals <= max(1, len(content) // 6)


SMALL_WORDS = frozenset(
    "a an the and or but nor of in on at to for by with from as vs is are was be it".split()
)


def _odd_case(word: str) -> bool:
    return bool(word) and word[0].islower() and any(ch.isupper() for ch in word[1:])
