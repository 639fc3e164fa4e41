"""Faults past the readers: one article that breaks the pipeline must cost that article only."""

from __future__ import annotations

import sqlite3

import pytest
from typer.testing import CliRunner

import reelwire.process
from reelwire.cli import app
from reelwire.model import Article
from reelwire.process import process_article
from tests.reliability.faults import GOOD, write_good


def test_a_superscript_digit_does_not_crash_the_pipeline():
    process_article(Article(source="cube.txt", text="The film Cube opens on Friday in 40 m ² of screens."))


def test_an_article_that_breaks_extraction_is_reported_and_the_rest_ingested(tmp_path, monkeypatch):
    folder = tmp_path / "news"
    write_good(folder)
    (folder / "poison.txt").write_text(" date 2025-01-01\nThe film Glow EXPLODE opens Friday.\n", encoding="utf-8")
    real = reelwire.process.extract_facts

    def extract(article, doc, times):
        if "EXPLODE" in article.text:
            raise RuntimeError("a rule failed")
        return real(article, doc, times)

    monkeypatch.setattr(reelwire.process, "extract_facts", extract)
    db = tmp_path / "kb.db"
    result = CliRunner().invoke(app, ["--db", f"sqlite:///{db}", "ingest", str(folder)])
    output = " ".join(result.output.split())
    assert result.exit_code == 2, output
    assert f"{folder / 'poison.txt'}:" in output and "a rule failed" in output
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM article").fetchone()[0] == len(GOOD)
