"""Money amounts as the news writes them: "$96 million", "£1.2m", "$438.3 million", "US$2bn".

spaCy's MONEY entities leave out the currency sign or the scale word ("$⟦MONEY⟧m"), so amounts are
found here with one regular expression and normalised to FORMAT.md's literal "<whole units> <ISO 4217>".
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_SIGNS = {"US$": "USD", "$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD",
          "HK$": "HKD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW"}
_WORDS = {"dollars": "USD", "dollar": "USD", "pounds": "GBP", "euros": "EUR", "yen": "JPY", "rupees": "INR",
          "yuan": "CNY", "won": "KRW"}
_SCALES = {"thousand": 10**3, "k": 10**3, "million": 10**6, "m": 10**6, "mn": 10**6, "mln": 10**6,
           "billion": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SIGN = r"US\$|AU?\$|CA?\$|NZ\$|HK\$|\$|£|€|¥|₹|₩"
_SCALE = r"thousand|million|billion|trillion|mln|mn|bn|tn|[mkb]"
AMOUNT = re.compile(
    rf"(?<![\w$£€¥])(?P<sign>{_SIGN})\s?(?P<num>{_NUM})(?:\s?(?P<scale>{_SCALE})\b)?"
    rf"|(?<![\w.,])(?P<num2>{_NUM})\s?(?P<scale2>million|billion|m|bn)? (?P<word>dollars|pounds|euros|yen|yuan|rupees)\b",
    re.I,
)


def find_amounts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "<number> <code>") for every money amount in the text."""
    found = []
    for m in AMOUNT.finditer(text):
        sign = m.group("sign")
        code = _SIGNS.get(sign.upper() if sign else "", None) if sign else _WORDS.get(m.group("word").lower())
        number = m.group("num") or m.group("num2")
        scale = (m.group("scale") or m.group("scale2") or "").lower()
        if code is None:
            continue
        try:
            value = Decimal(number.replace(",", "")) * _SCALES.get(scale, 1)
        except InvalidOperation:
            continue
        if scale == "b" and not sign:
            continue
        found.append((m.start(), m.end(), f"{int(value)} {code}"))
    return found
