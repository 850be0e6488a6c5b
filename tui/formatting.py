"""How dates and counts are written on screen."""

from __future__ import annotations

from datetime import date


def pretty_date(value: str | None) -> str | None:
    """'2024-03-05' -> '5 Mar 2024'; partial ISO dates ('2024-03') as given."""
    if not value:
        return None
    try:
        return date.fromisoformat(value).strftime("%-d %b %Y")
    except ValueError:
        return value
