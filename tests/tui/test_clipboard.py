"""What the copy message says, and the OSC 52 size limit."""

from __future__ import annotations

from tui.clipboard import OSC52_LIMIT, CopyResult, osc52_refusal


def test_large_copies_skip_osc52_with_a_reason():
    assert osc52_refusal("x" * OSC52_LIMIT) is None
    assert osc52_refusal("x" * (OSC52_LIMIT + 1)).startswith("Too long for the terminal clipboard")


def test_message_says_which_clipboard_got_the_text():
    both = CopyResult(True, None, True, None)
    assert both.message("the citation") == "Copied the citation to the system clipboard and the terminal clipboard (OSC 52)."
    terminal_only = CopyResult(False, "No system clipboard tool here.", True, None)
    assert terminal_only.message("5 characters").splitlines() == [
        "Copied 5 characters to the terminal clipboard (OSC 52).",
        "No system clipboard tool here.",
    ]
    neither = CopyResult(False, "No tool.", False, "Too long.")
    assert neither.message("it", explain_system=False) == "Could not copy it.\nToo long."
