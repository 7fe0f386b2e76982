"""Quantities: numbers with their qualifier, bounds and counted unit.

"up to 12,000 workers"      -> high 12000, qualifier "<=", unit "worker"
"about 5,000 ... personnel" -> value 5000, qualifier "~", low/high = value -/+ APPROX_BAND
"more than 20,000 containers of ammunition" -> low 20000, qualifier ">", unit "container"
Years, dates, and numbers inside names ("Geran-2", "KN-23") are not quantities.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from ..model import Quantity
from .numbers import SCALES, TENS, UNITS, VAGUE, parse_digits, parse_number_words

NAME = "claimledger.quantities.v1"
APPROX_BAND = 0.10  # "about 5,000" covers 4,500-5,500: documented in docs/quantities.md

_QUALIFIER_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = tuple(sorted((
    (tuple(p.split()), q) for q, phrases in {
        "<=": ["up to", "as many as", "as much as", "at most", "no more than", "not more than", "a maximum of",
               "maximum of", "max", "up to some", "up to about"],
        ">=": ["at least", "no fewer than", "no less than", "not less than", "a minimum of", "minimum of",
               "or more"],
        ">": ["more than", "over", "above", "in excess of", "exceeding", "upwards of", "greater than",
              "higher than", "well over", "just over", "over than", "beyond", "some more than"],
        "<": ["less than", "fewer than", "under", "below", "just under", "lower than", "short of", "almost",
              "nearly", "just shy of", "not quite", "barely"],
        "~": ["about", "approximately", "around", "roughly", "some", "an estimated", "estimated", "circa",
              "ca.", "approx.", "close to", "an approximate", "round about", "or so", "give or take", "c."],
    }.items() for p in phrases), key=lambda x: -len(x[0])))

_UP = {"rise", "increase", "grow", "jump", "climb", "gain", "surge", "soar", "rally", "add", "up", "advance",
       "raise", "boost", "expand", "hike", "spike"}
_DOWN = {"fall", "drop", "decline", "decrease", "lose", "slide", "down", "cut", "shrink", "slump", "plunge",
         "tumble", "sink", "dip", "reduce", "lower", "shed", "slip", "contract", "ease"}
_CURRENCY_SYMBOLS = {"$": "dollar", "€": "euro", "£": "pound", "₽": "ruble", "₴": "hryvnia", "¥": "yen",
                     "₩": "won", "US$": "dollar", "C$": "dollar", "A$": "dollar", "PS": "pound"}
_PERCENT = {"%", "percent", "per cent", "pct", "percentage"}
_NOT_UNITS = {"year", "month", "day", "week", "time", "%"}
_WORD_NUMBERS = set(UNITS) | set(TENS)
_NAME_LABELS = {"ORG", "PRODUCT", "FAC", "PERSON", "WORK_OF_ART", "LAW", "EVENT"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
           "dec"}


def _is_number_token(tok: Token) -> bool:
    low = tok.lower_
    if parse_digits(tok.text) is not None:
        return True
    if low in UNITS or low in TENS or low == "dozen":
        return tok.pos_ in {"NUM", "NOUN", "ADJ", "PRON", "DET"} or tok.dep_ in {"nummod", "quantmod"}
    if low in SCALES and low not in {"m", "k", "b"}:
        return True
    if "-" in low and all(p in TENS or p in UNITS for p in low.split("-")):
        return True
    return False


def _qualifier_before(doc: Doc, i: int, lower_bound: int) -> tuple[str, int]:
    words = [t.lower_ for t in doc[max(lower_bound, i - 4):i]]
    for phrase, q in _QUALIFIER_PHRASES:
        n = len(phrase)
        if n <= len(words) and tuple(words[-n:]) == phrase:
            return q, i - n
    return "=", i


def _change_before(doc: Doc, i: int, lower_bound: int) -> str | None:
    """"rose 6.5%", "fell by 3,000", "was up 19 cents" -> up/down; "rose to 5%" is a level, not a change."""
    j = i - 1
    if j >= lower_bound and doc[j].lower_ == "by":
        j -= 1
    while j >= lower_bound and doc[j].pos_ == "ADV" and doc[j].lower_ not in {"up", "down"}:
        j -= 1
    if j < lower_bound:
        return None
    lemma = doc[j].lemma_.lower()
    if lemma in _UP or doc[j].lower_ == "up":
        return "up"
    if lemma in _DOWN or doc[j].lower_ == "down":
        return "down"
    return None


def _unit_after(doc: Doc, start: int, end: int) -> tuple[str, int, str]:
    """(unit, index after the unit phrase, kind) for the number tokens doc[start:end]."""
    last = doc[end - 1]
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None:
        two = f"{nxt.lower_} {doc[end + 1].lower_}" if end + 1 < len(doc) else ""
        if two in _PERCENT:
            return "percent", end + 2, "percent"
        if nxt.lower_ in _PERCENT:
            return "percent", end + 1, "percent"
    if start > 0 and doc[start - 1].text in _CURRENCY_SYMBOLS:
        return _CURRENCY_SYMBOLS[doc[start - 1].text], end, "money"
    if start > 1 and doc[start - 1].text == "$" and doc[start - 2].text in {"US", "U.S."}:
        return "dollar", end, "money"
    head = last.head if last.dep_ in {"nummod", "quantmod", "compound", "amod"} else None
    if head is not None and head.i >= end and head.i - end <= 5 and head.pos_ in {"NOUN", "PROPN"}:
        return _unit_name(head), head.i + 1, _kind_of(head)
    if nxt is not None and nxt.lower_ == "of" and end + 1 < len(doc):
        for child in nxt.children:
            if child.dep_ == "pobj" and child.pos_ in {"NOUN", "PROPN"}:
                return _unit_name(child), child.i + 1, _kind_of(child)
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ not in _MONTHS:
        return _unit_name(nxt), end + 1, _kind_of(nxt)
    return "", end, "count"


def _unit_name(tok: Token) -> str:
    if tok.pos_ == "PROPN":
        return tok.text
    return tok.lemma_.lower() if tok.lemma_ else tok.lower_


def _kind_of(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    if lemma in {"dollar", "euro", "pound", "ruble", "rouble", "hryvnia", "yen", "won", "yuan", "cent", "franc"}:
        return "money"
    if lemma in {"kilometre", "kilometer", "km", "mile", "metre", "meter", "ton", "tonne", "kilogram", "kg",
                 "litre", "liter", "barrel", "foot", "inch", "hectare", "acre", "yard", "degree", "watt", "kw"}:
        return "measure"
    return "count"


def _is_year(doc: Doc, start: int, end: int, value: float) -> bool:
    if end - start != 1 or not (1800 <= value <= 2100) or "," in doc[start].text or "." in doc[start].text:
        return False
    tok = doc[start]
    if tok.dep_ == "nummod" and tok.head.i > tok.i and tok.head.pos_ == "NOUN" and tok.head.tag_ == "NNS":
        return False  # "2000 soldiers"
    return True


def _inside_name(tok: Token) -> bool:
    if tok.ent_type_ in _NAME_LABELS:
        return True
    text = tok.text
    return any(c.isalpha() for c in text) and any(c.isdigit() for c in text) and _suffix_free(text)


def _suffix_free(text: str) -> bool:
    low = text.lower()
    return not (low.endswith(("k", "m", "bn", "mln", "bln", "tn", "%")) and parse_digits(low) is not None)


def _in_spans(i: int, spans: Sequence[tuple[int, int]], doc: Doc) -> bool:
    c = doc[i].idx
    return any(s <= c < e for s, e in spans)


def extract_quantities(doc: Doc, exclude_char_spans: Iterable[tuple[int, int]] = ()) -> list[Quantity]:
    """Every quantity in ``doc``; character spans in ``exclude_char_spans`` (dates) are skipped. Pure."""
    excluded = sorted(exclude_char_spans)
    out: list[Quantity] = []
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        vague = _vague_at(doc, i)
        if vague is not None:
            j, low_bound = vague
            unit, after, kind = _unit_after(doc, i, j)
            if unit and not _in_spans(i, excluded, doc):
                out.append(_make(doc, i, after, None, low_bound, None, ">=", unit, "vague"))
            i = max(after, i + 1)
            continue
        if not _is_number_token(tok) or tok.tag_ in {"JJ"} and tok.lower_ not in UNITS or _inside_name(tok) \
                or _in_spans(i, excluded, doc) or tok.lower_ in SCALES and tok.lower_ not in {"hundred", "thousand",
                                                                                          "million", "billion"}:
            i += 1
            continue
        if tok.lower_ == "one" and tok.dep_ not in {"nummod"}:
            i += 1
            continue
        start = i - 1 if i > 0 and doc[i - 1].lower_ == "a" and tok.lower_ in {"dozen", "hundred", "thousand",
                                                                            "million", "billion"} else i
        j = i + 1
        while j < n and (_is_number_token(doc[j]) or doc[j].lower_ == "and" and j + 1 < n
                         and doc[j + 1].lower_ in _WORD_NUMBERS) and not _inside_name(doc[j]):
            if parse_digits(doc[j].text) is not None and parse_digits(doc[j - 1].text) is not None:
                break  # two numerals in a row are two numbers
            j += 1
        words = [t.text for t in doc[start:j]]
        value = parse_number_words(words)
        if value is None:
            i = j
            continue
        if _is_year(doc, start, j, value):
            i = j
            continue
        # ranges: "between 3,000 and 4,000", "3,000-4,000", "from 3,000 to 4,000", "3,000 to 4,000 troops"
        range_high: float | None = None
        k = j
        if k + 1 < n and doc[k].text in {"-", "–", "to", "and"} and parse_digits(doc[k + 1].text) is not None \
                and (doc[k].text != "and" or start > 0 and doc[start - 1].lower_ == "between") \
                and (doc[k].text != "to" or start > 0 and doc[start - 1].lower_ in {"from", "between"}
                     or doc[k + 1].dep_ == "nummod"):
            m = k + 2
            while m < n and doc[m].lower_ in SCALES and doc[m].lower_ not in {"m", "k", "b"}:
                m += 1
            hi = parse_number_words([t.text for t in doc[k + 1:m]])
            if hi is not None:
                scale_words = [t.lower_ for t in doc[start:j] if t.lower_ in SCALES]
                if m == k + 2 and scale_words and hi < value:  # "3 to 4 million"
                    hi *= SCALES[scale_words[-1]]
                range_high, j = hi, m
        qualifier, q_start = _qualifier_before(doc, start, 0)
        if range_high is not None and start > 0 and doc[start - 1].lower_ in {"between", "from"}:
            q_start = start - 1
        change = _change_before(doc, q_start, max(0, q_start - 3)) if qualifier == "=" else None
        unit, after, kind = _unit_after(doc, start, j)
        if j < n and doc[j].lower_ in {"or", "and"} and j + 2 < n and doc[j + 1].lower_ == "more":
            qualifier, after = ">=", max(after, j + 2)
        if range_high is not None:
            out.append(_make(doc, q_start, after, None, min(value, range_high), max(value, range_high),
                             "range", unit, kind))
        elif change is not None:
            out.append(_make(doc, q_start, after, value, None, None, change, unit, kind))
        else:
            out.append(_bounded(doc, q_start, after, value, qualifier, unit, kind))
        i = max(j, i + 1)
    return out


def _vague_at(doc: Doc, i: int) -> tuple[int, float] | None:
    """ "dozens of civilians", "hundreds of thousands", "several North Koreans" -> (end index, lower bound)."""
    for width in (3, 2, 1):
        phrase = " ".join(t.lower_ for t in doc[i:i + width])
        if phrase in VAGUE and i + width <= len(doc):
            end = i + width
            if end < len(doc) and doc[end].lower_ == "of":
                end += 1
            return end, float(VAGUE[phrase])
    return None


def _bounded(doc: Doc, start: int, end: int, value: float, qualifier: str, unit: str, kind: str) -> Quantity:
    if qualifier == "~":
        band = abs(value) * APPROX_BAND
        return _make(doc, start, end, value, value - band, value + band, "~", unit, kind)
    if qualifier in {"<", "<="}:
        return _make(doc, start, end, None, None, value, qualifier, unit, kind)
    if qualifier in {">", ">="}:
        return _make(doc, start, end, None, value, None, qualifier, unit, kind)
    return _make(doc, start, end, value, None, None, "=", unit, kind)


def _make(doc: Doc, start: int, end: int, value: float | None, low: float | None, high: float | None,
          qualifier: str, unit: str, kind: str) -> Quantity:
    span = doc[start:end]
    return Quantity(start=span.start_char, end=span.end_char, text=span.text, value=value, low=low, high=high,
                    qualifier=qualifier, unit=unit, kind=kind)
