"""An e-mail saved from a webmail's print view: who sent it, when, under what subject, and the mail
client's chrome around it.

    Gmail
    Lena Okafor <lena@northbeam.vc>          (whose mailbox it was printed from)
    **Ferroscope — April 2025 investor update**
    1 message
    Print all | In new window
    From: Nadia Rahimi <nadia@ferroscope.io>
    To: Investors <investors@ferroscope.io>
    Date: Tue, May 6, 2025 at 9:14 AM
    Subject: Ferroscope — April 2025 investor update
    Hi friends, ...
    --
    Nadia Rahimi                              (the signature, under "--")
    ...
    Reply | Forward

The subject is the title and the sender its writer; the headers, the client's buttons, the mailbox
owner's address and the signature block are chrome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.clean import Line
from store.metadata import parse_byline
from store.sentences import ends_terminal

_HEADER_RE = re.compile(r"^(?P<field>From|To|Cc|Bcc|Date|Sent|Subject|Reply-To):\s*(?P<value>.*)$")
# (an archive writes "marta at example.org" to keep the address from spammers)
_SENDER_RE = re.compile(r"^\s*\"?(?P<name>[^<\"@]{2,60}?)\"?\s*<[^<>@\s]+(?:@| at )[^<>\s]+>\s*$")
_BARE_SENDER_RE = re.compile(r"^(?P<name>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3})$")  # (its address cut as markup)
_ADDRESS_LINE_RE = re.compile(r"^[^<>@]{2,60}<[^<>@\s]+@[^<>\s]+>$")  # "Lena Okafor <lena@northbeam.vc>"
WEBMAIL_NAMES = ("gmail", "outlook", "yahoo mail", "proton mail")  # the client that printed a mail, not its publisher
_CLIENT_CHROME_RE = re.compile(
    r"^(?:\d+ messages?|print all(?:\s*\|\s*in new window)?|in new window|reply(?:\s*\|\s*(?:reply all|forward))*|"
    rf"reply all|forward|{'|'.join(WEBMAIL_NAMES)})$",
    re.IGNORECASE,
)
_SIGNATURE_MARK = ("--", "-- ")
# "This email is confidential and intended for ...", "To stop receiving these updates, reply with ..."
_MAIL_NOTICE_RE = re.compile(
    r"^(?:this (?:e-?mail|message)(?: and any attachments)? (?:is|are) (?:strictly )?confidential\b|"
    r"to (?:stop receiving|unsubscribe)\b|you(?:'re| are) receiving this (?:e-?mail|update)\b|"
    r"you received this (?:e-?mail|message) because\b|"
    r"unsubscribe(?: from [\w ’'-]{1,40})?$|read the full (?:story|article|post) (?:on|at)\b)",
    re.IGNORECASE,
)
_MAX_SIGNATURE_LINES = 6
# "Re: [DISCUSS] Responding to ...": the reply marks and the list's tag before the subject itself
_SUBJECT_TAGS_RE = re.compile(r"^(?:(?:re|fwd?|aw|sv)\s*:\s*|\[[\w .-]{1,24}\]\s*)+", re.IGNORECASE)
# "dev@lists.example.org mailing list": the archive's heading, naming the list that published the thread
_LIST_NAME_RE = re.compile(r"^(?P<address>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s+mailing list$", re.IGNORECASE)
# A newsletter's sender name: "The Lunchtime Brief", "Morning Markets Daily" — a publication, not a person
_PUBLICATION_SENDER_RE = re.compile(
    r"^(?:The\s+\S.*|.*\b(?:Brief|Briefing|Newsletter|Daily|Weekly|Digest|Dispatch|Report|Update|Memo|Edition)s?)$"
)
# "Today's Brief was written by Marguerite Okafor and edited by Dev Raman": its writer
_WRITTEN_BY_RE = re.compile(r"\bwas written by (?P<name>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3})")
# A publication's sending mailbox: "newsletter@", "news@", "noreply@"
_PUBLICATION_MAILBOX_RE = re.compile(r"<(?:newsletters?|news|noreply|no-reply|alerts|digest|editors?|updates)@", re.IGNORECASE)
# Gmail's "---------- Forwarded message ---------", Apple Mail's "Begin forwarded message:", Outlook's original
FORWARDED_RE = re.compile(
    r"^(?:-{3,}\s*forwarded message\s*-{3,}|begin forwarded message:|-{3,}\s*original message\s*-{3,})$", re.IGNORECASE
)
_ARCHIVE_CHROME_RE = re.compile(r"^(?:messages sorted by:.*|thread view)$", re.IGNORECASE)


@dataclass(frozen=True)
class Email:
    subject: str
    sender: str | None
    chrome: frozenset[int]
    date: str | None = None  # the (first) message's Date header, as written
    mailing_list: str | None = None  # the list's address, when the page is its archive
    senders: tuple[str, ...] = ()  # who wrote the thread's messages, in order
    newsletter: str | None = None  # the sender, when it is a publication ("The Lunchtime Brief")
    credited: str | None = None  # the writer a newsletter credits ("Today's Brief was written by ...")
    lead: tuple[int, str] | None = None  # a newsletter's lead story: its headline's line and its writer


def printed_email(lines: list[Line]) -> Email | None:
    """The e-mail on a page printed from webmail, or None when the page has no From/Subject headers.

    A forwarded mail is the message under its "Forwarded message" line: the forwarder's headers and that
    line are chrome.
    """
    forward = next((line.index for line in reversed(lines[:80]) if FORWARDED_RE.match(line.text)), None)
    texts = [line for line in lines[:60 if forward is None else forward + 60] if line.text]
    outer: set[int] = set()
    if forward is not None:
        outer = {line.index for line in texts if line.index <= forward and (
            line.index == forward or _HEADER_RE.match(line.text)
        )}
        texts = [line for line in texts if line.index > forward]
    headers: dict[str, tuple[int, str]] = {}
    for line in texts:
        if found := _HEADER_RE.match(line.text):
            headers.setdefault(found.group("field").lower(), (line.index, found.group("value").strip()))
    if "from" not in headers or "subject" not in headers or not headers["subject"][1]:
        return None
    subject = headers["subject"][1]
    sender = _sender(headers["from"][1])
    chrome = {index for index, _ in headers.values()} | outer
    first_header = min(chrome)
    mailing_list = None
    for line in texts:
        if line.index > first_header:
            break
        # over the headers: the client's name and buttons, the mailbox's owner, the subject shown again
        if _CLIENT_CHROME_RE.match(line.text) or _ADDRESS_LINE_RE.match(line.text) or line.text.strip("*# ") == subject:
            chrome.add(line.index)
        elif _ARCHIVE_CHROME_RE.match(line.text):
            chrome.add(line.index)
        elif listed := _LIST_NAME_RE.match(line.text.strip("*# ")):
            mailing_list = mailing_list or listed.group("address")
    thread = forward is None and sum(1 for line in lines if line.text.startswith("From:")) > 1
    if thread:
        # A list archive's thread: every message's headers, signature and "Reply" button, and the lone ">"
        # between the lines a reply quotes
        chrome.update(
            line.index for line in lines
            if _HEADER_RE.match(line.text) or _CLIENT_CHROME_RE.match(line.text) or line.raw.strip(" >") == ""
            and ">" in line.raw
        )
    chrome |= _foot(lines, every_signature=thread)
    senders = [
        found.group("name").strip() for line in lines
        if (header := _HEADER_RE.match(line.text)) and header.group("field") == "From"
        and (found := _sender(header.group("value")))
    ]
    name = sender.group("name").strip() if sender else None
    # ("From: New Vision <newsletter@newvision.co.ug>": a publication by the mailbox it sends from)
    newsletter = name if name and (
        _PUBLICATION_SENDER_RE.match(name) or _PUBLICATION_MAILBOX_RE.search(headers["from"][1])
    ) else None
    credited = next(filter(None, (_WRITTEN_BY_RE.search(line.text) for line in lines)), None) if newsletter else None
    last_header = max(index for index, _ in headers.values())
    found = _lead_story(lines, last_header) if newsletter and not thread else None
    lead = None
    if found is not None:
        headline, byline, writer = found
        # (the masthead, the day and the greeting over the lead story's headline, and its byline)
        chrome.update(line.index for line in lines[last_header:headline] if line.text)
        chrome.add(byline)
        lead = (headline, writer)
    return Email(
        _SUBJECT_TAGS_RE.sub("", subject) or subject, name, frozenset(chrome), headers.get("date", (0, None))[1],
        mailing_list, tuple(dict.fromkeys(senders)), newsletter, credited.group("name") if credited else None,
        lead,
    )


_LEAD_REACH = 16  # non-blank lines under the headers where a lead story's byline may stand


def _lead_story(lines: list[Line], headers_end: int) -> tuple[int, int, str] | None:
    """"Tessellate AI takes C$60M down round ..." over "By Claire Dubeau", under a newsletter's masthead and
    greeting: the lead story's headline and byline (their lines) and its writer."""
    texts = [line for line in lines[headers_end + 1:] if line.text][:_LEAD_REACH]
    for above, line in zip(texts, texts[1:]):
        writer = parse_byline(line.text) if line.word_count <= 8 and line.text.startswith("By ") else None
        if writer and 4 <= above.word_count <= 24 and not ends_terminal(above.text):
            return above.index, line.index, writer
    return None


