"""Random realistic edits to highlighted articles, and how well highlights re-anchor.

Each trial takes a sample article, highlights a few passages (sentences, quotes,
spans across two sentences), applies one edit to the raw text — insert or delete
a paragraph, fix a word, re-wrap the lines, add or drop boilerplate — cleans it
again and re-anchors every highlight in the new body.

The truth comes from a character diff of the old and new bodies: a highlight
whose characters all survive must be placed on them; one that lost most of its
characters should be an orphan. "wrong" counts placements on other text.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from store.analyze import analyze_text
from store.anchor import TextAnchor, place
from store.decode import decode_article_bytes
from store.samples import sample_files
from store.sentences import sentence_starts

FILLER = [
    "The company did not say how many customers were affected by the change.",
    "Analysts at two brokerages said they expected more detail at the next earnings call.",
    "A spokesperson declined to comment on the timing of the announcement.",
    "Shares were little changed in early trading after the news.",
]
BOILERPLATE = ["Share this article", "Advertisement", "Subscribe to our newsletter", "Photo: Staff", "Copy link"]


@dataclass
class Tally:
    highlights: int = 0
    survived: int = 0  # most of the highlighted characters are still in the new body
    position: int = 0
    quote: int = 0
    fuzzy: int = 0
    orphaned: int = 0  # survived but not placed
    wrong: int = 0
    destroyed_orphaned: int = 0
    edits: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    @property
    def placed(self) -> int:
        return self.position + self.quote + self.fuzzy

    def summary(self) -> str:
        share = lambda n: f"{100 * n / self.survived:.1f}%" if self.survived else "–"  # noqa: E731
        return (
            f"{self.highlights} highlights over {sum(self.edits.values())} edits {self.edits}; "
            f"{self.survived} survived the edit: placed {share(self.placed)} "
            f"(exact at position {share(self.position)}, exact text moved {share(self.quote)}, "
            f"fuzzy {share(self.fuzzy)}), orphaned {share(self.orphaned)}, wrong {self.wrong}; "
            f"{self.highlights - self.survived} destroyed by the edit, "
            f"{self.destroyed_orphaned} of them kept as orphans"
        )


def run(trials: int = 100, seed: int = 20241122) -> Tally:
    rng = random.Random(seed)
    texts = [decode_article_bytes(data, name) for name, data in sample_files()]
    tally = Tally()
    for _ in range(trials):
        raw = rng.choice(texts)
        body = analyze_text(raw).body
        spans = _pick_highlights(rng, body, analyze_text(raw))
        kind, edited = _edit(rng, raw, body, spans)
        tally.edits[kind] = tally.edits.get(kind, 0) + 1
        new_body = analyze_text(edited).body
        mapping = _char_map(body, new_body)
        for start, end in spans:
            tally.highlights += 1
            anchor = TextAnchor.from_span(body, start, end)
            placement = place(anchor, new_body)
            kept = [mapping[i] for i in range(start, end) if mapping[i] is not None and not body[i].isspace()]
            letters = sum(1 for i in range(start, end) if not body[i].isspace())
            survived = len(kept) >= 0.6 * letters
            if not survived:
                if placement is None:
                    tally.destroyed_orphaned += 1
                continue
            tally.survived += 1
            if placement is None:
                tally.orphaned += 1
                tally.failures.append(f"orphaned after {kind}: {anchor.exact[:60]!r}")
                continue
            inside = sum(1 for p in kept if placement.start <= p < placement.end)
            if inside < 0.8 * len(kept) or (placement.end - placement.start) > 1.5 * (end - start) + 10:
                tally.wrong += 1
                tally.failures.append(
                    f"wrong after {kind}: {anchor.exact[:50]!r} -> {new_body[placement.start:placement.end][:50]!r}"
                )
                continue
            setattr(tally, placement.method, getattr(tally, placement.method) + 1)
    return tally


def _sentences(body: str) -> list[tuple[int, int]]:
    spans = []
    for paragraph in re.finditer(r"[^\n]+", body):
        starts = [s for s in sentence_starts(paragraph.group()) if s < len(paragraph.group())] or [0]
        bounds = starts + [len(paragraph.group())]
        for a, b in zip(bounds, bounds[1:]):
            text = paragraph.group()[a:b].rstrip()
            if len(text) > 15:
                spans.append((paragraph.start() + a, paragraph.start() + a + len(text)))
    return spans


def _pick_highlights(rng: random.Random, body: str, analysis) -> list[tuple[int, int]]:
    sentences = _sentences(body)
    picked = rng.sample(sentences, min(3, len(sentences)))
    quotes = [(q.start, q.end) for q in analysis.quotes if q.end - q.start > 12]
    if quotes:
        picked.append(rng.choice(quotes))
    pairs = [(a, d) for (a, b), (c, d) in zip(sentences, sentences[1:]) if body[b:c].strip() == ""]
    if pairs:
        picked.append(rng.choice(pairs))
    return picked


def _edit(rng: random.Random, raw: str, body: str, spans: list[tuple[int, int]]) -> tuple[str, str]:
    lines = raw.split("\n")
    kind = rng.choice(["insert paragraph", "delete paragraph", "fix word", "fix word in a highlight", "rewrap", "boilerplate"])
    if kind == "fix word in a highlight":
        edited = _fix_word_inside(rng, raw, body, rng.choice(spans))
        if edited is not None:
            return kind, edited
        kind = "fix word"
    body_lines = [i for i, line in enumerate(lines) if len(line) > 80]
    if kind == "insert paragraph":
        at = rng.choice(body_lines)
        lines[at:at] = [rng.choice(FILLER)]
    elif kind == "delete paragraph":
        del lines[rng.choice(body_lines)]
    elif kind == "fix word":
        at = rng.choice(body_lines)
        words = list(re.finditer(r"\b[a-z]{5,}\b", lines[at]))
        if words:
            word = rng.choice(words)
            fixed = word.group()[:-2] + word.group()[-1] + word.group()[-2]  # a transposition typo
            lines[at] = lines[at][: word.start()] + fixed + lines[at][word.end() :]
    elif kind == "rewrap":
        width = rng.randint(55, 90)
        wrapped = []
        for line in lines:
            while len(line) > width and " " in line[:width]:
                cut = line.rfind(" ", 0, width)
                wrapped.append(line[:cut])
                line = line[cut + 1 :]
            wrapped.append(line)
        lines = wrapped
    else:
        for _ in range(2):
            at = rng.randrange(len(lines))
            if rng.random() < 0.5 and lines[at] and len(lines[at]) < 40:
                del lines[at]
            else:
                lines[at:at] = [rng.choice(BOILERPLATE)]
    return kind, "\n".join(lines)


def _fix_word_inside(rng: random.Random, raw: str, body: str, span: tuple[int, int]) -> str | None:
    """Change one word of the highlighted passage where it stands in the raw text."""
    words = list(re.finditer(r"\b[A-Za-z]{5,}\b", body[span[0] : span[1]]))
    if not words:
        return None
    word = rng.choice(words)
    start = span[0] + word.start()
    # Find the same place in the raw text by the words around it (line breaks differ).
    before = re.escape(" ".join(body[max(0, start - 30) : start].split()[-3:]))
    pattern = before.replace(r"\ ", r"\s+") + r"\s+" + re.escape(word.group()) + r"\b"
    found = re.search(pattern, raw) if before else re.search(r"\b" + re.escape(word.group()) + r"\b", raw)
    if found is None:
        return None
    at = found.end() - len(word.group())
    replacement = rng.choice([word.group()[:-2] + word.group()[-1] + word.group()[-2], word.group() + "s", "new"])
    return raw[:at] + replacement + raw[found.end() :]


def _char_map(old: str, new: str) -> list[int | None]:
    """For each character of ``old``, its offset in ``new`` if it survived unchanged."""
    mapping: list[int | None] = [None] * len(old)
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, _ in matcher.get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                mapping[i1 + k] = j1 + k
    return mapping
