"""Name repair: people the model tags ORG, GPE, NORP or LAW become PERSON from context.

Cues (`cues.py`): a role word before ("starring X", "actor X"), a reporting or acting verb after
("X told", "X plays"), a coordination with a known person ("Theo Blackwood and X"), or being a part
of a person's full name found elsewhere in the article ("Blackwood" of "Theo Blackwood").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from reelwire.nlp.cues import NOT_TITLE_START, ORG_WORDS, PERSON_AFTER, PERSON_BEFORE, PERSON_BEFORE_PAIRS
from reelwire.nlp.textscan import doc_text, occurrences

_REPAIRABLE = {"ORG", "GPE", "NORP", "LAW", "FAC", "PRODUCT", "LOC", "WORK_OF_ART"}


def _name_shaped(span: Span) -> bool:
    words = [t for t in span if not t.is_punct]
    if not 1 <= len(words) <= 4:
        return False
    if any(t.lower_ in ORG_WORDS for t in words) or words[0].lower_ == "the":
        return False
    return all(t.text[:1].isupper() or t.lower_ in {"de", "da", "van", "von", "del", "der", "la", "le", "di", "bin"} for t in words) and not any(
        t.is_upper and len(t.text) > 1 for t in words)


def _person_parts(doc: Doc) -> set[str]:
    parts: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) >= 2:
            parts.add(ent.text)
            words = ent.text.split()
            parts.add(words[0])
            parts.add(words[-1])
            if len(words) >= 3:
                parts.add(" ".join(words[1:]))
                parts.add(" ".join(words[-2:]))
    return parts


def _context_says_person(doc: Doc, ent: Span) -> bool:
    if ent.start >= 2 and (doc[ent.start - 2].lower_, doc[ent.start - 1].lower_) in PERSON_BEFORE_PAIRS and len(ent) >= 2:
        return True
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if before is not None and before.lower_ in PERSON_BEFORE:
        return True
    if after is not None and after.lower_ in PERSON_AFTER and len(ent) >= 2:
        return True
    # Coordination with a person: "Theo Blackwood and X", "X, Theo Blackwood and ...".
    for tok in (doc[ent.start - 2] if ent.start > 1 else None, doc[ent.end + 1] if ent.end + 1 < len(doc) else None):
        link = doc[ent.start - 1] if tok is not None and tok.i < ent.start else (doc[ent.end] if ent.end < len(doc) else None)
        if tok is not None and link is not None and link.lower_ in {"and", ","} and tok.ent_type_ == "PERSON" and len(ent) >= 2:
            return True
    return False


def _propagate(doc: Doc) -> None:
    """One sense per article: every other occurrence of a known name or its parts is that person."""
    parts = sorted(_person_parts(doc), key=len, reverse=True)
    if not parts:
        return
    protected = [False] * len(doc)
    for ent in doc.ents:
        if ent.label_ in {"TITLE", "FRANCHISE", "PERSON", "DATE", "TIME", "MONEY", "AWARD"}:
            for i in range(ent.start, ent.end):
                protected[i] = True
    added: list[Span] = []
    text = doc_text(doc)  # Doc.text joins every token: once, not per name
    for part in parts:
        if len(part.split()) == 1 and doc.vocab[part.lower()].is_stop:
            continue
        for m_start, m_end in occurrences(part, text, "’'-", "-"):  # no regex compiled per name
            span = doc.char_span(m_start, m_end, label="PERSON")
            if span is None or any(protected[i] for i in range(span.start, span.end)):
                continue
            for i in range(span.start, span.end):
                protected[i] = True
            added.append(span)
    if added:
        keep = [e for e in doc.ents if not any(e.start < a.end and a.start < e.end for a in added)]
        doc.ents = filter_spans(added + keep)


def _fix_edges(doc: Doc) -> None:
    """"Meridian Films" tagged PERSON is a company; "Ivy [Chen]" gets its first name back."""
    fixed: list[Span] = []
    parts = _person_parts(doc)
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            fixed.append(ent)
            continue
        if _is_descriptor(doc, ent, parts):
            fixed.append(Span(doc, ent.start, ent.end, label="NORP"))
            continue
        if ent[-1].lower_ in ORG_WORDS:
            fixed.append(Span(doc, ent.start, ent.end, label="ORG"))
            continue
        dash = next((t.i for t in ent[1:] if t.text in {"-", "–", "—"} and doc[t.i - 1].whitespace_), None)
        if dash is not None:  # "Dana Holt - moved": a spaced dash ends a name
            ent = Span(doc, ent.start, dash, label="PERSON")
        ent = _trim_person(doc, ent)
        if ent is None:
            continue
        ent = _extend_hyphenated(doc, ent)
        start = ent.start
        prev = doc[start - 1] if start > 0 else None
        if (prev is not None and prev.text[:1].isupper() and prev.ent_type_ == "" and not prev.is_sent_start
                and prev.is_alpha and not doc.vocab[prev.lower_].is_stop and prev.lower_ not in PERSON_BEFORE
                and prev.text not in NOT_TITLE_START and not (len(ent) >= 2 and prev.lower_ in _OFFICE_WORDS)):
            start -= 1
        fixed.append(Span(doc, start, ent.end, label="PERSON") if start != ent.start else ent)
    doc.ents = filter_spans(fixed)


#: lowercase words after a hyphen that make a name a modifier ("Quinn-led", "Quinn-era"), not a longer name
_HYPHEN_MODIFIERS = frozenset("led era ish like type less wise fest mania style esque verse".split())


def _extend_hyphenated(doc: Doc, ent: Span) -> Span:
    """"Min-jun winning": a given name in two hyphened syllables the model cut at the hyphen ("Min") gets
    its lowercase second syllable back; never a modifier or a participle ("Quinn-led", "Quinn-directed")."""
    end = ent.end
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return ent
    nxt = doc[end + 1]
    if (not (nxt.is_alpha and nxt.is_lower and 2 <= len(nxt.text) <= 4) or nxt.text.endswith("ed")
            or nxt.lower_ in _HYPHEN_MODIFIERS or nxt.is_stop or nxt.ent_type_):
        return ent
    return Span(doc, ent.start, end + 2, label="PERSON")


_AGE = re.compile(r"(?:^|\s)[Tt]he \d{1,3}\s?-\s?year\s?-\s?old$")
_DEMONYM_ENDS = ("er", "man", "woman", "ian", "ean", "ese", "ish", "ie")


def _is_descriptor(doc: Doc, ent: Span, parts: set[str]) -> bool:
    """"the 32-year-old South Londoner plays": a capitalised demonym after "the N-year-old" describes the
    person named elsewhere; never a surname the article gives in full ("the 74-year-old Blackwood")."""
    if not _AGE.search(doc[max(0, ent.start - 6):ent.start].text):
        return False
    return ent[-1].lower_.endswith(_DEMONYM_ENDS) and ent.text not in parts and ent[-1].text not in parts


#: offices and trades news writes capitalised before a person's full name ("Broadcaster Theo Blackwood")
_OFFICE_WORDS = frozenset(
    "president vice judge senator congressman congresswoman governor mayor chancellor minister premier secretary "
    "attorney lawyer prosecutor detective sheriff chief staff broadcaster journalist reporter columnist critic "
    "anchor dj chef designer photographer artist painter dancer choreographer footballer boxer athlete "
    "businessman businesswoman tycoon mogul entrepreneur billionaire ceo chairman chairwoman boss founder "
    "spokesman spokeswoman spokesperson publicist agent manager coach commissioner ambassador professor "
    "archbishop bishop former late fellow".split())

_POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}
_HONORIFICS = frozenset("mr mrs ms dr sir dame".split())


def _trim_person(doc: Doc, ent: Span) -> Span | None:
    """A PERSON span the model ran too wide: "Starring Theo Blackwood" (a role word first), "Blackwood’s Max
    Crane" (a person's character: the person ends at the possessive), "The Harbor" (no name begins with "The")."""
    start, end = ent.start, ent.end
    while end - start > 1 and doc[start].lower_ in PERSON_BEFORE - _HONORIFICS and doc[start].text[:1].isupper():
        start += 1
    # "Broadcaster Theo Blackwood", "President Dana Holt": an office or trade before a first name and a surname
    # (never before a lone word: a role word can be a given name)
    while end - start > 2 and doc[start].lower_ in _OFFICE_WORDS and doc[start + 1].text[:1].isupper():
        start += 1
    cut = next((t.i for t in doc[start + 1:end - 1] if t.text in _POSSESSIVE_MARKS or t.text in {"(", "[", ")", "/"}), None)
    if cut is not None:
        end = cut
    # "Johnny Vane a.k.a.": a trailing lowercase word or dot is not part of the name (a particle never ends one)
    while end - start > 1 and doc[end - 1].text not in _POSSESSIVE_MARKS:
        last, prev = doc[end - 1], doc[end - 2]
        if not ((last.text == "." and prev.is_lower) or (last.is_lower and prev.whitespace_)):
            break  # ("Park Min-jun": a hyphened syllable is part of the name)
        end -= 1
    if doc[start].lower_ == "the":
        return None
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label="PERSON")


