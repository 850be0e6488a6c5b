"""Titles of works and defined terms: quoted, capitalised phrases that name no speaker.

Shared by the entity finder (a title's words name nothing by themselves) and
the quote finder (a title is not words anyone said). Pure string work.
"""

from __future__ import annotations

import re

WORK_CUES = ("titled", "entitled", "headlined")
# '(the "Transaction")', '("Brenfield")': the bracket that opens a filing's defined term.
DEFINED_TERM_LEAD = r"\((?:the\s+|each\s+a\s+|(?:together|collectively),?\s+(?:the\s+)?)?"
_WORK_NOUNS = (
    "report|letter|paper|memo|essay|book|study|article|column|post|podcast|episode|film|"
    "documentary|song|album|talk|keynote|presentation|newsletter|op-ed|headline|video|series|"
    "survey|analysis|manifesto|blog|speech|lecture|white paper|filing|policy|guide|single|track|"
    "novel|memoir|biography|autobiography|movie|show|musical|play|game|debut|follow-up|collection|ballad"
)
_WORK_CUE_RE = re.compile(
    # "its report, “...”", "In episode 147, “...”", "titled ...",
    # "Odessa Vale’s ‘Low Tide Radio’" (a person's work)
    rf"\b(?:(?:{_WORK_NOUNS})s?(?:\s+(?:No\.\s*|#)?\d{{1,4}})?,?|{'|'.join(WORK_CUES)})\s+$"
    r"|\b[A-Z][\w-]+\s[A-Z][\w-]+[’']s\s+$"
)
NAMED_WORK_RE = re.compile(rf"\b(?:{_WORK_NOUNS})s?\b[^,.;:!?\"“”]{{0,25}}\b(?:called|named)\s+$")
# '"Glass Hearts" singer': a title that names its maker's work.
_MAKER_AFTER_TITLE_RE = re.compile(
    r"[\"”’]\s+(?:singer|songwriter|author|writer|star|director|creator|host|rapper|actor|actress|"
    r"producer|hitmaker|novelist|filmmaker|showrunner)\b"
)
# "her ‘Midnight Bloom’ tour": a title and the kind of work right after it.
_KIND_AFTER_TITLE_RE = re.compile(
    r"[\"”’]\s+(?:tour|album|single|ep|mixtape|residency|collection|exhibition|documentary|series|podcast)\b"
)
# '“Rent Is a Feeling,” the essay by ...': the work's noun right after its title.
_WORK_AFTER_TITLE_RE = re.compile(
    rf"[\"”’]\s*,?\s+(?:the|a|an|his|her|their|our|its)\s+(?:[\w-]+\s+)?(?:{_WORK_NOUNS})\b"
)


def names_a_work(body: str, start: int, end: int) -> bool:
    """True when the quoted words at body[start:end] are introduced or followed as a work's title.

    ``start`` is just after the opening mark, ``end`` just before the closing one.
    """
    return bool(
        _WORK_CUE_RE.search(body, max(0, start - 30), start - 1)
        or _MAKER_AFTER_TITLE_RE.match(body, end)
        or _KIND_AFTER_TITLE_RE.match(body, end)
        or _WORK_AFTER_TITLE_RE.match(body, end)
        or NAMED_WORK_RE.search(body, max(0, start - 70), start - 1)
    )
