"""Request bodies are bounded (web/limits.py): over 1 MB is a 413, whether the size is declared
(Content-Length, refused before a byte of the body is read) or only found while streaming
(chunked transfer), on any route; bodies within the limit pass through unchanged."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from reelwire.web import create_app
from reelwire.web.limits import MAX_BODY_BYTES
from tests.web.helpers import TODAY
from tests.web.live import in_thread, raw_request
from tests.web.test_ingest_endpoint import AUTH, STORY, TOKEN


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    return create_app(f"sqlite:///{tmp_path_factory.mktemp('limits') / 'kb.db'}", today=TODAY, token=TOKEN)


@pytest.fixture(scope="module")
def server(app):
    with in_thread(app) as base:
        yield base


def over_limit() -> bytes:
    return json.dumps({"text": "a" * MAX_BODY_BYTES}).encode()


@pytest.mark.parametrize("path", ["/api/articles", "/api/films", "/", "/static/style.css", "/no/such/route"])
def test_a_declared_body_over_the_limit_is_refused(app, path):
    with TestClient(app) as client:
        response = client.post(path, content=over_limit(), headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == 413
    assert "request too large" in response.json()["detail"]


def test_a_streamed_body_over_the_limit_is_refused(app):
    def chunks():
        for _ in range(40):
            yield b"x" * 65536  # 2.5 MB in chunks, no Content-Length

    with TestClient(app) as client:
        response = client.post("/api/articles", content=chunks(), headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == 413


def test_a_streamed_body_within_the_limit_reaches_the_app(app):
    body = json.dumps({"title": "not json", "text": 7}).encode()

    with TestClient(app) as client:
        response = client.post("/api/articles", content=iter([body[:10], body[10:]]), headers=AUTH)
    assert response.status_code == 422  # read whole and validated: `text` is not a string


def test_a_body_at_the_limit_is_not_refused_for_its_size(app):
    body = json.dumps({"text": "a" * (MAX_BODY_BYTES - 20)}).encode()
    assert len(body) <= MAX_BODY_BYTES
    with TestClient(app) as client:
        response = client.post("/api/articles", content=body, headers=AUTH)
    assert response.status_code == 422 and "text" in response.text  # too long an article, not too large a request


def test_the_server_refuses_a_huge_declared_body_without_waiting_for_it(server):
    # Only the head is sent: were the body awaited, this would time out instead of answering.
    status, answer = raw_request(server, "POST /api/articles HTTP/1.1\nHost: x\nContent-Type: application/json\n"
                                         f"Authorization: Bearer {TOKEN}\nContent-Length: 1073741824", timeout=10)
    assert status == 413, answer


def test_the_server_refuses_a_chunked_body_that_grows_past_the_limit(server):
    chunk = b"10000\r\n" + b"x" * 0x10000 + b"\r\n"
    status, answer = raw_request(server, "POST /api/articles HTTP/1.1\nHost: x\nContent-Type: application/json\n"
                                         f"Authorization: Bearer {TOKEN}\nTransfer-Encoding: chunked",
                                 body=chunk * 20, timeout=10)
    assert status == 413, answer


def test_a_malformed_length_is_a_bad_request(server):
    status, _ = raw_request(server, "POST /api/articles HTTP/1.1\nHost: x\nContent-Length: ten")
    assert status == 400


def test_a_normal_article_still_goes_through(server):
    import httpx

    response = httpx.post(server + "/api/articles", json=STORY, headers=AUTH, timeout=60)
    assert response.status_code in (200, 201), response.text


LONG = " ".join(["harbor"] * 100)  # 699 characters: over MAX_QUERY_CHARS (a 60,000-character query took 15 s)


@pytest.mark.parametrize("path, param", [("/api/search", "q"), ("/api/films", "name"), ("/api/people", "name"),
                                         ("/api/facts", "subject")])
def test_a_search_text_over_the_limit_is_refused(client, path, param):
    response = client.get(path, params={param: LONG})
    assert response.status_code == 422 and "500" in response.text


def test_the_search_page_refuses_a_text_over_the_limit(client):
    response = client.get("/search", params={"q": LONG})
    assert response.status_code == 400 and "search text too long" in response.text


def test_a_search_text_at_the_limit_is_answered(client):
    from reelwire.web.api import MAX_QUERY_CHARS

    q = ("harbor " * 100)[:MAX_QUERY_CHARS]
    assert client.get("/api/search", params={"q": q}).status_code == 200
    assert client.get("/search", params={"q": q}).status_code == 200


def test_an_oversized_header_is_refused_by_the_server(server):
    status, _ = raw_request(server, "GET / HTTP/1.1\nHost: x\nX-Big: " + "a" * 200_000)
    assert status == 400
