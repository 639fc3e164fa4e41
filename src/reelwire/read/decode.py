"""Bytes to text: UTF-8 (with or without a byte-order mark) or UTF-16 with one; nothing is guessed.

Invalid UTF-8 is decoded with U+FFFD replacement characters and a warning naming the file and
the first bad byte, so the article is kept and the damage is visible. Data that is mostly
undecodable, or holds NUL bytes, is binary and not an article.
"""

from __future__ import annotations

import codecs
import re

from reelwire.errors import ReadError
from reelwire.read.notices import ReadWarning

#: More replaced characters than this share of the text means it is not UTF-8 text at all.
MAX_REPLACED_SHARE = 0.05
_BINARY_HINT = "give reelwire text, Markdown, HTML, JSON Lines or a feed"


def decode(data: bytes, source: str) -> tuple[str, list[ReadWarning]]:
    """The text of `data` and the warnings about it; ReadError for binary data."""
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _strict(data[len(bom):], codec, source)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    notes: list[ReadWarning] = []
    if data.endswith(b"\x00") and data.strip(b"\x00"):
        padding = len(data) - len(data.rstrip(b"\x00"))
        data = data.rstrip(b"\x00")
        notes.append(ReadWarning(source, f"file ends in {padding} NUL bytes (an unfinished download?); dropped",
                                 "download the file again"))
    if b"\x00" in data:
        raise ReadError(source, "binary file, not text", _BINARY_HINT)
    try:
        return data.decode("utf-8"), notes
    except UnicodeDecodeError as exc:
        first = exc.start
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    if replaced > MAX_REPLACED_SHARE * max(len(text), 1):
        raise ReadError(source, f"not UTF-8 text ({replaced} of {len(text)} characters undecodable)",
                        f"convert it to UTF-8 or {_BINARY_HINT}")
    return text, notes + [ReadWarning(source, f"invalid UTF-8 (first bad byte at offset {first}); "
                                      f"{replaced} character(s) replaced with U+FFFD",
                              "convert the file to UTF-8 to keep every character")]


def _strict(data: bytes, codec: str, source: str) -> tuple[str, list[ReadWarning]]:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise ReadError(source, f"invalid {codec.upper()} at byte {exc.start}", "convert the file to UTF-8") from None
    if "\x00" in text:
        raise ReadError(source, "binary file, not text", _BINARY_HINT)
    return text, []


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """`text` with lone UTF-16 surrogates (which JSON and YAML escapes can make) replaced by U+FFFD
    and NUL characters (which PostgreSQL text cannot hold) removed: they cannot be stored."""
    return _SURROGATE.sub("\ufffd", text).replace("\x00", "")
