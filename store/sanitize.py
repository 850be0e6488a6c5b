"""Make untrusted text safe to keep and to show: no terminal control characters.

Article text, titles and notes come from files we did not write. Rich and Textual
strip only a few control characters, so ESC/CSI/OSC sequences would reach the
terminal (an OSC 52 in an article can write the system clipboard). We drop every
C0 and C1 control character except newline and tab, and DEL, at the door.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Whole terminal escape sequences, so that their parameters ("[31m", "]0;title")
# do not linger as junk text: CSI (ESC [ or 0x9B ... final byte), OSC (ESC ] or
# 0x9D ... BEL or ST), and the two-character escapes. An unterminated string
# ends at the line's end, so it can never swallow the rest of the article.
_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]"
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c\n\t]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[PX^_][^\x1b\x9c\n\t]*(?:\x1b\\|\x9c)?"
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]"
)


def strip_controls(text: str) -> str:
    """Return ``text`` without C0/C1 control characters (``\\n`` and ``\\t`` kept).

    Complete escape sequences go whole; any other control character alone.
    Carriage returns are removed too, so normalise line endings before calling.
    """
    return _CONTROL.sub("", _SEQUENCE.sub("", text))


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR line endings into ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean_text(text: str) -> str:
    """Normalise newlines and strip control characters: the form we store."""
    return strip_controls(normalise_newlines(text))
