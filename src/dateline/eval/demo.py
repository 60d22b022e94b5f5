"""The demo gold (eval/gold/demo.jsonl): metadata and entities now, quotes and events as their stages land."""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path
from typing import Any

from dateline.engines.inline import InlineEngine
from dateline.ingest import IngestContext, read_inputs
from dateline.pipeline import build_pipeline
from dateline.records import Article
from dateline.settings import Settings
from dateline.sinks import ListSink

__all__ = ["article_key", "gold_files", "score"]


def gold_files(eval_dir: Path) -> list[Path]:
    return [eval_dir / "gold" / "demo.jsonl"]


def article_key(a: Article) -> str:
    """The gold key: the file name, or the JSON Lines row's id."""
    if a.source.format == "jsonl":
        return a.id
    return os.path.basename(a.source.path or "")


def _norm(s: str | None) -> str:
    return " ".join((s or "").split()).casefold()


def run_demo(settings: Settings) -> dict[str, Article]:
    with resources.as_file(resources.files("dateline.demo").joinpath("articles")) as folder:
        sink = ListSink()
        InlineEngine().run(
            build_pipeline(settings), read_inputs([os.fspath(folder)], IngestContext(settings.ingest)), sink
        )
    return {article_key(a): a for a in sink.articles if a.text}


def score(eval_dir: Path, settings: Settings) -> dict[str, float]:
    with open(gold_files(eval_dir)[0], encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    found = run_demo(settings)
    n = len(gold)
    hits = {"title": 0, "published": 0, "dateline": 0, "agency": 0}
    ent_gold = ent_hit = per_gold = per_hit = 0
    for g in gold:
        a: Article | Any = found.get(g["key"])
        if a is None:
            continue
        hits["title"] += _norm(a.title) == _norm(g.get("title"))
        hits["published"] += (a.published or "") == (g.get("published") or "")
        hits["dateline"] += _norm(a.dateline.place if a.dateline else None) == _norm(g.get("dateline_place"))
        hits["agency"] += (a.agency or "") == (g.get("agency") or "")
        names = {_norm(e.name) for e in a.entities}
        for ge in g.get("entities", []):
            ent_gold += 1
            ent_hit += _norm(ge["name"]) in names
            if ge.get("type") == "PERSON":
                per_gold += 1
                per_hit += _norm(ge["name"]) in names
    return {
        "articles_found": len([g for g in gold if g["key"] in found]) / n,
        "title_exact": hits["title"] / n,
        "published_exact": hits["published"] / n,
        "dateline_place_exact": hits["dateline"] / n,
        "agency_exact": hits["agency"] / n,
        "entity_name_recall": ent_hit / max(ent_gold, 1),
        "person_fullname_recall": per_hit / max(per_gold, 1),
    }
