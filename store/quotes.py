"""Quotations in an article body: where they are, who said them, what kind.

``find_quotes`` pairs quotation marks paragraph by paragraph (telling a
closing ’ from an apostrophe and nesting straight quotes inside straight
quotes), then decides whether each quote is attributed speech and resolves
its speaker from the speech verb's subject, a pronoun, or an embedded post's
"— Name (@handle)" line. Start/end offsets exclude the marks.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from store.clean import POST_SIGNATURE_RE as _POST_SIGNATURE_RE
from store.clean import CALL_TURN_RE, CAPTION_LINE_RE, NAME_TURN_RE, is_caption_transcript, name_turn_labels
from store.clean import COMMENT_HEADER_RE as _COMMENT_HEADER_RE
from store.clean import TURN_LABEL_RE as _TURN_LABEL_RE
from store.common_words import zipf
from store.lexicon import (
    FEMALE_NAMES, FOREIGN_ARTICLES, FOREIGN_FOUNDATION_WORDS, LEGAL_FORMS, MALE_NAMES, NAME_PARTICLES, NATIONALITIES,
    NEWS_OUTLETS, OUTLET_WORDS, PRODUCT_NOUNS, SOCIAL_NETWORKS, STOPWORDS,
)
from store.model import Entity, Quote
from store.sentences import Sentences, keyword_finditer, title_cased, word_alternation
from store.works import DEFINED_TERM_LEAD, names_a_work

_VERBS = (
    "said|says|say|saying|told|tells|tell|telling|stated|states|remarked|wrote|writes|"
    "writing|tweeted|tweets|posted|added|adds|argued|argues|noted|notes|explained|explains|"
    "asked|asks|asking|replied|replies|responded|responds|insisted|insists|claimed|claims|warned|"
    "warns|admitted|admits|acknowledged|announced|declared|declares|recalled|recalls|joked|"
    "jokes|quipped|quips|emphasized|emphasised|stressed|stresses|commented|observed|"
    "suggested|suggests|conceded|confirmed|countered|predicted|promised|vowed|exclaimed|"
    "answered|testified|concluded|mused|boasted|complained|cautioned|messaged|texted|"
    "emailed|e-mailed|blogged|captioned|continued|recounted|remembers|remembered|shouted|whispered|pleaded|urged|"
    "reiterated|elaborated|shared|described|describes|describing|assured|assures|reassured|"
    "joking|quipping|adding|noting|arguing|insisting|recalling|remarking|accused|accuses|accusing|"
    "shot back|fired back|hit back|retorted|retorts|snapped|interjected|"
    "mutters|muttered|murmurs|murmured|whispers|shouts|yells|yelled|sighs|sighed|grumbles|grumbled|"
    "thanked|thanking|praised|praising|hailed|apologized|apologised|submitted|submits|contended|contends|"
    "lamented|laments|lamenting|bemoaned|fumed|wondered|groaned"
)
# Verbs that give a verdict "as" something: "dismissed as '...'", "branded it '...'"
_VERDICT_VERBS = (
    "dismissed|dismisses|derided|derides|branded|brands|labelled|labeled|characterised|characterized|"
    "rejected|rejects|denounced|denounces|slammed|slams|condemned|condemns|criticised|criticized|criticises|criticizes"
)
_VERB_RE = re.compile(
    rf"\b(?:{word_alternation(_VERBS.split('|'))})\b"
    # "Kofi sent me a message: '...'": words passed on as they were written
    r"|\bsent\s+(?:me|us|him|her|them)\s+(?:a|this|the)\s+(?:message|text|note|DM)\b"
    # "a sum the union dismissed as '...'": a verdict given in the speaker's words
    rf"|\b(?:{_VERDICT_VERBS})(?=\s+(?:[\w’'-]+\s+){{0,3}}?as\s+$)"
    # "called the company's offer of 600 million rupiah ... “an insult.”": a verdict on a thing named first
    # ("The company calls the site its first “mother factory”": what a thing is called there, in the present)
    r"|\bcalled(?=\s+(?:the|his|her|its|their|this|that)\s+[^“”\"‘.!?;:]{0,110}\s$)"
)
# "The 26-year-old" and "The billionaire, 41," point back at the last person named, as "she" does.
_PRONOUN_RE = re.compile(
    r"\b(he\b|she\b|He\b|She\b|[Tt]he\s+\d{1,3}-year-old\b|[Tt]he\s+(?:billionaire|entrepreneur|mogul|tycoon|magnate|"
    r"co-founder|founder|singer|rapper|actor|actress|comedian|star|influencer|silk)"
    # followed by an age, a verb, or the end of the clause handed to the search
    r"(?=,\s+\d{1,3},|\s+(?:\w+ly\s+)?(?:said|told|wrote|[a-z]+s|[a-z]+ed)\b|\s*$))"
)
# (and the dots of "U.S." in "chief U.S. equity strategist", before a letter or a word in lower case)
# ("an analyst who isn't related to Ms. Deane,": an honorific's dot ends no clause either)
_LEGAL_DOT = (
    r"(?:(?:(?<=Inc)|(?<=Corp)|(?<=Ltd)|(?<=Co)|(?<=Cos)|(?<=Bros))\.|(?<=\b[A-Z])\.(?=[A-Z]\.|\s+[a-z])"
    r"|(?:(?<=\bMr)|(?<=\bMs)|(?<=\bMrs)|(?<=\bDr))\.(?=\s+[A-Z]))"
)
# "Raman, Vantage's chief,", "Lina Berg of Fjord Ventures", "Solberg of the consultancy Brightwater"
# ("Harriet Dunmore of Whitlow Prentiss Carrow LLP, counsel for Tarrow,": her firm, then her client)
_ATTACHED_RE = re.compile(
    rf"(?:[’']s)?(?:,(?:[^.!?;]|{_LEGAL_DOT}){{0,80}}"
    r"|\s+(?:of|at|from|with|for)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}"
    # ("Blessings Chirwa of Lilongwe brokerage Mzuzu Capital said": the firm's town and trade before its name)
    r"|\s+(?:of|at|from)\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w’'-]+\s+){1,2}(?:[a-z][\w-]*\s+){1,2}"
    r"|\s+(?:of|at|from)\s+[^,.!?;]{1,60}(?<!\s[A-Z])\.?,[^.!?;]{0,80})$"
)
# ("Ntate Mohapi", "’Me Mohapi": Sesotho's Mr and Mrs)
_HONORIFIC_RX = "Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Ntate|[’']Me"
_HONORIFIC_RE = re.compile(rf"(?<![\w’'])({_HONORIFIC_RX})\.?\s+(?:[A-Z][\w’'-]+\s+)?([A-Z][\w’'-]+)")
_HONORIFIC_WORDS = ("Mr", "Ms", "Miss", "Sir", "Dame", "Lord", "Lady", "Ntate", "’Me", "'Me")  # "Mrs" starts with "Mr"
_FEMALE_HONORIFICS = frozenset({"Mrs", "Ms", "Miss", "Dame", "Lady", "’Me", "'Me"})
_STYLE_BEFORE_RE = re.compile(rf"(?<![\w’'])({_HONORIFIC_RX})\.?\s+$")


def _styled_gender(body: str, start: int) -> str | None:
    """"m" or "f" when the name at ``start`` is written with a style that says which ("Mr Phiri", "Ms Banda")."""
    style = _STYLE_BEFORE_RE.search(body, max(0, start - 6), start)
    return None if style is None else "f" if style.group(1) in _FEMALE_HONORIFICS else "m"
_NAMING_CUES = (
    "so-called", "called", "named", "codenamed", "code-named", "code named", "dubbed", "titled", "entitled", "headlined", "labeled", "labelled",
    "termed", "branded", "the word", "the term", "the phrase", "the label", "the slogan", "the motto",
    "the title", "the headline", "known as", "known locally as", "known internally as", "known affectionately as",
    "nicknamed", "coined", "stamped", "marked",
)
_NAMING_CUE_RE = re.compile(
    rf"\b(?:{word_alternation(_NAMING_CUES)})(?:\s+(?:it|him|her|them|itself|themselves|this|that))?"
    r"\s*,?\s*$",
    re.IGNORECASE,
)
# "Ajoo, which markets itself as the “bank for the market woman”": a slogan the firm sells under
_SELF_BILLED_RE = re.compile(
    r"\b(?:markets|marketed|bills|billed|brands|branded|styles|styled|pitches|pitched|touts|touted|advertises|"
    r"advertised|positions|positioned)\s+(?:itself|themselves)\s+as\s+(?:(?:the|a|an)\s+)?$",
    re.IGNORECASE,
)
_DETERMINER_CUE_RE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|your|my|this|that|these|those|of|as)\s+(?:[\w’'-]+\s+)?$|"
    # ("Dispensa says there's ‘no evidence’": "there's" owns nothing)
    r"(?<!\bthere)(?<!\bit)(?<!\bthat)(?<!\bhere)(?<!\bwhat)(?<!\bhe)(?<!\bshe)[’']s\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_WORDS_CUE_RE = re.compile(
    r"(?:with the (?:words|caption|message|text)|captioned|reading|that read|which read)\s*:?\s*$",
    re.IGNORECASE,
)


def _ends_with_words_cue(text: str) -> bool:
    """True when ``text`` ends with "with the words:", "captioned" and the like."""
    stem = text.rstrip()
    if stem.endswith(":"):
        stem = stem[:-1].rstrip()
    # A cue is at most 16 characters and only blanks and a colon follow it.
    return bool(_WORDS_CUE_RE.search(text, max(0, len(stem) - 16)))


_TRAILING_URL_RE = re.compile(r"(?:\s+(?:pic\.twitter\.com/\S+|https?://\S+|www\.\S+))+\s*$")

# How far to look for context: keeps the work per quote bounded on any input.
_LOOKAHEAD = 600
_WINDOW = 400

_LEFT_CONTEXT = " \t\n([{<—–-/“‘\"'"
_RIGHT_PUNCT = ".,;:!?)]}>—–-…/”’\"'"


@dataclass
class _Pair:
    start: int  # first character inside the marks
    end: int  # the closing mark (or paragraph end when unclosed)
    depth: int = 0


# ------------------------------------------------------------------ pairing

def _role(text: str, i: int, ch: str, lo: int, hi: int, stack: list[tuple[str, int]]) -> tuple[str, str]:
    """(role, family) of the mark at ``i``: role is open, close, toggle or apos."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    left_open = prev.isspace() or prev in _LEFT_CONTEXT
    right_open = nxt.isspace() or nxt in _RIGHT_PUNCT
    if ch == '"':
        if left_open and not right_open:
            return "open", "d"
        if right_open and not left_open:
            return "close", "d"
        return "toggle", "d"
    if ch == "“":
        return ("close", "d") if (not left_open and right_open) else ("open", "d")
    if ch == "”":
        return ("open", "d") if (left_open and not right_open and prev.isspace()) else ("close", "d")
    if ch == "‘":
        # ("Savai‘i", "Fa‘alogo": a glottal stop between letters, written with the opening mark)
        return ("apos", "s") if nxt.isdigit() or prev.isalpha() and nxt.isalpha() else ("open", "s")
    # ’ and ' are apostrophes inside words and before decades ('90s).
    if prev.isalnum() and nxt.isalpha():
        return "apos", "s"
    if nxt.isdigit() and not prev.isalnum():
        return "apos", "s"
    single_open = any(fam == "s" for fam, _ in stack)
    if not left_open and right_open:
        if single_open and prev in "sS" and _plural_possessive(text, i, hi):
            return "apos", "s"
        return ("close", "s") if single_open else ("apos", "s")
    if left_open and nxt.isalpha():
        if ch == "'" and _closing_single_ahead(text, i + 1, hi):
            return "open", "s"
        return "apos", "s"
    if single_open and not prev.isspace():
        return "close", "s"
    return "apos", "s"


_FUNCTION_WORD_AFTER_RE = re.compile(r"\s+(?:and|or|but|that|to|in|on|at|for|as|by|with|from|than|which|while|is|was|were|are)\b")


def _plural_possessive(text: str, i: int, hi: int) -> bool:
    """"the companies’ plans ...’": a lower-case word follows and a later ’ can close."""
    follow = re.match(r"\s+[a-z]", text[i + 1:i + 4])
    if not follow or _FUNCTION_WORD_AFTER_RE.match(text, i + 1):
        return False  # ("‘politically motivated and legally baseless’ and that ...": no noun is owned)
    for match in re.finditer(r"[’']", text[i + 1:min(hi, i + _LOOKAHEAD)]):
        j = i + 1 + match.start()
        nxt = text[j + 1] if j + 1 < hi else " "
        if not text[j - 1].isspace() and (nxt.isspace() or nxt in _RIGHT_PUNCT):
            return True
    return False


def _closing_single_ahead(text: str, pos: int, hi: int) -> bool:
    for match in re.finditer(r"'", text[pos:min(hi, pos + _LOOKAHEAD)]):
        j = pos + match.start()
        prev = text[j - 1]
        nxt = text[j + 1] if j + 1 < hi else " "
        if not prev.isspace() and (nxt.isspace() or nxt in _RIGHT_PUNCT):
            return True
    return False


_MARK_RE = re.compile(r"[\"“”‘’']")


def _pair_paragraph(text: str, lo: int, hi: int) -> list[_Pair]:
    stack: list[tuple[str, int]] = []
    pairs: list[_Pair] = []
    for match in _MARK_RE.finditer(text, lo, hi):
        i = match.start()
        ch = match.group()
        if (ch == "’" or ch == "'") and lo < i < hi - 1 and text[i - 1].isalnum() and text[i + 1].isalpha():
            continue  # an apostrophe inside a word, as _role would say
        role, family = _role(text, i, ch, lo, hi, stack)
        if role == "apos":
            continue
        if role == "toggle":
            role = "close" if any(fam == family for fam, _ in stack) else "open"
        if role == "open":
            if ch == '"':
                _close_runaway_straight(text, stack, pairs, i)
            stack.append((family, i))
            continue
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] == family:
                pairs.append(_Pair(stack[depth][1] + 1, i, depth))
                del stack[depth:]
                break
    if stack:
        family, pos = stack[0]
        if family == "d" or text[pos] == "‘":
            end = hi
            while end > pos + 1 and text[end - 1].isspace():
                end -= 1
            pairs.append(_Pair(pos + 1, end, 0))
    return pairs


_SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[A-Z])")


def _close_runaway_straight(text: str, stack: list[tuple[str, int]], pairs: list[_Pair], at: int) -> None:
    """A second straight '"' opening while one is open: the first was never closed.

    Straight double quotes do not nest, so 'a banner that read "Our fields, our future.
    The decision ... the company was "delighted"' ends the banner's words with their sentence.
    """
    for depth in range(len(stack) - 1, -1, -1):
        pos = stack[depth][1]
        if text[pos] != '"':
            continue
        end = _SENTENCE_END_RE.search(text, pos + 1, at)
        if end is not None:
            pairs.append(_Pair(pos + 1, end.end(), depth))
            del stack[depth:]
        return


def _trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def _paragraph_bounds(body: str) -> list[tuple[int, int]]:
    bounds = []
    pos = 0
    for para in body.split("\n\n"):
        bounds.append((pos, pos + len(para)))
        pos += len(para) + 2
    return bounds


# ------------------------------------------------------------- attribution

