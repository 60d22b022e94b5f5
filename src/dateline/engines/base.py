"""The engine port: ``Engine.run(pipeline, source, sink) -> RunReport``.

Adapters: :mod:`dateline.engines.inline` (one process; tests and laptops). The
Spark adapter comes with the distributed engine, in ``engines/spark.py`` only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from dateline.records import Article

if TYPE_CHECKING:
    from dateline.pipeline import Pipeline

__all__ = ["Engine", "RunReport", "Sink", "is_rejected_input"]


def is_rejected_input(article: Article) -> bool:
    """An input that never became an article: no text, only its ingest rejection."""
    return not article.text and any(r.stage == "ingest" for r in article.rejections)


@dataclass
class RunReport:
    """What a run did. Every input is counted once: stored, rejected or skipped."""

    articles: int = 0  # processed and written
    rejected: int = 0  # inputs that became no article
    skipped: int = 0  # already in the store
    words: int = 0
    seconds: float = 0.0
    codes: Counter[str] = field(default_factory=Counter)  # every rejection code seen, partial ones too

    def count(self, article: Article) -> None:
        for r in article.rejections:
            self.codes[r.code] += 1
        if is_rejected_input(article):
            self.rejected += 1
        else:
            self.articles += 1
            self.words += len(article.text.split())


class Sink(Protocol):
    """Where processed articles go: a JSON Lines stream, the store, a list in tests."""

    def seen(self, article: Article) -> bool:
        """True if this input was already handled in an earlier run (then it is skipped)."""

    def write(self, article: Article) -> None: ...

    def flush(self) -> None: ...


class Engine(Protocol):
    def run(self, pipeline: Pipeline, source: Iterable[Article], sink: Sink,
            progress: Callable[[Article], None] | None = None) -> RunReport: ...  # fmt: skip
