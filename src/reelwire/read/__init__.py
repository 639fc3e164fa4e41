"""Readers: one module a format, plus dispatch by file type (`iter_articles`, `read_file`).

The stream of `iter_articles` holds Articles, ReadErrors (an input, or part of one, that could not
be read) and, when asked for, ReadWarnings (read, but not exactly as given, or left out on purpose).
"""

from reelwire.read.dispatch import iter_articles, read_file, walk
from reelwire.read.language import guess_language
from reelwire.read.notices import ReadWarning

__all__ = ["ReadWarning", "guess_language", "iter_articles", "read_file", "walk"]
