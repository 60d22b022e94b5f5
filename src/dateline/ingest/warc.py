"""Source adapter: WARC (and ARC) files, streamed record by record with warcio."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from dateline.ingest.base import Reject, rejected
from dateline.ingest.context import IngestContext
from dateline.ingest.decode import read_limited
from dateline.ingest.html import read_html
from dateline.ingest.plaintext import read_text
from dateline.records import Article, Source

__all__ = ["read_warc"]

_CONTENT_RECORDS = {"response", "resource", "conversion"}


def read_warc(stream: IO[bytes], path: str | None, ctx: IngestContext) -> Iterator[Article]:
    """Articles from the HTML and text responses; other responses are rejected (D410)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    records = iter(ArchiveIterator(stream, arc2warc=True))
    while True:
        try:
            rec = next(records)
        except StopIteration:
            return
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as err:
            yield rejected(Source(path, None, "warc", f"after record {n}"), "D411", f"{path}: {err}")
            return
        n += 1
        if rec.rec_type not in _CONTENT_RECORDS:
            continue  # warcinfo, request, metadata, revisit: not articles
        url = rec.rec_headers.get_header("WARC-Target-URI")
        source = Source(path, url, "warc", f"record {n}")
        try:
            yield from _record(rec, source, ctx)
        except Reject as rej:
            yield rejected(source, rej.code, rej.detail)


def _record(rec: Any, source: Source, ctx: IngestContext) -> Iterator[Article]:
    http = getattr(rec, "http_headers", None)
    status = http.get_statuscode() if http is not None else None
    ctype = (http.get_header("Content-Type") if http is not None else None) or \
        rec.rec_headers.get_header("Content-Type") or ""  # fmt: skip
    where = source.url or f"{source.path} {source.locator}"
    if status and not str(status).startswith("2"):
        raise Reject("D410", f"{where}: HTTP status {status}")
    data = read_limited(rec.content_stream(), ctx.settings.max_article_bytes, where)
    mime = ctype.split(";")[0].strip().lower()
    if mime in {"text/html", "application/xhtml+xml"} or (not mime and data.lstrip()[:1] == b"<"):
        yield from read_html(data, Source(source.path, source.url, "warc", source.locator), ctx)
    elif mime in {"text/plain", "text/markdown"}:
        yield from read_text(data, source, ctx)
    else:
        raise Reject("D410", f"{where}: content type {mime or 'unknown'}")