class _Context:
    """Entity mentions and quote spans used to resolve speakers."""

    def __init__(self, body: str, entities: list[Entity], quoted: list[tuple[int, int]],
                 sentences: Sentences) -> None:
        self.body = body
        self.sentences = sentences
        spans: list[tuple[int, int, str, str]] = []
        for entity in entities:
            for start, end in entity.spans:
                spans.append((start, end, entity.name, entity.type))
        spans.sort()
        self.spans = spans
        self.starts = [s[0] for s in spans]
        self.quoted = quoted
        self.quoted_starts = [q[0] for q in quoted]
        self.entities = entities
        self.avoid: frozenset[str] = frozenset()  # people a pronoun cannot mean for the quote at hand
        self.within: tuple[int, int] | None = None  # the outer quote whose nested quote is being judged
        self.author: str | None = None  # the writer, who is "I" in a first-person post
        self.title = ""  # the headline: "PRESS CONFERENCE: ..." says whose transcript the turns are

    @functools.cached_property
    def people(self) -> frozenset[str]:
        return frozenset(name for _, _, name, kind in self.spans if kind == "PERSON")

    @functools.cached_property
    def organisations(self) -> frozenset[str]:
        return frozenset(name for _, _, name, kind in self.spans if kind == "ORG")

    @functools.cached_property
    def memo_author(self) -> str | None:
        """The one person a memo is said to be from: "an internal memo from chief executive Aurelio Banks"."""
        authors = set()
        for match in _MEMO_FROM_RE.finditer(self.body):
            persons = [m for m in self.mentions_in(match.end(), match.end() + 50) if m[3] == "PERSON"]
            if persons:
                authors.add(persons[0][2])
        return authors.pop() if len(authors) == 1 else None

    @functools.cached_property
    def judge(self) -> str | None:
        """The one person named as a judge ("Judge Alvarez", "Mr Justice Calloway"), whom "the judge" means."""
        judges = {name for name in self.people if _JUDGE_NAME_RE.match(name)} | {
            name for start, _, name, kind in self.spans
            if kind == "PERSON" and self.body.endswith(("Judge ", "Justice "), 0, start)
        }
        return next(iter(judges)) if len(judges) == 1 else None

    @functools.cached_property
    def family_names(self) -> frozenset[str]:
        """Surnames that two people in the story share: "Leah Kratochvil" and "Robert Kratochvil"."""
        surnames = Counter(e.name.split()[-1] for e in self.entities if e.type == "PERSON" and " " in e.name)
        return frozenset(name for name, count in surnames.items() if count > 1)

    # Read only when a speaker is being resolved: most of the body has no quotes.
    @functools.cached_property
    def genders(self) -> dict[str, str]:
        return _genders(self.body, self.entities, self.spans, self.inside_quote, self.sentences)

    @functools.cached_property
    def _unnamed(self) -> tuple[list[int], list[int]]:
        """Starts and ends of the unnamed subjects ("a spokesperson for X"), in body order."""
        heads = list(keyword_finditer(_UNNAMED_HEAD_RE, _UNNAMED_HEAD_WORDS, self.body))
        spans = [s for s in _unnamed_subjects(self.body, self.spans, self.sentences, heads) if not self.inside_quote(s[0])]
        return [start for start, _ in spans], [end for _, end in spans]

    def quoted_span(self, pos: int) -> tuple[int, int] | None:
        """The quotation ``pos`` lies in, if any."""
        index = bisect.bisect_right(self.quoted_starts, pos) - 1
        return self.quoted[index] if index >= 0 and self.quoted[index][0] <= pos < self.quoted[index][1] else None

    def inside_quote(self, pos: int) -> bool:
        span = self.quoted_span(pos)
        return span is not None and span != self.within

    def mentions_in(self, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
        out = []
        for index in range(bisect.bisect_left(self.starts, lo), len(self.spans)):
            span = self.spans[index]
            if span[0] >= hi:
                break
            if span[1] <= hi and not self.inside_quote(span[0]):
                out.append(span)
        return out

    def last_person_before(self, pos: int, pronoun: str = "") -> str | None:
        """The latest person named before ``pos`` whom ``pronoun`` can refer to.

        A pronoun after an unnamed subject ("One former executive ... said
        ... he said") refers to that subject, whom we cannot name.
        """
        wanted = {"he": "m", "she": "f"}.get(pronoun.lower())
        index = bisect.bisect_left(self.starts, pos) - 1
        while index >= 0:
            start, end, name, kind = self.spans[index]
            if kind == "PERSON" and self.body.startswith(("’s ", "'s "), end) and self.body.endswith(", ", 0, start):
                # ("Mark Caruana, Nicholas Caruana’s younger brother, said ..." then "he said": the brother in the
                # appositive describes the subject; he is not it)
                index -= 1
                continue
            if kind == "PERSON" and end <= pos and name not in self.avoid and not self.inside_quote(start):
                # ("Mercy Phiri, ... not related to Mr Phiri, said ..." and then "she said": the "Mr" says who is not her)
                gender = _styled_gender(self.body, start) or self.genders.get(name)
                if (wanted is None or gender is None or gender == wanted) and not (
                    pronoun and self._client_of_subject(start, end)
                ):
                    if pronoun and self._unnamed_subject_after(start, pos):
                        return None
                    return name
            index -= 1
        return None

    def named_next(self, pos: int, pronoun: str) -> str | None:
        """"The former head of the agency ... has told the inquiry she ..." before anyone is named: the
        person who opens the next paragraph ("Dame Frances Lowther ran the agency ...")."""
        if any(kind == "PERSON" and start < pos for start, _, _, kind in self.spans):
            return None
        paragraph = self.body.find("\n\n", pos)
        if paragraph == -1:
            return None
        wanted = {"he": "m", "she": "f"}.get(pronoun.lower())
        for start, _, name, kind in self.mentions_in(paragraph + 2, paragraph + 60):
            if kind == "PERSON" and (wanted is None or self.genders.get(name) in (None, wanted)):
                return name
        return None

    def _client_of_subject(self, start: int, end: int) -> bool:
        """"Harriet Pennington-Lowe SC, for Sze Mei-ling, said ...": the client inside the aside is not
        who "she" is in the sentence after; the barrister who spoke is. Nor is the namesake in "Leota,
        who is not related to Seiuli, said ...": the subject is."""
        opening = self.sentences.start_of(start)
        before = self.body[opening:start]
        if ", for " not in before and ", who" not in before:
            return False
        for clause in _RELATIVE_CLAUSE_RE.finditer(self.body, opening, min(len(self.body), end + 200)):
            if clause.start() < start and end <= clause.end() and self.body.startswith((", for ", ", who "), clause.start()):
                return any(kind == "PERSON" for _, _, _, kind in self.mentions_in(opening, clause.start()))
        return False

    def _unnamed_subject_after(self, named: int, hi: int) -> bool:
        """An unnamed person opening a sentence between the name at ``named`` and ``hi``.

        One inside a sentence ("She said a flight attendant told her row ...") is reported by
        its subject, and "she" after it is still the person named before.
        """
        starts = self._unnamed[0]
        for index in range(bisect.bisect_left(starts, named), len(starts)):
            start = starts[index]
            if start >= hi:
                return False
            if _SENTENCE_LEAD_RE.match(self.body[self.sentences.start_of(start):start]):
                return True
        return False

    def unnamed_between(self, lo: int, hi: int) -> bool:
        starts = self._unnamed[0]
        index = bisect.bisect_left(starts, lo)
        return index < len(starts) and starts[index] < hi

    def _unnamed_outside_clauses(self, lo: int, hi: int) -> bool:
        """An unnamed subject in body[lo:hi], not counting one inside a relative clause ("The union,
        which represents roughly a third of them, said": the third are not who spoke)."""
        if not self.unnamed_between(lo, hi):
            return False
        starts = self._unnamed[0]
        index = bisect.bisect_left(starts, lo)
        if "," not in self.body[lo:starts[index]]:
            return True  # (no clause opens before it)
        clauses = [(lo + c.start(), lo + c.end()) for c in _RELATIVE_CLAUSE_RE.finditer(self.body[lo:hi])]
        while index < len(starts) and starts[index] < hi:
            if not any(a <= starts[index] < b for a, b in clauses):
                return True
            index += 1
        return False

    def in_unnamed(self, pos: int) -> bool:
        """True inside "a spokesperson for Parcelwise" or "a Brightwater spokesperson"."""
        starts, ends = self._unnamed
        index = bisect.bisect_right(starts, pos) - 1
        return index >= 0 and pos < ends[index]

    def subject_before(self, lo: int, hi: int) -> str | None:
        """The name or pronoun nearest before ``hi`` in body[lo:hi].

        An unnamed subject after the last name ("that a lawyer friend
        described as") means nobody we can name.
        """
        window = self.body[lo:hi]
        # ("In a statement to the ASX, the company said": whom it was said to is not who said it)
        mentions = [
            m for m in self.mentions_in(lo, hi)
            if _can_speak(m) and not _addressed(self.body, m[0])
        ]
        if len(mentions) > 1 and (any(cue in window for cue in _CLAUSE_CUES) or _PARTICIPLE_CUE_RE.search(window)):
            # "Grimaldi, who has worked at Pettersen for 19 years, told", "Adeyemi KC, for Mr Strand, said":
            # the clause's names are not the subject.
            clauses = [(lo + c.start(), lo + c.end()) for c in _RELATIVE_CLAUSE_RE.finditer(window)]
            mentions = [m for m in mentions if not any(a < m[0] < b for a, b in clauses)]
        if len(mentions) > 1 and "(" in window:
            # "Cllr Janet Ormsby (Liberal Democrat, Fenwick ward), whose ...": the aside names no subject
            asides = [(lo + c.start(), lo + c.end()) for c in _PARENTHESES_RE.finditer(window)]
            mentions = [m for m in mentions if not any(a < m[0] < b for a, b in asides)] or mentions
        if len(mentions) > 1 and _POSSESSED_NOUN_END_RE.match(self.body, mentions[-1][1], hi):
            # "Ryan Vanderslice, president of the firm and Bud's grandson, said": the grandson, not Bud
            apposed = [m for m in mentions[:-1] if m[3] == "PERSON" and self.body.startswith(",", m[1])]
            if apposed:
                mentions = mentions[:mentions.index(apposed[-1]) + 1]
        pronoun, word = None, ""
        for match in _PRONOUN_RE.finditer(window):
            pronoun, word = lo + match.start(), match.group()
        best = mentions[-1] if mentions else None
        if best is not None and best[3] != "PERSON":
            persons = [m for m in mentions if m[3] == "PERSON"]
            # "Raman, Vantage's chief, said" / "Lina Berg of Fjord Ventures said"
            if persons and _ATTACHED_RE.match(self.body[persons[-1][1]:best[0]]):
                best = persons[-1]
        if best is not None and best[3] == "ORG" and (staff := _ORG_STAFF_RE.match(self.body, best[1], hi)) and (
            staff.end() == hi
        ):
            # "Hollis & Pike's CTO just emailed me": someone at the company, unnamed unless the story names the CTO
            return _role_holder(self, staff.group(1), best[0])
        if best is not None and best[3] == "ORG" and (role := _ORG_ROLE_RE.match(self.body, best[1])) and (
            _THE_BEFORE_RE.search(self.body, max(0, best[0] - 4), best[0])
        ) and (pronoun is None or pronoun < best[0]):
            # "The Terns boss, who sold ..., added:": the club's manager named before ("boss Gary Pilling"), if any
            return _role_holder(self, role.group(1), best[0], latest=True)
        office = _OFFICE_OPENS_CLAUSE_RE.search(window)
        if office and (best is None or lo + office.start() > best[1]) and (pronoun is None or pronoun < lo + office.start()):
            # "Asked whether it could wait for an IMF programme, the bank's chairman was blunt:": the one the story
            # named chairman, not the last name before him
            return _role_holder(self, office.group(1), lo + office.start(), latest=True)
        if pronoun is not None and (best is None or pronoun > best[0]):
            if self.unnamed_between(best[1] if best else lo, pronoun) or self.unnamed_between(pronoun, hi):
                return None  # "She said a flight attendant told ...": the attendant, unnamed, is the subject
            return self.last_person_before(pronoun, word) or self.named_next(pronoun, word)
        if best is None and _THE_JUDGE_RE.search(window):
            return self.judge  # "'...,' the judge said"
        if best is not None and ";" in self.body[best[1]:hi]:
            return None  # "Brickyard buys downtown building; family says ‘it was time’": a new clause's subject
        if self._unnamed_outside_clauses(best[1] if best else lo, hi) or best and self.in_unnamed(best[0]):
            return None
        return best[2] if best else None

    def subject_after(self, lo: int, hi: int) -> str | None:
        # "said Cébrane’s edge was …": a possessive is what the sentence is about, not who speaks
        # ("wrote Reddit user beaconbricked": the platform names where the user posts, not who)
        mentions = [
            m for m in self.mentions_in(lo, hi)
            if _can_speak(m) and not self.body.startswith(_POSSESSIVE, m[1]) and not _PLATFORM_USER_RE.match(self.body, m[1])
        ]
        persons = [m for m in mentions if m[3] == "PERSON"]
        pronoun = _PRONOUN_RE.search(self.body, lo, hi)
        first = persons[0] if persons else (mentions[0] if mentions else None)
        if pronoun is not None and (first is None or pronoun.start() < first[0]):
            return self.last_person_before(lo, pronoun.group())
        if first is None and _THE_JUDGE_RE.match(self.body, lo, hi):
            return self.judge  # "said the judge"
        return first[2] if first else None


_POSSESSIVE = ("’s", "'s")
_PLATFORM_USER_RE = re.compile(r"\s+(?:user|users|commenter|commenters|poster|member|redditor)\b")
_JUDGE_NAME_RE = re.compile(r"^(?:Judge|Justice|(?:Mr|Mrs|Ms|Lord|Lady) Justice) ")
_THE_JUDGE_RE = re.compile(r"\s*\bthe\s+(?:trial\s+|presiding\s+)?judge\b", re.IGNORECASE)

_PARENTHESES_RE = re.compile(r"\([^()]*\)")
# A company's legal form ends no clause: "Northbay Securities Inc., said", "Tianrui Living Services Ltd. (2317 HK),"
# ("which owns 3.2% of Aldermoor": a decimal point ends nothing, nor "which represents 52,000 ... staff" a comma)
_CLAUSE_TEXT = rf"(?:[^,;:.!?\"“”]|(?<=\d)[.,](?=\d)|{_LEGAL_DOT})*"
_RELATIVE_CLAUSE_RE = re.compile(
    rf",\s+(?:who|whose|whom|which|for|representing|on\s+behalf\s+of)\b{_CLAUSE_TEXT}(?=,)"
    # "Jordan Pike, a spokesperson for Fontaine’s campaign, called": an appositive that places the subject
    rf"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}(?:for|to|at|of|with|in|representing|advising)\s+{_CLAUSE_TEXT}(?=,)"
    # "Ruth Okonjo, an angel investor who ... founded the company Lintbox, wrote": the clause's company is no subject
    rf"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}(?:who|whose|that)\s+{_CLAUSE_TEXT}(?=,)"
    # "Pilling, speaking at his press conference ahead of the trip to Northby Rovers, said": a participle's aside
    rf"|,\s+[a-z]{{3,}}ing\s+{_CLAUSE_TEXT}(?=,)"
    # "Tidewater's announcement, first reported by The Register, said": who passed it on is no subject
    rf"|,\s+(?:first\s+|originally\s+)?[a-z]{{3,}}(?:ed|en)\s+by\s+{_CLAUSE_TEXT}(?=,)"
    # "Aurelia Vintilă, responsible for a Clean, Just and Competitive Transition, said": her portfolio, commas and all
    rf"|,\s+(?:who\s+is\s+)?responsible\s+for\s+[^;:.!?\"“”]{{1,120}}?(?=,(?:\s*$|\s+(?:{_VERBS})\b))"
    # "Gerald Mok SC, counsel for Xu, said": a bare appositive that places the subject
    rf"|,\s+(?:[a-z][\w-]+\s+){{1,3}}(?:for|at|of|to|representing|advising)\s+{_CLAUSE_TEXT}(?=,)"
    # "Okafor-Brandt, in a post on X, said": where it was said names no subject
    rf"|,\s+(?:in|on|at|during|via)\s+(?:a|an|the|his|her|its|their)\s+{_CLAUSE_TEXT}(?=,)"
)


_CLAUSE_CUES = (
    ", wh", ", for ", ", repr", ", on ", ", a ", ", an ", ", the ", ", in ", ", at ", ", during ", ", via ", ", responsible ",
)
_PARTICIPLE_CUE_RE = re.compile(
    r", [a-z]{3,}ing |, (?:first |originally )?[a-z]{3,}(?:ed|en) by |, (?:[a-z][\w-]+ ){1,3}(?:for|at|of|to) "
)
# The verbs that say a person holds a role: "who has chaired the bank since 2011", "who heads the firm"
_OFFICE_VERBS = {
    **dict.fromkeys(("chair", "chairman", "chairwoman", "chairperson"), "chairs|chaired"),
    **dict.fromkeys(("ceo", "chief executive", "chief executive officer"), "runs|ran|heads|headed"),
}
# Names of one role: a turn labelled "MANAGER:" is the head coach the story names.
_ORG_ROLE_NAMES = (
    frozenset({"manager", "head coach", "coach", "boss"}),
    frozenset({"ceo", "chief executive", "chief executive officer"}),
    frozenset({"chair", "chairman", "chairwoman", "chairperson"}),
    frozenset({"president"}),
    frozenset({"mayor"}),
    frozenset({"minister"}),
    frozenset({"captain", "skipper"}),
    frozenset({"director"}),
)
_OFFICE_NAMES = (
    frozenset({"governor", "county boss"}),  # "the county boss said": Kenya's county governor
    *(frozenset({office}) for office in ("senator", "commissioner", "premier")),
    frozenset({"secretary", "cabinet secretary", "cs"}),  # "the CS said": Kenya's Cabinet Secretary, a minister
    frozenset({"lawmaker", "legislator", "congressman", "congresswoman", "councillor", "councilor"}),
)
_ROLE_NAMES = (*_ORG_ROLE_NAMES, *_OFFICE_NAMES, frozenset({"host", "presenter", "co-host", "interviewer"}))
# '"...," the minister said': the person the story named with that office
# ("the transport secretary said": the office with its portfolio, as "Transport Secretary Fiona McAteer" named her)
_OFFICES = (
    r"(minister|mayor|governor|county\s+boss|senator|lawmaker|legislator|congressman|congresswoman|councillor|councilor|secretary|commissioner|premier|chief executive|ceo|chairman|"
    r"chairwoman|chair|director|CS)"
)
_THE_OFFICE_SUBJECT_RE = re.compile(rf"\s*the\s+(?:[a-z]+\s+){{0,2}}?{_OFFICES}\s+")
# "The chairman rejected ...", "Asked why, the bank's chairman was blunt": an office opening the clause as its subject
_OFFICE_OPENS_CLAUSE_RE = re.compile(rf"(?:^\s*|,\s+)[Tt]he\s+(?:[a-z’']+\s+){{0,2}}?{_OFFICES}\s+(?!of\b|for\b)[a-z]")
# (titles that are no office _role_holder looks up: "the chief said", "the founder said")
_THE_TITLE_SUBJECT_RE = re.compile(r"\s*the\s+(?:chief|president|founder|king|queen)\s+")
# ("“The minister keeps telling investors that Malta is ‘open for business’”: the office, quoted by another)
_THE_OFFICE_BEFORE_RE = re.compile(
    rf"(?:^|[,;:]\s+|\.\s+|[“\"])[Tt]he\s+(?:[a-z]+\s+){{0,2}}?{_OFFICES}\s+(?:(?:keeps|kept|has|had|also|again)\s+)?$"
)
# "the Terns boss", "the club's captain": a role in a named organisation, held by someone
_ORG_ROLE_RE = re.compile(
    rf"(?:[’']s)?\s+({word_alternation(role for names in _ORG_ROLE_NAMES for role in names)})\b(?!\s+[A-Z])",
    re.IGNORECASE,
)
_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")
# "Hollis & Pike's CTO just emailed": a job at the organisation just named, as the verb's subject
_ORG_STAFF_RE = re.compile(
    r"[’']s\s+(ceo|cto|cfo|coo|founder|co-founder|spokesperson|spokesman|spokeswoman|chief executive|"
    r"general counsel|head of [a-z]+|lawyer|lawyers|attorney)\s+(?:\w+ly\s+|just\s+)?",
    re.IGNORECASE,
)


def _can_speak(mention: tuple[int, int, str, str]) -> bool:
    """People and organisations speak; places and products do not, and a lone untyped word rarely."""
    kind = mention[3]
    # (nor a versioned thing: "Apache 2.0")
    return kind in ("PERSON", "ORG") or kind == "OTHER" and " " in mention[2] and not mention[2][-1:].isdigit()


def _honorifics(body: str) -> dict[str, str]:
    """Surname -> "m"/"f" from the first "Mr."/"Ms."-style title before it."""
    titled: dict[str, str] = {}
    for match in keyword_finditer(_HONORIFIC_RE, _HONORIFIC_WORDS, body):
        titled.setdefault(match.group(2), "f" if match.group(1) in _FEMALE_HONORIFICS else "m")
    return titled


_UNNAMED_HEADS = (
    "spokesperson spokesman spokeswoman representative executive official analyst person source employee "
    "engineer director manager investor insider adviser advisor lawyer attorney staffer researcher aide "
    "member designer worker banker economist trader colleague friend customer user developer founder "
    "partner officer supervisor foreman attendant pilot passenger driver nurse doctor teacher guard witness "
    "resident neighbour neighbor technician clerk contractor volunteer student administrator inspector "
    "consultant caregiver auditor"
).split()
_UNNAMED_HEAD_RE = re.compile(
    rf"\b(?:(?:{word_alternation(_UNNAMED_HEADS)})s?|vice[ -]presidents?|people|them|those)\b"
)
_UNNAMED_HEAD_WORDS = (*_UNNAMED_HEADS, "vice", "people", "them", "those")
# Looked for only among the five words before a head noun: "a former", "one of", "two senior".
_UNNAMED_LEADS = frozenset("a an one another two three several some".split())
_UNNAMED_AFTER_VERB_RE = re.compile(
    rf"\s+(?:{word_alternation(_UNNAMED_LEADS)})\s+(?:[\w-]+\s+){{0,2}}?(?:{word_alternation(_UNNAMED_HEADS)})s?\b"
)
_WORDS_ONLY = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_’'- \n")
_NON_SPACE_RE = re.compile(r"\S+")
_UNNAMED_TAIL_RE = re.compile(
    r"\s+(?:for|at|of|from|with|close\s+to|near|familiar\s+with)\s+(?:(?:the|its|their|rival|parent)\s+)*[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*"
)
# ("Asked about the sanctions on Tuesday, the Kremlin’s spokesman told ...": a lead-in phrase before the subject)
_SENTENCE_LEAD_RE = re.compile(r"^(?:\W*|(?:[\w’'.-]+\s+){0,6}[\w’'-]+,\s*|(?:But|And|Yet|Still|So)\s+)$")
_UNNAMED_VERB_RE = re.compile(rf"[^.!?]{{0,100}}?\b(?:{_VERBS})\b")


# What ends an appositive: a clause's punctuation or its verb.
_APPOSITIVE_END_RE = re.compile(rf"[.!?;:“”\"]|\b(?:{_VERBS})\b")


def _in_appositive(body: str, spans: list[tuple[int, int, str, str]], before: int, start: int) -> bool:
    """"Ana Ruiz, Parcelwise’s chief executive and a former engineer": the second descriptor names her too,
    as "a trade group" names "The Digital Merchants Association, a trade group whose ..."."""
    while before >= 0 and start - spans[before][1] <= 80:
        gap = body[spans[before][1]:start]
        if _APPOSITIVE_END_RE.search(gap):
            return False
        if spans[before][3] in ("PERSON", "ORG") and gap.startswith(","):
            return True
        before -= 1
    return False


def _org_name_words(words: list[str]) -> bool:
    """"Ministry of Economy, Trade and Industry": the commas of an organisation's name, not a clause's."""
    return all(w[:1].isupper() or w in ("of", "and", "&", "for") for w in (w.rstrip(",") for w in words))


def _unnamed_subjects(
    body: str, spans: list[tuple[int, int, str, str]], sentences: Sentences, heads: list[re.Match]
) -> list[tuple[int, int]]:
    """Where a sentence's subject is a person left unnamed ("a spokesperson", "one of them").

    A descriptor next to a name ("the chief executive, Ana Ruiz,"; "Ana Ruiz,
    a former engineer") names its person and does not count.
    """
    starts = [s[0] for s in spans]
    out = []
    for head in heads:
        if head.group() in ("them", "those") and not body.endswith("of ", 0, head.start()):
            continue
        window = body[max(0, head.start() - 80):head.start()]
        words = window.split()[-8:]
        at = next((i for i in range(len(words) - 1, -1, -1) if words[i].lower() in _UNNAMED_LEADS), None)
        if at is not None and " ".join(words[at + 1:]).translate(_WORDS_ONLY) and not _org_name_words(words[at + 1:]):
            at = None  # punctuation between the determiner and the noun: "over two years. Hanseong executives"
        if at is None:
            start = _staff_of_named(body, sentences, spans, head)
            if start is None and (spoke := _SPOKESPERSON_OF_RE.search(window)) and spoke.end() == len(window):
                # "the Kremlin’s spokesman told reporters": the office speaks, its holder unnamed
                start = head.start() - len(window) + spoke.start()
            if start is None:
                continue  # no determiner
            end = head.end()
        else:
            lead = list(_NON_SPACE_RE.finditer(window))[at - len(words)]
            start, end = head.start() - len(window) + lead.start(), head.end()
        tail = _UNNAMED_TAIL_RE.match(body, end)
        if tail:
            end = tail.end()  # "a spokesperson for Parcelwise"
        after = bisect.bisect_left(starts, end)
        if after < len(spans) and spans[after][0] - end <= 3 and spans[after][3] == "PERSON" and (
            "\n" not in body[end:spans[after][0]]
        ):
            continue
        before = bisect.bisect_left(starts, start) - 1
        if before >= 0 and 0 <= start - spans[before][1] <= 3 and spans[before][3] == "PERSON" and (
            "\n" not in body[spans[before][1]:start]  # "(Crestview)" ending a list over the next paragraph
        ):
            continue
        if _in_appositive(body, spans, before, start):
            continue
        if body.endswith(("through ", "via "), 0, start):
            continue  # "In a statement issued through a spokesperson, he said": the channel, not who speaks
        lead = body[sentences.start_of(start):start]
        if _SENTENCE_LEAD_RE.match(lead) or _UNNAMED_VERB_RE.match(body, end):
            out.append((start, end))
    return out


_SPOKESPERSON_OF_RE = re.compile(r"\b[Tt]he\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}[’']s\s+(?:[a-z]+\s+)?$")


def _staff_of_named(
    body: str, sentences: Sentences, spans: list[tuple[int, int, str, str]], head: re.Match
) -> int | None:
    """"Daeyang executives have called her ...": a named firm's people, in the plural, opening the sentence."""
    if not head.group().endswith("s") or head.group() in ("people", "those"):
        return None
    start = sentences.start_of(head.start())
    index = bisect.bisect_left(spans, (start,))
    if index < len(spans) and spans[index][0] == start and spans[index][3] == "ORG" and (
        body[spans[index][1]:head.start()] == " "
    ):
        return start
    return None


_PRONOUN_AFTER_RE = re.compile(r"\b(he|his|him|she|her|hers)\b", re.IGNORECASE)


def _genders(body: str, entities: list[Entity], spans: list[tuple[int, int, str, str]], quoted,
             sentences: Sentences) -> dict[str, str]:
    """"m"/"f" for each person, from the pronouns the article uses after their name.

    When a person is the subject, named at the start of a sentence, the
    first "he/his/him" or "she/her" after it, before anyone else is named,
    votes; a given name or an honorific ("Ms. Raman") decides when the text
    does not.
    """
    votes: dict[str, list[float]] = {}
    persons = [s for s in spans if s[3] == "PERSON" and not quoted(s[0])]
    for i, (start, end, name, _) in enumerate(persons):
        lead = body[sentences.start_of(start):start]
        if len(lead.split()) > 3 or _PRONOUN_AFTER_RE.search(lead):
            continue  # not the subject ("She stated that Okoro"): a later pronoun is likelier someone else's
        stop = min(persons[i + 1][0] if i + 1 < len(persons) else len(body), end + 250)
        for match in _PRONOUN_AFTER_RE.finditer(body, end, stop):
            if quoted(match.start()):
                continue
            if body[end:match.start()].strip() == "," and match.group().lower() in ("his", "her"):
                continue  # "Katalin Varga Morrow, his daughter,": the appositive's "his" is her father's
            tally = votes.setdefault(name, [0, 0])
            word = match.group().lower()
            # "him"/"her" are often someone else's ("Berg gives her the credit"): half a vote.
            tally[0 if word in ("he", "his", "him") else 1] += 0.5 if word in ("him", "her") else 1
            break
    titled: dict[str, str] | None = None  # read only when needed
    surnames = Counter(entity.name.split()[-1] for entity in entities if entity.type == "PERSON")
    genders: dict[str, str] = {}
    for entity in entities:
        if entity.type != "PERSON":
            continue
        male, female = votes.get(entity.name, (0, 0))
        if male >= 2 * female + 1 and male >= 2 or female >= 2 * male + 1 and female >= 2:
            genders[entity.name] = "m" if male > female else "f"
            continue
        parts = entity.name.split()
        first = parts[0].lower()
        if first in MALE_NAMES and first not in FEMALE_NAMES:
            genders[entity.name] = "m"
        elif first in FEMALE_NAMES and first not in MALE_NAMES:
            genders[entity.name] = "f"
        else:
            if titled is None:
                titled = _honorifics(body)
            styled = next((m for alias in entity.aliases if (m := _HONORIFIC_RE.fullmatch(alias))), None)
            if styled:
                genders[entity.name] = "f" if styled.group(1) in _FEMALE_HONORIFICS else "m"
            elif parts[-1] in titled and surnames[parts[-1]] == 1:
                # (where two people share the surname, "Mr Hossain" is only the one the text calls so)
                genders[entity.name] = titled[parts[-1]]
            elif abs(male - female) >= 1:
                genders[entity.name] = "m" if male > female else "f"
    return genders


@dataclass
class _Judgement:
    speech: bool
    speaker: str | None
    strong: bool  # attributed by a verb, not only by its shape
    document: bool = False  # a filing's, a notice's or a letter's words


_CALL_CUE_RE = re.compile(
    r"\b(?:call|calls|called|calling)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE
)
# "calling it a", "call this the": a thing given a name (not "what one member called")
_CALLING_IT_RE = re.compile(r"(?:call|calls|called|calling)\s+(?:it|this|that|them)\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE)
_THING_CALLED_RE = re.compile(r"\b(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}called\s+$", re.IGNORECASE)
# 'have long called the oldest furnace line “the oven,”': a thing's name, "the" and a word or two.
_CALLED_THING_RE = re.compile(r"\b(?:call|calls|called|calling)\s+(?:[\w’'-]+\s+){1,5}$", re.IGNORECASE)
_THING_SHE_CALLS_RE = re.compile(
    r"\b(?:a|an|the|this|that|its|his|her|their)\s+(?P<words>(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*)\s+"
    # "an outcome engineers jokingly call a “rapid unscheduled disassembly”": a trade's word for it
    r"(?:that\s+|which\s+)?(?:he|she|they|we|I|[a-z]{3,}s)\s+(?:[a-z]+ly\s+)?(?:calls|called|call|dubs|dubbed|nicknamed)"
    r"\s+(?:an?\s+)?$"
)
_CALLED_NAMED_RE = re.compile(r"\w+\s+[A-Z]")
_THE_THING_RE = re.compile(r"the\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?,?")
_PEOPLE_NOUNS_RE = re.compile(
    r"\b(?:he|she|they|i|we|engineer|analyst|critic|executive|founder|investor|employee|"
    r"user|customer|official|researcher|expert|observer|source|spokesperson|spokesman|"
    r"spokeswoman|manager|director|developer|worker|person)s?\b",
    re.IGNORECASE,
)
_RATED_RE = re.compile(
    r"\b(?:rates|rated|rating|ranks|ranked|classifies|classified|grades|graded)\s+(?:[\w’'-]+\s+){0,5}(?:as\s+)?$"
)
_SO_CALLED_END_RE = re.compile(r"so-called\s*$", re.I)
_FIRST_PERSON_END_RE = re.compile(r"\b(?:I|[Ww]e)\s+(?:\w+\s+)?$")
_NEXT_OPENING_RE = re.compile(r"[\"“]")
_LEADING_PUNCT_RE = re.compile(r"^[\s,.!?—–-]*")
_ACCORDING_RE = re.compile(r"\baccording to\b", re.I)
_UNNAMED_RELATIVE_SUBJECT_RE = re.compile(r"\b(?:which|what)\s+(?:one|another|a|an)\s+(?:[a-z-]+\s+){1,3}$")
_HIM_HER_RE = re.compile(r"\s+(him|her)\s*(?:[,:]|$)", re.I)  # not "according to her co-founder"
_THAT_GAP_RE = re.compile(r"^\s*(?:\S+\s+){0,10}?that\b")
# "told me the company expects ...": reported speech without "that".
_REPORTED_GAP_RE = re.compile(
    r"^\s*(?:me|us|him|her|them|reporters|analysts|investors|staff|employees|colleagues)\s+"
    r"(?:the|that|it|he|she|they|we|its|his|her|their)\b[^;:\"“”]*$"
)
# "says the X2 is faster and runs the assistant "without ever phoning home."": a clause, not a phrase.
# 'said Halvard would keep the rights and hand the series on "within two or three years"': a name's clause too
# ('said in a statement it had halted all four furnaces on the line "until ..."': how it said so, first)
_REPORTED_CLAUSE_RE = re.compile(
    r"^\s*(?:(?:in|on|via|by)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|e-?mail|text\s+message|message|interview|post|call)\s+(?:that\s+)?)?"
    r"(?:(?:the|it|he|she|they|we|its|his|her|their)\b|(?:[A-Z][\w’'-]+\s+){1,3}"
    r"(?:would|will|could|should|might|may|can|had|has|have|was|were|is|are)\b)[^;:\"“”]*$"
)
# (irregular pasts too: "Odell said the studio would add screens. “We’re going to ...”")
# ("Majid Obaid Al Hameli, Sadeem's chief executive, told ...": a name, its appositive, then the verb)
_SUBJECT_VERB_RE = re.compile(
    r"^(?:,[^,.;:!?“”\"]{1,100},)?\s+(?:\w+ly\s+)?(?:[a-z]+(?:s|ed)|said|told|wrote|spoke|thought|knew|felt|took|made|gave|saw|"
    r"began|went|came|kept|ran|won|lost|left|put|set|got|led|met|held|paid|sent|sat|stood|found|brought)\b"
)


# "Mr Okafor said he ...": a name, the verb of saying, and the pronoun that is the name again
_SAID_THAT_PRONOUN_RE = re.compile(r"\s+(?:said|says|told\s+\w+|added|explained)\s+(?:that\s+)?(?=(?:he|she|they)\b)")
_NAME_BEFORE_RE = re.compile(r"\b[A-Z][\w’'.-]*\s$")
# A name, a dash, then the quoted nickname: "Harold Brisbane — “Doc Hal” to his patients —"
_DASHED_NICKNAME_RE = re.compile(r"\b[A-Z][\w’'.-]+\s*(?:—|–|--)\s*$")
_NICKNAME_TAIL_RE = re.compile(r"\s+(?:to|for|among|as)\b|\s*(?:—|–|--)")
_NAME_AFTER_RE = re.compile(r"\s[A-Z][\w’'-]*[a-z]")


# "carrying its new slogan, "Hot food..."": a slogan is printed, not said.
_LABEL_NOUN_RE = re.compile(
    r"\b(?:slogan|motto|tagline|tag line|catchphrase|jingle|headline|banner|hashtag|sign|caption|screen|display|"
    r"label|sticker|plaque|placard|billboard)s?"
    r"\s*(?:,|:|that read|reading|which read)?\s*$"
    # "the radio jingle that ran for three decades: “Ask for Buzz ...”"
    r"|\b(?:slogan|motto|tagline|catchphrase|jingle|banner|placard|billboard|plaque)s?\b[^.!?\"“”:]{1,60}:\s*$",
    re.IGNORECASE,
)


# "... says two venture firms ": a speech verb, then a clause whose subject ends right at the quote.
_BARE_CLAUSE_RE = re.compile(
    rf"\b(?:{_VERBS})\s+(?:that\s+)?(?:[\w’'-]+\s+){{1,4}}?(?:[a-z]+[^s\W]s|they|he|she|we)\s+$"
    # 'said talks with the council had been "constructive"': the word the speaker used for them
    # ('said a revised estimate of £128.6m to finish both ships was "a ceiling, not a target"')
    rf"|\b(?:{_VERBS})\s+(?:that\s+)?(?:[\w’'£$€%.,-]+\s+){{1,14}}?"
    # ('adding that the board was being "railroaded"')
    r"(?:(?:had|has|have|would|will)\s+been|was|were|is|are|remained|remain)(?:\s+being)?\s+$"
    # 'said Formula 1's growth had made the sport "the most efficient ..."': what it made of it, in their words
    rf"|\b(?:{_VERBS})\s+(?:that\s+)?(?:[\w’'.-]+\s+){{1,14}}?(?:had|has|have|would|will)\s+(?:[a-z]+\s+){{1,4}}$"
    # 'He said parents would rank as unsecured creditors, but McGrathNicol would "look closely"': the verb
    # the speaker's second clause left to the quote
    rf"|\b(?:{_VERBS})\s+(?:that\s+)?[^;:.!?\"“”]{{1,160}}?,?\s+but\s+(?:[\w’'-]+\s+){{1,3}}(?:would|will|could|might)\s+$"
)
_POSTED_RE = re.compile(r"\b(?:posted|tweeted|shared|uploaded)\b")


# "the Drone King", "Propeller Heart.": a short Title-Case name, not a sentence.
# ("la Capitana", "el Jefe", "der Kaiser": a nickname in the language of the one it names)
_NAME_LIKE_RE = re.compile(
    rf"(?:(?:the|a|an|{'|'.join(FOREIGN_ARTICLES)})\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){{0,4}}[.,]?"
)


_PAPER_WORD_RE = re.compile(
    r"\b(?:sheet|report|filing|release|statement|memo|note|letter|study|paper|summary|notice|document|website|"
    r"page|post|brochure|guide|manual)s?\b"
)


_WHAT_IT_RE = re.compile(r"\b(?:what|which)\s+it\s+(?:had\s+|has\s+)?$")


def _naming(ctx: _Context, pre: str, sent_start: int, quoted: str) -> _Judgement | None:
    """Quotes after "named"/"titled"/"so-called" are names; after "called", it depends."""
    tail = pre[-60:]
    call = _CALL_CUE_RE.search(tail) if "call" in tail.lower() else None
    if call and _NAME_LIKE_RE.fullmatch(quoted):
        return _Judgement(False, None, False)  # 'fans call "the Drone King"': a name, not words said
    if _NAME_LIKE_RE.fullmatch(quoted) and _RATED_RE.search(tail):
        return _Judgement(False, None, False)  # 'rates the race “Likely Democratic.”': a rating's label
    if _THE_THING_RE.fullmatch(quoted) and "call" in tail.lower() and (thing := _CALLED_THING_RE.search(tail)) and (
        not _CALLED_NAMED_RE.match(thing.group())
    ):
        # 'called the oldest line "the oven,"': a thing's name (but 'had called Lakeport “the missing piece”':
        # a verdict on a firm by its name)
        return _Judgement(False, None, False)
    if call and (thing := _THING_SHE_CALLS_RE.search(tail)) and not any(
        word in STOPWORDS for word in thing.group("words").split()
    ):
        return _Judgement(False, None, False)  # 'a raw scallop dish she calls “the lake in January,”': its name
    if call and not _SO_CALLED_END_RE.search(tail):
        clause = pre[: len(pre) - len(tail) + call.start()]
        verb_at = sent_start + len(clause)
        if ctx.quoted_span(verb_at) is not None and (
            not call.group().lower().startswith("called") or _CALLING_IT_RE.match(tail, call.start())
            or _THING_CALLED_RE.search(tail)
        ):
            # '“They keep calling it a ‘partnership,’ but ...”', 'what the goldsmiths still call ‘...’', 'an invite
            # called ‘Quick sync’': a speaker quoting a name or a term (but 'what one member called ‘...’': her words)
            return _Judgement(False, None, False)
        named = ctx.mentions_in(sent_start, verb_at)
        # "Hale's firm would cover a third; critics call the deal a “giveaway”": not a person before the semicolon
        cut = max(clause.rfind(";"), clause.rfind(": "))
        if cut >= 0:
            clause = clause[cut + 1:]
        persons = [m for m in named if m[3] == "PERSON" and m[1] > sent_start + cut] or [
            # "the group Kids Before Profit called the recall “another warning sign”": its words,
            # unless its data sheet or report does the calling, or one word is a term it uses
            m for m in named if m[3] == "ORG" and " " in quoted.strip()
            and not _PAPER_WORD_RE.search(ctx.body, m[1], verb_at)
        ]
        if not persons and _FIRST_PERSON_END_RE.search(clause):
            return _Judgement(False, None, False)  # the writer's own "we called it 'the flight recorder'"
        if _WHAT_IT_RE.search(clause) and not any(m[3] == "PERSON" for m in persons):
            # "taken offline after what it called “unauthorised activity”": the company's own words; "the lender
            # froze accounts operated by Zentafi, citing what it called '...'": the company the sentence is
            # about, not the last one it names
            orgs = [m for m in named if m[3] == "ORG"]
            return _Judgement(True, orgs[0][2] if orgs else None, bool(orgs))
        if persons or _PRONOUN_RE.search(clause):
            # "Raman calls it ..." reports her words; a data sheet "calls" nothing.
            return _Judgement(True, _subject_of_verb(ctx, sent_start, verb_at), True)
        if _PEOPLE_NOUNS_RE.search(clause[-80:]):
            return _Judgement(True, None, True)
        return _Judgement(False, None, False)
    if _NAMING_CUE_RE.search(tail) or _SELF_BILLED_RE.search(tail):
        return _Judgement(False, None, False)
    if _LABEL_NOUN_RE.search(tail):
        # "he posted a clip ... with the caption: '...'": the caption is the poster's words.
        posted = _POSTED_RE.search(pre)
        if posted:
            verb_at = sent_start + posted.start()
            if ctx.mentions_in(sent_start, verb_at) or _PRONOUN_RE.search(pre, 0, posted.start()):
                return _Judgement(True, ctx.subject_before(sent_start, verb_at), True)
        return _Judgement(False, None, False)
    return None


_ARTICLE_END_RE = re.compile(r"\b(?:a|an)\s+$")
# "said Harborline would see a ": a reported clause, with its own verb, runs up to the quote
_SAID_CLAUSE_RE = re.compile(
    r"\b(?:said|says|told\s+\w+|expects|expected|predicted)\s+(?:that\s+)?(?:[\w’'-]+\s+){1,4}?"
    r"(?:would|will|could|should|might|had|has|have|was|is)\s+(?:\w+\s+){1,3}(?:a|an)\s+$"
)
# "prosecuted Oanh for", "charged him with", "on charges of": the offence's name follows, in its marks
_CHARGE_BEFORE_RE = re.compile(
    r"\b(?:(?:charged|prosecuted|convicted|indicted|arrested|sentenced|tried)\s+(?:[\w’'-]+\s+){0,3}?(?:with|for|of)"
    r"|charges?\s+of|the\s+(?:crime|offence|offense)\s+of)\s+$"
)
# "Dad always said", "My mother used to say": a parent, called what the child calls them
_KIN_SUBJECT_RE = re.compile(
    r"(?:^|[\s“\"‘])(?:[Mm]y\s+|[Oo]ur\s+)?(Dad|Mum|Mom|Father|Mother|dad|mum|mom|father|mother)\s+"
    r"(?:\w+ly\s+|always\s+|once\s+|never\s+|used\s+to\s+|would\s+)*$"
)
_PARENT_WORDS = {"dad": "father", "father": "father", "mum": "mother", "mom": "mother", "mother": "mother"}


def _parent_named(ctx: _Context, kin: str, before: int) -> str | None:
    """The person the story introduced as someone's father or mother ("whose father Arne Halvorsen")."""
    word = _PARENT_WORDS[kin]
    for start, _end, name, kind in ctx.spans:
        if start >= before:
            break
        if kind == "PERSON" and re.search(rf"\b{word},?\s+$", ctx.body[max(0, start - 12):start]):
            return name
    return None


# "described the process to that newspaper as a “boardroom ambush”": the speaker's own verdict
_VERDICT_AS_RE = re.compile(
    rf"\b(?:described|describes|describing|characterises|characterizes|{_VERDICT_VERBS})\b[^.!?“”\"]{{0,80}}"
    r"\bas\s+(?:a|an)\s+$"
)
_OWNER_END_RE = re.compile(r"(?:\w[’']s|\b(?:its|their|our))\s+$")
# A noun right after the closing mark: the quoted words modify it ('"dark warehouse" systems').
_NOUN_AFTER_RE = re.compile(
    r"\s+(?!(?:to|that|and|or|but|for|of|in|on|at|with|by|from|as|is|was|are|were|will|would|has|had|"
    r"have|be|been|than|which|who|when|while|if|because|so|the|its|their|his|her|our|this|these|those)\b)[a-z]{3,}\b"
)
_QUESTION_GAP_RE = re.compile(r"^\s*(?:\w+\s+)?(?:whether|if|why|how|what|when)\b")
_THING_SUBJECT_RE = re.compile(r"\b(?:the|its|my|your|our|their|his|her)\s+([a-z][\w-]*)\s+$")


_AND_THAT_RE = re.compile(r"\band\s+that\b")
_SAYING_VERBS = frozenset("said says told added insisted argued stressed noted".split())


_ADDRESSEE_BEFORE_RE = re.compile(r"\bto\s+(?:the\s+)?$")


def _addressed(body: str, start: int) -> bool:
    """True for a name said *to*: "in a statement to the London Stock Exchange", "told to The Verge"."""
    return _ADDRESSEE_BEFORE_RE.search(body, max(0, start - 8), start) is not None
_REPORTED_RE = re.compile(r"\breported\b")  # "The Economic Daily News reported ...": an outlet's verb
_PLACED_AT_RE = re.compile(r"\b(?:stood|spoke|appeared|was|were)\s+(?:[a-z]+\s+){0,3}(?:at|in|on)\s+(?:the\s+)?$")


def _possessive_before(ctx: _Context, at: int) -> bool:
    """True when the last name in the sentence before ``at`` is a possessive ("Lo's camp")."""
    named = ctx.mentions_in(ctx.sentences.start_of(at), at)
    return bool(named) and ctx.body.startswith(_POSSESSIVE, named[-1][1])


# Axios's bold labels over a paragraph: "What they're saying:" names nobody; the attribution follows the quote
_BRIEF_LABEL_RE = re.compile(
    r"\s*(?:What (?:they|he|she|we)(?:[’']re| are| is| was)? (?:saying|said)|The other side|Between the lines|"
    r"Why it matters|Driving the news|Zoom in|Zoom out|The big picture|Reality check|The intrigue|Yes, but|State of play)"
    r":\s*$"
)


def _verb_before(ctx: _Context, pre: str, sent_start: int, open_mark: int, clause: bool) -> _Judgement | None:
    if _BRIEF_LABEL_RE.fullmatch(pre):
        return None
    # ("described Mariana’s claims as": a speaking word after its owner is a noun)
    verbs = [v for v in _VERB_RE.finditer(pre) if not _OWNER_END_RE.search(pre, max(0, v.start() - 40), v.start())]
    if not verbs:
        return None
    verb = verbs[-1]
    if len(verbs) > 1 and _AND_THAT_RE.search(pre, verb.end()) and (
        said := [v for v in verbs[:-1] if v.group() in _SAYING_VERBS]
    ):
        # 'He said X had asked the division to meet them and that X was "personally aware"': the second
        # "that" clause is the first verb's, so is its subject the speaker
        verb = said[-1]
    gap = pre[verb.end():]
    count = len(gap.split())
    if not (
        count <= 8 or gap.rstrip().endswith((":", ",")) or (count <= 40 and _THAT_GAP_RE.match(gap))
        or (count <= 25 and (_REPORTED_GAP_RE.match(gap) or clause and _REPORTED_CLAUSE_RE.match(gap)))
        # 'She said the local had been bargaining since November and was "blindsided"'
        or (count <= 25 and _BARE_CLAUSE_RE.search(pre, verb.start()))
        # 'described the process to the Sunday Business Post as a “boardroom coup”'
        or (count <= 20 and _VERDICT_AS_RE.search(pre, verb.start()))
        # 'The SEC said on Tuesday it had written to the company ..., and that it was "closely monitoring"':
        # a second "that" clause of the same saying
        # (not 'and that ... so the "tilted balance" ... applied': a term after its article)
        or (count <= 40 and verb.group() in _SAYING_VERBS and _AND_THAT_RE.search(gap) and not _DETERMINER_END_RE.search(gap))
    ):
        return None
    if _DOCUMENT_SUBJECT_RE.match(pre[:verb.start()]) or _DOCUMENT_WITH_CLAUSE_RE.match(pre[:verb.start()]):
        return _Judgement(False, None, False)  # '“The letter said I was ‘no longer aligned ...’”': its words
    thing = _THING_SUBJECT_RE.search(pre, max(0, verb.start() - 40), verb.start())
    if thing and thing.group(1).lower() in PRODUCT_NOUNS:
        return _Judgement(False, None, False)  # 'the app says "all good!"': a device's text, not speech
    verb_at = sent_start + verb.start()
    speaker = _subject_of_verb(ctx, sent_start, verb_at)
    if pre[:verb.start()].endswith(" it ") or pre[:verb.start()] in ("it ", "It "):
        # "The Central Bank ... suspended Kobowave's licence over what it described as '...'": "it" is the
        # organisation the sentence opens with, not the last one it names
        sentence_start = ctx.sentences.start_of(verb_at)
        opening = [m for m in ctx.mentions_in(sentence_start, verb_at) if m[3] in ("ORG", "PERSON")]
        if opening and opening[0][3] == "ORG" and opening[0][0] - sentence_start <= 12:
            speaker = opening[0][2]
    if _UNNAMED_RELATIVE_SUBJECT_RE.search(pre, 0, verb.start()):
        # "Curtis Hale-Munroe, which one departing agent described as '...'": the agent's word, unnamed
        return _Judgement(True, None, True)
    if speaker is None and (office := _THE_OFFICE_BEFORE_RE.search(pre, 0, verb.start())):
        speaker = _role_holder(ctx, office.group(1), verb_at, latest=True)  # "the transport secretary said:"
    if verb.group().endswith("ing") and pre[:verb.start()].rstrip().endswith(","):
        # "Chair Imogen Hartley opened the meeting at the Barbican Centre, telling shareholders ...":
        # a participle's speaker is the sentence's subject, not the last name before it
        sentence_start = ctx.sentences.start_of(verb_at)
        named = [
            m for m in ctx.mentions_in(sentence_start, verb_at) if m[3] in ("PERSON", "ORG")
            # "In a statement to the London Stock Exchange, Calder & Finch said ..., adding:": not the addressee
            and not _addressed(ctx.body, m[0])
        ]
        persons = [m for m in named if m[3] == "PERSON"]
        office = _OFFICE_OF_RE.match(ctx.body, sentence_start)
        if office and named and named[0][0] == office.end():
            # "The chief executive of Bellbird Telecom has apologised ..., telling senators ...": whoever holds
            # the office, named before or opening the next sentence
            speaker = _role_holder(ctx, office.group(1), verb_at, latest=True) or _opens_next_sentence(ctx, verb_at)
        elif named and named[0][3] == "ORG" and named[0][0] - sentence_start <= 30:
            # "Proxy adviser Stanmore Proxy Advisors recommends ... including Renwick, writing in its report":
            # the firm that opens the sentence, not a person it names
            speaker = named[0][2]
        elif persons:
            speaker = persons[0][2]
    if speaker not in ctx.people and pre[:verb.start()].rstrip().endswith(" and") and (
        lead := _LEAD_PRONOUN_RE.match(ctx.body, ctx.sentences.start_of(verb_at))
    ):
        # "She said the impact ... contrary to the NPPF, and asked that her objection be minuted": the
        # second verb shares the sentence's subject, not the name before it
        speaker = ctx.last_person_before(ctx.sentences.start_of(verb_at), lead.group(1).lower())
    elif (speaker not in ctx.people or _possessive_before(ctx, verb_at)) and pre[:verb.start()].rstrip().endswith(
        (" and", " but")
    ):  # ("... reported that Lo's camp had lined up proxies, and described": "Lo's" is no subject)
        # "Kusumawati said the union would file a complaint against TLN's managers, and called ...":
        # the person who opens the sentence with a verb of saying, not the firm named before "and"
        sentence_start = ctx.sentences.start_of(verb_at)
        opening = [m for m in ctx.mentions_in(sentence_start, verb_at) if m[3] in ("ORG", "PERSON")]
        # ("The Economic Daily News reported ... and described the contest as": an outlet opening it too)
        if opening and opening[0][3] in ("PERSON", "ORG") and _LEAD_THE_RE.match(ctx.body, sentence_start).end() >= opening[0][0] and (
            (said := _VERB_RE.search(ctx.body, opening[0][1], min(verb_at, opening[0][1] + 60))
             or _REPORTED_RE.search(ctx.body, opening[0][1], min(verb_at, opening[0][1] + 30)))
            and not any(m[0] < said.start() for m in opening[1:] if m[3] == "PERSON")
        ):
            speaker = opening[0][2]
        elif (persons := [m for m in opening if m[3] == "PERSON"]) and opening[-1][3] != "PERSON" and (
            _PLACED_AT_RE.search(ctx.body, max(0, opening[-1][0] - 30), opening[-1][0])
        ):
            # "Mira Halvorsen stood on stage at FOSDEM in February 2023 and said": where she was is no speaker
            speaker = persons[-1][2]
    if speaker is None and _STATEMENT_FROM_RE.search(pre, 0, verb.start()):
        speaker = _statement_owner(ctx, open_mark)  # "A statement from Hsieh's office later said the founder ..."
    if speaker is None and (kin := _KIN_SUBJECT_RE.search(pre, 0, verb.start())):
        speaker = _parent_named(ctx, kin.group(1).lower(), verb_at)  # '"Dad always said ‘...’"': the father named
    if speaker is None and "@" in pre and (handle := _last_handle(pre, verb.start())):
        speaker = _handle_entity(ctx, handle)  # "the carrier’s account, @PinecrestAir, wrote:": Pinecrest Airways
    if speaker is None and ctx.author and _FIRST_PERSON_RE.search(pre, 0, verb.start()):
        return _Judgement(True, ctx.author, True)  # "On Monday I told the whole company: '...'": the writer
    if verb.group().startswith("accus") and speaker not in ctx.people:
        return _Judgement(False, None, False)  # a regulator "accused X of ...": its complaint's words
    sentence_start = ctx.sentences.start_of(verb_at)
    if speaker is None and sentence_start < sent_start:
        # "Yoon wrote that X had 'earned it,' but remarked that ...": the subject is before the first quote.
        speaker = ctx.subject_before(sentence_start, verb_at)
    if speaker is None and _THE_ORG_OPENING_RE.match(ctx.body, sentence_start, sent_start + verb.end()):
        # "Ashcombe Drinks plc has agreed to buy ... The group, whose portfolio ..., said": the one named before
        speaker = _subject_org_before(ctx, sentence_start)
    if speaker is None and not _THAT_GAP_RE.match(gap) and not _QUESTION_GAP_RE.match(gap) and not (
        ctx.unnamed_between(sentence_start, verb_at)
    ):
        # "said Priya Ramaswami": the speaker after the verb; not "one analyst asked whether Orvello ..."
        speaker = ctx.subject_after(sent_start + verb.end(), open_mark)
    return _Judgement(True, speaker, True)


# '"..." — Jorge Ruiz, VP of Engineering': a testimonial signed after its closing mark.
_SIGNED_AFTER_RE = re.compile(r"[ \t]*(?:[—–]|--?)[ \t]*")


_HANDLE_RE = re.compile(r"(?<![\w.])@(\w{3,30})\b")


def _last_handle(pre: str, end: int) -> str | None:
    handle = None
    for handle in _HANDLE_RE.finditer(pre, 0, end):
        pass
    return handle.group(1) if handle else None


def _handle_entity(ctx: _Context, handle: str) -> str | None:
    """The one person or organisation whose name the handle spells, whole or cut short: "@PinecrestAir"
    is Pinecrest Airways."""
    spelled = re.sub(r"[^a-z0-9]", "", handle.lower())
    owners = set()
    for entity in ctx.entities:
        if entity.type not in ("PERSON", "ORG"):
            continue
        for name in (entity.name, *entity.aliases):
            letters = re.sub(r"[^a-z0-9]", "", name.lower())
            if len(letters) >= 5 and (letters == spelled or len(spelled) >= 6 and letters.startswith(spelled)):
                owners.add(entity.name)
    return owners.pop() if len(owners) == 1 else None


def _person_at(ctx: _Context, at: int) -> tuple[int, int, str, str] | None:
    """The mention of a person that starts right at ``at``: the name after a signature's dash."""
    return next((m for m in ctx.mentions_in(at, at + 80) if m[0] == at and m[3] == "PERSON"), None)


_GLOSS_RE = re.compile(r"\s*\([^()]{3,300}\)")
_NICKNAME_IN_NAME_RE = re.compile(r"(?<=[a-z] )[\"“][A-Z][\w’'-]{1,15}[\"”](?= [A-Z])")


def _blank_nicknames(text: str) -> str:
    """'Pimchanok "Ploy" Rungrojthanakul' with the quoted nickname blanked out, offsets kept."""
    return _NICKNAME_IN_NAME_RE.sub(lambda m: " " * len(m.group()), text)



def _person_just_before(ctx: _Context, lo: int, verb_at: int) -> bool:
    """Whether a person's name ends right before the verb at ``verb_at``, with no stop between."""
    mentions = ctx.mentions_in(lo, verb_at)
    # (the dots of "chief executive N. R. Venkatesh" are his initials, no stop)
    between = _INITIAL_DOT_RE.sub("", ctx.body[lo:verb_at])
    return bool(mentions) and mentions[-1][3] == "PERSON" and not ctx.body[mentions[-1][1]:verb_at].strip() and not any(
        mark in between for mark in ".;!?"
    )


_INITIAL_DOT_RE = re.compile(r"\b[A-Z]\.(?=\s?[A-Z])")


def _attribution_after(ctx: _Context, close: int, hi: int, short: bool) -> _Judgement | None:
    body = ctx.body
    signed = _SIGNED_AFTER_RE.match(body, close, hi)
    if signed and signed.end() > close and (signer := _person_at(ctx, signed.end())) is not None:
        return _Judgement(True, signer[2], True)
    if as_put := _AS_PUT_IT_RE.match(body, close, hi):
        # "‘a life beyond the flare,’ as one of our members put it": words someone said, named or not
        return _Judgement(True, ctx.subject_after(as_put.start(1), as_put.end(1)), True)
    post_end = min(ctx.sentences.end_of(close) if close < hi else hi, hi, close + _WINDOW)
    if post_end <= close + 1 and close < hi and body[close - 2:close - 1] in ("?", "!"):
        # '"You understood that?" Farrow-Baptiste asked.': a question ends its sentence inside the
        # marks, and the name after it opens the next one
        post_end = min(ctx.sentences.end_of(close + 1), hi, close + _WINDOW)
    after = body[close:post_end]
    # ('..." Pimchanok "Ploy" Rungrojthanakul, head of research, told ...': a nickname inside the name after)
    next_quote = _NEXT_OPENING_RE.search(_blank_nicknames(after))
    if next_quote:
        after = after[: next_quote.start()]
    # ('“Agar yeh faisla ...” (If this decision is not reversed, ...), he said': a translation between)
    skip = gloss.end() if after[:3].lstrip().startswith("(") and (gloss := _GLOSS_RE.match(after)) else 0
    head = _LEADING_PUNCT_RE.match(after[skip:])
    offset = close + skip + (head.end() if head else 0)
    rest = body[offset:close + len(after)]
    verb_after = _VERB_RE.search(rest[:120])
    if verb_after and (
        len(rest[: verb_after.start()].split()) <= (2 if short else 7)
        # 'are now "well advanced", a spokeswoman for the state's mines department said': a speaker unnamed
        or short and len(rest[: verb_after.start()].split()) <= 8 and _SPOKESPERSON_AFTER_RE.match(rest)
        # '"...," Rohan Mehta, head of research at Marigold Capital, told Mint.': a name and its job
        or not short and _NAME_AND_JOB_RE.fullmatch(_blank_nicknames(rest[: verb_after.start()]))
        # '"...," Hungarian Minister of Foreign Affairs and Trade Bence Vámosi said': a long office, then the name
        or not short and len(rest[: verb_after.start()].split()) <= 14 and _person_just_before(ctx, offset, offset + verb_after.start())
    ):
        if _STATEMENT_SUBJECT_RE.match(rest[: verb_after.start()]) or _SAID_THE_STATEMENT_RE.match(rest):
            # ('“...,” said the statement, which was signed by ...': the statement's issuer, not its signer)
            return _Judgement(True, _statement_owner(ctx, close), True)
        if _DOCUMENT_SUBJECT_RE.match(rest[: verb_after.start()]):
            return _Judgement(False, None, False)  # '“He tried 999 four times,” the letter said': a document's words
        if rest[: verb_after.start()].strip() == "it" and _DOCUMENT_SPOKE_RE.search(
            body, max(0, body.rfind("\n", 0, close)), close
        ):
            # 'The motion said the case rested on ... "Defendants' repeated assurances ...," it said.'
            return _Judgement(False, None, False)
        if rest[: verb_after.start()].strip() == "it" and _STATEMENT_FROM_RE.search(body, max(0, close - 400), close):
            # 'a statement from Margaret Oduya was read to the inquiry. "I was called a thief ...," it said.'
            return _Judgement(True, _statement_owner(ctx, close), True)
        if passive := _QUOTED_PASSIVE_RE.match(rest[: verb_after.end()]):
            # '“...,” Hegedűs was quoted by Portfolio.hu as saying': the one quoted, not the outlet
            speaker = ctx.subject_before(offset, offset + passive.end(1))
        else:
            speaker = ctx.subject_before(offset, offset + verb_after.start())
        subject = rest[: verb_after.start()].split()
        if speaker is None and _DEMONYM_SUBJECT_RE.fullmatch(rest[: verb_after.start()]):
            # '"...," the Norwegian said': the sportsman just named, called by his nationality
            return _Judgement(True, ctx.last_person_before(close), True)
        if speaker is None and (kind := _THE_ORG_SUBJECT_RE.fullmatch(rest[: verb_after.start()])):
            # '“...,” the union said in a statement': the organisation of that kind named last
            speaker = _last_org_of_kind(ctx, close, kind.group(1))
        if speaker is None and (public_body := _THE_BODY_SUBJECT_RE.fullmatch(rest[: verb_after.start()])):
            speaker = _body_named(ctx, public_body.group(1))  # '"...," the canal authority said'
        paragraph = body.rfind("\n", 0, close) + 1
        if speaker is None and (office := _THE_OFFICE_SUBJECT_RE.fullmatch(rest[: verb_after.start()])):
            if re.search(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z]+\s+){{0,2}}?{office.group(1)}\b", body[paragraph:close]):
                # "A former director of the BGMEA, who asked not to be named, said ... the former director said":
                # the one the paragraph brought in unnamed
                return _Judgement(True, None, True)
            speaker = _role_holder(ctx, office.group(1), close, latest=True)
        if speaker is None and (office or _THE_TITLE_SUBJECT_RE.fullmatch(rest[: verb_after.start()])):
            # "its chairman Nana Kofi Ampem said ... ‘...,’ the chief said": the one person the paragraph names
            named = {m[2] for m in ctx.mentions_in(paragraph, close) if m[3] == "PERSON" and not ctx.inside_quote(m[0])}
            speaker = named.pop() if len(named) == 1 else None
        # '"...," founder says, as the FAA orders ...': a role before the verb spoke, not the name after it
        role_only = bool(subject) and all(word.islower() for word in subject)
        if speaker is None and not role_only and not _UNNAMED_AFTER_VERB_RE.match(rest, verb_after.end()):
            # ('"...," said one person close to Achterberg': someone unnamed, not the man named after)
            speaker = ctx.subject_after(offset + verb_after.end(), offset + min(len(rest), verb_after.end() + 80))
        return _Judgement(True, speaker, True)
    if _STATEMENT_READ_RE.match(rest):
        return _Judgement(True, _statement_owner(ctx, close), True)  # '“...,” the statement read.'
    according = _ACCORDING_RE.search(rest)
    if according and (not short or len(rest[: according.start()].split()) <= 7):
        start = offset + according.end()
        return _Judgement(True, ctx.subject_after(start, min(start + 80, offset + len(rest))), True)
    return None


_QUOTED_PASSIVE_RE = re.compile(r"\s*((?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)\s+(?:was|were|is|has\s+been)\s+quoted\b")
_AS_PUT_IT_RE = re.compile(r"[,;]?\s+as\s+((?:[\w’'-]+\s+){1,5}?)(?:put|puts|phrased|phrases)\s+it\b")
# A trade's doer ("the roaster said"): the firm that spoke just before, as no name says its trade
_TRADE_KINDS = frozenset(
    "roaster exporter importer retailer lender insurer carmaker automaker miner brewer airline chipmaker manufacturer "
    "supplier distributor conglomerate shipper blender packer refiner processor".split()
)
_ORG_KINDS = (
    "union|guild|company|firm|group|publisher|studio|bank|regulator|watchdog|startup|co-operative|cooperative|co-op|"
    "fund|committee|association|confederation|federation|foundation|forum|chamber|coalition|alliance|league|society|"
    "institute|ministry|" + "|".join(sorted(_TRADE_KINDS))
)
_SPOKE_AFTER_RE = re.compile(rf"\s+(?:\w+ly\s+)?(?:{_VERBS})\b")
_THE_ORG_SUBJECT_RE = re.compile(rf"\s*the\s+({_ORG_KINDS})\s+")
# "The group, whose portfolio runs ..., said": a sentence whose subject is the organisation named before
_THE_ORG_OPENING_RE = re.compile(rf"[Tt]he\s+({_ORG_KINDS})\b(?=,|\s+(?:\w+ly\s+)?(?:{_VERBS})\b)")
_ORG_KIND_WORDS = {
    "union": ("union", "alliance", "federation", "workers", "guild", "solidarity", "local", "association"),
    "guild": ("guild",), "bank": ("bank",), "studio": ("studio", "studios"), "group": ("group",),
    "committee": ("committee",),
    # "the fund said": "Sadeem Investment Authority", "Larchmont Capital", "the Harbour Pension Fund"
    "fund": ("fund", "funds", "investment", "investments", "capital", "authority", "partners", "holdings", "ventures"),
    **dict.fromkeys(("co-operative", "cooperative", "co-op"), ("co-operative", "cooperative", "co-op", "coop")),
    # "the foundation said" of "Fundación Salar Vivo": a body's kind, in English or in the name's own language
    "association": ("association", "asociación", "associação", "associazione", "vereniging", "verband"),
    "confederation": ("confederation", "confederación", "confederação", "confédération", "confederazione"),
    "federation": ("federation", "federación", "federação", "fédération", "federazione"),
    "foundation": ("foundation", "fundacja", *sorted(FOREIGN_FOUNDATION_WORDS)),
    "forum": ("forum", "foro", "fórum"),
    "chamber": ("chamber", "cámara", "câmara", "chambre"),
    "coalition": ("coalition", "coalición"),
    "alliance": ("alliance", "alianza", "aliança", "allianz"),
    "league": ("league", "liga"),
    "society": ("society",),
    "institute": ("institute", "instituto", "institut", "istituto"),
    "ministry": ("ministry", "ministerio", "ministère", "ministerium", "ministero"),
}


# (not "A source close to the company told": the company there is no subject)
_THE_ORG_BEFORE_VERB_RE = re.compile(
    rf"(?<!\bto )(?<!\bof )(?<!\bat )(?<!\bfor )(?<!\bwith )(?<!\bfrom )(?<!\bby )\b[Tt]he\s+({_ORG_KINDS})\s+(?:\w+ly\s+)?$"
)


def _subject_of_verb(ctx: _Context, sent_start: int, verb_at: int) -> str | None:
    """Who the verb at ``verb_at`` has as subject; "the group" is the organisation of that kind."""
    if the_org := _THE_ORG_BEFORE_VERB_RE.search(ctx.body, max(sent_start, verb_at - 30), verb_at):
        # "... at Kothandam Enterprises; the group calls the report a 'hit job'": the group, not the unit before
        if (org := _last_org_of_kind(ctx, verb_at, the_org.group(1))) is not None:
            return org
    if the_body := _THE_BODY_BEFORE_VERB_RE.search(ctx.body, max(sent_start, verb_at - 40), verb_at):
        if (org := _body_named(ctx, the_body.group(1))) is not None:
            return org
    speaker = ctx.subject_before(sent_start, verb_at)
    if speaker is None and _DESCRIBED_SUBJECT_RE.match(ctx.body, sent_start, verb_at):
        return ctx.named_next(verb_at, "")  # "The former head of the agency ... has told the inquiry"
    return speaker


# "... and Bud's grandson, " before the verb: an appositive's owner, not the subject
_POSSESSED_NOUN_END_RE = re.compile(r"[’']s(?:\s+[a-z-]+){1,4},\s*$")
# A lede's subject described before it is named: "The former head of the agency at the centre of ..."
_DESCRIBED_SUBJECT_RE = re.compile(
    r"The\s+(?:former\s+|ex-|then-)?(?:head|chief|boss|founder|chairman|chairwoman|chair|director|owner|"
    r"executive|minister|president|secretary|leader)\s+of\b"
)


_PUBLIC_BODIES = r"(?:authority|commission|agency|council|board|regulator|ministry|department|tribunal)"
# "what the canal authority called ...": a public body, by the words that end its name
# ("In response to questions from The Gleaner, the commission said": the one commission, not the paper)
_THE_BODY_BEFORE_VERB_RE = re.compile(rf"\b[Tt]he\s+((?:[a-z]+\s+){{0,2}}{_PUBLIC_BODIES})\s+(?:\w+ly\s+)?$")
_THE_BODY_SUBJECT_RE = re.compile(rf"\s*the\s+((?:[a-z]+\s+){{1,2}}{_PUBLIC_BODIES})\s+")


def _body_named(ctx: _Context, words: str) -> str | None:
    """The one organisation in the story whose name ends in ``words``: "the canal authority" is the
    Tamsara Canal Authority."""
    tail = " " + " ".join(words.split()).casefold()
    names = {e.name for e in ctx.entities if e.type == "ORG" and e.name.casefold().endswith(tail)}
    return names.pop() if len(names) == 1 else None
_LEAD_THE_RE = re.compile(r"\s*(?:The\s+)?")


def _subject_org_before(ctx: _Context, sentence_start: int) -> str | None:
    """The organisation that opens the sentence before: the subject "the group" goes on speaking of."""
    if not sentence_start:
        return None
    start = ctx.sentences.start_of(sentence_start - 1)
    lead = _LEAD_THE_RE.match(ctx.body, start)
    opening = [m for m in ctx.mentions_in(start, start + 40) if m[0] == lead.end()]
    return opening[0][2] if opening and opening[0][3] == "ORG" else None


def _last_org_of_kind(ctx: _Context, before: int, kind: str) -> str | None:
    """The organisation "the union" or "the company" means: the last one named within the two sentences
    before, whose name says that kind when the kind is a union, a bank or a studio."""
    # '"... Kern County. We intend to ...," the group said': counted from where the words open
    words = ctx.quoted_span(before - 2)
    anchor = words[0] if words else before
    start = ctx.sentences.start_of(max(0, ctx.sentences.start_of(anchor) - 1))
    orgs = [
        m for m in ctx.mentions_in(start, before) if m[3] == "ORG" and not ctx.inside_quote(m[0])
        and not _addressed(ctx.body, m[0])  # "in a statement to the ASX"
    ]
    words = _ORG_KIND_WORDS.get(kind)
    if words:
        of_kind = [m for m in orgs if any(w in m[2].lower().split() for w in words)]
        if not of_kind and kind in ("group", "co-operative", "cooperative", "co-op"):
            # "Kothandam Enterprises ...; the group calls the report ...": the story's one "... Group";
            # "the co-operative said" of the story's one "... Co-operative Group", named further up
            groups = {e.name for e in ctx.entities if e.type == "ORG" and any(w in e.name.lower().split() for w in words)}
            if len(groups) == 1:
                return groups.pop()
            return orgs[-1][2] if orgs and kind == "group" else None
        if not of_kind and kind == "bank":
            # '"...," the bank said' at a paragraph's head: the bank named last, further up
            banks = [
                m for m in ctx.mentions_in(0, start) if m[3] == "ORG" and not ctx.inside_quote(m[0])
                and any(w in m[2].lower().split() for w in words)
            ]
            return banks[-1][2] if banks else None
        if not of_kind and kind in ("fund", "ministry"):
            # "the fund said" two sentences after "... Marjan Investment Authority has agreed to buy":
            # the story's one investor named so; "the ministry said" of its one ministry, named further up
            funds = {e.name for e in ctx.entities if e.type == "ORG" and any(w in e.name.lower().split() for w in words)}
            return funds.pop() if len(funds) == 1 else None
        if not of_kind and (introduced := _introduced_as(ctx, kind, before)) is not None:
            return introduced  # '"...," the union said' of "The union Koodiliitto", whose name says no union
        orgs = of_kind
    elif orgs and (introduced := _introduced_as(ctx, kind, before)) is not None:
        return introduced  # "the startup told TechCrunch" two sentences after "Ironbark cut its offer"
    elif kind in _TRADE_KINDS and len({m[2] for m in orgs}) > 1:
        # "In an emailed response, Brandt & Veerman said it cancelled because ... the European Union's
        # rules. '...,' the roaster said": the firm that spoke, not the last one named
        spoke = [m for m in orgs if _SPOKE_AFTER_RE.match(ctx.body, m[1])]
        return spoke[-1][2] if spoke else None
    elif kind == "company" and len({m[2] for m in orgs}) > 1:
        # "appointed Callum Ferriday ... of McGrathNicol as administrators. ..., the company said": the
        # company the story is about, not the firm its administrators work for
        counts = {e.name: e.mentions for e in ctx.entities}
        return max(reversed(orgs), key=lambda m: counts.get(m[2], 0))[2]
    if not orgs and kind == "company":
        # "In a post on its X account, the company said:" with no company named near: the story's company,
        # by its legal form the one most named ("Ewa Digital Finance Limited", not the central bank)
        companies = [e for e in ctx.entities if e.type == "ORG" and e.name.rsplit(" ", 1)[-1].lower().rstrip(".") in LEGAL_FORMS]
        return max(companies, key=lambda e: len(e.spans)).name if companies else None
    return orgs[-1][2] if orgs else None


def _introduced_as(ctx: _Context, kind: str, before: int) -> str | None:
    """The one organisation the story introduced as a ``kind``: "Brightloop, the San Francisco startup
    whose ...", "the startup Brightloop"."""
    appositive = re.compile(rf",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}{re.escape(kind)}\b")
    before_name = re.compile(rf"\b{re.escape(kind)}\s+$")
    named = {
        name for start, end, name, of in ctx.mentions_in(0, before) if of == "ORG" and (
            appositive.match(ctx.body, end, min(len(ctx.body), end + 60))
            or before_name.search(ctx.body, max(0, start - 20), start)
        ) and not _addressed(ctx.body, start)  # "to the ASX, the company said"
    }
    return named.pop() if len(named) == 1 else None


_DEMONYM_SUBJECT_RE = re.compile(
    rf"\s*the\s+(?:\d{{1,2}}-year-old\s+)?(?:{word_alternation(n.title() for n in NATIONALITIES)}|"
    r"(?:French|Dutch|English|Irish|Scots|Welsh)(?:man|woman))\s+"
)
_SPOKESPERSON_AFTER_RE = re.compile(r"an?\s+(?:[\w’'-]+\s+)?(?:spokesperson|spokeswoman|spokesman|representative)\b")
# The styles a name may carry before it: "Mr", "Dr", "Sheikh", "Alhaji", "Datuk"
_STYLES_RX = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sheikh|Sheikha|HE|H\.E\.|Datuk|Dato’|Dato'|Alhaji|Dame|Sir)"
_NAME_AND_JOB_RE = re.compile(
    # ("Louis-Arnaud de Bressac, president of ...,": a particle inside the name)
    # ("Íñigo Larrañaga Etxeberria, who has chaired ...,": a capital with its accent)
    # ("Ms Trần Thị Minh Hương, chairwoman of ...,": a style before four names)
    # ("Sheikh Khalid bin Jassim al-Thani, the group's chairman,": a style, and a family name with its article)
    # ("board chair Douglas Ferreira, a general partner at ...,": a lower-case office before the name)
    rf"(?:[a-z][\w’'-]*\s+){{0,3}}"
    rf"(?:{_STYLES_RX}\.?\s+)?"
    rf"[A-ZÀ-ÝĀ-Ž][\w’'.-]*(?:\s+(?:(?:{word_alternation(NAME_PARTICLES)})\s+)?(?:[ae]l-)?[A-ZÀ-ÝĀ-Ž][\w’'.-]*){{0,3}},"
    # ("Kristine Joy Manalo, head of research at Northbay Securities Inc., said": a firm's legal form, with a
    # comma before it too: "at Arkipelago Securities, Inc., said")
    rf"\s+(?:[^,.;:!?\"“”]|{_LEGAL_DOT}|,(?=\s+(?:Inc|Corp|Ltd|LLC|PLC|Plc)\b)){{3,90}},\s*"
    # ("Sunil Mehra, a partner at Ravensgate Partners, which has no stake in Halcyra, told": what the firm is)
    r"(?:(?:which|who|whose)\s+[^,.;:!?\"“”]{3,90},\s*)?"
    # '"...," Fire Chief Ronnie Delacruz of the Hollis County Fire Department told reporters': a name and
    # the body it serves, all in capitals
    r"|(?:[A-Z][\w’'.-]*\s+){1,5}of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:&\s+)?[A-Z][\w’'.-]*){0,5}\s+"
    # '"...," the network's chief medical officer, Dr Oluwaseun Marsh-Tindall, said': the job, then the name
    r"|[a-z][^,.;:!?\"“”]{3,70},\s+(?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'.-]*,\s*"
    # '‘...,’ retired banker Ivan Chan Siu-fai, who is not related to the chairman, told The Standard': a
    # name, maybe after what the person does, and a clause about them
    r"|(?:[a-z][\w-]*\s+){0,3}(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*,\s+(?:who|whose)\s+[^,.;:!?\"“”]{3,90},\s*"
)


# '"...," the statement said': words the organisation put out, read as its own.
_STATEMENT_SUBJECT = r"^\s*(?:the|its|their)\s+(?:company[’']s\s+|firm[’']s\s+|written\s+)?(?:statement|response|reply)\s+"
_STATEMENT_SUBJECT_RE = re.compile(_STATEMENT_SUBJECT + "$", re.I)
# ("a statement from former clerk Ruth Amesbury": up to three words in lower case before the name)
_LOWER_WORDS = r"(?:[a-z][\w-]*\s+){0,3}"
_LOWER_WORDS_RE = re.compile(_LOWER_WORDS)
_STATEMENT_FROM_RE = re.compile(
    rf"\bstatement\s+(?:from|by|issued\s+by)\s+(?:the\s+(?:company|firm)\b|(?={_LOWER_WORDS}[A-Z]))"
)


_IN_A_STATEMENT_RE = re.compile(
    r"\b(?:[Ii]n|[Bb]y)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:statement|response|reply|rebuttal)\b"
)
_THE_COMPANY_RE = re.compile(r"\bthe\s+(?:company|firm|group|plant(?:’s|'s)?\s+owner|owner)\b")
_STATEMENT_READ_RE = re.compile(_STATEMENT_SUBJECT + r"(?:read|reads|continued)\b")
_SAID_THE_STATEMENT_RE = re.compile(r"^\s*(?:said|says|read|reads|added)\s+the\s+(?:statement|response|reply)\b")


# "In a statement dated May 21, the processor said": the issuer, by the kind of body it is
_ISSUER_AFTER_RE = re.compile(r"[^,.;]{0,60},\s+the\s+([a-z]{4,20})\s+(?:said|says|stated|added|argued|claimed)\b")


_LEGAL_FORM_TAIL_RE = re.compile(r",?\s+(?:Limited|Ltd\.?|Inc\.?|PLC|plc|LLC|S\.A\.|AG|GmbH|Co\.)$")


def _org_described_as(ctx: _Context, kind: str) -> str | None:
    """The one organisation the headline or story calls a ``kind``: "Cocoa processor ACPL", "ACPL, a processor"."""
    # (the headline's "Karite Nord" for "Karite Nord Limited": a name without its legal form)
    owners = {
        variant: entity.name for entity in ctx.entities if entity.type == "ORG"
        for alias in entity.aliases for variant in (alias, _LEGAL_FORM_TAIL_RE.sub("", alias))
    }
    if not owners:
        return None
    names = "|".join(re.escape(alias) for alias in sorted(owners, key=len, reverse=True))
    pattern = re.compile(rf"\b{kind}\s+({names})(?!\w)|(?<!\w)({names}),\s+(?:a|an|the)\s+[^,.;]{{0,40}}\b{kind}\b")
    found = {owners[m.group(1) or m.group(2)] for text in (ctx.title, ctx.body) for m in pattern.finditer(text)}
    return found.pop() if len(found) == 1 else None


def _statement_owner(ctx: _Context, close: int) -> str | None:
    """Whose statement: the organisation named after "a statement from" before it, else the story's main one."""
    lo = max(0, close - 600)
    source = None
    for source in _STATEMENT_FROM_RE.finditer(ctx.body, lo, close):
        pass
    if source is not None:
        # ("a statement from Margaret Oduya, ..., was read to the inquiry": a person's statement too)
        # ("a statement from former clerk Ruth Amesbury": her job may come before her name)
        named = [
            m for m in ctx.mentions_in(source.end(), source.end() + 60)
            if m[3] in ("ORG", "PERSON") and _LOWER_WORDS_RE.fullmatch(ctx.body, source.end(), m[0])
        ]
        if named:
            return named[0][2]
    issued = None
    for issued in _IN_A_STATEMENT_RE.finditer(ctx.body, lo, close):
        pass
    if issued is not None:
        # "Calderbrook is a subsidiary of Norvane. In a statement, the company said ...": the one that said it
        start = ctx.sentences.start_of(issued.start())
        end = ctx.sentences.end_of(issued.start())
        # ("In a statement to The Verge, Quillo said": the outlet it was made to is not who made it)
        orgs = [
            m for m in ctx.mentions_in(start, end)
            if m[3] == "ORG" and not _addressed(ctx.body, m[0])
        ]
        subjects = ctx.mentions_in(start, issued.start())
        if not subjects and (kind := _ISSUER_AFTER_RE.match(ctx.body, issued.end(), end)) and (
            (described := _org_described_as(ctx, kind.group(1))) is not None
        ):
            return described  # "In a statement dated May 21, the processor said ...": the one called a processor
        if len(subjects) == 1 and subjects[0][3] == "PERSON" and not ctx.body[start:subjects[0][0]].strip():
            # "Hsueh hit back in a statement released through Kuanglin's investor relations office": his
            return subjects[0][2]
        if orgs:
            return orgs[0][2]
        people = [m for m in ctx.mentions_in(start, end) if m[3] == "PERSON"]
        if people:
            return people[0][2]  # "In a separate statement, Bello-Danjuma said ...": hers
        if _THE_COMPANY_RE.search(ctx.body, start, end):
            earlier = [m for m in ctx.mentions_in(max(0, start - 400), start) if m[3] == "ORG"]
            if earlier:
                sentence = ctx.sentences.start_of(earlier[-1][0])
                return next(m for m in earlier if m[0] >= sentence)[2]
    return _most_named(ctx, "ORG")


# Words quoted from a filing, complaint or lawsuit are a document's, not anyone's speech.
_DOCUMENTS = (
    r"(?:(?:regulatory|securities|court|legal|bankruptcy|annual|quarterly)\s+)?(?:filings?|complaint|lawsuit|suit|"
    r"prospectus|(?:proxy\s+|management\s+information\s+)?circular|indictment|court\s+(?:papers|documents|records)|documents?|DRHP|motion|petition|the\s+contract|10-K|S-1|"
    r"(?:written\s+)?submission|written\s+evidence|screenshot|exchange\s+(?:release|announcement|filing)|"
    r"(?:(?:annual|quarterly|sustainability|earnings|research)\s+)?report|"
    r"order(?!\s+(?:of|to)\b)|ruling|(?:binding\s+|final\s+|draft\s+)?(?:decision|determination)|(?:government\s+)?resolution|"
    # "A project brochure handed out at a public meeting describes the site as '...'": printed matter
    r"brochure|leaflet|flyer|pamphlet|"
    # "In its press communiqué, the CBS said", "In a consultation paper published last month, the BMA said"
    r"(?:press\s+)?communiqu[ée]|(?:consultation|discussion|white|green|policy)\s+paper|"
    # "In its latest Quarterly Economic Review, the CBSI said" (a critic's "review" is her own words)
    r"(?:economic|monetary(?:\s+policy)?|financial\s+stability|quarterly|mid-year)\s+review|public\s+statement)"
)
# Things with words written on them: "Our runbook said", "the text read:", a status page that "said".
_WRITTEN_THINGS = (
    r"runbook|playbook|handbook|manual|policy|text|sign|signs|banner|placard|plaque|notice|label|headline|caption|slide|"
    r"(?:stock\s+exchange\s+)?release|"
    r"status\s+page|web\s?page|website|home\s?page|landing\s+page|screen|dashboard"
)
_DOCUMENT_SUBJECT_RE = re.compile(
    rf"^\s*(?:(?:but|and|yet|so)\s+)?(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENTS}|letter|submission|{_WRITTEN_THINGS})\s+$",
    re.IGNORECASE,
)
# "The letter listed ...", "The filing says ...": a sentence whose subject is a document and its verb
_DOCUMENT_OPENS_RE = re.compile(
    rf"\s*(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENTS}|letter)\s+(?:also\s+)?[a-z]+(?:s|ed)\b"
    # "The order of the Ministry states that ...": an authority's order
    r"|\s*(?:the|an|its)\s+order\s+of\s+the\s+[A-Z][\w ]{2,40}?\s+(?:states|stated|says|said|reads|read|finds|found)\b",
    re.IGNORECASE,
)
# "The proposed class action, filed on Monday in ... by the pension fund, says": a document, its filing between
_DOCUMENT_WITH_CLAUSE_RE = re.compile(
    rf"^\s*(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENTS}|class\s+action|letter|memo)\s*,"
    r"\s+(?:(?:filed|lodged|brought|submitted|published|issued|released|dated|seen|signed|sent|addressed)\b[^\"“”;]{0,200}"
    # "The decision, which also approved a lease to “…”, describes the increase as": a clause that may quote it too
    r"|which\b[^;]{0,200}),\s+$",
    re.IGNORECASE,
)
# " [39]", " [8]-[9]" after the closing mark: the paragraph of the written judgment it quotes (an
# encyclopedia's footnote "[12]" sits right against the mark)
_PARAGRAPH_REF_RE = re.compile(r" \[\d{1,3}\](?:\s?[-–]\s?\[\d{1,3}\])?")
_PRESENTATION_AUDIENCES = ("lenders", "investors", "shareholders", "analysts", "creditors", "bondholders", "banks")
_DOCUMENT_BEFORE_RE = re.compile(
    # ("In a directors' circular mailed to shareholders, the board said ...")
    rf"\b(?:in|according\s+to|under|cited\s+in|quoted\s+in)\s+(?:a|an|the|its|their|his|her|this|that)\s+"
    rf"(?:[\w’'-]+\s+){{0,2}}?(?:{_DOCUMENTS}|letter|notice|notification|advisory|circular|bulletin|"
    # "According to a support page at quillo.com/sunset, ...": a company's page, not anyone speaking
    rf"(?:support|help|faq)\s+(?:page|article|centre|center))\b"
    # "METI issued the order on Monday under the Act, telling the company to '...'": the order's own words
    r"|\bissued\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:order|directive|decree|instruction)\b[^.;!?\"“”]{0,160}$"
    # "In a press release issued on Tuesday, the Central Bank said it had “...”": the release's words (where a
    # release is only how a denial went out, "X rejected it in a press release, saying, '...'", it is X's)
    # (at the sentence's start: "pre" opens with it, or the search starts there in the whole text)
    r"|(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s)|(?<=\n))\s*In\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:press|news|media)\s+release\b"
    # "In the query, the exchange drew the company's attention to “...”": an exchange's written query
    r"|\b[Ii]n\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,2}?query\b"
    # "According to the announcement, the board and Tschudin “mutually agreed ...”": the company's published text
    r"|\baccording\s+to\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?announcement\b"
    # "saying in its report that the board ...": the firm's own report
    r"|\bin\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?report\b"
    # "warned in its May monetary policy statement that ...": a published statement of policy or accounts, not a
    # spokesman's (as "in a statement" is)
    r"|\b[Ii]n\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:policy|financial|annual|quarterly|interim|budget)\s+statement\b"
    # "In an announcement to the Prague Stock Exchange, Veveří said ...": what a company publishes for the market
    # (a press release is the company's statement, its words as much as a spokesman's, unless it went out
    # to the market: "In a press release published after the close of trading on Euronext Brussels")
    r"|\b[Ii]n\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:announcement|notice|filing|disclosure)\s+to\s+"
    r"(?:the\s+)?[^,.;:\"“”]{0,40}?(?:[Ee]xchanges?|[Bb]ourses?|[Mm]arkets?)\b"
    # "In a presentation to its lenders in February, Brightside had described ... as an “...”": the deck's words
    # (a person who presents speaks them: see _quoted_from_document)
    r"|\b[Ii]n\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?presentation\s+to\s+(?:its\s+|their\s+|the\s+)?"
    rf"(?:{'|'.join(_PRESENTATION_AUDIENCES)})\b"
    r"|\b[Ii]n\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?press\s+release\s+(?:published|issued|filed|released|"
    r"sent|posted)\b[^,.;:\"“”]{0,60}?\b(?:[Ee]xchange|[Bb]ourse|[Mm]arkets?|trading|Euronext|Nasdaq|NYSE)\b"
    # "In a fato relevante filed late on Thursday with the CVM, ...": whatever it is called, a filing
    r"|\b[Ii]n\s+(?:a|an|its|their)\s+[^,.;:\"“”]{2,40}?\s+filed\s+[^,.;:\"“”]{0,40}?\b(?:with|to)\s"
    # "In written evidence submitted ahead of the session, Severnside Bank said that '...'": to a committee
    r"|\b[Ii]n\s+(?:(?:its|their|his|her)\s+)?(?:supplementary\s+)?written\s+(?:evidence|submissions?)\b[^.;!?\"“”]{0,120}$"
    # "In brief written grounds, the judge noted ...", "In a statutory declaration filed with the board"
    r"|\bin\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:grounds|judgment|affidavit|(?:statutory\s+)?declaration)\b"
    # "section 11(1) of the Act (“UCTA”), under which a term must be '...'": the law's own test
    r"|\b(?:Act|section|clause|regulations?|rule|article|code|statute)\b[^.;!?]{0,80}?\bunder\s+which\b[^.;!?\"“”]{0,60}$"
    # "Clause 14.2 of the agreement provided: '...'", "Section 9.1 says:": a contract's or a law's own words
    r"|\b(?:[Cc]lause|[Ss]ection|[Aa]rticle|[Rr]ule)\s+\d[\w.()]*\b[^.;!?\"“”]{0,60}\b(?:provided|provides|states|stated|reads|read|says|said)\b"
    # "a two-page letter of wishes the patriarch signed in 2019, in which he asked his son to ...": its words
    r"|\b(?:letter|memo|memorandum|note|e-?mail|will|diary)\b[^.;!?\"“”]{0,80},?\s+in\s+which\s+(?:he|she|they|it|[A-Z][\w’'-]+)\b"
    # "a 2009 biography by the journalist Franco Deledda, who describes her as '...'": the book's words
    r"|\b(?:biography|memoir|autobiography|history|book)\s+by\s+[^.;!?\"“”]{1,80}?,\s+who\s+(?:\w+ly\s+)?"
    r"(?:describes|described|writes|wrote|calls|called|portrays|portrayed|characteri[sz]es|characteri[sz]ed)\b"
    r"[^.;!?\"“”]{0,60}$"
    # "Okonkwo writes to shareholders that ...": a letter to the owners
    r"|\bwr(?:ote|ites)\s+to\s+(?:fellow\s+|the\s+company's\s+|the\s+company’s\s+)?(?:shareholders|stockholders|investors)\b"
    # "My constituent ... wrote to me last month: '...'": a letter to the one telling of it
    r"|\bwr(?:ote|ites)\s+to\s+(?:me|us)\b(?:\s+(?:last|this|in|on)\s+[\w ]{1,20}?)?\s*[:,]?\s*$"
    # "Her letter ended with a question I cannot answer: '...'"
    # (a memo that "ends with a line" is its writer's speech, as the memo's other words are)
    r"|\bletter\s+(?:ended|ends|began|begins|opened|opens|closed|closes|concluded|concludes)\s+"
    r"(?:with|by)\b[^.;!?\"“”]{0,60}$"
    # "what the filing calls '...'", "the complaint alleges that ..."
    # (a memo "according to" which someone spoke reports speech; a memo that "describes" is the document)
    # ("The memo, whose author is unknown, reads in part:" and an email read into the record too)
    # ("Our runbook said '...'", "the text read:", "a banner that said": written words on a thing)
    # ("a deck with one slide that just said '...'")
    rf"|\b(?:the|a|an|one|its|their|our|my|your|his|her|[A-Z][\w-]*[’']s)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENTS}|memo|memorandum|e-?mail|"
    # ("The petition, dated May 19 and signed by Barr. Ada Obi on behalf of 312 customers, describes")
    rf"{_WRITTEN_THINGS})(?:,(?:[^,.;:!?]|\b(?:Mr|Mrs|Ms|Dr|Barr|Engr|Prof|St|Jr|Sr)\.){{1,100}},|\s+that)?"
    r"(?:\s+(?:also|further|previously|elsewhere|itself|just|simply|only|literally|still|now|even|proudly))?"
    r"\s+(?:calls|called|says|said|states|stated|"
    r"reads|read|alleges|alleged|describes|described|notes|noted|warns|warned|claims|claimed|"
    r"calling\s+for|calls\s+for|demanding|urging)\b"  # "a petition calling for a '...'"
    # "the annual report the group published in April, which notes that '...'": the report's own words
    rf"|\b(?:{_DOCUMENTS}|letter|memo)\b[^.;!?\"“”]{{0,60}},\s+which\s+(?:also\s+)?"
    r"(?:notes|noted|says|said|states|stated|warns|warned|reads|read)\b(?:\s+that)?\s*$"
    # "It read: ...": a document read out, named in the sentence before
    r"|\b(?:it|which)\s+(?:reads|read)(?:\s+in\s+part)?\s*[:,]?\s*$"
    # "In a WhatsApp message to a friend, which Ms Steyn read aloud, Mr Strand wrote:": evidence read out in court
    r"|\b(?:e-?mails?|messages?|texts?|letters?|notes?|memos?|diary|diaries)\b[^.;:!?]{0,60}\bread\s+(?:aloud|out)\b",
    re.IGNORECASE,
)
# What a document does with words: '“...,” the complaint says', 'the filing states'.
_DOCUMENT_SAYS = r"reads?|says|said|states|stated|alleges|alleged"
# '," the notice said. ': a document's words attributed to it, and the gap to its next quotation
_DOCUMENT_SAID_GAP_RE = re.compile(
    rf"[,.]?[”\"’']?,?\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENTS}|notice|letter|memo)\s+"
    r"(?:said|says|read|reads|stated|states)\.\s*"
)
# '“...” and warns that “': the document just quoted, quoted again in the same breath
_DOCUMENT_GOES_ON_RE = re.compile(
    r",?\s+and\s+(?:also\s+)?(?:warns|warned|notes|noted|says|said|states|stated|adds|added|calls|called)\s+"
    r"(?:that\s+)?[\"“‘']"
)
# "It described the investment as ...": the document, or its filer, still the subject
_IT_GOES_ON_RE = re.compile(r"It\s+(?:also\s+)?(?:described|called|said|says|added|stated|states|noted|termed)\b")
_DOCUMENT_VERB_RE = re.compile(rf"\b(?:according|{_DOCUMENT_SAYS})\b", re.IGNORECASE)
_DOCUMENT_AFTER_RE = re.compile(
    # '... had "plausibly alleged" that Calder used its code, according to the ruling': later in the sentence
    r"^(?:[^.!?\"“”\n]{0,100}?,[ \t]+(?=according\s+to\b))?"
    # ('calls the shares "deeply undervalued" in a regulatory filing': the filing's words)
    rf"[,.;:!?”’\"']{{0,3}}[ \t]*(?:(?:according\s+to|in|{_DOCUMENT_SAYS})\s+)?"
    rf"(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?{_DOCUMENTS}\b"
    # "..., according to documents in the trial bundle"
    r"|^[,.;:!?”’\"']{0,3}[ \t]*according\s+to\s+(?:court\s+|legal\s+|internal\s+)?(?:documents|filings|papers|records)\b"
    # '"...," Cheonghae Materials said in a disclosure filing': the filer's words, as filed
    # ('"...", the agency said in its rationale': a rating's published reasons; '"...," the company said in the
    # announcement': the one it made to the exchange)
    r"|^[,.;:!?”’\"']{0,3}[ \t]*(?:(?:[A-Z][\w&.’'-]*\s+){1,4}|the\s+[a-z]{3,20}\s+)(?:said|says|stated|added)\s+in\s+(?:a|an|its|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:filings?|disclosures?|prospectus|rationale|announcement)\b"
    # ('"...," Cendana Peak wrote in the letter, which was signed by ...': a letter's words, its sender's
    r"|^[,.;:!?”’\"']{0,3}[ \t]*(?:(?:[A-Z][\w&.’'-]*\s+){1,4}|the\s+[a-z]{3,20}\s+|(?:he|she|it|they)\s+)"
    r"(?:wrote|writes|said|says|stated)\s+in\s+(?:a|an|its|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?letters?\b"
    # ('"...," the authority said in its approval notice': a body's published conditions, where a person
    # "said in the notice" speaks in it)
    r"|^[,.;:!?”’\"']{0,3}[ \t]*(?:(?:[A-Z][\w&.’'-]*\s+){1,4}|the\s+[a-z]{3,20}\s+)(?:said|says|stated)\s+in\s+its\s+"
    r"(?:[\w-]+\s+){0,2}?(?:notices?|orders?|rulings?|determination)\b"
    # '"The proceeds of the issue shall be ...," the notice read': a written thing's words, read off it
    rf"|^[,.;:!?”’\"']{{0,3}}[ \t]*(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_WRITTEN_THINGS})\s+(?:read|reads)\b",
    re.IGNORECASE,
)


_DEFINED_TERM_RE = re.compile(DEFINED_TERM_LEAD + "$", re.IGNORECASE)
_FIRST_PERSON_RE = re.compile(r"(?:^|[.!?,;]\s+|\b(?:and|but|then|so|when)\s+|^(?:\w+\s+){1,4})I\s+(?:\w+\s+){0,2}$")
_INNER_ATTRIBUTION_RE = re.compile(
    # "..., Coombs said, adding that ...": the attribution need not end the paragraph
    rf",\s+(?P<who>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{0,3}})\s+(?:{_VERBS})(?:\.?$|,\s)"
    # "..., we'll just stop skiing, says Marisol Tafoya, 38, of Westcliffe, whose ...": the verb first
    rf"|,\s+(?:says|said)\s+(?P<after>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{1,3}})(?:\.?$|,\s)"
)
_HEADLINE_SPEAKER_RE = re.compile(r"^\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s*:\s*$")
_SIGN_READ_RE = re.compile(
    r"\b(?:signs?|banners?|placards?|posters?|shirts?|t-shirts?|billboards?)(?:\s+(?:that\s+)?(?:read|reads|reading|said|saying"
    # "a hand-lettered sign still hanging in the original store reads"
    r"|(?:[\w’'-]+\s+){1,8}?(?:still\s+)?(?:reads|read))"
    # "packed the rows with hand-lettered signs; one read “No Billionaire Bailouts."
    r"|[;,]\s+(?:one|another)\s+(?:read|reads|said))"
    r"(?:\s*:)?\s*(?:[“\"][^”\"]{1,60}[”\"]\s*(?:,|and|or)\s*)*$"
)
# Said of a group, not of one speaker: 'what she called “the Slate 2 stumble”' is her speech.
_CALLED_NAME_RE = re.compile(
    r"\b(?:what|which)\s+(?:they|we|people|locals|residents|staff|workers|strikers|fans|members|employees|"
    r"insiders|everyone|regulars|customers|traders|locals|friends|colleagues|neighbou?rs|some|many|others)\s+(?:\w+\s+){0,3}call(?:s|ed)?\s+(?:the\s+|a\s+|an\s+|it\s+)?$"
    # "what health researchers call a “maternity care desert”", "what critics at the time called “hot money”":
    # a trade's name for a thing
    r"|\b(?:what|which)\s+(?:[a-z]+\s+)?[a-z]{3,}(?:ers|ists|ians|ants|ents|ors|ics)\s+(?:\w+\s+){0,3}call(?:s|ed)?\s+"
    r"(?:the\s+|a\s+|an\s+|it\s+)?$"
    # "Von Aschenbach-Rühle, whom colleagues call “die Gräfin”": a name people give her
    r"|\bwhom\s+(?:[a-z]+\s+){0,3}call(?:s|ed)?\s+$"
)
_SUNG_RE = re.compile(r"\b(?:sang|sing|sings|singing|chanted|chant|chants|chanting)\s+(?:of\s+)?$")


_IT_SAID_RE = re.compile(r"\bit\s+(?:still\s+)?(?:said|says|read|reads|showed|shows|displayed)\s*$")
# "The email came at 6:04. It said our roles had been '...'": the sentence's subject is the thing before it.
# ("The letter arrived on a Monday. In it, Ms de Vauclair warned that ...": the letter's words, by its writer)
_IT_SAID_LEAD_RE = re.compile(r"\s*(?:It\s+(?:said|says|read|reads|stated|states|told\s+(?:us|me|them|staff))\b|In\s+it,)")
_WRITTEN_THING_RE = re.compile(rf"\b(?:{_WRITTEN_THINGS}|memo|e-?mail|letter)\b", re.I)
# "The motion said ...", the subject a later "it said" points back at
_DOCUMENT_SPOKE_RE = re.compile(
    rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENTS}|memo|memorandum|letter|notice|notification)\s+(?:\w+ly\s+)?"
    r"(?:said|says|argued|argues|stated|states|noted|notes|added|adds|contended|contends)\b"
)
_ASKED_LEAD_RE = re.compile(r"(?:^|[.!?]\s+)(?:(?:When|If|Once)\s+)?[Aa]sked\s*[,:]?\s*$")
_ALT_TEXT_RE = re.compile(r"\[(?:Image|Screenshot|Photo|Picture|Alt(?:\s+text)?)\s*:", re.IGNORECASE)
_POSSESSIVE_LEAD_RE = re.compile(r"\s*(His|Her)\s")
# "Vork's keynote from StoreConf Europe 2022 on a loop:": the words a person delivered, quoted after the colon
_DELIVERED_WORDS_RE = re.compile(
    r"\b([A-Z][\w’'-]+)[’']s\s+(?:keynote|speech|talk|address|remarks|testimony|interview)\b[^.!?:\"“”]{0,80}:\s*$"
)
_THE_POST_READ_RE = re.compile(r"[,.!?]?[”\"’']?\s*the\s+(?:post|tweet|message|caption)\s+(?:read|reads|said|says)\b")
_HIS_WRITING_SAYS_RE = re.compile(
    r"\s*(His|Her)\s+(?:[\w-]+\s+)?(?:announcement|post|blog\s+post|statement|letter|README|e-?mail|note|message|"
    r"tweet|memo)\s+(?:says|said|reads|read)\s*:?\s*[\"“‘']"
)
_PLEDGE_BEFORE_RE = re.compile(
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}[’'](?:s\b)?\s+)(?:[a-z]+\s+){0,2}?"
    r"(?P<noun>assurances?|promises?|pledges?|vows?|boasts?)\s+that\s+(?:[\w’',-]+\s+){1,8}$"
)
# A memo is its writer's words when they "said" what it says, and the memo's when they "wrote" it
_MEMO_BEFORE_RE = re.compile(
    r"\b[Ii]n\s+(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:memo|memorandum|e-?mail|letter)\b"
)
_WRITING_VERBS = frozenset("wrote writes writing stated states noted notes described describes describing".split())


