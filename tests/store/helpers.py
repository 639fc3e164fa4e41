"""Articles with hand-written facts, so that store tests exercise linking without the parser."""

from __future__ import annotations

from datetime import date

from reelwire.model import Article, Evidence, Fact
from reelwire.process import Processed

TYPES = {"cast_member": "person", "director": "person", "screenwriter": "person", "producer": "person",
         "studio": "org", "part_of_franchise": "franchise", "release_date": "time"}


def fact(p: str, s: str, o: str | None, s_type: str = "film", **quals) -> Fact:
    return Fact(predicate=p, subject=s, object=o, evidence=Evidence(0, 10, f"{s} {p} {o}."), rule="test",
                subject_type=s_type, object_type=TYPES.get(p, "none"), qualifiers=quals)


def article(name: str, published: str | None, *facts: Fact) -> Processed:
    text = f"{name}: " + " ".join(f.evidence.text for f in facts)
    day = date.fromisoformat(published) if published else None
    return Processed(Article(source=name, text=text, published=day, title=name), list(facts), [])
