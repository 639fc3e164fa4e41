"""The one place that registers reelwire's spaCy components and its `Doc._.reelwire` namespace."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from reelwire.nlp.awards import recognise_awards
from reelwire.nlp.names import repair_names
from reelwire.nlp.titles import recognise_titles

_REGISTERED = False


def register() -> None:
    """Register factories and the extension; safe to call more than once, never run on import."""
    global _REGISTERED
    if _REGISTERED:
        return
    if not Doc.has_extension("reelwire"):
        Doc.set_extension("reelwire", default=None)
    Language.component("reelwire_paragraphs", func=_paragraphs)
    Language.component("reelwire_titles", func=_titles)
    Language.component("reelwire_names", func=_names)
    Language.component("reelwire_awards", func=_awards)
    _REGISTERED = True


def _paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, captions and paragraphs never run together."""
    after_break = False  # the previous token's text or trailing space holds a line break
    for tok in doc:
        if after_break:
            tok.is_sent_start = True
        after_break = "\n" in tok.text_with_ws
    return doc


def _titles(doc: Doc) -> Doc:
    return recognise_titles(doc)


def _names(doc: Doc) -> Doc:
    return repair_names(doc)


def _awards(doc: Doc) -> Doc:
    return recognise_awards(doc)
