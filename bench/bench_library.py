"""How byline copes with a 10,000-article library and a 200 KB article.

    .venv/bin/python bench/bench_library.py [--articles 10000]

Builds a synthetic library in a temp directory (metadata only: the list never
reads bodies), then measures, best of 5 where it can:
  * opening the store and listing every article (the start-up worker's work),
  * the app from launch until the 10,000 rows are on screen (headless),
  * moving the cursor one row, and a page, in the 10,000-row list, and painting
    the visible rows (the key handling itself is Textual's, the same at any size),
  * wrapping a 200 KB article for the reader and painting one screen of it.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tinydb import TinyDB  # noqa: E402

from store.library import ARTICLES, Library  # noqa: E402
from store.paths import DataPaths  # noqa: E402
from store.storage import AtomicJSONStorage  # noqa: E402

WORDS = "company chief executive said launch model startup board shares quarter platform chip cloud deal".split()


def build_library(root: Path, count: int) -> None:
    rng = random.Random(7)
    docs = []
    for index in range(count):
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 12))).capitalize()
        docs.append(
            {
                "id": f"{index:012x}",
                "title": f"{title} {index}",
                "source": rng.choice(["The Ledger", "The Wire", "Circuit Daily", None]),
                "date": f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "author": "Sam Writer",
                "content_hash": f"{index:064x}",
                "origin": f"/news/{index}.txt",
                "added": 1_700_000_000 + index,
            }
        )
    db = TinyDB(storage=AtomicJSONStorage, path=root / "library.json")
    db.table(ARTICLES).insert_multiple(docs)
    db.close()


def best(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def bench_open(root: Path) -> float:
    def run() -> None:
        library = Library(DataPaths(root))
        library.open()
        assert len(library.articles()) > 0
        library.close()

    return best(run)


async def bench_app(root: Path, count: int) -> dict[str, float]:
    from tui.app import BylineApp
    from tui.widgets.article_list import ArticleList

    start = time.perf_counter()
    app = BylineApp(Library(DataPaths(root)))
    async with app.run_test(size=(120, 40)) as pilot:
        articles = app.screen.query_one(ArticleList)
        while len(articles.articles) < count:
            await asyncio.sleep(0.005)
        await pilot.pause()
        shown = time.perf_counter() - start

        def paint() -> None:
            for y in range(articles.size.height):
                articles.render_line(y)

        def move_and_paint(step: int):
            def run() -> None:
                articles.action_move(step) if step == 1 else articles.action_page(1)
                paint()

            return run

        results = {
            "launch to 10k rows shown": shown,
            "cursor down one row + repaint": best(move_and_paint(1)),
            "page down + repaint": best(move_and_paint(0)),
        }
    return results


def bench_reader() -> dict[str, float]:
    from tui.reader_layout import layout_body

    rng = random.Random(3)
    paragraphs = []
    size = 0
    while size < 200_000:
        paragraph = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 120))) + "."
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return {"wrap a 200 KB article (80 cols)": best(lambda: layout_body(paragraphs, 80))}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        build_library(root, args.articles)
        size_mb = (root / "library.json").stat().st_size / 1e6
        results = {f"open store + list {args.articles} articles ({size_mb:.1f} MB)": bench_open(root)}
        results.update(asyncio.run(bench_app(root, args.articles)))
    results.update(bench_reader())
    width = max(len(name) for name in results)
    for name, seconds in results.items():
        print(f"{name:<{width}}  {seconds * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
