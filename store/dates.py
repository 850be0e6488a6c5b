"""How an ISO date from an article is written for people to read."""

from __future__ import annotations

from datetime import date


def readable_date(value: str | None, long_month: bool = False) -> str | None:
    """'2024-03-05' -> '5 Mar 2024' (or '5 March 2024'); partial dates as given."""
    if not value:
        return None
    try:
        return date.fromisoformat(value).strftime("%-d %B %Y" if long_month else "%-d %b %Y")
    except ValueError:
        return value
