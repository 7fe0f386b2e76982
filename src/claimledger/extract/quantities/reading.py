"""Reading a number where it stands: digits, number words, currency and scale words ("$1.2 billion", "tens of
thousands"), ranges, fractions and shares, and the numbers that are not quantities (years, numbers inside
names, ages in apposition)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..numbers import SCALES, TENS, UNITS, parse_number_words

CURRENCY = {"$": "dollar", "us$": "dollar", "usd": "dollar", "c$": "canadian dollar", "a$": "australian dollar",
             "hk$": "hong kong dollar", "€": "euro", "eur": "euro", "£": "pound sterling", "gbp": "pound sterling",
             "ps": "pound sterling", "₽": "russian ruble", "rub": "russian ruble", "₴": "hryvnia", "uah": "hryvnia",
             "¥": "japanese yen", "y=": "japanese yen", "jpy": "japanese yen", "₩": "won", "krw": "won",
             "inr": "indian rupee", "rs": "indian rupee", "rs.": "indian rupee", "rm": "malaysian ringgit",
             "cny": "yuan", "rmb": "yuan", "chf": "swiss franc"}
UNIT_SYMBOLS = {"%": "percent", "km": "km", "km/h": "km/h", "kph": "km/h", "mph": "mph", "kw": "kW", "w": "W",
                 "mw": "MW", "gw": "GW", "kwh": "kWh", "hp": "hp", "bhp": "bhp", "ghz": "GHz", "mhz": "MHz",
                 "hz": "Hz", "mah": "mAh", "gb": "GB", "tb": "TB", "mb": "MB", "mm": "mm", "cm": "cm", "kg": "kg",
                 "lb": "lb", "lbs": "lb", "nm": "Nm", "rpm": "rpm", "ppm": "ppm", "sqm": "sqm", "ps": "PS",
                 "m": "m", "g": "g", "ft": "ft", "in": "inch", "mg": "mg", "ml": "ml", "l": "l", "μm": "μm",
                 "µm": "μm", "p": "p", "lb-ft": "lb-ft", "kv": "kV", "mpa": "MPa", "gpa": "GPa", "ksi": "ksi",
                 "nmi": "nmi", "gwh": "GWh", "mwh": "MWh", "tw": "TW", "twh": "TWh"}
_NAME_LABELS = {"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT"}
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25, "fourth": 0.25,
              "fourths": 0.25, "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1}
_MAGNITUDE = {"dozens": (12, 120), "scores": (20, 200), "hundreds": (100, 1000), "thousands": (1000, 10000),
              "tens of thousands": (10000, 100000), "hundreds of thousands": (100000, 1000000),
              "millions": (1e6, 1e7), "tens of millions": (1e7, 1e8), "hundreds of millions": (1e8, 1e9),
              "billions": (1e9, 1e10)}
_YEAR_PREPOSITIONS = {"in", "by", "since", "until", "till", "from", "before", "after", "around", "circa",
                      "year", "c.", "ca."}
_INDEX_NAMES = {"S&P", "Nasdaq", "FTSE", "Stoxx", "STOXX", "Russell", "DAX", "CAC", "Nikkei", "ASX", "TSX", "KOSPI",
                "MSCI", "Euro"}
_TIME_ZONES = {"GMT", "UTC", "EDT", "EST", "CET", "CEST", "BST", "PDT", "PST", "ET", "MSK", "KST"}
WORD_NUMBERS = set(UNITS) | set(TENS)
_SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion", "mln", "bln", "bn", "mn"}
_NUM = re.compile(
    r"^(?P<cur>US\$|HK\$|C\$|A\$|USD|EUR|GBP|INR|JPY|CNY|RMB|RM|PS|Rs\.?|Y=|[$€£¥₽₴₩])?"
    r"(?P<sign>[-+−]|minus-?|sub-|~)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<scale>k|K|m|M|mn|mln|bn|b|B|bln|tn|trillion|million|billion)?"
    r"(?P<unit>%|[a-zA-Z]{1,4}(?:/[a-zA-Z0-9]{1,3})?)?$")


@dataclass(frozen=True, slots=True)
class ReadNumber:
    start: int
    end: int
    value: float
    currency: str | None = None
    unit: str | None = None


def numeric(text: str) -> tuple[float, str | None, str | None] | None:
    """(value, currency, attached unit) of one token such as "12,000", "USD10m", "5kW", "minus-1.4", ".500"."""
    m = _NUM.match(text.replace("\u202f", "").replace("\u00a0", ""))
    if not m:
        return None
    scale_raw = m.group("scale")
    unit_raw = m.group("unit")
    if scale_raw and unit_raw:  # "5kW", "640bhp", "10mph": the letters are one unit, not a scale and a unit
        if (scale_raw + unit_raw).lower() not in UNIT_SYMBOLS:
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
        if key not in UNIT_SYMBOLS:
            return None  # "Su27x", "F16": a name, not a number with a unit
        unit = UNIT_SYMBOLS[key]
    return value, CURRENCY.get(cur.lower()) if cur else None, unit


def read_number(doc: Doc, i: int) -> ReadNumber | None:
    """A number starting at token i, with a currency symbol before it and scale words after it."""
    n = len(doc)
    start = i
    currency = None
    if doc[i].text in {"HK", "US", "C", "A", "NZ", "S"} and i + 2 < n and doc[i + 1].text == "$" \
            and not doc[i].whitespace_ or doc[i].text in {"HK", "US"} and i + 2 < n and doc[i + 1].text == "$":
        i += 1
        currency = CURRENCY.get(f"{doc[i - 1].text.lower()}$", "dollar")
        if numeric(doc[i + 1].text) is None:
            return None
        i += 1
    elif doc[i].text in CURRENCY or doc[i].lower_ in CURRENCY:
        if i + 1 < n and numeric(doc[i + 1].text) is not None:
            currency = CURRENCY.get(doc[i].text, CURRENCY.get(doc[i].lower_))
            i += 1
        else:
            return None
    tok = doc[i]
    num = numeric(tok.text)
    if num is not None:
        value, cur2, unit = num
        currency = currency or cur2
        j = i + 1
        # "1.5 million", "35 m" (scale token right after), "12 000" written with a space
        while j < n and (doc[j].lower_ in _SCALE_WORDS or (doc[j].text in {"m", "bn", "M", "B", "mn", "tn", "k", "m."}
                                                           and not doc[j - 1].whitespace_)):
            value *= SCALES.get(doc[j].lower_.rstrip("."), 1)
            j += 1
        return ReadNumber(start, j, value, currency, unit)
    low = tok.lower_
    if low in WORD_NUMBERS or low == "dozen" or "-" in low and all(p in WORD_NUMBERS for p in low.split("-")):
        ranged = i + 2 < n and doc[i + 1].lower_ in {"to", "-", "or"} and doc[i + 2].lower_ in WORD_NUMBERS
        if low == "one" and tok.dep_ != "nummod" and not ranged:  # "one of them"; but "one to two years"
            return None
        j = i + 1
        while j < n and (doc[j].lower_ in WORD_NUMBERS | _SCALE_WORDS | {"dozen"} or doc[j].lower_ == "and"
                         and j + 1 < n and doc[j + 1].lower_ in WORD_NUMBERS):
            j += 1
        value_w = parse_number_words([t.text for t in doc[i:j]])
        return ReadNumber(start, j, value_w, currency) if value_w is not None else None
    if low == "a" and i + 1 < n and doc[i + 1].lower_ in {"dozen", "hundred", "thousand", "million", "billion"}:
        j = i + 2
        while j < n and doc[j].lower_ in _SCALE_WORDS:
            j += 1
        value_a = parse_number_words([t.text for t in doc[i:j]])
        return ReadNumber(start, j, value_a, currency) if value_a is not None else None
    return None


def _written_value(doc: Doc, r: ReadNumber) -> float | None:
    """The number as its digits are written, without scale words: 15 for "$15 billion"."""
    for tok in doc[r.start:r.end]:
        num = numeric(tok.text)
        if num is not None:
            return num[0] if tok.text[-1].isdigit() else None
    return None


def same_kind(doc: Doc, first: ReadNumber, unit_first: str | None, second: ReadNumber) -> bool:
    """"5% to 6%" and "$10 to $15" are ranges; "rose 9.4 per cent to $84" is a change and a level."""
    if unit_first == "percent" or first.unit == "percent":
        after = doc[second.end] if second.end < len(doc) else None
        return second.unit == "percent" or after is not None and (after.text == "%" or after.lower_ in
                                                                   {"percent", "per", "pct"})
    return not (second.currency and not first.currency and first.unit)


def range_of_change(doc: Doc, first: ReadNumber, second: ReadNumber) -> bool:
    """After "by", "5 to 10 percent" is a range of change but "$43.6 billion to $419.2 billion" is a change and
    the level it reached: a range's ends are the same order of magnitude, low before high."""
    low, high = range_ends(doc, first, second)
    return 0 < low < high <= 4 * low


