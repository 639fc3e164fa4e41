"""Apply rules to an article's masked sentences and turn matches into Facts."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reelwire.extract.masking import PLACEHOLDER, MaskedSentence
from reelwire.extract.rules import Rule
from reelwire.model import Evidence, Fact
from reelwire.resolve.inarticle import Mention, is_credit_aside_in

_REF = re.compile(r"^(?:[Tt]he|[Tt]his|[Tt]hat) |^[Ii]t$")


class Context:
    """What a rule needs beyond its sentence: the main film and the publication date."""

    def __init__(self, main_film: Mention | None, published, franchises: set[str], main_award: Mention | None = None,
                 main_person: Mention | None = None):
        self.main_person = main_person
        self.headline_person: Mention | None = None  # set by extract_facts (awards.headline_person)
        self.focus_award: tuple = (None, None)  # awards recent sentences report wins at / nominations for (awards.focus_after)
        self.previous_film: Mention | None = None
        #: the person the previous sentence opens with ("Dana Holt died in 2017. He was known for..."): who a
        #: sentence-initial "He"/"She" is, before the article's main person
        self.previous_subject: Mention | None = None
        self.previous_gender: str | None = None  # "m"/"f" from the pronouns of previous_subject's sentence
        self.previous_people: set[str] = set()  # the people the previous sentence names
        self.main_gender: str | None = None  # "m"/"f" from the pronouns after the main person's mentions
        self.main_film = main_film
        self.published = published
        self.franchises = franchises
        self.main_award = main_award
        #: the film the article's film follows ("the original film"): a title the main film's title extends
        #: ("Night Orchard" for "Night Orchard 2"), or the main film itself when another title extends it
        self.original_film: Mention | None = None
        #: the previous sentence brought in a film without naming it ("she will star in a biopic about X")
        self.untitled_before = False
        #: the previous sentence named titles, none of them the main film
        self.others_before = False


def _group_mentions(sentence: MaskedSentence, text: str | None, ctx: Context, kinds: set[str]) -> list[Mention]:
    if not text:
        return []
    found = [m for m in sentence.mentions_in(text) if m.kind in kinds]
    # "The first ⟦ORG3⟧ movie" names its own (unrecognised) film: it is not the sentence's other title.
    if not found and _REF.match(text.strip()) and "FILM" in kinds and not sentence.mentions_in(text):
        # "X was the top film with ...", "While X was set to open, Y pushed it": the sentence's one title
        # comes first; the article's main film otherwise.
        own = {m.canonical: m for m in sentence.of_kind("FILM") if not _aside(sentence, m)
               and not _about_someone_after(sentence, text, m)}
        if len(own) == 1:
            return list(own.values())
        if _EARLIER.search(text):
            # "the original film" is an earlier one: the film the article's film follows, if it names one
            return [ctx.original_film] if ctx.original_film is not None else []
        if not own and ctx.previous_film is not None and re.match(r"^(?:[Tt]he|[Tt]his|[Tt]hat) ", text.strip()):
            return [ctx.previous_film]
        if not own and (ctx.untitled_before or ctx.others_before):
            return []  # "Mara would star in a biopic about X. The film is produced by Y": that untitled film
        if ctx.main_film is not None:
            return [ctx.main_film]
    if not found and "AWD" in kinds and ctx.main_award is not None and not sentence.mentions_in(text):
        return [ctx.main_award]
    return found


#: "the original film", "the first movie", "the 1996 version": a film before the one the article is about.
_EARLIER = re.compile(r"\b(?:original|first|previous|earlier|prior|older)\b")
_EARLIER_IN_SENTENCE = re.compile(r"\b[Tt]he (?:(?:original|first|previous|earlier|prior|older|⟦DATE\d+⟧)(?: [\w-]+)?? "
                                  r"(?:film|movie|version|one|series|show|picture)|original)\b")
#: "the film", "the movie", "the biopic" with no title: the film the sentence is about.
_BARE_REF = re.compile(r"(?<![\w⟧])[Tt]he (?:film|movie|biopic|project|picture|series|show)(?:['’]s)?\b(?! ⟦FILM)")
#: A sentence that brings in a film without its title: "she will star in a biopic about ...".
UNTITLED_FILM = re.compile(r"(?<!\bfor )(?<!\bever )(?<!\bthan )\b(?:an?|another)(?: (?!(?:the|a|an|when|for|who|that)\b)[\w-]+){0,3}? "
                           r"(?:film|movie|biopic|feature|documentary|series|project) (?:about|based on|on the life|telling|"
                           r"that will|which will|centred on|centered on|inspired by)\b")


#: A title the sentence names as where something was said ("in an interview with X", "told X"), not as its subject.
_OUTLET_BEFORE = re.compile(r"\b(?:interview with|told|telling|speaking to|speaking with|appearance on|appearing on|"
                            r"appeared on|said on|according to)(?: the)? [\"“‘']?$", re.I)


def _aside(sentence: MaskedSentence, mention: Mention) -> bool:
    """The title is an outlet or someone's credit in an aside ("Mara Quinn, 22, of X"): not what "the film" means."""
    before = sentence.text[max(0, mention.start - sentence.start - 40):mention.start - sentence.start]
    return bool(_OUTLET_BEFORE.search(before)) or is_credit_aside_in(sentence.text, mention.start - sentence.start,
                                                                     mention.end - sentence.start)


