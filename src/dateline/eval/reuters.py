"""Reuters-21578 metadata task: publication date and dateline place.

The gold is read here, independently of the ingest adapter, straight from the
SGML tags: ``<DATE>`` (the day) and ``<DATELINE>`` (the city before the comma).
The adapter must find the dateline in the article text on its own.
"""

from __future__ import annotations

import gzip
import html
import re
from datetime import datetime
from pathlib import Path

from dateline.ingest import IngestContext, read_inputs
from dateline.settings import Settings

__all__ = ["gold_files", "score"]


def gold_files(data: Path) -> list[Path]:
    return sorted((data / "corpora" / "reuters21578").glob("reut2-*.sgm.gz"))


def _gold(files: list[Path]) -> dict[str, tuple[str | None, str | None]]:
    gold: dict[str, tuple[str | None, str | None]] = {}
    for f in files:
        with gzip.open(f) as stream:
            text = stream.read().decode("latin-1")
        for attrs, doc in re.findall(r"<REUTERS(.*?)>(.*?)</REUTERS>", text, re.S):
            if "<BODY>" not in doc:
                continue
            newid = re.search(r'NEWID="(\d+)"', attrs).group(1)  # type: ignore[union-attr]
            date = re.search(r"<DATE>(.*?)</DATE>", doc, re.S)
            day = None
            try:
                day = datetime.strptime(date.group(1).split()[0], "%d-%b-%Y").date().isoformat() if date else None
            except ValueError:
                day = None  # malformed in the source ("9-MAR-198"): no gold day
            dl = re.search(r"<DATELINE>(.*?)</DATELINE>", doc, re.S)
            city = html.unescape(dl.group(1)).split(",")[0].strip() if dl and "," in dl.group(1) else None
            gold[f"reuters21578-{newid}"] = (day, city or None)
    return gold


def score(data: Path, settings: Settings) -> dict[str, float]:
    files = gold_files(data)
    gold = _gold(files)
    found = {a.id: a for a in read_inputs([str(f) for f in files], IngestContext(settings.ingest)) if a.text}
    dates = [(found.get(i), d) for i, (d, _c) in gold.items() if d]
    places = [(found.get(i), c) for i, (_d, c) in gold.items() if c]
    date_ok = sum(1 for a, d in dates if a and (a.published or "")[:10] == d)
    place_ok = sum(
        1 for a, c in places if a and a.dateline and (a.dateline.place or "").lower() == " ".join(c.split()).lower()
    )
    return {
        "published_exact": date_ok / len(dates),
        "dateline_place_exact": place_ok / len(places),
        "stories_read": len(found) / len(gold),
        "n_dates": float(len(dates)),
        "n_datelines": float(len(places)),
    }
