"""Load check: N concurrent clients against `reelwire serve` on loopback for a bounded time.

Builds a knowledge base of generated articles (benchmarks/synth.py, through `reelwire ingest`)
unless --db names one, starts `reelwire serve` on a free port, and lets --clients asyncio
clients (httpx) request a mix of pages and API endpoints back to back for --seconds. Reports
requests per second, p50/p99/max latency and errors (any 5xx, any other non-200, any dropped
connection: zero expected), prints a small table and appends it to benchmarks/results-load.md.
Exits 1 when any request failed.

    .venv/bin/python benchmarks/load_check.py                 # 400 articles, 16 clients, 15 s
    .venv/bin/python benchmarks/load_check.py --clients 64 --seconds 30 --db sqlite:///reelwire.db
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
from synth import write_corpus  # noqa: E402

from tests.web.live import REELWIRE, serve  # noqa: E402

RESULTS = HERE / "results-load.md"
FIXED = ["/", "/films", "/people", "/calendar?from=2025-01-01", "/search?q=harbor", "/api/films?limit=50",
         "/api/people?limit=50", "/api/calendar?from=2025-01-01&limit=50", "/api/changes?since=2025-06-01&limit=50",
         "/api/search?q=director", "/api/facts?limit=50", "/calendar.ics"]


def build_kb(folder: Path, articles: int) -> str:
    url = f"sqlite:///{folder / 'load.db'}"
    write_corpus(folder / "corpus", articles)
    started = time.perf_counter()
    subprocess.run([REELWIRE, "--db", url, "ingest", str(folder / "corpus")], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(f"built a knowledge base of {articles} generated articles in {time.perf_counter() - started:.0f} s",
          file=sys.stderr)
    return url


def paths(base: str) -> list[str]:
    films = httpx.get(base + "/api/films?limit=200").json()["items"]
    people = httpx.get(base + "/api/people?limit=200").json()["items"]
    detail = [f"/films/{f['id']}" for f in films[:40]] + [f"/api/films/{f['id']}" for f in films[:40]]
    detail += [f"/people/{p['id']}" for p in people[:20]] + [f"/api/people/{p['id']}" for p in people[:20]]
    return FIXED + detail


def kind(path: str) -> str:
    """The route a path takes: ids become {id}, query strings are dropped."""
    return re.sub(r"/\d+", "/{id}", path.split("?")[0])


async def client(base: str, urls: list[str], until: float, seed: int, latencies: list[float], errors: Counter,
                 by_kind: dict[str, list[float]]) -> None:
    r = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        while time.perf_counter() < until:
            path = r.choice(urls)
            started = time.perf_counter()
            try:
                response = await http.get(path)
                await response.aread()
            except httpx.HTTPError as exc:
                errors[f"{exc.__class__.__name__}"] += 1
                continue
            latencies.append(time.perf_counter() - started)
            by_kind.setdefault(kind(path), []).append(latencies[-1])
            if response.status_code != 200:
                errors[f"HTTP {response.status_code}"] += 1


async def load(base: str, urls: list[str], clients: int, seconds: float):
    latencies: list[float] = []
    errors: Counter = Counter()
    by_kind: dict[str, list[float]] = {}
    started = time.perf_counter()
    await asyncio.gather(*(client(base, urls, started + seconds, i, latencies, errors, by_kind) for i in range(clients)))
    return latencies, errors, time.perf_counter() - started, by_kind


def slowest(by_kind: dict[str, list[float]], n: int = 5) -> str:
    rows = sorted(((statistics.median(v) * 1000, k, len(v)) for k, v in by_kind.items()), reverse=True)[:n]
    return "slowest routes (median ms, requests): " + ", ".join(f"{k} {m:.0f} ({c})" for m, k, c in rows)


def quantile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q * 100) - 1] if len(values) > 1 else values[0]


def table(row: dict) -> str:
    head = "| date (UTC) | commit | articles | clients | seconds | requests | req/s | p50 ms | p99 ms | max ms | errors |"
    line = "|" + "---|" * 11
    cells = (f"| {row['date']} | {row['commit']} | {row['articles']} | {row['clients']} | {row['seconds']:.1f} | "
             f"{row['requests']} | {row['rps']:.0f} | {row['p50']:.1f} | {row['p99']:.1f} | {row['max']:.1f} | "
             f"{row['errors']} |")
    return "\n".join([head, line, cells])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--articles", type=int, default=400, help="Generated articles (ignored with --db).")
    parser.add_argument("--db", help="Use this knowledge base instead of generating one.")
    parser.add_argument("--no-record", action="store_true", help=f"Do not append to {RESULTS.name}.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="reelwire-load-") as tmp:
        url = args.db or build_kb(Path(tmp), args.articles)
        with serve(url) as (base, server):  # the tests' helper: a free loopback port, stopped with SIGINT
            urls = paths(base)
            latencies, errors, elapsed, by_kind = asyncio.run(load(base, urls, args.clients, args.seconds))
            alive = server.poll() is None
    if not alive:
        errors["server died"] += 1
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=HERE).stdout.strip()
    row = {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M"), "commit": commit or "?",
           "articles": "db" if args.db else args.articles, "clients": args.clients, "seconds": elapsed,
           "requests": len(latencies), "rps": len(latencies) / elapsed,
           "p50": quantile(latencies, 0.50) * 1000 if latencies else 0.0,
           "p99": quantile(latencies, 0.99) * 1000 if latencies else 0.0,
           "max": max(latencies) * 1000 if latencies else 0.0,
           "errors": sum(errors.values())}
    out = table(row)
    print(out)
    print(slowest(by_kind))
    if errors:
        print("errors: " + ", ".join(f"{k} ×{v}" for k, v in errors.most_common()))
    if not args.no_record:
        new = not RESULTS.exists()
        with RESULTS.open("a", encoding="utf-8") as fh:
            if new:
                fh.write("# Load check: `reelwire serve` under concurrent clients\n\n"
                         "Written by `benchmarks/load_check.py` (`make bench`): generated articles ingested into "
                         "SQLite, one `reelwire serve` process on loopback, clients requesting a random mix of "
                         f"{len(FIXED)} list/search/calendar URLs and up to 120 film and person pages (HTML and "
                         "JSON) back to back. Errors are 5xx, other non-200s and dropped connections.\n\n")
            fh.write(f"{out}\n\nCPUs: {os.cpu_count()}; {sys.platform}; Python {sys.version.split()[0]}; {slowest(by_kind)}"
                     + (f"; errors: {dict(errors)}" if errors else "") + "\n\n")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
