"""The demo: fictional articles bundled with dateline, and what ``dateline demo`` shows."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table

from dateline.cli.render import store_tables
from dateline.store.sqlite import Reader

__all__ = ["show_demo"]


def show_demo(console: Console, reader: Reader) -> None:
    """Articles, people and bodies, quotes, places and a timeline of events."""
    articles = list(reader.articles())
    store_tables(console, articles)
    names: Counter[tuple[str, str]] = Counter()
    for a in articles:
        for ent in a.entities:
            names[(ent.name, ent.type)] += 1
    t = Table(title="Most mentioned people, bodies and places", title_justify="left")
    for col in ("name", "type", "articles"):
        t.add_column(col)
    for (name, kind), n in names.most_common(15):
        t.add_row(name, kind, str(n))
    console.print(t)
    quotes = [(a, q) for a in articles for q in a.quotes]
    events = sorted(((a, e) for a in articles for e in a.events), key=lambda p: p[1].date or "")
    places = [(a, p) for a in articles for p in a.places]
    for label, rows in (("quotes", quotes), ("events", events), ("places", places)):
        if not rows:
            console.print(f"[dim]No {label} yet: this build has no {label} stage in pipeline.stages.[/]")
    if quotes:
        q = Table(title="Who said what to whom", title_justify="left")
        for col in ("speaker", "cue", "addressee", "quote"):
            q.add_column(col)
        for _a, x in quotes:
            q.add_row((x.speaker and x.speaker.name) or "?", (x.cue and x.cue.text) or "", (x.addressee and x.addressee.name) or "",
                      x.content.text[:80])  # fmt: skip
        console.print(q)
    if events:
        ev = Table(title="Timeline: who did what to whom", title_justify="left")
        for col in ("date", "source", "event", "target", "place"):
            ev.add_column(col)
        for _a, e in events:
            ev.add_row(
                e.date or "",
                e.source.code or "",
                f"{e.cameo} {e.plover or ''}",
                (e.target and e.target.code) or "",
                e.place or "",
            )
        console.print(ev)
