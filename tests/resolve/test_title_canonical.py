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


def test_a_titles_owner_resolves_to_the_title():
    # "Hitchhiker's" reaches the resolver as "Hitchhiker" (clean_name drops the possessive)
    resolved, _ = resolve_mentions([film("The Wanderer's Guide to the Stars", 0), film("Wanderer", 60)])
    assert {m.canonical for m in resolved} == {"The Wanderer's Guide to the Stars"}


def test_a_title_that_only_begins_the_same_stays_apart():
    resolved, _ = resolve_mentions([film("Copper Rain", 0), film("Copper Rain Returns", 40)])
    assert {m.canonical for m in resolved} == {"Copper Rain", "Copper Rain Returns"}
