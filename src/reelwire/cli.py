"""The Typer app: one function a command, no logic of its own.

Tables and progress go to stderr on a terminal; data (JSON Lines, CSV) goes to stdout.
Errors become CLI errors only here, at the edge: a message and a non-zero exit code.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn
from rich.table import Table

from reelwire.config import Settings
from reelwire.errors import ReelwireError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Entertainment news in, a cited film knowledge base out.")
err = Console(stderr=True)
out = Console()


class State:
    settings: Settings = Settings.from_env()


@app.callback()
def main(
    db: Optional[str] = typer.Option(None, "--db", help="Database URL (default: REELWIRE_DB or sqlite:///reelwire.db)."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline name (default: REELWIRE_MODEL or en_core_web_sm)."),
) -> None:
    State.settings = Settings.from_env(db, model)


def _fail(exc: ReelwireError) -> None:
    err.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True, highlight=False)
    raise typer.Exit(code=1)


def _kb(existing: bool = False):
    """The knowledge base of --db. `existing`: a command that only reads fails on a SQLite file that
    is not there (a mistyped --db), instead of creating an empty database and answering "not found"."""
    from reelwire.store import open_kb

    url = State.settings.db_url
    if existing:
        missing = _missing_sqlite_file(url)
        if missing is not None:
            _fail(ReelwireError(f"no knowledge base at {missing} (the file does not exist); "
                                "run `reelwire ingest PATH` first, or check --db / REELWIRE_DB"))
    try:
        return open_kb(url)
    except ReelwireError as exc:
        _fail(exc)


def _missing_sqlite_file(url: str) -> Optional[Path]:
    """The path of a SQLite URL's file when it does not exist (in-memory databases never miss)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return None  # open_kb reports a malformed URL
    if not parsed.get_backend_name() == "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    if parsed.database.startswith("file:"):
        return None
    path = Path(parsed.database)
    return None if path.exists() else path


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files or folders of articles."),
    engine: str = typer.Option("local", "--engine", help="local (this process) or dask (partitions on Dask workers)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address, tcp://HOST:PORT (--engine dask)."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Local Dask worker processes (--engine dask; default: one a core)."),
) -> None:
    """Read, analyse and store articles; a bad file is reported and the batch goes on."""
    from reelwire.ingest import ingest_paths

    kb = _kb()
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} read"),
                  console=err, transient=True) as progress:
        task = progress.add_task("ingesting", total=None)
        try:
            summary = ingest_paths(kb, paths, model=State.settings.model, engine=engine, scheduler=scheduler,
                                   workers=workers, on_items=lambda n: progress.advance(task, n))
        except ReelwireError as exc:
            _fail(exc)
    for message in summary.errors:
        err.print(f"[yellow]skipped[/yellow] {escape(message)}", soft_wrap=True, highlight=False)
    for message in summary.warnings:
        err.print(f"[cyan]warning[/cyan] {escape(message)}", soft_wrap=True, highlight=False)
    err.print(f"articles: {summary.articles} new, {summary.skipped} already stored; claims: {summary.claims}; "
              f"not film/TV news (stored without facts): {summary.irrelevant}; errors: {len(summary.errors)}; "
              f"warnings: {len(summary.warnings)}", soft_wrap=True, highlight=False)
    if summary.errors:
        raise typer.Exit(code=2)


FORMATS = ("table", "json", "csv")
FORMAT_OPTION = typer.Option("table", "--format", help="table (on the terminal), json or csv (data on stdout).")
AS_OF_OPTION = typer.Option(None, "--as-of", help="The knowledge base as it stood on this day (YYYY-MM-DD).")


def _day(value: Optional[str], option: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _fail(ReelwireError(f"{option} {value!r} is not a date; give it as YYYY-MM-DD"))


def _emit(data, rows: list[dict], format: str, title: str = "") -> None:
    """One read model out: nested JSON, flat CSV, or a Rich table."""
    import csv

    from reelwire.export.csv_ import spreadsheet_safe
    from reelwire.query.rows import as_data

    if format == "json":
        sys.stdout.write(json.dumps(as_data(data), ensure_ascii=False, indent=2) + "\n")
    elif format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else [], lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: spreadsheet_safe(v) for k, v in row.items()} for row in rows)
    else:
        table = Table(title=title or None, show_lines=True)
        for i, column in enumerate(rows[0] if rows else {"(none)": ""}):
            table.add_column(column, overflow="fold", no_wrap=i == 0)
        for row in rows:
            table.add_row(*(str(v) for v in row.values()))
        out.print(table)


def _read(call, format: str):
    """Run a read model, turning reelwire errors into CLI errors; checks --format first."""
    if format not in FORMATS:
        _fail(ReelwireError(f"unknown format {format!r}; use --format table, json or csv"))
    try:
        return call()
    except ReelwireError as exc:
        _fail(exc)


