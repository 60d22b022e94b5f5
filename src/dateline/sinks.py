"""Sinks for the engines: dateline/1 JSON Lines, the SQLite store, or a list."""

from __future__ import annotations

from typing import IO

from dateline.engines.base import is_rejected_input
from dateline.records import Article, article_to_json
from dateline.store.sqlite import Writer, input_key

__all__ = ["JsonlSink", "ListSink", "StoreSink"]


class JsonlSink:
    """One dateline/1 object per line; rejected inputs are written too, with their rejection."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out

    def seen(self, article: Article) -> bool:
        return False

    def write(self, article: Article) -> None:
        self.out.write(article_to_json(article) + b"\n")

    def flush(self) -> None:
        self.out.flush()


class ListSink:
    """Keeps every article in memory (tests, the eval)."""

    def __init__(self) -> None:
        self.articles: list[Article] = []

    def seen(self, article: Article) -> bool:
        return False

    def write(self, article: Article) -> None:
        self.articles.append(article)

    def flush(self) -> None:
        pass


class StoreSink:
    """Writes to the store, committing every ``commit_every`` articles; skips what is stored."""

    def __init__(self, writer: Writer, commit_every: int = 32) -> None:
        self.writer = writer
        self.commit_every = commit_every
        self._pending = 0

    def seen(self, article: Article) -> bool:
        if is_rejected_input(article):
            return self.writer.has_rejection(input_key(article))
        if self.writer.has_article(article.id):
            self.writer.add_source(article)  # the same content from another input: note where
            return True
        return False

    def write(self, article: Article) -> None:
        if is_rejected_input(article):
            self.writer.add_rejected(article)
        elif self.writer.has_article(article.id):
            self.writer.add_source(article)  # a repeat within this run's batch
        else:
            self.writer.add(article)
        self._pending += 1
        if self._pending >= self.commit_every:
            self.writer.commit()
            self._pending = 0

    def flush(self) -> None:
        self.writer.commit()
        self._pending = 0
