"""End to end on short trade-news articles written for the tests: the facts each one states.

Each article phrases the same kinds of facts differently; each expectation is one fact
(predicate, subject, object and the qualifiers that matter), and some list facts that must
not be produced.
"""

from __future__ import annotations

import pytest

from reelwire.process import process_article
from reelwire.read import iter_articles
from tests.conftest import ARTICLES


def facts_of(name: str, index: int = 0) -> list[dict]:
    articles = [a for a in iter_articles([ARTICLES / name])]
    result = process_article(articles[index])
    return [f.as_prediction(result.article.name) for f in result.facts]


def has(facts: list[dict], **expected) -> bool:
    return any(all(f.get(k) == v for k, v in expected.items()) for f in facts)


CASES = [
    ("cast-as-in.txt", 0, [
        dict(p="cast_member", s="Copper Rain", o="Lena Marsh", character="Detective Iris Vane"),
        dict(p="cast_member", s="Copper Rain", o="Owen Pryce"),
        dict(p="cast_member", s="Copper Rain", o="Talia Brooks"),
        dict(p="director", s="Copper Rain", o="Marcus Hale"),
        dict(p="screenwriter", s="Copper Rain", o="Priya Nair"),
        dict(p="studio", s="Copper Rain", o="Meridian Films"),
    ], [dict(p="director", o="Priya Nair")]),
    ("from-director.md", 0, [
        dict(p="director", s="Tidewater", o="Sofia Lindqvist"),
        dict(p="cast_member", s="Tidewater", o="Anders Holm", character="Erik Sand"),
        dict(p="producer", s="Tidewater", o="Greta Olsen"),
        dict(p="screenwriter", s="Tidewater", o="Sofia Lindqvist"),
        dict(p="release_date", s="Tidewater", o="2025-11-14", status="scheduled", region="GB", medium="theatrical"),
        dict(p="event", s="Tidewater", type="filming_wrap"),
    ], []),
    ("opens-in-theaters.txt", 0, [
        dict(p="release_date", s="Blades of Summer", o="2025-03-07", status="scheduled"),
        dict(p="director", s="Blades of Summer", o="Ken Watanabe-Ross"),
        dict(p="cast_member", s="Blades of Summer", o="Maddie Fields", character="Coach Penny Lark"),
        dict(p="studio", s="Blades of Summer", o="Northwind Pictures"),
    ], []),
    ("pushed-back.md", 0, [
        dict(p="release_date", s="Starfall Protocol", o="2026", status="scheduled"),
        dict(p="release_date", s="Starfall Protocol", o="2025-12-19", status="previous"),
        dict(p="cast_member", s="Starfall Protocol", o="Dev Anand Rao"),
        dict(p="cast_member", s="Starfall Protocol", o="Carla Mendes"),
        dict(p="director", s="Starfall Protocol", o="Hugo Brandt"),
        dict(p="event", s="Starfall Protocol", type="delay"),
    ], [dict(p="release_date", o="2025-12-19", status="scheduled")]),
    ("told-variety.txt", 0, [
        dict(p="cast_member", s="Juniper Lake", o="Oscar Delaney"),
        dict(p="quote", s="Oscar Delaney", outlet="Variety"),
        dict(p="director", s="Juniper Lake", o="Hana Sato"),
        dict(p="screenwriter", s="Juniper Lake", o="Hana Sato"),
        dict(p="release_date", s="Juniper Lake", o="2025-09-05", status="scheduled", medium="theatrical"),
    ], []),
    ("streaming.jsonl", 0, [
        dict(p="release_date", s="Ember Street", o="2025-10-07", status="scheduled", medium="streaming"),
        dict(p="release_date", s="Ember Street", o="2024", status="released", medium="theatrical"),
        dict(p="cast_member", s="Ember Street", o="Ruth Okafor", character="Nell Carver"),
        dict(p="director", s="Ember Street", o="Paul Whitcombe"),
        dict(p="studio", s="Ember Street", o="Streamly"),
    ], []),
    ("streaming.jsonl", 1, [
        dict(p="cast_member", s="Glass Meridian", o="Ivy Chen"),
        dict(p="cast_member", s="Glass Meridian", o="Rafael Soto"),
        dict(p="director", s="Glass Meridian", o="Ivy Chen"),
    ], [dict(p="release_date")]),
    ("page.html", 0, [
        dict(p="cast_member", s="Harbor Lights", o="Nora Quill", character="Edie Shaw"),
        dict(p="director", s="Harbor Lights", o="Samuel Okoro"),
        dict(p="release_date", s="Harbor Lights", o="2026-04-10", status="scheduled"),
        dict(p="cast_member", s="Harbor Lights", o="Dominic Vale"),
        dict(p="cast_member", s="Harbor Lights", o="June Harper"),
        dict(p="event", s="Harbor Lights", type="filming_start"),
    ], []),
    ("box-office-weekend.txt", 0, [
        dict(p="box_office", s="Night Orchard", o="42500000 USD", period="opening_weekend", region="US"),
        dict(p="box_office", s="Night Orchard", o="118200000 USD", region="world"),
        dict(p="box_office", s="Paper Kites", o="12000000 USD"),
        dict(p="box_office", s="Paper Kites", o="61000000 USD", period="total"),
        dict(p="studio", s="Night Orchard", o="Harbor Pictures"),
    ], [dict(p="box_office", o="20000000 USD"), dict(p="box_office", o="33400000 GBP")]),
    ("box-office-markets.txt", 0, [
        dict(p="box_office", s="Night Orchard", o="4700000 USD"),
        dict(p="box_office", s="Night Orchard", o="36000000 USD", period="total"),
        dict(p="box_office", s="Night Orchard", o="250000000 USD"),
        dict(p="box_office", s="Paper Kites", o="6500000 USD", region="JP"),
        dict(p="box_office", s="Paper Kites", o="57000000 USD"),
        dict(p="box_office", s="Night Orchard", o="88000000 USD", region="world"),
    ], [dict(p="box_office", s="Night Orchard", o="61000000 USD"), dict(p="box_office", o="3500000 USD"),
        dict(p="box_office", o="80000000 USD")]),
    ("lantern-awards.txt", 0, [
        dict(p="award", s="Copper Rain", o="Lantern Film Awards", outcome="won", category="best film"),
        dict(p="award", s="Lena Marsh", o="Lantern Film Awards", outcome="won", film="Copper Rain"),
        dict(p="award", s="Marcus Hale", o="Lantern Film Awards", outcome="won", category="best director"),
        dict(p="director", s="Copper Rain", o="Marcus Hale"),
        dict(p="cast_member", s="Glass Meridian", o="Owen Pryce"),
        dict(p="award", s="Talia Brooks", o="Orion Awards", outcome="nominated"),
        dict(p="award", s="Salt Roads", o="Lantern Film Awards", outcome="won"),
    ], [dict(p="award", s="Talia Brooks", outcome="won")]),
    ("adaptations.txt", 0, [
        dict(p="based_on", s="Brushfire", o="Elsa Varga"),
        dict(p="director", s="Brushfire", o="Hana Sato"),
        dict(p="based_on", s="Tidal Hymn", o="Ruth Okafor"),
        dict(p="based_on", s="Winter Ledger", o="Winter Ledger"),
    ], [dict(p="director", o="Elsa Varga")]),
]


