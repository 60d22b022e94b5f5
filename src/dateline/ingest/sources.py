"""Paths, folders and stdin to Articles: each input goes to the adapter for its format.

Single-article files (text, markdown, HTML) are size-checked before they are read;
JSON Lines, WARC and Reuters SGML are streamed, so they may be any size.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from typing import IO, Final

from dateline.errors import InputError
from dateline.ingest.base import Reject, rejected
from dateline.ingest.context import IngestContext
from dateline.ingest.decode import read_limited
from dateline.ingest.html import read_html
from dateline.ingest.jsonl import read_jsonl
from dateline.ingest.plaintext import read_text
from dateline.ingest.reuters import read_reuters
from dateline.ingest.warc import read_warc
from dateline.records import Article, Source

__all__ = ["FORMATS", "detect_format", "iter_files", "read_inputs"]

FORMATS: Final = ("text", "markdown", "html", "jsonl", "warc", "reuters21578")
_BY_SUFFIX: Final = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
    ".xhtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl", ".warc": "warc", ".arc": "warc", ".sgm": "reuters21578",
}  # fmt: skip
_STREAMED: Final = frozenset({"jsonl", "warc", "reuters21578"})


def detect_format(name: str | None, head: bytes) -> str | None:
    """The format from the file name, else from the first bytes; ``None`` if unknown."""
    if name:
        base = name.lower()
        for suffix in (".gz", ".gzip"):
            base = base.removesuffix(suffix)
        fmt = _BY_SUFFIX.get(os.path.splitext(base)[1])
        if fmt:
            return fmt
    start = head.lstrip()[:2048]
    low = start.lower()
    if start.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if b"<!doctype lewis" in low or low.startswith(b"<reuters"):
        return "reuters21578"
    if start.startswith(b"{"):
        return "jsonl"
    if low.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<!--")) or b"<html" in low:
        return "html"
    if head and not head.startswith(b"\x1f\x8b"):
        return "text"
    return None


def iter_files(paths: Iterable[str]) -> Iterator[str]:
    """Files named, and the files inside folders named (sorted, hidden ones left out)."""
    for p in paths:
        if p == "-":
            yield p
        elif os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield os.path.join(root, name)
        elif os.path.exists(p):
            yield p
        else:
            raise InputError("D101", f"No file or folder at {p}. Check the path.")


def read_inputs(paths: Iterable[str], ctx: IngestContext) -> Iterator[Article]:
    """Every article in ``paths``, and a rejected record for every input that fails."""
    for path in iter_files(list(paths)):
        yield from _read_path(path, ctx)


def _open(path: str) -> IO[bytes]:
    if path == "-":
        return io.BufferedReader(sys.stdin.buffer, 1 << 16)  # type: ignore[arg-type,type-var]
    return open(path, "rb")


def _read_path(path: str, ctx: IngestContext) -> Iterator[Article]:
    label = None if path == "-" else path
    try:
        raw = _open(path)
    except OSError as err:
        yield rejected(Source(label, None, "unknown"), "D404", f"{path}: {err.strerror or err}")
        return
    with raw:
        stream: IO[bytes] = raw
        peek = raw.peek(4) if isinstance(raw, io.BufferedReader) else b""  # type: ignore[redundant-expr]
        if peek[:2] == b"\x1f\x8b":
            stream = gzip.GzipFile(fileobj=raw)  # type: ignore[assignment]
        try:
            head = _peek(stream)
        except (OSError, EOFError, zlib.error) as err:
            yield rejected(Source(label, None, "unknown"), "D404", f"{path}: {err}")
            return
        fmt = detect_format(label, head)
        if fmt is None:
            yield rejected(Source(label, None, "unknown"), "D413", f"{path}: not text, HTML, JSON Lines, WARC or SGML")
            return
        if fmt == "warc" and stream is not raw:
            raw.seek(0)
            stream = raw  # warcio reads gzip members itself
        yield from _dispatch(fmt, stream, label, ctx)


def _peek(stream: IO[bytes]) -> bytes:
    if isinstance(stream, io.BufferedReader):
        return stream.peek(4096)[:4096]
    head = stream.read(4096)
    stream.seek(0)
    return head


def _dispatch(fmt: str, stream: IO[bytes], path: str | None, ctx: IngestContext) -> Iterator[Article]:
    if fmt in _STREAMED:
        reader = {"jsonl": read_jsonl, "warc": read_warc, "reuters21578": read_reuters}[fmt]
        try:
            yield from reader(stream, path, ctx)
        except (OSError, EOFError, zlib.error) as err:
            yield rejected(Source(path, None, fmt, "stream"), "D411" if fmt == "warc" else "D404", f"{path}: {err}")
        return
    source = Source(path, None, fmt)
    try:
        data = read_limited(stream, ctx.settings.max_article_bytes, path or "stdin")
        yield from (read_html if fmt == "html" else read_text)(data, source, ctx)
    except Reject as rej:
        yield rejected(source, rej.code, rej.detail)
