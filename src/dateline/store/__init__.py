"""The embedded SQLite store."""

from dateline.store.sqlite import Reader, Writer

__all__ = ["Reader", "Writer"]
