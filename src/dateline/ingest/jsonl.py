"""Source adapter: JSON Lines, one article per row, streamed row by row.

A row has ``text`` or ``html`` and may have ``id``, ``title``, ``published``,
``url``, ``source``, ``byline`` and ``language``. An input ``id`` is kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import msgspec

from dateline.ingest.base import Fields, Reject, build_article, rejected
from dateline.ingest.context import IngestContext
from dateline.ingest.html import html_fields
from dateline.ingest.plaintext import text_fields
from dateline.records import Article, Source

__all__ = ["read_jsonl"]

_STR_FIELDS = ("id", "title", "published", "url", "source", "byline", "language", "text", "html")


def _row(line: bytes, where: str) -> dict[str, Any]:
    try:
        row = msgspec.json.decode(line)
    except msgspec.DecodeError as err:
        raise Reject("D405", f"{where}: {err}") from None
    if not isinstance(row, dict):
        raise Reject("D405", f"{where}: a {type(row).__name__}, not an object")
    for key in _STR_FIELDS:
        value = row.get(key)
        if value is not None and not isinstance(value, str):
            if key in {"id", "published"} and isinstance(value, int | float):
                row[key] = str(value)
                continue
            raise Reject("D414", f"{where}: '{key}' is a {type(value).__name__}, not a string")
    if not (row.get("text") or "").strip() and not (row.get("html") or "").strip():
        raise Reject("D406", f"{where}: no 'text' or 'html'")
    return row


def _fields(row: dict[str, Any], source: Source, ctx: IngestContext) -> Fields:
    if (row.get("html") or "").strip():
        f = html_fields(row["html"], source, ctx)
    else:
        f = text_fields(row["text"].replace("\r\n", "\n"), source, ctx, header=False)
    f.id = row.get("id") or None
    f.title = row.get("title") or f.title
    f.byline = row.get("byline") or f.byline
    f.language = row.get("language") or f.language
    if row.get("published"):
        f.published = None
        f.rejections = [r for r in f.rejections if r.code not in {"D408", "D409"}]
        ctx.set_published(f, row["published"], site=row.get("source") or source.path, page=f.text)
    return f


def read_jsonl(stream: IO[bytes], path: str | None, ctx: IngestContext) -> Iterator[Article]:
    """Articles (and rejected rows) from a JSON Lines stream, never loaded whole."""
    limit = ctx.settings.max_article_bytes
    lineno = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the oversized row
                line = stream.readline(1 << 20)
            yield rejected(Source(path, None, "jsonl", f"line {lineno}"), "D403",
                           f"line {lineno}: more than {limit:,} bytes (ingest.max_article_bytes)")  # fmt: skip
            continue
        if not line.strip():
            continue
        where = f"{path or 'stdin'} line {lineno}"
        source = Source(path, None, "jsonl", f"line {lineno}")
        try:
            row = _row(line, where)
            source = Source(path, row.get("url"), "jsonl", f"line {lineno}")
            yield build_article(_fields(row, source, ctx))
        except Reject as rej:
            yield rejected(source, rej.code, rej.detail)
