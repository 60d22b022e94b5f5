"""What every source adapter shares: rejections as values, ids, and building an Article."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from dateline.errors import REJECTIONS
from dateline.records import Article, Dateline, Rejection, Source, make_span

__all__ = ["Fields", "Reject", "article_id", "build_article", "rejected"]


class Reject(Exception):  # noqa: N818  (a value carried up the stack, not an error of ours)
    """Raised inside an adapter when an input cannot be used; becomes a Rejection."""

    def __init__(self, code: str, detail: str) -> None:
        assert code in REJECTIONS, code
        super().__init__(f"[{code}] {detail}")
        self.code = code
        self.detail = detail


def article_id(title: str | None, text: str) -> str:
    """A stable id from the content: the same title and text give the same id."""
    digest = hashlib.sha256(f"{title or ''}\n{text}".encode()).hexdigest()
    return f"dl-{digest[:20]}"


def rejected(source: Source, code: str, detail: str) -> Article:
    """The record of an input that could not be used: no text, one ingest rejection."""
    key = f"{source.format}\n{source.path}\n{source.locator}\n{source.url}"
    digest = hashlib.sha256(key.encode()).hexdigest()
    return Article(id=f"rejected-{digest[:20]}", source=source, text="",
                   rejections=(Rejection("ingest", code, detail),))  # fmt: skip


@dataclass
class Fields:
    """What an adapter found, before it becomes a frozen Article."""

    text: str
    source: Source
    id: str | None = None
    title: str | None = None
    published: str | None = None
    byline: str | None = None
    dateline_text: tuple[int, int] | None = None
    dateline_place: str | None = None
    agency: str | None = None
    language: str | None = None
    rejections: list[Rejection] = field(default_factory=list)

    def reject(self, code: str, detail: str) -> None:
        self.rejections.append(Rejection("ingest", code, detail))


def build_article(f: Fields) -> Article:
    """Freeze ``f`` into an Article, with a content id unless the source gave one."""
    dateline = None
    if f.dateline_text is not None:
        span = make_span(f.text, *f.dateline_text)
        dateline = Dateline(span.text, f.dateline_place, span)
    return Article(
        id=f.id or article_id(f.title, f.text),
        source=f.source,
        text=f.text,
        title=f.title,
        published=f.published,
        byline=f.byline,
        dateline=dateline,
        agency=f.agency,
        language=f.language,
        rejections=tuple(f.rejections),
    )
