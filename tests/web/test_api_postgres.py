"""The same API over PostgreSQL: the keyset pages, filters, search and the feed must not depend on
SQLite (tuple ordering, ILIKE escapes, tsvector search)."""

from __future__ import annotations

import icalendar
import pytest
from fastapi.testclient import TestClient

from reelwire.web import create_app
from tests.conftest import _postgres_schema_url
from tests.web.helpers import TODAY, build
from tests.web.test_api import walk

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_client():
    url, drop = _postgres_schema_url()
    try:
        build(url)
        with TestClient(create_app(url, today=TODAY)) as client:
            yield client
    finally:
        drop()


@pytest.mark.parametrize("path,limit,extra", [("/api/films", 2, {}), ("/api/people", 3, {}), ("/api/facts", 4, {}),
                                              ("/api/calendar", 2, {}), ("/api/changes", 3, {"since": "2025-01-01"})])
def test_pages_cover_the_list_once(pg_client, path, limit, extra):
    everything = pg_client.get(path, params={"limit": 200, **extra}).json()["items"]
    assert [i for page in walk(pg_client, path, limit=limit, **extra) for i in page] == everything and everything


def test_film_person_article_and_filters(pg_client):
    films = {f["name"]: f["id"] for f in pg_client.get("/api/films", params={"name": "moons"}).json()["items"]}
    assert set(films) == {"Paper Moons", "Paper Moons 2"}
    film = pg_client.get(f"/api/films/{films['Paper Moons']}").json()
    assert [r["value"] for r in film["release"]] == ["2025-09-19"]
    facts = pg_client.get("/api/facts", params={"predicate": "cast_member", "subject": "Paper Moons"}).json()["items"]
    assert [(f["object"], f["qualifiers"].get("character")) for f in facts] == [("Jun Okafor", "Pip")]
    article = pg_client.get(facts[0]["article_url"]).json()
    assert all(article["text"][c["start"]:c["end"]] == c["sentence"] for c in article["claims"])
    assert pg_client.get(f"/films/{films['Paper Moons']}").status_code == 200


def test_search_and_feed(pg_client):
    hits = pg_client.get("/api/search", params={"q": "lantern"}).json()["items"]
    assert ("entity", "Lantern Coast") in {(h["kind"], h["name"]) for h in hits}
    cal = icalendar.Calendar.from_ical(pg_client.get("/calendar.ics").content)
    assert len(cal.walk("VEVENT")) == 5
