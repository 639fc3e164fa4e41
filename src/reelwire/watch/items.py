"""What a poll of a source gives the cycle: candidate items, each able to load its articles.

A candidate is only a promise: it is loaded (a page fetched, a file read) when it is new or
changed, and it is marked as seen only after its articles are stored, so a crash or a failed page
fetch means the item is tried again next cycle.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from urllib.parse import urlsplit

from reelwire.errors import ReadError
from reelwire.model import Article
from reelwire.read.checks import check_article
from reelwire.read.decode import decode
from reelwire.read.html import parse_html
from reelwire.read.notices import ReadWarning
from reelwire.watch.fetch import FetchPolicy, fetch

Loaded = list[Article | ReadError]


@dataclass(frozen=True)
class Candidate:
    key: str
    version: str | None
    load: Callable[[], Loaded]
    stamp: str | None = None


@dataclass
class Poll:
    """One source's answer: candidates, the validators to keep, and whether anything changed."""

    candidates: list[Candidate] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    warnings: list[str] = field(default_factory=list)


class PageFailed(Exception):
    """A page could not be fetched this time (the item stays unseen and is tried next cycle)."""

    def __init__(self, error: ReadError):
        super().__init__(str(error))
        self.error = error


def page_loader(url: str, policy: FetchPolicy, fallback: date | None, prefer_fallback: bool) -> Callable[[], Loaded]:
    """Fetch an article page and read it with the HTML reader's parser.

    A feed entry's own date is what the publisher says about that entry, so it wins over a date
    guessed from the page (`prefer_fallback`); a sitemap's lastmod is only a modification day, so
    there the page's date wins and lastmod fills in when the page has none.
    """

    def load() -> Loaded:
        if urlsplit(url).scheme not in ("http", "https"):
            return [ReadError(url, "not an http or https URL", "the watcher follows web links only")]
        try:
            fetched = fetch(url, policy)
        except ReadError as exc:
            raise PageFailed(exc) from None
        try:
            raw, _ = decode(fetched.body, url)
            article = parse_html(url, raw, url=url)
        except ReadError as exc:
            return [exc]
        if fallback is not None and (prefer_fallback or article.published is None):
            article = replace(article, published=fallback)
        return checked(article)

    return load


def checked(article: Article) -> Loaded:
    """The reader's article checks (language, length, dates); warnings are dropped, skips reported."""
    out: Loaded = []
    for item in check_article(article):
        if isinstance(item, ReadWarning):
            if item.skipped:
                out.append(ReadError(item.source, item.reason, item.hint))
        else:
            out.append(item)
    return out
