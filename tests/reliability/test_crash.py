"""Crash safety: SIGKILL an ingest part-way through a folder (or interrupt it with Ctrl-C, SIGINT),
restart it, lose nothing, double nothing."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import time

import pytest

from tests.reliability.cli import command, environment, lines, run, summary
from tests.reliability.generate import write_articles

COUNT = 300  # the rest of the ingest after the signal must outlast a loaded machine's delay in sending it
#: Kill once more than one batch of articles (ingest.BATCH is 32) has been committed.
KILL_AFTER = 33


def _ids(db) -> set[str]:
    with sqlite3.connect(db, timeout=10) as conn:
        return {row[0] for row in conn.execute("SELECT id FROM article")}


def _committed(db) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10) as conn:
            return conn.execute("SELECT count(*) FROM article").fetchone()[0]
    except sqlite3.OperationalError:  # the file or the table does not exist yet
        return 0


def _check(db) -> dict[str, int]:
    """Integrity, atomicity (every stored article has its claims) and no duplicate claim; claims per article."""
    with sqlite3.connect(db, timeout=10) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        dupes = conn.execute("SELECT article_id, fingerprint FROM claim GROUP BY article_id, fingerprint "
                             "HAVING count(*) > 1").fetchall()
        assert dupes == []
        per_article = dict(conn.execute("SELECT a.id, count(c.id) FROM article a LEFT JOIN claim c "
                                        "ON c.article_id = a.id GROUP BY a.id").fetchall())
        sources = conn.execute("SELECT count(*), count(DISTINCT source) FROM article").fetchone()
    assert sources[0] == sources[1]
    assert all(n > 0 for n in per_article.values()), "an article was stored without its claims"
    return per_article


@pytest.mark.parametrize("signum, returncode", [(signal.SIGKILL, -signal.SIGKILL), (signal.SIGINT, 130)],
                         ids=["SIGKILL", "SIGINT"])
def test_stopped_part_way_then_rerun_completes_without_loss_or_duplicates(tmp_path, signum, returncode):
    folder = tmp_path / "news"
    write_articles(folder, COUNT)
    db = tmp_path / "kb.db"
    proc = subprocess.Popen(command(db, "ingest", str(folder)), env=environment(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while _committed(db) < KILL_AFTER:
            assert proc.poll() is None, "the ingest ended before it could be killed; raise COUNT"
            assert time.monotonic() < deadline, "no articles committed in 300 s"
            time.sleep(0.01)
        before = _ids(db)
        proc.send_signal(signum)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == returncode
    after_kill = _check(db)
    assert before <= set(after_kill) and KILL_AFTER <= len(after_kill) < COUNT

    rerun = run(db, "ingest", str(folder))
    assert rerun.returncode == 0, rerun.stderr
    final = _check(db)
    assert len(final) == COUNT
    assert {k: final[k] for k in after_kill} == after_kill, "the rerun changed articles stored before the kill"
    counts = summary(lines(rerun.stderr)[-1])
    assert counts and (counts["new"], counts["stored"]) == (COUNT - len(after_kill), len(after_kill)), rerun.stderr
