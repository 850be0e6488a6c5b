"""Encyclopedia pages: the article, without the wiki around it.

A scraped Wikipedia page opens with the site's menus, the table of contents,
the article's name, tabs ("Article Talk", "Read Edit View history") and the
line "From Wikipedia, the free encyclopedia"; it ends with "See also",
"References", "External links", navigation boxes, categories and the site's
footer. ``encyclopedia_page`` recognises such a page by that line and says
which lines are the wiki's: everything before the article's first line but
its name, the hatnote under it, and everything from the first closing
section on. Section headings keep their words and lose their "[edit]" link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from store.clean import Line

# "From Wikipedia, the free encyclopedia", and the same line on other wikis.
_FROM_WIKI_RE = re.compile(r"^From (?P<site>[A-Z][\w .'-]{1,40}), the free encyclopedia\.?$")
# The tabs and counters between the table of contents and the article's name.
_TAB_RE = re.compile(
    r"^(?:\d+ languages?|add languages|article(?: talk)?|talk|read(?: edit)?(?: view history| view source)?|"
    r"edit|view history|tools|actions|general|print/export|in other projects|hide|contents(?: hide)?|\(top\)|"
    r"jump to (?:content|navigation|search)|main menu|search|create account(?: log in)?|log in|donate|"
    r"personal tools|appearance|toggle the table of contents)$",
    re.IGNORECASE,
)
# A hatnote: "For the Canadian manufacturer, see ...", "Not to be confused with ...".
_HATNOTE_RE = re.compile(
    r"^(?:\(redirected from [^)]{1,80}\)$|for (?:the |other |an? )?.{0,80}, see\b|this article is about\b|not to be confused with\b|"
    r"\"[^\"]{1,60}\" (?:and \"[^\"]{1,60}\" )?redirects? here\b|further information\s*:|main article\s*:|see also\s*:)",
    re.IGNORECASE,
)
_CONTENTS_RE = re.compile(r"^contents(?: hide)?$", re.IGNORECASE)
# The site's footer, when no closing section comes before it.
_FOOTER_RE = re.compile(
    r"^(?:this page was last edited on\b|text is available under the creative commons\b|categories\s*:|"
    r"hidden categories\s*:|retrieved from\s+\S|privacy policy about wikipedia\b|v t e$)",
    re.IGNORECASE,
)
_EDIT_LINK_RE = re.compile(r"\s*\[edit(?: source)?\]$")
# The sections after the article's own text.
_CLOSING_SECTIONS = frozenset(
    "see also|notes|references|citations|sources|bibliography|further reading|external links|footnotes".split("|")
)


@dataclass
class EncyclopediaPage:
    """What an encyclopedia page's lines are."""

    site: str
    title: int | None = None  # the article's name
    chrome: set[int] = field(default_factory=set)  # the wiki's lines above, beside and below the article
    headings: dict[int, Line] = field(default_factory=dict)  # section headings without their "[edit]"


def encyclopedia_page(lines: list[Line]) -> EncyclopediaPage | None:
    """The wiki article these lines were scraped from, if they were."""
    marker = next((ln for ln in lines[:60] if ln.text and _FROM_WIKI_RE.match(ln.text)), None)
    if marker is None:
        return None
    page = EncyclopediaPage(site=_FROM_WIKI_RE.match(marker.text).group("site").strip())
    above = [ln for ln in lines[: marker.index] if ln.text]
    names = [ln for ln in above if not _TAB_RE.match(ln.text) and not _toc_entry(ln.text)]
    if names:
        page.title = names[-1].index  # the article's name sits under the menus, above its tabs
    page.chrome = {ln.index for ln in lines[: marker.index + 1]} - {page.title}
    for after in [ln for ln in lines[marker.index + 1:marker.index + 6] if ln.text][:2]:
        if not _HATNOTE_RE.match(after.text):
            break
        page.chrome.add(after.index)  # "(Redirected from AquaNimbus Controls)", then "For the ..., see ..."
    closing = None
    contents = False  # inside the table of contents the page shows after its lead
    for line in lines[marker.index + 1:]:
        if _CONTENTS_RE.match(line.text) or contents and (_toc_entry(line.text) or not line.text):
            contents = True
            page.chrome.add(line.index)
            continue
        contents = False
        edit = _EDIT_LINK_RE.search(line.text)
        name = line.text[: edit.start()].strip() if edit else line.text
        if name.lower() in _CLOSING_SECTIONS:
            closing = line.index
            break
        if edit is not None:
            page.headings[line.index] = replace(line, text=name, heading=True, level=2)
        elif _FOOTER_RE.match(line.text):
            page.chrome.add(line.index)
    if closing is not None:
        page.chrome |= set(range(closing, len(lines)))
    return page


def _toc_entry(text: str) -> bool:
    """"1 History", "2.1 Early years": a numbered entry of the table of contents."""
    return bool(re.match(r"^\d+(?:\.\d+)*\s+\S", text)) and len(text.split()) <= 8 and not text.rstrip().endswith(".")
