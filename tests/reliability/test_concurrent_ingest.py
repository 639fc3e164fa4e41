"""Two ingests of the same folder at once: the second writer of an article must find it stored,
not crash. Made deterministic by committing the article from another connection at the moment
the first one has checked that the article is absent and is about to insert it."""

from __future__ import annotations

import sqlite3

from sqlalchemy import event

from reelwire.model import Article
from reelwire.process import process_article
from reelwire.store import open_kb
from tests.reliability.faults import GOOD


def test_an_article_stored_by_another_ingest_meanwhile_is_already_stored(tmp_path):
    db = tmp_path / "kb.db"
    other = open_kb(f"sqlite:///{db}")
    mine = open_kb(f"sqlite:///{db}")
    processed = process_article(Article(source="race.txt", text=GOOD["good-casting.txt"]))
    fired = []

    @event.listens_for(mine.engine, "before_cursor_execute")
    def meanwhile(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("INSERT INTO ARTICLE") and not fired:
            fired.append(True)
            assert other.add(processed) is not None  # the other ingest commits the same article now

    assert mine.add(processed) is None
    assert fired
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM article").fetchone() == (1,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
