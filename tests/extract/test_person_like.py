from reelwire.extract.build import _person_like


def test_person_like_names_are_not_companies():
    assert _person_like("Mara Quinn")
    assert _person_like("Theo De Blackwood")


def test_company_names_are_not_person_like():
    for name in ("Streamly", "HBO Max", "Harbor Pictures", "Streamly TV", "Apple TV+"):
        assert not _person_like(name), name