def _quoted_from_document(ctx: _Context, pre: str, close: int, sent_start: int) -> bool:
    """"In a regulatory filing, Quillon said the deal would be '...'", "'...,' the complaint says".

    A person the document reports speaking ("the complaint describes a
    meeting at which Ilchuk told her that ...") is quoted, not the document.
    """
    opening = ctx.sentences.start_of(sent_start)
    if _DOCUMENT_OPENS_RE.match(ctx.body, opening) and not any(
        not ctx.inside_quote(m[0]) and _can_speak(m) and not ctx.body.endswith("by ", 0, m[0])
        for m in ctx.mentions_in(opening, sent_start + len(pre))
    ):
        # 'The letter listed the president as "..." and said he had "..."': the letter's words, all of them
        # ("A project brochure handed out in Lüderitz describes ...", "A leaflet handed out by the union read:":
        # a place, or whoever handed it out, does not speak its words)
        return True
    document = _DOCUMENT_BEFORE_RE.search(pre)
    if document is None and (memo := _MEMO_BEFORE_RE.search(pre)) and any(
        verb.group() in _WRITING_VERBS for verb in _VERB_RE.finditer(pre, memo.end())
    ):
        return True  # "In the memo, sent on Tuesday, CEO Adetola Ogunbiyi wrote that ...": the memo's words
    if document is None:
        if _IT_SAID_RE.search(pre) and sent_start:
            # "Our status page lagged. For 52 minutes it said “All Systems Operational,”": the page's words
            before = ctx.body[ctx.sentences.start_of(sent_start - 1):sent_start]
            if _WRITTEN_THING_RE.search(before):
                return True
        sentence_start = ctx.sentences.start_of(sent_start)
        if sentence_start and _IT_SAID_LEAD_RE.match(ctx.body, sentence_start):
            before = ctx.body[ctx.sentences.start_of(sentence_start - 1):sentence_start]
            if _WRITTEN_THING_RE.search(before):
                return True
        after = _DOCUMENT_AFTER_RE.match(ctx.body[close:close + 80])
        if (
            after is not None and ctx.body[close - 2:close - 1] in (".", "!", "?")
            and not _DOCUMENT_VERB_RE.search(ctx.body, close, close + after.end() + 12)
        ):
            return False  # '“... we lifted it.” The order was lifted at 7:10 p.m.': the next sentence, not a source
        return after is not None
    if document.group().endswith(("calling for", "calls for", "demanding", "urging")) or "under which" in document.group():
        # 'said people had signed a petition calling for a "..."': its demand, whoever reports it; and
        # 'argued that ... section 11(1), under which a term must be "..."': the law's test
        return True
    if document.group().endswith(_PRESENTATION_AUDIENCES) and any(
        m[3] == "PERSON" for m in ctx.mentions_in(sent_start + document.end(), sent_start + len(pre))
    ):
        return False  # "In a presentation to investors, Ruiz said ...": she presented it, in her words
    head = pre[:document.start()]
    named = [m for m in ctx.mentions_in(sent_start, sent_start + document.start()) if m[3] in ("PERSON", "ORG")]
    if any(verb.group() not in _WRITING_VERBS for verb in _VERB_RE.finditer(head)) and named and (
        named[0][3] == "PERSON"
    ):
        # "Mehra told jurors the memo described '...'": her words for the memo; "Whelan said, adding
        # that the figures in the complaint were '...'": hers about the complaint (but the firm that
        # "recommends ... Raman and Keogh, saying in its report" is the report's author, not they)
        return False
    reported = document.group()[:2].lower() == "ac"
    if document.group()[:2].lower() in ("in", "un", "ci", "qu") or reported and "," not in pre[document.end():]:
        return True  # "In a regulatory filing, Quillon said ...": the filing is how Quillon spoke
    for verb in _VERB_RE.finditer(pre, document.end()):
        if verb.group() in _WRITING_VERBS:
            continue  # "In a two-page order, Blaylock wrote that ...": the document's author writing it
        if reported and verb.group() not in _SAYING_VERBS:
            continue
        named = ctx.mentions_in(sent_start + document.end(), sent_start + verb.start())
        if any(m[3] == "PERSON" for m in named):
            return False
    return True


