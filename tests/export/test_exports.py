"""`reelwire export --format jsonld|csv|ical|quickstatements|facts`: each format from the CLI,
checked against the knowledge base it came from."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import update
from typer.testing import CliRunner

from reelwire.cli import app
from reelwire.export.facts import facts_jsonl
from reelwire.export.quickstatements import quickstatements
from reelwire.store import open_kb
from reelwire.store.schema import article, entity
from tests.web.helpers import build

runner = CliRunner()


def export(url: str, *args: str):
    result = runner.invoke(app, ["--db", url, "export", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture
def kb_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    build(url)
    return url


def test_facts_format_is_unchanged(web_url):
    assert export(web_url, "--format", "facts").splitlines() == list(facts_jsonl(open_kb(web_url)))


def test_jsonld_is_a_schema_org_graph_of_movies(web_url):
    doc = json.loads(export(web_url, "--format", "jsonld", "--base-url", "http://films.example"))
    assert doc["@context"] == "https://schema.org"
    movies = {m["name"]: m for m in doc["@graph"]}
    assert set(movies) == {"Glass Harbor", "Lantern Coast", "Paper Moons", "Paper Moons 2", "Tin Parade"}
    lantern = movies["Lantern Coast"]
    assert lantern["@type"] == "Movie" and lantern["@id"].startswith("http://films.example/films/")
    assert {"@type": "PerformanceRole", "actor": {"@type": "Person", "name": "Tomas Reyes"},
            "characterName": "Captain Ward Hale"} in lantern["actor"]
    assert lantern["author"] == [{"@type": "Person", "name": "Priya Lund"}]
    assert lantern["productionCompany"] == [{"@type": "Organization", "name": "Harbor Light Pictures"}]
    assert [e["startDate"] for e in lantern["releasedEvent"]] == ["2026-03-06"]  # the current date only
    assert {a["headline"] for a in lantern["subjectOf"]} >= {"Lantern Coast sails into 2026"}


def test_csv_has_one_row_per_claim_with_its_source(web_url, tmp_path):
    out = tmp_path / "facts.csv"
    export(web_url, "--format", "csv", "--out", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    facts = list(facts_jsonl(open_kb(web_url)))
    assert len(rows) == len(facts)
    moved = [r for r in rows if r["article"] == "lantern-coast-moved.md" and r["predicate"] == "release_date"]
    assert {(r["object"], r["status"]) for r in moved} == {("2026-03-06", "scheduled"), ("2025-11-14", "previous")}
    for r in rows:
        assert r["sentence"] and int(r["evidence_start"]) < int(r["evidence_end"]) and r["published"]


def test_ical_export_writes_the_feed(web_url, tmp_path):
    import icalendar

    out = tmp_path / "releases.ics"
    export(web_url, "--format", "ical", "--out", str(out))
    assert b"\r\n" in out.read_bytes()  # RFC 5545 line endings survive the file write
    assert len(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == 5


def test_quickstatements_without_wikidata_ids_is_an_honest_note(web_url):
    text = export(web_url, "--format", "quickstatements")
    lines = text.splitlines()
    assert all(line.startswith("#") for line in lines)
    claims = len(list(facts_jsonl(open_kb(web_url))))
    assert lines[0] == f"# reelwire QuickStatements: 0 statement(s) from {claims} claim(s)."
    assert "subject has no Wikidata id" in text
    assert "Lantern Coast" in text and "Give them ids" in text


def test_quickstatements_with_wikidata_ids_cite_the_article(kb_url):
    kb = open_kb(kb_url)
    with kb.engine.begin() as conn:
        for name, qid in (("Lantern Coast", "Q9000001"), ("Tomas Reyes", "Q9000002"), ("Paper Moons", "Q9000003")):
            conn.execute(update(entity).where(entity.c.name == name).values(external_ids={"wikidata": qid}))
        conn.execute(update(article).where(article.c.name != "paper-moons.txt")
                     .values(url="https://news.example/" + article.c.name))
    qs = quickstatements(kb)
    assert sorted(qs.lines) == sorted([
        'Q9000001\tP161\tQ9000002\tS854\t"https://news.example/lantern-coast-dated.txt"\tS577\t+2025-03-03T00:00:00Z/11',
        'Q9000001\tP161\tQ9000002\tS854\t"https://news.example/lantern-coast-moved.md"\tS577\t+2025-06-10T00:00:00Z/11',
        'Q9000001\tP577\t+2026-03-06T00:00:00Z/11\tS854\t"https://news.example/lantern-coast-moved.md"\tS577\t+2025-06-10T00:00:00Z/11',
    ])
    note = "\n".join(qs.note())
    assert "release_date: not the current date (moved or superseded)" in note
    assert "article has no URL to cite (S854)" in note  # Paper Moons' date: its article has no URL
    assert "character role (P453) left out" in note


def test_unknown_format_fails_with_the_list(web_url):
    result = runner.invoke(app, ["--db", web_url, "export", "--format", "rdf"])
    assert result.exit_code == 1 and "quickstatements" in result.output