def _sender(value: str) -> re.Match | None:
    return _SENDER_RE.match(value) or _BARE_SENDER_RE.match(value.strip())


def _foot(lines: list[Line], every_signature: bool = False) -> set[int]:
    """The signature under "--" (under each "--" in a thread), the confidentiality and unsubscribe notes and
    the client's buttons at the end."""
    found: set[int] = set()
    marks = [line.index for line in lines if line.raw.rstrip() in _SIGNATURE_MARK]
    for mark in marks if every_signature else marks[-1:]:
        found.add(mark)
        for line in lines[mark + 1:mark + 1 + _MAX_SIGNATURE_LINES]:
            if not line.text or _HEADER_RE.match(line.text):
                break
            found.add(line.index)
    last = [line for line in lines if line.text][-8:]  # (a mail's source ends in its parts' boundaries, read as blank)
    found.update(line.index for line in last if _CLIENT_CHROME_RE.match(line.text) or _MAIL_NOTICE_RE.match(line.text))
    notice = next((line.index for line in last if _MAIL_NOTICE_RE.match(line.text)), None)
    if notice is not None and not every_signature:
        # ("You're receiving this email because ..." over "Manage preferences" and the sender's postal
        # address: the rest of a newsletter's foot)
        found.update(line.index for line in lines[notice:] if line.text and line.word_count <= 25)
    return found
