"""Every format through the whole pipeline: schema-valid dateline/1 JSON whose spans round-trip."""

from __future__ import annotations

import gzip
import json
import shutil
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from dateline.engines.inline import InlineEngine
from dateline.ingest import IngestContext, read_inputs
from dateline.records import article_to_json, iter_spans
from dateline.sinks import ListSink

REPO = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((REPO / "schema" / "article.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory, data: Path) -> Path:
    """A folder with one or more real files of each format, and some bad ones."""
    d = tmp_path_factory.mktemp("mixed")
    shutil.copy(data / "corpora" / "bbc-news" / "politics" / "001.txt", d / "bbc.txt")
    for i, f in enumerate(sorted((data / "articles" / "scrapinghub-aeb" / "html").glob("*.html.gz"))[:4]):
        shutil.copy(f, d / f"page{i}.html.gz")
    with gzip.open(data / "corpora" / "reuters21578" / "reut2-003.sgm.gz") as f:
        head = f.read().decode("latin-1").split("</REUTERS>")[:25]
    (d / "reut.sgm").write_text("</REUTERS>".join(head) + "</REUTERS>\n", encoding="latin-1")
    (d / "empty.txt").write_bytes(b"")
    (d / "bin.dat").write_bytes(bytes(range(256)) * 4)
    with open(data / "quotes" / "polnear" / "polnear_train.jsonl", encoding="utf-8") as f:
        rows = [json.loads(next(f)) for _ in range(3)]
    (d / "rows.jsonl").write_text("".join(json.dumps({"id": r["doc_id"], "text": r["text"]}) + "\n" for r in rows))
    return d


@pytest.fixture(scope="module")
def outputs(mixed: Path, pipeline, settings):  # type: ignore[no-untyped-def]
    sink = ListSink()
    with resources.as_file(resources.files("dateline.demo").joinpath("articles")) as demo:
        paths = [str(mixed), str(demo)]
        InlineEngine().run(pipeline, read_inputs(paths, IngestContext(settings.ingest)), sink)
    return sink.articles


def test_every_format_is_present(outputs) -> None:  # type: ignore[no-untyped-def]
    formats = {a.source.format for a in outputs if a.text}
    assert {"text", "html", "jsonl", "reuters21578"} <= formats


def test_output_is_schema_valid(outputs) -> None:  # type: ignore[no-untyped-def]
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for a in outputs:
        doc = json.loads(article_to_json(a))
        errors = sorted(validator.iter_errors(doc), key=str)
        assert not errors, f"{a.id}: {errors[0].message} at {list(errors[0].path)}"


def test_every_span_round_trips(outputs) -> None:  # type: ignore[no-untyped-def]
    n = 0
    for a in outputs:
        for label, span in iter_spans(a):
            assert a.text[span.start : span.end] == span.text, f"{a.id} {label}"
            n += 1
    assert n > 500


def test_bad_inputs_are_recorded_not_dropped(outputs) -> None:  # type: ignore[no-untyped-def]
    rejected = {Path(a.source.path or "").name: a.rejections[0].code for a in outputs if not a.text}
    assert rejected.get("empty.txt") == "D401"
    assert rejected.get("bin.dat") == "D402"


def test_schema_requires_the_contract_fields() -> None:
    assert SCHEMA["properties"]["schema"] == {"const": "dateline/1"}
    assert set(SCHEMA["required"]) >= {
        "id",
        "source",
        "text",
        "entities",
        "quotes",
        "times",
        "places",
        "events",
        "rejections",
    }
