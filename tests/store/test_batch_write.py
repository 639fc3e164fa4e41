"""A batch written in one transaction stores what adding its articles one by one stores."""

from __future__ import annotations

from sqlalchemy import select

from reelwire.store import open_kb
from reelwire.store.schema import alias, claim, entity, entity_key
from tests.store.helpers import article, fact


def _batch():
    return [
        article("a1", "2024-01-01", fact("cast_member", "Salt Flats", "Ada Finch"), fact("director", "Salt Flats", "Bo Reyes")),
        article("a2", "2024-02-01", fact("cast_member", "Salt Flats", "Finch"), fact("studio", "Salt Flats", "Harbor Pictures")),
        article("a1", "2024-01-01", fact("cast_member", "Salt Flats", "Ada Finch"), fact("director", "Salt Flats", "Bo Reyes")),
        article("a3", None),
    ]


def _rows(kb):
    with kb.engine.connect() as conn:
        return {t.name: sorted(tuple(r)[:8] for r in conn.execute(select(*[c for c in t.c if c.name not in {"ingested_at"}])))
                for t in (entity, alias, entity_key, claim)}


def test_add_many_equals_add_one_by_one(db_url, tmp_path):
    batched = open_kb(db_url)
    results = batched.add_many(_batch())
    single = open_kb(f"sqlite:///{tmp_path / 'single.db'}")
    assert results == [single.add(p) for p in _batch()] == [2, 2, None, 0]
    assert _rows(batched) == _rows(single)
    assert batched.stored_ids(["a-missing"] + [p.article.id for p in _batch()]) == {p.article.id for p in _batch()}


def test_an_articles_new_names_are_indexed_in_one_statement_per_table(tmp_path):
    """Alias and match-key rows wait for the end of the article's linking (before, a round trip each
    under PostgreSQL's writer lock); every entity still gets its alias and keys."""
    from sqlalchemy import event

    kb = open_kb(f"sqlite:///{tmp_path / 'kb.db'}")
    inserts: list[str] = []
    event.listen(kb.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_a: inserts.append(statement.split("(")[0].split()[-1])
                 if statement.startswith("INSERT") else None)
    kb.add(article("b1", "2024-03-01", fact("cast_member", "Dust Road", "Ada Finch"), fact("director", "Dust Road", "Bo Reyes"),
                   fact("studio", "Dust Road", "Harbor Pictures")))
    assert inserts.count("alias") == 1 and inserts.count("entity_key") == 1 and inserts.count("entity") == 4
    rows = _rows(kb)
    assert sorted(r[2] for r in rows["alias"]) == ["Ada Finch", "Bo Reyes", "Dust Road", "Harbor Pictures"]
    assert {r[0] for r in rows["entity_key"]} == {r[0] for r in rows["entity"]}  # every entity has its keys


def test_a_remake_takes_the_next_free_key(db_url):
    """Two films of one title (years and directors apart) are two entities with two display keys,
    whether the second comes in a later batch or in the same one."""
    kb = open_kb(db_url)
    kb.add_many([article("r1", "1990-05-01", fact("release_date", "Salt Flats", "1990-05-01"),
                         fact("director", "Salt Flats", "Bo Reyes"))])
    kb.add_many([article("r2", "2024-05-01", fact("release_date", "Salt Flats", "2024-05-01"),
                         fact("director", "Salt Flats", "Ada Finch")),
                 article("r3", "2024-06-01", fact("release_date", "Salt Flats", "2031-05-01"),
                         fact("director", "Salt Flats", "Cy Moreau"))])
    with kb.engine.connect() as conn:
        keys = sorted(conn.execute(select(entity.c.key).where(entity.c.type == "film")).scalars())
    assert keys == ["salt flats", "salt flats#2", "salt flats#3"]
