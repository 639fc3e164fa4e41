"""schema.org JSON-LD: a `Movie` for each film, with `PerformanceRole` credits and
`PublicationEvent` releases, and the news articles it was learned from as `subjectOf`.

Built from the same film page read model the web shows (web/reads.py), so the embedded JSON-LD
and the export agree. `html_safe` is the form for a `<script>` element: `<`, `>`, `&` and `'`
become \\u escapes, so no text from an article can close the element or open another.
"""

from __future__ import annotations

import json
import re
from typing import Any

from reelwire.query.common import TITLE_TYPES
from reelwire.store.kb import KnowledgeBase
from reelwire.web.reads import FilmPage, film_page
from reelwire.web.records import entities

_SCHEMA_DATE = re.compile(r"^\d{4}(-\d\d(-\d\d)?)?$")
_PERSON_PROPS = {"director": "director", "screenwriter": "author", "producer": "producer"}


def _person(name: str) -> dict:
    return {"@type": "Person", "name": name}


def movie(page: FilmPage, base_url: str | None = None) -> dict[str, Any]:
    view = page.view
    doc: dict[str, Any] = {"@context": "https://schema.org", "@type": "TVSeries" if view.film.type == "series" else "Movie",
                           "name": view.film.name}
    if base_url:
        doc["@id"] = doc["url"] = f"{base_url.rstrip('/')}/films/{view.film.id}"
    others = [a for a in view.aliases if a != view.film.name]
    if others:
        doc["alternateName"] = others
    for fact in view.facts:
        if fact.inverse or fact.value is None:
            continue
        if fact.predicate == "cast_member":
            role: dict[str, Any] = {"@type": "PerformanceRole", "actor": _person(fact.value)}
            if fact.qualifiers.get("character"):
                role["characterName"] = fact.qualifiers["character"]
            doc.setdefault("actor", []).append(role)
        elif fact.predicate in _PERSON_PROPS:
            doc.setdefault(_PERSON_PROPS[fact.predicate], []).append(_person(fact.value))
        elif fact.predicate == "studio":
            doc.setdefault("productionCompany", []).append({"@type": "Organization", "name": fact.value})
        elif fact.predicate == "based_on":
            doc.setdefault("isBasedOn", []).append({"@type": "CreativeWork", "name": fact.value})
        elif fact.predicate == "part_of_franchise":
            doc.setdefault("isPartOf", []).append({"@type": "CreativeWorkSeries", "name": fact.value})
    for current in view.release:
        event: dict[str, Any] = {"@type": "PublicationEvent", "name": " ".join(
            x for x in (current.medium, "release", f"({current.status})" if current.status else "") if x)}
        if _SCHEMA_DATE.match(current.value):
            event["startDate"] = current.value
        else:
            event["description"] = f"release period {current.value} (TIMEX3)"
        if current.region:
            event["location"] = {"@type": "Country", "name": current.region}
        doc.setdefault("releasedEvent", []).append(event)
    seen: dict[str, dict] = {}
    for evidence in [e for es in page.evidence.values() for e in es] + [e for es in page.release_evidence.values() for e in es]:
        item: dict[str, Any] = {"@type": "NewsArticle", "headline": evidence.title or evidence.article}
        if evidence.url:
            item["url"] = evidence.url
        if evidence.published:
            item["datePublished"] = evidence.published.isoformat()
        seen.setdefault(evidence.article_id, item)
    if seen:
        doc["subjectOf"] = list(seen.values())
    return doc


def html_safe(doc: Any) -> str:
    """JSON for inside `<script type="application/ld+json">`: nothing in it can end the element."""
    text = json.dumps(doc, ensure_ascii=False, sort_keys=False)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("'", "\\u0027").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def jsonld_graph(kb: KnowledgeBase, base_url: str | None = None) -> dict[str, Any]:
    """Every film and series in the knowledge base as one JSON-LD document."""
    graph, after = [], None
    while True:
        batch = entities(kb, TITLE_TYPES, after, 500)
        if not batch:
            break
        for e in batch:
            doc = movie(film_page(kb, e.id), base_url)
            doc.pop("@context")
            graph.append(doc)
        after = (batch[-1].key, batch[-1].id)
    return {"@context": "https://schema.org", "@graph": graph}
