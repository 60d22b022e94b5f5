"""The terminal tables show what an article holds, quotes and timeline included."""

from __future__ import annotations

import io

from rich.console import Console

from dateline.cli.render import article_tables
from tests.test_records import _full_article


def test_article_tables_show_quotes_and_events() -> None:
    buf = io.StringIO()
    article_tables(Console(file=buf, width=200), _full_article())
    text = buf.getvalue()
    for expected in ("Vladimir Putin", "Ali Khamenei", "told", "This must be prevented,", "RUSGOV", "042", "CONSULT",
                     "2015-11-23", "visited", "D408"):  # fmt: skip
        assert expected in text, expected
