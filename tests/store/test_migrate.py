"""A version 1 file (no aliases, no claim names) opens as version 2 with its variants linked."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import MetaData, Table, create_engine, insert, select

from reelwire.query.search import search
from reelwire.store import open_kb
from reelwire.store.schema import SCHEMA_VERSION, alias, article, claim, entity, meta

V2_ONLY = {"subject_name", "object_name"}


def make_version_1(url: str) -> None:
    """The tables as version 1 wrote them, holding two spellings of one studio."""
    old = MetaData()
    for table in (article, entity, meta):
        table.to_metadata(old)
    Table("claim", old, *[c._copy() for c in claim.columns if c.name not in V2_ONLY])
    engine = create_engine(url)
    old.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(old.tables["reelwire_meta"]).values(key="schema_version", value="1"))
        conn.execute(insert(old.tables["article"]).values(
            id="a1", source="a1.txt", name="a1.txt", text="Lions Gate Films will release Copper Rain.",
            published=date(2024, 1, 2), ingested_at=datetime(2024, 1, 2)))
        for i, (etype, name, key) in enumerate([("film", "Copper Rain", "copper rain"),
                                                ("org", "Lions Gate Films", "lions gate films"),
                                                ("org", "Lionsgate", "lionsgate")], start=1):
            conn.execute(insert(old.tables["entity"]).values(id=i, type=etype, name=name, key=key, external_ids={}))
        for i, org in ((1, 2), (2, 3)):
            conn.execute(insert(old.tables["claim"]).values(
                id=i, article_id="a1", predicate="studio", subject_id=1, object_id=org, qualifiers={},
                evidence_start=0, evidence_end=10, sentence="s", rule="r", confidence=0.8, fingerprint=f"f{i}"))
    engine.dispose()


def test_version_1_is_upgraded(db_url):
    make_version_1(db_url)
    kb = open_kb(db_url)
    with kb.engine.connect() as conn:
        version = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar_one()
        objects = {r.object_id for r in conn.execute(select(claim.c.object_id))}
        names = {r.object_name for r in conn.execute(select(claim.c.object_name))}
        aliases = {r.name for r in conn.execute(select(alias.c.name))}
    assert version == str(SCHEMA_VERSION)
    assert len(objects) == 1
    assert names == {"Lions Gate Films", "Lionsgate"}
    assert aliases == {"Copper Rain", "Lions Gate Films", "Lionsgate"}
    assert [h.kind for h in search(kb, "copper")] == ["entity", "article"]


def test_upgrading_twice_changes_nothing(db_url):
    make_version_1(db_url)
    open_kb(db_url).engine.dispose()
    kb = open_kb(db_url)
    with kb.engine.connect() as conn:
        assert len(conn.execute(select(alias)).all()) == 3
