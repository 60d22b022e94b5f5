"""words/s of the dateline pipeline against bare spaCy ``nlp.pipe`` on the same texts, in the same run,
and the cost of each stage as a share of bare parsing.

    python benchmarks/bench_extract.py [--n 300] [--runs 3]

Texts: Reuters-21578 bodies, and PolNeAR's dev split (84 political stories dense with quotes),
from ../shared/data (or $DATELINE_DATA). Every measurement gets one warm-up pass, then ``--runs``
timed passes; the best pass is reported. Stage costs are timed on documents parsed once, each
stage alone, and reported as a percentage of the time bare ``nlp.pipe`` takes on the same texts.
Peak RSS of the process is reported at the end.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import os
import resource
import time
from pathlib import Path

from dateline.engines.inline import InlineEngine
from dateline.ingest import IngestContext, read_inputs
from dateline.nlp.model import Parser, load_model
from dateline.pipeline import build_pipeline
from dateline.records import Article, Source
from dateline.settings import load_settings
from dateline.sinks import ListSink


def _reuters(n: int) -> Path:
    data = Path(os.environ.get("DATELINE_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))
    src = data / "corpora" / "reuters21578" / "reut2-004.sgm.gz"
    with gzip.open(src) as f:
        stories = f.read().decode("latin-1").split("</REUTERS>")
    out = Path("/tmp/dateline-bench.sgm")
    with_body = [s for s in stories if "<BODY>" in s][:n]
    out.write_text("</REUTERS>".join(with_body) + "</REUTERS>\n", encoding="latin-1")
    return out


def _polnear() -> list[str]:
    data = Path(os.environ.get("DATELINE_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))
    with open(data / "quotes" / "polnear" / "polnear_dev.jsonl", encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def _run_stage(stage, articles: list[Article], docs: list[object], done: list[Article]) -> None:  # type: ignore[no-untyped-def]
    done.clear()
    done.extend(stage(a, d) for a, d in zip(articles, docs, strict=True))


def _stage_costs(name: str, texts: list[str], runs: int) -> None:
    """Each stage's time on pre-parsed documents, against bare parsing of the same texts."""
    settings = load_settings()
    nlp = load_model(settings.nlp.model)
    parser = Parser(settings.nlp.model, settings.nlp.batch_size)
    pipeline = build_pipeline(settings, parser)
    words = sum(len(t.split()) for t in texts)

    def bare() -> None:
        for _ in nlp.pipe(texts, batch_size=settings.nlp.batch_size):
            pass

    bare()
    t_bare = min(_timed(bare) for _ in range(runs))
    docs = list(parser.pipe(texts))
    print(f"{name}: {len(texts)} texts, {words:,} words; bare nlp.pipe {words / t_bare:,.0f} words/s")
    articles = [Article(id=str(i), source=Source(None, None, "text"), text=t) for i, t in enumerate(texts)]
    for spec, stage in pipeline.stages:
        done: list[Article] = []
        run = functools.partial(_run_stage, stage, articles, docs, done)
        run()
        t = min(_timed(run) for _ in range(runs))
        articles = list(done)
        print(f"  stage {spec.name:22s} {t * 1000:8.0f} ms   {100 * t / t_bare:5.1f}% of bare parsing")
    print(f"  quotes found: {sum(len(a.quotes) for a in articles):,}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=300, help="stories (about 120 words each)")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    settings = load_settings()
    path = _reuters(args.n)
    articles = [a for a in read_inputs([str(path)], IngestContext(settings.ingest)) if a.text][: args.n]
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    nlp = load_model(settings.nlp.model)
    pipeline = build_pipeline(settings)

    def bare() -> None:
        for _ in nlp.pipe(texts, batch_size=settings.nlp.batch_size):
            pass

    def ours() -> None:
        InlineEngine().run(pipeline, read_inputs([str(path)], IngestContext(settings.ingest)), ListSink())

    results = {}
    for name, fn in (("bare nlp.pipe", bare), ("dateline extract (ingest + pipeline)", ours)):
        fn()  # warm-up
        best = min(_timed(fn) for _ in range(args.runs))
        results[name] = words / best
    base = results["bare nlp.pipe"]
    print(f"{len(texts)} Reuters stories, {words:,} words; best of {args.runs} runs after a warm-up")
    for name, rate in results.items():
        print(f"  {name:40s} {rate:10,.0f} words/s   {rate / base:5.2f}x bare")
    _stage_costs("Reuters-21578", texts, args.runs)
    _stage_costs("PolNeAR dev", _polnear(), args.runs)
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB")


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


if __name__ == "__main__":
    main()
