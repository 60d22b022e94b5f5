"""Source adapter: HTML pages, body and metadata through trafilatura and htmldate."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from dateline.ingest.base import Fields, Reject, build_article
from dateline.ingest.context import IngestContext
from dateline.ingest.decode import decode_bytes
from dateline.ingest.language import detect_language
from dateline.ingest.text import NOT_PEOPLE, clean_body, is_meta_line
from dateline.records import Article, Source

__all__ = ["html_fields", "read_html"]

# Fewer words than this is a navigation or error page, not an article; the shortest
# wire briefs run to 20-30 words.
_MIN_WORDS: Final = 10
_CHARSET: Final = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
_LANG: Final = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([a-zA-Z]{2,3})", re.I)
# Where pages state the original publication time, most specific first.
_PUBLISHED: Final = tuple(
    re.compile(p, re.I)
    for p in (
        r"""<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|datePublished|publish-date|pubdate|DC\.date\.issued)["'][^>]*content\s*=\s*["']([^"']+)""",
        r"""<meta[^>]+content\s*=\s*["']([^"']+)["'][^>]*(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|pubdate)["']""",
        r""""datePublished"\s*:\s*"([^"]+)\"""",
        r"""<time[^>]+datetime\s*=\s*["']([^"']+)""",
    )
)


def _published_raw(html: str) -> str | None:
    head = html[:400_000]
    for rx in _PUBLISHED:
        m = rx.search(head)
        if m:
            return m.group(1)
    return None


def _drop_head(text: str, title: str | None) -> str:
    """Paragraphs without the headline and the date/byline lines that extractors leave on top."""
    paras = [p.strip() for p in text.split("\n")]
    key = " ".join((title or "").split()).casefold()
    for _ in range(4):
        if paras and (not paras[0] or " ".join(paras[0].split()).casefold() == key or is_meta_line(paras[0])):
            paras.pop(0)
        else:
            break
    return "\n\n".join(p for p in paras if p)


def html_fields(html: str, source: Source, ctx: IngestContext) -> Fields:
    """Body and metadata of one page. Raises Reject D407 when no body is found."""
    import trafilatura  # deferred: importing trafilatura costs ~0.5 s
    from htmldate import find_date

    doc = trafilatura.bare_extraction(html, url=source.url, with_metadata=True, include_comments=False,
                                      include_tables=True, include_images=False)  # fmt: skip
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():
        raise Reject("D407", f"{source.path or source.url}: no article body found in the page")
    body = clean_body(_drop_head(str(doc.text), doc.title), markdown=False)
    words = len(body.text.split())
    if words < _MIN_WORDS:
        raise Reject("D407", f"{source.path or source.url}: {words} word(s) of text, too little for an article")
    author = doc.author if doc.author and doc.author.lower() not in NOT_PEOPLE else None
    f = Fields(text=body.text, source=source, title=doc.title or None, byline=author,
               dateline_text=body.dateline, dateline_place=body.dateline_place, agency=body.agency)  # fmt: skip
    lang = _LANG.search(html[:5000])
    f.language = detect_language(body.text) or (lang.group(1).lower() if lang else doc.language)
    raw = _published_raw(html)
    day = find_date(html, original_date=True, extensive_search=True, url=source.url)
    if raw and day and not raw.startswith(day):
        raw = None  # the meta time disagrees with the best day evidence; keep the day only
    ctx.set_published(f, raw or day, site=doc.hostname or None, page=body.text)
    return f


def read_html(data: bytes, source: Source, ctx: IngestContext) -> Iterator[Article]:
    """One article from one HTML page."""
    declared = _CHARSET.search(data[:4096])
    html = decode_bytes(data, source.path or source.url or "stdin",
                        declared.group(1).decode("ascii", "replace") if declared else None)  # fmt: skip
    yield build_article(html_fields(html, source, ctx))
