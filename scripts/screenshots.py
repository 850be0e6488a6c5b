"""Regenerate the README screenshots from the real app on the bundled samples.

    .venv/bin/python scripts/screenshots.py

Writes screenshots/*.svg, and PNGs beside them when rsvg-convert is installed
(Debian: librsvg2-bin; fonts-firacode for the font the SVG names). Uses a
throwaway data directory.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.library import Library  # noqa: E402
from store.paths import DataPaths  # noqa: E402
from tui.app import BylineApp  # noqa: E402
from tui.widgets.article_list import ArticleList  # noqa: E402

OUT = ROOT / "screenshots"


async def settle(pilot) -> None:
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def main_screen(data: Path) -> None:
    app = BylineApp(Library(DataPaths(data)))
    async with app.run_test(size=(132, 38)) as pilot:
        await settle(pilot)
        titles = [m.title for m in app.screen.query_one(ArticleList).articles]
        # The first article of the Halcyon group makes a representative page.
        target = next((i for i, t in enumerate(titles) if "Okafor" in t), 0)
        await pilot.press(*["j"] * target, "enter")
        await settle(pilot)
        await pilot.press("tab", "enter", "n")
        await pilot.pause()
        save(app, "main")

        # Highlights: a sentence, a quote in colour 2 with a note, two sentences in colour 3.
        await pilot.press("shift+tab", "escape", "g", "j", "h")
        await pilot.press("right_square_bracket", "q", "2")
        await settle(pilot)
        await pilot.press("a", *"Her own words on the AI pivot #strategy", "ctrl+s")
        await settle(pilot)
        await pilot.press("right_curly_bracket", "j", "v", "j", "3")
        await settle(pilot)
        await pilot.press("right_curly_bracket")
        await pilot.pause()
        save(app, "highlights")

        await pilot.press("H")
        await settle(pilot)
        save(app, "notes")
        await pilot.press("escape")
        await pilot.press("question_mark")
        await pilot.pause()
        save(app, "help")


def save(app, name: str) -> None:
    svg = OUT / f"{name}.svg"
    app.save_screenshot(filename=svg.name, path=str(OUT))
    # librsvg trims leading spaces of each text run unless told to keep them.
    svg.write_text(svg.read_text(encoding="utf-8").replace("<svg ", '<svg xml:space="preserve" ', 1), encoding="utf-8")
    if shutil.which("rsvg-convert"):
        subprocess.run(["rsvg-convert", "-o", str(svg.with_suffix(".png")), str(svg)], check=True)
    print(f"wrote {svg.relative_to(ROOT)}")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
    with tempfile.TemporaryDirectory() as data:
        asyncio.run(main_screen(Path(data)))
