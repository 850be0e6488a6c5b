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

A Japanese company's timely disclosure in English opens instead with the date and its own header
("Company name: Kitahama Denki Co., Ltd.", "Representative: ...", "(Securities code: 6789, TSE Prime
Market)", "Contact: ...", "To whom it may concern") over its "Notice Regarding ..." and closes with
"End" and a note on the translation; the company publishes it itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.clean import COMPANY_NUMBER_RX, Line
from store.metadata import parse_date

# "Ardle Bank plc - ARB", "Koonda Minerals Limited (KMN)": the issuer and its ticker, alone on a line
_ISSUER_RE = re.compile(
    r"^(?P<issuer>[A-Z][\w&.,’' -]{1,80}?)\s*(?:[-–]\s*[A-Z0-9]{2,6}(?:\.[A-Z]{1,2})?|\([A-Z0-9]{2,6}(?:\.[A-Z]{1,2})?\))$"
)
# "MKL | Marrakai Lithium Limited | Price sensitive": the ASX platform's row, ticker first
_ISSUER_ROW_RE = re.compile(r"^[A-Z0-9]{2,6}\s*\|\s*(?P<issuer>[A-Z][^|]{1,80}?)\s*(?:\|\s*[^|]{2,40})?$")
# "ASX Market Announcements Platform": the exchange whose platform shows the announcement
_PLATFORM_RE = re.compile(r"^(ASX|NZX|SGX|NSX|JSE|TSX)\b.{0,40}\bAnnouncements?(?: Platform)?$")
_RELEASED_RE = re.compile(r"^Released\s+(?P<when>[^|]{6,40}?)\s*(?:\|.*)?$")
_FLAG_RE = re.compile(r"^(?:(?:not )?price[- ]sensitive|market[- ]sensitive|regulatory(?: news)?)$", re.IGNORECASE)
_RNS_NUMBER_RE = re.compile(r"^RNS Number\s*:\s*\w{3,10}$")
_LETTERHEAD_RE = re.compile(
    rf"^(?:RNS Number\s*:\s*\w{{3,10}}"
    r"|(?:ASX|NZX|AIM|TSX|JSE|SGX|MARKET|STOCK EXCHANGE)\s+(?:ANNOUNCEMENT|RELEASE)"
    r"|(?:ASX|NZX|AIM|LSE|TSX|TSXV|JSE|SGX|NSX)\s*:\s*[A-Z0-9]{2,6}"
    rf"|{COMPANY_NUMBER_RX}"
    r"|Download(?: PDF)?\b.*)$"
)
_END_RE = re.compile(r"^END$")
_DATE_LINE_RE = re.compile(
    r"^(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})$"
)
_HEADER_LINES = 20  # the service's header and the letterhead, at most, from the top


@dataclass(frozen=True)
class Announcement:
    """The headline, issuer and service of an announcement, and the lines that are not its text."""

    title: str
    title_line: int
    issuer: str | None  # who wrote it, when a service published it
    publisher: str | None  # "RNS" when the page says so, the company for its own disclosure; else the masthead
    date: str | None  # ISO, from the "Released" line or the disclosure's own date line
    chrome: frozenset[int]


