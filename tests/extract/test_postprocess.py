"""Article-level tidying: in a story about a delay, earlier dates of a film were replaced."""

from __future__ import annotations

from reelwire.extract.postprocess import tidy
from reelwire.model import Evidence, Fact


def _date(value: str, status: str, rule: str, text: str) -> Fact:
    return Fact(predicate="release_date", subject="Night Orchard", object=value, evidence=Evidence(0, len(text), text),
                rule=rule, object_type="time", qualifiers={"status": status})


def test_a_past_date_a_film_was_moved_to_is_replaced_by_a_later_one():
    facts = tidy([_date("2020-06-05", "released", "release.moved_to", "It was moved to June 5, 2020."),
                  _date("2020-12-25", "scheduled", "release.moved_to", "It was pushed to Christmas.")])
    assert {f.object: f.qualifiers["status"] for f in facts} == {"2020-06-05": "previous", "2020-12-25": "scheduled"}


def test_a_past_date_a_film_was_moved_to_alone_is_its_release():
    facts = tidy([_date("2020-08-12", "released", "release.film_moved", "It was delayed from July 17 to August 12.")])
    assert facts[0].qualifiers["status"] == "released"
