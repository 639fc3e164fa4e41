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
    err.print(f"[red]error:[/red] {exc}")
    raise typer.Exit(code=1)


def _kb():
    from reelwire.store import open_kb

    try:
        return open_kb(State.settings.db_url)
    except ReelwireError as exc:
        _fail(exc)


@app.command()
def ingest(paths: list[Path] = typer.Argument(..., help="Files or folders of articles.")) -> None:
    """Read, analyse and store articles; a bad file is reported and the batch goes on."""
    from reelwire.ingest import ingest_stream
    from reelwire.read import iter_articles

    kb = _kb()
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} read"),
                  console=err, transient=True) as progress:
        task = progress.add_task("ingesting", total=None)
        try:
            summary = ingest_stream(kb, iter_articles(paths), model=State.settings.model,
                                    on_item=lambda _: progress.advance(task))
        except ReelwireError as exc:
            _fail(exc)
    for message in summary.errors:
        err.print(f"[yellow]skipped[/yellow] {message}")
    err.print(f"articles: {summary.articles} new, {summary.skipped} already stored; claims: {summary.claims}; "
              f"errors: {len(summary.errors)}")
    if summary.errors:
        raise typer.Exit(code=2)


@app.command()
def film(title: str = typer.Argument(..., help="The film's title.")) -> None:
    """The film's fact sheet: each fact with its source sentence and article."""
    from reelwire.query import film_sheet

    try:
        sheet = film_sheet(_kb(), title)
    except ReelwireError as exc:
        _fail(exc)
    table = Table(title=f"{sheet.name} ({sheet.type})", show_lines=True)
    for column in ("fact", "value", "details", "source"):
        table.add_column(column, overflow="fold")
    for f in sheet.facts:
        subject_is_film = f.subject == sheet.name
        value = f.object if subject_is_film else f"{f.subject}"
        details = ", ".join(f"{k}={v}" for k, v in f.qualifiers.items())
        label = f.predicate if subject_is_film else f"{f.predicate} (of)"
        table.add_row(label, value or "", details, f"{f.article_name} ({f.published or 'undated'})\n“{f.sentence}”")
    out.print(table)


@app.command()
def export(
    format: str = typer.Option("facts", "--format", help="facts (JSON Lines as eval/FORMAT.md)."),
    out_file: Optional[Path] = typer.Option(None, "--out", help="Write here instead of stdout."),
) -> None:
    """Export the knowledge base."""
    from reelwire.export.facts import facts_jsonl

    if format != "facts":
        _fail(ReelwireError(f"unknown export format {format!r}; use --format facts"))
    lines = facts_jsonl(_kb())
    if out_file:
        with out_file.open("w", encoding="utf-8") as fh:
            for line in lines:
                fh.write(line + "\n")
    else:
        for line in lines:
            sys.stdout.write(line + "\n")


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
