"""Readers: one module a format, plus dispatch by file type (`read_path`, `iter_articles`)."""

from reelwire.read.dispatch import iter_articles, read_file

__all__ = ["iter_articles", "read_file"]
