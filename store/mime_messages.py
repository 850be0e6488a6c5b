"""A raw e-mail message saved as text: Gmail's "Show original" copied into a file, or a mail's source.

Such a file opens with the message's headers ("Delivered-To:", "Received:" with its indented
continuation lines, "MIME-Version: 1.0", "From:", "Subject:", "Content-Type: multipart/alternative;
boundary=..."), then each part between "--boundary" lines under its own headers. The text a reader
reads is the plain part, most often in quoted-printable: lines cut at 76 characters with a soft break
("=" at the end, inside a word as often as not), every byte outside ASCII written as "=E2=80=99". An
HTML copy in base64 follows it.

``raw_message`` reads the headers with the standard library's parser and decodes the plain part line
by line, so each line keeps its place in the file: a line the encoder cut is read whole where it starts
and its other pieces are left blank; the headers, the boundaries and every other part are the mail's
chrome. The lines a forwarder wrote over a "Forwarded message" line are chrome too.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass, replace
from email.header import decode_header, make_header
from email.message import Message
from email.parser import HeaderParser

from store.clean import Line, prepare_lines
from store.emails import FORWARDED_RE

# "Content-Type: text/plain; charset=UTF-8": a header's name, its colon, its value
_FIELD_RE = re.compile(r"[A-Za-z][A-Za-z0-9-]{1,40}:(?:\s|$)")
# Headers that only a message's source has; one of them must be among the first lines
_SOURCE_FIELDS = ("mime-version", "content-type", "received", "delivered-to", "return-path", "message-id", "dkim-signature")
_MIN_HEADERS = 3
_BOUNDARY_RE = re.compile(r"""boundary\s*=\s*(?:"([^"]+)"|([^\s;"]+))""", re.IGNORECASE)
# The header lines a mail's text is read for (its sender, its date, its subject), shown decoded
_SHOWN_FIELDS = ("from", "to", "date", "subject")


@dataclass(frozen=True)
class RawMessage:
    """A mail's source: its plain text read again line by line, and everything else in it."""

    lines: dict[int, Line]  # the plain part's lines, decoded; a cut line whole where it starts
    chrome: frozenset[int]  # headers, boundaries, other parts, a forwarder's own lines (read as blank but
    # the sender, the date and the subject, decoded)
    pieces: dict[int, tuple[int, ...]]  # a cut line's first line -> the lines the rest of it was on
    headline: int | None = None  # the line that says the (last) subject again: the story's headline


def raw_message(lines: list[Line]) -> RawMessage | None:
    """The raw e-mail these lines are, or None."""
    first = next((line for line in lines if line.raw.strip()), None)
    if first is None or not _FIELD_RE.match(first.raw):
        return None
    header_end = next((line.index for line in lines[first.index:] if not line.raw.strip()), len(lines))
    header_lines = lines[first.index:header_end]
    fields = [line for line in header_lines if _FIELD_RE.match(line.raw)]
    if len(fields) < _MIN_HEADERS or not any(
        line.raw.split(":", 1)[0].lower() in _SOURCE_FIELDS for line in fields
    ) or any(not _FIELD_RE.match(line.raw) and not line.raw[:1].isspace() for line in header_lines):
        return None  # (a header block is fields and their indented continuations, nothing else)
    headers = HeaderParser().parsestr("\n".join(line.raw.rstrip("\r") for line in header_lines))
    part = _plain_part(lines, headers, header_end)
    if part is None:
        return None
    body_start, body_end, encoding, charset = part
    if encoding == "quoted-printable":
        read_again, pieces = _decoded_lines(lines[body_start:body_end], charset)
    else:
        # (7bit and 8bit text is already text: its lines are read as they are)
        read_again, pieces = {line.index: line for line in lines[body_start:body_end]}, {}
    chrome = {line.index for line in lines if line.raw.strip() and not body_start <= line.index < body_end}
    for index in range(first.index, header_end):
        if _FIELD_RE.match(lines[index].raw) and lines[index].raw.split(":", 1)[0].lower() in _SHOWN_FIELDS:
            name = lines[index].raw.split(":", 1)[0]
            value = headers.get(name)
            if value is not None:
                read_again[index] = replace(lines[index], text=f"{name}: {_decoded(value)}", word_count=-1)
    for index in chrome:
        if index not in read_again:
            read_again[index] = replace(lines[index], text="", word_count=0)  # (read by nothing: no words of a story)
    forward = next((i for i in sorted(read_again) if body_start <= i and FORWARDED_RE.match(read_again[i].text)), None)
    if forward is not None:
        chrome |= {i for i in range(body_start, forward) if read_again.get(i, lines[i]).text}
    return RawMessage(read_again, frozenset(chrome), pieces, _headline(read_again, body_start))


