from reelwire.extract.mentions import _untagged_companies
from reelwire.resolve.inarticle import Mention


def _film(text, title):
    start = text.index(title)
    return Mention("FILM", start, start + len(title), title, title, sub="series")


def test_name_before_a_kind_of_work_is_a_company_everywhere():
    text = "The hit Streamly series Night Orchard returns. Streamly announced it on Monday."
    found = _untagged_companies(text, [_film(text, "Night Orchard")])
    assert [(m.kind, m.canonical) for m in found] == [("ORG", "Streamly"), ("ORG", "Streamly")]


def test_nationalities_and_places_are_no_company():
    for text in ("the Colombian drama Night Orchard won", "US film Night Orchard won", "Hollywood blockbuster Night Orchard won"):
        assert _untagged_companies(text, [_film(text, "Night Orchard")]) == []
