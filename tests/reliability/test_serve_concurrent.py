"""`reelwire serve` keeps answering while `reelwire ingest` writes: a real server subprocess and
a real ingest subprocess over one knowledge base (SQLite in WAL mode; PostgreSQL), with clients
polling pages and API endpoints from several threads the whole time, and the server's own
`POST /api/articles` writing too. No request may fail: no 5xx, no dropped connection."""

from __future__ import annotations

import subprocess
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.reliability.generate import write_articles
from tests.web.live import REELWIRE, serve

ARTICLES = 80
TOKEN = "concurrent-test-token"
PATHS = ["/", "/films", "/people", "/calendar?from=2025-01-01", "/search?q=thriller", "/search?q=Captain+Marsh",
         "/api/films?limit=200", "/api/people?limit=200", "/api/calendar?from=2025-01-01", "/api/changes?since=2025-01-01",
         "/api/search?q=captain", "/api/facts?limit=100", "/calendar.ics", "/api/films?name=Harbor"]


def posted(i: int) -> dict:
    return {"title": f"Posted {i}", "published": "2025-06-01",
            "text": f"Signal Tide {i + 2} opens in theaters on March {i + 1}, 2026, with Ada Quill as Captain Rook."}


class Poller:
    """Clients that fetch every path (and the film pages they find) in turns, recording failures."""

    def __init__(self, base: str):
        self.base = base
        self.failures: list[str] = []
        self.requests = 0
        self.film_counts: set[int] = set()
        self.lock = threading.Lock()

    def fetch(self, client: httpx.Client, path: str) -> httpx.Response | None:
        try:
            response = client.get(self.base + path, timeout=60)
        except httpx.HTTPError as exc:
            with self.lock:
                self.failures.append(f"{path}: {exc.__class__.__name__}: {exc}")
            return None
        with self.lock:
            self.requests += 1
            if response.status_code != 200:
                self.failures.append(f"{path}: {response.status_code} {response.text[:200]}")
        return response

    def round(self, client: httpx.Client) -> None:
        for path in PATHS:
            response = self.fetch(client, path)
            if response is not None and path == "/api/films?limit=200" and response.status_code == 200:
                films = response.json()["items"]
                with self.lock:
                    self.film_counts.add(len(films))
                for film in films[-2:]:
                    self.fetch(client, f"/films/{film['id']}")
                    self.fetch(client, f"/api/films/{film['id']}")

    def run_until(self, done: threading.Event) -> None:
        with httpx.Client() as client:
            while not done.is_set():
                self.round(client)
            self.round(client)


def test_serve_answers_while_an_ingest_writes(db_url, tmp_path):
    folder = tmp_path / "articles"
    write_articles(folder, ARTICLES)
    with serve(db_url, "--token", TOKEN, log=tmp_path / "serve.log") as (base, proc):
        poller = Poller(base)
        done = threading.Event()
        with ThreadPoolExecutor(4) as pool:
            polling = [pool.submit(poller.run_until, done) for _ in range(3)]
            ingest = subprocess.Popen([REELWIRE, "--db", db_url, "ingest", str(folder)], stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, text=True)
            # The server's own writer, while the ingest writes and the clients read.
            with httpx.Client() as client:
                posts = [client.post(base + "/api/articles", json=posted(i), timeout=120,
                                     headers={"Authorization": f"Bearer {TOKEN}"}) for i in range(3)]
            posted_during_ingest = ingest.poll() is None
            _, ingest_err = ingest.communicate(timeout=900)
            done.set()
            for future in polling:
                future.result()
        assert proc.poll() is None, "the server died"
        final = httpx.get(base + "/api/films?limit=200").json()["items"]
    log = (tmp_path / "serve.log").read_text(errors="replace")
    assert ingest.returncode == 0, ingest_err[-2000:]
    assert [p.status_code for p in posts] == [201, 201, 201], [p.text for p in posts]
    assert posted_during_ingest, "the ingest ended before the posts: make ARTICLES larger"
    assert poller.failures == [], poller.failures[:10]
    assert "Traceback" not in log and "Exception" not in log, log[-3000:]
    assert len(poller.film_counts) >= 3, f"the reads did not overlap the writes: {sorted(poller.film_counts)}"
    assert len(final) >= ARTICLES // 2 + 3 and len(final) == max(poller.film_counts)
    assert poller.requests > 3 * len(PATHS)
