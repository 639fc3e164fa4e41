"""The multi-article fixtures (tests/fixtures/kb), analysed once and stored in each test's database."""

from __future__ import annotations

import pytest

from reelwire.process import process_articles
from reelwire.read import iter_articles
from reelwire.store import open_kb
from tests.conftest import FIXTURES

KB_ARTICLES = FIXTURES / "kb"


@pytest.fixture(scope="session")
def processed():
    articles = sorted(iter_articles([KB_ARTICLES]), key=lambda a: a.name)
    return process_articles(articles)


@pytest.fixture
def kb(db_url, processed):
    kb = open_kb(db_url)
    for done in processed:
        kb.add(done)
    yield kb
    kb.engine.dispose()
