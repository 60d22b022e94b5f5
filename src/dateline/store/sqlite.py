"""The embedded store: SQLite in WAL mode, with FTS5 over article text and quotes.

One writer at a time (:class:`Writer`, guarded by a lock file); any number of
readers (:class:`Reader`, opened read-only). Ingest is idempotent: an article id
already stored is skipped, and so is an input already rejected.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any, Final

from dateline.errors import StoreError
from dateline.records import Article, article_from_json, article_to_json

__all__ = ["SCHEMA_VERSION", "Reader", "Writer", "input_key"]

SCHEMA_VERSION: Final = "3"  # 2: quotes gained kind and mentions as written; 3: their date


def input_key(article: Article) -> str:
    """Where an input came from, as one string: path, locator and url."""
    s = article.source
    return f"{s.format}|{s.path or ''}|{s.locator or ''}|{s.url or ''}"


def _connect(path: str, *, readonly: bool) -> sqlite3.Connection:
    uri = f"file:{Path(path).resolve()}?mode={'ro' if readonly else 'rwc'}"
    try:
        con = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
    except sqlite3.OperationalError as err:
        raise StoreError("D201", f"Cannot open the store at {path}: {err}.") from None
    con.execute("PRAGMA busy_timeout = 30000")
    return con


class Writer:
    """The one writer. Use as a context manager; ``add`` then ``commit`` every N."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self._lock = open(self.path + ".lock", "w")  # noqa: SIM115 (held for the writer's life)
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock.close()
            raise StoreError("D203", f"Another dateline process is writing to {self.path}. "
                                     "Wait for it to finish; there is one writer at a time.") from None  # fmt: skip
        self._in_tx = False
        try:
            self.con = _connect(self.path, readonly=False)
            self.con.execute("PRAGMA journal_mode = WAL")
            self.con.execute("PRAGMA synchronous = NORMAL")
            self._check_or_create()
        except BaseException:
            if hasattr(self, "con"):
                self.con.close()
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()
            raise

    def _check_or_create(self) -> None:
        tables = {r[0] for r in self.con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "meta" not in tables:
            raise StoreError("D202", f"{self.path} is an SQLite file but not a dateline store. Use another --db path.")
        if "meta" in tables:
            version = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if version is None or version[0] != SCHEMA_VERSION:
                raise StoreError("D202", f"{self.path} has store schema {version and version[0]}, this dateline "
                                         f"writes {SCHEMA_VERSION}. Ingest into a new --db path.")  # fmt: skip
            return
        sql = resources.files("dateline.store").joinpath("schema.sql").read_text(encoding="utf-8")
        self.con.executescript(sql)
        self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?), ('contract', 'dateline/1')",
                         (SCHEMA_VERSION,))  # fmt: skip

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, exc: type[BaseException] | None, val: BaseException | None, tb: TracebackType | None) -> None:
        self.close(commit=exc is None)

    def close(self, *, commit: bool = True) -> None:
        if self._in_tx:
            self.con.execute("COMMIT" if commit else "ROLLBACK")
            self._in_tx = False
        self.con.close()
        fcntl.flock(self._lock, fcntl.LOCK_UN)
        self._lock.close()

    def _begin(self) -> None:
        if not self._in_tx:
            self.con.execute("BEGIN IMMEDIATE")
            self._in_tx = True

    def commit(self) -> None:
        if self._in_tx:
            self.con.execute("COMMIT")
            self._in_tx = False

    def has_article(self, article_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def has_rejection(self, key: str) -> bool:
        row = self.con.execute("SELECT 1 FROM rejections WHERE input_key = ? AND article_id IS NULL", (key,))
        return row.fetchone() is not None

    def add_source(self, article: Article) -> None:
        """Note one more input an already-stored article was read from."""
        self._begin()
        s = article.source
        # '' for a missing part: SQLite's UNIQUE treats NULLs as all different
        self.con.execute("INSERT OR IGNORE INTO article_sources VALUES (?, ?, ?, ?)",
                         (article.id, s.path or "", s.locator or "", s.url or ""))  # fmt: skip

    def add_rejected(self, article: Article) -> None:
        """An input that could not be used: its rejections only."""
        self._begin()
        key = input_key(article)
        self.con.executemany("INSERT OR IGNORE INTO rejections VALUES (?, NULL, ?, ?, ?)",
                             [(key, r.stage, r.code, r.detail) for r in article.rejections])  # fmt: skip

    def add(self, a: Article) -> None:
        """Store one processed article and everything found in it."""
        self._begin()
        c = self.con
        dl = a.dateline
        cur = c.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.id, a.title, a.published, a.byline, dl and dl.text, dl and dl.place, a.agency, a.language,
             a.source.path, a.source.url, a.source.format, a.text, article_to_json(a)),
        )  # fmt: skip
        c.execute(
            "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)", (cur.lastrowid, a.title or "", a.text)
        )
        self.add_source(a)
        c.executemany(
            "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?)",
            [(a.id, e.id, e.name, e.type, e.actor and e.actor.code, e.place) for e in a.entities],
        )
        c.executemany(
            "INSERT OR IGNORE INTO mentions VALUES (?, ?, ?, ?, ?)",
            [(a.id, e.id, m.start, m.end, m.text) for e in a.entities for m in e.mentions],
        )
        for q in a.quotes:
            sp, ad = q.speaker, q.addressee
            cur = c.execute(
                "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    a.id,
                    q.id,
                    q.content.text,
                    q.content.start,
                    q.content.end,
                    int(q.direct),
                    q.kind,
                    q.cue and q.cue.text,
                    sp and sp.entity,
                    sp and sp.name,
                    sp and sp.mention and sp.mention.text,
                    ad and ad.entity,
                    ad and ad.name,
                    ad and ad.mention and ad.mention.text,
                    q.date,
                    q.date_from,
                ),
            )
            c.execute(
                "INSERT INTO quotes_fts (rowid, content, speaker_name) VALUES (?, ?, ?)",
                (cur.lastrowid, q.content.text, (sp and sp.name) or ""),
            )
        c.executemany(
            "INSERT INTO times VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(a.id, t.id, t.start, t.end, t.text, t.type, t.value) for t in a.times],
        )
        c.executemany(
            "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(a.id, p.id, p.name, p.geonames_id, p.lat, p.lon, p.country, p.feature) for p in a.places],
        )
        c.executemany(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    a.id,
                    e.id,
                    e.source.entity,
                    e.source.code,
                    e.target and e.target.entity,
                    e.target and e.target.code,
                    e.cameo,
                    e.plover,
                    e.date,
                    e.date_from,
                    e.place,
                    e.trigger.start,
                    e.trigger.end,
                    e.trigger.text,
                    e.sentence.start,
                    e.sentence.end,
                    e.quote,
                )
                for e in a.events
            ],
        )
        c.executemany("INSERT OR IGNORE INTO rejections VALUES (?, ?, ?, ?, ?)",
                      [(input_key(a), a.id, r.stage, r.code, r.detail) for r in a.rejections])  # fmt: skip


