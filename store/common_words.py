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

from store.lexicon import FIRST_NAMES

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


@functools.lru_cache(maxsize=16384)
def is_everyday_word(word: str) -> bool:
    """True for common words, and for plurals, -ing and -ed forms of common words.

    "Developers said" and "Streaming is a feature" open sentences with
    inflections of everyday words ("developer", "stream"), each a little
    rarer than the base word.
    """
    low = word.casefold()
    score = zipf(low)
    if score >= EVERYDAY_ZIPF:
        return True
    if score < INFLECTED_ZIPF:
        return False
    for stem in _stems(low):
        if zipf(stem) >= STEM_ZIPF:
            return True
    return False


# "exporter" is listed (3.3) and "export" is common (4.2); "sander" is not listed at all.
AGENT_ZIPF = 3.0
STEM_VERB_ZIPF = 4.0


def is_agent_plural(word: str) -> bool:
    """"Exporters say", "Importers are": the doers of an everyday verb, rarer than the verb itself.

    The singular must be a listed word and not a given name ("Peters", "Walters"). A sentence's opening
    word only: mid-sentence, "the Packers" is a team.
    """
    low = word.casefold()
    if not low.endswith("ers") or len(low) < 7:
        return False
    agent = low[:-1]
    if zipf(agent) < AGENT_ZIPF or agent in FIRST_NAMES:
        return False
    return zipf(low[:-3]) >= STEM_VERB_ZIPF or zipf(low[:-2]) >= STEM_VERB_ZIPF


# An inflected form counts when it is itself fairly common and its stem is common.
INFLECTED_ZIPF = 3.5
STEM_ZIPF = 3.9


def _stems(low: str) -> list[str]:
    if low.endswith("ies") and len(low) > 4:
        return [low[:-3] + "y"]
    if low.endswith("es") and len(low) > 4:
        return [low[:-1], low[:-2]]
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        return [low[:-1]]
    if low.endswith("ing") and len(low) > 5:
        return [low[:-3], low[:-3] + "e"]
    if low.endswith("ied") and len(low) > 5:
        return [low[:-3] + "y"]  # "applied"
    if low.endswith("ed") and len(low) > 5:
        return [low[:-2], low[:-1]]  # "adjusted", "priced"
    return []
