"""Rich tables for the terminal: one article, a store's contents, a run report."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table

from dateline.engines.base import RunReport
from dateline.errors import REJECTIONS
from dateline.records import Article, Event, Quote

__all__ = ["article_tables", "events_table", "quotes_table", "report_table", "store_tables"]


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def article_tables(console: Console, a: Article) -> None:
    """Everything found in one article."""
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    for label, value in (("id", a.id), ("title", a.title), ("published", a.published), ("byline", a.byline),
                         ("dateline", a.dateline and f"{a.dateline.text}  → {a.dateline.place}"),
                         ("agency", a.agency), ("language", a.language),
                         ("source", a.source.path or a.source.url), ("words", str(len(a.text.split())))):  # fmt: skip
        if value:
            head.add_row(label, str(value))
    console.print(head)
    if a.entities:
        t = Table(title="Entities", title_justify="left")
        for col in ("id", "name", "type", "mentions"):
            t.add_column(col)
        for e in a.entities:
            t.add_row(e.id, e.name, e.type, _short(", ".join(m.text for m in e.mentions), 60))
        console.print(t)
    if a.quotes:
        console.print(quotes_table(a.quotes, "Quotes"))
    if a.events:
        console.print(events_table(a.events, "Events (timeline)"))
    if a.rejections:
        t = Table(title="Rejections", title_justify="left")
        for col in ("stage", "code", "detail"):
            t.add_column(col)
        for r in a.rejections:
            t.add_row(r.stage, r.code, r.detail)
        console.print(t)


def quotes_table(quotes: Iterable[Quote], title: str) -> Table:
    """When, speaker, cue, addressee and content of each quote, in date order (a date from the
    publication is marked with *)."""
    t = Table(title=title, title_justify="left")
    for col in ("date", "speaker", "cue", "addressee", "quote"):
        t.add_column(col)
    for q in sorted(quotes, key=lambda q: (q.date or "", q.content.start)):
        when = (q.date or "") + ("*" if q.date_from == "published" else "")
        t.add_row(when, (q.speaker and q.speaker.name) or "?", (q.cue and q.cue.text) or "",
                  (q.addressee and q.addressee.name) or "", _short(q.content.text))  # fmt: skip
    return t


def events_table(events: Iterable[Event], title: str) -> Table:
    """Events in date order: who did what to whom, where, and the trigger."""
    t = Table(title=title, title_justify="left")
    for col in ("date", "source", "cameo", "plover", "target", "place", "trigger"):
        t.add_column(col)
    for ev in sorted(events, key=lambda x: x.date or ""):
        t.add_row(ev.date or "", ev.source.code or "", ev.cameo, ev.plover or "", (ev.target and ev.target.code) or "",
                  ev.place or "", ev.trigger.text)  # fmt: skip
    return t


def store_tables(console: Console, articles: Iterable[Article]) -> None:
    """A table of articles with what each holds, in publication order."""
    t = Table(title="Articles", title_justify="left")
    for col in ("published", "id", "title", "dateline", "entities", "quotes", "events"):
        t.add_column(col)
    for a in articles:
        t.add_row(a.published or "", a.id, _short(a.title or "", 50), (a.dateline and a.dateline.place) or "",
                  str(len(a.entities)), str(len(a.quotes)), str(len(a.events)))  # fmt: skip
    console.print(t)


def report_table(console: Console, report: RunReport, what: str) -> None:
    """The closing summary of an extract or ingest run."""
    rate = report.words / report.seconds if report.seconds else 0.0
    console.print(f"[bold]{what}[/]: {report.articles:,} articles, {report.rejected:,} rejected inputs, "
                  f"{report.skipped:,} already stored; {report.words:,} words in {report.seconds:.1f} s "
                  f"({rate:,.0f} words/s)")  # fmt: skip
    if report.codes:
        t = Table(title="Rejections by code", title_justify="left")
        for col in ("code", "count", "meaning"):
            t.add_column(col)
        for code, n in sorted(report.codes.items()):
            t.add_row(code, f"{n:,}", REJECTIONS.get(code, ""))
        console.print(t)
