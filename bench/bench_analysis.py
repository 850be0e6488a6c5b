"""Analysis speed: clean + metadata + entities + quotes over a generated 10 MB corpus.

    .venv/bin/python bench/bench_analysis.py [--mb 10]

The corpus is the bundled sample articles repeated with their names and numbers
varied (so nothing is served from a cache), analysed one article at a time on
one core, as an import does. Prints MB/s per core.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.analyze import analyze_text  # noqa: E402
from store.decode import decode_article_bytes  # noqa: E402
from store.samples import sample_files  # noqa: E402

SYLLABLES = "ka lo mi ra ven tor sel dan bri ost ul mar eth quin".split()


def invented_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def corpus(megabytes: float, seed: int = 11) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    samples = [(name, decode_article_bytes(data, name)) for name, data in sample_files()]
    names = sorted({m.group() for _, text in samples for m in re.finditer(r"\b[A-Z][a-z]{3,}\b", text)})
    articles, size = [], 0
    while size < megabytes * 1_000_000:
        name, text = rng.choice(samples)
        swaps = {old: invented_name(rng) for old in rng.sample(names, 12)}
        text = re.sub(r"\b[A-Z][a-z]{3,}\b", lambda m: swaps.get(m.group(), m.group()), text)
        text = re.sub(r"\d", lambda _: str(rng.randint(0, 9)), text)
        articles.append((name, text))
        size += len(text.encode("utf-8"))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=10.0)
    args = parser.parse_args()
    articles = corpus(args.mb)
    size = sum(len(text.encode("utf-8")) for _, text in articles)
    # Loading wordfreq's table is a one-off ~0.3 s per process, not a cost per megabyte.
    analyze_text(articles[0][1], filename=articles[0][0])
    start = time.process_time()
    for name, text in articles:
        analyze_text(text, filename=name)
    seconds = time.process_time() - start
    print(f"{len(articles)} articles, {size / 1e6:.1f} MB analysed in {seconds:.1f} s of CPU: {size / 1e6 / seconds:.2f} MB/s per core")


if __name__ == "__main__":
    main()