#: participles a person's name is hyphenated to: "the Ana Ruiz-directed drama", "a Mara Quinn-starring vehicle"
_PERSON_HYPHEN_CREDITS = frozenset("directed helmed penned scripted starring fronted".split())


def _tag_hyphen_credits(doc: Doc) -> None:
    """"the Ana Ruiz-directed flick": a two- or three-word name joined to a credit participle is a person."""
    added = []
    for tok in doc[2:-1]:
        if tok.text not in {"-", "–"} or doc[tok.i - 1].whitespace_ or tok.whitespace_:
            continue
        if doc[tok.i + 1].lower_ not in _PERSON_HYPHEN_CREDITS:
            continue
        start = tok.i
        while (start > 0 and tok.i - start < 3 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper()
               and doc[start - 1].lower_ not in ORG_WORDS and not doc[start - 1].is_sent_start):
            start -= 1
        if start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper():
            continue  # a longer capitalised run (a title, a company) is not one person
        if tok.i - start >= 2 and doc[start].text not in NOT_TITLE_START and doc[start].lower_ != "the":
            if all(t.ent_type_ in {"", "PERSON", "ORG", "FAC", "GPE", "NORP", "PRODUCT", "WORK_OF_ART"} for t in doc[start:tok.i]):
                added.append(Span(doc, start, tok.i, label="PERSON"))
    if added:
        keep = [e for e in doc.ents if not any(e.start < a.end and a.start < e.end for a in added)]
        doc.ents = filter_spans(added + keep)


