"""Entity resolution: inside an article (surnames, short titles, "the film") and across articles."""

from reelwire.resolve.inarticle import resolve_mentions

__all__ = ["resolve_mentions"]
