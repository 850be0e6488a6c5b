"""A regulator's notice converted from PDF: which lines are the printed page's and which the notice's.

A UK Financial Conduct Authority (or Prudential Regulation Authority) Final, Decision or Warning
Notice opens with an address block ("To:", "Of:", reference numbers, "Date:") and an "IMPORTANT"
line, repeats its heading, page number and reference number on every page, and ends with the
signer's name and office. A PDF converter leaves all of that inline, even in the middle of a
paragraph that runs from one page onto the next. ``regulator_notice`` recognises such a page and
says which lines are that furniture, who signed it and which regulator issued it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.clean import PAGE_FOOTER_RE, Line, ends_terminal

_NOTICE_HEADING_RE = re.compile(
    r"^(?P<kind>FINAL|DECISION|WARNING|FIRST SUPERVISORY|SUPERVISORY) NOTICE$"
)
_REFERENCE_RE = re.compile(
    r"^(?P<regulator>FCA|PRA)?\s*(?:Firm |Individual )?Reference (?:Number|No\.?)\s*:\s*\S+$", re.IGNORECASE
)
# The address block over the notice: "To: Marcus Penhallow", "Of: Flat 4, ...", "Address: ..."
_ADDRESS_RE = re.compile(r"^(?:To|Of|Address|Individual Reference Number|Firm Reference Number)\s*:", re.IGNORECASE)
_IMPORTANT_RE = re.compile(
    r"^IMPORTANT\s*:\s*this (?:final |decision |warning |supervisory )?notice contains important information",
    re.IGNORECASE,
)
# "“the Authority” means the Financial Conduct Authority;": who "the Authority" is
_AUTHORITY_RE = re.compile(r"[\"“]the Authority[\"”] means (?:the )?(?P<name>[A-Z][\w ]{4,60}?Authority)\b")
_REGULATORS = {"FCA": "Financial Conduct Authority", "PRA": "Prudential Regulation Authority"}
# The signer's office under the name: "Head of Department", "Enforcement and Market Oversight Division"
_OFFICE_RE = re.compile(
    r"^(?:(?:Head|Director|Executive Director|Chair|Chief)\b.{0,60}|.{2,60}\b(?:Division|Department|Committee)|"
    r"Financial Conduct Authority|Prudential Regulation Authority|Regulatory Decisions Committee)$"
)
_SIGNER_RE = re.compile(r"^[A-Z][\w’'-]+(?: [A-Z][\w’'.-]+){1,3}$")


@dataclass(frozen=True)
class Notice:
    """Who issued the notice, who signed it, and the lines that are the printed page's."""

    regulator: str | None
    signer: str | None
    chrome: frozenset[int]


def regulator_notice(lines: list[Line]) -> Notice | None:
    """The notice on a page converted from a regulator's PDF, or None when the page is not one."""
    texts = [line for line in lines if line.text]
    # (under the regulator's press release about it, when the page pastes the two together)
    heading = next((line for line in texts[:40] if _NOTICE_HEADING_RE.match(line.text)), None)
    if heading is None:
        return None
    furniture = [line for line in texts if PAGE_FOOTER_RE.match(line.text) or _REFERENCE_RE.match(line.text)]
    important = [line for line in texts[:20] if _IMPORTANT_RE.match(line.text)]
    if not furniture and not important:
        return None  # a story headed "FINAL NOTICE", not the notice itself
    chrome = {line.index for line in furniture + important}
    # the heading, and the heading printed again at the top of every page
    chrome |= {line.index for line in texts if line.text == heading.text}
    first_section = next((line for line in texts if line.index > heading.index and line.heading), None)
    chrome |= {
        line.index for line in texts
        if line.index < (first_section.index if first_section else len(lines)) and _ADDRESS_RE.match(line.text)
    }
    signer, block = _signature(texts, chrome)
    chrome |= block
    return Notice(_regulator(lines, furniture), signer, frozenset(chrome))


def _regulator(lines: list[Line], furniture: list[Line]) -> str | None:
    """Who issued it: the body "the Authority" is defined as, else the one its reference number names."""
    for line in lines:
        if "Authority" in line.text and (defined := _AUTHORITY_RE.search(line.text)):
            return defined.group("name")
    for line in furniture:
        if (reference := _REFERENCE_RE.match(line.text)) and reference.group("regulator"):
            return _REGULATORS[reference.group("regulator").upper()]
    return None


def _signature(texts: list[Line], chrome: set[int]) -> tuple[str | None, set[int]]:
    """The signer's name and the lines of their block: a name over one to three lines of office, the
    last such block (annexes may follow it)."""
    kept = [line for line in texts if line.index not in chrome]
    for pos in range(len(kept) - 2, -1, -1):
        line = kept[pos]
        if not _SIGNER_RE.match(line.text) or ends_terminal(line.text):
            continue
        offices = []
        for office in kept[pos + 1:pos + 4]:
            if not _OFFICE_RE.match(office.text):
                break
            offices.append(office)
        if offices:
            return line.text, {line.index} | {office.index for office in offices}
    return None, set()
