"""Checks every article passes after reading, whatever its format: length, date, language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from reelwire.errors import ReadError
from reelwire.model import Article
from reelwire.read.language import guess_language
from reelwire.read.notices import ReadWarning

#: The longest article text analysed. News articles are under 50,000 characters; analysis time
#: and memory grow with length, so a longer text is a mistake (a book, a log, a dump), not news.
MAX_ARTICLE_CHARS = 200_000
#: A publication date later than today by more than this is in the future (time zones differ).
FUTURE_SLACK = timedelta(days=1)
_NAMES = {"es": "Spanish", "fr": "French", "de": "German", "it": "Italian", "pt": "Portuguese", "nl": "Dutch"}


def check_article(article: Article, today: Callable[[], date] = date.today) -> list[Article | ReadError | ReadWarning]:
    """The article and its warnings, a ReadError for one too long, or a skipping ReadWarning."""
    if len(article.text) > MAX_ARTICLE_CHARS:
        return [ReadError(article.source, f"article too long ({len(article.text):,} characters > {MAX_ARTICLE_CHARS:,})",
                          "split it into articles")]
    language = guess_language(article.text)
    if language not in (None, "en"):
        looks = _NAMES.get(language) or f"{language.removeprefix('und-').title()} script"
        return [ReadWarning(article.source, f"not English (looks like {looks}); not ingested",
                            "reelwire extracts facts from English articles only", skipped=True)]
    items: list[Article | ReadError | ReadWarning] = [article]
    if article.published is not None and article.published > today() + FUTURE_SLACK:
        items.append(ReadWarning(article.source, f"publication date {article.published.isoformat()} is in the future; "
                                                 "ingested, relative dates resolve against it",
                                 "check the date field"))
    return items
