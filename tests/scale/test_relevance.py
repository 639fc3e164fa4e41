"""The relevance filter: film and TV news passes, other news skips the parser; measured on the corpora."""

from __future__ import annotations

import pytest

from reelwire.model import Article
from reelwire.process import process_articles
from reelwire.scale.relevance import CUES, score_article
from tests.conftest import shared_path

RELEVANT = [
    "Ada Marsh has been cast as Iris Vane in The Copper Road, the new thriller from director Ben Okafor.",
    "The Glass Harbor, directed by Hal Brody, opened in theaters on April 8, 1994.",
    "The streaming series Paper Tide has been renewed for a second season, and the showrunner promised more episodes.",
    "The sequel topped the weekend box office with $41 million, ahead of the studio's own animated film.",
]
IRRELEVANT = [
    "Councillors approved a budget of £120 million on Tuesday. The leader said spending on roads and schools "
    "would rise by four per cent, and the opposition called the plan unaffordable.",
    "The band will release their fourth album in May. The singer said the record was written on tour, and a "
    "concert in the capital opens the run; their last single reached number 12 in the charts.",
    "Shares in the company rose 9 per cent after results. The chief executive said sales grew in every region.",
]


@pytest.mark.parametrize("text", RELEVANT)
def test_film_and_tv_news_is_relevant(text):
    assert score_article(Article(source="a.txt", text=text)).relevant


@pytest.mark.parametrize("text", IRRELEVANT)
def test_other_news_is_not(text):
    assert not score_article(Article(source="a.txt", text=text)).relevant


def test_cue_names_are_unique():
    names = [c.name for c in CUES]
    assert len(names) == len(set(names))


def test_irrelevant_article_is_kept_with_no_facts():
    music, film = Article(source="m.txt", text=IRRELEVANT[1]), Article(source="f.txt", text=RELEVANT[0])
    done = process_articles([music, film])
    assert [d.article for d in done] == [music, film]
    assert (done[0].relevant, done[0].facts) == (False, [])
    assert done[1].relevant and done[1].facts


@pytest.mark.shared
def test_recall_on_film_articles_of_the_corpora():
    from benchmarks.relevance import measure

    m = measure(shared_path("corpora"))
    assert m.total["film"] > 300
    assert m.recall("film") >= 0.98, m.misses
