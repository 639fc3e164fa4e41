"""Run the reelwire CLI as a user does: a separate process, wide terminal, output captured."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def command(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-c", "from reelwire.cli import app; app()", "--db", f"sqlite:///{db}", *args]


def environment(**extra: str) -> dict[str, str]:
    env = dict(os.environ, COLUMNS="500", PYTHONPATH=str(ROOT / "src"), **extra)
    env.pop("REELWIRE_DB", None)
    return env


def run(db: Path, *args: str, timeout: float = 300, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command(db, *args), capture_output=True, text=True, timeout=timeout, env=environment(),
                          **kwargs)


def lines(output: str) -> list[str]:
    return [line.strip() for line in output.splitlines() if line.strip()]


def stored_sources(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT source FROM article ORDER BY source")]


_COUNTS = {"new": r"articles: (\d+) new", "stored": r"(\d+) already stored", "claims": r"claims: (\d+)",
           "errors": r"errors: (\d+)"}


def summary(line: str) -> dict[str, int] | None:
    """The counts of ingest's summary line (None when `line` is not one); other fields may be present."""
    import re

    if not line.startswith("articles: "):
        return None
    found = {key: re.search(pattern, line) for key, pattern in _COUNTS.items()}
    if not all(found.values()):
        return None
    return {key: int(match.group(1)) for key, match in found.items()}