#: role nouns right before a full name: "rising star Lila Moss", "actress Mara Quinn"
_ROLE_BEFORE_NAME = frozenset("star actress actor newcomer co-star costar director filmmaker screenwriter producer".split())


def _tag_after_role(doc: Doc) -> None:
    """"Rising star Mara May dazzled": two capitalised words the model left untagged (or took for a date)
    right after a lowercase role noun are a person's name."""
    added = []
    for tok in doc[:-2]:
        if tok.text not in _ROLE_BEFORE_NAME:
            continue
        a, b = doc[tok.i + 1], doc[tok.i + 2]
        after = doc[tok.i + 3] if tok.i + 3 < len(doc) else None
        if not (a.is_alpha and b.is_alpha and a.is_title and b.is_title) or a.text in NOT_TITLE_START:
            continue
        if any(t.ent_type_ not in {"", "DATE"} for t in (a, b)) or a.lower_ in ORG_WORDS or b.lower_ in ORG_WORDS:
            continue
        if after is not None and after.is_title and after.is_alpha:
            continue  # a longer capitalised run is a title or a company
        added.append(Span(doc, a.i, b.i + 1, label="PERSON"))
    if added:
        keep = [e for e in doc.ents if not any(e.start < a.end and a.start < e.end for a in added)]
        doc.ents = filter_spans(added + keep)


_NAME_PARTICLES = frozenset("de da van von del der di du le la bin ben".split())


