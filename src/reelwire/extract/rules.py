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
    "FILMREF": "(?:(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) )?(?:(?:⟦DATE\\d+⟧|[\\w-]+)(?:['’]s)? ){{0,3}}?(?:film|movie|series|show|drama|thriller|comedy|documentary|biopic|sequel|blockbuster|feature|dramedy|adaptation|spinoff|spin-off|prequel|musical|epic|flick|adventure|romcom|horror|animation) {f}|{f}|(?<![\\w⟧])(?:[Tt]he|[Tt]his|[Tt]hat) (?:[\\w-]+ ){{0,2}}?(?:film|movie|picture|sequel|spinoff|spin-off|prequel|series|show|drama|thriller|comedy|documentary|biopic|adaptation|feature|epic|musical|horror|blockbuster|remake|reboot|romcom|mystery|noir|neo-noir|animation)(?!['’]s)(?![\\w-])|(?<![\\w⟧])[Ii]t\\b(?!['’]s))".format(f=_P.format(kind="FILM")),
    "CHAR": "(?:(?:the |a )(?:[a-z-]+ ){1,3})?(?P<character>(?:⟦(?:PER|FILM|FRAN|ORG)\\d+⟧|[A-Z][\\w'’.-]*(?: (?:[A-Z][\\w'’.-]*|⟦(?:PER|ORG)\\d+⟧|of|the|de|van|von|la|le))*)(?:/(?:⟦(?:PER|FILM|ORG)\\d+⟧|[A-Z][\\w'’.-]*(?: [A-Z][\\w'’.-]*)*))?)(?!['’]s)",
    "OUTLET": "(?:⟦(?:ORG|FILM|PER)\\d+⟧|(?:The |the )?[A-Z][\\w!&.'’+-]*(?: (?:[A-Z][\\w!&.'’+-]*|of|&))*)",
    "AWD": _P.format(kind="AWD"),
    # an award, or a phrase that stands for the article's main award
    "AWDREF": "(?:{a}|(?<![\\w⟧])(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Tt]his year's) (?:awards|ceremony|festival|prizes))".format(a=_P.format(kind="AWD")),
    "W": "(?:\\S+ )",  # any one word and its space
    # up to eight words that are not a title: the gap between a subject and its verb
    "GAP": "(?:[,;]? (?!⟦FILM)[^\\s,;]+){0,8}?",
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
    # "main_person" (the article's person, when the sentence names no one else), "person" (the sentence's one person, else that)
    #: where a credit's person comes from when the pattern has no `o` group: "main_person", the person
    #: the article is about ("The Night Orchard star, 22, stepped out", "She starred in X").
    obj: str = "group"
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    confidence: float = 0.8
    ignore_case: bool = False

    @cached_property
    def regex(self) -> re.Pattern:
        expanded = self.pattern
        for name, macro in MACROS.items():
            expanded = expanded.replace("{" + name + "}", macro)
        counter = iter(range(1, 100))
        expanded = re.sub(r"\(\?P<character>", lambda _: f"(?P<character{next(counter)}>", expanded)
        return re.compile(expanded, re.I if self.ignore_case else 0)
