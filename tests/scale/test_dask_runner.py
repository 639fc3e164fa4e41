"""The Dask engine stores exactly what the one-process ingest stores (a threaded LocalCluster)."""

from __future__ import annotations

import json

import pytest

from reelwire.ingest import ingest_stream
from reelwire.query import all_facts
from reelwire.read import iter_articles
from reelwire.scale.dask_runner import (dask_client, ingest_dask, iter_files, largest_first, partitions,
                                        plan_partitions)
from reelwire.store import open_kb
from tests.conftest import ARTICLES, FIXTURES, ROOT

INPUTS = [ARTICLES, FIXTURES / "kb", ROOT / "examples"]


def _facts(kb) -> list[str]:
    return sorted(json.dumps(f.as_prediction(), sort_keys=True, default=str) for f in all_facts(kb))


@pytest.fixture(scope="module")
def client():
    with dask_client(workers=2, processes=False) as c:
        yield c


@pytest.fixture(scope="module")
def single_process(tmp_path_factory):
    kb = open_kb(f"sqlite:///{tmp_path_factory.mktemp('single') / 'kb.db'}")
    summary = ingest_stream(kb, iter_articles(INPUTS))
    return summary, _facts(kb)


def test_dask_ingest_equals_single_process(db_url, client, single_process):
    expected_summary, expected_facts = single_process
    kb = open_kb(db_url)
    summary = ingest_dask(kb, INPUTS, client, files_per_partition=3)
    assert _facts(kb) == expected_facts and expected_facts
    assert (summary.articles, summary.claims, len(summary.errors)) == (
        expected_summary.articles, expected_summary.claims, len(expected_summary.errors))


def test_dask_reingest_adds_nothing(db_url, client):
    kb = open_kb(db_url)
    first = ingest_dask(kb, [ARTICLES], client, files_per_partition=2)
    again = ingest_dask(kb, [ARTICLES], client, files_per_partition=2)
    assert first.articles > 0
    assert (again.articles, again.claims, again.skipped) == (0, 0, first.articles)


def test_missing_path_is_reported_by_a_worker(sqlite_url, client, tmp_path):
    kb = open_kb(sqlite_url)
    summary = ingest_dask(kb, [tmp_path / "absent.txt", ARTICLES / "cast-as-in.txt"], client)
    assert summary.articles == 1
    assert len(summary.errors) == 1 and "absent.txt" in summary.errors[0]


def test_files_are_walked_in_reader_order():
    walked = [str(p) for p in iter_files([ARTICLES])]
    read = sorted({a.source.split(":")[0] for a in iter_articles([ARTICLES]) if hasattr(a, "text")})
    assert sorted(walked) == read


def test_partitions_are_bounded():
    parts = list(partitions([ARTICLES, FIXTURES / "kb"], files=3))
    assert all(1 <= len(p) <= 3 for p in parts)
    assert sum(len(p) for p in parts) == len(list(iter_files([ARTICLES, FIXTURES / "kb"])))


def test_a_few_hundred_small_files_give_every_worker_several_partitions(tmp_path):
    for i in range(100):
        (tmp_path / f"a{i:03d}.txt").write_text("The film Night Orchard opens in May. " * 100, encoding="utf-8")
    sizes = [len(p) for p in partitions([tmp_path])]
    assert sum(sizes) == 100 and len(sizes) >= 6  # not 64 + 36: two workers share them evenly


def _worker_settings() -> tuple:
    import os

    import dask

    return (os.environ.get("MALLOC_TRIM_THRESHOLD_"), os.environ.get("OMP_NUM_THREADS"),
            dask.config.get("distributed.worker.profile.enabled"), dask.config.get("distributed.admin.tick.interval"))


def test_local_cluster_workers_run_without_dashboard_diagnostics():
    """`--workers N` starts worker processes without the stack profiler and with slow monitors, and
    without Dask's aggressive malloc trimming (each cost the workers CPU in `make bench`)."""
    with dask_client(workers=1) as c:
        (settings,) = c.run(_worker_settings).values()
    assert settings == (None, "1", False, "500ms")


def test_largest_partitions_go_first_within_a_window():
    sized = [(["a"], 10), (["b"], 500), (["c"], 10), (["d"], 70), (["e"], 900), (["f"], 5)]
    assert list(largest_first(sized, window=3)) == [["b"], ["a"], ["c"], ["e"], ["d"], ["f"]]
    assert sorted(sum(largest_first(sized, window=100), [])) == list("abcdef")  # every partition, once


def _equal_files(folder, n: int, size: int = 1000) -> list[str]:
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text("x" * size, encoding="utf-8")
    return [str(p) for p in iter_files([folder])]


def test_partitions_are_full_until_the_end_of_the_input_then_shrink(tmp_path):
    walked = _equal_files(tmp_path, 100)
    parts = [p for p, _ in plan_partitions([tmp_path], workers=2, files=4, lookahead=20)]
    assert sum(parts, []) == walked  # every file once, in walk order
    sizes = [len(p) for p in parts]
    assert sizes[:20] == [4] * 20  # 80 files before the client sees the last one: full partitions
    tail = sizes[20:]
    assert tail == sorted(tail, reverse=True) and tail[-1] == 1 and len(tail) > 20 / 4


def test_more_workers_get_smaller_partitions_at_the_end(tmp_path):
    _equal_files(tmp_path, 60, size=3500)
    two = [len(p) for p, _ in plan_partitions([tmp_path], workers=2)]
    four = [len(p) for p, _ in plan_partitions([tmp_path], workers=4)]
    assert (two[0], four[0]) == (15, 8)  # a quarter, an eighth of the bytes left
    assert len(two) < 60 / 4 and len(four) > len(two)  # far fewer tasks than one a file
    assert sum(two) == sum(four) == 60


def test_a_partition_holds_its_bytes(tmp_path):
    _equal_files(tmp_path, 10, size=700)
    assert [(len(p), n) for p, n in plan_partitions([tmp_path], workers=1, files=16, size=2000)][:2] == [(3, 2100), (3, 2100)]
