"""The library's front door for one article: read → analyze → timex → extract."""

from __future__ import annotations

from dataclasses import dataclass

from reelwire.extract import extract_facts
from reelwire.model import Article, Fact, TimeValue
from reelwire.nlp import load_pipeline
from reelwire.timex import find_times


@dataclass(frozen=True)
class Processed:
    article: Article
    facts: list[Fact]
    times: list[TimeValue]


def process_article(article: Article, model: str | None = None) -> Processed:
    nlp = load_pipeline(model)
    times = find_times(article.text, article.published)
    doc = nlp(article.text)
    return Processed(article, extract_facts(article, doc, times), times)


def process_articles(articles: list[Article], model: str | None = None, batch_size: int = 32) -> list[Processed]:
    """Analyse many articles with `nlp.pipe` batching (faster than one by one)."""
    nlp = load_pipeline(model)
    out = []
    for article, doc in zip(articles, nlp.pipe((a.text for a in articles), batch_size=batch_size)):
        times = find_times(article.text, article.published)
        out.append(Processed(article, extract_facts(article, doc, times), times))
    return out
