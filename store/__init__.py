"""byline's headless core: reading, cleaning, analysing and storing articles.

Nothing in this package imports textual or rich; the UI in ``tui`` talks to it
through ``Library`` and the plain dataclasses in ``model``.
"""

from .errors import CorruptStoreError, NewerSchemaError, StoreError
from .model import Analysis, ArticleMeta, Entity, ImportReport, Quote
from .paths import DataPaths, resolve_data_paths

__all__ = [
    "Analysis",
    "ArticleMeta",
    "CorruptStoreError",
    "DataPaths",
    "Entity",
    "ImportReport",
    "NewerSchemaError",
    "Quote",
    "StoreError",
    "resolve_data_paths",
]
