"""Every engine walks folders the way the readers do: each file once, loops and failures reported."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reelwire.read import walk
from tests.reliability.faults import GOOD, write_good


@pytest.fixture
def looped(tmp_path):
    write_good(tmp_path / "news")
    os.symlink(tmp_path / "news", tmp_path / "news" / "loop")
    return tmp_path


def test_the_readers_walk_reads_each_file_of_a_symlink_loop_once(looped):
    files = [f for f in walk([looped]) if isinstance(f, Path)]
    assert len(files) == len(GOOD)


def test_the_dask_partitioner_reads_each_file_of_a_symlink_loop_once(looped):
    from reelwire.scale.dask_runner import iter_files

    files = list(iter_files([looped]))
    assert len(files) == len(GOOD)
