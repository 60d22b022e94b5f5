"""Bytes to text: size limits, binary sniffing and charset detection."""

from __future__ import annotations

import codecs
import gzip
import zlib
from typing import IO, Final

from charset_normalizer import from_bytes

from dateline.ingest.base import Reject

__all__ = ["decode_bytes", "looks_binary", "read_limited"]

_CONTROL: Final = bytes(range(0, 9)) + bytes(range(14, 32))


def read_limited(stream: IO[bytes], limit: int, what: str) -> bytes:
    """Read at most ``limit`` bytes; more than that is D403 (the rest is never read)."""
    try:
        data = stream.read(limit + 1)
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as err:
        raise Reject("D404", f"{what}: could not be read ({err})") from None
    if len(data) > limit:
        raise Reject("D403", f"{what}: more than {limit:,} bytes (ingest.max_article_bytes)")
    return data


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control bytes, in the first 8 KiB (UTF-16 with a BOM is text)."""
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    control = sum(head.count(bytes([c])) for c in _CONTROL)
    return bool(head) and control / len(head) > 0.1


def decode_bytes(data: bytes, what: str, declared: str | None = None) -> str:
    """Decode ``data``: a BOM, then UTF-8, then ``declared``, then detection. Raises Reject."""
    if not data.strip():
        raise Reject("D401", f"{what}: empty")
    if looks_binary(data):
        raise Reject("D402", f"{what}: binary content")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _clean(data.decode(enc, errors="replace"))
    try:
        return _clean(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return _clean(data.decode(declared))
        except (LookupError, UnicodeDecodeError):
            pass
    high = sum(1 for b in data[:200_000] if b >= 0x80)
    if high <= len(data[:200_000]) * 0.02:
        # Mostly ASCII with a few high bytes (a '£' or an 'é'): Western text. Detectors
        # misread such files as CJK code pages, so settle them here.
        try:
            return _clean(data.decode("cp1252"))
        except UnicodeDecodeError:
            return _clean(data.decode("latin-1"))
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise Reject("D404", f"{what}: no text encoding fits these bytes")
    return _clean(data.decode(best.encoding, errors="replace"))


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
