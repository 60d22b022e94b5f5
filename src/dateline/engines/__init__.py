"""Engines: the same pipeline run inline, on local processes, or on Spark."""

from dateline.engines.base import Engine, RunReport, Sink
from dateline.engines.inline import InlineEngine

__all__ = ["Engine", "InlineEngine", "RunReport", "Sink"]
