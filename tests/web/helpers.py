"""A knowledge base built from the invented articles in tests/fixtures/web, through the real
pipeline (spaCy, timex, extract, store), once per test session; and a hostile one built from
hand-made facts whose names carry markup, since no extraction rule would produce such names."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reelwire.ingest import ingest_articles
from reelwire.model import Article, Evidence, Fact
from reelwire.process import Processed
from reelwire.read import iter_articles
from reelwire.store import open_kb

WEB = Path(__file__).resolve().parent.parent / "fixtures" / "web"
TODAY = date(2025, 7, 1)  # the newest fixture article's day: "upcoming" counts from here
XSS = ('<script>alert("x")</script>', '"><img src=x onerror=alert(1)>', "[win](javascript:alert(2))")


def read(*names: str) -> list[Article]:
    return [a for a in iter_articles([WEB / n for n in names]) if isinstance(a, Article)]


def build(url: str, *names: str):
    kb = open_kb(url)
    summary = ingest_articles(kb, read(*(names or sorted(p.name for p in WEB.iterdir()))))
    assert not summary.errors
    return kb


HOSTILE_FILM = '</script><script>alert("film")</script>"><img src=x onerror=alert(5)> [x](javascript:alert(6))'


def build_hostile(url: str):
    """A film whose very name is markup, stated by an article whose URL is javascript:."""
    text = f"{HOSTILE_FILM} opens in theaters on May 1, 2026. It stars Ann Lee as {XSS[0]}."
    article = Article(source="hostile-names.txt", text=text, title=XSS[1], published=date(2025, 7, 1),
                      url="javascript:alert(7)")
    first = text.index(" It stars")
    facts = [
        Fact("release_date", HOSTILE_FILM, "2026-05-01", Evidence(0, first, text[:first]), "test.hand_made",
             object_type="time", qualifiers={"status": "scheduled", "medium": "theatrical"}),
        Fact("cast_member", HOSTILE_FILM, "Ann Lee", Evidence(first + 1, len(text), text[first + 1:]), "test.hand_made",
             qualifiers={"character": XSS[0]}),
    ]
    kb = open_kb(url)
    kb.add(Processed(article, facts, []))
    return kb


def add_release(kb, source: str, published: date, film: str, value: str, **qualifiers) -> None:
    """Store one hand-made release report (for cases the fixtures' prose cannot set up, such as two
    articles of the same day that disagree)."""
    text = f"{film} opens in theaters on {value}."
    fact = Fact("release_date", film, value, Evidence(0, len(text), text), "test.hand_made", object_type="time",
                qualifiers={"status": "scheduled", "medium": "theatrical", **qualifiers})
    kb.add(Processed(Article(source=source, text=text, published=published), [fact], []))


def add_fact(kb, source: str, published: date, film: str, predicate: str, obj: str | None, text: str,
             object_type: str = "amount", **qualifiers) -> None:
    fact = Fact(predicate, film, obj, Evidence(0, len(text), text), "test.hand_made", object_type=object_type,
                qualifiers=qualifiers)
    kb.add(Processed(Article(source=source, text=text, published=published), [fact], []))
