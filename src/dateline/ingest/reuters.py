"""Source adapter: Reuters-21578 SGML (``reut2-NNN.sgm`` or ``.sgm.gz``), streamed story by story.

Each story becomes ``reuters21578-<NEWID>``. Its text is the dateline followed by
the body, as the wire carried it, with hard line wraps joined into paragraphs.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import IO, Final

from dateline.ingest.base import Fields, build_article, rejected
from dateline.ingest.context import IngestContext
from dateline.ingest.dates import MONTHS
from dateline.ingest.text import clean_body
from dateline.records import Article, Source

__all__ = ["read_reuters"]

_TAG: Final = {t: re.compile(rf"<{t}>(.*?)</{t}>", re.S) for t in ("DATE", "TITLE", "DATELINE", "BODY")}
_NEWID: Final = re.compile(r'NEWID="(\d+)"')
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b-\x1f]")


def _get(tag: str, doc: str) -> str | None:
    m = _TAG[tag].search(doc)
    return _CONTROL.sub("", html.unescape(m.group(1))) if m else None


def _paragraphs(body: str) -> str:
    """Wire copy is wrapped at ~70 columns and indents new paragraphs by spaces."""
    paras = re.split(r"\n(?=[ \t]{2,}\S)", body.strip("\n"))
    return "\n\n".join(" ".join(p.split()) for p in paras if p.strip())


def _stories(stream: IO[bytes]) -> Iterator[str]:
    buf: list[str] = []
    for raw in stream:
        line = raw.decode("latin-1")
        if line.startswith("<REUTERS"):
            buf = [line]
        elif buf:
            buf.append(line)
            if line.startswith("</REUTERS>"):
                yield "".join(buf)
                buf = []


def read_reuters(stream: IO[bytes], path: str | None, ctx: IngestContext) -> Iterator[Article]:
    """One article per story with a BODY; stories without one are rejected (D412)."""
    last_year: str | None = None
    for doc in _stories(stream):
        m = _NEWID.search(doc)
        newid = m.group(1) if m else "unknown"
        source = Source(path, None, "reuters21578", f"NEWID {newid}")
        body = _get("BODY", doc)
        if not body or not body.strip():
            yield rejected(source, "D412", f"reuters21578-{newid}: no BODY (a title-only or unprocessed story)")
            continue
        body = re.sub(r"\s*\bReuters?\s*$", "", body)  # the wire's sign-off
        dateline = " ".join((_get("DATELINE", doc) or "").split())
        parts = clean_body(f"{dateline} {_paragraphs(body)}".strip(), markdown=False)
        f = Fields(text=parts.text, source=source, id=f"reuters21578-{newid}",
                   title=" ".join((_get("TITLE", doc) or "").split()) or None,
                   dateline_text=parts.dateline, dateline_place=parts.dateline_place,
                   agency=parts.agency or "Reuters", language="en")  # fmt: skip
        raw_date = (_get("DATE", doc) or "").strip()
        ctx.set_published(f, raw_date, site="reuters21578")
        if f.published and len(f.published) >= 4:
            last_year = f.published[:4]
        elif last_year:
            _repair_date(f, raw_date, dateline, last_year)
        yield build_article(f)


def _repair_date(f: Fields, raw: str, dateline: str, year: str) -> None:
    """A malformed DATE ('9-MAR-198'): the day and month it gives, the year of the story before it."""
    m = re.match(r"\s*(\d{1,2})-([A-Za-z]{3})-", raw)
    if not m or m.group(2).lower() not in MONTHS:
        return
    f.published = f"{year}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    f.rejections = [r for r in f.rejections if r.code != "D409"]
    f.reject("D409", f"DATE {raw!r} is malformed; day and month kept, year {year} taken from the story before it")
