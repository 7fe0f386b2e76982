"""Time expressions resolved against the publication date into intervals with a granularity and a role.

"at the end of October" (published 2025-11-15) -> 2025-10-21..2025-10-31, month, event
"since October last year"                      -> 2024-10-01..2025-11-15, month, since
"by 2025"                                      -> 2025-01-01..2025-12-31, year, deadline
Without a publication date a relative expression keeps null dates and says why; a year is never guessed.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator

from ..model import Granularity, TimeExpression, TimeRole

NAME = "claimledger.times.v1"

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
             "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "several": 3, "few": 3}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
            "last": 4, "final": 4}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_UNRESOLVED = "unresolved: no publication date to anchor a relative expression"

_MONTH = r"(?P<month>" + "|".join(sorted((m for m in MONTHS), key=len, reverse=True)) + r")\.?"
_PREFIX = (r"(?:(?P<prefix>since|from|starting(?: in| from)?|beginning(?: in)?|until|till|through|by|before|after|"
           r"in|on|during|throughout|at|as of|as early as|as late as|no later than|up to)\s+)?")
_PART = (r"(?:(?P<part>(?:at |in |by |until |since )?the (?:very )?end of|the beginning of|the start of|the middle of|"
         r"end of|beginning of|start of|middle of|early|late|mid-?|earlier in|later in)\s*)?")
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_REL = r"(?P<rel>last|this|next|past|previous|coming|current)"
_UNIT = r"(?P<unit>year|month|week|quarter|summer|winter|spring|autumn|fall|weekend)"

# every pattern starts at a word start: the engine then tries only there, not at every character
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(r"\b" + p, re.I)) for name, p in [
    ("week_of", _PREFIX + r"the\s+week\s+of\s+(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH +
     r"|(?P<month2>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)"
     r"(?:,?\s+" + _YEAR + r")?\b"),
    ("ago", r"(?P<n>\d+|a|an|" + "|".join(NUM_WORDS) + r")\s+(?P<aunit>days?|weeks?|months?|years?)\s+ago\b"),
    ("weekend", r"(?P<wkprep>over|during|at|on|this)\s+(?:the\s+)?weekend\b"),
    ("day_month", _PREFIX + _PART + r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH +
     r"(?:,?\s+" + _YEAR + r")?\b"),
    ("month_day", _PREFIX + _PART + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+" + _YEAR + r")?"),
    ("month", _PREFIX + _PART + r"(?:(?P<mrel>last|this|next|past)\s+)?" + _MONTH +
     r"(?:,?\s+(?:of\s+)?" + _YEAR + r"|\s+(?P<yrel>last|this|next) year)?\b"),
    ("quarter", _PREFIX + r"(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+quarter"
     r"(?:\s+of\s+(?:" + _YEAR + r"|(?P<qrel>last|this|next) year))?\b"),
    ("qnum", _PREFIX + r"\bQ(?P<q>[1-4])\s+" + _YEAR + r"\b"),
    ("half", _PREFIX + r"(?:the\s+)?(?P<half>first|second)\s+half\s+of\s+(?:" + _YEAR +
     r"|(?P<hrel>last|this|next) year)\b"),
    ("span", _PREFIX + r"(?:the\s+)?(?P<srel>past|last|previous|next|coming)\s+(?P<n>\d+|" +
     "|".join(NUM_WORDS) + r")\s+(?P<sunit>days|weeks|months|years)\b"),
    ("within", r"(?P<wrel>earlier|later)\s+this\s+(?P<wunit>year|month|week)\b"),
    ("relative", _PREFIX + _PART + _REL + r"\s+" + _UNIT + r"\b"),
    ("season", _PREFIX + _PART + r"(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+of\s+" + _YEAR
     + r")?\b"),
    ("current", _PREFIX + _PART + r"the\s+(?P<cunit>year|month|week)\b"),
    ("year", _PREFIX + _PART + r"(?:the\s+year\s+)?" + _YEAR + r"\b(?!\s*(?:[-–]|to)\s*\d)"),
    ("weekday", _PREFIX + r"(?:(?P<drel>last|next|this)\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b"),
    ("deictic", _PREFIX + r"(?P<deictic>yesterday|today|tomorrow|tonight)\b"),
]]


# Each pattern's match holds one of its anchor's words, at most `_WORDS_BEFORE` word starts after the match's own
# start. Trying a full pattern, optional prefix and part first, at every word of a long text costs more than all the
# rest of the time rules, so the text is searched for the anchors and each pattern tried only at the word starts just
# before them (`_matches`). An anchor opens at a word boundary with its first letters, which lets the engine skip to
# them; but the words of a month, a season or a year may follow a part glued to them ("mid-October", "midOctober"),
# so their anchors need no boundary, and count where one, or the end of a part's last word, comes before them
# (`_anchor_starts`).
_WORDS_BEFORE = 12  # "as early as at the very end of 1st of October": 10 word starts before the month
_GLUE = ("of", "early", "late", "mid", "in")


def _anchor(*words: str, glued: bool = False) -> re.Pattern[str]:
    return re.compile(("" if glued else r"\b") + "(?=[" + "".join(sorted({w[0] for w in words})) + "])(?:"
                      + "|".join(words) + ")", re.I)


_MONTH_ANCHOR = _anchor(*sorted(MONTHS, key=len, reverse=True), glued=True)
_ANCHORS: dict[str, re.Pattern[str]] = {
    "week_of": _anchor("week"), "ago": _anchor("ago"), "weekend": _anchor("weekend"),
    "day_month": _MONTH_ANCHOR, "month_day": _MONTH_ANCHOR, "month": _MONTH_ANCHOR,
    "quarter": _anchor("quarter"), "qnum": _anchor("Q[1-4]"), "half": _anchor("half"),
    "span": _anchor("days", "weeks", "months", "years"), "within": _anchor("earlier", "later"),
    "relative": _anchor("year", "month", "week", "quarter", "summer", "winter", "spring", "autumn", "fall"),
    "season": _anchor("spring", "summer", "autumn", "fall", "winter", glued=True),
    "current": _anchor("year", "month", "week"),
    "year": _anchor(r"1[89]\d\d", r"20\d\d", glued=True), "weekday": _anchor(*WEEKDAYS),
    "deictic": _anchor("yesterday", "today", "tomorrow", "tonight"),
}
_WORD_START = re.compile(r"\b\w")


def _anchor_starts(anchor: re.Pattern[str], text: str) -> list[int]:
    """Where ``anchor`` matches at a word boundary, or right after a word that ends a glued part."""
    return [a for m in anchor.finditer(text) if (a := m.start()) == 0 or not (text[a - 1].isalnum() or
                                                                           text[a - 1] == "_")
            or text[max(0, a - 5):a].lower().endswith(_GLUE)]


def _matches(pattern: re.Pattern[str], text: str, word_starts: list[int], anchors: list[int]
             ) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, in order, trying the pattern only up to `_WORDS_BEFORE` word starts
    before each of its anchors: a position that fails fails again when a second anchor's window holds it, and one
    before the last match's end is passed over, as ``finditer`` passes over it."""
    end = 0
    for anchor in anchors:
        k = bisect_right(word_starts, anchor)
        for at in word_starts[max(0, k - _WORDS_BEFORE - 1):k]:
            if at >= end and (m := pattern.match(text, at)) is not None:
                yield m
                end = m.end()


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _part_of(part: str | None, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """"the end of October" -> the last third of the month (or the last quarter of a year)."""
    if not part:
        return start, end
    p = part.lower()
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):  # a whole year: thirds by month
        y = start.year
        if "end" in p or "late" in p:
            return dt.date(y, 9, 1), end
        if "beginning" in p or "start" in p or "early" in p:
            return start, dt.date(y, 4, 30)
        if "mid" in p or "middle" in p:
            return dt.date(y, 5, 1), dt.date(y, 8, 31)
        return start, end
    days = (end - start).days + 1
    third = days // 3
    if "end" in p or "late" in p:
        return end - dt.timedelta(days=days - 2 * third - 1), end
    if "beginning" in p or "start" in p or "early" in p:
        return start, start + dt.timedelta(days=third - 1)
    if "mid" in p or "middle" in p:
        return start + dt.timedelta(days=third), start + dt.timedelta(days=2 * third - 1)
    return start, end


