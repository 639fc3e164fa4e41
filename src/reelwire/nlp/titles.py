"""The title recogniser: films, series and franchises from general cues of news language.

spaCy's small English model labels titles as GPE, LAW or PERSON (or not at all). This component
finds titles from cues (`cues.py`): a capitalised span after "the film"/"stars in", before
"director <Name>", inside quotation marks, `Title: Subtitle`, sequel numbers of a known title,
and then keeps one sense per article: every other occurrence of a known title string is a title.
Titles become `TITLE` entities, franchises `FRANCHISE`; the kind (film, series) of each title
string is kept in `doc._.reelwire.title_kinds`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from reelwire.nlp.cues import (
    FRANCHISE_NOUNS, LIST_NOUNS, NOT_TITLE_START, COMMON_MODIFIERS, NOT_TITLE_ALONE, NOUN_CUES, PLACE_AMBIGUOUS_CUES, THE_ROLE_NOUNS, WHICH_PHRASES, PERSON_AMBIGUOUS_CUES, PERSON_ROLE_NOUNS, PHRASE_CUES, SERIES_WORDS, SUBJECT_PHRASES,
    TITLE_CONNECTORS, TITLE_FOLLOWERS,
)
from reelwire.nlp.textscan import doc_text as text_of, occurrences

MAX_TITLE_TOKENS = 10
_OPEN_QUOTES = {"“": "”", "‘": "’", '"': '"', "'": "'"}
_ROMAN = re.compile(r"^(?:II|III|IV|V|VI|VII|VIII|IX|X)$")
#: Connectors crossed when growing a title leftwards from a cue; "in", "on", "for" are not, so that
#: "cast as Iris Vane in Copper Rain, the neo-noir" gives "Copper Rain".
_BACKWARD_CONNECTORS = frozenset({"of", "and", "the", "&", ":", "-", "–", "'n'"})
#: Adverbs between "which" and its verb: "X, which only took in $2m".
_CLAUSE_ADVERBS = frozenset("only also still just now originally initially reportedly eventually later first".split())
#: "the Cuban-Spanish actress", "the Welsh star": a nationality, not a work.
_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:an|ian|ese|ish|ch|i)$")
#: Connectors that, capitalised, begin a title: "No Harbor Tonight", "La Harbor Land" (a foreign article).
_KEPT_FIRST_WORDS = frozenset("No My Your Our La Le Les El Los Las Il Der Die Das".split())
_CHARACTER_BEFORE = frozenset("as of plays played playing play portrays portrayed portraying voices voiced".split())
_INNER_PREPOSITIONS = frozenset({"in", "on", "at", "to", "for", "from", "with", "upon"})
_NON_TITLE_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}


@dataclass
class DocInfo:
    """What reelwire's components learned about a document (the `Doc._.reelwire` namespace)."""

    title_kinds: dict[str, str] = field(default_factory=dict)
    title_cues: dict[str, str] = field(default_factory=dict)


def doc_info(doc: Doc) -> DocInfo:
    if doc._.reelwire is None:
        doc._.reelwire = DocInfo()
    return doc._.reelwire


def _is_cap(tok) -> bool:
    text = tok.text
    return bool(text) and (text[0].isupper() or (text[0].isdigit() and tok.i > 0))


def _is_title_token(tok) -> bool:
    return _is_cap(tok) or tok.lower_ in TITLE_CONNECTORS


def cap_span_from(doc: Doc, start: int, limit: int | None = None) -> tuple[int, int] | None:
    """The longest title-shaped token span starting at `start`: capitalised words and connectors."""
    if start >= len(doc) or not _is_cap(doc[start]) or (doc[start].text in NOT_TITLE_START and not _noun_of(doc, start, len(doc))
                                                         and not _article_of(doc, start)):
        return None
    sent_end = doc[start].sent.end if limit is None else limit
    end = start + 1
    best = end
    while end < sent_end and end - start < MAX_TITLE_TOKENS:
        tok = doc[end]
        if (tok.text in {"'s", "’s"} and end + 1 < sent_end and _is_cap(doc[end + 1]) and end - start <= 3
                and doc[end - 1].ent_type_ not in {"ORG", "PERSON", "GPE", "NORP"}):
            end += 1  # "The Keeper's House", "A Sailor's Song"
            continue
        if tok.text in {"'s", "’s"} and end == start + 1 and end + 1 < sent_end and _sequel_number(doc[end + 1]):
            end += 1  # "Harbor's Twelve", "Harbor's 12": a possessive before a number is the title's own
            continue
        if tok.text in {"'s", "’s"} and end + 1 < sent_end and _is_cap(doc[end + 1]) and _one_entity_across(doc, end):
            end += 1  # "Keeper's Harbor" tagged as one name by the model: a possessor ends its entity at "'s"
            continue
        if tok.text in {"'s", "’s"} or tok.is_quote:
            break
        if tok.text in {",", ".", "(", ")", ";", "!", "?"}:
            break
        if _is_cap(tok):
            end += 1
            best = end
        elif tok.lower_ in TITLE_CONNECTORS:
            # "The Quiet Shore from Spain", "Copper Rain 3 in London": a place ends the title.
            if tok.lower_ in {"from", "in", "at", "on", "to", "for", "with"} and end + 1 < len(doc) and doc[end + 1].ent_type_ in {"GPE", "LOC", "PERSON", "DATE", "ORG"}:
                break
            end += 1
        else:
            break
    return (start, best)


_NUMBER_NAMES = frozenset("Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen".split())


def _sequel_number(tok) -> bool:
    """A capitalised number word or a small number: what follows a possessive in "Harbor's Twelve", "Harbor's 12"."""
    return tok.text in _NUMBER_NAMES or (tok.text.isdecimal() and tok.text.isascii() and 2 <= int(tok.text) <= 20)


def _one_entity_across(doc: Doc, i: int) -> bool:
    """The model's entity runs on across the possessive at i ("Keeper's Harbor" as one ORG), which it ends at "'s"
    for a possessor ("Theo Blackwood's", then "Night Orchard")."""
    return (doc[i].ent_iob_ == "I" and doc[i + 1].ent_iob_ == "I" and doc[i - 1].ent_iob_ in {"B", "I"}
            and doc[i + 1].ent_type_ not in {"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"})


def _function_word_led(doc: Doc, i: int) -> tuple[int, int] | None:
    """After a kind of work, a title may open with a word that opens no title elsewhere: "the film It's A Long Harbor",
    "the series When They Sail", "the comedy Being Mara": it needs a capitalised word after it that is no time, place
    or name."""
    if doc[i].text not in NOT_TITLE_START or doc[i].text in {"A", "An"} or not doc[i].is_alpha or doc[i].is_sent_start:
        return None
    j = i + 1
    if j < len(doc) and doc[j].text in {"'s", "’s"}:
        j += 1
    if j >= len(doc) or not doc[j].is_alpha or not doc[j].text[:1].isupper() or doc[j].is_sent_start:
        return None
    if doc[j].text in NOT_TITLE_START and doc[j].text not in {"A", "An", "I", "You", "We", "They", "He", "She", "It", "My"}:
        return None
    if any(t.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "PERSON", "ORG"} for t in doc[i:j + 1]):
        return None
    rest = cap_span_from(doc, j) if doc[j].text not in NOT_TITLE_START else (j, j + 1)
    if not rest:
        return None
    end = rest[1]
    if doc[j].text in NOT_TITLE_START:  # "When They Sail": carry on over the capitalised words after the pronoun
        more = cap_span_from(doc, j + 1) if j + 1 < len(doc) else None
        end = more[1] if more else end
    return (i, end) if end - i >= 2 else None


def _opens(tok) -> bool:
    """The first word of its sentence or of a caption ("Wow: The ..."); whitespace tokens do not count."""
    i = tok.i - 1
    while i >= 0 and tok.doc[i].is_space:
        i -= 1
    return tok.is_sent_start or i < 0 or tok.doc[i + 1].is_sent_start or tok.doc[i].text == ":"


def _article_of(doc: Doc, i: int) -> bool:
    """"starring in A Quiet Harbor": a title's own "A" before a capitalised word that is no name."""
    return (doc[i].text in {"A", "An"} and not doc[i].is_sent_start and i + 1 < len(doc) and _is_cap(doc[i + 1])
            and doc[i + 1].ent_type_ != "PERSON" and doc[i + 1].text not in NOT_TITLE_START)


def _noun_of(doc: Doc, i: int, end: int) -> bool:
    """"Lord of the Harbor", "Lady of the Tide": a title word before "of" is no honorific."""
    return doc[i].text in {"Lord", "Lady", "Sir"} and i + 2 < end and doc[i + 1].lower_ == "of"


