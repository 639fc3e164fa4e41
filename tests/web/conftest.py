"""Fixtures for the web tests: one knowledge base of the invented articles per session."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from reelwire.web import create_app
from tests.web.helpers import TODAY, build, build_hostile


@pytest.fixture(scope="session")
def web_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'kb.db'}"
    build(url)
    return url


@pytest.fixture(scope="session")
def client(web_url):
    with TestClient(create_app(web_url, today=TODAY)) as c:
        yield c


@pytest.fixture(scope="session")
def hostile_client(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'kb.db'}"
    build_hostile(url)
    with TestClient(create_app(url, today=TODAY)) as c:
        yield c


@pytest.fixture
def ids(client) -> dict[str, int]:
    """Entity ids by name, as the API lists them."""
    out = {}
    for path in ("/api/films", "/api/people"):
        out.update({e["name"]: e["id"] for e in client.get(path, params={"limit": 200}).json()["items"]})
    return out


@pytest.fixture
def article_ids(client) -> dict[str, str]:
    rows = client.get("/api/facts", params={"limit": 200}).json()["items"]
    return {r["article"]: r["article_id"] for r in rows}
