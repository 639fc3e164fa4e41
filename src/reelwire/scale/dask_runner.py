"""Ingest on a Dask cluster: partitions of files are read, filtered, analysed and extracted on workers.

The client walks the input paths (names only, it reads nothing), cuts the files into partitions
and keeps at most a few partitions a worker in flight, so memory stays bounded however large the
corpus. Two rules keep the workers finishing together: within a window of partitions the largest
go first, so that a long article does not finish a run alone, and at the end of the input the
partitions shrink, so that the last ones are small. Writes go in batches:

- PostgreSQL: each worker opens the knowledge base once (one engine, one connection at a time)
  and writes its own articles; concurrent writers that race on a new entity retry the article.
- SQLite (one file, one writer): workers send processed articles back and the client writes them.

The stages are the same functions the one-process ingest calls (`process_articles`,
`KnowledgeBase.add`), so both engines store the same claims.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from reelwire.errors import ConfigError, ReadError
from reelwire.ingest import BATCH, IngestSummary, batches, store_processed
from reelwire.process import Processed, process_articles
from reelwire.read import iter_articles, walk
from reelwire.store.kb import KnowledgeBase, open_kb

__all__ = ["dask_client", "ingest_dask", "iter_files", "largest_first", "partitions", "plan_partitions"]

#: A partition closes at this many files or this many bytes, whichever comes first: small enough that
#: a corpus of a few hundred articles gives every worker several partitions (with 64 files a partition,
#: 100 one-article files made partitions of 64 and 36, and two workers could not share them evenly),
#: large enough that a partition's work (~0.1-1 s) dwarfs Dask's few milliseconds per task.
FILES_PER_PARTITION = 16
BYTES_PER_PARTITION = 512 * 1024
#: How partitions shrink at the end of the input: once the client has seen the last file, each
#: partition takes at most 1/(TAIL_SHARES x workers) of the bytes still to hand out (see `plan_partitions`).
TAIL_SHARES = 2
#: Files the client knows ahead of the partition it cuts (names and sizes only): the shrinking tail
#: covers this many files at most, and before the last of them partitions are full.
LOOKAHEAD_FILES = 4096
#: Partitions the client orders by size at a time (see `largest_first`): file names only, so a few
#: thousand files' worth costs nothing, and it covers a whole corpus of the size `make bench` uses.
LARGEST_FIRST_WINDOW = 256
#: Partitions in flight per worker: enough to keep workers busy, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 2
#: Attempts at writing one article when concurrent writers race on the same new entity.
WRITE_ATTEMPTS = 5
#: Dask settings for the local cluster `--workers N` starts. It has no dashboard, so the diagnostics
#: that feed one only cost CPU the workers need: by default each worker samples its own stack every
#: 10 ms (the profiler) and polls memory, system load and its event loop 2-50 times a second. An idle
#: two-worker cluster used 0.13 of a core with the defaults and 0.02 with these; memory limits still
#: hold (checked once a second instead of ten times). Dask also starts workers with glibc told to hand
#: freed memory back above 64 KiB (MALLOC_TRIM_THRESHOLD_): spaCy allocates and frees large buffers per
#: batch, and that setting made 5.6x the page faults and ~8 % more CPU on the same 600 articles; the
#: one-thread settings for numerical libraries stay. A cluster behind `--scheduler` keeps its own settings.
LOCAL_CLUSTER_CONFIG = {
    "distributed.nanny.pre-spawn-environ": {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1},
    "distributed.worker.profile.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.tick.interval": "500ms",
}


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Every file the readers would read under `paths`, in the order `iter_articles` reads them
    (the readers' own `walk`: each file of a link loop once). A path that cannot be walked is
    passed on as it is, so that a worker reports it as a ReadError."""
    for found in walk(paths):
        if isinstance(found, Path):
            yield found
        elif isinstance(found, ReadError):
            yield Path(found.source)