_ALLEGED_BEFORE_RE = re.compile(r"\b(?:alleged|allegedly|purported|purportedly)\s+$", re.IGNORECASE)
_INSTRUMENT_HEADS = frozenset(
    "agreement agreements order orders charter constitution settlement review personnel clause clauses scheme regime "
    "protocol programme program policy notice award designation status framework mechanism".split()
)
_CALLED_SLOT_RE = re.compile(r"\b(?:call\w*|describ\w*|dubb\w*|term\w*|label\w*)\b[^.;!?]{0,30}$", re.IGNORECASE)
_LOWER_PHRASE_RE = re.compile(r"[a-z][a-z’'-]*(?: [a-z][a-z’'-]*){0,3}")
_TERM_SLOT_RE = re.compile(r"\b(the|a|an|its|their|our|his|her|in|of|for|on|under)\s+(?:(?:19|20)\d\d\s+)?$", re.IGNORECASE)
# (not "he said the board had ‘full confidence’", "accused critics of ‘fighting yesterday's battle’")
_TERM_SLOT_CUE_RE = re.compile(
    r"\b(?:said|says|say|saying|told|tells|telling|call\w*|describ\w*|as|that|accus\w*|prais\w*|warn\w*|according|"
    r"insist\w*|argu\w*|claim\w*|add(?:s|ed|ing)?|wrote|writes|known|dubbed|term|word|phrase|labell?ed|named|"
    r"promis\w*|vow\w*|urg\w*|believ\w*|hop\w*|expect\w*|want\w*|asked|asks|question\w*|speak\w*|spoke)\b",
    re.IGNORECASE,
)


