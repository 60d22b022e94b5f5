"""The inline engine: everything in this process, in input order."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from dateline.engines.base import RunReport, Sink
from dateline.records import Article

if TYPE_CHECKING:
    from dateline.pipeline import Pipeline

__all__ = ["InlineEngine"]


class InlineEngine:
    """Run the pipeline over the source in one process and write to the sink."""

    def run(self, pipeline: Pipeline, source: Iterable[Article], sink: Sink,
            progress: Callable[[Article], None] | None = None) -> RunReport:  # fmt: skip
        report = RunReport()
        started = time.perf_counter()

        def fresh() -> Iterator[Article]:
            for article in source:
                if sink.seen(article):
                    report.skipped += 1
                    if progress:
                        progress(article)
                else:
                    yield article

        for article in pipeline.process(fresh()):
            sink.write(article)
            report.count(article)
            if progress:
                progress(article)
        sink.flush()
        report.seconds = time.perf_counter() - started
        return report
