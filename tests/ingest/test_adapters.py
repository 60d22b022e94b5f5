"""Each source adapter on real files from ../shared/data, and on broken input."""

from __future__ import annotations

import gc
import gzip
import io
import json
import warnings
from pathlib import Path

import pytest

from dateline.ingest import IngestContext, read_inputs
from dateline.records import Article


def _read(paths: list[str], ctx: IngestContext) -> list[Article]:
    return list(read_inputs(paths, ctx))


def test_plain_text_bbc(data: Path, ctx: IngestContext) -> None:
    folder = data / "corpora" / "bbc-news" / "politics"
    files = sorted(folder.glob("*.txt"))[:40]
    arts = _read([str(f) for f in files], ctx)
    assert len(arts) == 40
    for f, a in zip(files, arts, strict=True):
        raw = f.read_bytes().decode("utf-8", "replace")
        assert a.title == raw.split("\n", 1)[0].strip()
        assert a.text and a.title not in a.text[: len(a.title)]
        assert a.language == "en"
        assert "\n\n" in a.text  # paragraphs kept


def test_bbc_latin1_file_is_decoded(data: Path, ctx: IngestContext) -> None:
    (a,) = _read([str(data / "corpora" / "bbc-news" / "sport" / "199.txt")], ctx)
    assert "£" in a.text and not a.rejections


def test_scraped_text_header(tmp_path: Path, ctx: IngestContext) -> None:
    p = tmp_path / "story.md"
    p.write_text("# Putin in Tehran\n27/11/2015 13:12 by admin\n\n**Tehran, Iran:** Russia's President "
                 "[Vladimir Putin](http://x) visited Tehran on Monday.\n\n\"This must be prevented,\" "
                 "Khamenei told Putin.\n\n- AP4794\n", encoding="utf-8")  # fmt: skip
    (a,) = _read([str(p)], ctx)
    assert a.title == "Putin in Tehran"
    assert a.published == "2015-11-27T13:12"
    assert a.byline is None  # "admin" names no person
    assert a.agency == "AP"
    assert a.text.startswith("Tehran, Iran: Russia's President Vladimir Putin visited")
    assert a.text.endswith("Khamenei told Putin.")
    assert a.dateline is not None and a.dateline.place == "Tehran" and a.dateline.text == "Tehran, Iran:"
    assert "*" not in a.text and "](" not in a.text


def test_html_pages(data: Path, ctx: IngestContext) -> None:
    folder = data / "articles" / "scrapinghub-aeb" / "html"
    files = sorted(folder.glob("*.html.gz"))[:12]
    arts = _read([str(f) for f in files], ctx)
    assert len(arts) == 12
    assert all(a.source.format == "html" for a in arts)
    with_body = [a for a in arts if a.text]
    assert len(with_body) >= 11
    assert sum(1 for a in with_body if a.title) >= 10
    assert sum(1 for a in with_body if a.published) >= 6
    assert all("<p" not in a.text and "</" not in a.text for a in with_body)


def test_jsonl_rows_keep_ids_and_published(data: Path, tmp_path: Path, ctx: IngestContext) -> None:
    with open(data / "quotes" / "polnear" / "polnear_dev.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f][:5]
    p = tmp_path / "in.jsonl"
    with open(p, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows):
            f.write(json.dumps({"id": r["doc_id"], "text": r["text"], "published": f"2016-10-0{i + 1}"}) + "\n")
        f.write("not json\n")
        f.write('["an", "array"]\n')
        f.write('{"id": "no-text"}\n')
        f.write('{"text": 42}\n')
        f.write(
            '{"html": "<html><body><article><p>'
            + "A paragraph of real words. " * 20
            + '</p></article></body></html>"}\n'
        )
    arts = _read([str(p)], ctx)
    assert [a.id for a in arts[:5]] == [r["doc_id"] for r in rows]
    assert [a.published for a in arts[:5]] == [f"2016-10-0{i + 1}" for i in range(5)]
    assert [a.rejections[0].code for a in arts[5:9]] == ["D405", "D405", "D406", "D414"]
    assert [a.source.locator for a in arts[5:9]] == ["line 6", "line 7", "line 8", "line 9"]
    assert arts[9].text.startswith("A paragraph of real words.")


def test_jsonl_oversized_row_is_rejected_and_the_next_row_read(tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    import msgspec

    from dateline.settings import IngestSettings

    small = IngestContext(msgspec.structs.replace(settings.ingest, max_article_bytes=1000))
    assert isinstance(small.settings, IngestSettings)
    p = tmp_path / "big.jsonl"
    p.write_text(json.dumps({"text": "word " * 1000}) + "\n" + json.dumps({"text": "A short story. " * 5}) + "\n")
    arts = _read([str(p)], small)
    assert arts[0].rejections[0].code == "D403" and not arts[0].text
    assert arts[1].text.startswith("A short story.")


def _gunzip(path: Path) -> bytes:
    with gzip.open(path) as f:
        return f.read()


def _warc(tmp_path: Path, pages: list[bytes], *, gz: bool = True) -> Path:
    p = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    # warcio's writer leaves its temporary buffers to the garbage collector: collect them here, quietly.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        _write_warc(p, pages, gz)
        gc.collect()
    return p


def _write_warc(p: Path, pages: list[bytes], gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(p, "wb") as f:
        w = WARCWriter(f, gzip=gz)
        w.write_record(w.create_warcinfo_record("crawl.warc", {"software": "dateline tests"}))
        for i, page in enumerate(pages):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"https://example.org/{i}", "response", payload=io.BytesIO(page),
                                                http_headers=headers))  # fmt: skip
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://example.org/logo.png", "response",
                                            payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64), http_headers=img))  # fmt: skip
        missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://example.org/gone", "response",
                                            payload=io.BytesIO(b"<html>gone</html>"), http_headers=missing))  # fmt: skip


