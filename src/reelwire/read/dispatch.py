"""Dispatch by file type, walk directories, and turn every failure into a ReadError value.

`iter_articles` yields Articles and ReadErrors in one stream so that a batch can report a bad
file and go on; nothing here raises for a bad input.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from reelwire.errors import ReadError
from reelwire.model import Article
from reelwire.read.feed import parse_feed
from reelwire.read.html import parse_html
from reelwire.read.jsonlines import parse_jsonl
from reelwire.read.markdown import parse_markdown
from reelwire.read.textfile import parse_text

#: Files in a directory walk that are not articles and are skipped silently.
_SKIPPED_NAMES = {"index.tsv", "SOURCE.md", "README.md", ".DS_Store"}
_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".jsonl", ".ndjson", ".xml", ".rss", ".atom", ""}
MAX_BYTES = 20 * 1024 * 1024


def iter_articles(paths: Iterable[str | os.PathLike]) -> Iterator[Article | ReadError]:
    for path in paths:
        yield from _iter_path(Path(path))


def _iter_path(path: Path) -> Iterator[Article | ReadError]:
    if not path.exists():
        yield ReadError(str(path), "no such file or directory", "check the path")
        return
    if path.is_dir():
        try:
            entries = sorted(path.iterdir())
        except PermissionError:
            yield ReadError(str(path), "permission denied", "check the folder's permissions")
            return
        for entry in entries:
            if entry.name.startswith(".") or entry.name in _SKIPPED_NAMES:
                continue
            if entry.is_dir() or entry.suffix.lower() in _SUFFIXES:
                yield from _iter_path(entry)
        return
    try:
        yield from read_file(path)
    except ReadError as exc:
        yield exc


def read_file(path: Path) -> Iterator[Article | ReadError]:
    """Read one file; raises ReadError for a file that cannot be read at all."""
    source = str(path)
    try:
        data = path.read_bytes()
    except PermissionError:
        raise ReadError(source, "permission denied", "check the file's permissions") from None
    except OSError as exc:
        raise ReadError(source, f"cannot read ({exc.strerror})", "check the file") from None
    if len(data) > MAX_BYTES:
        raise ReadError(source, f"file too large ({len(data) // 1_048_576} MB > {MAX_BYTES // 1_048_576} MB)",
                        "split it into articles")
    if not data.strip():
        raise ReadError(source, "empty file", "remove it or give it text")
    if b"\x00" in data[:8192]:
        raise ReadError(source, "binary file, not text", "give reelwire text, Markdown, HTML, JSON Lines or a feed")
    raw = data.decode("utf-8", errors="replace")
    suffix = path.suffix.lower()
    head = raw.lstrip()[:400].lower()
    if suffix in {".jsonl", ".ndjson"}:
        yield from parse_jsonl(source, raw)
    elif suffix in {".rss", ".atom", ".xml"} or head.startswith("<?xml") and ("<rss" in head or "<feed" in head):
        yield from parse_feed(source, raw)
    elif suffix in {".html", ".htm"} or head.startswith("<!doctype html") or head.startswith("<html"):
        yield parse_html(source, raw)
    elif suffix in {".md", ".markdown"}:
        yield _non_empty(parse_markdown(source, raw))
    else:
        yield _non_empty(parse_text(source, raw))


def _non_empty(article: Article) -> Article:
    if not article.text.strip():
        raise ReadError(article.source, "no article text after the header", "give the article a body")
    return article
