"""The library's front door for one article: read → analyze → timex → extract.

`process_articles` is the batch form every engine uses (one process, Dask workers): the
relevance filter first, so that an article that is not film or TV news skips the parser and is
kept with no facts; then `nlp.pipe` over the rest, with only the components extraction reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reelwire.extract import extract_facts
from reelwire.model import Article, Fact, TimeValue
from reelwire.nlp import load_pipeline
from reelwire.scale.relevance import is_relevant
from reelwire.timex import find_times

#: Components of the English model whose output nothing in reelwire reads (tags and the
#: attribute ruler's POS mapping); the parser (sentences) and NER do not depend on them.
UNUSED_COMPONENTS = ("tagger", "attribute_ruler")


@dataclass(frozen=True)
class Processed:
    article: Article
    facts: list[Fact]
    times: list[TimeValue]
    relevant: bool = True


def _disabled(nlp) -> list[str]:
    return [name for name in UNUSED_COMPONENTS if name in nlp.pipe_names]


def process_article(article: Article, model: str | None = None) -> Processed:
    """Analyse one article (no relevance filter: a caller who asks for one article gets it parsed)."""
    nlp = load_pipeline(model)
    times = find_times(article.text, article.published)
    doc = nlp(article.text, disable=_disabled(nlp))
    return Processed(article, extract_facts(article, doc, times), times)


def process_articles(articles: Iterable[Article], model: str | None = None, batch_size: int = 32,
                     filter_relevance: bool = True) -> list[Processed]:
    """Analyse many articles with `nlp.pipe` batching; results keep the input order.

    With `filter_relevance`, an article the relevance filter rejects is returned with no facts
    (`relevant=False`) without reaching the parser.
    """
    articles = list(articles)
    keep = [not filter_relevance or is_relevant(a) for a in articles]
    parsed = [a for a, k in zip(articles, keep) if k]
    out: dict[int, Processed] = {}
    if parsed:
        nlp = load_pipeline(model)
        docs = nlp.pipe((a.text for a in parsed), batch_size=batch_size, disable=_disabled(nlp))
        for article, doc in zip(parsed, docs):
            times = find_times(article.text, article.published)
            out[id(article)] = Processed(article, extract_facts(article, doc, times), times)
    return [out[id(a)] if k else Processed(a, [], [], relevant=False) for a, k in zip(articles, keep)]
