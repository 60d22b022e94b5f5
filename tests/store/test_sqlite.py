"""The store: idempotent ingest, resume after a kill, one writer, read-only readers."""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.engines.inline import InlineEngine
from dateline.errors import StoreError
from dateline.ingest import IngestContext, read_inputs
from dateline.sinks import StoreSink
from dateline.store.sqlite import Reader, Writer

TABLES = ("articles", "article_sources", "entities", "mentions", "quotes", "times", "places", "events", "rejections")


def dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every data table, sorted, without SQLite's rowids."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}
    finally:
        con.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, data: Path) -> Path:
    """A folder of 120 Reuters stories as JSON Lines, plus a text file and a bad file."""
    folder = tmp_path_factory.mktemp("corpus")
    import re

    with gzip.open(data / "corpora" / "reuters21578" / "reut2-001.sgm.gz") as f:
        sgml = f.read().decode("latin-1")
    bodies = re.findall(r"<TITLE>(.*?)</TITLE>.*?<BODY>(.*?)</BODY>", sgml, re.S)[:120]
    with open(folder / "a.jsonl", "w", encoding="utf-8") as out:
        for i, (title, body) in enumerate(bodies):
            out.write(json.dumps({"id": f"r{i}", "title": title, "text": body, "published": "1987-03-02"}) + "\n")
        out.write("{broken json\n")
    (folder / "b.txt").write_text("A headline\nMarch 3, 1987 by Jane Roe\n\nLONDON, March 3 - A story.\n")
    (folder / "c.bin").write_bytes(b"\x00\x01" * 100)
    return folder


def _ingest(db: Path, corpus: Path, pipeline, settings) -> None:  # type: ignore[no-untyped-def]
    with Writer(db) as w:
        InlineEngine().run(pipeline, read_inputs([str(corpus)], IngestContext(settings.ingest)), StoreSink(w, 16))


def test_ingest_twice_changes_nothing(tmp_path: Path, corpus: Path, pipeline, settings) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "s.db"
    _ingest(db, corpus, pipeline, settings)
    first = dump(db)
    assert len(first["articles"]) == 121 and len(first["rejections"]) >= 2
    _ingest(db, corpus, pipeline, settings)
    assert dump(db) == first


def test_killed_ingest_resumes_to_the_same_store(tmp_path: Path, corpus: Path, pipeline, settings) -> None:  # type: ignore[no-untyped-def]
    whole = tmp_path / "whole.db"
    _ingest(whole, corpus, pipeline, settings)
    cut = tmp_path / "cut.db"
    cfg = tmp_path / "small-batches.toml"
    cfg.write_text("[store]\ncommit_every = 4\n[nlp]\nbatch_size = 4\n")
    cmd = [sys.executable, "-m", "dateline.cli", "ingest", str(corpus), "--db", str(cut), "--config", str(cfg)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            con = sqlite3.connect(f"file:{cut}?mode=ro", uri=True)
            stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
            con.close()
        except sqlite3.Error:
            continue
        if stored >= 20:
            break
    assert proc.poll() is None, "the ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = dump(cut)
    assert 20 <= len(partial["articles"]) < 121
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert dump(cut) == dump(whole)


def test_one_writer_at_a_time(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    with Writer(db), pytest.raises(StoreError, match=r"\[D203\]"):
        Writer(db)


def test_reader_is_read_only(tmp_path: Path, corpus: Path, pipeline, settings) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "r.db"
    _ingest(db, corpus, pipeline, settings)
    with Reader(db) as r:
        assert r.counts()["articles"] == 121
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            r.con.execute("DELETE FROM articles")
        assert r.article("r0") is not None and r.article("r0").id == "r0"  # type: ignore[union-attr]
        hits = r.search("cocoa OR coffee OR oil")
        assert hits and all(h["id"] for h in hits)
        with pytest.raises(StoreError, match=r"\[D205\]"):
            r.search('"unbalanced')


def test_wal_mode_and_fts(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    with Writer(db) as w:
        assert w.con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        names = {r[0] for r in w.con.execute("SELECT name FROM sqlite_master")}
    assert {"articles_fts", "quotes_fts"} <= names


@pytest.mark.parametrize("make", ["missing", "foreign"])
def test_reader_errors(tmp_path: Path, make: str) -> None:
    db = tmp_path / "x.db"
    if make == "foreign":
        con = sqlite3.connect(db)
        con.execute("CREATE TABLE t (x)")
        con.close()
    with pytest.raises(StoreError, match=r"\[D20[24]\]"):
        Reader(db)
    if make == "foreign":
        with pytest.raises(StoreError, match=r"\[D202\]"):
            Writer(db)


def test_quotes_are_stored_searchable_and_linked_to_their_speaker(tmp_path: Path, pipeline, settings) -> None:  # type: ignore[no-untyped-def]
    story = tmp_path / "story.txt"
    story.write_text(
        "Volkov ends Tehran visit\nNov 27, 2015\n\n"
        "Russia's Foreign Minister Arkady Volkov visited Tehran on Monday.\n\n"
        "“Sanctions have never solved a single problem,” he told Dariush Farahani.\n",
        encoding="utf-8",
    )
    db = tmp_path / "q.db"
    with Writer(db) as w:
        InlineEngine().run(pipeline, read_inputs([str(story)], IngestContext(settings.ingest)), StoreSink(w, 16))
    with Reader(db) as r:
        (row,) = r.search_quotes("speaker_name: Volkov")
        assert row["content"] == "Sanctions have never solved a single problem"
        assert (row["cue"], row["addressee_name"], row["kind"]) == ("told", "Dariush Farahani", "speech")
        (q,) = r.query("SELECT speaker_entity, speaker_mention FROM quotes")
        (name,) = r.query("SELECT name FROM entities WHERE id = ?", (q["speaker_entity"],))
        assert (name["name"], q["speaker_mention"]) == ("Arkady Volkov", "he")
        assert r.search_quotes("sanctions AND problem") and not r.search_quotes("weather")
        with pytest.raises(StoreError, match=r"\[D205\]"):
            r.search_quotes('"unbalanced')
