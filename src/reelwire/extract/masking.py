"""Masked sentences: mentions replaced by placeholders that rules can read."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reelwire.resolve.inarticle import Mention

PLACEHOLDER = re.compile(r"⟦([A-Z]+)(\d+)⟧")
#: Quotation marks that wrap a title (“Night Orchard,” ‘Copper Rain’s’) are typography, not words: rules read
#: `⟦FILM3⟧,` where the article has `“Night Orchard,”`.
_QUOTED_TITLE = re.compile(r"[“\"‘'](⟦(?:FILM|FRAN)\d+⟧)((?:['’]s)?[,.!?]?)[”\"’']")


#: where a person stands in a photo: "Mara Quinn (pictured) portrays...", "Theo Blackwood (L) as Max Crane": captions'
#: asides, not words of the sentence
_PHOTO_POSITION = re.compile(r" \((?:pictured|above|below|inset|(?:far |top |bottom |centre |center )?(?:left|right|centre|center|middle)"
                             r"|L|R|C|\d-?[LR]|L-R|R-L|left to right)(?: (?:left|right|centre|center|above|below))?\)(?= |[,.;:!?]|$)")


@dataclass(frozen=True)
class MaskedSentence:
    start: int
    end: int
    text: str  # the sentence as it is in the article
    masked: str  # the sentence with every mention replaced by ⟦KINDn⟧
    mentions: dict[str, Mention]  # placeholder -> mention

    def mentions_in(self, fragment: str | None) -> list[Mention]:
        if not fragment:
            return []
        return [self.mentions[m.group(0)] for m in PLACEHOLDER.finditer(fragment) if m.group(0) in self.mentions]

    def of_kind(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions.values() if m.kind == kind]


def mask_sentence(text: str, start: int, end: int, mentions: list[Mention], first_index: int) -> MaskedSentence:
    """`mentions` are the article's mentions inside [start, end), sorted, non-overlapping.

    The evidence span is trimmed of the whitespace a sentence may carry at its edges (paragraph
    breaks), so that it slices the article to exactly the sentence.
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    parts: list[str] = []
    mapping: dict[str, Mention] = {}
    cursor = start
    for offset, mention in enumerate(mentions):
        placeholder = f"⟦{mention.kind}{first_index + offset}⟧"
        parts.append(text[cursor:mention.start])
        parts.append(placeholder)
        mapping[placeholder] = mention
        cursor = mention.end
    parts.append(text[cursor:end])
    masked = re.sub(r"\s+", " ", "".join(parts))
    masked = _QUOTED_TITLE.sub(r"\1\2", masked)
    masked = _PHOTO_POSITION.sub("", masked)
    return MaskedSentence(start=start, end=end, text=text[start:end], masked=masked, mentions=mapping)