def market_announcement(lines: list[Line]) -> Announcement | None:
    """The announcement on a market news service's page, or None when the page is not one."""
    texts = [line for line in lines if line.text]
    if (form := _exchange_form(texts)) is not None:
        return form
    released_at = next(
        (at for at, line in enumerate(texts[:_HEADER_LINES]) if _released_date(line.text) is not None), None
    )
    if released_at is None:
        return _timely_disclosure(texts)
    above = range(released_at - 1, max(released_at - 5, -1), -1)
    issuer_at, named = next(((at, found) for at in above if (found := _issuer_line(texts[at].text))), (None, None))
    if named is None:
        return None
    headline = [line for line in texts[issuer_at + 1:released_at] if not _FLAG_RE.match(line.text)]
    if len(headline) > 1:
        return None
    issuer = named.group("issuer").strip()
    chrome = {line.index for line in texts[:released_at + 1] if line not in headline}
    rns = False
    for line in texts[released_at + 1:released_at + 9]:
        if _LETTERHEAD_RE.match(line.text):
            rns = rns or bool(_RNS_NUMBER_RE.match(line.text))
        elif line.text.casefold() != issuer.casefold() and not _DATE_LINE_RE.match(line.text):
            if not headline and line.word_count <= 24 and not line.text.endswith("."):
                headline.append(line)  # the platform's row names no headline: the letterhead's is under it
            break
        chrome.add(line.index)
    if not headline:
        return None
    if rns:
        # "END", a tracking code and the exchange's notes under an RNS announcement
        end = next((line for line in texts[len(texts) // 2:] if _END_RE.match(line.text)), None)
        if end is not None:
            chrome.update(line.index for line in texts if line.index >= end.index)
    platform = next((found.group(1) for line in texts[:released_at] if (found := _PLATFORM_RE.match(line.text))), None)
    return Announcement(
        headline[0].text, headline[0].index, issuer, "RNS" if rns else platform, _released_date(texts[released_at].text),
        frozenset(chrome),
    )


# The Singapore Exchange's announcement view: each field's label on a line, its value on the next
_FORM_SECTIONS = frozenset({"Issuer & Securities", "Announcement Details", "Attachments"})
_FORM_LABELS = frozenset({
    "Issuer/ Manager", "Issuer/Manager", "Securities", "Stapled Security", "Announcement Title", "Date &Time of Broadcast",
    "Date & Time of Broadcast", "Status", "Announcement Sub Title", "Announcement Reference",
    "Submitted By (Co./ Ind. Name)", "Submitted By (Co./Ind. Name)", "Designation",
})
_FORM_DESCRIPTION_RE = re.compile(r"^Description \(Please provide a detailed description\b.*\)$")
# The letterhead under it: "(Company Registration No. 200719384K)", "(Incorporated in the Republic of Singapore)"
_REGISTRATION_RE = re.compile(
    r"^\((?:Company |Unique Entity )?(?:Registration|Reg\.|UEN) (?:No\.|Number):?\s*[\w-]{5,20}\)$"
    r"|^\(Incorporated (?:in|under)\b[^()]{3,80}\)$",
    re.IGNORECASE,
)
_BY_ORDER_RE = re.compile(r"^(?:BY ORDER OF THE BOARD|By Order of the Board|ON BEHALF OF THE BOARD)$")
# "Seaholm_Placement_27May2025.pdf (151K)", "Total size =245K MB": the files attached to it
_ATTACHMENT_RE = re.compile(r"^\S[^\n]{0,120}\.(?:pdf|docx?|xlsx?|zip)\s*\(\s*[\d.,]+\s*[KMG]?B?\)$|^Total size\s*=.*$", re.I)


def _exchange_form(texts: list[Line]) -> Announcement | None:
    """An announcement as the Singapore Exchange shows it: a form of fields over the company's own text.

    The "Announcement Sub Title" (else the title) is the headline, the secretary who submitted it the
    writer and the time of broadcast its date. The fields, the company's letterhead, the "BY ORDER OF
    THE BOARD" signature and the attachments are chrome.
    """
    head = texts[:40]
    labels = {line.text: at for at, line in enumerate(head) if line.text in _FORM_LABELS}
    broadcast = labels.get("Date &Time of Broadcast", labels.get("Date & Time of Broadcast"))
    if broadcast is None or len(labels) < 4:
        return None
    end = next((at for at, line in enumerate(head) if _FORM_DESCRIPTION_RE.match(line.text)), None)
    if end is None:
        end = max(labels.values()) + 1
    chrome = {line.index for line in texts[:end + 1]}

    def value(*names: str) -> Line | None:
        at = next((labels[name] for name in names if name in labels), None)
        following = texts[at + 1] if at is not None and at + 1 < len(texts) else None
        return following if following is not None and following.text not in _FORM_LABELS else None

    headline = value("Announcement Sub Title") or value("Announcement Title")
    if headline is None:
        return None
    submitter = value("Submitted By (Co./ Ind. Name)", "Submitted By (Co./Ind. Name)")
    issuer = value("Issuer/ Manager", "Issuer/Manager")
    for line in texts[end + 1:end + 5]:
        # the letterhead: the issuer's name again, its registration number, where it was incorporated
        if not (_REGISTRATION_RE.match(line.text) or issuer is not None and line.text.casefold() == issuer.text.casefold()):
            break
        chrome.add(line.index)
    for at, line in enumerate(texts[end + 1:], start=end + 1):
        if _BY_ORDER_RE.match(line.text):
            chrome.add(line.index)
            for signed in texts[at + 1:at + 4]:  # the signer, her title, the day
                if signed.word_count > 6 or signed.text.endswith("."):
                    break
                chrome.add(signed.index)
        elif line.text in _FORM_SECTIONS or _ATTACHMENT_RE.match(line.text):
            chrome.add(line.index)
    date_line = texts[broadcast + 1] if broadcast + 1 < len(texts) else None
    # ("27-May-2025 07:32:11": the day, its month and year joined by hyphens)
    broadcast_at = _HYPHENED_DAY_RE.sub(r"\1 \2 \3", date_line.text) if date_line else ""
    return Announcement(
        headline.text, headline.index, submitter.text if submitter else None, "Singapore Exchange",
        parse_date(broadcast_at) if broadcast_at else None, frozenset(chrome),
    )


_HYPHENED_DAY_RE = re.compile(r"\b(\d{1,2})-([A-Z][a-z]{2})-(\d{4})\b")


def _issuer_line(text: str) -> re.Match | None:
    """"Koonda Minerals Limited (KMN)" or "MKL | Marrakai Lithium Limited | Price sensitive": the issuer's line."""
    return _ISSUER_RE.match(text) or _ISSUER_ROW_RE.match(text)


_COMPANY_NAME_RE = re.compile(r"^Company name\s*:\s*(?P<issuer>.{3,120})$", re.IGNORECASE)
_SECURITIES_CODE_RE = re.compile(r"^\(?(?:Securities |Stock |Listing )?[Cc]ode(?: number)?\s*:?\s*\d{4}\b")
_DISCLOSURE_HEADER_RE = re.compile(
    r"^(?:Representative|Representative Director|Contact|Inquiries|Enquiries)\s*:|^\(?TEL\s*[:.]|^To whom it may concern$",
    re.IGNORECASE,
)
# "This document is an English translation of the Japanese original. ...": the translator's note under it
_TRANSLATION_NOTE_RE = re.compile(
    r"^(?:This|The) (?:document|release|notice) (?:is|has been) (?:an? )?(?:English )?translat", re.IGNORECASE
)


def _timely_disclosure(texts: list[Line]) -> Announcement | None:
    """A Japanese company's disclosure in English: its header, its "Notice Regarding ..." and its close."""
    named = next(((at, found) for at, line in enumerate(texts[:8]) if (found := _COMPANY_NAME_RE.match(line.text))), None)
    if named is None or not any(_SECURITIES_CODE_RE.match(line.text) for line in texts[:10]):
        return None
    at, found = named
    header_end = at
    for k in range(at + 1, min(len(texts), at + 8)):
        if _DISCLOSURE_HEADER_RE.match(texts[k].text) or _SECURITIES_CODE_RE.match(texts[k].text):
            header_end = k
    if header_end + 1 >= len(texts):
        return None
    headline = texts[header_end + 1]
    chrome = {line.index for line in texts[:header_end + 1]}
    # "End" under the text, and the translator's note
    chrome.update(line.index for line in texts[len(texts) // 2:] if _END_RE.match(line.text.upper()))
    chrome.update(line.index for line in texts if _TRANSLATION_NOTE_RE.match(line.text))
    date = parse_date(texts[0].text) if _DATE_LINE_RE.match(texts[0].text) else None
    return Announcement(headline.text, headline.index, None, found.group("issuer").strip(), date, frozenset(chrome))


def _released_date(text: str) -> str | None:
    found = _RELEASED_RE.match(text)
    return parse_date(found.group("when")) if found else None