def _instrument_named(body: str, pair: _Pair, sentence_start: int) -> bool:
    """A lower-case name of an instrument in the slot a noun fills, in someone's reported words: "the
    change in ‘key managerial personnel’", "had issued an “environmental protection order”"."""
    text = body[pair.start:pair.end]
    words = text.split()
    pre = body[max(sentence_start, pair.start - 90):pair.start - 1]
    return (
        2 <= len(words) <= 4 and words[-1] in _INSTRUMENT_HEADS and bool(_LOWER_PHRASE_RE.fullmatch(text))
        and bool(_TERM_SLOT_RE.search(pre[-30:])) and not _CALLED_SLOT_RE.search(pre[-40:])
    )


def _judge(ctx: _Context, pair: _Pair, lo: int, hi: int, prev_close: int) -> _Judgement:
    """Is the quote attributed speech, and whose? ``lo``/``hi`` bound the search."""
    body = ctx.body
    open_mark = pair.start - 1
    sent_start = max(ctx.sentences.start_of(open_mark), prev_close, lo, open_mark - _WINDOW)
    pre = body[sent_start:open_mark]
    close = min(pair.end + 1, hi)
    text = body[pair.start:pair.end]
    words = text.split()
    # '"monitoring developments," a spokesperson said': the comma inside the marks hands the words to a speaker
    short = len(words) <= 3 and not text[:1].isupper() and not text.endswith(",")
    if pair.end == hi and (inner := _INNER_ATTRIBUTION_RE.search(text)):
        # '“We sold the second truck to pay for it, Walt Vantwest said.' with its closing mark lost
        who = "who" if inner.group("who") else "after"
        lo_name = pair.start + inner.start(who)
        people = [sp for sp in ctx.spans if lo_name <= sp[0] < pair.start + inner.end(who) and sp[3] == "PERSON"]
        if people:
            return _Judgement(True, people[0][2], True)
    if len(words) <= 2 and _NAME_BEFORE_RE.search(pre[-40:]) and _NAME_AFTER_RE.match(body, close):
        return _Judgement(False, None, False)  # Deirdre "Dee" Okafor: a nickname
    if len(words) <= 3 and text.istitle() and _DASHED_NICKNAME_RE.search(pre[-60:]) and _NICKNAME_TAIL_RE.match(body, close):
        return _Judgement(False, None, False)  # 'Dr. Harold Brisbane — “Doc Hal” to three generations —
    if _quoted_from_document(ctx, pre, close, sent_start):
        return _Judgement(False, None, False, document=True)
    if (
        len(words) <= 4 and _LOWER_PHRASE_RE.fullmatch(text) and (det := _TERM_SLOT_RE.search(pre[-30:]))
        and not (det.group(1).lower() == "of" and words[0].endswith("ing")) and not _TERM_SLOT_CUE_RE.search(pre)
    ):
        # "Staff learned of the ‘portfolio realignment’", "Kelp is having a ‘moment’": a thing's name in the
        # story's own sentence, in the slot a noun fills, with no one said to say it
        return _Judgement(False, None, False)
    if _ALLEGED_BEFORE_RE.search(pre[-16:]):
        # 'over alleged "coordination of retail prices"', 'had allegedly "told staff to destroy ..."': the words of
        # a charge, as a complaint or an order puts them
        return _Judgement(False, None, False, document=True)
    if len(words) <= 4 and _PHRASE_FOR_IT_RE.search(pre[-60:]):
        return _Judgement(False, None, False)  # "we had a phrase for it: ‘Harlan mode.’": a term, not a remark
    if _PARAGRAPH_REF_RE.match(body, close):
        return _Judgement(False, None, False)  # '... “read the schedule to its own storage contract” [39].': a judgment's words
    # (not 'he wrote in Thai: "ขอโทษ" ("I am sorry")': a sentence in a script that leaves no spaces)
    if len(words) == 1 and text.isalpha() and zipf(text) < 1 and _GLOSS_AFTER_RE.match(body, close) and not (
        pre.rstrip().endswith(":")
    ):
        return _Judgement(False, None, False)  # 'would demand “Kurzarbeit”, Germany’s short-time work scheme': a term
    if _DEFINED_TERM_RE.search(pre[-40:]) and len(words) <= 4 and body.startswith(")", close):
        return _Judgement(False, None, False)  # 'Brenfield Logistics Software Corp. ("Brenfield")': a defined term
    if lo == sent_start and close >= hi - 1 and _HEADLINE_SPEAKER_RE.match(pre):
        # "Lindqvist: ‘Nothing changes in the dressing room’": a headline gives the words to the name
        people = [m for m in ctx.mentions_in(lo, open_mark) if m[3] == "PERSON"]
        if len(people) == 1:
            return _Judgement(True, people[0][2], True)
    if _SUNG_RE.search(pre[-30:]):
        return _Judgement(False, None, False)  # 'fans sang "Tank, Tank, he's one of our own"': a chant
    if _SIGN_READ_RE.search(pre[-90:]):
        return _Judgement(False, None, False)  # 'signs read “Fair Wages Now” and “Local 482 Strong.”': slogans
    if _CALLED_NAME_RE.search(pre[-40:]):
        return _Judgement(False, None, False)  # 'what they call the “ice box,”': a name for a thing
    if text[:1].isupper() and title_cased(text) and (
        names_a_work(body, pair.start, pair.end) or _CITED_YEAR_RE.match(body, close)
    ):
        return _Judgement(False, None, False)  # 'In episode 147, "We Left Boston and Nobody Noticed,"
    if len(words) >= 2 and text[-1:].isalnum() and title_cased(text) and (
        _named_unquoted(body, text, pair.start) or any(text == e.name or text in e.aliases for e in ctx.entities)
    ):
        # 'credits include "Tidewater Hollow II: The Drowned Bell"', 'a lease to “Nabatean Fertilizer Industries
        # Public Shareholding Company”': a name
        return _Judgement(False, None, False)
    # Lower-case words with no punctuation of their own: a term, not a sentence someone said.
    term = text[:1].islower() and text[-1:].isalnum()
    # 'a "generation gap"', '"dark warehouse" systems': two lower-case words set off as a phrase
    phrase = _short_term(text)
    if phrase and _ARTICLE_END_RE.search(pre) and _NOUN_AFTER_RE.match(body, close) and not _SAID_CLAUSE_RE.search(pre):
        # 'what Virelle calls a "floating" roof': a word for the thing; but 'Banerjee said Harborline
        # would see a “solid” return' gives his word for it
        return _Judgement(False, None, False)
    if term and len(words) <= 3 and _STATE_VERB_END_RE.search(pre[-24:]) and not any(
        not _WH_WORD_RE.match(pre, verb.end()) for verb in _VERB_RE.finditer(pre)
    ):
        # 'explains why Tidewell stayed "default alive"': a state, named; but 'said the pledge
        # remained "under discussion"' reports the spokesperson's words
        return _Judgement(False, None, False)
    if _ASKED_LEAD_RE.search(pre):
        return _Judgement(False, None, False)  # 'Asked "Will the Halvorsens still be ...?" Greta laughs.': the reporter's
    if _ALT_TEXT_RE.match(body, lo):
        return _Judgement(False, None, False)  # "[Image: screenshot of an email ... reading “...”]": the email's words
    if (pledge := _PLEDGE_BEFORE_RE.search(pre)) is not None:
        # "Defendants' repeated assurances that enrollment was 'ahead of plan'", "Vance's promise that ...":
        # the words given in the assurance, by whoever the possessive names
        owners = [m for m in ctx.mentions_in(sent_start + pledge.start(), sent_start + pledge.start("noun")) if _can_speak(m)]
        return _Judgement(True, owners[-1][2] if owners else None, True)
    named = _naming(ctx, pre, sent_start, text)
    if named is not None:
        return named
    if _STATUS_PAGE_RE.search(pre):
        # 'posted to the status page: "Investigating - ..."': the company's words, whoever pasted them;
        # the company the headline names ("Where Finlark Raced to Fix Its Payments Outage"), else the main one
        headlined = [e.name for e in ctx.entities if e.type == "ORG" and _in_title(ctx, e)]
        return _Judgement(True, headlined[0] if headlined else _statement_owner(ctx, open_mark), True)
    if (delivered := _DELIVERED_WORDS_RE.search(pre)) is not None:
        # "Someone should play Vork's keynote from StoreConf Europe 2022 on a loop: '...'": the speaker's talk
        owners = [m for m in ctx.mentions_in(sent_start + delivered.start(1), sent_start + delivered.end(1)) if m[3] == "PERSON"]
        if owners:
            return _Judgement(True, owners[0][2], True)
    if _ends_with_words_cue(pre):
        return _Judgement(True, None, True)
    if (own_words := _IN_OWN_WORDS_RE.search(pre, max(0, len(pre) - 40))) is not None:
        # "In her words: '...'", "is, in her words, '...'": the person named before the cue
        pronoun = _PRONOUN_OF.get(own_words.group(1).lower(), "")
        return _Judgement(True, ctx.last_person_before(sent_start + own_words.start(), pronoun), True)
    if (
        len(words) == 3 and term and _NOUN_AFTER_RE.match(body, close) and _OWNER_END_RE.search(pre)
    ):
        return _Judgement(False, None, False)  # 'the exchange’s “proof of reserves” dashboard': a name for a thing
    determiner = len(words) <= 3 and _DETERMINER_CUE_RE.search(pre[-40:]) and not pre.rstrip().endswith((":", ",")) and (
        len(words) < 3 or not _ANSWER_WAS_RE.search(pre)  # 'her answer was that the change "only affects resellers."'
    )
    if determiner and words and words[0] in _CLOSING_PREPOSITIONS and body[close:close + 1] in (".", "!", "?"):
        determiner = None  # 'a plan for the club "within weeks".': the phrase after "the club" is not its name
    if determiner and (len(words) <= 2 and text[:1].isupper() or not _VERB_RE.search(pre)):
        return _Judgement(False, None, False)
    if determiner and phrase and (_ARTICLE_END_RE.search(pre) or _NOUN_AFTER_RE.match(body, close)) and not (
        _SAID_CLAUSE_RE.search(pre) or _VERDICT_AS_RE.search(pre)
    ):
        # 'warned of a "generation gap"', 'the company's "dark warehouse" systems': a phrase held at arm's length
        return _Judgement(False, None, False)
    if len(words) <= 3 and term and _TERM_SUBJECT_RE.match(body, close):
        return _Judgement(False, None, False)  # 'that “circular fashion” is a marketing phrase': a term talked about
    # A bare word after a verb is being mentioned ('said "Open" was'), not said, unless
    # the clause's own subject stands right before it ('says two firms "engineered" her removal').
    bare_word = len(words) == 1 and not text.endswith((",", ".", "!", "?", "…")) and not _BARE_CLAUSE_RE.search(pre)
    # 'said her office would look at whether X had ignored "a pattern of complaints"': a phrase of
    # three words or more, or a sentence, ends the speaker's reported clause
    # 'would publish a plan "within weeks".': two words that close the reported sentence are its end, quoted
    clause = len(words) >= 3 or len(words) >= 2 and (
        text.rstrip().endswith((".", "!", "?")) or body[close:close + 1] in (".", "!", "?") and not determiner
    )
    if clause and (answer := _ANSWER_WAS_RE.search(pre)):
        # "Ueda’s answer was that Lumenfold would support a rulemaking “on any timeline ...”"
        if answer.group("pronoun"):
            return _Judgement(True, ctx.last_person_before(sent_start, _PRONOUN_OF[answer.group("pronoun").lower()]), True)
        people = [m for m in ctx.mentions_in(sent_start + answer.start(), sent_start + answer.end("who")) if m[3] == "PERSON"]
        if people:
            return _Judgement(True, people[-1][2], True)
    if _COUNSEL_FOR_RE.match(pre):
        return _Judgement(True, None, True)  # "Counsel for Yiu Mei-wah says ... was '...'": her lawyer, unnamed
    if _CHARGE_BEFORE_RE.search(pre[-80:]):
        return _Judgement(False, None, False)  # 'prosecuted Oanh for "appropriating property through fraud"': the charge
    found = None if bare_word else _verb_before(ctx, pre, sent_start, open_mark, clause)
    if found is not None:
        return found
    according = _ACCORDING_RE.search(pre)
    if according:
        if pronoun := _HIM_HER_RE.match(pre, according.end()):
            # 'According to him, "The law gives ..."': the person the sentence before named
            return _Judgement(True, ctx.last_person_before(sent_start, _PRONOUN_OF[pronoun.group(1).lower()]), True)
        return _Judgement(True, ctx.subject_after(sent_start + according.end(), open_mark), True)
    if determiner:
        return _Judgement(False, None, False)
    found = _attribution_after(ctx, close, hi, short or bare_word)
    if found is not None:
        return found
    if pre.rstrip().endswith(":") and not (len(words) <= 3 and text[:1].islower()):
        # (not 'smaller and stranger: “burnt-end tamales,” a ...': a lower-case item of a list)
        return _Judgement(True, ctx.subject_before(sent_start, open_mark), True)
    terminal = text.rstrip(" ,").endswith((".", "?", "!", "…"))
    # 'which requires units to deliver “at least 70 percent of ... at −15°C.”': words the sentence runs
    # into, whatever punctuation the closing mark swallows
    # (not 'remembers when it started: she had ... and “wouldn’t let anybody else touch the knob.”')
    run_into = text[:1].islower() and pre.rstrip()[-1:].isalpha() and ":" not in pre
    if len(words) >= 6 and (text[:1].isupper() or terminal and not run_into) or (
        len(words) >= 2 and text[:1].isupper() and terminal
    ):
        return _Judgement(True, None, False)
    return _Judgement(False, None, False)


