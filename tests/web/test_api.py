"""The JSON API through FastAPI's TestClient: every endpoint, cursor pagination and errors."""

from __future__ import annotations

import pytest

from reelwire.query.calendar import release_calendar
from reelwire.store import open_kb
from datetime import date


def walk(client, path: str, **params) -> list[list[dict]]:
    """Every page of a list endpoint, following next_cursor."""
    pages, cursor = [], None
    while True:
        body = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})}).json()
        pages.append(body["items"])
        cursor = body["next_cursor"]
        if cursor is None:
            return pages


def test_films_lists_every_fixture_film(client):
    names = [e["name"] for e in client.get("/api/films").json()["items"]]
    assert names == ["Glass Harbor", "Lantern Coast", "Paper Moons", "Paper Moons 2", "Tin Parade"]


@pytest.mark.parametrize("path,limit,extra", [("/api/films", 2, {}), ("/api/people", 3, {}), ("/api/facts", 4, {}),
                                              ("/api/calendar", 2, {}), ("/api/changes", 3, {"since": "2025-01-01"})])
def test_pages_cover_the_list_once_in_order(client, path, limit, extra):
    everything = client.get(path, params={"limit": 200, **extra}).json()["items"]
    pages = walk(client, path, limit=limit, **extra)
    assert all(len(p) <= limit for p in pages) and len(pages) > 1
    assert [item for page in pages for item in page] == everything


def test_film_by_id_has_merged_facts_with_evidence(client, ids):
    body = client.get(f"/api/films/{ids['Lantern Coast']}").json()
    assert body["film"]["name"] == "Lantern Coast"
    assert [(r["value"], r["medium"]) for r in body["release"]] == [("2026-03-06", "theatrical")]
    cast = {f["value"]: f for f in body["facts"] if f["predicate"] == "cast_member"}
    assert cast["Tomas Reyes"]["articles"] == 2
    assert cast["Tomas Reyes"]["qualifiers"]["character"] == "Captain Ward Hale"
    for e in cast["Tomas Reyes"]["evidence"]:
        text = client.get(e["article_url"]).json()["text"]
        assert text[e["start"]:e["end"]] == e["sentence"]
    assert [(m["old"], m["new"]) for m in body["moves"]] == [("2025-11-14", "2026-03-06")]


def test_film_as_of_before_the_move_shows_the_first_date(client, ids):
    body = client.get(f"/api/films/{ids['Lantern Coast']}", params={"as_of": "2025-05-01"}).json()
    assert [r["value"] for r in body["release"]] == ["2025-11-14"]


def test_person_by_id_has_filmography_and_upcoming(client, ids):
    body = client.get(f"/api/people/{ids['Jun Okafor']}").json()
    assert {c["film"]["name"] for c in body["credits"]} == {"Paper Moons", "Lantern Coast"}
    assert [u["film"]["name"] for u in body["upcoming"]] == ["Paper Moons", "Lantern Coast"]


def test_calendar_filters_and_agrees_with_the_read_model(client, web_url):
    body = client.get("/api/calendar", params={"from": "2025-09-01", "to": "2025-12-31", "limit": 200}).json()
    direct = release_calendar(open_kb(web_url), date(2025, 9, 1), date(2025, 12, 31))
    assert [(e["film"]["name"], e["release"]["value"]) for e in body["items"]] == \
        [(e.film.name, e.release.value) for e in direct] == \
        [("Paper Moons", "2025-09-19"), ("Glass Harbor", "2025-10-03"), ("Tin Parade", "2025-12")]
    gb = client.get("/api/calendar", params={"region": "GB", "medium": "theatrical", "from": "2026-01-01"}).json()
    assert {e["film"]["name"] for e in gb["items"]} == {"Lantern Coast", "Paper Moons 2"}
    us = client.get("/api/calendar", params={"region": "US", "from": "2026-01-01"}).json()
    assert {e["film"]["name"] for e in us["items"]} == {"Lantern Coast"}


def test_changes_lists_the_move_with_its_source(client):
    items = client.get("/api/changes", params={"since": "2025-06-01", "limit": 200}).json()["items"]
    moved = [c for c in items if c["kind"] == "moved_date"]
    assert [(c["film"]["name"], c["old"], c["new"], c["source"]["article"]) for c in moved] == \
        [("Lantern Coast", "2025-11-14", "2026-03-06", "lantern-coast-moved.md")]


def test_search_finds_entities_and_articles(client):
    hits = client.get("/api/search", params={"q": "lantern"}).json()["items"]
    assert ("entity", "Lantern Coast") in {(h["kind"], h["name"]) for h in hits}
    assert any(h["kind"] == "article" for h in hits)