def partitions(paths: Iterable[str | os.PathLike], files: int = FILES_PER_PARTITION,
               size: int = BYTES_PER_PARTITION, workers: int = 1) -> Iterator[list[str]]:
    """The files under `paths` in walk order, cut into lists of at most `files` files or about `size`
    bytes, shrinking at the end for `workers` workers (`plan_partitions`)."""
    for part, _ in plan_partitions(paths, workers, files, size):
        yield part


def plan_partitions(paths: Iterable[str | os.PathLike], workers: int = 1, files: int = FILES_PER_PARTITION,
                    size: int = BYTES_PER_PARTITION, lookahead: int = LOOKAHEAD_FILES) -> Iterator[tuple[list[str], int]]:
    """Partitions of the files under `paths` (with their bytes), in walk order: full ones (`files`
    files or about `size` bytes) while more input follows, then, over the last files, partitions of
    at most 1/(TAIL_SHARES x `workers`) of the bytes left.

    Why: a partition costs the scheduler and the client a few milliseconds whatever its size, and a
    run ends when its last partition does. Full partitions keep that cost small; small ones at the end
    let every worker finish at about the same time (guided self-scheduling, with bytes standing in for
    work). 60 files of ten short articles on two workers: one-file partitions cost the client and the
    scheduler ~5 ms of CPU each, 0.3 s the workers needed; four full ones (16, 16, 16, 12 files) leave
    one worker idle at the end; this plan gives 11, of 16 files down to one (`make bench` (b): 1.72x
    -> 1.86x, and 147 -> 171 articles/s on one worker: fewer transactions too).
    """
    source = _sized_files(paths)
    ahead: deque[tuple[str, int]] = deque()
    ahead_bytes = 0
    ended = False
    lookahead = max(lookahead, files)
    while True:
        while not ended and len(ahead) < lookahead:
            item = next(source, None)
            if item is None:
                ended = True
            else:
                ahead.append(item)
                ahead_bytes += item[1]
        if not ahead:
            return
        target = size if not ended else min(size, math.ceil(ahead_bytes / (TAIL_SHARES * max(1, workers))))
        part: list[str] = []
        total = 0
        while ahead and len(part) < files and (not part or total < target):
            path, n = ahead.popleft()
            ahead_bytes -= n
            part.append(path)
            total += n
        yield part, total


def _sized_files(paths) -> Iterator[tuple[str, int]]:
    for path in iter_files(paths):
        try:
            n = path.stat().st_size
        except OSError:
            n = 0
        yield str(path), n


def largest_first(sized: Iterable[tuple[list[str], int]], window: int = LARGEST_FIRST_WINDOW) -> Iterator[list[str]]:
    """Partitions in windows of `window`, each window's largest (in bytes) first.

    Why: a run ends when its last partition does, and news is heavy-tailed (one long feature takes
    as long as fifty briefs). Started last, a large partition keeps one worker busy while the others
    idle; started first, the small ones fill in around it (longest-processing-time-first scheduling,
    with bytes standing in for time). The window bounds what the client holds to file names."""
    buffer: list[tuple[list[str], int]] = []
    for item in sized:
        buffer.append(item)
        if len(buffer) >= window:
            yield from _by_size(buffer)
            buffer = []
    yield from _by_size(buffer)


def _by_size(buffer: list[tuple[list[str], int]]) -> Iterator[list[str]]:
    for part, _ in sorted(buffer, key=lambda item: -item[1]):  # stable: equal sizes keep walk order
        yield part


@dataclass
class PartitionResult:
    summary: IngestSummary
    read: int
    processed: list[Processed] | None  # for the client to write (SQLite); None when the worker wrote


# --- on the worker -------------------------------------------------------------------------

_KBS: dict[str, KnowledgeBase] = {}
_LOCK = threading.Lock()  # one parse at a time in a worker process (threaded test clusters share spaCy)


def _worker_kb(url: str) -> KnowledgeBase:
    with _LOCK:
        if url not in _KBS:
            _KBS[url] = open_kb(url)
        return _KBS[url]


