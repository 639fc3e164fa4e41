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


def test_a_company_tagged_once_is_a_company_where_left_untagged():
    from reelwire.extract.mentions import _spread_companies
    text = "Night Orchard is coming to Streamly on May 2. Streamly has acquired it. Mara Streamly smiled."
    start = text.index("Streamly")
    tagged = Mention("ORG", start, start + 8, "Streamly", "Streamly")
    found = _spread_companies(text, [tagged])
    assert [text[m.start:m.end] for m in found] == ["Streamly"] and found[0].start == text.index("Streamly has")
