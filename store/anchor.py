"""Anchor highlights to text so they survive edits, as the W3C Web Annotation model does.

A highlight keeps a TextQuoteSelector (the exact text, 32 characters of prefix and
suffix) and a TextPositionSelector (offsets into the cleaned body). When the
body changes, ``place`` finds it again, in order of confidence:

1. ``position``: the exact text is still at the stored offsets;
2. ``quote``: the exact text occurs elsewhere (whitespace may differ); the
   occurrence whose context and position agree best wins;
3. ``fuzzy``: the best approximate occurrence (rapidfuzz's alignment), accepted
   only when the quote and its context are similar enough.

Anything weaker is an orphan (``None``): better unplaced than placed on the
wrong words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

CONTEXT = 32
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class TextAnchor:
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int

    @classmethod
    def from_span(cls, body: str, start: int, end: int) -> TextAnchor:
        return cls(
            exact=body[start:end],
            prefix=body[max(0, start - CONTEXT) : start],
            suffix=body[end : end + CONTEXT],
            start=start,
            end=end,
        )


@dataclass(frozen=True)
class Placement:
    start: int
    end: int
    method: str  # "position" | "quote" | "fuzzy"


def place(anchor: TextAnchor, body: str) -> Placement | None:
    """Where ``anchor`` is in ``body`` now, or None if it cannot be placed safely."""
    if not anchor.exact.strip():
        return None
    if body[anchor.start : anchor.end] == anchor.exact:
        return Placement(anchor.start, anchor.end, "position")
    found = _exact_occurrence(anchor, body)
    if found is not None:
        return Placement(found[0], found[1], "quote")
    found = _fuzzy_occurrence(anchor, body)
    if found is not None:
        return Placement(found[0], found[1], "fuzzy")
    return None


def _exact_occurrence(anchor: TextAnchor, body: str) -> tuple[int, int] | None:
    flat_body, offsets = _collapse(body)
    needle = " ".join(anchor.exact.split())
    candidates = []
    position = flat_body.find(needle)
    while position != -1:
        start = offsets[position]
        end = offsets[position + len(needle) - 1] + 1
        candidates.append((start, end))
        position = flat_body.find(needle, position + 1)
    if not candidates:
        return None
    scored = [(_context_score(anchor, body, s, e), -abs(s - anchor.start), (s, e)) for s, e in candidates]
    context, _, best = max(scored)
    # A unique, long passage is itself strong evidence; a short or repeated one
    # ("he said.") needs its surroundings to agree before we trust it.
    if len(candidates) == 1 and len(needle) >= 40:
        return best
    return best if context >= 0.5 else None


def _fuzzy_occurrence(anchor: TextAnchor, body: str) -> tuple[int, int] | None:
    needle = anchor.exact
    alignment = fuzz.partial_ratio_alignment(needle, body, processor=None)
    if alignment is None or alignment.score < 75:
        return None
    start, end = _refine(needle, body, alignment.dest_start, alignment.dest_end)
    quote_score = fuzz.ratio(_norm(needle), _norm(body[start:end])) / 100
    context = _context_score(anchor, body, start, end)
    # Short quotes are easy to match by accident: ask more of them and their context.
    needed_quote = 0.9 if len(needle) < 24 else 0.8
    if quote_score >= needed_quote and context >= 0.5:
        return start, end
    return None


def _context_score(anchor: TextAnchor, body: str, start: int, end: int) -> float:
    """How alike the text around [start, end) is to the stored prefix and suffix (0–1)."""
    scores = []
    if anchor.prefix:
        before = body[max(0, start - len(anchor.prefix) - 8) : start]
        scores.append(_tail_similarity(anchor.prefix, before))
    if anchor.suffix:
        after = body[end : end + len(anchor.suffix) + 8]
        scores.append(_head_similarity(anchor.suffix, after))
    if not scores:
        return 1.0  # the whole body: nothing around it to disagree
    return sum(scores) / len(scores)


def _tail_similarity(expected: str, actual: str) -> float:
    expected, actual = _norm(expected), _norm(actual)
    if not expected:
        return 1.0 if not actual else 0.5
    return fuzz.ratio(expected, actual[-len(expected) :]) / 100


def _head_similarity(expected: str, actual: str) -> float:
    expected, actual = _norm(expected), _norm(actual)
    if not expected:
        return 1.0 if not actual else 0.5
    return fuzz.ratio(expected, actual[: len(expected)]) / 100


def _refine(needle: str, body: str, start: int, end: int) -> tuple[int, int]:
    """Move the aligned window's ends to the word boundaries that match ``needle`` best.

    The alignment window has the needle's length; an edit that added or removed
    words makes the true passage longer or shorter than that.
    """
    reach = max(8, len(needle) // 5)
    starts = [i for i in range(max(0, start - reach), min(len(body), start + reach) + 1) if _word_start(body, i)]
    ends = [j for j in range(max(0, end - reach), min(len(body), end + reach) + 1) if _word_end(body, j)]
    target = _norm(needle)
    best = (-1.0, start, end)
    for s in starts or [start]:
        for e in ends or [end]:
            if e <= s:
                continue
            score = fuzz.ratio(target, _norm(body[s:e]))
            # A passage that began and ended on the same characters (a capital,
            # a full stop, a closing quote) most likely still does.
            score += 4 * (body[s] == needle[0]) + 4 * (body[e - 1] == needle[-1])
            closeness = -(abs(s - start) + abs(e - end)) / 1000
            if score + closeness > best[0]:
                best = (score + closeness, s, e)
    return best[1], best[2]


def _word_start(body: str, i: int) -> bool:
    """A word or punctuation run starts at ``i`` (so '“We' offers both '“We' and 'We')."""
    if i >= len(body) or body[i].isspace():
        return False
    return i == 0 or body[i - 1].isspace() or (body[i].isalnum() and not body[i - 1].isalnum())


def _word_end(body: str, j: int) -> bool:
    if j <= 0 or body[j - 1].isspace():
        return False
    return j == len(body) or body[j].isspace() or (body[j - 1].isalnum() and not body[j].isalnum())


def _norm(text: str) -> str:
    return " ".join(text.split())


def _collapse(body: str) -> tuple[str, list[int]]:
    """``body`` with each run of whitespace as one space, and each char's original offset."""
    flat: list[str] = []
    offsets: list[int] = []
    last = 0
    for match in _SPACE.finditer(body):
        chunk = body[last : match.start()]
        flat.append(chunk)
        offsets.extend(range(last, match.start()))
        flat.append(" ")
        offsets.append(match.start())
        last = match.end()
    flat.append(body[last:])
    offsets.extend(range(last, len(body)))
    return "".join(flat), offsets
