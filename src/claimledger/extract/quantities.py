"""Quantities: numbers with their qualifier, bounds and counted unit.

"up to 12,000 workers"      -> high 12000, qualifier "<=", unit "worker"
"about 5,000 ... personnel" -> value 5000, qualifier "~", low/high = value -/+ APPROX_BAND
"more than 20,000 containers of ammunition" -> low 20000, qualifier ">", unit "container"
"between $62 and $68"       -> low 62, high 68, qualifier "=", unit "dollar"
"tens of thousands of students" -> low 10000, high 100000 (kind "vague")
Years, dates, ages in apposition and numbers inside names ("Geran-2", "iPhone 11", "S&P 500") are not quantities.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ..model import Quantity
from .numbers import SCALES, TENS, UNITS, VAGUE, parse_number_words

NAME = "claimledger.quantities.v2"
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
_CURRENCY = {"$": "dollar", "us$": "dollar", "usd": "dollar", "c$": "canadian dollar", "a$": "australian dollar",
             "hk$": "hong kong dollar", "€": "euro", "eur": "euro", "£": "pound sterling", "gbp": "pound sterling",
             "ps": "pound sterling", "₽": "russian ruble", "rub": "russian ruble", "₴": "hryvnia", "uah": "hryvnia",
             "¥": "japanese yen", "y=": "japanese yen", "jpy": "japanese yen", "₩": "won", "krw": "won",
             "inr": "indian rupee", "rs": "indian rupee", "rs.": "indian rupee", "rm": "malaysian ringgit",
             "cny": "yuan", "rmb": "yuan", "chf": "swiss franc"}
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
_UNIT_SYMBOLS = {"%": "percent", "km": "km", "km/h": "km/h", "kph": "km/h", "mph": "mph", "kw": "kW", "w": "W",
                 "mw": "MW", "gw": "GW", "kwh": "kWh", "hp": "hp", "bhp": "bhp", "ghz": "GHz", "mhz": "MHz",
                 "hz": "Hz", "mah": "mAh", "gb": "GB", "tb": "TB", "mb": "MB", "mm": "mm", "cm": "cm", "kg": "kg",
                 "lb": "lb", "lbs": "lb", "nm": "Nm", "rpm": "rpm", "ppm": "ppm", "sqm": "sqm", "ps": "PS",
                 "m": "m", "g": "g", "ft": "ft", "in": "inch", "mg": "mg", "ml": "ml", "l": "l", "μm": "μm",
                 "µm": "μm", "p": "p", "lb-ft": "lb-ft", "kv": "kV", "mpa": "MPa", "gpa": "GPa", "ksi": "ksi",
                 "nmi": "nmi", "gwh": "GWh", "mwh": "MWh", "tw": "TW", "twh": "TWh"}
_PERCENT_WORDS = {"percent", "per cent", "pct", "percentage", "percentage points", "percentage point"}
_NAME_LABELS = {"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
           "dec"}
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25, "fourth": 0.25,
              "fourths": 0.25, "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1}
_MAGNITUDE = {"dozens": (12, 120), "scores": (20, 200), "hundreds": (100, 1000), "thousands": (1000, 10000),
              "tens of thousands": (10000, 100000), "hundreds of thousands": (100000, 1000000),
              "millions": (1e6, 1e7), "tens of millions": (1e7, 1e8), "hundreds of millions": (1e8, 1e9),
              "billions": (1e9, 1e10)}
_YEAR_PREPOSITIONS = {"in", "by", "since", "until", "till", "from", "before", "after", "around", "circa",
                      "year", "c.", "ca."}
_IN_NOUN_PHRASE = {"NOUN", "PROPN", "ADJ", "NUM", "CCONJ", "PUNCT", "VERB", "ADV", "DET", "PART"}
_INDEX_NAMES = {"S&P", "Nasdaq", "FTSE", "Stoxx", "STOXX", "Russell", "DAX", "CAC", "Nikkei", "ASX", "TSX", "KOSPI",
                "MSCI", "Euro"}
_TIME_ZONES = {"GMT", "UTC", "EDT", "EST", "CET", "CEST", "BST", "PDT", "PST", "ET", "MSK", "KST"}
_NOT_THE_THING = {"previous", "past", "additional", "further", "extra", "more", "some"}
_TIME_NOUNS = {"year", "month", "week", "day", "quarter", "season", "night", "time"}
_WORD_NUMBERS = set(UNITS) | set(TENS)
_SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion", "mln", "bln", "bn", "mn"}
_NUM = re.compile(
    r"^(?P<cur>US\$|HK\$|C\$|A\$|USD|EUR|GBP|INR|JPY|CNY|RMB|RM|PS|Rs\.?|Y=|[$€£¥₽₴₩])?"
    r"(?P<sign>[-+−]|minus-?|sub-|~)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<scale>k|K|m|M|mn|mln|bn|b|B|bln|tn|trillion|million|billion)?"
    r"(?P<unit>%|[a-zA-Z]{1,4}(?:/[a-zA-Z0-9]{1,3})?)?$")


@dataclass(frozen=True, slots=True)
class _Read:
    start: int
    end: int
    value: float
    currency: str | None = None
    unit: str | None = None


def _numeric(text: str) -> tuple[float, str | None, str | None] | None:
    """(value, currency, attached unit) of one token such as "12,000", "USD10m", "5kW", "minus-1.4", ".500"."""
    m = _NUM.match(text.replace("\u202f", "").replace("\u00a0", ""))
    if not m:
        return None
    scale_raw = m.group("scale")
    unit_raw = m.group("unit")
    if scale_raw and unit_raw:  # "5kW", "640bhp", "10mph": the letters are one unit, not a scale and a unit
        if (scale_raw + unit_raw).lower() not in _UNIT_SYMBOLS:
            return None
        unit_raw = scale_raw + unit_raw
        scale_raw = ""
    value = float(m.group("num").replace(",", ""))
    sign = (m.group("sign") or "").lower()
    if sign in {"-", "−"} or sign.startswith("minus"):
        value = -value
    if scale_raw:
        value *= SCALES.get(scale_raw.lower(), 1)
        if scale_raw in {"m", "b", "k"} and not m.group("cur") and value < 1:
            return None
    cur = m.group("cur")
    unit = None
    if unit_raw:
        key = unit_raw.lower()
        if key not in _UNIT_SYMBOLS:
            return None  # "Su27x", "F16": a name, not a number with a unit
        unit = _UNIT_SYMBOLS[key]
    return value, _CURRENCY.get(cur.lower()) if cur else None, unit


def _read_number(doc: Doc, i: int) -> _Read | None:
    """A number starting at token i, with a currency symbol before it and scale words after it."""
    n = len(doc)
    start = i
    currency = None
    if doc[i].text in {"HK", "US", "C", "A", "NZ", "S"} and i + 2 < n and doc[i + 1].text == "$" \
            and not doc[i].whitespace_ or doc[i].text in {"HK", "US"} and i + 2 < n and doc[i + 1].text == "$":
        i += 1
        currency = _CURRENCY.get(f"{doc[i - 1].text.lower()}$", "dollar")
        if _numeric(doc[i + 1].text) is None:
            return None
        i += 1
    elif doc[i].text in _CURRENCY or doc[i].lower_ in _CURRENCY:
        if i + 1 < n and _numeric(doc[i + 1].text) is not None:
            currency = _CURRENCY.get(doc[i].text, _CURRENCY.get(doc[i].lower_))
            i += 1
        else:
            return None
    tok = doc[i]
    num = _numeric(tok.text)
    if num is not None:
        value, cur2, unit = num
        currency = currency or cur2
        j = i + 1
        # "1.5 million", "35 m" (scale token right after), "12 000" written with a space
        while j < n and (doc[j].lower_ in _SCALE_WORDS or (doc[j].text in {"m", "bn", "M", "B", "mn", "tn", "k", "m."}
                                                           and not doc[j - 1].whitespace_)):
            value *= SCALES.get(doc[j].lower_.rstrip("."), 1)
            j += 1
        return _Read(start, j, value, currency, unit)
    low = tok.lower_
    if low in _WORD_NUMBERS or low == "dozen" or "-" in low and all(p in _WORD_NUMBERS for p in low.split("-")):
        ranged = i + 2 < n and doc[i + 1].lower_ in {"to", "-", "or"} and doc[i + 2].lower_ in _WORD_NUMBERS
        if low == "one" and tok.dep_ != "nummod" and not ranged:  # "one of them"; but "one to two years"
            return None
        j = i + 1
        while j < n and (doc[j].lower_ in _WORD_NUMBERS | _SCALE_WORDS | {"dozen"} or doc[j].lower_ == "and"
                         and j + 1 < n and doc[j + 1].lower_ in _WORD_NUMBERS):
            j += 1
        value_w = parse_number_words([t.text for t in doc[i:j]])
        return _Read(start, j, value_w, currency) if value_w is not None else None
    if low == "a" and i + 1 < n and doc[i + 1].lower_ in {"dozen", "hundred", "thousand", "million", "billion"}:
        j = i + 2
        while j < n and doc[j].lower_ in _SCALE_WORDS:
            j += 1
        value_a = parse_number_words([t.text for t in doc[i:j]])
        return _Read(start, j, value_a, currency) if value_a is not None else None
    return None


def _qualifier_before(doc: Doc, i: int) -> tuple[str, int]:
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


def _change_before(doc: Doc, i: int) -> str | None:
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


def _change_of_event(doc: Doc, i: int) -> str | None:
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


def _unit_after(doc: Doc, r: _Read) -> tuple[str, int, str]:
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
    if not r.currency and nxt is not None and nxt.text.rstrip("=").lower() in _CURRENCY and nxt.text.isupper() \
            and nxt.text != "PS":
        return _CURRENCY[nxt.text.rstrip("=").lower()], end + 1, "money"
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
        symbol = nxt.lower_ in _UNIT_SYMBOLS and nxt.lower_ not in {"in", "m", "g", "l"} and (
            not nxt.is_title or nxt.text in {"W", "C", "F", "V", "A", "K", "PS"})
        if symbol:
            unit = _UNIT_SYMBOLS[nxt.lower_]
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
        return f"per {_unit_name(doc[end + 1])}", end + 2, "count"  # "an average of 20 per week"
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
        return f"{unit} per {_unit_name(doc[after + 1])}"
    return unit


def _skip_per(doc: Doc, after: int) -> int:
    n = len(doc)
    if after + 1 < n and doc[after].lower_ in {"per", "a", "an"} and doc[after + 1].pos_ == "NOUN" \
            and doc[after + 1].lemma_.lower() in {"year", "month", "week", "day", "hour", "share", "person"} \
            | ({doc[after + 1].lemma_.lower()} if doc[after].lower_ == "per" else set()):
        return after + 2
    return after


def _unit_name(tok: Token) -> str:
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


def _written_value(doc: Doc, r: _Read) -> float | None:
    """The number as its digits are written, without scale words: 15 for "$15 billion"."""
    for tok in doc[r.start:r.end]:
        num = _numeric(tok.text)
        if num is not None:
            return num[0] if tok.text[-1].isdigit() else None
    return None


def _same_kind(doc: Doc, first: _Read, unit_first: str | None, second: _Read) -> bool:
    """"5% to 6%" and "$10 to $15" are ranges; "rose 9.4 per cent to $84" is a change and a level."""
    if unit_first == "percent" or first.unit == "percent":
        after = doc[second.end] if second.end < len(doc) else None
        return second.unit == "percent" or after is not None and (after.text == "%" or after.lower_ in
                                                                   {"percent", "per", "pct"})
    return not (second.currency and not first.currency and first.unit)


def _range_of_change(doc: Doc, first: _Read, second: _Read) -> bool:
    """After "by", "5 to 10 percent" is a range of change but "$43.6 billion to $419.2 billion" is a change and
    the level it reached: a range's ends are the same order of magnitude, low before high."""
    low, high = _range_ends(doc, first, second)
    return 0 < low < high <= 4 * low


