"""The CLI as a user runs it: ingest, film, export --format facts, eval; idempotent re-ingest."""

from __future__ import annotations

import json
import sqlite3

from typer.testing import CliRunner

from reelwire.cli import app
from reelwire.read import iter_articles
from tests.conftest import ARTICLES, ROOT

runner = CliRunner()


def run(db: str, *args: str):
    return runner.invoke(app, ["--db", db, *args])


def test_ingest_then_film_sheet_shows_facts_with_sources(sqlite_url):
    result = run(sqlite_url, "ingest", str(ROOT / "examples"))
    assert result.exit_code == 0, result.output
    assert "claims:" in result.output
    sheet = run(sqlite_url, "film", "Night Orchard")
    assert sheet.exit_code == 0, sheet.output
    assert "Theo Blackwood" in sheet.output and "Ana Ruiz" in sheet.output
    assert "night-orchard" in sheet.output  # the source article is named


def test_reingest_adds_nothing(sqlite_url, tmp_path):
    run(sqlite_url, "ingest", str(ARTICLES))
    db = sqlite_url.removeprefix("sqlite:///")
    counts = lambda: sqlite3.connect(db).execute("select (select count(*) from article), (select count(*) from claim), (select count(*) from entity)").fetchone()
    before = counts()
    again = run(sqlite_url, "ingest", str(ARTICLES))
    assert again.exit_code == 0
    assert "0 new" in again.output
    assert counts() == before and before[1] > 0


def test_export_facts_is_format_md_predictions(sqlite_url):
    run(sqlite_url, "ingest", str(ARTICLES / "told-variety.txt"))
    result = run(sqlite_url, "export", "--format", "facts")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["article"] == "told-variety.txt" for r in rows)
    (article,) = iter_articles([ARTICLES / "told-variety.txt"])
    text = article.text
    for r in rows:
        assert {"p", "s", "evidence"} <= r.keys()
        assert text[r["evidence"]["start"]:r["evidence"]["end"]] == r["evidence"]["text"]
    assert any(r["p"] == "quote" and r.get("outlet") == "Variety" for r in rows)


def test_unknown_film_suggests_close_titles(sqlite_url):
    run(sqlite_url, "ingest", str(ARTICLES / "told-variety.txt"))
    result = run(sqlite_url, "film", "Juniper Lak")
    assert result.exit_code == 1
    assert "Juniper Lake" in result.output


def test_bad_file_is_reported_and_batch_goes_on(sqlite_url, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "good.txt").write_text(" date 2025-01-02 The film Glow Hour stars Ada Lin and Tom Reyes.", encoding="utf-8")
    result = run(sqlite_url, "ingest", str(tmp_path))
    assert result.exit_code == 2
    assert "empty.txt" in result.output and "empty file" in result.output
    assert "1 new" in result.output


def test_eval_scores_written_gold(sqlite_url, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(" date 2025-01-02 The film Glow Hour stars Ada Lin and Tom Reyes.", encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(json.dumps({
        "article": "a.txt", "published": "2025-01-02", "path": "../a.txt",
        "entities": [{"type": "film", "name": "Glow Hour", "aliases": []}],
        "facts": [{"p": "cast_member", "s": "Glow Hour", "o": "Ada Lin"},
                  {"p": "cast_member", "s": "Glow Hour", "o": "Tom Reyes"},
                  {"p": "director", "s": "Glow Hour", "o": "Kim Dahl"}],
    }), encoding="utf-8")
    result = run(sqlite_url, "eval", "--gold", str(gold), "--errors")
    assert result.exit_code == 0, result.output
    assert "cast_member" in result.output
    assert "core F1: 0.800" in result.output  # 2 of 3 found, none wrong
    assert "missed" in result.output and "Kim Dahl" in result.output
