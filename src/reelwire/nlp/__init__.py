"""spaCy pipeline factory and reelwire's custom components."""

from reelwire.nlp.pipeline import load_pipeline

__all__ = ["load_pipeline"]