# A headline's or sentence's subject that is someone's unnamed lawyer or spokesperson, with no article.
_COUNSEL_FOR_RE = re.compile(
    r"^\W*(?:(?:A|An|The)\s+)?(?:[Cc]ounsel|[Ll]awyers?|[Aa]ttorneys?|[Bb]arristers?|[Ss]olicitors?|"
    r"[Ss]pokes(?:person|man|woman))\s+(?:for|to|representing)\s+[^,.;:!?\"“”]{1,80}?\s+"
    r"(?:says|said|tells|told|argues|argued|claims|claimed|submits|submitted|contends|contended)\b"
)
# A gloss after a quoted foreign word: ', Germany’s state-subsidised scheme', ' (pact for the future)'
_GLOSS_AFTER_RE = re.compile(r"[ \t]*\(|,[ \t]+(?:the|a|an|[A-Z][\w-]*[’']s)[ \t]")
# "Ueda’s answer was that ...", "Her reply was that ...": the words that follow are hers
_ANSWER_WAS_RE = re.compile(
    r"(?:(?P<who>\b[A-Z][\w’'-]+)[’']s|\b(?P<pronoun>[Hh]is|[Hh]er))\s+(?:\w+\s+)?(?:answer|reply|response|argument|explanation)\s+"
    # ("Mira's answer on the Lantern Discord yesterday was that": where and when between)
    r"(?:(?:on|in|at|to)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4}?)?(?:(?:yesterday|today|later|earlier)\s+)?"
    r"(?:was|is)\s+(?:that\s+)?[^.!?“”\"]*$"
)
_PRONOUN_OF = {"his": "he", "her": "she", "him": "he"}
_LEAD_PRONOUN_RE = re.compile(r"\s*(He|She)\s")
# '“Capacity Review of Algorithmic Audit Functions” (Oct. 2024)': a cited paper and its date
_CITED_YEAR_RE = re.compile(r"[ \t]*\((?:[A-Z][a-z]{2,8}\.?[ \t]+)?(?:\d{1,2},?[ \t]+)?\d{4}\)")
_CLOSING_PREPOSITIONS = frozenset("within by before after in at on from until over under".split())
_STATE_VERB_END_RE = re.compile(
    r"\b(?:stay|stays|stayed|staying|remain|remains|remained|became|become|becomes|seemed|seems|went|goes|gone)\s+$"
)
_WH_WORD_RE = re.compile(r"\s+(?:why|how|what|whether|when|where)\b")
_TERM_SUBJECT_RE = re.compile(r"[ \t]+(?:is|are|was|were|means|meant|has become|has been)\s")


def _previous_subject(ctx: _Context, lo: int, open_mark: int) -> str | None:
    """The person or pronoun acting in the sentence just before an unattributed quote."""
    start = ctx.sentences.start_of(open_mark)
    if start <= lo or open_mark - start > _WINDOW:
        return None
    prev_start = max(lo, ctx.sentences.start_of(start - 1), start - _WINDOW)
    window = ctx.body[prev_start:start]
    pronoun = None
    for match in _PRONOUN_RE.finditer(window):
        pronoun = match
    # ("... said a listing would be a harder road than Halperin suggests.": who is compared is not who acts)
    mentions = [
        m for m in ctx.mentions_in(prev_start, start)
        if m[3] == "PERSON" and not ctx.body.endswith(("than ", " as "), prev_start, m[0])
    ]
    last = mentions[-1] if mentions else None
    if pronoun is not None and (last is None or prev_start + pronoun.start() > last[0]):
        if _SUBJECT_VERB_RE.match(window[pronoun.end():]):
            return ctx.last_person_before(prev_start + pronoun.start(), pronoun.group())
        if last is None or not _SAID_THAT_PRONOUN_RE.match(ctx.body, last[1], prev_start + pronoun.end()):
            return None
        # ("Mr Okafor said he had used the app for years." / "“I could not pay ...": the one who said it)
    if last is not None and _SUBJECT_VERB_RE.match(ctx.body[last[1]:start]):
        return last[2]
    return None


def _names_inside(name: str, text: str, shared: frozenset[str] = frozenset()) -> bool:
    """True when the quote itself names ``name`` by first name or surname; a surname in ``shared``
    belongs to a family in the story ("one Kratochvil"), so names none of them."""
    return any(
        _word_in(part, text) for part in name.split() if len(part) > 2 and part[0].isupper() and part not in shared
    )