def cap_span_before(doc: Doc, end: int, keep_article: bool = False, prepositions: bool = False) -> tuple[int, int] | None:
    """The title-shaped span ending just before token `end` (inside quotes: “Copper Rain” franchise).

    With `prepositions` the span also crosses "in", "on"... between capitalised words ("Lost in Harbor director X",
    "the Nightmare on Elm Road franchise"), never after a person's name or a place.
    """
    if end >= 3 and doc[end - 1].is_quote and doc[end - 1].text in {"”", "’", '"', "'"}:
        inner = cap_span_before(doc, end - 1)
        if inner and inner[0] > 0 and doc[inner[0] - 1].is_quote:
            return inner
        return None
    if end <= 0 or not _is_cap(doc[end - 1]):
        return None
    sent_start = doc[end - 1].sent.start
    start = end - 1
    best = start
    crossed = -1
    while start > sent_start and end - start < MAX_TITLE_TOKENS:
        tok = doc[start - 1]
        if _is_cap(tok) and tok.text not in {"'s", "’s"}:
            start -= 1
            best = start
        elif tok.text in {"'s", "’s"} and _sentence_first_owner(doc, start - 2, sent_start):
            start -= 2  # "Harbor's Moving Lantern is based on": a title's own possessive opens the sentence
            best = start
        elif tok.lower_ in _BACKWARD_CONNECTORS:
            start -= 1
        elif (prepositions and tok.text in _INNER_PREPOSITIONS and start - 2 >= sent_start and _is_cap(doc[start - 2])
              and doc[start - 2].ent_type_ not in {"PERSON", "GPE", "NORP"} and doc[start - 2].text not in NOT_TITLE_START):
            prepositions = False  # one: "Stars in the Harbor with the Night at Sea cast" holds two titles
            crossed = start - 1
            start -= 1
        else:
            break
    if best < crossed and best > 0 and doc[best - 1].lower_ in _CHARACTER_BEFORE:
        best = crossed + 1  # "her role of Old Meg in the Copper Rain franchise": a character, then the title
    while best < end and ((doc[best].lower_ in TITLE_CONNECTORS and doc[best].text not in _KEPT_FIRST_WORDS)
                          or doc[best].text in NOT_TITLE_START):
        if keep_article and doc[best].text in {"A", "An"} and best + 1 < end and _is_cap(doc[best + 1]):
            break  # "A Long Harbor, the drama": a title that is the sentence's subject keeps its "A"
        if _noun_of(doc, best, end):
            break
        if doc[best].text in _NUMBER_WORDS and not _opens(doc[best]) and best + 1 < end and _is_cap(doc[best + 1]):
            break  # "the Three Men And A Baby remake": a number word inside a sentence is the title's
        best += 1  # "No Harbor Tonight" keeps its "No"
    return (best, end) if best < end else None


_NUMBER_WORDS = frozenset({"One", "Two", "Three"})


def _person_follows(doc: Doc, i: int) -> bool:
    """A name follows: a PERSON (or mis-typed) entity, or two capitalised words."""
    if i >= len(doc) or not doc[i].text[:1].isupper():
        return False
    if doc[i].ent_type_ in {"PERSON", "ORG", "GPE"}:
        return True
    return i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i].text not in NOT_TITLE_START


_PRIZE_PARTICIPLES = {"tipped": {"to", "for"}, "nominated": {"for", "in"}, "shortlisted": {"for"},
                      "favourite": {"to", "for"}, "favorite": {"to", "for"}}
_AUXILIARIES = frozenset("is was are were has have had been be the".split())


def _prize_subject(doc: Doc, i: int) -> tuple[int, int] | None:
    """The capitalised subject before "is (also widely) tipped to", "has been nominated for" (never a name)."""
    j = i
    while j > 0 and (doc[j - 1].lower_ in _CLAUSE_ADVERBS or doc[j - 1].lower_ in {"widely", "already", "again", "heavily", "strongly"}
                     or (doc[j - 1].is_lower and doc[j - 1].text.endswith("ly"))):
        j -= 1
    k = j
    while k > 0 and doc[k - 1].lower_ in _AUXILIARIES and j - k < 3:
        k -= 1
    if k == j or doc[k].lower_ == "the":
        return None
    while k > 0 and doc[k - 1].lower_ in _CLAUSE_ADVERBS:
        k -= 1
    span = cap_span_before(doc, k)
    if not span or any(t.ent_type_ == "PERSON" for t in doc[span[0]:span[1]]) or _name_like(doc, *span):
        return None
    return span


_GROSS_VERBS = frozenset("took taken grossed earned raked amassed collected".split())
#: Words of a sentence that make an amount a box-office gross, not a fee, a fine or a company's revenue.
_GROSS_CONTEXT = frozenset(
    "box office box-office weekend takings gross grossed cinemas theaters theatres chart charts worldwide domestic "
    "ticket tickets screens opening far release".split())


def _gross_subject(doc: Doc, i: int) -> tuple[int, int] | None:
    """The capitalised subject of "(has) (so far) took/grossed/earned/raked in" + an amount, in a sentence about the
    box office; never a person, a company the article names as one, or a name's shape the model tags PERSON."""
    j = i + (2 if i + 1 < len(doc) and doc[i].lower_ == "raked" and doc[i + 1].lower_ == "in" else 1)
    while j < len(doc) and doc[j].lower_ in {"in", "more", "than", "over", "nearly", "almost", "about", "around", "just",
                                              "an", "a", "estimated", "another", "only", "some", "roughly"}:
        j += 1
    if j >= len(doc) or not (doc[j].is_currency or doc[j].ent_type_ == "MONEY"):
        return None
    sent = doc[i].sent
    if not any(t.lower_ in _GROSS_CONTEXT for t in sent):
        return None
    k = i
    while k > sent.start and (doc[k - 1].lower_ in {"has", "have", "had", "so", "far", "already", "now", "also", "since", "then"}):
        k -= 1
    span = cap_span_before(doc, k, keep_article=True)
    if not span or span[1] != k:
        return None
    words = doc[span[0]:span[1]]
    if any(t.ent_type_ in {"PERSON", "NORP", "GPE"} for t in words) or _names_a_person(doc, *span):
        return None
    if len(words) == 1 and words[0].ent_type_ == "ORG" and _org_elsewhere(doc, words[0]):
        return None
    return span


def _plural_subjects(doc: Doc, span: tuple[int, int], verb: int) -> list[tuple[int, int]]:
    """"Harbor Days and Lanternfish have so far grossed": a plural verb makes the subject two titles joined by "and"
    ("Salt and Honey has grossed" stays one)."""
    start, end = span
    if not any(t.lower_ in {"have", "are", "were"} for t in doc[end:verb]):
        return [span]
    for k in range(start + 1, end - 1):
        if doc[k].text == "and" and _is_cap(doc[k + 1]) and _is_cap(doc[k - 1]):
            return [(start, k), (k + 1, end)]
    return [span]


def _by_first(phrases):
    """Phrases indexed by their first word: each token looks only at the phrases that can start there."""
    index: dict[str, list] = {}
    for item in phrases:
        phrase = item[0] if isinstance(item[0], tuple) else item
        index.setdefault(phrase[0], []).append(item)
    return index


_PHRASES_BY_FIRST = _by_first(list(PHRASE_CUES.items()))
_SUBJECTS_BY_FIRST = _by_first(SUBJECT_PHRASES)
_WHICH_BY_FIRST = _by_first(WHICH_PHRASES)