@pytest.mark.parametrize("name, index, expected, forbidden", CASES, ids=[f"{c[0]}#{c[1]}" for c in CASES])
def test_article_facts(name, index, expected, forbidden):
    facts = facts_of(name, index)
    missing = [e for e in expected if not has(facts, **e)]
    assert not missing, f"missing {missing}\ngot {[{k: v for k, v in f.items() if k != 'evidence'} for f in facts]}"
    for f in forbidden:
        assert not has(facts, **f), f"unexpected {f}"


@pytest.mark.parametrize("name", sorted({c[0] for c in CASES}))
def test_evidence_slices_the_article_to_its_sentence(name):
    for article in iter_articles([ARTICLES / name]):
        for fact in process_article(article).facts:
            ev = fact.evidence
            assert article.text[ev.start:ev.end] == ev.text
            assert fact.rule


def test_a_clarifying_surname_in_brackets_is_no_role():
    from reelwire.model import Article

    text = ("Night Orchard is out. Mara Quinn stars in Night Orchard. Theo Blackwood directed Night Orchard.\n\n"
            "\u201cTheo (Blackwood) said, \u2018We want to show that she is growing up,\u2019\u201d recalled Quinn.")
    facts = process_article(Article(source="brackets.txt", text=text, title="Night Orchard is out")).facts
    assert not [f for f in facts if f.predicate == "cast_member" and f.object == "Theo Blackwood"]


def _facts(text: str, title: str) -> list:
    from reelwire.model import Article

    return process_article(Article(source="anaphor.txt", text=text, title=title)).facts


def test_the_original_film_is_the_one_the_main_film_extends():
    text = ("Night Orchard 2 gets a trailer\n\nThe sequel Night Orchard 2 is coming to theaters next year, the studio said. "
            "It follows the 2019 film Night Orchard.\n\n"
            "The original film centered on a teenage girl named Lila played by Mara Quinn.")
    facts = [f for f in _facts(text, "Night Orchard 2 gets a trailer") if f.predicate == "cast_member"]
    assert [(f.subject, f.object) for f in facts] == [("Night Orchard", "Mara Quinn")]


def test_the_film_after_an_untitled_one_is_not_the_main_film():
    text = ("Mara Quinn starred in Night Orchard, the hit drama.\n\n"
            "Recently it was announced Quinn would star in a biopic about a football player.\n\n"
            "The film is set to be produced by Theo Blackwood.")
    facts = _facts(text, "Night Orchard star Mara Quinn lines up a new role")
    assert not [f for f in facts if f.predicate == "producer"]


def test_the_film_after_a_sentence_about_other_titles_is_not_the_main_film():
    from datetime import date

    from reelwire.model import Article

    text = ("Night Orchard opens at $96 million\n\nThe animated film Night Orchard opened to $96 million this weekend, "
            "the studio said.\n\nLast week, Streamly announced that the movie Harbor Lights had become the top animated "
            "film of all time, beating the 2019 hit Copper Rain.\n\nUntil the film\u2019s release on June 16, domestic "
            "sales had been lagging.")
    article = Article(source="others.txt", text=text, title="Night Orchard opens at $96 million", published=date(2024, 7, 28))
    facts = process_article(article).facts
    assert not [f for f in facts if f.predicate == "release_date" and f.subject == "Night Orchard"]