def _word_in(word: str, text: str) -> bool:
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        if (not pos or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        pos = text.find(word, pos + 1)
    return False


def _post_signature(body: str, lo: int, hi: int) -> tuple[str, int] | None:
    """The name on a "— Name (@handle) date" line and where it starts."""
    match = _POST_SIGNATURE_RE.match(body[lo:hi])
    return (match.group("name").strip(), lo + match.start("name")) if match else None


def _entity_name_in(ctx: _Context, lo: int, hi: int, fallback: str) -> str:
    for index in range(bisect.bisect_left(ctx.starts, lo), len(ctx.spans)):
        start, end, name, kind = ctx.spans[index]
        if start >= hi:
            break
        if kind == "PERSON" or end - start >= len(fallback) - 1:
            return name
    return fallback


# ------------------------------------------------------------------ driver

def find_quotes(
    body: str, entities: list[Entity] | tuple[Entity, ...] = (), sentences: Sentences | None = None,
    blocks: frozenset[int] = frozenset(), author: str | None = None, title: str | None = None,
    comments: dict[int, str] | None = None,
) -> list[Quote]:
    """Every quotation in ``body``, in order, with kind and speaker.

    ``blocks`` holds where block-quoted paragraphs start: set apart without
    quote marks, they are speech when the paragraph before introduces them
    ("She put it this way on a podcast:"). ``title`` is the headline, which
    may say the page is a press conference's transcript. ``comments`` maps
    where a comment under a member's card starts to the card's name: the
    comment is that member's words.
    """
    paragraphs = _paragraph_bounds(body)
    raw: list[tuple[_Pair, int, int]] = []
    for lo, hi in paragraphs:
        for pair in _pair_paragraph(body, lo, hi):
            start, end = _trimmed(body, pair.start, pair.end)
            if end > start:
                raw.append((_Pair(start, end, pair.depth), lo, hi))
    raw.sort(key=lambda item: (item[0].start, -item[0].end))
    top: list[tuple[_Pair, int, int]] = []
    nested: list[tuple[_Pair, int, int]] = []
    for item in raw:
        if top and item[0].start < top[-1][0].end and item[1] == top[-1][1]:
            nested.append(item)
        else:
            top.append(item)
    ctx = _Context(body, list(entities), [(p.start, p.end) for p, _, _ in top], sentences or Sentences(body))
    ctx.author = author if author and " and " not in author else None
    ctx.title = title or ""

    quotes: dict[int, Quote] = {}
    last_speech: dict[int, str | None] = {}  # paragraph start -> last speaker
    prev_close = {lo: lo for lo, _ in paragraphs}
    previous_para_speaker: str | None = None
    documented: dict[int, int] = {}  # paragraph start -> where a document's words, "the notice said", end
    by_paragraph: dict[int, list[_Pair]] = {}
    for pair, plo, _ in top:
        by_paragraph.setdefault(plo, []).append(pair)
    for para_index, (lo, hi) in enumerate(paragraphs):
        for pair in by_paragraph.get(lo, ()):
            judgement = _judge(ctx, pair, lo, hi, prev_close[lo])
            if judgement.speaker and _names_inside(
                judgement.speaker, _INNER_QUOTE_RE.sub(" ", body[pair.start:pair.end]), ctx.family_names
            ):
                # "“Yevgenia thought my idea was a toy,” he said": he is not Yevgenia (but "“My ex-husband
                # used to say, ‘Giulia, ...’” she says" may be Giulia: the inner words are his, to her)
                ctx.avoid = frozenset((judgement.speaker,))
                judgement = _judge(ctx, pair, lo, hi, prev_close[lo])
                ctx.avoid = frozenset()
            speaker = judgement.speaker
            if judgement.speech and speaker is not None and _is_outlet(speaker):
                # "reported by New Scientist, which described it as '...'": published words, a document's;
                # but "the BBC, which said patients had been told to come back '...'" reports someone telling them
                told = _TOLD_UNNAMED_RE.search(body, max(lo, pair.start - 80), pair.start - 1)
                judgement = _Judgement(bool(told), None, bool(told))
                speaker = None
            if judgement.speech and speaker is not None and (
                body[pair.start:pair.end].rstrip().endswith("?")
                or _ASKED_WHETHER_RE.search(body, ctx.sentences.start_of(pair.start - 1), pair.start)
            ) and _asks_for_a_living(ctx, speaker):
                # '"Did you read this email when you received it?" Ms Hollis asked.': counsel's question, and
                # 'Counsel ... asked whether anyone had "ever sat down with ..."': words put to the witness
                judgement, speaker = _Judgement(False, None, False), None
            if judgement.speech and speaker is not None and speaker == ctx.judge and _said_around(ctx, pair, _WROTE_RE):
                judgement, speaker = _Judgement(False, None, False), None  # '“...,” she wrote': the ruling's words
            if judgement.speech and (
                _said_around(ctx, pair, _HE_WROTE_RE) and _LETTER_RE.search(
                    body, max(lo, ctx.sentences.start_of(pair.start - 1) - 300), pair.start
                )
                # "The inquiry was shown an internal email sent ... by Colin Marsh" / '"...," Mr Marsh wrote.'
                or _said_around(ctx, pair, _WROTE_RE) and _SHOWN_DOCUMENT_RE.search(
                    body, max(0, ctx.sentences.start_of(pair.start - 1) - 300), pair.start
                )
            ):
                # 'The court was shown a handwritten letter, ... "Do not let the lawyers eat what I built," he
                # wrote.': the letter's words
                judgement, speaker = _Judgement(False, None, False), None
            inspectors = _INSPECTORS_WROTE_RE.search(body, max(lo, pair.start - 250), pair.start)
            if judgement.speech and inspectors and not _VERB_RE.search(
                _QUOTED_SPAN_RE.sub(" ", body[inspectors.end():pair.start])
            ) and not _SAID_BEFORE_RE.search(body, max(lo, inspectors.start() - 40), inspectors.start()):
                # (not 'said inspectors had found "several hundred metres" of cable': what she said they found)
                # 'inspectors wrote that a resident was "..."': a report's words
                judgement, speaker = _Judgement(False, None, False), None
            if judgement.speech and speaker is None and _said_around(ctx, pair, _MEMO_RE):
                speaker = ctx.memo_author  # '"pause indefinitely," according to the memo': the memo's writer
            if judgement.speech and speaker is None:
                if judgement.strong and _ends_with_words_cue(body[max(lo, pair.start - 60):pair.start - 1]):
                    sentence_start = ctx.sentences.start_of(pair.start)
                    speaker = last_speech.get(lo) or ctx.subject_before(sentence_start, pair.start)
                    if speaker is None and (owner := _POSSESSIVE_LEAD_RE.match(body, sentence_start)):
                        # "His last post was a photo of the hub captioned ‘Still here.’": the poster's words
                        speaker = ctx.last_person_before(sentence_start, _PRONOUN_OF[owner.group(1).lower()])
                elif judgement.strong and (owner := _HIS_WRITING_SAYS_RE.match(body, ctx.sentences.start_of(pair.start))):
                    # 'His announcement says "Sparrowhawk will stay Apache 2.0"': the words of the man named before
                    speaker = ctx.last_person_before(
                        ctx.sentences.start_of(pair.start), _PRONOUN_OF[owner.group(1).lower()]
                    )
                elif _THE_POST_READ_RE.match(body, pair.end + 1):
                    # '"You don't sell a house ...," the post read': the words of whoever posted it, named before
                    speaker = ctx.last_person_before(ctx.sentences.start_of(pair.start))
                elif not judgement.strong:
                    speaker = last_speech.get(lo)
                    if speaker is None and pair.start - 1 == lo:
                        speaker = previous_para_speaker
                        if speaker is None and para_index and _document_introduces(ctx, paragraphs[para_index - 1]):
                            # "In a notice on the exchange's news service, the company said:" over its words
                            judgement = _Judgement(False, None, False, document=True)
                        elif speaker is None and para_index and (
                            intro := _introducer(ctx, paragraphs[para_index - 1]) or _colon_subject(ctx, paragraphs[para_index - 1])
                        ):
                            speaker = intro[0]  # "Diego posted this in our incident channel:" over his message
                    if speaker is None and judgement.speech:
                        speaker = _previous_subject(ctx, lo, pair.start - 1)
            if judgement.speech and speaker is None and lo in last_speech and _TRANSLATION_LEAD_RE.search(
                body, max(lo, pair.start - 60), pair.start - 1
            ):
                speaker = last_speech[lo]  # 'said in Luganda: "..." Her words translate as: "..."': hers, in English
            if (
                not judgement.speech and lo in last_speech and (
                    _continues_speech(ctx, prev_close[lo], pair.start) or _runs_on(ctx, prev_close[lo], pair)
                    # 'he wrote in Thai: "ผม..." ("I alone take full responsibility")': the words, translated
                    or _GLOSS_GAP_RE.fullmatch(body, prev_close[lo], pair.start - 1)
                )
                and not _term_before_noun(body, pair)  # 'and kept her ‘buy’ rating': a word for the rating
                and not _NAME_LIKE_RE.fullmatch(body[pair.start:pair.end])  # 'the restaurant's "Sunday Gravy"'
                and not inspectors
            ):
                # 'said the company was "delighted" and would "keep talking to neighbours"': more of the same words
                judgement, speaker = _Judgement(True, last_speech[lo], True), last_speech[lo]
            if judgement.speech and speaker is None and not judgement.strong and lo in documented and (
                _DOCUMENT_SAID_GAP_RE.fullmatch(body, documented[lo], pair.start - 1)
            ):
                # '"The closure is permanent," the notice said. "Affected employees are not represented ..."':
                # the notice goes on
                judgement = _Judgement(False, None, False)
            if judgement.speech and lo in documented and _DOCUMENT_GOES_ON_RE.fullmatch(body, documented[lo], pair.start):
                # 'the report, which notes that “...” and warns that “...”': the same document goes on
                judgement, speaker = _Judgement(False, None, False, document=True), None
            if judgement.speech and speaker is None and lo in documented and _IT_GOES_ON_RE.match(
                body, ctx.sentences.start_of(pair.start - 1), pair.start
            ):
                # 'In its filing, Cerro stated that it “has no intention ...” It described the investment as
                # “long-term ...”': the filing goes on
                judgement = _Judgement(False, None, False)
            if (reported := _AGENCY_REPORTED_RE.match(body, pair.end + 1, hi)) and (
                agency := speaker if judgement.speech else ctx.subject_after(pair.end + 1, reported.end())
            ) and _news_agency(agency):
                # '“marks a qualitative leap …”, the Jordan News Agency, Petra, reported': the agency's own report
                judgement, speaker = _Judgement(False, agency, False, document=True), agency
            elif judgement.speech and speaker and _VERDICT_AS_BEFORE_RE.search(body, max(lo, pair.start - 90), pair.start) and (
                _news_agency(speaker) or re.search(rf"\b{re.escape(speaker)}\s+(?:newswire|news\s+agency|wire)\b", body)
            ):
                # 'TASR described the offer as "a compromise …"': a newswire's own account, not anyone's speech
                judgement = _Judgement(False, speaker, False, document=True)
            if not judgement.speech and (judgement.document or _DOCUMENT_SAID_GAP_RE.match(body, pair.end + 1, hi)):
                documented[lo] = pair.end + 1
            if judgement.speech:
                last_speech[lo] = speaker
            # ("said ... would insist on the 2021 ‘site protection agreement’ and would use “every legal means”":
            # the instrument's name, inside words that go on being hers)
            named = judgement.speech and _instrument_named(body, pair, ctx.sentences.start_of(pair.start - 1))
            quotes[pair.start] = Quote(
                body[pair.start:pair.end], None if named else speaker,
                "speech" if judgement.speech and not named else "other", pair.start, pair.end,
            )
            if judgement.speech:  # a title or scare quote is part of the sentence around it
                prev_close[lo] = pair.end + 1
        chat = _CHAT_HEADER_RE.match(body, lo, hi) if lo in blocks and lo not in by_paragraph else None
        if chat is not None:
            # "> **Deniz Arslan** 11:52" over "> eleven months ago you stood on a stage ...": a chat message, hers
            speaker = _entity_named(ctx, chat.group("name"))
            start, end = _trimmed(body, chat.end(), hi)
            quotes[start] = Quote(body[start:end], speaker, "speech", start, end)
            last_speech[lo] = speaker
        elif lo in blocks and para_index and lo not in by_paragraph:
            introduced = _introduced_block(ctx, paragraphs[para_index - 1], lo, hi)
            if introduced is not None:
                quotes[lo] = introduced
                last_speech[lo] = introduced.speaker
        previous_para_speaker = last_speech.get(lo)
        if para_index and (signed := _post_signature(body, lo, hi)) and not (
            # "Arden addressed the suit on Instagram ..." over "A post shared by Lux Arden": an
            # Instagram frame without its caption, under the story's own sentence about the post
            body.startswith("A post shared by", lo) and _names_inside(signed[0], body[slice(*paragraphs[para_index - 1])])
        ):
            _attribute_post(ctx, quotes, paragraphs[para_index - 1], *signed)
        elif para_index and lo in blocks and paragraphs[para_index - 1][0] in blocks and (
            (signer := _block_signer(ctx, lo, hi)) is not None
        ):
            # "> Forking is not a victory. ..." over "> — Lasse Brønnum, release manager": his words
            _attribute_post(ctx, quotes, paragraphs[para_index - 1], *signer)

    if comments:
        _card_comments(ctx, paragraphs, quotes, comments)
    _quotes_run_on(body, paragraphs, quotes)
    _interview_turns(ctx, paragraphs, quotes)
    if ">>" in body:
        _caption_turns(ctx, paragraphs, quotes)
    if "Members:" in body:
        _chamber_interjections(body, paragraphs, quotes)
    if "u/" in body:
        _forum_comments(ctx, paragraphs, quotes)
    _pulled_quotes(ctx, paragraphs, quotes)
    _quoted_from_document_above(ctx, paragraphs, quotes)
    _written_on(ctx, quotes)
    _platform_posts(ctx, paragraphs, quotes)
    if " @" in body and " · " in body:
        _headed_posts(ctx, paragraphs, quotes)
    _quoted_headings(ctx, paragraphs, quotes)
    outer = [(p.start, p.end) for p, _, _ in top]
    for pair, _, _ in nested:
        if pair.start in quotes:
            continue
        index = bisect.bisect_right(outer, (pair.start, float("inf"))) - 1
        lo, hi = outer[index] if index >= 0 else (pair.start, pair.end)
        ctx.within = (lo, hi)  # names inside the outer quote can speak the inner one
        if len(body[pair.start:pair.end].split()) == 1 and body[pair.end - 1:pair.end].isalpha():
            # '"We were told the new boat would be 'transformational' – well ..."': a word held at arm's length
            judgement = _Judgement(False, None, False)
        else:
            judgement = _judge(ctx, pair, lo, hi, lo)
        ctx.within = None
        speech = judgement.speech and judgement.strong
        speaker = judgement.speaker if speech else None
        outer_quote = quotes.get(lo)
        if speech and speaker is None and outer_quote is not None and outer_quote.speaker and (
            _WE_SAID_RE.search(body, max(lo, pair.start - 80), pair.start - 1)
        ):
            speaker = outer_quote.speaker  # '“… we told them, ‘Fix the elevators or we walk,’ …” said Okonkwo'
        quotes[pair.start] = Quote(
            body[pair.start:pair.end], speaker, "speech" if speech else "other", pair.start, pair.end,
        )
    _titles_quoted_again(quotes)
    _rulings(ctx, quotes)
    # ('Rodolfo "Rudy" C. Manalastas Jr.': a nickname inside a person's name, which nobody said)
    named = [span for e in entities if e.type == "PERSON" for span in e.spans]
    return sorted(
        (q for q in quotes.values() if not (
            q.kind == "other" and any(lo < q.start and q.end < hi for lo, hi in named)
        )),
        key=lambda q: (q.start, -q.end),
    )


# "the High Court", "the Court of Appeal", "the Employment Tribunal": a court speaks in its rulings
_COURT_NAME_RE = re.compile(r"(?:.+\s)?(?:Court|Tribunal)(?:\s+of\s+[A-Z].*)?")


def _rulings(ctx: _Context, quotes: dict[int, Quote]) -> None:
    """'The Court of Appeal agreed, calling it "a commercial allocation of risk"': words a court
    wrote in its judgment, quoted as a document is, not speech."""
    for start, quote in list(quotes.items()):
        if quote.kind == "speech" and quote.speaker in ctx.organisations and _COURT_NAME_RE.fullmatch(quote.speaker):
            quotes[start] = Quote(quote.text, None, "other", quote.start, quote.end)


def _titles_quoted_again(quotes: dict[int, Quote]) -> None:
    """'told advertisers that “The Lantern Keepers” was its most-watched series': a title the story
    quotes elsewhere as a title is the show's name here too, not the company's words."""
    others = {_title_key(q.text) for q in quotes.values() if q.kind == "other"}
    titles = {_title_key(q.text) for q in quotes.values() if q.kind == "other" and title_cased(q.text)}
    for start, quote in list(quotes.items()):
        if quote.kind == "speech" and (
            len(quote.text.split()) <= 8 and title_cased(quote.text) and _title_key(quote.text) in titles
            # "... under the title ‘Selective leaching of lithium ...’" and, in the notes, "1. ‘Selective
            # leaching of lithium ...’ by P. Raman": the paper's title again, whoever is named by it
            or quote.speaker is None and len(quote.text.split()) >= 5 and _title_key(quote.text) in others
        ):
            quotes[start] = Quote(quote.text, None, "other", quote.start, quote.end)


def _title_key(text: str) -> str:
    return text.strip().rstrip(".,;:!?").casefold()


_MEMO_RE = re.compile(r"\bmemo(?:randum)?\b", re.IGNORECASE)
_MEMO_FROM_RE = re.compile(r"\bmemo(?:randum)?\s+(?:from|by|sent\s+by|written\s+by)\s+")


_QUOTED_SPAN_RE = re.compile(r"\"[^\"]*\"|“[^”]*”")
_INNER_QUOTE_RE = re.compile(r"(?<!\w)‘[^‘’]*’(?!\w)|(?<!\w)'[^'\n]{2,200}'(?!\w)")
_SAID_BEFORE_RE = re.compile(r"\b(?:said|says|told\s+\w+|explained|added)\s+(?:that\s+)?$")
# Inspectors who "wrote" or "found" the words put them in their report.
_INSPECTORS_WROTE_RE = re.compile(
    r"\b(?:inspectors?|auditors?|examiners?|surveyors?)\s+(?:[\w,]+\s+){0,4}?(?:wrote|noted|found|concluded|"
    r"documented|recorded|cited)\b"
)
# "The chief executive of Bellbird Telecom": an office in a named organisation
_OFFICE_OF_RE = re.compile(
    r"[Tt]he\s+(chief\s+executive|ceo|chairman|chairwoman|chair|president|minister|mayor|director)\s+of\s+(?:the\s+)?"
)


def _opens_next_sentence(ctx: _Context, at: int) -> str | None:
    """The person whose name opens the sentence after the one at ``at``."""
    following = ctx.sentences.end_of(at)
    while following < len(ctx.body) and ctx.body[following].isspace():
        following += 1
    first = next(iter(ctx.mentions_in(following, following + 60)), None)
    return first[2] if first and first[0] == following and first[3] == "PERSON" else None


# A judge who "wrote" the words wrote them in a ruling: a document, not speech.
_WROTE_RE = re.compile(r"\b(?:wrote|writes|writing|ruled|rules|held|concluded)\b")
_HE_WROTE_RE = re.compile(r"\b(?:he|she|they)\s+wrote\b")
_LETTER_RE = re.compile(r"\b(?:letter|diary)\b")
# Evidence put before a court or an inquiry: "The inquiry was shown an internal email sent by ..."
_SHOWN_DOCUMENT_RE = re.compile(
    r"\b(?:was|were|been)\s+shown\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:letter|e-?mail|memo|note|message|diary|text)s?\b"
)
_ASKED_WHETHER_RE = re.compile(r"\basked\s+(?:[\w’'-]+\s+){0,3}?(?:whether|if|why|how)\b")


def _said_around(ctx: _Context, pair: _Pair, pattern: re.Pattern) -> bool:
    """True when ``pattern`` occurs in the quote's sentence, outside the quote itself."""
    start = ctx.sentences.start_of(pair.start - 1)
    end = ctx.sentences.end_of(pair.end)
    return bool(pattern.search(ctx.body, start, pair.start) or pattern.search(ctx.body, pair.end, end))


# '... and would "..."', '... and that Marchetti’s departure was "..."': a possessive is not a new subject
_CONTINUED_RE = re.compile(
    r"[^.!?;:\"“”‘’]{0,60}\b(?:and|but)\s+(?:(?:[a-z]+(?:[’']s)?|[A-Z][\w-]*[’']s)\s+){0,8}$"
    # '... said that the system “remains sound” and that the Treasury Department was “...”': a second reported clause
    r"|[^.!?;:\"“”‘’]{0,10}\band\s+that\s+(?:[\w’'&.-]+\s+){1,8}$"
)


def _short_term(text: str) -> bool:
    """One or two lower-case words with no punctuation of their own ("generation gap", "buy")."""
    return len(text.split()) <= 2 and text[:1].islower() and text[-1:].isalnum()


def _term_before_noun(body: str, pair: _Pair) -> bool:
    return _short_term(body[pair.start:pair.end]) and bool(_NOUN_AFTER_RE.match(body, pair.end + 1))


def _quotes_run_on(body: str, paragraphs: list[tuple[int, int]], quotes: dict[int, Quote]) -> None:
    """A quotation left open at a paragraph's end goes on in the next, which opens with a quote mark
    again: one speaker's words, named once, after the last paragraph of them."""
    for (lo, hi), (next_lo, next_hi) in reversed(list(itertools.pairwise(paragraphs))):
        last = max((q for q in quotes.values() if lo <= q.start < hi), key=lambda q: q.start, default=None)
        following = quotes.get(next_lo + 1)
        if (
            last is None or following is None or last.kind != "speech" or last.speaker is not None
            or following.kind != "speech" or following.speaker is None or last.end < hi or body[next_lo] not in "“\"‘"
        ):
            continue
        quotes[last.start] = replace(last, speaker=following.speaker)


def _continues_speech(ctx: _Context, after_speech: int, open_mark: int) -> bool:
    """A quote joined by "and would" to the speech quote just before it, in the same sentence."""
    if ctx.sentences.start_of(open_mark) > after_speech:
        return False
    return bool(_CONTINUED_RE.match(ctx.body, after_speech, open_mark - 1))


# "posted to the status page:", "status page:": what the company's status page said
_STATUS_PAGE_RE = re.compile(r"\bstatus\s+page(?:\s+update)?\s*:\s*$", re.IGNORECASE)
_DETERMINER_END_RE = re.compile(r"\b(?:the|a|an|its|his|her|their|our)\s+$", re.IGNORECASE)
_GLOSS_GAP_RE = re.compile(r"[ \t]*[(\[]")
# "Her words translate as:", "which translates as", "In English:": the words before, given again in translation
_TRANSLATION_LEAD_RE = re.compile(
    r"(?:\b(?:words?|which|that|this)\s+(?:translates?|translated|means?)\s+(?:as|to)|\bin\s+English|\bTranslated)\s*:?\s*$",
    re.IGNORECASE,
)


# 'was "sick of being the punchline" for decisions "taken in boardrooms ..."': a short joint, no new clause
# ('would vest over four years, "exactly like ..."': a comma before the quote does not end the clause)
_RUN_ON_GAP_RE = re.compile(r"[ \t]*(?:[a-z]+[ \t]+){0,6}[a-z]+,?[ \t]+$")


# 'was ‘disappointed’ that a ‘significant minority’': "that" carries the reported clause on
_THAT_JOINT_RE = re.compile(r"[ \t]*that[ \t]+(?:a|an|the)[ \t]+")


def _runs_on(ctx: _Context, after_speech: int, pair: _Pair) -> bool:
    """A phrase of three or more lower-case words quoted a few words after the speaker's last quote in
    the same sentence: more of the same words ('a national embarrassment' that islanders were paying
    for 'every single day'), where a one- or two-word quote there may be the story's own scare quote."""
    text = ctx.body[pair.start:pair.end]
    # ('was ‘disappointed’ that a ‘significant minority’ of shareholders': a "that" clause goes on reporting)
    least = 2 if _THAT_JOINT_RE.fullmatch(ctx.body, after_speech, pair.start - 1) else 3
    return (
        len(text.split()) >= least and text[:1].islower() and ctx.sentences.start_of(pair.start) <= after_speech
        and bool(_RUN_ON_GAP_RE.fullmatch(ctx.body, after_speech, pair.start - 1))
        and not _VERB_RE.search(ctx.body, after_speech, pair.start - 1)
    )


def _forum_comments(ctx: _Context, paragraphs: list[tuple[int, int]], quotes: dict[int, Quote]) -> None:
    """"u/devo_builds · ▲ 66" over a comment: the comment, up to the next one, is its writer's words.

    The writer is the person the page names with that handle ("Devin Osei (u/devo_builds)"),
    the thread's poster for "(OP)", or the person whose name the handle spells; else unnamed.
    """
    body = ctx.body
    headers = [
        (index, match) for index, (lo, hi) in enumerate(paragraphs)
        if body.startswith("u/", lo) and (match := _COMMENT_HEADER_RE.match(body[lo:hi]))
    ]
    if len(headers) < 2:
        return
    for n, (index, header) in enumerate(headers):
        # The comment runs to the next one, or three paragraphs on after the last; a heading
        # ("Questions Worth Reading") or the moderators' note ends it sooner.
        limit = headers[n + 1][0] if n + 1 < len(headers) else min(index + 4, len(paragraphs))
        last = index
        while last + 1 < limit and _comment_goes_on(body, *paragraphs[last + 1]):
            last += 1
        if last == index:
            continue
        start, end = paragraphs[index + 1][0], paragraphs[last][1]
        speaker = _handle_owner(ctx, header.group("user"), bool(header.group("op") or header.group("op_badge")))
        quotes[start] = Quote(body[start:end], speaker, "speech", start, end)
    for lo, hi in paragraphs:
        if body.startswith("Mod", lo) and (note := _MOD_NOTE_RE.match(body, lo, hi)):
            # "Mod note: This thread is now locked. ... — u/tinkerhub_mods": the moderators' comment
            signed = _MOD_SIGNATURE_RE.search(body, note.end(), hi)
            end = signed.start() if signed else hi
            quotes[note.end()] = Quote(body[note.end():end], None, "speech", note.end(), end)


# "Mod note: ...", "Moderator note (u/AutoModBenji): ...", signed "— u/tinkerhub_mods" or "— the r/x mods"
_MOD_NOTE_RE = re.compile(r"Mod(?:erator)?(?:[’']s)? note(?: \(u/[\w-]+\))?:\s+(?=\S)", re.IGNORECASE)
_MOD_SIGNATURE_RE = re.compile(r"\s+[—–-]\s*(?:u/[\w-]+|the [^.!?\n]{1,40}\bmods?)\s*$", re.IGNORECASE)


# How a paragraph of someone's words ends (a heading ends without these)
_SAID_ENDS = (".", "!", "?", "…", "”", '"', "’")


def _comment_goes_on(body: str, lo: int, hi: int) -> bool:
    """A paragraph under a comment's header is more of the comment unless it is a heading or a mod note."""
    return body[lo:hi].rstrip().endswith((*_SAID_ENDS, ")")) and not _MOD_NOTE_RE.match(body, lo, hi)


_I_AM_RE = re.compile(r"\bI(?:[’']m| am)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\b")


def _handle_owner(ctx: _Context, user: str, original_poster: bool) -> str | None:
    named = re.search(rf"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{0,2}})\s+\(u/{re.escape(user)}\)", ctx.body)
    if named:
        people = [m for m in ctx.mentions_in(named.start(1), named.end(1)) if m[3] == "PERSON"]
        if people:
            return people[0][2]
    if original_poster:
        # "I'm Mara Vilkas, co-founder and CEO of Tallybird ... AMA!": the poster names herself in the title
        posters = [name for name in ctx.people if name in ctx.title]
        if len(posters) == 1:
            return posters[0]
        if introduced := _I_AM_RE.search(ctx.title):
            return introduced.group(1)
    spelled = re.sub(r"[^a-z]", "", user.lower())
    owners = [name for name in ctx.people if " " in name and re.sub(r"[^a-z]", "", name.lower()) in spelled]
    if not owners:
        # "u/oskar_codes" under a thread with Oskar Lindahl in it: his first name or surname in the handle
        owners = [
            name for name in ctx.people if " " in name
            and any(len(part) >= 4 and spelled.startswith(part) for part in re.sub(r"[^a-z ]", "", name.lower()).split())
        ]
    return owners[0] if len(owners) == 1 else None


# "Hon. Members: Hear, hear!": the chamber calling out together, in a parliament's record.
_CHAMBER_TURN_RE = re.compile(r"(?:(?:Several|Some|Many)\s+)?(?:[Hh]on\.|Honourable|Opposition|Government)\s+Members:[ \t]+(?=\S)")


def _chamber_interjections(body: str, paragraphs: list[tuple[int, int]], quotes: dict[int, Quote]) -> None:
    """A record's collective turn is speech by nobody in particular."""
    for lo, hi in paragraphs:
        if (turn := _CHAMBER_TURN_RE.match(body, lo, hi)) and turn.end() not in quotes:
            quotes[turn.end()] = Quote(body[turn.end():hi], None, "speech", turn.end(), hi)


def _interview_turns(ctx: _Context, paragraphs: list[tuple[int, int]], quotes: dict[int, Quote]) -> None:
    """Answer turns are the speech of the person their label names; the interviewer's are speech only
    when the label names a person ("HOST NAME:"), not for "Q:" or the publication's name."""
    body = ctx.body
    if ":" not in body:
        return
    turns: list[tuple[str, int, int]] = []  # label, text start, paragraph end
    named = name_turn_labels(body)
    # "Name, Firm:" twice: a call's excerpt, where "Operator:" speaks too
    on_call = sum(1 for lo, hi in paragraphs if CALL_TURN_RE.match(body, lo, hi)) >= 2
    unlabelled: list[tuple[int, int]] = []  # paragraphs after a turn, before the next one
    turn_open = False  # a heading or the writer's own paragraph closes the turn before it
    for lo, hi in paragraphs:
        match = _TURN_LABEL_RE.match(body, lo, hi)
        if match is None and named:
            match = NAME_TURN_RE.match(body, lo, hi)
            if match and match.group("label") not in named and (
                " " not in match.group("label") or len(body[match.end():hi].split()) < 3
            ):
                match = None  # (a full name among named turns may take a single one: the writer's one question)
        if match is None and on_call:
            match = CALL_TURN_RE.match(body, lo, hi) or _OPERATOR_TURN_RE.match(body, lo, hi)
        if match is None and turn_open:
            match = _QUESTION_TURN_RE.match(body, lo, hi)  # "Question (Reuters): ..." between the answers
        if match:
            turns.extend((turns[-1][0], start, end) for start, end in unlabelled if turns)
            unlabelled = []
            turns.append((match.group("label"), match.end(), hi))
            turn_open = True
        elif turn_open and body[lo:hi].rstrip().endswith(_SAID_ENDS) and not _names_label(turns[-1][0], body[lo:hi]):
            # a heading ("Team News") is not the answer going on, nor "Harrington described the quarter as ..."
            unlabelled.append((lo, hi))
        elif turn_open:
            turns.extend((turns[-1][0], start, end) for start, end in unlabelled)
            unlabelled = []
            turn_open = False
    labels: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for label, start, end in turns:
        labels[label].append((start, end))
    people = _people_by_label(ctx, labels)
    if (
        not on_call and (len(turns) < 4 or len(labels) < 2 or sum(len(v) >= 2 for v in labels.values()) < 2)
        # "ROURKE:" then "VOSS-BAIRD:": an exchange at a hearing, each label a person the story names
        and (len(labels) < 2 or len(people) < len(labels))
    ):
        return  # not an interview: one "NOTE:" or "UPDATE:" line
    asking = {
        label for label, spans in labels.items()
        if sum(body[start:end].rstrip().endswith("?") for start, end in spans) * 2 >= len(spans)
    }
    first_turn = min(start for _, start, _ in turns)
    for label in labels.keys() - people.keys():
        if (holder := _role_holder(ctx, label, first_turn)) is not None:
            people[label] = holder  # "MANAGER:" is the head coach the story names, "HOST:" the host
        elif label.casefold() in _HOST_LABELS and ctx.author:
            people[label] = ctx.author  # a show's page "Hosted by Priya Castellano": her turns as "HOST:"
        elif label.casefold() in _HOST_LABELS and (host := _interviewer(ctx, first_turn)) is not None:
            people[label] = host  # "This week Marcus Oyelaran sits down with ...": the host asks
    # Reporters at a press conference speak; a magazine's "Q:" is the magazine writing.
    reporters_speak = bool(_PRESS_CONFERENCE_RE.search(body, 0, first_turn) or _PRESS_CONFERENCE_RE.search(ctx.title))
    # the host of a broadcast speaks on air, unlike a magazine's interviewer
    on_air = bool(_ON_AIR_RE.search(body))
    for label, spans in labels.items():
        speaker = people.get(label)
        if label in asking and speaker is None and not (reporters_speak or on_call):
            continue  # "Q:" or "THE MARGIN:": the interviewer, not a quoted source; a call's analysts speak
        if (
            label in asking and ctx.author and (speaker == ctx.author or label in ctx.author.split())
            and not on_air and label.casefold() not in _HOST_LABELS
        ):
            continue  # "Talbot:" over the questions of a Q&A by Owen Talbot: the writer asking
        if speaker is None and _FAQ_HEADING_RE.search(body, 0, first_turn):
            continue  # an FAQ's answers are the page's own prose: nobody was interviewed
        if speaker is None and label == "A":
            speaker = _interviewee(ctx)
        for start, end in spans:
            quotes[start] = Quote(body[start:end], speaker, "speech", start, end)
            if speaker is not None:
                _own_words_within(ctx, quotes, start, end, speaker)
    _addressee_words(ctx, quotes, turns, people)


def _caption_turns(ctx: _Context, paragraphs: list[tuple[int, int]], quotes: dict[int, Quote]) -> None:
    """A video's transcript: each caption of the guest's turns is the guest's speech; the host's are not quoted.

    A caption's ">>" marks a change of speaker, so turns alternate between two sides; the host's is
    the side that asks the questions or, where auto-captions drop the question marks, opens the show.
    """
    body = ctx.body
    captions = [(lo, hi, match) for lo, hi in paragraphs if (match := CAPTION_LINE_RE.match(body[lo:hi]))]
    if not is_caption_transcript([match for *_, match in captions]):
        return
    turns: list[list[tuple[int, int]]] = []
    for lo, hi, match in captions:
        if match.group("turn") or not turns:
            turns.append([])
        turns[-1].append((lo + match.end(), hi))
    asking = [sum("?" in body[start:end] for turn in turns[side::2] for start, end in turn) for side in (0, 1)]
    guest_side = 0 if asking[1] > asking[0] else 1
    if (guest := _interviewee(ctx)) is None:
        return
    for turn in turns[guest_side::2]:
        for start, end in turn:
            quotes[start] = Quote(body[start:end], guest, "speech", start, end)


def _named_unquoted(body: str, text: str, opening: int) -> bool:
    """The quoted words stand elsewhere in the story without marks, as a name does."""
    at = body.find(text)
    while at != -1:
        if at != opening + 1 and not (at and body[at - 1] in "\"“‘'"):
            return True
        at = body.find(text, at + 1)
    return False


_PHRASE_FOR_IT_RE = re.compile(
    r"\b(?:a|the|our|their|his|her)\s+(?:[\w-]+\s+)?(?:phrase|word|name|term|nickname|expression|shorthand)\s+"
    r"for\s+(?:it|this|that|them|him|her)\s*[:,]?\s*$"
    # "what I’ve been calling our ‘second act’": a name someone gives a thing, not words said to anyone
    r"|\b(?:been\s+)?(?:calling|dubbing|dubbed|nicknamed|branding)\s+(?:it|this|that|our|their|his|her|its|the)\s*$",
    re.IGNORECASE,
)
_FAQ_HEADING_RE = re.compile(r"(?im)^(?:FAQs?|Frequently asked questions|Questions and answers)\s*$")


def _names_label(label: str, text: str) -> bool:
    """"Harrington described the quarter as ..." under Adaeze Harrington's turn: the writer, about her."""
    return any(len(word) >= 4 and re.search(rf"\b{re.escape(word)}\b", text) for word in label.split()[1:])


def _addressee_words(ctx: _Context, quotes: dict[int, Quote], turns: list[tuple[str, int, int]],
                     people: dict[str, str]) -> None:
    """'FENWICK: You've said the robots "made the humans more important"': the words are the guest's,
    whom the next turn, by another label, names."""
    ordered = sorted(turns, key=lambda turn: turn[1])
    for index, (label, lo, hi) in enumerate(ordered):
        inside = [start for start in quotes if lo < start < hi and quotes[start].kind == "speech"]
        if not inside:
            continue
        answer = next((people.get(other) for other, _, _ in ordered[index + 1:] if other != label), None)
        if answer is None:
            continue
        for start in inside:
            quote = quotes[start]
            if quote.speaker is None and _YOU_SAID_RE.search(ctx.body, max(lo, start - 80), start - 1):
                quotes[start] = Quote(quote.text, answer, "speech", quote.start, quote.end)


# "Operator: Our next question comes from ...": the conference call's operator, nobody named.
# "Operator:", "Analyst (Northbay Securities):": a call's unnamed voices
_OPERATOR_TURN_RE = re.compile(r"(?P<label>Operator|Analyst|Moderator)(?: \([^()\n]{1,60}\))?:[ \t]+(?=\S)")
# "Question (Reuters): Is May later in the year?": a reporter's question, the outlet named or not
_QUESTION_TURN_RE = re.compile(r"(?P<label>Question|Q)(?: \([^()\n]{1,60}\))?:[ \t]+(?=\S)")
# "spoke to the media", "Here is the transcript": turns under this are a press conference's.
_PRESS_CONFERENCE_RE = re.compile(
    r"\b(?:press|news) conference\b|\b(?:press|media) (?:briefing|session|call)\b|\btranscript\b|"
    r"\bspoke to (?:the media|the press|reporters|journalists)\b",
    re.IGNORECASE,
)
# A broadcast's transcript: "MARA LINDQVIST, HOST:", "(SOUNDBITE OF ARCHIVED RECORDING)".
_ON_AIR_RE = re.compile(r"^[A-Z][A-Z .’'-]+, (?:HOST|BYLINE|ANCHOR)\b|\((?:SOUNDBITE|CROSSTALK)\b", re.MULTILINE)
# A role that labels a turn, and the words a story uses for the one who holds it.
_HOST_LABELS = frozenset({"host", "co-host", "presenter"})
_I_SAID_RE = re.compile(rf"\bI\s+(?:\w+\s+)?(?:{_VERBS})\b[^.!?]{{0,40}}$")
# An adverb between a pronoun and its speech verb: "we then told", "you once said".
_SAID_ADVERB = r"(?:(?:\w+ly|also|then|just|once)\s+)?"
# "you've said, in your own words, that the robots": an interviewer quoting the guest back
_YOU_SAID_RE = re.compile(rf"\b[Yy]ou(?:[’']ve|\s+have)?\s+{_SAID_ADVERB}(?:{_VERBS})\b[^.!?]{{0,60}}$")
# "we told them, ‘…’", but not "every focus group we ran told us": the speaker's own earlier words
_WE_SAID_RE = re.compile(rf"\b(?:I|[Ww]e)\s+{_SAID_ADVERB}(?:{_VERBS})\b(?!\s+(?:us|me)\b)[^.!?]{{0,40}}$")


# "Marcus Oyelaran sits down with Renske Halloran": who interviews on a show's page
_INTERVIEWS_RE = re.compile(
    r"\s+(?:sits\s+down|sat\s+down|talks|talked|speaks|spoke|chats|chatted)\s+(?:with|to)\b|\s+(?:is|was)\s+joined\s+by\b"
)


# "Counsel to the inquiry Rebecca Hollis KC", "interviewer Ama Boateng": whose questions are their job
_QUESTIONER_BEFORE_RE = re.compile(
    r"\b(?:[Cc]ounsel(?:\s+(?:to|for)\s+the\s+(?:inquiry|tribunal|committee|commission))?|[Ii]nterviewer|[Mm]oderator|"
    r"[Pp]resenter|[Hh]ost)\s+$"
)
_QUESTIONER_AFTER_RE = re.compile(r"\s+(?:KC|QC|SC)\b|,\s+(?:counsel|the\s+(?:interviewer|moderator|presenter|host))\b")


def _asks_for_a_living(ctx: _Context, name: str) -> bool:
    """Counsel, an interviewer or a host: someone whose questions in a story are not statements."""
    for start, end, who, kind in ctx.spans:
        if who == name and kind in ("PERSON", "OTHER") and (
            _QUESTIONER_BEFORE_RE.search(ctx.body, max(0, start - 40), start)
            or _QUESTIONER_AFTER_RE.match(ctx.body, end)
        ):
            return True
    return False


def _interviewer(ctx: _Context, before: int) -> str | None:
    """The one person a show's notes name as interviewing someone, before the transcript."""
    hosts = {
        name for _start, end, name, kind in ctx.mentions_in(0, before)
        if kind == "PERSON" and _INTERVIEWS_RE.match(ctx.body, end)
    }
    return hosts.pop() if len(hosts) == 1 else None


def _role_holder(ctx: _Context, label: str, before: int, latest: bool = False) -> str | None:
    """The one person named with the role that labels a turn ("MANAGER:" -> "head coach X").

    With ``latest``, the last one so named: "the Terns boss" after "haulage boss Derek Sowerby"
    and then "boss Gary Pilling" is Pilling.
    """
    role = label.casefold()
    names = next((group for group in _ROLE_NAMES if role in group), None)
    if names is None:
        return None
    # ("Commissioner for Data Protection Gráinne Tallon": the office's field between it and its holder)
    roles = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?i:{roles})"
        # ("The Minister of Transport and Logistics, Carlos da Silva,": a field of two words and an "and"; "Minister
        # for Energy, Water Resources and Irrigation Hari Prasad Gyawali": a list of them)
        # ("The Permanent Secretary of the Ministry of Fisheries and Marine Resources, Dr Walter Kiriau,": the
        # office's ministry, by its whole name)
        r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w’'-]*(?:,?\s+(?:(?:and|&|of|for|the)\s+){0,2}[A-Z][\w’'-]*){0,6})?"
        # ("The Chairman, Chief Olusegun Adeyemi-Bakare,": the role, then its holder set off with his styles)
        rf"(?:,\s+(?:(?:{_STYLES_RX}|Chief|Alhaja|Otunba|Engr|Eng|Hon)\.?\s+){{0,2}}|\s+)$"
    )
    # ("presided over by H.E. Keo Rathanak, Minister of Commerce": the office after the name, set off by a comma)
    after = re.compile(rf",\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,2}}?(?i:{roles})\b")
    # ("Hamad ..., has led the firm since 2016 and will remain chief executive": the role he holds, said of him)
    holds = re.compile(
        rf"[^.;:!?“”\"]{{0,120}}?\b(?:is|was|remains|will\s+remain|will\s+be|became|becomes|will\s+become|serves\s+as|"
        rf"served\s+as)\s+(?:as\s+)?(?:the\s+|its\s+|their\s+)?(?i:{roles})\b"
    )
    # ("Fouad Abi Nader, who has chaired Sannine since 2011": the office, as the verb its holder does)
    acts = re.compile(rf",\s+who\s+(?:has\s+|had\s+)?(?:{_OFFICE_VERBS[role]})\b") if role in _OFFICE_VERBS else None
    mentions = ctx.mentions_in(0, before)
    holders = [
        name for at, (start, end, name, kind) in enumerate(mentions)
        if kind == "PERSON" and (
            pattern.search(ctx.body, max(0, start - 96), start) or after.match(ctx.body, end)
            or acts is not None and acts.match(ctx.body, end)
            or (held := holds.match(ctx.body, end)) and ctx.sentences.start_of(start) == ctx.sentences.start_of(end)
            and not any(m[3] == "PERSON" for m in mentions[at + 1:] if m[0] < held.end())
        )
    ]
    if latest:
        return holders[-1] if holders else None
    return holders[0] if len(set(holders)) == 1 else None


