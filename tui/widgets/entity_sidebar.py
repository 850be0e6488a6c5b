"""The entity sidebar: who and what the open article names, most mentioned first."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from store.model import Entity

from .keyed_list import KeyedOptionList

GROUPS = (
    ("PERSON", "People"),
    ("ORG", "Organisations"),
    ("PRODUCT", "Products"),
    ("PLACE", "Places"),
    ("OTHER", "Other"),
)


def group_entities(entities: tuple[Entity, ...] | list[Entity]) -> list[tuple[str, list[Entity]]]:
    """Entities grouped by type in sidebar order, each group most mentioned first."""
    groups = []
    for kind, label in GROUPS:
        members = [e for e in entities if e.type == kind]
        members.sort(key=lambda e: (-e.mentions, e.name.casefold()))
        if members:
            groups.append((label, members))
    return groups


class EntitySidebar(KeyedOptionList):
    """Lists entities under group headings; Enter asks to mark an entity's mentions."""

    BINDINGS = [
        Binding("enter", "select", "Mark mentions", id="entities.mark"),
    ]

    class Chosen(Message):
        def __init__(self, entity: Entity) -> None:
            super().__init__()
            self.entity = entity

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)
        self._entities: dict[str, Entity] = {}

    def show_entities(self, entities: tuple[Entity, ...] | list[Entity]) -> None:
        self.clear_options()
        self._entities.clear()
        options: list[Option] = []
        for label, members in group_entities(entities):
            options.append(Option(Content.styled(label, "bold $text-accent"), disabled=True))
            for entity in members:
                option_id = f"entity-{len(self._entities)}"
                self._entities[option_id] = entity
                prompt = Content.assemble(entity.name, ("  " + str(entity.mentions), "$text-muted"))
                options.append(Option(prompt, id=option_id))
        if not options:
            options.append(Option(Content("No names found."), disabled=True))
        self.add_options(options)
        self.highlighted = next((i for i, o in enumerate(options) if not o.disabled), None)

    def show_message(self, message: str) -> None:
        self.clear_options()
        self._entities.clear()
        self.add_option(Option(Content(message), disabled=True))

    @property
    def entities(self) -> list[Entity]:
        return list(self._entities.values())

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entity = self._entities.get(event.option_id or "")
        if entity is not None:
            self.post_message(self.Chosen(entity))
