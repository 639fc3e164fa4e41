"""Which film "the film" means when the sentence also names another title."""

from __future__ import annotations

from reelwire.model import Article
from reelwire.process import process_article


def _facts(text: str, title: str | None = None) -> list[dict]:
    result = process_article(Article(source="ref.txt", text=text, title=title))
    return [f.as_prediction(result.article.name) for f in result.facts]


def _has(facts: list[dict], **expected) -> bool:
    return any(all(f.get(k) == v for k, v in expected.items()) for f in facts)


ARTICLE = ("Mara Quinn and Theo Blackwood star in the new film Night Orchard, out in May.\n\n"
           "The film was written and directed by Dana Holt, the son of director Sam Holt who also created "
           "the series Harbor Lights.")


def test_a_title_in_a_who_clause_after_the_reference_is_not_the_film():
    facts = _facts(ARTICLE, "Mara Quinn and Theo Blackwood star in Night Orchard")
    assert _has(facts, p="director", s="Night Orchard", o="Dana Holt")
    assert not _has(facts, p="director", s="Harbor Lights")


def test_a_who_clause_before_the_reference_may_name_the_film():
    facts = _facts("Mara Quinn, who stars in Night Orchard, said the film was directed by Dana Holt.")
    assert _has(facts, p="director", s="Night Orchard", o="Dana Holt")
