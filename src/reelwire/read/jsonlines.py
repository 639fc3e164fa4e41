"""JSON Lines: one article an object with `text`, `title`, `published`, `url`."""

from __future__ import annotations

import json
from collections.abc import Iterator

from reelwire.errors import ReadError
from reelwire.model import Article
from reelwire.read.dates import parse_date


def parse_jsonl(source: str, raw: str) -> Iterator[Article | ReadError]:
    """Yield each good line's article and a ReadError for each bad line; one bad line spoils nothing else."""
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(where, f"not valid JSON ({exc.msg})", "fix or remove the line")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            yield ReadError(where, "no `text` field", "give each line a non-empty `text`")
            continue
        try:
            published = parse_date(record.get("published") or record.get("date"), where)
        except ReadError as exc:
            yield exc
            continue
        yield Article(
            source=record.get("url") or where, text=record["text"], title=record.get("title"),
            published=published, url=record.get("url"), outlet=record.get("outlet"),
        )
