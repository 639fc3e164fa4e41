"""In-article resolution of person mentions (resolve/inarticle.py)."""

from reelwire.resolve.inarticle import Mention, resolve_mentions


def people(text: str) -> list[str]:
    mentions, at = [], 0
    for name in ("Theo", "Sam Blackwood", "Mara", "Dana Holt", "Min-jun", "Park Min-Jun"):
        at = text.find(name, at)
        if at >= 0:
            mentions.append(Mention("PER", at, at + len(name), name, name))
            at += len(name)
        else:
            at = 0
    resolved, _ = resolve_mentions(mentions, None, text)
    return [m.canonical for m in resolved]


def test_a_given_name_joined_to_a_brother_takes_the_family_name():
    assert people("It is directed by Theo and Sam Blackwood. The Blackwood brothers")[:1] == ["Theo Blackwood"]


def test_a_one_word_name_joined_to_a_full_name_stays_itself():
    assert "Mara" in people("Mara and Dana Holt attended the premiere.")


def test_a_given_name_finds_its_full_name_whatever_its_case():
    mentions = [Mention("PER", 0, 12, "Park Min-Jun", "Park Min-Jun"), Mention("PER", 18, 25, "Min-jun", "Min-jun")]
    resolved, _ = resolve_mentions(mentions, None, "Park Min-Jun won. Min-jun thanked fans.")
    assert [m.canonical for m in resolved] == ["Park Min-Jun", "Park Min-Jun"]
