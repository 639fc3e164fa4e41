"""The person an article is about (extract.main_person)."""

from __future__ import annotations

from reelwire.extract import main_person
from reelwire.resolve.inarticle import Mention


def _people(*names: str) -> list[Mention]:
    return [Mention("PER", i * 20, i * 20 + len(n), n, n) for i, n in enumerate(names)]


def test_the_person_a_headline_opens_with():
    mentions = _people(*(["Mara Quinn", "Theo Blackwood"] * 4))
    assert main_person(mentions, "Mara Quinn pays tribute to late star Theo Blackwood").canonical == "Mara Quinn"


def test_a_headline_name_needs_three_mentions():
    mentions = _people("Mara Quinn", "Mara Quinn", "Theo Blackwood")
    assert main_person(mentions, "Mara Quinn pays tribute to Theo Blackwood") is None


def test_a_longer_name_is_not_the_opening_one():
    mentions = _people(*(["Mara Quinn"] * 3 + ["Theo Blackwood"] * 3))
    assert main_person(mentions, "Mara Quinnell arrives; Mara Quinn and Theo Blackwood wave") is None


def _masked(text: str, people: dict[str, str]):
    from reelwire.extract.masking import MaskedSentence
    return MaskedSentence(0, len(text), text, text, {k: Mention("PER", 0, 1, v, v) for k, v in people.items()})


def test_a_pronoun_sentence_keeps_the_person_the_one_before_opened_with():
    from reelwire.extract import _sentence_subject
    subject, gender = _sentence_subject(_masked("⟦PER1⟧ died in 2017 after his surgery.", {"⟦PER1⟧": "Theo Blackwood"}), None, None)
    assert (subject.canonical, gender) == ("Theo Blackwood", "m")
    kept, _ = _sentence_subject(_masked("He was known for his lead role.", {}), subject, gender)
    assert kept.canonical == "Theo Blackwood"


def test_a_pronoun_of_the_other_gender_is_someone_else():
    from reelwire.extract import _sentence_subject
    subject, gender = _sentence_subject(_masked("⟦PER1⟧ previously directed his mother.", {"⟦PER1⟧": "Theo Blackwood"}), None, None)
    assert _sentence_subject(_masked("Her career began when she was a teenager.", {}), subject, gender) == (None, None)
