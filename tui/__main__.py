"""``python -m tui`` runs byline."""

from .cli import main

raise SystemExit(main())
