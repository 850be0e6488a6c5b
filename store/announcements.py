"""A listed company's announcement as a market's news service shows it (London's RNS, an
announcements platform for the ASX): which lines are the service's and the letterhead's, and who
issued it.

Over the company's own text the service prints the issuer with its ticker ("Ardle Bank plc - ARB",
"Koonda Minerals Limited (KMN)"), a flag or two ("Price sensitive"), the announcement's headline and
its release ("Released 07:00:04 24 May 2025", "Released 24/05/2025 08:31 AEST | 3 pages | 412 KB").
The document then opens with its letterhead: "RNS Number : 4521K", "ASX ANNOUNCEMENT", the issuer's
name again, the date, "ASX: KMN", "ACN 612 448 903". An RNS announcement closes with "END", a
tracking code and the exchange's notes. ``market_announcement`` recognises the header: the headline
is the title, the issuer the author and RNS, when it is RNS's, the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.clean import Line
from store.metadata import parse_date

# "Ardle Bank plc - ARB", "Koonda Minerals Limited (KMN)": the issuer and its ticker, alone on a line
_ISSUER_RE = re.compile(
    r"^(?P<issuer>[A-Z][\w&.,’' -]{1,80}?)\s*(?:[-–]\s*[A-Z0-9]{2,6}(?:\.[A-Z]{1,2})?|\([A-Z0-9]{2,6}(?:\.[A-Z]{1,2})?\))$"
)
_RELEASED_RE = re.compile(r"^Released\s+(?P<when>[^|]{6,40}?)\s*(?:\|.*)?$")
_FLAG_RE = re.compile(r"^(?:(?:not )?price[- ]sensitive|market[- ]sensitive|regulatory(?: news)?)$", re.IGNORECASE)
_RNS_NUMBER_RE = re.compile(r"^RNS Number\s*:\s*\w{3,10}$")
_LETTERHEAD_RE = re.compile(
    r"^(?:RNS Number\s*:\s*\w{3,10}"
    r"|(?:ASX|NZX|AIM|TSX|JSE|SGX|MARKET|STOCK EXCHANGE)\s+(?:ANNOUNCEMENT|RELEASE)"
    r"|(?:ASX|NZX|AIM|LSE|TSX|TSXV|JSE|SGX|NSX)\s*:\s*[A-Z0-9]{2,6}"
    r"|(?:ACN|ABN|ARBN)\s+\d{2,3}(?:\s?\d{3}){2,3}"
    r"|Download(?: PDF)?\b.*)$"
)
_END_RE = re.compile(r"^END$")
_DATE_LINE_RE = re.compile(r"^(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})$")
_HEADER_LINES = 20  # the service's header and the letterhead, at most, from the top


@dataclass(frozen=True)
class Announcement:
    """The headline, issuer and service of an announcement, and the lines that are not its text."""

    title: str
    title_line: int
    issuer: str
    service: str | None  # "RNS" when the page says so; otherwise the masthead names the platform
    date: str | None  # ISO, from the "Released" line
    chrome: frozenset[int]


def market_announcement(lines: list[Line]) -> Announcement | None:
    """The announcement on a market news service's page, or None when the page is not one."""
    texts = [line for line in lines if line.text]
    released_at = next(
        (at for at, line in enumerate(texts[:_HEADER_LINES]) if _released_date(line.text) is not None), None
    )
    if released_at is None:
        return None
    issuer_at = next((at for at in range(released_at - 1, max(released_at - 5, -1), -1) if _ISSUER_RE.match(texts[at].text)), None)
    if issuer_at is None:
        return None
    headline = [line for line in texts[issuer_at + 1:released_at] if not _FLAG_RE.match(line.text)]
    if len(headline) != 1:
        return None
    issuer = _ISSUER_RE.match(texts[issuer_at].text).group("issuer").strip()
    chrome = {line.index for line in texts[:released_at + 1] if line is not headline[0]}
    rns = False
    for line in texts[released_at + 1:released_at + 9]:
        if _LETTERHEAD_RE.match(line.text):
            rns = rns or bool(_RNS_NUMBER_RE.match(line.text))
        elif line.text.casefold() != issuer.casefold() and not _DATE_LINE_RE.match(line.text):
            break
        chrome.add(line.index)
    if rns:
        # "END", a tracking code and the exchange's notes under an RNS announcement
        end = next((line for line in texts[len(texts) // 2:] if _END_RE.match(line.text)), None)
        if end is not None:
            chrome.update(line.index for line in texts if line.index >= end.index)
    return Announcement(
        headline[0].text, headline[0].index, issuer, "RNS" if rns else None, _released_date(texts[released_at].text), frozenset(chrome)
    )


def _released_date(text: str) -> str | None:
    found = _RELEASED_RE.match(text)
    return parse_date(found.group("when")) if found else None