@app.command()
def film(title: str = typer.Argument(..., help="The film's title (any alias; 'Title (1987)' picks a year)."),
         format: str = FORMAT_OPTION, as_of: Optional[str] = AS_OF_OPTION) -> None:
    """The film's merged fact sheet: each fact with how many articles state it, the first and the latest."""
    from reelwire.query.film import film_view
    from reelwire.query.rows import film_rows

    day = _day(as_of, "--as-of")
    view = _read(lambda: film_view(_kb(existing=True), title, day), format)
    others = "".join(f"; also {o.name} (#{o.id})" for o in view.others)
    aka = [a for a in view.aliases if a != view.film.name]
    _emit(view, film_rows(view), format, f"{view.film.name} ({view.film.type}{'; aka ' + ', '.join(aka) if aka else ''}){others}")


@app.command()
def person(name: str = typer.Argument(..., help="The person's name (a surname works when unambiguous)."),
           format: str = FORMAT_OPTION, as_of: Optional[str] = AS_OF_OPTION) -> None:
    """A filmography: films with roles and characters; upcoming releases marked."""
    from reelwire.query.person import person_view
    from reelwire.query.rows import person_rows

    day = _day(as_of, "--as-of")
    view = _read(lambda: person_view(_kb(existing=True), name, day), format)
    _emit(view, person_rows(view), format, f"{view.person.name} ({len(view.upcoming)} upcoming)")


@app.command()
def history(title: str = typer.Argument(..., help="The film's title."), format: str = FORMAT_OPTION,
            as_of: Optional[str] = AS_OF_OPTION) -> None:
    """The release-date timeline: every reported date with status, region, medium and source."""
    from reelwire.query.history import release_history
    from reelwire.query.rows import history_rows

    day = _day(as_of, "--as-of")
    view = _read(lambda: release_history(_kb(existing=True), title, day), format)
    _emit(view, history_rows(view), format, f"{view.film.name}: release-date history")


@app.command()
def calendar(
    start: str = typer.Option(..., "--from", help="First day (YYYY-MM-DD)."),
    end: str = typer.Option(..., "--to", help="Last day (YYYY-MM-DD)."),
    region: Optional[str] = typer.Option(None, "--region", help="ISO country code, e.g. US."),
    medium: Optional[str] = typer.Option(None, "--medium", help="theatrical, streaming, tv or home."),
    format: str = FORMAT_OPTION, as_of: Optional[str] = AS_OF_OPTION,
) -> None:
    """Films whose current release date falls between two days."""
    from reelwire.query.calendar import release_calendar
    from reelwire.query.rows import calendar_rows

    first, last, day = _day(start, "--from"), _day(end, "--to"), _day(as_of, "--as-of")
    entries = _read(lambda: release_calendar(_kb(existing=True), first, last, region, medium, day), format)
    _emit(entries, calendar_rows(entries), format, f"Releases {first} to {last}")


@app.command()
def changes(since: str = typer.Option(..., "--since", help="First publication day (YYYY-MM-DD)."),
            format: str = FORMAT_OPTION) -> None:
    """What articles published since a day added: new films, new credits, moved dates."""
    from reelwire.query.changes import changes_since
    from reelwire.query.rows import change_rows

    day = _day(since, "--since")
    found = _read(lambda: changes_since(_kb(existing=True), day), format)
    _emit(found, change_rows(found), format, f"Changes since {day}")


@app.command()
def watch(
    sources: list[str] = typer.Argument(..., help="Feed URLs, sitemap URLs or folders."),
    interval: str = typer.Option("15m", "--interval", help="Time between cycles: 30s, 15m, 2h, 1d."),
    once: bool = typer.Option(False, "--once", help="Run one cycle and exit (for cron)."),
    notify: Optional[list[str]] = typer.Option(None, "--notify", help="stdout or webhook=URL; repeatable."),
    only: Optional[list[str]] = typer.Option(None, "--only", help="new-films, new-credits, moved-dates, new-trailers."),
    film: Optional[list[str]] = typer.Option(None, "--film", help="Alert only about this film; repeatable."),
    timeout: float = typer.Option(20.0, "--timeout", min=0.1, help="Seconds to wait for a server."),
) -> None:
    """Follow feeds, sitemaps and folders: each cycle ingests what is new and alerts each change once."""
    from reelwire import watch as w

    try:
        options = w.WatchOptions(policy=w.FetchPolicy(timeout=timeout), model=State.settings.model,
                                 wanted=w.AlertFilter.parse(only, film))
        every, notifiers = w.parse_interval(interval), [w.parse_notify(spec) for spec in notify or []]
        report = w.watch(_kb(), sources, notifiers, options, every, once,
                         on_cycle=lambda r: [err.print(line, markup=False, highlight=False, soft_wrap=True) for line in w.describe(r)])
    except ReelwireError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        err.print("stopped; the next run resumes where this one left off")
        return
    if report.failed or report.alerts.errors:
        raise typer.Exit(code=2)


@app.command()
def search(text: str = typer.Argument(..., help="Words to look for (any text is safe)."),
           format: str = FORMAT_OPTION, limit: int = typer.Option(20, "--limit", min=1)) -> None:
    """Full-text search over entity names and article text."""
    from reelwire.query.rows import search_rows
    from reelwire.query.search import search as run_search

    hits = _read(lambda: run_search(_kb(existing=True), text, limit), format)
    _emit(hits, search_rows(hits), format, f"Search: {text}")


