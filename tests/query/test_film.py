"""The merged film sheet: one entity across articles and name variants, facts counted by article."""

from __future__ import annotations

from datetime import date

import pytest

from reelwire.errors import NotFoundError
from reelwire.query.film import film_view


def facts(view, predicate):
    return {f.value: f for f in view.facts if f.predicate == predicate}


def test_latest_date_is_current(kb):
    view = film_view(kb, "Lantern Road")
    assert [(c.value, c.sources[0].article) for c in view.release] == [
        ("2025-06-06", "lantern-road-moves-again-2024-11-20.txt")]


def test_as_of_before_second_move_shows_first_move(kb):
    view = film_view(kb, "Lantern Road", as_of=date(2024, 8, 1))
    assert [c.value for c in view.release] == ["2025-03-14"]
    assert "Ada Finch" in facts(view, "cast_member")
    assert all(f.latest.published <= date(2024, 8, 1) for f in view.facts)


def test_title_variants_are_one_film(kb):
    view = film_view(kb, "lantern road")
    assert set(view.aliases) == {"Lantern Road", "LANTERN ROAD"}


def test_facts_count_their_articles(kb):
    director = facts(film_view(kb, "Lantern Road"), "director")["Mira Okonkwo"]
    assert director.articles == 2
    assert director.first.article == "lantern-road-dated-2024-03-04.txt"
    assert director.latest.article == "lantern-road-moves-2024-06-10.txt"


def test_person_variants_are_one_credit(kb):
    cast = facts(film_view(kb, "Lantern Road"), "cast_member")
    assert set(cast) == {"Peter J. Hallam", "Ada Finch"}
    assert cast["Peter J. Hallam"].articles == 2
    assert cast["Ada Finch"].qualifiers == {"character": "Lou Reyes"}


def test_sequel_numbering_variants_are_one_film(kb):
    view = film_view(kb, "Harbor Run: Part Two")
    assert set(view.aliases) == {"Harbor Run 2", "Harbor Run: Part Two"}
    assert facts(view, "director")["Sol Ferrante"].articles == 2


def test_remake_stays_separate(kb):
    new = film_view(kb, "The Glass Garden (2025)")
    old = film_view(kb, "The Glass Garden (1994)")
    assert new.film.id != old.film.id
    assert set(facts(new, "director")) == {"Nina Voss"}
    assert set(facts(old, "director")) == {"Hal Brody"}
    assert film_view(kb, "The Glass Garden").film.id == new.film.id


def test_unknown_title_suggests_close_ones(kb):
    with pytest.raises(NotFoundError, match="did you mean 'Lantern Road'"):
        film_view(kb, "Lantern Raod")


def test_title_in_other_case_finds_the_film(kb):
    assert film_view(kb, "LANTERN ROAD").film.name == "Lantern Road"