def range_ends(doc: Doc, first: ReadNumber, second: ReadNumber) -> tuple[float, float]:
    """The two ends with a scale word written once applied to both: "3 to 4 million", "$10 to $15 billion"."""
    low, high = first.value, second.value
    written_high = _written_value(doc, second)
    if written_high and written_high != high and _written_value(doc, first) == low <= written_high:
        low *= high / written_high
    return low, high


def from_to_end(doc: Doc, first: ReadNumber, k: int) -> ReadNumber | None:
    """"from 208 pounds to 193", "from $36,040 to $34,935": the far end of a from-to range within a few words."""
    for j in range(k, min(k + 4, len(doc) - 1)):
        if doc[j].lower_ == "to":
            cand = read_number(doc, j + 1)
            if cand is not None and not is_year(doc, cand) and (cand.currency or None) == (first.currency or None):
                return ReadNumber(cand.start, cand.end, cand.value, cand.currency, cand.unit or first.unit)
            return None
        if doc[j].is_punct or doc[j].pos_ in {"VERB", "AUX"}:
            return None
    return None


def is_year(doc: Doc, r: ReadNumber) -> bool:
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


def is_name_number(doc: Doc, r: ReadNumber) -> bool:
    """Numbers that are part of a name: "iPhone 11 Pro", "S&P 500", "Game 6", "Big 12", "Su-27"."""
    tok = doc[r.start]
    if r.currency or r.unit:
        return False
    if tok.ent_type_ in _NAME_LABELS and tok.ent_iob_ != "B":
        return True
    if any(c.isalpha() for c in tok.text) and any(c.isdigit() for c in tok.text) and numeric(tok.text) is None:
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
    if tok.is_title and tok.lower_ in WORD_NUMBERS and tok.i > tok.sent.start and prev is not None \
            and (prev.is_title or prev.pos_ == "PROPN"):
        return True  # "the Kick Six win", "the Big Ten"
    if nxt is not None and nxt.text.upper() in _TIME_ZONES:
        return True  # "(0401 GMT)": a clock time
    return False