def _candidates(doc: Doc) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, cue) for every title span a cue points at."""
    found: list[tuple[int, int, str, str]] = []
    lowers = [t.lower_ for t in doc]  # built once: slicing the Doc per token and cue was the hot spot
    n_doc = len(doc)
    for tok in doc:
        low = tok.text if not tok.is_sent_start else tok.lower_  # cue words are lower case
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_:
            compound = lowers[tok.i - 2] + "-" + low  # "rom-com", "spin-off", "live-action" are three tokens
            if compound in NOUN_CUES or compound in PERSON_ROLE_NOUNS or compound in TITLE_FOLLOWERS:
                low = compound  # else "mini-series" is a "series"
        # After a noun cue: "the film X", "the spinoff movie X".
        if low in NOUN_CUES and tok.i + 1 < len(doc):
            span = cap_span_from(doc, tok.i + 1) or _function_word_led(doc, tok.i + 1)
            if span:
                span = _before_next_work(doc, span)
                found.append((*span, NOUN_CUES[low], f"noun:{low}"))
        # "1986's Night Orchard": a year's possessive names that year's work.
        if (tok.text in {"'s", "’s"} and tok.i >= 1 and re.fullmatch(r"(19|20)\d\d", doc[tok.i - 1].text)
                and tok.i + 1 < len(doc)):
            span = cap_span_from(doc, tok.i + 1)
            if span and _ends_clause(doc, span[1]) and not all(t.ent_type_ == "PERSON" for t in doc[span[0]:span[1]]):
                found.append((*span, "film", "year-possessive"))
        # A list after a plural kind of work: "films including A, B and C", "such movies as A, B and C".
        if low in LIST_NOUNS and tok.i + 2 < len(doc):
            for span in _listed_titles(doc, tok.i + 1):
                found.append((*span, "film" if LIST_NOUNS[low] == "film" else LIST_NOUNS[low], f"list:{low}"))
        # After a phrase cue: "stars in X".
        for phrase, kind in _PHRASES_BY_FIRST.get(lowers[tok.i], ()):
            n = len(phrase)
            if tok.i + n < n_doc and tuple(lowers[tok.i:tok.i + n]) == phrase:
                span = cap_span_from(doc, tok.i + n)
                if span and phrase == ("cast", "of") and _indefinite_before(doc, tok.i):
                    span = None  # "boasts an all-star cast of Mara Quinn, ...": the members, not a title
                if span and not (phrase in PERSON_AMBIGUOUS_CUES and _name_like(doc, *span)) and not (
                        phrase in PLACE_AMBIGUOUS_CUES and any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in doc[span[0]:span[1]])) and not (
                        span[1] - span[0] == 1 and _names_a_person(doc, *span)):  # "a version of Quinn"
                    found.append((*span, kind, "phrase:" + " ".join(phrase)))
        # Before a role noun and a name: "Night Orchard star Mara Quinn".
        if low in PERSON_ROLE_NOUNS and _person_follows(doc, tok.i + 1):
            span = cap_span_before(doc, tok.i, prepositions=True)
            if span:
                whole = span
                if not doc[tok.i - 1].is_quote:  # “Night & Day” costar X: quotes hold one title
                    span = _after_last_and(doc, span)
                found.append((*span, "film", f"role:{low}"))
                if span != whole:  # "Harbor Lights and The Keeper director X": both are the director's
                    first = _before_and(doc, whole[0], span[0])
                    if first:
                        found.append((*first, "film", f"role-and:{low}"))
        # "The Night Orchard actress, 58, wore", "the Night Orchard star opted": a work before a role noun,
        # after "the", names the work the person is known for.
        elif low in THE_ROLE_NOUNS and tok.i >= 2:
            span = _span_after_the(doc, tok.i)
            if span:
                found.append((*span, "film", f"the-role:{low}"))
        if tok.text in {"Universe", "Saga", "Trilogy", "Franchise"} and tok.i >= 1 and not tok.is_sent_start:
            span = cap_span_before(doc, tok.i)
            if span:
                found.append((span[0], tok.i + 1, "franchise", "franchise-name"))
        if low in FRANCHISE_NOUNS:
            span = cap_span_before(doc, tok.i, prepositions=True)
            if span:
                found.append((*_after_and_article(doc, span), "franchise", f"franchise:{low}"))
        if low in TITLE_FOLLOWERS:
            span = cap_span_before(doc, tok.i, prepositions=True)
            if span:
                found.append((*_after_and_article(doc, span), TITLE_FOLLOWERS[low], f"follower:{low}"))
        # "cast as Iris Vane in X", "plays Old Meg in X".
        if low == "in" and tok.i >= 2 and _after_role_as(doc, tok.i):
            span = cap_span_from(doc, tok.i + 1)
            if span:
                found.append((*span, "film", "as-character-in"))
        # "won for playing late screen legend Iris Vane in X", "playing a female boxer in X".
        elif low == "in" and tok.i >= 3 and _after_playing(doc, tok.i):
            span = cap_span_from(doc, tok.i + 1)
            if span and not any(t.ent_type_ in {"GPE", "LOC", "FAC", "NORP"} for t in doc[span[0]:span[1]]) and not (
                    _names_a_person(doc, *span)) and not _modifier_or_stage(doc, span[1]):
                found.append((*span, "film", "playing-character-in"))
        # An appositive that names a kind of work: "X, the neo-noir from ...", "X, a new drama".
        if tok.text in {",", "-", "–", "—"} and tok.i >= 1 and (tok.text == "," or tok.whitespace_) and _appositive_work(doc, tok.i):
            span = cap_span_before(doc, tok.i, keep_article=True)
            if span:
                found.append((*span, "film", "appositive"))
        # "X was directed by", "X is set to hit theaters": a title as the subject of a film verb.
        for phrase in _SUBJECTS_BY_FIRST.get(lowers[tok.i], ()):
            n = len(phrase)
            if tok.i + n <= n_doc and tuple(lowers[tok.i:tok.i + n]) == phrase:
                span = cap_span_before(doc, tok.i)
                if span and doc[span[0]].ent_type_ != "PERSON" and not (phrase[-1] == "best" and _name_like(doc, *span)):
                    found.append((*span, "film", "subject:" + " ".join(phrase)))
        # "X is also widely tipped to win", "X has been nominated for": a work as the subject of a prize verb.
        if low in _PRIZE_PARTICIPLES and tok.i + 1 < n_doc and lowers[tok.i + 1] in _PRIZE_PARTICIPLES[low]:
            span = _prize_subject(doc, tok.i)
            if span:
                found.append((*span, "film", f"prize-subject:{low}"))
        # "X has so far taken $75m", "X grossed £3m at the weekend": a title as the subject of a gross.
        if low in _GROSS_VERBS and tok.i >= 1:
            span = _gross_subject(doc, tok.i)
            if span:
                for part in _plural_subjects(doc, span, tok.i):
                    found.append((*part, "film", f"gross-subject:{low}"))
        # "X, which was due to be released", "X — which only took in": the relative clause's antecedent.
        if low == "which" and tok.i >= 2 and doc[tok.i - 1].text in {",", "—", "–", "-"}:
            j = tok.i + 2 if tok.i + 1 < len(doc) and lowers[tok.i + 1] in _CLAUSE_ADVERBS else tok.i + 1
            for phrase in _WHICH_BY_FIRST.get(lowers[j] if j < n_doc else "", ()):
                n = len(phrase)
                if j + n <= n_doc and tuple(lowers[j:j + n]) == phrase:
                    span = cap_span_before(doc, tok.i - 1, keep_article=True)
                    if span and not all(t.ent_type_ == "PERSON" for t in doc[span[0]:span[1]]) and not (
                            span[1] - span[0] <= 3 and _name_like(doc, *span)):
                        found.append((*span, "film", "which-subject:" + " ".join(phrase)))
                    break
        # "X, directed by" and "X (2019)".
        if low == "directed" and tok.i >= 2 and doc[tok.i - 1].text == "," and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "by":
            span = cap_span_before(doc, tok.i - 1)
            if span and doc[span[0]].ent_type_ != "PERSON":
                found.append((*span, "film", "directed-by"))
        if low in {"starring", "featuring"} and tok.i >= 2 and doc[tok.i - 1].text == ",":
            span = cap_span_before(doc, tok.i - 1)
            if span and doc[span[0]].ent_type_ != "PERSON":
                found.append((*span, "film", f"comma-{low}"))
        # "Quinn won best actor for X": when a person wins, the prize is for a title (a film that wins
        # "the best director prize for X" names a person instead).
        if low == "for" and tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ != "PERSON" and any(
                t.lower_ in {"best", "outstanding", "award", "prize", "nominated", "nomination", "nominations"}
                for t in doc[max(tok.sent.start, tok.i - 5):tok.i]) and any(
                t.ent_type_ == "PERSON" for t in doc[max(tok.sent.start, tok.i - 12):tok.i]):
            span = cap_span_from(doc, tok.i + 1)
            if span and doc[span[0]].lower_ not in {"best", "outstanding"} and not _names_a_person(doc, *span):
                found.append((*span, "film", "award-for"))
        # "X, which starred Y", "X - which stars Y".
        if (low == "which" and tok.i >= 2 and doc[tok.i - 1].text in {",", "-", "–", "—"} and tok.i + 1 < len(doc)
                and doc[tok.i + 1].lower_ in {"stars", "starred", "features", "featured", "co-stars", "costars"}):
            span = cap_span_before(doc, tok.i - 1)
            if span and doc[span[0]].ent_type_ != "PERSON":
                found.append((*span, "film", "which-stars"))
        # "the Mara Quinn–starring Night Orchard".
        if low == "starring" and tok.i >= 1 and doc[tok.i - 1].text in {"-", "–", "—"} and tok.i + 1 < len(doc):
            span = cap_span_from(doc, tok.i + 1)
            if span:
                found.append((*span, "film", "person-starring"))
        if tok.text == "(" and tok.i + 2 < len(doc) and re.fullmatch(r"(19|20)\d\d", doc[tok.i + 1].text) and doc[tok.i + 2].text == ")":
            span = cap_span_before(doc, tok.i)
            if span:
                found.append((*span, "film", "year-in-brackets"))
        # "the first Copper Rain movie", "a Copper Rain film": a franchise, when the article also names one of
        # its titles ("Copper Rain 2", "Copper Rain: Dawn"); checked in recognise_titles.
        if lowers[tok.i] in _FRANCHISE_DETERMINERS and tok.i + 2 < len(doc):
            span = cap_span_from(doc, tok.i + 1)
            if span and span[1] < len(doc) and lowers[span[1]] in _INSTALMENT_NOUNS:
                found.append((*span, "franchise-if-titled", "instalment"))
        # "season 3 of X", "the second series of X": a series.
        if low in {"season", "series"} and tok.i + 3 < n_doc and (doc[tok.i + 1].like_num or lowers[tok.i + 1] in _ORDINAL_WORDS) \
                and lowers[tok.i + 2] == "of":
            span = cap_span_from(doc, tok.i + 3)
            if span and _ends_clause(doc, span[1]):  # not "season 7 of Streamly reality show X"
                found.append((*span, "series", "season-of"))
        # "X's second season", "X’s final series": the possessor is a series.
        if (tok.text in {"'s", "’s", "'", "’"} and tok.i >= 1 and tok.i + 2 < n_doc and lowers[tok.i + 1] in _ORDINAL_WORDS
                and lowers[tok.i + 2] in {"season", "series", "episode", "finale", "seasons"}):
            span = cap_span_before(doc, tok.i)
            if span and not all(t.ent_type_ == "PERSON" for t in doc[span[0]:span[1]]) and not (
                    span[1] - span[0] == 1 and doc[span[0]].ent_type_ in {"ORG", "GPE", "NORP"}):  # "the network's new season"
                found.append((*span, "series", "possessive-season"))
        # A sequel's number: "Harbor Lights 2 opens", "in Copper Rain III".
        if (tok.is_digit or tok.text[:1] in "IVX") and tok.i >= 1 and not tok.is_sent_start:
            span = _numbered(doc, tok.i)
            if span:
                found.append((*span, "film", "numbered"))
        # Quoted titles: “Night Orchard”.
        if tok.text in _OPEN_QUOTES:
            quoted = _quoted_title(doc, tok.i)
            if quoted:
                found.append((*quoted, "film", "quoted"))
        # Title: Subtitle.
        if tok.text == ":" and tok.i > 0:
            sub = _subtitled(doc, tok.i)
            if sub:
                # "in Night Orchard and Copper Rain: Dawn": a capitalised word after "and" starts the subtitled title
                for k in range(tok.i - 2, sub[0], -1):
                    if doc[k].text in {"and", "&"} and _is_cap(doc[k + 1]) and doc[k + 1].text not in {"The", "A", "An"}:
                        first = _before_and(doc, sub[0], k + 1, any_entity=True)  # the whole span was a title
                        if first and doc[k].text == "and":
                            found.append((*first, "film", "subtitle-and"))
                            sub = (k + 1, sub[1])
                        break
                found.append((*sub, "film", "subtitle"))
    return found


_WORK_OR_ROLE = frozenset(NOUN_CUES) | PERSON_ROLE_NOUNS | FRANCHISE_NOUNS
_GENRE_TAIL = ("noir", "thriller", "drama", "comedy", "horror", "musical", "western", "biopic", "epic", "romance")


def _indefinite_before(doc: Doc, i: int) -> bool:
    """Token i's noun phrase opens with "a"/"an" ("an all-star ensemble cast"), not "the"/a possessive."""
    for j in range(i - 1, max(i - 5, -1), -1):
        low = doc[j].lower_
        if low in {"a", "an"}:
            return True
        if not (doc[j].is_alpha or "-" in doc[j].text) or low in {"the", "its", "his", "her", "their", "this", "that"}:
            return False
    return False


