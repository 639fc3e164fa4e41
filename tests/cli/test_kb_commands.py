"""The knowledge-base commands end to end: ingest the multi-article fixtures, then ask."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from reelwire.cli import app
from tests.conftest import FIXTURES

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('kb') / 'kb.db'}"
    result = runner.invoke(app, ["--db", url, "ingest", str(FIXTURES / "kb")])
    assert result.exit_code == 0, result.output
    return url


def run(db: str, *args: str):
    result = runner.invoke(app, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def as_json(db: str, *args: str):
    return json.loads(run(db, *args, "--format", "json"))


def test_history_shows_both_moves(db):
    data = as_json(db, "history", "Lantern Road")
    assert [(m["old"], m["new"]) for m in data["moves"]] == [("2024-10-04", "2025-03-14"), ("2025-03-14", "2025-06-06")]
    assert {(r["value"], r["status"], r["source"]["article"]) for r in data["reports"]} >= {
        ("2025-03-14", "previous", "lantern-road-moves-again-2024-11-20.txt"),
        ("2025-06-06", "scheduled", "lantern-road-moves-again-2024-11-20.txt")}


def test_history_as_of_stops_at_that_day(db):
    data = as_json(db, "history", "Lantern Road", "--as-of", "2024-08-01")
    assert [(m["old"], m["new"]) for m in data["moves"]] == [("2024-10-04", "2025-03-14")]


def test_film_shows_latest_date(db):
    data = as_json(db, "film", "LANTERN ROAD")
    assert [c["value"] for c in data["release"]] == ["2025-06-06"]


def test_film_as_of_before_second_move(db):
    data = as_json(db, "film", "Lantern Road", "--as-of", "2024-08-01")
    assert [c["value"] for c in data["release"]] == ["2025-03-14"]


def test_calendar_csv_lists_latest_date(db):
    rows = list(csv.DictReader(io.StringIO(run(db, "calendar", "--from", "2024-01-01", "--to", "2025-12-31",
                                               "--format", "csv"))))
    assert [(r["date"], r["film"]) for r in rows if r["film"] == "Lantern Road"] == [("2025-06-06", "Lantern Road")]


def test_calendar_as_of(db):
    rows = as_json(db, "calendar", "--from", "2024-10-01", "--to", "2024-10-31", "--region", "US",
                   "--medium", "theatrical", "--as-of", "2024-05-01")
    assert [(r["film"]["name"], r["release"]["value"]) for r in rows] == [("Lantern Road", "2024-10-04")]


def test_person_by_surname(db):
    data = as_json(db, "person", "Hallam")
    assert data["person"]["name"] == "Peter J. Hallam"
    assert data["aliases"] == ["Peter J. Hallam", "Peter Hallam"]


def test_changes_since(db):
    kinds = {(r["kind"], r["detail"]) for r in as_json(db, "changes", "--since", "2024-11-01")}
    assert kinds == {("moved_date", "release date 2025-03-14 -> 2025-06-06")}  # Ada Finch was credited before


def test_entity_explains_merges(db):
    rows = list(csv.DictReader(io.StringIO(run(db, "entity", "Harbor Run 2", "--format", "csv"))))
    assert {r["alias"] for r in rows} == {"Harbor Run 2", "Harbor Run: Part Two"}
    assert any("sequel numbering" in r["reason"] for r in rows)


def test_search_is_safe_with_quotes(db):
    hits = as_json(db, "search", "lantern\" OR '1'='1")
    assert hits == []
    assert as_json(db, "search", "glass garden")[0]["name"] == "Glass Garden"


def test_table_is_the_default(db):
    assert "Lantern Road" in run(db, "history", "Lantern Road")


def test_unknown_film_is_an_error_with_a_hint(db):
    result = runner.invoke(app, ["--db", db, "film", "Lantern Raod"])
    assert result.exit_code == 1
    assert "did you mean 'Lantern Road'" in " ".join(result.output.split())


@pytest.mark.parametrize("args", [["film", "Lantern Road", "--format", "xml"],
                                  ["calendar", "--from", "soon", "--to", "2025-01-01"]])
def test_bad_options_say_what_to_do(db, args):
    result = runner.invoke(app, ["--db", db, *args])
    assert result.exit_code == 1
    message = " ".join(result.output.split())
    assert "use --format" in message or "YYYY-MM-DD" in message


def test_reingest_changes_nothing(db):
    before = run(db, "film", "Lantern Road", "--format", "json")
    result = runner.invoke(app, ["--db", db, "ingest", str(FIXTURES / "kb")])
    assert "0 new" in result.output
    assert run(db, "film", "Lantern Road", "--format", "json") == before