def is_apposed_age(doc: Doc, r: ReadNumber) -> bool:
    """"Senard, 65, said" / "Nick Hague 44 has": an age in apposition."""
    if r.end - r.start != 1 or r.currency or r.unit:
        return False
    prev = doc[r.start - 1] if r.start > 0 else None
    nxt = doc[r.end] if r.end < len(doc) else None
    value = numeric(doc[r.start].text)
    if value is None or not (10 <= value[0] <= 110) or prev is None:
        return False
    after_name = prev.ent_type_ == "PERSON" or (prev.text == "," and r.start > 1
                                                and (doc[r.start - 2].ent_type_ == "PERSON"
                                                     or doc[r.start - 2].pos_ == "PROPN"))
    return after_name and (nxt is None or nxt.text == "," or nxt.pos_ in {"AUX", "VERB"})


_MAGNITUDE_FIRST = {phrase.split()[0] for phrase in _MAGNITUDE}


def magnitude_at(doc: Doc, i: int) -> tuple[int, float, float] | None:
    if doc[i].lower_ not in _MAGNITUDE_FIRST:
        return None
    for width in (3, 2, 1):
        phrase = " ".join(t.lower_ for t in doc[i:i + width])
        if phrase in _MAGNITUDE and (width > 1 or i + 1 < len(doc) and doc[i + 1].lower_ == "of"):
            lo, hi = _MAGNITUDE[phrase]
            return i + width, float(lo), float(hi)
    return None


def share_of(doc: Doc, of_at: int) -> str:
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


def fraction_at(doc: Doc, i: int) -> tuple[int, float] | None:
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
