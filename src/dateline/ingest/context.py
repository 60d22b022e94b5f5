"""Per-run state the adapters share: settings and what the run has learnt about dates."""

from __future__ import annotations

from dataclasses import dataclass, field

from dateline.ingest.base import Fields
from dateline.ingest.dates import DateOrder
from dateline.settings import IngestSettings

__all__ = ["IngestContext"]


@dataclass
class IngestContext:
    """Settings plus the run's date-order memory. One per run, never shared across runs."""

    settings: IngestSettings
    dates: DateOrder = field(init=False)

    def __post_init__(self) -> None:
        self.dates = DateOrder(self.settings.date_order)

    def set_published(self, f: Fields, raw: str | None, *, site: str | None, page: str = "") -> None:
        """Parse ``raw`` into ``f.published``, recording D408/D409 instead of guessing."""
        if not raw or not raw.strip():
            return
        parsed = self.dates.read(raw, site=site, page=page, url=f.source.url)
        if parsed is None:
            f.reject("D409", f"publication date {raw.strip()!r} is not a date dateline can read")
            return
        f.published = parsed.value
        if parsed.readings is not None:
            a, b = parsed.readings
            f.reject("D408", f"{raw.strip()!r} reads as {a} (day first) or {b} (month first); kept as {parsed.value}")