def _own_words_within(ctx: _Context, quotes: dict[int, Quote], lo: int, hi: int, speaker: str) -> None:
    """"When I spoke to him I said, 'Forget the noise'" inside a turn: the turn's speaker said it.

    The "I" of a turn is its speaker, not the article's writer, whom "I said" means elsewhere.
    """
    for start, quote in list(quotes.items()):
        if lo < start < hi and quote.kind == "speech" and quote.speaker in (None, ctx.author):
            if _I_SAID_RE.search(ctx.body, max(lo, start - 80), start - 1):
                quotes[start] = Quote(quote.text, speaker, "speech", quote.start, quote.end)


def _people_by_label(ctx: _Context, labels: dict[str, list[tuple[int, int]]]) -> dict[str, str]:
    """"BRANDT" names Folasade Brandt: a label equal to a person's name or surname, in any case;
    "INGRID" names Ingrid Solvang when she is the only Ingrid."""
    found: dict[str, str] = {}
    given: dict[str, set[str]] = defaultdict(set)
    people = [e for e in ctx.entities if e.type == "PERSON"]
    for entity in people:
        forms = {entity.name.casefold(), entity.name.split()[-1].casefold()}
        forms |= {alias.casefold() for alias in entity.aliases}
        given[entity.name.split()[0].casefold()].add(entity.name)
        for label in labels:
            if label.casefold() in forms:
                found.setdefault(label, entity.name)
    for label in labels.keys() - found.keys():
        if len(named := given.get(label.casefold(), set())) == 1:
            found[label] = named.pop()
    if ctx.author and "," not in ctx.author and " and " not in ctx.author:
        # "RANGANATHAN:" in a radio transcript by Tove Ranganathan: the host, who wrote the page up
        author = ctx.author.casefold()
        for label in labels.keys() - found.keys():
            if label.casefold() in (author, author.split()[-1]):
                found[label] = ctx.author
    return found


_PULL_QUOTES_HEADING_RE = re.compile(
    r"^#{0,4}\s*(?:pull quotes|quotes|quotables|notable quotes|key quotes|quotes from (?:the|this) episode|in (?:their|his|her) words)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)


# "Renata Solís on LinkedIn: Eight years, 212 yards ...": an embedded post as the scrape renders it
_PLATFORM_POST_RE = re.compile(
    rf"(?P<name>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){{0,3}}) on (?i:{word_alternation(SOCIAL_NETWORKS)})\s*:[ \t]+(?=\S)"
)


def _platform_posts(ctx: _Context, paragraphs: list[tuple[int, int]], quotes: dict[int, Quote]) -> None:
    """"Name on LinkedIn: text": the post is the named person's or organisation's own words."""
    for lo, hi in paragraphs:
        post = _PLATFORM_POST_RE.match(ctx.body, lo, hi)
        if post is None or any(post.end() <= start < hi for start in quotes):
            continue
        names = [m for m in ctx.mentions_in(lo, post.end("name")) if m[3] in ("PERSON", "ORG") and m[0] == lo]
        # (not "Ingrid on X: @ingrid_solvang": where to find her, not what she wrote)
        if names and len(ctx.body[post.end():hi].split()) >= 4:
            end = len(ctx.body[:hi].rstrip())
            quotes[post.end()] = Quote(ctx.body[post.end():end], names[0][2], "speech", post.end(), end)


# "Devika Ramaswamy-Holt @devbuilds · Mar 4, 2024" over the post: a quoted post's header
_POST_HEADER_RE = re.compile(r"(?P<name>[A-Z][^@\n]{0,60}?) @\w{1,30} · [^\n]{3,30}")


def _headed_posts(ctx: _Context, paragraphs: list[tuple[int, int]], quotes: dict[int, Quote]) -> None:
    """The paragraph under a post's header ("Name @handle · date") is that person's or organisation's
    post: their words, as a thread unrolled to a page shows them ("Replying to @x" between is chrome)."""
    body = ctx.body
    for index, (lo, hi) in enumerate(paragraphs[:-1]):
        header = _POST_HEADER_RE.fullmatch(body, lo, hi)
        if header is None:
            continue
        for key in [start for start in quotes if lo <= start < hi]:
            del quotes[key]  # (the header names who posted; it is not a quote)
        text = paragraphs[index + 1]
        if any(text[0] <= start < text[1] for start in quotes):
            continue
        # (an app's own account speaks for it, whatever the story calls it)
        names = [m[2] for m in ctx.mentions_in(lo, header.end("name")) if m[3] in ("PERSON", "ORG", "PRODUCT")]
        # (the account's name is its entity's name, though a name beside its handle is not counted as a mention)
        named = header.group("name").strip()
        names = names or [span[2] for span in ctx.spans if span[2] == named and span[3] != "PLACE"][:1]
        quotes[text[0]] = Quote(body[text[0]:text[1]], names[0] if names else None, "speech", *text)


def _quoted_headings(ctx: _Context, paragraphs: list[tuple[int, int]], quotes: dict[int, Quote]) -> None:
    """"‘A distraction from the bigger story’" as a subheading: the words of whoever the story quotes
    saying them below it, not of the speaker above it."""
    for lo, hi in paragraphs:
        heading = quotes.get(lo + 1)
        text = heading.text if heading is not None else ""
        if heading is None or heading.end < hi - 2 or len(text.split()) > 10 or text.rstrip()[-1:] in ".,!?…":
            continue
        key = _title_key(text)
        later = [q for start, q in quotes.items() if start > hi and q.kind == "speech" and _title_key(q.text) == key]
        speaker = later[0].speaker if later else None
        if speaker is None and heading.kind == "speech" and len(key.split()) >= 3 and (echoed := next((
            q for start, q in sorted(quotes.items()) if start > hi and q.kind == "speech" and q.speaker
            and q.text.casefold().startswith(key)
        ), None)):
            # "‘Nobody saw this coming so fast’" over a section that quotes the words in full, and who said them
            speaker = echoed.speaker
        if heading.kind == "speech" and heading.speaker != speaker:
            quotes[lo + 1] = Quote(text, speaker, "speech", heading.start, heading.end)
        elif heading.kind != "speech" and len(key.split()) >= 2 and (echoed := next((
            q for start, q in sorted(quotes.items()) if start > hi and q.kind == "speech" and q.speaker
            and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", q.text.casefold())
        ), None)):
            # "‘No other option’" over a section in which the chief executive says "we had no other option"
            quotes[lo + 1] = Quote(text, echoed.speaker, "speech", heading.start, heading.end)


def _pulled_quotes(ctx: _Context, paragraphs: list[tuple[int, int]], quotes: dict[int, Quote]) -> None:
    """"Pull quotes" over a show's page: each unattributed quote under it is the guest's."""
    heading = None
    for lo, hi in paragraphs:
        text = ctx.body[lo:hi].strip()
        if _PULL_QUOTES_HEADING_RE.match(text):
            heading = lo
            continue
        whole = quotes.get(lo + 1) if text[:1] in "\"“" else None
        if heading is None or whole is None or whole.end < hi - 2:
            heading = None if whole is None else heading  # the list of quotes ends at the first other paragraph
            continue
        if whole.kind == "speech" and whole.speaker is None:
            quotes[lo + 1] = Quote(whole.text, _interviewee(ctx), "speech", whole.start, whole.end)


# "The memo, titled ..., blames the company’s hiring spree": a paragraph about a written thing's contents
_DOCUMENT_PARAGRAPH_RE = re.compile(
    r"\s*(?:The|This|That|Its|His|Her|Their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:memo|memorandum|letter|report|filing|e-?mail|note|statement|notice|document)\b"
)


def _quoted_from_document_above(ctx: _Context, paragraphs: list[tuple[int, int]], quotes: dict[int, Quote]) -> None:
    """"The memo, titled ..., says ..." over a paragraph that is one unattributed quotation: a line
    pulled from the memo, its words as written, not anyone's speech."""
    for (above_lo, above_hi), (lo, hi) in zip(paragraphs, paragraphs[1:]):
        text = ctx.body[lo:hi].strip()
        whole = quotes.get(lo + 1) if text[:1] in "\"“" else None
        if whole is None or whole.end < hi - 2 or whole.kind != "speech" or whole.speaker is not None:
            continue
        if _DOCUMENT_PARAGRAPH_RE.match(ctx.body, above_lo, above_hi):
            quotes[lo + 1] = Quote(whole.text, None, "other", whole.start, whole.end)


# '“...,” Ogunbiyi wrote.': the quote's writer, after it
_WROTE_AFTER_RE = re.compile(
    r"[,.!?]?\s*[”\"’']?,?\s+(?:[A-Z][\w’'-]+\s+){0,2}?(?:he|she|[A-Z][\w’'-]+)\s+wrote\b"
)


def _written_on(ctx: _Context, quotes: dict[int, Quote]) -> None:
    """"In the memo, ... CEO Adetola Ogunbiyi wrote that ... “...”" then "“...,” Ogunbiyi wrote.": the memo
    still, its writer's words as written, when she writes on from the document quoted just before."""
    ordered = sorted(quotes.values(), key=lambda q: q.start)
    for before, quote in zip(ordered, ordered[1:]):
        if quote.kind != "speech" or before.kind != "other" or quote.speaker is None:
            continue
        if quote.start - before.end > 400 or not _WROTE_AFTER_RE.match(ctx.body, quote.end):
            continue
        opening = ctx.sentences.start_of(before.start)
        memo = _MEMO_BEFORE_RE.search(ctx.body, opening, before.start) or _DOCUMENT_BEFORE_RE.search(
            ctx.body, opening, before.start
        )
        if memo and any(
            m[2] == quote.speaker for m in ctx.mentions_in(memo.end(), before.start)
        ):
            quotes[quote.start] = replace(quote, speaker=None, kind="other")


def _interviewee(ctx: _Context) -> str | None:
    """Whom a Q&A's "A:" turns quote: the one person its headline names, else the one it names most."""
    in_title = [
        e.name for e in ctx.entities
        if e.type == "PERSON" and any(
            re.search(rf"(?<!\w){re.escape(form)}(?!\w)", ctx.title)
            for form in (e.name, e.name.split()[-1], *e.aliases)
        )
    ]
    return in_title[0] if len(in_title) == 1 else _most_named(ctx, "PERSON")


def _most_named(ctx: _Context, kind: str) -> str | None:
    """The entity of ``kind`` the story names most often: the interviewee, the company in the news."""
    named = [e for e in ctx.entities if e.type == kind]
    # (a tie goes to the one the headline names: "Where Finlark Raced to Fix Its Payments Outage")
    return max(named, key=lambda e: (len(e.spans), _in_title(ctx, e))).name if named else None


def _in_title(ctx: _Context, entity: Entity) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", ctx.title) for alias in entity.aliases)


_IN_OWN_WORDS_RE = re.compile(r"\b[Ii]n\s+(his|her|their)\s+(?:own\s+)?words\s*[:,]\s*$")
# ("She put it this way:", "sent us this on May 20:": whose words the block under it is)
_PUT_IT_RE = re.compile(r"\bput\s+it\b|\bsent\s+(?:us|me|them)\s+(?:this|the\s+following)\b")


_BLOCK_SIGNATURE_RE = re.compile(r"[—–]\s*")


def _block_signer(ctx: _Context, lo: int, hi: int) -> tuple[str, int] | None:
    """The person a block quote's last line, "— Name, role", names right after its dash."""
    dash = _BLOCK_SIGNATURE_RE.match(ctx.body, lo, hi)
    signer = _person_at(ctx, dash.end()) if dash is not None and hi - lo <= 160 else None
    return (ctx.body[signer[0]:signer[1]], signer[0]) if signer else None


def _introduced_block(ctx: _Context, intro: tuple[int, int], lo: int, hi: int) -> Quote | None:
    """A block quote under "She put it this way on the podcast:" is her speech, marks or none."""
    found = _introducer(ctx, intro)
    return None if found is None else Quote(ctx.body[lo:hi], found[0], "speech", lo, hi)


def _introducing_sentence(ctx: _Context, intro: tuple[int, int]) -> str | None:
    """The last sentence of a paragraph that ends with a colon: what hands the next paragraph on."""
    end = intro[1]
    if not ctx.body[intro[0]:end].rstrip().endswith(":"):
        return None
    return ctx.body[max(intro[0], ctx.sentences.start_of(end - 1)):end]


def _document_introduces(ctx: _Context, intro: tuple[int, int]) -> bool:
    """"In a notice to shareholders, the company said:" over the next paragraph: a document's words."""
    lead = _introducing_sentence(ctx, intro)
    return lead is not None and _DOCUMENT_BEFORE_RE.search(lead) is not None


def _introducer(ctx: _Context, intro: tuple[int, int]) -> tuple[str | None] | None:
    """Who a paragraph ending "Diego posted this in our incident channel:" hands the next one to."""
    lead = _introducing_sentence(ctx, intro)
    if lead is None or _DOCUMENT_BEFORE_RE.search(lead):
        return None
    start = intro[1] - len(lead)
    verb = None
    for verb in _VERB_RE.finditer(lead):
        pass
    verb = verb or _PUT_IT_RE.search(lead)
    if verb is None:
        return None
    return (ctx.subject_before(start, start + verb.start()),)


def _colon_subject(ctx: _Context, intro: tuple[int, int]) -> tuple[str | None] | None:
    """"Mehmood rejected suggestions that ...:", "The chairman was blunt:" over a paragraph that opens with a
    quotation: no verb of saying, but the person the sentence opens with answers in the words under it."""
    lead = _introducing_sentence(ctx, intro)
    if lead is None or _DOCUMENT_BEFORE_RE.search(lead):
        return None
    start = intro[1] - len(lead)
    opening = ctx.mentions_in(start, intro[1])
    if opening and opening[0][3] == "PERSON" and opening[0][0] - start <= 2:
        return (opening[0][2],)
    if office := _OFFICE_OPENS_CLAUSE_RE.match(lead):
        return (_role_holder(ctx, office.group(1), start, latest=True),)
    return None


_TOLD_UNNAMED_RE = re.compile(r"\b(?:had\s+been|have\s+been|has\s+been|were|was)\s+told\b[^.!?\"“”]{0,60}$")


# '”, the Jordan News Agency, Petra, reported': the reporting outlet right after the closing mark
_AGENCY_REPORTED_RE = re.compile(r"[,.]?\s*(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}(?:,\s+[A-Z][\w’'-]*,)?\s+reported\b")


_VERDICT_AS_BEFORE_RE = re.compile(r"\b(?:described|characteri[sz]ed|called)\b[^.!?“”\"]{0,60}\bas\s+[\"“‘']$")


def _news_agency(name: str) -> bool:
    return _is_outlet(name) or name.endswith((" News Agency", " Press Agency"))


def _is_outlet(name: str) -> bool:
    low = name.lower()
    return low in NEWS_OUTLETS or " " in low and low.rsplit(" ", 1)[1] in OUTLET_WORDS


# "Deniz Arslan 11:52 eleven months ago ...": a chat message as a screenshot shows it, its sender and time first
_CHAT_HEADER_RE = re.compile(r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}) \d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\s+(?=\S)")


def _entity_named(ctx: _Context, name: str) -> str:
    """The entity a card or a chat message calls ``name``, or the name as it is."""
    key = name.casefold()
    entity = next((e.name for e in ctx.entities if key == e.name.casefold() or key in map(str.casefold, e.aliases)), None)
    # ("Kestrel Freight Solutions" commenting on a post that calls it "Kestrel Freight")
    entity = entity or next((e.name for e in ctx.entities if e.type == "ORG" and key.startswith(e.name.casefold() + " ")), None)
    return entity or _person_by_display_name(ctx, name) or name


def _card_comments(
    ctx: _Context, paragraphs: list[tuple[int, int]], quotes: dict[int, Quote], comments: dict[int, str]
) -> None:
    """A comment under "Tomasz Wielgosz · 1st" is his; quotations inside it stay as they were read."""
    for lo, hi in paragraphs:
        name = comments.get(lo)
        if name is None or any(lo <= start <= lo + 1 and q.end - q.start >= 0.5 * (hi - lo) for start, q in quotes.items()):
            continue  # (a comment that is one quotation keeps it; quotations inside one are nested in it)
        entity = _entity_named(ctx, name)
        start, end = _trimmed(ctx.body, lo, hi)
        quotes[start] = Quote(ctx.body[start:end], entity, "speech", start, end)


def _person_by_display_name(ctx: _Context, name: str) -> str | None:
    """"Mars Quintero" posting as Marisol Quintero-Haas, whom the story says developers call "Mars": the one
    person the display name's words name, by a nickname or a part of her surname."""
    words = {word.casefold() for word in name.split() if len(word) >= 3}
    found = {
        e.name for e in ctx.entities if e.type == "PERSON" and words & {
            part.casefold() for form in (e.name, *e.aliases) for part in re.split(r"[\s-]+", form)
        }
    }
    return found.pop() if len(found) == 1 else None


def _attribute_post(ctx: _Context, quotes: dict[int, Quote], para: tuple[int, int], name: str, sig: int) -> None:
    """The paragraph before "— Name (@handle) date" is that person's post; ``sig`` is where the name starts."""
    body = ctx.body
    lo, hi = para
    speaker = _entity_name_in(ctx, sig, sig + len(name) + 4, name)
    inside = [quotes[pos] for pos in sorted(quotes) if lo <= pos < hi]
    covered = sum(q.end - q.start for q in inside)
    if inside and covered >= 0.5 * (hi - lo):
        for q in inside:
            quotes[q.start] = Quote(q.text, speaker, "speech", q.start, q.end)
        return
    end = hi
    url = _TRAILING_URL_RE.search(body, lo, hi)
    if url and url.end() == hi:
        end = url.start()
    start, end = _trimmed(body, lo, end)
    if end > start:
        quotes[start] = Quote(body[start:end], speaker, "speech", start, end)
