"""Time expressions scored with the TempEval-3 definitions on TBAQ-cleaned (TimeBank + AQUAINT).

- Strict match: identical extent. Relaxed match: the extents overlap (one to one, greedily).
- P, R and F1 for both; value accuracy over relaxed matches and value F1 = relaxed F1 × value
  accuracy (values compared as strings); type accuracy over relaxed matches.
- The split, made once by document: development on TimeBank (183 documents) and every other AQUAINT
  document in name order (37), report on the other 36 AQUAINT documents. The document creation time
  (``<DCT>``, tid t0) is the anchor and is not scored.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import msgspec

from dateline.eval.matching import greedy, prf
from dateline.records import Article, Source
from dateline.settings import Settings

__all__ = ["TimeDoc", "Timex", "load_tml", "score_part", "score_peers", "score_timexes", "tbaq_files"]

_TAG: Final = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR: Final = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeDoc:
    doc_id: str
    text: str
    dct: str
    timexes: tuple[Timex, ...]


def tbaq_files(data: Path, part: str) -> list[Path]:
    """The .tml files of a part: the corpus' own "TimeBank" or "AQUAINT", or the project's split of them,
    "dev" (TimeBank and every other AQUAINT document in name order, from the first) and "report" (the
    other 36 AQUAINT documents, never looked at while developing)."""
    root = data / "time" / "tbaq-cleaned"
    if part in {"TimeBank", "AQUAINT"}:
        return sorted((root / part).glob("*.tml"))
    aquaint = sorted((root / "AQUAINT").glob("*.tml"))
    if part == "dev":
        return sorted((root / "TimeBank").glob("*.tml")) + aquaint[0::2]
    if part == "report":
        return aquaint[1::2]
    raise ValueError(f"no TBAQ part {part!r}")


def load_tml(path: Path) -> TimeDoc:
    """A TimeML file's raw text (tags stripped, entities unescaped), DCT and TIMEX3 spans."""
    raw = path.read_text(encoding="utf-8")
    dct_m = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)
    dct = dct_m.group(1)[:10] if dct_m else ""
    body_m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    body = body_m.group(1) if body_m else ""
    out: list[str] = []
    pos = 0
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes: list[Timex] = []
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name = m.group(1) == "/", m.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            timexes.append(Timex(start, length, "", attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    timexes = [Timex(t.start, t.end, text[t.start : t.end], t.type, t.value) for t in timexes]
    return TimeDoc(path.stem, text, dct, tuple(timexes))


def _match(gold: list[Timex], pred: list[Timex], strict: bool) -> list[tuple[int, int]]:
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if strict:
                if (g.start, g.end) == (p.start, p.end):
                    pairs.append((g.end - g.start, i, j))
            else:
                ov = min(g.end, p.end) - max(g.start, p.start)
                if ov > 0:
                    pairs.append((ov, i, j))
    return [(i, j) for i, j, _score in greedy(pairs)]


def score_timexes(gold: dict[str, list[Timex]], pred: dict[str, list[Timex]]) -> dict[str, float]:
    """TempEval-3 figures over documents keyed by id (a document missing from ``pred`` has none)."""
    n_gold = sum(len(v) for v in gold.values())
    n_pred = sum(len(pred.get(k, [])) for k in gold)
    strict = relaxed = value_ok = type_ok = 0
    for doc_id, g in gold.items():
        p = pred.get(doc_id, [])
        strict += len(_match(g, p, True))
        pairs = _match(g, p, False)
        relaxed += len(pairs)
        value_ok += sum(1 for i, j in pairs if g[i].value == p[j].value)
        type_ok += sum(1 for i, j in pairs if g[i].type == p[j].type)
    sp, sr, sf = prf(strict, n_pred, n_gold)
    rp, rr, rf = prf(relaxed, n_pred, n_gold)
    value_acc = value_ok / relaxed if relaxed else 0.0
    return {
        "strict_p": sp,
        "strict_r": sr,
        "strict_f1": sf,
        "relaxed_p": rp,
        "relaxed_r": rr,
        "relaxed_f1": rf,
        "value_acc": value_acc,
        "value_f1": rf * value_acc,
        "type_acc": type_ok / relaxed if relaxed else 0.0,
        "n_gold": float(n_gold),
        "n_pred": float(n_pred),
    }


def score_part(data: Path, settings: Settings, part: str) -> dict[str, float]:
    """Run dateline's pipeline (parser and ``time.v1``, the DCT as publication date) over one part."""
    from dateline.pipeline import build_pipeline

    docs = [load_tml(p) for p in tbaq_files(data, part)]
    only_time = msgspec.structs.replace(
        settings, pipeline=msgspec.structs.replace(settings.pipeline, stages=("time.v1",))
    )
    pipeline = build_pipeline(only_time)
    articles = (Article(id=d.doc_id, source=Source(None, None, "text"), text=d.text, published=d.dct) for d in docs)
    pred = {
        a.id: [Timex(t.start, t.end, t.text, t.type, t.value or "") for t in a.times]
        for a in pipeline.process(articles)
    }
    return score_timexes({d.doc_id: list(d.timexes) for d in docs}, pred)


def score_peers(data: Path, settings: Settings, part: str) -> dict[str, float]:
    """dateline and HeidelTime on the same documents in the same run, scored alike. HeidelTime
    (GPL-3.0) runs from its own venv (``make peers``), never as a dependency of dateline; its
    output is cached under that venv, keyed on the input."""
    docs = [load_tml(p) for p in tbaq_files(data, part)]
    gold = {d.doc_id: list(d.timexes) for d in docs}
    ours = score_part(data, settings, part)
    theirs = score_timexes(gold, _heideltime(docs))
    keep = ("strict_f1", "relaxed_f1", "value_f1", "value_acc", "type_acc")
    out = {f"dateline_{k}": ours[k] for k in keep}
    out.update({f"heideltime_{k}": theirs[k] for k in keep})
    out["n_gold"] = ours["n_gold"]
    return out


def _heideltime(docs: list[TimeDoc]) -> dict[str, list[Timex]]:
    import hashlib
    import json
    import subprocess
    import tempfile

    from dateline.errors import EvalError
    from dateline.eval.data import eval_dir

    root = eval_dir().parent
    python = root / "eval" / ".peers-venv" / "bin" / "python"
    if not python.exists():
        raise EvalError("D306", "HeidelTime is not installed. Run 'make peers' (it needs Java: "
                                "apt-get install default-jre-headless).")  # fmt: skip
    rows = [json.dumps({"doc_id": d.doc_id, "text": d.text, "dct": d.dct}) for d in docs]
    key = hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]
    cache = root / "eval" / ".peers-venv" / "cache" / f"heideltime-{key}.jsonl"
    if not cache.exists():
        cache.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
            tmp.write("\n".join(rows) + "\n")
        runner = root / "eval" / "peers" / "heideltime_run.py"
        done = subprocess.run([str(python), str(runner), tmp.name, str(cache)], check=False)  # noqa: S603 (our own paths)
        Path(tmp.name).unlink()
        if done.returncode != 0:
            cache.unlink(missing_ok=True)
            raise EvalError("D306", f"HeidelTime failed (exit {done.returncode}); its messages are above.")
    out: dict[str, list[Timex]] = {}
    with open(cache, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            out[row["doc_id"]] = [Timex(t["start"], t["end"], t["text"], t["type"], t["value"]) for t in row["timexes"]]
    return out
