"""The command line, run as a user runs it: coded errors, exit codes, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

DATELINE = [sys.executable, "-m", "dateline.cli"]


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*DATELINE, *args], input=stdin, capture_output=True, cwd=cwd, timeout=300)


def test_extract_stdin_and_file(tmp_path: Path) -> None:
    story = b"Talks in Ankara\nNov 27, 2015 by Jane Roe\n\nANKARA, Turkey (AP) - Turkey's President met envoys.\n"
    res = run("extract", "-", stdin=story)
    assert res.returncode == 0, res.stderr
    (doc,) = [json.loads(line) for line in res.stdout.splitlines()]
    assert doc["schema"] == "dateline/1" and doc["title"] == "Talks in Ankara" and doc["published"] == "2015-11-27"
    assert doc["byline"] == "Jane Roe" and doc["dateline"]["place"] == "Ankara" and doc["agency"] == "AP"
    out = tmp_path / "out.jsonl"
    src = tmp_path / "s.txt"
    src.write_bytes(story)
    assert run("extract", str(src), "-o", str(out)).returncode == 0
    assert json.loads(out.read_text())["id"] == doc["id"]  # same content, same id


def test_jsonl_published_sets_the_anchor(tmp_path: Path) -> None:
    row = {"id": "x1", "text": "LONDON (Reuters) - Ministers met on Monday.", "published": "2015-11-27T09:00:00Z"}
    res = run("extract", "-", stdin=(json.dumps(row) + "\n").encode())
    doc = json.loads(res.stdout)
    assert doc["id"] == "x1" and doc["published"] == "2015-11-27T09:00:00Z"


def test_ingest_show_stats_search(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Putin visits Tehran\n27/11/2015 13:12 by admin\n\n**Tehran, Iran:** Russia's President "
                               "Vladimir Putin visited Tehran on Monday.\n\n“We are old friends,” he told reporters.\n")  # fmt: skip
    db = tmp_path / "t.db"
    res = run("ingest", str(src), "--db", str(db))
    assert res.returncode == 0, res.stderr
    assert b"1 articles" in res.stderr
    res = run("stats", "--db", str(db))
    assert res.returncode == 0 and b"articles" in res.stdout
    doc_id = json.loads(run("extract", str(src)).stdout)["id"]
    shown = run("show", doc_id[:8], "--db", str(db), "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["entities"]
    table = run("show", doc_id, "--db", str(db))
    assert b"Vladimir Putin" in table.stdout
    assert b"Putin" in run("search", "Tehran", "--db", str(db)).stdout
    quotes = run("search", "--quotes", "friends", "--db", str(db))
    assert quotes.returncode == 0 and b"Vladimir Putin" in quotes.stdout and b"told" in quotes.stdout


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("show", "nope", "--db", "missing.db"), "D204"),
        (("stats", "--db", "missing.db"), "D204"),
        (("extract", "/no/such/path.txt"), "D101"),
        (("ingest", "x", "--config", "/no/such.toml"), "D002"),
        (("eval", "no-such-task"), "D304"),
    ],
)
def test_errors_are_coded_without_traceback(tmp_path: Path, args: tuple[str, ...], code: str) -> None:
    res = run(*args, cwd=tmp_path if args[0] != "eval" else None)
    assert res.returncode == 1
    assert f"[{code}]".encode() in res.stderr
    assert b"Traceback" not in res.stderr + res.stdout


def test_show_unknown_id_says_what_to_do(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    (tmp_path / "a.txt").write_text("Title\n\nA body of text about Paris.\n")
    run("ingest", str(tmp_path / "a.txt"), "--db", str(db))
    res = run("show", "zzz", "--db", str(db))
    assert res.returncode == 1 and b"[D102]" in res.stderr and b"dateline stats" in res.stderr


def test_stages_lists_the_registry() -> None:
    res = run("stages")
    assert res.returncode == 0 and b"nlp.entities.v1" in res.stdout
