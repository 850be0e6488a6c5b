"""Named people, organisations, products and places found in an article body.

``find_entities`` scans capitalised word sequences, drops words that are
capitalised only by position or are generic terms, merges surnames, first
names, nicknames, acronyms and former names into the full name, and types each
entity from its shape and the words around its mentions. Every span indexes
the body it was given.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from store.clean import (
    CALL_TURN_RE, ITEM_MARK_RX, MAKER_ROLES_RX, PATRONYMIC_RE, TURN_LABEL_RE, name_turn_labels, quote_left_open,
)
from store.common_words import is_agent_plural, is_everyday_word, zipf
from store.gazetteer import any_town, country_name, currency_code, demonym, known_town, wordlike_town
from store.works import DEFINED_TERM_LEAD, NAMED_WORK_RE, WORK_CUES, names_a_work
from store.lexicon import (
    ABBREVIATED_GIVEN_NAMES,
    EAST_SLAVIC_GIVEN_NAMES,
    FEMALE_NAMES,
    FIRST_NAMES,
    MALE_NAMES,
    FOREIGN_ARTICLES,
    FOREIGN_FOUNDATION_WORDS,
    FOREIGN_PAPER_WORDS,
    FORMER_NAMES,
    GAELIC_PARTICLES,
    PLACE_BYNAMES,
    SHORT_FORMS,
    GENERIC_PHRASES,
    GENERIC_TERMS,
    LEGISLATURE_NAMES,
    MONTHS,
    NAV_SECTIONS,
    NAME_PARTICLES,
    NATIONALITIES,
    NICKNAMES,
    OF_HEADS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PLACE_OF_HEADS,
    OUTLET_WORDS,
    POLITICAL_PARTIES,
    PATRONYMIC_PARTICLES,
    PLACE_SUFFIXES,
    PLACES,
    SEASONS,
    STATE_ABBREVIATION_NAMES,
    TIME_ZONE_WORDS,
    PRODUCT_NOUNS,
    ROLE_WORDS,
    SECTION_WORDS,
    SOCIAL_NETWORKS,
    CHAT_APPS,
    SENTENCE_OPENERS,
    SPEECH_VERBS,
    STATE_ABBREVIATIONS,
    STOPWORDS,
    US_STATES,
    WELL_KNOWN_ORGS,
    NEWS_OUTLETS,
    STAGE_DIRECTIONS,
    RACING_SERIES,
    WELL_KNOWN_PRODUCTS,
    phrases,
    COUNTRIES,
    DOTTED_STATE_ABBREVIATIONS,
    WEEKDAYS,
)
from store.model import Entity
from store.sentences import (
    ABBREVIATIONS, AGENCY_DATELINE_RE, CALL_SIGN_RE, DIGRAPH_INITIALS, INITIAL_RX, SMALL_WORDS, Sentences, heading_like, keyword_finditer, title_cased, unaccented, word_alternation,
)

_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_POSSESSIVE_RE = re.compile(r"[’']s$", re.IGNORECASE)
_NUMBER_RE = re.compile(r"\d{1,2}(?:\.\d+)?")
_SUM_RE = re.compile(r"\d{1,2}(?:\.\d+)?(?:bn|b|mn|m|tn|trn|k)?")  # "57b" of "Shs 57b": a sum with its size
# "ex-Google", not "Co-op"; "mid-March", but "Mid-Levels" and "Mid-Atlantic" are names
_PREFIX_RE = re.compile(r"(?i:ex|former|non|pro|anti|pre|post|co|mid)-(?=[A-Z])")

_VERBISH = SPEECH_VERBS | frozenset(
    "is was has had have will would could can did does should may might must spoke "
    "wants plans needs declined refused hopes believes raised launched released "
    "announced unveiled acquired bought sold hired fired joined left built "
    "became remains continues sent signed scored met".split()
)
# Job titles that follow an employer's name ("Halcyon CEO", "Vantage engineers").
_ORG_ROLES = frozenset(
    "ceo ceos cto cfo coo founder founders co-founder cofounder co-founders president "
    "chairman chairwoman executive executives researcher researchers engineer engineers "
    "employee employees spokesperson spokesman spokeswoman staff staffers board "
    "investors analysts scientists director directors boss chief analyst economist strategist".split()
) | frozenset(
    # "a Kirkland partner", "a Deloitte associate": a firm's professionals
    "partner partners associate associates".split()
) | frozenset(
    # "Calloway Sterne managing director Priscilla Vance": a firm's senior people
    {"managing director", "managing partner", "general counsel", "general manager", "chief executive"}
) | frozenset(
    # "Rovers head coach Callum Reddaway": a club's people
    "coach manager captain owner owners striker goalkeeper defender midfielder".split()
) | frozenset({"head coach"}) | frozenset(
    # "The Precision Test segment": a company's business line
    "segment division subsidiary".split()
)


_NORM_TABLE = str.maketrans("", "", " \t\n-.’‘'")


def _norm(text: str) -> str:
    return text.casefold().translate(_NORM_TABLE)


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    possessive: bool = False
    cut: str = ""  # lower-case hyphen suffix removed ("based", "class")
    held: bool = False  # a plural possessive before a body's word: the "Employers’" of "Employers’ Confederation"
    key: str = ""

    def __post_init__(self) -> None:
        if not self.key:
            self.key = _norm(self.text)


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    text: str
    tokens: list[_Token]
    initial: bool
    heading: bool
    possessive: bool
    cut: str = ""
    key: str = ""
    hint: str = ""  # type suggested by how the name was introduced ("a feature called ...")
    person_shape: bool | None = None  # set by _person_shaped on first use
    base: int = 0  # where token offsets count from: the run's start in the body

    def __post_init__(self) -> None:
        if not self.key:
            self.key = _norm(self.text)


@dataclass
class _Group:
    key: str
    mentions: list[_Mention] = field(default_factory=list)
    votes: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    person_part: bool = False  # merged in as a surname or first name
    canonical: str = ""  # key of the current name when a former name merged in
    former: set[str] = field(default_factory=set)  # keys of names given way to, whatever group takes this one in
    line_name: str = ""  # "Python" for "Python 3.8" and "Python 3.10": a product line named by its versions

    @property
    def multi(self) -> bool:
        for m in self.mentions:
            if len(m.tokens) > 1:
                return True
        return False

    def longest(self) -> _Mention:
        if len(self.mentions) == 1:
            return self.mentions[0]
        return max(self.mentions, key=lambda m: (len(m.tokens), -m.start))


# ----------------------------------------------------------------- tokens

def _char_class(test) -> str:
    return re.escape("".join(chr(c) for c in range(0x41, 0x2000) if test(chr(c))))


_UP = _char_class(str.isupper)
_LO = _char_class(str.islower)
_TOK = (
    # "al-Harthy", "el-Sayed": an Arabic surname's article stays lower-case
    # ("d'Orsenne", "d’Aurigny": a French surname's elided particle stays lower-case too)
    # ("ʻAkanesi Fīnau": a Tongan or Hawaiian name opens with its ʻokina, a letter of its own)
    rf"(?:[{_UP}][\w&]*|[{_LO}]+[{_UP}][\w&]*|\d+(?:\.\d+)*-[{_UP}]\w*|(?:al|el)-[{_UP}][\w&]*|d['’][{_UP}][\w&]*|ʻ[{_UP}][\w&]*)"
    # ("Savai‘i", "Fa‘alogo": a Polynesian glottal stop written as an opening mark between letters)
    r"(?:(?:\.-|[.'’\-]|(?<=[^\W\d_])‘(?=[^\W\d_]))[\w&]+)*"  # "Ste.-Odile" too
    r"(?:\+(?![\w+]))?"  # "Vireo+", "Apple TV+": a streaming service's plus
)
# "’Malineo", "'Me": the apostrophe that opens a Basotho name or style (see _sesotho_name_at)
_SESOTHO_APOSTROPHE = r"[’'](?=M[a-z])"
_PARTICLE_RX = "|".join(sorted(NAME_PARTICLES | {"of"}, key=len, reverse=True))
# A run of name-like words joined by single spaces, "&", particles or initials.
_INSTITUTION_RX = (
    "Administration|Agency|Authority|Board|Bureau|Commission|Committee|Council|Department|"
    "Foundation|Institute|Ministry|Office|Services|Service|Society|University|Center|Centre|Secretariat|"
    "Directorate|Inspectorate|Superintendency|Superintendence"
)
_INSTITUTION_WORDS = frozenset(_INSTITUTION_RX.split("|"))
# ("the Agency for Regulation and Development of the Financial Market": a regulator's remit, whole)
_OF_THE_HEADS = (
    "University", "Bank", "College", "Museum", "Church", "Academy", "Republic", "Institute", "Society", "Development",
    # "the Office of the Comptroller of the Currency", "the Department of the Treasury": a government office's remit
    "Office", "Department", "Ministry", "Comptroller",
    # "the Superintendency of the Securities Market", "the Council of the European Union": a regulator's or council's remit
    "Superintendency", "Superintendence", "Secretariat", "Directorate", "Inspectorate", "Council",
)
# Bodies a plural possessive can sit inside: "Supporters’ Trust", "Prosecutors' Office".
_GROUP_WORDS_RX = (
    f"{_INSTITUTION_RX}|Trust|Union|Association|Federation|Confederation|Coalition|Chamber|Club|Guild|Alliance|League"
    "|Fund|Forum|Network|Court"
    "|Pension|Superannuation|Retirement"  # "the Prairie Teachers' Pension Plan"
)
_LEGISLATURES = frozenset("parliament assembly senate congress".split())  # "the European Parliament" ... "Parliament"
_INSTITUTION_LOWER = frozenset(word.lower() for word in _INSTITUTION_WORDS) | {"court", "bank", "station", "hospital"}
_GROUP_WORDS = frozenset(_GROUP_WORDS_RX.lower().split("|"))
# Legal forms written before the company's name: Latvia's SIA, Lithuania's UAB, Russia's OOO, Ukraine's TOV, Indonesia's PT
_LEGAL_FORM_PREFIXES = frozenset({"sia", "uab", "ooo", "tov", "pt", "jsc", "pjsc", "ojsc", "cjsc", "ao", "pao", "zao"})
_ORG_PREFIXES = frozenset(
    "grupo groupe gruppo gruppe groep banco banca banque compagnie compañía companhia transportes fletes "
    "constructora inmobiliaria industrias laboratorios corporación distribuidora comercializadora aerolíneas "
    "establecimientos empresas inversiones lojas boursa bourse borsa bolsa börse "  # "Boursa Kuwait", "Borsa Istanbul"
    "cervecería cementos aceros financiera sociedad société pt bank "  # "PT Cahaya Bangka Logamindo", an Indonesian company
    "chez maison café cafe bistro brasserie trattoria osteria taverna pizzeria "  # restaurants: "Chez Oskar"
    "tenuta château chateau domaine bodega bodegas quinta cantina castello weingut "  # wine estates
    "borsa bourse börse bolsa beurs "  # exchanges: "Borsa Italiana", "Bolsa Mexicana de Valores"
    # bodies and firms in Spanish and Portuguese: "Cámara de Frigoríficos Exportadores", "Frigorífico Arroyo Blanco"
    "frigorífico frigorifico cámara câmara sindicato asociación associação federación federação confederación "
    "instituto ministerio ministério consejo conselho "
    "caja superintendencia secretaría comisión corporación autoridad fondo junta "  # "Caja Costarricense de Seguro Social"
    # and in French: "Investissement Québec", "Caisse Desjardins", "Régie de l'énergie"
    "investissement caisse régie autorité agence fédération confédération institut conseil ministère syndicat "
    "federated allied associated consolidated amalgamated "  # "Federated Farmers", "Allied Irish Banks"
    # and in Malay and Indonesian: "Autoriti Monetari Brunei Darussalam", "Otoritas Jasa Keuangan", "Kementerian
    # Kewangan", "Lembaga Tabung Haji", "Perbadanan Tabung Amanah", "Majlis Ugama Islam"
    "autoriti otoritas kementerian lembaga perbadanan majlis jabatan syarikat badan".split()
) | FOREIGN_FOUNDATION_WORDS
# "El Observador Financiero", "Le Monde": a name that opens with an article is not a person's.
_ARTICLE_HEADS = frozenset(FOREIGN_ARTICLES)
# ("Fortune 500": a ranking, named and sized the same way)
_STYLES_AFTER_GIVEN_NAMES = frozenset({"Bey", "Hanım", "Hanim", "Efendi"})
_INDEX_NAMES = (
    "FTSE", "S&P", "Nikkei", "Russell", "Nasdaq", "STOXX", "Stoxx", "ASX", "CAC", "IBEX", "Sensex", "Nifty", "Fortune",
    "BIST", "DAX", "MDAX", "SDAX", "TOPIX", "KOSPI", "Kospi", "PSI", "ATX", "WIG",
)
# Units, ordinals and times that follow a number: "40km", "3rd", "10am" are no model's name.
_UNIT_LETTERS = (
    "(?:km|kg|mph|kph|hp|kw|kwh|mw|mwh|gw|gwh|mm|cm|ml|th|st|nd|rd|am|pm|bn|mn|m|k|g|s|lb|lbs|ft|mi|gb|tb|mb|ms|yo|x)"
)
# "Veveří Servis s.r.o.", "Polmlek sp. z o.o.", "Lumi Hotels sh.a.": Central Europe's and Albania's legal forms,
# written in small letters
# (and Iceland's: "Ránarlax hf.", "Síldarvinnslan ehf.", "Isavia ohf.")
_SMALL_LEGAL_FORMS = (
    "a.s.", "s.r.o.", "spol. s r.o.", "sp. z o.o.", "d.o.o.", "d.d.", "a.d.", "sh.a.", "sh.p.k.", "hf.", "ehf.", "ohf.",
)
_SMALL_LEGAL_FORM_RX = "(?:" + "|".join(map(re.escape, _SMALL_LEGAL_FORMS)) + ")"
# (a name ends with its small legal form: "Çela Invest sh.p.k. Çela’s brother" names two)
_AFTER_SMALL_LEGAL_FORM = "".join(rf"(?<!{re.escape(form)} )" for form in _SMALL_LEGAL_FORMS)
# The words that close a name with a bracketed part: "... (Port Glasgow) Ltd", "... (Strata) Act"
_BRACKETED_NAME_TAILS = "(?:Ltd|Limited|plc|PLC|Inc|LLC|Sdn|Act|Bill)"
# The countries with an "and" of their own ("the Trinidad and Tobago Securities and Exchange Commission"): the
# "and" inside joins a run, and a body's name may open with them
_AND_COUNTRIES = ("Trinidad and Tobago", "Antigua and Barbuda", "Bosnia and Herzegovina", "Saint Kitts and Nevis", "São Tomé and Príncipe")
_AND_COUNTRY_RX = "|".join(_AND_COUNTRIES)
_AND_COUNTRY_JOINS = "|".join(
    rf"(?<=\b{first.split()[-1]}) and (?={second}\b)" for first, second in (name.split(" and ") for name in _AND_COUNTRIES)
)
_ABBREVIATED_GIVEN_RX = "|".join(rf"(?<=\b{word.title()})" for word in sorted(ABBREVIATED_GIVEN_NAMES))  # "(?<=\bMd)|..."
_RUN_RE = re.compile(
    # "St. Stephen’s Church", "Mt. Hood": an abbreviated saint or mount opens the name
    # ("sent via X. Tan declined": the network ends the sentence; it is no initial of Tan's)
    # (after "@" only where the "@" tags a member by name: handles are masked)
    rf"(?<![\w#$/.'’&])(?:(?:St|Ste|Mt|Ft)\. (?=[{_UP}])|{_SESOTHO_APOSTROPHE})?{_TOK}"
    # ("The Verdure @ Upper Bukit Timah": a development named after its site)
    rf"(?:(?: {_AFTER_SMALL_LEGAL_FORM}| & | @ | (?:{_PARTICLE_RX})(?: (?:{_PARTICLE_RX}))* |(?<=\b[{_UP}])(?<!via X)(?<!on X)(?<!to X)\. |(?<=\b(?:{'|'.join(DIGRAPH_INITIALS)}))\. (?=[{_UP}][a-z])"
    # ("Md. Anwar Hossain", "Mohd. Rizal": Mohammad shortened opens a Bengali or Malay name)
    rf"|(?:{_ABBREVIATED_GIVEN_RX})\. (?=[{_UP}][a-z])"
    # "Kitahama Denki Co., Ltd.", "Kitahama Denki (Malaysia) Sdn. Bhd.": a legal form in two abbreviated words
    # "Trinidad and Tobago", "Antigua and Barbuda": countries with an "and" in their names
    rf"|{_AND_COUNTRY_JOINS}"
    rf"|(?<=\bCo)\., (?=Ltd\b)|(?<=\bSdn)\. (?=Bhd\b)|(?<=\bPvt)\. (?=Ltd\b)|(?<=\bPte)\. (?=Ltd\b)|(?<=\bDar) es (?=Salaam\b)"
    # "Grupo Panadero S.A.B. de C.V.": Mexico's forms for a listed and a variable-capital company
    rf"|(?<=S\.A\.B)\. de (?=C\.V\b)|(?<=\bS\.A)\. de (?=C\.V\b)"
    # "Food and Drug Administration": "and" only inside an institution's name.
    rf"| and (?=(?:[{_UP}]\w+ ){{0,3}}(?:{_INSTITUTION_RX}|Union|Association|Federation|Guild|Alliance|Regulations|Act|Workers|Regulator|"
    rf"Development|Clearing|"  # "Hong Kong Exchanges and Clearing"
    # ("the Brotherhood of Locomotive Engineers and Trainmen": the trades a union is named for)
    rf"Engineers|Trainmen|Machinists|Technicians|Firefighters|Seafarers|Dockers|Nurses|Teachers|Pilots|Scientists)\b)"
    # "the Algorithmic Accountability in Recommendations Act": a law's name keeps its small words
    rf"| (?:in|for|on|to|against|from) (?=(?:[{_UP}]\w+ ){{0,3}}Act\b)"
    # "Karaçam Beyaz Eşya Sanayi ve Ticaret A.Ş.": a Turkish company's "and" between its trades
    rf"| ve (?=(?:Ticaret|Sanayi|Pazarlama|Yatırım|Dış)\b)"
    # "the Committee’s Access to Banking inquiry": an inquiry's name keeps its "to"
    rf"| to (?=(?:[{_UP}]\w+ ){{1,2}}inquiry\b)"
    # "the Science, Innovation and Technology Committee": a list of remits inside a body's name
    rf"|, (?=[{_UP}]\w+(?:,? [{_UP}]\w+)*,? and (?:[{_UP}]\w+ ){{0,2}}(?:Committee|Department|Ministry|Commission|Council)\b)"
    # "University of the Witwatersrand", "Bank of the West": "of the" after an institution's head word
    rf"|(?:{'|'.join(f'(?<={word})' for word in _OF_THE_HEADS)}) of the (?=[{_UP}])"
    # "Institute for Neural Engineering": "for" only after an institution's word.
    # ("Transport for Greater Manchester", "Transport for Wales": a region's transport body)
    rf"|(?:{'|'.join(f'(?<={word})' for word in _INSTITUTION_WORDS | {'Court', 'Bank', 'Standard', 'Standards', 'Transport'})}) for (?:the )?(?![A-Z]{{3}} \d)"  # (not "Services for KYD 8m": a price)
    # "the Oireachtas Committee on Enterprise", not "the Committee on Monday"
    rf"|(?<=Committee) on (?!(?:{'|'.join(w.title() for w in WEEKDAYS | set(MONTHS) if w.isalpha())})\b)(?:the )?){_TOK}"
    # "Inverclyde Marine Engineering (Port Glasgow) Ltd", "the Land Titles (Strata) Act": a bracketed
    # word or two inside a company's or a law's name
    rf"| \((?=[{_UP}][\w’'-]*(?: [{_UP}][\w’'-]*){{0,2}}\) {_BRACKETED_NAME_TAILS}\b){_TOK}"
    rf"|\) (?={_BRACKETED_NAME_TAILS}\b){_TOK}"
    # "Veveří Servis s.r.o.", "Polmlek sp. z o.o.", "Lumi Hotels sh.a.": legal forms written in small letters
    rf"| {_SMALL_LEGAL_FORM_RX}(?![\w.])"
    rf"| \d{{1,2}}(?:\.\d+)?(?![\w-]|[.,:]\w)"  # not "The 1,140-megawatt project", not "Rui Fonseca 10:42 AM"
    # not "gave Kato Holdings Ltd 14 days": a span of time or a share after the name
    r"(?! (?:days?|weeks?|months?|years?|hours?|minutes?|per\b|percent|million|billion))"
    rf"|(?<=\d) of (?:19|20)\d\d(?![\w-]|[.,]\d)"  # "Regulation Number 11 of 2025": a numbered document's year
    # "Ravensmoor Rovers Supporters’ Trust": a plural possessive inside a body's name
    rf"|(?<=[a-z]s)[’'] (?=(?:[{_UP}][\w-]+ ){{0,2}}(?:{_GROUP_WORDS_RX})\b){_TOK}"
    # "United Metalworkers Local 418": a union local's number is its name; so is a flight's
    rf"|(?:(?<=Local)|(?<=Flight)) \d{{1,5}}(?![\w.-])"
    # "FTSE 250", "S&P 500", "Nikkei 225": a market index and its size
    rf"|(?:{'|'.join(f'(?<={name})' for name in _INDEX_NAMES)}) \d{{2,4}}(?![\w-]|\.\d)"  # (and "in the S&P 500.")
    # "Boeing 737-800": an aircraft or machine's model number
    rf"|(?<=[a-z]) \d{{3}}-\d{{2,3}}[A-Z]{{0,2}}(?![\w.-])"
    # "Nova 9 5G", "Galaxy A54 5G": a phone's network in its model name
    rf"|(?<=\d) [45]G(?![\w-])"
    # "KX 321neo", "Vireo 330e": a model number with its lower-case variant, not "40km" or "10am"
    # ("Nova 9e", "Pixel 8a": one or two digits take one letter)
    rf"| (?:\d{{3}}(?!{_UNIT_LETTERS}(?![\w-]|\.\w))[a-z]{{1,4}}|\d{{1,2}}(?!{_UNIT_LETTERS}(?![\w-]|\.\w))[a-z])(?![\w-]|\.\w))*"
)
_TOK_RE = re.compile(rf"(?:(?<![\w’']){_SESOTHO_APOSTROPHE})?{_TOK}|\d+[a-z]+\b|[45]G\b|\d+(?:\.\d+)?|[a-z]+")
_CAPITAL_RE = re.compile(rf"[{_UP}]")
_LOWER_CHARS = frozenset(chr(c) for c in range(0x41, 0x2000) if chr(c).islower())  # the chars of _LO


# "’Malineo", "'Mamosa" ('Ma-, "mother of"), and the style "’Me": Sesotho names written with an apostrophe
_SESOTHO_NAME_RE = re.compile(r"[’'](?:Me(?= [A-Z])|(?P<name>Ma[a-z]{3,}))\b")


def _sesotho_name_at(body: str, pos: int) -> bool:
    match = _SESOTHO_NAME_RE.match(body, pos)
    return match is not None and not (match.group("name") and is_everyday_word(match.group("name")))


def _runs(body: str) -> Iterator[re.Match]:
    """The matches of ``_RUN_RE.finditer(body)``, found faster.

    Every run has a capital in its first word: at its start, after the
    lower-case letters of "iPhone", or after the "4-" of "4-Series". So only
    the spots before each capital are tried, and capitals are quick to find.
    A run cannot start inside those letters or digits: _RUN_RE's lookbehind
    refuses a word character, a dot or another capital before it.
    """
    end = 0
    for capital in _CAPITAL_RE.finditer(body):
        pos = capital.start()
        if pos < end:
            continue
        start = pos
        if pos and body[pos - 1] in _LOWER_CHARS:
            while start and body[start - 1] in _LOWER_CHARS:
                start -= 1
        elif pos > 2 and body[pos - 1] == "-" and body[pos - 3:pos - 1] in ("al", "el") and (
            pos == 3 or not body[pos - 4].isalnum()
        ):
            start = pos - 3  # "al-Harthy"
        elif pos and body[pos - 1] == "ʻ" and (pos == 1 or not body[pos - 2].isalnum()):
            start = pos - 1  # "ʻAkanesi Fīnau": the ʻokina opens the name
        elif pos and body[pos - 1] in "’'" and (pos == 1 or not body[pos - 2].isalnum()) and _sesotho_name_at(body, pos - 1):
            start = pos - 1  # "’Malineo Mohapi", "'Me Mohapi": a Basotho name or style opens with its apostrophe
        elif pos > 1 and body[pos - 1] == "-" and body[pos - 2].isdecimal():
            start = pos - 1
            while start and (body[start - 1].isdecimal() or body[start - 1] == "."):
                start -= 1
        match = _RUN_RE.match(body, start) if end <= start < pos else None
        if match is None:
            match = _RUN_RE.match(body, pos)
        if match:
            yield match
            end = match.end()


def _model_suffix(before: str, part: str) -> bool:
    """"Lyra4-mini", "GPT-4o-turbo": a variant of a versioned name, not "Musk-led"."""
    return any(ch.isdigit() for ch in before) and len(part) <= 8 and not part.endswith(("ed", "like", "style", "class", "size", "scale", "level", "grade", "type"))


# A romanised East Asian given name of two syllables: "Min-kyu", "Jae-won", "Yu-na".
_GIVEN_NAME_RE = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")
# One romanised Chinese or Korean syllable: the "hong" of "Wing-hong", the "ling" of "Mei-ling", Wade-Giles's
# "hsing" of "Chien-hsing"; not "led" or "era".
_SYLLABLE_RE = re.compile(r"(?:[bcdfghjklmnpqstwxyz]|ch|sh|zh|ts|tz|hs)?h?[aeiouy]{1,3}(?:ng|n|m)?")
_PINYIN_GIVEN_RE = re.compile(f"(?:{_SYLLABLE_RE.pattern}){{2}}")  # "jiawei", "mingxuan": two syllables
_SHORT_COMPOUND_HEADS = frozenset("run era age set fed aid war tax pay app car".split())


def _english_suffix_word(part: str) -> bool:
    """"Musk-led", "Meta-owned" end in English words; the "hoon" of "Ji-hoon" is part of a name,
    and so are short syllables that happen to be words ("Jae-won", "Soo-bin", "Yu-na")."""
    if part.endswith(("ed", "ing")):
        return True
    return zipf(part) >= 3.5 and (len(part) > 3 or part in _SHORT_COMPOUND_HEADS)


_PLURAL_MODEL_RE = re.compile(r"[A-Z]{1,4}-?\d{2,4}s|\d{3}[a-z]{1,4}s")


def _make_token(text: str, start: int) -> _Token | None:
    text = text.rstrip(_SUPERSCRIPTS)  # "Texas²": a footnote's mark, not part of the name
    if not text:
        return None
    possessive = False
    if len(text) > 2 and _POSSESSIVE_RE.search(text):
        text, possessive = text[:-2], True
    prefix = _PREFIX_RE.match(text)
    if prefix and text.startswith("Mid-") and text[4:].lower() not in MONTHS:
        prefix = None
    if prefix:
        start += prefix.end()
        text = text[prefix.end():]
    if text[-1] == "s" and _PLURAL_MODEL_RE.fullmatch(text):
        text = text[:-1]  # "30 Aurex A-350s", "its KX 321neos": the model, counted in the plural
    cut = ""
    if "-" in text and text.lower() not in ORG_SUFFIXES:  # "Co-op" is a legal form, not "Co" cut
        parts = text.split("-")
        for i in range(1, len(parts)):
            if parts[i].isalpha() and parts[i].islower() and not _model_suffix(parts[i - 1], parts[i]) and (
                _english_suffix_word(parts[i])
            ) and not (len(parts) == 2 and _GIVEN_NAME_RE.fullmatch(text) and _SYLLABLE_RE.fullmatch(parts[1])):
                cut = parts[i]
                text = "-".join(parts[:i])
                break
    if not text:
        return None
    return _Token(start, start + len(text), text, possessive, cut)


_TAGGED_NAME_RE = re.compile(r"[A-Z][a-zà-ÿ]+(?:\s+(?:van|von|de|der|da|di|du)){0,2}\s+[A-Z][\w’'-]*[a-zà-ÿ]\b(?![@.])")
_MASK_HINT_RE = re.compile(r"https?://|www\.|@|\.(?:com|org|net|io|ai|co|gov|edu|ly|me)\b")
# "(NASDAQ: ORCH)": a stock ticker is not a name.
_BRACKETED_TICKER_RX = (
    # "(KOSPI: 451880)", "(BMV: SABINALB)", "(B3: SRAZ3)"
    # ("(Euronext Brussels: PLDC)": an exchange of two or three words)
    # ("(NSE: SEVVANTHI; BSE: 543917)": India's two exchanges, each with its code)
    # ("(ticker: MDVX)": Barron's names no exchange)
    r"\((?:[A-Z][A-Za-z0-9]{1,10}(?: [A-Z][A-Za-z0-9]{1,10}){0,2}|ticker|symbol)\s*:\s*(?:(?P<code>[A-Z]{1,10}(?:\.[A-Z]|\d{1,2})?)|\d{4,6})"
    r"(?:;\s*[A-Z][A-Za-z0-9]{1,10}\s*:\s*(?:[A-Z]{1,10}|\d{4,6}))?\)"
    r"|\(\d{3,6}[. ](?:HK|SS|SZ|T|KS|KQ|TW|SI|JK|BK|KL)\)"  # "(2317 HK)", "(1863.HK)": Asian exchanges' codes
)
# "trades on Nasdaq under the ticker LUMR", "under the ticker ROTF3" (B3's codes end in the share class's digit)
# ("under the ticker ILLARIC1": Lima's codes run to seven letters and the share's class)
_NAMED_TICKER_RX = r"(?<=\bticker )[A-Z]{2,8}(?:\d{1,2})?\b|(?<=\bsymbol )[A-Z]{2,8}(?:\d{1,2})?\b"
_TICKER_RE = re.compile(f"{_BRACKETED_TICKER_RX}|{_NAMED_TICKER_RX}")
# The two kinds apart, for scanning a whole text: the bracketed one, opening with "(", is found fast
# alone; the two never overlap, so their spans together are _TICKER_RE's.
_BRACKETED_TICKER_RE = re.compile(_BRACKETED_TICKER_RX)
_NAMED_TICKER_RE = re.compile(_NAMED_TICKER_RX)
_NON_SPACE_EDGE_RE = re.compile(r"\S*$")


# "S.A.B. de C.V.", "S. de R.L.", "S.A.", "Ltda.": a Latin company's legal form, not a name of its own.
_DOTTED_LEGAL_FORM_RE = re.compile(
    r"\bS\.\s?A\.(?:\s?[BP]\.)?(?:\s?I\.)?(?:\s+de\s+C\.\s?V\.)?|\bS\.\s?de\s+R\.\s?L\.(?:\s+de\s+C\.\s?V\.)?|"
    r"\bS\.\s?R\.\s?L\.|\bLtda\."
)


# "(D-Ore.)", "(R-Texas)", "(I-N.Y.)": a US lawmaker's party and state, not a name.
_PARTY_STATE_RE = re.compile(r"\([DRI]-[A-Z][A-Za-z.]{1,13}\)")


_ZONING_CODE_RE = re.compile(r"[A-Z]{1,3}-\d{1,2}[A-Z]?")
_ZONING_BEFORE_RE = re.compile(r"\b(?:re)?zon(?:e|ed|es|ing)\b[^.!?\n]*$", re.IGNORECASE)


_CODE_PARAGRAPH_RE = re.compile(r"(?m)^```.*$")


# "R2.3bn", "R1,400", "N4.2bn", "P3.5 billion", "KSh 450": rand, naira, peso and shilling sums written with a
# capital letter (not "N95", "R2-D2" or "R480": bare digits name a mask, a robot or a model)
_MONEY_TAIL = r"(?:-?(?:bn|billion|m|mn|million|tn|trillion|k)\b)"
# (one look behind for all the forms: each form opening with its letters lets the scan skip other positions fast)
_LOCAL_MONEY_RE = re.compile(
    rf"(?<![\w.])(?:(?:R|N|P|KSh|Ksh|Sh|Rs\.?)\s?(?:\d{{1,3}}(?:,\d{{3}})+|\d+\.\d+){_MONEY_TAIL}?"
    # (and Lesotho's loti: "M45m", "M15 million", not the M25 motorway; Eswatini's lilangeni: "E50m", not E10 fuel)
    rf"|(?:R|N|P|M|E)\d{{1,4}}{_MONEY_TAIL}"
    r"|(?:R|N|P|M|E)\d{1,4}\s(?:bn|billion|mn|million|tn|trillion)\b"  # "Sh310 million", "P3 billion"
    r"|E(?:\d{1,3}(?:,\d{3})+|\d+\.\d\d)(?![\d.])"  # a price in emalangeni: "at E14.75", "E1,250"
    # Zambia's kwacha, only with its size or as a share's price ("K850 million", "K127.5m", "at K5 each"): a
    # bare "K2" is a mountain, a "K5" a car
    rf"|K(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:{_MONEY_TAIL}|\s(?:bn|billion|mn|million|tn|trillion)\b)"
    r"|(?<=\bat )K\d+(?:\.\d+)?(?= (?:each|a share|per share)\b)"
    # East Africa's shillings and South Asia's rupees, whole ones too: "Sh480 billion", "Rs300"
    r"|(?:KSh|Ksh|TSh|Tsh|USh|Ush|Sh|Rs\.?|Dhs?|AED|Bt)\s?\d+"  # (and the dirham, "Dh2.9bn", and the baht, "Bt120 million")
    r"|GH(?:¢|S|C)\s?\d"  # Ghana's cedi: "GH¢450 million"
    # the Gulf's riyals and dinars, and codes written before a sum: "QR1.5bn", "QAR 240 million", "KHR 40 billion"
    r"|(?:QR|QAR|SAR|KWD|OMR|EGP|KHR|KZT|LKR|MAD|ETB|FJD|PGK|MWK|BTN)\s?\d"
    # Malawi's kwacha and Bhutan's ngultrum: "MK5 billion", "MK29.7 billion", "Nu 500 million", "Nu 10 a share"
    r"|MK\s?\d|Nu\.?\s?\d|VT\s?\d"  # (and Vanuatu's vatu: "VT 1.2 billion")
    # a dollar's sign after its country's letters: "Bds$20 million", "BZ$4m", "TT$1.2 billion"
    r"|(?<![\w$])[A-Z][A-Za-z]{1,3}\$\s?\d)"
)


# A law report's or a neutral citation's reference: "[1967] 2 AC 134", "[2024] EWCA Civ 88", "[2025] EWHC 1421 (Ch)"
_LAW_REPORT_RE = re.compile(
    r"\[(?:1[89]|20)\d{2}\]\s+(?:\d{1,2}\s+)?[A-Z][A-Za-z]{1,6}(?:\s+(?:Civ|Crim|Admin|Ch|QB|KB|Fam))?\s+\d{1,5}"
    r"(?:\s+\([A-Za-z]{2,12}\))?"
)
# A filing's item: a caption on a line of its own, or its number ("described in Item 5.02 above",
# "Item 404(a) of Regulation S-K"); and the form's name for itself ("this Current Report on Form 8-K")
_FORM_ITEM_RE = re.compile(
    r"(?m)^Item \d{1,2}\.\d{2}\b[^\n]*$|\bItem \d{1,3}(?:\.\d{2})?(?:\([a-z0-9]{1,4}\))*(?!\w)"
    r"|\b(?:Current|Annual|Quarterly|Periodic) Report(?= on Form\b)"
)


_WIRE_TAG_RE = re.compile(r"(?<=--\()[A-Z][A-Z .&]{2,30}(?=\)--)")


def _masked_spans(body: str) -> list[tuple[int, int]]:
    """URLs, e-mails, handles, domains, stock tickers, party labels and dotted legal forms, as sorted spans."""
    spans = _link_spans(body)
    if "```" in body:
        spans.extend(m.span() for m in _CODE_PARAGRAPH_RE.finditer(body))  # "curl -fsSL ...": commands, not names
        spans.sort()
    if "-" in body:
        spans.extend(m.span() for m in _PARTY_STATE_RE.finditer(body))
        spans.sort()
    if "S." in body or "Ltda." in body:
        spans.extend(m.span() for m in _DOTTED_LEGAL_FORM_RE.finditer(body))
        spans.sort()
    spans.extend(m.span() for m in _LOCAL_MONEY_RE.finditer(body))
    spans.sort()
    if "(" in body:
        spans.extend(m.span() for m in _BRACKETED_TICKER_RE.finditer(body))
        spans.sort()
    if "ticker " in body or "symbol " in body:
        spans.extend(m.span() for m in _NAMED_TICKER_RE.finditer(body))
        spans.sort()
    if "] " in body:
        spans.extend(m.span() for m in _LAW_REPORT_RE.finditer(body))  # "[1967] 2 AC 134", "[2025] EWHC 1421 (Ch)"
        spans.sort()
    if "Item " in body or " Report on Form" in body:
        # "Item 5.02 Departure of Directors or Certain Officers; ...": a filing's item, captioned in the form's words
        spans.extend(m.span() for m in _FORM_ITEM_RE.finditer(body))
        spans.sort()
    if ") " in body:
        spans.extend(  # "Jakarta (ANTARA) -": the agency's stamp (not "Taggart Stores (TGRT) —", a ticker)
            m.span("tag") for m in AGENCY_DATELINE_RE.finditer(body)
            if m.group("place").lower() in PLACES or known_town(m.group("place").lower()) or m.group("tag").lower() in NEWS_OUTLETS
        )
        spans.sort()
    if "--(" in body:
        spans.extend(m.span() for m in _WIRE_TAG_RE.finditer(body))  # "HOUSTON--(BUSINESS WIRE)--": the wire's stamp
        spans.sort()
    if ":" in body:
        turns = [m.span("label") for m in TURN_LABEL_RE.finditer(body)]
        if len(turns) >= 4:
            spans.extend(turns)  # "THE MARGIN:", "BRANDT:": who speaks each turn, not a mention
            spans.sort()
    return spans


def _link_spans(body: str) -> list[tuple[int, int]]:
    """Whole whitespace-free chunks holding a URL, e-mail, handle or domain."""
    spans: list[tuple[int, int]] = []
    for hint in _MASK_HINT_RE.finditer(body):
        if spans and hint.start() < spans[-1][1]:
            continue
        if hint.group() == "@" and _TAGGED_NAME_RE.match(body, hint.end()):
            continue  # "My successor is @Tomasz Wielgosz, our COO": a member tagged by name, not a handle
        lo = hint.start() - len(_NON_SPACE_EDGE_RE.search(body, max(0, hint.start() - 200), hint.start()).group())
        hi = hint.end()
        while hi < len(body) and not body[hi].isspace():
            hi += 1
        spans.append((lo, hi))
    return spans


_DOCUMENT_NUMBER_WORDS = frozenset("number no no. of".split())


def _numbered_document(tokens: Sequence[_Token]) -> str | None:
    """The document's kind in "Regulation Number 11 of 2025", "Regulation No. 5": its tail before its number."""
    for at in range(len(tokens) - 2, 0, -1):
        if tokens[at].key in _DOCUMENT_TAILS:
            rest = tokens[at + 1:]
            if rest[0].key in _DOCUMENT_NUMBER_WORDS and all(t.text[0].isdigit() or t.key in _DOCUMENT_NUMBER_WORDS for t in rest):
                return tokens[at].key
            return None
    return None


def _raw_sequences(run: str) -> list[list[_Token]]:
    """Split one run after possessives and stray connectors; offsets are run-relative."""
    sequences: list[list[_Token]] = []
    current: list[_Token] = []
    pending: list[_Token] = []
    for match in _TOK_RE.finditer(run):
        text = match.group()
        start = match.start()
        if text.islower() and not text[0].isdigit():
            # ("the Accounting Standard for Impairment of Fixed Assets": a formal name that took its "for" goes on)
            if text == "of" and not (current and (
                current[-1].text.lower() in OF_HEADS or current[0].text in _SHIP_PREFIXES or any(t.text == "for" for t in current)
                # "Regulation Number 11 of 2025": a numbered document and its year
                or current[-1].text.isdigit() and _YEAR_AFTER_RE.match(run, match.end()) and _numbered_document(current)
                # "the Ministry of Agrarian Policy and Food of Ukraine": a ministry's remit, then its country
                # ("the Unit Trust of Samoa", "the National Provident Fund of Fiji": a state's trust or fund, by its country)
                or (
                    any(t.text in _INSTITUTION_WORDS for t in current[:2]) and any(t.text == "of" for t in current)
                    or len(current) > 1 and current[-1].text in _STATE_FUND_HEADS
                ) and (country := _OF_COUNTRY_AFTER_RE.match(run, start - 1)) is not None and country.group(1).lower() in COUNTRIES
            )):
                if current:
                    sequences.append(current)
                current, pending = [], []
                continue
            if current:
                pending.append(_Token(start, start + len(text), text))
            continue
        token = _make_token(text, start)
        if token is None:
            continue
        if current and (_INITIAL_NAME_RE.match(text) or current[-1].text.lower() in ORG_SUFFIXES and _SPACED_INITIAL_RE.match(run, start)):
            # "Minister of Mining and Heavy Industry B.Tumurbaatar", "Gobi Metals JSC O. Batzorig": a name
            # written with the father's initial opens a name of its own
            sequences.append(current)
            current, pending = [], []
        current.extend(pending)
        pending = []
        if text.endswith("s") and _HELD_POSSESSIVE_RE.match(run, match.end()):
            token.held = True
        current.append(token)
        if token.possessive and not _possessive_inside_name(run, token) or token.cut:
            sequences.append(current)
            current = []
    if current and pending and (form := _SMALL_LEGAL_FORM_RE.fullmatch(run, pending[0].start)):
        # "Veveří Servis s.r.o.": the company's form closes its name, as one word
        current.append(_Token(form.start(), form.end(), form.group(), key=_norm(form.group())))
    if current:
        sequences.append(current)
    return sequences


_SMALL_LEGAL_FORM_RE = re.compile(_SMALL_LEGAL_FORM_RX)
_SARL_TAIL_RE = re.compile(r" r\.\s?l\.")
_HONORIFIC_TAIL_RE = re.compile(r"-(?:san|sama|kun|chan|sensei|ssi|nim)$")
# Legal forms that are no other word's short form, so never a name alone
_LONE_LEGAL_FORMS = frozenset("llc ltd plc inc jsc pjsc ojsc cjsc llp gmbh pte bhd incorporated".split())
# '"Erdenes Mongol" LLC': a company's name set in quote marks, its legal form outside them
_QUOTED_THEN_FORM_RE = re.compile(r"[\"”]\s+(?:LLC|Ltd|PLC|Inc|JSC|PJSC|OJSC|CJSC|LLP|GmbH|Co\.|SA|AG|Group)\b")
# "B.Tumurbaatar", "Ts.Oyunchimeg" and "O. Batzorig": a father's initial before a given name, as Mongolian names are written
_INITIAL_NAME_RE = re.compile(rf"^{INITIAL_RX}\.[A-Z][a-z]{{2,}}$")
_SPACED_INITIAL_RE = re.compile(rf"{INITIAL_RX}\. [A-Z][a-z]{{2,}}\b")
_HELD_POSSESSIVE_RE = re.compile(rf"[’'] (?:[{_UP}]\w+ ){{0,2}}(?:{_GROUP_WORDS_RX})\b")


_RADIO_STATION_RE = re.compile(r"\b(?![\w’'-]+-based\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+\d{2,3}(?:\.\d)?\s+FM\b")
def _without_sentence_words(phrase: str) -> list[str]:
    """"Since Regal (Hastings) Ltd v Gulliver" as the words of the case: not the sentence's "Since"."""
    words = phrase.split()
    while words and words[0].lower() in STOPWORDS:
        words.pop(0)
    return words


_PARTY_OF_THE_RE = re.compile(
    r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s+of\s+the\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
    r"(?=\s+(?:party|movement|bloc|coalition)\b)"
)
_PARTY_WORDS = ("party", "movement", "bloc", "coalition")  # (one in every match)
_CASE_PARTY = r"[A-Z][\w.&’'-]*(?:\s+\([A-Z][\w ]{1,30}\))?"
# "Regal (Hastings) Ltd v Gulliver", "Acme Corp. v. Beta Inc.": a case named for its parties
_PARTIES_CASE_RE = re.compile(
    rf"\b{_CASE_PARTY}(?:\s+(?:{_CASE_PARTY}|of|and|&)){{0,6}}\s+v\.?\s+{_CASE_PARTY}(?:\s+(?:{_CASE_PARTY}|of|and|&)){{0,5}}"
)
_VERSUS_RE = re.compile(r"v(?<=\sv)\.?\s+[A-Z]")  # (" v Gulliver", the "v" first: the scan finds it fast)
# "Companies Act 2006", "Financial Services and Markets Act 2000": a British statute's name ends in its year
# "the Companies Act 2006", "the SEBI (Substantial Acquisition of Shares and Takeovers) Regulations, 2011"
_DATED_ACT_RE = re.compile(
    r"\b(?:[A-Z][\w’'-]*\s+(?:(?:and|of|for|on)\s+)?|\([A-Z][\w ’'-]{1,80}\)\s+){1,7}"
    r"(?:Act,?|(?<=\) )Regulations,?|(?<=\) )Rules,?)\s+(?:1[6-9]|20)\d{2}\b(?!\d|,\d)"
)
_CASE_CITATION_AFTER_RE = re.compile(r"\s*(?:\[(?:1[89]|20)\d{2}\]|\((?:1[89]|20)\d{2}\))")
_COLLECTIVE_POSSESSORS = frozenset(
    "children women men people kids veterans workers farmers teachers nurses doctors artists "
    "writers mothers fathers parents families citizens consumers employees".split()
)
_CASE_NAME_RE = re.compile(
    r"\bIn re (?:[A-Z][\w.&’'-]*\s+){1,6}?(?:(?:Securities|Antitrust|Derivative|Shareholder|ERISA|Data Breach|"
    r"Privacy|Products? Liability)\s+)?Litigation\b"
)
_GENERATIONS = frozenset(("Jr", "Sr", "II", "III", "IV"))
_COURT_KINDS = frozenset(
    "people's people’s people intermediate district high supreme commercial appeals appellate federal crown county "
    "superior family labour labor civil criminal magistrates magistrates' magistrates’ circuit municipal arbitration "
    "constitutional".split()
)
_PEOPLES_BODIES = frozenset("court bank republic congress party procuratorate daily government insurance liberation".split())
_NAME_TAIL_RE = re.compile(r"[’']s((?:\s+[A-Z][\w&-]*){1,3})")


# "St Brannock's Hospital", "Queen Mary's College": institutions named after their patron.
# (and waters and heights named the same way: "Tanner’s Creek", "Pike’s Peak")
_POSSESSIVE_STREETS = frozenset(
    "row lane wharf landing cove yard walk alley green hill corner crossing quay point "
    "creek brook bay inlet island harbor harbour peak ford mill pond neck vineyard ferry".split()
)
_PATRON_TAILS = frozenset("hospital college school church cathedral infirmary chapel abbey".split())


_OFFICE_HOLDERS = frozenset(
    "commissioner attorney prosecutor mayor sheriff governor auditor coroner ombudsman controller treasurer "
    "chancellor registrar solicitor".split()
)


def _possessive_inside_name(run: str, token: _Token) -> bool:
    """"Sunny Harbor Children's Fund": the "'s" belongs to the organisation's name."""
    low = token.text.lower()
    # "the South Coast Commercial Fishermen's Association": an irregular plural, like "Children's"
    collective = low in _COLLECTIVE_POSSESSORS or len(low) > 5 and low.endswith("men")
    tail = _NAME_TAIL_RE.match(run, token.end)
    if not tail:
        return False
    tail_words = [w.lower() for w in tail.group(1).split()]
    if token.text.lower() in _OFFICE_HOLDERS and tail_words[0] in ("office", "department"):
        return True  # "the Information Commissioner’s Office": an office named after the one who holds it
    if low == "people" and tail_words[0] in _PEOPLES_BODIES:
        return True  # "the Shenzhen Intermediate People's Court", "the People’s Bank of China"
    if collective:
        return any(w in ORG_SUFFIXES for w in tail_words)
    if len(tail_words) == 1 and tail_words[0] in _POSSESSIVE_STREETS:
        return True  # "rents on Cobbler’s Row", "Fisher’s Wharf": a street named for a trade or a family
    return tail_words[-1] in _PATRON_TAILS


# "Commissioner for Data Protection Gráinne Mac Conmara", "MEP for Dublin Rónán Kilbride-Foy": an office
# "for" a field or a seat, then its holder, in one capitalised run
_OFFICE_FOR_RE = re.compile(
    r"\b(?:Minister|Commissioner|Secretary|Ombudsman|Spokesperson|Spokesman|Spokeswoman|MEP|MP|TD|MLA|MSP|Senator|"
    r"Councillor|Cllr|Member|Minister\s+of\s+State)\s+for\s+(?:the\s+)?$"
    # "Minister of Economy Jaak Õunapuu", "Secretary of State Lena Marsh": an office's field, then its holder;
    # "Minister of Economy and Industry Jaak Õunapuu": the portfolio's second field opens the run (and its last,
    # "Minister for Energy, Water Resources and Irrigation Hari Prasad Gyawali")
    r"|\b(?:Minister|Commissioner|Secretary)\s+(?:of|for)\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]+,?\s+){1,6}(?:and|&)\s+)?$"
)


_SEAT_FOR_RE = re.compile(r"\bfor\s+(?:the\s+)?$")


def _office_then_holder(run: str, parts: tuple[tuple[tuple[_Token, ...], str], ...], seat: bool) -> tuple:
    """Split the first part into the field or seat and the person after it; the field is dropped
    when it is a portfolio ("Data Protection") or the office is "of" it, and a ``seat`` kept as a name ("Dublin")."""
    tokens = parts[0][0]
    for cut in range(1, len(tokens) - 1):
        holder = tokens[cut:]
        if holder[0].text.lower() not in FIRST_NAMES and is_everyday_word(holder[0].text):
            continue  # "Data Protection Gráinne Tallon": "Protection" ends the field, it opens no name
        # ("Petroleum Malik Saleem Akhtar Dhillon": four names)
        if len(holder) <= 4 and _person_shape(" ".join(t.text for t in holder), tuple(t.text for t in holder)):
            field = tokens[:cut]
            head = () if not seat or any(t.text.lower() in _PORTFOLIO_NOUNS for t in field) else (
                (field, _norm(run[field[0].start:field[-1].end])),
            )
            return (*head, (holder, _norm(run[holder[0].start:holder[-1].end])), *parts[1:])
    return parts


@functools.lru_cache(maxsize=16384)
def _run_parts(run: str) -> tuple[tuple[tuple[_Token, ...], str], ...]:
    """Name parts of a capitalised run, each with the key of the text it spans.

    Token offsets are relative to the run. The tokens are shared by every
    occurrence of the run, so nothing may change them.
    """
    parts = []
    for seq in _raw_sequences(run):
        for part in _split_sequence(seq):
            parts.append((tuple(part), _norm(run[part[0].start:part[-1].end])))
    return tuple(parts)


# -------------------------------------------------------------- sequences

# "Harnley Town Hall", "Hanbury Village Hall": the building a place's people meet in
_HALL_KINDS = frozenset("town city county village parish community memorial concert civic guild market music".split())
# "the Hanbury Neighbourhood Plan", "Local Plan Policy H4": a planning document, not a body
_PLAN_KINDS = frozenset("neighbourhood neighborhood local development master structure spatial".split())
# What a mining or energy project digs or makes: "the Kurrara Lithium Project", "the Tindal Gas Project"
_RESOURCE_WORDS = frozenset(
    "lithium gold copper nickel iron zinc lead silver uranium graphite cobalt vanadium tin tungsten bauxite "
    "coal gas lng oil hydrogen potash phosphate manganese mineral minerals sands solar wind hydro hydroelectric "
    "hydropower geothermal".split()
)
_DOCUMENT_TAILS = frozenset("act license licence agreement treaty accord bill directive regulation regulations rules principle principles".split())
# Styles written with a period that are also names without one ("Eng. Hamad" the engineer; "Tan Eng Kiat")
_DOTTED_STYLES = frozenset({"eng"})
# The kinds of law and pact a text may call by the kind alone, capitalised: "the Act", "its Treaty settlement"
_LAW_KINDS = frozenset("act treaty bill directive regulation regulations convention constitution".split())
_LAW_DETERMINER_RE = re.compile(r"\b(?:the|The|its|their|this|This)\s$")
_INDEX_TAILS = frozenset("composite index average".split())  # market indexes are neither companies nor products
# "Brisling One", "Vessa Max": a model word that completes a product's name
_MODEL_WORDS = frozenset("one pro max plus mini ultra lite".split())
# "Marten Standard RWD", "Marten GT": a car's trim ends in its drivetrain or badge
_TRIM_TAILS = frozenset("awd rwd fwd 4wd 4x4 gt gti gts".split())
# "Stripe Checkout", "Google Wallet": a payment service named after its maker ("Brightwater Pay" may be the firm)
_SERVICE_TAILS = frozenset({"checkout", "wallet"})
_PRODUCT_TAILS = _MODEL_WORDS | {"sdk", "api", "ui", "os", "ev", "etf"}  # "Kestrel SDK", "Invoices API": the product's whole name too
# "its Series B. Sæther, who ...": a letter after these words is a label, not an initial.
_LABEL_HEADS = frozenset(
    "series class type phase stage round tier vitamin grade category section article appendix exhibit "
    "schedule part chapter level plan".split()
)


_KOREAN_GIVEN_NAME_RE = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")
_GROUP_NOUN_BEFORE_RE = re.compile(r"\b(?:group|coalition|nonprofit|organisation|organization|charity),\s+(?:No\s+)?$")
_OWN_BUSINESS_BEFORE_RE = re.compile(
    r"\b(?:his|her|their|its|[A-Z]\w+[’']s)\s+(?:own\s+|law\s+|design\s+|consulting\s+)?"
    r"(?:firm|company|practice|consultancy|agency|studio|startup|business),\s+$"
)
_COMPASS_ADJECTIVES = frozenset("northern southern eastern western central".split())
# A short weekday that is also a given name at the end of a name ("Tran Minh Thu")
_WEEKDAY_SHORT_NAMES = frozenset({"thu"})
_MOHAMMAD = frozenset("mohammad muhammad mohammed mohamed mohamad muhammed".split())


def _is_separator(token: _Token, last: bool, seq_has_suffix: bool) -> bool:
    """``last`` is true for the final word of a run that has words before it."""
    low = token.text.lower().rstrip(".")
    if last and low in OUTLET_WORDS and token.text.istitle():
        return False  # "Northwind Post", "The Irish Times": the outlet's own name
    if last and low in _MODEL_WORDS and token.text.istitle():
        return False
    if last and low in PLACE_SUFFIXES and token.text.istitle():
        return False  # "Sedge Close": a street's own word, though "close" is everyday
    if last and low in _TIME_TAILS and token.text.istitle():
        return False  # "Velvet Hour", "Prime Day": a time word that ends a brand's or an event's name
    if token.text.isupper() and low in _TITLES_LIKE_INITIALISMS:
        return False  # "ING" the bank, not "Ing." the engineer's title
    if (low in _COMPASS_ADJECTIVES or low == "just") and seq_has_suffix and not last and token.text.istitle():
        # "Southern Cross Superannuation Trust", "Western Union", "the Just Transition Fund": the name's own word
        return False
    if last and low in _WEEKDAY_SHORT_NAMES and token.text.istitle() and not token.text.endswith("."):
        return False  # "Tran Minh Thu": a Vietnamese given name, not Thursday cut short
    if low in MONTHS or low in WEEKDAYS or low in STOPWORDS:
        return True
    if low in SECTION_WORDS:
        # "Brightnest Home Products": a menu word inside a company's name is part of it
        return not (seq_has_suffix and not last and token.text.istitle())
    if low in ("agm", "egm") and token.text.isupper():
        return True  # "Aldermoor AGM live": the company's meeting, not part of its name
    if low[:-1] in WEEKDAYS and low.endswith("s") and len(low) > 6:
        return True  # "Some Mondays."
    if low in ABBREVIATED_GIVEN_NAMES and not last and token.text[1:2].islower():
        return False  # "Md. Anwar Hossain": Mohammad shortened, his own name, not "MD" the managing director
    if low in FIRST_NAMES and low in GENERIC_TERMS and not last and token.text.istitle():
        return False  # "Ram Bahadur Thapa": a given name, not a computer's RAM
    if low in GENERIC_TERMS or (low.endswith("s") and low[:-1] in GENERIC_TERMS and token.text[:-1].isupper()):
        # "Halcyon AI" and "Stratus Cloud" end in a generic word that names them, and "Tietoväylä Cloud Oy"
        # holds one before its legal form
        return not (last and (low in ORG_SUFFIXES or token.text.istitle() or low in _PRODUCT_TAILS)) and not (
            seq_has_suffix and not last and token.text.istitle()
        )
    if last and low in _POST_NOMINALS and token.text.isupper():
        return True  # "Imogen Steyn KC": a rank after the name, not part of it
    if low in ROLE_WORDS:
        # "Burger King", "the Drone King": a royal title that ends a name is part of it
        return not (seq_has_suffix or last and low in _ROYAL_TITLES and token.text.istitle())
    return False


_REPORT_KINDS = frozenset(
    "annual quarterly final interim full new latest first second third monthly weekly progress status special "
    "the this that our their its his her a an".split()
)
# The particles that open Dutch, Afrikaans, French, Italian and Portuguese surnames ("van der Merwe", "du Preez")
_SURNAME_PARTICLES = frozenset("van von de du der den da di del della le la ter ten dos das dela delos los las".split())


# A Maghrebi surname's first word, written with a capital: "Youssef Ben Slimane", "Karim Ould Ahmed"
_MAGHREB_PARTICLES = frozenset("Ben El Ould Aït Ait".split())


def _surname_particle(word: str) -> bool:
    """"van", "de", or an Irish surname's "Nic" or "Ó": the word a surname opens with."""
    return word.lower() in _SURNAME_PARTICLES or word in GAELIC_PARTICLES


# Korean and Chinese surnames that English spells like a short everyday word
_WORDLIKE_SURNAMES = frozenset("oh ok no so ha an do ma yu ho he".split())
_PLAIN_HONORIFICS = frozenset("mr mrs ms miss dr madam".split())
# Verbs a Title Case headline capitalises between two names, never inside one
_HEADLINE_VERBS = frozenset(
    "announces acquires completes receives appoints unveils launches secures sues hires agrees expands buys sells "
    "names taps faces takes wins warns plans cuts raises seeks weighs".split()
)
# Styles that also serve as names, dropped only before a given name and a surname: Pakistani ones, Fiji's
# chiefly "Ratu" and "Adi", Ethiopia's "Ato" ("Ato Dawit Gebremedhin"; Ghana's "Ato Forson" is a given name)
_NAME_LIKE_STYLES = frozenset("mian syed sayyid khawaja khwaja malik chaudhry chaudhary choudhry ratu adi ato togbe osabarima".split())
# "TD-40", "LG-300B", "L2308A": a maker's model or lot code
_MODEL_CODE_TOKEN_RE = re.compile(r"[A-Z]{1,4}-?\d{1,4}[A-Za-z]{0,3}")
_TIME_TAILS = frozenset("hour day night week".split())
_HOME_KINDS = frozenset("funeral nursing care retirement".split())
_ROYAL_TITLES = frozenset("king queen prince princess".split())
_TITLES_LIKE_INITIALISMS = frozenset("ing lic arq".split())
_OWN_BODIES = frozenset("board company group committee fund issuer offeror bank".split())
_RANKED_WORDS = frozenset("first second third last".split())
_POST_NOMINALS = frozenset("kc qc sc san mp msp mep obe mbe cbe dbe kbe gbe frs freng cmg kcmg cvo".split())


def _trim_connectors(tokens: list[_Token]) -> list[_Token]:
    """Drop lower-case words at either edge and numbers that lead; "Lumen 2" keeps its 2."""
    # ("KX 321neo" keeps "321neo", "Veveří Servis s.r.o." its legal form)
    while tokens and tokens[-1].text.islower() and not tokens[-1].text[0].isdigit() and not tokens[-1].text.endswith("."):
        tokens = tokens[:-1]
    while tokens and (tokens[0].text.islower() or _NUMBER_RE.fullmatch(tokens[0].text)):
        tokens = tokens[1:]
    return tokens


_PLACE_ADJECTIVES = frozenset(
    "old new upper lower great high big long little east west north south first second third open free main".split()
)
# "Kim Long Land Corporation", "Bao Long Holdings": an everyday adjective after a name's first word
_ADJECTIVE_FIRM_RE = re.compile(
    # ("ASX-listed Little Wattle Early Learning": no lower-case "-listed" in the first word)
    r"(?<![\w’'-])(?P<short>(?!(?:The|A|An|This|That|Its|Our|Their|His|Her)\b)[A-Z][\w’']+(?:-[A-Z][\w’']*)* "
    r"(?:Long|Great|High|Big|Little|Main|Open|Free))"
    r"(?P<tail>(?: [A-Z][\w’'.-]+){1,3})(?![\w’'-])"
)
_ADJECTIVE_FIRST_FIRM_RE = re.compile(
    r"(?<![\w’'-])(?P<short>(?:Open|Free|Big|Good|Great|High|Long|Key|Top|Best|Full|Real|True|Main|Small) "
    r"(?!(?:Court|Street|Road|Avenue|Lane|Lakes?|River|Valley|Plains?|Commissioner|Street)\b)[A-Z][\w’']+)"
    r"(?P<tail>(?: [A-Z][\w’'.-]+){1,2})(?![\w’'-])"
)
_FIRST_NATION_RE = re.compile(r"(?<![\w’'-])(?!(?:The|A|An|Every|Each|This|That)\b)[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3} First Nation\b")
_CHANGELOG_ITEM_RE = re.compile(r"(?m)^(?:[*-]\s+)?([A-Z][a-z]+)\b[^\n]*\bby @[\w-]+ in https?://\S+$")
_CHANGELOG_VERBS = frozenset(
    "add adds added fix fixes fixed bump support update remove improve refactor drop allow deprecate implement "
    "introduce upgrade migrate enable disable use make rename move handle avoid prevent document revert expose".split()
)
_ODDLY_WRITTEN_NAMES = {
    "3M": "ORG", "7-Eleven": "ORG", "23andMe": "ORG", "1Password": "PRODUCT", "Seven & i Holdings": "ORG",
    "Seven & i": "ORG", "e.l.f. Beauty": "ORG", "easyJet": "ORG", "iHeartMedia": "ORG",
    "Nasdaq First North": "ORG",  # (the Nordic growth market: an ordinal and a direction inside one name)
    "Belt and Road Initiative": "OTHER", "Belt and Road": "OTHER",  # (China's programme, its "and" inside)
}
_CAPITAL_WORD_BEFORE_RE = re.compile(r"[A-Z][\w’'-]* $")
_PUBLIC_BODY_TAILS = _INSTITUTION_LOWER - {"bank"} | frozenset("tribunal school college police army navy".split())
_FIRM_ADJECTIVE_RE = re.compile(r"(?:Long|Great|High|Big|Little|Main|Open|Free) [A-Z]")
# "the Open Harbour Foundation", "the Free Software Society": bodies that keep an adjective in their names
_FOUNDATION_WORDS = frozenset(
    "foundation society institute initiative alliance school college university museum collective".split()
)
_GENERAL_OFFICES = frozenset("attorney solicitor surgeon inspector auditor comptroller".split())
_COMPASS_WORDS = frozenset("north south east west northern southern eastern western central".split())
# What a region's states join: "the East African Community", "the Southern African Development Community"
_UNION_WORDS = frozenset("community union bloc alliance federation council bank".split())
_JUDGE_STYLES = frozenset("mr mrs ms lord lady".split())


_FORMULA_CLASSES = frozenset("1 2 3 one two three e".split())


# "Little Wattle Early Learning": an everyday adjective kept inside a company's name
_NAME_ADJECTIVES = frozenset({"early"})
_MEMBER_BODIES = frozenset(
    "brotherhood sisterhood fraternity union association federation society institute guild order college academy".split()
)


# A rule book's or a law's last word, before the number of one of its provisions
_PROVISION_HEADS = frozenset("rules regulations regulation code act".split())
# "Change (B-A)": a table's columns named by their letters
_LETTER_PAIR_RE = re.compile(r"[A-Z]-[A-Z]")


# Words the stopword list holds as everyday ones ("credit" of "photo credit") that a body's name may hold
_BODY_NAME_WORDS = frozenset({"credit", "open", "free", "great", "high", "future", "people", "key", "main", "good"})


def _opens_named_number(seq: list[_Token], lowered: list[str]) -> bool:
    """True when a capitalised number word is the first word of a firm's or a place's name."""
    if not (
        len(seq) > 1 and lowered[0] in _NUMBER_WORDS and seq[0].text.istitle() and seq[1].text.istitle()
        and lowered[1] not in STOPWORDS
    ):
        return False
    if lowered[0] == "one" and lowered[1].endswith("s") and not lowered[1].endswith("ss"):
        return True  # "One Telecoms": one of a plural counts nothing
    if not is_everyday_word(seq[1].text):
        return False  # "Two Corvane Holdings directors": two of the firm's people
    if lowered[0] != "one" and not lowered[1].endswith("s"):
        return True  # "Seven Mile": a number before a singular noun counts nothing
    for k in range(2, len(seq)):
        if not seq[k].text[:1].isupper():
            return False
        if lowered[k].rstrip(".") in ORG_SUFFIXES or lowered[k] in PLACE_SUFFIXES:
            return True
    return False


# A Malay name's styles before it: "Dato Seri Setia Dr Awang Haji Rosli bin Haji Abdul Karim", "Dayang Nurul
# Huda binti Haji Yusof", "Pengiran Hajah Siti Rafidah binti Pengiran Haji Matusin" (the father's keep theirs)
_MALAY_STYLES = frozenset(
    "awang awg dayang dyg haji hj hajah hjh pengiran pg dato datuk datin dato' seri sri setia paduka pehin "
    "tan yang mulia berhormat dr dr.".split()
)


_FATHER_NAME_STOPS = ROLE_WORDS - _MALAY_STYLES  # ("bin Haji Yusof": a father's own styles stay in his name)
_MALAY_ONLY_STYLES = _MALAY_STYLES - {"dr", "dr."}  # (a doctor is one anywhere)


def _patronymic_name(seq: list[_Token], lowered: list[str]) -> tuple[int, int] | None:
    """Where the name "Given bin Father" runs in ``seq``, its styles before it left out."""
    particle = next(
        (k for k in range(1, len(seq) - 1) if lowered[k] in PATRONYMIC_PARTICLES and seq[k + 1].text[:1].isupper()), None
    )
    if particle is None or not seq[particle - 1].text.istitle():
        return None
    start = particle
    while start > 0 and seq[start - 1].text[:1].isupper() and lowered[start - 1] not in _MALAY_STYLES and (
        lowered[start - 1] not in ROLE_WORDS and lowered[start - 1] not in STOPWORDS
    ):
        start -= 1
    end = particle + 1
    while end < len(seq) and (
        seq[end].text[:1].isupper() and lowered[end] not in _FATHER_NAME_STOPS
        # ("Khalfan bin Nasser al Mundhiri": a particle inside the father's name)
        or lowered[end] in NAME_PARTICLES and end + 1 < len(seq) and seq[end + 1].text[:1].isupper()
    ):
        end += 1
    if start == particle or not any(lowered[k] in _MALAY_ONLY_STYLES for k in range(particle + 1, end)) and not (
        start and lowered[start - 1] in _MALAY_ONLY_STYLES
    ):
        return None  # ("Ahmad bin Ismail", with no style anywhere, the rules below read as they always have)
    return start, end


def _split_sequence(seq: list[_Token]) -> list[list[_Token]]:
    """Break a capitalised run at months, generic terms, titles and stopwords."""
    if len(seq) > 2 and (named := _patronymic_name(seq, [t.text.lower() for t in seq])) is not None:
        start, end = named
        styles = start
        while styles and seq[styles - 1].text.lower() in _MALAY_STYLES:
            styles -= 1  # (the styles are no one's name)
        before = _split_sequence(seq[:styles]) if styles else []
        return [*before, seq[start:end], *(_split_sequence(seq[end:]) if end < len(seq) else [])]
    if len(seq) > 1 and seq[0].text in _SHIP_PREFIXES:
        # "MV Lady Morven", "MV Sound of Uig": a ship's whole name, whatever words it is made of
        end = next((i for i, t in enumerate(seq) if i and t.text.lower() in MONTHS), len(seq))
        return [seq[:end]] if end > 1 else []
    if len(seq) > 2 and seq[-1].text[0].isdigit() and seq[-2].text.lower() in _PROVISION_HEADS:
        seq = seq[:-1]  # "ASX Listing Rules 7.1": the rule book, then the number of one of its rules
    lowered = [t.text.lower() for t in seq]
    generic = [False] * len(seq)
    for i in range(len(seq)):
        for j in range(min(len(seq), i + 4), i + 1, -1):
            phrase = " ".join(lowered[i:j])
            # ("New Zealanders", "South Africans": a people, in the plural, is nobody's name)
            if (phrase in GENERIC_PHRASES or phrase.endswith("s") and phrase in NATIONALITIES) and not (
                j < len(seq) and lowered[-1] in _EVENT_TAILS  # "Open Source Summit": an event's whole name
            ):
                for k in range(i, j):
                    generic[k] = True
                break
    # "Minister for Early Learning and Families Leith Mabbott": the portfolio's fields, then the minister
    first_name = next((k for k in range(1, len(seq) - 1) if lowered[k] in FIRST_NAMES), 0)
    if first_name and all(lowered[j] in _PORTFOLIO_NOUNS or lowered[j] in ("and", "&") for j in range(first_name)):
        for j in range(first_name):
            generic[j] = True
    if len(seq) > 1 and lowered[-1] == "ai" and " ".join(lowered[:-1]) in PLACES:
        generic[-1] = True  # "a San Francisco AI startup": the city, then the trade, names no company
    for i in range(len(seq) - 2):
        if lowered[i] == "board" and lowered[i + 1] in FIRST_NAMES and seq[i + 2].text.istitle():
            for k in range(i + 1):
                generic[k] = True  # "Chair of the Board Ingrid Mæland": the post, then the person who holds it
    for i in range(len(seq) - 1):
        if lowered[i] == "cabinet" and lowered[i + 1] in ("secretary", "minister") and i + 2 < len(seq):
            for k in range(i + 1):
                generic[k] = True  # "ICT Cabinet Secretary Joseph Kitheka": his portfolio and his rank
    for i in range(1, len(seq) - 1):
        if lowered[i] in _PORTFOLIO_NOUNS and lowered[i + 1] in _PORTFOLIO_TITLES and seq[i].text.istitle():
            generic[i] = True  # "Queensland Resources Minister Fiona Tallis": the state, then her portfolio
            j = i - 1
            while j >= 0 and seq[j].text.istitle() and (lowered[j] in _PORTFOLIO_NOUNS or lowered[j] + "s" in _PORTFOLIO_NOUNS):
                generic[j] = True  # "Mineral Resources Minister Bambang Suryaputra": the whole portfolio
                j -= 1
    for i in range(len(seq) - 1):
        if seq[i].text == "Deputy" and seq[i + 1].text.istitle() and lowered[i + 1] not in ROLE_WORDS and (
            lowered[i + 1] not in _PORTFOLIO_NOUNS and lowered[i + 1] not in STOPWORDS and lowered[i + 1] not in ORG_SUFFIXES
        ) and (lowered[i + 1] in FIRST_NAMES or i + 2 == len(seq)):
            # "Deputy Helen Le Sueur", "Deputy Pallett": a Jersey or Guernsey States member's style before her
            # name, as a deputy sheriff's is ("Deputy Governor" and "Deputy Chief Executive" are ranks)
            generic[i] = True
    if (
        len(seq) in (3, 4) and lowered[0] == "justice" and all(t.text.istitle() for t in seq)
        and not any(w in _INSTITUTION_LOWER or w in ORG_SUFFIXES or w in STOPWORDS for w in lowered[1:])
    ):
        generic[0] = True  # "Justice Innocent Mutabazi": a judge's style before the full name
    for i in range(1, len(seq)):
        if lowered[i] in _HEADLINE_VERBS and seq[i].text.istitle():
            # "Calloway Biosciences Announces FDA Approval of ...", "Quorvane Faces a Revolt": a headline's verb
            generic[i] = True
    for i in range(len(seq) - 2):
        if (
            lowered[i] in _NAME_LIKE_STYLES and seq[i + 1].text.istitle() and seq[i + 2].text.istitle()
            and (i == 0 or lowered[i - 1] in ROLE_WORDS or lowered[i - 1] in _PORTFOLIO_NOUNS)
            and lowered[i + 1] not in STOPWORDS
        ):
            # "PTEC chairman Mian Kashif Mehmood Sandhu", "Minister Syed Ahsan Raza Gardezi": a style before a
            # full name; "Sana Chaudhry" and "Malik Riaz" keep theirs as names
            generic[i] = True
            if i and lowered[i - 1] in _PORTFOLIO_NOUNS:
                generic[i - 1] = True  # "Minister for Petroleum Syed ...": the portfolio is no name either
    place = [False] * len(seq)
    held = next((i for i, t in enumerate(seq) if t.held), None)
    if held is not None and all(t.text[:1].isupper() for t in seq):
        # "the Estonian Employers’ Confederation", "Lanka Minority Investors’ Forum": the people a body is of,
        # and where they are, all in its name
        for k in range(1 if lowered[0] == "the" else 0, len(seq)):
            place[k] = True
            generic[k] = False
    for i in range(len(seq) - 1):
        if lowered[i] in _COMPASS_WORDS and lowered[i + 1] in PLACES and seq[i].text.istitle():
            place[i] = place[i + 1] = True  # "Central Europe", "Southern California"
            continue
        for j in range(min(len(seq), i + 4), i + 1, -1):
            phrase = " ".join(lowered[i:j])
            # "New York" keeps its "New", "New Scientist" its role word, "Google Home" its menu word
            if phrase in PLACES or phrase in WELL_KNOWN_ORGS or " " in phrase and phrase in WELL_KNOWN_PRODUCTS:
                for k in range(i, j):
                    place[k] = True
                break
        if seq[i].text == "New" and i + 2 == len(seq) and (
            lowered[i + 1] in PLACES or any_town(lowered[i + 1]) or country_name(f"new {lowered[i + 1]}")
        ):
            place[i] = place[i + 1] = True  # "New Providence", "New Caledonia", "New Britain": a place named after one
        if (i == 0 or i == 1 and lowered[0] == "the") and lowered[i] in _COMPASS_WORDS and seq[i].text.istitle() and (
            len(seq) > i + 2 and (lowered[i + 1] in _INSTITUTION_LOWER or lowered[i + 1] in ORG_SUFFIXES)
        ):
            place[i] = True  # "the Central Bank of Kenya", "Northern Trust Co.": the direction word opens the name
        if (i == 0 or i == 1 and lowered[0] == "the") and lowered[i] in _COMPASS_WORDS and seq[i].text.istitle() and (
            len(seq) > i + 2 and lowered[i + 1] in NATIONALITIES and lowered[-1] in _UNION_WORDS
        ):
            place[i] = True  # "the East African Community", "the West African Economic and Monetary Union"
        if lowered[i] in _COMPASS_WORDS and i + 2 == len(seq) and lowered[i + 1] in PLACE_SUFFIXES and (
            seq[i].text.istitle() and seq[i + 1].text.istitle() and lowered[i + 1] not in _DIVISION_WORDS
        ):
            place[i] = place[i + 1] = True  # "the Northern Highway", "Western Road": a road named by its side
        if lowered[i] in _COMPASS_WORDS and i + 2 == len(seq) and lowered[i + 1] in _DIVISION_WORDS and seq[i].text.istitle():
            place[i] = place[i + 1] = True  # "Western Province", "Central Region": a division named by its side
            j = i - 1
            while j >= 0 and lowered[j] in _COMPASS_WORDS and seq[j].text.istitle():
                place[j] = True  # "the Western North Region"
                j -= 1
        if 0 < i < len(seq) - 1 and lowered[i] in _COMPASS_WORDS and seq[i].text.istitle() and (
            lowered[-1] in _INSTITUTION_LOWER or lowered[-1].rstrip(".") in ORG_SUFFIXES
        ):
            place[i] = True  # "Seoul Central District Court": the direction word inside an institution's name
        if lowered[i + 1] == "home" and lowered[i] in _HOME_KINDS and i:
            place[i] = place[i + 1] = True  # "Brandt-Hollis Funeral Home": a business, though "home" heads menus
        if (
            lowered[i + 1] == "home" and len(seq) == 2 and seq[1].text == "Home"
            and lowered[0] not in NAV_SECTIONS and not is_everyday_word(seq[0].text)
        ):
            place[0] = place[1] = True  # "its Nestwell Home shop-in-shops": a coined name's home-goods brand
        if lowered[i] == "general" and lowered[i + 1] in ("meeting", "meetings", "assembly") and i:
            for k in range(len(seq)):
                place[k] = True  # "the 41st Annual General Meeting": a meeting, not the rank "General"
        if lowered[i + 1] == "general" and lowered[i] in _GENERAL_OFFICES and i + 2 == len(seq) and i:
            for k in range(len(seq)):
                place[k] = True  # "the Ohio Attorney General's office": the office, not the rank "General"
        if i == 0 and len(seq) > 3 and lowered[0] in ("office", "department") and lowered[1:3] == ["of", "the"]:
            for k in range(len(seq)):
                place[k] = True  # "the Office of the Comptroller of the Currency": an office named for its holder
        if i == 0 and lowered[-1] in _TRIM_TAILS and 1 < len(seq) <= 5:
            for k in range(1 if lowered[0] == "the" else 0, len(seq)):
                place[k] = True  # "the Marten Long Range AWD": a trim's everyday words are its name
        if len(seq) == 2 and lowered[0] in ("lord", "lady", "baroness", "baron", "viscount") and lowered[1] not in FIRST_NAMES:
            place[0] = place[1] = True  # "Lord Fennimore", "Lady Strathairn": a peer's or justice's title and name are one name
        if (
            i == len(seq) - 2 and i >= 2 and lowered[i + 1] in ("north", "south", "east", "west") and seq[i + 1].text.istitle()
            and lowered[i - 1] == "of" and lowered[i] in PLACES
        ):
            place[i + 1] = True  # "the Writers Guild of America West": a body's regional half, in its name
        if len(seq) == 2 and lowered[1] in ("north", "south", "east", "west") and seq[1].text.istitle():
            place[0] = place[1] = True  # "the MP for Harrowfield East": a constituency or a district's half
        if (
            i == 0 and len(seq) > 2 and lowered[-1] in ("north", "south", "east", "west") and seq[-1].text.istitle()
            and all(t.text.istitle() for t in seq[:-1])
            and (lowered[-2] in PLACE_SUFFIXES or lowered[-2] in ("town", "city") or " ".join(lowered[:-1]) in PLACES or any_town(" ".join(lowered[:-1])))
        ):
            for k in range(len(seq)):
                place[k] = True  # "the MP for Bodden Town West", "George Town North": a town's half
        if (
            len(seq) == 2 and lowered[0] in ("north", "south", "east", "west") and seq[0].text.istitle()
            and lowered[1] not in NATIONALITIES
        ):
            place[0] = place[1] = True  # "the MP for North Fenland"
        if i == 0 and lowered[-1] == "district" and 2 < len(seq) <= 4 and all(t.text.istitle() for t in seq):
            for k in range(1 if lowered[0] == "the" else 0, len(seq)):
                place[k] = True  # "Supervisor Dana Whitlock (Bramble Run District)": a seat's district, whole
        if 2 <= len(seq) <= 4 and lowered[0] in WEEKDAYS and lowered[-1] in OUTLET_WORDS and all(
            t.text.istitle() for t in seq[1:]
        ):
            # "as first reported by the Sunday Clarion", "the Sunday Business Post": a paper's name
            for k in range(len(seq)):
                place[k] = True
        if i == 0 and all(t.text[:1].isupper() for t in seq) and (
            len(seq) >= 4 and _LEGAL_FORM_RE.fullmatch(seq[-1].text)
            or len(seq) >= 3 and lowered[-1] == "court" and "people" in lowered
        ):
            # "Shenzhen Tianrui Real Estate Development Co.", "Shenzhen Intermediate People's Court",
            # "the HCMC People's Court"
            for k in range(len(seq)):
                place[k] = True
        if i == 0 and seq[0].text == "PT" and len(seq) >= 3 and seq[1].text.istitle():
            place[0] = True  # "PT Cahaya Bangka Logamindo": an Indonesian company's legal form, before its name
        if i == 0 and lowered[0] in _ORG_PREFIXES and lowered[1] in ("central", "centrale"):
            for k in range(len(seq)):
                place[k] = True  # "Banco Central de Reserva del Perú": a central bank's name, whole
        if lowered[i] in _COMPASS_WORDS and lowered[i + 1] == "district" and seq[i].text.istitle():
            place[i] = True  # "the Northern District of California": a federal court's district
        if lowered[i] in _JUDGE_STYLES and lowered[i + 1] == "justice" and i + 3 == len(seq):
            # "Mr Justice Calloway": an English judge's style is part of a surname's name, and a title
            # before a full one ("Mr Justice Alvin Tsang")
            place[i] = place[i + 1] = True
        elif lowered[i] in _JUDGE_STYLES and lowered[i + 1] == "justice" and i + 3 < len(seq):
            generic[i + 1] = True
        if lowered[i] in _PLACE_ADJECTIVES and seq[i].text.istitle():
            # "Old Mill Road", "High Street", "the High Court": the adjective is part of the name
            for j in range(i + 1, min(len(seq), i + 4)):
                if not seq[j].text[:1].isupper():
                    break
                if (
                    lowered[j] in PLACE_SUFFIXES or lowered[j] in _INSTITUTION_LOWER or lowered[j] in _BURIAL_AND_WORSHIP
                    or lowered[j] in _FOUNDATION_WORDS
                ):
                    for k in range(i, j + 1):
                        place[k] = True
                    break
    for i in range(2, len(seq) - 1):
        if (
            lowered[i - 1] == "of" and lowered[i] in _RANKED_WORDS and seq[i].text.istitle() and seq[i + 1].text.istitle()
            and lowered[i - 2] in _INSTITUTION_LOWER | {"tribunal", "chamber"}
        ):
            place[i] = True  # "the Court of First Instance": a court's rank in its name
    if len(seq) > 2 and _document_name(seq):
        for i in range(1, len(seq) - 1):
            if lowered[i] in STOPWORDS and seq[i].text.istitle() and len(lowered[i]) > 3:
                # "the Tessellate Open Weights License", "the Tidewater Source Available License": everyday
                # words inside a licence's name are part of it
                place[i] = True
    for i in range(1, len(seq)):
        if lowered[i] in _WORDLIKE_SURNAMES and seq[i].text.istitle() and (
            lowered[i - 1] in FIRST_NAMES or lowered[i - 1].rstrip(".") in _PLAIN_HONORIFICS
        ):
            place[i] = True  # "Vincent Oh", "Mr Oh": a surname spelled like an interjection
        elif seq[i].text == "SOC" and i + 1 < len(seq) and lowered[i + 1].rstrip(".") in ("ltd", "limited"):
            place[i] = True  # "Umbani Power Holdings SOC Ltd": South Africa's form for a state-owned company
    has_suffix = len(seq) > 1 and (
        lowered[-1].rstrip(".") in ORG_SUFFIXES and lowered[-1] not in GENERIC_TERMS
        # "the Queen City Register": a paper's name keeps the words before its own
        or len(seq) > 2 and lowered[-1] in OUTLET_WORDS and seq[-1].text.istitle()
        # "the General Data Protection Regulation": a law's name keeps its "General"
        or len(seq) > 2 and lowered[-1] in _DOCUMENT_TAILS and seq[-1].text.istitle()
    )
    if 1 < len(seq) <= 4 and lowered[-1] in _EVENT_TAILS and seq[-1].text.istitle():
        for i in range(len(seq) - 1):
            if lowered[i] in STOPWORDS and seq[i].text.istitle() and lowered[i] not in ("the", "a", "an", "at", "in", "on"):
                place[i] = True  # "Open Source Summit", "Big Data Week": an event named with everyday words
    for i in range(1, len(seq) - 1):
        if (
            lowered[i] in _NAME_ADJECTIVES and lowered[-1] in ORG_SUFFIXES and seq[i].text.istitle()
            and all(t.text.istitle() for t in seq[:i + 2])
            and not any(w in STOPWORDS or w in MONTHS or w in WEEKDAYS for w in (lowered[0], lowered[i - 1], lowered[i + 1]))
        ):
            place[i] = True  # "Little Wattle Early Learning": an everyday adjective well inside a company's name
    members = next((i for i in range(1, len(seq) - 1) if lowered[i] == "of" and lowered[i - 1] in _MEMBER_BODIES), 0)
    for k in range(members + 1 if members else len(seq), len(seq)):
        if seq[k].text.istitle() and lowered[k] in ROLE_WORDS and lowered[k].endswith("s"):
            # "the Brotherhood of Locomotive Engineers and Trainmen", "the Union of Concerned Scientists":
            # the members a body is named for
            place[k] = True
    # "The Backlot Report", "The Hollywood Reporter": an outlet, where "our 2024 Annual Report" is a document
    named_report = len(seq) > 2 and seq[0].text == "The" and lowered[-1] in ("report", "reporter") or (
        # "RNZ's Morning Report", "the Drudge Report": a programme's or a site's name, not "the Annual Report"
        len(seq) == 2 and seq[1].text == "Report" and seq[0].text.istitle() and lowered[0] not in _REPORT_KINDS
    )
    parts: list[list[_Token]] = []
    current: list[_Token] = []
    for i, token in enumerate(seq):
        if 0 < i < len(seq) - 1 and token.text == "Flight" and any(c.isdigit() for c in seq[i + 1].text) and current:
            parts.append(current)  # "Northstream Connection Flight 4417": the airline's brand, then the flight
            current = []
        if 0 < i < len(seq) - 1 and lowered[i] == "formula" and lowered[i + 1] in _FORMULA_CLASSES and current:
            parts.append(current)  # "the Valdren Formula 1 team": the team, then the series
            current = []
        # "Quill UI 4": a version number after the last word
        last = i == len(seq) - 1 or all(t.text.isdigit() for t in seq[i + 1:])
        # "of", "and", "van": kept only inside a run (a small-letter legal form ends one: "s.r.o.")
        connector = token.text.islower() and token.text[0].isalpha() and not token.text.endswith(".")
        label = len(token.text) == 1 and i and lowered[i - 1] in _LABEL_HEADS
        # "Lt Gen Youssef Haddadin": the general's rank; "Q7 Gen 3" and "Gen Z" keep theirs
        label = label or lowered[i] in ("gen", "gen.") and i + 1 < len(seq) and (
            i and lowered[i - 1].rstrip(".") in _GENERAL_RANKS or lowered[i + 1] in FIRST_NAMES
        )
        if label and current and current[-1] is seq[i - 1]:
            current.pop()  # "Class F shares": the head word goes with its letter
        if (
            i > 1 and current and current[-1] is seq[i - 1] and lowered[i - 1] in ORG_SUFFIXES
            and _MODEL_CODE_TOKEN_RE.fullmatch(token.text)
        ):
            parts.append(current)  # "Tallis Dynamics TD-40 engines": the maker, then its model
            current = []
        # "Nguyễn Thị Thu Hà": a given name that spells a weekday's short form, inside a name
        in_name = 0 < i < len(seq) - 1 and len(lowered[i]) <= 4 and lowered[i] in WEEKDAYS and token.text.istitle() and (
            bool(current) and seq[i + 1].text.istitle() and lowered[i + 1] not in MONTHS and lowered[i + 1] not in WEEKDAYS
        )
        # "Sun Fook Land Holdings", "Sun Pharma": a weekday's short form that opens a name, before an unusual word
        in_name = in_name or i == 0 and len(lowered[i]) <= 4 and lowered[i] in WEEKDAYS and token.text.istitle() and (
            len(seq) > 1 and seq[1].text.istitle() and lowered[1] not in MONTHS and lowered[1] not in WEEKDAYS
            and lowered[1] not in STOPWORDS and (len(seq) > 2 or not is_everyday_word(seq[1].text))
        )
        # "Fundación Mar Limpio", "Mar Vista Holdings": a month's short form inside a name, before a word
        in_name = in_name or 0 < i < len(seq) - 1 and len(lowered[i]) <= 4 and lowered[i] in MONTHS and (
            lowered[i] not in ("may", "june", "july") and token.text.istitle() and seq[i + 1].text.istitle()
            and lowered[i + 1] not in MONTHS and lowered[i + 1] not in WEEKDAYS and bool(current)
        )
        # "Per Håkansson": a Scandinavian given name that spells a preposition, before a surname
        in_name = in_name or i == 0 and token.text == "Per" and len(seq) == 2 and seq[1].text.istitle() and (
            lowered[1] not in STOPWORDS and lowered[1] not in WELL_KNOWN_ORGS and lowered[1] not in NEWS_OUTLETS
        )
        # "the State Great Hural", "the Great Western Railway": "Great" inside a name, between two of its words
        in_name = in_name or 0 < i < len(seq) - 1 and lowered[i] in ("great", "grand") and token.text.istitle() and (
            bool(current) and seq[i + 1].text.istitle() and lowered[i + 1] not in STOPWORDS and lowered[i - 1] not in STOPWORDS
        )
        # "Branch Watch UK", "Human Rights Watch", "Apple Watch": a watchdog's or a device's name, not the verb
        in_name = in_name or i > 0 and token.text == "Watch" and bool(current) and current[-1] is seq[i - 1] and (
            lowered[i - 1] not in STOPWORDS and lowered[i - 1] not in ROLE_WORDS
        )
        # "Judge Mahfuza Begum": "Begum", a style before a name ("Begum Nasreen Akhtar"), is a surname after one;
        # so is "Sheikh" ("APTMA Chairman Arif Sheikh", but "Sheikh Arif Hussain"), and "Sen" ("Amartya Sen", but
        # "Sen. Warren")
        in_name = in_name or i == len(seq) - 1 and token.text in ("Begum", "Sheikh", "Shaikh", "Sen") and bool(current) and (
            lowered[i - 1] not in ROLE_WORDS
        )
        # "the Straits Times Index": a paper's name inside the index it gives its name to
        in_name = in_name or 0 < i == len(seq) - 2 and lowered[i] in OUTLET_WORDS and lowered[i + 1] == "index" and bool(
            current
        ) and token.text.istitle()
        # "Yuen Long": a town whose name ends in an everyday word
        in_name = in_name or i > 0 and bool(current) and current[-1] is seq[i - 1] and token.text.istitle() and (
            lowered[i] in STOPWORDS and any_town(f"{lowered[i - 1]} {lowered[i]}")
        )
        # "the Bahrain Credit Reference Bureau", "the Pacific Free Trade Council": an everyday word inside a body's
        # name, after its first word and before the word that makes it a body
        in_name = in_name or 0 < i < len(seq) - 1 and has_suffix and bool(current) and current[-1] is seq[i - 1] and (
            lowered[i] in _BODY_NAME_WORDS and token.text.istitle()
        )
        # "Oh Sung-min", "So Ji-hye": a Korean family name that spells a word, before its given name
        in_name = in_name or i + 1 < len(seq) and len(token.text) <= 4 and token.text.istitle() and bool(
            _KOREAN_GIVEN_NAME_RE.fullmatch(seq[i + 1].text)
        )
        if label or generic[i] or not place[i] and not connector and not in_name and (
            _is_separator(token, last and bool(current), has_suffix) and not (last and named_report)
            and not (i == 0 and token.text == "The" and len(seq) > 1)
            # "First Sutlej Modaraba", "First Capital Bank": an ordinal that opens a firm's name
            and not (i == 0 and token.text == "First" and len(seq) > 2 and lowered[-1].rstrip(".") in ORG_SUFFIXES)
            # "Seven Mile Fund Services", "Three Mile Island": a number before an everyday word opens a name;
            # "Two Corvane Holdings directors" counts the firm's people
            and not (i == 0 and _opens_named_number(seq, lowered))
            and not (i == 0 and len(seq) > 1 and _generic_lead(seq, lowered))
        ):
            if current and lowered[i] in ROLE_WORDS and current[-1].text.lower() in _OFFICE_FIELDS and (
                len(current) > 1 or lowered[i] in _PORTFOLIO_HOLDERS  # not "the Labour MP"
            ):
                # "Missouri Banking Commissioner Ansel Truitt": the state, not its office's field; and
                # "Agriculture Minister Claire Bonnaventure" names no place called Agriculture
                current = current[:-1]
            while current and lowered[i] in ROLE_WORDS and current[-1].text.lower() in _RANK_PREFIXES:
                # "Vice Admiral Nizar Bahloul-Amari", "Deputy Mayor ...", "Assistant Corporate Controller": the rank's
                current = current[:-1]
            if current:
                parts.append(current)
            current = []
            continue
        current.append(token)
    if current:
        parts.append(current)
    result = []
    for part in parts:
        part = _trim_connectors(part)
        if part and not (len(part) == 1 and len(part[0].text) == 1) and any(c.isalpha() for t in part for c in t.text):
            result.append(part)
    return result


def _generic_lead(seq: list[_Token], lowered: list[str]) -> bool:
    """"Cloud Fabric", "Data Harbor": a capitalised generic word that opens a segment's or a product's name."""
    return (
        seq[0].text.istitle() and lowered[0] in _BRAND_OPENERS and seq[1].text.istitle()
        and lowered[1] not in GENERIC_TERMS and lowered[1] not in STOPWORDS
    )


# generic words of the trade that open names ("Web Atlas"), unlike "Mr" or "Phase"
_BRAND_OPENERS = frozenset("cloud web internet crypto blockchain metaverse chatbot".split())


# -------------------------------------------------------------- candidates

_LABEL_RE = re.compile(r"(?:[-*•+]\s+)?([^:.!?\n\"“]{3,60}):\s")


def _affiliation(para: str) -> bool:
    """"Co-founder & CEO, Ostrander Fieldworks": a signer's role and company, not a heading."""
    role, comma, rest = para.partition(", ")
    return bool(comma) and rest[:1].isupper() and all(
        word in ROLE_WORDS or word in ("&", "and", "of", "the") for word in role.lower().split()
    )


# "Corrie Bay Logistics Ltd", "Tamsin Holdings (Pty) Ltd": a name that ends in its legal form
_LEGAL_NAME_RE = re.compile(
    r"\s*[A-Z][\w&’'.-]*(?:\s+(?:[A-Z&][\w&’'.-]*|of|and|\([A-Z][^()]{1,40}\)))*"
    r"\s+(?:plc|PLC|Ltd|Limited|Inc|LLC|LLP|GmbH|AG|Pte\.?\s+Ltd|\(Pty\)\s+Ltd)\.?\s*"
)
# "Sumwise just launched a free tier. Worried?": two sentences make a comment, not a heading
_TWO_SENTENCES_RE = re.compile(r"[a-z]{2}[.!?] [A-Z]")


def _heading_ranges(body: str) -> list[tuple[int, int]]:
    """Paragraphs that are headings: Title Case, one to three words, or a short sentence-case line."""
    ranges = []
    pos = 0
    previous = ""
    # (a debate's speaker line is bracketed or comes back turn after turn)
    repeated = Counter(para for para in body.split("\n\n") if len(para) <= 40)
    for para in body.split("\n\n"):
        # "With gratitude," over "Joanna Kettleby": a letter's signer, not a heading
        signed = previous.endswith(",") and len(previous.split()) <= 4
        previous = para
        label = _LABEL_RE.match(para) if ":" in para[:80] else None
        speaker = _SPEAKER_LINE_RE.fullmatch(para) if para.endswith(")") or repeated[para] > 1 else None
        if speaker and (
            _name_words(speaker.group("name")) or speaker.group("held") and _name_words(speaker.group("held"))
        ):
            # A debate's speaker lines: "Tom Ashdown (Mendip Vale) (LD)", "Harriet Calloway", "Madam Deputy
            # Speaker (Rosalind Marsh-Tully)": the member named is the turn's speaker, not a heading's words
            held = not _name_words(speaker.group("name"))  # the office first, the member in brackets
            if held:
                ranges.append((pos, pos + speaker.start("held")))
            tail = speaker.end("held") if held else speaker.end("name")
            if tail < len(para):
                ranges.append((pos + tail, pos + len(para)))  # "(Mendip Vale) (LD)": seat and party, as labels
        elif label and _LEGAL_NAME_RE.fullmatch(para, label.end()):
            # "Appellant: Halden Aggregates plc": a label, then a company's registered name
            ranges.append((pos + label.start(1), pos + label.end(1)))
        elif not signed and (
            # (a trade paper's long headline: "Lumora and Halcyon Ridge Pictures Agree to $2.4 Billion Merger, With ...";
            # a release's, with a drug's generic name in brackets, reads its names as written)
            heading_like(para, 16 if "(" in para else 20) and title_cased(para)
            or heading_like(para, 16) and len(para.split()) <= 8 and not _TWO_SENTENCES_RE.search(para)
            # "PROPOSED PLACEMENT OF ... AND CHANGE OF CHIEF EXECUTIVE OFFICER": a filing's shouted heading
            or heading_like(para, 24) and para.isupper() and len(para.split()) >= 6
        ) and not _affiliation(para) and "://" not in para:  # ("Add Parquet import by @x in https://...": a change)
            ranges.append((pos, pos + len(para)))
        elif not signed and label:
            if label and title_cased(label.group(1)) and "(" not in label.group(1) and not any(
                word in SPEECH_VERBS for word in label.group(1).split()[-4:]
            ) and not _call_turn(para):
                # "FlexiSeal 300 (Kōnan Seiki): a tray sealer" names a thing and its maker: not a heading
                # "Faster Cold Starts: the replay path was rewritten": a list item's label is a heading
                # ("A spokesperson for the Saltmere Town Supporters’ Trust said:" and "At a meeting in Kitwe, Mr
                # Banda said in Bemba:" introduce words, and "Adaeze Harrington, CEO:" labels a call's turn)
                ranges.append((pos + label.start(1), pos + label.end(1)))
        pos += len(para) + 2
    return ranges


_SPEAKER_LINE_RE = re.compile(
    r"(?P<name>[A-Z][^()\n]{2,90}?)(?: \((?P<held>[A-Z][\w’'. -]{2,40})\))?(?: \([A-Z][\w’'&. -]{1,40}\))*"
)


def _name_words(text: str) -> bool:
    """"Harriet Calloway", "Priya Sandhu": two or three capitalised words, none of them an everyday word."""
    words = text.split()
    if words and words[0].rstrip(".").lower() in _PLAIN_HONORIFICS | {"sir", "dame"}:
        words = words[1:]
    return 2 <= len(words) <= 3 and all(
        _NAME_WORD_RE.fullmatch(w) and (not is_everyday_word(w.lower()) or w.lower() in FIRST_NAMES) for w in words
    )


def _call_turn(para: str) -> bool:
    """"Adaeze Harrington, CEO: Thanks ...", not "New Name, Same Disk Format: data directories ..."."""
    turn = CALL_TURN_RE.match(para)
    first = turn.group("label").split()[0].lower() if turn else ""
    return bool(turn) and (first in FIRST_NAMES or not is_everyday_word(first))


def _in_ranges(pos: int, ranges: list[tuple[int, int]]) -> bool:
    index = bisect.bisect_right(ranges, (pos, float("inf"))) - 1
    return index >= 0 and ranges[index][0] <= pos < ranges[index][1]


_QUOTED_NAME_CUES = r"called|named|dubbed|titled|entitled|headlined|nicknamed|branded"
_QUOTED_NAME_RE = re.compile(
    rf"\b(?P<cue>{_QUOTED_NAME_CUES})\s+(?:it\s+|itself\s+)?"
    r"[\"“‘'](?P<name>[A-Z][^\"“”‘’'\n]{1,60}?)[,.!?]?[\"”’']"
)
_QUOTED_NAME_CUE_WORDS = tuple(_QUOTED_NAME_CUES.split("|"))
_OPENING_MARKS = "“‘\"'"
_ABBREVIATED = frozenset("inc corp co ltd jr sr bhd".split()) | STATE_ABBREVIATIONS


def _quoted_names(body: str) -> dict[str, str]:
    """Title-Case names given in quotes after "called"/"named" -> their type.

    Titles of works ("titled ...") are left to ``_work_titles``.
    """
    names: dict[str, str] = {}
    for match in keyword_finditer(_QUOTED_NAME_RE, _QUOTED_NAME_CUE_WORDS, body):
        name = match.group("name").strip()
        if len(name.split()) < 2 or not title_cased(name):
            continue
        # "her next album should be called ...": the name is a work's, not a product's
        if match.group("cue") not in WORK_CUES and not NAMED_WORK_RE.search(
            body, max(0, match.start() - 70), match.start("name") - 1
        ):
            names[name] = "PRODUCT"
    return names


# 'collectively as the “Investor Defendants”', 'what it calls the “December Written Consent”':
# a filing's defined term (a nickname is "known as", and its "the" sits inside the marks).
_DEFINED_TERM_CUE_RE = re.compile(r"(?:\(|(?<!known )\bas|\bcalls?|\bcalled|\btermed|\bdefined\s+as)\s*the\s+$")
_OPEN_TITLE_RE = re.compile(r"[\"“‘](?=[A-Z])")
_TITLE_TEXT_RE = re.compile(r"[A-Z][^\"“”\n]{1,160}?(?=[\"”’])")


def _work_titles(body: str) -> list[tuple[int, int]]:
    """Quoted titles of reports, letters and posts ("its report, “The Cost of Idle,”").

    A work is not a person, organisation, product or place; the capitalised
    words of its title name nothing by themselves.
    """
    spans = []
    for mark in _OPEN_TITLE_RE.finditer(body):
        pos = mark.end()
        title = _TITLE_TEXT_RE.match(body, pos)
        if title is None:
            continue
        if names_a_work(body, pos, title.end()) or _DEFINED_TERM_CUE_RE.search(body, max(0, pos - 30), pos - 1):
            if len(title.group().split()) >= 2:
                spans.append(title.span())
        elif _dish_name(body, pos, title.group()):
            spans.append(title.span())
    return spans


def _dish_name(body: str, pos: int, title: str) -> bool:
    """'a bowl of “River Broth”', 'a course she calls “Grandmother's Mistake”', 'the “Sunday Chicken,”':
    a dish or a thing named in quotes, whose everyday last word names no one."""
    words = title.rstrip(",.").split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    last = words[-1].lower()
    return (
        bool(_DISH_CUE_RE.search(body, max(0, pos - 10), pos - 1)) and is_everyday_word(last)
        and not (last in ORG_SUFFIXES or last in PLACE_SUFFIXES or last in _NAMED_THINGS)
    )


# The heads of names a law, a pact, a prize or a plan is given in quotes: 'the "Easy Exit Act,"'
_NAMED_THINGS = frozenset(
    "act acts bill law rule rules accord treaty agreement pact plan initiative programme program prize award cup "
    "trophy index fund project campaign strategy scheme deal".split()
)
_DISH_CUE_RE = re.compile(r"\b(?:of|calls?|called|dubbed|the|a|an|her|his|its|their)\s+$")


# "Salt House (Orrery Entertainment) – $17.6M, NEW": a chart's line, the title before its maker
# ("Paper Lanterns (Tallgrass) – $17.2M (-31%); Total $118.6M; Wk 3": the maker's short name, when the
# line goes on in a chart's own words)
_CHART_LINE_RE = re.compile(
    r"^(?:\d{1,2}[.)]?\s+)?(?P<title>[A-Z0-9][^()\n]{0,60}?)\s+\((?P<maker>[A-Z][^()\n]{0,50})\)"
    r"\s*[–—:-]?\s*[$€£]?\d(?P<data>[^\n]*)",
    re.MULTILINE,
)
_MAKER_KIND_RE = re.compile(
    r"\b(?i:pictures|studios?|entertainment|films?|releasing|distribution|animation|records|music|"
    r"tv|television|network|books|press|publishing|games|media)$"
)
_CHART_DATA_RE = re.compile(
    r"\b(?i:theaters|theatres|screens|locations|wk|weeks?|weekend|total|cume|re-release|new|units|streams)\b"
    r"|\([+−–-]\d+%\)"
)
# "Bluehaven Studios’ family drama “The Quiet Orchard”": a film, a show, a record or a book by its kind
_SCREEN_KINDS = (
    "film", "films", "movie", "movies", "sequel", "prequel", "remake", "reboot", "spinoff", "spin-off", "drama",
    "comedy", "thriller", "horror", "documentary", "animated", "musical", "series", "sitcom", "miniseries", "album",
    "novel", "franchise", "blockbuster", "single", "song", "track", "mixtape", "follow-up", "debut", "ballad",
    "anthem", "collection",
)
# "the indie film Paper Lanterns": the kinds of work that stand right before an unquoted title
_WORK_KINDS_BEFORE_TITLE = frozenset(
    "film movie sequel prequel remake drama comedy thriller documentary musical series sitcom miniseries album "
    "novel memoir biography autobiography mixtape song".split()
)
# "her third album, Glass Cathedral, of promotion": a record's title set off by commas, unquoted
_APPOSED_WORK_RE = re.compile(
    r"\b(?:album|single|mixtape|novel|memoir|film|documentary|follow-up|debut|EP),\s+"
    r"(?P<title>[A-Z][\w’'-]*(?:\s+(?:of|the|a|in|on|and|[A-Z][\w’'-]*)){0,5}),"
)
_APPOSED_WORK_WORDS = ("album,", "single,", "mixtape,", "novel,", "memoir,", "film,", "documentary,", "follow-up,", "debut,", "EP,")
_SCREEN_WORK_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(_SCREEN_KINDS)}|"
    r"(?:horror|action|family|animated|superhero|awards)\s+(?:entry|hit|pic|title|release))"
    # "a collection he titled “Salt Line,”": the maker naming it
    r"(?:\s+(?:he|she|they|it|we)\s+(?:titled|called|named|dubbed))?\s*,?\s*$",
    re.IGNORECASE,
)
# '“Paper Lanterns,” a lo-fi ballad she recorded': the kind of work right after the quoted title
_SCREEN_WORK_AFTER_RE = re.compile(
    rf"\s*,?\s+(?:a|an|the|her|his|their|its)\s+(?:[\w-]+\s+){{0,2}}(?:{'|'.join(_SCREEN_KINDS)})\b",
    re.IGNORECASE,
)
# A chart's "(Maker) – $", a cheap test before the chart's own: the engine skips to each ")"
_CHART_HINT_RE = re.compile(r"\)[ \t]*[–—:-]?[ \t]*[$€£]?\d")
_QUOTED_TITLE_RE = re.compile(r"[\"“‘](?P<title>[A-Z0-9][^\"“”‘’\n]{0,80}?)[,.]?[\"”’](?!\w)")


def _work_kind_around(body: str, opening: int, after_closing: int) -> bool:
    """The kind of work named before a quoted title's opening mark or right after its closing one."""
    return bool(
        _SCREEN_WORK_BEFORE_RE.search(body, max(0, opening - 40), opening)
        or _SCREEN_WORK_AFTER_RE.match(body, after_closing)
    )


def _quoted_work(body: str, m: _Mention) -> bool:
    """'her 2021 debut, “Salt & Static,”', '“Paper Lanterns,” a lo-fi ballad': a record's or a film's title."""
    if m.hint != "PRODUCT" or m.start < 1:
        return False
    close = _CLOSING_AFTER_TITLE_RE.match(body, m.end)
    return close is not None and _work_kind_around(body, m.start - 1, close.end())


_CLOSING_AFTER_TITLE_RE = re.compile(r"[,.]?[\"”’]")


def _work_title_case(title: str) -> bool:
    """"Kestrel 2: Ashfall", "Pip & the Paper Moon": every word but numbers and small ones capitalised."""
    content = [w for w in re.findall(r"[^\W\d_][\w’'-]*", title) if w.lower() not in SMALL_WORDS]
    return bool(content) and all(w[0].isupper() for w in content)


def _chart_lines(body: str) -> Iterator[re.Match]:
    """"Salt House (Orrery Entertainment) – $17.6M": lines of a box-office or sales chart, by their maker or their data."""
    if _CHART_HINT_RE.search(body) is None:
        return
    for match in _CHART_LINE_RE.finditer(body):
        if _MAKER_KIND_RE.search(match.group("maker")) or _CHART_DATA_RE.search(match.group("data")):
            yield match


def _chart_data_spans(body: str) -> list[tuple[int, int]]:
    """The figures after each chart line's maker ("; Total $118.6M; Wk 3"): no names in them."""
    return [match.span("data") for match in _chart_lines(body) if match.group("data").strip()]


def _screen_titles(body: str) -> list[str]:
    """Titles of films, shows and records: from a chart of three lines or more, and quoted after their kind."""
    titles: list[str] = []
    runs: list[list[re.Match]] = []
    for match in _chart_lines(body):
        gap = body[runs[-1][-1].end():match.start()] if runs else ""
        # the next line of the chart: the rest of this line, then at most one blank line
        if runs and 1 <= gap.count("\n") <= 2 and not gap.split("\n", 1)[1].strip():
            runs[-1].append(match)
        else:
            runs.append([match])
    for run in runs:
        if len(run) >= 3:
            titles.extend(m.group("title") for m in run if _work_title_case(m.group("title")))
    lowered = body.lower()
    for match in _QUOTED_TITLE_RE.finditer(body) if any(w in lowered for w in _SCREEN_KINDS) else ():
        title = match.group("title")
        if _work_title_case(title) and _work_kind_around(body, match.start(), match.end()):
            titles.append(title)
    for match in _APPOSED_WORK_RE.finditer(body) if ", " in body and _holds_any(body, _APPOSED_WORK_WORDS) else ():
        if match.group("title").split()[-1][:1].isupper():
            titles.append(match.group("title"))
    for match in _WORK_THEN_KIND_RE.finditer(body) if ", " in body and _holds_any(body, _WORK_KINDS) else ():
        titles.append(match.group("title"))
    return titles


# "chronicled in Low Cost, High Altitude, a 2009 biography by ...": a title, commas and all, then what it is
_WORK_THEN_KIND_RE = re.compile(
    r"\b(?:in|of|from)\s+(?P<title>[A-Z][\w’'-]*(?:,?\s+(?:of|the|a|in|on|and|[A-Z][\w’'-]*)){1,6}),\s+"
    r"(?:a|an|the|his|her|their)\s+(?:\d{4}\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:biography|memoir|book|novel|documentary|history|autobiography)\s+(?:by|about|of|on)\b"
)
_WORK_KINDS = ("biography", "memoir", "book", "novel", "documentary", "history")  # (one in every match)


def _phrase_mentions(body: str, names: dict[str, str]) -> list[_Mention]:
    """Every place ``names`` occur, longest first: "Open Table" inside "Open Table Foods" is no mention of its own."""
    mentions: list[_Mention] = []
    taken: list[tuple[int, int]] = []
    for name, hint in sorted(names.items(), key=lambda item: -len(item[0])):
        pos = body.find(name)
        while pos >= 0:
            end = pos + len(name)
            before = body[pos - 1] if pos else " "
            after = body[end] if end < len(body) else " "
            # (a name that opens with a digit is no sum: not the "3M" of "$3M" or "$3.3M")
            in_sum = name[0].isdigit() and before in "$€£¥.,"
            if not before.isalnum() and not after.isalnum() and not in_sum and not any(lo <= pos and end <= hi for lo, hi in taken):
                tokens = [_Token(pos + t.start(), pos + t.end(), t.group()) for t in _TOK_RE.finditer(name)]
                mentions.append(_Mention(pos, end, name, tokens, False, False, False, hint=hint))
                taken.append((pos, end))
            pos = body.find(name, end)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _overlaps(spans: list[tuple[int, int]], lo: int, hi: int) -> bool:
    index = bisect.bisect_right(spans, (hi, hi)) - 1
    while index >= 0 and spans[index][0] < hi:
        if spans[index][1] > lo:
            return True
        index -= 1
        if index >= 0 and spans[index][1] <= lo and spans[index][0] < lo - 200:
            break
    return False


def _after_colon(body: str, start: int) -> bool:
    """"Two lessons: Patience ...", "| Gross margin |", "May 19 — Proxy adviser ...": a capital after a
    colon, opening a table's cell or a dated entry may be positional."""
    if start < 2:
        return False
    if body[start - 2:start] in ("— ", "– ", "- "):
        # "May 19, 2025 — Proxy adviser Stanmore ...": a timeline's entry opens after its date (and an agency's
        # story after its dateline: "(ANSA) - MILAN, MAY 27 - The Guardia di Finanza ...")
        line_start = body.rfind("\n", max(0, start - 34), start) + 1
        return (line_start > 0 or start <= 34) and bool(_DATED_ENTRY_RE.fullmatch(body, line_start, start))
    if body[start - 2:start] == "] " and _FOOTNOTE_MARK_RE.search(body, max(0, start - 7), start):
        return True  # "[1] Download counts from ...": a footnote's first word
    if body[start - 4:start] in ("[x] ", "[X] ", "[ ] "):
        return True  # "- [x] Supply agreement signed": a checklist's item
    line_start = body.rfind("\n", max(0, start - 4), start) + 1
    if (line_start or start <= 3) and 0 < start - line_start <= 3 and not any(c.isalnum() for c in body[line_start:start]):
        return True  # "🔻 Deposits are already disabled": a post's pictograph bullet
    if body[start - 2:start] in (") ", ". ") and _ITEM_MARK_RE.search(body, max(0, start - 6), start):
        return True  # "(1) Impairment loss on fixed assets", "2. Revision of earnings forecast": an item's first word
    if body[start - 1:start] == " " and body[start - 2:start - 1].isdigit() and _CLAUSE_MARK_RE.search(
        body, max(0, start - 8), start
    ):
        return True  # "2.4 The FCA considers ...": a numbered paragraph's first word
    # ("2:14 >> Because ...": a caption's new turn opens like a sentence)
    return body[start - 2:start] in (": ", "| ", "> ")


_FOOTNOTE_MARK_RE = re.compile(r"(?:^|\n)\[\d{1,3}\] $")
_CLAUSE_MARK_RE = re.compile(r"(?:^|\n)\d{1,2}\.\d{1,2} $")
_ITEM_MARK_RE = re.compile(rf"(?:^|\n){ITEM_MARK_RX} $")
_DATED_ENTRY_RE = re.compile(r"[\w .,()-]{0,30}\d{1,4} [—–-] ")


_NAME_GIVEN_RE = re.compile(
    r"\b(?:code-named|codenamed|(?:code|internal|working|project)\s+name|codename|dubbed|nicknamed)\s*,?\s*$",
    re.IGNORECASE,
)


# "Financing Facility for the Pacific (AIFFP)": a long name with a small word inside, then its initials
_DEFINED_LONG_NAME_RE = re.compile(
    r"(?<![\w’'-])(?P<name>(?:[A-Z][\w’'-]+ ){2,6}(?:for|of|on|in) (?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3})"
    r" \((?P<initials>[A-Z]{4,8})\)"
)


# "Ministry of Economy, Trade and Industry": an institution whose name is a list.
_LISTED_HEADS = r"(?:Ministry|Department|Committee|Commission|Office|Agency|Council|Secretary) (?:of|for|on) "
# "Portfolio Committee on Electricity and Energy", "National Union of Energy and Mineworkers"
_PAIRED_HEADS = r"(?:Ministry|Department|Committee|Commission|Office|Agency|Council|Secretary|Union|Federation) (?:of|for|on) "


# "Federal Ministry for Economic Affairs and Climate Action": two fields of one ministry,
# told from "the Department of Justice and Google" by both fields ending in a portfolio's noun.
_PORTFOLIO_TITLES = frozenset("minister secretary spokesperson spokesman spokeswoman critic".split())
_PORTFOLIO_NOUNS = frozenset(
    """
    affairs action development industry industries trade energy security services health education science
    sciences technology innovation culture sport sports media environment protection planning transport
    transportation infrastructure labour labor welfare justice finance economy agriculture food fisheries
    forestry research climate housing communities employment resources safety commerce defence defense
    electricity water mining minerals communications telecommunications tourism arts heritage petroleum oil gas
    childhood care aged disability veterans youth women skills training learning families mines logistics
    integration cooperation co-operation relations investment lands wildlife plantation plantations commodities
    cooperatives entrepreneurship policy business aviation shipping ports maritime immigration customs digital
    """.split()
)
# "Department for Environment, Food and Rural Affairs", "Ministry of Finance, National Planning and Trade":
# a field in two words, the second a portfolio's noun
_LISTED_FIELD = r"[A-Z][\w-]+(?: (?:%s))?" % "|".join(sorted(w.capitalize() for w in _PORTFOLIO_NOUNS))
_LISTED_INSTITUTION_RE = re.compile(rf"\b{_LISTED_HEADS}{_LISTED_FIELD}(?:, {_LISTED_FIELD})+,? (?:and|&) {_LISTED_FIELD}")
_GENERAL_RANKS = frozenset("lt lieutenant maj major brig brigadier".split())
_RANK_PREFIXES = frozenset("vice deputy acting rear interim assistant associate senior independent non-executive corporate".split())
_PORTFOLIO_HOLDERS = frozenset("minister secretary commissioner spokesperson spokesman spokeswoman prosecutor".split())
_OFFICE_FIELDS = _PORTFOLIO_NOUNS | {"banking", "insurance", "securities", "utilities", "fire", "police", "public"}
_PLACE_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) $")
_PAIRED_INSTITUTION_RE = re.compile(
    rf"\b(?:(?:Federal|National|State|Royal|Portfolio|Select|Standing|Joint) )?{_PAIRED_HEADS}"
    r"(?P<fields>[A-Z][a-z-]+(?: [A-Z][a-z-]+)? (?:and|&) [A-Z][a-z-]+(?: [A-Z][a-z-]+)?)\b"
)
_OF_COUNTRY_AFTER_RE = re.compile(r" of ([A-Z][a-z]+)\b")
_STATE_FUND_HEADS = frozenset({"Trust", "Fund", "Corporation", "Foundation"})
_INSTITUTION_HEAD_RE = re.compile(_PAIRED_HEADS)  # (in every listed or paired institution's name)


# "The group Kids Before Profit", "the campaign Parents Against Gridlock": a body named in
# Title Case, whose capitalised "Before" or "Against" would otherwise split it
_STOPWORD_NAMED_GROUP_RE = re.compile(
    r"\b(?:group|coalition|campaign|nonprofit|charity|organi[sz]ation|movement|network)"
    r" ((?:[A-Z][\w'’-]+ ){1,3}(?:Before|Against|For|Over|Not|Of|In|On|With|Without|From|Beyond|The|A)"
    r"(?: [A-Z][\w'’-]+){1,3})"
)
_NAMED_GROUP_WORDS = (  # (one in every match)
    "group ", "coalition ", "campaign ", "nonprofit ", "charity ", "organisation ", "organization ", "movement ", "network ",
)

# "the Calder Coalition for Responsible Growth", "the Centers for Medicare & Medicaid Services": a body
# named for its cause, whose lower-case "for" would otherwise split it
_FOR_NAMED_BODY_RE = re.compile(
    r"(?<![\w’'-])(?!(?:The|A|An|This|That)\b)(?:[A-Z][\w’'-]+ ){0,3}"
    r"(?:Coalition|Alliance|Campaign|Centers?|Centres?|Institute|Committee|Council|Foundation|Partnership|"
    r"Association|Society|Citizens|Parents|Neighbors|Neighbours|Friends|Network)"
    r" for (?:the )?[A-Z][\w’'-]+(?: (?:&|and) [A-Z][\w’'-]+| [A-Z][\w’'-]+){0,4}"
    # "Hope for HS Coalition", "Parents for Safe Streets Alliance": the cause inside, the body's word last
    r"|(?<![\w’'-])(?!(?:The|A|An|This|That)\b)[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2} for (?:[A-Z][\w’'-]+ ){1,3}"
    r"(?:Coalition|Alliance|Campaign|Foundation|Association|Network)\b"
)
_FOR_NAMED_BODY_WORDS = (  # (one in every match)
    "Coalition", "Alliance", "Campaign", "Center", "Centre", "Institute", "Committee", "Council", "Foundation",
    "Partnership", "Association", "Society", "Citizens", "Parents", "Neighbors", "Neighbours", "Friends", "Network",
)
# "the Senate Communications and Digital Economy References Committee", "the Australian Media and
# Communications Regulator": a body whose name joins two fields with "and" before its head word
_AND_NAMED_BODY_RE = re.compile(
    rf"(?<=[Tt]he )(?:(?:{_AND_COUNTRY_RX}|[A-Z][\w’'-]+) ){{1,4}}and (?:[A-Z][\w’'-]+ ){{1,4}}"
    r"(?:Committee|Commission|Council|Authority|Regulator|Agency|Board|Tribunal|Institute|Department|Ministry)\b"
    r"(?! (?:of|for) [A-Z])"  # ("the Securities and Exchange Board of India" is found whole elsewhere)
)
_AND_NAMED_BODY_HINT_RE = re.compile(
    r" and (?:[A-Z][\w’'-]+ ){1,4}"
    r"(?:Committee|Commission|Council|Authority|Regulator|Agency|Board|Tribunal|Institute|Department|Ministry)\b"
)
# "the Upper Tribunal (Tax and Chancery Chamber)": a court's chamber, named in brackets after it
_BRACKETED_AND_BODY_RE = re.compile(
    r"(?<=\()(?:[A-Z][\w’'-]+ ){1,3}and (?:[A-Z][\w’'-]+ ){0,3}(?:Chamber|Division|Committee|Panel|Court|List)(?=\))"
)
_MASTHEAD_TAILS = OUTLET_WORDS | {"television", "tv", "radio", "channel", "network"}
_NEW_COMPANY_NAME_RE = re.compile(
    r"\b(?:company|firm|agency|group|business|entity|bank|studio|fund|network)\s+(?:will|would|is\s+to|is\s+going\s+to)\s+"
    r"(?:be\s+(?:called|named|known\s+as|renamed)|operate\s+as|trade\s+as|do\s+business\s+as)\s+(?P<name>[A-Z][\w&’'-]*(?:\s+(?:[A-Z][\w&’'-]*|&))*)"
)
_NEW_COMPANY_NAME_HINT_RE = re.compile(r"(?:called|named|known\s+as|operate\s+as|trade\s+as|business\s+as)\s+[A-Z]")
_CVE_RE = re.compile(r"(?<![\w-])CVE-\d{4}-\d{4,7}(?![\w-])")
# "Hong Kong Exchanges and Clearing (HKEX)": a name joining two words with "and", whole by its acronym
_ACRONYMED_AND_NAME_RE = re.compile(
    rf"(?<![\w’'-])(?<![A-Z]\. )(?!The )((?:(?:{_AND_COUNTRY_RX}|[A-Z][\w’'-]+) ){{1,4}}and [A-Z][\w’'-]+(?: [A-Z][\w’'.-]+){{0,3}})"
    r" \(([A-Z][A-Za-z]{2,6})\)"
)
# "The Association of British Fund Managers (ABFM)": a body named with "of", whole by its acronym (though
# "Managers" on its own would end no name)
_ACRONYMED_OF_NAME_RE = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w’'-]+ ){1,3}of (?:the )?(?:[A-Z][\w’'-]+ ){0,3}[A-Z][\w’'-]+) \(([A-Z]{3,6})\)"
)
# "the Autorité des marchés financiers (AMF)": a body's name in its own language, where only the first
# word is capitalised, spelled out before its initials
_LOWER_NAMED_BODY_RE = re.compile(r"(?<![\w’'-])([A-ZÀ-Ý][\w’'-]+(?: [a-zà-ÿ][\w’'-]*){2,5}) \(([A-Z]{2,6})\)")
# "the Caisse de dépôt et placement du Québec", "the Autorité des marchés financiers": a French body's name,
# its words after the first in lower case, with or without initials after it
_FRENCH_BODY_RE = re.compile(
    r"(?<![\w’'-])(?:Caisse|Banque|Société|Autorité|Régie|Conseil|Institut|Agence|Office|Fédération|Confédération|"
    r"Mouvement|Fonds|Compagnie|Centre|Chambre|Ministère|Direction|Bourse|Syndicat|Cour|Tribunal|Assemblée|Ordre|"
    r"Observatoire|Commission|Union|Association)"
    r" (?:de|des|du|d[’'])(?: ?[a-zà-ÿœ][a-zà-ÿœ-]*| (?:l[’']|d[’'])[a-zà-ÿœ][a-zà-ÿœ-]*){1,7}"
    r"(?: [A-ZÀ-Ý][\w’'-]+)?"
)
_FRENCH_PARTICLES = frozenset("de des du d’ d' et la le les l’ l' pour sur en à aux au".split())
_SPACED_INITIALS_RE = re.compile(r" \([A-Z][A-Za-z]{1,6}\)")  # (how the three patterns above end)
# (its particles and small words give no initial)
_UNINITIALLED = NAME_PARTICLES | frozenset("des les d of the and et für die und".split())
# "Skyreach III: Ashfall", "Kestrel 2: The Hollow Crown," in a sentence: a sequel and its subtitle, one title
_SEQUEL_TITLE_RE = re.compile(
    r"(?<![\w‘“\"'’])(?!(?:Part|Chapter|Section|Phase|Stage|Season|Episode|Act|Book|Volume|Step|Day|Week|Round|Level)\b)"
    r"[A-Z][a-z][\w-]*(?: [A-Z][\w-]+)? (?:[IVX]{1,4}|[2-9]|1\d): "
    r"(?!(?:This|That|These|Those|It|We|I|He|She|They|Our|My|Your|Its|Their)\b)(?:The |A |An )?[A-Z][\w-]+"
    r"(?: (?:of|the|and|[A-Z][\w-]+)){0,3}(?<! of)(?<! the)(?<! and)(?=,| [a-z])"
)
_SEQUEL_NUMBER_RE = re.compile(r": (?<=[IVX\d]: )")  # (the colon first: the scan finds it fast)
# "the Paris Air Show", "Geneva Motor Show": an event named after its trade, whose last
# word is the everyday "Show"
_TRADE_SHOW_RE = re.compile(
    r"\b(?:[A-Z][\w'’-]+ ){0,2}(?:Air|Motor|Auto|Boat|Trade|Flower|Farm|Agricultural|Fashion|Game|Horse|Dog|Motorcycle)"
    r" Show\b"
)

# "on the Forbes Real-Time Billionaires list": a ranking's name, its plural role word and all
_RANKING_RE = re.compile(r"(?<=\bthe )(?:[A-Z][\w&’'-]*\s+){1,5}(?=(?:list|ranking|rankings)\b)")

# "Pruitt, Hale & Voss LLP": a partnership named for its partners, commas and all
_PARTNERS_FIRM_RE = re.compile(
    r"\b[A-Z][\w’'-]+(?:, [A-Z][\w’'-]+)+,? (?:&|and) [A-Z][\w’'-]+ (?:LLP|LLC|PLLC|P\.C\.|PC)\b"
)
_PARTNERSHIP_FORMS = ("LLP", "LLC", "P.C.", "PC")  # (one in every match)


def _dotted_state(body: str, start: int, end: int) -> bool:
    """"WILMINGTON, Del.": a state's abbreviation with its period, after a city and a comma."""
    return (
        body[start - 2:start] == ", " and body[end:end + 1] == "."
        and body[start:end].lower() in DOTTED_STATE_ABBREVIATIONS
    )


def _acronym_spelled(name: str, acronym: str) -> str | None:
    """The tail of ``name`` whose words' initials open ``acronym`` and give most of its letters:
    "Hong Kong Exchanges and Clearing" for "HKEX", and nothing for "Apple and Google" before "(GOOG)"."""
    words = name.split()
    while words and words[0][0] != acronym[0]:
        words = words[1:]
    initials = "".join(w[0] for w in words if w != "and")
    return " ".join(words) if len(words) >= 3 and _loosely_spelled(initials, acronym.upper()) else None


_LOWER_COINAGE_RE = re.compile(r"(?<![\w@/#.’'-])[a-z][a-z0-9]{2,11}(?![\w@/-])")
# "Smart home startup ambr is shutting down": a company's kind before its name
_COMPANY_KINDS = "startup|start-up|company|firm|maker|brand|retailer"
_MAKER_NOUN_BEFORE_RE = re.compile(rf"\b(?:{_COMPANY_KINDS}|app)\s+$")


# "Quillo, the smart home startup": what a company is called after its name
_COMPANY_NOUNS_RX = rf"(?:{_COMPANY_KINDS}|business|group|developer)"


def _lower_case_brands(body: str) -> dict[str, str]:
    """"ambr", "bitly": a coined name its owner writes in lower case, told from a typo or a code by being
    no word at all, written so three times or more, and named with its kind or capitalised at a sentence's start."""
    counts = Counter(_LOWER_COINAGE_RE.findall(body))
    brands: dict[str, str] = {}
    for word, count in counts.items():
        if count < 3 or zipf(word) > 0 or re.search(rf"\b(?:a|an|the|new)\s+{word}\b", body):
            continue  # ("a periscope lens", "the new periscope": a thing's common name, however rare)
        if re.search(rf"\b[A-Z][\w’'-]+ {word.capitalize()} [A-Z]|\b{word.capitalize()} [A-Z][a-z]+\b(?! [a-z])", body):
            # ("Mwambao Cashew Processors Limited": a word inside another's name is no coined one; nor is
            # "offtake" of the "Offtake Agreement" an announcement defines)
            continue
        introduced = re.search(rf"{_MAKER_NOUN_BEFORE_RE.pattern[:-1]}{word}\b", body) or re.search(
            rf"\b{word.capitalize()},\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}{_COMPANY_NOUNS_RX}\b", body
        )  # "Quillo, the smart home startup best known for ..."
        if introduced or re.search(rf"(?:^|[.!?]\s+){word.capitalize()}\b", body, re.MULTILINE):
            brands[word] = "ORG" if introduced else "PRODUCT"
    return brands


# ("\b[A-Z]{3,5}\b" with its first capital before the look behind: the scan skips all else fast)
_INITIALS_WORD_RE = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{2,4}(?!\w)")
_SPELLED_NAME_RE = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:and|of|for|the|&)\s+)?[A-Z][a-z]+){2,6}")


def _spelled_generic_acronyms(body: str) -> list[str]:
    """"ASIC" beside "the Australian Securities and Investments Commission": a body's initials that are
    also an everyday acronym (a chip is an ASIC too), a name where the text spells them out."""
    acronyms = {
        word for word in _INITIALS_WORD_RE.findall(body)
        if word.lower() in GENERIC_TERMS and word.lower() not in ROLE_WORDS and word.lower() not in WELL_KNOWN_ORGS
    }
    if not acronyms:
        return []
    spelled = set()
    for name in _SPELLED_NAME_RE.finditer(body):
        words = name.group().removeprefix("The ").split()
        if words[-1].lower() in ORG_SUFFIXES and "\n" not in name.group():
            spelled.add("".join(w[0] for w in words if w[0].isupper()))
    return sorted(acronyms & spelled)


def _hinted_finditer(pattern: re.Pattern, hint: re.Pattern, body: str) -> Iterable[re.Match]:
    """``pattern.finditer(body)``, where ``hint`` finds what every match of ``pattern`` holds: a text
    without it is spared the slower scan."""
    return pattern.finditer(body) if hint.search(body) else ()


def _holds_any(body: str, words: tuple[str, ...]) -> bool:
    """One of ``words`` in ``body``: what every match of a slow pattern holds, found far quicker."""
    return any(word in body for word in words)


def _candidates(
    body: str, sentences: Sentences, outlet: str | None = None, works: frozenset[str] = frozenset()
) -> list[_Mention]:
    headings = _heading_ranges(body)
    masked = _masked_spans(body)
    if "“" in body or '"' in body:
        masked = sorted(masked + _work_titles(body))
    if "(" in body:
        masked = sorted(masked + _chart_data_spans(body))
    names = _quoted_names(body)
    for brand, hint in _lower_case_brands(body).items():
        names.setdefault(brand, hint)
    if outlet and outlet.startswith("The ") and outlet not in body and f"the {outlet[4:]}" in body:
        outlet = outlet[4:]  # "told the Kyiv Independent": The Kyiv Independent, its article in lower case
    if outlet and " " in outlet and outlet in body and not re.search(rf"{re.escape(outlet)}\s+[A-Z]", body):
        names[outlet] = "ORG"  # "an analysis ... by The Open Ward": the outlet's name, whole, whatever its words
    elif outlet and " " in outlet and outlet not in body and (
        written := re.search(rf"(?<!\w){re.escape(outlet)}(?!\w)", body, re.IGNORECASE)
    ) and not written.group().isupper():  # (a shouted "PREMIUM TIMES" is a line's capitals, not its spelling)
        names[written.group()] = "ORG"  # "she told Barbados TODAY": the outlet's name, as it spells it itself
    for defined in _DEFINED_LONG_NAME_RE.finditer(body) if " (" in body else ():
        name, initials = defined.group("name"), defined.group("initials")
        words = name.split()
        capitals = [i for i, w in enumerate(words) if w[0].isupper()]
        if len(capitals) >= len(initials):
            # "the Australian Infrastructure Financing Facility for the Pacific (AIFFP)": the initials say
            # where the name ends, past its "for the", and where it starts ("The ..." opening a sentence is not in it)
            kept = words[capitals[len(capitals) - len(initials)]:]
            if "".join(w[0] for w in kept if w[0].isupper()) == initials:
                names[" ".join(kept)] = "ORG"
    institutions = bool(_INSTITUTION_HEAD_RE.search(body))
    for listed in _LISTED_INSTITUTION_RE.finditer(body) if institutions else ():
        names[listed.group()] = "ORG"
    for station in _RADIO_STATION_RE.finditer(body) if " FM" in body else ():
        names[station.group()] = "ORG"  # "Kumasi-based Sunkwa 104.3 FM": a station, by its name and frequency
    for party in _PARTY_OF_THE_RE.finditer(body) if " of the " in body and _holds_any(body, _PARTY_WORDS) else ():
        names[party.group()] = "ORG"  # "the ruling Servant of the People party": a party's name, its "the" too
    for group in _STOPWORD_NAMED_GROUP_RE.finditer(body) if _holds_any(body, _NAMED_GROUP_WORDS) else ():
        names[group.group(1)] = "ORG"
    if " for " in body:
        for body_named in _FOR_NAMED_BODY_RE.finditer(body) if _holds_any(body, _FOR_NAMED_BODY_WORDS) else ():
            names[body_named.group()] = "ORG"
    # (" (HKEX)", " (ABFM)": what the names spelled out before their initials end with)
    bracketed_initials = " (" in body and bool(_SPACED_INITIALS_RE.search(body))
    if " and " in body:
        for body_named in _hinted_finditer(_AND_NAMED_BODY_RE, _AND_NAMED_BODY_HINT_RE, body):
            names[body_named.group()] = "ORG"
        for body_named in _BRACKETED_AND_BODY_RE.finditer(body) if "(" in body else ():
            names[body_named.group()] = "ORG"
        for body_named in _ACRONYMED_AND_NAME_RE.finditer(body) if bracketed_initials else ():
            if name := _acronym_spelled(body_named.group(1), body_named.group(2)):
                names[name] = "ORG"
    for body_named in _ACRONYMED_OF_NAME_RE.finditer(body) if " of " in body and bracketed_initials else ():
        # ("Yesterday Association of ... (ABFM)": the words before the name's own are dropped)
        words = body_named.group(1).split()
        while words and "".join(w[0] for w in words if w not in ("of", "the")) != body_named.group(2):
            words = words[1:]
        if words and words[0] not in ("of", "the"):
            names[" ".join(words)] = "ORG"
    for french in _FRENCH_BODY_RE.finditer(body) if " d" in body else ():
        if name := _french_body_name(french.group()):
            names[name] = "ORG"  # "the Caisse de dépôt et placement du Québec"
    for body_named in _LOWER_NAMED_BODY_RE.finditer(body) if bracketed_initials else ():
        words = body_named.group(1).split()
        initials = "".join(word[0] for word in words if word.lower() not in _UNINITIALLED).upper()
        if initials == body_named.group(2):
            names[body_named.group(1)] = "ORG"
    if " be " in body or " as " in body:
        for new_name in _hinted_finditer(_NEW_COMPANY_NAME_RE, _NEW_COMPANY_NAME_HINT_RE, body):
            names[new_name.group("name")] = "ORG"  # "The new company will be called Meridian Langford"
    for show in _TRADE_SHOW_RE.finditer(body) if " Show" in body else ():
        names[show.group()] = "OTHER"
    for ranking in _RANKING_RE.finditer(body) if " list" in body or " ranking" in body else ():
        if len(ranking.group().split()) > 1:
            names[ranking.group().rstrip()] = "OTHER"
    for work in works:
        title, _, subtitle = work.partition(": ")
        # ("*Lakeshore Ledger*", "*Bloomberg Television*": a paper or channel, also set in italics, is no work)
        if title in body and title.rsplit(" ", 1)[-1].lower() not in _MASTHEAD_TAILS:
            names[title] = "PRODUCT"
        if subtitle:
            # "The Long Exit: A Founder, Two Companies and the Board That Said No": the subtitle names nothing
            masked = sorted(masked + [(m.start(), m.end()) for m in re.finditer(re.escape(subtitle), body)])
    for flaw in _CVE_RE.finditer(body) if "CVE-" in body else ():
        names[flaw.group()] = "OTHER"  # "CVE-2024-31877": a catalogued software flaw
    for case in _CASE_NAME_RE.finditer(body) if "In re " in body else ():
        names[case.group()] = "OTHER"  # "In re Thessaly Biologics Inc. Securities Litigation": a case, whole
    for act in _DATED_ACT_RE.finditer(body) if " Act" in body or ") R" in body else ():
        words = _without_sentence_words(act.group())
        if len(words) >= 3:
            names[" ".join(words)] = "OTHER"  # "the Companies Act 2006": a statute, with its year
            if f"the {words[-1]} Act" in body:
                names[f"{words[-1]} Act"] = "OTHER"  # "section 1157 of the 2006 Act": the same statute
    for case in _hinted_finditer(_PARTIES_CASE_RE, _VERSUS_RE, body) if " v" in body else ():
        named = " ".join(_without_sentence_words(case.group()))
        cited = _CASE_CITATION_AFTER_RE.match(body, case.end())
        alone = body[case.start() - 1:case.start()] in ("", "\n") and body[case.end():case.end() + 1] in ("", "\n")
        if " v" in named and cited and not alone:
            # (a judgment's headline, its case alone, leaves its parties to be named each on its own)
            names[named] = "OTHER"  # "Regal (Hastings) Ltd v Gulliver [1967] 2 AC 134": a case, by its parties
    if " am " in body or " der " in body:
        for town in _TOWN_ON_RIVER_RE.finditer(body):
            names[town.group()] = "PLACE"
    for firm in _PARTNERS_FIRM_RE.finditer(body) if _holds_any(body, _PARTNERSHIP_FORMS) else ():
        names[firm.group()] = "ORG"
    for sequel in _hinted_finditer(_SEQUEL_TITLE_RE, _SEQUEL_NUMBER_RE, body) if ": " in body else ():
        names[sequel.group()] = "PRODUCT"
    if "(" in body or "“" in body or '"' in body or "‘" in body or (
        _holds_any(body, _APPOSED_WORK_WORDS) and _APPOSED_WORK_RE.search(body)
    ) or _holds_any(body, _WORK_KINDS) and _WORK_THEN_KIND_RE.search(body):
        for title in _screen_titles(body):
            names[title] = "PRODUCT"
    for paired in _PAIRED_INSTITUTION_RE.finditer(body) if institutions else ():
        fields = re.split(r" (?:and|&) ", paired.group("fields"))
        if all(field.split()[-1].lower() in _PORTFOLIO_NOUNS or field.endswith("workers") for field in fields):
            name = paired.group()
            state = _PLACE_BEFORE_RE.search(body, max(0, paired.start() - 30), paired.start())
            if state and state.group(1).lower() in PLACES:
                name = state.group(1) + " " + name  # "the Kansas Department of Health and Environment"
            if (country := _OF_COUNTRY_AFTER_RE.match(body, paired.end())) and country.group(1).lower() in COUNTRIES:
                name += country.group()  # "the Ministry of Agrarian Policy and Food of Ukraine"
            names[name] = "ORG"
    for firm in _hinted_finditer(_ADJECTIVE_FIRM_RE, _FIRM_ADJECTIVE_RE, body):
        tail = firm.group("tail").split()
        if tail and tail[-1].lower().rstrip(".") in ORG_SUFFIXES and not (
            # ("Sheboygan Falls High School": a school named for its town, the town's name longer than a word)
            tail[-1] in ("School", "College") or _CAPITAL_WORD_BEFORE_RE.search(body, max(0, firm.start() - 30), firm.start())
        ):
            # "Kim Long Land Corporation" ... "Kim Long raised": the short name keeps its adjective too
            names[firm.group()] = "ORG"
            names[firm.group("short")] = "ORG"
    for firm in _ADJECTIVE_FIRST_FIRM_RE.finditer(body):
        last = firm.group("tail").split()[-1].lower().rstrip(".,")
        if _CAPITAL_WORD_BEFORE_RE.search(body, max(0, firm.start() - 30), firm.start()):
            continue  # "Kim Long Land Corporation": the adjective inside a name, which the rule above reads
        if last in ORG_SUFFIXES and last not in _PUBLIC_BODY_TAILS and last not in PLACE_SUFFIXES:
            # "Open Table Foods" ... "Open Table shares jumped": a firm whose name opens with an everyday adjective
            names[firm.group()] = "ORG"
            names[firm.group("short")] = "ORG"
    for nation in _FIRST_NATION_RE.finditer(body) if "First Nation" in body else ():
        names[nation.group()] = "ORG"  # "Peguis First Nation": an ordinal inside a community's name
    for name, kind in _ODDLY_WRITTEN_NAMES.items():
        if name in body:
            names[name] = kind  # "3M", "Seven & i": well-known names no capitalised run can find
    for acronym in _spelled_generic_acronyms(body):
        names[acronym] = "ORG"
    if ") " in body:
        for family in _FAMILY_BRACKET_RE.finditer(body):
            if family.group(2).lower() in _NOT_MAIDEN_NAMES or family.group(3).lower() in _LEGAL_FORMS or (
                _CAPITAL_WORD_BEFORE_RE.search(body, max(0, family.start() - 30), family.start())
            ):
                continue  # "Mabaso Coal Resources (Pty) Ltd", "Kitahama Electronics (Malaysia) Sdn. Bhd."
            if family.group(2).lower() in FIRST_NAMES:
                masked = sorted([*masked, family.span(3)])  # "Dale (Karen) Vanderslice": his wife; the surname is said
            else:
                names[family.group()] = "PERSON"  # "Clara (Gruenke) Vanderslice": her maiden name, then her married one
    named = _phrase_mentions(body, names) if names else []
    blocked = sorted((m.start, m.end) for m in named)
    # the items of a code host's generated changelog: "* Add native Parquet export by @jkwame in https://..."
    changelog = {item.start(1) for item in _CHANGELOG_ITEM_RE.finditer(body)} if " by @" in body else set()
    mentions: list[_Mention] = list(named)
    for run in _runs(body):
        base = run.start()
        if masked and _overlaps(masked, base, base + 1):
            continue
        # a run that runs into a name found whole ("Dana Whitcombe of Pruitt, Hale & Voss LLP") keeps its other parts
        partly_named = bool(blocked) and _overlaps(blocked, base, run.end())
        parts = _run_parts(run.group())
        for k, part in enumerate(parts):
            # ("Hungarian Minister of Trade Bence Vámosi": the office inside the run, after the minister's country)
            first = base + part[0][0].start
            if len(part[0]) >= 3 and first and (office := _OFFICE_FOR_RE.search(body, max(0, first - 80), first)):
                # ("MEP for Dublin Rónán Kilbride-Foy": the seat is a place of its own)
                seat = bool(_SEAT_FOR_RE.search(office.group())) and " and " not in office.group()
                parts = (*parts[:k], *_office_then_holder(run.group(), parts[k:], seat))
                break
        if parts and parts[0][0][0].start and _MONTH_NAME_RE.match(run.group()):
            parts = _month_first_name(body, base, run.group(), parts)
        for tokens, key in parts:
            part = list(tokens)
            start, end = base + part[0].start, base + part[-1].end
            if partly_named and _overlaps(blocked, start, end):
                continue
            if masked and start != base and _overlaps(masked, start, start + 1):
                continue  # "VLC’s P14-billion bond": a sum inside the run, after the owner's name
            if part[0].text[1:2] == "-" and part[0].text[0] in "DRI" and body[start - 2:start] == ", ":
                # "State Sen. Marguerite Okafor-Dell, D-Port Tamsin,": her party, then her district
                first = part[0]
                part[0] = _Token(first.start + 2, first.end, first.text[2:], first.possessive, first.cut)
                start, key = start + 2, ""
            initial = sentences.is_start(start) or _after_colon(body, start) or (
                # "BELIZE CITY, Thurs. Aug. 7, 2025–The Central Bank ...": a dateline's dash glued to the first word
                start > 1 and body[start - 1] in "–—" and body[start - 2].isdigit()
            )
            if len(part) == 1 and part[0].text in _RITES and _RITE_BEFORE_RE.search(body, max(0, start - 24), start):
                continue  # "A funeral Mass will be celebrated": a rite, capitalised by custom
            if part[0].text == "The" and (initial or len(part) == 1) and (
                " ".join(t.text.lower() for t in part) not in WELL_KNOWN_ORGS  # "The Information reported"
            ):
                part = part[1:]
                if not part or len(part) == 1 and part[0].text.lower() in GENERIC_TERMS or not any(
                    c.isalpha() for t in part for c in t.text
                ):
                    continue  # "The AI infrastructure darling": "AI" named a company only after a name; "The 38 centres"
                start, initial, key = base + part[0].start, False, ""
                if masked and _overlaps(masked, start, start + 1):
                    continue  # "The M40 million loan": a sum after the sentence's "The"
            if changelog and start in changelog and part[0].text.lower() in _CHANGELOG_VERBS:
                # "Bump Kubernetes operator to 0.9.1 by @kelp-bot in https://...": a change's verb, then what it changed
                part = part[1:]
                if not part:
                    continue
                start, initial, key = base + part[0].start, False, ""
            if not initial and start and body[start - 1] in _OPENING_MARKS:
                # A word that opens a quotation is capitalised by position too,
                # unless the quotation is a name being given ('code-named "Quillmere"').
                initial = (start < 2 or not body[start - 2].isalnum()) and not _NAME_GIVEN_RE.search(
                    body, max(0, start - 16), start - 1
                )
            if len(part) > 1 and (glued := _GLUED_AMOUNT_RE.fullmatch(part[-1].text)) and (
                _glued_code(glued.group(1))
            ):
                part = part[:-1]  # "fined Thien Khai VND920 million": the fine is no part of the name
                end, key = base + part[-1].end, ""
            if (
                len(part) > 1 and not part[-1].possessive and body.startswith(", ", end)
                and (legal := _COMMA_LEGAL_FORM_RE.match(body, end))
            ):
                # "Pellucid Diagnostics, Inc.": the legal form after its comma is part of the name as written,
                # though not of its key, which stays the name's own ("Orrin Systems, Inc. (formerly ...")
                part = [*part, _Token(legal.start("form") - base, legal.end("form") - base, legal.group("form"))]
                key = _norm(body[start:end])
                end = legal.end("form")
            if len(part) > 1 and part[-1].text in ("S.à", "S.a") and (sarl := _SARL_TAIL_RE.match(body, end)):
                # "Valmont Depositary S.à r.l.": Luxembourg's private company form, its second half in small letters
                part = [*part[:-1], _Token(part[-1].start, sarl.end() - base, body[base + part[-1].start:sarl.end()])]
                end, key = sarl.end(), _norm(body[start:part[-2].end + base]) if len(part) > 1 else ""
            if len(part) > 2 and part[-1].text.rstrip(".") == "Co" and (kg := _KG_AFTER_RE.match(body, end)):
                # "Gräßle Werkzeugmaschinen GmbH & Co. KG": a German partnership's form, whole
                part = [*part, _Token(kg.start(1) - base, kg.end(1) - base, kg.group(1))]
                end, key = kg.end(1), ""
            if part[-1].text in _YEAR_NAMED_TAILS and start >= 5 and (year := _YEAR_BEFORE_RE.match(body, start - 5)):
                # "the Company’s 2021 Equity Incentive Plan", "its 2030 Plan": the year is the plan's name too
                part = [_Token(year.start() - base, year.start() - base + 4, year.group(1)), *part]
                start, key = year.start(), ""
            if (honorific := _HONORIFIC_TAIL_RE.search(part[-1].text)) and honorific.start() >= 3 and not part[-1].possessive:
                # "Nishiwaki-san": the name, without the respect a Japanese speaker adds to it
                tail = part[-1]
                part = [*part[:-1], _Token(tail.start, tail.start + honorific.start(), tail.text[:honorific.start()])]
                end, key = base + part[-1].end, ""
            if len(part) > 1 and part[-1].text in _STYLES_AFTER_GIVEN_NAMES and not part[-1].possessive and (
                part[-2].text.lower() in FIRST_NAMES or len(part) > 2
            ):
                # "Mehmet Şükrü Bey", "Ayşe Hanım": a Turkish speaker's courtesy after the given names, no part of them
                part = part[:-1]
                end, key = base + part[-1].end, ""
            last = part[-1]
            if (
                end < len(body) and body[end] == "." and not last.possessive
                # "U.S." takes its period; a version ("Apache 2.0.") ends the sentence
                and ("." in last.text and not last.text[0].isdigit() or last.text.lower() in _ABBREVIATED
                     or _dotted_state(body, start, end))
            ):
                end += 1  # the key ignores the period
            heading = bool(headings) and _in_ranges(start, headings)
            mentions.append(
                _Mention(start, end, body[start:end], part, initial, heading, last.possessive, last.cut, key,
                         base=base)
            )
    mentions.sort(key=lambda m: m.start)
    return mentions


_YEAR_NAMED_TAILS = frozenset({"Plan", "Program", "Programme", "Agenda", "Strategy"})
_KG_AFTER_RE = re.compile(r"\.? (KGaA|KG|OHG)\b")
_YEAR_BEFORE_RE = re.compile(r"(?<![\w$€£.,])((?:19|20)\d{2}) ")
_FOUR_DIGIT_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
# (not the "Ltd." of "Kitahama Denki Co., Ltd.": one legal form in two words)
_COMMA_LEGAL_FORM_RE = re.compile(r"(?<!\bCo\.), (?P<form>Inc\.|LLC|L\.L\.C\.|Ltd\.|Corp\.|L\.P\.|LLP|plc|PLC)(?![\w’'])")

# "Mülheim an der Ruhr", "Esslingen am Neckar", "Frankfurt am Main": a German town named with its river
_TOWN_ON_RIVER_RE = re.compile(
    r"\b(?<![’'])[A-ZÄÖÜ][a-zäöüß]{2,}(?:-[A-ZÄÖÜ][a-zäöüß]+)? (?:am|an der|ob der|in der) [A-ZÄÖÜ][a-zäöüß]{2,}\b"
)
_RITES = frozenset({"Mass", "Communion", "Vespers"})
_RITE_BEFORE_RE = re.compile(r"\b(?:a|the|funeral|memorial|requiem|Catholic|Sunday|midnight|daily|Holy)\s+$")
# "said Jun Takahara", "by May Lindqvist": a given name that is also a month's name
_MONTH_NAME_RE = re.compile(r"(?:Jun|June|May|April|August) (?=[A-Z][a-z])")
# ('... you price through?" Jun Tanabe, an analyst': after a quotation, its speaker)
_NAME_EXPECTED_RE = re.compile(r"(?:\b(?:said|says|told|asked|added|by)|,|[?!,.][”\"]) $")


def _month_first_name(body: str, base: int, run: str, parts: tuple) -> tuple:
    """Give the month word back to the name after it, where the text expects a person's name."""
    month = _MONTH_NAME_RE.match(run)
    first_tokens, _ = parts[0]
    if first_tokens[0].start != month.end() or not _NAME_EXPECTED_RE.search(body, max(0, base - 8), base):
        return parts
    if is_everyday_word(first_tokens[0].text):
        return parts  # "by May Day": the month opens a holiday's name, not a person's
    tokens = (_Token(0, month.end() - 1, run[:month.end() - 1]),) + first_tokens
    return ((tokens, _norm(run[:first_tokens[-1].end])),) + parts[1:]


@functools.lru_cache(maxsize=4096)
def _strong_shape(text: str) -> bool:
    """Acronyms, odd casing and version numbers are names wherever they stand."""
    text = text.removeprefix("ʻ")  # ("ʻOku" is capitalised as its first letter, after its ʻokina)
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return True
    if any(ch.isdigit() for ch in text) and letters:
        return True
    return any(ch.isupper() for ch in text[1:])


class _Vocabulary:
    """``word in vocab``: is ``word`` one of the words _LOWER_WORD_RE.findall(body) gives?

    Only a few words are asked about, so each is looked up where it occurs
    instead of splitting the whole body.
    """

    def __init__(self, body: str) -> None:
        self.body = body
        self.answers: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        found = self.answers.get(word)
        if found is None:
            found = self.answers[word] = bool(_LOWER_RUN_RE.fullmatch(word)) and self._occurs(word)
        return found

    def _occurs(self, word: str) -> bool:
        body = self.body
        pos = body.find(word)
        while pos >= 0:
            match = _LOWER_WORD_RE.match(body, pos)
            # "@zuck" and "/zuck" are a handle and a path, not the word in use
            handle = pos and body[pos - 1] in "@/#"
            # "kelp-farm harvests": the first part of a lowercase compound is the word in use too
            used = match and (match.group() == word or match.group().startswith(word + "-"))
            if used and not handle and self._scan_starts_at(pos):
                return True
            pos = body.find(word, pos + 1)
        return False

    def _scan_starts_at(self, pos: int) -> bool:
        """False when findall would be inside an earlier word at ``pos`` ("founder" in "co-founder")."""
        body = self.body
        start = pos
        while start and body[start - 1] in _LOWER_RUN_CHARS:
            start -= 1
        if start == pos:
            return True
        # findall starts afresh at ``start``: nothing before it can belong to a word.
        for match in _LOWER_WORD_RE.finditer(body, start):
            if match.start() == pos:
                return True
            if match.end() > pos:
                return False
        return False


_COURT_RANKS = frozenset("district circuit magistrate bankruptcy appeals superior supreme federal county".split())
# Every word that says a "… Court" is a court of law, not a street
_JUDICIAL_WORDS = _COURT_RANKS | frozenset(
    "high appeal appellate crown magistrates family tax claims criminal civil commercial constitutional "
    "international juvenile probate municipal state european chancery admiralty labour labor trade employment "
    "arbitration local regional provincial cantonal administrative military electoral industrial insolvency "
    "competition arbitral".split()
)
_JUDGE_AFTER_RE = re.compile(r"\s+(?:[Jj]udges?|[Jj]ustices?)\b")


# "Rarieda MP Dorcas Owino": a member's seat before the rank
_SEAT_MEMBER_AFTER_RE = re.compile(r"\s+(?:MP|MLA|MSP|MPP|MNA|TD)\s+[A-Z]")
# A currency's short name in title case, before its sum: "Tk 1,250 crore", "Rs 40 lakh", "Dh1.4 billion"
_TITLED_CURRENCIES = frozenset("Tk Rs Ksh Sh Shs Dh Br".split())  # (those _CURRENCY_CODES does not hold, as it does "Rp")
_DIGIT_AFTER_RE = re.compile(r" ?\d")
_DIGIT_BEFORE_RE = re.compile(r"\d ?$")
_MAGNITUDE_WORDS = frozenset("cr crore crores lakh lakhs mn bn tn".split())
_CURRENCY_NAMES = frozenset(
    "lira liras lire dollar dollars pound pounds euro euros shilling shillings rand naira rupee rupees peso pesos "
    "real reais yen yuan won dinar dinars dirham dirhams riyal riyals ringgit baht rupiah kwacha cedi cedis franc "
    "francs krona kronor krone kroner zloty forint leu lei hryvnia rouble roubles ruble rubles kina toea ngultrum "
    "manat lek tala vatu".split()
)
_PORTFOLIO_LIST_BEFORE_RE = re.compile(
    r"\b(?:Minister|Ministry|Secretary|Secretariat|Department|Commissioner)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*,?\s+){1,4}(?:and\s+)?$"
)
# "State Minister for Finance (General Duties)": the minister's brief within the portfolio, in brackets
_PORTFOLIO_BRIEF_BEFORE_RE = re.compile(r"\bMinister\s+(?:of\s+State\s+)?(?:of|for)\s+(?:[A-Z][\w-]*,?\s+){1,4}\((?:[A-Z][\w-]*\s+){0,2}$")
_ROUTE_NOUN_AFTER_RE = re.compile(r" (?:route|routes|corridor|border|ferry|crossing)\b")
_CURRENCY_WORD_AFTER_RE = re.compile(r" (?:dollars?|yuan|pesos?|rupees?|pounds?|euros?)\b")
_NUMBER_WORD_BEFORE_RE = re.compile(r"(?:\d|\b(?:million|billion|trillion|thousand|hundred|crore|lakh))\s+$")
_CURRENCY_CODES = frozenset(
    "usd eur gbp jpy cny rmb chf cad aud nzd sek nok dkk czk pln huf ron bgn inr krw sgd hkd twd brl mxn "
    "zar rub uah ils aed sar kes ngn egp ghs tzs ugx etb pkr bdt idr vnd thb myr ars clp "
    "qar kwd nis sr rp mnt kzt uzs kgs azn gel byn irr iqd jod omr lkr npr mad tnd dzd xof xaf "
    # (the shekel's "NIS", the rial's "SR", the rupiah's "Rp", the Rwandan franc's French "Frw", Oman's
    # "RO 45 million" and Ghana's "GH¢450 million", whose sign splits off the cedi's "¢")
    "zmw mwk mzn nad bwp rwf frw isk zwg zwl ro gh rm kd bd pgk btn "  # (and the ringgit's "RM 450 mil")
    "lbp ll syp pen rsd bam mkd mdl".split()  # (the Lebanese pound's "LL 90 trillion", as Beirut's papers write it)
)
# Currency codes that are a company's name too: only a sum after them makes them the currency
_CODES_ALSO_NAMES = frozenset({"AMD"})
_GLUED_AMOUNT_RE = re.compile(r"([A-Z](?:[A-Z]{2}|[a-z]{2}))\d[\d,.]*")  # "VND920", "Rwf1.2"


def _glued_code(code: str) -> bool:
    """"VND" of "VND920", "BND" of "BND50 million": a currency's code, in our list or GeoNames'."""
    return code.lower() in _CURRENCY_CODES or code.isupper() and currency_code(code)
# Signs written against an amount that are no ISO code: "SR1.2 billion", "RM450 million", "KSh3 billion", "JD120 million", "Rp4.5 trillion"
# (and Zimbabwe Gold's "ZiG2.4 billion")
_GLUED_SIGN_AMOUNT_RE = re.compile(r"(?:SR|QR|RO|RM|Rs|Rp|JD|KD|BD|Dh|KSh|Shs|Tk|Br|TSh|USh|ZiG|VNĐ|VND)\d[\d,.]*(?:bn|b|mil|m|tn|trn)?")  # ("RM1.2b")
_NAIRA_SUM_AFTER_RE = re.compile(r"\s*(?:million|billion|trillion|bn|m|tn|k)\b|\s+per\b|\s+each\b")
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
    million billion trillion dozen hundreds thousands millions billions dozens""".split()
)
_COUNTED_BEFORE = _NUMBER_WORDS | {"both", "several", "many", "other"}
_LAST_WORD_BEFORE_RE = re.compile(r"(\w+)\s+$")
_LABEL_NUMBER_RE = re.compile(r" \d+[A-Za-z]?\b")
# "Ward 3", "Precinct 12", "Phase 2": a numbered division or step, not a name.
_NUMBERED_HEADS = _LABEL_HEADS | frozenset(
    "ward district precinct zone room floor suite lot unit row plot block sector exit page item question count week "
    "hall gate berth dock pier platform tranche branch".split()
)
_SECTION_NUMBER_RE = re.compile(r"\d+(?:\.\d+)*")
_SEC_FORM_RE = re.compile(r"(?:8-K|10-K|10-Q|6-K|20-F|S-1|F-1|S-4)(?:/A)?")
_FISCAL_PERIOD_RE = re.compile(r"(?:[QH][1-4])?FY\d{2}(?:\d{2})?|[QH][1-4]")
_MONTH_NAME_RX = "|".join(sorted(m for m in MONTHS if len(m) > 3))
_MONTH_RANGE_RE = re.compile(rf"(?i:{_MONTH_NAME_RX})[-–](?i:{_MONTH_NAME_RX})")  # "October-December"
_OFFICE_FIELD_BEFORE_RE = re.compile(
    r"\b(?:Minister|Commissioner|Secretary|Director(?:[- ]General)?|Head|Chief)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'-]+\s+(?:and|&)\s+)?$"
)
_OFFICE_FIELD_ENDS = ("of", "for", "the", "and", "&")  # (how it and _PORTFOLIO_OF_BEFORE_RE end, spaces aside)


def _ends_before(body: str, start: int, span: int, words: tuple[str, ...]) -> bool:
    """Whether the ``span`` characters before ``start``, their trailing spaces dropped, end with one of
    ``words``: what a pattern ending "(?:word|...)\\s+$" needs to be found there, far quicker to test."""
    return body[max(0, start - span):start].rstrip().endswith(words)


_OFFICE_OF_RE = re.compile(r"\b(?:Secretary|Minister|Head|Chief|Council)\s+of\s+$")
# "CGC-25-618204", "SEC-2024-00317": a case or file number, not a name.
_REFERENCE_NUMBER_RE = re.compile(r"[A-Z]{1,6}(?:-[A-Z0-9]*\d[A-Z0-9]*){2,}")
# "a jar of dead AA batteries": a battery's size, not American Airlines.
# Zipf 3 is about once in a million words: "severance", "claimant", "burial" are above it. So are
# surnames ("Reyes", "Walsh"), but those rarely end like a noun made from another word.
_DICTIONARY_ZIPF = 3.0
_DERIVED_NOUN_ENDINGS = ("ance", "ence", "ment", "tion", "sion", "ness", "ity", "ial", "ure", "ism", "ship", "hood")


def _dictionary_noun(low: str) -> bool:
    derived = len(low) >= 6 and low.endswith(_DERIVED_NOUN_ENDINGS) or len(low) >= 8 and low.endswith("ant")
    # "Jurors rejected ...": people named by what they do, in the plural
    agents = (
        len(low) >= 6 and low.endswith(("ors", "ers", "ists", "ians")) and low not in ORG_SUFFIXES  # not "Rovers"
        and zipf(low[:-1]) >= _DICTIONARY_ZIPF
    )
    # "Convoys converged from ...": a plain plural of a common noun
    plural = (
        len(low) >= 5 and low.endswith("s") and not low.endswith("ss") and low not in ORG_SUFFIXES and zipf(low[:-1]) >= 3.5
    )
    return (derived or agents or plural) and zipf(low) >= _DICTIONARY_ZIPF  # "Claimant", not "Bryant"

_EDIT_LABELS = frozenset({"EDIT", "Edit", "UPDATE", "Update", "ETA", "UPD"})
_EDIT_LABEL_RE = re.compile(r"(?:EDIT|Edit|UPDATE|Update|ETA|UPD)(?:\s*\d{1,2})?\s*:")
_UNITS = frozenset("dB Hz kHz MHz GHz mAh Wh kWh MWh GWh TWh kW MW GW fps nm GB TB MB Gbps Mbps MP".split())
_NUMBER_BEFORE_RE = re.compile(r"\d[\d,.]*\s?$")
_BATTERY_SIZES = frozenset({"AA", "AAA"})
_BATTERY_AFTER_RE = re.compile(r"\s+(?:batter(?:y|ies)|cells?)\b")


_VERSION_AFTER_RE = re.compile(r"\s+(?:v?\d+\.\d+\.\d+|v\d+\.\d+)\b")  # "PgBouncer 1.22.1", "Ledger v4.18"
_QUOTE_OPENING_RE = re.compile(r"(?:^|\s)[“\"‘](?:[A-Z][a-z]{0,5}\s)?$")
_CAPS_WORD_RE = re.compile(r"\b[A-Z]{2,}\b")


def _code_keywords(m: _Mention) -> bool:
    """Dictionary words or adverbs in capitals, one of six letters or more, none naming a company: SQL, not a name."""
    keys = [t.text.lower() for t in m.tokens]
    return (
        all(t.text.isalpha() and t.text.isupper() for t in m.tokens)
        and any(len(k) >= 6 for k in keys)
        and all((is_everyday_word(k) or len(k) >= 6 and k.endswith("ly")) and k not in ORG_SUFFIXES for k in keys)
    )


_QA_LABEL_AFTER_RE = re.compile(r"(?: \([^()\n]{1,60}\))?:")


def _shouted(body: str, m: _Mention) -> bool:
    """Capitals beside everyday words in capitals ("OUR", "NOT"): a phrase set in capitals;
    or a transcript's stage direction, "(LAUGHTER)"."""
    if body[m.start - 1:m.start] == "(" and body[m.end:m.end + 1] == ")" and m.text.lower() in STAGE_DIRECTIONS:
        return True
    near = body[max(0, m.start - 25):m.start] + " " + body[m.end:m.end + 25]
    return any(word.lower() in STOPWORDS for word in _CAPS_WORD_RE.findall(near))


# '(the "Transaction")', '(‘Placement’)', '("Ardle" or the "Bank")': a filing's defined terms
_DEFINED_TERM_RE = re.compile(
    r"(?:" + DEFINED_TERM_LEAD + r"|\sor\s+the\s+)[\"“‘']([A-Z][\w ]{1,30}?)[\"”’'](?=\)|\s+or\s+the\s)"
)
# 'persons discharging managerial responsibilities ("PDMRs")': an everyday phrase's initials
_DEFINED_ACRONYM_RE = re.compile(r"\b((?:[a-z][a-z-]+\s+){1,5}[a-z][a-z-]+)\s+\((?:the\s+)?[\"“‘']?([A-Z]{2,8})(s?)[\"”’']?\)")
# (its bracketed initials alone, which a text without any needs no slower search for the phrase before)
_BRACKETED_INITIALS_RE = re.compile(r"\((?:the\s+)?[\"“‘']?[A-Z]{2,8}s?[\"”’']?\)")


# An everyday phrase of three words or more joined by hyphens: "buy-now-pay-later", "over-the-counter"
_LOWER_COMPOUND_RE = re.compile(r"(?<![\w-])[a-z]+(?:-[a-z]+){2,4}(?![\w-])")
# Initials in the plural ("ESOPs", "NBFCs", "SPACs"): a kind of thing there are several of, no one body's name
_PLURAL_INITIALS_RE = re.compile(r"(?<![\w&.-])([A-Z]{3,6})s(?![\w’'-])")


def _defined_terms(body: str) -> frozenset[str]:
    """'(the "Transaction")': a filing's defined term in everyday words, capitalised ever after, and
    the initials a text gives a phrase in lower case ("PDMR", "PDMRs")."""
    terms = set()
    for match in _DEFINED_TERM_RE.finditer(body):
        term = match.group(1)
        if not all(zipf(word) >= 3 for word in term.split()):
            continue
        if re.search(
            rf"(?<![\w-]){re.escape(term)}(?: +[A-Z][\w.,&’'-]*){{2,}}(?:\s*\([^()]{{1,40}}\))*\s*$",
            body[max(0, match.start() - 200):match.start()],
        ):
            # 'Quarry Bend Energy Services, Inc. (“Quarry Bend” or the “Company”)': the company's short name
            # (not "each Placement Share (the “Placement”)": a term defined after another it opens)
            continue
        terms.add(term)
    for phrase, initials, plural in _DEFINED_ACRONYM_RE.findall(body) if _BRACKETED_INITIALS_RE.search(body) else ():
        words = phrase.split()
        for start in range(len(words)):
            if "".join(word[0] for word in words[start:]).upper() == initials:
                terms |= {initials, initials + "s"}
                break
    for initials in _PLURAL_INITIALS_RE.findall(body):
        terms |= {initials, initials + "s"}  # "2.1 lakh ESOPs", "the ESOP policy": a kind of thing, counted
    return frozenset(terms)


def _compound_initials(body: str) -> frozenset[str]:
    """"buy-now-pay-later lenders" ... "BNPL providers": an everyday phrase joined by hyphens, by its
    initials, which name a kind of thing and no one body."""
    initials = {"".join(part[0] for part in phrase.split("-")).upper() for phrase in _LOWER_COMPOUND_RE.findall(body)}
    return frozenset(initials | {f"{letters}s" for letters in initials})


def _written_lower(body: str, m: _Mention) -> bool:
    """Everyday words that the text also writes in lower case: a common noun capitalised by position."""
    low = m.text.lower()
    if not all(is_everyday_word(t.text.lower()) for t in m.tokens):
        return False
    return re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", body) is not None


_NUMBER_LABEL_RE = re.compile(r" Nos?\. ?\d")


_RANK_AND_NAME_AFTER_RE = re.compile(
    r" (?:Chief|Captain|Commissioner|Marshal|Superintendent|Inspector|Director|Sergeant|Lieutenant|Officer|"
    r"Minister|Secretary) [A-Z]"  # "Economy and Finance Minister Jorge Paredes"
    r"| (?:Clerk|Treasurer|Registrar)\b"  # "Helen Marchbank (Parish Clerk)": the office, named or not
)
_KIND_AND_NAME_AFTER_RE = re.compile(r" (?:adviser|advisor|firm|group|maker|company|fund|agency|broker)s? [A-Z]")
_ORDINAL_BEFORE_RE = re.compile(r"\b\d+(?:st|nd|rd|th)\s$")


def _spelled_out(body: str, acronym: str) -> bool:
    """Whether ``body`` writes out a name whose initials are ``acronym`` ("International Maritime Organization")."""
    if not acronym.isalpha():
        return False
    words = r"\s+(?:(?:of|and|for|the|on)\s+)*".join(f"{letter}[a-z]+" for letter in acronym)
    return any(found.group().lower() not in _FORUM_MEANINGS for found in re.finditer(rf"\b{words}\b", body))


_FORUM_MEANINGS = frozenset({"ask me anything", "original poster", "in my opinion", "in my humble opinion", "today i learned"})


_FORUM_TERMS = frozenset({"AMA", "OP", "ELI5", "TIL", "IIRC", "IMO", "IMHO", "TL;DR"})
_GRID_POSITION_RE = re.compile(r"P\d{1,2}")
_PRODUCT_NOUN_AFTER_RE = re.compile(rf"\s+(?:{word_alternation(PRODUCT_NOUNS)})\b")
_EARTH_TERM_RE = re.compile(r" (?:orbits?|observation|imaging|sciences?|day)\b")
_OWNED_NAME_RE = re.compile(r"(?:[’']s)? [A-Z]")
_FILE_NAME_RE = re.compile(r"\w\.(?:md|txt|py|js|ts|json|ya?ml|toml|csv|pdf|docx?|xlsx?|html?|sh|exe|zip)\.?$", re.I)


_LOWER_WORD_AFTER_RE = re.compile(r" (?:[a-z][\w-]*)")


def _place_adjective(key: str) -> bool:
    """"bavarian", "californian", "parisian": a place's name made an adjective."""
    if key.endswith("ian") and key[:-3] in PLACES:
        return True
    return key.endswith("n") and key[:-1] in PLACES and len(key) > 5


# A chamber's own nouns, capitalised by its record's style: "the Bill", "tell the House", "Hon. Members".
_CHAMBER_NOUNS = frozenset("bill house chamber members member opposition government".split())
_CHAMBER_LEAD = r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]on\.)\s+"
_TWO_WORD_LANGUAGES = frozenset({
    "tok pisin", "hiri motu", "bahasa indonesia", "bahasa melayu", "bahasa malaysia", "haitian creole", "solomons pijin",
})
_RANK_OF_RE = re.compile(r"\bSenior\s+Advocates?\s+of\s+$")
_NUMBERED_SPOTS = frozenset("Runway Gate Row Seat Aisle Platform Berth Bay Stand Hangar Lot Floor Room Bed Exit".split())


def _everyday_compound(text: str) -> bool:
    """"At-Large", "Up-To-Date": a compound that opens with a little word and is made of everyday words."""
    parts = text.split("-")
    return (
        len(parts) >= 2 and parts[0].lower() in STOPWORDS and not parts[0].isupper()
        and all(p.isalpha() and is_everyday_word(p) for p in parts)
    )


_COMMON_DEFINED_TERM_RE = re.compile(
    r"\b([a-z][a-z-]+(?: [a-z][a-z-]+){0,3}) \((?:the )?[\"“]?([A-Z][a-z-]+(?: [A-Z][a-z-]+){1,3})[\"”]?\)"
)
_BRACKETED_TERM_RE = re.compile(r"\((?:the )?[\"“]?[A-Z][a-z-]+ [A-Z]")  # (the bracket first: the scan finds it fast)


def _filter(body: str, mentions: list[_Mention]) -> list[_Mention]:
    """Drop words capitalised only by position, in headings, or common nouns."""
    vocab = _Vocabulary(body)
    # "a binding offtake agreement (Offtake Agreement)": an announcement's defined term for a thing it names plainly
    common_terms = {
        term.group(2) for term in _COMMON_DEFINED_TERM_RE.finditer(body) if term.group(1).lower().endswith(term.group(2).lower())
    } if ")" in body and _BRACKETED_TERM_RE.search(body) else set()
    free = [m for m in mentions if not m.initial and not m.heading]
    mid_keys = {m.key for m in free}
    token_counts = Counter(t.key for m in free for t in m.tokens)
    token_keys = set(token_counts)
    multi_parts: set[str] = set()
    multi_firsts: set[str] = set()  # "Anvaya" of "Anvaya Vision" may stand alone; its "Vision" may not
    multi_ends: set[str] = set()  # the first and last words: "Commission" of "Port Hale Harbor Commission"
    for m in mentions:
        if len(m.tokens) > 1 and not m.heading:
            # but a dictionary word opening "the Tin King" may not stand for it ("Tin surged")
            titled = zipf(m.tokens[0].text) >= 3.5 and body.endswith("the ", 0, m.start)
            multi_parts.update(t.key for t in m.tokens[titled:])
            if not titled:
                multi_firsts.add(m.tokens[0].key)
            multi_ends.update((m.tokens[-1].key,) if titled else (m.tokens[0].key, m.tokens[-1].key))
            if len(m.tokens) <= 3 and all(
                t.text.istitle() and t.text.lower() not in ORG_SUFFIXES and not is_everyday_word(t.text) for t in m.tokens
            ):
                multi_firsts.add(m.tokens[-1].key)  # "Lindqvist: ‘...’" over a story naming Stefan Lindqvist
    initial_counts: dict[str, int] = defaultdict(int)
    for m in mentions:
        if m.initial and len(m.tokens) == 1 and body[m.start - 2:m.start] != "| ":
            initial_counts[m.key] += 1  # a table's header cell ("| Gross margin |") is not a second sentence
    kept: list[_Mention] = []
    known: set[str] | None = None
    all_keys = {m.key for m in mentions}
    surnames = {
        m.tokens[-1].key for m in mentions
        if len(m.tokens) in (2, 3) and all(t.text.istitle() for t in m.tokens)
        and m.tokens[-1].key not in ORG_SUFFIXES and m.tokens[-1].key not in PLACE_SUFFIXES
    }
    defined = _defined_terms(body)
    compounded = _compound_initials(body)
    for m in mentions:
        tokens = m.tokens
        if defined and (m.text in defined or any(body[m.start:m.start + len(term)].casefold() == term.casefold() for term in defined)):
            continue  # (and "Ordinary" of "Ordinary Shares")
        if m.text in compounded:
            continue  # "BNPL" after "buy-now-pay-later": a kind of lending, by its initials
        if body.endswith(("] ", "] \n"), max(0, m.start - 8), m.start) and _CITATION_BEFORE_RE.search(
            body, max(0, m.start - 8), m.start
        ) or _CASE_NUMBER_AFTER_RE.match(body, m.end):
            continue  # "[2025] UKSC 24", "Case ID: UKSC 2024/0061": a court's citation and case number
        if len(tokens) == 1 and m.text in ("Act", "Bill", "Regulations", "Rules") and body.endswith("the ", 0, m.start) and (
            f"“the {m.text}”" not in body and f'"the {m.text}"' not in body
        ):
            continue  # "Section 206 of the Act": the statute named before, by its kind (unless defined so: “the Act”)
        if len(tokens) == 2 and f"{tokens[0].key} {tokens[1].key}" in _TWO_WORD_LANGUAGES:
            continue  # "said in Tok Pisin": a language, as "in Bemba" is
        if len(tokens) == 1 and _LETTER_PAIR_RE.fullmatch(m.text):
            continue  # "Change (B-A)": a table's columns by their letters
        if len(tokens) == 1 and _REFERENCE_NUMBER_RE.fullmatch(m.text) and not m.text.startswith("CVE-"):
            continue  # a case or filing's number; a flaw's CVE number is what the security story is about
        if tokens[-1].text.isdigit() and body.startswith("/", m.end) and all(
            zipf(t.text) >= _DICTIONARY_ZIPF for t in tokens[:-1]
        ):
            continue  # "Planning Application 24/01873/OUT": a file's label and reference
        if len(tokens) == 1 and body.startswith("$", m.end) and m.text.isupper() and len(m.text) <= 3:
            continue  # "HK$38 billion", "US$4.9 billion": a dollar's country
        if len(tokens) == 1 and body.endswith(" of ", 0, m.start) and _RANK_OF_RE.search(body, max(0, m.start - 30), m.start):
            continue  # "a Senior Advocate of Nigeria": the country's name inside a lawyer's rank
        if len(tokens) == 1 and tokens[0].key in _CHAMBER_NOUNS and re.search(rf"{_CHAMBER_LEAD}{re.escape(m.text)}\b", body):
            # "the Bill be now read", "Will she tell the House": the chamber's business, no name (and so
            # is "Bill accordingly read a Second time" where the record says "the Bill")
            continue
        if len(tokens) == 2 and tokens[0].text in _NUMBERED_SPOTS and tokens[1].text[0].isdigit():
            continue  # "Runway 31", "Gate B12", "Row 4": a numbered spot, not a name
        if len(tokens) == 1 and "-" in m.text and _everyday_compound(m.text):
            continue  # "Chair Miguel Otero (At-Large)", "In-House": everyday words joined
        if len(tokens) == 1 and _place_adjective(m.key) and _LOWER_WORD_AFTER_RE.match(body, m.end):
            continue  # "the Bavarian supplier", "a Parisian bakery": a place's adjective
        if m.text in _BATTERY_SIZES and _BATTERY_AFTER_RE.match(body, m.end):
            continue
        if len(tokens) == 1 and m.text in _UNITS and _NUMBER_BEFORE_RE.search(body, max(0, m.start - 12), m.start):
            continue  # "4 dB quieter", "the 100-200 Hz band": a unit of measure
        if "_" in m.text or "." in m.text and _FILE_NAME_RE.search(m.text):
            continue  # "Sundew_Backup_v2", "LICENSE.md": a file or folder name, not a name
        if body.startswith("/", m.end) and _SLASHED_INDEX_RE.match(body, m.end):
            continue  # "the S&P/BVL Peru General index": the index's maker, in the index's name
        if tokens[0].key in TIME_ZONE_WORDS and len(tokens) <= 3 and tokens[-1].key in ("standard", "daylight", "time"):
            continue  # "6:14 a.m. Eastern Standard Time": a clock's zone
        if len(tokens) == 1 and _RANK_AND_NAME_AFTER_RE.match(body, m.end) and zipf(m.text) >= _DICTIONARY_ZIPF + 1:
            continue  # "Fire Chief Gordon Pelletier": the service the chief leads, not a name of its own
        if len(tokens) == 1 and m.initial and _KIND_AND_NAME_AFTER_RE.match(body, m.end) and zipf(m.text.lower()) >= 3:
            continue  # "Proxy adviser Stanmore Proxy Advisors": the kind of firm, before its name
        if len(tokens) == 1 and m.text.lower() in PLACE_SUFFIXES and _ORDINAL_BEFORE_RE.search(body, max(0, m.start - 8), m.start):
            continue  # "on 18th Street": a numbered street is an address; its "Street" names nothing
        if (
            body.startswith((" No", " Nos"), m.end) and _NUMBER_LABEL_RE.match(body, m.end)
            or tokens[-1].text in ("No", "Nos") and _NUMBER_LABEL_RE.match(body, m.end - len(tokens[-1].text) - 1)
        ):
            continue  # "Case No. 2:24-cv-01187", "U.S. Patent Nos. 10,882,417": a label before its number
        if m.initial and tokens[0].text in _EDIT_LABELS and _EDIT_LABEL_RE.match(body, m.start):
            continue  # "EDIT 2: This blew up.": a post's own edit note
        if len(tokens) == 1 and (
            tokens[0].key in _NUMBER_WORDS
            or tokens[0].key in _NUMBERED_HEADS and _LABEL_NUMBER_RE.match(body, m.end)
            or tokens[0].text == "ID" and _LABEL_NUMBER_RE.match(body, m.end)  # "using conference ID 7294156"
            # "(Registration number 2004/018263/06)": a register's label over its number
            or tokens[0].text == "Registration" and body.startswith((" number", " no.", " No."), m.end)
        ) or len(tokens) == 2 and tokens[0].key in _NUMBERED_HEADS and _SECTION_NUMBER_RE.fullmatch(tokens[1].text) or (
            len(tokens) == 2 and tokens[0].text == "Form" and _SEC_FORM_RE.fullmatch(tokens[1].text)
        ) or len(tokens) == 1 and _SEC_FORM_RE.fullmatch(tokens[0].text) and (
            tokens[0].text[0].isdigit()
            or body[max(0, m.start - 6):m.start].lower().endswith(("the ", "its ", "an ", "their ", "his ", "her "))
        ):
            # "Nineteen hundred, no", "Exhibit 114", "Item 7.3", "Form 8-K", "our latest 10-Q": a number and a
            # numbered label, or a filing's form
            continue
        if len(tokens) == 1 and (_MONTH_RANGE_RE.fullmatch(m.text) or _FISCAL_PERIOD_RE.fullmatch(m.text)):
            continue  # "the October-December quarter", "FY24", "Q3FY25": a span of months
        if m.start in (0, body.find("\n\n") + 2) and len(tokens) == 1 and m.text.isalpha() and m.text.isupper() and len(m.text) >= 4 and (
            _LOWER_WORD_AFTER_RE.match(body, m.end) and body.count(m.text) == 1
        ):
            # "BAUXITE haulage and logistics company …": the lede's first word set in capitals, as some papers do
            # (the lede opens the text, or follows the headline read with it)
            continue
        if m.text in ("Market", "Board") and body.endswith(("Main ", "Junior ", "Growth "), 0, m.start):
            continue  # "the JSE Main Market": an exchange's board, not a name of its own
        if m.text in common_terms:
            continue
        if len(tokens) == 1 and m.text[-1:] == "s" and (
            m.text[:-1].lower() in FIRST_NAMES or re.search(rf"\b{re.escape(m.text[:-1])} [A-Z]", body)
        ) and (
            (before := _LAST_WORD_BEFORE_RE.search(body, max(0, m.start - 12), m.start)) and before.group(1).lower() in _COUNTED_BEFORE
        ):
            continue  # "two Amits in one company": people who share a first name, counted, no one's name
        if len(tokens) > 1 and tokens[-1].key in ("meeting", "meetings") and all(zipf(t.text.lower()) >= 3.5 for t in tokens):
            continue  # "the Annual General Meeting": a kind of meeting every company holds, no name of its own
        if m.text == "Kingdom" and body.endswith("the ", 0, m.start):
            continue  # "the Kingdom’s ability": the country the story is in, called by its form of state
        if m.text in ("State", "Staff") and _OFFICE_OF_RE.search(body, max(0, m.start - 16), m.start):
            continue  # "the Secretary of State", "Chief of Staff": an office, not a state or a firm's staff
        if all(t.key in _OFFICE_FIELDS or t.key in _RESOURCE_WORDS or is_everyday_word(t.key) for t in tokens) and _ends_before(
            body, m.start, 60, _OFFICE_FIELD_ENDS
        ) and _OFFICE_FIELD_BEFORE_RE.search(body, max(0, m.start - 60), m.start):
            # "Director General of Mineral and Coal", "Commissioner for Investment and Logistics": an office's fields
            continue
        if tokens[0].text.lower() in _CURRENCY_CODES and (
            tokens[0].text.isupper() or len(tokens) > 1 or _DIGIT_AFTER_RE.match(body, m.end)
        ) and all(_SUM_RE.fullmatch(t.text) for t in tokens[1:]):
            continue  # "CZK 2.4 billion", "EUR", "Rwf 6,000", "Shs 57b": an amount's currency
        if tokens[0].text.isupper() and len(tokens[0].text) == 3 and all(_SUM_RE.fullmatch(t.text) for t in tokens[1:]) and (
            len(tokens) > 1 or _DIGIT_AFTER_RE.match(body, m.end)
        ) and currency_code(tokens[0].text):
            continue  # "WST 12 million", "LSL 45 million": any country's currency code before a sum
        if len(tokens) == 1 and tokens[0].text in _CODES_ALSO_NAMES and _DIGIT_AFTER_RE.match(body, m.end):
            continue  # "AMD 4.5 billion": Armenia's dram, not the chipmaker, before a sum
        if tokens[0].key in _MAGNITUDE_WORDS and _DIGIT_BEFORE_RE.search(body, max(0, m.start - 4), m.start):
            continue  # "INR 1,200 Cr", "$142 Mn", "2.1 Lakh ESOPs": how big the sum before it is
        if tokens[0].text in _TITLED_CURRENCIES and all(_SUM_RE.fullmatch(t.text) for t in tokens[1:]) and (
            len(tokens) > 1 or _DIGIT_AFTER_RE.match(body, m.end)
        ):
            continue  # "Tk 1,250 crore", "Rs 40 lakh", "Dh1.4 billion": a currency's short name before the sum
        if len(tokens) == 2 and tokens[1].key in _CURRENCY_NAMES and _NUMBER_WORD_BEFORE_RE.search(body, max(0, m.start - 12), m.start):
            continue  # "18 billion Turkish Liras": an amount's currency, named in full
        if body.startswith(")", m.end) and _PORTFOLIO_BRIEF_BEFORE_RE.search(body, max(0, m.start - 60), m.start):
            continue  # "State Minister for Finance (General Duties)": a minister's brief, no body of its own
        if (len(tokens) == 1 and m.key in _PORTFOLIO_NOUNS or len(tokens) == 2 and tokens[1].key in _PORTFOLIO_NOUNS) and (
            _PORTFOLIO_LIST_BEFORE_RE.search(body, max(0, m.start - 80), m.start)
        ):
            # "Minister of Livestock, Agriculture and Fisheries", "Minister for Energy, Water Resources and
            # Irrigation": the rest of the portfolio, no body of its own
            continue
        if "-" in m.text and len(tokens) == 1 and _ROUTE_NOUN_AFTER_RE.match(body, m.end) and all(
            part.istitle() for part in m.text.split("-")
        ):
            continue  # "the Cebu-Bohol route": a route between two places, named by both
        if _CURRENCY_WORD_AFTER_RE.match(body, m.end) and _NUMBER_WORD_BEFORE_RE.search(body, max(0, m.start - 12), m.start):
            continue  # "about 810 million U.S. dollars", "5 billion Hong Kong dollars": the currency, not the country
        if len(tokens) == 1 and (
            (glued := _GLUED_AMOUNT_RE.fullmatch(m.text)) and _glued_code(glued.group(1))
            or _GLUED_SIGN_AMOUNT_RE.fullmatch(m.text)
            # ("N825 per litre", "N1.2 trillion": Nigeria's naira, its sign written as an N; not "N95 masks")
            or m.text[0] == "N" and m.text[1:2].isdigit() and _NAIRA_SUM_AFTER_RE.match(body, m.end) is not None
        ):
            continue  # "VND12.4 trillion", "VND500 million": the code written against the amount
        if len(tokens) > 1 and tokens[-1].key not in _DOCUMENT_TAILS and not _quoted_work(body, m) and _QUOTE_OPENING_RE.search(
            body, max(0, m.start - 8), m.start
        ) and all(
            token_counts[t.key] <= 1 and (zipf(t.text) >= 3.5 or is_everyday_word(t.text)) for t in tokens
        ):
            continue  # 'it said “All Systems Operational,”': a quoted phrase in title case, not a name
        if (m.heading or m.initial) and len(tokens) > 3 and m.key not in mid_keys and len(
            names := _names_in_heading(body, m, all_keys)
        ) > 1:
            kept.extend(names)  # a Title Case headline's "Joris van Aalst Exits Maison Ravelle": two names, a verb
            continue
        if (m.initial or m.heading) and len(tokens) > 1 and m.key not in mid_keys and _written_lower(body, m):
            continue  # "Data Center? Not Here." on a sign, where the story writes "data center"
        if m.initial and len(tokens) > 1 and m.key not in mid_keys and m.text.lower() not in WELL_KNOWN_ORGS:
            first = tokens[0].text
            low = first.lower()
            descriptor = (low in ORG_NOUNS or low in PRODUCT_NOUNS) and low not in ORG_SUFFIXES or (
                # a job word, not a brand named elsewhere that ends like one ("Vantor X9 ...")
                _occupation_before_name(low, tokens) and tokens[0].key not in token_keys
            )
            # "Wall Street", "Main Street": a place suffix keeps the everyday word before it
            # and "Westerly Ventures", "Summit Partners": a legal or firm suffix keeps it too
            place_pair = len(tokens) == 2 and low not in SENTENCE_OPENERS and (
                tokens[1].text.lower() in PLACE_SUFFIXES or tokens[1].text.lower().rstrip(".") in ORG_SUFFIXES
            )
            # "New Jersey Attorney General ...": a known place keeps its first word
            place_pair = place_pair or f"{low} {tokens[1].text.lower()}" in PLACES
            # ("Port Vila kava exporter ...", "Port Moresby firms": a town GeoNames knows by both words)
            place_pair = place_pair or len(tokens) == 2 and known_town(f"{low} {tokens[1].text.lower()}")
            # 'weighs the "Easy Exit Act,"': capitalised by the quote mark, and a bill's name whole
            place_pair = place_pair or tokens[-1].text.lower() in _DOCUMENT_TAILS and _opened_by_quote(body, m.start)
            # "Fair Grid Europe, a Brussels-based consumer group, said": a name introduced by what it is
            place_pair = place_pair or low not in SENTENCE_OPENERS and _introduced_as_org(body, m.end)
            # "Grant Tillotson, managing partner at Halvorsen, said": a person introduced by the job
            place_pair = place_pair or len(tokens) == 2 and low not in SENTENCE_OPENERS and bool(
                _ROLE_APPOSITIVE_RE.match(body, m.end)
            )
            # "United Workers Union early education director ...": a body's own first word, opening the sentence
            place_pair = place_pair or len(tokens) >= 3 and low in _BODY_LEADS and (
                tokens[-1].text.lower().rstrip(".") in ORG_SUFFIXES
            )
            # "Consumer Voice Kenya secretary-general Amos Barasa": a body named for its country, then its officer
            officered = len(tokens) >= 3 and low not in SENTENCE_OPENERS and tokens[-1].key in PLACES and bool(
                _BODY_OFFICER_AFTER_RE.match(body, m.end)
            )
            place_pair, descriptor = place_pair or officered, descriptor and not officered
            # "Health Canada ordered the recall": a national body named for its field, opening the sentence
            place_pair = place_pair or len(tokens) == 2 and _national_body(tokens)
            # "Lady Ormond, dissenting, ...": a justice or a peer known by title and name alone
            place_pair = place_pair or len(tokens) == 2 and low in ("lord", "lady") and tokens[1].key not in FIRST_NAMES
            # "Scottish Labour's spokesman": a party's national wing keeps its nation
            place_pair = place_pair or len(tokens) == 2 and low in NATIONALITIES and tokens[1].key in POLITICAL_PARTIES
            # "Park Seo-yeon, the firm's sales manager, ...": a family name, then a hyphenated given name
            place_pair = place_pair or len(tokens) == 2 and bool(_GIVEN_NAME_RE.fullmatch(tokens[1].text))
            # "Van der Westhuizen said", "Du Preez added": a surname's particle, capitalised to open the sentence
            place_pair = place_pair or low in _SURNAME_PARTICLES and tokens[1].text[:1].isupper() or (
                low in _SURNAME_PARTICLES and tokens[1].key in _SURNAME_PARTICLES and len(tokens) > 2
            )
            if body.startswith(" (", m.end) and _initials_after(body, m):
                pass  # "Game Workers Solidarity Montréal (GWSM)": the initials in brackets keep the first word
            elif low in SENTENCE_OPENERS or descriptor or not place_pair and (
                low not in FIRST_NAMES
                and first.istitle()
                and tokens[0].key not in token_keys
                # ("China Hengtong Bank ...": a country's name, though "china" is a dish too)
                and (low.endswith("ly") or low in vocab or is_everyday_word(low) and low not in WELL_KNOWN_ORGS and low not in COUNTRIES)
            ):
                if not any(c.isalpha() for t in tokens[1:] for c in t.text):
                    continue  # "Day 31" is not a name once "Day" goes
                m = _retoken(body, m, tokens[1:], initial=False)
                tokens = m.tokens
        if m.heading and m.key not in mid_keys and not _CARD_DEGREE_AFTER_RE.match(body, m.end):
            if known is None:
                known = token_keys | multi_parts
            m = _trim_heading(body, m, known)
            if m is None or not any(c.isalpha() for c in m.text):
                continue
            tokens = m.tokens
        if len(tokens) == 2 and tokens[0].text == "The" and tokens[1].key in _OWN_BODIES:
            continue  # "The Board has considered ...": the company's own board, as its release calls it
        if tokens[-1].text.lower() in _COURT_RANKS and (judge := _JUDGE_AFTER_RE.match(body, m.end)) and not (
            tokens[-1].text == "County" and len(tokens) > 1 and not body[judge.end():judge.end() + 2].strip()[:1].isupper()
        ):
            # "U.S. District Judge Maria Alvarez": the judge's rank, not a name; but "a Merrow County judge
            # to rule" names the county
            continue
        if len(tokens) == 1 and m.start >= 2 and (
            body[m.start - 2] == "," or body.endswith("Co. ", 0, m.start)
        ) and _LEGAL_FORM_RE.fullmatch(m.text):
            continue  # the "Ltd." of "Kurobane Seiki Co., Ltd." and of "Zhongrun Holdings Co. Ltd.": the rest of a legal form
        if len(tokens) == 1 and m.text in ("KG", "KGaA", "OHG") and body.endswith(("Co. ", "Co "), 0, m.start):
            continue  # the "KG" of "GmbH & Co. KG", read with the name before it
        if len(tokens) == 1 and tokens[0].key.rstrip(".") in _LONE_LEGAL_FORMS:
            continue  # '"Erdenes Mongol" LLC': the form after a quoted name names nothing on its own
        if (
            len(tokens) == 1 and m.text.lower() in _LEGAL_FORMS and not is_everyday_word(m.text)
            and _THE_BEFORE_RE.search(body, max(0, m.start - 4), m.start)
        ):
            continue  # "The SAS, founded by two researchers": the company's legal form standing for it
        if tokens[-1].text.lower() in _PARTY_MEMBERS and (
            len(tokens) == 1 or " ".join(t.text.lower() for t in tokens[:-1]) in PLACES
        ):
            continue  # "the Oregon Democrat who wrote the bill": a description, not a name
        if m.possessive and _EPONYM_RE.match(body, m.end):
            continue  # "Parkinson's disease": a condition named after a doctor
        if len(m.text) >= 6 and m.text.isupper() and _code_keywords(m):
            continue  # "CREATE INDEX CONCURRENTLY": a query's keywords, not acronyms
        if _REGISTRATION_RE.fullmatch(m.text) and _REGISTERED_BEFORE_RE.search(body, max(0, m.start - 30), m.start):
            continue  # "registered LN-SKQ": an aircraft's registration mark, not a name
        if _ZONING_CODE_RE.fullmatch(m.text) and _ZONING_BEFORE_RE.search(body, max(0, m.start - 100), m.start):
            continue  # "rezone three parcels from RM-2 to RM-4": a zoning district's code
        if m.text in _FAMILY_ADDRESS:
            continue  # "Grandpa bought it used", "Dad is 81": a relative called by the family's word for them
        if m.text in _FORUM_TERMS and not _spelled_out(body, m.text):
            # "(OP)", "AMA!": a forum's words for the poster and the thread, in capitals (but "the IMO" after
            # "the International Maritime Organization")
            continue
        if (
            len(tokens) == 1 and m.key.endswith("s") and m.key[:-1] in surnames
            and body[max(0, m.start - 4):m.start] in ("the ", "The ")
        ):
            continue  # "The Halvorsens, who have run the hill since 1964": a family, by its name
        if m.text.replace(".", "").upper() in _CREDENTIALS and body[max(0, m.start - 2):m.start] == ", ":
            continue  # "Dr. Helena Marchetti-Rowe, M.D., Ph.D.,": her degrees
        if len(tokens) == 1 and m.key not in PLACES and (
            _ends_before(body, m.start, 24, ("of",)) and _PROFESSOR_OF_RE.search(body, max(0, m.start - 24), m.start)
            or _MEDICAL_FIELD_RE.fullmatch(m.text) and _CHIEF_OF_RE.search(body, max(0, m.start - 24), m.start)
        ):
            continue  # "Professor of Nephrology at Northgate University": her field
        if m.text == "Treasury" and _SECURITY_AFTER_RE.match(body, m.end):
            continue  # "the 10-year Treasury yield", "Treasury bills": a government's debt, not its ministry
        if len(tokens) == 1 and _ends_before(body, m.start, 40, ("of",)) and _PEERAGE_OF_RE.search(body, max(0, m.start - 40), m.start):
            continue  # "Lord Fenwick of Tarrant": the place in a peer's title names no place in the story
        if len(tokens) == 1 and m.key in _PORTFOLIO_NOUNS and _PORTFOLIO_PAIR_RE.match(body, m.end):
            continue  # "Energy and Mineral Resources Minister ...": the first half of a portfolio
        if len(tokens) == 1 and _RATING_GRADE_RE.fullmatch(m.text) and _RATING_MOVE_RE.search(
            body, max(0, m.start - 80), m.start
        ):
            continue  # "cut Qingrui to C from CCC-": a credit grade
        if len(tokens) == 1 and _GRID_POSITION_RE.fullmatch(m.text) and not _PRODUCT_NOUN_AFTER_RE.match(body, m.end):
            continue  # "We were P3 in the constructors' championship": a place on the grid
        if m.text == "Earth" and _EARTH_TERM_RE.match(body, m.end):
            continue  # "low Earth orbit", "Earth observation": a term of the trade, not a place in the story
        if (len(tokens) == 1 or len(tokens) <= 3 and tokens[-1].key in _PORTFOLIO_NOUNS) and _ends_before(
            body, m.start, 50, _OFFICE_FIELD_ENDS
        ) and _PORTFOLIO_OF_BEFORE_RE.search(body, max(0, m.start - 50), m.start):
            # "Keo Rathanak, Minister of Commerce", "the Minister of Economic Affairs and Communications": the
            # minister's portfolio, no body of its own
            continue
        if len(tokens) == 2 and tokens[0].key in _PROVISION_WORDS and tokens[1].text.isdigit():
            continue  # "in breach of Principle 1 of the Statements of Principle": a numbered provision of a code
        if (tokens[-1].key in _NUMBERED_ACTS and _ACT_NUMBER_AFTER_RE.match(body, m.end)) or len(tokens) > 1 and (
            tokens[-1].text.isdigit() and tokens[-2].key in _NUMBERED_ACTS
        ):
            continue  # "Intermediate Circular 742", "Decree 14": a regulator's numbered act, a document and no body
        if len(tokens) == 1:
            text = tokens[0].text
            low = text.lower()
            if m.initial or m.heading:
                if m.cut and m.key not in mid_keys and is_everyday_word(low) and low not in FIRST_NAMES:
                    continue  # "Court-appointed administrator ...": a compound capitalised by position
                if low.endswith("ing") and m.key not in mid_keys and zipf(low) >= 2.5 and low not in FIRST_NAMES:
                    continue  # "Departing employees will receive ...": a participle opening the sentence
                if not (
                    m.key in mid_keys
                    or body.startswith(" (", m.end) and _ITEM_LEAD_RE.match(body, m.end)
                    or m.key in _name_parts_allowed(m.heading, is_everyday_word(low), multi_firsts, multi_ends, multi_parts)
                    and not (m.initial and is_everyday_word(low) and _trade_word(low))
                    # "Farmers face a $2.1 billion hit" beside "Federated Farmers": the plain plural, not the body
                    and not (m.initial and len(low) > 4 and low.endswith("s") and zipf(low[:-1]) >= 3.5)
                    # ("Marketers under the ... association welcomed the cut": the trade's people, in the plural)
                    and not (m.initial and low.endswith("ers") and zipf(low) >= 3 and m.key not in multi_firsts and m.key not in multi_ends)
                    # "Textile exporters threatened ..." beside "Pakistan Textile Exporters Council": a word
                    # from inside a name, opening a sentence as the word it is
                    and not (m.initial and zipf(low) >= 3.5 and m.key not in multi_firsts and m.key not in multi_ends)
                    # "Depositors are far from convinced" beside "the United Depositors Coalition" and "asking depositors":
                    # a plural the story also writes in lower case
                    and not (m.initial and low.endswith("s") and low in vocab and m.key not in multi_firsts)
                    or _strong_shape(text)
                    or low in PLACES
                    or low in WELL_KNOWN_ORGS
                    # "Tessaract’s Vireo X3 is ...": the maker of a thing named next
                    or m.possessive and low not in vocab and not is_everyday_word(low) and _OWNED_NAME_RE.match(body, m.end)
                    or not (low in SENTENCE_OPENERS or low.endswith("ly") or low in vocab) and (
                        # ("Exporters say ...", "Exporters must keep clean books": the trade, twice)
                        _everyday_word_named(body, m) if (is_everyday_word(low) or is_agent_plural(low)) and low not in FIRST_NAMES
                        else initial_counts[m.key] >= 2
                        # "Severance was two weeks", "Burial will follow": a dictionary noun needs more than a verb
                        # ("Sponsor director Mian Tanveer Ashraf": a common word before a job, his kind of director)
                        or _name_cue_follows(
                            body, m.end, verbs=low in FIRST_NAMES or not _dictionary_noun(low) and zipf(low) < 4.0
                        )
                    )
                ):
                    continue
            elif low in SENTENCE_OPENERS and low in vocab:
                continue
            if len(text) > 4 and low.endswith(("ean", "ian", "ese")) and _REGION_NOUN_AFTER_RE.match(body, m.end):
                continue  # "the Andean nation", "the Baltic region": an adjective for a country
            if len(m.tokens) == 1 and _city_adjective(body, m):
                continue  # "the Milanese journalist": of a city the story names
            # ("Seychellois savers", "Caymanian firms", "Lao companies": a word for a country's people and
            # things, made from its name)
            if low in NATIONALITIES or _season_or_zone(body, m, low) or _nationality_pair(low) or demonym(low) or (
                low.endswith("s") and (low[:-1] in NATIONALITIES or not country_name(low) and demonym(low[:-1]))  # "most Kenyans"
            ):
                continue
            if low in _DOTTED_STYLES and body.startswith(". ", m.end) and body[m.end + 2:m.end + 3].isupper():
                continue  # "Eng. Hamad said": the engineer's style before his name, no name itself
            if low in _LAW_KINDS and _LAW_DETERMINER_RE.search(body, max(0, m.start - 7), m.start):
                # "section 56 of the Act": the law the text defined as "the Act", called by its kind; "its Treaty
                # settlement": the treaty the reader knows, by its kind
                continue
            if text.isupper() and _CODE_BEFORE_RE.search(body, max(0, m.start - 16), m.start):
                continue  # "3 months of Pro for free with code HUNT3": a promo code, typed in, no name
            if body.endswith("so-called ", max(0, m.start - 10), m.start) and _NAMED_RULE_AFTER_RE.match(body, m.end):
                continue  # "the so-called Renault law": a law named after the carmaker, not the carmaker
            if low in _FAITHS and _FAITH_NOUN_AFTER_RE.match(body, m.end) and body[max(0, m.start - 4):m.start] in ("the ", "The ", " a "):
                continue  # "the Christian union ACV", "a Catholic school": a faith's adjective, not Christian Dior
            if len(text) >= 3 and text.isupper() and _shouted(body, m):
                continue  # a banner reading 'OUR CLUB, NOT YOUR PORTFOLIO': words in capitals, not acronyms
            if low in STAGE_DIRECTIONS and body[m.start - 1:m.start] in ("(", "[") and body[m.end:m.end + 1] in (")", "]"):
                continue  # "[Inaudible]", "(Laughter)": a transcript's stage direction
            if low == "zoom" and body.startswith((" in:", " out:"), m.end):
                continue  # Axios's "Zoom in:" label over a paragraph
            if low in ("question", "answer") and _QA_LABEL_AFTER_RE.match(body, m.end):
                continue  # "Question (Reuters):": a transcript's turn label, naming nobody
            if low in _OWN_BODIES and body[max(0, m.start - 4):m.start] in ("The ", "the "):
                continue  # "The Board has considered ...": the company's own board, as its release calls it
            if (low in ORG_NOUNS or low in ROLE_WORDS) and text.istitle():
                continue  # 'the "Company"' of a press release, "Chief": descriptions, not names
            if low.endswith(("-designate", "-elect")) and low.rsplit("-", 1)[0] in ROLE_WORDS:
                continue  # "starts as CEO-designate": a post about to be filled
            if low in _DEPARTMENTS and _DEPARTMENT_OF_RE.search(body, max(0, m.start - 40), m.start):
                continue  # "VP of Engineering": a department in a job title
            if not m.possessive and (family := _FAMILY_RE.match(body, m.end)) and _THE_BEFORE_RE.search(
                body, max(0, m.start - 4), m.start
            ) and not _WELCOMED_TO_RE.search(body, max(0, m.start - 100), m.start):
                m = _family(body, m, family)
            if "-" in text and (pair := _known_pair(body, m, token_keys | multi_parts)):
                kept.extend(pair)  # "the Cordillera-Ocotlán combination": both companies named
                continue
        kept.append(m)
    keys = {m.key for m in kept}
    derived = [m for m in kept if _derived_word(m, keys)]
    if not derived:
        return kept
    described = {m.key for m in derived if _described_as_thing(body, m)}
    dropped = {id(m) for m in derived if m.key not in described}
    return [m for m in kept if id(m) not in dropped]


_FAMILY_RE = re.compile(r"\s(family|dynasty|clan)\b")
# "Thrilled to welcome Kelvara ... to the Brightpath family": a buyer's way of naming itself
_WELCOMED_TO_RE = re.compile(r"\bwelcom\w*\b[^.!?]{0,80}\bto\s+the\s+$", re.IGNORECASE)
# "Anders Feldt · 3rd+" over his comment: a member's card, which names a person
# (a launch page's "Maya Lindqvist · Maker", a commenter's "Ilse van Rooijen @ilsevr": the card's name, whole)
_CARD_DEGREE_AFTER_RE = re.compile(rf"(?: [·•] (?:1st|2nd|3rd\+?|{MAKER_ROLES_RX})| @[\w.]{{1,30}})(?=\n|$)")
_INDEX_AFTER_RE = re.compile(r" ind(?:ex|ices|exes)\b(?![’'-])")
_SLASHED_INDEX_RE = re.compile(r"/[A-Z][\w&]*(?: [A-Z][\w&-]*){0,4} ind(?:ex|ices)\b")
_REGION_NOUN_AFTER_RE = re.compile(r" (?:nation|country|state|region|economy|republic|neighbou?r)s?\b")
_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s$")


def _family(body: str, m: _Mention, family: re.Match) -> _Mention:
    """"the Hurst family": the family is the name, not a person called Hurst."""
    word = _Token(family.start(1) - m.base, family.end(1) - m.base, family.group(1))
    tokens = [*m.tokens, word]
    return _Mention(m.start, family.end(1), body[m.start:family.end(1)], tokens, m.initial, m.heading,
                    False, "", hint="OTHER", base=m.base)


# "Owain Rees, Chief Executive Officer, " before his bank: a name, then the office he holds there
_NAME_ROLE_COMMA_RE = re.compile(r"\b[A-Z][\w’'-]+ [A-Z][\w’'-]+(?: [A-Z]{2,4})?, (?:[A-Z][\w-]*(?: of| and| &)? ){0,3}[A-Z][\w-]*, $")
_POST_AFTER_RE = re.compile(r" (?:post|posts|video|reel|story|stories|live|thread|update)\b")
_PARTY_MEMBERS = frozenset("democrat democrats republican republicans".split())


def _opened_by_quote(body: str, start: int) -> bool:
    """A capital right after an opening quote mark inside a sentence ('weighs the "Easy Exit Act"')."""
    return start >= 3 and body[start - 1] in "\"“‘" and body[start - 2] == " " and body[start - 3] not in ".!?:"


_LEGAL_FORM_RE = re.compile(r"(?:Ltd|Inc|LLC|LLP|PLC|Corp|Co|GmbH|AG|SA|K\.K|Pty)\.?")
_EPONYM_RE = re.compile(r"[’']s (?:disease|syndrome|palsy)\b")
_DEPARTMENTS = frozenset(
    """engineering product marketing sales operations finance research design growth people
    communications partnerships policy infrastructure security data platform strategy""".split()
)
_JOB_RX = word_alternation(ROLE_WORDS | {"lead", "svp", "evp"})
# "head of global sourcing at ": the words before an employer, past _prev_words' three
_ROLE_APPOSITIVE_RE = re.compile(
    rf",\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){{0,2}}(?:{_JOB_RX})\s+(?:at|of|for|with)\s+[A-Z]", re.IGNORECASE
)
_JOB_AFTER_RE = re.compile(
    rf",\s+(?:(?:the|a|an|its|their|former|first|then|later)\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_JOB_RX})\b", re.IGNORECASE
)
_ROLE_OF_AT_RE = re.compile(rf"\b(?:{_JOB_RX})\s+of\s+(?:[a-z&-]+\s+){{1,3}}at\s+$", re.IGNORECASE)
# "VP of Engineering", and a filing's "Vice President, Finance and Corporate Controller"
_DEPARTMENT_OF_RE = re.compile(rf"\b(?:{_JOB_RX})(?:\s+of\s+(?:the\s+)?|,\s+)$", re.IGNORECASE)


def _described_as_thing(body: str, m: _Mention) -> bool:
    """"Valeverse, its simulation tool", "Its main product, Valeverse,": a coinage the text presents
    as a product or company."""
    prev = _prev_words(body, m.start)
    if prev and prev[-1].endswith(",") and (prev[-1][:-1] in PRODUCT_NOUNS or prev[-1][:-1] in ORG_NOUNS):
        return True
    cue = _next_cue(body[m.end:m.end + 80])
    if cue is None:
        return False
    if cue.lastgroup == "appos":
        typed = _appositive(cue.group("appos")[1:])
        return typed is not None and typed[0] in ("PRODUCT", "ORG")
    return cue.lastgroup in ("product_noun", "is_product", "is_org")


def _city_adjective(body: str, m: _Mention) -> bool:
    """"Milanese", "Parisian", "Roman" before a noun, in a story that names Milan, Paris or Rome."""
    text = m.text
    if len(text) < 5 or not text.endswith(("ese", "ian", "an")) or not _LOWER_WORD_AFTER_RE.match(body, m.end):
        return False
    if text.lower() in FIRST_NAMES:
        return False  # "Julian said", in a story with "Jul 4"
    stem = text[:-3] if text.endswith(("ese", "ian")) else text[:-2]
    stems = {stem, stem + "e", stem + "o", stem + "a"}  # ("Rom" + "e", "Turin" + "ese" ... "Torin" + "o")
    return any(
        # (the stem first and the look behind after it: the scan finds the stem fast)
        s.lower() in PLACES or s in body and re.search(rf"{s}(?<![\w’'-]{s})(?![\w’'-])", body)
        for s in stems if len(s) >= 4 and s.isalpha()
    )


def _nationality_pair(low: str) -> bool:
    """"Swedish-Iranian", "Korean-American", "Franco-German": an adjective of two nationalities."""
    parts = low.split("-")
    return len(parts) > 1 and all(part in NATIONALITIES or part in _COMBINING_FORMS for part in parts[:-1]) and (
        parts[-1] in NATIONALITIES
    )


# The first halves of "Franco-German", "Sino-Japanese", "Anglo-Dutch".
_COMBINING_FORMS = frozenset("franco sino anglo russo indo italo hispano germano austro afro euro".split())


# " 2024" after a name: "the Winter 2024 issue", "Vellora Forge 2025"
_YEAR_AFTER_RE = re.compile(r" (?:19|20)\d\d\b(?![.,]\d)")
_CLOCK_BEFORE_RE = re.compile(r"(?:\d|[ap]\.?m\.?)\s+$", re.IGNORECASE)


def _season_or_zone(body: str, m: _Mention, low: str) -> bool:
    """"the Winter 2024 issue", "9 a.m. Pacific": a season or a time zone, not a name."""
    if low in SEASONS:
        return bool(_YEAR_AFTER_RE.match(body, m.end))
    if low in TIME_ZONE_WORDS:
        return bool(_CLOCK_BEFORE_RE.search(body, max(0, m.start - 8), m.start))
    return False


_OCCUPATION_ENDINGS = ("er", "or", "ist", "ian", "ant", "smith", "wright")


def _occupation_before_name(low: str, tokens: list[_Token]) -> bool:
    """"Welder Tasha Grimaldi": a job written before a person's name.

    Job titles in ROLE_WORDS ("Mayor") already split the run; this catches the rest.
    """
    if len(tokens) < 3 or low in FIRST_NAMES or tokens[-1].text.lower() in ORG_SUFFIXES:
        return False
    # (and a name follows the job: not "Pieter" of "Pieter van der Berg")
    return low.endswith(_OCCUPATION_ENDINGS) and tokens[1].text[:1].isupper() and not any(
        c.isdigit() for t in tokens for c in t.text
    )


def _french_body_name(text: str) -> str | None:
    """The name in a ``_FRENCH_BODY_RE`` match, without the English words after it ("... said")."""
    tokens = text.split()
    kept = tokens[:2]
    for token in tokens[2:]:
        low = token.lower()
        after_particle = kept[-1].lower() in _FRENCH_PARTICLES or kept[-1].endswith(("’", "'"))
        if low not in _FRENCH_PARTICLES and (low in STOPWORDS or not after_particle and zipf(low) >= 3.0):
            break  # ("... financiers opened a probe": the English after the name)
        kept.append(token)
        if token[:1].isupper():
            break
    while kept and kept[-1].lower() in _FRENCH_PARTICLES:
        kept.pop()
    if len(kept) > 1 and kept[-1][:1].isupper() and kept[-2].lower() not in ("du", "de", "des", "d’", "d'", "la"):
        kept.pop()
    worded = [t for t in kept[1:] if t.lower() not in _FRENCH_PARTICLES and not t[:1].isupper()]
    return " ".join(kept) if worded and len(kept) >= 3 else None


def _everyday_word_named(body: str, m: _Mention) -> bool:
    """An everyday word seen only where capitals are positional names something only with a firm cue.

    The cue is a name-like word after it, or the word given as a name: 'known as "Tip"'.
    """
    word = m.tokens[0].text
    if word.endswith("s") and zipf(word[:-1].lower()) >= 3.5 and body.startswith((" who ", " whose "), m.end):
        return False  # "Agents who have told colleagues ...": people of a kind, in the plural
    if _name_cue_follows(body, m.end, verbs=False):
        return True
    pos = body.find(word)
    while pos >= 0:
        if _GIVEN_AS_NAME_RE.search(body, max(0, pos - 14), pos):
            return True
        pos = body.find(word, pos + 1)
    return False


_WHO_ASKED_RE = re.compile(r" who (?:you|we|they|I|he|she|it)\b")
_LAST_WORD_RE = re.compile(r"[\w’'-]+$")
_GIVEN_AS_NAME_RE = re.compile(r"\b(?:as|called|nicknamed|dubbed|named)\s+[\"“‘']?$")


_DERIVING_SUFFIXES = ("verse", "sphere", "mania", "gate")


def _derived_word(m: _Mention, keys: set[str]) -> bool:
    """"Tallyverse" next to "Tally": a coinage built on a name, not the name."""
    if len(m.tokens) != 1 or not m.key.endswith(_DERIVING_SUFFIXES):
        return False
    key = m.key
    for suffix in _DERIVING_SUFFIXES:
        if key.endswith(suffix) and key[: -len(suffix)] in keys and len(key) > len(suffix) + 2:
            return True
    return False


def _name_parts_allowed(heading: bool, everyday: bool, firsts: set[str], ends: set[str], parts: set[str]) -> set[str]:
    """Which words of longer names may stand alone at a sentence start or in a heading.

    An everyday word must end a name: "Commission" stands for "Port Hale Harbor Commission", but
    "Safety" opening a quote is the word, though "Occupational Safety and Health Administration" is a body.
    """
    if heading:
        return firsts
    return ends if everyday else parts


def _initials_after(body: str, m: _Mention) -> bool:
    """The name's initials, every word's, in brackets right after it."""
    acronym = _ACRONYM_RE.match(body, m.end)
    return acronym is not None and acronym.group(1).upper().replace("&", "") == _initials(m.tokens)


def _trade_word(low: str) -> bool:
    """"Mobile", "Networks", "Capital": a company's trade word, which never stands for it alone
    (unlike "the Commission" or "United")."""
    return low in ORG_SUFFIXES and not (low in _INSTITUTION_LOWER or low in _GROUP_WORDS or low in _CLUB_TAILS)


def _known_pair(body: str, m: _Mention, known: set[str]) -> list[_Mention] | None:
    """"Cordillera-Ocotlán": two names the text uses on their own, joined by a hyphen, as two mentions."""
    token = m.tokens[0]
    parts = token.text.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and _norm(p) in known for p in parts):
        return None
    split = token.start + len(parts[0])
    first = _Token(token.start, split, parts[0])
    second = _Token(split + 1, token.end, parts[1], token.possessive, token.cut)
    return [_retoken(body, m, [first], m.initial), _retoken(body, m, [second], False)]


def _retoken(body: str, m: _Mention, tokens: list[_Token], initial: bool) -> _Mention:
    start, end = m.base + tokens[0].start, m.base + tokens[-1].end
    return _Mention(start, end, body[start:end], tokens, initial, m.heading,
                    tokens[-1].possessive, tokens[-1].cut, base=m.base)


def _names_in_heading(body: str, m: _Mention, names: set[str]) -> list[_Mention]:
    """The names of two words or more that the text uses elsewhere, in order, inside a Title Case
    heading's run of words (one word may be another name's modifier: "Buy Bajío Trucking Firm")."""
    found = []
    tokens = m.tokens
    i = 0
    while i < len(tokens):
        for j in range(len(tokens), i, -1):
            start, end = m.base + tokens[i].start, m.base + tokens[j - 1].end
            if 1 < j - i < len(tokens) and _norm(body[start:end]) in names:
                found.append(_retoken(body, m, tokens[i:j], m.initial and i == 0))
                i = j
                break
        else:
            i += 1
    return found


# (and a reinsurer's sidecar, "Longbird Sidecar I Ltd", or a fund's numbered series, "Harbour Fund II LP")
_VEHICLE_RE = re.compile(
    r"\b(?:Bidco|BidCo|Holdco|HoldCo|Midco|Topco|Merger Sub|Acquisition (?:Corp|Co|Ltd|LLC|Inc)|Sidecar"
    r"|(?:Fund|Re|Capital) (?:I|II|III|IV|V|VI)(?= (?:Ltd|LP|L\.P\.|LLC|Inc|SPC)\b))\b"
)


def _national_body(tokens: Sequence[_Token]) -> bool:
    """"Health Canada", "NHS England", "Statistics Canada": a national body named for its field and its country."""
    return tokens[1].key in COUNTRIES and tokens[1].key != "union" and (
        tokens[0].key in _PORTFOLIO_NOUNS or tokens[0].key in ("statistics", "nhs", "sport", "historic", "natural")
    )


@functools.lru_cache(maxsize=4096)
def _national_arm(brand: str, country: str) -> bool:
    """"Vodafone Egypt": a brand that is no given name, then a country (not "Papua New Guinea" or "Costa Rica").

    Both words in lower case."""
    return (
        country in COUNTRIES and brand not in FIRST_NAMES and brand not in PLACES and f"{brand} {country}" not in PLACES
        # (not "Morning Ireland", a programme, nor "Bahasa Indonesia", a language)
        and not is_everyday_word(brand) and brand not in NATIONALITIES
    )


_MARKET_INDEXES = frozenset(
    "kospi kosdaq taiex tasi sensex nifty ibovespa merval ipc egx30 kse-100 psei klci jci dax mdax sdax tecdax topix "
    "smi aex omxs30 atx".split()
)
_OWNER_BEFORE_RE = re.compile(r"(?<![\w’'-])([A-Z][\w&.-]*(?: (?:[A-Z][\w&.-]*|&))*)[’']s? $")
_PRICE_INDEXES = frozenset("rpi rpix cpi cpih hicp ppi".split())
_PLATFORMS = frozenset("facebook instagram whatsapp telegram wechat slack tiktok youtube snapchat viber kakaotalk signal".split())
_PLATFORM_THING_AFTER_RE = re.compile(r" (?:post|posts|page|pages|group|groups|account|accounts|channel|channels|feed|story|stories|live|video|videos|profile|message|messages|chat|chats)\b")
_PLATFORM_USE_BEFORE_RE = re.compile(r"\b(?:on|via) $")
_TOWN_PREPOSITION_RE = re.compile(r"\b(?:in|from|of|near|to|at) $")
_BODY_OFFICER_AFTER_RE = re.compile(
    r" (?:secretary-general|secretary general|chairman|chairwoman|chairperson|president|executive director|"
    r"chief executive|spokesperson|spokesman|spokeswoman) [A-Z]"
)
_STYLE_BEFORE_RE = re.compile(r"\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+$")


_WORD_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")


def _trim_heading(body: str, m: _Mention, known: set[str]) -> _Mention | None:
    tokens = list(m.tokens)
    if len(tokens) > 1 and (tokens[0].text.lower() in FIRST_NAMES or _STYLE_BEFORE_RE.search(body, max(0, m.start - 8), m.start)):
        return m  # "Cllr Graham Lowe" in a list of those present: a style only a person has
    if (
        2 <= len(tokens) <= 3 and _person_shaped(m) and not any(is_everyday_word(t.text.lower()) for t in tokens)
        and (rank := _WORD_BEFORE_RE.search(body, max(0, m.start - 24), m.start)) and rank.group(1).lower() in ROLE_WORDS
    ):
        return m  # "**Deputy Governor Torstein Krogvik**" over a transcript: a post only a person holds
    if len(tokens) > 1 and _LEGAL_FORM_RE.fullmatch(tokens[-1].text):
        return m  # "Brackwater Sensors Ltd v Okafor-Reeve": a company's registered name, whole
    if 2 <= len(tokens) <= 3 and _person_shaped(m) and _JOB_AFTER_RE.match(body, m.end):
        return m  # "- **Theo Lindqvist**, first engineer, later CTO": a cast list's people, each with a job
    if len(tokens) > 2 and tokens[-1].key in _DOCUMENT_TAILS and (
        "(" in m.text or not body[m.end:m.end + 1].strip() and body[max(0, m.start - 1):m.start] in ("", "\n")
    ):
        return m  # "## Avonmere Water (Special Administration) Bill": a heading that is a bill's name, whole
    # The longest run of words also seen outside headings ("Nova Ships Novastream" -> "Nova").
    runs: list[list[_Token]] = [[]]
    for token in tokens:
        if token.key in known:
            runs[-1].append(token)
        elif runs[-1]:
            runs.append([])
    tokens = max(runs, key=len)
    if not tokens:
        return None
    if tokens == m.tokens:
        return m
    return _retoken(body, m, tokens, m.initial and tokens[0] is m.tokens[0])


# "Sumwise just launched": the word after a name, past an adverb of time
_FOLLOW_WORD_RE = re.compile(r"(?:[’']s)?\s+(?:(?:just|also|recently|quietly|already|now|finally)\s+)?([a-z]+)")
_COORDINATED_RE = re.compile(r"\s+(?:and|or|&)\s+(?:the\s+)?[A-Z]")
_NAME_CUES = frozenset("who org_role poss_org is_org is_product place_after".split())


_REGISTRATION_RE = re.compile(r"[A-Z0-9]{1,2}-[A-Z0-9]{3,5}")
_REGISTERED_BEFORE_RE = re.compile(r"\b(?:registered|registration|tail number)\s+(?:as\s+)?$", re.IGNORECASE)
_ITEM_LEAD_RE = re.compile(r" \([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}(?:, [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2})?\) ?[—–:]")


def _introduced_as_org(body: str, end: int) -> bool:
    """", a Brussels-based consumer group,": an appositive right after the name says it is an organisation."""
    cue = _next_cue(body[end:end + 80])
    return cue is not None and cue.lastgroup == "appos" and (_appositive(cue.group("appos")[1:]) or ("",))[0] == "ORG"


_DESCRIBED_AS_RE = re.compile(r",\s+an?\s+(?:[a-z][\w-]*\s+){1,4}(?:who|whose)\b")
_DESCRIBED_RE = re.compile(r",\s+an?\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*")
_SAID_AFTER_RE = re.compile(r",\s+(?:said|says|told|added|recalled|explained)\b")


def _described(cue: re.Match) -> bool:
    """"Kevin, a boda boda rider who ...", "Kevin, a boda boda rider, said": someone described."""
    appos = cue.group("appos")
    return bool(_DESCRIBED_AS_RE.match(appos)) or bool(
        _DESCRIBED_RE.fullmatch(appos) and _SAID_AFTER_RE.match(cue.string, cue.end("appos"))
    )


def _name_cue_follows(body: str, end: int, verbs: bool = True) -> bool:
    """A verb, an appositive or a job title right after a word marks it as a name.

    ``verbs=False`` leaves out a following verb or job noun, too weak for an
    everyday word ("Growth slowed", "Affected employees").
    """
    after = body[end:end + 80]
    if _COORDINATED_RE.match(after):
        return True  # "Vantage and Halcyon agreed"
    code = _ACRONYM_RE.match(after) if after.startswith(" (") else None
    word = _LAST_WORD_RE.search(body, max(0, end - 40), end) if code else None
    if code and word and _ticker_spelled(word.group(), code.group(1)):
        return True  # "Halvane (HLVN) fell 12%": a listed company by its ticker
    if _AGE_AFTER_RE.match(after):
        return True  # "Corey, 67, said he has lived there": a resident with an age
    match = _FOLLOW_WORD_RE.match(after) if verbs else None
    if match:
        word = match.group(1)
        if word in _VERBISH or (len(word) >= 5 and word.endswith("ed")):
            return True
    cue = _next_cue(after)
    if cue and cue.lastgroup == "appos":
        # "Kevin, a boda boda rider who works the Kondele stage, said": someone described, whatever as
        return _appositive(cue.group("appos")[1:]) is not None or verbs and _described(cue)
    if not verbs and cue and cue.lastgroup == "org_role":
        return False  # "Independent researchers", "Affected employees"
    if cue and cue.lastgroup == "who" and _WHO_ASKED_RE.match(after):
        return False  # "Curious who you are backing": a question's "who", not a relative clause
    return bool(cue) and cue.lastgroup in _NAME_CUES


# ---------------------------------------------------------------- merging

# One part of a name: "Okafor", "McKenzie", "O'Neill", "DeAndre", "LeBron", "LaToya" (a given name's prefix)
_NAME_PART_RX = (
    rf"(?:Ma?c[{_UP}][{_LO}]+|[DOd][’'][{_UP}][{_LO}]+|(?:De|Da|Di|La|Le|Ja|Ke|Sha|Ty)[{_UP}][{_LO}]+"
    rf"|ʻ?[{_UP}][{_LO}]+(?:[’‘'ʻ][{_UP}]?[{_LO}]+)*)"  # ("ʻAkanesi", "Tāufaʻāhau": a Tongan name's ʻokina)
)
_NAME_WORD_RE = re.compile(
    # ("Finch-Amory", "McKenzie-Okafor", "Min-jun": parts joined by hyphens)
    rf"{_NAME_PART_RX}(?:-(?:{_NAME_PART_RX}|[{_LO}]+))*|[{_UP}]\.?"
    rf"|[{_UP}](?:\.[{_UP}]){{1,2}}\.?"  # "K.R. Venkatesh": initials run together
    rf"|(?:al|el)-[{_UP}][{_LO}]+"  # "Yusuf bin Khamis al-Amry": an Arabic surname with its article
    rf"|[’']Ma[{_LO}]{{3,}}"  # "’Malineo Mohapi": a Basotho given name opens with an apostrophe
)
_ORG_TAIL_RE = re.compile(r"[a-z](?:AI|Labs?)$")
_LOWER_WORD_RE = re.compile(r"\b[a-z][a-z’'-]*\b")
_LOWER_RUN_RE = re.compile(r"[a-z][a-z’'-]*")
_LOWER_RUN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz’'-")
_KIN_WORDS = frozenset("family brothers sisters sons daughters".split())


def _person_shaped(m: _Mention) -> bool:
    """Two to four capitalised words that could be a person's name ("Priya Raman")."""
    if m.person_shape is None:
        tokens = m.tokens
        m.person_shape = 2 <= len(tokens) <= 6 and _person_shape(m.text, tuple(t.text for t in tokens))
    return m.person_shape


def _team_plural(low: str) -> bool:
    """"otters", "tumbleweeds": the plural of an everyday noun, as a team is named."""
    return len(low) >= 5 and low.endswith("s") and not low.endswith("ss") and zipf(low[:-1]) >= 3.0 and zipf(low) >= 2.5


_DEVELOPMENT_TAILS = frozenset({"residences", "condominiums", "condos"})


@functools.lru_cache(maxsize=8192)
def _person_shape(text: str, tokens: tuple[str, ...]) -> bool:
    # ("Mohamed Faizal bin Abdul Rahman", "Suresh Kumar s/o Pandian": the father's name after a particle)
    # ("Marcus J. Pellegrino III": a generation's numeral after the surname)
    words = [t for t in tokens if t not in NAME_PARTICLES and not (len(t) == 1 and t.islower()) and t.rstrip(".") not in _GENERATIONS]
    if not 2 <= len(words) <= 4 or len(tokens) > 4 and len(words) == len(tokens):
        return False
    if not all(_NAME_WORD_RE.fullmatch(w) for w in words):
        return False
    low = text.lower()
    if len(tokens) >= 3 and tokens[0].lower() in _JUDGE_STYLES and tokens[1] == "Justice":
        return True  # "Mr Justice Calloway"
    if low in PLACES or tokens[0].lower() in STOPWORDS and tokens[0].lower() not in FIRST_NAMES or tokens[0] in (
        "St", "St.", "Ste", "Saint",
    ):
        # ("St Clare’s C of E Primary School": a saint names a school, a church, a town; but "Per Håkansson")
        return False
    if any(
        t.lower() in ORG_SUFFIXES or t.lower() in GENERIC_TERMS and not (t.istitle() and t.lower() in FIRST_NAMES)
        for t in tokens[1:]
    ):
        return False  # (but "Avinesh Ram Kumar" has a given name where a computer has its RAM)
    if len(tokens) == 2 and _national_arm(tokens[0].lower(), tokens[1].lower()):
        return False  # "Vodafone Egypt": a company's arm in a country, not a man called Egypt
    if tokens[-1].lower() in _DEVELOPMENT_TAILS:
        return False  # "Baywalk Residences": homes a developer builds and sells
    if len(tokens) >= 3 and any(t.lower() in _KIN_WORDS for t in tokens[1:-1]):
        return False  # "Pryor Family Orchards", "Hale Brothers Removals": a family's business
    if len(tokens) >= 3 and tokens[-1].lower() in _EVENT_TAILS:
        return False  # "Paris Fashion Week": an event, named after its city
    if (
        tokens[0].lower() not in FIRST_NAMES and (len(tokens) >= 3 or tokens[0].lower() in PLACES)
        and _team_plural(tokens[-1].lower()) and tokens[-2] not in NAME_PARTICLES  # (not "Josué Ferreira dos Santos")
    ):
        return False  # "Calder Springs Otters", "Bakersfield Tumbleweeds": a team in the plural, not "Maxine Waters"
    # "Fernly Support", "Acme News": a brand's account, not a person
    return tokens[-1].lower() not in _ACCOUNT_WORDS


def _type_accounts(groups: _Groups) -> None:
    """"Fernly Support" posting: an organisation's account, one entity with the brand when it is named."""
    for key, group in list(groups.groups.items()):
        m = group.mentions[0]
        if len(m.tokens) == 2 and m.tokens[-1].text.lower() in _ACCOUNT_WORDS:
            group.votes["ORG"] += 3
            brand = groups.groups.get(m.tokens[0].key)
            if brand is not None:
                brand.votes["ORG"] += 3
                groups.union(key, m.tokens[0].key, rename=True)  # the account speaks for the brand


def _type_product_lines(groups: _Groups) -> None:
    """"Ferrule Crew" beside "Ferrule 3.0": a versioned product's name opens its editions and tiers,
    as a company's name does for two or more of them ("Crumbwise Solo" and "Crumbwise Crew")."""
    bases: set[str] = set()
    siblings: dict[str, int] = defaultdict(int)
    for group in groups.groups.values():
        m = group.mentions[0]
        if len(m.tokens) == 2 and _NUMBER_RE.fullmatch(m.tokens[1].text) and _decide(group) == "PRODUCT":
            bases.add(m.tokens[0].key)
        elif 2 <= len(m.tokens) <= 3:
            siblings[m.tokens[0].key] += 1
    for key, count in siblings.items():
        owner = groups.groups.get(key)
        if count >= 2 and owner is not None and owner.votes.get("ORG", 0) >= 2 and _decide(owner) == "ORG":
            bases.add(key)
    if not bases:
        return
    for group in groups.groups.values():
        m = group.mentions[0]
        if (
            2 <= len(m.tokens) <= 3 and m.tokens[0].key in bases and m.tokens[-1].text[:1].isupper()
            and m.tokens[0].text.lower() not in FIRST_NAMES and _decide(group) in ("PERSON", "OTHER")
        ):
            group.votes["PRODUCT"] += 3 + group.votes.get("PERSON", 0)


def _type_turn_speakers(body: str, groups: _Groups) -> None:
    """"Theo: So you moved?": the first names labelling a transcript's turns are people."""
    if ":" not in body:
        return
    for label in name_turn_labels(body):
        if (group := groups.groups.get(_norm(label))) is not None:
            group.votes["PERSON"] += 4


_ACCOUNT_WORDS = frozenset(
    "support help helpdesk team official updates status hq care app devs developers careers jobs".split()
)


class _Groups:
    """Union of mention groups keyed by normalised text."""

    def __init__(self, mentions: list[_Mention]) -> None:
        self.groups: dict[str, _Group] = {}
        for m in mentions:
            group = self.groups.get(m.key)
            if group is None:
                group = self.groups[m.key] = _Group(m.key)
            group.mentions.append(m)
        self.parent: dict[str, str] = {k: k for k in self.groups}

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, alias: str, canonical: str, rename: bool = False) -> None:
        a, c = self.find(alias), self.find(canonical)
        if rename and a != c:
            self.groups[c].canonical = canonical
            self.groups[c].former |= {m.key for m in self.groups[a].mentions}
        if a != c:
            self.groups[c].former |= self.groups[a].former
            self.parent[a] = c
            self.groups[c].mentions.extend(self.groups[a].mentions)
            for k, v in self.groups[a].votes.items():
                self.groups[c].votes[k] += v
            self.groups[c].person_part |= self.groups[a].person_part
            del self.groups[a]


_DIVISION_WORDS = frozenset("prefecture county province oblast canton region".split())


def _merge_place_divisions(groups: _Groups) -> None:
    """"Kumamoto" beside "Kumamoto Prefecture": the same place, named without its division; and "the
    Chathams" beside "the Chatham Islands", islands called by their name in the plural."""
    for key, group in list(groups.groups.items()):
        tokens = group.mentions[0].tokens
        if len(tokens) < 2 or groups.find(key) != key:
            continue
        base = _norm(" ".join(t.text for t in tokens[:-1]))
        if tokens[-1].key == "city":
            # "Parañaque" beside "Parañaque City"; but "Mexico" is no short form of "Mexico City", nor
            # "Manchester" of the club
            base_words = " ".join(t.text for t in tokens[:-1]).lower()
            if base_words in PLACES or base_words in COUNTRIES or _decide(group) != "PLACE":
                continue
        elif tokens[-1].key not in _DIVISION_WORDS:
            continue
        if base in groups.groups and groups.find(base) != groups.find(key) and _decide(groups.groups[base]) != "PERSON":
            groups.union(key, base)
    for key, group in list(groups.groups.items()):
        tokens = group.mentions[0].tokens
        # "the Republic of Kazakhstan" beside "Kazakhstan": the country by its formal name
        of = next((i for i, t in enumerate(tokens[:4]) if t.text == "of"), 0)
        if of and tokens[of - 1].key in _STATE_FORMS and (country := _norm(" ".join(t.text for t in tokens[of + 1:]))) in groups.groups:
            if groups.find(country) != groups.find(key) and _decide(groups.groups[groups.find(country)]) == "PLACE":
                groups.union(key, country, rename=True)  # (shown by its everyday name)
                continue
        if len(tokens) == 2 and tokens[-1].key in ("islands", "isles") and (plural := tokens[0].key + "s") in groups.groups:
            if groups.find(plural) != groups.find(key) and not groups.groups[groups.find(plural)].multi:
                groups.union(plural, key)


_STATE_FORMS = frozenset("republic kingdom sultanate emirate principality commonwealth federation state".split())


_STREET_ABBREVIATIONS = {"st": "street", "ave": "avenue", "rd": "road", "blvd": "boulevard", "ln": "lane", "dr": "drive"}


def _merge_street_abbreviations(groups: _Groups) -> None:
    """"27 Pruitt St." in the address line and "Pruitt Street" in the story: one street."""
    for key, group in list(groups.groups.items()):
        tokens = group.mentions[0].tokens
        full = _STREET_ABBREVIATIONS.get(tokens[-1].text.lower().rstrip(".")) if len(tokens) > 1 else None
        if full is None or groups.find(key) != key:
            continue
        long_key = _norm(" ".join(t.text for t in tokens[:-1]) + " " + full)
        if long_key in groups.groups and groups.find(long_key) != key:
            groups.union(key, long_key)
    for key, group in list(groups.groups.items()):
        # "I-35" beside "Interstate 35": one highway
        text = group.mentions[0].text
        if _INTERSTATE_RE.fullmatch(text) and (long_key := _norm(f"Interstate {text[2:]}")) in groups.groups:
            if groups.find(long_key) != groups.find(key):
                groups.union(key, long_key)


def _merge_possessive_names(groups: _Groups) -> None:
    """"St Julian's-based" beside "offices in St Julian’s": a name that ends in "'s" is read as an owner's
    where its mark is the curly one, so the two forms are one place."""
    for key, group in list(groups.groups.items()):
        text = group.mentions[0].text
        if group.mentions[0].possessive or not text.endswith(("'s", "’s")) or len(group.mentions[0].tokens) < 2:
            continue
        base = _norm(text[:-2])
        if base in groups.groups and groups.find(base) != groups.find(key) and all(
            m.possessive for m in groups.groups[groups.find(base)].mentions
        ):
            groups.union(key, base)


def _merge_generations(groups: _Groups) -> None:
    """"Ignacio Montecillo Sr." is the "Ignacio Montecillo" of the story, and "Montecillo Jr." the son the
    story names in full as "Ignacio Montecillo Jr."."""
    full: dict[str, set[str]] = defaultdict(set)
    for key, group in list(groups.groups.items()):
        tokens = group.longest().tokens
        generation = tokens[-1].text.rstrip(".")
        if len(tokens) < 3 or generation not in _GENERATIONS:
            continue
        full[_norm(f"{tokens[-2].text} {generation}")].add(key)
        base = _norm(" ".join(t.text for t in tokens[:-1]))
        if generation == "Sr" and base in groups.groups and groups.find(base) != groups.find(key):
            groups.union(key, base)
    for key, group in list(groups.groups.items()):
        tokens = group.longest().tokens
        if len(tokens) != 2 or tokens[-1].text.rstrip(".") not in _GENERATIONS:
            continue
        owners = {groups.find(k) for k in full.get(_norm(f"{tokens[0].text} {tokens[1].text.rstrip('.')}"), ())}
        if len(owners) == 1 and (owner := owners.pop()) != groups.find(key):
            groups.union(owner, key)


def _merge_maiden_names(groups: _Groups) -> None:
    """"married Marlene Hoefert" and "his wife, Marlene (Hoefert) Vanderslice": one woman, before and after."""
    for key, group in list(groups.groups.items()):
        family = _FAMILY_BRACKET_RE.fullmatch(group.mentions[0].text)
        if family is None:
            continue
        for other in (_norm(f"{family.group(1)} {family.group(2)}"), _norm(f"{family.group(1)} {family.group(3)}")):
            if other in groups.groups and groups.find(other) != groups.find(key):
                groups.union(key, other)


def _merge_licence_short_forms(groups: _Groups) -> None:
    """"Apache 2.0" beside "Apache License 2.0": a versioned licence named without its "License"."""
    for key, group in list(groups.groups.items()):
        tokens = group.mentions[0].tokens
        if len(tokens) < 3 or not tokens[-1].text[0].isdigit() or tokens[-2].key not in _DOCUMENT_TAILS:
            continue
        short = _norm(" ".join(t.text for t in (*tokens[:-2], tokens[-1])))
        if short in groups.groups and groups.find(short) != groups.find(key):
            groups.groups[groups.find(short)].votes.clear()  # a name and a version looks like a product; here it is not
            groups.union(short, key)


def _merge_project_short_names(groups: _Groups) -> None:
    """"Coongan Creek" beside "the Coongan Creek Lithium Project": a mine in the making, called by its site's name."""
    for key, group in list(groups.groups.items()):
        tokens = group.longest().tokens
        if len(tokens) < 3 or tokens[-1].key != "project" or tokens[-2].key not in _RESOURCE_WORDS:
            continue
        short = _norm(" ".join(t.text for t in tokens[:-2]))
        if short in groups.groups and groups.find(short) != groups.find(key) and groups.groups[groups.find(short)].longest().key == short:
            groups.groups[groups.find(short)].votes.clear()  # (the site's name alone reads as a place; here it is the mine)
            groups.union(short, key)


def _merge_subtitled_works(groups: _Groups) -> None:
    """"Kestrel 2" for the film "Kestrel 2: Ashfall": a title called without its subtitle."""
    for key, group in list(groups.groups.items()):
        text = group.mentions[0].text
        if group.mentions[0].hint != "PRODUCT" or ": " not in text or groups.find(key) != key:
            continue
        short = _norm(text.split(": ", 1)[0])
        if short in groups.groups and groups.find(short) != key:
            groups.union(short, key)


_FEATURE_WORDS = frozenset("river creek ridge range valley gorge falls reef shoal bay".split())
_PENSION_WORDS = frozenset("pension pensions retirement superannuation".split())
_FEATURE_HEADS = frozenset("river lake loch mount".split())
# "Tshwelopele" beside "Tshwelopele Power Station": a plant or a site called by its name alone
_FACILITY_TAILS = frozenset(
    {("power", "station"), ("power", "plant"), ("wind", "farm"), ("solar", "farm"), ("colliery",), ("mine",),
     ("refinery",), ("smelter",), ("airport",), ("dam",), ("ski", "area"), ("ski", "resort"), ("ski", "hill")}
)


def _merge_feature_short_forms(groups: _Groups) -> None:
    """"the Bindaree" beside "the Bindaree River", "the Wenn" beside "the River Wenn": a river or a
    ridge called by its name alone."""
    for key, group in list(groups.groups.items()):
        tokens = group.mentions[0].tokens
        if len(tokens) not in (2, 3, 4) or groups.find(key) != key:
            continue
        # "Pinyon Ridge" beside "Pinyon Ridge Ski Area": a name of two words before its facility's
        cut = next((c for c in (1, 2) if c < len(tokens) and tuple(t.key for t in tokens[c:]) in _FACILITY_TAILS), 0)
        facility = bool(cut)
        if facility:
            name = tokens[:cut]
        elif len(tokens) == 2 and tokens[-1].key in _FEATURE_WORDS:
            name = tokens[:1]
        elif len(tokens) == 2 and tokens[0].key in _FEATURE_HEADS:
            name = tokens[1:]
        else:
            continue
        base = "".join(t.key for t in name)
        if (
            base in groups.groups and groups.find(base) != key and " ".join(t.text for t in name).lower() not in PLACES
            and _decide(group) == "PLACE" and _decide(groups.groups[base]) != "PERSON"
        ):
            if facility:
                groups.groups[groups.find(base)].votes.clear()  # "the Tshwelopele plant": the station, no firm
            groups.union(base, key)


def _merge_model_tiers(body: str, groups: _Groups) -> None:
    """"Alongside the Ultra," beside "the Vireo Nova 9 Ultra": the model of that tier the story is about."""
    for key, group in list(groups.groups.items()):
        tokens = group.mentions[0].tokens
        if len(tokens) != 1 or tokens[0].key not in _MODEL_WORDS or groups.find(key) != key:
            continue
        if not all(body[max(0, m.start - 4):m.start] == "the " for m in group.mentions):
            continue
        models = {
            groups.find(other) for other, candidate in groups.groups.items()
            if other != key and len(candidate.mentions[0].tokens) > 1
            and any(len(m.tokens) > 1 and m.tokens[-1].key == tokens[0].key for m in candidate.mentions)
        }
        ranked = sorted(models, key=lambda k: -len(groups.groups[k].mentions))
        if len(ranked) == 1 or ranked and len(groups.groups[ranked[0]].mentions) > sum(
            len(groups.groups[k].mentions) for k in ranked[1:]
        ):
            groups.union(key, ranked[0])  # (of several, the one the story is about)


def _merge_the_forms(groups: _Groups) -> None:
    """"The Wire" and "Wire" (its "The" dropped at a sentence start) are one name."""
    for key in list(groups.groups):
        group = groups.groups.get(key)
        if key.startswith("the") and len(key) > 4 and group and group.mentions[0].text.startswith("The "):
            bare = key[3:]
            if bare in groups.groups and groups.find(bare) != groups.find(key):
                groups.union(bare, key)


def _merge_local_short_forms(groups: _Groups) -> None:
    """"the Village Hall", "our own Neighbourhood Plan" after "Hanbury Village Hall" and "the Hanbury
    Neighbourhood Plan": a body or a thing of a place, called without the place's name."""
    by_tail: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for key, group in groups.groups.items():
        tokens = group.longest().tokens
        if len(tokens) == 3 and tokens[0].text.istitle() and not is_everyday_word(tokens[0].text):
            by_tail[tuple(t.key for t in tokens[1:])].add(key)
    if not by_tail:
        return
    for key, group in list(groups.groups.items()):
        tokens = group.longest().tokens
        if len(tokens) != 2 or groups.find(key) != key or not all(t.text.istitle() for t in tokens):
            continue
        if not all(zipf(t.text) >= _DICTIONARY_ZIPF for t in tokens):
            continue
        owners = {groups.find(k) for k in by_tail.get(tuple(t.key for t in tokens), ())} - {key}
        if len(owners) == 1:
            groups.union(key, owners.pop())


def _merge_company_boards(groups: _Groups) -> None:
    """"the Halvorsen Board" beside "Halvorsen Industrial Technologies, Inc.": the company's own board."""
    for key, group in list(groups.groups.items()):
        tokens = group.longest().tokens
        if len(tokens) != 2 or tokens[1].text not in ("Board", "Boards") or groups.find(key) != key:
            continue
        owners = {
            name for name, other in groups.groups.items()
            if name != key and other.longest().tokens[0].key == tokens[0].key and len(other.longest().tokens) > 1
            and _decide(other) == "ORG"
        }
        if len(owners) == 1:
            groups.union(key, owners.pop())


def _merge_code_names(groups: _Groups) -> None:
    """"Lantern" after "Project Lantern": a code name called without its "Project"."""
    for key, group in list(groups.groups.items()):
        tokens = group.mentions[0].tokens
        if len(tokens) == 2 and tokens[0].key in ("project", "operation") and groups.find(key) == key:
            bare = tokens[1].key
            if bare in groups.groups and groups.find(bare) != key:
                groups.union(bare, key)


def _merge_year_acts(groups: _Groups) -> None:
    """"the 2006 Act" after "the Companies Act 2006": the one statute of that year the story names."""
    for key, group in list(groups.groups.items()):
        tokens = group.longest().tokens
        if len(tokens) != 2 or tokens[1].text != "Act" or not tokens[0].text.isdigit():
            continue
        acts = {
            groups.find(k) for k, g in groups.groups.items()
            if len(g.longest().tokens) > 2 and g.longest().tokens[-1].text == tokens[0].text
            and g.longest().tokens[-2].text == "Act"
        }
        if len(acts) == 1 and groups.find(key) not in acts:
            groups.union(key, acts.pop())


def _merge_case_short_names(groups: _Groups) -> None:
    """"the argument which failed in Regal" after "Regal (Hastings) Ltd v Gulliver": a case called by its
    first party's first word."""
    cases: dict[str, set[str]] = defaultdict(set)
    for key, group in groups.groups.items():
        tokens = group.longest().tokens
        if len(tokens) >= 3 and any(t.text in ("v", "v.") for t in tokens[1:-1]):
            cases[tokens[0].key].add(groups.find(key))
    for short, roots in cases.items():
        if short in groups.groups and len(roots) == 1 and groups.find(short) not in roots and (
            len(groups.groups[groups.find(short)].longest().tokens) == 1
        ):
            groups.union(short, roots.pop())


def _merge_english_given_names(groups: _Groups) -> None:
    """"Edmund Leung" for "Edmund Leung Ka-wai": a Hong Kong name, its English given name and family
    name without the Chinese given name after them."""
    owners: dict[str, set[str]] = defaultdict(set)
    for key, group in groups.groups.items():
        tokens = group.longest().tokens
        if (
            len(tokens) == 3 and tokens[0].text.istitle() and "-" not in tokens[0].text
            and _GIVEN_NAME_RE.fullmatch(tokens[2].text) and _decide(group) == "PERSON"
        ):
            owners[_norm(" ".join(t.text for t in tokens[:2]))].add(groups.find(key))
    for short, roots in owners.items():
        if short in groups.groups and len(roots) == 1 and groups.find(short) not in roots and (
            _decide(groups.groups[groups.find(short)]) in ("PERSON", "OTHER")
        ):
            groups.union(short, roots.pop())


def _merge_dropped_middles(groups: _Groups) -> None:
    """"Tallgrass Health" for "Tallgrass Regional Health System": a company's name with words left out.

    The short name keeps the long one's first word and its other words in order, and fits no
    other name on the page; a pair of names ("Halbrook University and Halbrook University
    Hospital") is no one name to shorten.
    """
    longer: dict[str, list[tuple[list[str], str]]] = defaultdict(list)
    for key, group in groups.groups.items():
        tokens = group.longest().tokens
        if len(tokens) >= 3 and _decide(group) == "ORG" and not any(t.key in ("and", "&") for t in tokens):
            longer[tokens[0].key].append(([t.key for t in tokens], key))
    if not longer:
        return
    for key in list(groups.groups):
        group = groups.groups.get(key)
        if group is None or groups.find(key) != key:
            continue
        tokens = [t.key for t in group.longest().tokens]
        if len(tokens) < 2 or tokens[0] not in longer or is_everyday_word(tokens[0]) or tokens[0] in PLACES:
            continue
        fits = {
            groups.find(k) for words, k in longer[tokens[0]]
            if len(words) > len(tokens) and words[:len(tokens)] != tokens and _subsequence(tokens, words)
        } - {key}
        if len(fits) == 1 and _decide(group) in ("ORG", "OTHER"):
            groups.union(key, fits.pop())


_INITIAL_RE = re.compile(r"[A-Z]\.?")  # "S." of "S. Karthikeyan", "R" of "R H Vakharia"
_BODY_LEADS = frozenset("united national international federal royal general independent".split())


_GROUP_TAIL_RE = re.compile(r" group\b(?![’'-]| of\b)")  # "the Sivagami group", not "group of companies"


def _group_tails(body: str, mentions: list[_Mention]) -> list[_Mention]:
    """"the Sivagami group", "the Tata group": a family's conglomerate, named with "group" in lower case,
    is none of the companies of that name it owns ("Sivagami Industries", "Sivagami Chemicals"); with
    one such company, "the Ironvale group" is that company and its partners."""
    if " group" not in body:
        return mentions
    companies: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if len(m.tokens) > 1:
            companies[m.tokens[0].key].add(m.tokens[1].key)  # ("Ironvale Capital Partners" is "Ironvale Capital")
    found = []
    for m in mentions:
        if (
            len(m.tokens) == 1 and not m.possessive and len(companies[m.key]) > 1 and _GROUP_TAIL_RE.match(body, m.end)
            and (m.start == 0 or body[m.start - 1] == "\n" or body.endswith(("the ", "The "), 0, m.start))
        ):
            tail = _Token(m.end + 1 - m.base, m.end + 6 - m.base, "group")
            m = _Mention(m.start, m.end + 6, body[m.start:m.end + 6], [*m.tokens, tail], m.initial, m.heading, False,
                         hint="ORG", base=m.base)
        found.append(m)
    return found


_OWNER_WORD_RE = re.compile(r"[\w-]+[’']s\b")  # "Authority’s" in "the Authority’s Handbook"
# '“the Act” means the Financial Services and Markets Act 2000;': a legal text's definitions
_MEANS_RE = re.compile(r"[“\"](?:the\s+)?(?P<term>[A-Z][^”\"\n]{0,40})[”\"]\s+means\s+(?:the\s+)?(?=\S)")


def _merge_defined_terms(body: str, groups: _Groups) -> None:
    """“MAR” means the Market Abuse Regulation: the short term is the name it is defined as; a term
    defined as something that is no name (“the Relevant Period” means 4 March 2024 to ...) is none.
    "the Authority", defined as the Financial Conduct Authority, names it wherever the notice says so."""
    for match in _MEANS_RE.finditer(body):
        term_text = match.group("term")
        term = _norm(term_text)
        start = match.end()
        if body[start].isdigit() or body[start].islower():
            defined = groups.groups[groups.find(term)] if term in groups.parent else None
            if defined is not None and defined.mentions and len(defined.mentions[0].tokens) <= 3:
                defined.mentions.clear()  # a span of dates, a sum: counted as nothing
            continue
        target = _group_starting_at(groups, start)
        if target is None or _OWNER_WORD_RE.match(body, start):
            # ('“the Handbook” means the Authority’s Handbook': the term is the Handbook, not the Authority)
            continue
        target = groups.find(target)
        if term in groups.parent and groups.find(term) != target:
            groups.union(term, target)
            target = groups.find(target)
        if term in groups.parent:
            continue
        # "the Authority" itself is too everyday a word to be a name of its own, and "MAR" reads as a month:
        # each time the text says it, it names what was defined
        said_re = (
            rf"(?<![\w“\"])({re.escape(term_text)})(?![”\"\w-])" if term_text.isupper()
            else rf"\b[Tt]he\s+({re.escape(term_text)})\b(?![”\"\w-])(?!\s+[A-Z])"
        )
        for said in re.finditer(said_re, body):
            lo, hi = said.span(1)
            other = next((
                key for key, group in groups.groups.items()
                if any(m.start < hi and lo < m.end for m in group.mentions)
            ), None)
            if other is not None:
                if groups.find(other) != target:
                    groups.union(other, target)
                    target = groups.find(target)
                continue
            tokens = [_Token(lo + t.start(), lo + t.end(), t.group()) for t in _TOK_RE.finditer(term_text)]
            groups.groups[target].mentions.append(_Mention(lo, hi, term_text, tokens, False, False, False))


def _merge_reversed_names(groups: _Groups) -> None:
    """"Lo Chien-hsing" in the story and "Chien-hsing Lo" in a statement: one person, family name first
    and then last, when the given name is a hyphenated one that no family name looks like, or the two
    words are not both given names ("Takuya Morishita", "Morishita Takuya")."""
    by_words: dict[tuple[str, str], str] = {}
    hyphenated: set[str] = set()
    for key, group in groups.groups.items():
        tokens = group.longest().tokens
        if len(tokens) == 2 and groups.find(key) == key and _decide(group) == "PERSON":
            by_words[(tokens[0].key, tokens[1].key)] = key
            if "-" in tokens[0].text + tokens[1].text:
                hyphenated.add(key)
    for (first, last), key in list(by_words.items()):
        other = by_words.get((last, first))
        # ("Takuya Morishita" and, as a notice lists him, "Morishita Takuya": unless both words are given
        # names, which two people may share the other way round)
        if other and (key in hyphenated or not (first in FIRST_NAMES and last in FIRST_NAMES)) and (
            groups.find(other) != groups.find(key)
        ):
            groups.union(other, key)


def _merge_nicknamed_full_names(groups: _Groups) -> None:
    """"Kit Dunmore" once "Kit" is Christopher Dunmore's nickname: the nickname with his surname is him."""
    for key, group in list(groups.groups.items()):
        if key not in groups.groups or groups.find(key) != key:
            continue
        tokens = group.longest().tokens
        if len(tokens) != 2 or _decide(group) != "PERSON" or tokens[0].key not in groups.parent:
            continue
        owner = groups.find(tokens[0].key)
        if owner == key or _decide(groups.groups[owner]) != "PERSON":
            continue
        owner_tokens = groups.groups[owner].longest().tokens
        surnames = {owner_tokens[-1].key}
        if len(owner_tokens) == 2 and ("-" in owner_tokens[1].text or (
            owner_tokens[0].key not in FIRST_NAMES and _PINYIN_GIVEN_RE.fullmatch(owner_tokens[1].key)
        )):
            # "Kevin Liao" for "Liao Chien-hao", "Vivian Tang" for "Tang Jiawei": the family name first
            surnames.add(owner_tokens[0].key)
        if len(owner_tokens) > 1 and tokens[1].key in surnames and owner_tokens[0].key != tokens[0].key:
            groups.union(key, owner)


def _merge_initialled_names(groups: _Groups) -> None:
    """"S. Karthikeyan" for "Sundaralingam Karthikeyan", "R. H. Vakharia" for "Rohit H. Vakharia": a
    person's given names cut to their initials, when one named person fits them."""
    spelled: dict[str, list[tuple[str, str]]] = defaultdict(list)  # surname -> (given initials, key)
    initialled = []
    for key, group in groups.groups.items():
        tokens = group.longest().tokens
        if len(tokens) < 2 or groups.find(key) != key or _decide(group) != "PERSON":
            continue
        given = tokens[:-1]
        if all(_INITIAL_RE.fullmatch(t.text) for t in given):
            initialled.append(("".join(t.text[0] for t in given), tokens[-1].key, key))
        elif not any(_INITIAL_RE.fullmatch(t.text) for t in given[:1]):
            spelled[tokens[-1].key].append(("".join(t.text[0] for t in given), key))
    for initials, surname, key in initialled:
        fits = {k for letters, k in spelled.get(surname, ()) if letters == initials}
        if len(fits) == 1:
            groups.union(key, fits.pop())


_CLUB_ENDINGS = ("football club", "fc", "afc", "f.c.")
# After a club's nickname: "the Terns boss", "Former Terns striker", "the Terns' fans"
_CLUB_NICKNAME_AFTER_RE = re.compile(
    r"(?:[’']s?)?\s+(?:boss|manager|striker|fans|supporters|captain|defender|midfielder|keeper|goalkeeper|"
    r"winger|squad|skipper|chairman|owners?)\b"
)


def _merge_club_nicknames(text: str, groups: _Groups) -> None:
    """"the Terns" on a page about Saltmere Town Football Club: the nickname is the club's.

    A nickname is one plural word in capitals, always after "the" or before a player's or fan's
    word, that is no word of another name ("the Rovers" is Northby Rovers); it goes to the
    most-named club on the page.
    """
    clubs = [
        g for g in groups.groups.values()
        if any(m.text.lower().endswith(_CLUB_ENDINGS) for m in g.mentions) and _decide(g) == "ORG"
    ]
    if not clubs:
        return
    club = max(clubs, key=lambda g: len(g.mentions))
    name_words = {t.key for g in groups.groups.values() for m in g.mentions if len(m.tokens) > 1 for t in m.tokens}
    for key, group in list(groups.groups.items()):
        word = group.mentions[0].text
        if (
            group is club or len(group.mentions[0].tokens) != 1 or not word.endswith("s") or not word.istitle()
            or key in name_words or key in _CLUB_TAILS or key not in groups.groups
        ):
            continue
        the = [text[max(0, m.start - 4):m.start].lower() == "the " for m in group.mentions]
        roles = [bool(_CLUB_NICKNAME_AFTER_RE.match(text, m.end)) for m in group.mentions]
        if all(a or b for a, b in zip(the, roles)) and any(roles):
            groups.union(key, club.key)


def _nickname_pair(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    if b in NICKNAMES.get(a, ()) or a in NICKNAMES.get(b, ()):
        return True
    if {a, b} & ABBREVIATED_GIVEN_NAMES and {a, b} & _MOHAMMAD:
        return True  # "Md. Abdur Rahim" for "Mohammad Abdur Rahim"
    # "Dash" for "Dashiell": a name clipped to its start, when the clipping is no name of its own
    short, full = sorted((a, b), key=len)
    return len(short) >= 3 and len(full) >= len(short) + 2 and full.startswith(short) and short not in FIRST_NAMES


def _merge_family_first(groups: _Groups) -> None:
    """"OKUBO Renji" is "Renji Okubo": a family name in capitals, written first."""
    for key, group in list(groups.groups.items()):
        m = group.mentions[0]
        if len(m.tokens) != 2:
            continue
        family, given = m.tokens
        if len(family.text) >= 2 and family.text.isupper() and family.text.isalpha() and given.text.istitle():
            western = _norm(f"{given.text} {family.text}")
            if western in groups.parent and groups.find(western) != groups.find(key):
                groups.union(key, western, rename=True)


def _merge_styled_short_forms(groups: _Groups) -> None:
    """"Mr Justice Wu" is "Wu Shing-fai" and "Justice Tsang" is "Alvin Tsang": a judge's style and
    family name, the one person of that family name named in full."""
    styled = [
        (key, tokens[-1].text) for key, group in groups.groups.items()
        for tokens in [group.mentions[0].tokens]
        if len(tokens) in (2, 3) and tokens[-2].text == "Justice" and (len(tokens) == 2 or tokens[0].key in _JUDGE_STYLES)
    ]
    for key, surname in styled:
        full = set()
        for other, group in groups.groups.items():
            m = group.longest()
            names = [t.text for t in m.tokens]
            if groups.find(other) == groups.find(key) or "Justice" in names:
                continue
            if len(names) == 2 and (
                names[0] == surname and _GIVEN_NAME_RE.fullmatch(names[1]) or names[1] == surname and _person_shaped(m)
            ):
                full.add(groups.find(other))
        if len(full) == 1 and groups.find(key) not in full:
            groups.union(key, full.pop())


_PEERAGES = frozenset({"lord", "lady", "baroness", "baron", "viscount"})
_ADDRESS_STYLES = frozenset({"pak", "bu"})  # Indonesian: "Pak Kuswanto", "Bu Lestari"


def _merge_addressed_names(groups: _Groups) -> None:
    """"Pak Kuswanto" in a quote is Kuswanto, whom the story names alone: a style of address before the
    one name many Indonesians go by ("Pak Shing Logistics", three words, is a company's name)."""
    for key, group in list(groups.groups.items()):
        tokens = group.longest().tokens
        if len(tokens) != 2 or tokens[0].key not in _ADDRESS_STYLES or key not in groups.groups:
            continue
        named = groups.groups.get(groups.find(tokens[1].key)) if tokens[1].key in groups.parent else None
        if named is not None and _decide(named) == "PERSON" and groups.find(tokens[1].key) != groups.find(key):
            groups.union(key, tokens[1].key, rename=True)  # (and is called by the name alone)


def _merge_nicknames(groups: _Groups) -> None:
    """"Bill Okoye" and "William Okoye" are one person, and so are "Walter Anton Kessling" and "Walter Kessling"."""
    by_surname: dict[str, list[tuple[int, str, str, int]]] = defaultdict(list)
    for key, group in groups.groups.items():
        m = group.longest()
        if len(m.tokens) in (2, 3) and _person_shaped(m):
            start = min(x.start for x in group.mentions)
            by_surname[m.tokens[-1].key].append((start, key, m.tokens[0].text, len(m.tokens)))
    for entries in by_surname.values():
        entries = sorted(entries)[:40]
        for i, (_, key_a, first_a, size_a) in enumerate(entries):
            for _, key_b, first_b, size_b in entries[i + 1:]:
                middle_name = size_a != size_b and first_a == first_b
                if (middle_name or _nickname_pair(first_a, first_b)) and groups.find(key_a) != groups.find(key_b):
                    groups.union(key_b, key_a)
        # "Julian Pennick, now Lord Pennick": a peer is the one person the story names with his surname
        named = {groups.find(key) for _, key, first, _ in entries if first.lower() not in _PEERAGES}
        if len(named) == 1:
            owner = named.pop()
            for _, key, first, size in entries:
                if size == 2 and first.lower() in _PEERAGES and groups.find(key) != owner:
                    groups.union(key, owner)


def _nicknames_by_name() -> dict[str, list[str]]:
    """"william" -> ["bill", "will", ...]: NICKNAMES turned around, in its order."""
    table: dict[str, list[str]] = {}
    for nick, fulls in NICKNAMES.items():
        for full in fulls:
            nicks = table.setdefault(full, [])
            if nick not in nicks:
                nicks.append(nick)
    return table


_NICKNAMES_BY_NAME = _nicknames_by_name()


_KIN_NOUNS = (
    "wife|husband|widow|widower|spouse|daughter|son|brother|sister|mother|father|grandson|granddaughter|niece|nephew"
)
_KIN_NOUN_WORDS = frozenset(_KIN_NOUNS.split("|")) | frozenset("uncle aunt cousin".split())
# ("Their mother, Smt. Kamakshi Sundaralingam": an honorific between them)
_KINSHIP_BEFORE_RE = re.compile(
    rf"\b(?:{_KIN_NOUNS}|children)\b(?:-in-law)?,?\s+(?:the\s+late\s+)?(?:(?:Mr|Mrs|Ms|Dr|Smt|Shri|Sri|Dame|Lady)\.?\s+)?$",
    re.IGNORECASE,
)


def _not_introduced_as(
    body: str, groups: _Groups, options: list[tuple[int, str]], role: re.Pattern, after: re.Pattern | None = None
) -> set[str]:
    """The groups among ``options`` whose first mention does not follow ``role`` ("his wife,", "the subsidiary"),
    nor, with ``after``, come before it (", the Sacco's wholly owned subsidiary")."""
    first: dict[str, int] = {}
    for pos, key in sorted(options):
        first.setdefault(groups.find(key), pos)  # a relative or a subsidiary is introduced as one on first mention
    found = set()
    for key, pos in first.items():
        if role.search(body, max(0, pos - 30), pos):
            continue
        end = next((m.end for m in groups.groups[key].mentions if m.start == pos), None) if after else None
        if end is None or not after.match(body, end):
            found.add(key)
    return found


# "Park Mi-rae, CEO of the battery unit and the chairman's younger sister,": a relative of the one the story
# calls by office ("her brother" beside a name leaves the nearest name to each mention)
# ("Liao Hsin-yi, Hung's wife and a Sunrail director,": the relative of someone named)
_KINSHIP_AFTER_RE = re.compile(
    r",[^.;]{0,80}?\b(?:the\s+[\w’']+|[A-Z][\w’'-]+)[’']s\s+(?:(?:younger|elder|older|eldest|youngest|late)\s+)?"
    rf"(?:{_KIN_NOUNS}|cousin)\b"
    # ("Paul Hargrove, is the brother-in-law of Chief Executive Linda Hargrove")
    rf"|,?\s+(?:who\s+)?(?:is|was)\s+(?:also\s+)?(?:the|a)\s+(?:(?:younger|elder|older|eldest|youngest)\s+)?"
    rf"(?:{_KIN_NOUNS}|cousin)(?:-in-law)?\s+of\b"
)


def _kin_by_apposition(body: str, group: _Group) -> bool:
    first = min(group.mentions, key=lambda m: m.start)
    return _KINSHIP_AFTER_RE.match(body, first.end) is not None


# ("Tom Hartley, Lumora’s general counsel, who is not related to the former CEO,", "Ann Ruiz (no relation)",
# "Ingrid von Hagen is not related to ...")
_NO_RELATION_AFTER_RE = re.compile(
    r"(?:\s*[,(][^.;]{0,80}?\b|\s+)(?:(?:who\s+)?(?:is|was)\s+)?(?:not\s+related|no\s+relation|unrelated)\b"
)


def _said_unrelated(body: str, group: _Group) -> bool:
    """A namesake the story says, anywhere it names them in full, is no kin of the one it is about."""
    return any(_NO_RELATION_AFTER_RE.match(body, m.end) for m in group.mentions if len(m.tokens) > 1)


def _principal(body: str, groups: _Groups, options: list[tuple[int, str]]) -> str | None:
    """"Ferraby" beside "his wife, Marguerite Ferraby" and "His daughter, Nell Ferraby": the one
    namesake not introduced as someone's relative, whom the story calls by surname."""
    principals = _not_introduced_as(body, groups, options, _KINSHIP_BEFORE_RE)
    principals = {
        key for key in principals
        if not _kin_by_apposition(body, groups.groups[key]) and not _said_unrelated(body, groups.groups[key])
    }
    if len(principals) > 1:
        # "His son, Tomas" ... "Tomas Varga, 58,": a relative all the same
        principals = {key for key in principals if not _called_kin(body, groups.groups[key])}
    if len(principals) != 1:
        return None
    principal = principals.pop()
    # "Sheikh Faisal" is never the bare "Al Hamli": a sheikh goes by his style and given name, so the family
    # name alone is his nephew's, the namesake named nearest before it
    given = groups.groups[principal].longest().tokens[0].text
    return None if re.search(rf"\bSheikha?\s+{re.escape(given)}\b", body) else principal


def _called_kin(body: str, group: _Group) -> bool:
    """True when the text calls this person someone's relative by first name ("His son, Tomas")."""
    first = group.longest().tokens[0].text
    return any(
        _KINSHIP_BEFORE_RE.search(body, max(0, found.start() - 30), found.start())
        for found in re.finditer(rf"\b{re.escape(first)}\b", body)
    )


# "the younger Varga": the relative, not the namesake the story is about
_GENERATION_BEFORE_RE = re.compile(r"\b(?:the\s+(?:younger|elder|older)|young)\s+$", re.IGNORECASE)


def _principal_for(body: str, groups: _Groups, m: _Mention, principal: str, options: list[tuple[int, str]]) -> str:
    """The principal, or for "the younger Varga" the relative named last before the mention."""
    if _GENERATION_BEFORE_RE.search(body, max(0, m.start - 12), m.start):
        relatives = [(pos, k) for pos, k in sorted(options) if groups.find(k) != principal and pos < m.start]
        if relatives:
            return groups.find(relatives[-1][1])
    return principal


_SUBSIDIARY_AFTER_RE = re.compile(
    r",\s+(?:the\s+[\w’'-]+[’']s|its|their|a|an)\s+(?:[\w-]+\s+){0,2}?"
    # ("Rooiberg Drilling SA (Pty) Ltd, the group's South African operating company")
    r"(?:subsidiary|unit|division|affiliate|arm|offshoot|operating\s+(?:company|business|subsidiary))\b"
)


_SUBSIDIARY_BEFORE_RE = re.compile(
    r"\b(?:subsidiary|subsidiaries|unit|division|affiliate|arm|offshoot)\b,?\s+(?:called\s+|named\s+)?$",
    re.IGNORECASE,
)


# An obituary's family, named by first names after the kin they are: "the son of Edwin and Clara",
# "his sons, Dale (Karen) Vanderslice and Gary", "grandchildren, Ryan (Megan), Emily, Nathan and Lily"
_KIN_LIST_BEFORE_RE = re.compile(
    r"\b(?:(?:son|daughter|child)\s+of|(?:sons|daughters|children|grandchildren|great-grandchildren|grandsons|"
    r"granddaughters|brothers|sisters|siblings|parents|nieces|nephews),)\s+"
    r"(?:[A-Z][a-z’'-]+(?:\s+\([A-Z][a-z’'-]+\))?(?:\s+[A-Z][a-z’'-]+)?,?\s+){0,6}(?:and\s+)?$"
)
# An obituary's "Dale (Karen) Vanderslice" (a son and his wife) and "Clara (Gruenke) Vanderslice" (a mother,
# born Gruenke)
_FAMILY_BRACKET_RE = re.compile(r"\b([A-Z][a-z’'-]+) \(([A-Z][a-z’'-]+)\) ([A-Z][a-z][\w’'-]+)\b")
# The last words of towns' names: "Sheboygan Falls", "Palm Springs", "Shaker Heights"
_TOWN_NAME_TAILS = frozenset("falls springs heights city town village park beach hills".split())
_NOT_MAIDEN_NAMES = PLACES | frozenset("pty pvt private proprietary holdings group international".split())
# A fund or prize named for a person: "the Bud Vanderslice Apprentice Fund", "the Amara Osei Scholarship"
_NAMED_FOR_TAILS = frozenset("fund scholarship scholarships prize award bursary memorial endowment".split())
_TEAM_TAILS = frozenset(("team", "racing"))
_EVENT_TAILS = frozenset(("week", "festival", "expo", "summit", "conference", "games", "marathon", "carnival", "fair"))
# "the National Oil Palm Smallholders Carnival 2025", "Paris Air Show 2025": an edition's year, part of its name
_EDITION_TAILS = _EVENT_TAILS | {"show", "awards", "convention", "hackathon", "championships", "cup"}
_EDITION_YEAR_RE = re.compile(r" (?:19|20)\d\d(?![\w-]|[.,]\d)")


def _document_name(tokens) -> bool:
    """"Competition Act", "Tessellate Open Weights License 1.0": a law's or a licence's name."""
    words = [t.key for t in tokens if not t.text[:1].isdigit()]
    return len(words) > 1 and words[-1] in _DOCUMENT_TAILS


_FAMILY_ARTICLE_RE = re.compile(r"(?:al|Al|el|El)[ -][A-Z][\w’'-]+")
_IWI_HEADS = frozenset({"Ngāti", "Ngati", "Ngāi", "Ngai"})
_COMPASS_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(sorted(word.title() for word in _COMPASS_WORDS))}) $")


def _merge_compass_cut_names(body: str, groups: _Groups) -> None:
    """"Southern Reef holds ..." beside "Southern Reef Fisheries": the compass word the runs cut off (it
    opens places) opens the company's short name, so the word after it is that company, not a reef."""
    heads: dict[str, set[str]] = defaultdict(set)
    for key, group in groups.groups.items():
        tokens = group.longest().tokens
        if len(tokens) >= 3 and tokens[0].key in _COMPASS_WORDS and _decide(group) == "ORG":
            heads[tokens[1].key].add(key)
    for word, owners in heads.items():
        if len(owners) != 1 or word not in groups.parent:
            continue
        cut = groups.groups.get(groups.find(word))
        owner = groups.find(next(iter(owners)))
        if cut is None or groups.find(word) == owner or cut.multi or not all(
            _COMPASS_BEFORE_RE.search(body, max(0, m.start - 9), m.start) for m in cut.mentions
        ):
            continue
        for m in cut.mentions:
            # (the mention takes its compass word back: "Southern Reef", not "Reef")
            compass = _COMPASS_BEFORE_RE.search(body, max(0, m.start - 9), m.start)
            word_token = _Token(compass.start() - m.base, compass.end() - 1 - m.base, compass.group().strip())
            m.start, m.text, m.tokens = compass.start(), body[compass.start():m.end], [word_token, *m.tokens]
        groups.union(word, owner)


_MANAGED_VEHICLES = frozenset("trust reit fund funds".split())


def _fund_manager(tokens: tuple[_Token, ...] | list[_Token]) -> bool:
    """"Kestrel Logistics Trust Management Ltd": the company that runs a trust or a fund, named after it."""
    at = next((i for i, t in enumerate(tokens) if t.key == "management"), 0)
    return at >= 2 and tokens[at - 1].key in _MANAGED_VEHICLES


def _merge_name_parts(body: str, groups: _Groups, offset: int = 0) -> None:
    """Attach surname-only, first-name-only and short company names to the full name.

    Order is read from ``offset`` on: a headline's "Fusion startup Auralis raises ..." comes
    before the body's "Auralis Fusion, a startup spun out of ..." but does not introduce it.
    """
    persons: dict[str, list[tuple[int, str]]] = defaultdict(list)  # part -> (pos, key)
    firsts: dict[str, list[tuple[int, str]]] = defaultdict(list)
    orgs: dict[str, list[tuple[int, str]]] = defaultdict(list)
    suffixed: set[str] = set()
    middles: set[tuple[str, str]] = set()  # (surname, group) where the surname is the first of two
    entry_names: dict[str, set[str]] = defaultdict(set)  # a team -> its names with a sponsor's in front
    # "Quarry 5.0" and "Quarry 4.9": a product released under the bare name, which is no company's short form
    versioned = {
        _norm(" ".join(t.text for t in m.tokens[:-1])) for group in groups.groups.values() for m in group.mentions
        if len(m.tokens) == 2 and "." in m.tokens[-1].text and _NUMBER_RE.fullmatch(m.tokens[-1].text)
    }
    for key, group in list(groups.groups.items()):
        typed = None  # decided on the first name of two words or more
        for m in group.mentions:
            if len(m.tokens) < 2:
                continue
            if typed is None:
                typed = _decide(group)
            if _document_name(m.tokens):
                continue  # "Tessellate" is not short for "the Tessellate Open Weights License": a licence names its owner
            if len(m.tokens) == 2 and m.tokens[1].key == "family":
                continue  # "Mr Goh" is one of "the Goh family", not the family
            if _person_shaped(m) and typed in ("PERSON", "OTHER"):
                if len(m.tokens) == 2 and _GIVEN_NAME_RE.fullmatch(m.tokens[1].text):
                    # "Seo Min-kyu", "Zhang Wei-ming": the family name first, then the given name
                    persons[m.tokens[0].key].append((m.start, key))
                    continue
                if not (
                    m.tokens[-1].key in PLACES and m.tokens[0].key not in FIRST_NAMES
                    and not (typed == "PERSON" and group.votes["PERSON"] >= 3 and not is_everyday_word(m.tokens[0].text))
                ) or (
                    len(m.tokens) >= 3 and m.tokens[-2].key in _SURNAME_PARTICLES  # "Josué Ferreira dos Santos"
                ):
                    # ("Morning Ireland", a programme, does not take the "Ireland" said alone)
                    persons[m.tokens[-1].key].append((m.start, key))
                if _FAMILY_ARTICLE_RE.fullmatch(m.tokens[-1].text):
                    # "Thani" for "Khalid bin Jassim al-Thani": the family's name, where a sentence drops its "Al"
                    persons[_norm(m.tokens[-1].text[3:])].append((m.start, key))
                if len(m.tokens) >= 3 and m.tokens[-1].text.rstrip(".") in _GENERATIONS:
                    persons[m.tokens[-2].key].append((m.start, key))  # "Pellegrino" for "Marcus J. Pellegrino III"
                if len(m.tokens) == 4 and m.tokens[0].key in FIRST_NAMES and m.tokens[1].key not in FIRST_NAMES and all(
                    t.text.istitle() and len(t.text) <= 5 for t in m.tokens[1:]
                ):
                    # "Mr Goh" for "Melvin Goh Kah Seng": an English given name, then a Chinese name family first
                    persons[m.tokens[1].key].append((m.start, key))
                if len(m.tokens) >= 3 and m.tokens[-2].text[:1].isupper():
                    # "Inés Calderón Vidal" ... "Calderón said": the first of two surnames
                    persons[m.tokens[-2].key].append((m.start, key))
                    if not _GIVEN_NAME_RE.fullmatch(m.tokens[-1].text) and m.tokens[-1].text.rstrip(".") not in _GENERATIONS:
                        # (but "Leung" of "Raymond Leung Ka-wai" is his only family name, before a Chinese given name,
                        # and "Villaluz" of "Ramon Villaluz Jr." his, before his generation)
                        middles.add((m.tokens[-2].key, key))
                    if len(m.tokens) in (3, 4) and m.tokens[0].text.istitle() and m.tokens[1].key not in FIRST_NAMES and not (
                        any(is_everyday_word(t.text) for t in m.tokens[2:])  # (not a headline's "Giulia Ravanello Turned")
                    ):
                        # "Marta Olazábal" for "Marta Olazábal Gorostiza": her given name and first surname; "Raymond
                        # Tan" for "Raymond Tan Chee Wei": his English name and his family name
                        orgs[_norm(" ".join(t.text for t in m.tokens[:2]))].append((m.start, key))
                if not (zipf(m.tokens[0].text) >= 3.5 and body.endswith("the ", 0, m.start)) and (
                    typed == "PERSON" or m.tokens[0].key not in PLACES or m.tokens[0].key in FIRST_NAMES
                    # (nor "Jakarta" of the untyped "Jakarta Composite Index"; but "Santiago" of Santiago Villarreal)
                ):
                    firsts[m.tokens[0].key].append((m.start, key))  # not "Tin" for "the Tin King"
                # ("s/o" and "a/l" come out as two letters, "s" and "o", "a" and "l")
                if particle := next((
                    i for i, t in enumerate(m.tokens) if t.key in PATRONYMIC_PARTICLES or t.key in ("s", "d", "a") and (
                        i + 1 < len(m.tokens) and m.tokens[i + 1].key in ("o", "l", "p")
                    )
                ), 0):
                    # "Mr Faizal" for "Mohamed Faizal bin Abdul Rahman": any of his own names before his father's
                    for given in m.tokens[1:particle]:
                        firsts[given.key].append((m.start, key))
                    if particle > 1:
                        # "Nurul Huda" for "Nurul Huda binte Abdul Rahman": her own names without her father's
                        orgs[_norm(" ".join(t.text for t in m.tokens[:particle]))].append((m.start, key))
                    family = next((i for i in range(particle + 2, len(m.tokens) - 1) if m.tokens[i].key in ("al", "el")), 0)
                    if family:
                        # "Al Naimi" for "Abdulla bin Rashid Al Naimi": the family's name after the father's
                        persons[_norm(" ".join(t.text for t in m.tokens[family:]))].append((m.start, key))
                elif len(m.tokens) >= 3 and _FAMILY_ARTICLE_RE.fullmatch(f"{m.tokens[-2].text} {m.tokens[-1].text}"):
                    # "Al Hamli" for "Omar Al Hamli", as for his uncle "Faisal bin Saeed Al Hamli"
                    persons[_norm(" ".join(t.text for t in m.tokens[-2:]))].append((m.start, key))
                if particle := next((i for i, t in enumerate(m.tokens[1:-1], 1) if _surname_particle(t.text) or (
                    t.text in _MAGHREB_PARTICLES and i == len(m.tokens) - 2  # "Ben Slimane" for "Youssef Ben Slimane"
                )), 0):
                    # "Van der Westhuizen" for "Kobus van der Westhuizen": the surname with its particles
                    # (a Fleming's "Pieter-Jan Van den Broeck" writes his with a capital)
                    orgs[_norm(" ".join(t.text for t in m.tokens[particle:]))].append((m.start, key))
                if len(m.tokens) >= 4 and all(t.text.istitle() and t.key not in PLACES for t in m.tokens) and not particle:
                    for given in m.tokens[1:-1]:
                        # "Minister Yudhistira" for "Muhammad Yudhistira Pramana Putra": one of an Indonesian's names
                        firsts[given.key].append((m.start, key))
                first = m.tokens[0].text.lower()
                for alt in NICKNAMES.get(first, ()):
                    firsts[alt].append((m.start, key))
                for nick in _NICKNAMES_BY_NAME.get(first, ()):
                    firsts[nick].append((m.start, key))
            elif typed in ("ORG", "OTHER"):
                if _fund_manager(m.tokens):
                    continue  # "Kestrel Logistics Trust Management Ltd" manages "Kestrel Logistics Trust": two bodies
                # "Halcyon" and "Beacon Row" for "Halcyon Labs" and "Beacon Row Capital";
                # a bare first word only when the full name came first ("Sunhollow").
                tokens = list(m.tokens)
                while len(tokens) > 1 and tokens[-1].text.lower().rstrip(".") in ORG_SUFFIXES:
                    form = tokens.pop()
                    if len(tokens) > 2 and tokens[-1].text in ("of", "for"):
                        tokens.pop()  # "Halvorsen Institute" of "Halvorsen Institute of Technology"
                    elif len(tokens) > 2 and tokens[-1].text == "de" and form.text in ("C.V", "C.V."):
                        tokens.pop()  # "S.A.B. de C.V.": Mexico's legal form, in three words
                    suffixed.add(key)
                    orgs[_norm(" ".join(t.text for t in tokens))].append((m.start, key))
                    if len(tokens) > 2 and tokens[-1].key in COUNTRIES:
                        # "Kakiri Dairies" for "Kakiri Dairies Uganda Limited": the country its company is in
                        orgs[_norm(" ".join(t.text for t in tokens[:-1]))].append((m.start, key))
                    if " & " in m.text:  # "Orrin & Tate" for "Orrin & Tate Foods Ltd": the "&" is in the short name too
                        orgs[_norm(m.text[:tokens[-1].end - m.tokens[0].start])].append((m.start, key))
                if len(m.tokens) > 1 and (
                    m.tokens[-1].key in _CLUB_TAILS
                    or typed == "ORG" and m.tokens[-1].text.istitle() and m.tokens[-1].key not in PLACE_SUFFIXES and (
                        _team_plural(m.tokens[-1].key)
                        # "the Pittsburgh Ironclads" ... "the Ironclads": a city's team by its plural nickname
                        or len(m.tokens) == 2 and m.tokens[0].text.lower() in PLACES and len(m.tokens[-1].key) >= 5
                        and m.tokens[-1].key.endswith("s") and not m.tokens[-1].key.endswith("ss")
                    )
                ):
                    # "Rovers" for "Ravensmoor Rovers", "the Badgers" for "the Harwick Falls Badgers"
                    orgs[m.tokens[-1].key].append((m.start, key))
                    suffixed.add(key)
                elif len(m.tokens) == 2 and m.tokens[-1].key in _TOWN_TAILS and typed == "ORG":
                    suffixed.add(key)  # "to beat Oldmere" before "Oldmere Town 2-1": the club, called short
                # "Velocis Caldera F1 Team": a one-word sponsor before the team's own name
                first_cut = 1 if m.tokens[-1].key in _TEAM_TAILS else 2
                sponsored = next((
                    cut for cut in range(first_cut, len(tokens) - 1)
                    if tokens[cut].key in groups.groups and tokens[cut].key != tokens[0].key
                    and len(groups.groups[tokens[cut].key].longest().tokens) == 1
                ), None) if key in suffixed else None
                if sponsored is not None:
                    # "Kestrel Pay Valdren F1 Team" beside "Kestrel Pay" and "Valdren": the team, named
                    # with its sponsor's name first; "Valdren" stands for it, "Kestrel Pay" does not
                    orgs[tokens[sponsored].key].append((m.start, key))
                    entry_names[tokens[sponsored].key].add(key)
                elif key in suffixed:
                    # "Cardinal Peak" for "Cardinal Peak Sports Partners": the name before its trade words
                    for cut in range(2, len(tokens)):
                        if tokens[cut - 1].text.lower() not in ORG_SUFFIXES and not (
                            # (nor the town "Sheboygan Falls" of "Sheboygan Falls High School")
                            tokens[cut - 1].key in _TOWN_NAME_TAILS and tokens[-1].key in _INSTITUTION_LOWER | {"high"}
                        ):  # not "Ravensmoor Rovers" of its trust
                            orgs[_norm(" ".join(t.text for t in tokens[:cut]))].append((m.start, key))
                            if " & " in m.text:
                                # "Brandt & Veerman" for "Brandt & Veerman Koffie B.V.": the "&" in the short name too
                                orgs[_norm(m.text[:tokens[cut - 1].end - m.tokens[0].start])].append((m.start, key))
                rest = groups.groups.get(_key_after_first(tokens)) if len(tokens) > 1 else None
                # ("Broadband bosses apologise" in the headline names no "Broadband" of its own)
                named_apart = rest is not None and any(not (x.initial or x.heading) for x in rest.mentions)
                # (nor "Jakarta" of "the Jakarta Composite Index": a city is never a name's short form)
                if len(tokens) > 1 and not named_apart and " & " not in m.text and sponsored is None and (
                    tokens[0].key not in PLACES or tokens[0].key in FIRST_NAMES
                ) and not (len(m.tokens) > 2 and m.tokens[-1].key in _NAMED_FOR_TAILS) and not (
                    # (nor "NATO" of "the NATO Support and Procurement Agency": the alliance is a body of its own)
                    len(m.tokens) > 2 and tokens[0].text.isupper() and tokens[0].key in WELL_KNOWN_ORGS
                ):
                    # (not the "Bud" of "the Bud Vanderslice Apprentice Fund", who is the man it remembers)
                    # not "Vantaro Lumen Fold" beside "Lumen Fold" (an owner and its product), nor the
                    # "Ebele" of the law firm "Ebele & Strand", who is a partner
                    orgs[tokens[0].key].append((m.start, key))
                of = next((i for i, t in enumerate(tokens) if t.text == "of"), 0)
                # ("the Central Bank of The Bahamas", "of New Zealand": the country's article, or its two words)
                country = tokens[of + 2:] if of and of + 2 < len(tokens) and tokens[of + 1].key == "the" else tokens[of + 1:]
                if of >= 2 and 1 <= len(country) <= 2 and " ".join(t.text.lower() for t in country) in PLACES and (
                    tokens[of - 1].key in ORG_SUFFIXES
                ):
                    # "the Central Bank" for "the Central Bank of Ireland": the country's is the one meant (a dek may
                    # call it short before the story names it in full)
                    orgs[_norm(" ".join(t.text for t in tokens[:of]))].append((m.start, key))
                    suffixed.add(key)
                if (
                    (len(tokens) >= 3 or len(tokens) == 2 < len(m.tokens)) and tokens[0].key in PLACES and tokens[1].text.istitle()
                    and not is_everyday_word(tokens[1].text) and tokens[1].key not in PLACES
                ):
                    # "Hengtai" for "Zhejiang Hengtai Alloy Co": a Chinese company's home province goes first
                    # (and "Mumtalakat" for "Bahrain Mumtalakat Holding Company": a country's, before its forms)
                    orgs[tokens[1].key].append((m.start, key))
                    if any(t.text == "Group" for t in m.tokens[2:]):
                        # ("Hengyuan Group" for "China Hengyuan Power Battery Group Co., Ltd.")
                        orgs[_norm(f"{tokens[1].text} Group")].append((m.start, key))
                if len(m.tokens) >= 4 and m.tokens[0].key in PLACES and m.tokens[1].text.istitle() and (
                    m.tokens[1].key not in PLACES and not is_everyday_word(m.tokens[1].text)
                ):
                    named = list(m.tokens[1:])
                    while len(named) > 2 and (named[-1].text.lower().strip(".,") in _LEGAL_FORMS or named[-1].key == "co"):
                        named.pop()
                    if len(named) < len(m.tokens) - 1:
                        # "Yaoneng Technology" for "Shenzhen Yaoneng Technology Co., Ltd.": the name without its city
                        # and its legal form
                        orgs[_norm(" ".join(t.text for t in named))].append((m.start, key))
                if len(m.tokens) > 1 and m.tokens[0].text.lower() in _ORG_PREFIXES:
                    # "Grupo Logístico Almansa" is "Almansa", before or after the full name (and "Banque Sannine SAL"
                    # "Sannine", its legal form aside)
                    orgs[(tokens[-1] if len(tokens) > 1 else m.tokens[-1]).key].append((m.start, key))
                    if len(tokens) > 3:
                        # "Establecimientos Agroindustriales Pampa Sur S.A." is "Pampa Sur", and
                        # "PT Bumi Kencana Nikel Tbk" is "Bumi Kencana"
                        orgs[_norm(" ".join(t.text for t in tokens[-2:]))].append((m.start, key))
                        orgs[_norm(" ".join(t.text for t in tokens[1:3]))].append((m.start, key))
                    if len(m.tokens) > 3:
                        # "PT Cahaya Bangka Logamindo" is "Cahaya Bangka" too
                        orgs[_norm(" ".join(t.text for t in m.tokens[1:-1]))].append((m.start, key))
                    suffixed.add(key)
                if len(m.tokens) > 2 and m.tokens[0].text.lower() in _LEGAL_FORM_PREFIXES and m.tokens[0].text.isupper():
                    # "SIA Vanags Systems" is "Vanags Systems": a Latvian company's legal form goes first
                    orgs[_norm(" ".join(t.text for t in m.tokens[1:]))].append((m.start, key))
                    suffixed.add(key)
                if m.tokens[-1].text in _INSTITUTION_WORDS or m.tokens[-1].key in _GROUP_WORDS | _LEGISLATURES:
                    # "the Port Alder Harbor Commission" ... "Commission chair Marcus Delgado",
                    # "the Premier Alliance" ... "Alliance chief executive Harriet Okonedo"
                    orgs[m.tokens[-1].key].append((m.start, key))
    for part, options in persons.items():
        last_names = [option for option in options if (part, option[1]) not in middles]
        if last_names and len(last_names) < len(options):
            # "Varga" is Andras Varga's surname before it is the first of Katalin Varga Morrow's two
            persons[part] = last_names
    # (a section heading, "Welcoming Tillery and Norwend Controls", may call a company short before the prose names it)
    firsts_seen = {
        key: min(
            (m.start for m in group.mentions if m.start >= offset and not m.heading),
            # (a short form only ever in a section heading, "Solway snaps up Kestrel ...", over the paragraph that
            # names "Kestrel Cold Chain": the heading's short form of it)
            default=len(body) if any(m.start >= offset for m in group.mentions) else 0,
        )
        for key, group in groups.groups.items()
    }
    for key in list(groups.groups):
        group = groups.groups.get(key)
        if group is None or key not in persons and key not in firsts and key not in orgs:
            continue
        if group.multi and _FAMILY_ARTICLE_RE.fullmatch(group.longest().text):
            tables = ((persons, True),)  # "Al Kuwari" for "Mubarak bin Rashid al-Kuwari": his family's name
        elif group.multi:
            tables = ((orgs, False),)
        elif key in FIRST_NAMES:
            tables = ((persons, True), (firsts, True), (orgs, False))
        else:
            # "Harbor" beside "Harbor Silicon" and "Harbor Relay": a company first.
            tables = ((persons, True), (orgs, False), (firsts, True))
        org_options = orgs.get(key) if key not in versioned else None
        if org_options:
            first = firsts_seen.get(key, 0)
            org_options = [
                (pos, k) for pos, k in org_options if (k in suffixed or pos < first)
                and not (first < pos and _OWNED_THING_BEFORE_RE.search(body, max(0, pos - 80), pos))
            ]
        if org_options and key in persons and key not in FIRST_NAMES and (
            {k for _, k in org_options} - {k for _, k in persons[key]}  # (not "El Mernissi" of one man, filed twice)
        ):
            # "Pettersen" beside "Pettersen Marine" and "Erik Pettersen": each goes to the one named last.
            _split_person_org(body, groups, key, persons[key], orgs[key], offset)
            continue
        for table, is_person in tables:
            options = org_options if table is orgs else table.get(key)
            if not options or table is orgs and _decide(group) == "PLACE" and (
                not group.multi or group.mentions[0].text.lower() in PLACES
                or group.votes["PLACE"] >= 5 and group.longest().tokens[-1].text.lower() not in PLACE_SUFFIXES
                # ("Thames Basin shares fell": a company's short name, though its "Water" heads a town's bodies too)
                or _civic_bodies_of(groups, group, options) and not any(
                    body.startswith((" shares", "’s shares", "'s shares"), m.end) for m in group.mentions
                )
            ):
                # "CHANDLER, Ariz." is the city, not short for "Chandler City Council"; "Hong Kong" is not
                # short for "Hong Kong Stock Exchange", nor "in Tannery Flats" for "Tannery Flats Neighbors United"
                continue
            if table is firsts and key not in FIRST_NAMES and group.votes["PLACE"] >= 5 and _decide(group) == "PLACE":
                # "the Banat region" is no one's first name: "Banat Agrar", "Oslo Børs" only look like a person's
                for _, k in options:
                    named = groups.groups[groups.find(k)]
                    named.votes["PERSON"] = min(named.votes["PERSON"], 0.0)
                continue
            targets = {groups.find(k) for _, k in options if groups.find(k) != groups.find(key)}
            if not targets:
                continue
            if table is orgs and len(targets) > 1 and (
                all(_legal_base(groups, t) == key for t in targets)
                # "Mekong Stitch Apparel Plc", formerly "Mekong Stitch Apparel Co., Ltd.": one company, two legal forms
                or len({_norm(_legal_base(groups, t)) for t in targets}) == 1
                # "Orion Caldera F1 Team" then "Velocis Caldera F1 Team": one team under its old and new sponsor
                or targets <= {groups.find(k) for k in entry_names.get(key, ())}
                # "Cerro Alto Capital" and "Cerro Alto Capital SL": one name, with and without its legal form
                or _nested_names([groups.groups[t].longest().text for t in targets])
            ):
                # "Shirakawa Precision Holdings" and "Shirakawa Precision Co., Ltd.": one company in two legal forms
                first_target, *rest = targets
                for other in rest:
                    groups.union(first_target, other)
                targets = {groups.find(first_target)}
            if table is orgs and len(targets) > 1:
                # "Lumora Studios" beside "Lumora Studios Ltd.": one of the options, with and without its legal form
                for bare in [t for t in targets if any(u != t and _legal_base(groups, u) == t for u in targets)]:
                    groups.union(next(u for u in targets if u != bare and _legal_base(groups, u) == bare), bare)
                targets = {groups.find(t) for t in targets}
            if table is orgs and len(targets) > 1:
                # "Sälzer" beside "Sälzer Halbleiter AG" and "the subsidiary Sälzer Fab Freiberg GmbH": the parent
                # (or "Maziwa Bora Processors Limited, the Sacco's wholly owned subsidiary": a unit, introduced after)
                parents = _not_introduced_as(body, groups, options, _SUBSIDIARY_BEFORE_RE, _SUBSIDIARY_AFTER_RE)
                if len(parents) == 1:
                    targets = parents
            if table is orgs and len(targets) > 1:
                # "Calder Ridge" beside "Calder Ridge Capital" and "Calder Ridge Bidco GmbH": the buyer, not the
                # vehicle it bids through
                principals = {t for t in targets if not _VEHICLE_RE.search(groups.groups[t].longest().text)}
                if len(principals) == 1:
                    targets = principals
            if len(targets) == 1:
                target = targets.pop()
                if table is orgs:
                    # "Haldane Harbour" for "Haldane Harbour FC": the short form names the club, not a harbour
                    group.votes = defaultdict(float, ORG=group.votes.get("ORG", 0.0))
                groups.union(key, target)
                if is_person:
                    groups.groups[groups.find(target)].person_part = True
            else:
                # ("Al Hamli" of "Omar Al Hamli" and his uncle "Faisal bin Saeed Al Hamli", "von Hagen" of two von
                # Hagens: a family name of two words, shared out like a surname)
                family = group.multi and _family_name_of_people(groups, group, targets)
                if not group.multi or family:
                    principal = _principal(body, groups, options) if table is persons or family else None
                    _split_ambiguous(body, groups, key, options, is_person or family, principal, offset)
            break


def _family_name_of_people(groups: _Groups, group: _Group, targets: set[str]) -> bool:
    """"Al Hamli", "Von Hagen": a family name with its article or particle, and every name it may be, a person's."""
    return _opens_family_name(group.longest().tokens[0].text) and all(
        _decide(groups.groups[target]) == "PERSON" for target in targets
    )


def _opens_family_name(word: str) -> bool:
    """"Al" of "Al Hamli", "von" of "von Hagen": the article or particle a family name of two words opens with."""
    return word.lower() in ("al", "el") or _surname_particle(word)


# "Zefiro ... its freight and parcel business, Zefiro Cargo": a company's own unit or product, named after it
# once the company has been named alone
_OWNED_THING_BEFORE_RE = re.compile(
    r"\bits\s+(?:[\w-]+\s+){0,4}(?P<kind>product|business|unit|division|arm|brand|service|platform|app|subsidiary|"
    r"label|offshoot),?\s+$"
)
_OWNED_UNITS = frozenset({"business", "unit", "division", "arm", "subsidiary", "offshoot", "label"})


# The first word after a town's name in a body it runs: "Kessler Ridge Fire Department", "Aldine County Sheriff's Office"
_CIVIC_HEADS = frozenset(
    "fire police sheriff sheriff's sheriff’s city county town village borough school schools public board "
    "emergency department office council commission transit water parks health housing township "
    "community regional memorial medical hospital".split()  # "Caddo Springs Community Hospital"
    # "Mill Lane Residents’ Association": the street's people, who are not the street
    + "residents residents’ residents' tenants tenants’ tenants' neighbours neighbors".split()
    + ["authority"]  # "Tamsara Canal Authority": the body that runs the canal
)


def _nested_names(names: list[str]) -> bool:
    """Whether each name, shortest first, opens the next: "Cerro Alto Capital", "Cerro Alto Capital SL"."""
    ordered = sorted(names, key=len)
    return all(longer.startswith(shorter + " ") for shorter, longer in zip(ordered, ordered[1:]))


def _civic_bodies_of(groups: _Groups, group: _Group, options: list[tuple[int, str]]) -> bool:
    """Whether every longer name the place is short for is a body of that place, named after it."""
    size = len(group.longest().tokens)
    for _, key in options:
        tokens = groups.groups[groups.find(key)].longest().tokens
        if len(tokens) <= size or tokens[size].text.lower() not in _CIVIC_HEADS:
            return False
    return True


_LEGAL_FORMS = frozenset(
    "holdings holding co co. ltd ltd. limited pty inc inc. corp corp. corporation plc llc group gmbh ag sa sas sarl "
    "srl spa bv nv ab asa oy oyj kk k.k se n.v n.v. s.a s.a. b.v b.v. a.ş a.ş. t.a.ş t.a.ş. s.c jsc pjsc cjsc ojsc fze fzco "
    "berhad bhd sdn pte pvt tbk llp "
    "sanayi ticaret ve".split()  # Türkiye's "... Sanayi ve Ticaret A.Ş.": industry and trade, before the form
) | frozenset(_SMALL_LEGAL_FORMS)  # (each as one token)


# "Dr Camilleri" beside "Kurt Camilleri": the style that tells two people of one surname apart
# (and an office's short style: "Rep. Villaluz", "Sen. Ortiz", "Gov. Pham")
_STYLE_BEFORE_SURNAME_RE = re.compile(r"(?<![\w’'])(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Dame|Sir|Lady|Lord|Rep|Sen|Gov|Sec|Ntate|[’']Me)\.?\s$")


def _with_edition_years(text: str, offset: int, entities: list[Entity]) -> list[Entity]:
    """An event named with its edition's year ("... Carnival 2025"): the year is part of the name where
    the text writes it."""
    dated = []
    for e in entities:
        if e.type != "OTHER" or e.name.rsplit(" ", 1)[-1].lower() not in _EDITION_TAILS:
            dated.append(e)
            continue
        spans, aliases = [], []
        for start, end in e.spans:
            if year := _EDITION_YEAR_RE.match(text, end + offset):
                end = year.end() - offset
            spans.append((start, end))
            if (alias := text[start + offset:end + offset]) not in aliases:
                aliases.append(alias)
        name = aliases[0] if len(aliases) == 1 else e.name
        dated.append(replace(e, name=name, aliases=tuple(aliases), spans=tuple(spans)))
    return dated


def _tell_shared_surnames_apart(text: str, offset: int, entities: list[Entity]) -> list[Entity]:
    """Two people of one surname ("Kurt Camilleri", "Dr Roberta Camilleri"): where the story tells them apart
    by a style ("Dr Camilleri"), the alias keeps it, so that no alias names both."""
    counts = Counter(a for e in entities if e.type == "PERSON" for a in set(e.aliases) if " " not in a)
    shared = {alias for alias, n in counts.items() if n > 1}
    if not shared:
        return entities
    told_apart = []
    for e in entities:
        if e.type != "PERSON" or not shared.intersection(e.aliases):
            told_apart.append(e)
            continue
        aliases: list[str] = []
        for start, end in e.spans:
            alias = text[start + offset:end + offset]
            if alias in shared and (style := _STYLE_BEFORE_SURNAME_RE.search(text, max(0, start + offset - 6), start + offset)):
                alias = style.group().strip() + " " + alias
            if alias not in aliases:
                aliases.append(alias)
        told_apart.append(replace(e, aliases=tuple(aliases)))
    return told_apart


def _legal_base(groups: _Groups, key: str) -> str:
    """A company's name without its legal form: "Shirakawa Precision" for "Shirakawa Precision Co., Ltd."."""
    return _without_legal_form(groups.groups[key].mentions[0])


def _without_legal_form(m: _Mention) -> str:
    """The key of ``m`` with its trailing legal forms cut off ("Marlow & Finch" of "Marlow & Finch Co.")."""
    tokens = list(m.tokens)
    while len(tokens) > 1 and (
        tokens[-1].text.lower().rstrip(".,") in _LEGAL_FORMS
        # "Nyika Lithium (Private) Limited", "(Pvt) Ltd": Zimbabwe's and Pakistan's private company, bracketed
        or tokens[-1].text.lower().rstrip(".") in ("private", "pvt") and f"({tokens[-1].text}" in m.text
    ) or _share_company(tokens):
        # ("Meskerem Coffee Export Share Company": Ethiopia's form for a company with shareholders; "Nabatean
        # Fertilizer Industries Public Shareholding Company": Jordan's for a listed one)
        if _share_company(tokens):
            tokens = tokens[:-3] if len(tokens) > 3 and tokens[-3].key in ("public", "joint") else tokens[:-2]
        else:
            tokens = tokens[:-1]
    return _norm(m.text[:m.text.rfind(tokens[-1].text) + len(tokens[-1].text)])


def _share_company(tokens: Sequence[_Token]) -> bool:
    """"... Share Company", "... Public Shareholding Company": a legal form in words, after the name."""
    return len(tokens) > 2 and tokens[-1].key == "company" and tokens[-2].key in ("share", "shareholding") or (
        # ("Đồng Xanh Dairy Joint Stock Company": Viet Nam's, beside its "JSC")
        len(tokens) > 3 and tokens[-1].key == "company" and tokens[-2].key == "stock" and tokens[-3].key == "joint"
    )


def _merge_legal_forms(groups: _Groups) -> None:
    """"Marlow & Finch" is "Marlow & Finch Co.": a company named again without its legal form, or
    with another ("Meskerem Coffee Export PLC", later "... S.C." and "... Share Company")."""
    formed: dict[str, str] = {}
    for key, group in list(groups.groups.items()):
        if key not in groups.groups or not group.multi:
            continue
        for m in sorted(group.mentions, key=lambda m: -len(m.tokens)):
            last = m.tokens[-1].text
            if len(m.tokens) >= 3 and (last.lower().rstrip(".,") in _LEGAL_FORMS or _share_company(m.tokens)) and last[:1].isupper():
                break
        else:
            continue
        base = _without_legal_form(m)
        if base in groups.parent and groups.find(base) != groups.find(key) and (
            # (not where the bare name went to another company of that name: "Montemayor" in a headline, taken for
            # Montemayor Energy Corp., is no reason to join it to Montemayor Holdings Inc.)
            groups.find(base) == base or not groups.groups[groups.find(base)].multi
            or _without_legal_form(groups.groups[groups.find(base)].longest()) == base
        ):
            groups.union(base, key)
        elif base in formed and groups.find(formed[base]) != groups.find(key):
            groups.union(formed[base], key)
        formed.setdefault(base, key)


# "Dad is 81", "Grandpa bought it used", "Amma has kept the family together": what a family calls its own,
# in English or in an Indian language, no one's name.
_FAMILY_ADDRESS = frozenset(
    "Dad Daddy Mom Mommy Mum Mummy Mama Papa Pop Grandpa Grandma Granddad Grandad Gran Granny Nana Nan Grandmother "
    "Grandfather Amma Appa Ammi Abbu".split()
)
# "the Calder Springs Otters, clearing the way for the Triple-A club": a team's kind, near its name
_TEAM_NEAR_RE = re.compile(r"\b(?:team|club|franchise|squad)\b")
# A football club's last word is what its fans and reporters call it: "Rovers", "United".
_CLUB_TAILS = frozenset("rovers wanderers albion athletic rangers hotspur united".split())
_TECH_TAILS = ("DB", "OS", "JS", "QL", "AI", "IO", "HQ")
# A club named after its town, typed a company by its scores: "Oldmere Town", "Pellham City".
_TOWN_TAILS = frozenset("town city county".split())


def _merge_tech_clippings(groups: _Groups) -> None:
    """"Plume users" beside "PlumeDB": a name without its tech suffix."""
    tails = {}
    for key, group in groups.groups.items():
        text = group.mentions[0].text
        if len(group.mentions[0].tokens) == 1 and text.endswith(_TECH_TAILS) and text[-3:-2].islower():
            tails[_norm(text[:-2])] = key
    numbered = {key.rstrip("0123456789") for key in groups.groups if key[-1:].isdigit()}
    for short, full in tails.items():
        if short in numbered:
            continue  # "Nova 9" and "NovaOS": a phone line and its maker's software, each its own
        if short in groups.groups and groups.find(short) != groups.find(full):
            groups.union(short, full)


# "Mueller" for "Müller": German writes an umlaut as its vowel and an "e" when it cannot print it
_GERMAN_UMLAUT_SPELLING_RE = re.compile(r"(?<=[bcdfghjklmnprstvwz])(a|o|u)e")


def _merge_unaccented(groups: _Groups) -> None:
    """"Tran Thi Kim Oanh" and "Trần Thị Kim Oanh": one name, written with and without its diacritics."""
    by_plain: dict[str, str] = {}
    last_words: dict[str, str] = {}
    for key, group in list(groups.groups.items()):
        if len(group.mentions[0].tokens) < 2 and len(key) < 7:
            continue  # (a short word is too short to be sure: "Ha" and "Hà"; "Yildizbank" is "Yıldızbank")
        if len(group.mentions[0].tokens) > 2:
            last_words[key] = group.mentions[0].tokens[-1].key
        plain = unaccented(key)
        if plain == key and "e" in key:
            plain = _GERMAN_UMLAUT_SPELLING_RE.sub(r"\1", key)  # ("Sabine Mueller", written as she is "Müller")
        # ("Djordjevic" for "Đorđević": Serbian and Croatian write the letter as "dj" without its stroke)
        for spelled in (plain, unaccented(key.replace("đ", "dj"))) if "đ" in key else (plain,):
            other = by_plain.setdefault(spelled, key)
            if other != key and groups.find(other) != groups.find(key):
                groups.union(other, key)
    _merge_unaccented_surnames(groups)
    # "Thien Khai Group" and "Thiên Khải": the company, once by its full name without the diacritics
    for plain, key in list(by_plain.items()):
        last = unaccented(last_words.get(key, ""))
        if last not in ORG_SUFFIXES or not plain.endswith(last):
            continue
        other = by_plain.get(plain[:-len(last)])
        if other is not None and (other != plain[:-len(last)] or key != plain) and groups.find(other) != groups.find(key):
            groups.union(other, key)


def _merge_unaccented_surnames(groups: _Groups) -> None:
    """"Bartłomiej Sękowski", then "Sekowski": his surname, once printed without its marks."""
    owners: dict[str, set[str]] = defaultdict(set)
    for key, group in groups.groups.items():
        if len(group.mentions[0].tokens) >= 2 and _person_shaped(group.longest()):
            owners[unaccented(group.longest().tokens[-1].key)].add(groups.find(key))
    for key, group in list(groups.groups.items()):
        if len(group.mentions[0].tokens) != 1 or len(key) < 7:
            continue
        roots = owners.get(unaccented(key), set())
        if len(roots) != 1:
            continue
        (root,) = roots
        if groups.groups[root].longest().tokens[-1].key != key and groups.find(key) != root:
            groups.union(key, root)


_SENTENCE_BREAK_RE = re.compile(r"[.!?;]\s")


@functools.lru_cache(maxsize=8192)
def _transliterated(word: str, doubled: bool = True) -> str:
    """One spelling for a name's romanisations: Russian "Verkhovskiy" and "Verkhovsky", "Aleksei" and "Alexei";
    Thai "Weerawat Thanasombatkul" and "Werawat Thanasombatkun" (long vowels doubled or not, a final "l"
    written "n")."""
    word = unaccented(word.lower()).replace("ks", "x")
    word = word[:-2] + "y" if word.endswith(("iy", "yy", "ij")) else word
    if not doubled:
        return word
    word = _DOUBLED_LETTER_RE.sub(r"\1", word)
    return word[:-1] + "n" if len(word) >= 6 and word.endswith("l") else word


_DOUBLED_LETTER_RE = re.compile(r"([a-z])\1+")


@functools.lru_cache(maxsize=8192)
def _east_slavic(word: str) -> str:
    """One spelling for a name romanised from Ukrainian and from Russian: "Hryhoriy Yavorivskyi" and
    "Grigory Yavorovsky" (Ukrainian "h" for Russian "g", "i" for "o", "y" for "i", a given name's "-o")."""
    word = EAST_SLAVIC_GIVEN_NAMES.get(word.lower(), word)  # "Oleksandr" for "Alexander"
    word = word[:-1] if len(word) > 5 and word.endswith("lo") else word  # "Mykhailo" for "Mikhail"
    word = _transliterated(word)
    word = word[:-2] + "y" if word.endswith(("yi", "ii")) else word
    return re.sub(r"(?<![kszct])h", "g", word).replace("y", "i").replace("o", "i")


def _merge_transliterations(groups: _Groups) -> None:
    """"The EU listed Verkhovskiy, as the bloc spells his name": one person, romanised two ways; and
    "Aleksei Verkhovsky" is "Alexei Stanislavovich Verkhovsky" without his patronymic."""
    _merge_spelled_alike(groups, _transliterated, one_word=True)
    # (the looser spelling only for full names, given name and family name both alike)
    _merge_spelled_alike(groups, _east_slavic, one_word=False)


def _merge_spelled_alike(groups: _Groups, spelling, one_word: bool) -> None:
    by_form: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for key, group in groups.groups.items():
        tokens = group.longest().tokens
        if len(tokens) == 1 and one_word or len(tokens) > 1 and _person_shaped(group.longest()):
            # (a single word only by its letters: "Håkansson" and "Håkanson" are two Swedes, not one spelt twice)
            by_form[(spelling(tokens[0].text), spelling(tokens[-1].text)) if len(tokens) > 1
                    else (_transliterated(tokens[0].text, doubled=False),)].add(key)
    for keys in by_form.values():
        roots = {groups.find(key) for key in keys}
        if len(roots) == 2 and all(len(groups.groups[root].longest().tokens) <= 3 for root in roots):
            # the spelling the story uses most, or first, keeps the name ("Verkhovsky", then "Verkhovskiy")
            kept, other = sorted(roots, key=lambda root: (
                -len(groups.groups[root].mentions), min(m.start for m in groups.groups[root].mentions)
            ))
            groups.union(other, kept)


def _merge_double_surnames(body: str, groups: _Groups) -> None:
    """"Treviño Garza’s family" is Eduardo Treviño Garza: a name called by both its surnames.

    Siblings share both: "Garza Treviño told El Financiero he ..." is the brother, whom the pronoun
    says, else the one the story names first (the others it tells apart by their given names).
    """
    tails: dict[str, set[str]] = defaultdict(set)
    for key, group in groups.groups.items():
        tokens = group.mentions[0].tokens
        # (not "Al Hamli" of "Omar Al Hamli" nor "Von Hagen" of "Ingrid von Hagen": one family name with its
        # article or particle, shared out with the surnames)
        if len(tokens) >= 3 and _decide(group) == "PERSON" and not _opens_family_name(tokens[-2].text):
            tails[_norm(" ".join(t.text for t in tokens[-2:]))].add(key)
    for tail, owners in tails.items():
        short = groups.groups.get(tail)
        if (
            short is None or any(groups.find(tail) == groups.find(owner) for owner in owners)
            or short.mentions[0].tokens[0].text.lower() in FIRST_NAMES or _decide(short) not in ("PERSON", "OTHER")
        ):
            continue
        by_first = sorted(owners, key=lambda owner: min(m.start for m in groups.groups[owner].mentions))
        owner = by_first[0]
        said = [
            pronoun.lastgroup for m in short.mentions
            if (pronoun := _GENDERED_PRONOUN_RE.search(body, m.end, m.end + 60)) and not _SENTENCE_BREAK_RE.search(body, m.end, pronoun.start())
        ]
        fitting = [o for o in by_first if said and _gender_of(body, groups.groups[o]) == said[0]]
        if len(owners) > 1 and fitting:
            owner = fitting[0]
        groups.union(tail, owner)


def _merge_union_locals(groups: _Groups) -> None:
    """"Local 418" is the "United Metalworkers Local 418" named before it."""
    for key, group in list(groups.groups.items()):
        m = group.mentions[0]
        if len(m.tokens) != 2 or m.tokens[0].text != "Local" or key not in groups.groups:
            continue
        owners = {groups.find(k) for k in groups.parent if k != key and k.endswith(key)}
        if len(owners) == 1:
            owner = owners.pop()
            groups.groups[owner].votes["ORG"] += 3
            groups.union(key, owner)


_GENERATION_RE = re.compile(r"[A-Z]\d{1,3}[A-Z]?")  # "Harvest Runner H2", "Veyra V50X": a model's generation


_RELEASE_TAGS = frozenset("LTS Beta RC Preview Alpha".split())


def _merge_versions(groups: _Groups) -> None:
    """"Quire 3.5" is a version of "Quire": a release number names no new thing.

    Without the bare name, "Slate 2" and "Slate 3" are still one product line.
    """
    versions: dict[str, str] = {}  # base -> the first version's key
    models: dict[str, set[str]] = defaultdict(set)  # base -> the models merged into it
    for key, group in list(groups.groups.items()):
        for m in group.mentions:
            tokens = m.tokens[:-1] if len(m.tokens) > 2 and m.tokens[-1].text in _RELEASE_TAGS else m.tokens
            last = tokens[-1].text  # "OpenTide 6 LTS": the release, then its channel
            if len(tokens) >= 2 and (_NUMBER_RE.fullmatch(last) or _GENERATION_RE.fullmatch(last)):
                base = _norm(" ".join(t.text for t in tokens[:-1]))
                if base in groups.parent and groups.find(base) != groups.find(key):
                    if _decide(groups.groups[groups.find(base)]) in ("PRODUCT", "OTHER"):
                        groups.union(key, base)
                        if _GENERATION_RE.fullmatch(last):
                            models[base].add(last)
                elif base not in groups.parent and _decide(group) == "PRODUCT" and _NUMBER_RE.fullmatch(last):
                    # "Slate 2" and "Slate 3"; not "Vista X4" beside "Vista X5", a model and its successor
                    sibling = versions.setdefault(base, key)
                    if groups.find(sibling) != groups.find(key):
                        groups.union(key, sibling)
                        groups.groups[groups.find(sibling)].line_name = " ".join(t.text for t in tokens[:-1])
                break
            if len(m.tokens) == 1 and (hyphened := _HYPHEN_VERSION_RE.fullmatch(last)):
                # "CorvidLM-3.1" beside "CorvidLM": the version of a product the story also names bare
                base = _norm(hyphened.group(1))
                if base in groups.parent and groups.find(base) != groups.find(key) and _decide(
                    groups.groups[groups.find(base)]
                ) in ("PRODUCT", "OTHER"):
                    groups.union(key, base)
                break
    for base, tags in models.items():
        if len(tags) >= 2:
            # "Veyra V35" and "Veyra V50X" beside "Veyra": the line, named without a model
            groups.groups[groups.find(base)].line_name = groups.groups[base].mentions[0].text


def _merge_river_towns(groups: _Groups) -> None:
    """"Mülheim" for "Mülheim an der Ruhr": the town without its river."""
    for key, group in list(groups.groups.items()):
        name = group.longest().text
        if " " in name and _TOWN_ON_RIVER_RE.fullmatch(name):
            short = _norm(name.split()[0])
            if short in groups.parent and groups.find(short) != groups.find(key):
                groups.union(short, key)


_MODEL_VARIANT_RE = re.compile(r"\d+[a-z]+")
_HYPHEN_VERSION_RE = re.compile(r"(.*[A-Za-z].*)-v?\d+(?:\.\d+)*")


def _merge_outlet_tails(groups: _Groups) -> None:
    """"The Clarion" for "The Calloway Clarion": a paper called by its last word alone."""
    owners: dict[str, set[str]] = defaultdict(set)
    for key, group in groups.groups.items():
        last = group.longest().tokens[-1]
        if group.multi and last.text.lower() in OUTLET_WORDS and last.text.istitle():
            owners[last.key].add(key)
    for tail, keys in owners.items():
        if tail in groups.groups and len(keys) == 1 and groups.find(tail) != groups.find(next(iter(keys))):
            groups.union(tail, keys.pop())


def _merge_product_tails(body: str, groups: _Groups) -> None:
    """"the Fold" for the "Lumen Fold", "the Pro Max" for the "Aria 9 Pro Max": a product's last
    words, with "the", name the product when they end no other product's name."""
    tails: dict[str, set[str]] = defaultdict(set)
    sizes: dict[str, int] = {}
    made_by_named: set[str] = set()  # tails of products whose maker the story names as a company
    org_words = {group.longest().tokens[0].key for group in groups.groups.values() if _decide(group) == "ORG"}
    for key, group in groups.groups.items():
        if group.multi and _decide(group) == "PRODUCT":
            for m in group.mentions:
                for size in range(1, len(m.tokens)):
                    tail = m.tokens[-size:]
                    # "the 321neo" for the "KX 321neo" too: a model number with its variant letters
                    if not all(
                        t.text[:1].isupper() and t.text.isalpha() or _MODEL_VARIANT_RE.fullmatch(t.text) for t in tail
                    ):
                        break
                    short = _norm(" ".join(t.text for t in tail))
                    tails[short].add(key)
                    sizes[short] = size
                    if size == len(m.tokens) - 1 and m.tokens[0].key in org_words:
                        made_by_named.add(short)
    for short, owners in tails.items():
        group = groups.groups.get(short)
        if group is None or len(owners) != 1 or len(group.longest().tokens) != sizes[short]:
            continue
        # ("Brightmere Flow" beside the company Brightmere: "existing Flow customers" is the product)
        if short in made_by_named or any(body[max(0, m.start - 4):m.start] in ("the ", "The ") for m in group.mentions):
            groups.union(short, owners.pop())


def _merge_surname_clippings(groups: _Groups) -> None:
    """"Zuck" for Zuckerberg, "Jax" for Jaxon: a lone word that starts one person's surname or first name.

    Only a clipping of at least three letters and at most two thirds of the
    name, that begins exactly one person's names in the text.
    """
    surnames: dict[str, set[str]] = defaultdict(set)  # surname or first-name key -> person group keys
    for key, group in groups.groups.items():
        if not group.multi or _decide(group) not in ("PERSON", "OTHER"):
            continue
        for m in group.mentions:
            if len(m.tokens) >= 2 and _person_shaped(m):
                surnames[m.tokens[-1].key].add(key)
                surnames[m.tokens[0].key].add(key)
    if not surnames:
        return
    for key in list(groups.groups):
        group = groups.groups.get(key)
        if group is None or group.multi or len(key) < 3 or key in FIRST_NAMES or key in surnames:
            continue
        if not all(m.text[:1].isupper() for m in group.mentions):
            continue
        owners = {
            groups.find(k) for surname, keys in surnames.items()
            if surname.startswith(key) and len(key) <= len(surname) * 2 / 3 for k in keys
        }
        if len(owners) == 1:
            target = owners.pop()
            if target != groups.find(key):
                groups.union(key, target)
                groups.groups[groups.find(target)].person_part = True


def _option_before(options: list[tuple[int, str]], pos: int) -> tuple[int, str]:
    """The sorted (position, key) option nearest before ``pos``, else the first."""
    index = bisect.bisect_left(options, (pos, "")) - 1
    return options[max(index, 0)]


def _nearest_before(options: list[tuple[int, str]], pos: int) -> str:
    """The key of the sorted (position, key) option nearest before ``pos``, else the first."""
    return _option_before(options, pos)[1]


# ("Ms de Vauclair", "Mr d'Orsenne": the surname's particle between the title and the name)
_HONORIFIC_BEFORE_RE = re.compile(
    # ("Ntate Mohapi", "’Me Mohapi": Sesotho's Mr and Mrs)
    rf"(?<![\w’'])(?:(?P<m>Mr|M|Monsieur|Ntate)|(?P<f>Mrs|Ms|Miss|Mme|Madame|[’']Me))\.?\s+(?:(?:{_PARTICLE_RX})\s+){{0,2}}$"
)
_DEAD_BEFORE_RE = re.compile(r"\b(?:the|his|her|their)\s+late\s+(?:[a-z-]+,?\s+){0,2}(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$")
# ("their father, Vittorio Ansaldi, died in March": named, then said to be dead)
_DEAD_AFTER_RE = re.compile(r",\s+(?:who\s+)?(?:died|passed\s+away)\b")
_MALE_KIN_RE = "husband|widower|son|brother|father|grandson|grandfather|nephew|uncle"
_FEMALE_KIN_RE = "wife|widow|daughter|sister|mother|granddaughter|grandmother|niece|aunt"
_GENDERED_KIN_BEFORE_RE = re.compile(
    rf"\b(?:(?P<m>{_MALE_KIN_RE})|(?P<f>{_FEMALE_KIN_RE}))\b,?\s+(?:the\s+late\s+)?$", re.IGNORECASE
)
_GENDERED_PRONOUN_RE = re.compile(r"\b(?:(?P<m>he|his|him)|(?P<f>she|her))\b", re.IGNORECASE)


def _gender_of(body: str, group: _Group) -> str | None:
    """"m" or "f" for a person: by a given name that says it, else by "his uncle, X" or the
    pronoun that follows the full name."""
    first = group.longest().tokens[0].text.lower()
    if (first in MALE_NAMES) != (first in FEMALE_NAMES):
        return "m" if first in MALE_NAMES else "f"
    votes: Counter[str] = Counter()
    for m in group.mentions:
        if title := _HONORIFIC_BEFORE_RE.search(body, max(0, m.start - 20), m.start):
            votes[title.lastgroup] += 3  # "Ms Goh Hui Min": named in full with her style (or "Ms Mehra", already hers)
        elif kin := _GENDERED_KIN_BEFORE_RE.search(body, max(0, m.start - 30), m.start):
            votes[kin.lastgroup] += 2  # ("his daughter Nandini": by her given name alone too)
        elif len(m.tokens) < 2:
            continue
        elif (pronoun := _GENDERED_PRONOUN_RE.search(body, m.end, m.end + 120)) and "\n" not in body[m.end:pronoun.start()]:
            votes[pronoun.lastgroup] += 1
    if votes["m"] == votes["f"]:
        return None
    return "m" if votes["m"] > votes["f"] else "f"


def _namesake_of_gender(
    body: str, groups: _Groups, m: _Mention, options: list[tuple[int, str]], principal: str | None = None
) -> str | None:
    """"Ms de Vauclair" among Hélène, Pierre-Antoine and Édouard de Vauclair: the woman named last before it.

    None unless the title picks out some of the namesakes and not all of them,
    or when the story's ``principal`` is among those it picks.
    """
    title = _HONORIFIC_BEFORE_RE.search(body, max(0, m.start - 20), m.start)
    if title is None:
        return None
    genders = {key: _gender_of(body, groups.groups[key]) for key in {groups.find(k) for _, k in options}}
    fitting = sorted((pos, groups.find(k)) for pos, k in options if genders[groups.find(k)] in (title.lastgroup, None))
    if {k for _, k in fitting} == {principal} and len(genders) > 1:
        return principal  # "Mr Mehra" beside his daughter, "Ms Mehra", quoted last: the title leaves only him
    if not fitting or {k for _, k in fitting} == set(genders) or principal in {k for _, k in fitting}:
        return None
    # ("from his late father, Mr Goh Ah Bee": the dead say nothing now, and the living son is "Mr Goh")
    living = [(pos, k) for pos, k in fitting if not any(
        _DEAD_BEFORE_RE.search(body, max(0, n.start - 40), n.start) or len(n.tokens) > 1 and _DEAD_AFTER_RE.match(body, n.end)
        for n in groups.groups[k].mentions
    )]
    fitting = living or fitting
    before = [k for pos, k in fitting if pos < m.start]
    return before[-1] if before else fitting[0][1]


def _split_ambiguous(
    body: str, groups: _Groups, key: str, options: list[tuple[int, str]], is_person: bool, principal: str | None = None,
    headline_end: int = 0,
) -> None:
    """A part shared by several full names goes to the nearest one before it.

    Two namesakes told apart by "Mr." and "Ms." ("Zhou Minghui" and "Zhou Yating")
    are called so throughout: the first titled mention and every bare one are
    the namesake introduced first, the other title is the other namesake. A
    surname shared with relatives goes to the story's ``principal``, except
    "the younger Varga".
    """
    group = groups.groups.pop(key)
    options = sorted(options)
    by_title = _namesakes_by_title(body, groups, group.mentions, options) if is_person and not principal else {}
    parent = None if is_person else _parent_among(body, groups, options)
    if parent is None and not is_person:
        # "Brennwald" beside "Brennwald AG", "Brennwald Motion" and "Brennwald Grid Systems": the company
        # itself, named with its legal form, and not one of its divisions
        legal = {groups.find(k) for _, k in options if _legal_form_of(groups.groups[groups.find(k)], key)}
        parent = legal.pop() if len(legal) == 1 else None
        if parent is not None and groups.groups[parent].longest().tokens[-1].key in ("holding", "holdings") and (
            opener := groups.find(options[0][1])
        ) != parent:
            # "Doruk" beside "Doruk Beyaz Eşya", which the story opens with, and its parent "Doruk Holding":
            # the company the story is about, not the group that owns it
            parent = opener
    if parent is None and not is_person:
        # "data compiled by Bloomberg" beside "Bloomberg News" and "Bloomberg Intelligence": the newsroom
        newsroom = {
            groups.find(k) for _, k in options
            if any(m.tokens[-1].key == "news" and m.key[: -len(m.tokens[-1].key)].strip() == key
                   for m in groups.groups[groups.find(k)].mentions)
        }
        parent = newsroom.pop() if len(newsroom) == 1 else None
    established: str | None = None  # the body the short form named first ("the Commission")
    for m in sorted(group.mentions, key=lambda m: m.start):
        if parent is not None:
            target = parent  # "Kessling" is Kessling Industrial, the parent of Kessling Castings
        elif is_person and (titled := _namesake_of_gender(body, groups, m, options, principal)):
            target = titled
        elif is_person and (styled := _namesake_by_role(body, groups, m, options)):
            target = styled
        elif principal:
            target = _principal_or_speaker(body, groups, m, principal, options, headline_end)
        elif by_title:
            title = _HONORIFIC_BEFORE_RE.search(body, max(0, m.start - 6), m.start)
            target = by_title[title.lastgroup if title else ""]
        else:
            named_at, nearest = _option_before(options, m.start)
            target = groups.find(nearest)
            if not is_person:
                if established is None:
                    established = target
                elif target != established and "\n" in body[named_at:m.start]:
                    # "the Commission" a paragraph after "the U.S. Federal Trade Commission" is
                    # still the European Commission the story has been calling so
                    target = established
        groups.groups[target].mentions.append(m)
        if is_person:
            groups.groups[target].person_part = True
    groups.parent[key] = principal or groups.find(options[0][1])


_SPEECH_VERB_RX = f"(?:{word_alternation(SPEECH_VERBS)})"
_SPEAKS_NEXT_RE = re.compile(rf"\s+{_SPEECH_VERB_RX}\b")
_SPEAKS_LATER_RE = re.compile(rf"[^.!?\n]{{0,160}}?\b{_SPEECH_VERB_RX}\b")


def _principal_or_speaker(
    body: str, groups: _Groups, m: _Mention, principal: str, options: list[tuple[int, str]], headline_end: int
) -> str:
    """The principal's, unless the surname speaks, the principal never has and the headline does not name
    them, and one namesake has: "“...,” Yıldırımoğlu said" is the granddaughter quoted before, not the
    founder named once (but "Ferraby said" in an obituary headlined "Roland Ferraby ... dies" is his)."""
    headlined = any(full.start < headline_end for full in groups.groups[principal].mentions)
    if not headlined and (speaker := _speaking_namesake(body, groups, m, options, principal)):
        return speaker
    return _principal_for(body, groups, m, principal, options)


def _speaking_namesake(
    body: str, groups: _Groups, m: _Mention, options: list[tuple[int, str]], principal: str
) -> str | None:
    """The one namesake other than the principal named as speaking before ``m``, when ``m`` speaks."""
    if not _SPEAKS_NEXT_RE.match(body, m.end):
        return None
    speakers = {
        groups.find(key) for pos, key in options
        if pos < m.start and any(
            full.start < m.start and len(full.tokens) > 1 and _SPEAKS_LATER_RE.match(body, full.end)
            for full in groups.groups[groups.find(key)].mentions
        )
    }
    if len(speakers) == 1 and principal not in speakers:
        return speakers.pop()
    # "Peter Tamalu, a youth leader ..., said ..." and in the next paragraph "Mr Tamalu said": the namesake
    # just introduced speaking, whom no full mention of the principal has come between
    latest = max(
        ((full.start, groups.find(key)) for key in {k for _, k in options}
         for full in groups.groups[groups.find(key)].mentions if len(full.tokens) > 1 and full.start < m.start),
        default=None,
    )
    if latest is not None and latest[1] != principal and latest[1] in speakers and body.count("\n\n", latest[0], m.start) <= 1:
        return latest[1]
    return None


_ROLE_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+\.?)\s+$")  # ("Rep. Villaluz" too)
_LATE_BEFORE_RE = re.compile(r"\b(?:late|former|then)\s+(?:[\w&-]+\s+){0,3}$")


def _namesake_by_role(body: str, groups: _Groups, m: _Mention, options: list[tuple[int, str]]) -> str | None:
    """"Chairman Baek" among the Baeks: the one the story styled "Chairman Baek Tae-joon", not "the late
    ... Chairman Baek Young-chul"."""
    role = _ROLE_BEFORE_RE.search(body, max(0, m.start - 30), m.start)
    if role is None or role.group(1).rstrip(".").lower() not in ROLE_WORDS:
        return None
    styled = role.group(1) + " "
    holders = {
        groups.find(key) for key in {k for _, k in options}
        for full in groups.groups[groups.find(key)].mentions
        if len(full.tokens) > 1 and body.endswith(styled, 0, full.start)
        and not _LATE_BEFORE_RE.search(body, max(0, full.start - len(styled) - 60), full.start - len(styled))
    }
    return holders.pop() if len(holders) == 1 else None


_SUBSIDIARY_OF_RE = re.compile(r",?\s+(?:is\s+|was\s+)?(?:a|an|the)\s+(?:[\w-]+\s+)?(?:subsidiary|unit|division|arm)\s+of\s+$")


def _legal_form_of(group: _Group, key: str) -> bool:
    """The group is the name ``key`` with its legal form and nothing else: "Brennwald AG"."""
    return any(m.key != key and _without_legal_form(m) == key for m in group.mentions)


def _parent_among(body: str, groups: _Groups, options: list[tuple[int, str]]) -> str | None:
    """The company the text calls the others' parent ("X is a subsidiary of Y"), if one is."""
    owners = {groups.find(k) for _, k in options}
    starts = {m.start: root for root in owners for m in groups.groups[root].mentions}
    for root in owners:
        for m in groups.groups[root].mentions:
            window = body[m.end:m.end + 60]
            for start in range(m.end + 1, m.end + len(window)):
                if start in starts and starts[start] != root:
                    if _SUBSIDIARY_OF_RE.fullmatch(body, m.end, start):
                        return starts[start]
                    break
    return None


def _namesakes_by_title(body: str, groups: _Groups, mentions: list[_Mention], options: list[tuple[int, str]]) -> dict[str, str]:
    """{"m": group, "f": group, "": group} when two namesakes are told apart by their titles, else {}."""
    people: list[str] = []
    for _, k in options:
        if groups.find(k) not in people:
            people.append(groups.find(k))
    titles = []
    for m in sorted(mentions, key=lambda m: m.start):
        title = _HONORIFIC_BEFORE_RE.search(body, max(0, m.start - 6), m.start)
        if title and title.lastgroup not in titles:
            titles.append(title.lastgroup)
    if len(people) != 2 or len(titles) != 2:
        return {}
    return {titles[0]: people[0], titles[1]: people[1], "": people[0]}


_FAMILY_VEHICLE_WORDS = frozenset({"family", "trust", "office", "settlement", "estate"})


def _personal_holding(tokens: Sequence[_Token]) -> bool:
    """"Yusufari Holdings Limited" after Alhaji Bashir Yusufari: the holding company a man owns his stake through."""
    return 2 <= len(tokens) <= 3 and tokens[1].key in ("holding", "holdings") and (
        len(tokens) == 2 or tokens[2].text.lower().rstrip(".") in ORG_SUFFIXES
    )


def _split_person_org(body: str, groups: _Groups, key: str, person_options: list[tuple[int, str]],
                      org_options: list[tuple[int, str]], headline_end: int = 0) -> None:
    """A surname that is also a company's first word goes, mention by mention, to one of them.

    "Feld said his client ..." is the person whatever was named last; with no
    cue either way a mention goes to the nearer name before it.
    """
    people = {groups.find(k) for _, k in person_options}
    options = sorted(person_options + org_options)
    if len({groups.find(k) for _, k in options}) < 2:
        return
    # "Mr. Kessling" beside "his son, Daniel Kessling" and Kessling Instruments: the namesake who is no one's relative
    principal = _principal(body, groups, person_options) if len(people) > 1 else None
    group = groups.groups.pop(key)
    # (a family's trust or office is never called by the surname alone)
    # ("Abeywardena Family Investments (Pvt) Ltd" beside H. P. Abeywardena too)
    family_held = all(
        any(t.key in _FAMILY_VEHICLE_WORDS for t in groups.groups[groups.find(k)].longest().tokens[1:])
        for _, k in org_options
    ) or min(person_options)[0] < min(org_options)[0] and all(
        _personal_holding(groups.groups[groups.find(k)].longest().tokens) for _, k in org_options
    )
    # (namesakes the story tells apart only by "Mr" and "Ms", so that the surname alone names none of them)
    titled_apart = len(people) > 1 and len({
        title.lastgroup for m in group.mentions
        if (title := _HONORIFIC_BEFORE_RE.search(body, max(0, m.start - 20), m.start))
    }) == 2
    for m in group.mentions:
        votes: dict[str, float] = defaultdict(float)
        _vote(body, m, votes)
        if titled := _namesake_of_gender(body, groups, m, person_options, principal):
            chosen = titled
        elif family_held and len(people) == 1:
            chosen = person_options[0][1]  # "Bhasin" beside Kunal Bhasin and the Bhasin Family Trust: the man
        elif votes["PERSON"] > votes["ORG"]:
            chosen = (
                _principal_or_speaker(body, groups, m, principal, person_options, headline_end) if principal
                else _nearest_before(sorted(person_options), m.start)
            )
        elif votes["ORG"] > votes["PERSON"] or titled_apart:
            # ("Ms Ansaldi" and "Mr Ansaldi" for the siblings: the bare "Ansaldi" is their company)
            chosen = _nearest_before(sorted(org_options), m.start)
        else:
            chosen = _nearest_before(options, m.start)
            if principal and groups.find(chosen) in people:
                chosen = _principal_or_speaker(body, groups, m, principal, person_options, headline_end)
        target = groups.find(chosen)
        groups.groups[target].mentions.append(m)
        if target in people:
            groups.groups[target].person_part = True
    groups.parent[key] = groups.find(options[0][1])


def _key_after_first(tokens: Sequence[_Token]) -> str:
    """The group key of a name without its first word: "Lumen Fold" of "Vantaro Lumen Fold"."""
    return _norm(" ".join(t.text for t in tokens[1:]))


def _type_company_lines(groups: _Groups) -> None:
    """"Corvane Vault" beside "Corvane Systems": a thing the company sells, not a person called Corvane."""
    companies = {
        group.mentions[0].tokens[0].key for group in groups.groups.values()
        if len(group.mentions[0].tokens) >= 2 and group.mentions[0].tokens[-1].text.lower().rstrip(".") in ORG_SUFFIXES
        and _decide(group) == "ORG"
    }
    # "Tarevik Pure" beside the venture "Tarevik Proteins": an untyped name the company's first word opens
    named_companies = {
        group.mentions[0].tokens[0].key for group in groups.groups.values()
        if len(group.mentions[0].tokens) >= 2 and _decide(group) == "ORG"
    }
    for group in groups.groups.values():
        first = group.mentions[0].tokens[0]
        if (
            len(group.mentions[0].tokens) == 2 and first.key in named_companies and _decide(group) == "OTHER"
            and first.text.lower() not in FIRST_NAMES and first.text.lower() not in PLACES
            and group.mentions[0].tokens[-1].text.lower().rstrip(".") not in ORG_SUFFIXES
        ):
            group.votes["PRODUCT"] += 1
            continue
        if (
            len(group.mentions[0].tokens) == 2 and first.key in companies and first.text.lower() not in FIRST_NAMES
            and group.mentions[0].tokens[-1].text.lower().rstrip(".") not in ORG_SUFFIXES
            and _decide(group) == "PERSON" and not group.person_part
            # "its Kinara Pesa mobile-money service": one product cue outweighs a name's shape
            and (group.votes.get("PERSON", 0) < 3 or group.votes.get("PRODUCT", 0) > 0)
        ):
            group.votes["PRODUCT"] = max(group.votes["PRODUCT"] + 3, group.votes["PERSON"] + 1)
    # "Fernwell Close" beside the company "Fernwell", called "our core product": not a street
    makers = {
        key for key, group in groups.groups.items()
        if len(group.mentions) >= 3 and all(len(m.tokens) == 1 for m in group.mentions) and _decide(group) == "ORG"
    }
    for group in groups.groups.values():
        tokens = group.mentions[0].tokens
        if (
            len(tokens) == 2 and tokens[0].key in makers and tokens[-1].text.lower() not in ORG_SUFFIXES
            and group.votes.get("PRODUCT", 0) > 0 and _decide(group) != "PRODUCT"
        ):
            group.votes["PRODUCT"] = max(group.votes.values()) + 1


def _merge_plural_products(groups: _Groups) -> None:
    """"sold more than 60,000 Asters": the plural of a product's name is the product."""
    for key, group in list(groups.groups.items()):
        text = group.mentions[0].text
        if key not in groups.groups or len(group.mentions[0].tokens) != 1 or len(text) < 4 or not text.endswith("s"):
            continue
        base = _norm(text[:-1])
        if base not in groups.parent and text.endswith(("ches", "shes", "xes", "sses")):
            base = _norm(text[:-2])  # "two HomeLatches": "HomeLatch"
        if base in groups.parent and groups.find(base) != groups.find(key):
            target = groups.find(base)
            if _decide(groups.groups[target]) == "PRODUCT":
                groups.union(key, target)


def _merge_owner_products(groups: _Groups) -> None:
    """"Vantage Beacon" merges into "Beacon", "Verbit Draft 2.1" into "Draft 2.1", when the owner stands alone too."""
    for key, group in list(groups.groups.items()):
        if key not in groups.groups:
            continue
        for m in group.mentions:
            if not 2 <= len(m.tokens) <= 6:
                continue
            owner, product = m.tokens[0].key, _key_after_first(m.tokens)
            if len(m.tokens) >= 3 and owner not in groups.groups:
                # "Halcyon Silicon Tern X4" beside "Halcyon Silicon" and "Tern X4": a two-word maker
                two = _norm(" ".join(t.text for t in m.tokens[:2]))
                if two in groups.groups and two != key:
                    owner, product = two, _norm(" ".join(t.text for t in m.tokens[2:]))
            # "Norvik Aster" has a person's shape; its maker named alone and "the Aster" say what it is
            maker = owner in groups.groups and _decide(groups.groups[owner]) == "ORG"
            if _person_shaped(m) and _decide(group) != "PRODUCT" and not (maker and _decide(group) == "ORG"):
                continue
            if owner in groups.parent and product in groups.parent and groups.find(product) != groups.find(key):
                if m.tokens[-1].text.lower() in ORG_SUFFIXES or not m.tokens[1].text[:1].isalpha():
                    continue
                if _country_after(m.tokens, product):
                    if len(m.tokens) >= 3 and groups.find(owner) != groups.find(key) and _decide(group) == "ORG":
                        groups.union(owner, key)  # "Competition Bureau Canada", "the Competition Bureau": one body
                    break  # the country it serves is not a product of it
                groups.union(product, key)
                if maker:
                    merged = groups.groups[groups.find(key)]
                    merged.votes["PRODUCT"] = max(merged.votes.values(), default=0.0) + 1
                break


def _country_after(tokens: tuple[_Token, ...], product: str) -> bool:
    """"Competition Bureau Canada", "Deloitte UK": the words after the owner name the country it serves."""
    words = [t.text.lower() for t in tokens]
    return any(_norm("".join(words[i:])) == product and " ".join(words[i:]) in COUNTRIES for i in range(1, len(words)))


def _type_makers(body: str, groups: _Groups) -> None:
    """A one-word name that owns a product is its maker: "Tessaract’s Vireo X3", and "Quillon" of
    "the Quillon Nova 9 Pro" when the story also calls the phone "Nova 9 Pro"."""
    product_starts: set[int] = set()
    makers: set[str] = set()
    lines_of: dict[str, set[str]] = defaultdict(set)  # a first word -> the products it opens
    for key, group in groups.groups.items():
        if _decide(group) != "PRODUCT":
            continue
        for m in group.mentions:
            product_starts.add(m.start)
            if len(m.tokens) >= 2:
                lines_of[m.tokens[0].key].add(key)
        names = {m.key for m in group.mentions}
        for m in group.mentions:
            if len(m.tokens) >= 3 and _key_after_first(m.tokens) in names:
                makers.add(m.tokens[0].key)
    if not product_starts:
        return
    # "Finlark Checkout" and "Finlark Ledger": a word opening two products is their maker, no one's given name
    range_makers = {first for first, products in lines_of.items() if len(products) >= 2}
    for key, group in groups.groups.items():
        if len(group.longest().tokens) != 1 or _decide(group) not in ("ORG", "OTHER", "PRODUCT") and key not in range_makers:
            continue
        owns = key in makers or key in range_makers or any(
            m.end + offset in product_starts
            for m in group.mentions for offset in (1, 3) if body[m.end:m.end + offset] in (" ", "’s ", "'s ")
        )
        if owns:
            group.votes["ORG"] = max(group.votes.values(), default=0.0) + 1


# (and "TÜİK" in its own language's letters, "FIU-IND" in two parts)
_COMMA_ACRONYM_RE = re.compile(r",\s+([A-Z]{3,5}),\s")
_ACRONYM_RE = re.compile(r"\s*\(([A-ZÀ-ÖØ-ÝĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž&]{1,9}(?:-[A-Z][A-Za-z]{1,5})?)\)")


def _ticker_spelled(name: str, code: str) -> bool:
    """"Corvane (CRVN)", "Pellucid Software (PLCD)": a ticker made of the name's letters, in order."""
    name = unaccented(name)
    if not (3 <= len(code) <= 5 and code.isupper() and code.isalpha()) or code[0] != name[:1].upper():
        return False
    letters = iter(name.upper())
    if all(letter in letters for letter in code):
        return True
    # "Boston Scientific (BSX)": the words' initials and one letter more
    words = name.split()
    return len(code) == 3 and len(words) == 2 and code[:2] == "".join(word[0] for word in words).upper()


def _initials_and_bank(words: list[str], short: str) -> bool:
    """"Đông Hải Commercial Joint Stock Bank (DHBank)": the bank's own name by its initials, then "Bank"."""
    if not short.endswith("Bank") or len(short) < 6 or words[-1] != "Bank":
        return False
    initials = unaccented("".join(w[0] for w in words).lower()).upper()
    return initials.startswith(short[:-4].upper())


_CASHTAG_RE = re.compile(r"\s*\(\$([A-Z]{2,6})\)")


def _initials(tokens: Sequence[_Token]) -> str:
    """The initials of a name's capitalised words; "kiwiGrid Community License" is "KGCL", a capital
    inside a word being an initial too."""
    return "".join(
        t.text[0] + "".join(c for c in t.text[1:] if c.isupper() and not t.text.isupper())
        for t in tokens if not t.text.islower() and not (len(t.text) == 4 and t.text.isdigit())  # (an Act's year)
    ).upper()


def _loosely_spelled(initials: str, acronym: str) -> bool:
    """"National Federation of Farm Producers (FNPR)", "Hong Kong Exchanges and Clearing (HKEX)": a
    long name whose acronym, in another language's order or with a letter of its own, uses all
    but one of its letters from the name's initials."""
    if len(acronym) < 3 or len(initials) < 3:
        return False
    pool = list(initials)
    found = 0
    for letter in acronym:
        if letter in pool:
            pool.remove(letter)
            found += 1
    return found >= len(acronym) - 1


def _syllabic_acronym(words: list[str], acronym: str) -> bool:
    """"Kenya Consumer Rights Alliance (Kecora)", "... Power and Energy Workers (Nupew)": a short name made
    of the first letters of each word in turn, one or more of each."""
    # ("Empresa Nacional del Litio (Enalit)": another language's small words left out too)
    words = [
        part.lower() for w in words for part in w.split("-")
        if part.lower() not in ("of", "and", "the", "for", "&", "de", "del", "la", "des", "du", "di", "do", "da")
    ]
    acronym = acronym.lower()

    def fits(word: int, at: int) -> bool:
        if at == len(acronym):
            return word == len(words)
        if word == len(words):
            return False
        return any(
            acronym.startswith(words[word][:size], at) and fits(word + 1, at + size)
            for size in range(1, min(len(words[word]), len(acronym) - at) + 1)
        )

    return len(words) >= 3 and len(acronym) <= 12 and fits(0, 0)


# " (Singapore)": a country or city in brackets after a body's name, part of the name
_PLACE_BRACKET_RE = re.compile(r" \(([A-Z][a-z]+(?: [A-Z][a-z]+)?)\)")


def _merge_acronyms(body: str, groups: _Groups) -> None:
    for key, group in list(groups.groups.items()):
        for m in group.mentions:
            if "(" in body[m.end:m.end + 3] and (ticker := _CASHTAG_RE.match(body, m.end)):
                # "KelCoin ($KLV)": a token's ticker names it, whatever its letters
                if _norm(ticker.group(1)) in groups.parent and key in groups.groups:
                    groups.union(_norm(ticker.group(1)), key)
                continue
            match = _ACRONYM_RE.match(body, m.end)
            place_letter = ""
            if match and (placed := _PLACE_BRACKET_RE.match(body, m.end)) and placed.group(1).lower() in PLACES:
                # "Securities Investors Association (Singapore) (Sias)": the body's country, then its acronym
                match, place_letter = _ACRONYM_RE.match(body, placed.end()), placed.group(1)[0]
            if match and _norm(match.group(1)) in groups.parent and (
                _ticker_spelled(m.text, match.group(1))
                or m.tokens[-1].text in ("ETF", "Fund", "Trust") and match.group(1).isupper()
            ):
                # "Corvane (CRVN)", "Nvidia (NVDA)", "the VanEck Semiconductor ETF (SMH)": a listing's ticker
                groups.union(_norm(match.group(1)), key)
                continue
            if len(m.tokens) >= 2 and not match and (comma := _COMMA_ACRONYM_RE.match(body, m.end)) and (
                _norm(comma.group(1)) in groups.parent and _ticker_spelled(m.text, comma.group(1))
            ):
                # "Nigerian Exchange Limited, NGX, signed ...": the short name set off by commas, from its letters
                groups.union(_norm(comma.group(1)), key)
                continue
            if len(m.tokens) < 2 or not match:
                continue
            initials = _initials(m.tokens) + place_letter
            acronym = match.group(1).upper().replace("&", "").replace("-", "")
            # "U.S. Food and Drug Administration (FDA)": the acronym may skip leading words.
            # An institution's acronym may be its own language's ("... Climate Action (BMWK)").
            # ("Mexican Stock Exchange (BMV)": the Bolsa by its Spanish initials)
            # ("Greater Poland Union of Agricultural Producers (WZPR)", "Public Disclosure Platform (KAP)", but not "the Treaty on the Functioning of
            # the European Union (TFEU)", whose tail the union is)
            institution = any(t.text in _INSTITUTION_WORDS or t.text == "Exchange" for t in m.tokens) or any(
                # ("Brazilian Development Bank (BNDES)": a state bank by its initials at home)
                t.text in ("Union", "Platform", "Bank") for t in m.tokens
            ) and not _TITLE_TAIL_BEFORE_RE.search(body, max(0, m.start - 8), m.start)
            # "Málaga-Costa del Sol Airport (AGP)": an airport's code need not spell its name
            airport = len(acronym) == 3 and any(t.text in _AIRPORT_WORDS for t in m.tokens)
            named = m.tokens[:-1] if m.tokens[-1].text.lower().rstrip(".") in _LEGAL_FORMS else m.tokens
            if "-" in match.group(1) and _norm(match.group(1)) in groups.parent and acronym == "".join(
                t.text if t.text.isupper() else t.text[0] for t in named
            ):
                # "ZCCM Investments Holdings Plc (ZCCM-IH)": an acronym in the name, whole, then its words' initials
                # (the legal form aside)
                groups.union(_norm(match.group(1)), key)
                continue
            if len(acronym) >= 2 and (
                initials.endswith(acronym) or institution or airport or _loosely_spelled(initials, acronym)
                or _syllabic_acronym([t.text for t in m.tokens], match.group(1).replace("-", ""))
                or _initials_and_bank([t.text for t in m.tokens], match.group(1))
                # "Bank of Tanzania (BoT)": the small words' letters kept small
                or "".join(t.text[0] for t in m.tokens) == match.group(1)
            ) and _norm(acronym) in groups.parent:
                groups.union(_norm(acronym), key)
    _merge_glosses(body, groups)
    if ", the " in body:
        _merge_appositive_glosses(body, groups)
    _merge_bare_acronyms(groups)
    _merge_country_tails(groups)
    _merge_portfolio_ministries(groups)
    _merge_local_acronyms(groups)
    _merge_blended_names(groups)
    if "(" in body:
        _merge_defined_short_names(body, groups)
    if "known as" in body:
        _merge_known_as_acronyms(body, groups)
    if "known " in body:
        _merge_company_known_as(body, groups)
    if " is known" in body or " is called" in body:
        _merge_known_there_as(body, groups)


# 'Caliche Ridge Energy Services, Inc. (NYSE: CRGE) (“Caliche Ridge” or the “Company”)': the short name a filing
# defines for the company it has just named
_DEFINED_SHORT_NAME_RE = re.compile(
    r"\s*(?:\([A-Z][A-Za-z]{1,9}:\s*[A-Z][A-Z0-9.]{0,9}\)\s*)?\(\s*(?:the\s+)?[“\"‘'](?P<short>[A-Z][^”\"’'()]{1,40})[”\"’']"
)


def _merge_defined_short_names(body: str, groups: _Groups) -> None:
    starts = {m.start: key for key, group in groups.groups.items() for m in group.mentions}
    for key, group in list(groups.groups.items()):
        for m in group.mentions:
            if len(m.tokens) < 2 or not body.startswith((" (", "("), m.end):
                continue
            found = _DEFINED_SHORT_NAME_RE.match(body, m.end)
            short = starts.get(found.start("short")) if found else None
            if short is not None and groups.find(short) != groups.find(key) and (
                found.group("short").split()[0] == m.tokens[0].text
            ):
                groups.union(short, key)


_TITLE_TAIL_BEFORE_RE = re.compile(r"\b(?:of|on) the $")
_CAMEL_PART_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+")


def _merge_blended_names(groups: _Groups) -> None:
    """"TurkStat" for "the Turkish Statistical Institute": a short name blended from the heads of a longer
    name's first words, in their order, each part with a capital of its own."""
    longer = [
        (key, words) for key, group in groups.groups.items()
        if len(words := group.longest().text.split()) >= 2 and words[0][:1].isupper()
    ]
    for key, group in list(groups.groups.items()):
        if groups.find(key) != key or len(group.mentions[0].tokens) != 1:
            continue
        text = _CSE_SHARE_CLASS_RE.sub("", group.mentions[0].text)  # "DHOT.N0000": Colombo's voting share of DHOT
        if text.isupper() and text.isalpha() and len(text) >= 4:
            # "Shares of SAVRIDGE" for "Savannah Ridge Cement Plc", "values KLOG at" for "Kuttab Logistics PJSC":
            # a ticker blended from the heads of its words (a shorter one may take only the first's initial)
            found = {
                groups.find(other) for other, words in longer
                if groups.find(other) != key and _ticker_blended(text.lower(), [w.lower() for w in words])
            }
            if len(found) > 1:
                # ("Lusnak Payroll" beside "Lusnak Technologies CJSC": a share is the company's, not its product's)
                found = {other for other in found if _decide(groups.groups[other]) == "ORG"}
            if len(found) == 1:
                groups.union(key, found.pop())
            continue
        parts = _CAMEL_PART_RE.findall(text)
        if len(parts) < 2 or "".join(parts) != text or any(len(part) < 3 for part in parts):
            continue
        if _decide(group) == "PRODUCT":
            continue  # "runs the CoralPay wallet" of Coralline Payments: the company's product, named after it
        found = {
            groups.find(other) for other, words in longer
            if groups.find(other) != key and len(words) >= len(parts)
            and all(word.lower().startswith(part.lower()) for part, word in zip(parts, words))
            and any(len(word) > len(part) for part, word in zip(parts, words))
        }
        if len(found) == 1:
            groups.union(key, found.pop())


def _blended_from(short: str, words: list[str], used: int = 0) -> bool:
    """"savridge" from "savannah ridge ...": the heads of two or more of the words, in order from the
    first and three letters or more each (so never the words' initials), spell the whole short name."""
    if not short:
        return used >= 2
    if used == len(words):
        return False
    word = words[used]
    return any(
        word.startswith(short[:size]) and _blended_from(short[size:], words, used + 1)
        for size in range(min(len(word), len(short)), 2, -1)
    )


_CSE_SHARE_CLASS_RE = re.compile(r"\.[NX]\d{4}$")


def _ticker_blended(short: str, words: list[str]) -> bool:
    if len(short) >= 6 and _blended_from(short, words):
        return True
    if len(short) in (4, 5) and any(
        skeleton[-1] == short[-1] and _in_order(short, skeleton) for skeleton in _consonant_skeletons(words[0])
    ):
        # "LSNK" for "Lusnak Technologies", as "GRMN" is Garmin's: the first word without its vowels (or some of
        # its consonants, first and last kept: "SVPM" for "Sovannphum")
        return True
    return len(short) in (4, 5) and words[0][:1] == short[0] and _blended_from(short[1:], words, 1)


_VOWELS_RE = re.compile(r"[aeiou]")
_VOWELS_AND_Y_RE = re.compile(r"[aeiouy]")


def _in_order(short: str, word: str) -> bool:
    """Every letter of ``short`` in ``word``, in order, the first the word's first."""
    if not short or short[0] != word[:1]:
        return False
    letters = iter(word)
    return all(letter in letters for letter in short)


def _consonant_skeletons(word: str) -> set[str]:
    """"grmn" of "garmin", "twtr" of "twitter", "snps" and "snyps" of "synopsys": a word's consonants in order
    (its first letter kept whatever it is), a doubled one once, with and without its "y"s."""
    word = word.lower()
    return {word[0] + _DOUBLED_LETTER_RE.sub(r"\1", rx.sub("", word[1:])) for rx in (_VOWELS_RE, _VOWELS_AND_Y_RE)}


_FOREIGN_CONNECTORS = frozenset("de do da dos das des du der für und e y et del della di".split())


# " bankas)", " centrinis bankas)": the lower-case rest of a name in another language, to its bracket's end
_FOREIGN_TAIL_RE = re.compile(r"(?: [a-zà-ÿāčēģīķļņōšūž]+){1,3}\)")


def _merge_glosses(body: str, groups: _Groups) -> None:
    """"Banco Nacional de Desenvolvimento Econômico e Social (Brazilian Development Bank)": a name in
    its own language, then the English one in brackets, name one body; so does "the Comisión Nacional de
    Valores (CNV), the National Securities Commission,": its acronym in the brackets, the English after."""
    starts = {m.start: (key, m) for key, group in groups.groups.items() for m in group.mentions}
    for key, group in list(groups.groups.items()):
        for m in group.mentions:
            headed = m.tokens[-1].key in ORG_SUFFIXES or m.tokens[-1].key in ORG_NOUNS
            if len(m.tokens) >= 2 and body.startswith(" (", m.end) and (headed or m.tokens[0].key in ORG_SUFFIXES):
                # "the Financial Supervision and Resolution Authority (Finantsinspektsioon)": the English
                # name, then the body's own one word in its language (or its capitalised first word, the
                # rest in lower case: "the Bank of Lithuania (Lietuvos bankas)")
                native, own = starts.get(m.end + 2, (None, None))
                if (
                    native is not None and len(own.tokens) == 1
                    and (headed and body.startswith(")", own.end) or _FOREIGN_TAIL_RE.match(body, own.end))
                    and len(own.text) >= 8 and not own.text.isupper() and not is_everyday_word(own.text)
                    and own.key not in PLACES and own.key not in NATIONALITIES and own.key not in FIRST_NAMES
                    and groups.find(native) != groups.find(key)
                ):
                    groups.union(native, key)
            if len(m.tokens) < 3 or not body.startswith(" (", m.end) or not any(
                t.key in _FOREIGN_CONNECTORS for t in m.tokens
            ):
                continue
            gloss, english = starts.get(m.end + 2, (None, None))
            closing = ")"
            if (acronym := _ACRONYM_THEN_GLOSS_RE.match(body, m.end)) is not None:
                gloss, english = starts.get(acronym.end(), (None, None))
                closing = ","
            if gloss is None or groups.find(gloss) == groups.find(key):
                continue
            if len(english.tokens) >= 2 and body.startswith(closing, english.end) and (
                english.tokens[-1].key in ORG_SUFFIXES or english.tokens[-1].key in ORG_NOUNS
            ):
                groups.union(gloss, key)


_ACRONYM_THEN_GLOSS_RE = re.compile(r" \([A-Z]{2,6}\),\s+the\s+")


def _merge_appositive_glosses(body: str, groups: _Groups) -> None:
    """"Ekobrottsmyndigheten, the Economic Crime Authority, confirmed": a body's name in its own
    language, one long word, and its English name set beside it."""
    starts = {m.start: key for key, group in groups.groups.items() for m in group.mentions}
    for key, group in list(groups.groups.items()):
        for m in group.mentions:
            if len(m.tokens) != 1 or len(m.text) < 9 or is_everyday_word(m.text.lower()) or not body.startswith(", the ", m.end):
                continue
            gloss = starts.get(m.end + 6)
            if gloss is None or key not in groups.groups or groups.find(gloss) == groups.find(key):
                continue
            english = groups.groups[groups.find(gloss)].longest()
            if len(english.tokens) >= 2 and english.tokens[-1].text in _INSTITUTION_WORDS | {"Bank", "Court", "Exchange"} and (
                body.startswith(",", m.end + 6 + len(english.text))
            ):
                groups.union(key, gloss)
    for key, group in list(groups.groups.items()):
        for m in group.mentions:
            # "the Jordan News Agency, Petra, reported": a news agency's name, then the one word it goes by
            if len(m.tokens) < 3 or m.tokens[-2].key != "news" or m.tokens[-1].key != "agency" or not body.startswith(", ", m.end):
                continue
            short = starts.get(m.end + 2)
            if short is None or short not in groups.groups or groups.find(short) == groups.find(key):
                continue
            word = groups.groups[short].longest()
            if len(word.tokens) == 1 and body.startswith(",", m.end + 2 + len(word.text)):
                groups.union(short, key)


_TICKER_SHAPE_RE = re.compile(r"[A-Z]{3,5}")


def _merge_token_tickers(body: str, groups: _Groups) -> None:
    """"the Tundra token" and "TDRA": a token's ticker is its name's letters, kept in order."""
    if " token" not in body and " coin" not in body:
        return
    single = {key: group.longest() for key, group in groups.groups.items() if len(group.longest().tokens) == 1}
    tickers = [key for key, m in single.items() if _TICKER_SHAPE_RE.fullmatch(m.text)]
    for key, m in single.items():
        name = m.text
        if key not in groups.groups or not name.isalpha() or name.isupper():
            continue
        if not re.search(rf"\b{re.escape(name)}\s+(?:tokens?|coins?)\b", body):
            continue
        found = [
            t for t in tickers if t in groups.groups and t != name.lower() and _spells_ticker(single[t].text, name)
        ]
        if len(found) == 1 and groups.find(found[0]) != groups.find(key):
            groups.union(found[0], key)


# "BFLD fell 11%", "BFLD shares": a ticker as the market writes it, moving
_TRADED_AFTER_RE = re.compile(
    r"\s+(?:shares?\s+|stock\s+)?(?:fell|rose|dropped|slid|slipped|jumped|gained|climbed|sank|tumbled|surged|soared|"
    r"plunged|plummeted|rallied|(?:edged|closed|ended|finished)\s+(?:up|down|higher|lower))\s+"
    r"(?:(?:as\s+much\s+as|about|nearly|almost)\s+)?"
    # ("CSEH closed up four per cent"; "closed at $3.12")
    r"(?:\d[\d.]*|one|two|three|four|five|six|seven|eight|nine|ten)\s?(?:%|per\s?cent|percent)"
    r"|\s+(?:closed|ended|finished)\s+(?:the\s+day\s+)?at\s+(?:[A-Z]{0,3}\$|[€£¥])?\d"
)


def _merge_traded_tickers(body: str, groups: _Groups) -> None:
    """"Brightfold" and "BFLD fell 11%": a ticker that moves like a share is the one company its letters spell."""
    traded = [
        (key, group.longest().text) for key, group in groups.groups.items()
        if len(group.longest().tokens) == 1 and _TICKER_SHAPE_RE.fullmatch(group.longest().text)
        and any(_TRADED_AFTER_RE.match(body, mention.end) for mention in group.mentions)
    ]
    if not traded:
        return
    companies = {
        key: group.longest().text for key, group in groups.groups.items()
        if _decide(group) == "ORG" and not group.longest().text.isupper()
    }
    for key, ticker in traded:
        found = [other for other, name in companies.items() if _spells_ticker(ticker, name)]
        if len(found) > 1:
            # "Kifaru Insurance Group Plc" and its unit "Kifaru Health Ltd": the one the story names most is listed
            counts = sorted((len(groups.groups[other].mentions), other) for other in found if other in groups.groups)
            found = [counts[-1][1]] if len(counts) > 1 and counts[-1][0] > counts[-2][0] else found
        if key in groups.groups and len(found) == 1 and groups.find(found[0]) != groups.find(key):
            groups.union(key, found[0])


def _spells_ticker(ticker: str, name: str) -> bool:
    """"TDRA" of "Tundra", "BFLD" of "Brightfold": the ticker's letters in the name's order, from its first
    ("RANAR" of "Ránarlax": a ticker's letters carry no accents)."""
    upper = unaccented(name).upper()
    return ticker[:1] == upper[:1] and _subsequence(ticker, upper)


def _merge_listed_tickers(body: str, groups: _Groups) -> None:
    """"Thanasombat Land (SET: TSLAND)", then "TSLAND shares fell": the ticker, named again, is the company."""
    ends: dict[int, str] = {}
    for key, group in groups.groups.items():
        for m in group.mentions:
            ends[m.end] = key
    for ticker in _BRACKETED_TICKER_RE.finditer(body):  # (a ticker named in words has no code)
        code = ticker.group("code")
        owner = ends.get(ticker.start() - 1) if body[ticker.start() - 1:ticker.start()] == " " else None
        if code is None or owner is None or (short := _norm(code)) not in groups.parent:
            continue
        if groups.find(short) != groups.find(owner):
            groups.union(short, owner)



def _subsequence(short: Sequence[str], long: Sequence[str]) -> bool:
    """Every item of ``short`` in ``long``, in order: letters of a ticker, words of a shortened name."""
    rest = iter(long)
    return all(item in rest for item in short)


def _merge_travel_names(groups: _Groups) -> None:
    """"Flight SK2417" is "Flight 2417" with its airline's code; "Gardermoen" is "Oslo Airport Gardermoen"."""
    flights: dict[str, str] = {}
    for key, group in list(groups.groups.items()):
        tokens = group.mentions[0].tokens
        if len(tokens) == 2 and tokens[0].text == "Flight":
            digits = tokens[1].text.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            if digits.isdigit():
                if digits in flights and groups.find(flights[digits]) != groups.find(key):
                    groups.union(key, flights[digits])
                flights.setdefault(digits, key)
        airport = next((i for i, t in enumerate(tokens) if t.text in _AIRPORT_WORDS), None)
        if airport is not None and 0 < airport < len(tokens) - 1:
            short = _norm(" ".join(t.text for t in tokens[airport + 1:]))
            if short in groups.parent and groups.find(short) != groups.find(key):
                groups.union(short, key)


_COUNTRY_INITIALS = frozenset({"U.S", "US", "UK", "U.K", "EU", "E.U"})


# The small word inside a three-word name whose initial its acronym keeps ("Department of Energy", "Banque du Liban")
_ACRONYM_PARTICLES = frozenset({"of", "du", "de", "des", "del", "di", "da", "do", "der"})


def _merge_bare_acronyms(groups: _Groups) -> None:
    """"OSHA" after "the Occupational Safety and Health Administration", no brackets given."""
    spelled: dict[str, set[str]] = defaultdict(set)
    for key, group in groups.groups.items():
        for m in group.mentions:
            # ("UCTA" for "the Unfair Contract Terms Act 1977": an Act's year is no initial)
            words = [t.text for t in m.tokens if not t.text.islower() and not (len(t.text) == 4 and t.text.isdigit())]
            if len(m.tokens) == 3 and m.tokens[1].text in _ACRONYM_PARTICLES:
                # "DOE": the Department of Energy; "BDL": the Banque du Liban
                spelled["".join(t.text[0] for t in m.tokens).upper()].add(key)
            if " & " in m.text:
                # "CMS" for "the Centers for Medicare & Medicaid Services": a pair counts once
                pair = [w for w in m.text.split() if not w.islower()]
                paired = pair.index("&")
                if len(shorter := pair[:paired] + pair[paired + 2:]) >= 3:
                    spelled["".join(w[0] for w in shorter).upper()].add(key)
            if len(words) >= 3:
                initials = "".join(w[0] for w in words).upper()
                spelled[initials].add(key)
                if words[-1].startswith("Ex"):
                    spelled[initials[:-1] + "X"].add(key)  # "CMX" for "the Commonwealth Metals Exchange"
                if len(words) >= 4 and " ".join(words[:2]).lower() in PLACES:
                    # "CSX" for "the Cayman Islands Stock Exchange": a place of two words, by one letter
                    shorter = initials[0] + initials[2:]
                    spelled[shorter].add(key)
                    if words[-1].startswith("Ex"):
                        spelled[shorter[:-1] + "X"].add(key)
                if words[-1].lower().rstrip(".") in _LEGAL_FORMS:
                    spelled[initials[:-1]].add(key)  # "CPH" for "Coralline Payments Holdings Ltd": no legal form's letter
                if len(words) >= 4 and words[0].rstrip(".").upper() in _COUNTRY_INITIALS:
                    spelled[initials[1:]].add(key)  # "FDA" for "the U.S. Food and Drug Administration"
                if (of := m.text.rfind(" of ")) > 0 and m.text[of + 4:].lower() in PLACES:
                    # "SEC" for "the Securities and Exchange Commission of Sri Lanka": the body without its country
                    head = [w for w in m.text[:of].split() if not w.islower()]
                    if len(head) >= 2:
                        spelled["".join(w[0] for w in head).upper()].add(key)
    if not spelled:
        return
    for key, group in list(groups.groups.items()):
        if key not in groups.groups or group.multi:
            continue
        text = group.mentions[0].text
        if not (3 <= len(text) <= 6 and text.isalpha() and text.isupper()):
            continue
        owners = {groups.find(k) for k in spelled.get(text, ())} - {groups.find(key)}
        if len(owners) == 1:
            groups.union(key, owners.pop())


def _merge_country_tails(groups: _Groups) -> None:
    """"Bursa" for "Bursa Malaysia", "IDA" for "IDA Ireland": a body named for its country, called by its own word alone, when
    that word is no everyday one and only one such name in the story opens with it."""
    heads: dict[str, set[str]] = defaultdict(set)
    for key, group in groups.groups.items():
        for m in group.mentions:
            if len(m.tokens) == 2 and m.tokens[1].text.lower() in COUNTRIES and m.tokens[0].text[:1].isupper():
                heads[m.tokens[0].key].add(key)
    for key, group in list(groups.groups.items()):
        if key not in groups.groups or group.multi or key not in heads:
            continue
        word = group.mentions[0].text
        if word.lower() in PLACES or word.lower() in WELL_KNOWN_ORGS or is_everyday_word(word):
            continue  # ("the NHS" is a body of its own beside "NHS England")
        owners = {groups.find(k) for k in heads[key]} - {groups.find(key)}
        if len(owners) == 1:
            groups.union(key, owners.pop())


# "the Ministry of Defence" and "the Defence Ministry": one ministry, its portfolio after its word or before it
_MINISTRY_OF_RE = re.compile(r"(Ministry|Department) of (?:the )?([A-Z][\w’'-]*(?:(?:,| and| &)? [A-Z][\w’'-]*){0,3})")
_PORTFOLIO_MINISTRY_RE = re.compile(r"([A-Z][\w’'-]*(?:(?:,| and| &)? [A-Z][\w’'-]*){0,3}) (Ministry|Department)")


def _merge_portfolio_ministries(groups: _Groups) -> None:
    """"the Defence Ministry" after "the Ministry of Defence": the same ministry, named the other way round."""
    named_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, group in groups.groups.items():
        if found := _MINISTRY_OF_RE.fullmatch(group.longest().text):
            named_of[(found[1], found[2].casefold())].add(key)
    if not named_of:
        return
    for key, group in list(groups.groups.items()):
        if key not in groups.groups or not (found := _PORTFOLIO_MINISTRY_RE.fullmatch(group.longest().text)):
            continue
        owners = {groups.find(k) for k in named_of.get((found[2], found[1].casefold()), ())} - {groups.find(key)}
        if len(owners) == 1:
            groups.union(key, owners.pop())


def _merge_local_acronyms(groups: _Groups) -> None:
    """"Ohio EPA" after "the Ohio Environmental Protection Agency": a place's agency by its initials."""
    short = [
        key for key, group in groups.groups.items()
        if len(tokens := group.longest().tokens) == 2
        and tokens[1].text.isalpha() and tokens[1].text.isupper() and 2 <= len(tokens[1].text) <= 6
    ]
    if not short:
        return
    spelled: dict[tuple[str, str], set[str]] = defaultdict(set)  # (first word, initials of the rest) -> keys
    for key, group in groups.groups.items():
        words = [t.text for t in group.longest().tokens if not t.text.islower()]
        if len(words) >= 3:
            spelled[(words[0], "".join(w[0] for w in words[1:]).upper())].add(key)
    if not spelled:
        return
    for key in short:
        group = groups.groups.get(key)
        if group is None:
            continue
        first, acronym = group.longest().tokens
        owners = {groups.find(k) for k in spelled.get((first.text, acronym.text), ())} - {groups.find(key)}
        if len(owners) == 1:
            groups.union(key, owners.pop())


# "The board, known as the CSB,": the initials of the body the story named with that word
_KNOWN_AS_ACRONYM_RE = re.compile(r"\b[Tt]he\s+([a-z]+),\s+(?:also\s+|commonly\s+)?known\s+as\s+(?:the\s+)?([A-Z]{2,6})\b")


def _merge_known_as_acronyms(body: str, groups: _Groups) -> None:
    for match in _KNOWN_AS_ACRONYM_RE.finditer(body):
        acronym, noun = _norm(match.group(2)), match.group(1)
        if acronym not in groups.parent:
            continue
        named = [
            (m.start, key) for key, group in groups.groups.items() for m in group.mentions
            if m.start < match.start() and len(m.tokens) > 1 and any(t.key == noun for t in m.tokens)
        ]
        if named:
            owner = groups.find(max(named)[1])
            if owner != groups.find(acronym):
                groups.union(acronym, owner)


# "The company, known in Japanese as Kuraya Denshi Kogyo,": the company's name in its own language
_THE_COMPANY_KNOWN_AS_RE = re.compile(
    r"\b[Tt]he\s+(?:company|firm|group|bank|maker|manufacturer|business|conglomerate),\s+(?:also\s+)?known\s+"
    r"(?:(?:in|locally)\s+(?:[A-Z]\w+\s+)?)?as\s+(?P<name>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4})"
)


def _merge_company_known_as(body: str, groups: _Groups) -> None:
    for match in _THE_COMPANY_KNOWN_AS_RE.finditer(body):
        name = _norm(match.group("name"))
        if name not in groups.parent:
            continue
        # (the one whose name it shares a word with: "Kuraya Electronics Co.", not the fund named last)
        first = groups.groups[groups.find(name)].longest().tokens[0].key
        named = [
            (m.start, key) for key, group in groups.groups.items() for m in group.mentions
            if m.start < match.start() and _decide(group) == "ORG" and any(t.key == first for t in m.tokens)
        ]
        if named and (owner := groups.find(max(named)[1])) != groups.find(name):
            groups.union(name, owner)


# "the FGTB, as the ABVV is known in Wallonia": one body under its name in another region or language
_KNOWN_THERE_AS_RE = re.compile(
    r"\b(?P<there>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4}),\s+as\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4})\s+is\s+(?:known|called)\s+(?:in|among|by|to)\b"
)


def _merge_known_there_as(body: str, groups: _Groups) -> None:
    for match in _KNOWN_THERE_AS_RE.finditer(body):
        there, name = _norm(match.group("there")), _norm(match.group("name"))
        if there in groups.parent and name in groups.parent and groups.find(there) != groups.find(name):
            groups.union(there, name)


_NAME = r"((?<![\w’'&.-])(?:The\s+)?[A-Z][\w’'&.-]*+(?:\s+(?:&\s+)?[A-Z][\w’'&.-]*+){0,4})"
# "Hsueh, 49, who goes by Vincent with foreign clients": the name he uses (an age between them settles
# nothing here: the surname is the one person's it was last)
_GOES_BY_RE = re.compile(
    rf"((?<![\w’'&.-])[A-Z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*){{0,3}}),(?:\s+\d{{1,3}},)?\s+who\s+(?:goes|went)\s+by\s+"
    rf"[\"“‘']?{_NAME}"
)
_NICK_RES = [
    # "Marisol Vega, whose real name is Maria Soledad Vegara": a stage name and the legal one
    re.compile(rf"{_NAME},\s+(?:whose\s+(?:real|legal|birth)\s+name\s+is|born)\s+{_NAME}"),
    # ("Yiu Shing-chi, 63, better known in business circles as Raymond Yiu": an age between them)
    re.compile(rf"{_NAME},(?:\s+\d{{1,3}},)?\s+(?:also\s+|better\s+|widely\s+|popularly\s+|affectionately\s+)?"
               rf"(?:known\s+as|nicknamed|dubbed|called)\s+[\"“‘']?{_NAME}"),
    # "Okafor, known inside the company simply as Dee" / "Haddad, who is known to everyone as "Oz""
    # ("Ferrand, the 27-year-old Frenchman known throughout the paddock simply as JLF")
    # ("Banco Nacional ... (BNDES), known in English as the National Bank for ...": the bracketed acronym)
    # ("Eduardo Garza Leal — known across Monterrey as “Don Lalo” —": between dashes)
    re.compile(rf"{_NAME}\)?(?:,|\s+[—–])(?:\s+\d{{1,3}},)?\s+(?:who\s+is\s+|who[’']s\s+|the\s+(?:[\w’'-]+\s+){{1,4}})?"
               rf"(?:also\s+|better\s+|widely\s+)?known\s+"
               rf"(?:[^\s.;:!?\"“]+\s+){{1,10}}?as\s+[\"“‘']?(?:the\s+)?{_NAME}"),
    # ('Kusuma, who is known among traders as “Raja Timah,” or the Tin King': the nickname put in English)
    re.compile(rf"{_NAME},\s+who\s+is\s+(?:also\s+|widely\s+)?known\s+(?:[^\s.;:!?\"“]+\s+){{0,6}}?as\s+"
               rf"[\"“‘'][^\"”’'\n]{{1,30}}[\"”’'],?\s+or\s+(?:simply\s+)?(?:the\s+)?{_NAME}"),
    re.compile(rf"{_NAME}\s+\((?:known\s+as|aka|a\.k\.a\.|nicknamed)\s+[\"“‘']?{_NAME}"),
    # "Quintero-Haas, whom developers on X and Hacker News have long called “Mars,”"
    # (the name without dots, so that "... as CTO. Quintero-Haas" starts at her name)
    re.compile(rf"((?<![\w’'&.-])[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){{0,3}}),\s+whom\s+(?:[^\s,.;:!?\"“]+\s+){{1,10}}?"
               rf"(?:call|called|nicknamed|dubbed)\s+[\"“‘']{_NAME}"),
    # "Ashworth is known on the terraces as ‘Tank’ and Mäkelä as ‘Big Joon’": both pairs
    re.compile(rf"{_NAME}\s+(?:is|was|has\s+been)\s+(?:also\s+|widely\s+|better\s+)?known\s+(?:[^\s.;:!?\"“]+\s+){{0,6}}?"
               rf"as\s+[\"“‘']?(?:the\s+)?{_NAME}"),
    re.compile(rf"\bknown\s+(?:[^\s.;:!?\"“]+\s+){{0,6}}?as\s+[\"“‘'][^\"”’'\n]{{1,30}}[\"”’']\s+and\s+{_NAME}\s+as\s+"
               rf"[\"“‘']?(?:the\s+)?{_NAME}"),
    # "Hsueh, 49, who goes by Vincent with foreign clients": the name he uses
    _GOES_BY_RE,
    # "the Banking Regulation and Supervision Agency, known by its Turkish initials BDDK"
    re.compile(rf"{_NAME},\s+(?:also\s+|widely\s+)?known\s+by\s+(?:its|their|the)\s+(?:[\w-]+\s+){{0,2}}"
               rf"(?:initials|acronym|abbreviation)\s+{_NAME}"),
    # "Tzofen, a Tel Aviv cybersecurity startup that trades abroad as Cipherline": its name in other markets
    re.compile(rf"{_NAME},\s+an?\s+[^,.;:!?\"“]{{3,80}}?\s+(?:that|which)\s+(?:trades|operates|sells|does\s+business)"
               rf"(?:\s+(?:abroad|overseas|internationally|in\s+[A-Z][\w ]{{2,20}}?))?\s+as\s+{_NAME}"),
]
# "Delaney Marie Okafor, known professionally as Lux Arden": a stage name, which the story goes by
_STAGE_NAME_RE = re.compile(r"\b(?:professionally|stage\s+name|performs\s+as|performing\s+as)\b")
_FORMER_RES = [
    # (pattern, index of former name group, index of current name group)
    # ("Thermaline plc (formerly Halden Controls Ltd)": a legal form in lower case between them)
    # ("Orvella Systems, Inc. (formerly AquaNimbus Controls; ...)": and a capitalised one after a comma)
    (re.compile(rf"{_NAME}(?:\s+(?:plc|ltd|inc|llc|gmbh|ag)|,\s+(?:Inc|Ltd|LLC|Corp|Co)\.?)?,?\s+\(?(?:formerly|previously|once|originally)\s+"
                rf"(?:known\s+as\s+|called\s+|named\s+)?{_NAME}"), 2, 1),
    (re.compile(rf"(?:renamed|rebranded)\s+(?:from\s+)?{_NAME}\s+(?:to|as)\s+{_NAME}"), 1, 2),
    # "Calloway Ridge Capital renamed Brookhollow Care Centers “Evergrace”": the owner renamed what it bought
    (re.compile(rf"{_NAME}\s+(?:renamed|rebranded)\s+{_NAME}\s+(?:as\s+|to\s+)?[\"“‘']?{_NAME}"), 2, 3),
    (re.compile(rf"{_NAME}\s+(?:was\s+|has\s+been\s+|will\s+be\s+|is\s+(?:to\s+|being\s+)?(?:be\s+)?)?(?:renamed|rebranded)(?:\s+itself)?\s+(?:as\s+|to\s+)?{_NAME}"
                r"(?!\s+(?:as\s+|to\s+)?[\"“‘']?[A-Z])"), 1, 2),
    (re.compile(rf"(?:its|the)\s+name\s+from\s+{_NAME}\s+to\s+{_NAME}"), 1, 2),
    (re.compile(rf"from\s+being\s+(?:called|named|known\s+as)\s+{_NAME}\s+to\s+(?:being\s+)?(?:called\s+)?{_NAME}"), 1, 2),
    (re.compile(rf"{_NAME},?\s+now\s+(?:called|known\s+as|named)\s+{_NAME}"), 1, 2),
    # "when Ledgerline was still called PayMek"
    (re.compile(rf"{_NAME}\s+was\s+(?:still|then|once|originally|previously)\s+(?:called|named|known\s+as)\s+{_NAME}"), 2, 1),
    # "Lumagrid announced the Corvent Labs name on Jan. 8": the company took a new name
    (re.compile(rf"{_NAME}\s+(?:announced|adopted|unveiled|revealed)\s+(?:the|its)\s+(?:new\s+)?{_NAME}\s+name\b"), 1, 2),
    # "Gantrix, which operated as Stackwise until it rebranded last spring"
    (re.compile(rf"{_NAME},?\s+which\s+(?:operated|traded|was\s+known|went\s+by)\s+(?:as\s+)?{_NAME}\s+until\b"), 2, 1),
    # "Vale began life as Valence Robotics, a hardware start-up"
    (re.compile(rf"{_NAME}\s+(?:began|started)\s+(?:life|out)\s+as\s+(?:a\s+company\s+called\s+)?{_NAME}"), 2, 1),
]
# "The company was formerly known as X": X is an old name of the company last named.
# A former name whose new name is the sentence's subject or the company in focus.
_ORPHAN_FORMER_RE = re.compile(
    r"(?:\b(?:formerly|previously|once|originally)\s+(?:known\s+as|called|named|traded\s+as|operated\s+as)\s+|"
    r",\s+formerly\s+|\b(?:renamed|rebranded)\s+from\s+|"
    # "Until 2022 it traded as Tinwhistle": a name the company no longer uses
    r"\b(?:[Uu]ntil|[Bb]efore)\s+(?:\d{4}|last\s+year|recently),?\s+(?:it|the\s+(?:company|firm|startup|business))\s+"
    r"(?:traded|operated|was\s+known|was\s+called|was\s+named|went\s+by)\s+(?:as\s+)?|"
    r"\bused\s+to\s+(?:be\s+called|be\s+known\s+as|trade\s+as|go\s+by)\s+|"
    # "which Halvorsen bought in 2021 when it was still called Bramblegate Games"
    r"\bwhen\s+it\s+was\s+(?:still\s+)?(?:called|named|known\s+as)\s+|"
    # "Back then it was called Loomstack, and the name lasted ...": the company's first name
    r"\b(?:[Bb]ack\s+then|At\s+the\s+time|At\s+first),?\s+(?:it|the\s+(?:company|firm|startup|business))\s+"
    r"was\s+(?:called|named|known\s+as)\s+|"
    # "The company was incorporated as Beekeep Labs ... It became Lumenhive": checked for the "became"
    r"\b(?P<founded>(?:incorporated|founded|registered)\s+as)\s+)[\"“]?" + _NAME
)
_BECAME_RE = re.compile(r"\b(?:became|renamed|rebranded|changed\s+its\s+name)\b")
_RENAMED_TO_RE = re.compile(
    r"(?:\b(?:renamed|rebranded)\s+(?:it|itself|(?:the|its|their)\s+(?:business|company|firm|startup|start-up|shop|store|"
    r"practice|agency|brand))\s+(?:as\s+|to\s+)?"
    # "... our purchase of Pellwick Controls ... It now operates as Calderwood Controls"
    r"|\b(?:It|it|[Tt]he\s+(?:business|company|firm|unit))\s+now\s+(?:operates|trades|does\s+business)\s+as\s+)" + _NAME
)
_ORG_CONTEXT_RE = re.compile(r"\b(?:company|firm|startup|business|brand|its name|corporation)\b", re.I)


def _group_key_for(text: str, groups: _Groups, from_end: bool) -> str | None:
    """The group named by ``text`` or by its longest sub-run of words."""
    tokens = re.sub(r"[’']s$", "", text.strip()).split()
    while tokens:
        key = _norm(" ".join(tokens))
        if key in groups.parent:
            return key
        tokens = tokens[1:] if from_end else tokens[:-1]
    return None


def _group_covering(groups: _Groups, pos: int) -> str | None:
    """The group with a ship's name that runs over ``pos`` from further left."""
    return next((
        key for key, group in groups.groups.items()
        if any(m.start < pos < m.end and m.tokens[0].text in _SHIP_PREFIXES for m in group.mentions)
    ), None)


def _merge_ship_names(groups: _Groups) -> None:
    """"Glen Iorsa" and "the Lady Morven" for "MV Glen Iorsa" and "MV Lady Morven": a ship called
    without the letters before its name."""
    for key, group in list(groups.groups.items()):
        tokens = group.longest().tokens
        if len(tokens) < 2 or tokens[0].text not in _SHIP_PREFIXES or groups.find(key) != key:
            continue
        forms = {_norm(" ".join(t.text for t in tokens[1:]))}
        if len(tokens) == 3 and tokens[1].key in ROLE_WORDS:
            forms.add(tokens[2].key)  # "Lady Morven" came out as "Morven", its "Lady" taken for a title
        for form in forms:
            if form in groups.parent and groups.find(form) != groups.find(key):
                groups.union(form, key)


def _group_ending_at(groups: _Groups, end: int) -> str | None:
    """The group with a mention that ends at ``end``: a name with lower-case words the pattern did not see."""
    return next((key for key, group in groups.groups.items() if any(m.end == end for m in group.mentions)), None)


def _group_starting_at(groups: _Groups, start: int) -> str | None:
    """The group with a mention that starts at ``start``: a name longer than the pattern saw."""
    return next((key for key, group in groups.groups.items() if any(m.start == start for m in group.mentions)), None)


_WHO_CLAUSE_END_RE = re.compile(r",\s+who\b[^,.;:!?]*$")
# (", the man known as", " — better known as": what follows the comma or dash)
_KNOWN_AFTER_RX = (
    r"(?:\s+\d{1,3},)?\s+(?:who\s+is\s+|who[’']s\s+|the\s+(?:[\w’'-]+\s+){1,4})?(?:also\s+|better\s+|widely\s+)?known\s+\w"
)
# Each alternative opens with one character, or one class, so that the scan rejects a position
# at a glance: ")?" is spelled out as two alternatives, "\s+" as "\s\s*", and "\b" before "that"
# as a look behind after its "t".
_ALIAS_HINT_RE = re.compile(
    r",(?:\s+\d{1,3},)?\s+(?:also\s+|better\s+|widely\s+|popularly\s+|affectionately\s+)?(?:known\s+as|nicknamed|dubbed|called)\b|"
    rf"\),{_KNOWN_AFTER_RX}|\)\s\s*[—–]{_KNOWN_AFTER_RX}|,{_KNOWN_AFTER_RX}|\s\s*[—–]{_KNOWN_AFTER_RX}|"
    r"\s(?:is|was|been)\s+(?:also\s+|widely\s+|better\s+)?known\s+\w|"
    r"\((?:known\s+as|aka|a\.k\.a\.|nicknamed)\b|,\s+whose\s+(?:real|legal|birth)\s+name\b|,\s+born\s+[A-Z]|"
    r",\s+whom\s+[^,.;:!?]{0,80}\b(?:call|called|nicknamed|dubbed)\s+[\"“‘']|"
    r",(?:\s+\d{1,3},)?\s+who\s+(?:goes|went)\s+by\b|"
    r"t(?<!\wt)hat\s+(?:trades|operates|sells|does\s+business)\b[^.;:!?]{0,30}?\sas\s+[A-Z]|"
    r"w(?<!\ww)hich\s+(?:trades|operates|sells|does\s+business)\b[^.;:!?]{0,30}?\sas\s+[A-Z]"
)
_ALIAS_WORDS = (  # one is in every hint
    "known", "nicknamed", "dubbed", "called", "aka", "a.k.a.", " name ", "born", " goes by ", " went by ",
    " trades ", " operates ", " sells ", " business ",
)
_FORMER_HINT_RE = re.compile(
    r"\b(?:formerly|(?:previously|once|originally|still|then)\s+(?:known|called|named)|renamed|rebranded|"
    r"name\s+from|being\s+(?:called|named|known)|now\s+(?:called|known|named|operates\s+as|trades\s+as)|"
    r"(?:began|started)\s+(?:life|out)\s+as|(?:[Uu]ntil|[Bb]efore)\s+(?:\d{4}|last\s+year|recently)|used\s+to|"
    r"(?:announced|adopted|unveiled|revealed)\s+(?:the|its)\s+(?:new\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3}\s+name|"
    r"(?:incorporated|founded|registered)\s+as|(?:operated|traded)\s+as|"
    r"(?:[Bb]ack\s+then|At\s+the\s+time|At\s+first),?\s+(?:it|the\s+(?:company|firm|startup|business))\s+was)\b"
)
_FORMER_FIRST_WORDS = (
    "formerly", "previously", "once", "originally", "still", "then", "renamed", "rebranded", "name", "being", "now", "began", "started",
    "until", "Until", "before", "Before", "used", "announced", "adopted", "unveiled", "revealed", "incorporated", "founded",
    "registered", "Back", "back", "At", "operated", "traded",
)


_FORMER_NAME_KEYS = [(_norm(old), _norm(new)) for old, new in FORMER_NAMES.items()]
_STATE_KEYS = [(_norm(abbr), _norm(name)) for abbr, name in STATE_ABBREVIATION_NAMES.items()]
_SHORT_FORM_KEYS = [(_norm(short), _norm(name)) for short, name in SHORT_FORMS.items()]
# "united kingdom": ["uk", "britain", ...], the short forms of each name
_SHORT_FORMS_OF = {
    name: [short for short, full in _SHORT_FORM_KEYS if full == name] for name in dict.fromkeys(n for _, n in _SHORT_FORM_KEYS)
}
_BYNAME_KEYS = [(_norm(byname), _norm(name)) for byname, name in PLACE_BYNAMES.items()]


def _hint_windows(body: str, hints: Iterable[re.Match]) -> list[tuple[int, int]]:
    """Merged windows of text around each hint, where alias patterns can match."""
    windows: list[tuple[int, int]] = []
    for match in hints:
        lo, hi = max(0, match.start() - 120), min(len(body), match.end() + 120)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


_THE_KIND_RE = re.compile(r"\s*The\s+([a-z]{4,})\b")


def _the_kind_named(body: str, groups: _Groups, sentence: int, exclude: str) -> str | None:
    """"The studio, which Halvorsen bought ...": the one organisation whose name ends in that kind
    ("Ironquill Studios"), not the buyer the clause names."""
    kind = _THE_KIND_RE.match(body, sentence)
    if kind is None:
        return None
    word = kind.group(1)
    found = {
        groups.find(key) for key, group in groups.groups.items()
        if groups.find(key) != groups.find(exclude) and len(group.longest().tokens) > 1
        and group.longest().tokens[-1].key in (word, word + "s", word + "es") and _decide(group) == "ORG"
    }
    return found.pop() if len(found) == 1 else None


def _main_org(groups: _Groups, exclude: str) -> str | None:
    """The most mentioned organisation."""
    best: tuple[int, str] | None = None
    for key, group in groups.groups.items():
        if groups.find(exclude) == key or _decide(group) != "ORG":
            continue
        if best is None or len(group.mentions) > best[0]:
            best = (len(group.mentions), key)
    return best[1] if best else None


_APPOSITIVE_GAP_RE = re.compile(r",\s+(?:the|a|an|its)\s[^,;.()\"“”]{0,80}?\s*$")


class _Index:
    """Mentions in text order, for "the nearest name before/after here" questions."""

    def __init__(self, groups: _Groups) -> None:
        self.groups = groups
        items = sorted(
            ((m.start, key, m) for key, group in groups.groups.items() for m in group.mentions),
            key=lambda item: item[0],
        )
        self.items = items
        self.starts = [item[0] for item in items]
        self._types: dict[str, str] = {}

    def type_of(self, key: str) -> str:
        root = self.groups.find(key)
        if root not in self._types:
            self._types[root] = _decide(self.groups.groups[root])
        return self._types[root]

    def sentence_subject(self, lo: int, hi: int, exclude: str) -> str | None:
        """The first company-like name in body[lo:hi] ("Corvid, the startup, was renamed from")."""
        excluded = self.groups.find(exclude)
        for index in range(bisect.bisect_left(self.starts, lo), len(self.items)):
            start, key, _ = self.items[index]
            if start >= hi:
                break
            if self.groups.find(key) != excluded and (
                self.type_of(key) not in ("PERSON", "PLACE") or exclude.startswith(key)
            ):
                # ("Vardhan Agrochem was incorporated as Vardhan Agrochem Pvt Ltd": its own name, whatever its type)
                return self.groups.find(key)
        return None

    def appositive_head(self, body: str, pos: int, exclude: str) -> str | None:
        """"Brightwater Pay, the payments startup formerly known as": the name the phrase describes."""
        excluded = self.groups.find(exclude)
        end = bisect.bisect_left(self.starts, pos)
        # The phrase may hold names of its own ("Kovotrend, the Brno-based maker ... formerly known as").
        for _, key, m in reversed(self.items[max(0, end - 4):end]):
            if not _APPOSITIVE_GAP_RE.match(body, m.end, pos):
                continue
            if self.groups.find(key) == excluded or self.type_of(key) in ("PERSON", "PLACE"):
                return None
            return self.groups.find(key)
        return None

    def renamed_org_before(self, pos: int, exclude: str) -> str | None:
        """The company a "renamed the business X" sentence means: the latest one named that the world
        does not already know ("a former Boeing colleague" is not the business renamed)."""
        excluded = self.groups.find(exclude)
        end = bisect.bisect_left(self.starts, pos)
        for _, key, m in reversed(self.items[max(0, end - 40):end]):
            root = self.groups.find(key)
            if root != excluded and self.type_of(key) == "ORG" and m.text.lower() not in WELL_KNOWN_ORGS:
                return root
        return None

    def org_before(self, pos: int, exclude: str | None, sentences: Sentences) -> str | None:
        """The organisation "the company" most likely means: the latest one named as a subject."""
        excluded = self.groups.find(exclude) if exclude is not None else None
        fallback = None
        end = bisect.bisect_left(self.starts, pos)
        for start, key, m in reversed(self.items[max(0, end - 400):end]):
            root = self.groups.find(key)
            if root == excluded or self.type_of(key) != "ORG":
                continue
            if m.initial or sentences.is_start(start):
                return root
            fallback = fallback or root
        return fallback

    def main_person_before(self, lo: int, hi: int) -> str | None:
        """The person named before ``hi`` whom the story names most, counting "Mr. Dombrowski" for
        "Walter Dombrowski": whom a bare "he" most likely means in a profile or an obituary."""
        people: dict[str, int] = {}
        for _, key, m in self.items[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]:
            if len(m.tokens) > 1 and _person_shaped(m) and self.type_of(key) in ("PERSON", "OTHER"):
                people.setdefault(self.groups.find(key), 0)
        if not people:
            return None
        surnames = Counter(m.tokens[-1].key for _, _, m in self.items)
        for root in people:
            mentions = self.groups.groups[root].mentions
            people[root] = len(mentions) + surnames[mentions[0].tokens[-1].key]
        return max(people, key=people.__getitem__)

    def person_before(self, lo: int, hi: int, body: str = "", gender: str | None = None) -> str | None:
        """The person named last before ``hi``; with ``gender``, the last not known to be of the other,
        by a surname too ("Castellucci ... staff call her")."""
        for start, key, m in reversed(self.items[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]):
            root = self.groups.find(key)
            if gender is not None and len(m.tokens) == 1 and self.type_of(key) == "PERSON":
                # (a surname not yet joined to the full name)
                full = {
                    self.groups.find(k) for k, group in self.groups.groups.items()
                    if len(group.longest().tokens) > 1 and group.longest().tokens[-1].key == m.tokens[0].key
                    and self.type_of(k) == "PERSON"
                }
                if len(full) == 1:
                    root = full.pop()
                m = self.groups.groups[root].longest()
            if len(m.tokens) > 1 and _person_shaped(m) and self.type_of(key) in ("PERSON", "OTHER"):
                # (not "the Lumenhive Tag", a product with a person's shape)
                if gender is None:
                    return root
                # (a person's: not "the Fortuna Self-Made Shipowners list" that "she" tops)
                person = self.type_of(root) == "PERSON" or m.tokens[0].text.lower() in FIRST_NAMES
                if person and _gender_of(body, self.groups.groups[root]) in (None, gender):
                    return root
        return None


_CALLED_BY_RE = re.compile(
    r"\b(?:whom\b[^.;]{0,80}?\bcalls?|who\s+goes\s+by|known\s+to\s+\w+(?:\s+\w+)?\s+as|"
    # "the drone billionaire fans lovingly (and not so lovingly) call 'the Drone King'"
    r"(?:fans|friends|colleagues|critics|rivals|employees|staff|staffers|supporters|detractors|admirers|"
    r"insiders|followers|locals|support|faithful|teammates|team-mates|crowd|fanbase)(?:\s+\w+ly)?(?:\s+\([^()]{0,40}\))?\s+call(?:s|ed)?(?:\s+(?:him|her))?|"
    r"(?P<pronoun>(?:call(?:s|ed|ing)?|nicknamed|dubbed)\s+(?:him|her)))\s+[\"“]?"
    rf"(?:(?:the|{'|'.join(FOREIGN_ARTICLES)})\s+)?" + _NAME
)
# 'To nearly everyone in town he was "Buzz," a nickname he picked up ...'
_WAS_NICKNAME_RE = re.compile(
    r"\b(?:he|she)\s+was\s+[\"“]" + _NAME + r"[,.]?[\"”],?\s+(?:a|the|his|her)\s+(?:\w+\s+)?nickname\b"
)
# "To the airline’s 6,800 employees she is simply “La Capitana,”": what those around her call her
_SIMPLY_NICKNAME_RE = re.compile(
    r"\b(?:[Tt]o|[Ff]or|[Aa]mong)\s+(?:[^,.;:!?\"“]|(?<=\d)[,.](?=\d)){3,80},?\s+(?:he|she)\s+(?:is|was)\s+(?:simply|just)\s+[\"“]" + _NAME + r"[,.]?[\"”]"
)
# "Rourke, who fans call", "Zyoud, a former driver whom colleagues call": the surname the clause hangs on
_SURNAME_WHO_RE = re.compile(r"([A-Z][\w’'-]+),\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,3})?whom?\s+\S")
_OR_NICK_RE = re.compile(r"[\"”’]?,?\s+or\s+(?:just\s+|simply\s+)?[\"“]?([A-Z][\w’'-]+)\b")
_CALLED_HINTS = ("whom", "goes by", "known to", " him ", " her ", " call ", " calls ", " called ", "nickname")
_CALLED_KEYWORDS = (
    "whom", "who", "known", "call", "nicknamed", "dubbed", "fans", "friends", "colleagues", "critics", "rivals",
    "employees", "staff", "supporters", "detractors", "admirers", "insiders", "followers", "locals",
    "support", "faithful", "teammates", "team-mates", "crowd", "fanbase",  # "the home support call “Crow”"
)  # where a match can begin
_PRONOUN_REACH = 1200  # how far back "called her Rivet" looks for the person "her" is
_OBJECT_PRONOUN_RE = re.compile(r"\b(?:him|her)\b")


_MODEL_CODE_RE = re.compile(
    rf"{_NAME}(?:[’']s)?\s+\((?i:model|model\s+no\.?|model\s+number|part\s+no\.?|sku)\s+([A-Z0-9][A-Z0-9-]{{2,}})\)"
)


def _merge_model_codes(body: str, groups: _Groups) -> None:
    """"the Vista X5 (model VX5-220)": the maker's model code is another name of the product."""
    for match in _MODEL_CODE_RE.finditer(body):
        product = _group_key_for(match.group(1), groups, from_end=True)
        code = _group_key_for(match.group(2), groups, from_end=False)
        if product and code and groups.find(product) != groups.find(code):
            groups.union(code, product)


def _merge_operator_models(groups: _Groups) -> None:
    """"a Pinecrest T175" beside "58 Tessaro T175 jets": the airline's plane is the maker's model.

    A model code after two different names is one product; the name it follows most often (or
    first) is its maker, and the other is a company the story names on its own.
    """
    by_code: dict[str, list[str]] = defaultdict(list)
    leads: set[str] = set()
    for key, group in groups.groups.items():
        tokens = group.mentions[0].tokens
        if len(tokens) > 1:
            leads.add(tokens[0].key)
        if len(tokens) == 2 and _MODEL_CODE_TOKEN_RE.fullmatch(tokens[1].text) and tokens[0].text.istitle():
            by_code[tokens[1].key].append(key)
    for keys in by_code.values():
        if len(keys) < 2:
            continue
        keys.sort(key=lambda k: (-len(groups.groups[k].mentions), groups.groups[k].mentions[0].start))
        for other in keys[1:]:
            if groups.groups[other].mentions[0].tokens[0].key in leads and groups.find(other) != groups.find(keys[0]):
                groups.union(other, keys[0])


def _merge_called(body: str, sentences: Sentences, groups: _Groups, index: _Index) -> None:
    """"Bartholomew Ndiaye, whom everyone calls Bart", "colleagues call her Bart" or 'he was "Bart," a
    nickname': Bart is him or her."""
    for match in keyword_finditer(_CALLED_BY_RE, _CALLED_KEYWORDS, body):
        nick = _group_key_for(match.group(2), groups, from_end=False)
        if nick is None:
            continue
        lo = sentences.start_of(match.start())
        gender = None
        if pronoun := _OBJECT_PRONOUN_RE.search(match.group()):
            # "colleagues call her 'Rivet'", "staff call her 'la Capitana'": the last woman named
            lo, gender = max(0, lo - _PRONOUN_REACH), "m" if pronoun.group() == "him" else "f"
        full = index.person_before(lo, match.start(), body, gender)
        if full is None and (named := _SURNAME_WHO_RE.search(body, max(0, match.start() - 60), match.start() + 6)):
            # "Rourke, who fans call ...": the surname the clause hangs on, and her full name when it came first
            full = _full_name_ending(groups, named.group(1), named.start()) or _group_key_for(named.group(1), groups, from_end=False)
        if not full:
            continue
        nicks = [nick]
        if (more := _OR_NICK_RE.match(body, match.end())) and (second := _group_key_for(more.group(1), groups, False)):
            nicks.append(second)  # "who fans call 'T-Ro' or just Tavi"
        for key in nicks:
            if groups.find(full) != groups.find(key):
                groups.union(key, full, rename=True)
    if "nickname" in body or " simply “" in body or ' simply "' in body:
        for match in itertools.chain(_WAS_NICKNAME_RE.finditer(body), _SIMPLY_NICKNAME_RE.finditer(body)):
            # a bare "he" in a profile or an obituary means whom the story names most
            nick = _group_key_for(match.group(1), groups, from_end=False)
            lo = max(0, sentences.start_of(match.start()) - _PRONOUN_REACH)
            full = index.main_person_before(lo, match.start()) if nick else None
            if full and groups.find(full) != groups.find(nick):
                groups.union(nick, full, rename=True)


def _suffixed_forms(groups: _Groups, key: str) -> list[str]:
    """Groups that are ``key``'s name with a legal suffix: "Lumagrid Inc." for "Lumagrid"."""
    forms = []
    for other, group in groups.groups.items():
        if other == key or not other.startswith(key):
            continue
        tokens = group.mentions[0].tokens
        if len(tokens) > 1 and tokens[0].key == key and all(t.text.lower().rstrip(".") in ORG_SUFFIXES for t in tokens[1:]):
            forms.append(other)
    return forms


def _full_name_ending(groups: _Groups, surname: str, before: int) -> str | None:
    """The group of the last name of two words or more that ends in ``surname``, named before ``before``
    (or opens with it, before a hyphenated given name: "Lin Cheng-hao")."""
    key = _norm(surname)
    named = [
        (m.start, name) for name, group in groups.groups.items() for m in group.mentions
        if m.start < before and len(m.tokens) > 1 and (
            m.tokens[-1].key == key or len(m.tokens) == 2 and m.tokens[0].key == key and "-" in m.tokens[1].text
        )
    ]
    return max(named)[1] if named else None


def _merge_aliases(body: str, sentences: Sentences, groups: _Groups) -> None:
    called = any(hint in body for hint in _CALLED_HINTS)
    former_windows = _hint_windows(body, keyword_finditer(_FORMER_HINT_RE, _FORMER_FIRST_WORDS, body))
    # The index records the groups as they stand now, before any merge below.
    index = _Index(groups) if called or former_windows else None
    if called:
        _merge_called(body, sentences, groups, index)
    alias_hints = _ALIAS_HINT_RE.finditer(body) if any(word in body for word in _ALIAS_WORDS) else ()
    for lo, hi in _hint_windows(body, alias_hints):
        for pattern in _NICK_RES:
            for match in pattern.finditer(body, lo, hi):
                if _WHO_CLAUSE_END_RE.search(body, max(0, match.start() - 160), match.start()):
                    continue  # "Oyelaran, who ... away from TessDB, called Ferraby": he called Ferraby something
                if " " not in match.group(1).strip() and _AGE_AFTER_RE.match(body, match.end(1)) and (
                    _GENERATION_BEFORE_RE.search(body, max(0, match.start(1) - 12), match.start(1))
                ):
                    continue  # "The elder Malpani, 67, known ... as HVM": which Malpani is not settled here
                # ("MV Sound of Uig, known at the yard as Hull 802": the ship, whose name the pattern saw the end of)
                full = _group_covering(groups, match.start(1)) or _group_key_for(
                    match.group(1), groups, from_end=True
                ) or _group_ending_at(groups, match.end(1))  # "Banking Regulation and Supervision Agency"
                # "Sienna Vale ... Vale, born Margaret Vallender": the surname of the full name before it
                # (a name's pattern runs on over "Sienna Vale. Vale": the last sentence's word is the surname)
                surname = match.group(1).rsplit(". ", 1)[-1]
                if " " not in surname.strip() and (
                    pattern is _NICK_RES[0] or pattern is _GOES_BY_RE or _AGE_AFTER_RE.match(body, match.end(1))
                ):
                    # ("Lin, 52, who is known to foreign customers as Jason Lin": "Lin Cheng-hao", named before)
                    full = _full_name_ending(groups, surname, match.end(1) - len(surname)) or full
                # "Big Mek" is kept as "Mek" when "Big" opened a sentence somewhere
                nick = _group_key_for(match.group(2), groups, from_end=False) or _group_key_for(
                    match.group(2), groups, from_end=True
                ) or _group_starting_at(groups, match.start(2))  # "the National Bank for Economic and ..."
                if full and nick and groups.find(full) != groups.find(nick):
                    if _STAGE_NAME_RE.search(match.group(0)):
                        groups.union(full, nick, rename=True)  # the name the singer performs and is written under
                        groups.groups[groups.find(nick)].votes["PERSON"] += 6  # "Vesper Lane" is no street
                    elif " better known " in match.group(0) and " " in match.group(2).strip():
                        groups.union(full, nick, rename=True)  # "better known as Raymond Yiu": the name he goes by
                    else:
                        groups.union(nick, full, rename=True)
    if ", born " in body:
        _merge_birth_names(body, sentences, groups)
    merged_old: set[str] = set()
    for lo, hi in former_windows:
        for pattern, old_i, new_i in _FORMER_RES:
            for match in pattern.finditer(body, lo, hi):
                old = _group_key_for(match.group(old_i), groups, from_end=old_i == 1)
                new = _group_key_for(match.group(new_i), groups, from_end=new_i == 1)
                if not old or not new or groups.find(old) == groups.find(new):
                    continue
                merged_old.add(old)
                groups.union(old, new, rename=True)
                for form in _suffixed_forms(groups, old):
                    groups.union(form, new, rename=True)  # "Lumagrid Inc." went with "Lumagrid"
                sentence = body[sentences.start_of(match.start()):sentences.end_of(match.start())]
                if _ORG_CONTEXT_RE.search(sentence):
                    groups.groups[groups.find(new)].votes["ORG"] += 3
    for lo, hi in former_windows:
        for match in _RENAMED_TO_RE.finditer(body, lo, hi):
            # "The pair renamed the business Tessary in 1994": the company named before took the new name
            new = _group_key_for(match.group(1), groups, from_end=False)
            old = new and index.renamed_org_before(match.start(), new)
            if old and groups.find(old) != groups.find(new):
                merged_old.add(old)
                groups.union(old, new, rename=True)
    orphans = (m for lo, hi in former_windows for m in _ORPHAN_FORMER_RE.finditer(body, lo, hi))
    if former_windows:
        for match in orphans:
            old = _group_key_for(match.group(match.re.groups), groups, from_end=False)
            if old is None or old in merged_old:
                continue
            if match.group("founded") and not _BECAME_RE.search(body, match.end(), match.end() + 300):
                continue  # "founded as Acme in 2010" and never renamed: its name still
            new = (
                index.appositive_head(body, match.start(), old)
                or _the_kind_named(body, groups, sentences.start_of(match.start()), old)
                or index.sentence_subject(sentences.start_of(match.start()), match.start(), old)
                or index.org_before(match.start(), old, sentences)
                or _main_org(groups, old)
            )
            if new:
                groups.union(old, new, rename=True)
    # A former name gives way to the current one; "U.S." is the "United States" the story names in full.
    for pairs, rename in ((_FORMER_NAME_KEYS + _STATE_KEYS + _BYNAME_KEYS, True), (_SHORT_FORM_KEYS, False)):
        for a, b in pairs:
            if a in groups.parent and b in groups.parent and groups.find(a) != groups.find(b):
                groups.union(a, b, rename=rename)
    # "the UK" and "Britain" with "the United Kingdom" nowhere: two short forms of one name are one place
    for shorts in _SHORT_FORMS_OF.values():
        present = [short for short in shorts if short in groups.parent]
        for short in present[1:]:
            if groups.find(short) != groups.find(present[0]):
                groups.union(short, present[0])


# "The Grammy-nominated singer, born Sabine Okoro-Lindgren, announced": the legal name of the
# performer the story just named by her stage name
_BORN_AS_RE = re.compile(
    r"\b(?:singer|rapper|star|actor|actress|musician|artist|songwriter|DJ|comedian|performer|model|"
    rf"influencer|drag\s+queen|wrestler|boxer),\s+born\s+{_NAME}"
)


def _merge_birth_names(body: str, sentences: Sentences, groups: _Groups) -> None:
    """A legal name after "the singer, born": an alias of the stage name the story uses."""
    for match in _BORN_AS_RE.finditer(body):
        legal = _group_key_for(match.group(1), groups, from_end=False)
        if legal is None:
            continue
        sentence = sentences.start_of(match.start())
        others = [
            (key, group) for key, group in groups.groups.items()
            if groups.find(key) != groups.find(legal) and _decide(group) in ("PERSON", "OTHER")
        ]
        # the person named last before the sentence, else the name the story uses most ("Sable"),
        # which may not be typed yet
        before = [(m.start, key) for key, group in others if _decide(group) == "PERSON"
                  for m in group.mentions if m.start < sentence]
        performer = max(before)[1] if before else max(
            others, key=lambda item: len(item[1].mentions), default=(None, None)
        )[0]
        if performer is not None:
            groups.union(legal, performer, rename=True)  # the name the story uses is the stage name


# ----------------------------------------------------------------- typing

def _rx(words: frozenset[str] | set[str]) -> str:
    return word_alternation(words)


# Where a company's shares are listed: "trades on the NGX", "listed on Nasdaq"
_LISTED_ON_CUES = phrases("trade on|trades on|traded on|listed on|listing on|debut on")
_ORG_VERB_CUES = frozenset(
    """acquired acquire acquires acquiring bought buy buys founded co-found co-founded cofounded
    joined join joins leave left leaving quit ex former sued suing started founding runs owns""".split()
) | phrases(
    """acquisition of|purchase of|takeover of|invested in|invest in|investment in|backed by|funded by|helped found|
    partnered with|stake in|shares of|employees of|works at|worked at|working at|hired by|
    spun out of|reported by|quoted by|cited by|seen by|obtained by|reviewed by|according to|loan from|grant from|report by|story by|
    funding from|financing from|polled by|agreement with|deal with|contract with|partnership with|
    draw with|win over|victory over|defeat to|
    loss to|lost to|defeat by|beaten by|beat by|promotion to|relegation from|relegated from|
    data from|figures from|estimates from|research from|compete with|competes with|competing with|compete against|
    rival to|switched from|switch from|migrated from"""
) | _LISTED_ON_CUES
# "its initial public offering on B3", "rang the opening bell at B3": an exchange, whatever digit its name has
_MARKET_BEFORE_RE = re.compile(
    r"\b(?:" + word_alternation(
        _LISTED_ON_CUES | phrases("trading on|IPO on|offering on|flotation on|float on|floated on|bell at")
    ).replace(r"\ ", r"\s+") + r")\s+(?:the\s+)?$"
)
_PRODUCT_VERB_CUES = frozenset(
    """launched launches launching launch released releases releasing release unveiled unveils
    unveiling unveil introduced introduces introduce debuted shipped ships ship using uses
    downloaded download installed install code-named codenamed codename""".split()
) | phrases(
    """launch of|release of|used in|use of|powered by|built on|version of|versions of|
    update to|users of|subscribers to|rollout of|rolled out|written in|rewritten in|coded in|
    programmed in|ported to|built with|runs on|run on|code name|code-name|internal name|working name|
    call it|calls it|called it|internally as|sold as|marketed as|branded as|sold under|markets as|sells as|
    vintage of|vintages of|bottle of|bottles of|glass of|cases of|bottling of"""
)
_PLACE_CUES = phrases(
    """based in|headquartered in|located in|out of|born in|moved to|offices in|office in|
    capital of|city of|state of|town of|village of|shire of|province of|prefecture of|district of|travelled to|traveled to|hub to|hub in|headquarters to|headquarters in|
    plant in|factory in|offices to|operations to|depot in|warehouse in|bound for|flights to|flight to|
    flew to|fly to|flying to|flies to|flights from|flew from|fly from|flying from|flies from|nonstop to|
    sails to|sailed to|sail to|route to|route from|routes to|routes from|trials off|isle of|island of|
    ferry to|ferries to|crossing to|crossing from|warehouse at|warehouses at|plant at|plants at|factory at|
    factories at|site at|sites at|yard at|port of|tours to|trips to|tour to|trip to|pilgrimages to|pilgrimage to|
    factory outside|plant outside|factory near|plant near|site near|outskirts of|suburb of|coast at|coast of|
    unit in|units in|facility at|facility in|mill at|mill in|refinery at|refinery in|
    in downtown|of downtown|in uptown|in suburban|in rural|mayor of|municipality of|county of|region of"""
) | {"across", "throughout", "neighboring", "neighbouring", "nearby", "near"}
# Words after a town's name that make the longer name one of the town's institutions: "the Chemnitz Local Court"
_TOWN_INSTITUTION_WORDS = frozenset(
    "local regional district municipal city county provincial central airport university port harbour harbor "
    "court council police station".split()
)


def _inside_longer_name(body: str, text: str) -> bool:
    """True when ``text`` is somewhere part of a longer name: "Halden" of "Halden Therapeutics", "Drummond"
    of "Alexander Drummond" (a firm or a person named after a town)."""
    for found in re.finditer(rf"(?<![\w’'-])(?:([A-Z][\w’'-]*) )?{re.escape(text)}(?: ([A-Z][\w’'-]*))?(?![\w’'-])", body):
        before, after = found.groups()
        if after and after.lower() in _TOWN_INSTITUTION_WORDS:
            after = None
        for neighbour in (before, after):
            if neighbour and neighbour.lower() not in STOPWORDS and neighbour.lower() not in MONTHS:
                return True
    return False


# An office, then its holder's name, then "(": the bracket holds the holder's party
_PARTY_AFTER_HOLDER_RE = re.compile(
    r"\b(?:[Mm]inister|MPs?|MEPs?|[Ll]awmaker|[Ll]egislator|[Dd]eputy|[Ss]enator|[Cc]ouncillor|[Mm]ayor|[Ll]eader|"
    r"[Cc]hair(?:man|woman)?|[Ss]peaker|[Ss]ecretary|[Mm]ember)\b[^.()\n]{0,60}\b[A-Z][\w’'-]+ \($"
)
_PORTFOLIO_OF_BEFORE_RE = re.compile(
    r"\b(?:Minister|Secretary|Minister of State) (?:of|for) (?:the )?(?:(?:[A-Z][\w’'-]+ ){1,3}(?:and|&) )?$"
)
# The acts a regulator or government numbers: "Basic Circular 154", "Decree 14", "Resolution 2231"
_NUMBERED_ACTS = frozenset("circular decree resolution directive ordinance notification".split())
_ACT_NUMBER_AFTER_RE = re.compile(r"\s+(?:No\.?\s*)?\d")
_PROVISION_WORDS = frozenset("principle principles rule section article clause paragraph regulation condition".split())
_CODE_BEFORE_RE = re.compile(r"\b(?:code|coupon|voucher|promo)\s+$", re.IGNORECASE)
_NAMED_RULE_AFTER_RE = re.compile(r" (?:law|laws|rule|rules|doctrine|clause|tax|principle|effect|model)\b")
# Faiths read as adjectives before a common noun: "the Christian union", "a Muslim charity"
_FAITHS = frozenset("christian catholic muslim islamic jewish hindu buddhist protestant evangelical orthodox sikh".split())
_FAITH_NOUN_AFTER_RE = re.compile(r" (?:[a-z]+-)?[a-z]{3,}\b")
# What an investor holds "in" a company (not a town)
_STAKE_WORDS = frozenset("shares stake stakes shareholding shareholdings holding holdings investment investments invested position positions exposure".split())
# "Flight KL1702 to Oslo", "gets us to Tenerife": where people travel, in more words than _PLACE_CUES reads
# ("the rail line to Churchill", "the highway from Thompson": a route's end)
_FLIGHT_TO_RE = re.compile(
    r"\b(?:[Ff]light\s+[A-Z]{0,3}\d{1,5}|gets?\s+(?:us|them|you|passengers)|rail(?:way|road)?\s+line|"
    r"road|highway|motorway|railway|railroad|train|trains|ferry|ferries)\s+(?:to|from)\s+$"
)
# "Kaylee Ostrander, 29, of Wickham", "58 miles from Wickham": a home town and a distance
_HOME_TOWN_RE = re.compile(
    r"(?:\b\d{1,3},\s+of|\b(?:miles|mi|kilometres|kilometers|km)\s+(?:(?:north|south|east|west)\s+)?(?:from|of)"
    r"|\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+$"  # "shippers north of The Pas"
)
_TRACK_KINDS = frozenset("international motor street grand national".split())
# Where a race was run: "2nd at", "pole at", "the opening round at", "on the grid at"
_RACE_AT_RE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)|P\d{1,2}|won|wins?|victory|podium|pole|round|race|grid|"
    r"testing|qualifying|lap record|Grand Prix)\b[^.;!?]{0,40}\bat\s+$"
)
# "a 34-year-old teacher from Drammen": where a person described by age or trade comes from
_PERSON_FROM_RE = re.compile(
    r"(?:\b\d{1,3}-year-old|\b(?:(?:head)?teacher|student|nurse|passenger|resident|native|farmer|driver|worker|retiree|"
    r"pensioner|mother|father|man|woman|couple|family|doctor|engineer|owner|shareholder|investor|customer|shopper|"
    r"parent|grandmother|grandfather|voter))(?:\s+[a-z]+){0,2}\s+from\s+$"
)
# "its specialty chemicals plants at Dahej in Gujarat and at Cuddalore": the places a company works in
_WORKS_AT_RE = re.compile(
    r"\b(?:plants?|factor(?:y|ies)|mills?|facilit(?:y|ies)|refiner(?:y|ies)|warehouses?|depots?|shipyards?|mines?|"
    r"smelters?|(?:machining|manufacturing|production|assembly|processing|bottling)\s+units?)\s+at\s+(?:[^.;\n]{0,50}\s+and\s+at\s+)?$"
)
# "shipments crossing by rail at Dostyk", "trains unloaded at Khorgos": where goods and people pass
_TRANSIT_AT_RE = re.compile(
    r"\b(?:by\s+(?:rail|road|sea|truck|train|ship|air)|cross(?:es|ed|ing)?(?:\s+the\s+border)?|unload(?:s|ed|ing)?|"
    r"dock(?:s|ed|ing)?|transship(?:ped|ment)?|queues?|bottlenecks?)\s+at\s+$"
)
# ("said Tamsin, 34." : the age closes the sentence)
_AGE_AFTER_RE = re.compile(r",\s+(?:now\s+|aged\s+)?\d{1,3}(?:,|\s+and\b|\.(?=\s|$|[\"”]))")
_OWNED_PRODUCT_AFTER_RE = re.compile(
    rf"(?:\s+[a-z]{{3,}}){{0,2}}\s+(?:{_rx(PRODUCT_NOUNS)}|tortillas|cookies|biscuits|crisps|noodles|snacks|sodas|beers|wines)s?\b"
    r"(?!\s+(?:plant|factory|facility|maker|makers|business|division|unit)\b)"
)
_ITS_BEFORE_RE = re.compile(r"\b[Ii]ts\s$")
_SITE_AFTER_RE = re.compile(r"\s+(?:headquarters|head\s+office|offices|campus|plant|factory|warehouse|facility|site)\b")
_WHOSE_STAFF_RE = re.compile(
    r",\s+whose\s+(?:own\s+)?(?:staff|employees|workers|surveyors|engineers|analysts|members|inspectors|lawyers|"
    r"auditors|researchers|investors|shareholders|customers|subscribers|drivers|pilots|nurses)\b"
)
_VESSEL_BEFORE_RE = re.compile(
    r"\b(?:[\d,]+[ -]teu|(?:bulk|car|lng|lpg|crude|product|chemical|container|cargo)\s+(?:carrier|ship|vessel|tanker)|"
    r"(?:the|a|an|its|their|own)\s+(?:[\w-]+-flagged\s+)?(?:ship|vessel|tanker|boxship|containership|freighter|"
    r"ferry|tug|dredger|bulker|trawler|superyacht|yacht|cruise\s+ship))\s+$",
    re.IGNORECASE,
)
_VESSEL_WORDS = ("teu", "carrier", "ship", "vessel", "tanker", "freighter", "ferry", "tug", "dredger", "bulker", "trawler", "yacht")


def _ends_any_case(text: str, words: tuple[str, ...]) -> bool:
    """``text`` ends with one of ``words`` (lower-case ASCII, none longer than nine letters) in any case, as a
    case-blind pattern sees it; a tail with other letters is left to the pattern."""
    tail = text[-9:]
    return not tail.isascii() or tail.lower().endswith(words)


# "Tasman Resolve and three other ships", "(IMO 9847217)"
# "MV Glen Iorsa", "HMS Dauntless", "RMS Titanic": the letters a ship's name opens with
_SHIP_PREFIXES = frozenset("MV MS MT RMS HMS HMAS HMCS HMNZS USS USNS SS FV RV".split())
_SHIP_NAME_RE = re.compile(rf"\b(?:{'|'.join(sorted(_SHIP_PREFIXES))}) [A-Z]")
_VESSEL_AFTER_RE = re.compile(r"\s+and\s+(?:\w+\s+)?other\s+(?:ships|vessels|tankers)\b|\s*\(IMO:?\s*\d{7}\)")
_MAIDEN_NAME_RE = re.compile(r"\b(?:wife|widow|bride|mother|grandmother|sister|daughter)\b[^.;]{0,40},\s+the\s+former\s+$")
_DETERMINERS = frozenset("the its their a an new his her our".split())

_NEXT_RE = re.compile(
    r"^(?:"
    r"(?P<who>,?\s+who\b)"
    r"|(?P<which>,\s+which\b)"
    # "joins Halvorsen from Brightwater Controls, where she has served as Chief Operating Officer": her employer
    r"|(?P<served_at>,\s+where\s+(?:he|she|they)\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?(?:served|worked|been)\s+as\s+"
    r"(?:its\s+|the\s+)?(?:chief|ceo|coo|cfo|cto|president|vice|managing|executive|director|head|partner|general\s+counsel|senior)\b)"
    # "León, Guanajuato" but not "the SICT, Mexico’s transport ministry"
    # nor "Priyanka Sethi, UK managing director of Vexa": a job in a country
    rf"|(?P<place_after>,\s+(?:(?:{_rx(US_STATES | COUNTRIES | STATE_ABBREVIATIONS)})\b(?![’'])"
    r"(?!\s+(?:[a-z]+\s+)?(?:director|manager|head|chief|president|editor|correspondent|lead|chair|boss)\b)|"
    rf"(?:{_rx(frozenset(a.title() for a in DOTTED_STATE_ABBREVIATIONS))})\.(?=\s)))"
    r"|(?P<appos>,\s+[^,.;:()\n]{2,80})"
    rf"|(?P<is_org>\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}(?:{_rx(ORG_NOUNS)})\b(?![’']))"
    rf"|(?P<is_product>\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}(?:{_rx(PRODUCT_NOUNS)})\b(?![’']))"
    rf"|(?P<org_role>\s+(?:{_rx(_ORG_ROLES)})\b)"
    rf"|(?P<poss_org>[’']s\s+(?:board|shares|stock|employees|staff|investors|ceo|founders?|"
    r"headquarters|offices|revenue|valuation|products?|engineers|researchers|leadership|"
    r"executives|spokesperson|chief|president|parent|subsidiary|lawyers|operations|"
    r"customers|software|own\s+marketing|support|pricing|clients|shareholders|app|website|flagship|lineup|"
    r"head\s+of\s+(?:product|sales|marketing|engineering|design|operations|research|communications|policy))\b)"
    # "its Flowline water-meter unit", "the Halden Optics division": a part of a company
    # ("the Güç Metal-İş union": a trade union)
    r"|(?P<org_unit>\s+(?:[a-z]+-[a-z]+\s+)?(?:unit|division|subsidiary|cooperative|co-operative|co-op|(?-i:union))\b(?![’'-])"
    r"(?!\s+(?:we|they|it|sold|shipped|installed|delivered)\b))"  # ("every Aeris unit we ship": a product's)
    # not "the Kumamoto sensor plant": a factory named for its town, making the product
    # ("its Kinara Pesa mobile-money service", 'its "Kopa Kidogo" overdrafts': a compound or a mark between)
    rf"|(?P<product_noun>[”\"]?\s+(?:[a-z]+-[a-z]+\s+|(?:compact|electric|hybrid|luxury|midsize|flagship|mobile\s+money|mobile|digital)\s+)?"
    rf"(?:{_rx(PRODUCT_NOUNS)}|whisky|whiskey|gin|vodka|rum|tequila|bourbon|cognac|liqueur)s?\b"
    # ("buy Tartu software firm Pilvekoda": the town, then a firm's trade)
    r"(?!\s+(?:plant|factory|facility|maker|makers|business|division|market|industry|supplier|firm|company|group|"
    r"developer|startup|start-up)\b))"
    # "Its RouteSmith and DockPilot 3.2 products": the noun after a pair of names types both
    rf"|(?P<pair_product>\s+(?:and|or|&)\s+(?-i:[A-Z])[\w.-]*(?:\s+[\w.]+)?\s+(?:{_rx(PRODUCT_NOUNS)})s\b)"
    r"|(?P<launched>\s+(?:was\s+)?(?:launched|released|debuted|went live)\s+(?:in|on|last|this|earlier|to)\b)"
    # "Brisling launched Brisling One", "Orbis unveiled its ...": the maker
    r"|(?P<launched_thing>\s+(?:has\s+|had\s+)?(?:just\s+|quietly\s+|recently\s+)?(?:launched|released|unveiled|introduced)"
    r"\s+(?:its\b|their\b|a\b|an\b|[A-Z]))"
    # "Teravolt said it expects": a company speaks as "it"
    # ("Heartland Rail said Wednesday it would cut": the day between)
    r"|(?P<said_it>\s+(?:(?:said|says|expects|expected|announced)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|today|yesterday)\s+)?(?:it|its)\b|"
    # "Harbour Pay has not said how many customers": a company keeping something back
    r"(?:has|have)\s+not\s+(?:said|disclosed|revealed)\s+how\s+(?:many|much)\b))"
    # "Çela’s brother Gentian Çela": someone's kin
    r"|(?P<poss_kin>[’']s\s+(?:elder\s+|younger\s+|late\s+)?(?:brother|sister|wife|husband|son|daughter|father|mother|"
    r"widow|widower|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|grandfather|grandmother)\b)"
    # "Ledgerline's Emeka Okoro": a company's person
    rf"|(?P<poss_person>[’']s\s+(?:{_rx(FIRST_NAMES)})\s+[{_UP}])"
    # "RelayLink ships on Corvane Meridian routers": a thing that is shipped or run
    r"|(?P<priced>\s+(?:costs|will\s+cost|is\s+priced|retails|sells\s+for|starts\s+at|ships\s+(?:on|with)|runs\s+on)\b)"
    r"|(?P<facility>\s+(?:plant|factory|facility|warehouse|hub|site|campus|depot|centre|center|branch)\b)"
    # "the company’s Corella Downs copper mine": a mine is a place on the map
    r"|(?P<mine>\s+(?:(?:open-pit|open-cut|underground|copper|gold|coal|iron\s+ore|lithium|nickel|zinc|uranium|"
    r"silver|bauxite|diamond|potash|tin)\s+)?(?:mine|smelter|quarry)\b(?![’'-]))"
    # "the Brightmart discount chain", "18 underperforming Brightmart stores": a retailer
    r"|(?P<chain>\s+(?:discount\s+|grocery\s+|department\s+|convenience\s+|retail\s+|restaurant\s+)?"
    r"(?:chain|chains|stores|supermarkets?|hypermarkets?|outlets|franchises|franchisees)\b)"
    # "Kiran Agrochem shares rose 8%": a listed company's stock
    r"|(?P<stock>\s+(?:shares|stock)\s+(?:rose|fell|jumped|jump|jumps|climbed|slid|dropped|gained|surged|tumbled|"
    r"plunged|rallied|sank|soared|slumped|closed|ended|traded)\b)"
    # "the Senate Commerce subcommittee": a legislature's body
    r"|(?P<body_after>\s+(?:subcommittee|committee|caucus)\b)"
    # "Briar Hollow residents filled the chambers": the people who live there
    r"|(?P<residents>\s+(?:residents|homeowners|townspeople|villagers|neighbou?rs)\b)"
    # "Fenwick ward", "the Brackenfield estate": a part of a town
    r"|(?P<area>\s+(?:ward|estate|constituency|parish|suburb|neighbou?rhood|valley|region|delta|basin|coast|coastline|"
    r"seaboard|hinterland)\b(?![’'-]))"
    r"|(?P<org_verb>\s+(?:had\s+|has\s+|have\s+|will\s+|would\s+|plans\s+to\s+)?(?:already\s+|also\s+|recently\s+|now\s+)?"
    r"(?:acquired|bought|raised|hired|poached|invested|sued|employs|is valued|was valued|went public|filed|"
    # "Orrery reported third-quarter results", "Orrery is guiding Q4 revenue up 4%"
    r"(?:reported|posted|reports|posts)\s+(?:(?:its|a|record|strong|weak|\w+-quarter|quarterly|annual)\s+){0,2}"
    r"(?:results|earnings|revenue|sales|profits?|losses|net)|is\s+guiding|buys|"
    r"launch|release|hire|acquire|open|employ|processes|spends|confirmed the|declined to discuss|"
    r"sells|sell|offers|manufactures|makes|builds|"
    # "Banat Agrar was privatised in 2006 and has been listed in Belgrade": what only a company is
    r"(?:is|was|has\s+been|had\s+been)\s+(?:privati[sz]ed|nationali[sz]ed|incorporated|(?:de)?listed(?!\s+as\b)))\b)"
    rf"|(?P<speech>\s+(?:\w+ly\s+)?(?:{_rx(SPEECH_VERBS)})\b)"
    # "Kofi sent me a message", "Dele rang him": someone who keeps in touch
    r"|(?P<contacted>\s+(?:sent|texted|messaged|rang|phoned|called)\s+(?:me|us|him|her)\b)"
    r")",
    re.IGNORECASE,
)


def _next_cue(after: str) -> re.Match | None:
    # Every cue opens with a comma, a space, the "'s" of a possessive or a closing quote mark.
    head = after[:1]
    if head == "," or head == "’" or head == "'" or head.isspace() or head == "”" or head == '"':
        return _NEXT_RE.match(after)
    return None


_NEXT_VOTES = {
    "who": ("PERSON", 3), "which": ("ORG", 1.5), "place_after": ("PLACE", 3),
    "is_org": ("ORG", 3), "is_product": ("PRODUCT", 3),
    "org_role": ("ORG", 3), "poss_org": ("ORG", 3), "product_noun": ("PRODUCT", 3),
    "launched": ("PRODUCT", 1.5), "org_verb": ("ORG", 1.5), "speech": ("PERSON", 1),
    "priced": ("PRODUCT", 3), "facility": ("PLACE", 0), "launched_thing": ("ORG", 1.5),
    "said_it": ("ORG", 2), "poss_person": ("ORG", 2), "poss_kin": ("PERSON", 3), "contacted": ("PERSON", 2),
    "residents": ("PLACE", 5), "area": ("PLACE", 3), "pair_product": ("PRODUCT", 3), "body_after": ("ORG", 3),
    "chain": ("ORG", 2), "mine": ("PLACE", 3), "stock": ("ORG", 3), "org_unit": ("ORG", 3), "served_at": ("ORG", 3),
}
_NOT_A_CLUB_BEFORE = frozenset("the a an other this that one either each our their his her its".split())
# Before a name only: "a Halden drug" is the company's.
_MEDICINE_NOUNS = frozenset("drug drugs medicine medicines pill pills vaccine vaccines".split())
_CONSUMABLE_NOUNS = frozenset(
    "soda sodas drink drinks beverage aperitif seltzer lager beer wine gin vodka whisky whiskey tequila rum "
    "snack snacks cereal fragrance perfume lipstick serum moisturiser moisturizer candle".split()
)
# "the HALCYON-2 study", "in the CALDERA-HF trial": a clinical trial's acronym
_TRIAL_NAME_RE = re.compile(r"[A-Z][A-Z0-9-]{4,}")
_FINISH_AFTER_RE = re.compile(r"[”\"]?\s+(?:paint|paintwork|finish|colou?r|colou?rway|trim\s+level)\b")
_LINE_NOUNS = frozenset("brand brands line range collection drink beverage fragrance perfume".split())
_PERSON_OR_FIRM_NOUNS = frozenset("shipowner charterer salvor".split())
_MAKERS_BEHIND = frozenset("billionaire founder founders entrepreneur tycoon family investor investors".split())
_SEAT_HOLDERS = frozenset(
    "mp msp mep mla councillor councilor congressman congresswoman representative senator assemblyman assemblywoman".split()
)
_NAME_BEFORE_COMMA_RE = re.compile(r"\b[A-Z][\w’'-]*,\s+(?:(?:the|a|an|its|their)\s+)?$")
_TECH_MAKERS = frozenset(
    "github google microsoft apple amazon meta openai anthropic nvidia samsung sony adobe salesforce oracle ibm intel "
    "amd aws".split()
)
# The words after a tech maker's name that name a part of it, not a product: "Google DeepMind", "Amazon India"
_MAKER_UNIT_WORDS = frozenset("deepmind brain india europe uk japan china ireland".split())
_CARMAKERS = frozenset(
    "porsche ferrari lamborghini hyundai kia nissan audi volvo polestar jaguar mazda subaru lexus chevrolet "
    "cadillac jeep fiat renault peugeot skoda nio xpeng tesla ford toyota honda bmw rivian lucid byd".split()
)
_CHAT_PLACE_AFTER_RE = re.compile(r"\s+(?:channel|channels|workspace|message|messages|thread|group chat|DM|DMs)\b")
_SCORE_AFTER_RE = re.compile(r"\s\d{1,2}[-–]\d{1,2}(?![\d-])")
_BENCHMARK_SCORE_BEFORE_RE = re.compile(r"(?:\bscor\w*\s+(?:of\s+)?|[,;]\s+|\band\s+)\d+(?:\.\d+)?%?\s+on\s+$")
_SCORE_BEFORE_RE = re.compile(r"(?<![\d.,-])\d{1,2}[-–]\d{1,2}\s$")
_TRIAL_AFTER_RE = re.compile(r"\s+(?:trial|trials|study|studies)\b")
_APPOS_ARTICLES = frozenset("the a an its their his her our".split())
_NEXT_PRONOUN_RE = re.compile(r"[^.!?\n]{0,60}?\b(?:he|she|his|her|him)\b")
_PREV_WORDS_RE = re.compile(r"[\w’'-]+[,.]?")
_STOPS = (".", "!", "?", "\n", "")  # a first character that ends _NEXT_PRONOUN_RE's search


_APPOS_STOPS = frozenset(
    """that which who whose whom where when in at of from with for on by and or but
    based founded built owned backed run led known formerly renamed now once""".split()
)


_APPOS_VERBS = frozenset("said says told added announced confirmed reported wrote".split())
_AUXILIARIES = frozenset("have has had is are was were will would can could did do does may might must shall should".split())
_PARENT_OF = frozenset("company firm group corporation corp. business".split())


_PAYMENT_WORDS = frozenset({"payment", "payments", "transfer", "transfers", "settlement", "clearing", "wallet"})


def _appositive(phrase: str) -> tuple[str, float] | None:
    """Type named by an appositive's head noun: ", a drone startup based in ..." -> ORG."""
    tokens = phrase.split()
    if not tokens:
        return None
    # "Mexico’s infrastructure and transport ministry": a possessive determines the noun as "the" does
    if tokens[0].lower() in _AUXILIARIES:
        return None  # "Nimbral Cloud and Ferrocloud, have committed engineers": the list's verb, no appositive
    has_article = tokens[0].lower() in _APPOS_ARTICLES or tokens[0].endswith(("’s", "'s"))
    head: tuple[str, float] | None = None
    first = 1 if has_article else 0
    for index, token in enumerate(tokens[first:8], first):
        low = token.lower().strip("\"“”")
        if low == "and" and head is None and has_article:
            continue  # "infrastructure and transport ministry": the head noun is still to come
        if low in _APPOS_VERBS:
            return None  # "across the Midwest, the companies said": who said it, not what the Midwest is
        if low in _APPOS_STOPS or low[:1].isdigit():
            break  # ", 41 ms on Postgres": a figure, not a description
        if low.endswith(("’s", "'s")):
            continue
        if head is not None and low in ("the", "a", "an", "its", "their"):
            break  # ", a product the company launched": the head came before the clause about it
        if low in ROLE_WORDS and index + 1 < len(tokens) and tokens[index + 1][:1].isupper() and not has_article:
            return None  # "obtained by the Sentinel, foundation president Celeste Thornbury": the role is hers
        if low in ("partner", "partners") and index > first and tokens[index - 1].lower() in _BUSINESS_PARTNER_KINDS:
            head = ("ORG", 5)  # "Parallax+, Brightwater's streaming partner": a company's partner is a company
        elif low in ROLE_WORDS:
            head = ("PERSON", 3)
        elif not has_article:
            continue
        elif low in ("unit", "arm", "division") and index + 1 < len(tokens) and tokens[index + 1].lower() in _BUSINESS_UNIT_NEXT:
            head = ("ORG", 5)  # "Tessaly Edge, a small unit that makes grid sensors": a business, not a device
            break
        elif low in ("unit", "arm", "division") and index + 1 == len(tokens) and any(
            t.endswith(("’s", "'s")) for t in tokens[:index]
        ):
            head = ("ORG", 5)  # "SGX RegCo, the bourse's regulatory arm,": a body's part is a body
            break
        elif low == "parent" and index + 1 < len(tokens) and tokens[index + 1].lower() not in _PARENT_OF:
            head = ("PERSON", 3)  # "Jenna Morales, a parent in Tucson", not "the parent company"
            break
        elif low == "vehicle" and (
            index + 2 < len(tokens) and tokens[index + 1].lower() in ("through", "via")
            or tokens[index - 1].lower() in ("investment", "holding", "acquisition", "purpose")
            or tokens[index - 1].lower().endswith("-registered")
        ):
            head = ("ORG", 5)  # "Cerro Capital SL, the Madrid-registered vehicle through which ...": a company
            break
        elif low in ("network", "system", "rail", "rails") and index > first and tokens[index - 1].lower() in _PAYMENT_WORDS:
            head = ("PRODUCT", 5)  # "InstaPay, the central bank's instant payment network": a service, not a body
            break
        elif low in ORG_NOUNS and index + 1 < len(tokens) and tokens[index + 1] == "who":
            head = ("PERSON", 5)  # "Shirin Akter, a sewing operator who has worked there for years": a worker
            break
        elif low in ORG_NOUNS:
            head = ("ORG", 5)  # "Hollis Grain, the country's third-biggest bakery chain": outweighs a first name
        elif low in PRODUCT_NOUNS:
            head = ("PRODUCT", 3)
        elif low in _TRADE_NOUNS and tokens[index - 1].lower() not in _SHOW_BUSINESS_WORDS:
            # "Banat Agrar, a grain and oilseed producer based in ...": a business, by what it makes or ships; but
            # a farmer may be one too, so a name with a person's shape keeps it ("a film producer" is a person)
            head = ("ORG", 1)
        elif low in ("area", "resort") and index > first and tokens[index - 1].lower() == "ski":
            head = ("ORG", 3)  # "Cutthroat Basin, the small ski area the Halvorsen family has run": a business
        elif low in _APPOS_PLACE_NOUNS:
            head = ("PLACE", 3)  # "Thornbury Hall, the engineering building that opened in 2009"
    return head


_PASS_SOLD_RE = re.compile(r"\b(?:season\s+)?pass(?:es)?\b[^.\n]{0,40}\b(?:sells?|sold|costs?|\$\d)|\$\d[^.\n]{0,30}\bpass\b")
_DISTRICT_KINDS = frozenset("school water sewer fire park hospital transit utility irrigation".split())
_ROAD_NUMBER_WORDS = frozenset("Route Highway Interstate Motorway Autobahn Autoroute".split())
_BUSINESS_PARTNER_KINDS = frozenset(
    "streaming distribution retail technology manufacturing banking marketing payments delivery cloud "
    "channel joint-venture strategic commercial licensing launch broadcast broadcasting logistics".split()
)
_ROUTE_AFTER_RE = re.compile(r" to [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? (?:route|crossing|ferry|service|run)\b")
_ROUTE_BEFORE_RE = re.compile(r"\b[A-Z][\w’'-]+ to $")
_CITATION_BEFORE_RE = re.compile(r"\[(?:19|20)\d\d\] $")
_CASE_NUMBER_AFTER_RE = re.compile(r" (?:19|20)\d\d/\d{2,6}\b")
_INTERSTATE_RE = re.compile(r"I-\d{1,3}")
_WILDS_AFTER_RE = re.compile(r" (?:rainforest|basin|jungle|deforestation|delta|biome)\b")
# ("in Khanbogd soum of Umnugovi aimag": Mongolia's district and province; "Almaty oblast")
_PLACE_KIND_AFTER_RE = re.compile(
    r" (?:island|islands|province|prefecture|district|region|village|town|aimag|aimak|soum|oblast|regency|"
    r"(?:border )?(?:port|crossing|checkpoint)|(?:railway|rail|train) station|plateau|ring road|bypass|beltway|expressway|"
    r"motorway|highway)\b"
)
_AREA_BEFORE_RE = re.compile(r"\b(?:in|near|around|across)\s+(?:the\s+|[A-Z][\w-]+[’']s\s+)$")
_PLACE_LIST_AFTER_RE = re.compile(
    r"(?:,? (?:and|or) [A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2} (?:districts|provinces|prefectures|counties)"
    r"| (?:districts|provinces|prefectures|counties|district|province|prefecture))\b"
)
_BUSINESS_UNIT_NEXT = frozenset("that which of based".split())
_TRADE_NOUNS = frozenset("producer producers exporter exporters importer importers refiner refiners".split())
_SHOW_BUSINESS_WORDS = frozenset(
    "film movie music record records television tv theatre theater stage show podcast executive line co associate "
    "documentary hip-hop video".split()
)
_APPOS_PLACE_NOUNS = frozenset(
    "building tower campus plant factory mill warehouse stadium arena venue hall auditorium airport port "
    "neighborhood neighbourhood district suburb town village city county province island river valley "
    "square street road estate farm mine dam terminal reservoir ridge reef shoal bank bay lake coast "
    "peninsula basin canyon mountain capital regency".split()
)


def _prev_words(body: str, start: int) -> list[str]:
    """Up to three lower-cased words before ``start`` in the same sentence."""
    lo = max(0, start - 40)
    lo = body.rfind("\n", lo, start) + 1 or lo  # a paragraph (or heading) above is another sentence
    found = _PREV_WORDS_RE.findall(body, lo, start)[-3:]
    out: list[str] = []
    for word in reversed(found):
        if word.endswith("."):
            if word[:-1].lower() not in ABBREVIATIONS:
                break
            word = word[:-1]  # "Ms. Ellison", "Dr. Cho"
        out.insert(0, word.lower())
        if word.endswith(","):
            break
    return out


_TO_PLACE_RE = re.compile(r"\s+to\s+[A-Z][a-z]")
_FROM_PLACE_BEFORE_RE = re.compile(r"\bfrom\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+to\s+$")
_CAMEL_RE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")
_NAME_END_RE = re.compile(r"(?:[A-Z][\w’'&.-]*|\d+)\s$")
_MAKER_AFTER_RE = re.compile(r"(?: \d{1,4})? \((?:[A-Z][\w’'&.-]*\s){1,3}[A-Z][\w’'&.-]*\)")


_VENUE_WORDS = frozenset("convention conference exhibition events event congress expo".split())
_AMOUNT_BEFORE_RE = re.compile(r"\d[\d,.]*\s$")


def _head_before_connector(tokens: Sequence[_Token]) -> bool:
    """"Bank of Lisbon", "U.S. Bankruptcy Court for the District": an institution word before "of"/"for"."""
    for i, token in enumerate(tokens[1:], 1):
        if token.text in ("of", "for"):
            head = tokens[i - 1].text.lower()
            # ("the Agency Code of Conduct" is a rule book, not a body)
            return head in OF_HEADS and head != "code" or i > 1 and head in ORG_SUFFIXES
    return False


_COURT_CIRCUITS = frozenset(
    "federal first second third fourth fifth sixth seventh eighth ninth tenth eleventh dc d.c.".split()
)
_MEMBER_OF_BEFORE_RE = re.compile(r"\b(?:members?|pastor|minister|vicar|rector|priest|elder|deacon|congregation)\s+(?:of|at)\s+$")
_BURIAL_AND_WORSHIP = frozenset("cemetery graveyard crematorium church chapel cathedral synagogue mosque temple".split())
_AIRPORT_WORDS = frozenset("Airport Aeropuerto Aéroport Aeroporto Flughafen Lufthavn".split())
# (with the Slavic "new", "lower" and "great" that open "Novi Sad", "Nowy Sącz", "Nizhny Novgorod")
_PLACE_HEADS = frozenset(
    "lake mount mt cape isle loch lough river nuevo nueva puerto ciudad bahía isla port fort county ras "
    "novi nowy nowa nový nová nizhny nizhniy velikiy".split()
)
# "A source close to the company told Kommersant": an outlet, told by an unnamed source
_SAID_TO_OUTLET_RE = re.compile(
    r"\b(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree)\s+(?:source|person|people|official|insider|executive|banker|spokes\w+)s?\b[^.;]{0,50}\btold\s+$"
)
# "Electronics Retailer magazine", "the Daily Ledger newspaper": a publication's own word after its name
_PUBLICATION_AFTER_RE = re.compile(r"\s+(?:magazine|newspaper|newsletter|journal|tabloid|trade\s+paper)\b")
# "the Nyandarua county government": a region's word, in lower case, after its name
_COUNTY_AFTER_RE = re.compile(r" (?:county|province|regency|prefecture|oblast|governorate)\b")
# "Doha, Lusail and ": the name before this one in a list
_LISTED_BEFORE_RE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)(?:,| and|, and) $")
_LISTED_AFTER_RE = re.compile(r"(?:,| and|, and|,? or) ([A-Z][\w’'+-]+(?: [A-Z][\w’'+-]+)?)\b")
_USED_BEFORE_RE = re.compile(r"\b(?:your|our|their|my|on|via|using|over|through)\s+$")
_AND_I_AFTER_RE = re.compile(r" and I\b(?! think| guess)")
# "in 38 local areas, including Harrogate, Kendal and Skipton": places, listed
_PLACES_INCLUDING_RE = re.compile(
    r"\b(?:areas|towns|cities|villages|regions|places|locations|counties|provinces|states|countries|districts|"
    r"neighbourhoods|neighborhoods|suburbs),?\s+(?:including|such\s+as|like)\s+$"
)
# "the Verkhovna Rada", "the Lok Sabha": a legislature by its last word
_LEGISLATURE_TAILS = _LEGISLATURES | frozenset(
    "rada duma sejm knesset majlis sabha storting riksdag folketing hural khural saeima seimas althing eduskunta".split()
)
# "..., Ukrainska Pravda reported.": the outlet a story passes a report on from
_OUTLET_REPORTED_RE = re.compile(r"\s+(?:reported|first reported|reports)\s*[.,]")
# "Local news magazine Tempo reported", "the daily Kompas": the kind of publication, then its name
_PUBLICATION_BEFORE_RE = re.compile(
    r"\b(?:magazine|newspaper|tabloid|daily|weekly|broadcaster|news\s+(?:site|website|portal|outlet|agency|service))\s+$"
)
_PUBLICATION_WORDS = ("magazine", "newspaper", "tabloid", "daily", "weekly", "broadcaster", "site", "portal", "outlet", "agency", "service")


# A death notice's family: "his wife of 64 years, ", "(née ", a spouse in brackets after a name
_FAMILY_NOTICE_RE = re.compile(
    r"(?:\b(?:wife|husband|widow|widower|spouse|partner)\s+of\s+\d+\s+years,\s+|\bn[ée]e\s+|"
    r"[A-Z][\w’'-]+\s+\()$"
)
_DATELINE_TAIL_RE = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\([A-Za-z][\w ]{0,20}\))?\s*[—–]\s")


_IN_PLACE_AFTER_RE = re.compile(r" in ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
_PLACE_OWNER_RE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)[’']s $")


def _in_known_place(body: str, start: int) -> bool:
    """"Melbourne's Albert Park": a name owned by a city the gazetteer knows."""
    owner = _PLACE_OWNER_RE.search(body, max(0, start - 30), start)
    return owner is not None and owner.group(1).lower() in PLACES


_LOWER_LEGAL_FORM_RE = re.compile(r" (?:plc|ltd|llc|gmbh)\b")


_CREDENTIALS = frozenset("MD PHD DO RN MBA DPHIL FRCP FACP PHARMD DDS MPH JD".split())
# "Professor of Nephrology", "Chief of Dermatology at Tufts Medical Center": a doctor's field
# (a chief or head is "of" a firm too, so only a field's shape counts after those)
_PROFESSOR_OF_RE = re.compile(r"\b[Pp]rofessor\s+of\s+$")
_SECURITY_AFTER_RE = re.compile(r" (?:yields?|bills?|bonds?|notes?|securities|market|futures|prices?)\b")
_PEERAGE_OF_RE = re.compile(r"\b(?:Lord|Baroness|Baron|Lady|Viscount|Viscountess|Earl)\s+[A-Z][\w’'-]+\s+of\s+$")
_CHIEF_OF_RE = re.compile(r"\b(?:[Cc]hief|[Hh]ead)\s+of\s+$")
_MEDICAL_FIELD_RE = re.compile(r"[A-Z][a-z]+(?:ology|iatry|iatrics|icine|ery)")
_PORTFOLIO_PAIR_RE = re.compile(r"\s+(?:and|&)\s+(?:[A-Z][a-z]+\s+){1,2}(?:Minister|Secretary)\b")
_RATING_GRADE_RE = re.compile(r"(?:AAA|AA|BBB|BB|CCC|CC|RD|SD|Aaa|Aa|Baa|Ba|Caa|Ca)[+-]?[1-3]?")
_RATING_MOVE_RE = re.compile(
    r"\b(?:cut|cuts|lowered|lowers|raised|raises|downgraded|downgrades|upgraded|upgrades|rated|rates|rating|ratings|"
    r"affirmed|affirms)\b[^.!?]{0,60}$"
)
_NAME_OF_BEFORE_RE = re.compile(r"\b[A-Z][\w’'-]+\s+(?:[A-Z][\w’'-]*\s+){0,2}([A-Z][\w’'-]+)\s+of\s+$")
_PRODUCT_AFTER_RE = re.compile(
    r"\s+(?:season|annual|monthly|ski|loyalty|membership)\s+(?:pass|card|plan|subscription)\b"
    r"|,\s+which\s+(?:sells|sold|costs|cost|retails|retailed)\s+(?:for|at)\b"
)
_COMPANY_FATE_RE = re.compile(
    r"(?:[’']s)?,?\s+(?:was|were|has\s+been|had\s+been)\s+(?:co-?)?founded\s+(?:in|by)\b"
    r"|\s+(?:went|has\s+gone|had\s+gone|entered|filed\s+for)\s+(?:into\s+)?(?:administration|receivership|"
    r"liquidation|bankruptcy|insolvency|chapter\s+11)\b"
)


# "Amsterdam e-bike maker", "Ohio steel company": a place standing before the business it is home to
_MAKER_AFTER_PLACE_RE = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,3}?(?:[a-z-]*makers?|companies|company|firms?|groups?|startups?|utility|utilities)\b"
)


# "the maker of the Hearth smart display": what the maker makes
_MAKER_OF_BEFORE_RE = re.compile(r"\b(?:maker|manufacturer|developer|creator|inventor)s?\s+of\s+(?:the\s+)?$")
# "its $129 Beacon hub": a price before the name ...
# Software licences called by their short names
_LICENCE_NAMES = frozenset("GPL AGPL LGPL SSPL BSL MPL EPL GPLv2 GPLv3 AGPLv3 Apache".split())
_PRICE_BEFORE_RE = re.compile(r"[$£€]\d[\d,]*(?:\.\d\d)?\s+$")
# ... and the kind of device after it, or no noun at all ("launched the $129 Hearth in 2021"; not "$99 Apple
# subscriptions")
_NEXT_LOWER_WORD_RE = re.compile(r"\s+([a-z][a-z-]*)\b")
_DEVICE_AFTER_RE = re.compile(rf"\s+(?:smart\s+)?(?:{_rx(PRODUCT_NOUNS)}|hub|hubs)\b(?![’'-])")
# "GTF", "A320", "X5": a model's code after its maker's name
_MAKER_MODEL_CODE_RE = re.compile(r"[A-Z]{2,4}\d{0,4}|[A-Z]\d{1,4}[a-z]{0,3}")


# "the Yekepa–Buchanan railway", "the Noro–Honiara route": two places a line runs between
_JOINING_LINES_RX = "railway|railroad|rail line|line|road|highway|route|corridor|pipeline|ferry|link|expressway|motorway"
_LINE_BETWEEN_AFTER_RE = re.compile(rf"[–-](?P<other>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) (?:{_JOINING_LINES_RX})\b")
_LINE_BETWEEN_BEFORE_RE = re.compile(r"(?P<other>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)[–-]$")
_LINE_NOUN_AFTER_RE = re.compile(rf" (?:{_JOINING_LINES_RX})\b")


def _place_at_the_other_end(body: str, m: _Mention) -> bool:
    """"Yekepa" of "the Yekepa–Buchanan railway": a line runs between it and a place known as one."""
    after = _LINE_BETWEEN_AFTER_RE.match(body, m.end)
    if after:
        other = after.group("other").lower()
    elif (before := _LINE_BETWEEN_BEFORE_RE.search(body, max(0, m.start - 30), m.start)) and _LINE_NOUN_AFTER_RE.match(
        body, m.end
    ):
        other = before.group("other").lower()
    else:
        return False
    return other in PLACES or any_town(other) or country_name(other)


def _vote(body: str, m: _Mention, votes: dict[str, float]) -> None:
    tokens = m.tokens
    if m.hint:
        votes[m.hint] += 3
    if len(tokens) == 1 and (m.end < len(body) and body[m.end] in "–-" or m.start > 1 and body[m.start - 1] in "–-") and (
        _place_at_the_other_end(body, m)
    ):
        votes["PLACE"] += 4
    # The text before the name, its spaces dropped: a pattern ending "(?:word|...)\s+$" needs one of its
    # words at the end of it, a test far quicker than the pattern's search
    preceding = body[max(0, m.start - 40):m.start].rstrip()
    if _PUBLICATION_AFTER_RE.match(body, m.end) or m.start and preceding.endswith(_PUBLICATION_WORDS) and (
        _PUBLICATION_BEFORE_RE.search(body, max(0, m.start - 24), m.start)
    ):
        votes["ORG"] += 4
    if _CARD_DEGREE_AFTER_RE.match(body, m.end):
        votes["PERSON"] += 4
    if len(tokens) == 1 and body.startswith(" ", m.end) and _QUOTED_NICK_HINT_RE.match(body, m.end + 1):
        votes["PERSON"] += 3  # 'Lorenzo "Enzo" M. Villareal': a given name, his nickname after it
    if len(tokens) == 1 and tokens[0].key in LEGISLATURE_NAMES and tokens[0].text.istitle():
        votes["ORG"] += 4  # "expected to update Parliament": the legislature, whatever verb comes before it
    if len(tokens) > 1 and tokens[-1].key in _LEGISLATURE_TAILS and tokens[-1].text.istitle():
        votes["ORG"] += 4  # "the Verkhovna Rada", "the Lok Sabha", "the State Duma": a legislature
    if len(tokens) == 1 and tokens[0].key not in FIRST_NAMES and m.start > 3 and body[m.start - 3:m.start - 1] in ("’s", "'s") and (
        owner := _OWNER_BEFORE_RE.search(body, max(0, m.start - 60), m.start)
    ) and (owner.group(1).lower() in WELL_KNOWN_ORGS or owner.group(1).split()[-1].lower().rstrip(".") in ORG_SUFFIXES) and not (
        _SPEAKS_NEXT_RE.match(body, m.end)
    ):
        votes["PRODUCT"] += 2  # "Novo Nordisk's Wegovy", "Halden Labs' Vireo": a company's own thing
    if len(tokens) == 1 and tokens[0].key in _PLATFORMS and (
        _PLATFORM_THING_AFTER_RE.match(body, m.end) or m.start and _PLATFORM_USE_BEFORE_RE.search(body, max(0, m.start - 5), m.start)
    ):
        votes["PRODUCT"] += 3  # "in a Facebook post", "the channel on Slack": the platform, used
    if len(tokens) == 1 and (tokens[0].key in _MARKET_INDEXES or tokens[0].key in _PRICE_INDEXES):
        votes["OTHER"] += 6  # "the KOSPI", "the TAIEX", "TASI", "RPI inflation": an index, no company or product
    if body.startswith((" index", " indices", " indexes"), m.end) and _INDEX_AFTER_RE.match(body, m.end):
        votes["OTHER"] += 6  # "the benchmark KSE-100 index": a market index, by the word after it
    if len(tokens) >= 2 and tokens[-1].key in _DEVELOPMENT_TAILS:
        votes["PRODUCT"] += 1  # "its Baywalk Residences township": a developer's project, sold off plan
    if len(tokens) >= 2 and tokens[-1].text == "City" and tokens[0].key not in FIRST_NAMES and not (
        _CLUB_NICKNAME_AFTER_RE.match(body, m.end)  # (not "Holmsford City winger Tayo Bankole": the club)
    ):
        votes["PLACE"] += 2  # "off Parañaque City", "Quezon City condominiums": a city by its charter name
    if len(tokens) == 2 and tokens[0].key == "greater" and tokens[1].key in PLACES:
        votes["PLACE"] += 4  # "Greater Manchester", "Greater London": a city and the towns around it
    if len(tokens) > 2 and tokens[0].key == "transport" and tokens[1].key == "for":
        votes["ORG"] += 4  # "Transport for Greater Manchester": a region's transport body
    if len(tokens) == 2 and _national_body(tokens):
        votes["ORG"] += 4  # "Health Canada", "NHS England", "Statistics Canada": a national body named for its field
    elif len(tokens) == 2 and _national_arm(tokens[0].key, tokens[1].key):
        votes["ORG"] += 2  # "Vodafone Egypt", "Samsung India": a company's arm in one country
    if len(tokens) > 1 and _BODY_OFFICER_AFTER_RE.match(body, m.end):
        votes["ORG"] += 3  # "Consumer Voice Kenya secretary-general Amos Barasa": a body, then its officer's name
    if len(tokens) <= 2 and _COUNTY_AFTER_RE.match(body, m.end):
        votes["PLACE"] += 3  # "the Nyandarua county government", "Morowali regency": the region, lower-case word after
    if len(tokens) == 1 and m.text == "Cabinet":
        votes["ORG"] += 4  # "a Cabinet decision": the government's ministers, as a body
    if preceding.endswith(("including", "as", "like")) and _PLACES_INCLUDING_RE.search(body, max(0, m.start - 40), m.start):
        votes["PLACE"] += 3  # "in 38 local areas, including Harrogate, Kendal and Skipton": the places listed
    elif body.endswith((", ", " and ", ", \n", " and \n"), max(0, m.start - 40), m.start) and (
        listed := _LISTED_BEFORE_RE.search(body, max(0, m.start - 40), m.start)
    ) and listed.group(1).lower() in PLACES:
        votes["PLACE"] += 2  # "in Doha, Lusail and Ras Laffan": one more of the places listed
    if (listed := _LISTED_AFTER_RE.match(body, m.end)) and listed.group(1).lower() in WELL_KNOWN_PRODUCTS and (
        _USED_BEFORE_RE.search(body, max(0, m.start - 12), m.start)  # (not "fines against Meta and TikTok")
    ):
        votes["PRODUCT"] += 3  # "joins your Zoom, Google Meet and Microsoft Teams calls": one of the products listed
    if _AND_I_AFTER_RE.match(body, m.end) and len(tokens) == 1 and tokens[0].key in FIRST_NAMES:
        votes["PERSON"] += 3  # "Tobias and I spent six years": the writer's partner, by his first name
    if tokens[0].key not in FIRST_NAMES and _OUTLET_REPORTED_RE.match(body, m.end) and body[m.start - 2:m.start] in (", ", ". ", ""):
        votes["ORG"] += 3  # "..., Ukrainska Pravda reported.": an outlet, reporting what the story passes on
    if len(tokens) == 3 and PATRONYMIC_RE.fullmatch(tokens[1].text):
        votes["PERSON"] += 6  # "Pavel Igorevich Lebedinsky": a given name, the father's, the family's
    if len(tokens) > 1 and tokens[-1].text in _YEAR_NAMED_TAILS and _FOUR_DIGIT_YEAR_RE.fullmatch(tokens[0].text):
        votes["OTHER"] += 6  # "2021 Equity Incentive Plan": a plan, not a product with a number
    if len(tokens) == 1 and body.endswith("told ", 0, m.start) and tokens[0].key not in FIRST_NAMES and (
        _SAID_TO_OUTLET_RE.search(body, max(0, m.start - 60), m.start)
    ):
        votes["ORG"] += 1.5  # "A source close to the company told Kommersant": an outlet, told by an unnamed source
    if len(tokens) > 1 and (owned := _OWNED_THING_BEFORE_RE.search(body, max(0, m.start - 80), m.start)):
        # "its code-review product, Harrowgate Review", "its freight and parcel business, Zefiro Cargo"
        votes["ORG" if owned.group("kind") in _OWNED_UNITS else "PRODUCT"] += 5
    if len(tokens) > 2 and _MAKER_MODEL_CODE_RE.fullmatch(tokens[-1].text) and tokens[-1].key not in ORG_SUFFIXES and (
        _DEVICE_AFTER_RE.match(body, m.end)
    ):
        votes["PRODUCT"] += 5  # "their Pratt & Whitney GTF engines": a maker's name and its model's code
    if body[m.end:m.end + 1] in ("™", "®") and tokens[-1].key not in ORG_SUFFIXES:
        votes["PRODUCT"] += 4  # "ZYNTRELLA™ (oravicimab-jxpt)": a trademarked brand
    if tokens[0].text in _LICENCE_NAMES and (len(tokens) == 1 or tokens[-1].text[:1].isdigit()):
        votes["OTHER"] += 5  # "the SSPL", "AGPL", "Apache 2.0": a software licence, no company or product
    if len(tokens) > 1 and tokens[-1].key in _EVENT_TAILS and tokens[-1].text.istitle():
        votes["OTHER"] += 3  # "Open Source Summit", "Paris Fashion Week": an event
    if len(tokens) > 1 and tokens[0].text in _IWI_HEADS:
        votes["ORG"] += 6  # "Ngāti Tāwhiri", "Ngāi Tahu": an iwi, a tribe and its holdings, no one's name
    if len(tokens) > 1 and body.startswith(" inquiry", m.end) and not body.startswith(" inquiry,", m.end):
        votes["OTHER"] += 4  # "the Committee’s Water Resilience inquiry": the inquiry's name
    if m.start and preceding.endswith(("of", "the")) and _MAKER_OF_BEFORE_RE.search(body, max(0, m.start - 30), m.start):
        votes["PRODUCT"] += 3  # "Ordway Labs, the maker of the Hearth smart display"
    if m.start and _PRICE_BEFORE_RE.search(body, max(0, m.start - 14), m.start) and (
        _DEVICE_AFTER_RE.match(body, m.end)
        or not ((word := _NEXT_LOWER_WORD_RE.match(body, m.end)) and word.group(1) not in STOPWORDS)
    ):
        votes["PRODUCT"] += 3  # "its $129 Beacon hub and $249 HomeLatch smart lock": things with a price
    if body.startswith(" (", m.end) and _TICKER_RE.match(body, m.end + 1):
        votes["ORG"] += 3  # "Shares of Çınarbank (BIST: CINBK)": a listed company
    elif len(tokens) <= 2 and body.startswith(" (", m.end) and (code := _ACRONYM_RE.match(body, m.end)) and (
        body.startswith(")", code.end(1)) and _ticker_spelled(m.text, code.group(1))
        and not _initials_after(body, m)  # (not initials: "Tambu Park (TP)")
    ):
        votes["ORG"] += 2  # "rivals such as Medtronic (MDT) and Boston Scientific (BSX)": listed companies
    if len(tokens) == 1 and len(tokens[0].key) > 5 and tokens[0].key.endswith("köy"):
        votes["PLACE"] += 3  # "Kadıköy", "Bakırköy": a Turkish village's or district's name
    if len(tokens) == 1 and len(tokens[0].key) > 7 and tokens[0].key.endswith("bank") and not tokens[0].key.startswith(
        ("north", "south", "east", "west", "river", "fair")
    ):
        # "Çınarbank", "Yıldızbank": a bank's name made one word with "bank" (not "Eastbank", nor Burbank's "Bur")
        votes["ORG"] += 2
    low_text = m.text.lower().rstrip(".")
    if m.text.endswith(".") and _dotted_state(body, m.start, m.end - 1):
        votes["PLACE"] += 5
    elif low_text in PLACES or len(tokens) == 2 and tokens[0].key in _COMPASS_WORDS and tokens[1].text.lower() in PLACES:
        votes["PLACE"] += 5
    elif low_text in RACING_SERIES:
        votes["OTHER"] += 5  # "Formula 1's growth in the United States": the sport
    elif low_text.startswith("cve-") and _CVE_RE.fullmatch(m.text):
        votes["OTHER"] += 6  # "vulnerable to CVE-2024-31877": a flaw, not the product it is in
    elif low_text in WELL_KNOWN_ORGS:
        votes["ORG"] += 5 if " " in low_text else 2  # "Morgan Stanley" whole outweighs a first name
    elif low_text in WELL_KNOWN_PRODUCTS:
        votes["PRODUCT"] += 2
    elif low_text in POLITICAL_PARTIES:
        votes["ORG"] += 6
    if (
        len(tokens) == 1 and m.start > 1 and body[m.start - 1] == "(" and body.startswith(")", m.end)
        and low_text not in PLACES and low_text not in NATIONALITIES and tokens[0].key not in FIRST_NAMES
        and _PARTY_AFTER_HOLDER_RE.search(body, max(0, m.start - 90), m.start)
    ):
        votes["ORG"] += 4  # "Minister of Economy Jaak Õunapuu (Reform)": the office holder's party
    if low_text not in PLACES and known_town(low_text) and not _inside_longer_name(body, m.text):
        votes["PLACE"] += 3 if " " in low_text else 2  # "Jimma", "Dire Dawa": a town the wider gazetteer knows
    elif len(tokens) == 1 and m.start and (
        _TOWN_PREPOSITION_RE.search(body, max(0, m.start - 6), m.start) or _SITE_AFTER_RE.match(body, m.end)
    ) and wordlike_town(low_text) and low_text not in PLACES and not _inside_longer_name(body, m.text):
        # "ships aggregate from Aberdeen", "a sister, of Scranton", "the Halle plant": a town the story puts
        # somewhere, or something in
        votes["PLACE"] += 2
    if m.start and (body[m.start - 1] == "(" or body[m.start - 1] == " " and preceding.endswith(("years,", "nee", "née"))) and (
        _FAMILY_NOTICE_RE.search(body, max(0, m.start - 40), m.start)
    ) and (
        body[m.start - 1] == " " or body.startswith(")", m.end) and tokens[0].key in FIRST_NAMES
    ):
        votes["PERSON"] += 3  # "his wife of 64 years, Marguerite (née Oyelaran)", "Simone Whitlow (Grant)"
    if (m.start == 0 or body[m.start - 1] == "\n") and m.text.isupper() and _DATELINE_TAIL_RE.match(body, m.end):
        votes["PLACE"] += 6  # "LE BOURGET, France —": a dateline's city
    elif (
        (m.start == 0 or body[m.start - 1] == "\n") and m.text.isupper() and " " not in m.text
        and body.startswith(": ", m.end) and body.count("\n\n", 0, m.start) <= 2
        # (not "ROURKE: So nobody ..." under a story naming Callum Rourke: a transcript's speaker)
        and not re.search(rf"\b[A-Z][a-z]+ {re.escape(m.text.title())}\b", body)
    ):
        votes["PLACE"] += 6  # "FAISALABAD: Textile exporters on Thursday ...": Dawn's dateline
    if _SCORE_AFTER_RE.match(body, m.end) or _SCORE_BEFORE_RE.search(body, max(0, m.start - 8), m.start):
        votes["ORG"] += 4  # "beat Oldmere Town 2-1", "2-1 Oldmere Town": a team with its score
    if (
        len(tokens) <= 3 and not m.text.isupper() and _SEAT_MEMBER_AFTER_RE.match(body, m.end)
        and low_text not in POLITICAL_PARTIES and tokens[-1].key not in ("democrat", "democrats", "party")
    ):
        votes["PLACE"] += 4  # "Rarieda MP Dorcas Owino": the seat she holds (her party would be in capitals or known)
    if len(tokens) == 1 and _KIN_LIST_BEFORE_RE.search(body, max(0, m.start - 120), m.start):
        votes["PERSON"] += 2  # "his sons, Dale (Karen) Vanderslice and Gary", "six grandchildren, Ryan, Emily and Lily"
    if len(tokens) == 2 and tokens[-1].text == "Ward" and tokens[0].key not in FIRST_NAMES and (
        _PLACE_OWNER_RE.search(body, max(0, m.start - 30), m.start) or body.endswith(" in ", 0, m.start)
    ):
        votes["PLACE"] += 4  # "Kyoto's Fushimi Ward", "in Chuo Ward": a city's ward, not Jennifer Ward
    if len(tokens) >= 3 and tokens[0].text == "Republic" and " ".join(t.key for t in tokens[2:]) in COUNTRIES:
        votes["PLACE"] += 6  # "(Incorporated in the Republic of South Africa)": the country, by its formal name
    if _QUOTED_THEN_FORM_RE.match(body, m.end):
        votes["ORG"] += 6  # '"Erdenes Mongol" LLC': a company, its form outside the quote marks
    if len(tokens) >= 3 and tokens[-1].key == "court" and tokens[-2].key in _COURT_KINDS:
        votes["ORG"] += 4  # "the Shenzhen Intermediate People's Court": a court, named after its city
    if len(tokens) >= 2 and " ".join(t.text.lower() for t in tokens[:-1]) in PLACES and _team_plural(tokens[-1].key):
        votes["ORG"] += 3  # "the Bay Area Tides", "the Kansas City Comets": a place's team, in the plural
    if len(tokens) >= 4 and any(t.key in ("standard", "standards") and nxt.text == "for" for t, nxt in zip(tokens, tokens[1:])):
        votes["OTHER"] += 12  # "the Accounting Standard for Impairment of Fixed Assets": a rule, not a body or a paper
    if len(tokens) == 2 and tokens[0].text == "Radio" and tokens[1].text.istitle():
        votes["ORG"] += 4  # "Radio Jamaica", "Radio Zambia": a broadcaster by its country or city
    if len(tokens) == 2 and tokens[0].key in WELL_KNOWN_ORGS and tokens[1].key in PLACES:
        votes["ORG"] += 5  # "Nasdaq Helsinki", "Deloitte Nigeria": a known company's market or branch in a place
    if len(tokens) >= 3 and tokens[-1].key == "project" and tokens[-2].key in _RESOURCE_WORDS:
        votes["OTHER"] += 5  # "the Kurrara Lithium Project": a mine in the making, not the company building it
    if len(tokens) >= 4 and tokens[-1].key == "act" and any(t.text == "and" for t in tokens):
        votes["OTHER"] += 4  # "the Kenya Information and Communications Act": a law, whatever bodies it names
    if len(tokens) >= 3 and tokens[-1].key == "general" and tokens[-2].key in _GENERAL_OFFICES:
        votes["ORG"] += 5  # "the Ohio Attorney General": a state's law office
    if len(tokens) == 2 and tokens[1].key in ("north", "south", "east", "west"):
        votes["PLACE"] += 4  # "Harnley West", "Harrowfield East": a ward, a constituency, a district's half
    if len(tokens) == 2 and tokens[0].key in _TECH_MAKERS and tokens[1].text[:1].isupper() and (
        tokens[1].key not in ORG_SUFFIXES and tokens[1].key not in _MAKER_UNIT_WORDS
    ):
        votes["PRODUCT"] += 4  # "GitHub Copilot", "Microsoft Teams", "Google Cloud": a tech maker's product
    if 1 < len(tokens) <= 3 and tokens[0].key in _CARMAKERS and tokens[-1].key not in ORG_SUFFIXES | {"motor"}:
        votes["PRODUCT"] += 4  # "the Porsche Taycan", "Lucid Air": a carmaker's model
    if len(tokens) == 2 and tokens[0].text in _INDEX_NAMES and tokens[1].text.isdigit():
        votes["OTHER"] += 8  # "the FTSE 250": a market index, not a company or a product
        return
    if m.start > 4 and body[m.start - 3:m.start] == "on " and _BENCHMARK_SCORE_BEFORE_RE.search(
        body, max(0, m.start - 30), m.start
    ):
        votes["OTHER"] += 6  # "scores 71.8 on MMLU-Pro, 48.2 on GPQA Diamond": a benchmark, not a product
        return
    if _TRIAL_NAME_RE.fullmatch(m.text) and _TRIAL_AFTER_RE.match(body, m.end):
        votes["OTHER"] += 8  # "the HALCYON-2 study": a clinical trial, whatever its letters suggest
        return
    if len(tokens) >= 3 and tokens[-1].text.lower() in COUNTRIES and tokens[-2].text.lower() in ORG_SUFFIXES:
        votes["ORG"] += 4  # "Competition Bureau Canada": a body of the country it serves
    if _LOWER_LEGAL_FORM_RE.match(body, m.end):
        votes["ORG"] += 4  # "Thermaline plc", "Ashcombe Drinks plc": a company in its legal form
    if len(tokens) == 2 and tokens[0].text == "Flight":
        votes["OTHER"] += 6  # "Flight 2417", "Flight SK2417": a flight, not a product
        return
    if body.startswith(" Flight ", m.end) and body[m.end + 8:m.end + 9].isalnum():
        votes["ORG"] += 3  # "Aurelian Connection Flight 4417": the airline that flies it
    if len(tokens) > 1 and tokens[0].key in _BRAND_OPENERS:
        votes["ORG"] += 3  # "Cloud Fabric grows": a business line named for its trade, not a person
        return
    if not m.text.isalpha() and CALL_SIGN_RE.fullmatch(m.text):
        votes["ORG"] += 6  # "WKDN 7", "KTVR-TV": a broadcaster by its call sign and channel (not "KGCL")
        return
    if len(tokens) >= 3 and tokens[-1].key == "district" and tokens[-2].key in _DISTRICT_KINDS:
        votes["ORG"] += 6  # "the Pike Valley Local School District": the body that runs the schools
        return
    if len(tokens) == 2 and tokens[-1].text in ("District", "Region", "Governorate") and tokens[0].text.istitle():
        votes["PLACE"] += 4  # "Nyamasheke District", "Ashanti Region": an administrative division
        return
    if len(tokens) >= 2 and tokens[-2].text in _ROAD_NUMBER_WORDS and tokens[-1].text[:1].isdigit():
        votes["PLACE"] += 6  # "Route 41", "State Highway 9", "Interstate 80": a numbered road
        return
    if len(tokens) > 1 and any(t.text in _AIRPORT_WORDS for t in tokens):
        votes["PLACE"] += 5  # "Oslo Airport Gardermoen", whoever runs it
        return
    last_word = tokens[-1].text.lower()
    if "-" in last_word and last_word not in ORG_SUFFIXES:
        last_word = last_word.rsplit("-", 1)[1]  # "Brennick Courier-Ledger", but "Cascadia Growers Co-op"
    if len(tokens) > 2 and tokens[-1].text[0].isdigit() and tokens[-2].key in _DOCUMENT_TAILS:
        last_word = tokens[-2].key  # "Apache License 2.0": a licence and its version
    elif len(tokens) > 3 and tokens[-1].text[0].isdigit() and (numbered := _numbered_document(tokens)):
        last_word = numbered  # "Ministerial Regulation Number 11 of 2025": a regulation and its number
    if m.hint == "PRODUCT":
        pass  # "her album, Glass Cathedral,": a work's title, whatever its last word would make it
    elif len(tokens) == 2 and tokens[0].key in ("league", "division", "conference"):
        votes["ORG"] += 4  # "League One", "Division Two": a football league, not a model "One"
    elif len(tokens) > 1 and (last_word in _PRODUCT_TAILS or last_word in _TRIM_TAILS):
        votes["PRODUCT"] += 4
    elif len(tokens) > 1 and last_word in _SERVICE_TAILS:
        votes["PRODUCT"] += 2  # (less: "Brightwater Pay, the payments startup" is the company)
    elif len(tokens) > 1 and last_word in ("laboratory", "laboratories", "television", "tv", "radio"):
        votes["ORG"] += 4  # "Oak Ridge National Laboratory", "Bloomberg Television": an institution, an outlet
    elif len(tokens) > 2 and last_word in ("unit", "squad", "directorate", "inspectorate") and tokens[-1].text.istitle():
        votes["ORG"] += 4  # "the Special Investigating Unit", "the Serious Crimes Squad": a body of the state
    elif len(tokens) > 2 and last_word in ("plan", "scheme", "system") and tokens[-2].key in _PENSION_WORDS or (
        len(tokens) == 2 and tokens[-1].text == "Super"
    ):
        # (outvoting "lead plaintiff" before "Kettering County Employees' Retirement System")
        votes["ORG"] += 6  # "Laurentide Public Pension Plan", "Banksia Super" (an Australian pension fund)
    elif len(tokens) > 1 and len(last_word) >= 7 and last_word.endswith("ics") and tokens[-1].text.istitle():
        votes["ORG"] += 3  # "Sundby Fluidics", "Marlow Photonics": a company named for its field
    elif len(tokens) > 2 and tokens[-2].key == "ski" and last_word in ("area", "resort", "hill"):
        votes["PLACE"] += 5  # "Pinyon Ridge Ski Area": the mountain skied on
    elif len(tokens) > 1 and last_word == "pass" and _PASS_SOLD_RE.search(body):
        votes["PRODUCT"] += 4  # "the Summit Collective Pass", where passes are sold: a season pass, not a mountain road
    elif len(tokens) > 1 and last_word == "courthouse":
        votes["PLACE"] += 5  # "the Renner County Courthouse": a building
    elif len(tokens) > 1 and (
        last_word in _DOCUMENT_TAILS or last_word in _INDEX_TAILS
        or last_word == "plan" and tokens[-2].key in _PLAN_KINDS
        or len(tokens) > 2 and tokens[-2].key == "policy" and any(c.isdigit() for c in last_word)
    ):
        votes["OTHER"] += 5  # "the Securities Reform Act", "the Community License", "the Nasdaq Composite"
    elif len(tokens) > 2 and last_word in ("center", "centre") and tokens[-2].text.lower() in _VENUE_WORDS:
        votes["PLACE"] += 5  # "the McAllister Convention Center": a venue, whatever it is run by
    elif len(tokens) > 2 and last_word == "week" and tokens[-2].text.istitle():
        votes["OTHER"] += 5  # "Paris Fashion Week", "London Tech Week": an event
    elif len(tokens) > 1 and last_word == "hall" and tokens[-2].key in _HALL_KINDS:
        votes["PLACE"] += 5  # "Harnley Town Hall", "flags at City Hall": the building the council meets in
    elif len(tokens) > 2 and last_word in ("north", "south", "east", "west") and tokens[-1].text.istitle() and (
        tokens[-2].key in PLACE_SUFFIXES or tokens[-2].key in ("town", "city")
        or any_town(" ".join(t.text.lower() for t in tokens[:-1]))
    ):
        votes["PLACE"] += 5  # "George Town North", "Bodden Town West": a town's half, a constituency
    elif len(tokens) > 1 and last_word in PLACE_SUFFIXES and last_word not in ORG_SUFFIXES:
        votes["PLACE"] += 4
    elif (
        len(tokens) > 1 and not _person_shaped(m) and _team_plural(last_word)
        and _TEAM_NEAR_RE.search(body, m.end, m.end + 160)
    ):
        votes["ORG"] += 3  # "the Calder Springs Otters, clearing the way for the Triple-A club": a team
    elif len(tokens) > 2 and last_word == "home" and tokens[-2].key in _HOME_KINDS:
        votes["ORG"] += 4
    elif len(tokens) > 1 and last_word == "court" and not any(t.key in _JUDICIAL_WORDS for t in tokens[:-1]):
        votes["PLACE"] += 4  # "Wexler Court": a street or a block of flats; a court of law says which one it is
    elif len(tokens) == 2 and last_word == "circuit" and tokens[0].key in _COURT_CIRCUITS:
        votes["ORG"] += 4  # "the Federal Circuit", "the Ninth Circuit": an appeals court
    elif len(tokens) > 2 and last_word in ("circuit", "raceway", "speedway") and tokens[-2].key in _TRACK_KINDS:
        votes["PLACE"] += 5  # "the Bahrain International Circuit": a race track
    elif len(tokens) > 1 and last_word in ("parish", "congregation") and tokens[0].key.rstrip(".") in ("st", "saint", "holy"):
        votes["ORG"] += 4  # "the council of St. Hedwig Parish": a church's community ("Jefferson Parish" is a county)
    elif len(tokens) > 1 and last_word == "church" and tokens[0].key != "church":
        if body.endswith((" at ", " in "), 0, m.start) and not _MEMBER_OF_BEFORE_RE.search(body, max(0, m.start - 40), m.start):
            votes["PLACE"] += 4  # "A funeral will be held at First Lutheran Church": where it is held
        else:
            votes["ORG"] += 4  # "a member of Holy Cross Lutheran Church": a congregation
    elif len(tokens) > 1 and last_word in _BURIAL_AND_WORSHIP:
        votes["PLACE"] += 4  # "Riverside Cemetery", "St Mary's Cathedral"
    elif len(tokens) > 2 and tokens[0].key in PLACE_OF_HEADS and tokens[1].text == "of":
        votes["PLACE"] += 5  # "the Firth of Clyde", "the Bay of Plenty"
    elif len(tokens) > 1 and tokens[0].key in _PLACE_HEADS and not (
        last_word.rstrip(".") in ORG_SUFFIXES or last_word in _GROUP_WORDS
    ):
        votes["PLACE"] += 5  # "Lake Superior", "Mount Hood": as sure as a gazetteer's place
    elif len(tokens) == 2 and tokens[0].key in ("north", "south", "east", "west") and tokens[1].text.istitle() and (
        not is_everyday_word(tokens[1].text)
    ):
        votes["PLACE"] += 2  # "West Hollis", "North Fenland": a town's or district's part
    elif len(tokens) > 1 and last_word in ("park", "gardens") and (
        tokens[0].text.lower() not in FIRST_NAMES or _in_known_place(body, m.start)
    ):
        # "Ellerby Park", "Melbourne's Albert Park" (a city's, whatever first name it has), but "Grace Park"
        votes["PLACE"] += 3 if tokens[0].text.lower() not in FIRST_NAMES else 6
    elif len(tokens) > 2 and any(t.text == "Committee" and tokens[i + 1].key == "on" for i, t in enumerate(tokens[:-1])):
        votes["ORG"] += 4  # "the Oireachtas Committee on Enterprise": a committee named for its remit
    elif len(tokens) > 1 and (
        last_word.rstrip(".") in ORG_SUFFIXES or last_word in _GROUP_WORDS
        or len(last_word) > 6 and last_word.endswith(("bank", "kasse"))  # "Rheinfeld Landesbank", "Sparkasse"
    ):
        votes["ORG"] += 4
    elif (len(tokens) > 2 or last_word in FOREIGN_PAPER_WORDS) and last_word in OUTLET_WORDS and tokens[-1].text.istitle():
        # "the Queen City Register", "the Harlow Gazette", "the JoongAng Ilbo", "Eesti Päevaleht": a paper
        votes["ORG"] += 3
    elif len(tokens) > 2 and last_word == "markets" and tokens[-2].key == "capital":
        votes["ORG"] += 4  # "Granary Street Capital Markets": a bank's trading arm
    elif len(tokens) > 2 and _head_before_connector(tokens):
        votes["ORG"] += 4  # "University of Toronto", "Institute for Fiscal Studies", "Court for the District of X"
    elif len(tokens) > 1 and tokens[0].key in _ORG_PREFIXES:
        votes["ORG"] += 4  # "Grupo Ferrandina", "Transportes Ocotlán", "Banco Sierra Madre"
    elif len(tokens) > 1 and tokens[0].key in _ARTICLE_HEADS:
        votes["ORG"] += 2
    elif len(tokens) == 1:
        text = m.text
        if body.startswith(" (", m.end) and _ITEM_LEAD_RE.match(body, m.end):
            votes["ORG"] += 2  # "Pyxa (Berlin) — €9M seed led by ...": the company a roundup's item is about
        if text.endswith("shire") and len(text) > 7 and text.istitle():
            votes["PLACE"] += 3  # "Lancashire", "Hampshire": an English county
        if text.endswith(("AI", "Lab", "Labs")) and _ORG_TAIL_RE.search(text):
            votes["ORG"] += 2
        elif 2 <= len(text) <= 5 and text.isupper() and text.isalpha():
            if _AMOUNT_BEFORE_RE.search(body, max(0, m.start - 16), m.start) or f"${text}" in body:
                votes["PRODUCT"] += 2  # "38,000 ETH", "$KLV": a coin or token counted like money
            else:
                votes["ORG"] += 1
        elif low_text in OUTLET_WORDS:
            votes["ORG"] += 2
        elif text.endswith(("OS", "DB")) and text[-3:-2].islower():
            votes["PRODUCT"] += 2  # "AriaOS", "PlumeDB": an operating system or a database
        elif _CAMEL_RE.fullmatch(text):
            votes["ORG"] += 1  # "HomeSignal", "FactStream": coined brand names are mostly companies
    if len(tokens) >= 2 and tokens[-1].text == "FM":
        votes["ORG"] += 3  # "said on CBS FM": a radio station, named for its band
    prev = _prev_words(body, m.start)
    after = body[m.end:m.end + 80]
    match = _next_cue(after)
    # "the billionaire Skyvane founder": the role belongs to the person, the name to the company
    role_of_name = match is not None and match.lastgroup == "org_role"
    if _person_shaped(m):
        if tokens[0].text.lower() not in FIRST_NAMES and prev and (
            prev[-1] == "the"
            or len(prev) >= 2 and prev[-2] == "the" and prev[-1].isalpha() and prev[-1] not in ROLE_WORDS
        ):
            # "the Lumen Fold", "the forecaster Ballot Compass": people are not named with "the"
            votes["PERSON"] -= 1.5
        elif tokens[0].text.lower() in FIRST_NAMES or not is_everyday_word(tokens[-1].text):
            # "Rourke Beauty", "Copper Kettle": a brand ending in an everyday word has a person's
            # shape but not, by that alone, a person's name
            votes["PERSON"] += 1
        if tokens[0].text.lower() in FIRST_NAMES:
            votes["PERSON"] += 3
    if preceding.endswith((",", "No")) and _GROUP_NOUN_BEFORE_RE.search(body, max(0, m.start - 16), m.start):
        votes["ORG"] += 3  # "A citizens' group, No Blank Checks Bakersfield, said": the group's name
    elif preceding.endswith(",") and _OWN_BUSINESS_BEFORE_RE.search(body, max(0, m.start - 40), m.start):
        votes["ORG"] += 3  # "his practice, Studio Ferrante, has billed": someone's business, by its name
    if len(tokens) >= 3 and tokens[0].key in _JUDGE_STYLES and tokens[1].text == "Justice":
        votes["PERSON"] += 8  # "(Mrs Justice Ardagh)" after the court she sat in: the judge
    if len(tokens) == 2 and tokens[0].key in NATIONALITIES and tokens[1].key in POLITICAL_PARTIES:
        votes["ORG"] += 6  # "Scottish Labour", "Welsh Conservatives": a party's national wing
    if len(tokens) >= 2 and tokens[-2].text == "Local" and tokens[-1].text.isdigit():
        votes["ORG"] += 5  # "United Steelworkers Local 2290": a union's branch
    elif len(tokens) >= 2 and tokens[-2].text in ("Radio", "Channel") and tokens[-1].text.isdigit():
        votes["ORG"] += 5  # "BBC Radio 4", "Channel 4": a broadcaster, not a product with a version
    elif _INTERSTATE_RE.fullmatch(m.text):
        votes["PLACE"] += 6  # "on I-80": a road, numbered
    elif any(map(str.isdigit, m.text)) and _MARKET_BEFORE_RE.search(body, max(0, m.start - 40), m.start):
        votes["ORG"] += 4  # "its initial public offering on B3", "rang the opening bell at B3": an exchange
    elif any(map(str.isdigit, m.text)):
        votes["PRODUCT"] += 3
    elif m.text[0].islower():
        # "iPhone" is Apple's naming; "xAI", "eBay", "hNova" are mostly companies
        camel = m.text[1:2].isupper() and m.text[0] != "i"
        votes["ORG" if camel else "PRODUCT"] += 1
    if m.cut == "based":
        votes["PLACE"] += 3
    if len(tokens) <= 2 and (
        _ROUTE_AFTER_RE.match(body, m.end) or body.startswith(" route", m.end) and _ROUTE_BEFORE_RE.search(body, max(0, m.start - 30), m.start)
    ):
        votes["PLACE"] += 3  # "the Ardrossan to Brodick route": the two ends of a crossing
    if len(tokens) == 1 and (_PLACE_KIND_AFTER_RE.match(body, m.end) or body.startswith((" area", " neighbourhood", " neighborhood"), m.end)
                             and _AREA_BEFORE_RE.search(body, max(0, m.start - 40), m.start)):
        # "on Bangka island", "in Sichuan province", "in Dhaka's Tejgaon area": the kind of place, after its name
        votes["PLACE"] += 3
    elif len(tokens) <= 3 and _PLACE_LIST_AFTER_RE.match(body, m.end):
        votes["PLACE"] += 3  # "land in Bang Na and Min Buri districts", "in Khlong Toei district"
    elif len(tokens) == 1 and _WILDS_AFTER_RE.match(body, m.end) and low_text in WELL_KNOWN_ORGS:
        votes["PLACE"] += 12  # "Amazon deforestation": the forest, not the company of that name
    if _AGE_AFTER_RE.match(body, m.end):
        votes["PERSON"] += 3  # "Pellissier, now 78 and retired to the coast": a person's age
    if len(m.tokens) == 1 and body[max(0, m.start - 3):m.start] in ("’s ", "'s ") and _SITE_AFTER_RE.match(body, m.end):
        votes["PLACE"] += 3  # "Castellan's Burbank headquarters": where the company sits
    if _WHOSE_STAFF_RE.match(body, m.end):
        votes["ORG"] += 3  # "classed by Lindqvist Register, whose surveyors will check the hull": a body with staff
    if (
        len(tokens) == 2 and not m.heading and tokens[0].key not in FIRST_NAMES
        and (of := _NAME_OF_BEFORE_RE.search(body, max(0, m.start - 60), m.start))
        and of.group(1).lower() not in OF_HEADS and of.group(1).lower() not in ROLE_WORDS
        and of.group(1).lower() not in ORG_SUFFIXES
    ):
        votes["ORG"] += 3  # "Eoin Mac Cárthaigh of Brannock Hegarty": the firm a person is of
    if _PRODUCT_AFTER_RE.match(body, m.end):
        votes["PRODUCT"] += 3  # "the Ridge Card season pass", "Crest Pass, which sells for $1,079": a thing sold
    if _COMPANY_FATE_RE.match(body, m.end):
        votes["ORG"] += 3  # "Ladlr was founded in 2021 by ...", "went into administration": a company's life
    if (
        _ends_any_case(preceding, _VESSEL_WORDS) and _VESSEL_BEFORE_RE.search(body, max(0, m.start - 40), m.start)
        or _VESSEL_AFTER_RE.match(body, m.end)
        or len(tokens) > 1 and tokens[0].text in _SHIP_PREFIXES
    ):
        votes["OTHER"] += 6  # "the 14,100 teu Kalliope Vardaki", "the bulk carrier Orsa Dawn": a ship, not a person
    if (
        body[max(0, m.start - 3):m.start] in ("’s ", "'s ") or _ITS_BEFORE_RE.search(body, max(0, m.start - 5), m.start)
    ) and _OWNED_PRODUCT_AFTER_RE.match(body, m.end):
        # "Orlenhof's Tessera verification platform", "its Arc cargo bike": a company's product, though
        # its name end in a company's word ("the company's Arvo Cloud invoicing platform")
        votes["PRODUCT"] += 5 if len(tokens) > 1 and tokens[-1].key in ORG_SUFFIXES else 3
    if _VERSION_AFTER_RE.match(body, m.end):
        votes["PRODUCT"] += 5  # "PgBouncer 1.22.1": software with its version (no outlet has one: "Finlark Ledger v4.18")
    if _YEAR_AFTER_RE.match(body, m.end):
        votes["PERSON"] -= 3  # "Vellora Forge 2025", "Web Summit 2024": an event of that year, not a person
    if " & " in m.text:
        # "Ebele & Strand", "Procter & Gamble": people are not joined by "&", whatever the role words
        # around the firm ("Hollis & Drummond analyst Oskar Pfründer") say
        votes["ORG"] += 0 if m.hint == "PRODUCT" else 2 if m.text.split(" & ")[0].count(" ") else 6
    if m.start and body[m.start - 1] == "(" and body.startswith(")", m.end) and " " in m.text:
        if m.tokens[-1].text in ("District", "Ward"):
            votes["PLACE"] += 3  # "Supervisor Ray Castellan (Hollow Creek District)": the district she sits for
        elif _NAME_END_RE.search(body, max(0, m.start - 24), m.start - 1) and body[m.end + 1:m.end + 2] not in ("\n", ""):
            # "FlexiSeal 300 (Kōnan Seiki)": the maker; not "Department for Transport (Harriet Calloway)"
            # closing a debate's speaker line
            votes["ORG"] += 2.5
    elif body.startswith(" ", m.end) and (maker := _MAKER_AFTER_RE.match(body, m.end)) and not all(
        word in ROLE_WORDS or word in _RANK_PREFIXES for word in maker.group().strip(" ()").lower().split()
    ) and not (body[m.start - 1:m.start] in ("\n", "") and body.startswith(("\n", " ("), maker.end())):
        votes["PRODUCT"] += 2.5  # "Pixel 9 (Google)", but not "Lord Kinnaird (Deputy President)"
    after_in = spoken_for = typed_after_from = False
    if prev and (
        prev[-1] in ("on", "to", "via") and low_text in SOCIAL_NETWORKS
        or prev[-1] in ("on", "in", "via", "over") and low_text in CHAT_APPS
    ):
        votes["PRODUCT"] += 5  # "on Facebook", "posted to Threads", "wrote in Slack": the platform
    elif low_text in SOCIAL_NETWORKS and _POST_AFTER_RE.match(body, m.end):
        votes["PRODUCT"] += 4  # "wrote in a LinkedIn post", "in an Instagram post": a post on the platform
    elif low_text in CHAT_APPS and _CHAT_PLACE_AFTER_RE.match(body, m.end):
        votes["PRODUCT"] += 8  # "in a company Slack channel": the app, whatever the words before say
    if prev:
        last = prev[-1]
        if last in _APPOS_ARTICLES and len(prev) > 1 and prev[-2].endswith(","):
            last = prev[-2]  # "its main product, the Lumenhive Tag"
        if last.endswith(","):
            # "its chief, Priya Raman" / "its software stack, Harbor Relay"
            last = last[:-1]
            if last in ROLE_WORDS and not _NAME_ROLE_COMMA_RE.search(body, max(0, m.start - 60), m.start):
                votes["PERSON"] += 3
            elif last in ROLE_WORDS:
                votes["ORG"] += 2  # "- Nadia Farouk, Director, Branch Watch UK": a witness, her office, her body
            elif _NAME_BEFORE_COMMA_RE.search(body, max(0, m.start - 40), m.start):
                pass  # "the Federal Mediation and Conciliation Service, Miriam Sobel,": a name's last word, no noun
            elif match is not None and match.lastgroup == "speech":
                pass  # "at a compatible fast charger, Virelle says": a new clause's subject, not an appositive
            elif last in PRODUCT_NOUNS:
                votes["PRODUCT"] += 2
            elif last in ORG_NOUNS:
                votes["ORG"] += 2
        else:
            two = " ".join(prev[-2:])
            before = prev[-2] if len(prev) > 1 else ""
            if (last in ROLE_WORDS or last == "forward" and before.isalpha()) and not role_of_name:
                votes["PERSON"] += 3  # "Brazilian forward Tavinho"; "Cascadia Forward" keeps its last word
            if last.endswith(("-based", "-registered", "-headquartered", "-listed")) and len(last) > 8:
                # ("St. Louis-based Edward Jones": a firm, though named like a man)
                votes["ORG"] += 5  # "Brussels-based Recyclium": a company where it is based
            if last in ("arm", "unit") and before.isalpha() and before not in ("the", "an", "a"):
                votes["ORG"] += 3  # "its investment arm BNDESPar", "its lending unit Caldera Credit"
            if last in _PERSON_OR_FIRM_NOUNS:
                votes["PERSON"] += 3  # "shipowner Stavros Papadopoulos" as much as "shipowner Kalliston Maritime"
            if last in ORG_NOUNS or last.endswith("maker") and len(last) > 6 or (
                last in ("side", "outfit") and before.isalpha() and before not in _NOT_A_CLUB_BEFORE
            ):
                votes["ORG"] += 3  # "the German toolmaker Weissach Präzision", "Portuguese side Estrela do Vale"
            if before == "of" and len(prev) > 2 and prev[-3] in ROLE_WORDS and last.isalpha() and last not in STOPWORDS:
                votes["PERSON"] += 3  # "vice-president of platform Jonas Ekdahl": the field of a post its holder heads
            elif last in PRODUCT_NOUNS or last in _MEDICINE_NOUNS or last in _CONSUMABLE_NOUNS or two in (
                "brand name", "trade name"
            ) or last in _LINE_NOUNS and last not in ("brands", "drink", "beverage"):
                # "the heart drug Corvanta", "its hibiscus soda Rosebay", "home goods brand Hollis House"
                votes["PRODUCT"] += 3
            if last in _WORK_KINDS_BEFORE_TITLE and m.hint != "PRODUCT":
                votes["PRODUCT"] += 4  # "the indie film Paper Lanterns", "its crime drama Harbor Lights": a work
            if last in ("called", "named") and (before in PRODUCT_NOUNS or before in _LINE_NOUNS):
                votes["PRODUCT"] += 4  # "a skincare brand called Vega Glow", "an app called Tally"
            elif last in ("called", "named") and before in ORG_NOUNS:
                votes["ORG"] += 4  # "a startup called Fernwell"
            if last == "behind" and before in _MAKERS_BEHIND:
                votes["ORG"] += 2  # "the Irish billionaire behind Cloudhop": the business he built
            if last == "for" and before in _SEAT_HOLDERS:
                votes["PLACE"] += 5  # "the Conservative MP for Stourhaven": a constituency
            elif last in ("of", "at", "for") and before.rstrip(",") in ROLE_WORDS and m.cut != "based" and not (
                (low_text in PLACES or any_town(low_text)) and _MAKER_AFTER_PLACE_RE.match(body, m.end)
            ) and not (last == "of" and (before in _KIN_NOUN_WORDS or before == "mayor")):  # ("the mayor of Ölfus": a town)
                # ("CEO of Amsterdam e-bike maker Vantrell": the maker's home town; "the son of Edwin": a parent)
                # "chief executive of X", "an analyst at X", "a spokesperson for X" (who may speak for a person;
                # "a spokesperson for Karlsruhe-based Orlenhof" speaks for the company after the place)
                votes["ORG"] += 3 if last == "for" else 5
                spoken_for = True
            elif last == "former" and _MAIDEN_NAME_RE.search(body, max(0, m.start - 60), m.start):
                votes["PERSON"] += 3  # "His wife of 58 years, the former Irene Sobczak": her maiden name
            elif m.cut != "based" and (last in _ORG_VERB_CUES or two in _ORG_VERB_CUES or (
                last == "the" and " ".join(prev[-3:-1]) in _ORG_VERB_CUES  # "as reported by the Topeka Sentinel-Record"
            )):  # ("to merge with Burbank-based Halcyon": the verb's company comes after the town)
                votes["ORG"] += 2
            elif last == "at" and _ROLE_OF_AT_RE.search(body, max(0, m.start - 60), m.start):
                votes["ORG"] += 3  # "head of sourcing at X", "professor of economics at X"
                spoken_for = True
            elif last == "at" and before in ("lab", "laboratory", "labs", "faculty", "postdoc"):
                votes["ORG"] += 3  # "who led a grasping lab at Carnegie Mellon": a university or an institute
            elif last == "at" and (inside := _IN_PLACE_AFTER_RE.match(body, m.end)) and inside.group(1).lower() in PLACES:
                votes["PLACE"] += 3  # "a race at Interlagos in Brazil": a venue in a country
            elif last == "at" and _RACE_AT_RE.search(body, max(0, m.start - 50), m.start):
                votes["PLACE"] += 3  # "2nd at Monza", "P3 on the grid at Suzuka", "the Dutch round at Zandvoort"
            elif last in ("at", "in") and len(tokens) > 1 and tokens[-1].key in ("market", "bazaar", "souk"):
                votes["PLACE"] += 4  # "a grain merchant at Dawanau Market": where traders sell
            elif last in ("at", "in") and _MARKET_AFTER_RE.match(body, m.end):
                votes["PLACE"] += 4  # "At Gikomba market in Nairobi": where traders sell
            elif last == "at" and _WORKS_AT_RE.search(body, max(0, m.start - 90), m.start):
                votes["PLACE"] += 3  # "its plants at Dahej in Gujarat and at Cuddalore": where it makes things
            elif last == "at" and _TRANSIT_AT_RE.search(body, max(0, m.start - 40), m.start):
                votes["PLACE"] += 3  # "crossing by rail at Dostyk": where the goods cross
            elif last == "at":
                votes["ORG"] += 1
            bare = prev[:-1] if last in _DETERMINERS else prev
            if bare and (bare[-1] in _PRODUCT_VERB_CUES or " ".join(bare[-2:]) in _PRODUCT_VERB_CUES):
                votes["PRODUCT"] += 2
            if last == "in" and before in _STAKE_WORDS:
                votes["ORG"] += 2  # "Shares in Polderchem fell", "a 20 percent stake in Qafila": a company's
            elif two in _PLACE_CUES or last in _PLACE_CUES or " ".join(bare[-2:]) in _PLACE_CUES:
                votes["PLACE"] += 3
                after_in = True
            elif last == "in" or (last == "the" and before == "in"):
                # ("in Norwend’s history": an owner, as likely a company's as a city's)
                votes["PLACE"] += 0.5 if m.possessive else 1.5
                after_in = True
            elif last == "to" and _FROM_PLACE_BEFORE_RE.search(body, max(0, m.start - 40), m.start):
                votes["PLACE"] += 3  # "due to fly from Cork to Lanzarote"
                after_in = True
            elif last in ("to", "from") and _FLIGHT_TO_RE.search(body, max(0, m.start - 30), m.start):
                votes["PLACE"] += 3
                after_in = True
            elif last in ("of", "from") and _HOME_TOWN_RE.search(body, max(0, m.start - 24), m.start):
                votes["PLACE"] += 4  # "Kaylee Ostrander, 29, of Wickham", "58 miles from Wickham", "north of The Pas"
                after_in = True
            elif last == "from":
                # "a flight from Newark to Lisbon"; "a teacher from Ruthin who ...": "who" is the teacher
                person_from = _PERSON_FROM_RE.search(body, max(0, m.start - 50), m.start)
                placed = bool(person_from or _TO_PLACE_RE.match(body, m.end))
                votes["PLACE"] += 3 if placed else 0.5
                after_in = True
                # ("an offer from Ridgewell Cyber, a US security company": the appositive still says what it is)
                typed_after_from = not placed
    if match and not ((m.possessive or spoken_for) and match.lastgroup == "speech"):
        if match.lastgroup == "appos":
            typed = None if after_in and not typed_after_from else _appositive(match.group("appos")[1:])
            if typed:
                votes[typed[0]] += typed[1]
            elif (not after_in or m.key in FIRST_NAMES) and _described(match):
                votes["PERSON"] += 2  # "Kevin, a boda boda rider who ...": a "who" is somebody
        elif match.lastgroup == "facility":
            if prev and prev[-1] in ("its", "their"):
                votes["PLACE"] += 3  # "at its Ribarroja del Turia hub": where the company works
            elif len(prev) > 1 and prev[-1] == "the" and prev[-2] in ("at", "from") and len(tokens) == 1:
                votes["PLACE"] += 2  # "who has taught at the Ipswich centre": the branch in that town
        elif not (after_in and match.lastgroup in ("who", "which", "org_verb")) and not (
            match.lastgroup == "who" and prev and prev[-1] in ("firm", "company", "agency", "group", "behind")
        ):  # ("the Richmond firm Haskett Dunmore who represented ...": a firm, whatever the pronoun;
            # "Straitsmark's yard in Tuas employs 1,900": the verb is the yard's, not the town's;
            # "the Irish billionaire behind Cloudhop, who ...": the billionaire)
            kind, weight = _NEXT_VOTES[match.lastgroup]
            if match.lastgroup == "org_unit" and prev and match.group().strip() == "unit" and (
                prev[-1] in ("every", "each")
                or prev[-1] in ("a", "an", "one") and len(prev) > 1 and prev[-2] in _PRODUCT_VERB_CUES
            ):
                # "inside every Veyra unit", "installed a Calora unit": one of the machines, not a part of the company
                kind = "PRODUCT"
            votes[kind] += weight
    if after[:1] not in _STOPS and _NEXT_PRONOUN_RE.match(after):
        votes["PERSON"] += 0.5
    if _SELF_INTRODUCED_RE.match(after) or _signed_off(body, m):
        votes["PERSON"] += 3
    if body.startswith(" first reported", m.end) or body.endswith("first reported by ", 0, m.start):
        votes["ORG"] += 3  # "SunStar Cebu first reported the petition": the paper that broke the story
    if len(tokens) > 1 and tokens[-1].text.lower().rstrip(".") in _LEGAL_FORMS and votes["PERSON"] >= votes["ORG"]:
        # "Its issue manager, Kalinchowk Capital Ltd, notified investors": a legal form names a company, whatever
        # role the words around it give
        votes["ORG"] = votes["PERSON"] + 1


# "Hi all, Priyanka here.": a writer introducing themself.
_SELF_INTRODUCED_RE = re.compile(r"\s+here[.!,]")
_SIGN_OFF_DASH_RE = re.compile(r"(?:^|\n)[–—-]{1,2}\s*$")


_VALEDICTION_BEFORE_RE = re.compile(r"(?:^|\n)(?:[\w’']+ ){0,3}[\w’']+,\n\n$")


def _signed_off(body: str, m: _Mention) -> bool:
    """"– Priyanka" on a line of its own under a post, or "Joanna Kettleby" under "With gratitude,":
    the writer's signature."""
    at_line_end = m.end == len(body) or body[m.end] == "\n"
    return at_line_end and bool(
        _SIGN_OFF_DASH_RE.search(body, max(0, m.start - 4), m.start)
        or _VALEDICTION_BEFORE_RE.search(body, max(0, m.start - 40), m.start)
    )


def _decide(group: _Group) -> str:
    votes = group.votes
    best, score = "OTHER", 0.99
    for kind in ("PERSON", "ORG", "PRODUCT", "PLACE", "OTHER"):
        vote = votes.get(kind, 0)
        if kind == "PERSON" and group.person_part:
            vote = vote + 3
        if vote > score:
            best, score = kind, vote
        elif vote == score and kind == "ORG" and best == "PERSON" and not group.person_part and all(
            len(m.tokens) == 1 and m.tokens[0].key not in FIRST_NAMES for m in group.mentions
        ):
            best = kind  # "to Safebite, who ..." and "Safebite’s pricing": one word, no one's name
        elif vote == score and kind == "PLACE" and best == "ORG" and group.longest().text.lower() in PLACES:
            best = kind  # "an economist at Buenos Aires consultancy Análisis Delta": a city, as the gazetteer says
    return best


_LIST_GAP_RE = re.compile(r"(?:[’']s)?(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?")


_MARKET_AFTER_RE = re.compile(r"\s+(?:market|bazaar|souk)\b")
_PLACES_AFTER_RE = re.compile(r"\s+(?:counties|districts|provinces|regions|states|municipalities|prefectures)\b")


# A place whose last word makes it another place than its first word alone: "Kuwait City", "Washington State"
_OTHER_PLACE_TAILS = frozenset(
    "city state province county region district prefecture oblast municipality island islands town village "
    "valley airport port harbour harbor south north east west".split()
)


_SEA_TAILS = frozenset("sea ocean gulf strait desert".split())


def _merge_place_first_words(groups: _Groups) -> None:
    """"Wangdue" beside "Wangdue Phodrang", "Caspian" beside "Caspian Sea", "Trinidad" beside "Trinidad and
    Tobago": a place called by its first word, where that word is no country, town or name of its own kind."""
    for key, group in list(groups.groups.items()):
        if key not in groups.groups or _decide(group) != "PLACE":
            continue
        tokens = group.longest().tokens
        if len(tokens) < 2 or not tokens[0].text.istitle() or tokens[-1].key in _OTHER_PLACE_TAILS or (
            tokens[-1].key in PLACE_SUFFIXES and tokens[-1].key not in _SEA_TAILS  # ("Nacala Corridor": the route)
        ):
            continue
        # (a name all of its own words, "Minas Gerais", or a sea the first word names alone, "the Caspian"; not
        # the airport, park or zone named after a town, "Oslo Airport Gardermoen", "Hsinchu Science Park")
        if not (tokens[-1].key in _SEA_TAILS or all(
            not is_everyday_word(t.text) and t.key not in PLACES for t in tokens[1:] if t.text[:1].isupper()
        )):
            continue
        first = tokens[0].key
        short = groups.groups.get(first)
        if (
            short is None or groups.find(first) == groups.find(key) or any(len(m.tokens) > 1 for m in short.mentions)
            or _decide(short) not in ("PLACE", "OTHER") or first in COUNTRIES or first in FIRST_NAMES
            or is_everyday_word(tokens[0].text)
            # (only one longer place may open with the word: "Kuala" of two Kualas names neither)
            or sum(1 for g in groups.groups.values() if _decide(g) == "PLACE" and g.longest().tokens[0].key == first
                   and len(g.longest().tokens) > 1) > 1
        ):
            continue
        groups.union(first, key)


def _type_untyped_towns(body: str, groups: _Groups) -> None:
    """"Nairobi's Eastleigh", "the Richmond depot": a one-word name nothing in the story types, which
    GeoNames knows as a town, is the town (a given name or an everyday word is left to the story, and
    so is a name English uses that also heads a longer name: "Meridian" of "Meridian Wire")."""
    for group in groups.groups.values():
        if _decide(group) != "OTHER" or any(v > 0.99 for v in group.votes.values()):
            continue
        longest = group.longest()
        key = longest.tokens[0].key
        if country_name(longest.text.lower()) and longest.text[:1].isupper():
            group.votes["PLACE"] += 1  # "from a Guernsey bank": a country or territory GeoNames lists
            continue
        if len(longest.tokens) == 1 and longest.text[:1].isupper() and any_town(key) and not (
            zipf(key) > 0 and _inside_longer_name(body, longest.text)
            # ("NAIROBI, March 4 (Meridian) -": a wire's tag in its dateline)
            or any(m.start and body[m.start - 1] == "(" for m in group.mentions)
        ):
            group.votes["PLACE"] += 1


def _type_by_coordination(body: str, groups: _Groups) -> None:
    """"Ocado, Amazon or Tesla": a name with no cue of its own is the kind its list neighbours are.

    So is a name only shaped like a person's between two companies: "alongside Foundry Row Capital,
    Pelican Seed and Arcturus Industrial Partners".
    """
    shaped = {
        key for key, group in groups.groups.items()
        if _decide(group) == "PERSON" and group.votes.get("PERSON", 0) <= 1 and len(group.mentions) == 1
        and group.mentions[0].tokens[0].text.lower() not in FIRST_NAMES
    }
    untyped = [key for key, group in groups.groups.items() if _decide(group) == "OTHER" or key in shaped]
    if not untyped:
        return
    starts: dict[int, str] = {}
    ends: dict[int, str] = {}
    for key, group in groups.groups.items():
        for m in group.mentions:
            starts[m.start] = key
            ends[m.end] = key
    # In text order, so "Guanajuato, Querétaro and Jalisco" passes the first one's kind down the list.
    for key in sorted(untyped, key=lambda k: groups.groups[k].mentions[0].start):
        group = groups.groups[key]
        single = all(len(m.tokens) == 1 for m in group.mentions)
        votes: dict[str, int] = defaultdict(int)
        for m in group.mentions:
            gap = _LIST_GAP_RE.match(body, m.end)
            neighbours = [starts.get(gap.end())] if gap else []
            for end in range(m.start - 1, max(0, m.start - 12), -1):
                if end in ends and _LIST_GAP_RE.fullmatch(body, end, m.start):
                    neighbours.append(ends[end])
                    break
            for neighbour in neighbours:
                if neighbour is None or groups.find(neighbour) == key:
                    continue
                other = groups.groups[groups.find(neighbour)]
                kind = _decide(other)
                # "Founders Rafa and Inés": a lone given name beside another is a person too
                if kind in ("ORG", "PRODUCT", "PLACE") or kind == "PERSON" and single and len(other.mentions[0].tokens) == 1:
                    votes[kind] += 1
        if votes:
            kind = max(votes, key=votes.get)
            if key in shaped and (kind != "ORG" or votes[kind] < 2) and not (
                # "in Kiambu, Nakuru and Uasin Gishu counties": the last of a list of places
                kind == "PLACE" and any(_PLACES_AFTER_RE.match(body, m.end) for m in group.mentions)
            ):
                continue
            group.votes[kind] += 1.5


# ----------------------------------------------------------------- driver

_VERSION_RE = re.compile(r"v?\d+(?:\.\d+)+")


def _display_name(group: _Group, body: str = "") -> str:
    """The fullest, most used form; the current name when the entity was renamed.

    A form the story uses in its own words outranks one it only quotes ("personally to Alexander
    Hnatiuk", in a post, for the deputy minister the story calls Oleksandr Hnatiuk).
    """
    if group.line_name:
        return group.line_name
    if len(group.mentions) == 1:
        # ("Pellucid Diagnostics, Inc." is "Pellucid Diagnostics": the legal form after a comma is the filing's)
        return _place_cased(group, _COMMA_LEGAL_FORM_RE.sub("", group.mentions[0].text))
    mentions = [m for m in group.mentions if m.key == group.canonical] or [
        m for m in group.mentions if m.key not in group.former  # (the current name's group, merged in since)
    ] or group.mentions
    # "Kiln" over "Kiln 2.4": a release's number is not part of the product's name
    mentions = [
        m for m in mentions if not _VERSION_RE.fullmatch(m.tokens[-1].text) and m.tokens[-1].text not in _RELEASE_TAGS
    ] or mentions
    # ("Kurobane Seiki Co., Ltd." is no longer a name than "Kurobane Seiki Holdings": its form takes two words)
    # (nor "… Public Shareholding Company" than "… PLC": a legal form written out in words is one form)
    size = {id(m): len(m.tokens) - (len(m.tokens) > 2 and m.tokens[-1].text == "Ltd" and m.tokens[-2].text == "Co") for m in mentions}
    size |= {
        id(m): len(m.tokens) - 1 - (m.tokens[-3].key in ("public", "joint"))
        for m in mentions if len(m.tokens) > 3 and _share_company(m.tokens)
    }
    longest = max(size.values())
    counts: dict[str, list[int]] = {}
    for m in mentions:
        if size[id(m)] == longest:
            entry = counts.setdefault(m.text, [0, -m.start, 0])
            entry[0] += 1
            entry[1] = max(entry[1], -m.start)
            entry[2] = entry[2] or not (body and quote_left_open(body[body.rfind("\n\n", 0, m.start) + 1:m.start]))
    # "Boston" over "BOSTON" from a dateline; then a form the story uses unquoted; then the most used, then the first.
    name = max(counts.items(), key=lambda kv: (not kv[0].isupper(), kv[1][2], kv[1][0], kv[1][1]))[0]
    head = name.split(" ", 1)[0]
    if len(head) > 3 and head.isupper() and " " in name and any(m.tokens[0].text == head.title() for m in group.mentions):
        name = head.title() + name[len(head):]  # "NYIKA Lithium (Private) Limited": a paper's shouted first word
    return _place_cased(group, _COMMA_LEGAL_FORM_RE.sub("", name))  # "Halvern Medical" of "Halvern Medical, Inc."


def _place_cased(group: _Group, name: str) -> str:
    """"AMMAN", named only in the dateline: the city, written as a name ("Amman")."""
    if name.isupper() and len(name) > 3 and name.isalpha() and _decide(group) == "PLACE":
        return name.title()
    return name


# "I’d", "We’ll": a pronoun with a contraction, capitalised and never a name.
_CONTRACTION_RE = re.compile(r"^(?:I|You|We|They|He|She|It|That|There)[’'](?:d|ll|ve|re|m|s)$")

_JUNIOR_AFTER_RE = re.compile(r",?\s(?:Jr\.?|Sr\.?|II|III|IV)(?![\w’'])")
_JUNIOR_END_RE = re.compile(r"\s(?:Jr\.?|Sr\.?|II|III|IV)$")
# ('Jacobus “Kobus” van der Westhuizen': the surname may open with its particles)
_NICK_PARTICLES = rf"(?:(?:{'|'.join(sorted(_SURNAME_PARTICLES, key=len, reverse=True))})\s+){{0,2}}"
_QUOTED_NICK_RE = re.compile(
    # ('Robert J. "Bob" Harkavy': a middle initial before the nickname)
    # ('Ma. Teresa “Tessa” Villanueva-de los Santos': a married name joined to the maiden name by its particle)
    # ("Harold James 'Bud' Vanderslice": two given names)
    # ('Rodolfo "Rudy" C. Manalastas Jr.': or after it)
    rf"\b((?:[A-Z][a-z][\w’'-]* [A-Z][a-z][\w’'-]*|[A-Z][\w’'-]+)(?:\s+[A-Z]\.)?)\s+[“\"‘']([A-Z][\w’'.-]*)[”\"’']\s+((?:[A-Z]\.\s)?{_NICK_PARTICLES}[A-Z][\w’'-]+"
    r"(?:(?:(?<=-de)|(?<=-del)|(?<=-dela))(?:\s+(?:los|las|la))?\s+[A-Z][\w’'-]+)?)\b"
)
# The quoted middle of every _QUOTED_NICK_RE match: quick to look for, as quotes are rare.
_QUOTED_NICK_HINT_RE = re.compile(rf"[“\"‘'][A-Z][\w’'.-]*[”\"’']\s+{_NICK_PARTICLES}[A-Z]")


def _nick_parts(match: re.Match) -> tuple[int, str, str, str]:
    """Where the name opens, and its given names, nickname and surname: "Tycoon Gregorio" gives "Gregorio"."""
    first, nick, last = match.groups()
    lead, _, rest = first.partition(" ")
    if rest and (lead.lower() in ROLE_WORDS or lead.lower() in STOPWORDS):
        return match.start() + len(lead) + 1, rest, nick, last
    return match.start(), first, nick, last


def _merge_quoted_nicknames(body: str, entities: list[Entity]) -> list[Entity]:
    """'Deirdre “Dee” Okafor': one mention of one person, whose nickname is an alias.

    The full name never stands together in such text, so the parts come out as
    separate entities ("Dee", "Okafor"); they are joined here under "First Last".
    """
    matches = _QUOTED_NICK_RE.finditer(body) if _QUOTED_NICK_HINT_RE.search(body) else ()
    for match in matches:
        start, first, nick, last = _nick_parts(match)
        wanted = {nick, last, first, first.rstrip("."), f"{first} {last}"}
        if last[:1].islower():
            # "van der Westhuizen" comes out as "Westhuizen", and "Van der Westhuizen" opening a sentence
            wanted |= {last.split()[-1], last[:1].upper() + last[1:]}
        junior = _JUNIOR_AFTER_RE.match(body, match.end())
        if junior and any(f"{first} {last}" in e.aliases for e in entities):
            # 'His son, Robert "Buzz" Halloran Jr.,' beside his father Robert Halloran: the son is "Buzz",
            # and neither the father's name nor the family's is his
            wanted = {nick, f"{last}{junior.group(0)}"}
        elif junior:
            # 'Gregorio “Goyo” Sarmiento Sr.' and later "Sarmiento Sr.": the suffix is part of his name
            wanted |= {f"{last}{junior.group(0)}", f"{first} {last}{junior.group(0)}"}
        related = [
            e for e in entities if any(_without_possessive(a) in wanted for a in e.aliases)
            # not his grandfather "Gregorio “Goyo” Sarmiento Sr." beside "Gregorio “Greggy” Sarmiento III"
            and not (junior and any(
                _JUNIOR_END_RE.search(a) and not a.endswith(junior.group(0).lstrip(", ")) for a in e.aliases
            ))
            # not his daughter "Leah Kratochvil", who shares only the surname
            and not any(
                _without_possessive(a).endswith(f" {last}") and _without_possessive(a).split()[0] not in (first, nick)
                for a in e.aliases
            )
        ]
        whole = (start, match.end() + (len(junior.group(0)) if junior else 0))
        # 'its founder, Robert "Bo" Pellwick,' beside the company "Pellwick": the company keeps its own name
        owners = [
            e for e in related if e.type not in ("PERSON", "OTHER")
            and all(_without_possessive(a) == last for a in e.aliases if _without_possessive(a) in wanted)
            and any(whole[0] <= s[0] and s[1] <= whole[1] for s in e.spans)
            # (named before him: "Harshvardhan 'Harry' Patil, a Pune auto-components maker" then "Patil said"
            # is the man, whose appositive made his surname look like a company)
            and any(s[1] <= whole[0] for s in e.spans)
        ]
        if owners and len(owners) < len(related):
            related = [e for e in related if e not in owners]
            entities = [
                replace(e, spans=tuple(s for s in e.spans if not (whole[0] <= s[0] and s[1] <= whole[1])))
                if e in owners else e
                for e in entities
            ]
        if not related or any(
            e.type not in ("PERSON", "OTHER") and not (junior and e.aliases == (f"{last}{junior.group(0)}",))
            # ("Jacobus", typed by the company it stands beside, is only ever named inside the full name)
            and not all(whole[0] <= s[0] and s[1] <= whole[1] for s in e.spans)
            # (nor "Patil", typed by his appositive "a Pune auto-components maker", named inside it first)
            and not (
                min(e.spans)[0] >= whole[0] and min(e.spans)[1] <= whole[1]
                and all(_without_possessive(a) == last for a in e.aliases)
            )
            for e in related
        ):
            continue
        spans = {s for e in related for s in e.spans if not (whole[0] <= s[0] and s[1] <= whole[1])}
        aliases = dict.fromkeys([body[whole[0] : whole[1]], *(a for e in related for a in e.aliases)])
        if junior and wanted == {nick, f"{last}{junior.group(0)}"}:
            name = f"{nick} {last}"
        else:
            name = f"{first} {last}{junior.group(0) if junior else ''}"
        merged = Entity(name, "PERSON", tuple(aliases), tuple(sorted(spans | {whole})))
        # ("Vanderslice" inside the name, claimed by his mother "Clara (Gruenke) Vanderslice": his)
        inside = lambda span: whole[0] <= span[0] and span[1] <= whole[1]  # noqa: E731
        entities = [
            _without_spans(body, e, inside) if any(inside(s) for s in e.spans) else e
            for e in entities if e not in related
        ]
        entities = [e for e in entities if e.spans] + [merged]
    return entities


def _with_maria_abbreviated(body: str, entities: list[Entity]) -> list[Entity]:
    """"Ma. Cristina L. Buenaventura": "Ma." is the Filipino "María" before a given name (no man's), a part of
    her name that the full stop after it cut off (but not "Jack Ma." ending a sentence before a name)."""
    found: list[Entity] = []
    for entity in entities:
        first = entity.name.split()[0].lower()
        after_ma = [
            span for span in entity.spans
            if entity.type == "PERSON" and first not in MALE_NAMES and body.startswith("Ma. ", span[0] - 4)
            and (span[0] == 4 or not body[span[0] - 5].isalnum())
            and not ((given := _WORD_BEFORE_RE.search(body, max(0, span[0] - 28), span[0] - 4)) and given.group(1).lower() in FIRST_NAMES)
        ]
        if not after_ma:
            found.append(entity)
            continue
        said = {body[span[0]:span[1]] for span in after_ma}
        aliases = tuple(dict.fromkeys(f"Ma. {alias}" if alias in said else alias for alias in entity.aliases))
        name = f"Ma. {entity.name}" if entity.name in said else entity.name
        # (the mentions keep their spans: a quote's speaker is looked for by the words right before its verb)
        found.append(replace(entity, name=name, aliases=aliases))
    return found


def _without_spans(body: str, entity: Entity, drop) -> Entity:
    """``entity`` without the mentions whose spans ``drop`` says are another's, nor the aliases only they had."""
    spans = tuple(s for s in entity.spans if not drop(s))
    said = [body[s[0]:s[1]] for s in spans]
    # (an alias said inside a longer one it still has, as "Sarmiento Sr." in "Gregorio “Goyo” Sarmiento Sr.", stays)
    return replace(entity, spans=spans, aliases=tuple(a for a in entity.aliases if any(a in text for text in said)))


def _nicknames_from_headline(headline: str, entities: list[Entity]) -> list[Entity]:
    """'Augustin “Gus” Delacroix-Brandt, ... dies at 91' over a story about "Gus": the headline says whose
    nickname it is, though the body never puts the three together."""
    for match in _QUOTED_NICK_RE.finditer(headline):
        _, first, nick, last = _nick_parts(match)
        person = next((e for e in entities if e.type == "PERSON" and f"{first} {last}" in e.aliases), None)
        nickname = next((e for e in entities if e.name == nick and e.type in ("PERSON", "OTHER")), None)
        if person is None or nickname is None or person is nickname:
            continue
        merged = Entity(
            person.name, "PERSON", tuple(dict.fromkeys([*person.aliases, *nickname.aliases])),
            tuple(sorted({*person.spans, *nickname.spans})),
        )
        entities = [e for e in entities if e is not person and e is not nickname] + [merged]
    return entities


def _state_locator(body: str, entity: Entity) -> bool:
    """"in Naples, Fla.": the state only says which Naples, when the story never names the state itself."""
    return entity.type == "PLACE" and all(
        alias.rstrip(".").lower() in STATE_ABBREVIATION_NAMES for alias in entity.aliases
    ) and all(
        # not a wire dateline's "WORCESTER, Mass.", which names the state as the story's place
        body[start - 2:start] == ", " and not body[max(0, start - 4):start - 2].isupper()
        for start, _ in entity.spans
    )


# "obstructive hypertrophic cardiomyopathy, or oHCM", "chief technology officer (CTO)"
_LOWER_PHRASE_BEFORE_RE = re.compile(r"(?<![\w-])((?:[a-z][a-z-]+\s+){1,5}[a-z][a-z-]+)(?:,\s+or\s+|\s+\()$")


def _common_noun_acronym(body: str, entity: Entity) -> bool:
    """An abbreviation the text defines for a common noun phrase: a condition or a job, not a name."""
    name = entity.name
    if " " in name or not 2 <= len(name) <= 6 or sum(c.isupper() for c in name) < 2:
        return False
    start = entity.spans[0][0]
    match = _LOWER_PHRASE_BEFORE_RE.search(body, max(0, start - 80), start)
    if match is None:
        return False
    initials = [word[0] for word in match.group(1).split()]
    first = name[0].lower()
    return first in initials[:-1] and len(initials) - initials.index(first) >= 2


_SLOGAN_END_RE = re.compile(r"[^“”\"\n.!?]{0,40}[.!?,]?[”\"’']")
_READING_BEFORE_RE = re.compile(
    r"\b(?:reading|read|saying|chanting|chanted|titled|headlined|slogan)\s*:?\s*"
    r"(?:[“\"][^”\"]{1,60}[”\"]\s*(?:,|and|or)\s*)*$"  # 'signs read “Fair Wages Now” and “Local 482 Strong.”'
)


_SLOGAN_OPENING_RE = re.compile(r"[“\"‘'][^“”\"\n]{0,40}$")


def _slogan(body: str, entity: Entity) -> bool:
    """'a banner reading “Aldermoor Floods Homes”', 'signs reading "Our School, Not Your Board Room."':
    words on a sign, inside its marks."""
    for start, end in entity.spans:
        opening = _SLOGAN_OPENING_RE.search(body, max(0, start - 41), start)
        if opening is None or not _SLOGAN_END_RE.match(body, end) or not _READING_BEFORE_RE.search(
            body, max(0, opening.start() - 90), opening.start()
        ) or _SCREEN_WORK_BEFORE_RE.search(body, max(0, opening.start() - 40), opening.start()):
            return False  # ('a collection he titled “Salt Line,”' names a work, not a sign's words)
    return True


# "Social Security numbers", "W-2 forms": the papers everyone has, not names in the story
_ID_DOCUMENTS = frozenset({"Social Security", "SSN", "SSNs", "W-2", "W-2s", "PIN", "PINs", "EIN", "ITIN"})
# "see full Prescribing Information, including the Medication Guide": the leaflets every drug has
_DRUG_LABEL_DOCUMENTS = frozenset(
    {"Prescribing Information", "Medication Guide", "Boxed Warning", "Instructions for Use", "Patient Information"}
)
# "ORBIT-3 (NCT05519842)": a trial's registry number; "HiSCR75", "PASI 90": a trial's scored endpoint
_TRIAL_CODE_RE = re.compile(r"NCT\d{8}|ISRCTN\d{8}|(?:PASI|EASI|HiSCR|ACR|IGA|SALT|DAS28)[- ]?\d{1,3}")
# "the plant’s Gate 3 entrance", "Dock 4", "Room 210": a numbered spot on a site, not a name
_NUMBERED_SPOT_RE = re.compile(r"(?:Gate|Door|Dock|Pier|Platform|Exit|Lot|Bay|Room|Floor|Aisle|Building|Hangar) \d{1,4}[A-Z]?")


# "model number LG-300", "models BN-1500X and BN-1500XL", "lot codes L2308A through L2311C"
_CODE_CUE_RE = re.compile(
    r"\b(?:model|lot|serial|item|part|batch|catalog|catalogue|date) (?:numbers?|codes?|nos?\.)"
    r"|\bmodels\b|\b(?:SKU|UPC)s?\b",
    re.IGNORECASE,
)


def _model_number(body: str, entity: Entity) -> bool:
    """A product's model or lot number in the sentence that says so: the product is the entity, not its codes."""
    if not all(_MODEL_CODE_TOKEN_RE.fullmatch(alias) for alias in entity.aliases):
        return False
    for start, _ in entity.spans:
        before = body[max(0, start - 160):start]
        sentence = re.split(r"[.!?]\s|\n", before)[-1]
        if not _CODE_CUE_RE.search(sentence):
            return False
    return True


# "thank God", "oh my God", "God knows": an exclamation in a quote, not a name in the story
_OATH_BEFORE_RE = re.compile(r"\b(?:[Tt]hank|[Mm]y|[Ff]or|[Pp]lease|[Oo]h)\s+$")
_OATH_AFTER_RE = re.compile(r"(?:[’']s)?\s+(?:knows|willing|bless|forbid|help|sake)\b")


def _oath(body: str, entity: Entity) -> bool:
    """"He wasn’t hurt, thank God": a name only in exclamations."""
    return entity.name in ("God", "Christ", "Jesus") and all(
        _OATH_BEFORE_RE.search(body, max(0, start - 10), start) or _OATH_AFTER_RE.match(body, end)
        for start, end in entity.spans
    )


def _heading_word(body: str, entity: Entity) -> bool:
    """"Corvane Says Offer Is Fair": an everyday word a Title Case heading capitalised, and nothing else."""
    if entity.type != "OTHER" or entity.mentions != 1 or " " in entity.name or not is_everyday_word(entity.name):
        return False
    start, end = entity.spans[0]
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line = body[line_start:line_end if line_end >= 0 else len(body)]
    return heading_like(line) and title_cased(line)


_STAFF_SUFFIXES = ("ers", "rs", "ites", "ians", "ans")


def _staff_word(entity: Entity, names: set[str], companies: set[str]) -> bool:
    """"staff call themselves Loomwellers", "Googlers", "the 3,120 Norwenders": a word coined from a
    company's name (``companies`` holds its one-word names, short forms included)."""
    if entity.type not in ("OTHER", "PERSON") or " " in entity.name:
        return False
    return any(
        entity.name.startswith(name) and entity.name[len(name):] in _STAFF_SUFFIXES
        for name in (names if entity.type == "OTHER" else companies) if len(name) >= 3
    ) or entity.type == "OTHER" and any(
        # "Southlanders", "Aucklanders": the people of a place
        entity.name.lower().endswith(suffix) and entity.name.lower()[: -len(suffix)] in PLACES
        for suffix in _STAFF_SUFFIXES
    )


_REPORT_AFTER_RE = re.compile(r" (?:Report|Review|Meeting|Survey|Statement)s?\b")


def _report_adjective(body: str, entity: Entity) -> bool:
    """"our 2024 Annual Report": the capitalised word of a document's generic title."""
    return (
        entity.type == "OTHER" and entity.mentions == 1 and " " not in entity.name and is_everyday_word(entity.name)
        and bool(_REPORT_AFTER_RE.match(body, entity.spans[0][1]))
    )


def _named_nothing(body: str, entity: Entity, names: set[str], companies: set[str]) -> bool:
    """Words that came out as a name but name nothing a reader would look for; ``names`` are the
    one-word names of the people, companies, products and places found."""
    return bool(
        _CONTRACTION_RE.match(entity.name) or _state_locator(body, entity) or _staff_word(entity, names, companies)
        or _common_noun_acronym(body, entity) or _slogan(body, entity) or _heading_word(body, entity)
        or _model_number(body, entity) or _oath(body, entity) or _report_adjective(body, entity)
        or _NUMBERED_SPOT_RE.fullmatch(entity.name) or entity.name in _ID_DOCUMENTS
        or entity.name in _DRUG_LABEL_DOCUMENTS or _TRIAL_CODE_RE.fullmatch(entity.name)
        # "Chief Adebayo Ogundipe (SAN)": a rank in brackets after the name
        or entity.name.isupper() and entity.name.lower() in _POST_NOMINALS and all(
            body[start - 1:start] == "(" and body[end:end + 1] == ")" for start, end in entity.spans
        )
        # "the Aster’s Asteroid Gray paint": a colour's name, not a Mr Gray
        or all(_FINISH_AFTER_RE.match(body, end) for _, end in entity.spans)
    )


def _family_of_named(entity: Entity, surnames: set[str]) -> bool:
    """"the Carvalhal family", "three generations of Hallorans" beside Otávio Mendes Carvalhal or Kate
    Halloran: the family as a group, whose members the story names one by one."""
    words = entity.name.split()
    if len(words) == 2 and words[1] in ("family", "dynasty", "clan"):
        return words[0] in surnames
    return len(words) == 1 and entity.name.endswith("s") and entity.name[:-1] in surnames and entity.type != "PERSON"


def _without_possessive(alias: str) -> str:
    return re.sub(r"[’']s?$", "", alias)


def find_entities(
    body: str, sentences: Sentences | None = None, *, context: str | None = None, outlet: str | None = None,
    works: frozenset[str] = frozenset(),
) -> list[Entity]:
    """Entities in ``body``, most mentioned first; spans exclude a possessive 's.

    ``context`` (the headline) is read too, so that "Marchetti" in the body can
    take the full name the headline gives, but its mentions are not counted.
    ``outlet`` is the publication's name, found whole where the story names it; ``works`` are
    titles the page set in italics, found whole as works.
    """
    sentences = sentences or Sentences(body)
    offset = 0
    text = body
    if context:
        offset = len(context) + 2
        text = context + "\n\n" + body
        sentences = sentences.prefixed(context)
    mentions = _group_tails(text, _filter(text, _candidates(text, sentences, outlet, works)))
    groups = _Groups(mentions)
    for group in groups.groups.values():
        # A handful of contexts settle the type; more only cost time.
        for m in group.mentions[:4]:
            _vote(text, m, group.votes)
    _type_accounts(groups)
    _type_product_lines(groups)
    _type_turn_speakers(text, groups)
    _merge_aliases(text, sentences, groups)
    if not text.isascii():
        _merge_unaccented(groups)
    _merge_transliterations(groups)
    if "(model " in text or "(Model " in text:
        _merge_model_codes(text, groups)
    _merge_operator_models(groups)
    _merge_nicknames(groups)
    _merge_family_first(groups)
    _merge_styled_short_forms(groups)
    _merge_addressed_names(groups)
    _merge_reversed_names(groups)  # (before the surnames are shared out: "Lo Chien-hsing" is "Chien-hsing Lo")
    _merge_name_parts(text, groups, offset)
    _merge_compass_cut_names(text, groups)
    _merge_double_surnames(text, groups)
    _merge_surname_clippings(groups)
    _merge_initialled_names(groups)
    _merge_nicknamed_full_names(groups)
    _merge_tech_clippings(groups)
    _merge_versions(groups)
    _merge_river_towns(groups)
    _merge_union_locals(groups)
    _merge_acronyms(text, groups)
    _merge_token_tickers(text, groups)
    _merge_traded_tickers(text, groups)
    if "(" in text:
        _merge_listed_tickers(text, groups)
    if "Flight " in text or "Airport" in text:
        _merge_travel_names(groups)
    _merge_owner_products(groups)
    _type_makers(text, groups)
    _merge_plural_products(groups)
    _merge_product_tails(text, groups)
    _merge_legal_forms(groups)
    _merge_outlet_tails(groups)
    _type_company_lines(groups)
    _merge_the_forms(groups)
    if any(f"{prefix} " in text for prefix in _SHIP_PREFIXES) and _SHIP_NAME_RE.search(text):
        _merge_ship_names(groups)
    _merge_local_short_forms(groups)
    _merge_company_boards(groups)
    _merge_dropped_middles(groups)
    _merge_english_given_names(groups)
    if " v" in text:
        _merge_case_short_names(groups)
    if " Act" in text:
        _merge_year_acts(groups)
    if "Project " in text or "Operation " in text:
        _merge_code_names(groups)
    if "the " in text or "The " in text:
        _merge_club_nicknames(text, groups)
    _merge_place_divisions(groups)
    _merge_feature_short_forms(groups)
    _merge_subtitled_works(groups)
    _merge_street_abbreviations(groups)
    _merge_possessive_names(groups)
    if "Jr" in text or "Sr" in text:
        _merge_generations(groups)
    if ") " in text:
        _merge_maiden_names(groups)
    _merge_licence_short_forms(groups)
    _merge_project_short_names(groups)
    _merge_model_tiers(text, groups)
    _type_by_coordination(text, groups)
    _type_untyped_towns(text, groups)
    _merge_place_first_words(groups)
    if " means " in text:
        _merge_defined_terms(text, groups)  # last: it may leave a group with no mentions
    entities = []
    for group in groups.groups.values():
        counted = sorted((m for m in group.mentions if m.start >= offset), key=lambda m: m.start)
        if not counted:
            continue
        spans = sorted({(m.start - offset, m.end - offset) for m in counted})
        aliases: list[str] = []
        for m in counted:
            if m.text not in aliases:
                aliases.append(m.text)
        entities.append(Entity(_display_name(group, text), _decide(group), tuple(aliases), tuple(spans)))
    entities = _tell_shared_surnames_apart(text, offset, entities)
    entities = _with_edition_years(text, offset, entities)
    if "Ma. " in body:
        entities = _with_maria_abbreviated(body, entities)
    entities = _merge_quoted_nicknames(body, entities)
    if context and _QUOTED_NICK_HINT_RE.search(context):
        entities = _nicknames_from_headline(context, entities)
    names = {e.name for e in entities if " " not in e.name}
    companies = {alias for e in entities if e.type == "ORG" for alias in (e.name, *e.aliases) if " " not in alias}
    entities = [e for e in entities if not _named_nothing(body, e, names, companies)]
    surnames = {e.name.split()[-1] for e in entities if e.type == "PERSON" and " " in e.name}
    # "the Villarreal family" of Lucía Villarreal Zambrano: the first of two surnames names the family
    surnames |= {e.name.split()[-2] for e in entities if e.type == "PERSON" and e.name.count(" ") >= 2}
    if surnames:
        entities = [e for e in entities if not _family_of_named(e, surnames)]
    # "Output", "Comfort", "Treaty": an everyday word left alone once the words around it went, named once
    entities = [
        e for e in entities
        if not (e.type == "OTHER" and e.mentions == 1 and " " not in e.name and e.name.istitle() and is_everyday_word(e.name.lower()))
    ]
    entities.sort(key=lambda e: (-e.mentions, e.name))
    return entities
