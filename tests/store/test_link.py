"""Cross-article linking in the store: which names become one entity, and which stay apart."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from reelwire.query.entity import explain_entity
from reelwire.store import open_kb
from reelwire.store.schema import alias, claim, entity
from tests.store.helpers import article, fact


def entity_ids(kb, etype: str) -> dict[str, int]:
    """Each alias of the given type and the entity it belongs to."""
    with kb.engine.connect() as conn:
        rows = conn.execute(select(alias.c.name, alias.c.entity_id).join(entity, entity.c.id == alias.c.entity_id)
                            .where(entity.c.type == etype)).all()
    return dict(rows)


def count(kb, etype: str) -> int:
    with kb.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(entity).where(entity.c.type == etype)).scalar_one()


def store(kb, *pairs):
    for i, (etype, names) in enumerate(pairs):
        for j, name in enumerate(names):
            if etype == "film":
                f = fact("part_of_franchise", name, "Skyline Saga")
            elif etype == "person":
                f = fact("cast_member", f"Film {i}.{j}", name)
            else:
                f = fact("studio", f"Film {i}.{j}", name)
            kb.add(article(f"a{i}-{j}", "2030-01-01", f))


JOINED = [
    ("film", ["Wolves & Wardens", "Wolves and Wardens", "WOLVES & WARDENS"]),
    ("film", ["Harbor Run 2", "Harbor Run: Part Two", "Harbor Run II"]),
    ("film", ["Night Vault 4", "Night Vault: Chapter 4"]),
    ("film", ["Skyline Saga: Iron Dawn", "Iron Dawn"]),
    ("film", ["Ember Tide", "Skyline Saga – Ember Tide"]),
    ("person", ["Peter J. Hallam", "Peter Hallam"]),
    ("org", ["Lions Gate Films", "Lionsgate"]),
    ("org", ["Walt Northstar Studios", "Northstar"]),
    ("org", ["Northwind Pictures", "Northwind Entertainment Inc."]),
    ("org", ["Bright Bros.", "Bright Brothers Pictures"]),
]


@pytest.mark.parametrize("etype,names", JOINED, ids=[n[0] for _, n in JOINED])
def test_variants_join_one_entity(db_url, etype, names):
    kb = open_kb(db_url)
    store(kb, (etype, names))
    ids = entity_ids(kb, etype)
    assert len({ids[n] for n in names}) == 1, ids


APART = [
    ("person", ["Ada Finch", "Tom Finch", "Finch"]),  # the surname alone is ambiguous
    ("film", ["Harbor Run 2", "Harbor Run 3"]),
    ("film", ["Skyline Saga: Iron Dawn", "Other Saga: Iron Dawn"]),
    ("film", ["Excited: Iron Dawn", "Iron Dawn"]),  # a prefix that is no known title is no franchise
    ("org", ["Northwind Pictures", "Southwind Pictures"]),
]


@pytest.mark.parametrize("etype,names", APART, ids=[n[0] for _, n in APART])
def test_different_names_stay_apart(db_url, etype, names):
    kb = open_kb(db_url)
    store(kb, (etype, names))
    ids = entity_ids(kb, etype)
    assert len({ids[n] for n in names}) == len(names), ids


def test_remake_with_other_year_stays_apart(db_url):
    kb = open_kb(db_url)
    kb.add(article("new", "2024-01-10", fact("release_date", "The Glass Garden", "2025-05-02", status="scheduled")))
    kb.add(article("old", "2024-02-01", fact("release_date", "Glass Garden", "1994-04-08", status="released")))
    ids = entity_ids(kb, "film")
    assert ids["The Glass Garden"] != ids["Glass Garden"]


def test_remake_with_other_director_stays_apart(db_url):
    kb = open_kb(db_url)
    kb.add(article("new", "2024-01-10", fact("director", "Glass Garden", "Nina Voss")))
    kb.add(article("old", "2024-02-01", fact("director", "Glass Garden", "Hal Brody")))
    assert count(kb, "film") == 2
    reasons = [a.reason for v in explain_entity(kb, "Glass Garden") for a in v.aliases]
    assert any("different directors" in r for r in reasons)


def test_same_title_with_shared_director_joins(db_url):
    kb = open_kb(db_url)
    kb.add(article("one", "2024-01-10", fact("director", "Glass Garden", "Nina Voss"),
                   fact("release_date", "Glass Garden", "2025", status="scheduled")))
    kb.add(article("two", "2024-06-01", fact("director", "Glass Garden", "Nina Voss"),
                   fact("release_date", "Glass Garden", "2026-03-06", status="scheduled")))
    assert count(kb, "film") == 1


def test_a_date_move_of_a_year_is_not_a_remake(db_url):
    kb = open_kb(db_url)
    kb.add(article("one", "2020-01-10", fact("release_date", "Red Ledger", "2020-11-06", status="scheduled")))
    kb.add(article("two", "2020-09-24", fact("release_date", "Red Ledger", "2021-05-07", status="scheduled")))
    assert count(kb, "film") == 1


def test_merge_reasons_are_kept(db_url):
    kb = open_kb(db_url)
    store(kb, ("org", ["Lions Gate Films", "Lionsgate"]))
    [view] = explain_entity(kb, "Lionsgate")
    rules = {a.name: a.rule for a in view.aliases}
    assert rules == {"Lions Gate Films": "new", "Lionsgate": "company-variant"}
    assert all(a.article for a in view.aliases)


def test_claims_keep_the_names_the_article_used(db_url):
    kb = open_kb(db_url)
    store(kb, ("film", ["Harbor Run 2", "Harbor Run: Part Two"]))
    with kb.engine.connect() as conn:
        names = {r[0] for r in conn.execute(select(claim.c.subject_name))}
    assert names == {"Harbor Run 2", "Harbor Run: Part Two"}


def test_storing_an_article_again_adds_nothing(db_url):
    kb = open_kb(db_url)
    processed = article("one", "2024-01-10", fact("director", "Glass Garden", "Nina Voss"))
    assert kb.add(processed) == 1
    assert kb.add(processed) is None
    with kb.engine.connect() as conn:
        counts = [conn.execute(select(func.count()).select_from(t)).scalar_one() for t in (claim, entity, alias)]
    assert counts == [1, 2, 2]


def test_the_fuller_title_names_the_entity(db_url):
    kb = open_kb(db_url)
    store(kb, ("film", ["Iron Dawn", "Skyline Saga: Iron Dawn"]))
    [view] = explain_entity(kb, "Iron Dawn")
    assert view.entity.name == "Skyline Saga: Iron Dawn"


def test_capitals_give_way_to_the_usual_spelling(db_url):
    kb = open_kb(db_url)
    store(kb, ("film", ["WOLVES & WARDENS", "Wolves & Wardens"]))
    [view] = explain_entity(kb, "wolves and wardens")
    assert view.entity.name == "Wolves & Wardens"



@pytest.mark.parametrize("full,surname", [("Ada Finch", "Finch"), ("Rosa de la Vega", "de la Vega")])
def test_a_surname_joins_the_person_credited_on_the_same_film(db_url, full, surname):
    kb = open_kb(db_url)
    kb.add(article("one", "2024-01-01", fact("cast_member", "Salt Flats", full)))
    kb.add(article("two", "2024-02-01", fact("cast_member", "SALT FLATS", surname, character="Nell")))
    ids = entity_ids(kb, "person")
    assert ids[surname] == ids[full]


def test_a_surname_on_another_film_stays_apart(db_url):
    kb = open_kb(db_url)
    kb.add(article("one", "2024-01-01", fact("cast_member", "Salt Flats", "Ada Finch")))
    kb.add(article("two", "2024-02-01", fact("director", "Iron Dawn", "Finch")))
    ids = entity_ids(kb, "person")
    assert ids["Finch"] != ids["Ada Finch"]
