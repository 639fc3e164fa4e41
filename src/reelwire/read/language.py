"""A cheap guess at an article's language: the share of each language's function words.

reelwire's rules read English. A text is called non-English only on clear evidence: most of its
letters are outside the Latin script, or another language's function words clearly outnumber
English ones. Short texts, lists of names and anything unclear count as English.
"""

from __future__ import annotations

import re
import unicodedata

#: How much of the text is looked at: enough for a stable guess, cheap on long articles.
SAMPLE_CHARS = 4000
#: Fewer words than this give no reliable guess.
MIN_WORDS = 20

_STOPWORDS = {
    "en": "the of and to in a is that for on with as was it at by from he she his her be has have are were "
          "will this which an its not but or they their who said after been also would about into than",
    "es": "el la los las de del y en que un una por con para es se su al lo como más pero sus le ya fue "
          "este esta entre cuando muy sin sobre también ha son dos desde porque",
    "fr": "le la les de des du et en un une est que qui dans pour pas sur au aux avec il elle ce se sont ont "
          "par plus ne mais comme été cette ses leur nous vous aussi lui",
    "de": "der die das und in den von zu mit ist im sich des ein eine nicht auf dem auch es für an er sie "
          "wird werden hat als bei nach wie aus noch einen einer wurde sind",
    "it": "il lo la i gli le di del della e è in un una che per con non si da al alla sono come ma anche "
          "nel nella più suo sua dei delle questo ha essere stato",
    "pt": "o a os as de do da dos das e em um uma que para com não se por mais no na ao é foi como mas seu "
          "sua também são ele ela pelo pela entre",
    "nl": "de het een en van in is dat op te zijn met voor niet aan er ook als bij door maar om dan naar "
          "werd wordt hij zij ze nog over uit",
}
_WORDS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def guess_language(text: str) -> str | None:
    """'en', another ISO 639-1 code, 'und-<script>' for a non-Latin script, or None when unclear."""
    sample = text[:SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return None
    latin = sum(1 for ch in letters if "LATIN" in unicodedata.name(ch, ""))
    if latin < 0.5 * len(letters):
        other = max(_scripts(letters).items(), key=lambda kv: kv[1])[0]
        return f"und-{other.lower()}"
    # Function words are counted in lower case only: "De La Cruz" in a cast list is a name, not Spanish.
    words = [w for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return None
    lower = [w for w in words if w.islower()]
    share = {lang: sum(1 for w in lower if w in stop) / len(words) for lang, stop in _WORDS.items()}
    english = share.pop("en")
    best, best_share = max(share.items(), key=lambda kv: kv[1])
    if best_share >= 0.15 and best_share > 2 * english:
        return best
    if english >= 0.1:
        return "en"
    return None


def is_english(text: str) -> bool:
    """True unless the text is clearly in another language (unclear texts count as English)."""
    language = guess_language(text)
    return language is None or language == "en"


def _scripts(letters: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in letters:
        name = unicodedata.name(ch, "UNKNOWN")
        script = name.split(" ")[0]
        counts[script] = counts.get(script, 0) + 1
    return counts
