"""The unit a number counts: a symbol or measure after it ("12 km", "5,000 troops"), the noun it is a number
of ("containers of ammunition"), and rates ("per day")."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .reading import (
    CURRENCY,
    UNIT_SYMBOLS,
    ReadNumber,
)

_OF_UNITS = {"barrel", "container", "ton", "tonne", "box", "crate", "bag", "bottle", "litre", "liter", "gallon",
             "cup", "piece", "round", "category", "kind", "type", "batch", "shipment", "truckload", "wagon",
             "pound-foot", "pound-feet", "snap", "kilogram", "gram", "sack", "carload", "can", "barrels",
             "containers", "tons", "tonnes", "categories", "snaps"}
_TEMPERATURE = {"fahrenheit", "celsius", "centigrade", "kelvin"}
_CURRENCY_WORDS = {"dollar", "euro", "pound", "ruble", "rouble", "hryvnia", "yen", "won", "yuan", "cent", "franc",
                   "rupee", "ringgit", "sen", "penny", "pence"}
_MEASURES = {"kilometre", "kilometer", "km", "mile", "metre", "meter", "m", "mm", "cm", "ton", "tonne", "kilogram",
             "kg", "gram", "g", "litre", "liter", "barrel", "foot", "feet", "inch", "hectare", "acre", "yard",
             "degree", "watt", "w", "kw", "mw", "gw", "kwh", "mph", "km/h", "hp", "bhp", "rpm", "ghz", "mhz", "hz",
             "mah", "gb", "tb", "mb", "nm", "nanometer", "nanometre", "sq", "sqm", "ppm", "ps", "lb",
             "pound-feet", "second", "minute", "hour", "day", "week", "month", "year"}
_PERCENT_WORDS = {"percent", "per cent", "pct", "percentage", "percentage points", "percentage point"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
           "dec"}
_IN_NOUN_PHRASE = {"NOUN", "PROPN", "ADJ", "NUM", "CCONJ", "PUNCT", "VERB", "ADV", "DET", "PART"}
_NOT_THE_THING = {"previous", "past", "additional", "further", "extra", "more", "some"}
_TIME_NOUNS = {"year", "month", "week", "day", "quarter", "season", "night", "time"}


def unit_after(doc: Doc, r: ReadNumber) -> tuple[str, int, str]:
    """(unit, index after the unit phrase, kind) for the number read ``r``."""
    n = len(doc)
    end = r.end
    if r.unit:
        return r.unit, end, "percent" if r.unit == "percent" else "measure"
    nxt = doc[end] if end < n else None
    if nxt is not None:
        two = f"{nxt.lower_} {doc[end + 1].lower_}" if end + 1 < n else ""
        if two in _PERCENT_WORDS:
            return "percent", end + 2, "percent"
        if nxt.lower_ in _PERCENT_WORDS or nxt.text == "%":
            return "percent", end + 1, "percent"
    if not r.currency and nxt is not None and nxt.text.rstrip("=").lower() in CURRENCY and nxt.text.isupper() \
            and nxt.text != "PS":
        return CURRENCY[nxt.text.rstrip("=").lower()], end + 1, "money"
    if r.currency:
        unit, after = r.currency, end
        return _per(doc, unit, after), _skip_per(doc, after), "money"
    if nxt is not None:
        if nxt.text in {"-", "–"} and end + 3 < n and doc[end + 1].lower_ == "year" and doc[end + 3].lower_ == "old":
            return "year-old", end + 4, "age"
        if nxt.lower_ in {"m.p.h", "m.p.h.", "mph"}:
            return "mph", end + 1, "measure"
        if end + 2 < n and doc[end + 1].text == "/" and nxt.lower_ in {"km", "kv", "m", "a", "kg", "mg"}:
            return f"{nxt.text}/{doc[end + 2].text}", end + 3, "measure"
        if nxt.lower_ == "lb" and end + 2 < n and doc[end + 1].text == "-" and doc[end + 2].lower_ == "ft":
            return "lb-ft", end + 3, "measure"
        if nxt.lower_ == "times":
            return "times", end + 1, "count"  # "more than four times the number": a multiple
        if nxt.lower_ in {"last", "this", "next"} and end + 1 < n and doc[end + 1].lower_ in _TIME_NOUNS:
            return "", end, "count"  # "2.1 last year": a time follows, not a unit
        symbol = nxt.lower_ in UNIT_SYMBOLS and nxt.lower_ not in {"in", "m", "g", "l"} and (
            not nxt.is_title or nxt.text in {"W", "C", "F", "V", "A", "K", "PS"})
        if symbol:
            unit = UNIT_SYMBOLS[nxt.lower_]
            return _per(doc, unit, end + 1), _skip_per(doc, end + 1), "measure"
        if nxt.text == "C" or nxt.text in {"'", "′", "″"} and not doc[end - 1].whitespace_:
            return {"C": "°C", "'": "foot", "′": "foot"}.get(nxt.text, "inch"), end + 1, "measure"
        if end + 4 < n and doc[end + 1].text == "-" and doc[end + 2].lower_ in {"a", "per"} \
                and doc[end + 3].text == "-" and doc[end + 4].lower_ in {"day", "year", "month", "hour"}:
            return f"{nxt.lemma_.lower()} per {doc[end + 4].lower_}", end + 5, "measure"  # "52,000 barrel-a-day"
        if end + 2 < n and doc[end + 1].text == "-" and doc[end + 2].lower_ == "old" \
                and nxt.lower_ in {"year", "month", "week", "day"}:
            return f"{nxt.lower_}-old", end + 3, "age"  # "2,900 year-old site", "18 month-old daughter"
        if nxt.lower_ in {"parts", "part"} and end + 2 < n and doc[end + 1].lower_ == "per" \
                and doc[end + 2].lower_ in {"million", "billion"}:
            return f"parts per {doc[end + 2].lower_}", end + 3, "measure"
    last = doc[end - 1]
    head = last.head if last.dep_ in {"nummod", "quantmod", "compound", "amod", "npadvmod", "nmod"} else None
    if head is not None and head.pos_ == "ADJ" and head.i >= end:  # "4.3M digital and physical sales"
        head = next((t for t in doc[head.i:min(n, head.i + 4)] if t.pos_ == "NOUN"), head)
    if head is not None and end <= head.i <= end + 6 and head.pos_ in {"NOUN", "PROPN"} \
            and head.lower_ not in _MONTHS and all(t.pos_ in _IN_NOUN_PHRASE for t in doc[end:head.i]):
        return _noun_unit(doc, end, head)
    if nxt is not None and nxt.lower_ == "of" and end + 1 < n:
        for child in nxt.children:
            if child.dep_ == "pobj" and child.pos_ in {"NOUN", "PROPN"}:
                return _noun_unit(doc, end + 1, child)
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ not in _MONTHS:
        return _noun_unit(doc, end, nxt)
    if nxt is not None and nxt.lemma_.lower() in _MEASURES and len(nxt.text) > 2:
        return nxt.text, end + 1, "measure"  # "sub-7 nanometer chips", the measure tagged as an adjective
    if nxt is not None and nxt.lower_ == "per" and end + 1 < n and doc[end + 1].pos_ == "NOUN":
        return f"per {unit_name(doc[end + 1])}", end + 2, "count"  # "an average of 20 per week"
    return "", end, "count"


def _noun_unit(doc: Doc, start: int, head: Token) -> tuple[str, int, str]:
    """The counted noun phrase as written, from after the number to its head: "public housing properties",
    "containers of ammunition", "degrees Fahrenheit"; determiners and possessives are left out."""
    n = len(doc)
    span = list(doc[start:head.i + 1])
    shared = False  # "eight or nine euros": the unit is shared and the second number is read on its own
    for k, t in enumerate(span):  # "5.2 litre V10 engine": stop at the measure
        if t.pos_ == "CCONJ" and k + 2 < len(span) and span[k + 1].like_num:
            span, shared = span[k + 2:], True
            break
        if t.pos_ == "NUM":
            span = span[k + 1:] if k + 1 < len(span) else span
            break
        if t.i < head.i and (t.lower_ in _MEASURES or t.lemma_.lower() in _MEASURES) \
                and t.pos_ in {"NOUN", "PROPN", "ADJ"}:
            if t.lower_ == "sq" and k + 1 < len(span):  # "sq m", "sq ft"
                t = span[k + 1]
                k += 1
            head = t
            span = span[:k + 1]
            break
        if t.lower_ == "basis" and k + 1 < len(span) and span[k + 1].lemma_.lower() == "point":
            head = span[k + 1]
            span = span[:k + 2]
            break
    # the counted thing, without articles, possessives, conjunctions or participles ("517 rushing yards")
    words = [t for t in span if t.pos_ not in {"DET", "PUNCT", "CCONJ"} and t.dep_ != "poss" and t.tag_ != "POS"
             and not (t.tag_ in {"VBG", "VBN"} and t.i < head.i) and t.lower_ not in _NOT_THE_THING]
    end = head.i + 1
    if end + 1 < n and doc[end].lower_ == "of" and head.lower_ in _OF_UNITS:
        pobj = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.i - end <= 3:
            words += [doc[end]] + [t for t in doc[end + 1:pobj.i + 1] if t.pos_ != "DET"]
            end = pobj.i + 1
    elif end < n and doc[end].lower_ in _TEMPERATURE:
        words.append(doc[end])
        end += 1
    text = " ".join(t.text for t in words) if words else head.text
    unit = _per(doc, text, end)
    return unit, start if shared else _skip_per(doc, end), _kind_of(head)


def _per(doc: Doc, unit: str, after: int) -> str:
    """"$58.24 per barrel" -> "dollar per barrel"; "$48,000 a year" -> "dollar per year"."""
    n = len(doc)
    if after + 1 < n and doc[after].lower_ in {"per", "a", "an", "each"} and doc[after + 1].pos_ == "NOUN" \
            and (doc[after].lower_ == "per" or doc[after + 1].lemma_.lower() in {"year", "month", "week", "day",
                                                                                 "hour", "share", "person"}
                 and not (after + 2 < n and doc[after + 2].lower_ in {"earlier", "ago", "later", "before"})):
        return f"{unit} per {unit_name(doc[after + 1])}"
    return unit


def _skip_per(doc: Doc, after: int) -> int:
    n = len(doc)
    if after + 1 < n and doc[after].lower_ in {"per", "a", "an"} and doc[after + 1].pos_ == "NOUN" \
            and doc[after + 1].lemma_.lower() in {"year", "month", "week", "day", "hour", "share", "person"} \
            | ({doc[after + 1].lemma_.lower()} if doc[after].lower_ == "per" else set()):
        return after + 2
    return after


def unit_name(tok: Token) -> str:
    if tok.pos_ == "PROPN":
        return tok.text
    return tok.lemma_.lower() if tok.lemma_ else tok.lower_


def _kind_of(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    if lemma in _CURRENCY_WORDS:
        return "money"
    if lemma in _MEASURES:
        return "measure"
    return "count"
