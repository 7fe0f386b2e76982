"""Headlines in title case, read in sentence case.

Many outlets capitalise every longer word of a headline ("Ted Cruz Refuses to Disavow Graham Endorsement"), and
the tagger then reads the verbs as names: "Refuses" becomes a proper noun and the headline has no reporting verb.
The parser is given such a line with its common words in lower case, as a sentence would have them; the names
stay. A capitalised word counts as a name when the rest of the document writes it with a capital inside a sentence
more often than in lower case, so "Cruz" and "Graham" keep their capitals and "Refuses" loses its. The document's
own text is never changed: only what the parser reads (see ``nlp.py``).
"""
from __future__ import annotations

import calendar
import collections
import re

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_CAPITALISED = re.compile(r"(?<![\w'’.-])[A-Z][a-z]+(?![\w-])")
_INSIDE_SENTENCE = re.compile(r"(?<=[a-z0-9,;] )[A-Z][a-z]+\b")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# Months and weekdays keep their capitals in any sentence, and "I" is never lowered.
_ALWAYS_CAPITAL = frozenset({*calendar.month_name[1:], *calendar.day_name, "I"})
_MAX_WORDS = 30


def is_title_case(line: str) -> bool:
    """A line of at least three words of four letters or more, every one of them capitalised, not all in capitals,
    and no longer than a headline."""
    words = _WORD.findall(line)
    long_words = [w for w in words if len(w) >= 4]
    return (len(long_words) >= 3 and len(words) <= _MAX_WORDS and all(w[0].isupper() for w in long_words)
            and not all(w.isupper() for w in long_words))


def sentence_case_words(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the words of title-case lines that a sentence would write in lower case:
    capitalised words other than a line's first, a month or weekday, or a name the rest of the text capitalises."""
    titles: list[tuple[int, str]] = []
    body_lines: list[tuple[int, str]] = []
    start = 0
    for line in text.split("\n"):
        (titles if is_title_case(line) else body_lines).append((start, line))
        start += len(line) + 1
    if not titles:
        return []
    body = "\n".join(line for _start, line in body_lines)
    capitals = collections.Counter(_INSIDE_SENTENCE.findall(body))
    lower = collections.Counter(_LOWER_WORD.findall(body))
    names = {w for w, n in capitals.items() if n > lower[w.lower()]}
    out = []
    for offset, line in titles:
        first = _WORD.search(line)
        for m in _CAPITALISED.finditer(line):
            word = m.group(0)
            if (first is not None and m.start() == first.start()) or word in _ALWAYS_CAPITAL or word in names:
                continue
            out.append((offset + m.start(), offset + m.end()))
    return out
