"""`POST /api/articles` exists only with a token, refuses requests without the right one, and
ingests a JSON article through the library: its facts appear on the read side at once."""

from __future__ import annotations

import sqlite3

import pytest
from fastapi.testclient import TestClient

from reelwire.errors import ReelwireError
from reelwire.web import create_app
from tests.web.helpers import TODAY, XSS
from tests.web.test_hostile_text import active

TOKEN = "s3cret-token-for-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
STORY = {"title": "Harbor Lights dated", "published": "2025-06-02", "url": "https://example.com/harbor-lights",
         "text": "Vesper Pictures has set its drama Harbor Lights for release in theaters on October 3, 2025. "
                 "Harbor Lights, directed by Mara Quist, stars Teo Brandt as Captain Vale."}


@pytest.fixture
def writable(tmp_path):
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with TestClient(create_app(url, today=TODAY, token=TOKEN)) as c:
        yield c, tmp_path / "kb.db"


def test_without_a_token_there_is_no_ingest_route(client):
    assert client.post("/api/articles", json=STORY, headers=AUTH).status_code in (404, 405)
    assert "post" not in client.get("/api/openapi.json").json()["paths"].get("/api/articles", {})


@pytest.mark.parametrize("headers, status", [
    ({}, 401),
    ({"Authorization": TOKEN}, 401),
    ({"Authorization": f"Basic {TOKEN}"}, 401),
    ({"Authorization": "Bearer "}, 401),
    ({"Authorization": "Bearer wrong"}, 403),
    ({"Authorization": f"Bearer {TOKEN}x"}, 403),
    ({"Authorization": f"Bearer {TOKEN[:-1]}"}, 403),
    ({"X-Token": TOKEN}, 401),
])
def test_a_request_without_the_right_token_is_refused_and_stores_nothing(writable, headers, status):
    client, db = writable
    response = client.post("/api/articles", json=STORY, headers=headers)
    assert response.status_code == status
    assert "token" in response.json()["detail"]
    if status == 401:
        assert response.headers["www-authenticate"] == "Bearer"
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM article").fetchone() == (0,)


def test_the_token_is_checked_before_the_body(writable):
    client, _ = writable
    assert client.post("/api/articles", content=b"not json", headers={"Content-Type": "application/json"}).status_code == 401


def test_an_article_is_ingested_and_readable_at_once(writable):
    client, _ = writable
    response = client.post("/api/articles", json=STORY, headers=AUTH)
    assert response.status_code == 201, response.text
    stored = response.json()
    assert stored["stored"] is True and stored["claims"] > 0
    article = client.get(stored["url"]).json()
    assert article["title"] == STORY["title"] and article["published"] == "2025-06-02"
    assert article["url"] == STORY["url"] and article["text"] == STORY["text"]
    films = client.get("/api/films").json()["items"]
    assert "Harbor Lights" in {f["name"] for f in films}
    (film,) = [f for f in films if f["name"] == "Harbor Lights"]
    sheet = client.get(f"/api/films/{film['id']}").json()
    assert sheet["release"][0]["value"] == "2025-10-03"
    again = client.post("/api/articles", json=STORY, headers=AUTH)
    assert again.status_code == 200 and again.json()["stored"] is False and again.json()["id"] == stored["id"]


def test_the_read_side_stays_read_only(db_url):
    with TestClient(create_app(db_url, today=TODAY, token=TOKEN)) as client:
        assert client.post("/api/articles", json=STORY, headers=AUTH).status_code == 201
        with pytest.raises(Exception, match="readonly|read-only|query_only"):
            with client.app.state.kb.engine.begin() as conn:
                conn.exec_driver_sql("DELETE FROM article")
        assert len(client.get("/api/films").json()["items"]) > 0


@pytest.mark.parametrize("body, reason", [
    ({"title": "no text"}, "text"),
    ({"text": ""}, "text"),
    ({"text": "   \n "}, "blank"),
    ({"text": STORY["text"], "published": "2024-13-45"}, "impossible publication date"),
    ({"text": STORY["text"], "published": ["2025"]}, "published"),
    ({"text": STORY["text"], "extra": 1}, "extra"),
    ({"text": "x" * 200_001}, "text"),
    ({"text": "La película se estrenará en los cines de todo el país el próximo mes de octubre, "
              "según ha confirmado la productora, que también ha anunciado el reparto completo de la cinta."},
     "not English"),
])
def test_a_bad_article_is_refused_with_the_reason(writable, body, reason):
    client, db = writable
    response = client.post("/api/articles", json=body, headers=AUTH)
    assert response.status_code == 422, response.text
    assert reason in str(response.json()["detail"])
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM article").fetchone() == (0,)


def test_a_body_that_is_not_json_is_refused(writable):
    client, _ = writable
    response = client.post("/api/articles", content=b"{'text': ", headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == 422


SQL = "Robert'); DROP TABLE article;--"


def test_hostile_text_posted_is_stored_as_data_and_shown_escaped(writable):
    client, db = writable
    body = {**STORY, "title": XSS[0] + SQL, "url": "javascript:alert(1)",
            "text": STORY["text"] + f" The studio said: \"{XSS[1]} {SQL}\""}
    response = client.post("/api/articles", json=body, headers=AUTH)
    assert response.status_code == 201, response.text
    article = client.get(response.json()["url"]).json()
    assert article["title"] == body["title"] and article["text"] == body["text"]
    page = client.get(f"/articles/{response.json()['id']}").text
    assert active(page) == [] and "&lt;script&gt;alert" in page
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM article").fetchone() == (1,)


def test_an_empty_token_is_refused(tmp_path):
    with pytest.raises(ReelwireError, match="token is empty"):
        create_app(f"sqlite:///{tmp_path / 'kb.db'}", token="  ")