def _add_with_retry(kb: KnowledgeBase, done: list[Processed], summary: IngestSummary) -> None:
    """Write a batch in one transaction (one turn of the writer lock, one commit, not one per article)."""
    from sqlalchemy.exc import IntegrityError, OperationalError

    for attempt in range(WRITE_ATTEMPTS):
        counted = IngestSummary()
        try:
            store_processed(kb, done, counted)
        except (IntegrityError, OperationalError):  # a race on a new entity, or a deadlock: try again
            if attempt == WRITE_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
            continue
        summary.merge(counted)
        return


def run_partition(files: list[str], model: str | None, db_url: str | None, batch_size: int = BATCH,
                  filter_relevance: bool = True) -> PartitionResult:
    """Read → filter → analyse → extract one partition; write it when `db_url` is given."""
    summary = IngestSummary()
    read = 0
    kept: list[Processed] | None = None if db_url else []
    kb = _worker_kb(db_url) if db_url else None

    def count(_source: str) -> None:
        nonlocal read
        read += 1

    for batch in batches(iter_articles(files), summary, batch_size, count):
        if kb is not None:
            stored = kb.stored_ids(a.id for a in batch)
            fresh = [a for a in batch if a.id not in stored]
            summary.skipped += len(batch) - len(fresh)
            batch = fresh
        with _LOCK:
            done = process_articles(batch, model=model, batch_size=batch_size, filter_relevance=filter_relevance)
        if kb is not None:
            _add_with_retry(kb, done, summary)
        else:
            kept.extend(done)
    return PartitionResult(summary, read, kept)


# --- on the client -------------------------------------------------------------------------

@contextmanager
def dask_client(scheduler: str | None = None, workers: int | None = None, processes: bool = True):
    """A Dask client: to the scheduler at `scheduler`, or to a local cluster of `workers` processes."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - dask is a dependency
        raise ConfigError(f"Dask is not installed ({exc}); install reelwire with its dependencies") from None
    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except OSError as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler} ({exc}); "
                              "start one with `dask scheduler` or use --workers N") from None
        try:
            yield client
        finally:
            client.close()
        return
    import dask

    n = workers or os.cpu_count() or 1
    with dask.config.set(LOCAL_CLUSTER_CONFIG), \
            LocalCluster(n_workers=n, threads_per_worker=1, processes=processes, dashboard_address=None,
                         # no dashboard, but the scheduler still serves health routes over HTTP: on a free
                         # loopback port, not on 8787 of every interface (two ingests at once warned)
                         scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}) as cluster, \
            Client(cluster) as client:
        yield client


def _url(kb: KnowledgeBase) -> str | None:
    """The URL workers write through, or None when the client writes (SQLite: one writer)."""
    if kb.engine.dialect.name == "sqlite":
        return None
    return kb.engine.url.render_as_string(hide_password=False)


def ingest_dask(kb: KnowledgeBase, paths: Iterable[str | os.PathLike], client, model: str | None = None,
                on_items: Callable[[int], None] | None = None, batch_size: int = BATCH,
                filter_relevance: bool = True, files_per_partition: int = FILES_PER_PARTITION) -> IngestSummary:
    """Ingest `paths` on the cluster behind `client`; the summary adds up every partition's."""
    from dask.distributed import as_completed

    url = _url(kb)
    n_workers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})) or 1)
    limit = IN_FLIGHT_PER_WORKER * n_workers
    parts = largest_first(plan_partitions(paths, n_workers, files_per_partition, BYTES_PER_PARTITION))
    summary = IngestSummary()

    def submit(files: list[str]):
        return client.submit(run_partition, files, model, url, batch_size, filter_relevance, pure=False)

    # `loop=`: as_completed otherwise waits on the loop of the process's *default* client, the last
    # one made, and with two clients in a process the futures of the other one arrive late (a lone
    # worker sat idle a fifth of the time between its tasks).
    queue = as_completed([submit(p) for _, p in zip(range(limit), parts)], loop=client.loop)
    for future in queue:
        following = next(parts, None)  # keep the workers busy while the client writes
        if following is not None:
            queue.add(submit(following))
        result: PartitionResult = future.result()
        future.release()
        summary.merge(result.summary)
        if result.processed is not None:
            store_processed(kb, result.processed, summary)
        if on_items is not None:
            on_items(result.read)
    return summary
