"""``extract_quantities``: every quantity in a parsed document, read, qualified, bounded and given its unit."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Doc

from ...model import Quantity
from ..numbers import VAGUE
from .qualifiers import bounded, bounds, change_before, change_of_event, make_quantity, qualifier_before, requalified
from .reading import (
    WORD_NUMBERS,
    ReadNumber,
    fraction_at,
    from_to_end,
    is_apposed_age,
    is_name_number,
    is_year,
    magnitude_at,
    numeric,
    range_ends,
    range_of_change,
    read_number,
    same_kind,
    share_of,
)
from .units import unit_after, unit_name

NAME = "claimledger.quantities.v2"


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans sorted and merged where they overlap, so that one look-up finds the span holding a place."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _in_spans(i: int, starts: Sequence[int], spans: Sequence[tuple[int, int]], doc: Doc) -> bool:
    """Whether token ``i`` starts inside one of ``spans`` (merged, ``starts`` their starts): a binary search, since
    a long document has many dates and many numbers."""
    c = doc[i].idx
    k = bisect_right(starts, c) - 1
    return k >= 0 and c < spans[k][1]


def extract_quantities(doc: Doc, exclude_char_spans: Iterable[tuple[int, int]] = ()) -> list[Quantity]:
    """Every quantity in ``doc``; character spans in ``exclude_char_spans`` (dates) are skipped. Pure."""
    excluded = _merged(exclude_char_spans)
    starts = [s for s, _ in excluded]
    out: list[Quantity] = []
    n = len(doc)
    i = 0
    while i < n:
        if _in_spans(i, starts, excluded, doc):
            i += 1
            continue
        mag = magnitude_at(doc, i)
        if mag is not None:
            end, lo, hi = mag
            unit, after, _kind = unit_after(doc, ReadNumber(i, end, lo))
            out.append(make_quantity(doc, i, max(after, end), None, lo, hi, "=", unit, "vague"))
            i = max(after, end)
            continue
        frac = fraction_at(doc, i)
        if frac is not None:
            end, value = frac
            q, q_start = qualifier_before(doc, i)
            out.append(bounded(doc, q_start, end, value, q, share_of(doc, end), "fraction"))
            i = end + 1
            continue
        low = doc[i].lower_
        if low in {"several", "a few", "few", "numerous"} or low == "a" and i + 1 < n and doc[i + 1].lower_ == "few":
            end = i + (2 if low == "a" else 1)
            r = ReadNumber(i, end, float(VAGUE["several"]))
            unit, after, _kind = unit_after(doc, r)
            if unit and end < n and doc[end].pos_ in {"NOUN", "PROPN", "ADJ"}:
                out.append(make_quantity(doc, i, after, None, 3.0, None, ">=", unit, "vague"))
                i = after
                continue
        if low == "one" and i + 2 < n and doc[i + 1].lower_ == "of" and doc[i].dep_ != "nummod":
            # "one of the best screens": a count of one that news quantity sets annotate
            noun = next((t for t in doc[i + 2:min(n, i + 8)] if t.pos_ in {"NOUN", "PROPN"}), None)
            if noun is not None and any(t.tag_ in {"JJS", "RBS"} or t.lower_ in {"the", "its", "their"}
                                        for t in doc[i + 2:noun.i]):
                described = " ".join(t.text for t in doc[i + 2:noun.i + 1] if t.pos_ in {"ADJ", "NOUN", "PROPN"})
                out.append(make_quantity(doc, i, noun.i + 1, 1.0, None, None, "=", described or unit_name(noun),
                                         "count"))
                i = noun.i + 1
                continue
        read = read_number(doc, i)
        if read is None or doc[read.start].tag_ == "JJ" and doc[read.start].lower_ not in WORD_NUMBERS \
                and numeric(doc[read.start].text) is None:
            i += 1
            continue
        if read.start > 0 and doc[read.start - 1].lower_ == "per" or is_year(doc, read) or is_name_number(doc, read):
            i = read.end
            continue
        if read.start > 0 and doc[read.start - 1].lower_ in {"aged", "ages", "ageing"}:
            # "men aged 18 to 34": who is counted, not a count
            i = read.end + (2 if read.end + 1 < n and doc[read.end].lower_ in {"to", "-", "and"} else 0)
            continue
        if is_apposed_age(doc, read):  # "Senard, 65, said": an age, kept apart from the counts by its kind
            out.append(make_quantity(doc, read.start, read.end, read.value, None, None, "=", "year-old", "age"))
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
        range_high: ReadNumber | None = None
        if k + 1 < n and doc[k].lower_ in {"-", "–", "to", "and", "to-"}:
            prev_word = doc[first.start - 1].lower_ if first.start > 0 else ""
            cand = read_number(doc, k + 1)
            if cand is not None and (doc[k].lower_ != "and" or prev_word == "between") and \
                    (doc[k].lower_ in {"-", "–", "to-"} or prev_word in {"from", "between"} or
                     doc[k].lower_ == "to" and (first.currency or unit_first or cand.currency)
                     or doc[k].lower_ == "to" and doc[cand.end].pos_ == "NOUN" if cand.end < n else False) \
                    and not is_year(doc, cand) and same_kind(doc, first, unit_first, cand) \
                    and (prev_word != "by" or range_of_change(doc, first, cand)):
                range_high = cand
        elif k < n and first.start > 0 and doc[first.start - 1].lower_ == "from":
            range_high = from_to_end(doc, first, k)
        if range_high is not None:
            lo_v, hi_v = range_ends(doc, first, range_high)
            merged = ReadNumber(first.start, range_high.end, hi_v, first.currency or range_high.currency,
                           range_high.unit or first.unit or unit_first)
            _qualifier, q_start = qualifier_before(doc, first.start)  # the span takes in "about"
            if first.start > 0 and doc[first.start - 1].lower_ in {"between", "from"}:
                q_start = first.start - 1
            change = change_before(doc, q_start) if q_start > 0 and doc[q_start - 1].lower_ == "by" else None
            unit, after, kind = unit_after(doc, merged)
            if not unit and range_high.start > first.end + 1:  # "from 208 pounds to 193"
                unit, _after, kind = unit_after(doc, first)
            out.append(make_quantity(doc, q_start, after, None, min(lo_v, hi_v), max(lo_v, hi_v),
                             change or "=", unit, kind))  # a range already carries its uncertainty
            i = max(after, merged.end)
            continue
        qualifier, q_start = qualifier_before(doc, read.start)
        if doc[read.start].text.lower().startswith("sub-"):
            qualifier = "<"
        elif approx or qualifier == "=" and q_start > 0 and doc[q_start - 1].pos_ == "VERB" \
                and doc[q_start - 1].lemma_.lower() == "average":
            qualifier = "~"  # "averaged 7.3 points": an average is an approximate value
        change = change_before(doc, q_start) if qualifier == "=" else None
        if qualifier == "~" and change is None:
            change = change_of_event(doc, q_start)  # "rose about 1.5%"; "is up about 15%" stays approximate
        unit, after, kind = unit_after(doc, read)
        if after < n and doc[after].lower_ in {"or", "and"} and after + 1 < n and doc[after + 1].lower_ == "more":
            qualifier, after = ">=", after + 2
        if change is not None:
            _v, band_low, band_high, _q = bounds(read.value, qualifier)  # the approximation stays in the bounds
            out.append(make_quantity(doc, q_start, after, read.value, band_low, band_high, change, unit, kind))
        else:
            out.append(bounded(doc, q_start, after, read.value, qualifier, unit, kind))
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
            out[k] = requalified(cur, prev.qualifier)  # "were down 2.3%, Burlington by 2.6%"
    return out