def test_search_pages_cover_the_ranking_once(client):
    whole = client.get("/api/search", params={"q": "lantern", "limit": 200}).json()
    assert whole["next_cursor"] is None and len(whole["items"]) >= 3
    pages = walk(client, "/api/search", q="lantern", limit=1)
    assert [len(p) for p in pages] == [1] * len(whole["items"])
    assert [h for p in pages for h in p] == whole["items"]


def test_search_cursor_belongs_to_its_query(client):
    cursor = client.get("/api/search", params={"q": "lantern", "limit": 1}).json()["next_cursor"]
    assert client.get("/api/search", params={"q": "paper", "cursor": cursor}).status_code == 400
    assert client.get("/api/search", params={"q": "lantern", "cursor": "bm90IGEgY3Vyc29y"}).status_code == 400


@pytest.mark.parametrize("params,expect", [
    ({"predicate": "director"}, {("Glass Harbor", "Wren Alcott"), ("Lantern Coast", "Ines Calloway"),
                                 ("Paper Moons", "Odile Marchetti"), ("Tin Parade", "Hal Brisk")}),
    ({"predicate": "cast_member", "subject": "Paper Moons"}, {("Paper Moons", "Jun Okafor")}),
])
def test_facts_filter_by_predicate_and_subject(client, params, expect):
    items = client.get("/api/facts", params=params).json()["items"]
    assert {(f["subject"], f["object"]) for f in items} == expect


def test_facts_filter_by_subject_id_and_article(client, ids, article_ids):
    by_id = client.get("/api/facts", params={"subject": ids["Tin Parade"]}).json()["items"]
    assert {f["subject"] for f in by_id} == {"Tin Parade"} and len(by_id) == 4
    by_article = client.get("/api/facts", params={"article": article_ids["paper-moons.txt"]}).json()["items"]
    assert {f["article"] for f in by_article} == {"paper-moons.txt"} and len(by_article) == 5


def test_article_by_id_returns_text_and_claims(client, article_ids):
    body = client.get(f"/api/articles/{article_ids['lantern-coast-moved.md']}").json()
    assert body["title"] == "Lantern Coast sails into 2026"
    assert all(body["text"][c["start"]:c["end"]] == c["sentence"] for c in body["claims"])


@pytest.mark.parametrize("path", ["/api/films/99999", "/api/people/99999", "/api/articles/nope", "/api/nothing-here"])
def test_missing_things_are_json_404s(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["detail"]


def test_a_film_id_is_not_a_person(client, ids):
    assert client.get(f"/api/people/{ids['Lantern Coast']}").status_code == 404


@pytest.mark.parametrize("path", ["/api/films?cursor=!!!", "/api/facts?cursor=e30", "/api/calendar?cursor=bm90IGpzb24"])
def test_a_forged_cursor_is_a_400(client, path):
    response = client.get(path)
    assert response.status_code == 400 and "cursor" in response.json()["detail"]


@pytest.mark.parametrize("path", ["/api/changes", "/api/changes?since=yesterday", "/api/films?limit=0", "/api/search"])
def test_bad_parameters_are_422(client, path):
    assert client.get(path).status_code == 422


def test_openapi_documents_every_endpoint(client):
    paths = set(client.get("/api/openapi.json").json()["paths"])
    assert paths == {"/api/films", "/api/films/{film_id}", "/api/people", "/api/people/{person_id}", "/api/calendar",
                     "/api/changes", "/api/search", "/api/facts", "/api/articles/{article_id}"}
    assert client.get("/api/docs").status_code == 200
    schemas = client.get("/api/openapi.json").json()["components"]["schemas"]
    assert {"FilmOut", "FactOut", "EvidenceOut", "PersonView", "ClaimOut", "ArticleOut", "Page_EntityItem_"} <= set(schemas)


@pytest.mark.parametrize("name", ["Glass Harbor", "Lantern Coast", "Paper Moons", "Paper Moons 2", "Tin Parade"])
def test_film_api_agrees_with_the_cli_read_model(client, web_url, ids, name):
    from reelwire.query.film import film_view
    from reelwire.query.rows import as_data

    view = as_data(film_view(open_kb(web_url), name))
    body = client.get(f"/api/films/{ids[name]}").json()
    assert [{k: v for k, v in f.items() if k != "evidence"} for f in body["facts"]] == view["facts"]
    assert [{k: v for k, v in r.items() if k != "evidence"} for r in body["release"]] == view["release"]


@pytest.mark.parametrize("name", ["Jun Okafor", "Tomas Reyes", "Hal Brisk"])
def test_person_api_agrees_with_the_cli_read_model(client, web_url, ids, name):
    from reelwire.query.person import person_view
    from reelwire.query.rows import as_data

    view = as_data(person_view(open_kb(web_url), name, today=date(2025, 7, 1)))
    body = client.get(f"/api/people/{ids[name]}").json()
    assert body["credits"] == view["credits"] and body["upcoming"] == view["upcoming"]