def _role(prefix: str | None) -> TimeRole:
    p = (prefix or "").lower()
    if p.startswith(("since", "from", "starting", "beginning", "as of")):
        return TimeRole.SINCE
    if p in {"until", "till", "through", "up to"}:
        return TimeRole.UNTIL
    if p in {"by", "before", "no later than"}:
        return TimeRole.DEADLINE
    return TimeRole.EVENT


def _rel_year(rel: str | None, published: dt.date) -> int:
    return published.year + {"last": -1, "next": 1}.get((rel or "").lower(), 0)


def _looks_future(text: str, start: int) -> bool:
    window = text[max(0, start - 80):start].lower()
    return bool(re.search(r"\b(will|shall|plans? to|scheduled|expected to|is to|are to|going to|next)\b", window))


def _resolve(name: str, m: re.Match[str], published: dt.date | None, text: str
             ) -> tuple[dt.date | None, dt.date | None, Granularity, str | None]:
    g = m.groupdict()
    year = int(g["year"]) if g.get("year") else None
    part = g.get("part")
    if name == "week_of":  # the ISO week (Monday to Sunday) that holds the date
        month = MONTHS[(g.get("month") or g["month2"]).lower()]
        day = int(g.get("day") or g["day2"])
        if year is None:
            if published is None:
                return None, None, Granularity.WEEK, _UNRESOLVED
            year = published.year if (month, day) <= (published.month, published.day) or _looks_future(
                text, m.start()) else published.year - 1
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None, None, Granularity.WEEK, "not a calendar date"
        monday = d - dt.timedelta(days=d.weekday())
        return monday, monday + dt.timedelta(days=6), Granularity.WEEK, None
    if name in {"day_month", "month_day"}:
        month = MONTHS[g["month"].lower()]
        day = int(g["day"])
        if year is None:
            if published is None:
                return None, None, Granularity.DAY, _UNRESOLVED
            year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None, None, Granularity.DAY, "not a calendar date"
        return d, d, Granularity.DAY, None
    if name == "month":
        month = MONTHS[g["month"].lower()]
        if year is None:
            if published is None:
                return None, None, Granularity.MONTH, _UNRESOLVED
            rel = (g.get("mrel") or "").lower()
            if g.get("yrel"):
                year = _rel_year(g["yrel"], published)
            elif rel == "next" or (_role(g.get("prefix")) == TimeRole.DEADLINE or _looks_future(text, m.start())) \
                    and rel != "last" and month > published.month:
                year = published.year if month > published.month else published.year + 1
            elif rel == "last" and month >= published.month:
                year = published.year - 1
            else:
                year = published.year if month <= published.month else published.year - 1
        s, e = _part_of(part, *_month_bounds(year, month))
        return s, e, Granularity.MONTH, None
    if name in {"quarter", "qnum"}:
        q = int(g["q"]) if g.get("q") else ORDINALS[g["ord"].lower()]
        if year is None:
            if published is None:
                return None, None, Granularity.QUARTER, _UNRESOLVED
            year = _rel_year(g.get("qrel"), published) if g.get("qrel") else (
                published.year if q <= (published.month - 1) // 3 + 1 else published.year - 1)
        s = dt.date(year, 3 * q - 2, 1)
        return s, _month_bounds(year, 3 * q)[1], Granularity.QUARTER, None
    if name == "half":
        if year is None:
            if published is None:
                return None, None, Granularity.MONTH, _UNRESOLVED
            year = _rel_year(g.get("hrel"), published)
        if g["half"].lower() == "first":
            return dt.date(year, 1, 1), dt.date(year, 6, 30), Granularity.MONTH, None
        return dt.date(year, 7, 1), dt.date(year, 12, 31), Granularity.MONTH, None
    if name == "year":
        s, e = _part_of(part, dt.date(year or 1, 1, 1), dt.date(year or 1, 12, 31))
        return s, e, Granularity.YEAR, None
    if name == "season":
        season = g["season"].lower()
        first, last = _SEASONS[season]
        if year is None:
            if published is None:
                return None, None, Granularity.MONTH, _UNRESOLVED
            year = published.year if first <= published.month or season == "winter" else published.year - 1
        if season == "winter":
            return dt.date(year, 12, 1), _month_bounds(year + 1, 2)[1], Granularity.MONTH, None
        s, e = _part_of(part, dt.date(year, first, 1), _month_bounds(year, last)[1])
        return s, e, Granularity.MONTH, None
    if published is None:
        gran = {"span": Granularity.DAY, "weekday": Granularity.DAY, "deictic": Granularity.DAY,
                "ago": Granularity.DAY, "weekend": Granularity.DAY}.get(name, Granularity.MONTH)
        return None, None, gran, _UNRESOLVED
    if name == "ago":  # "two weeks ago": the day, week, month or year that far back
        raw = g["n"].lower()
        n = int(raw) if raw.isdigit() else 1 if raw in {"a", "an"} else NUM_WORDS.get(raw, 1)
        unit = g["aunit"].lower().rstrip("s")
        if unit == "day":
            d = published - dt.timedelta(days=n)
            return d, d, Granularity.DAY, None
        if unit == "week":
            monday = published - dt.timedelta(days=published.weekday()) - dt.timedelta(weeks=n)
            return monday, monday + dt.timedelta(days=6), Granularity.WEEK, None
        if unit == "month":
            y, mo = divmod(published.year * 12 + published.month - 1 - n, 12)
            s, e = _month_bounds(y, mo + 1)
            return s, e, Granularity.MONTH, None
        return dt.date(published.year - n, 1, 1), dt.date(published.year - n, 12, 31), Granularity.YEAR, None
    if name == "weekend":  # the weekend just past, or the coming one when the sentence looks ahead
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        if _looks_future(text, m.start()) or g["wkprep"].lower() == "this" and published.weekday() < 5:
            saturday += dt.timedelta(days=7) if saturday <= published - dt.timedelta(days=1) else dt.timedelta(0)
        return saturday, saturday + dt.timedelta(days=1), Granularity.DAY, None
    if name == "span":
        raw = g["n"].lower()
        n = int(raw) if raw.isdigit() else NUM_WORDS.get(raw, 1)
        unit = g["sunit"].lower()
        days = {"days": 1, "weeks": 7, "months": 30, "years": 365}[unit] * n
        if g["srel"].lower() in {"next", "coming"}:
            return published, published + dt.timedelta(days=days), Granularity.DAY, None
        return published - dt.timedelta(days=days), published, Granularity.DAY, None
    if name == "current":
        unit = g["cunit"].lower()
        if unit == "year":
            s, e = _part_of(part, dt.date(published.year, 1, 1), dt.date(published.year, 12, 31))
            return s, e, Granularity.YEAR, None
        if unit == "month":
            s, e = _part_of(part, *_month_bounds(published.year, published.month))
            return s, e, Granularity.MONTH, None
        monday = published - dt.timedelta(days=published.weekday())
        return monday, monday + dt.timedelta(days=6), Granularity.WEEK, None
    if name == "within":
        unit = g["wunit"].lower()
        if unit == "year":
            s, e, gran = dt.date(published.year, 1, 1), dt.date(published.year, 12, 31), Granularity.YEAR
        elif unit == "month":
            (s, e), gran = _month_bounds(published.year, published.month), Granularity.MONTH
        else:
            s = published - dt.timedelta(days=published.weekday())
            e, gran = s + dt.timedelta(days=6), Granularity.WEEK
        return (s, published, gran, None) if g["wrel"].lower() == "earlier" else (published, e, gran, None)
    if name == "relative":
        rel = g["rel"].lower()
        unit = g["unit"].lower()
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
        if unit == "year":
            y = published.year + step
            s, e = _part_of(part, dt.date(y, 1, 1), dt.date(y, 12, 31))
            return s, e, Granularity.YEAR, None
        if unit == "month":
            y, mo = divmod(published.year * 12 + published.month - 1 + step, 12)
            s, e = _part_of(part, *_month_bounds(y, mo + 1))
            return s, e, Granularity.MONTH, None
        if unit in {"week", "weekend"}:
            monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
            if unit == "weekend":
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), Granularity.DAY, None
            return monday, monday + dt.timedelta(days=6), Granularity.WEEK, None
        if unit == "quarter":
            qi = (published.year * 4 + (published.month - 1) // 3) + step
            y, q = divmod(qi, 4)
            return dt.date(y, 3 * q + 1, 1), _month_bounds(y, 3 * q + 3)[1], Granularity.QUARTER, None
        season = _SEASONS[unit]
        y = published.year + step
        if unit == "winter":
            return dt.date(y - 1, 12, 1), _month_bounds(y, 2)[1], Granularity.MONTH, None
        return dt.date(y, season[0], 1), _month_bounds(y, season[1])[1], Granularity.MONTH, None
    if name == "weekday":
        wd = WEEKDAYS[g["weekday"].lower()]
        rel = (g.get("drel") or "").lower()
        back = (published.weekday() - wd) % 7
        if rel == "next" or (rel != "last" and _looks_future(text, m.start())):
            ahead = (wd - published.weekday()) % 7 or 7
            d = published + dt.timedelta(days=ahead)
        else:
            d = published - dt.timedelta(days=back or (7 if rel == "last" else 0))
        return d, d, Granularity.DAY, None
    if name == "deictic":
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[g["deictic"].lower()]
        d = published + dt.timedelta(days=shift)
        return d, d, Granularity.DAY, None
    raise AssertionError(name)  # pragma: no cover


def extract_times(text: str, published: dt.date | None) -> list[TimeExpression]:
    """Every time expression in ``text``, left to right, without overlaps. Pure."""
    taken: list[tuple[int, int]] = []  # the spans found, sorted; they never overlap, so their ends are sorted too
    found: list[TimeExpression] = []
    word_starts = [m.start() for m in _WORD_START.finditer(text)]
    anchors = {anchor: _anchor_starts(anchor, text) for anchor in set(_ANCHORS.values())}
    for name, pattern in _PATTERNS:
        for m in _matches(pattern, text, word_starts, anchors[_ANCHORS[name]]):
            s, e = m.start(), m.end()
            k = bisect_left(taken, (e,))  # the spans before k start before e; only the last of them can reach s
            if s == e or k and taken[k - 1][1] > s:
                continue
            if name == "month" and m.group("month").lower() in {"may", "march", "mar", "jan", "jun", "aug",
                                                                "sep", "oct", "nov", "dec", "feb", "apr", "jul"} \
                    and not (m.group("prefix") or m.group("year") or m.group("part") or m.group("mrel")
                             or m.group("month")[0].isupper() and m.group("month").lower() != "may"):
                continue
            if name == "month" and m.group("month").lower() == "may" and not (
                    m.group("year") or m.group("prefix") or m.group("part") or m.group("mrel")):
                continue
            if name == "month" and not m.group("month")[0].isupper():
                continue
            if name == "year" and not (m.group("prefix") or m.group("part")):
                continue
            if name == "weekday" and not m.group("weekday")[0].isupper():
                continue
            if name == "current" and not (m.group("prefix") or m.group("part")):
                continue  # "the year" alone is not a date; "by the end of the year" is
            if name == "season" and m.group("season").lower() == "fall" and not (m.group("prefix")
                                                                                or m.group("year")):
                continue  # "prices fall"
            start_date, end_date, gran, note = _resolve(name, m, published, text)
            role = _role(m.groupdict().get("prefix"))
            if role == TimeRole.SINCE and start_date is not None and published is not None and end_date is not None \
                    and end_date < published:
                end_date = published
            elif role == TimeRole.UNTIL and start_date is not None:
                start_date = None
            insort(taken, (s, e))
            found.append(TimeExpression(start=s, end=e, text=text[s:e], role=role, start_date=start_date,
                                        end_date=end_date, granularity=gran, note=note))
    found.sort(key=lambda t: t.start)
    return found
