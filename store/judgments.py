"""A court's judgment as a free legal archive publishes it, converted to text: which lines are the
archive's and the cover sheet's, and which the judgment's.

An English (or Welsh, Scottish, Irish) judgment opens with a cover sheet: the neutral citation
("[2025] EWHC 1421 (Ch)"), the case number, the court and its address, the date, "Before :" and the
judge, "Between :" and the parties with "Claimant" and "Defendant" under them, counsel, the hearing
dates, "Approved Judgment" and the hand-down notice, then the judge's label ("MR JUSTICE HALE:")
over the numbered paragraphs. Each printed page repeats a footer ("Approved Judgment | X v Y |
[2025] EWHC 1421 (Ch) | Page 2"), and the archive adds its menu, breadcrumb and links around it all.
``court_judgment`` recognises such a page: the case's name is its title, the court (read from the
citation) its source and the judge its author; the rest around the paragraphs is chrome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.clean import Line

# "[2025] EWHC 1421 (Ch)", "[2024] EWCA Civ 88", "[2023] UKSC 12"
_CITATION_RX = r"\[(?:19|20)\d{2}\]\s+(?P<court>[A-Z]{2,6})(?:\s+(?:Civ|Crim|Admin))?\s+\d{1,5}(?:\s+\([A-Za-z]{2,12}\))?"
_NEUTRAL_CITATION_RE = re.compile(rf"^Neutral Citation(?: Number| No\.?)?\s*:?\s*{_CITATION_RX}", re.IGNORECASE)
_CASE_NUMBER_RE = re.compile(r"^Case (?:No|Number)s?\.?\s*:", re.IGNORECASE)
# "Brackwater Sensors Ltd v Okafor-Reeve [2025] EWHC 1421 (Ch) (22 May 2025)": the case and its citation
_CASE_TITLE_RE = re.compile(rf"^(?P<case>[^\s:>|][^:>|]{{2,150}}?\sv\.?\s[^:>|]{{2,150}}?)\s+{_CITATION_RX}(?:\s+\([^()]*\))?$")
_JUDGE_RX = (
    r"(?:(?:MR|MRS|MS) JUSTICE|(?:LORD|LADY) JUSTICE|(?:HIS|HER) HONOUR JUDGE|HHJ|DEPUTY HIGH COURT JUDGE|"
    r"LORD|LADY|MASTER|DISTRICT JUDGE)\s+[A-Z][A-Z’'. -]{1,40}?"
)
_JUDGE_LABEL_RE = re.compile(rf"^(?P<judge>{_JUDGE_RX})\s*:$")
# "Approved Judgment | X v Y | [2025] EWHC 1421 (Ch) | Page 2": each printed page's footer
_PAGE_FOOTER_RE = re.compile(rf"^(?:Approved Judgment\b.*\|.*|.*{_CITATION_RX}.*\|\s*Page \d+)$", re.IGNORECASE)
# The archive's links at the foot: "URL: https://...", "BAILII: Copyright Policy | Disclaimers | ..."
_ARCHIVE_FOOT_RE = re.compile(r"^(?:URL:\s*https?://\S+|[\w ]{2,30}:\s*Copyright Policy\b.*)$", re.IGNORECASE)
# The neutral citation's court, as the archive names the court whose judgment it publishes
COURTS = {
    "EWHC": "High Court of England and Wales",
    "EWCA": "Court of Appeal of England and Wales",
    "EWFC": "Family Court of England and Wales",
    "EWCOP": "Court of Protection",
    "UKSC": "Supreme Court of the United Kingdom",
    "UKPC": "Judicial Committee of the Privy Council",
    "UKUT": "Upper Tribunal",
    "UKFTT": "First-tier Tribunal",
    "CSOH": "Court of Session",
    "CSIH": "Court of Session",
    "NIQB": "High Court of Northern Ireland",
    "IEHC": "High Court of Ireland",
    "IESC": "Supreme Court of Ireland",
}
_COVER_DATE_RE = re.compile(r"^Date\s*:\s*(\d{1,2})/(\d{1,2})/(\d{4})$")  # (an English court writes the day first)
_COVER_LINES = 45  # a cover sheet's length, at most, from its citation to the judge's label


@dataclass(frozen=True)
class Judgment:
    """The case, the court and the judge of a judgment, and the lines that are not the judgment's."""

    case: str | None
    title_line: int | None
    court: str | None
    judge: str | None
    chrome: frozenset[int]
    text: frozenset[int]
    date: str | None  # the cover sheet's "Date: 22/05/2025", day first, as ISO  # the judgment's own lines, under the judge's label: its headings and paragraphs


def court_judgment(lines: list[Line]) -> Judgment | None:
    """The judgment on a page an archive published, or None when the page is not one."""
    texts = [line for line in lines if line.text]
    opening = next((at for at, line in enumerate(texts[:40]) if _NEUTRAL_CITATION_RE.match(line.text)), None)
    if opening is None:
        return None
    cover = texts[opening:opening + _COVER_LINES]
    label_at = next((at for at, line in enumerate(cover) if _JUDGE_LABEL_RE.match(line.text)), None)
    if label_at is None or not any(_CASE_NUMBER_RE.match(line.text) or line.text.rstrip(" :") in ("Before", "Between") for line in cover):
        return None  # a story quoting a citation, not the judgment itself
    chrome = {line.index for line in cover[:label_at + 1]}
    titled = next(((line, found) for line in texts[:opening] if (found := _CASE_TITLE_RE.match(line.text))), None)
    # above the cover sheet, but for the case's title line: the archive's menu, breadcrumb and links
    chrome.update(line.index for line in texts[:opening] if titled is None or line is not titled[0])
    after = texts[opening + label_at + 1:]
    chrome.update(line.index for line in after if _PAGE_FOOTER_RE.match(line.text) or _ARCHIVE_FOOT_RE.match(line.text))
    citation = re.search(_CITATION_RX, texts[opening].text)
    judge = _JUDGE_LABEL_RE.match(cover[label_at].text).group("judge")  # who gives the judgment
    return Judgment(
        case=titled[1].group("case") if titled else None,
        title_line=titled[0].index if titled else None,
        court=COURTS.get(citation.group("court")) if citation else None,
        judge=_styled(judge),
        chrome=frozenset(chrome),
        text=frozenset(line.index for line in after) - chrome,
        date=next((_iso(found) for line in cover if (found := _COVER_DATE_RE.match(line.text))), None),
    )


def _iso(date: re.Match) -> str | None:
    day, month, year = (int(part) for part in date.groups())
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def _styled(judge: str) -> str:
    """"MR JUSTICE PENHALIGON" as the judgment styles him in prose: "Mr Justice Penhaligon"."""
    return " ".join(
        word if word in ("KC", "QC", "HHJ") else "-".join(part.capitalize() for part in word.split("-"))
        for word in judge.split()
    )
