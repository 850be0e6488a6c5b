"""Cost of saving one note when the library already holds 10,000 of them.

    .venv/bin/python bench/bench_notes.py [--notes 10000] [--articles 500]

Fills a temp notes store (the notes spread over ``--articles`` articles), then
times 50 single saves — a new highlight with a note, durable on return (atomic
write with fsync, under the inter-process lock) — and prints the median and
the worst. Also times the same save into one article that already has 1,000
notes, the worst case of sharding by article.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.anchor import TextAnchor  # noqa: E402
from store.annotations import ArticleRef, new_annotation  # noqa: E402
from store.notes import NotesStore  # noqa: E402

BODY = "Ines Abara said the company would ship the scanner before the winter, and nobody argued. " * 4


def note_for(article: ArticleRef, i: int):
    start = (i * 7) % 200
    return new_annotation(article, "h", TextAnchor.from_span(BODY, start, start + 60), note=f"note {i} #tag{i % 9}")


def time_saves(store: NotesStore, article: ArticleRef, runs: int = 50) -> list[float]:
    times = []
    for i in range(runs):
        note = note_for(article, i)
        start = time.perf_counter()
        store.save(note)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = NotesStore(Path(tmp))
        articles = [ArticleRef(f"article-{n}", f"Article {n}", "The Ledger", "2024-01-01") for n in range(args.articles)]
        per = args.notes // args.articles
        for article in articles:
            store.save_many(note_for(article, i) for i in range(per))
        spread = time_saves(store, articles[0])
        crowded = ArticleRef("crowded", "Crowded", None, None)
        store.save_many(note_for(crowded, i) for i in range(1000))
        worst = time_saves(store, crowded)
        total = len(store.all())
    print(f"notes in store: {total:,} over {args.articles + 1} articles")
    print(f"save one note (article with {per} notes):   median {statistics.median(spread) * 1000:5.1f} ms, worst {max(spread) * 1000:5.1f} ms")
    print(f"save one note (article with 1,000 notes): median {statistics.median(worst) * 1000:5.1f} ms, worst {max(worst) * 1000:5.1f} ms")


if __name__ == "__main__":
    main()
