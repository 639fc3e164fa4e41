"""Text is data, never SQL: SQL fragments (and FTS5 and LIKE syntax) in film names, in search
queries (`/api/search?q=`, `/search?q=`), in name filters, subjects, ids, cursors and regions are
matched as plain text or refused with a 4xx — on SQLite and on PostgreSQL (where the app's
connections are not read-only, so an injection could write). Afterwards every table is intact."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from reelwire.model import Article, Evidence, Fact
from reelwire.process import Processed
from reelwire.store import open_kb
from reelwire.web import create_app
from tests.web.helpers import TODAY
from tests.web.test_hostile_text import active

FILMS = ["Robert'); DROP TABLE claim;--", "' OR '1'='1", "100% Wolf", "Under_score", "Quiet Harbor",
         '"; DELETE FROM article WHERE "1"="1']
FRAGMENTS = ["' OR '1'='1", "' OR 1=1 --", "'; DROP TABLE article;--", '" OR ""="', "1; SELECT * FROM entity",
             "' UNION SELECT id, name, name, name FROM entity --", "%", "_", "%' --", "\\", "\\'",
             '"', "*", "NEAR(a b)", "a OR b", "text:harbor", "^harbor", "-harbor", "(", ")", "harbor AND",
             "'; SELECT pg_sleep(30); --", "$$", "E'\\x41'", "a\x00b", "\u2028", "\ufeff'"]


def build(url: str):
    kb = open_kb(url)
    for i, film in enumerate(FILMS):
        text = f"{film} opens in theaters on May {i + 1}, 2026."
        fact = Fact("release_date", film, f"2026-05-{i + 1:02d}", Evidence(0, len(text), text), "test.hand_made",
                    object_type="time", qualifiers={"status": "scheduled", "medium": "theatrical"})
        kb.add(Processed(Article(source=f"sql-{i}.txt", text=text, title=film, published=date(2025, 6, 1)), [fact], []))
    return kb


def counts(kb) -> dict[str, int]:
    with kb.engine.connect() as conn:
        return {t: conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar() for t in ("article", "entity", "claim", "alias")}


@pytest.fixture
def sql_client(db_url):
    kb = build(db_url)
    before = counts(kb)
    with TestClient(create_app(db_url, today=TODAY)) as client:
        yield client
    assert counts(kb) == before, "a request changed the knowledge base"
    kb.engine.dispose()


def names(client, **params) -> set[str]:
    response = client.get("/api/films", params={"limit": 200, **params})
    assert response.status_code == 200, response.text
    return {f["name"] for f in response.json()["items"]}


def test_film_names_with_sql_are_stored_and_listed_verbatim(sql_client):
    assert names(sql_client) == set(FILMS)


@pytest.mark.parametrize("film", FILMS)
def test_a_name_filter_matches_its_text_only(sql_client, film):
    assert names(sql_client, name=film) == {film}


@pytest.mark.parametrize("pattern, expected", [("%", {"100% Wolf"}), ("_", {"Under_score"}), ("' OR ", {"' OR '1'='1"}),
                                               ("zzz' OR 'a'='a", set())])
def test_like_wildcards_and_quotes_in_a_filter_are_literal(sql_client, pattern, expected):
    assert names(sql_client, name=pattern) == expected


@pytest.mark.parametrize("q", FRAGMENTS)
def test_sql_in_api_search_is_plain_words(sql_client, q):
    response = sql_client.get("/api/search", params={"q": q})
    assert response.status_code == 200, response.text
    hits = {h["name"] for h in response.json()["items"] if h["kind"] == "entity"}
    assert hits <= set(FILMS) and len(hits) < len(FILMS)


@pytest.mark.parametrize("q", FRAGMENTS)
def test_sql_in_the_search_page_is_plain_words_shown_escaped(sql_client, q):
    response = sql_client.get("/search", params={"q": q})
    assert response.status_code == 200, response.text
    assert active(response.text) == []


@pytest.mark.parametrize("film", FILMS)
def test_searching_a_hostile_name_finds_that_film(sql_client, film):
    hits = sql_client.get("/api/search", params={"q": film}).json()["items"]
    assert film in {h["name"] for h in hits}


@pytest.mark.parametrize("film", FILMS)
def test_a_film_page_and_its_facts_show_the_name_as_text(sql_client, film):
    (item,) = [f for f in sql_client.get("/api/films").json()["items"] if f["name"] == film]
    sheet = sql_client.get(f"/api/films/{item['id']}").json()
    assert sheet["film"]["name"] == film and sheet["release"][0]["value"].startswith("2026-05-")
    assert sql_client.get("/api/facts", params={"subject": film}).json()["items"][0]["subject"] == film
    assert sql_client.get(f"/films/{item['id']}").status_code == 200


@pytest.mark.parametrize("path, params, statuses", [
    ("/api/facts", {"subject": "' OR 1=1 --"}, {200}),
    ("/api/facts", {"article": "' OR '1'='1"}, {200}),
    ("/api/facts", {"predicate": "release_date' OR '1'='1"}, {200}),
    ("/api/articles/' OR '1'='1", {}, {404}),
    ("/api/articles/1;DROP TABLE article", {}, {404}),
    ("/api/films/1 OR 1=1", {}, {422}),
    ("/films/1;DROP TABLE claim", {}, {404, 422}),
    ("/api/films", {"cursor": "' OR 1=1 --"}, {400}),
    ("/api/calendar", {"region": "' OR 1=1 --", "medium": "'; DROP TABLE claim;--"}, {200}),
    ("/api/changes", {"since": "2025-01-01' OR 1=1"}, {422}),
    ("/api/people", {"name": "'; DROP TABLE entity;--"}, {200}),
])
def test_sql_in_other_parameters_is_data_or_refused(sql_client, path, params, statuses):
    response = sql_client.get(path, params=params)
    assert response.status_code in statuses, response.text
    if response.status_code == 200 and path != "/api/calendar":  # the calendar keeps reports with no region
        assert len(response.json()["items"]) <= 1  # a fragment that ran would match every row
