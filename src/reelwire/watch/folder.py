"""A watched folder: files that are new or whose content changed since the last cycle.

A file's modification time and size are a cheap first check; only when they differ is the file
hashed, and only when the hash differs is it read again (a `touch` re-reads nothing). Files are
read with the ordinary readers (`iter_articles`), so every format `reelwire ingest` takes works.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from reelwire.errors import ReadError
from reelwire.read import iter_articles
from reelwire.watch.items import Candidate, Poll

#: File kinds the readers take (the same suffixes a folder walk of `reelwire ingest` reads).
SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".jsonl", ".ndjson", ".xml", ".rss", ".atom", ""}


def folder_candidates(folder: Path, known: dict[str, tuple[str | None, str | None]]) -> Poll:
    if not folder.is_dir():
        raise ReadError(str(folder), "not a folder (or it is gone)", "give an existing folder, a feed URL or a sitemap URL")
    poll = Poll()
    for path in _files(folder, poll):
        key = str(path)
        try:
            info = path.stat()
            stamp = f"{info.st_mtime_ns}:{info.st_size}"
            if known.get(key, (None, None))[1] == stamp:
                continue
            version = _hash(path)
        except OSError as exc:
            poll.warnings.append(f"{key}: cannot read ({exc.strerror or exc}); check the file's permissions")
            continue
        poll.candidates.append(Candidate(key, version, lambda p=path: list(iter_articles([p])), stamp))
    return poll


def _files(folder: Path, poll: Poll) -> Iterator[Path]:
    """Regular files under `folder` in name order; hidden files and folders are left out."""
    def report(exc: OSError) -> None:
        poll.warnings.append(f"{exc.filename}: cannot list ({exc.strerror or exc}); check the folder's permissions")

    for root, dirs, files in os.walk(folder, onerror=report):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            if not name.startswith(".") and path.suffix.lower() in SUFFIXES and path.is_file():
                yield path


def _hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
