"""One article the store refuses is reported with its file; the rest of its batch is stored."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import DataError, OperationalError

from reelwire.ingest import IngestSummary, store_processed
from reelwire.store import kb as kb_module
from reelwire.store import open_kb
from tests.store.helpers import article, fact


def _refusing(name: str, error: Exception):
    real = kb_module._store_claims

    def store_claims(conn, processed):
        if processed.article.source == name:
            raise error
        return real(conn, processed)
    return store_claims


def _batch():
    return [article("first.txt", "2024-01-01", fact("director", "Salt Flats", "Bo Reyes")),
            article("broken.txt", "2024-01-02", fact("director", "Dust Road", "Ada Finch")),
            article("third.txt", "2024-01-03", fact("studio", "Salt Flats", "Harbor Pictures"))]


def test_the_batch_goes_on_without_the_refused_article(db_url, monkeypatch):
    kb = open_kb(db_url)
    monkeypatch.setattr(kb_module, "_store_claims",
                        _refusing("broken.txt", DataError("INSERT", {}, Exception("value too long\\nDETAIL: ..."))))
    summary = IngestSummary()
    store_processed(kb, _batch(), summary)
    assert summary.articles == 2 and summary.claims == 2
    assert len(summary.errors) == 1 and summary.errors[0].startswith("broken.txt: could not be stored (DataError")
    stored = kb.stored_ids(p.article.id for p in _batch())
    assert stored == {_batch()[0].article.id, _batch()[2].article.id}


def test_a_database_that_cannot_be_written_stops_the_ingest(db_url, monkeypatch):
    kb = open_kb(db_url)
    monkeypatch.setattr(kb_module, "_store_claims",
                        _refusing("broken.txt", OperationalError("INSERT", {}, Exception("disk full"))))
    monkeypatch.setattr(kb_module.time, "sleep", lambda _s: None)  # add_many's retries, without waiting
    with pytest.raises(OperationalError):
        store_processed(kb, _batch(), IngestSummary())
    assert kb.stored_ids(p.article.id for p in _batch()) == set()  # the batch is one transaction
