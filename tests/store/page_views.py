"""What a reader sees of an analysed page, in the shapes the whole-page tests compare: each quotation's
kind and speaker, each entity's type, and which entity a written form belongs to."""

from __future__ import annotations

from store.model import Analysis


def speakers(analysis: Analysis) -> dict[str, tuple[str, str | None]]:
    return {q.text: (q.kind, q.speaker) for q in analysis.quotes}


def entities(analysis: Analysis) -> dict[str, str]:
    return {e.name: e.type for e in analysis.entities}


def entity_of(analysis: Analysis, alias: str) -> str | None:
    return next((e.name for e in analysis.entities if alias in e.aliases), None)


def aliases(analysis: Analysis, name: str) -> set[str]:
    return {alias for e in analysis.entities if e.name == name for alias in e.aliases}
