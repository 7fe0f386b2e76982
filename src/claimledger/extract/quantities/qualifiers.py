"""Qualifiers and bounds: "up to", "about", "more than" and the like as bounds on a value, and changes
("rose by 5%", "fell about 1.5%")."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ...model import Quantity

APPROX_BAND = 0.10  # "about 5,000" covers 4,500-5,500: documented in docs/contract.md
_NEARLY = "~below"
_QUALIFIER_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = tuple(sorted((
    (tuple(p.split()), q) for q, phrases in {
        "<=": ["up to", "as many as", "as much as", "at most", "no more than", "not more than", "a maximum of",
               "maximum of", "max", "up to some", "up to about"],
        ">=": ["at least", "no fewer than", "no less than", "not less than", "a minimum of", "minimum of"],
        ">": ["more than", "over", "above", "in excess of", "exceeding", "upwards of", "greater than",
              "higher than", "well over", "just over", "over than", "beyond", "some more than", "more then"],
        "<": ["less than", "fewer than", "under", "below", "just under", "lower than", "short of", "barely", "sub"],
        # approximately, from below: "almost 10,000" is about 10,000 and not more (qualifier "~", high = value)
        _NEARLY: ["almost", "nearly", "just shy of", "not quite"],
        "~": ["about", "approximately", "around", "roughly", "some", "an estimated", "estimated", "circa",
              "ca.", "approx.", "close to", "an approximate", "round about", "~", "approx", "about some",
              ],
    }.items() for p in phrases), key=lambda x: -len(x[0])))
_UP = {"rise", "increase", "grow", "jump", "climb", "gain", "surge", "soar", "rally", "add", "advance", "raise",
       "boost", "expand", "hike", "spike", "rebound", "up"}
_DOWN = {"fall", "drop", "decline", "decrease", "lose", "slide", "cut", "shrink", "slump", "plunge", "tumble",
         "sink", "dip", "reduce", "lower", "shed", "slip", "contract", "ease", "plummet", "down", "crash"}


def qualifier_before(doc: Doc, i: int) -> tuple[str, int]:
    words = [t.lower_ for t in doc[max(0, i - 4):i]]
    for phrase, q in _QUALIFIER_PHRASES:
        k = len(phrase)
        if k <= len(words) and tuple(words[-k:]) == phrase:
            return q, i - k
    if i > 0 and doc[i - 1].text == "~":
        return "~", i - 1
    return "=", i


def _direction(word: str) -> str | None:
    """"up" or "down" for a change word's lemma ("rise", "slump"), else None."""
    return "up" if word in _UP else "down" if word in _DOWN else None


def change_before(doc: Doc, i: int) -> str | None:
    """"rose 6.5%", "fell by 3,000", "was up 19 cents", "grow sales by 35%" -> up/down. The level a change
    reaches after an amount ("rose 60% to 3.9 million") is a plain value; reached straight from the verb ("fell to
    49.55 Hz", "climbed to 6.7%") it carries the direction."""
    if i > 1 and doc[i - 1].lower_ == "to":
        verb = doc[i - 1].head
        if verb.pos_ == "VERB" and _direction(verb.lemma_.lower()) and 0 < i - 1 - verb.i <= 2 \
                and not any(t.like_num or t.lower_ == "from" for t in doc[verb.i + 1:i - 1]):
            return _direction(verb.lemma_.lower())
        k = i - 2
        if k > 0 and doc[k].lower_ in {"up", "down"}:
            k -= 1  # "dip down to"
        word = doc[k].lemma_.lower() if k >= 0 else ""
        if word not in {"up", "down"} and _direction(word):  # the parser may misread the verb as a noun
            return _direction(word)
    j = i - 1
    if j >= 0 and doc[j].lower_ == "by":
        verb = doc[j].head
        if verb.pos_ == "VERB" and verb.i < j and _direction(verb.lemma_.lower()):
            return _direction(verb.lemma_.lower())
        j -= 1
    while j >= 0 and doc[j].pos_ == "ADV" and doc[j].lower_ not in {"up", "down"}:
        j -= 1
    if j < 0 or i - j > 3 or doc[j].dep_ == "prt" and doc[j].head.lemma_ in {"give", "make", "set", "take", "end"}:
        return None
    return _direction(doc[j].lemma_.lower()) or _direction(doc[j].lower_)


def change_of_event(doc: Doc, i: int) -> str | None:
    """The direction of an approximate amount that a change verb measures on its own subject: "shares rose about
    1.5%", "will increase by around 1 percent". A verb with an object ("boost the range by about 35 miles") or a
    state ("is up about 15%") leaves the amount approximate."""
    j = i - 1
    if j >= 0 and doc[j].lower_ == "by":
        j -= 1
    if j < 0 or doc[j].pos_ != "VERB" or doc[j].lemma_.lower() in {"up", "down"} \
            or any(child.dep_ in {"dobj", "obj"} for child in doc[j].children):
        return None
    return _direction(doc[j].lemma_.lower())


def requalified(q: Quantity, qualifier: str) -> Quantity:
    if qualifier in {"up", "down"}:
        return replace(q, qualifier=qualifier)
    value, low, high, public = bounds(q.value if q.value is not None else 0.0, qualifier)
    return replace(q, qualifier=public, value=value, low=low, high=high)


def bounds(value: float, qualifier: str) -> tuple[float | None, float | None, float | None, str]:
    """(value, low, high, public qualifier) of a number and its qualifier, as docs/contract.md states them."""
    band = abs(value) * APPROX_BAND
    if qualifier == _NEARLY:
        return value, value - band, value, "~"
    if qualifier == "~":
        return value, value - band, value + band, "~"
    if qualifier in {"<", "<="}:
        return None, None, value, qualifier
    if qualifier in {">", ">="}:
        return None, value, None, qualifier
    return value, None, None, "="


def bounded(doc: Doc, start: int, end: int, value: float, qualifier: str, unit: str, kind: str) -> Quantity:
    v, low, high, public = bounds(value, qualifier)
    return make_quantity(doc, start, end, v, low, high, public, unit, kind)


def make_quantity(doc: Doc, start: int, end: int, value: float | None, low: float | None, high: float | None,
          qualifier: str, unit: str, kind: str) -> Quantity:
    span = doc[start:end]
    return Quantity(start=span.start_char, end=span.end_char, text=span.text, value=value, low=low, high=high,
                    qualifier=qualifier, unit=unit, kind=kind)
