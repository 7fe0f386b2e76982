"""Numbers written as digits or words: "12,000", "1.5 million", "two dozen", "tens of thousands", "a third"."""
from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "mln": 1_000_000, "bln": 1_000_000_000, "bn": 1_000_000_000,
          "m": 1_000_000, "k": 1_000, "b": 1_000_000_000, "tn": 1_000_000_000_000}
FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1, "thirds": 1 / 3,
             "quarters": 0.25}
# Vague amounts and the conservative lower bound used in conflict-event coding (ACLED: dozens=12, hundreds=100).
VAGUE = {"several": 3, "a few": 3, "few": 3, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000,
         "tens of thousands": 10_000, "hundreds of thousands": 100_000, "millions": 1_000_000,
         "billions": 1_000_000_000, "a dozen": 12, "a couple": 2, "numerous": 3}
NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES) - {"m", "k", "b"} | {"dozen", "a", "and"}

_DIGITS = re.compile(r"^[-+]?(?:\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+|\d+)(?:\.\d+)?$")
_SUFFIXED = re.compile(r"^([-+]?\d+(?:[.,]\d+)?)(k|m|bn|b|mln|bln|tn)$", re.I)


def parse_digits(text: str) -> float | None:
    t = text.strip()
    m = _SUFFIXED.match(t)
    if m:
        return float(m.group(1).replace(",", ".")) * SCALES[m.group(2).lower()]
    if not _DIGITS.match(t):
        return None
    return float(re.sub(r"[,\u202f\u00a0 ]", "", t))


def parse_number_words(words: list[str]) -> float | None:
    """Parse a sequence such as ["1.5", "million"], ["two", "dozen"], ["three", "hundred", "twenty"]."""
    total = 0.0
    current = 0.0
    seen = False
    for raw in words:
        w = raw.lower().strip()
        if w in {"and", "-"} or not w:
            continue
        if w == "a" and not seen:
            current, seen = 1.0, True
            continue
        d = parse_digits(w)
        if d is not None:
            current += d
            seen = True
        elif w in UNITS:
            current += UNITS[w]
            seen = True
        elif w in TENS:
            current += TENS[w]
            seen = True
        elif "-" in w and all(p in TENS or p in UNITS for p in w.split("-")):
            current += sum(TENS.get(p, UNITS.get(p, 0)) for p in w.split("-"))
            seen = True
        elif w == "dozen":
            current = (current or 1) * 12
            seen = True
        elif w in SCALES:
            scale = SCALES[w]
            current = (current or 1) * scale
            if scale >= 1000:
                total += current
                current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def format_number(value: float) -> str:
    """The inverse used in round-trip tests: 12000.0 -> "12,000", 1.5 -> "1.5"."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")