@app.command()
def entity(name: str = typer.Argument(..., help="Any name of the entity."), format: str = FORMAT_OPTION) -> None:
    """An entity's aliases and why each was joined to it."""
    from reelwire.query.entity import explain_entity
    from reelwire.query.rows import entity_rows

    views = _read(lambda: explain_entity(_kb(existing=True), name), format)
    _emit(views, entity_rows(views), format, f"Entities named {name}")


@app.command()
def export(
    format: str = typer.Option("facts", "--format", help="facts (JSON Lines as eval/FORMAT.md), jsonld (schema.org), "
                               "csv (facts with sources), ical (release calendar), quickstatements (Wikidata)."),
    out_file: Optional[Path] = typer.Option(None, "--out", help="Write here instead of stdout."),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="Where `reelwire serve` runs, for links in jsonld/ical."),
) -> None:
    """Export the knowledge base."""
    from reelwire.export.formats import export_chunks

    try:
        chunks = export_chunks(_kb(existing=True), format, base_url)
        if out_file:
            with out_file.open("w", encoding="utf-8", newline="") as fh:
                for chunk in chunks:
                    fh.write(chunk)
        else:
            for chunk in chunks:
                sys.stdout.write(chunk)
    except ReelwireError as exc:
        _fail(exc)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind (default: this machine only)."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
    token: Optional[str] = typer.Option(None, "--token", envvar="REELWIRE_TOKEN",
                                        help="Also accept POST /api/articles from requests with `Authorization: Bearer TOKEN`."),
) -> None:
    """Serve the knowledge base read-only: HTML pages, the JSON API (/api/docs) and /calendar.ics."""
    import uvicorn

    from reelwire.web import create_app

    kb = _kb(existing=token is None)  # a server that ingests (with a token) may start a new knowledge base
    try:
        web = create_app(kb=kb, token=token, model=State.settings.model)
    except ReelwireError as exc:
        _fail(exc)
    mode = "read-only, POST /api/articles with the token" if token else "read-only"
    if token and not _loopback(host):
        err.print(f"[yellow]warning:[/yellow] serving on {host} over plain HTTP: the token and the articles posted "
                  "with it can be read on the network; put a TLS proxy in front, or bind 127.0.0.1")
    err.print(f"serving {State.settings.db_url} {mode} at http://{host}:{port}/ (API docs: /api/docs)")
    uvicorn.run(web, host=host, port=port, log_level="info")


def _loopback(host: str) -> bool:
    """Whether a bind address only reaches this machine."""
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@app.command("eval")
def eval_(
    gold: Path = typer.Option(..., "--gold", help="Folder of gold files (eval/FORMAT.md)."),
    articles: Optional[str] = typer.Option(None, "--articles", help="Comma-separated article file names."),
    errors: bool = typer.Option(False, "--errors", help="List errors grouped by predicate and kind."),
) -> None:
    """Score extraction against gold facts: per-predicate P/R/F1, micro and core F1."""
    from reelwire.evaluate.run import evaluate_gold, render_report

    only = {a.strip() for a in articles.split(",")} if articles else None
    try:
        report, problems = evaluate_gold(gold, only, model=State.settings.model)
    except ReelwireError as exc:
        _fail(exc)
    for problem in problems:
        err.print(f"[yellow]skipped[/yellow] {problem}")
    print(render_report(report, errors=errors))


@app.command()
def timex(
    file: Path = typer.Argument(..., help="A text file, read exactly as it is (UTF-8)."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD."),
    format: str = typer.Option("table", "--format", help="table or jsonl."),
) -> None:
    """Time expressions of a file: offsets into its text, TIMEX3 type and value."""
    from reelwire.timex import find_times

    try:
        text = file.read_bytes().decode("utf-8", errors="replace")
        day = date.fromisoformat(published) if published else None
    except (OSError, ValueError) as exc:
        _fail(ReelwireError(f"{file}: {exc}; give a readable file and --published YYYY-MM-DD"))
    times = find_times(text, day)
    if format == "jsonl":
        for t in times:
            sys.stdout.write(json.dumps({"start": t.start, "end": t.end, "text": t.text, "type": t.type,
                                         "value": t.value, "rule": t.rule}, ensure_ascii=False) + "\n")
        return
    table = Table()
    for column in ("start", "end", "text", "type", "value", "rule"):
        table.add_column(column)
    for t in times:
        table.add_row(str(t.start), str(t.end), t.text, t.type, t.value, t.rule)
    out.print(table)


@app.command("eval-time")
def eval_time(
    directory: Path = typer.Argument(..., help="Folder of TempEval-3 .tml files."),
    errors: bool = typer.Option(False, "--errors", help="List the errors."),
) -> None:
    """Score the time normaliser on TempEval-3: extent P/R/F1, type and value accuracy, value F1."""
    from reelwire.evaluate.tempeval import score_directory

    try:
        report = score_directory(directory)
    except ReelwireError as exc:
        _fail(exc)
    print(report.render(errors=errors))
