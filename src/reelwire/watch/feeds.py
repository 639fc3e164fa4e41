"""RSS and Atom feeds fetched over HTTP: each entry's link is followed and read as an article page.

Feeds usually carry a summary, not the story, so the page the entry links to is what is read.
An entry is known by its id (or link) and read again only when its updated stamp changes.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import urljoin

from reelwire.errors import ReadError
from reelwire.watch.fetch import FetchPolicy
from reelwire.watch.items import Candidate, Poll, page_loader


def feed_candidates(url: str, body: bytes, policy: FetchPolicy, content_type: str = "") -> Poll:
    """The entries of a feed document as candidates; ReadError when it is not a readable feed."""
    import feedparser

    headers = {"content-location": url, "content-type": content_type or "application/xml"}  # relative links resolve
    parsed = feedparser.parse(body, response_headers=headers)
    poll = Poll()
    if parsed.bozo and not parsed.entries:
        raise ReadError(url, f"malformed feed ({parsed.bozo_exception})", "check the feed's XML, or the URL")
    if not parsed.entries and not parsed.feed:
        raise ReadError(url, "not an RSS or Atom feed (no channel, no entries)", "give a feed, a sitemap or a folder")
    if parsed.bozo:
        poll.warnings.append(f"{url}: feed is not well-formed ({parsed.bozo_exception}); read what could be read")
    for number, entry in enumerate(parsed.entries, start=1):
        link = urljoin(url, entry["link"]) if entry.get("link") else None
        key = entry.get("id") or link or f"#{number}"
        version = dict.get(entry, "updated") or dict.get(entry, "published")  # no feedparser key remapping
        if not link:
            error = ReadError(f"{url}#{number}", "feed entry has no link", "the watcher reads the page an entry links to")
            poll.candidates.append(Candidate(key, version, lambda e=error: [e]))
            continue
        stamp = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
        day = date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
        poll.candidates.append(Candidate(key, version, page_loader(link, policy, day, prefer_fallback=True)))
    return poll
