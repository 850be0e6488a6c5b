"""Sentence boundaries and line-shape tests shared by the analysis modules.

Pure string work with no knowledge of entities or quotes: where a sentence
starts, whether a period closes an abbreviation, whether a line reads like a
heading.
"""

from __future__ import annotations

import bisect
import re

from store.lexicon import STOPWORDS

# A period after these does not end a sentence when a name or number follows.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen gov sen rep lt col capt sgt cpl adm
    rev hon pres supt det insp messrs mme mlle
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    inc corp co ltd llc plc bros dept est approx vs etc fig vol no nos ave blvd
    e.g i.e u.s u.k u.n e.u a.m p.m ph.d
    """.split()
)

# These usually close a sentence when a capitalised word follows.
_SENTENCE_FINAL_ABBREVIATIONS = frozenset("inc corp co ltd llc plc etc u.s u.k bros".split())

TERMINAL = ".!?…"
CLOSERS = "\"'”’)]»"
OPENERS = "\"'“‘([«"

_BOUNDARY_RE = re.compile(r"[.!?…]+[\"'”’)\]»]*(?=\s)")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_FIRST_WORD_RE = re.compile(r"[\"'“‘(\[«]*([\w’'.-]+)")
_WORD_RE = re.compile(r"[^\W_][\w’'-]*")


def _is_abbreviation_end(text: str, dot: int) -> bool:
    """True when the period at ``dot`` belongs to an abbreviation or initial."""
    match = _WORD_BEFORE_RE.search(text, max(0, dot - 12), dot)
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. K. Rowling"
    return word.lower().rstrip(".") in ABBREVIATIONS


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences begin, paragraph starts included, ascending."""
    starts = [0] if text else []
    for para in re.finditer(r"\n\s*\n", text):
        starts.append(para.end())
    for match in _BOUNDARY_RE.finditer(text):
        end = match.end()
        nxt = end
        while nxt < len(text) and text[nxt] in " \t":
            nxt += 1
        if nxt >= len(text) or text[nxt] == "\n":
            continue
        first = _FIRST_WORD_RE.match(text, nxt)
        if not first:
            continue
        word = first.group(1)
        if word[0].islower() and not any(ch.isupper() for ch in word):
            continue
        dot = match.start()
        if text[dot] == "." and match.group().startswith(".") and len(match.group().rstrip(CLOSERS)) == 1:
            if _is_abbreviation_end(text, dot):
                abbr = _WORD_BEFORE_RE.search(text, max(0, dot - 12), dot).group(1).lower()
                if not (abbr in _SENTENCE_FINAL_ABBREVIATIONS and word.lower() in STOPWORDS):
                    continue
        starts.append(nxt)
    starts.sort()
    return starts


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
        while pos > start and (text[pos - 1] in OPENERS or text[pos - 1] in " \t-–—•*>"):
            pos -= 1
        return pos == start


def words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def ends_terminal(line: str) -> bool:
    """True when a line ends a sentence (closing marks after the stop allowed)."""
    stripped = line.rstrip().rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in TERMINAL


def heading_like(line: str, max_words: int = 14) -> bool:
    """A short line without sentence punctuation that reads as a heading."""
    text = line.strip()
    if not text or text[-1] in ".,;:" or len(text) > 160:
        return False
    tokens = words(text)
    if not tokens or len(tokens) > max_words:
        return False
    first = text.lstrip(OPENERS)
    return bool(first) and (first[0].isupper() or first[0].isdigit() or _odd_case(tokens[0]))


def title_cased(line: str) -> bool:
    """True when most content words of the line are capitalised (Title Case)."""
    tokens = [w for w in words(line) if w.lower() not in STOPWORDS or w[0].isupper()]
    content = [w for w in tokens if w.lower() not in _SMALL_WORDS]
    if len(content) < 2:
        return False
    capitals = sum(1 for w in content if w[0].isupper() or _odd_case(w))
    return capitals / len(content) >= 0.7


_SMALL_WORDS = frozenset(
    "a an the and or but nor of in on at to for by with from as vs is are was be it".split()
)


def _odd_case(word: str) -> bool:
    return bool(word) and word[0].islower() and any(ch.isupper() for ch in word[1:])