def _tag_particle_names(doc: Doc) -> None:
    """"Lena de Vries proved...": a capitalised word, a name particle and a capitalised word, all untagged and
    followed by a lowercase word that is not a stop word, a possessive or punctuation, are a person's name."""
    added = []
    for tok in doc[1:-2]:
        if tok.text not in _NAME_PARTICLES:
            continue
        a, b = doc[tok.i - 1], doc[tok.i + 1]
        after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        if not (a.is_title and a.is_alpha and b.is_title and b.is_alpha) or a.text in NOT_TITLE_START:
            continue
        if any(t.ent_type_ for t in (a, tok, b)) or a.lower_ in ORG_WORDS or b.lower_ in ORG_WORDS:
            continue
        # (no part-of-speech here: the tagger is off in production) a verb-like word, not a preposition
        if after is not None and not (after.is_punct or after.text in {"'s", "’s"} or (after.is_lower and not after.is_stop)):
            continue
        added.append(Span(doc, a.i, b.i + 1, label="PERSON"))
    if added:
        doc.ents = filter_spans(list(doc.ents) + added)


def _tag_who_clause(doc: Doc) -> None:
    """"Blackwood, who lost out to...": a lone capitalised word the model left untagged, before ", who",
    is a person (a longer capitalised run, or one after "the", is a band, a show or a place)."""
    added = []
    lower_words = {t.text for t in doc if t.is_lower}
    for tok in doc[:-2]:
        if not (doc[tok.i + 1].text == "," and doc[tok.i + 2].lower_ == "who"):
            continue
        if not (tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper and tok.ent_type_ == ""):
            continue
        if tok.is_stop or tok.text in NOT_TITLE_START or tok.lower_ in ORG_WORDS or tok.lower_ in PERSON_BEFORE:
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and (prev.text[:1].isupper() or prev.lower_ in {"the", "a", "an"}):
            continue
        if tok.lower_ in lower_words:  # a word the article also writes in lowercase ("rockers Free, who")
            continue
        added.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
    if added:
        doc.ents = filter_spans(list(doc.ents) + added)


def _tag_after_title_possessive(doc: Doc) -> None:
    """"“Night Orchard’s” Mara Quinn": two capitalised words the model left untagged after a quoted title's
    possessive are the person of that title (a longer capitalised run is another title or a company)."""
    added = []
    for tok in doc[3:-1]:
        a, b = tok, doc[tok.i + 1]
        after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        p1, p2 = doc[tok.i - 1], doc[tok.i - 2]
        quoted = p1.text in {"”", "\"", "’", "'"} and p2.text in _POSSESSIVE_MARKS
        if not quoted:  # (an unquoted "Bill's Excellent Adventure" is one longer title)
            continue
        if not (a.is_alpha and b.is_alpha and a.is_title and b.is_title) or a.text in NOT_TITLE_START:
            continue
        if not _free(doc, a.i, b.i + 1) or a.lower_ in ORG_WORDS or b.lower_ in ORG_WORDS:
            continue
        if after is not None and after.is_alpha and after.text[:1].isupper():
            continue
        added.append(Span(doc, a.i, b.i + 1, label="PERSON"))
    if added:
        doc.ents = filter_spans(list(doc.ents) + added)


def repair_names(doc: Doc) -> Doc:
    _fix_edges(doc)
    _repair_labels(doc)
    _tag_hyphen_credits(doc)
    _tag_after_role(doc)
    _tag_particle_names(doc)
    _tag_coordinated(doc)
    _tag_who_clause(doc)
    _tag_after_title_possessive(doc)
    _propagate(doc)
    _tag_companies(doc)
    return doc


def _free(doc: Doc, start: int, end: int) -> bool:
    return all(t.ent_type_ == "" for t in doc[start:end])


