"""The one name normalisation of reelwire (eval/FORMAT.md's matching rule), used to key entities."""

from __future__ import annotations

import re
import unicodedata

_DASHES = re.compile(r"[\u2010-\u2015\u2212\-]")


def name_key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold()
    text = _DASHES.sub("-", text).replace("&", " and ").replace("+", " plus ")
    text = "".join(c for c in text if c.isalnum() or c == " ")
    text = re.sub(r"\s+", " ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text
