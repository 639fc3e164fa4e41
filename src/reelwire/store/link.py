"""Link names to stored entities inside a write transaction (the SQL side of resolve/cross.py).

Every name an article uses becomes an alias of one entity, with the rule and reason that
joined it, and is indexed under the match keys of `cross.index_keys`. A name no rule joins
starts a new entity. `merge` folds one entity into another (used when upgrading an old file).
"""

from __future__ import annotations

from sqlalchemy import Connection, delete, func, insert, select, update

from reelwire.resolve.cross import (
    RULES, Decision, Profile, decide, family, index_keys, query_keys, title_key, title_prefixes,
)
from reelwire.resolve.normal import name_key
from reelwire.store.schema import alias, claim, entity, entity_key

CREDITS = ("cast_member", "director", "screenwriter", "producer")


class Linker:
    """Resolves (type, name) pairs to entity ids on one connection; caches within its lifetime."""

    def __init__(self, conn: Connection, article_id: str | None = None):
        self.conn = conn
        self.article_id = article_id
        self.cache: dict[tuple[str, str], int] = {}
        self.keys: dict[tuple[str, str], set[tuple[int, str, str]]] = {}  # (family, key) -> (entity, kind, type)
        self.aliases: dict[int, set[str]] = {}
        #: entities this linker created, with their shown name and stored (kind, key) pairs: nothing else can
        #: have written them inside this transaction, so they need no queries.
        self.created: dict[int, tuple[str, set[tuple[str, str]]]] = {}
        #: alias and match-key rows not yet written: they go in one statement each at `flush` (an article
        #: with ten new names wrote twenty single-row INSERTs, each a round trip under the writer lock).
        #: Until then `_load` adds the pending keys to what it reads, and every other read of the alias or
        #: key tables flushes first.
        self.pending_aliases: list[dict] = []
        self.pending_keys: list[tuple[dict, str]] = []  # (entity_key row, entity type)
        #: (type, display key) pairs `prefetch` found free: a new entity takes its key without asking.
        self.free: set[tuple[str, str]] = set()

    def prefetch(self, pairs) -> None:
        """Load every stored key and alias an article's names could meet, in a few queries."""
        wanted: dict[str, set[str]] = {}
        for etype, name in pairs:
            keys = wanted.setdefault(family(etype), set())
            for found in query_keys(etype, name).values():
                keys |= found
            if family(etype) == "title":
                keys |= title_prefixes(name)
        for fam, keys in wanted.items():
            self._load(fam, keys)
        self._load_aliases({eid for entries in self.keys.values() for eid, _, _ in entries})
        bases = sorted({_entity_key(name) for _, name in pairs})
        for i in range(0, len(bases), 500):  # which display keys a new entity of these names would take are taken
            chunk = bases[i:i + 500]
            self.free.update({(etype, base) for etype, _ in pairs for base in chunk})
            for etype, key in self.conn.execute(select(entity.c.type, entity.c.key).where(entity.c.key.in_(chunk))):
                self.free.discard((etype, key))

    def _load(self, fam: str, keys: set[str]) -> None:
        missing = sorted(k for k in keys if (fam, k) not in self.keys)
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            for k in chunk:
                self.keys[(fam, k)] = set()
            rows = self.conn.execute(
                select(entity_key.c.entity_id, entity_key.c.kind, entity_key.c.key, entity.c.type)
                .join(entity, entity.c.id == entity_key.c.entity_id)
                .where(entity_key.c.family == fam, entity_key.c.key.in_(chunk)))
            for eid, kind, key, etype in rows:
                self.keys[(fam, key)].add((eid, kind, etype))
            wanted = set(chunk)
            for row, etype in self.pending_keys:
                if row["family"] == fam and row["key"] in wanted:
                    self.keys[(fam, row["key"])].add((row["entity_id"], row["kind"], etype))

    def flush(self) -> None:
        """Write the pending alias and match-key rows (one INSERT each)."""
        if self.pending_aliases:
            self.conn.execute(insert(alias), self.pending_aliases)
            self.pending_aliases = []
        if self.pending_keys:
            self.conn.execute(insert(entity_key), [row for row, _ in self.pending_keys])
            self.pending_keys = []

    def _load_aliases(self, ids: set[int]) -> None:
        missing = sorted(i for i in ids if i not in self.aliases)
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            for eid in chunk:
                self.aliases[eid] = set()
            for eid, name in self.conn.execute(select(alias.c.entity_id, alias.c.name).where(alias.c.entity_id.in_(chunk))):
                self.aliases[eid].add(name)

    def _find(self, fam: str, kind: str, keys: set[str], etype: str | None) -> set[int]:
        self._load(fam, keys)
        return {eid for k in keys for eid, kd, t in self.keys[(fam, k)] if kd == kind and (etype is None or t == etype)}

    def link(self, etype: str, name: str, profile: Profile | None = None, films: set[str] = frozenset()) -> int:
        """`films`: loose title keys of the films the article credits this name on."""
        if (etype, name) in self.cache:
            return self.cache[(etype, name)]
        decision = self._decide(etype, name, profile, films=films)
        if decision.entity_id is None:
            entity_id = self._new_entity(etype, name)
        else:
            entity_id = decision.entity_id
            if decision.fuller:
                self.conn.execute(update(entity).where(entity.c.id == entity_id).values(name=name))
                self._shown(entity_id, name)
        self._add_alias(entity_id, etype, name, decision)
        self.cache[(etype, name)] = entity_id
        return entity_id

    def _shown(self, entity_id: int, name: str) -> None:
        if entity_id in self.created:
            self.created[entity_id] = (name, self.created[entity_id][1])

    def _decide(self, etype: str, name: str, profile: Profile | None, exclude: int | None = None,
                films: set[str] = frozenset()) -> Decision:
        fam = family(etype)
        wanted = query_keys(etype, name)
        for rule in RULES[fam]:
            keys = wanted.get(rule.query)
            if not keys:
                continue
            ids = self._find(fam, rule.index, keys, etype) - {exclude}
            if rule.prefix and ids:
                ids = {i for i in ids if self._known_prefix(rule, name, i)}
            if rule.same_film and ids:
                ids = self._credited_on(ids, films) if len(ids) == 1 else set()
            if not ids:
                continue
            needed = profile is not None and (len(ids) > 1 or profile.years or profile.people)
            candidates = self.profiles(ids) if needed else {i: Profile() for i in ids}
            decision = decide(rule, candidates, profile)
            if decision is not None:
                return decision
        return Decision(None, "new", "first name seen for this entity")

    def _credited_on(self, ids: set[int], films: set[str]) -> set[int]:
        """Those of `ids` already credited on one of the films (by loose title key)."""
        if not films:
            return set()
        self.flush()
        rows = self.conn.execute(
            select(claim.c.object_id).join(entity_key, entity_key.c.entity_id == claim.c.subject_id)
            .where(claim.c.object_id.in_(sorted(ids)), entity_key.c.family == "title", entity_key.c.kind == "loose",
                   entity_key.c.key.in_(sorted(films))).distinct())
        return {r[0] for r in rows}

    def _known_prefix(self, rule, name: str, candidate: int) -> bool:
        """Whether the franchise prefix of the new name (or of the candidate) is a stored title."""
        if rule.prefix == "query":
            prefixes = title_prefixes(name)
        else:
            self.flush()
            prefixes = {r[0] for r in self.conn.execute(select(entity_key.c.key).where(
                entity_key.c.entity_id == candidate, entity_key.c.kind == "prefix"))}
        return bool(prefixes and self._find("title", "loose", prefixes, None) - {candidate})

    def adopt(self, entity_id: int, etype: str, name: str) -> None:
        """Give an entity stored without aliases (an older file) its name as first alias and its keys."""
        self._add_alias(entity_id, etype, name, Decision(entity_id, "stored", "name stored before aliases were kept"))
        self.flush()

    def relink(self, entity_id: int, etype: str, name: str) -> None:
        """Fold a stored entity into an older one that its name now joins (used by upgrades)."""
        profile = self.profiles({entity_id})[entity_id] if family(etype) == "title" else None
        decision = self._decide(etype, name, profile, exclude=entity_id)
        if decision.entity_id is not None and decision.entity_id < entity_id:
            self.merge(decision.entity_id, entity_id, decision.rule, decision.reason)
            if decision.fuller:
                self.conn.execute(update(entity).where(entity.c.id == decision.entity_id).values(name=name))
                self._shown(decision.entity_id, name)

    def profiles(self, ids: set[int]) -> dict[int, Profile]:
        """Years of release and people credited, per stored entity, from its claims."""
        found = {i: Profile() for i in ids}
        rows = self.conn.execute(
            select(claim.c.subject_id, claim.c.predicate, claim.c.object_id, func.substr(claim.c.object_value, 1, 4))
            .where(claim.c.subject_id.in_(sorted(ids)), claim.c.predicate.in_(("release_date",) + CREDITS)).distinct())
        for subject_id, predicate, object_id, value in rows:
            p = found[subject_id]
            if predicate == "release_date":
                if value and value[:4].isdigit():
                    p.years.add(int(value[:4]))
            elif object_id is not None:
                p.people.add(object_id)
                if predicate == "director":
                    p.directors.add(object_id)
        return found

    def _new_entity(self, etype: str, name: str) -> int:
        base = _entity_key(name)
        key, n = base, 1
        if (etype, base) in self.free:
            self.free.discard((etype, base))  # taken now
        else:
            while self.conn.execute(select(entity.c.id).where(entity.c.type == etype, entity.c.key == key)).first():
                n += 1
                key = f"{base}#{n}"
        entity_id = self.conn.execute(insert(entity).values(type=etype, name=name, key=key, external_ids={})).inserted_primary_key[0]
        self.created[entity_id] = (name, set())
        self.aliases.setdefault(entity_id, set())  # a new entity has no aliases yet
        return entity_id

    def _add_alias(self, entity_id: int, etype: str, name: str, decision: Decision) -> None:
        self._load_aliases({entity_id})
        if name in self.aliases[entity_id]:
            return  # a known alias is indexed already
        self.aliases[entity_id].add(name)
        created = self.created.get(entity_id)
        shown = created[0] if created else self.conn.execute(select(entity.c.name).where(entity.c.id == entity_id)).scalar_one()
        if shown.isupper() and not name.isupper():  # a headline's capitals are not the name
            self.conn.execute(update(entity).where(entity.c.id == entity_id).values(name=name))
            self._shown(entity_id, name)
        self.pending_aliases.append(dict(entity_id=entity_id, name=name, rule=decision.rule, reason=decision.reason,
                                         article_id=self.article_id))
        if created:
            added = entity_key_rows(entity_id, etype, name, created[1])
        else:
            self.flush()
            added = entity_key_rows(entity_id, etype, name, stored_keys(self.conn, entity_id))
        self.pending_keys.extend((row, etype) for row in added)
        if created:
            created[1].update((row["kind"], row["key"]) for row in added)
        for row in added:
            if (row["family"], row["key"]) in self.keys:
                self.keys[(row["family"], row["key"])].add((entity_id, row["kind"], etype))

    def merge(self, keep: int, drop: int, rule: str, reason: str) -> None:
        """Fold entity `drop` into `keep`: its claims, aliases and keys move; the reason is kept on its aliases."""
        self.flush()
        self.conn.execute(update(claim).where(claim.c.subject_id == drop).values(subject_id=keep))
        self.conn.execute(update(claim).where(claim.c.object_id == drop).values(object_id=keep))
        kept_names = {r[0] for r in self.conn.execute(select(alias.c.name).where(alias.c.entity_id == keep))}
        for row in self.conn.execute(select(alias).where(alias.c.entity_id == drop)).all():
            if row.name not in kept_names:
                self.conn.execute(insert(alias).values(entity_id=keep, name=row.name, rule=rule, reason=reason,
                                                       article_id=row.article_id))
        kept_keys = {(r.kind, r.key) for r in self.conn.execute(select(entity_key).where(entity_key.c.entity_id == keep))}
        for row in self.conn.execute(select(entity_key).where(entity_key.c.entity_id == drop)).all():
            if (row.kind, row.key) not in kept_keys:
                self.conn.execute(insert(entity_key).values(entity_id=keep, family=row.family, kind=row.kind, key=row.key))
        self.conn.execute(delete(alias).where(alias.c.entity_id == drop))
        self.conn.execute(delete(entity_key).where(entity_key.c.entity_id == drop))
        self.conn.execute(delete(entity).where(entity.c.id == drop))
        self.cache = {k: (keep if v == drop else v) for k, v in self.cache.items()}
        self.keys.clear()
        self.aliases.clear()
        self.created.clear()


