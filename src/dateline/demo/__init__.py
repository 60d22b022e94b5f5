"""The demo: fictional articles bundled with dateline, and what ``dateline demo`` shows."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table

from dateline.cli.render import events_table, quotes_table, store_tables
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
    quotes = [q for a in articles for q in a.quotes]
    events = [e for a in articles for e in a.events]
    places = [p for a in articles for p in a.places]
    for label, rows in (("quotes", quotes), ("events", events), ("places", places)):
        if not rows:
            console.print(f"[dim]No {label} yet: this build has no {label} stage in pipeline.stages.[/]")
    if quotes:
        console.print(quotes_table(quotes, "Who said what to whom"))
    if events:
        console.print(events_table(events, "Timeline: who did what to whom"))
