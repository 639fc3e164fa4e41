"""Quote rules: a speaker whose words are quoted directly, and the outlet they were given to."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from reelwire.extract.engine import _pronoun_person
from reelwire.extract.rules import MACROS, Rule
from reelwire.model import Fact

_SAY = r"(?:said|says|told|tells|explained|explains|added|adds|recalled|recalls|revealed|reveals|admitted|admits|continued|continues|wrote|writes|shared|shares|noted|notes|joked|jokes|insisted|insists|stated|states|confessed|confesses|gushed|gushes|remarked|quipped|teased|teases|declared|announced|posted|captioned|reflected|described|describes|shared)"
_QUOTE_END = r"[”\"’]"

RULES = [
    Rule("quote.after", "quote",
         _QUOTE_END + r",? (?P<o>{PER}),? (?:(?:told|tells) (?P<outlet>{OUTLET})|" + _SAY + r"(?: (?:\w+ ){0,3}?(?:in an interview with|speaking to|to) (?P<outlet2>{OUTLET}))?)",
         examples=('"All we did had to be there," Quinn told Screen Weekly.', '"It is new," Blackwood said previously.')),
    Rule("quote.inverted", "quote",
         _QUOTE_END + r",? (?:" + _SAY + r") (?P<o>{PER})",
         examples=('"It is new," said Theo Blackwood.',)),
    Rule("quote.before", "quote",
         r"(?P<o>{PER})(?:,[^,]{1,100},)? (?:(?:told|tells) (?P<outlet>{OUTLET})|" + _SAY + r")(?: \S+){0,6}?: [“\"]",
         examples=('Mara Quinn told Screen Weekly: "I loved it."',
                   'Mara Quinn, who won a Lantern in 1999 for her leading role in Night Orchard, said: "Winning it meant a lot."')),
    # A pronoun speaker ('"...," she said on accepting her award', 'He said: "..."'): the person the previous
    # sentence opened with (never one of the other gender). After the quote, only a quote that opens in this
    # sentence: the end of a quote running over sentences belongs to a speaker named before them.
    Rule("quote.pronoun_after", "quote",
         r"^(?:[\w' -]{1,30}: )?[“\"‘'][^”\"]{3,}" + _QUOTE_END + r",? (?P<pron>he|she) " + _SAY + r"\b", obj="previous_person",
         examples=('The film opens in May. Mara Quinn stars. "It is new," she said on the red carpet.',)),
    Rule("quote.pronoun_before", "quote",
         r"(?:^|[.;] )(?P<pron>He|She) (?:" + _SAY + r"|[^\"“”]{3,80}?, (?:joking|adding|saying|explaining|insisting|noting|telling \S+))(?: \S+){0,6}?: [“\"]",
         obj="previous_person", examples=('Theo Blackwood won the case. He said: "I am gratified by the decision."',
                                         'Mara Quinn missed the ceremony. She apologised for her absence, joking: "I am stuck."')),
    # Words of the speaker's quoted inside a report of what they said ("X said he made the film because he
    # \"wanted to show people\"").
    Rule("quote.partial", "quote",
         r"(?P<o>{PER}) (?:" + _SAY + r") (?:that )?[^\"“”.]{0,80}?[“\"]\w",
         examples=('Mara Quinn said she made the film because she "wanted to show people".',)),
    Rule("quote.according_to", "quote",
         r"[“\"][^”\"]{3,}[”\"],? according to (?P<o>{PER})",
         examples=('"It was a joy," according to Mara Quinn.',)),
]


# --- one speaker, one interview ------------------------------------------------------------------
# News names the outlet once ("the lawyer previously told CNN the failures...", "she told CNN in a recent
# interview") and then quotes the same interview with a bare "X said" or "X told the publication".
# ANNOTATION.md: a quote said only to an outlet gets that outlet.

_OUTLET_NAME = "(" + MACROS["OUTLET"] + ")"
#: Who talked: a name, or a pronoun (with an aside: "X, 45, previously told").
_SPEAKER = r"(⟦PER\d+⟧|\b(?:[Ss]he|[Hh]e)\b)(?:,[^,]{1,60},)?(?: \w+){0,3}? "
#: A speaker and the outlet they talked to, with or without quotation marks.
_TOLD = re.compile(_SPEAKER + r"(?:told|tells|telling|(?:said|says|explained|explains|spoke|speaking|talked|talking)"
                   r"(?: (?:exclusively|previously|recently|earlier|later|back|in|on|at|last|this|\d{4}|⟦DATE\d+⟧|[a-z]+ly)){0,3} (?:to|with)|"
                   r"in an interview with) (?:the )?" + _OUTLET_NAME)
#: "Speaking to BBC Radio before the event, X said": the outlet the sentence's speaker talked to.
_SPEAKING = re.compile(r"^(?:[\w' -]{1,30}: )?(?:Speaking|Talking) (?:exclusively )?(?:to|with) (?:the )?" + _OUTLET_NAME +
                       r"(?:[^.⟦]|⟦(?!PER)[A-Z]+\d+⟧){0,80}?, (?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?(⟦PER\d+⟧)")
#: "told the publication": the outlet the article named last.
_THE_OUTLET = re.compile(_SPEAKER + r"(?:told|tells|telling|to) "
                         r"the (?:publication|outlet|magazine|newspaper|paper|site|network|broadcaster|show|station)\b")
#: Words said somewhere else: a post, a statement, a speech; such a quote keeps no outlet.
_ELSEWHERE = re.compile(r"\b(?:Instagram|Twitter|Facebook|TikTok|YouTube|statement|posted|tweet(?:ed)?|captioned|wrote|"
                        r"podcast|press conference|speech|on stage|panel|reporters|fans|audience|crowd)\b")
_NOT_OUTLET = re.compile(r"^(?:He|She|They|It|The|A|An|In|On|At|That|This|Her|His)$")


@dataclass
class Interviews:
    """What the article says of who talked to which outlet, sentence by sentence."""

    outlets: dict[str, set[str]] = field(default_factory=dict)
    last: str | None = None

    def read(self, masked, ctx) -> None:
        """Note the speakers of one masked sentence and the outlets they talked to. A pronoun is the last
        person named before it in the sentence, else whom a sentence-initial pronoun is (`_pronoun_person`)."""
        def speaker(token: str, at: int):
            if not token.startswith("⟦"):
                named = [t for t in re.findall(r"⟦PER\d+⟧", masked.masked[:at]) if t in masked.mentions]
                if not named:
                    person = _pronoun_person(masked, ctx, token)
                    return person.canonical if person is not None else None
                token = named[-1]
            mention = masked.mentions.get(token)
            return mention.canonical if mention is not None and mention.kind == "PER" else None

        told = [(m.group(1), m.start(), m.group(2)) for m in _TOLD.finditer(masked.masked)]
        told += [(m.group(2), m.start(2), m.group(1)) for m in _SPEAKING.finditer(masked.masked)]
        for token, at, name in told:
            who, outlet = speaker(token, at), self._name(name, masked)
            if who and outlet:
                self.outlets.setdefault(who, set()).add(outlet)
                self.last = outlet
        for m in _THE_OUTLET.finditer(masked.masked):
            who = speaker(m.group(1), m.start())
            if who and self.last:
                self.outlets.setdefault(who, set()).add(self.last)

    @staticmethod
    def _name(token: str, masked) -> str | None:
        if token.startswith("⟦"):
            mention = masked.mentions.get(token)
            return re.sub(r"^[Tt]he ", "", mention.text) if mention is not None and mention.kind != "PER" else None
        name = re.sub(r"^[Tt]he |(?:'s|’s)$", "", token.rstrip(".,;:"))
        return None if _NOT_OUTLET.match(name) else name


def share_outlets(facts: list[Fact], interviews: Interviews) -> list[Fact]:
    """A speaker who talked to one outlet in the article said their other quoted words to it too
    (unless the sentence says they were posted, stated or spoken elsewhere)."""
    known = {k: set(v) for k, v in interviews.outlets.items()}
    for f in facts:
        if f.predicate == "quote" and f.qualifiers.get("outlet"):
            known.setdefault(f.subject, set()).add(f.qualifiers["outlet"])
    out = []
    for f in facts:
        outlets = known.get(f.subject, set())
        if (f.predicate == "quote" and not f.qualifiers.get("outlet") and len(outlets) == 1
                and not _ELSEWHERE.search(f.evidence.text)):
            f = replace(f, qualifiers=dict(f.qualifiers, outlet=next(iter(outlets))))
        out.append(f)
    return out
