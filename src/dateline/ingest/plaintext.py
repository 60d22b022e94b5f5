"""Source adapter: plain text and markdown files as scraped from news sites."""

from __future__ import annotations

import os
from collections.abc import Iterator

from dateline.ingest.base import Fields, build_article
from dateline.ingest.context import IngestContext
from dateline.ingest.decode import decode_bytes
from dateline.ingest.language import detect_language
from dateline.ingest.text import clean_body, split_header
from dateline.records import Article, Source

__all__ = ["read_text"]


def text_fields(raw: str, source: Source, ctx: IngestContext, *, header: bool = True) -> Fields:
    """Title, date, byline, dateline and body from scraped text (``header``: parse the top lines)."""
    head = split_header(raw) if header else None
    body = clean_body(head.body if head else raw, markdown=source.format in {"text", "markdown"})
    f = Fields(text=body.text, source=source, title=head.title if head else None,
               byline=head.byline if head else None, dateline_text=body.dateline,
               dateline_place=body.dateline_place, agency=body.agency)  # fmt: skip
    f.language = detect_language(body.text)
    site = os.path.dirname(source.path) if source.path else None
    ctx.set_published(f, head.date_raw if head else None, site=site, page=body.text)
    if not body.text.strip():
        f.reject("D407", "no body text after the header lines")
    return f


def read_text(data: bytes, source: Source, ctx: IngestContext) -> Iterator[Article]:
    """One article from one text or markdown file."""
    text = decode_bytes(data, source.path or "stdin")
    yield build_article(text_fields(text, source, ctx))