def _tag_coordinated(doc: Doc) -> None:
    """"starring Mara Quinn and Theo Blackwood": an untagged name coordinated with a person is one."""
    added = []
    for tok in doc[2:]:
        if tok.lower_ not in {"and", ","} or doc[tok.i - 1].ent_type_ != "PERSON" or tok.i + 2 >= len(doc) + 1:
            continue
        i = tok.i + 1
        if i + 1 >= len(doc):
            continue
        a, b = doc[i], doc[i + 1]
        after = doc[i + 2] if i + 2 < len(doc) else None
        if (a.is_title and b.is_title and a.is_alpha and b.is_alpha and _free(doc, i, i + 2)
                and a.text not in NOT_TITLE_START and a.lower_ != "the" and (after is None or after.is_punct or after.lower_ in {"and", "as", "in"} or after.pos_ in {"VERB", "AUX"} or (not after.pos_ and after.is_lower and not after.is_stop))
                and a.lower_ not in ORG_WORDS and b.lower_ not in ORG_WORDS):
            added.append(Span(doc, i, i + 2, label="PERSON"))
    if added:
        doc.ents = filter_spans(list(doc.ents) + added)


#: Nouns after which a title follows a company's name: "the hit Streamly series X", "Harbor Pictures' spin-off X".
_WORK_NOUNS = frozenset("series film movie original miniseries show drama comedy documentary rom-com thriller "
                        "spin-off spinoff sequel hit release production title feature docuseries sitcom".split())


_SERVICE_VERBS = frozenset("streamed streaming streams stream aired airs air available premieres premiered debuts debuted "
                           "lands landed arrives arrived arriving debuting premiering landing".split())
#: "is coming to Streamly on May 2": the service a title comes to.
_COMING = frozenset("coming comes come".split())


_MONTH_WORDS = frozenset("january february march april may june july august september october november december "
                         "jan jan. feb feb. aug aug. sept sept. sep sep. oct oct. nov nov. dec dec.".split())


def _glued_date(doc: Doc, ent: Span) -> int | None:
    """"Streamly September 13" tagged as one name: the index where the glued month-and-day starts."""
    if len(ent) < 3 or not ent[-1].like_num or ent[-2].lower_ not in _MONTH_WORDS:
        return None
    cut = ent.end - 2
    return cut if cut > ent.start and doc[cut - 1].is_alpha else None


def _split_glued_dates(doc: Doc) -> None:
    """A company's name with a date glued on ("debuts on Streamly September 13") loses the date; a title so glued
    after "on" and a service verb is the service's name."""
    fixed = []
    for ent in doc.ents:
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].text in {"'s", "’s"}:
            fixed.append(Span(doc, ent.start, ent.end - 1, label="ORG"))  # "Streamly’s upcoming series": no possessive
            continue
        cut = _glued_date(doc, ent)
        if cut is None:
            continue
        if ent.label_ == "ORG":
            fixed.append(Span(doc, ent.start, cut, label="ORG"))
        elif (ent.label_ in {"TITLE", "PERSON", "WORK_OF_ART", ""} and ent.start >= 2 and doc[ent.start - 1].lower_ == "on"
              and doc[ent.start - 2].lower_ in _SERVICE_VERBS and cut - ent.start == 1):
            fixed.append(Span(doc, ent.start, cut, label="ORG"))
    if fixed:
        keep = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in fixed)]
        doc.ents = filter_spans(fixed + keep)


