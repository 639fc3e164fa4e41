"""Poll one source, whatever it is: a feed URL, a sitemap URL or a folder.

A URL is fetched once with the validators from the last successful poll (ETag, Last-Modified);
304 means nothing to do. Whether the document is a sitemap or a feed is read from the document
itself, not guessed from the URL.
"""

from __future__ import annotations

from pathlib import Path

from reelwire.watch.feeds import feed_candidates
from reelwire.watch.fetch import FetchPolicy, fetch
from reelwire.watch.folder import folder_candidates
from reelwire.watch.items import Poll
from reelwire.watch.sitemap import looks_like_sitemap, sitemap_candidates
from reelwire.watch.state import WatchState


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def canonical(source: str) -> str:
    """The name state is kept under: a URL as given, a folder as its absolute path (so that
    `news` and `./news` are one source, and a restart from another folder finds its state)."""
    if is_url(source):
        return source
    return str(Path(source.removeprefix("file://")).expanduser().resolve())


def poll_source(source: str, state: WatchState, policy: FetchPolicy) -> Poll:
    """Candidates from `source`; raises ReadError when the source itself cannot be read."""
    if not is_url(source):
        return folder_candidates(Path(source.removeprefix("file://")), state.items(source))
    remembered = state.source(source)
    fetched = fetch(source, policy, remembered.etag, remembered.last_modified)
    if fetched.status == 304:
        return Poll(etag=remembered.etag, last_modified=remembered.last_modified, not_modified=True)
    if looks_like_sitemap(fetched.body):
        poll = sitemap_candidates(source, fetched.body, policy)
    else:
        poll = feed_candidates(source, fetched.body, policy, fetched.content_type)
    poll.etag, poll.last_modified = fetched.etag, fetched.last_modified
    return poll