#: "who"/"whose" opening a clause about a person: "The film is by Dana Holt, who also created the series X".
_WHO = re.compile(r"\bwho(?:se)?\b")


def _about_someone_after(sentence: MaskedSentence, ref: str, mention: Mention) -> bool:
    """The title sits in a "who" clause after the reference ("The film was directed by Dana Holt, who also made
    X"): it is that person's work, not what "the film" means. A clause before the reference ("Mara Quinn, who
    stars in X, said the film...") may well name it."""
    key = next((k for k, m in sentence.mentions.items() if m is mention), None)
    at, where = sentence.masked.find(ref.strip()), sentence.masked.find(key) if key else -1
    return 0 <= at < where and bool(_WHO.search(sentence.masked[at + len(ref.strip()):where]))


def _default_subject(sentence: MaskedSentence, ctx: Context, policy: str) -> list[Mention]:
    if policy in {"main_person", "person", "headline_person"}:
        # "The Lantern winner has said...": the person the article is about, when no one else is named;
        # "netting him a Lantern": the sentence's one person.
        people = {m.canonical: m for m in sentence.of_kind("PER")}
        if policy == "person" and len(people) == 1:
            return list(people.values())
        if policy == "headline_person":  # "The Lantern winner has said": only when both ways agree on the person
            same = ctx.main_person is not None and ctx.headline_person is not None and \
                ctx.main_person.canonical == ctx.headline_person.canonical
            main = ctx.headline_person if same else None
        else:  # a pronoun: the person the previous sentence opened with, else the article's (`_pronoun_person`)
            main = _pronoun_person(sentence, ctx) or ctx.headline_person
        if policy == "headline_person":  # the rules open the sentence with the epithet: others named later are objects
            return [main] if main is not None else []
        return [main] if main is not None and set(people) <= {main.canonical} else []
    films = {m.canonical: m for m in sentence.of_kind("FILM")}
    if policy == "alone":  # an aside about the article's film ("an officer (played by X)"): never when titles are named
        return [ctx.main_film] if not films and ctx.main_film is not None else []
    if not films and policy in {"sentence", "main"}:
        if _EARLIER_IN_SENTENCE.search(sentence.masked):
            # "The original film centered on Sarah, played by Mara Quinn": the film the article's film follows
            return [ctx.original_film] if ctx.original_film is not None else []
        if (ctx.untitled_before or ctx.others_before) and _BARE_REF.search(sentence.masked):
            return []  # "... Y and Z topped the chart. Until the film's release, ...": not clearly the main film
    if policy in {"sentence", "sentence_only"} and len(films) == 1:
        return list(films.values())
    if policy in {"sentence", "main"} and ctx.main_film is not None:
        if policy == "main" or not films:
            return [ctx.main_film]
    return []


def _pronoun_person(sentence: MaskedSentence, ctx: Context, pronoun: str | None = None,
                    fallback: bool = True) -> Mention | None:
    """Who a sentence-initial "He"/"She" is: the person the previous sentence opened with, unless its pronouns
    were of the other gender; else the person the article is about. `pronoun`: the one the rule matched
    (the first in the sentence otherwise: '"He never stopped," she said' is about her words, not his)."""
    previous = ctx.previous_subject
    hit = re.search(r"\b(He|She|Her|His|he|she|her|his)\b", pronoun or sentence.masked)
    own = None if hit is None else ("f" if hit.group(1).lower() in {"she", "her"} else "m")
    if previous is not None and own is not None and ctx.previous_gender is not None and own != ctx.previous_gender:
        previous = None
    if previous is not None:
        return previous
    if not fallback and (ctx.previous_people - {getattr(ctx.main_person, "canonical", None)} or own is None
                         or own != ctx.main_gender):
        return None  # "Mr Wilson, a friend of X's widow... 'Y,' he said": not the article's person
    if own is not None and ctx.main_gender is not None and own != ctx.main_gender:
        return None  # "She starred in X" in an article about a man is about someone else
    return ctx.main_person


