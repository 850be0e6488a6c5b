"""Copying text out of byline: the system clipboard and the terminal, both.

pyperclip reaches the system clipboard where a copy tool exists (xclip, wl-copy,
pbcopy…); OSC 52 asks the terminal to set the clipboard, which also works over
SSH and in tmux with ``set-clipboard on``. Like Glow we try both and say which
reached where. Terminals cap OSC 52 payloads, so large copies skip it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyperclip

OSC52_LIMIT = 75_000  # bytes of text; the base64 escape sequence is a third larger


@dataclass(frozen=True)
class CopyResult:
    system: bool
    system_error: str | None
    terminal: bool
    terminal_error: str | None

    @property
    def ok(self) -> bool:
        return self.system or self.terminal

    def message(self, what: str, explain_system: bool = True) -> str:
        parts = []
        if self.system:
            parts.append("system clipboard")
        if self.terminal:
            parts.append("terminal clipboard (OSC 52)")
        if parts:
            text = f"Copied {what} to the {' and the '.join(parts)}."
        else:
            text = f"Could not copy {what}."
        notes = [e for e in (self.system_error if explain_system else None, self.terminal_error) if e]
        return text + ("\n" + "\n".join(notes) if notes else "")


def copy_to_system(text: str) -> str | None:
    """Copy with pyperclip; return None on success, else why not (one line)."""
    try:
        pyperclip.copy(text)
    except pyperclip.PyperclipException:
        return "No system clipboard tool here (xclip, xsel or wl-clipboard)."
    except Exception as error:  # a broken copy tool must not take the app down
        return f"System clipboard failed: {error}"
    return None


def osc52_refusal(text: str) -> str | None:
    size = len(text.encode("utf-8"))
    if size > OSC52_LIMIT:
        return f"Too long for the terminal clipboard ({size // 1000} KB; OSC 52 takes up to {OSC52_LIMIT // 1000} KB)."
    return None