def _range_ends(doc: Doc, first: _Read, second: _Read) -> tuple[float, float]:
    """The two ends with a scale word written once applied to both: "3 to 4 million", "$10 to $15 billion"."""
    low, high = first.value, second.value
    written_high = _written_value(doc, second)
    if written_high and written_high != high and _written_value(doc, first) == low <= written_high:
        low *= high / written_high
    return low, high


def _from_to_end(doc: Doc, first: _Read, k: int) -> _Read | None:
    """"from 208 pounds to 193", "from $36,040 to $34,935": the far end of a from-to range within a few words."""
    for j in range(k, min(k + 4, len(doc) - 1)):
        if doc[j].lower_ == "to":
            cand = _read_number(doc, j + 1)
            if cand is not None and not _is_year(doc, cand) and (cand.currency or None) == (first.currency or None):
                return _Read(cand.start, cand.end, cand.value, cand.currency, cand.unit or first.unit)
            return None
        if doc[j].is_punct or doc[j].pos_ in {"VERB", "AUX"}:
            return None
    return None


def _is_year(doc: Doc, r: _Read) -> bool:
    if r.currency or r.unit or r.end - r.start != 1:
        return False
    text = doc[r.start].text
    if not re.fullmatch(r"(1\d|20|21)\d\d", text):
        return False
    prev = doc[r.start - 1].lower_ if r.start > 0 else ""
    era = any(t.lower_ in {"a.d.", "ad", "bc", "b.c.", "bce", "ce"} for t in doc[max(0, r.start - 4):r.end + 1])
    if not re.fullmatch(r"(1[89]|20)\d\d", text) and prev not in _YEAR_PREPOSITIONS and not era:
        return False  # "1000 hp", "an average of 1500": a year before 1800 or after 2099 needs "in", "A.D.", ...
    nxt = doc[r.end] if r.end < len(doc) else None
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.tag_ == "NNS" and doc[r.start].head.i == nxt.i:
        return False  # "2000 soldiers"
    return True


