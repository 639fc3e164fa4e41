"""Rules of extraction as data, and the engine that applies them to masked sentences.

A sentence is masked: every mention becomes a placeholder (`⟦PER3⟧`, `⟦FILM0⟧`, `⟦DATE2⟧`...),
so that a rule is a readable regular expression over the language around the mentions:
`{PERS} stars? in {FILMREF} as {CHAR}`. Macros in braces expand to placeholder patterns.
Named groups say what each part is: `s` subject, `o` object, `character`, `outlet`, `prev`
(a replaced date). Each rule has a name (kept on every fact it makes) and example sentences
that `tests/extract/test_rule_examples.py` runs.
"""

from __future__ import annotations

import re
import re._constants as _sre  # the regular-expression parser's opcodes, read by `required_literals`
import re._parser as _sre_parse
from dataclasses import dataclass, field
from functools import cached_property

_P = "⟦{kind}\\d+⟧"
MACROS = {
    "PER": _P.format(kind="PER"),
    "PERS": "{p}(?:(?:,| and|, and| &|, &) {p})*".format(p=_P.format(kind="PER")),
    "FILM": _P.format(kind="FILM"),
    "FILMS": "{p}(?:(?:,| and|, and| &) {p})*".format(p=_P.format(kind="FILM")),
    "FRAN": _P.format(kind="FRAN"),
    "ORG": _P.format(kind="ORG"),
    "DATE": _P.format(kind="DATE"),
    "MONEY": _P.format(kind="MONEY"),
    "FILMREF": "(?:(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) )?(?:(?:⟦(?:DATE|ORG|AWD)\\d+⟧(?:-[\\w-]+)?|[\\w-]+)(?:['’]s)? ){{0,3}}?(?:film|movie|series|show|drama|thriller|comedy|documentary|biopic|sequel|blockbuster|feature|dramedy|adaptation|spinoff|spin-off|prequel|musical|epic|flick|adventure|romcom|horror|animation|hit|smash|miniseries|mini-series|sitcom|docuseries) {f}|(?:⟦DATE\\d+⟧['’]s )?{f}|(?<![\\w⟧])(?:[Tt]he|[Tt]his|[Tt]hat) (?!(?:[\\w-]+ ){{0,2}}(?:highest|biggest|most|largest|greatest|best)\\b)(?:(?:⟦PER\\d+⟧-)?[\\w-]+ ){{0,3}}?(?:film|movie|picture|sequel|spinoff|spin-off|prequel|series|show|drama|thriller|comedy|documentary|biopic|adaptation|feature|epic|musical|horror|blockbuster|remake|reboot|romcom|mystery|noir|neo-noir|animation|flick)(?!['’]s)(?![\\w-])|(?<![\\w⟧])[Ii]t\\b(?!['’]s))".format(f=_P.format(kind="FILM")),
    "CHAR": "(?:(?:the |a )(?:[a-z-]+ ){1,3})?(?P<character>(?:(?:⟦(?:PER|FILM|FRAN|ORG)\\d+⟧|[A-Z][\\w'’.-]*)(?: (?:[A-Z][\\w'’.-]*|⟦(?:PER|ORG)\\d+⟧|['‘\"“][A-Z][\\w.-]*['’\"”](?= [A-Z⟦])|of|the|de|van|von|la|le))*)(?:/(?:⟦(?:PER|FILM|ORG)\\d+⟧|[A-Z][\\w'’.-]*(?: [A-Z][\\w'’.-]*)*))?)(?!['’]s|['’] [a-z])",
    "OUTLET": "(?:⟦(?:ORG|FILM|PER)\\d+⟧|(?:The |the )?[A-Z][\\w!&.'’+-]*(?: (?:[A-Z][\\w!&.'’+-]*|of|&))*)",
    "AWD": _P.format(kind="AWD"),
    # an award, or a phrase that stands for the article's main award
    "AWDREF": "(?:{a}|(?<![\\w⟧])(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Tt]his year's) (?:awards|ceremony|festival|prizes))".format(a=_P.format(kind="AWD")),
    "W": "(?:\\S+ )",  # any one word and its space
    # up to eight words that are not a title: the gap between a subject and its verb; never across another
    # work ("X is based on the novel Y, written by", "X, is set to appear in a biopic produced by")
    "GAP": "(?:[,;]? (?!⟦FILM|(?:based|adapted) (?:on|from)\\b|(?:in|into|for|on) an? (?:[^\\s,;]+ ){0,2}?(?:film|movie|biopic|series|show|documentary|drama|comedy|thriller|project|feature)s?\\b)[^\\s,;]+){0,8}?",
    # the same for release dates: a gap never crosses to a trailer's or a clip's own release
    "RGAP": "(?:[,;]? (?!⟦FILM|with\\b|trailer|teaser|footage|clip|poster|first look|images?\\b)[^\\s,;]+){0,8}?",
}

#: Words that make a release date one that was replaced.
PREVIOUS_CUES = re.compile(r"\b(?:originally|initially|previously|first|was (?:set|due|scheduled|slated|expected|supposed|planned|going)|had been|were (?:set|due))\b", re.I)
RELEASED_CUES = re.compile(r"\b(?:was released|were released|released|opened|premiered|debuted|came out|arrived|hit|bowed|launched|dropped|aired|was shown|grossed|earned)\b", re.I)
FUTURE_CUES = re.compile(r"\b(?:will|set to|due|slated|scheduled|expected|to (?:hit|open|arrive|debut|premiere|be released|release|stream|land)|is (?:now )?(?:set|coming)|now)\b", re.I)


