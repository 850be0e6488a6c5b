"""Command palette: "Open article…" and "Go to entity…", each opening a picker.

Titles and names are untrusted, so hits are built as ``Content``; Textual's own
``Matcher.highlight`` and ``SimpleProvider`` parse their text as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

Candidate = tuple[str, str, Callable[[], None]]  # (label, help, command)


def highlighted(matcher: Matcher, text: str) -> Content:
    """``text`` as literal Content with the matched characters emphasised."""
    content = Content(text)
    score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    if score:
        for offset in offsets:
            content = content.stylize(matcher.match_style or "bold underline", offset, offset + 1)
    return content


def _main_screen(provider: Provider):
    from .screens.main import MainScreen

    screen = provider.screen
    return screen if isinstance(screen, MainScreen) else None


class _Picker(Provider):
    """A provider over a list of candidates, every one shown before typing."""

    def candidates(self) -> list[Candidate]:
        raise NotImplementedError

    async def discover(self) -> Hits:
        for label, help_text, command in self.candidates():
            yield DiscoveryHit(Content(label), command, text=label, help=Content(help_text) if help_text else None)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, help_text, command in self.candidates():
            score = matcher.match(label)
            if score > 0:
                yield Hit(
                    score,
                    highlighted(matcher, label),
                    command,
                    text=label,
                    help=Content(help_text) if help_text else None,
                )


class ArticlePicker(_Picker):
    def candidates(self) -> list[Candidate]:
        main = _main_screen(self)
        if main is None:
            return []
        return [
            (meta.title, " · ".join(p for p in (meta.source, meta.date) if p), partial(main.open_from_palette, meta))
            for meta in main.all_articles
        ]


class EntityPicker(_Picker):
    def candidates(self) -> list[Candidate]:
        main = _main_screen(self)
        if main is None:
            return []
        return [
            (
                entity.name,
                f"{entity.type.lower()} · {entity.mentions} mention{'s' * (entity.mentions != 1)}",
                partial(main.mark_entity, entity),
            )
            for entity in main.sidebar.entities
        ]


class BylineCommands(Provider):
    """The top-level entries; each opens a picker palette."""

    def _entries(self) -> list[tuple[str, str, Callable[[], None]]]:
        main = _main_screen(self)
        entries = [
            ("Open article…", "Search the article list by title", self._pick_article),
            ("Go to entity…", "Mark a name from the open article in the reader", self._pick_entity),
        ]
        if main is not None:
            entries += [
                ("Notes view", "Every highlight and note in the library (H)", main.action_notes_view),
                ("Copy as Markdown blockquote", "The quote or sentence under the cursor, with its attribution", main.copy_markdown),
                ("Export notes as Markdown", "byline-notes-DATE.md in the current folder", lambda: main.annotating.export("md")),
                ("Export notes as JSON", "W3C Web Annotations, for byline notes import", lambda: main.annotating.export("json")),
            ]
        return entries

    def _pick_article(self) -> None:
        self.app.push_screen(CommandPalette(providers=[ArticlePicker], placeholder="Open article…"))

    def _pick_entity(self) -> None:
        main = _main_screen(self)
        if main is None or main.open_article is None:
            self.app.notify("Open an article first.", severity="warning")
            return
        self.app.push_screen(CommandPalette(providers=[EntityPicker], placeholder="Go to entity…"))

    async def discover(self) -> Hits:
        for label, help_text, command in self._entries():
            yield DiscoveryHit(label, command, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, help_text, command in self._entries():
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, matcher.highlight(label), command, help=help_text)
