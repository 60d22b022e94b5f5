"""The ``dateline`` command line. Errors print ``[D###] message`` and exit 1, never a traceback."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import IO, Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from dateline.errors import DatelineError, InputError
from dateline.records import Article

__all__ = ["app", "run"]

app = typer.Typer(
    name="dateline",
    help="Turn raw news into event data: who said what to whom, who did what to whom, when and where.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
err = Console(stderr=True)
out = Console()

ConfigOpt = Annotated[Path | None, typer.Option("--config", "-c", help="A TOML file of settings (see default.toml).")]
DbOpt = Annotated[Path, typer.Option("--db", help="The SQLite store.")]


def _settings(config: Path | None):  # type: ignore[no-untyped-def]
    from dateline.settings import load_settings

    return load_settings(config)


@contextlib.contextmanager
def _progress(label: str) -> Iterator[Callable[[Article], None]]:
    with Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), TextColumn("{task.completed:,} inputs"),
                  TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal) as bar:  # fmt: skip
        task = bar.add_task(label, total=None)
        yield lambda _a: bar.advance(task)


def _run(paths: list[str], config: Path | None, sink: object, label: str):  # type: ignore[no-untyped-def]
    from dateline.engines.inline import InlineEngine
    from dateline.ingest import IngestContext, read_inputs
    from dateline.ingest.sources import iter_files
    from dateline.pipeline import build_pipeline

    settings = _settings(config)
    list(iter_files([p for p in paths if p != "-"]))  # D101 for a missing path before any work starts
    pipeline = build_pipeline(settings)
    source = read_inputs(paths, IngestContext(settings.ingest))
    with _progress(label) as tick:
        return InlineEngine().run(pipeline, source, sink, tick)  # type: ignore[arg-type]


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write JSON Lines here, not stdout.")] = None,
    config: ConfigOpt = None,
) -> None:
    """Read articles and print one dateline/1 JSON object per article (no store needed)."""
    from dateline.cli.render import report_table
    from dateline.sinks import JsonlSink

    stream: IO[bytes] = open(output, "wb") if output else sys.stdout.buffer  # noqa: SIM115
    try:
        report = _run(paths, config, JsonlSink(stream), "Extracting")
    finally:
        if output:
            stream.close()
    report_table(err, report, "extract")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    db: DbOpt = Path("dateline.db"),
    config: ConfigOpt = None,
) -> None:
    """Read articles into the store. Idempotent: what is stored already is skipped, so a rerun resumes."""
    from dateline.cli.render import report_table
    from dateline.sinks import StoreSink
    from dateline.store.sqlite import Writer

    settings = _settings(config)
    with Writer(db) as writer:
        report = _run(paths, config, StoreSink(writer, settings.store.commit_every), f"Ingesting into {db}")
    report_table(err, report, "ingest")


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(metavar="ID", help="An article id, or a unique prefix of one.")],
    db: DbOpt = Path("dateline.db"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the dateline/1 JSON instead of tables.")] = False,
) -> None:
    """Show one stored article and everything found in it."""
    from dateline.cli.render import article_tables
    from dateline.records import article_to_json
    from dateline.store.sqlite import Reader

    with Reader(db) as reader:
        article = reader.article(article_id)
        if article is None:
            ids = reader.find_ids(article_id)
            if len(ids) != 1:
                hint = f" Did you mean one of: {', '.join(ids)}?" if ids else " 'dateline stats' lists what is stored."
                raise InputError("D102", f"No article {article_id!r} in {db}.{hint}")
            article = reader.article(ids[0])
    assert article is not None
    if as_json:
        sys.stdout.buffer.write(article_to_json(article) + b"\n")
    else:
        article_tables(out, article)


@app.command()
def stats(db: DbOpt = Path("dateline.db")) -> None:
    """Count what the store holds, and the rejections by code."""
    from rich.table import Table

    from dateline.errors import REJECTIONS
    from dateline.store.sqlite import Reader

    with Reader(db) as reader:
        t = Table(title=f"{db}", title_justify="left")
        t.add_column("table")
        t.add_column("rows", justify="right")
        for name, n in reader.counts().items():
            t.add_row(name, f"{n:,}")
        out.print(t)
        rows = reader.query("SELECT code, count(*) AS n FROM rejections GROUP BY code ORDER BY code")
        if rows:
            r = Table(title="Rejections by code", title_justify="left")
            for col in ("code", "count", "meaning"):
                r.add_column(col)
            for row in rows:
                r.add_row(row["code"], f"{row['n']:,}", REJECTIONS.get(row["code"], ""))
            out.print(r)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="An SQLite FTS5 query over titles and text (or quotes).")],
    db: DbOpt = Path("dateline.db"),
    limit: Annotated[int, typer.Option(help="Most rows to show.")] = 20,
    quotes: Annotated[
        bool,
        typer.Option("--quotes", help="Search the quotes and their speakers instead ('speaker_name: Volkov')."),
    ] = False,
) -> None:
    """Full-text search over the stored articles, or over what was said and who said it."""
    from rich.table import Table

    from dateline.store.sqlite import Reader

    with Reader(db) as reader:
        rows = reader.search_quotes(query, limit) if quotes else reader.search(query, limit)
    t = Table(title=f"{len(rows)} match(es) for {query!r}" + (" (limit reached)" if len(rows) >= limit else ""))
    cols = ("article_id", "speaker_name", "cue", "addressee_name", "content") if quotes else ("id", "title", "snippet")
    for col in cols:
        t.add_column(col.replace("_name", "").replace("article_", ""))
    for row in rows:
        t.add_row(*(str(row[c] or "") for c in cols))
    out.print(t)


@app.command()
def stages() -> None:
    """List the registered pipeline stages, with what each reads and writes."""
    from rich.table import Table

    from dateline.pipeline import STAGES

    t = Table(title="Stages", title_justify="left")
    for col in ("name", "reads", "writes", "what it does"):
        t.add_column(col)
    for spec in STAGES.values():
        t.add_row(spec.name, ", ".join(sorted(spec.requires)), ", ".join(sorted(spec.assigns)), spec.summary)
    out.print(t)


@app.command(name="eval")
def eval_(
    task: Annotated[
        str | None, typer.Argument(help="One task (see --list); when left out, every task but the report-only ones.")
    ] = None,
    data: Annotated[
        Path | None,
        typer.Option(help="The gold data folder (default: ../shared/data beside the checkout, or $DATELINE_DATA)."),
    ] = None,
    update_floors: Annotated[
        bool, typer.Option("--update-floors", help="Raise floors to the scores measured now.")
    ] = False,
    allow_lower: Annotated[bool, typer.Option("--allow-lower", help="With --update-floors: lower floors too.")] = False,
    list_tasks: Annotated[bool, typer.Option("--list", help="List the tasks and exit.")] = False,
    config: ConfigOpt = None,
) -> None:
    """Score dateline on gold data and check every floor in eval/baseline.json (exit 1 if one is broken)."""
    from dateline.eval.gate import TASKS, run_gate

    if list_tasks:
        for name, spec in TASKS.items():
            note = "" if spec.default else " [dim](report only: run by name)[/]"
            out.print(f"[bold]{name}[/]: {spec.summary}{note}")
        return
    ok = run_gate(out, task=task, data=data, settings=_settings(config), update=update_floors, allow_lower=allow_lower)
    if not ok:
        raise typer.Exit(1)


@app.command()
def demo(
    db: DbOpt = Path("demo.db"),
    config: ConfigOpt = None,
) -> None:
    """Ingest the bundled (fictional) demo articles into a fresh store and show what was found."""
    from dateline.cli.render import report_table
    from dateline.demo import show_demo
    from dateline.sinks import StoreSink
    from dateline.store.sqlite import Reader, Writer

    for suffix in ("", "-wal", "-shm", ".lock"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{db}{suffix}")
    with resources.as_file(resources.files("dateline.demo").joinpath("articles")) as folder:
        articles = os.fspath(folder)
        settings = _settings(config)
        with Writer(db) as writer:
            report = _run([articles], config, StoreSink(writer, settings.store.commit_every), "Ingesting the demo")
    out.rule("[bold]dateline demo[/]: fictional articles (invented people and organisations, real places and dates)")
    report_table(out, report, "ingest")
    with Reader(db) as reader:
        show_demo(out, reader)
    out.print(f"\nThe store is {db}. Try: dateline show ID --db {db}, dateline search Ankara --db {db}")


def run() -> None:
    """The console entry point: coded errors, no tracebacks."""
    try:
        app()
    except DatelineError as e:
        err.print(str(e), style="red", markup=False, highlight=False, soft_wrap=True)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print(
            "[D901] Interrupted. Rerun the same ingest command to resume where it stopped.",
            markup=False,
            soft_wrap=True,
        )
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    except Exception as e:
        if os.environ.get("DATELINE_DEBUG"):
            raise
        err.print(f"[D999] Internal error: {type(e).__name__}: {e}. Rerun with DATELINE_DEBUG=1 for the traceback, "
                  "and please report it.", style="red", markup=False, soft_wrap=True)  # fmt: skip
        sys.exit(70)
