"""Fixtures for the watch tests: a local news site, a local webhook receiver, a knowledge base."""

from __future__ import annotations

import pytest

from reelwire.store import open_kb
from reelwire.watch import FetchPolicy, WatchOptions, WatchState
from tests.watch.servers import receiver_server, site_server

#: Short timeouts and no pauses, so failing sources cost the tests little time.
FAST = WatchOptions(policy=FetchPolicy(timeout=1.0, attempts=2, pause=0.0))


@pytest.fixture
def site():
    server, site = site_server()
    yield site
    server.shutdown()
    server.server_close()


@pytest.fixture
def receiver():
    server, url, messages, status = receiver_server()
    yield url, messages, status
    server.shutdown()
    server.server_close()


@pytest.fixture
def kb(sqlite_url):
    kb = open_kb(sqlite_url)
    yield kb
    kb.engine.dispose()


@pytest.fixture
def state(kb):
    return WatchState(kb.engine)


@pytest.fixture
def any_kb(db_url):
    """A knowledge base on SQLite and on PostgreSQL: the watch tables must work on both."""
    kb = open_kb(db_url)
    yield kb
    kb.engine.dispose()


@pytest.fixture
def any_state(any_kb):
    return WatchState(any_kb.engine)
