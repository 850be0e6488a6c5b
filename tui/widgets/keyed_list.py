"""An OptionList that also moves with j and k, like every other list in byline."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList


class KeyedOptionList(OptionList):
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="list.j_down"),
        Binding("k", "cursor_up", "Up", show=False, id="list.k_up"),
    ]
