"""How one highlight or note is shown in lists: literal text, styled pieces."""

from __future__ import annotations

from textual.content import Content

from store.dates import readable_date

SWATCHES = {1: "#c9a227", 2: "#3fa06a", 3: "#4a86c8", 4: "#c0569c"}
PREVIEW = 140


def annotation_prompt(annotation, with_article: bool) -> Content:
    lines: list[Content] = []
    if with_article:
        details = " · ".join(p for p in (annotation.article.source, readable_date(annotation.article.date)) if p)
        head = Content.styled(annotation.article.title, "bold")
        lines.append(head + Content.styled(f"  {details}", "$text-muted") if details else head)
    if annotation.anchor is not None:
        swatch = Content.styled("▌ ", SWATCHES.get(annotation.colour, SWATCHES[1]))
        quote = _preview(annotation.text)
        line = swatch + Content(f"“{quote}”")
        if annotation.speaker:
            line += Content.styled(f" — {annotation.speaker}", "$text-muted")
        lines.append(line)
        if annotation.orphan:
            lines.append(Content.styled("  text not found in the current version", "$text-warning"))
    else:
        lines.append(Content.styled("✎ note on the article", "$text-muted"))
    if annotation.note.strip():
        lines.append(Content("  ✎ ") + Content(_preview(annotation.note)))
    return Content("\n").join(lines)


def _preview(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= PREVIEW else flat[: PREVIEW - 1] + "…"