def _entity_key(name: str) -> str:
    """An entity's display key: its name key; `#2`, `#3`... are added when another entity of its type has it."""
    return name_key(name) or name.casefold()


def stored_keys(conn: Connection, entity_id: int) -> set[tuple[str, str]]:
    return {(r.kind, r.key) for r in conn.execute(select(entity_key.c.kind, entity_key.c.key)
                                                   .where(entity_key.c.entity_id == entity_id))}


def entity_key_rows(entity_id: int, etype: str, name: str, have: set[tuple[str, str]]) -> list[dict]:
    """The match-key rows one alias adds to an entity that has the (kind, key) pairs `have`."""
    fam = family(etype)
    return [dict(entity_id=entity_id, family=fam, kind=kind, key=key)
            for kind, keys in index_keys(etype, name).items() for key in sorted(keys) if (kind, key) not in have]


LITERALS = frozenset({"time", "amount", "none"})


def link_facts(linker: Linker, facts) -> dict[tuple[str, str], int]:
    """Entity ids for every name the facts use: people and companies first, then franchises (known
    prefixes), then titles, whose profile (years, directors, people) tells a remake from the original."""
    names: list[tuple[str, str]] = []
    for f in facts:
        names.append((f.subject_type, f.subject))
        if f.object is not None and f.object_type not in LITERALS:
            names.append((f.object_type, f.object))
    ids: dict[tuple[str, str], int] = {}
    linker.prefetch(dict.fromkeys(names))
    for etype, name in dict.fromkeys(names):
        if family(etype) != "title":
            films = {title_key(f.subject) for f in facts if f.object == name and f.object_type == etype
                     and family(f.subject_type) == "title"}
            ids[(etype, name)] = linker.link(etype, name, films=films)
    for etype, name in sorted(dict.fromkeys(names), key=lambda pair: pair[0] != "franchise"):
        if family(etype) == "title":
            ids[(etype, name)] = linker.link(etype, name, _profile(facts, etype, name, ids))
    linker.flush()
    return ids


def _profile(facts, etype: str, name: str, ids: dict) -> Profile:
    p = Profile()
    for f in facts:
        if f.subject != name or f.subject_type != etype or f.object is None:
            continue
        if f.predicate == "release_date" and f.object[:4].isdigit():
            p.years.add(int(f.object[:4]))
        elif f.predicate in CREDITS and (f.object_type, f.object) in ids:
            p.people.add(ids[(f.object_type, f.object)])
            if f.predicate == "director":
                p.directors.add(ids[(f.object_type, f.object)])
    return p