class Reader:
    """Read-only access for show, stats and serving. Never writes."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        if not os.path.exists(self.path):
            raise StoreError("D204", f"No store at {self.path}. Run 'dateline ingest PATH --db {self.path}' first.")
        self.con = _connect(self.path, readonly=True)
        self.con.row_factory = sqlite3.Row
        try:
            version = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.DatabaseError:
            raise StoreError("D202", f"{self.path} is not a dateline store.") from None
        if version is None or version[0] != SCHEMA_VERSION:
            raise StoreError("D202", f"{self.path} is not a dateline store of schema {SCHEMA_VERSION}.")

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def article(self, article_id: str) -> Article | None:
        row = self.con.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        return article_from_json(row[0]) if row else None

    def find_ids(self, prefix: str, limit: int = 10) -> list[str]:
        rows = self.con.execute("SELECT id FROM articles WHERE id LIKE ? ORDER BY id LIMIT ?", (prefix + "%", limit))
        return [r[0] for r in rows]

    def articles(self) -> Iterator[Article]:
        for (record,) in self.con.execute("SELECT record FROM articles ORDER BY published, id"):
            yield article_from_json(record)

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        return list(self.con.execute(sql, params))

    def counts(self) -> dict[str, int]:
        tables = ("articles", "entities", "mentions", "quotes", "times", "places", "events", "rejections")
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}  # noqa: S608 (fixed names)

    def search(self, text: str, limit: int = 20) -> list[sqlite3.Row]:
        """Articles whose title or text match an FTS5 query."""
        return self._fts("SELECT a.id, a.title, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet "
                         "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
                         "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", text, limit)  # fmt: skip

    def search_quotes(self, text: str, limit: int = 20) -> list[sqlite3.Row]:
        """Quotes whose words or speaker name match an FTS5 query (``speaker_name: Volkov`` for the speaker)."""
        return self._fts("SELECT q.article_id, q.id, q.speaker_name, q.speaker_entity, q.cue, q.addressee_name, "
                         "q.kind, q.content FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid "
                         "WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ?", text, limit)  # fmt: skip

    def _fts(self, sql: str, text: str, limit: int) -> list[sqlite3.Row]:
        try:
            return self.query(sql, (text, limit))
        except sqlite3.OperationalError as err:
            raise StoreError("D205", f"Bad search query {text!r}: {err}. See SQLite FTS5 query syntax.") from None
