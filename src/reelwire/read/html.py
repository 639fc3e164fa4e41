"""HTML pages: trafilatura takes the main text, the title and the date."""

from __future__ import annotations

import json

from reelwire.errors import ReadError
from reelwire.model import Article
from reelwire.read.dates import parse_date


#: A page whose main text is shorter than this is a navigation or error page, not an article.
MIN_WORDS = 15


def parse_html(source: str, raw: str, url: str | None = None) -> Article:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    extracted = trafilatura.extract(
        raw, url=url, output_format="json", with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True,
    )
    if not extracted:
        raise ReadError(source, "no article body found in the HTML page", "check that it is an article page")
    data = json.loads(extracted)
    text = (data.get("text") or "").strip()
    if len(text.split()) < MIN_WORDS:
        raise ReadError(source, "no article body found in the HTML page", "check that it is an article page")
    try:
        published = parse_date(data.get("date"), source)
    except ReadError:
        published = None
    return Article(
        source=source, text=text, title=data.get("title"), published=published,
        url=data.get("url") or url, outlet=data.get("sitename"),
    )
