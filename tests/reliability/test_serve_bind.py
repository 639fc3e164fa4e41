"""`reelwire serve` binds 127.0.0.1 unless told otherwise (checked in the kernel's socket table,
not in the log), and `--token` (or REELWIRE_TOKEN) switches the ingest endpoint on end to end."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from reelwire.store import open_kb
from tests.web.live import serve
from tests.web.test_ingest_endpoint import STORY

TOKEN = "bind-test-token"


def listening(port: int) -> set[str]:
    """The local addresses with a TCP socket listening on `port` (IPv4 and IPv6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        path = Path(table)
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, port_hex = local.split(":")
            if state == "0A" and int(port_hex, 16) == port:  # 0A: LISTEN
                found.add(address)
    return found


@pytest.fixture
def url(tmp_path):
    if not Path("/proc/net/tcp").exists():
        pytest.skip("no /proc/net/tcp on this system")
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    open_kb(url).engine.dispose()  # an existing (empty) knowledge base: serve without a token reads, never creates
    return url


def test_serve_listens_on_loopback_only_by_default(url):
    with serve(url) as (base, _):
        port = int(base.rsplit(":", 1)[1])
        assert listening(port) == {"0100007F"}  # 127.0.0.1, and nothing else
        assert httpx.post(base + "/api/articles", json=STORY).status_code in (404, 405)


def test_serve_binds_where_it_is_told(url):
    with serve(url, "--host", "0.0.0.0") as (base, _):
        assert listening(int(base.rsplit(":", 1)[1])) == {"00000000"}


@pytest.mark.parametrize("how", ["flag", "env"])
def test_the_token_turns_the_ingest_endpoint_on(url, how):
    args, env = (["--token", TOKEN], None) if how == "flag" else ([], {"REELWIRE_TOKEN": TOKEN})
    with serve(url, *args, env=env) as (base, _):
        assert httpx.post(base + "/api/articles", json=STORY).status_code == 401
        assert httpx.post(base + "/api/articles", json=STORY, headers={"Authorization": "Bearer nope"}).status_code == 403
        ok = httpx.post(base + "/api/articles", json=STORY, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=120)
        assert ok.status_code == 201, ok.text
        assert "Harbor Lights" in {f["name"] for f in httpx.get(base + "/api/films").json()["items"]}
