"""RSS and Atom feeds read from a file: each entry's content (or summary) is an article."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from html import unescape

from reelwire.errors import ReadError
from reelwire.model import Article

_TAG = re.compile(r"<[^>]+>")


def parse_feed(source: str, raw: str) -> Iterator[Article | ReadError]:
    import feedparser

    try:
        parsed = feedparser.parse(raw)
    except Exception as exc:  # feedparser raises on some character references (&#xd800;)
        yield ReadError(source, f"malformed feed ({exc.__class__.__name__}: {exc})", "check the feed's XML")
        return
    if parsed.bozo and not parsed.entries:
        yield ReadError(source, f"malformed feed ({parsed.bozo_exception})", "check the feed's XML")
        return
    for number, entry in enumerate(parsed.entries, start=1):
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        text = _html_to_text(body)
        if not text:
            yield ReadError(f"{source}#{number}", "feed entry has no text", "the watcher follows links; a file feed needs content")
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
        yield Article(source=entry.get("link") or f"{source}#{number}", text=text, title=entry.get("title"),
                      published=published, url=entry.get("link"))


def _html_to_text(fragment: str) -> str:
    paragraphs = re.split(r"(?i)</p>|<br\s*/?>", fragment)
    return "\n\n".join(p for p in (unescape(_TAG.sub("", part)).strip() for part in paragraphs) if p)
