"""Dispatch by file type, walk directories, and turn every failure into a value in the stream.

`iter_articles` yields Articles and ReadErrors (and, when asked, ReadWarnings) in one stream so
that a batch can report a bad file and go on; nothing here raises for a bad input. The limits
below bound the memory and time one input can take; docs/reliability.md explains them.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from reelwire.errors import ReadError
from reelwire.model import Article
from reelwire.read.checks import check_article
from reelwire.read.decode import decode
from reelwire.read.feed import parse_feed
from reelwire.read.html import parse_html
from reelwire.read.jsonlines import MAX_LINE_BYTES, parse_jsonl_lines
from reelwire.read.markdown import parse_markdown
from reelwire.read.notices import ReadWarning
from reelwire.read.textfile import parse_text

Item = Article | ReadError | ReadWarning

#: Files in a directory walk that are not articles and are skipped silently.
_SKIPPED_NAMES = {"index.tsv", "SOURCE.md", "README.md", ".DS_Store"}
_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".jsonl", ".ndjson", ".xml", ".rss", ".atom", ""}
_MIB = 1_048_576
#: The largest file read whole, by format. JSON Lines files are streamed and have no file limit.
MAX_BYTES = {"text": 1 * _MIB, "markdown": 1 * _MIB, "html": 5 * _MIB, "feed": 20 * _MIB}
_HEAD_BYTES = 4096


def iter_articles(paths: Iterable[str | os.PathLike], *, warnings: bool = False) -> Iterator[Item]:
    """Articles and ReadErrors for `paths` (files or folders, walked recursively, in name order).

    With `warnings=True` the stream also holds ReadWarnings. Without it, warnings about articles
    that are still yielded are dropped, and an article left out on purpose (not English) comes
    as a ReadError, so that a consumer that cannot report warnings never loses an input silently.
    """
    for found in walk(paths):
        for item in _guarded(found) if isinstance(found, Path) else (found,):
            if isinstance(item, ReadWarning) and not warnings:
                if item.skipped:
                    yield ReadError(item.source, item.reason, item.hint)
                continue
            yield item


def walk(paths: Iterable[str | os.PathLike]) -> Iterator[Path | ReadError | ReadWarning]:
    """Every regular file the readers read under `paths`, in reading order, and a ReadError (or
    ReadWarning) for each path that cannot be walked: missing, unreadable, a pipe, a link loop."""
    for path in paths:
        yield from _walk(Path(path), set())


def _walk(path: Path, seen: set[tuple[int, int]]) -> Iterator[Path | ReadError | ReadWarning]:
    try:
        info = path.stat()
    except FileNotFoundError:
        kind = "broken symbolic link" if path.is_symlink() else "no such file or directory"
        yield ReadError(str(path), kind, "check the path")
        return
    except PermissionError:
        yield ReadError(str(path), "permission denied", "check the permissions of the folders above it")
        return
    except OSError as exc:
        yield ReadError(str(path), f"cannot read ({exc.strerror or exc})", "check the path")
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk_dir(path, info, seen)
    elif not stat.S_ISREG(info.st_mode):
        yield ReadError(str(path), "not a regular file (a pipe, socket or device)", "give reelwire files or folders")
    else:
        yield path


def _walk_dir(path: Path, info: os.stat_result, seen: set[tuple[int, int]]) -> Iterator[Path | ReadError | ReadWarning]:
    key = (info.st_dev, info.st_ino)
    if key in seen:
        yield ReadWarning(str(path), "folder already read (a symbolic link loop or repeat); not read again")
        return
    seen.add(key)
    try:
        entries = sorted(path.iterdir())
    except PermissionError:
        yield ReadError(str(path), "permission denied", "check the folder's permissions")
        return
    except OSError as exc:
        yield ReadError(str(path), f"cannot list the folder ({exc.strerror or exc})", "check the folder")
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name in _SKIPPED_NAMES:
            continue
        try:
            is_dir = entry.is_dir()
        except OSError as exc:
            yield ReadError(str(entry), f"cannot read ({exc.strerror or exc})", "check the folder's permissions")
            continue
        if is_dir or entry.suffix.lower() in _SUFFIXES:
            yield from _walk(entry, seen)


def _guarded(path: Path) -> Iterator[Item]:
    """Read one file; any failure, even one reelwire did not foresee, becomes a ReadError value."""
    try:
        for item in read_file(path):
            if isinstance(item, Article):
                yield from check_article(item)
            else:
                yield item
    except ReadError as exc:
        yield exc
    except Exception as exc:  # a reader bug must cost one file, never the batch
        yield ReadError(str(path), f"could not be read ({exc.__class__.__name__}: {exc})",
                        "leave it out of the batch and report the problem with the file attached")


def read_file(path: Path, size: int | None = None) -> Iterator[Item]:
    """Read one file: Articles, a ReadError for each bad part, ReadWarnings. Raises ReadError when
    the file cannot be read at all."""
    source = str(path)
    try:
        if size is None:
            size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(_HEAD_BYTES)
            kind = _kind(path, head)
            if kind == "jsonl":
                yield from _read_jsonl(source, head, fh)
                return
            limit = MAX_BYTES[kind]
            if size > limit:
                raise ReadError(source, f"file too large for one {kind} article ({_mb(size)} > {_mb(limit)})",
                                "split it into articles, or give many articles as JSON Lines")
            data = head + fh.read(limit + 1 - len(head))
    except PermissionError:
        raise ReadError(source, "permission denied", "check the file's permissions") from None
    except IsADirectoryError:
        raise ReadError(source, "is a folder", "give the folder itself") from None
    except OSError as exc:
        raise ReadError(source, f"cannot read ({exc.strerror or exc})", "check the file") from None
    if len(data) > MAX_BYTES[kind]:
        raise ReadError(source, f"file grew past the {_mb(MAX_BYTES[kind])} limit while being read", "try again")
    if not data.strip():
        raise ReadError(source, "empty file", "remove it or give it text")
    raw, warnings = decode(data, source)
    if not raw.strip():
        raise ReadError(source, "empty file", "remove it or give it text")
    yield from warnings
    if kind == "feed":
        yield from parse_feed(source, raw)
    elif kind == "html":
        yield parse_html(source, raw)
    elif kind == "markdown":
        yield _non_empty(parse_markdown(source, raw))
    else:
        yield _non_empty(parse_text(source, raw))


def _kind(path: Path, head: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        return "jsonl"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:400].lower()
    if suffix in {".rss", ".atom", ".xml"} or start.startswith(b"<?xml") and (b"<rss" in start or b"<feed" in start):
        return "feed"
    if suffix in {".html", ".htm"} or start.startswith(b"<!doctype html") or start.startswith(b"<html"):
        return "html"
    if suffix in {".md", ".markdown"}:
        return "markdown"
    return "text"


def _read_jsonl(source: str, head: bytes, fh) -> Iterator[Item]:
    """Stream a JSON Lines file line by line: memory is bounded by the longest line allowed."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(source, "JSON Lines in UTF-16", "convert the file to UTF-8")
    if b"\x00" in head:
        raise ReadError(source, "binary file, not text", "give reelwire text, Markdown, HTML, JSON Lines or a feed")
    fh.seek(0)
    yield from parse_jsonl_lines(source, _bounded_lines(fh))


def _bounded_lines(fh) -> Iterator[bytes | None]:
    """Each line's bytes; None for a line longer than MAX_LINE_BYTES, which is skipped unread."""
    while True:
        line = fh.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES:
            while line and not line.endswith(b"\n"):
                line = fh.readline(MAX_LINE_BYTES)
            yield None
            continue
        yield line


def _non_empty(article: Article) -> Article:
    if not article.text.strip():
        raise ReadError(article.source, "no article text after the header", "give the article a body")
    return article


def _mb(size: int) -> str:
    return f"{size / _MIB:.1f} MB"