@dataclass(frozen=True)
class Rule:
    """One named extraction pattern with the examples that prove it."""

    name: str
    predicate: str
    pattern: str
    qualifiers: dict = field(default_factory=dict)
    #: where the subject comes from when the pattern has no `s` group: "sentence" (the sentence's
    #: only film, else the main film) or "main" (the article's main film).
    subject: str = "group"  # or "sentence", "main", "sentence_only" (the sentence's one film, never the main one),
    # "alone" (the main film, only in a sentence that names no title),
    # "main_person" (the article's person, when the sentence names no one else), "person" (the sentence's one person, else that),
    # "headline_person" (the person the headline names and the article names most, when the sentence names no one else)
    #: where a credit's person comes from when the pattern has no `o` group: "main_person", the person
    #: the article is about ("The Night Orchard star, 22, stepped out", "She starred in X").
    obj: str = "group"
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    confidence: float = 0.8
    ignore_case: bool = False
    #: How build.py turns this rule's matches into facts beyond its predicate's usual way; the rule says
    #: it, not a list of rule names in build.py. Credits: "director_talk_veto" (no cast credit in a sentence
    #: about directing prizes), "shared_role" (one character for several actors). Studio: "any_tag_company"
    #: (the object is a company whatever the tagger made of it), "no_person_company", "no_abbreviation"
    #: (not a name its brackets shorten). Franchise: "title_prefix" (the article's franchise that prefixes
    #: the title), "untagged_series_name". Release: "new_date" (a move's new date), "date_chain" (a new
    #: date later replaced is previous), "premiere_not_release", "date_kind" ("new/original date").
    #: Award: "nominee_pairs", "people_only" (a subject stretch gives its people), "credit_for_stars".
    #: Based on: "same_title" (the film carries the title of the work it adapts). Box office:
    #: "amount_for_film" ("$X for Y" is Y's amount).
    traits: frozenset[str] = frozenset()

    @cached_property
    def regex(self) -> re.Pattern:
        expanded = self.pattern
        for name, macro in MACROS.items():
            expanded = expanded.replace("{" + name + "}", macro)
        counter = iter(range(1, 100))
        expanded = re.sub(r"\(\?P<character>", lambda _: f"(?P<character{next(counter)}>", expanded)
        return re.compile(expanded, re.I if self.ignore_case else 0)

    @cached_property
    def needs(self) -> tuple[tuple[str, ...], ...]:
        """A cheap test a sentence must pass for the pattern to match anywhere in it: each tuple holds
        literal strings of which at least one occurs in every match (`required_literals`)."""
        return required_literals(self.regex)

    def may_match(self, text: str) -> bool:
        """False only when the pattern cannot match `text` (a required literal is missing)."""
        for alternatives in self.needs:  # plain loops: generator expressions cost more than the tests
            for literal in alternatives:
                if literal in text:
                    break
            else:
                return False
        return True


#: Literals shorter than this are in nearly every sentence: testing them costs more than it saves.
_MIN_LITERAL = 3
#: At most this many tests per rule, the longest literals first.
_MAX_TESTS = 3


def required_literals(regex: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """Necessary conditions for `regex` to match in a string, read from its parse tree: a tuple of
    alternatives (tuples of literal strings) such that every match contains, for each alternative,
    at least one of its strings. Only what is certain is kept (a case-insensitive pattern, a
    backreference or a lookaround gives no condition), so a string that fails a test has no match.
    """
    if regex.flags & re.IGNORECASE:
        return ()
    try:
        tree = _sre_parse.parse(regex.pattern, regex.flags)
    except re.error:  # pragma: no cover - the pattern compiled
        return ()
    found = [c for c in _sequence(list(tree)) if min(map(len, c)) >= _MIN_LITERAL]
    found.sort(key=lambda c: (-min(map(len, c)), len(c)))
    unique = list(dict.fromkeys(tuple(sorted(set(c))) for c in found))
    return tuple(unique[:_MAX_TESTS])


def _sequence(items) -> list[tuple[str, ...]]:
    """Alternatives every match of the sequence `items` satisfies (all of them)."""
    out: list[tuple[str, ...]] = []
    run: list[str] = []

    def close() -> None:
        if run:
            out.append(("".join(run),))
            run.clear()

    for op, arg in _flatten(items):
        if op is _sre.LITERAL:
            run.append(chr(arg))
            continue
        close()
        if op is _sre.BRANCH:
            choice = [_best(_sequence(list(branch))) for branch in arg[1]]
            if all(choice):
                out.append(tuple(lit for c in choice for lit in c))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
            out.extend(_sequence(list(arg[2])))
        elif op is _sre.ATOMIC_GROUP:
            out.extend(_sequence(list(arg)))
    close()
    return out


def _flatten(items):
    """The items of a sequence with plain groups opened, so that literal runs join across them."""
    for op, arg in items:
        if op is _sre.SUBPATTERN:
            _group, add_flags, del_flags, body = arg
            if add_flags or del_flags:  # an inline flag (case) changes what a literal matches
                yield (None, None)
                continue
            yield from _flatten(list(body))
        else:
            yield (op, arg)


def _best(alternatives: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The most selective of a sequence's alternatives: the longest shortest literal."""
    usable = [c for c in alternatives if c]
    return max(usable, key=lambda c: (min(map(len, c)), -len(c))) if usable else None
