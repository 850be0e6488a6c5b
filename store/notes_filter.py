"""The notes view's filter: free words, #tags, by:speaker, in:article, about:name.

    launch #timeline by:abara in:vela about:"Corvid AI"

Every term must hold. Free words match the highlighted text, the note, the
speaker or the article title; ``about:`` matches names in the highlighted text.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass

from .annotations import Annotation
from .search import fold


@dataclass(frozen=True)
class NotesFilter:
    words: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    about: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str) -> NotesFilter:
        try:
            terms = shlex.split(text)
        except ValueError:  # an unclosed quote while typing
            terms = text.split()
        words, tags, speakers, articles, about = [], [], [], [], []
        for term in terms:
            lowered = fold(term)
            if lowered.startswith("#") and len(lowered) > 1:
                tags.append(lowered[1:])
            elif lowered.startswith("by:"):
                speakers.append(lowered[3:])
            elif lowered.startswith("in:"):
                articles.append(lowered[3:])
            elif lowered.startswith("about:"):
                about.append(lowered[6:])
            elif lowered:
                words.append(lowered)
        return cls(tuple(words), tuple(tags), tuple(speakers), tuple(articles), tuple(about))

    def matches(self, annotation: Annotation) -> bool:
        text = fold(annotation.text)
        title = fold(annotation.article.title)
        speaker = fold(annotation.speaker or "")
        note = fold(annotation.note)
        everything = " ".join((text, note, speaker, title))
        return (
            all(word in everything for word in self.words)
            and all(tag in annotation.tags for tag in self.tags)
            and all(name in speaker for name in self.speakers)
            and all(word in title for word in self.articles)
            and all(name in text for name in self.about)
        )

