"""Folders and files without permission: reported by name, the rest of the batch ingested.

Root ignores permission bits through two capabilities, CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH.
When the tests run as root, the ingest runs as root without them (util-linux `setpriv` removes
them from the bounding set before exec), so chmod binds it like any user; without `setpriv`
these tests are skipped with that reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.reliability.cli import command, environment, lines, stored_sources, summary
from tests.reliability.faults import GOOD, write_good

_DROP = "-dac_override,-dac_read_search"


def _ingest(db: Path, *paths: Path) -> subprocess.CompletedProcess:
    argv = command(db, "ingest", *map(str, paths))
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root and util-linux setpriv is absent: permission bits cannot be made to bind")
        argv = [setpriv, f"--inh-caps={_DROP}", f"--bounding-set={_DROP}", "--", *argv]
    return subprocess.run(argv, capture_output=True, text=True, timeout=300, env=environment())


@pytest.fixture
def tree(tmp_path):
    news = tmp_path / "news"
    write_good(news)
    locked = news / "locked"
    write_good(locked)
    listable = news / "listable"
    listable.mkdir()
    (listable / "story.txt").write_text(" date 2025-01-03\nThe film Dusk, directed by Bo Lin, opens Friday.\n")
    secret = news / "secret.txt"
    secret.write_text(" date 2025-01-04\nThe film Dawn, directed by Cy Moe, opens Friday.\n")
    locked.chmod(0o000)     # neither listed nor entered
    listable.chmod(0o600)   # listed, but its entries cannot be looked at
    secret.chmod(0o000)
    yield {"locked": locked, "listable": listable, "secret": secret, "news": news}
    locked.chmod(0o755)
    listable.chmod(0o755)


def test_unreadable_folders_and_files_are_reported_and_the_rest_ingested(tree, tmp_path):
    result = _ingest(tmp_path / "kb.db", tree["news"])
    output = lines(result.stderr)
    assert result.returncode == 2, result.stderr
    assert any(f"{tree['locked']}: permission denied" in line for line in output), output
    assert any(f"{tree['listable'] / 'story.txt'}: " in line and "Permission denied" in line for line in output), output
    assert any(f"{tree['secret']}: permission denied" in line for line in output), output
    assert sorted(stored_sources(tmp_path / "kb.db")) == sorted(str(tree["news"] / name) for name in GOOD)
    counts = summary(output[-1])
    assert counts and counts["new"] == len(GOOD) and counts["errors"] == 3, output[-1]


def test_a_database_that_cannot_be_written_is_one_clear_error(tmp_path):
    news = tmp_path / "news"
    write_good(news)
    readonly = tmp_path / "readonly"
    readonly.mkdir()
    readonly.chmod(0o555)
    try:
        result = _ingest(readonly / "kb.db", news)
    finally:
        readonly.chmod(0o755)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "error:" in result.stderr and "cannot create the knowledge base" in result.stderr
