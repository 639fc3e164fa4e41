"""Writers on one PostgreSQL database at once still make one entity of one name (the writer lock)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from reelwire.store import open_kb
from reelwire.store.schema import entity
from tests.store.helpers import article, fact


def test_concurrent_writers_share_entities(db_url):
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite has one writer: ingest writes from one process")

    def write(i: int) -> int | None:
        kb = open_kb(db_url)
        try:
            return kb.add(article(f"a{i}", "2024-01-01", fact("cast_member", "Salt Flats", "Ada Finch"),
                                  fact("director", "Salt Flats", f"Director {i}")))
        finally:
            kb.engine.dispose()

    with ThreadPoolExecutor(6) as pool:
        assert list(pool.map(write, range(6))) == [2] * 6
    kb = open_kb(db_url)
    with kb.engine.connect() as conn:
        names = dict(conn.execute(select(entity.c.name, func.count()).group_by(entity.c.name)).all())
    assert names["Ada Finch"] == 1 and names["Salt Flats"] == 1  # a shared cast member: not a remake
