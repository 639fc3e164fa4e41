"""Which way a time expression points, read from the words around it (no parser).

`tense_at(text, start, end)` looks outwards from the expression, inside its sentence, for the
nearest word that marks the future ("will", "opens", "set to") or the past ("said", "-ed",
"was"); auxiliaries before a participle decide ("will be released" points forward). "until"
or "since" in front of the expression decides first; "by"/"through" only when no verb is near.
"""

from __future__ import annotations

import re

FUTURE_WORDS = frozenset("""
will 'll ’ll wo shall would going gonna set slated scheduled expected due plans plan planned planning
aims aim hopes hope intends upcoming coming next tomorrow until till await awaits awaiting effective
opens debuts premieres premiering arrives hits launches begins starts returns bows drops lands
airs streams releases kicks wraps closes ends runs goes comes unveils screens rolls expands
expires expire concludes resumes reopens
""".split())

PAST_WORDS = frozenset("""
said told was were had did ago yesterday previously began came went saw made
took gave rose fell won met held left got put ran sold spoke wrote became brought thought found
bought led lost paid sent spent stood struck swept taught understood withdrew grew drew knew
shot hit broke chose drove froze rode shook woke wore tore bore swore
""".split())

# "is opening Friday" points forward; "is serving a sentence" does not
MOVING = frozenset("""
open debut premier arriv hitt launch releas return head com land air stream start beginn
bow dropp go shoot film wrapp unveil screen mov
""".split())

# without an auxiliary only these still point forward ("streaming Friday"; not "filming in March")
RELEASING = frozenset("open debut premier arriv air stream launch return com".split())

# "pushed back to November 25", "moved up to Friday": the tense of the move says nothing of the date
MOVED = frozenset("""
pushed moved delayed postponed bumped shifted rescheduled dated set slated scheduled brought
pushes moves delays postpones push move delay postpone
""".split())

# "originally set for", "its scheduled July 17": the date of a plan that was replaced lies either way
REPLACED = frozenset("originally initially previously".split())
SCHEDULED = frozenset("set scheduled slated due planned dated expected".split())

# a participle after these points forward ("will be released"), after these back ("was released")
FUTURE_AUX = frozenset("will 'll ’ll shall to going would".split())
PAST_AUX = frozenset("was were had has have been".split())
MODALS = frozenset("can could may might must should".split())
BE_PRESENT = frozenset("is are am 's he's she's it's that's there's who's what's we're they're you're i'm".split())
DETERMINERS = ("the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those")
ADVERBS = frozenset("""
not also already just recently then now still yet ever never officially finally reportedly
previously originally initially only first now be been being since n't
""".split())
NOT_VERBS = frozenset("""
need speed feed seed bed red shed hundred indeed united limited anticipated related based
ted fred ed reed breed weed deed greed bleed creed
""".split())