def _name_like(doc: Doc, start: int, end: int) -> bool:
    """Two or three capitalised words the model tags PERSON, ORG or nothing: likely a person's name."""
    words = doc[start:end]
    return (2 <= len(words) <= 3 and all(t.is_title and t.is_alpha for t in words)
            and all(t.ent_type_ in {"PERSON", "ORG", ""} for t in words)
            and not any(t.lower_ in TITLE_CONNECTORS for t in words)) or _names_a_person(doc, start, end)


def _names_a_person(doc: Doc, start: int, end: int) -> bool:
    """Whether a span is, or shares a word with, a name the model tags PERSON elsewhere in the doc."""
    words = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e}
    return any(t.text in words for t in doc[start:end] if t.text[:1].isupper())


def _after_person(doc: Doc, start: int, end: int) -> int:
    """"the spinoff with Mara Quinn of the Copper Rain franchise": a title never starts inside a name."""
    for k in range(end - 2, start - 1, -1):
        if doc[k].ent_type_ == "PERSON" and doc[k + 1].ent_type_ != "PERSON" and k >= 1 and doc[k - 1].ent_type_ == "PERSON" and doc[k + 1].lower_ in {"of", "the", "with"}:
            j = k + 1
            while j < end and doc[j].lower_ in TITLE_CONNECTORS:
                j += 1
            return j
    return start


def _after_last_and(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """"Harbor Lights and The Keeper of the Tide director X": the role noun's own title is the last one."""
    start, end = span
    for i in range(end - 1, start, -1):
        if doc[i].text == "and" and i + 1 < end and _is_cap(doc[i + 1]):
            if end - i == 2 and not doc[i + 1].is_upper and (doc[i + 1].lower_ in STOP_WORDS or doc[i + 1].lower_ in _ADVERB_ENDS):
                return span  # "Harbor and Away star X", "Here and There actor Y": an adverb is no title alone ("US" is no "us")
            return (i + 1, end)  # "Salt and the City star X" is one title: its "and the" is lower case
    # a capitalised "And" or an "&" is the title's own: "Salt And Honey star X", "Salt & Honey star X"
    return span


#: Adverbs (beyond spaCy's stop words) that end a title "X and <adverb>" and make no title alone.
_ADVERB_ENDS = frozenset("away forever apart alone abroad ahead aside afar astray".split())


def _before_and(doc: Doc, start: int, second: int, any_entity: bool = False) -> tuple[int, int] | None:
    """The conjunct before "and" in "Harbor Lights and The Keeper director X" (never a person's name)."""
    end = second - 1
    while start < end and doc[start].lower_ in TITLE_CONNECTORS and doc[start].text not in {"No", "My", "Your", "Our"}:
        start += 1
    if start >= end or not _is_cap(doc[end - 1]) or doc[start].text in NOT_TITLE_START:
        return None
    if not any_entity and any(t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} for t in doc[start:end]):
        return None
    return (start, end)


