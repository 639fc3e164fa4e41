"""Cut an article's text into segments for highlighting, from the claims' evidence offsets.

The page never inserts markup into article text: it receives plain segments (text, the claims
whose sentence covers it, whether it is a mention) and the template wraps each in elements, with
autoescaping on. So `<script>` in an article stays the eight characters it is.
Mentions are the claims' subject and object names found inside their own evidence sentence
(the store keeps no mention table yet), which is exactly what a reader wants to see marked.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    text: str
    claims: tuple[int, ...] = ()
    mention: str | None = None  # the entity type when the segment names one
    entity_id: int | None = None
    starts: tuple[int, ...] = ()  # claims whose evidence begins here (anchors for #c<id> links)


def _mentions(text: str, claims) -> list[tuple[int, int, str, int | None]]:
    spans = []
    for c in claims:
        sentence = text[c.start:c.end]
        names = [(c.subject, c.subject_type, c.subject_id)]
        if c.object_id is not None and c.object:
            names.append((c.object, c.object_type, c.object_id))
        for name, etype, eid in names:
            at = sentence.find(name) if name else -1
            if at >= 0:
                spans.append((c.start + at, c.start + at + len(name), etype or "entity", eid))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept, end = [], -1
    for s in spans:  # the longest mention wins where two overlap
        if s[0] >= end:
            kept.append(s)
            end = s[1]
    return kept


def segments(text: str, claims) -> list[Segment]:
    """`claims` need id, start, end, subject(_type/_id), object(_type/_id); offsets index `text`."""
    valid = [c for c in claims if 0 <= c.start < c.end <= len(text)]
    mentions = _mentions(text, valid)
    cuts = {0, len(text)}
    for c in valid:
        cuts |= {c.start, c.end}
    for s in mentions:
        cuts |= {s[0], s[1]}
    points = sorted(cuts)
    out: list[Segment] = []
    for a, b in zip(points, points[1:]):
        covering = tuple(sorted({c.id for c in valid if c.start <= a and b <= c.end}))
        mention = next((m for m in mentions if m[0] <= a and b <= m[1]), None)
        starts = tuple(sorted(c.id for c in valid if c.start == a))
        out.append(Segment(text[a:b], covering, mention[2] if mention else None, mention[3] if mention else None, starts))
    return out


@dataclass(frozen=True)
class Run:
    """Consecutive segments covered by the same claims: one <mark> on the page."""

    claims: tuple[int, ...]
    starts: tuple[int, ...]
    parts: tuple[Segment, ...]


def runs(text: str, claims) -> list[Run]:
    out: list[Run] = []
    for seg in segments(text, claims):
        if out and out[-1].claims == seg.claims and not seg.starts:
            last = out[-1]
            out[-1] = Run(last.claims, last.starts, last.parts + (seg,))
        else:
            out.append(Run(seg.claims, seg.starts, (seg,)))
    return out
