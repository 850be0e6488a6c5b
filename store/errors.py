"""Errors the store reports to users: each message is one line naming the file."""

from __future__ import annotations


class StoreError(Exception):
    """The data directory cannot be used as it is; nothing was written."""


class CorruptStoreError(StoreError):
    pass


class NewerSchemaError(StoreError):
    pass