def _after_and_article(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """"Harbor Lights and The Keeper trilogy": a capitalised article after "and" starts another title."""
    start, end = span
    for i in range(end - 2, start, -1):
        if doc[i].text == "and" and doc[i + 1].text in {"The", "A", "An"}:
            return (i + 1, end)  # not "Three Men And A Baby remake": a capitalised "And" is the title's own
    return span


def _before_next_work(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """"the drama Night Orchard and the Mara Quinn movie Copper Rain": a span that runs through "and" into
    the modifier of another kind of work ends before that "and"."""
    start, end = span
    if end >= len(doc) or doc[end].lower_ not in _WORK_OR_ROLE:
        return span
    for i in range(end - 2, start, -1):
        if doc[i].lower_ in {"and", "&"}:
            return (start, i)
    return span


def _ends_clause(doc: Doc, end: int) -> bool:
    """A span ends before punctuation or a function word, not before a noun it modifies ("2019's Lantern winner")."""
    if end >= len(doc) or not doc[end].is_alpha or doc[end].is_stop:
        return True
    last = doc[end - 1]  # the parser: "Lantern" in "Lantern winner" is a compound of a later noun; "Harbor began" is no modifier
    return not (last.dep_ in {"compound", "amod", "nmod"} and last.head.i >= end)


def _listed_titles(doc: Doc, i: int) -> list[tuple[int, int]]:
    """Titles listed after a plural kind of work at i - 1: "films including A, B and C", "such movies as A and B"."""
    low = doc[i].lower_
    if low in {"including", "like", "include", "included"}:
        k = i + 1
    elif low == "such" and i + 1 < len(doc) and doc[i + 1].lower_ == "as":
        k = i + 2
    elif low == "as" and any(t.lower_ == "such" for t in doc[max(doc[i].sent.start, i - 6):i - 1]):
        k = i + 1
    else:
        return []
    spans: list[tuple[int, int]] = []
    sent_end = doc[i].sent.end
    while k < sent_end:
        span = cap_span_from(doc, k)
        if not span or any(t.ent_type_ in _NON_TITLE_ENTS for t in doc[span[0]:span[1]]):
            break
        start, end = span
        if end < sent_end and not _ends_clause(doc, end):
            # "films including Lantern nominee Night Orchard": a modifier, not an item; "A and the B trilogy" keeps A
            for j in range(end - 2, start, -1):
                if doc[j].lower_ in {"and", "&"} and spans:
                    spans.append((start, j))
                    break
            break
        if end < sent_end and doc[end].text in {"'s", "’s"}:  # "A and Harbor Pictures' B": a possessor ends the list
            for j in range(end - 2, start, -1):
                if doc[j].lower_ in {"and", "&"}:
                    spans.append((start, j))
                    break
            break
        if spans:  # "A, B and C": after the first item, "and" + a capital starts the next item
            for j in range(start + 1, end - 1):
                if doc[j].lower_ in {"and", "&"} and _is_cap(doc[j + 1]):
                    spans.append((start, j))
                    start = j + 1
                    break
        spans.append((start, end))
        if end + 1 < sent_end and doc[end].text == "," and doc[end + 1].lower_ in {"and", "or"}:
            k = end + 2
        elif end < sent_end and (doc[end].text == "," or doc[end].lower_ in {"and", "or"}):
            k = end + 1
        else:
            break
    # "films including A and B": the first item may hold the list's last "and" too
    if len(spans) == 1:
        start, end = spans[0]
        for j in range(start + 1, end - 1):
            if doc[j].lower_ in {"and", "&"} and doc[j + 1].text in {"The", "A", "An"}:
                return [(start, j), (j + 1, end)]
    return spans


def _span_after_the(doc: Doc, role: int) -> tuple[int, int] | None:
    """"The Night Orchard actress", "the Lord of the Harbor star": capitalised words between "the" and a role noun."""
    end = role
    if not _is_cap(doc[end - 1]) or doc[end - 1].text in {"'s", "’s"}:
        return None
    sent_start = doc[role].sent.start
    j = end - 1
    while j > sent_start and role - j <= MAX_TITLE_TOKENS:
        tok = doc[j - 1]
        anchor = tok.text == "the" or (tok.text == "The" and _opens(tok))
        inner_the = (tok.lower_ == "the" and j >= 3 and doc[j - 2].lower_ in {"of", "in", "on", "at", "to", "from", "and", "with"} and _is_cap(doc[j - 3])
                     and (doc[j - 3].text not in NOT_TITLE_START or _noun_of(doc, j - 3, end)))
        if anchor and not inner_the:
            break
        if (_is_cap(tok) and tok.text not in {"'s", "’s"}) or tok.lower_ in TITLE_CONNECTORS:
            j -= 1
            continue
        break  # no "the": the title may begin with its own "The" ("star and The Keeper actor")
    else:
        return None
    while j < end and doc[j].lower_ in TITLE_CONNECTORS and doc[j].text not in {"The", "A", "An"}:
        j += 1
    if j < end and doc[j].text in {"The", "A", "An"} and not _opens(doc[j]) and doc[j - 1].text != "the":
        pass  # the title's own article
    else:
        k = _before_the_modifiers(doc, j - 1, sent_start)
        if not (doc[k].text == "the" or (doc[k].text == "The" and _opens(doc[k]))):
            return None
    if not _is_cap(doc[j]) or (doc[j].text in NOT_TITLE_START and not _noun_of(doc, j, end)):
        return None
    words = [t for t in doc[j:end] if t.is_alpha and t.lower_ not in TITLE_CONNECTORS]
    if not words or all(t.ent_type_ in {"NORP", "GPE", "LOC", "FAC"} or _NATIONALITY.match(t.text) for t in words):
        return None  # "the British actress", "the Hollywood star"
    if words[-1].lower_ in _COMPANY_TAILS or (len(words) == 1 and words[0].ent_type_ == "ORG" and _org_elsewhere(doc, words[0])):
        return None  # "the Harbor Pictures star", "the Streamly star" (a company the article names as such)
    return (j, end)


#: Words between "the" and a title before a role noun: "the former Night Orchard star", "the late Copper Rain actor".
_THE_MODIFIERS = frozenset("former late ex original".split())


def _before_the_modifiers(doc: Doc, k: int, sent_start: int) -> int:
    """Token k steps left over what may stand between "the" and a title: "the 65-year-old Night Orchard star",
    "the former ...", "the Lantern-winning ..."; returns the index of the token before them."""
    for _ in range(3):
        if k - 4 >= sent_start and doc[k].lower_ == "old" and doc[k - 1].text == "-" and doc[k - 2].lower_ == "year" \
                and doc[k - 3].text == "-" and doc[k - 4].like_num:
            k -= 5  # "65-year-old"
        elif k - 1 >= sent_start and (doc[k].lower_ in _THE_MODIFIERS or doc[k].text == "-" and doc[k - 1].lower_ == "ex"):
            k -= 1
        elif k - 2 >= sent_start and doc[k].lower_ in {"winning", "nominated"} and doc[k - 1].text == "-" and _is_cap(doc[k - 2]):
            k -= 3  # "Lantern-winning"
            while k >= sent_start and _is_cap(doc[k]) and doc[k].text not in {"The"}:
                k -= 1  # "Golden Lantern-winning"
        else:
            break
    return max(k, sent_start)


def _org_elsewhere(doc: Doc, tok) -> bool:
    """Whether the word is a company elsewhere in the article: "Streamly's new series", "Streamly announced"."""
    for e in doc.ents:
        if e.label_ == "ORG" and e.start != tok.i and e.text == tok.text and e.end < len(doc) and (
                doc[e.end].text in {"'s", "’s"} or doc[e.end].lower_ in {"announced", "said", "confirmed", "has", "will", "is"}):
            return True
    return False


def _after_role_as(doc: Doc, i: int) -> bool:
    """Token i is "in" closing "as <Character>": "cast as Detective Iris Vane in ..."."""
    j = i - 1
    while j > doc[i].sent.start and _is_cap(doc[j]):
        j -= 1
    if j < i - 1 and doc[j].lower_ == "with" and j > 0 and all(t.ent_type_ == "PERSON" for t in doc[j + 1:i]):
        return doc[j - 1].lower_ in _WITH_VERBS  # "co-starred with Theo Blackwood in X"
    return j < i - 1 and doc[j].lower_ == "as" and j > 0 and doc[j - 1].lower_ in {
        "cast", "star", "stars", "starred", "starring", "role", "appears", "appear", "appeared", "back", "returns", "return", "debut", "debuts"}


_PLAYING_VERBS = frozenset("plays played playing portrays portrayed portraying".split())
_CHARACTER_DETERMINERS = frozenset("a an the his her".split())
_CHARACTER_BOUNDS = _PLAYING_VERBS | _CHARACTER_DETERMINERS  # where the words of a character stop
#: What else one plays "in" a place: "played a gig in Leeds", "playing a key part in the deal".
_NOT_CHARACTER_NOUNS = frozenset(
    "show shows gig gigs concert concerts set sets game games match matches role roles part parts music song songs "
    "tune tunes tour venue venues instrument guitar piano drums note notes card cards trick tricks joke jokes prank "
    "host festival festivals date dates season final tournament round rounds".split())


def _after_playing(doc: Doc, i: int) -> bool:
    """Token i is "in" closing a character after a playing verb: "playing (a female boxer|legend Iris Vane) in".

    The character is a name (capitalised words, lower-case modifiers before it) or, with a determiner after the
    verb, up to four lower-case words whose last is no show, gig or game (what one plays "in" a place).
    """
    start = doc[i].sent.start
    j = i - 1
    named = False
    while j > start and _is_cap(doc[j]) and doc[j].text not in {"'s", "’s"}:
        j -= 1
        named = True
    if not named and doc[j].lower_ in _NOT_CHARACTER_NOUNS:
        return False
    lower = 0
    while j > start and doc[j].is_alpha and doc[j].is_lower and doc[j].lower_ not in _CHARACTER_BOUNDS and lower < 4:
        j -= 1
        lower += 1
    if doc[j].lower_ in _CHARACTER_DETERMINERS and j > start:
        return lower > 0 and doc[j - 1].lower_ in _PLAYING_VERBS
    return named and doc[j].lower_ in _PLAYING_VERBS


def _modifier_or_stage(doc: Doc, end: int) -> bool:
    """A span followed by a common word modifies it ("in Harbor TV's 2019 series, X", "in Streamly detective
    drama X"); one followed by "at" is a stage production at its theatre ("plays Hector in X at the Old Hall")."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    return nxt.lower_ == "at" or (nxt.is_lower and nxt.is_alpha and nxt.lower_ not in STOP_WORDS
                                   and nxt.lower_ not in {"alongside", "opposite"})


_WITH_VERBS = frozenset("starred co-starred costarred starring co-starring appeared appears stars co-stars acted".split())


def _appositive_work(doc: Doc, comma: int) -> bool:
    """After a comma: "the/a/an" and within four words a noun cue or a genre ("the neo-noir")."""
    if comma + 2 >= len(doc) or doc[comma + 1].lower_ not in {"the", "a", "an", "his", "her", "their"}:
        return False
    for tok in doc[comma + 2: comma + 6]:
        if tok.is_punct and tok.text not in {"-"}:
            return False
        if tok.lower_ in PERSON_ROLE_NOUNS:
            return False  # "Mara Quinn, the director of the film": a person
        if tok.lower_ in NOUN_CUES or tok.lower_.endswith(_GENRE_TAIL):
            # "Set in Harbor Bay, the film is about...": the noun is the sentence's subject, not an appositive
            if tok.dep_ in {"nsubj", "nsubjpass"} and tok.i + 1 < len(doc):
                nxt = doc[tok.i + 1]
                # "Set in Harbor Bay, the dystopian series – which ... – saw": a fronted phrase's place
                return not (nxt.i == tok.head.i or nxt.dep_ in {"aux", "auxpass", "neg", "ROOT"} or doc[comma - 1].dep_ == "pobj")
            return True
    return False


#: Words that open quoted speech rather than a title when a short quote starts with them ("“It Works”" is speech).
_SPEECH_START = frozenset(
    "I He She They We It You His Her Their Its This That These Those There Here What When Where Who Why How "
    "A An But And Or So If As At In On For From With By Also Still Now Then".split())


def _quoted_title(doc: Doc, i: int) -> tuple[int, int] | None:
    close = _OPEN_QUOTES[doc[i].text]
    for j in range(i + 1, min(len(doc), i + 2 + MAX_TITLE_TOKENS)):
        if doc[j].text == close or (doc[j].is_quote and doc[j].text != doc[i].text):
            if j == i + 1:
                return None
            inner = doc[i + 1:j]
            # “Night Orchard’s” Mara Quinn: the possessive is not the title's.
            if len(inner) > 1 and inner[-1].text in {"'s", "’s"}:
                inner = inner[:-1]
                j -= 1
            # CNN puts the comma inside the quotes: “Night Orchard,” — but a quoted reply ('Nope.') is speech.
            if len(inner) > 1 and inner[-1].text in {".", ","} and (
                    not (i > 0 and doc[i - 1].text in {":", ","})
                    or (inner[-1].text == "," and len(inner) > 2 and doc[i - 1].text == ","
                        and all(_is_title_token(t) for t in inner[:-1]))):  # "its shows, “Night Orchard,” also"
                inner = inner[:-1]
                j -= 1
            if inner[-1].text in {".", ",", "!", "?"}:
                return None
            if inner[0].text in NOT_TITLE_START and not (
                    len(inner) >= 3 and sum(1 for t in inner[1:] if t.text[:1].isupper()) >= 2) and not (
                    inner[0].text not in _SPEECH_START and len(inner) >= 2
                    and all(t.is_alpha and t.text[:1].isupper() for t in inner[1:])):  # “Three Women”, “Monday Club”
                return None  # a quoted “It” or “What?” is speech; “What We Do in the Dark” is a title
            if i > 0 and doc[i - 1].text == ":" and len(inner) == 1:
                return None
            if len(inner) == 1 and j + 1 < len(doc) and _is_cap(doc[j + 1]) and doc[j + 1].is_alpha and (
                    doc[j + 1].ent_type_ == "PERSON" or (i > 0 and doc[i - 1].ent_type_ == "PERSON")
                    or (j + 2 < len(doc) and _is_cap(doc[j + 2]) and doc[j + 2].is_alpha
                        and doc[j + 2].lower_ not in _WORK_OR_ROLE and doc[j + 2].lower_ not in {"awards", "award", "festival", "prize"})):
                return None  # a nickname inside a name: Theodore “Teddy” Blackwood, “Lucky” Max Crane
            if all(_is_title_token(t) or t.text in {"!", "?", "'", "’", "-"} or (  # “Harbor’s Labyrinth”
                    t.text in {"'s", "’s"} and k + 1 < len(inner) and _is_cap(inner[k + 1])) or (
                    t.text == "," and _comma_title(inner))
                   for k, t in enumerate(inner)) and _is_cap(inner[0]):
                return (i + 1, j)
            return None
        if doc[j].sent.start != doc[i].sent.start and doc[j].text != close:
            return None
    return None


def _comma_title(inner: Span) -> bool:
    """“Crouching Harbor, Hidden Lantern”: a quoted title of comma-joined parts, each two or more capitalised words
    (never speech: “Hi, Mara” and “Yes, Minister” have a one-word part; “So, Harbor Lane” opens with a function word)."""
    parts, current = [], []
    for t in inner:
        if t.text == ",":
            parts.append(current)
            current = []
        else:
            current.append(t)
    parts.append(current)
    return len(parts) >= 2 and all(
        len(part) >= 2 and _is_cap(part[0]) and part[0].text not in NOT_TITLE_START and part[0].text not in _SPEECH_START
        and all(_is_cap(t) or t.lower_ in TITLE_CONNECTORS for t in part) for part in parts)


def _subtitled(doc: Doc, colon: int) -> tuple[int, int] | None:
    left = cap_span_before(doc, colon)
    right = cap_span_from(doc, colon + 1) if colon + 1 < len(doc) else None
    if not left or not right or right[1] - left[0] > 14:
        return None
    # A caption's lead word ("Pictured: Mara ...", "Chilling: Theo Blackwood") is no title.
    if left[1] - left[0] == 1 and doc[left[0]].is_sent_start:
        return None
    if any(t.ent_type_ == "PERSON" for t in doc[colon + 1:right[1]]):
        return None
    if doc[colon + 1].is_quote:
        return None
    # A dash subtitle after the colon ("Chapter 3 – Undertow") belongs to the title.
    end = right[1]
    if end + 1 < len(doc) and doc[end].text in {"–", "-", "—"}:
        more = cap_span_from(doc, end + 1)
        if more:
            end = more[1]
    if end < len(doc) and _is_cap(doc[end]):
        return None
    return (left[0], end)


def _strip_leading_article(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Sentence-initial "The" of a before-cue span is the sentence's, not the title's."""
    if doc[start].lower_ in {"the", "a", "an"} and _opens(doc[start]) and end - start > 1 and doc[start].text not in {"A", "An"}:
        return (start + 1, end)
    if doc[start].lower_ in {"ex", "former"} and end - start > 2 and doc[start + 1].text in {"-", "–"}:
        return (start + 2, end)  # "Ex-Harbor Lights actor X"
    if doc[start].text in {"Former", "Veteran", "Fellow"} and _opens(doc[start]) and end - start > 1:
        return (start + 1, end)  # "Former Harbor Lane actor X": the sentence capitalised the person's adjective
    if end - start > 2 and doc[start].is_sent_start and doc[start + 1].text == ":":
        start += 2  # a caption's lead word: "Delighted: Screen star X"
        while end - start > 1 and doc[start].text in NOT_TITLE_START and doc[start].text not in _KEPT_FIRST_WORDS:
            start += 1  # "Home: Since Harbor Lane season four": the caption's sentence opens with a function word
        return (start, end)
    return (start, end)


def _sentence_first_owner(doc: Doc, i: int, sent_start: int) -> bool:
    """Whether token i, before a possessive, is a sentence's first word that no entity claims.

    A person or company owning a title is tagged ("Blackwood's Copper Rain", "Harbor Pictures' Lanternfish") and
    `_past_possessor` strips it later; an untagged single capitalised word opening the sentence is the title's own
    first word ("Howl's ..." in a title), which a span stopping at the "'s" would cut off.
    """
    return (i == sent_start and _is_cap(doc[i]) and doc[i].is_alpha and not doc[i].ent_type_
            and doc[i].text not in NOT_TITLE_START)


def recognise_titles(doc: Doc) -> Doc:
    info = doc_info(doc)
    kinds: dict[str, str] = {}
    pending: dict[str, str] = {}
    owners: list[Span] = []
    for start, end, kind, cue in _split_conjoined(doc, _candidates(doc)):
        if not cue.startswith("quoted"):
            past = _past_possessor(doc, start, end)
            if past is None:
                continue
            if past[0] > start and _hyphenated_name(doc[start:past[0] - 1]):
                owners.append(Span(doc, start, past[0] - 1, label="PERSON"))  # the model's ORG "Jean-Luc Marnier"
            start, end = past
        if any(t.ent_type_ in _NON_TITLE_ENTS and t.ent_type_ != "CARDINAL" and not _title_year(doc, t, start, end)
               for t in doc[start:end]) and not _worded_number_title(doc, start, end, cue):
            continue
        if not _title_shaped(doc[start:end], cue):
            continue
        stripped = _strip_leading_article(doc, start, end)
        if stripped != (start, end) and not _title_shaped(doc[stripped[0]:stripped[1]], cue):
            continue  # "Delighted: Screen star X" is the caption's "Screen star"
        start, end = stripped
        if cue.startswith(("franchise:", "follower:", "role:")):
            start = _after_person(doc, start, end)
        if start >= end:
            continue
        text = doc[start:end].text
        if kind == "work" and not (start >= 3 and doc[start - 3].lower_ in {"film", "movie", "screen", "big-screen", "tv", "television"}):
            continue  # "an adaptation of X" names a book; "the film adaptation of X" names the film too
        if kind == "work":
            kind = "film"
        if kind == "franchise-if-titled":
            pending.setdefault(text, cue)
            continue
        previous = kinds.get(text)
        if previous == "franchise" and kind != "franchise":
            continue
        kinds[text] = kind
        info.title_cues.setdefault(text, cue)
    _split_known(kinds, info)
    _titled_franchises(kinds, pending)
    for text in pending:
        if kinds.get(text) == "franchise":
            info.title_cues.setdefault(text, "instalment")
    _add_sequels(doc, kinds)
    _add_original_titles(doc, kinds)
    doc_text = text_of(doc)  # Doc.text joins every token: once, not per title
    for text, kind in kinds.items():
        if kind != "franchise":
            kinds[text] = _series_or_film(doc_text, text, kind)
    info.title_kinds.update(kinds)
    spans = _occurrences(doc, kinds)
    if owners:
        spans += [o for o in owners if not any(o.start < s.end and s.start < o.end for s in spans)]
    if spans:
        keep = []
        for e in doc.ents:
            inside = [s for s in spans if e.start < s.end and s.start < e.end]
            if not inside:
                keep.append(e)
            elif e.label_ in {"PERSON", "ORG"}:
                keep.extend(_remainders(doc, e, inside))
        doc.ents = filter_spans(spans + keep)
    return doc


_ARTICLES = frozenset({"The", "A", "An"})


def _past_possessor(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """"starred in Theo Blackwood's Night Orchard": a person's possessive before a title leaves the title as the title.

    The possessor is a person when the model tags it PERSON (or it has a name's shape) and either a title's own
    article follows ("Theo Blackwood's The Keeper": no title runs on through "'s The") or the name's last word stands
    elsewhere in the article without the possessive (the person is named on their own, so "'s" is theirs, not the
    title's: "Harbor Jones's Diary" said twice stays one title). A person the cue points at that is no such possessor
    gives no title at all: the span stopped at the possessive and the title is not known.
    """
    k = next((i for i in range(start + 1, end) if doc[i].text in {"'s", "’s"}), None)
    if k is None and end + 1 < len(doc) and doc[end].text in {"'s", "’s"} and _is_cap(doc[end + 1]):
        k = end
    if k is None or k + 1 >= len(doc):
        return (start, end)
    owner = doc[start:k]
    if k + 2 == end and _sequel_number(doc[k + 1]):
        return (start, end)  # "Harbor's Twelve": no one owns a number
    if not (any(t.ent_type_ == "PERSON" for t in owner) or _name_like(doc, start, k) or _hyphenated_name(owner)):
        return (start, end)
    tail = (k + 1, end) if k < end else cap_span_from(doc, k + 1)
    if doc[k + 1].text in _ARTICLES and (tail is None or tail[1] - tail[0] < 2):
        tail = (k + 1, cap_span_from(doc, k + 2)[1]) if k + 2 < len(doc) and cap_span_from(doc, k + 2) else None
    if tail and (doc[k + 1].text in _ARTICLES or _named_alone(doc, owner[-1], k)):
        return tail
    return None if k == end else (start, end)


def _hyphenated_name(words) -> bool:
    """"Jean-Luc Marnier": a name with a hyphenated first name, which `_name_like` does not take."""
    alpha = [t for t in words if t.text != "-"]
    return (any(t.text == "-" for t in words) and 2 <= len(alpha) <= 4 and all(t.is_title and t.is_alpha for t in alpha)
            and not any(t.lower_ in TITLE_CONNECTORS for t in alpha))


def _named_alone(doc: Doc, last, k: int) -> bool:
    """The possessor's last word appears elsewhere in the article not followed by a possessive."""
    for tok in doc:
        if tok.i != last.i and tok.text == last.text and not (tok.i + 1 < len(doc) and doc[tok.i + 1].text in {"'s", "’s", "'", "’"}):
            return True
    return False


def _worded_number_title(doc: Doc, start: int, end: int, cue: str) -> bool:
    """A cue's span of capitalised words, with no digit, that the model reads as an amount or a time: "the film
    Thousand Pound Harbor", "starred in Lantern Day" (a weak cue before a role noun keeps the veto: "Labor Day star")."""
    words = doc[start:end]
    if len(words) < 2 or any(any(ch.isdigit() for ch in t.text) or t.is_currency for t in words):
        return False
    if not all(_is_cap(t) or t.lower_ in TITLE_CONNECTORS for t in words) or words[0].text in NOT_TITLE_START:
        return False
    if any(t.ent_type_ in {"DATE", "TIME"} for t in words):
        return not weak_or_comma(cue) and not cue.startswith("list")
    return True


def _remainders(doc: Doc, ent: Span, titles: list[Span]) -> list[Span]:
    """The model's "Night Orchard from Harbor Pictures" (ORG) around a title keeps "Harbor Pictures" as ORG."""
    out = []
    first, last = min(s.start for s in titles), max(s.end for s in titles)
    for start, end in ((ent.start, first), (last, ent.end)):
        while start < end and (doc[start].lower_ in TITLE_CONNECTORS or doc[start].is_punct or doc[start].text in {"'s", "’s"}):
            start += 1
        while end > start and (doc[end - 1].lower_ in TITLE_CONNECTORS or doc[end - 1].is_punct or doc[end - 1].text in {"'s", "’s"}):
            end -= 1
        if start < end and _is_cap(doc[start]) and _is_cap(doc[end - 1]) and doc[start].text not in NOT_TITLE_START:
            out.append(Span(doc, start, end, label=ent.label_))
    return out


def _split_conjoined(doc: Doc, candidates: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """"the comedy series Harbor Lights and The Keeper Diaries": a lower-case "and" before a capitalised article
    joins two titles (a title's own "and the" is lower case)."""
    out = []
    for start, end, kind, cue in candidates:
        nxt = end + 1 if end < len(doc) and doc[end].text == "," else end
        respectively = nxt < len(doc) and doc[nxt].lower_ == "respectively"  # "for A and B respectively"
        for k in range(start + 1, end - 1):
            if doc[k].text in {"and", "&"} and (doc[k + 1].text in {"The", "A", "An"} or (respectively and doc[k].text == "and")) and _is_cap(doc[k - 1]):
                out.append((start, k, kind, cue))
                out.append((k + 1, end, kind, cue))
                break
        else:
            out.append((start, end, kind, cue))
    return out


def _split_known(kinds: dict[str, str], info: DocInfo) -> None:
    """"Harbor Lights and Night Orchard" is two titles when the article names either one alone elsewhere."""
    for text in [t for t in kinds if " and " in t]:
        for m in re.finditer(r" and ", text):
            left, right = text[:m.start()], text[m.end():]
            if not (left[:1].isupper() and right[:1].isupper()):
                continue
            if any(part in kinds for part in (left, right)):
                kind = kinds.pop(text)
                cue = info.title_cues.pop(text, "split")
                for part in (left, right):
                    kinds.setdefault(part, kind)
                    info.title_cues.setdefault(part, cue)
                break


_ORDINAL_WORDS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth final last latest new next upcoming two three four "
    "five six seven eight nine ten".split())
_FRANCHISE_DETERMINERS = frozenset(
    "a an first second third fourth fifth sixth seventh eighth ninth latest next new last final original previous "
    "upcoming forthcoming another every each".split())
_INSTALMENT_NOUNS = frozenset("film movie installment instalment entry outing chapter adventure".split())


def _titled_franchises(kinds: dict[str, str], pending: dict[str, str]) -> None:
    """"the first Copper Rain movie" makes Copper Rain a franchise when a title of the article extends that name."""
    for text, cue in pending.items():
        extended = re.compile(re.escape(text) + r"(?: \d| [IVX]+\b|:| & | and )")
        if any(other != text and extended.match(other) for other in kinds):
            kinds[text] = "franchise"


def _numbered(doc: Doc, num: int) -> tuple[int, int] | None:
    """"Harbor Lights 2", "Copper Rain III": capitalised words and a sequel's number (not "Season 2", "Channel 4")."""
    tok = doc[num]
    if not ((tok.text.isdecimal() and tok.text.isascii() and 2 <= int(tok.text) <= 9) or (_ROMAN.match(tok.text) and tok.text != "X")):
        return None
    if num + 1 < len(doc) and (_is_cap(doc[num + 1]) or doc[num + 1].text in {"%", "-", "/", ".", ":"} and num + 2 < len(doc)
                               and doc[num + 2].text[:1].isdigit()):
        return None
    if num + 1 < len(doc) and doc[num + 1].is_alpha and not doc[num + 1].is_stop:
        return None  # "Harbor 2 million", "Phase 4 films"
    span = cap_span_before(doc, num)
    if not span or doc[num - 1].text in _NOT_SEQUEL_HEADS or doc[num - 1].is_digit:
        return None
    for k in range(num - 2, span[0], -1):
        if doc[k].text == "and" and _is_cap(doc[k + 1]) and doc[k + 1].text not in {"The", "A", "An"}:
            span = (k + 1, num)  # "Harbor Tales and Copper Rain 2": the number is the last title's
            break
    words = [t for t in doc[span[0]:num] if t.is_alpha and t.lower_ not in TITLE_CONNECTORS]
    if not words or all(t.ent_type_ in {"PERSON", "GPE", "NORP", "LOC", "DATE"} for t in words):
        return None
    if not tok.text.isdecimal() and (any(t.ent_type_ == "PERSON" for t in words) or words[0].text in _SOVEREIGNS):
        return None  # "Queen Maud II", "Pope Gregory IX"
    if len(words) == 1 and words[0].lower_ in COMMON_MODIFIERS:
        return None  # "All 4"
    if any(t.is_upper and len(t) > 1 for t in words) or words[0].is_sent_start and len(words) == 1:
        return None  # "BBC 2", "Windows 9" at a sentence's start
    return (span[0], num + 1)


_COMPANY_TAILS = frozenset(
    "pictures studios studio entertainment productions films media network channel tv inc inc. ltd llc corp group company "
    "records agency".split())
_SOVEREIGNS = frozenset("King Queen Pope Prince Princess Emperor Empress Tsar Czar Duke Earl Lord Sir Pius Saint St".split())
_NOT_SEQUEL_HEADS = frozenset(
    "Season Seasons Episode Episodes Chapter Part Phase Volume Vol Round Day Week Level Channel Room Stage Act Game Book "
    "Section Article Class Grade Zone Terminal Platform Number No Category Group Division League Type Version Model "
    "Series Mark War Tier Step Page Gate Unit Sector Area Top Under Over Gen Generation Year Years Weeks Days Hour Hours "
    "Track Disc Side Verse Scene Take Floor Row Studio Studios Camera Plan Pixel Galaxy PlayStation Xbox Windows iPhone "
    "Formula Covid COVID Apollo Patch Update Wave Dose Radio".split())


def _title_year(doc: Doc, tok, start: int, end: int) -> bool:
    """A year closing a title of capitalised words: "Night Orchard 1984", "Copper Rain 2049"."""
    return tok.i == end - 1 and end - start >= 3 and re.fullmatch(r"\d{4}", tok.text) is not None


#: Words that, with a nationality, describe a person before a role noun ("Black British actor X").
_PEOPLE_WORDS = frozenset("Black White Asian Latino Latina Latinx Indigenous Native Mixed Gay Lesbian Trans Deaf Muslim Jewish "
                          "Christian Catholic Sikh Hindu Arab Aboriginal Maori - race "
                          # nationalities that `_NATIONALITY` does not take
                          "Welsh Swiss Greek Thai Czech Scots Scot Brit Aussie Kiwi Dane Swede Finn Pole Turk Kurd Basque "
                          "Filipino Filipina".split())


def _title_shaped(span: Span, cue: str) -> bool:
    """Not a nationality, a place, an acronym or a number: "British star X", "Hong Kong director Y".

    spaCy tags many one-word titles GPE or NORP ("the spinoff movie Night Orchard"), so the entity type
    only vetoes the weak cues that stand before a role noun ("X star Y", "X director Y").
    """
    words = [t for t in span if not t.is_punct]
    if not words or all(t.is_digit or t.lower_ in TITLE_CONNECTORS for t in words):
        return False
    weak = cue.startswith(("role:", "franchise:", "follower:", "subject:", "the-role:", "role-and:"))
    if weak and all(t.ent_type_ in {"NORP", "GPE", "LOC"} or _NATIONALITY.match(t.text) or t.text in _PEOPLE_WORDS for t in words):
        return False  # "Black British actor X", "Mixed-race Welsh star Y": who the person is, not a work
    end = span.end
    doc = span.doc
    if (not cue.startswith(("quoted", "role:", "follower:", "franchise", "possessive-season")) and end + 1 < len(doc)
            and doc[end].text in {"'s", "’s", "'", "’"} and doc[end + 1].is_lower):
        return False  # "the film version of Quinn's memoir": a possessor, not a title
    if all(t.text in NOT_TITLE_ALONE for t in words):
        return False  # "a star in Hollywood", "the TikTok star"
    if words[-1].lower_ in {"festival", "awards", "ceremony", "gala", "prizes"}:
        return False  # "the Harbor Film Festival, which opens"
    if words[-1].lower_ in _COMPANY_TAILS and not cue.startswith("quoted"):
        return False  # "directing for Harbor Pictures", "the cast of Streamly TV"
    if cue.startswith("franchise:") and words[-1].like_num:
        return False  # "Some 350 films"
    if (all(t.ent_type_ == "NORP" or _NATIONALITY.match(t.text) for t in words) and span.end < len(span.doc)
            and span.doc[span.end].is_lower and span.doc[span.end].is_alpha and not span.doc[span.end].is_stop):
        return False  # "the low-budget British movie X": a nationality before a noun is an adjective
    if len(words) == 1:
        tok = words[0]
        if _opens(tok) and tok.is_alpha and tok.text[1:].islower() and tok.lower_.endswith(("ly", "ing")) and weak_or_comma(cue):
            return False  # "Ultimately, ...", "Rising star X": a sentence's first word
        if tok.is_upper and len(tok.text) <= 3:
            return False
        if tok.i >= 2 and doc[tok.i - 1].text == ":" and doc[tok.i - 2].is_sent_start and weak:
            return False  # "Delighted: Screen star X": the caption capitalises a common word
        if tok.text in NOT_TITLE_START or tok.lower_ in {"best", "director", "actor", "actress"}:
            return False
        if tok.lower_ in COMMON_MODIFIERS and _opens(tok) and (weak_or_comma(cue) or cue.startswith("franchise")):
            return False  # "Rock star X", "Other films", "Seven cast members": a common word a sentence capitalised
        if re.fullmatch(r"[\d,.]+", tok.text):
            return False  # "3,000 movies"
    return True


def weak_or_comma(cue: str) -> bool:
    return cue.startswith(("role:", "franchise:", "follower:", "subject:", "the-role:", "appositive", "comma-", "which-", "prize-subject"))


def _add_sequels(doc: Doc, kinds: dict[str, str]) -> None:
    """`X 3` or `X III` is a title when `X` is a known title or franchise in the same article."""
    known = sorted(kinds, key=len, reverse=True)
    doc_text = text_of(doc)  # Doc.text joins every token: once, not per number
    for tok in doc[1:]:
        if (tok.text.isdecimal() and tok.text.isascii() and 2 <= int(tok.text) <= 12) or _ROMAN.match(tok.text):
            before = doc_text[max(0, tok.idx - 80):tok.idx].rstrip()
            for text in known:
                if before.endswith(text) and (len(before) == len(text) or not before[-len(text) - 1].isalnum()):
                    kinds.setdefault(f"{text} {tok.text}", "film")
                    break


#: Function words of the languages whose original titles news gives in brackets: "A Long Sunday (Un Long Dimanche)".
_FOREIGN_WORDS = frozenset("un une le la les de du des del di da il el los las der die das und et y e".split())


def _add_original_titles(doc: Doc, kinds: dict[str, str]) -> None:
    """"Night Orchard (La Nuit du Verger)": a known title followed by a bracketed run of capitalised words with a
    foreign function word is the work's original-language title, not a company or a person."""
    doc_text = text_of(doc)
    known = sorted((t for t in kinds if kinds[t] != "franchise"), key=len, reverse=True)  # longest first, once
    for tok in doc[1:]:
        if tok.text != "(" or tok.i + 3 >= len(doc):
            continue
        before = doc_text[max(0, tok.idx - 80):tok.idx].rstrip()
        owner = next((t for t in known
                      if before.endswith(t)
                      and (len(before) == len(t) or not before[-len(t) - 1].isalnum())), None)
        if owner is None:
            continue
        j = tok.i + 1
        while j < len(doc) and j - tok.i <= MAX_TITLE_TOKENS and (_is_cap(doc[j]) or doc[j].lower_ in _FOREIGN_WORDS
                                                                 or doc[j].lower_ in TITLE_CONNECTORS):
            j += 1
        inner = doc[tok.i + 1:j]
        if (j < len(doc) and doc[j].text == ")" and len(inner) >= 2 and _is_cap(inner[0]) and _is_cap(inner[-1])
                and any(t.lower_ in _FOREIGN_WORDS for t in inner) and not any(t.lower_ in {"the", "of", "and"} for t in inner)):
            kinds.setdefault(inner.text, kinds[owner])


def _series_or_film(doc_text: str, text: str, kind: str) -> str:
    if kind == "series":
        return kind
    window = re.compile(re.escape(text) + r".{0,40}", re.S)
    for m in window.finditer(doc_text):
        after = m.group(0)[len(text):].lower()
        if re.match(r"^[’']?s?\s*(?:\w+\s+){0,1}(?:season|series|episode|finale)\b", after):
            return "series"
    return kind


def _occurrences(doc: Doc, kinds: dict[str, str]) -> list[Span]:
    """Every occurrence of every known title string (one sense per article), longest first."""
    taken = [False] * len(doc)
    spans: list[Span] = []
    doc_text = text_of(doc)  # Doc.text joins every token: once, not per title
    for text in sorted(kinds, key=len, reverse=True):
        label = "FRANCHISE" if kinds[text] == "franchise" else "TITLE"
        for m_start, m_end in occurrences(text, doc_text):  # no regex compiled per title
            span = doc.char_span(m_start, m_end, label=label)
            if span is None or any(taken[i] for i in range(span.start, span.end)):
                continue
            for i in range(span.start, span.end):
                taken[i] = True
            spans.append(span)
    return spans
