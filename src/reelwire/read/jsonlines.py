"""JSON Lines: one article an object with `text`, `title`, `published`, `url`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from reelwire.errors import ReadError
from reelwire.model import Article
from reelwire.read.dates import parse_date
from reelwire.read.decode import without_surrogates
from reelwire.read.notices import ReadWarning

#: The longest line read; a longer one is skipped without being held in memory.
MAX_LINE_BYTES = 4 * 1_048_576
_OPTIONAL = ("title", "url", "outlet")


def parse_jsonl(source: str, raw: str) -> Iterator[Article | ReadError | ReadWarning]:
    """Yield each good line's article and a ReadError for each bad line; one bad line spoils nothing else."""
    # Split on newlines only: JSON strings may hold U+2028 and other characters str.splitlines splits on.
    yield from _parse(source, enumerate(raw.removeprefix("\ufeff").split("\n"), start=1))


def parse_jsonl_lines(source: str, lines: Iterable[bytes | None]) -> Iterator[Article | ReadError | ReadWarning]:
    """The same from a file's lines as bytes (None for a line too long to read)."""
    def decoded():
        for number, line in enumerate(lines, start=1):
            if line is None:
                yield number, None
                continue
            if number == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            try:
                yield number, line.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield number, ReadWarning(f"{source}:{number}", f"invalid UTF-8 (first bad byte at column {exc.start}); "
                                                                "characters replaced with U+FFFD",
                                          "convert the file to UTF-8 to keep every character")
                yield number, line.decode("utf-8", errors="replace")

    yield from _parse(source, decoded())


def _parse(source: str, lines: Iterable[tuple[int, str | ReadWarning | None]]) -> Iterator[Article | ReadError | ReadWarning]:
    seen_any = False
    for number, line in lines:
        where = f"{source}:{number}"
        if isinstance(line, ReadWarning):
            yield line
            continue
        if line is None:
            seen_any = True
            yield ReadError(where, f"line longer than {MAX_LINE_BYTES // 1_048_576} MB", "split it into articles")
            continue
        if not line.strip():
            continue
        seen_any = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(where, f"not valid JSON ({exc.msg})", "fix or remove the line")
            continue
        except RecursionError:
            yield ReadError(where, "not valid JSON (nested too deeply)", "fix or remove the line")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            yield ReadError(where, "no `text` field", "give each line a non-empty `text`")
            continue
        text = without_surrogates(record["text"])
        if text != record["text"]:
            yield ReadWarning(where, "`text` holds escaped lone surrogates or NULs; replaced with U+FFFD or dropped",
                              "fix the escapes")
        try:
            published = parse_date(record.get("published") or record.get("date"), where)
        except ReadError as exc:
            yield exc
            continue
        fields = {}
        for name in _OPTIONAL:
            value = record.get(name)
            if value is None or isinstance(value, str):
                fields[name] = without_surrogates(value) if value else None
            else:
                yield ReadWarning(where, f"`{name}` is not a string; ignored", f"give `{name}` as a string")
                fields[name] = None
        yield Article(source=fields["url"] or where, text=text, title=fields["title"],
                      published=published, url=fields["url"], outlet=fields["outlet"])
    if not seen_any:
        yield ReadError(source, "empty file", "remove it or give it text")
