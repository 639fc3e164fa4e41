"""Sitemaps (urlset and sitemap index, plain or gzipped): each URL is read as an article page.

A URL is read again when its lastmod changes. A sitemap index is followed one level down, which
is how news sites split their sitemaps; child sitemaps are fetched every poll (they are small).
"""

from __future__ import annotations

import gzip
import xml.etree.ElementTree as ET
from datetime import date
from urllib.parse import urljoin

from reelwire.errors import ReadError
from reelwire.read.dates import parse_date
from reelwire.watch.fetch import FetchPolicy, fetch
from reelwire.watch.items import Candidate, Poll, page_loader

#: At most this many child sitemaps are read from an index in one poll.
MAX_CHILDREN = 50


def looks_like_sitemap(body: bytes) -> bool:
    head = ungzip(body)[:2048]
    return b"<urlset" in head or b"<sitemapindex" in head


def ungzip(body: bytes) -> bytes:
    if body[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(body)
        except (OSError, EOFError):
            return body
    return body


def sitemap_candidates(url: str, body: bytes, policy: FetchPolicy) -> Poll:
    poll = Poll()
    root = _root(url, body)
    if _local(root.tag) == "sitemapindex":
        for child in [_text(s, "loc") for s in root if _local(s.tag) == "sitemap"][:MAX_CHILDREN]:
            if not child:
                continue
            child = urljoin(url, child)
            try:
                child_root = _root(child, fetch(child, policy).body)
            except ReadError as exc:
                poll.warnings.append(str(exc))
                continue
            poll.candidates.extend(_urls(child, child_root, policy))
    else:
        poll.candidates.extend(_urls(url, root, policy))
    return poll


def _urls(base: str, root: ET.Element, policy: FetchPolicy) -> list[Candidate]:
    out = []
    for node in root:
        if _local(node.tag) != "url":
            continue
        loc, lastmod = _text(node, "loc"), _text(node, "lastmod")
        if not loc:
            continue
        loc = urljoin(base, loc)
        out.append(Candidate(loc, lastmod, page_loader(loc, policy, _day(loc, lastmod), prefer_fallback=False)))
    return out


def _root(url: str, body: bytes) -> ET.Element:
    try:
        return ET.fromstring(ungzip(body))
    except ET.ParseError as exc:
        raise ReadError(url, f"malformed sitemap ({exc})", "check the sitemap's XML") from None


def _day(loc: str, lastmod: str | None) -> date | None:
    try:
        return parse_date(lastmod[:10], loc) if lastmod else None
    except ReadError:
        return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(node: ET.Element, name: str) -> str | None:
    for child in node:
        if _local(child.tag) == name and child.text:
            return child.text.strip()
    return None
