"""Wikidata QuickStatements (V1, tab-separated), every statement referenced to its article.

A statement is written only when Wikidata can take it without guessing: the subject has a
Wikidata id, an entity object has one too, and the value fits a Wikidata datatype. Each line
carries the article URL (S854) and its publication day (S577); a claim whose article has no URL
is not citable and is skipped. Release dates are the current ones (query/history.py), never a
date that was moved away from. Everything left out is counted, by reason, in a note at the head
of the output: lines starting with `#` are that note, for people, and must not be pasted.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import select

from reelwire.query.history import reports_for, summarise
from reelwire.store.kb import KnowledgeBase
from reelwire.store.schema import entity
from reelwire.web.records import ClaimRow, claims

#: eval/FORMAT.md predicates as Wikidata properties (DESIGN.md "Data model").
PROPERTIES = {"cast_member": "P161", "director": "P57", "screenwriter": "P58", "producer": "P162",
              "studio": "P272", "part_of_franchise": "P8345", "based_on": "P144", "release_date": "P577",
              "box_office": "P2142"}
AWARD = {"won": "P166", "nominated": "P1411"}
#: Countries (ISO 3166 alpha-2) for P291 "place of publication".
COUNTRIES = {"US": "Q30", "GB": "Q145", "CA": "Q16", "AU": "Q408", "FR": "Q142", "DE": "Q183", "JP": "Q17",
             "CN": "Q148", "IN": "Q668", "IT": "Q38", "ES": "Q29", "KR": "Q884", "MX": "Q96", "BR": "Q155"}
#: Currencies (ISO 4217) as Wikidata unit items for P2142 "box office".
CURRENCIES = {"USD": "Q4917", "EUR": "Q4916", "GBP": "Q25224"}
_QID = re.compile(r"^Q[1-9]\d*$")
_DAY, _MONTH, _YEAR = re.compile(r"^\d{4}-\d\d-\d\d$"), re.compile(r"^\d{4}-\d\d$"), re.compile(r"^\d{4}$")


@dataclass
class QuickStatements:
    lines: list[str] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)
    claims: int = 0
    entities_without_id: set[str] = field(default_factory=set)

    def note(self) -> list[str]:
        out = [f"# reelwire QuickStatements: {len(self.lines)} statement(s) from {self.claims} claim(s).",
               "# Lines starting with # are this note, not commands: paste only the other lines."]
        if self.skipped:
            out.append("# Skipped, by reason (claims):")
            out += [f"#   {n:>6}  {reason}" for reason, n in sorted(self.skipped.items(), key=lambda x: (-x[1], x[0]))]
        if self.entities_without_id:
            names = sorted(self.entities_without_id)
            shown = ", ".join(names[:20]) + (f", and {len(names) - 20} more" if len(names) > 20 else "")
            out.append(f"# {len(names)} entit{'y' if len(names) == 1 else 'ies'} without a Wikidata id: {shown}.")
            out.append("# Give them ids (entity.external_ids['wikidata']) to export their statements.")
        return out

    def text(self) -> Iterator[str]:
        yield from self.note()
        yield from self.lines


def wikidata_id(external_ids) -> str | None:
    for key in ("wikidata", "Wikidata", "wd"):
        value = (external_ids or {}).get(key)
        if isinstance(value, str) and _QID.match(value):
            return value
    return None


def time_value(value: str) -> str | None:
    """A TIMEX3 value as a QuickStatements time (day 11, month 10, year 9); None for seasons etc."""
    if _DAY.match(value):
        return f"+{value}T00:00:00Z/11"
    if _MONTH.match(value):
        return f"+{value}-00T00:00:00Z/10"
    if _YEAR.match(value):
        return f"+{value}-00-00T00:00:00Z/9"
    return None


def _quote(text: str) -> str:
    return '"' + text.replace('"', "'").replace("\t", " ").replace("\n", " ") + '"'


def quickstatements(kb: KnowledgeBase) -> QuickStatements:
    with kb.engine.connect() as conn:
        ids = {r.id: (r.name, wikidata_id(r.external_ids)) for r in
               conn.execute(select(entity.c.id, entity.c.name, entity.c.external_ids))}
        films = sorted({r.id for r in conn.execute(select(entity.c.id).where(entity.c.type.in_(("film", "series"))))})
        current = {fid: {(c.value, c.region, c.medium) for c in summarise(rs)}
                   for fid, rs in (reports_for(conn, films).items() if films else [])}
    qs = QuickStatements()
    after = None
    while rows := claims(kb, after=after, limit=1000):
        for c in rows:
            qs.claims += 1
            line = _statement(c, ids, current, qs)
            if line is not None:
                qs.lines.append(line)
        after = rows[-1].id
    return qs


def _statement(c: ClaimRow, ids: dict, current: dict, qs: QuickStatements) -> str | None:
    def skip(reason: str) -> None:
        qs.skipped[reason] += 1

    prop = AWARD.get(c.qualifiers.get("outcome", "")) if c.predicate == "award" else PROPERTIES.get(c.predicate)
    if prop is None:
        return skip(f"{c.predicate}: no Wikidata property mapped")
    subject_name, subject_qid = ids[c.subject_id]
    if subject_qid is None:
        qs.entities_without_id.add(subject_name)
        return skip(f"{c.predicate}: subject has no Wikidata id")
    qualifiers: list[str] = []
    if c.object_id is not None:
        object_name, value = ids[c.object_id]
        if value is None:
            qs.entities_without_id.add(object_name)
            return skip(f"{c.predicate}: object has no Wikidata id")
    elif c.predicate == "release_date":
        key = (c.object, c.qualifiers.get("region"), c.qualifiers.get("medium"))
        if c.qualifiers.get("status") == "previous" or key not in current.get(c.subject_id, set()):
            return skip("release_date: not the current date (moved or superseded)")
        value = time_value(c.object or "")
        if value is None:
            return skip("release_date: period not expressible as a Wikidata time (season, quarter, week)")
        region = c.qualifiers.get("region")
        if region and region in COUNTRIES:
            qualifiers += ["P291", COUNTRIES[region]]
    elif c.predicate == "box_office":
        amount, _, currency = (c.object or "").partition(" ")
        if currency not in CURRENCIES or not amount.replace(".", "", 1).isdigit():
            return skip("box_office: currency not mapped to a Wikidata unit")
        value = f"+{amount}U{CURRENCIES[currency][1:]}"
    else:
        return skip(f"{c.predicate}: literal value has no Wikidata form")
    if c.predicate == "cast_member" and c.qualifiers.get("character"):
        qs.skipped["cast_member: character role (P453) left out, characters have no Wikidata id"] += 1
    if not c.url:
        return skip("article has no URL to cite (S854)")
    refs = ["S854", _quote(c.url)]
    if c.published:
        refs += ["S577", f"+{c.published.isoformat()}T00:00:00Z/11"]
    return "\t".join([subject_qid, prop, value, *qualifiers, *refs])