def _tag_companies(doc: Doc) -> None:
    """A capitalised name before a work noun and a title is the company that makes it, not a person."""
    _split_glued_dates(doc)
    people = _person_parts(doc)
    fixed = []
    for ent in doc.ents:
        if ent.label_ != "TITLE":
            continue
        j = ent.start - 1
        words = 0
        while j >= 0 and doc[j].is_lower and words < 4:
            if doc[j].lower_ in _WORK_NOUNS:
                break
            j -= 1
            words += 1
        if j < 1 or doc[j].lower_ not in _WORK_NOUNS:
            continue
        k = j - 1
        while k >= 0 and (doc[k].is_lower or doc[k].text in {"-", "–"}) and j - k <= 4 and doc[k].lower_ not in {"the", "a", "an", "and", "of"}:
            k -= 1
        if k >= 0 and doc[k].text in {"'s", "’s"}:
            k -= 1
        end = k + 1
        start = end
        while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and end - start < 3:
            start -= 1
        if start == end or doc[start].text in NOT_TITLE_START or doc[start:end].text in people:
            continue
        if any(t.is_stop or t.text in {"TV", "Hollywood"} for t in doc[start:end]):
            continue
        if any(t.ent_type_ in {"PERSON", "NORP", "TITLE", "AWARD", "DATE", "GPE", "LOC"} for t in doc[start:end]):
            continue
        fixed.append(Span(doc, start, end, label="ORG"))
    for tok in doc[2:]:
        # "which will be streamed on Streamly", "aired on Streamly": the service a title goes out on.
        if (tok.text[:1].isupper() and tok.is_alpha and tok.ent_type_ in ({"", "PRODUCT"} if doc[tok.i - 1].lower_ == "to" else {"", "GPE", "PRODUCT"})
                and not tok.is_sent_start
                and ((doc[tok.i - 1].lower_ == "on" and doc[tok.i - 2].lower_ in _SERVICE_VERBS)
                     or (doc[tok.i - 1].lower_ == "to" and doc[tok.i - 2].lower_ in _COMING))
                and tok.text not in NOT_TITLE_START
                # "debuts on Streamly September 13": a date may follow the name, not more of it
                and not (tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper() and doc[tok.i + 1].ent_type_ != "DATE")):
            fixed.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
    fixed.extend(_tag_buyers(doc))
    for ent in doc.ents:
        # "the film's distributor Toyo", "rival studio Harbor": a name after the trade noun is the company
        if (ent.label_ in {"PERSON", "GPE", "NORP", "PRODUCT"} and ent.start >= 1
                and doc[ent.start - 1].lower_ in {"distributor", "distributors", "streamer", "studio"}
                and not (ent.start >= 2 and doc[ent.start - 2].lower_ in {"at", "in", "into", "recording", "film", "movie"})):
            fixed.append(Span(doc, ent.start, ent.end, label="ORG"))
    if fixed:
        keep = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in fixed)]
        doc.ents = filter_spans(fixed + keep)


#: "Streamly has acquired Night Orchard", "with Streamly releasing the film": a company's dealings in a title.
_DEAL = re.compile(r"(?:has |have |had )?(?:acquired|bought|is releasing|releasing|may premiere|will premiere|will release|will stream)$")
_DEALT = re.compile(r"^(?:the (?:worldwide |global |international |distribution |streaming |film |US |U\.S\. )*(?:rights|film|movie|series|show)\b)")


def _tag_buyers(doc: Doc) -> list[Span]:
    """An untagged one-word name that acquires, releases or premieres a title (or its rights) is a company."""
    out = []
    for tok in doc[1:-2]:
        if not (tok.text[:1].isupper() and tok.is_alpha and tok.ent_type_ in {"", "GPE"} and not tok.is_sent_start
                and not doc[tok.i - 1].text[:1].isupper() and tok.text not in NOT_TITLE_START and tok.lower_ not in ORG_WORDS):
            continue
        words = [t.text for t in doc[tok.i + 1:tok.i + 4]]
        for n in (1, 2, 3):
            if _DEAL.fullmatch(" ".join(words[:n])) and tok.i + 1 + n < len(doc):
                after = doc[tok.i + 1 + n]
                rest = doc[after.i:min(len(doc), after.i + 6)].text
                if after.ent_type_ == "TITLE" or _DEALT.match(rest):
                    out.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
                break
    return out


def _repair_labels(doc: Doc) -> None:
    for _ in range(2):
        parts = _person_parts(doc)
        fixed: list[Span] = []
        for ent in doc.ents:
            if ent.label_ not in _REPAIRABLE or not _name_shaped(ent) or _is_descriptor(doc, ent, parts):
                continue
            if ent.text in parts or _context_says_person(doc, ent):
                person = _trim_person(doc, Span(doc, ent.start, ent.end, label="PERSON"))
                if person is not None:
                    fixed.append(person)
        if not fixed:
            break
        keep = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in fixed)]
        doc.ents = filter_spans(fixed + keep)