def _is_name_number(doc: Doc, r: _Read) -> bool:
    """Numbers that are part of a name: "iPhone 11 Pro", "S&P 500", "Game 6", "Big 12", "Su-27"."""
    tok = doc[r.start]
    if r.currency or r.unit:
        return False
    if tok.ent_type_ in _NAME_LABELS and tok.ent_iob_ != "B":
        return True
    if any(c.isalpha() for c in tok.text) and any(c.isdigit() for c in tok.text) and _numeric(tok.text) is None:
        return True
    prev = doc[r.start - 1] if r.start > 0 else None
    nxt = doc[r.end] if r.end < len(doc) else None
    if prev is not None and (prev.text in {"#", "No.", "no."} or prev.text == "-" and not prev.whitespace_
                             and prev.i > 0 and not doc[prev.i - 1].whitespace_):
        return True  # "Su-27", "No. 5"; not "winds - 10mph less"
    if prev is not None and (prev.pos_ == "PROPN" or prev.text in {"A.D.", "AD", "BC", "B.C."}) \
            and prev.i > prev.sent.start and (nxt is None or nxt.pos_ != "NOUN" or nxt.is_title):
        return True
    if prev is not None and prev.text in _INDEX_NAMES:
        return True  # "S&P 500 e-minis", "FTSE 100 futures"
    if tok.is_title and tok.lower_ in _WORD_NUMBERS and tok.i > tok.sent.start and prev is not None \
            and (prev.is_title or prev.pos_ == "PROPN"):
        return True  # "the Kick Six win", "the Big Ten"
    if nxt is not None and nxt.text.upper() in _TIME_ZONES:
        return True  # "(0401 GMT)": a clock time
    return False


