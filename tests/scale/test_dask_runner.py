"""The Dask engine stores exactly what the one-process ingest stores (a threaded LocalCluster)."""

from __future__ import annotations

import json

import pytest

from reelwire.ingest import ingest_stream
from reelwire.query import all_facts
from reelwire.read import iter_articles
from reelwire.scale.dask_runner import dask_client, ingest_dask, iter_files, largest_first, partitions
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
