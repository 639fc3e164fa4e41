"""A cheap relevance filter: film and TV news goes on to the parser, the rest skips it.

Scoring is a handful of regular expressions over the title and the first few thousand
characters — general vocabulary of film and television news (the trade's nouns and verbs,
awards, festivals, studios and platforms), never the name of a film or a person. Each cue has a
weight; a cue counts at most `cap` times, so one repeated word cannot carry an article. Cues of
other beats (music, books, stage, politics, sport) subtract a little. An article whose score
reaches `THRESHOLD` is relevant.

The filter is tuned for recall (a film article that skips the parser loses all its facts; a
music story that reaches it only costs time): `reelwire relevance PATH...` and
`benchmarks/relevance.py` measure it on labelled corpora.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reelwire.model import Article

__all__ = ["CUES", "THRESHOLD", "Relevance", "is_relevant", "score_article"]

#: How much of an article is read: the lead says what a story is about.
HEAD_CHARS = 4000

#: Score at which an article counts as film or TV news ...
THRESHOLD = 3.0
#: ... and a short one (a brief, a wire item) needs less: SHORT_BASE plus a point a WORDS_PER_POINT words.
SHORT_BASE = 1.0
WORDS_PER_POINT = 150


@dataclass(frozen=True)
class Cue:
    name: str
    pattern: str
    weight: float
    cap: int = 3


#: The cues, as data: (name, regular expression, weight per hit, most hits counted).
CUES: tuple[Cue, ...] = (
    # film and its trade
    Cue("film", r"\b(?:films?|movies?|filmmak\w+|film-?makers?|motion pictures?|biopic|blockbusters?|cinemas?|cinematic)\b", 1.5),
    Cue("screen", r"\b(?:big screen|small screen|on-?screen|screen ?plays?|screenwriters?|screenings?|script(?:s|ed)?)\b", 1.0),
    Cue("craft", r"\b(?:direct(?:or|ors|ed|s|ing)|directorial|co-?star(?:s|red|ring)?|starr?(?:ing|ed|s)|cast(?:ing)?|castmates?|actors?|actress(?:es)?|acting|roles?|portray(?:s|ed|al)?|plays? the (?:role|part)|character)\b", 0.75, 4),
    Cue("production", r"\b(?:shoot(?:ing)?|filming|filmed|set to (?:star|direct|play)|producers?|produced by|production|sequels?|prequels?|remake|reboot|spin-?offs?|franchise|adaptation|trailer|teaser|release date|premiere[sd]?|box[- ]office|opening weekend|grossed|ticket sales|studios?)\b", 1.0, 4),
    Cue("release", r"\b(?:(?:in|to|hits?|into) (?:theat(?:er|re)s|cinemas)|(?:pushed|moved|bumped) (?:back|up)|box office|opens? (?:in|on) |arrives? (?:in|on) |streaming on|debuts? (?:in|on))\b", 1.0, 3),
    Cue("released", r"\breleas(?:e|es|ed|ing)\b", 0.4, 3),
    Cue("genre", r"\b(?:comedy|comedies|thriller|horror|rom-?com|documentar(?:y|ies)|animated|animation|superhero|sci-?fi|western)\b", 0.5),
    Cue("awards", r"\b(?:oscars?|academy awards?|baftas?|golden globes?|emmys?|sag awards?|razzies?|nominat(?:ed|ion|ions)|best (?:actor|actress|picture|director|film|supporting))\b", 1.0),
    Cue("festival", r"\b(?:film festival|cannes|sundance|berlinale|venice|toronto international|tiff|red carpet)\b", 0.75, 2),
    Cue("hollywood", r"\b(?:hollywood|bollywood|nollywood)\b", 1.0, 2),
    Cue("studio_names", r"\b(?:warner bros|paramount|universal pictures|disney|pixar|marvel|dc films|lionsgate|miramax|a24|mgm|sony pictures|20th century|columbia pictures|dreamworks|lucasfilm|neon|focus features|searchlight)\b", 1.0, 2),
    # television and streaming
    Cue("tv", r"\b(?:tv|television|telly|series|sitcom|soap opera|soaps?|miniseries|episodes?|seasons? (?:\d+|one|two|three|four|five|six|finale|premiere)|showrunners?|reality show|talk show|broadcasters?|channel|network|primetime|viewers|ratings)\b", 1.0, 4),
    Cue("streaming", r"\b(?:netflix|hbo|max original|hulu|prime video|amazon studios|apple tv|disney\+|peacock|paramount\+|streaming|streamer|bbc one|bbc two|itv|channel 4|sky atlantic|starz|showtime|fx|amc)\b", 1.0, 3),
    Cue("show", r"\b(?:shows?|presenters?|hosts?|drama|dramas|storylines?|spoiler)\b", 0.4, 3),
    # other beats subtract a little: a music story quotes a soundtrack, a film story rarely a tour
    Cue("music", r"\b(?:albums?|singles? chart|charts?|band|bands|gigs?|concerts?|tour(?:ing|s)?|songwriter|singer|rapper|record label|grammys?|brit awards|lyrics|guitarist|drummer)\b", -0.5, 6),
    Cue("books", r"\b(?:novelists?|booker|poets?|poetry|publishers?|paperback|bookshops?|literary)\b", -0.5, 3),
    Cue("stage", r"\b(?:west end|broadway|(?<!in )(?<!to )theat(?:re|er)s?\b(?! release)|playwright|stage production|opera|ballet)\b", -0.3, 3),
)

_COMPILED = tuple((cue, re.compile(cue.pattern, re.IGNORECASE)) for cue in CUES)


@dataclass(frozen=True)
class Relevance:
    score: float
    needed: float
    hits: dict[str, int]

    @property
    def relevant(self) -> bool:
        return self.score >= self.needed


def score_text(text: str) -> Relevance:
    head = text[:HEAD_CHARS]
    score = 0.0
    hits: dict[str, int] = {}
    for cue, pattern in _COMPILED:
        n = sum(1 for _ in pattern.finditer(head))
        if n:
            hits[cue.name] = n
            score += cue.weight * min(n, cue.cap)
    words = len(head.split())
    needed = min(THRESHOLD, SHORT_BASE + words / WORDS_PER_POINT)
    return Relevance(round(score, 2), round(needed, 2), hits)


def score_article(article: Article) -> Relevance:
    """Score the title (counted twice: it says what the story is about) and the lead of the text."""
    title = article.title or ""
    return score_text(f"{title}\n{title}\n{article.text}" if title else article.text)


def is_relevant(article: Article) -> bool:
    return score_article(article).relevant
