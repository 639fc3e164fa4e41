"""A read command on a SQLite file that is not there says so, and leaves no empty file behind."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from reelwire.cli import app

runner = CliRunner()


@pytest.mark.parametrize("args", [["film", "Night Orchard"], ["person", "Mara Quinn"], ["calendar", "--from", "2025-01-01", "--to", "2025-12-31"],
                                  ["search", "orchard"], ["export", "--format", "facts"], ["serve"]])
def test_read_command_on_a_missing_file_fails_clearly(tmp_path, args):
    path = tmp_path / "typo.db"
    result = runner.invoke(app, ["--db", f"sqlite:///{path}", *args])
    assert result.exit_code == 1
    assert "no knowledge base at" in result.output and "typo.db" in result.output
    assert not path.exists()


def test_ingest_still_creates_the_file(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Night Orchard stars Mara Quinn.\n", encoding="utf-8")
    path = tmp_path / "new.db"
    result = runner.invoke(app, ["--db", f"sqlite:///{path}", "ingest", str(article)])
    assert result.exit_code == 0, result.output
    assert path.exists()
    result = runner.invoke(app, ["--db", f"sqlite:///{path}", "search", "orchard"])
    assert result.exit_code == 0, result.output