@pytest.mark.parametrize("gz", [True, False])
def test_warc_records(data: Path, tmp_path: Path, ctx: IngestContext, gz: bool) -> None:
    files = sorted((data / "articles" / "scrapinghub-aeb" / "html").glob("*.html.gz"))[:3]
    p = _warc(tmp_path, [_gunzip(f) for f in files], gz=gz)
    arts = _read([str(p)], ctx)
    assert len(arts) == 5
    assert [a.source.url for a in arts[:3]] == [f"https://example.org/{i}" for i in range(3)]
    assert all(a.text for a in arts[:3])
    assert [a.rejections[0].code for a in arts[3:]] == ["D410", "D410"]


def test_truncated_warc_keeps_what_came_before(data: Path, tmp_path: Path, ctx: IngestContext) -> None:
    files = sorted((data / "articles" / "scrapinghub-aeb" / "html").glob("*.html.gz"))[:2]
    p = _warc(tmp_path, [_gunzip(f) for f in files], gz=False)
    raw = p.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(raw[: raw.index(b"https://example.org/1") + 400])
    arts = _read([str(cut)], ctx)
    assert arts[0].text and arts[-1].rejections and arts[-1].rejections[0].code in {"D411", "D407"}


def test_reuters_sgml(data: Path, ctx: IngestContext) -> None:
    arts = _read([str(data / "corpora" / "reuters21578" / "reut2-000.sgm.gz")], ctx)
    assert len(arts) == 1000
    first = arts[0]
    assert first.id == "reuters21578-1"
    assert first.published == "1987-02-26T15:01:01.79"
    assert first.dateline is not None and first.dateline.place == "Salvador"
    assert first.text.startswith("SALVADOR, Feb 26 - Showers continued throughout the week")
    assert "Reuter" not in first.text[-20:] and "\x03" not in first.text
    no_body = [a for a in arts if not a.text]
    assert no_body and all(a.rejections[0].code == "D412" for a in no_body)
    assert len({a.id for a in arts}) == 1000


@pytest.mark.parametrize(
    ("content", "name", "code"),
    [
        (b"", "empty.txt", "D401"),
        (b"   \n\n  ", "blank.txt", "D401"),
        (b"\x00\x01\x02\x03binary" * 100, "blob.txt", "D402"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "image.png", "D402"),
        (b"<html><body><nav>menu</nav></body></html>", "empty.html", "D407"),
    ],
)
def test_bad_single_files_are_rejected_with_a_code(tmp_path: Path, ctx: IngestContext, content: bytes,
                                                    name: str, code: str) -> None:  # fmt: skip
    p = tmp_path / name
    p.write_bytes(content)
    (a,) = _read([str(p)], ctx)
    assert not a.text and a.rejections[0].code == code and a.rejections[0].stage == "ingest"


def test_fifty_megabyte_page_is_rejected_without_stopping_the_run(tmp_path: Path, ctx: IngestContext) -> None:
    big = tmp_path / "a-big.html"
    with open(big, "wb") as f:
        f.write(b"<html><body>")
        chunk = b"<p>" + b"word " * 1000 + b"</p>\n"
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            f.write(chunk)
    assert big.stat().st_size > 50 * 1024 * 1024
    ok = tmp_path / "b-ok.txt"
    ok.write_text("Title\n\nA body that is fine.\n")
    arts = _read([str(tmp_path)], ctx)
    assert arts[0].rejections[0].code == "D403" and not arts[0].text
    assert arts[1].text == "A body that is fine."


def test_missing_path_is_a_coded_error(ctx: IngestContext) -> None:
    from dateline.errors import InputError

    with pytest.raises(InputError, match=r"\[D101\]"):
        _read(["/no/such/file.txt"], ctx)
