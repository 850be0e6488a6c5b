"""store/ is the headless core: importing all of it must not pull in textual or rich."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import store


def test_store_never_imports_textual_or_rich():
    modules = [f"store.{m.name}" for m in pkgutil.iter_modules(store.__path__)]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    root = Path(store.__file__).parent.parent
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True)
    assert len(modules) >= 10
    assert result.stdout.strip() == ""