def _is_apposed_age(doc: Doc, r: _Read) -> bool:
    """"Senard, 65, said" / "Nick Hague 44 has": an age in apposition."""
    if r.end - r.start != 1 or r.currency or r.unit:
        return False
    prev = doc[r.start - 1] if r.start > 0 else None
    nxt = doc[r.end] if r.end < len(doc) else None
    value = _numeric(doc[r.start].text)
    if value is None or not (10 <= value[0] <= 110) or prev is None:
        return False
    after_name = prev.ent_type_ == "PERSON" or (prev.text == "," and r.start > 1
                                                and (doc[r.start - 2].ent_type_ == "PERSON"
                                                     or doc[r.start - 2].pos_ == "PROPN"))
    return after_name and (nxt is None or nxt.text == "," or nxt.pos_ in {"AUX", "VERB"})


def _in_spans(i: int, spans: Sequence[tuple[int, int]], doc: Doc) -> bool:
    c = doc[i].idx
    return any(s <= c < e for s, e in spans)


_MAGNITUDE_FIRST = {phrase.split()[0] for phrase in _MAGNITUDE}


def _magnitude_at(doc: Doc, i: int) -> tuple[int, float, float] | None:
    if doc[i].lower_ not in _MAGNITUDE_FIRST:
        return None
    for width in (3, 2, 1):
        phrase = " ".join(t.lower_ for t in doc[i:i + width])
        if phrase in _MAGNITUDE and (width > 1 or i + 1 < len(doc) and doc[i + 1].lower_ == "of"):
            lo, hi = _MAGNITUDE[phrase]
            return i + width, float(lo), float(hi)
    return None


