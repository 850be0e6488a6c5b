"""A filing saved from the SEC's EDGAR: which lines are the form's and which are the filer's own words.

A Form 8-K opens with a cover page (the commission, the form, the registrant's exact name, its file
numbers, check boxes, the securities table), then numbered items ("Item 5.02 Departure of ...") whose
text is the news, the exhibit index and the signature block, and then the press release furnished
as Exhibit 99.1. The items, captions and text, and the release are the story; the rest is the form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.clean import Line

_COMMISSION_RE = re.compile(r"\bSECURITIES AND EXCHANGE COMMISSION\b", re.IGNORECASE)
_FORM_RE = re.compile(r"^FORM\s+(?P<form>8-K|10-K|10-Q|6-K|20-F|S-1|F-1|DEF 14A|SC 13D|SC 13G)\b", re.IGNORECASE)
_ITEM_RE = re.compile(r"^Item\s+(?P<number>\d{1,2}\.\d{2})\b")
_EXHIBIT_LABEL_RE = re.compile(r"^Exhibit\s+\d{1,3}(?:\.\d{1,2})?$", re.IGNORECASE)
_SIGNATURE_RE = re.compile(r"^SIGNATURES?$")
_SIGNED_RE = re.compile(r"^By:\s*/s/")
_REGISTRANT_NOTE_RE = re.compile(r"^\(Exact name of registrant", re.IGNORECASE)
# The form's own sentences, the same in every filing
_FORM_SENTENCE_RE = re.compile(
    r"^There (?:are|is|were|was) no (?:arrangements|family relationships|transactions)\b"
    r"|\bshall not be deemed [\"“]?filed[\"”]? for purposes of Section 18\b"
    r"|^Pursuant to the requirements of the Securities Exchange Act\b",
    re.IGNORECASE,
)
_EXHIBITS_ITEM = "9.01"  # "Financial Statements and Exhibits": the index of what is attached


@dataclass(frozen=True)
class Filing:
    form: str
    registrant: str | None
    chrome: frozenset[int]


def _title_case(name: str) -> str:
    """"BRINMOOR MEDICAL SYSTEMS, INC." as "Brinmoor Medical Systems, Inc."."""
    return name if not name.isupper() else " ".join(word.capitalize() for word in name.split())


def sec_filing(lines: list[Line]) -> Filing | None:
    """The form's lines in a filing clipped from EDGAR, or None for any other page."""
    top = [line for line in lines[:30] if line.text]
    form = next((m.group("form").upper() for line in top if (m := _FORM_RE.match(line.text))), None)
    if form is None or not any(_COMMISSION_RE.search(line.text) for line in top):
        return None
    texts = [line for line in lines if line.text]
    first_item = next((pos for pos, line in enumerate(texts) if _ITEM_RE.match(line.text)), None)
    if first_item is None:
        return None
    chrome = {line.index for line in texts[:first_item]}
    signed = named = None
    in_form = False  # inside the exhibit index and the signature block
    for pos, line in enumerate(texts):
        item = _ITEM_RE.match(line.text)
        if item:
            # the item's caption heads its text, the exhibit index's too ("Item 9.01 Financial Statements ...")
            in_form = item.group("number") == _EXHIBITS_ITEM
            continue
        if _SIGNATURE_RE.match(line.text):
            in_form = True
        elif _EXHIBIT_LABEL_RE.match(line.text) and pos > first_item:
            chrome.add(line.index)
            in_form = False
            continue
        if in_form or _FORM_SENTENCE_RE.search(line.text):
            chrome.add(line.index)
        if _SIGNED_RE.match(line.text) and signed is None:
            # the registrant signs above its officer: "Brinmoor Medical Systems, Inc." / "Date: ..." / "By: /s/ ..."
            above = [ln for ln in texts[max(0, pos - 3):pos] if not ln.text.lower().startswith("date")]
            signed = above[-1].text if above else None
        if _REGISTRANT_NOTE_RE.match(line.text) and pos and named is None:
            named = _title_case(texts[pos - 1].text)  # the cover's "BRINMOOR MEDICAL SYSTEMS, INC."
    return Filing(form, signed or named, frozenset(chrome))
