"""One exception tree for reelwire; every message ends with what to do about it."""

from __future__ import annotations


class ReelwireError(Exception):
    """Base of every error reelwire raises on purpose."""


class ReadError(ReelwireError):
    """An input could not be read as an article. Names the file and the reason."""

    def __init__(self, source: str, reason: str, hint: str = "check the file or leave it out of the batch"):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}; {hint}")


class ConfigError(ReelwireError):
    """A setting (database URL, model name) is missing or unusable."""


class StoreError(ReelwireError):
    """The knowledge base could not be opened or written."""


class NotFoundError(ReelwireError):
    """A film, person or article asked for is not in the knowledge base."""


class GoldError(ReelwireError):
    """A gold file does not follow eval/FORMAT.md."""