def _share_of(doc: Doc, of_at: int) -> str:
    """The unit of a fraction: "% US population" for "one fourth of the US population", "%" when the whole is a
    pronoun ("a third of those screened")."""
    after = of_at + 1 if doc[of_at].lower_ == "of" else of_at
    words: list[str] = []
    for t in doc[after:min(len(doc), after + 8)]:
        if t.pos_ in {"DET", "PRON"} or t.tag_ == "POS" or t.like_num or t.pos_ == "CCONJ" or t.tag_ in {"VBN", "VBG"}:
            if words and t.pos_ == "PRON":
                break
            if not words and t.pos_ == "PRON":
                return "%"
            continue
        if t.pos_ not in {"NOUN", "PROPN", "ADJ"} or t.text == "M":
            break
        words.append(t.text)
        if t.dep_ not in {"compound", "amod", "nmod", "conj"} and t.pos_ in {"NOUN", "PROPN"}:
            break
    return "% " + " ".join(words) if words else "%"


def _fraction_at(doc: Doc, i: int) -> tuple[int, float] | None:
    """"a third of", "one fourth of", "half the", "two-thirds of" -> (end, value)."""
    low = doc[i].lower_
    if "-" in low:
        a, _, b = low.partition("-")
        if a in UNITS and b in _FRACTIONS and i + 1 < len(doc) and doc[i + 1].lower_ == "of":
            return i + 1, UNITS[a] * _FRACTIONS[b]
        return None
    if low in UNITS and i + 3 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in _FRACTIONS \
            and doc[i + 3].lower_ == "of":
        return i + 3, UNITS[low] * _FRACTIONS[doc[i + 2].lower_]  # "two - thirds of", as the tokenizer splits it
    if low in {"a", "one", "two", "three"} and i + 2 < len(doc) and doc[i + 1].lower_ in _FRACTIONS \
            and doc[i + 2].lower_ == "of":
        mult = 1 if low in {"a", "one"} else UNITS[low]
        return i + 2, mult * _FRACTIONS[doc[i + 1].lower_]
    if low == "half" and i + 1 < len(doc) and doc[i + 1].lower_ in {"the", "of", "a", "an", "its", "their"}:
        return i + 1, 0.5
    return None