def _decoded_lines(body: list[Line], charset: str) -> tuple[dict[int, Line], dict[int, tuple[int, ...]]]:
    """Quoted-printable lines read as text: a line the encoder cut ("Kurosa=" over "ki") whole on its first
    line, the lines its rest was on left blank and listed under it."""
    read_again: dict[int, Line] = {}
    pieces: dict[int, tuple[int, ...]] = {}
    start: int | None = None
    encoded: list[bytes] = []
    for line in body:
        raw = line.raw.rstrip("\r")
        soft = raw.endswith("=")
        if start is None:
            start, encoded = line.index, []
        encoded.append((raw[:-1] if soft else raw).encode("utf-8", "replace"))
        if soft and line is not body[-1]:
            continue
        read_again[start] = _read_as(body[start - body[0].index], _text_of(quopri.decodestring(b"".join(encoded)), charset))
        for index in range(start + 1, line.index + 1):
            read_again[index] = replace(body[index - body[0].index], text="", word_count=0)
        if line.index > start:
            pieces[start] = tuple(range(start + 1, line.index + 1))
        start = None
    return read_again, pieces


_SUBJECT_RE = re.compile(r"Subject:\s*(?:(?:re|fwd?|fw)\s*:\s*)*(?P<subject>.+)", re.IGNORECASE)


def _headline(read_again: dict[int, Line], body_start: int) -> int | None:
    """The first line of the plain text, under the last "Subject:", that says the subject again."""
    subject, after = None, body_start
    for index in sorted(i for i in read_again if i >= body_start):
        if found := _SUBJECT_RE.fullmatch(read_again[index].text):
            subject, after = found.group("subject").strip(), index
    if subject is None:
        return None
    return next(
        (i for i in sorted(read_again) if i > after and read_again[i].text.strip("*# ") == subject), None
    )


def _plain_part(lines: list[Line], headers: Message, header_end: int) -> tuple[int, int, str, str] | None:
    """Where the plain text is (its first line and the line after its last), its encoding and charset."""
    if headers.get_content_maintype() != "multipart":
        if headers.get_content_type() != "text/plain":
            return None
        return header_end + 1, len(lines), _encoding(headers), _charset(headers)
    boundaries = {
        found.group(1) or found.group(2) for line in lines
        if "boundary" in line.raw.lower() and (found := _BOUNDARY_RE.search(line.raw))
    }
    # ("--b1" opens a part, "--b1--" closes the last)
    marks = [
        line.index for line in lines
        if line.raw.startswith("--") and line.raw.rstrip("\r")[2:].removesuffix("--") in boundaries
    ]
    for mark, following in zip(marks, [*marks[1:], len(lines)]):
        part_end = next((line.index for line in lines[mark + 1:following] if not line.raw.strip()), None)
        if part_end is None:
            continue
        part = HeaderParser().parsestr("\n".join(line.raw.rstrip("\r") for line in lines[mark + 1:part_end]))
        encoding = _encoding(part)
        if part.get_content_type() == "text/plain" and encoding in ("quoted-printable", "7bit", "8bit", "binary"):
            return part_end + 1, following, encoding, _charset(part)
    return None


def _charset(headers: Message) -> str:
    return headers.get_content_charset() or "utf-8"


def _text_of(data: bytes, charset: str) -> str:
    """``data`` in the part's charset; in UTF-8 when Python knows no text encoding by that name ("bogus",
    "base64", or "idna", which takes no "replace")."""
    try:
        return data.decode(charset, "replace")
    except (LookupError, UnicodeError, TypeError):
        return data.decode("utf-8", "replace")


def _encoding(headers: Message) -> str:
    return (headers.get("Content-Transfer-Encoding") or "7bit").strip().lower()


def _decoded(value: str) -> str:
    """A header's value with its encoded words ("=?UTF-8?Q?Japan=E2=80=99s?=") read."""
    try:
        return str(make_header(decode_header(value))).strip()
    except (UnicodeDecodeError, LookupError, ValueError):
        return " ".join(value.split())


def _read_as(line: Line, text: str) -> Line:
    """``line`` read as ``text``: its raw text what the decoded line says, classified as prepare_lines would."""
    prepared = prepare_lines(text)[0]
    return replace(prepared, index=line.index)