# how many words to look left and right; a verb farther away belongs to another clause. To
# the right a bare -ed word counts only when close ("On Friday, the studio announced"), since
# farther on it mostly describes a noun ("new markets untouched by the crisis") - unless the
# expression opens the sentence ("In June, The Mail on Sunday confirmed")
LEFT_REACH, RIGHT_REACH, RIGHT_BARE_REACH = 10, 7, 3
_WORD = re.compile(r"[A-Za-z’']+")
_BOUNDARY = re.compile(r"[.!?;]\s+(?=[\"“A-Z0-9])|\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(0, start - 300)
    lo = left
    for m in _BOUNDARY.finditer(text, left, start):
        lo = m.end()
    m = _BOUNDARY.search(text, end, min(len(text), end + 300))
    hi = m.start() if m else min(len(text), end + 300)
    # inside a quotation the reporting verb outside it ("…in five years,” said X) does not count
    opening = max(text.rfind("“", lo, start), text.rfind("‘", lo, start))
    if opening >= 0 and "”" not in text[opening:start]:
        lo = opening
        closing = text.find("”", end, hi)
        hi = closing if closing >= 0 else hi
    elif text.count('"', lo, start) % 2 == 1:
        lo = text.rfind('"', lo, start)
        closing = text.find('"', end, hi)
        hi = closing if closing >= 0 else hi
    return lo, hi


def _cue(words: list[str], i: int) -> str:
    """The tense word i marks, looking at the auxiliaries just before it (words run left to right)."""
    w = words[i].lower()
    if w == "due" and [x.lower() for x in words[i + 1:i + 3]][:2] in (["to", d] for d in DETERMINERS):
        return ""  # "due to the holiday" gives a cause, not a date ahead
    if w in FUTURE_WORDS:
        return "future"
    if w == "followed" and [x.lower() for x in words[i + 1:i + 2]] == ["by"]:
        return ""  # "released in the US on May 3, followed by the UK": a participle naming the next step, no tense
    if w == "out" and i > 0 and (words[i - 1].lower() == "due" or words[i - 1].lower().replace("’", "'") in BE_PRESENT):
        return "future"  # "is out in cinemas on Friday", "due out next month": a release ahead
    participle = (w.endswith("ed") and len(w) > 4 and w not in NOT_VERBS) or w in PAST_WORDS
    gerund = w.endswith("ing") and len(w) > 5
    if not (participle or gerund):
        return ""
    before = [x.lower() for x in words[max(0, i - 4):i]]
    for aux in reversed(before):
        if aux in FUTURE_AUX:
            return "future"
        if aux in PAST_AUX:
            return "past"
        if aux in MODALS:
            return ""  # "can be done", "may be seen": no time of its own
        if aux.replace("’", "'") in BE_PRESENT and gerund and w[:-3] in MOVING:
            return "future"
        if aux.replace("’", "'") in BE_PRESENT and participle and w[:-2] in MOVING:
            return "future"  # "is released on Friday", "are screened next month": a scheduled present, not the past
        if aux not in ADVERBS:
            break
    previous = words[i - 1].lower() if i > 0 else ""
    as_noun = previous in DETERMINERS or previous.endswith(("'s", "’s", "est")) or previous in ("its", "our", "your")
    if gerund and w[:-3] in RELEASING and not as_noun:
        return "future"  # "streaming Friday", "opening in June"; not "its opening Friday"
    if w in PAST_WORDS:
        return "past"
    return "past?" if participle else ""  # a bare -ed word: a verb, or a participle describing a noun


def tense_at(text: str, start: int, end: int) -> str:
    """'past', 'future', 'present' ("is ... Friday"), '' (no sign) or 'near' (read the nearest
    date) for the expression text[start:end]."""
    lo, hi = _sentence(text, start, end)
    left = _WORD.findall(text, lo, start)
    right = _WORD.findall(text, end, hi)
    fallback = ""
    near = [w.lower() for w in left[-8:]]
    if REPLACED.intersection(near) and SCHEDULED.intersection(near) or (
            len(near) >= 2 and near[-1] in SCHEDULED and near[-2] in ("its", "their", "his", "her", "the")):
        return "near"  # "was originally set to open June 26", "delayed from its scheduled July 17": a replaced plan
    for w in reversed([w.lower() for w in left[-3:]]):
        if w in ("until", "till"):
            return "future"
        if w == "to" and MOVED.intersection(x.lower() for x in left[-8:-1]):
            return "near"  # "pushed back to November 25": the move is past, the date may lie either way
        if w == "since":
            return "past"
        if w in ("by", "through", "thru", "from"):
            fallback = "future"  # "by August", "through June", "available from Friday": unless a verb close by says otherwise
            break
        if w not in ("the", "on", "early", "mid", "late", "of", "in", "at"):
            break
    words = left + right
    pivot = len(left)
    left_reach = RIGHT_REACH if fallback else LEFT_REACH
    for distance in range(max(left_reach, RIGHT_REACH)):
        i = pivot - 1 - distance
        if i >= 0 and distance < left_reach:
            if distance < 3 and words[i].lower() in ("is", "are", "am"):
                return "present"  # "is in theaters Friday", "the premiere is Friday"
            cue = _cue(words, i)
            if cue:
                return cue.rstrip("?")
        j = pivot + distance
        if j < len(words) and distance < RIGHT_REACH:
            cue = _cue(words, j)
            if cue and (not cue.endswith("?") or distance < RIGHT_BARE_REACH or len(left) <= 2):
                return cue.rstrip("?")
    return fallback
