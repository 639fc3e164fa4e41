"""Person, calendar, change feed, search and idempotence over the multi-article fixtures."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from reelwire.query.calendar import release_calendar
from reelwire.query.changes import changes_since
from reelwire.query.person import person_view
from reelwire.query.search import search
from reelwire.store.schema import alias, claim, entity


def test_person_filmography_and_upcoming(kb):
    view = person_view(kb, "Peter Hallam", today=date(2024, 12, 1))
    assert [(c.film.name, c.roles, c.characters, c.articles) for c in view.credits] == [
        ("Lantern Road", ("cast_member",), ("Sam Reyes",), 2)]
    assert [(u.film.name, u.release.value) for u in view.upcoming] == [("Lantern Road", "2025-06-06")]


def test_person_as_of_sees_the_old_date(kb):
    view = person_view(kb, "Hallam", as_of=date(2024, 4, 1))
    assert [u.release.value for u in view.upcoming] == ["2024-10-04"]


def test_calendar_lists_latest_date_only(kb):
    entries = release_calendar(kb, date(2024, 1, 1), date(2025, 12, 31))
    lantern = [e.release.value for e in entries if e.film.name == "Lantern Road"]
    assert lantern == ["2025-06-06"]


def test_calendar_as_of_and_filters(kb):
    entries = release_calendar(kb, date(2024, 10, 1), date(2024, 10, 31), region="US", medium="theatrical",
                               as_of=date(2024, 5, 1))
    assert [(e.film.name, e.release.value) for e in entries] == [("Lantern Road", "2024-10-04")]
    assert release_calendar(kb, date(2024, 10, 1), date(2024, 10, 31), medium="streaming", as_of=date(2024, 5, 1)) == []


def test_calendar_skips_the_old_film(kb):
    assert [e.film.name for e in release_calendar(kb, date(1994, 1, 1), date(1994, 12, 31))] == ["Glass Garden"]


def test_changes_since(kb):
    found = {(c.kind, c.film.name, c.detail) for c in changes_since(kb, date(2024, 6, 1))}
    assert ("moved_date", "Lantern Road", "release date 2024-10-04 -> 2025-03-14") in found
    assert ("moved_date", "Lantern Road", "release date 2025-03-14 -> 2025-06-06") in found
    assert ("new_credit", "Lantern Road", "cast_member: Ada Finch") in found
    assert ("new_credit", "cast_member: Theo Grant as Max Dorn") in {(k, d) for k, f, d in found if f.startswith("Harbor Run")}
    assert not any(kind == "new_film" and film == "Lantern Road" for kind, film, _ in found)
    assert not any(detail.endswith("Peter J. Hallam") for _, _, detail in found)


def test_changes_carry_sources(kb):
    moved = [c for c in changes_since(kb, date(2024, 11, 1)) if c.kind == "moved_date"]
    assert [(c.source.article, c.source.published) for c in moved] == [
        ("lantern-road-moves-again-2024-11-20.txt", date(2024, 11, 20))]


def test_search_finds_entities_and_articles(kb):
    hits = search(kb, "lantern")
    assert hits[0].kind == "entity" and hits[0].name == "Lantern Road"
    assert {h.name for h in hits if h.kind == "article"} >= {"lantern-road-dated-2024-03-04.txt"}


@pytest.mark.parametrize("text", ['"lantern', "lantern' OR 1=1; --", "NEAR(lantern road)", "title:road*", "'); DROP TABLE article; --", ""])
def test_search_text_is_never_syntax(kb, text):
    search(kb, text)
    with kb.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(claim)).scalar_one() > 0


def test_reingesting_changes_nothing(kb, processed):
    def counts():
        with kb.engine.connect() as conn:
            return [conn.execute(select(func.count()).select_from(t)).scalar_one() for t in (claim, entity, alias)]

    before = counts()
    assert all(kb.add(done) is None for done in processed)
    assert counts() == before


def test_a_new_article_updates_only_what_it_touches(kb):
    from reelwire.query.film import film_view
    from tests.store.helpers import article, fact

    before = {t: film_view(kb, t) for t in ("Lantern Road", "Harbor Run 2")}
    kb.add(article("late.txt", "2025-01-15", fact("release_date", "Harbor Run 2", "2026-09-04", status="scheduled")))
    assert film_view(kb, "Lantern Road") == before["Lantern Road"]
    after = film_view(kb, "Harbor Run 2")
    assert [c.value for c in after.release] == ["2026-09-04"]
    assert after.facts == before["Harbor Run 2"].facts


def test_a_reported_trailer_is_a_change_once_per_article(db_url):
    from reelwire.model import Article
    from reelwire.process import process_articles
    from reelwire.store import open_kb

    kb = open_kb(db_url)
    texts = [
        ("salt-kingdom-trailer.txt", date(2025, 2, 3),
         "Harbor Pictures released the first trailer for Salt Kingdom on Monday. The film stars Mara Quinn."),
        ("salt-kingdom-trailer-again.txt", date(2025, 2, 3),
         "The trailer for Salt Kingdom shows Mara Quinn on a frozen lake."),
        ("salt-kingdom-old.txt", date(2024, 12, 1), "Harbor Pictures showed the first teaser for Salt Kingdom, starring Mara Quinn, on Friday."),
    ]
    for done in process_articles([Article(source=n, text=t, published=d) for n, d, t in texts]):
        kb.add(done)
    trailers = [c for c in changes_since(kb, date(2025, 1, 1)) if c.kind == "new_trailer"]
    assert sorted((c.film.name, c.detail, c.source.article) for c in trailers) == [
        ("Salt Kingdom", "new trailer", "salt-kingdom-trailer-again.txt"),
        ("Salt Kingdom", "new trailer", "salt-kingdom-trailer.txt")]
    assert [c.detail for c in changes_since(kb, date(2024, 11, 1)) if c.kind == "new_trailer"].count("new teaser") == 1
    kb.engine.dispose()
