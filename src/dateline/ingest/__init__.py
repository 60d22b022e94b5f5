"""Ingest: source adapters that turn files and streams into Articles or rejections."""

from dateline.ingest.context import IngestContext
from dateline.ingest.sources import FORMATS, detect_format, read_inputs

__all__ = ["FORMATS", "IngestContext", "detect_format", "read_inputs"]
