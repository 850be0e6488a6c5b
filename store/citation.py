"""How a copied passage is cited: “text” — Speaker, Source, Date."""

from __future__ import annotations

from .dates import readable_date


def citation(text: str, speaker: str | None, source: str | None, when: str | None, title: str | None = None) -> str:
    """One line: the text in curly quotes, then who said it and where it ran."""
    # A quote cut out of a sentence often ends on the comma before "he said".
    inner = _one_line(text).strip(_QUOTE_MARKS).rstrip(",;: ")
    quoted = f"“{inner}”"
    who = [part for part in (speaker, source or title, readable_date(when, long_month=True)) if part]
    return f"{quoted} — {', '.join(who)}" if who else quoted


def blockquote(text: str, speaker: str | None, source: str | None, when: str | None, title: str | None = None) -> str:
    """The passage as a Markdown blockquote with its attribution underneath."""
    passage = text.strip().rstrip(",;: ")
    lines = [f"> {line}" if line.strip() else ">" for line in passage.split("\n")]
    who = [part for part in (speaker, source or title, readable_date(when, long_month=True)) if part]
    if who:
        lines.append(f"> — {', '.join(who)}")
    return "\n".join(lines)


_QUOTE_MARKS = "“”\"‘’' "


def _one_line(text: str) -> str:
    return " ".join(text.split())
