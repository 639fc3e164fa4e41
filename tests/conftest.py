"""Shared fixtures: real databases (SQLite files and the PostgreSQL server), the shared folder."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTICLES = FIXTURES / "articles"
SHARED = Path(os.environ.get("REELWIRE_SHARED", ROOT.parent / "shared"))
POSTGRES_URL = os.environ.get("REELWIRE_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a clean skip where the folder is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: this test reads the shared evaluation data")
    return path


def _postgres_schema_url():
    """A URL whose connections use a fresh schema of the test database, and a function that drops it."""
    try:
        import sqlalchemy as sa

        engine = sa.create_engine(POSTGRES_URL)
        schema = "t_" + uuid.uuid4().hex[:12]
        with engine.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # the server is not there: skip, with the reason
        pytest.skip(f"PostgreSQL at {POSTGRES_URL} is not reachable ({exc.__class__.__name__})")

    def drop():
        with engine.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()

    sep = "&" if "?" in POSTGRES_URL else "?"
    return f"{POSTGRES_URL}{sep}options=-csearch_path%3D{schema}", drop


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'kb.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """Each store test runs against a SQLite file and against PostgreSQL (its own schema)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'kb.db'}"
        return
    url, drop = _postgres_schema_url()
    yield url
    drop()
