"""The demo gold (eval/gold/demo.jsonl): metadata, entities and quotes (speakers, cues, addressees); events as #6 lands."""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path
from typing import Any

from dateline.engines.inline import InlineEngine
from dateline.errors import EvalError
from dateline.eval.quotes import Relation, attributed_f1, match, same_name, score_quotes
from dateline.ingest import IngestContext, read_inputs
from dateline.pipeline import build_pipeline
from dateline.quotes.resolve import PRONOUNS
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
    qs = _quote_scores(gold, found)
    ts = _time_scores(gold, found)
    return {
        "articles_found": len([g for g in gold if g["key"] in found]) / n,
        "title_exact": hits["title"] / n,
        "published_exact": hits["published"] / n,
        "dateline_place_exact": hits["dateline"] / n,
        "agency_exact": hits["agency"] / n,
        "entity_name_recall": ent_hit / max(ent_gold, 1),
        "person_fullname_recall": per_hit / max(per_gold, 1),
        **qs,
        **ts,
    }


def _locate(text: str, needle: str, taken: set[int], key: str, what: str) -> int:
    """The first occurrence of a gold string not already claimed by an earlier gold item (D305 if none)."""
    start = text.find(needle)
    while start in taken:
        start = text.find(needle, start + 1)
    if start < 0:
        raise EvalError("D305", f"A demo gold {what} is not in {key}: {needle[:60]!r}. Fix eval/gold/demo.jsonl.")
    taken.add(start)
    return start


def _time_scores(gold: list[dict[str, Any]], found: dict[str, Article]) -> dict[str, float]:
    """Time expressions on the demo gold: found (overlapping a gold one) and, of those, the right value."""
    n = hit = right = 0
    for g in gold:
        a = found.get(g["key"])
        if a is None:
            continue
        taken: set[int] = set()
        for gt in g.get("times", []):
            n += 1
            start = _locate(a.text, gt["text"], taken, g["key"], "time")
            end = start + len(gt["text"])
            match = next((t for t in a.times if t.start < end and start < t.end), None)
            if match is not None:
                hit += 1
                right += match.value == gt["value"]
    return {"time_recall": hit / max(n, 1), "time_value_acc": right / max(hit, 1), "n_gold_times": float(n)}


def _gold_quotes(g: dict[str, Any], text: str) -> list[Relation]:
    out = []
    taken: set[int] = set()
    for q in g.get("quotes", []):
        start = _locate(text, q["content"], taken, g["key"], "quote")
        out.append(
            Relation(
                doc=g["key"],
                content=((start, start + len(q["content"])),),
                cue_text=q.get("cue") or "",
                direct=bool(q["direct"]),
                speaker_name=q.get("speaker"),
                addressee_name=q.get("addressee"),
                pronoun=(q.get("speaker_mention") or "").lower() in PRONOUNS,
            )
        )
    return out


def _quote_scores(gold: list[dict[str, Any]], found: dict[str, Article]) -> dict[str, float]:
    """Quote figures on the demo gold: found, attributed by name, addressees, pronoun speakers."""
    gq: list[Relation] = []
    pq: list[Relation] = []
    texts: dict[str, str] = {}
    for g in gold:
        a = found.get(g["key"])
        if a is None:
            continue
        texts[g["key"]] = a.text
        gq += _gold_quotes(g, a.text)
        for q in a.quotes:
            pq.append(
                Relation(
                    doc=g["key"],
                    content=((q.content.start, q.content.end),),
                    cue_text=q.cue.text if q.cue else "",
                    direct=q.direct,
                    speaker_name=q.speaker.name if q.speaker else None,
                    addressee_name=q.addressee.name if q.addressee else None,
                )
            )
    pairs = match(gq, pq, 0.3)
    scores = score_quotes(gq, pq, texts)
    with_addressee = [(i, j) for i, j, _ in pairs if gq[i].addressee_name]
    pronoun = [(i, j) for i, j, _ in pairs if gq[i].pronoun]
    # a generic audience ("told reporters") has no addressee: predicting one is an error too
    no_addressee = [(i, j) for i, j, _ in pairs if not gq[i].addressee_name]
    return {
        "quote_f1_03": scores["f1_03"],
        "quote_f1_08": scores["f1_08"],
        "quote_cue_acc": scores.get("cue_acc", 0.0),
        "attributed_f1": attributed_f1(gq, pq),
        "addressee_acc": sum(same_name(gq[i].addressee_name, pq[j].addressee_name) for i, j in with_addressee)
        / max(len(with_addressee), 1),
        "no_addressee_acc": sum(pq[j].addressee_name is None for i, j in no_addressee) / max(len(no_addressee), 1),
        "pronoun_speaker_acc": sum(same_name(gq[i].speaker_name, pq[j].speaker_name) for i, j in pronoun)
        / max(len(pronoun), 1),
        "n_gold_quotes": float(len(gq)),
    }
