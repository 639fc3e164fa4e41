"""In-article resolution of title mentions (resolve/inarticle.py)."""

from reelwire.resolve.inarticle import Mention, resolve_mentions


def film(text: str, start: int) -> Mention:
    return Mention("FILM", start, start + len(text), text, text)


def test_title_without_its_article_resolves_to_the_full_title():
    resolved, _ = resolve_mentions([film("A Quiet Harbor", 0), film("Quiet Harbor", 40)])
    assert {m.canonical for m in resolved} == {"A Quiet Harbor"}


def test_subtitle_resolves_to_the_subtitled_title():
    resolved, _ = resolve_mentions([film("Copper Rain: Undertow", 0), film("Undertow", 40)])
    assert {m.canonical for m in resolved} == {"Copper Rain: Undertow"}