def extract_quantities(doc: Doc, exclude_char_spans: Iterable[tuple[int, int]] = ()) -> list[Quantity]:
    """Every quantity in ``doc``; character spans in ``exclude_char_spans`` (dates) are skipped. Pure."""
    excluded = sorted(exclude_char_spans)
    out: list[Quantity] = []
    n = len(doc)
    i = 0
    while i < n:
        if _in_spans(i, excluded, doc):
            i += 1
            continue
        mag = _magnitude_at(doc, i)
        if mag is not None:
            end, lo, hi = mag
            unit, after, _kind = _unit_after(doc, _Read(i, end, lo))
            out.append(_make(doc, i, max(after, end), None, lo, hi, "=", unit, "vague"))
            i = max(after, end)
            continue
        frac = _fraction_at(doc, i)
        if frac is not None:
            end, value = frac
            q, q_start = _qualifier_before(doc, i)
            out.append(_bounded(doc, q_start, end, value, q, _share_of(doc, end), "fraction"))
            i = end + 1
            continue
        low = doc[i].lower_
        if low in {"several", "a few", "few", "numerous"} or low == "a" and i + 1 < n and doc[i + 1].lower_ == "few":
            end = i + (2 if low == "a" else 1)
            r = _Read(i, end, float(VAGUE["several"]))
            unit, after, _kind = _unit_after(doc, r)
            if unit and end < n and doc[end].pos_ in {"NOUN", "PROPN", "ADJ"}:
                out.append(_make(doc, i, after, None, 3.0, None, ">=", unit, "vague"))
                i = after
                continue
        if low == "one" and i + 2 < n and doc[i + 1].lower_ == "of" and doc[i].dep_ != "nummod":
            # "one of the best screens": a count of one that news quantity sets annotate
            noun = next((t for t in doc[i + 2:min(n, i + 8)] if t.pos_ in {"NOUN", "PROPN"}), None)
            if noun is not None and any(t.tag_ in {"JJS", "RBS"} or t.lower_ in {"the", "its", "their"}
                                        for t in doc[i + 2:noun.i]):
                described = " ".join(t.text for t in doc[i + 2:noun.i + 1] if t.pos_ in {"ADJ", "NOUN", "PROPN"})
                out.append(_make(doc, i, noun.i + 1, 1.0, None, None, "=", described or _unit_name(noun), "count"))
                i = noun.i + 1
                continue
        read = _read_number(doc, i)
        if read is None or doc[read.start].tag_ == "JJ" and doc[read.start].lower_ not in _WORD_NUMBERS \
                and _numeric(doc[read.start].text) is None:
            i += 1
            continue
        if read.start > 0 and doc[read.start - 1].lower_ == "per" or _is_year(doc, read) or _is_name_number(doc, read):
            i = read.end
            continue
        if read.start > 0 and doc[read.start - 1].lower_ in {"aged", "ages", "ageing"}:
            # "men aged 18 to 34": who is counted, not a count
            i = read.end + (2 if read.end + 1 < n and doc[read.end].lower_ in {"to", "-", "and"} else 0)
            continue
        if _is_apposed_age(doc, read):  # "Senard, 65, said": an age, kept apart from the counts by its kind
            out.append(_make(doc, read.start, read.end, read.value, None, None, "=", "year-old", "age"))
            i = read.end
            continue
        approx = doc[read.start].text.startswith("~")
        # ranges: "between 3,000 and 4,000", "3,000-4,000", "from $800,000 to $1.3 million", "5% to 6%"
        first = read
        unit_first = None
        k = read.end
        if k < n and doc[k].text in {"%"} | {"percent", "per"} and k + 1 < n:
            if doc[k].text == "%" or doc[k].lower_ == "percent":
                unit_first, k = "percent", k + 1
            elif doc[k + 1].lower_ == "cent":
                unit_first, k = "percent", k + 2
        range_high: _Read | None = None
        if k + 1 < n and doc[k].lower_ in {"-", "–", "to", "and", "to-"}:
            prev_word = doc[first.start - 1].lower_ if first.start > 0 else ""
            cand = _read_number(doc, k + 1)
            if cand is not None and (doc[k].lower_ != "and" or prev_word == "between") and \
                    (doc[k].lower_ in {"-", "–", "to-"} or prev_word in {"from", "between"} or
                     doc[k].lower_ == "to" and (first.currency or unit_first or cand.currency)
                     or doc[k].lower_ == "to" and doc[cand.end].pos_ == "NOUN" if cand.end < n else False) \
                    and not _is_year(doc, cand) and _same_kind(doc, first, unit_first, cand) \
                    and (prev_word != "by" or _range_of_change(doc, first, cand)):
                range_high = cand
        elif k < n and first.start > 0 and doc[first.start - 1].lower_ == "from":
            range_high = _from_to_end(doc, first, k)
        if range_high is not None:
            lo_v, hi_v = _range_ends(doc, first, range_high)
            merged = _Read(first.start, range_high.end, hi_v, first.currency or range_high.currency,
                           range_high.unit or first.unit or unit_first)
            _qualifier, q_start = _qualifier_before(doc, first.start)  # the span takes in "about"
            if first.start > 0 and doc[first.start - 1].lower_ in {"between", "from"}:
                q_start = first.start - 1
            change = _change_before(doc, q_start) if q_start > 0 and doc[q_start - 1].lower_ == "by" else None
            unit, after, kind = _unit_after(doc, merged)
            if not unit and range_high.start > first.end + 1:  # "from 208 pounds to 193"
                unit, _after, kind = _unit_after(doc, first)
            out.append(_make(doc, q_start, after, None, min(lo_v, hi_v), max(lo_v, hi_v),
                             change or "=", unit, kind))  # a range already carries its uncertainty
            i = max(after, merged.end)
            continue
        qualifier, q_start = _qualifier_before(doc, read.start)
        if doc[read.start].text.lower().startswith("sub-"):
            qualifier = "<"
        elif approx or qualifier == "=" and q_start > 0 and doc[q_start - 1].pos_ == "VERB" \
                and doc[q_start - 1].lemma_.lower() == "average":
            qualifier = "~"  # "averaged 7.3 points": an average is an approximate value
        change = _change_before(doc, q_start) if qualifier == "=" else None
        if qualifier == "~" and change is None:
            change = _change_of_event(doc, q_start)  # "rose about 1.5%"; "is up about 15%" stays approximate
        unit, after, kind = _unit_after(doc, read)
        if after < n and doc[after].lower_ in {"or", "and"} and after + 1 < n and doc[after + 1].lower_ == "more":
            qualifier, after = ">=", after + 2
        if change is not None:
            _v, band_low, band_high, _q = _bounds(read.value, qualifier)  # the approximation stays in the bounds
            out.append(_make(doc, q_start, after, read.value, band_low, band_high, change, unit, kind))
        else:
            out.append(_bounded(doc, q_start, after, read.value, qualifier, unit, kind))
        i = max(after, read.end, i + 1)
    return _share_units(doc, _share_qualifiers(doc.text, out))


