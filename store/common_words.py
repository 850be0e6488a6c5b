"""How common an English word is, from the wordfreq library's frequency table.

A capitalised word that opens a sentence and is an everyday English word
("Growth slowed", "Affected employees") is capitalised by position, not
because it names something. wordfreq's small English list (about 29,000
words, bundled with the package, loaded once in about 10 ms) answers that
without a hand-made dictionary.
"""

from __future__ import annotations

import functools
import math

# Zipf 4.5 is about once in 30,000 words: "growth", "affected", "independent"
# are above it; surnames and coined company names sit far below.
EVERYDAY_ZIPF = 4.5


@functools.cache
def _table() -> dict[str, float]:
    from wordfreq import get_frequency_dict  # imported on first use: ~150 ms

    return get_frequency_dict("en", wordlist="small")


@functools.lru_cache(maxsize=8192)
def zipf(word: str) -> float:
    """The word's Zipf frequency (log10 of uses per billion words), 0 when unlisted."""
    freq = _table().get(word.casefold().replace("’", "'"), 0.0)
    return math.log10(freq) + 9 if freq > 0 else 0.0


def is_everyday_word(word: str) -> bool:
    return zipf(word) >= EVERYDAY_ZIPF