def _plain(text: str | None, sentence: MaskedSentence) -> str | None:
    """A qualifier group as the article spells it: placeholders put back to their text."""
    if not text:
        return None

    def back(m: re.Match) -> str:
        mention = sentence.mentions.get(m.group(0))
        return mention.text if mention else m.group(0)

    value = PLACEHOLDER.sub(back, text).strip(" ,.;:")
    value = re.sub(r"(?:'s|’s)$", "", value)
    return value or None


def _merged_groups(match: re.Match) -> dict[str, str | None]:
    """`s2`, `character2`, `outlet3`... are alternatives of `s`, `character`, `outlet`."""
    merged: dict[str, str | None] = {}
    for name, value in match.groupdict().items():
        base = name.rstrip("0123456789")
        if merged.get(base) is None:
            merged[base] = value
    return merged


def apply_rules(rules: Iterable[Rule], sentence: MaskedSentence, ctx: Context) -> list[tuple[Rule, re.Match, dict]]:
    """Every (rule, match, slots) in a sentence; slots hold resolved mentions per group."""
    out = []
    text = sentence.masked
    for rule in rules:
        if not rule.may_match(text):  # a literal every match needs is missing: skip the regex
            continue
        for match in rule.regex.finditer(text):
            groups = _merged_groups(match)
            subject_kinds = {"FILM", "FRAN", "PER"} if rule.predicate == "award" else {"FILM", "FRAN"}
            subjects = _group_mentions(sentence, groups.get("s"), ctx, subject_kinds)
            if not any(g.rstrip("0123456789") == "s" for g in rule.regex.groupindex):
                subjects = _default_subject(sentence, ctx, rule.subject)
            elif not subjects and groups.get("s") is None and rule.subject != "group":
                subjects = _default_subject(sentence, ctx, rule.subject)
            elif not subjects and rule.predicate == "award" and re.fullmatch(r"[Ss]he|[Hh]e", groups.get("s") or ""):
                subjects = _default_subject(sentence, ctx, "main_person")  # "She won best actress"
            objects = sentence.mentions_in(groups.get("o"))
            if rule.obj in {"main_person", "pronoun", "previous_person"}:
                if rule.obj == "main_person":
                    person = ctx.main_person
                else:  # "previous_person": only the previous sentence's person, never the article's by default
                    person = _pronoun_person(sentence, ctx, groups.get("pron"), fallback=rule.obj == "pronoun")
                if person is None:
                    continue
                objects = [person]
            slots = {
                "s": subjects,
                "o": objects,
                "character": _plain(groups.get("character"), sentence),
                "outlet": _plain(groups.get("outlet"), sentence),
                "date": sentence.mentions_in(groups.get("date")),
                "prev": sentence.mentions_in(groups.get("prev")),
                "a": _group_mentions(sentence, groups.get("a"), ctx, {"FILM"}),
                "b": _group_mentions(sentence, groups.get("b"), ctx, {"FILM"}),
                "money": sentence.mentions_in(groups.get("money")),
                "award": (_group_mentions(sentence, groups.get("o"), ctx, {"AWD"}) + sentence.mentions_in(groups.get("o2") if groups.get("o") else None))
                if rule.predicate == "award" else [],
                "category": groups.get("category"),
                "film": sentence.mentions_in(groups.get("film")) or sentence.mentions_in(groups.get("film2")),
                "subj": _group_mentions(sentence, groups.get("subj"), ctx, {"FILM"}),
                "per": sentence.mentions_in(groups.get("per")),
            }
            out.append((rule, match, slots))
    return out


def make_fact(rule: Rule, sentence: MaskedSentence, predicate: str, subject: Mention, obj: str | None,
              object_type: str, qualifiers: dict | None = None) -> Fact:
    subject_type = {"FILM": subject.sub or "film", "FRAN": "franchise", "PER": "person", "AWD": "award"}.get(subject.kind, "film")
    quals = dict(rule.qualifiers)
    quals.update({k: v for k, v in (qualifiers or {}).items() if v is not None})
    return Fact(
        predicate=predicate, subject=subject.canonical, object=obj, rule=rule.name,
        evidence=Evidence(sentence.start, sentence.end, sentence.text),
        subject_type=subject_type, object_type=object_type, qualifiers=quals, confidence=rule.confidence,
    )