_PARALLEL = {"from", "and", "with", "against", "versus", "vs", "vs.", "compared"}


def _share_units(doc: Doc, found: list[Quantity]) -> list[Quantity]:
    """A bare number that answers an earlier count takes its noun: "3.9 million headsets, up from 2.4 million",
    "68,400 people ... and 95,800 who", "460 vehicles ... compared with 63"."""
    out = list(found)
    for k in range(1, len(out)):
        cur = out[k]
        if cur.unit or cur.kind != "count":
            continue
        start = doc.char_span(cur.start, cur.end, alignment_mode="expand")
        if start is None or start.start == 0:
            continue
        prev_word = doc[start.start - 1].lower_
        if doc[start.start - 1].lower_ == "with" and start.start > 1 and doc[start.start - 2].lower_ == "compared":
            prev_word = "compared"
        nxt = doc[start.end] if start.end < len(doc) else None
        if prev_word not in _PARALLEL or nxt is not None and nxt.pos_ in {"NOUN", "PROPN"}:
            continue
        donor = next((q for q in reversed(out[:k]) if q.kind == "count" and q.unit), None)
        donor_span = doc.char_span(donor.start, donor.end, alignment_mode="expand") if donor else None
        if donor is not None and donor_span is not None and doc[start.start].sent.start <= donor_span.start:
            out[k] = replace(cur, unit=donor.unit)
    return out


def _share_qualifiers(text: str, found: list[Quantity]) -> list[Quantity]:
    """A restatement takes the qualifier of what it restates: "lost 190 points, or 0.6%" (down), "just under
    296 hp (224 kW)" (<)."""
    out = list(found)
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        gap = text[prev.end:cur.start].strip()
        if cur.qualifier != "=" or prev.qualifier == "=" or cur.value is None or cur.low is not None:
            continue
        if gap in {"(", "/", ", or", "or"} and (prev.qualifier in {"up", "down"} or gap in {"(", "/"}) \
                or prev.qualifier in {"up", "down"} and gap.endswith(" by") and len(gap) < 40 and "." not in gap:
            out[k] = _requalified(cur, prev.qualifier)  # "were down 2.3%, Burlington by 2.6%"
    return out


def _requalified(q: Quantity, qualifier: str) -> Quantity:
    if qualifier in {"up", "down"}:
        return replace(q, qualifier=qualifier)
    value, low, high, public = _bounds(q.value if q.value is not None else 0.0, qualifier)
    return replace(q, qualifier=public, value=value, low=low, high=high)


def _bounds(value: float, qualifier: str) -> tuple[float | None, float | None, float | None, str]:
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


def _bounded(doc: Doc, start: int, end: int, value: float, qualifier: str, unit: str, kind: str) -> Quantity:
    v, low, high, public = _bounds(value, qualifier)
    return _make(doc, start, end, v, low, high, public, unit, kind)


def _make(doc: Doc, start: int, end: int, value: float | None, low: float | None, high: float | None,
          qualifier: str, unit: str, kind: str) -> Quantity:
    span = doc[start:end]
    return Quantity(start=span.start_char, end=span.end_char, text=span.text, value=value, low=low, high=high,
                    qualifier=qualifier, unit=unit, kind=kind)
