"""Date resolution against fixed publication dates: (text, published, start, end, role)."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimledger.extract.times import _ANCHORS, _PATTERNS, _WORD_START, _anchor_starts, _matches, extract_times

D = dt.date
TABLE = [
    ("at the end of October", "2025-11-15", "2025-10-21", "2025-10-31", "event"),
    ("since September", "2025-11-15", "2025-09-01", "2025-11-15", "since"),
    ("since October last year", "2025-11-15", "2024-10-01", "2025-11-15", "since"),
    ("by 2025", "2024-03-01", "2025-01-01", "2025-12-31", "deadline"),
    ("in April", "2025-11-15", "2025-04-01", "2025-04-30", "event"),
    ("in December", "2025-11-15", "2024-12-01", "2024-12-31", "event"),
    ("since September 2023", "2025-11-15", "2023-09-01", "2025-11-15", "since"),
    ("in August 2024", "2025-11-15", "2024-08-01", "2024-08-31", "event"),
    ("last year", "2025-11-15", "2024-01-01", "2024-12-31", "event"),
    ("this year", "2025-03-02", "2025-01-01", "2025-12-31", "event"),
    ("next year", "2025-03-02", "2026-01-01", "2026-12-31", "event"),
    ("on Thursday", "2025-11-15", "2025-11-13", "2025-11-13", "event"),
    ("Friday", "2025-11-15", "2025-11-14", "2025-11-14", "event"),
    ("earlier this month", "2025-11-15", "2025-11-01", "2025-11-15", "event"),
    ("next week", "2025-11-15", "2025-11-17", "2025-11-23", "event"),
    ("last week", "2025-11-15", "2025-11-03", "2025-11-09", "event"),
    ("the past two weeks", "2025-11-15", "2025-11-01", "2025-11-15", "event"),
    ("in the week of 3 November", "2025-11-15", "2025-11-03", "2025-11-09", "event"),
    ("the week of March 4, 2024", "2025-11-15", "2024-03-04", "2024-03-10", "event"),
    ("two weeks ago", "2025-11-15", "2025-10-27", "2025-11-02", "event"),
    ("three days ago", "2025-11-15", "2025-11-12", "2025-11-12", "event"),
    ("six months ago", "2025-11-15", "2025-05-01", "2025-05-31", "event"),
    ("over the weekend", "2025-11-12", "2025-11-08", "2025-11-09", "event"),
    ("this weekend", "2025-11-12", "2025-11-15", "2025-11-16", "event"),
    ("the third quarter", "2025-11-15", "2025-07-01", "2025-09-30", "event"),
    ("in the first half of 2024", "2025-11-15", "2024-01-01", "2024-06-30", "event"),
    ("the second half of 2023", "2025-11-15", "2023-07-01", "2023-12-31", "event"),
    ("15 March 2023", "2025-11-15", "2023-03-15", "2023-03-15", "event"),
    ("March 3, 2024", "2025-11-15", "2024-03-03", "2024-03-03", "event"),
    ("until June 2026", "2025-11-15", None, "2026-06-30", "until"),
    ("before 2030", "2025-11-15", "2030-01-01", "2030-12-31", "deadline"),
    ("in mid-2023", "2025-11-15", "2023-05-01", "2023-08-31", "event"),
    ("early March", "2025-11-15", "2025-03-01", "2025-03-10", "event"),
    ("late May", "2025-11-15", "2025-05-21", "2025-05-31", "event"),
    ("yesterday", "2025-11-15", "2025-11-14", "2025-11-14", "event"),
    ("today", "2025-11-15", "2025-11-15", "2025-11-15", "event"),
    ("last month", "2025-01-10", "2024-12-01", "2024-12-31", "event"),
    ("Q2 2024", "2025-11-15", "2024-04-01", "2024-06-30", "event"),
    ("from January", "2025-11-15", "2025-01-01", "2025-11-15", "since"),
    ("last October", "2025-11-15", "2025-10-01", "2025-10-31", "event"),
    ("in May last year", "2025-11-15", "2024-05-01", "2024-05-31", "event"),
    ("in 2014", "2025-11-15", "2014-01-01", "2014-12-31", "event"),
    ("since 2022", "2025-11-15", "2022-01-01", "2025-11-15", "since"),
    ("on 24 February 2022", "2025-11-15", "2022-02-24", "2022-02-24", "event"),
    ("at the beginning of 2025", "2025-11-15", "2025-01-01", "2025-04-30", "event"),
    ("the end of last year", "2025-11-15", "2024-09-01", "2024-12-31", "event"),
    ("Jan. 5", "2025-11-15", "2025-01-05", "2025-01-05", "event"),
    # anchored to Wednesday 12 June 2024
    ("on Monday", "2024-06-12", "2024-06-10", "2024-06-10", "event"),
    ("next Tuesday", "2024-06-12", "2024-06-18", "2024-06-18", "event"),
    ("last Friday", "2024-06-12", "2024-06-07", "2024-06-07", "event"),
    ("this week", "2024-06-12", "2024-06-10", "2024-06-16", "event"),
    ("the past three months", "2024-06-12", "2024-03-14", "2024-06-12", "event"),
    ("last summer", "2024-06-12", "2023-06-01", "2023-08-31", "event"),
    ("in the spring", "2024-06-12", "2024-03-01", "2024-05-31", "event"),
    ("in early 2024", "2024-06-12", "2024-01-01", "2024-04-30", "event"),
    ("by the end of the year", "2024-06-12", "2024-09-01", "2024-12-31", "deadline"),
    ("until March", "2024-06-12", None, "2024-03-31", "until"),
    ("since 2014", "2024-06-12", "2014-01-01", "2024-06-12", "since"),
    ("in late 2023", "2024-06-12", "2023-09-01", "2023-12-31", "event"),
    ("the fourth quarter of 2023", "2024-06-12", "2023-10-01", "2023-12-31", "event"),
    ("Q1 2025", "2024-06-12", "2025-01-01", "2025-03-31", "event"),
    ("earlier this year", "2024-06-12", "2024-01-01", "2024-06-12", "event"),
    ("later this month", "2024-06-12", "2024-06-12", "2024-06-30", "event"),
    ("next month", "2024-06-12", "2024-07-01", "2024-07-31", "event"),
    ("the next two years", "2024-06-12", "2024-06-12", "2026-06-12", "event"),
    ("by June 30, 2024", "2024-06-12", "2024-06-30", "2024-06-30", "deadline"),
    ("as of May", "2024-06-12", "2024-05-01", "2024-06-12", "since"),
    ("throughout 2021", "2024-06-12", "2021-01-01", "2021-12-31", "event"),
    ("in mid-May", "2024-06-12", "2024-05-11", "2024-05-20", "event"),
    ("last weekend", "2024-06-12", "2024-06-08", "2024-06-09", "event"),
    ("tomorrow", "2024-06-12", "2024-06-13", "2024-06-13", "event"),
    ("Sept. 11, 2001", "2024-06-12", "2001-09-11", "2001-09-11", "event"),
    ("in the winter of 2022", "2024-06-12", "2022-12-01", "2023-02-28", "event"),
]


@pytest.mark.parametrize("text,published,start,end,role", TABLE, ids=[t[0] for t in TABLE])
def test_resolution(text, published, start, end, role):
    found = extract_times(text, D.fromisoformat(published))
    assert len(found) == 1, found
    t = found[0]
    assert t.text == text
    assert (t.start_date.isoformat() if t.start_date else None) == start
    assert (t.end_date.isoformat() if t.end_date else None) == end
    assert t.role.value == role


@pytest.mark.parametrize("text", ["since October last year", "in April", "on Thursday", "last week"])
def test_unknown_publication_date_stays_unresolved(text):
    t = extract_times(text, None)[0]
    assert t.start_date is None and t.end_date is None and t.note and "unresolved" in t.note


def test_may_the_verb_is_not_a_month():
    assert extract_times("Troops may leave soon.", D(2025, 1, 1)) == []


@pytest.mark.parametrize("text", ["Prices fall when supply grows.", "The year was hard.", "He said the week ahead"
                                  " is busy for the team."])
def test_words_that_only_look_like_dates(text):
    assert [t.text for t in extract_times(text, D(2025, 1, 1))] in ([], ["the week"]) and not any(
        t.text.lower() in {"fall", "the year"} for t in extract_times(text, D(2025, 1, 1)))


@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2090, 12, 31)), st.integers(1, 12))
def test_month_interval_is_ordered_and_not_in_the_future(published, month):
    import calendar

    t = extract_times(f"in {calendar.month_name[month]}", published)[0]
    assert t.start_date is not None and t.end_date is not None
    assert t.start_date <= t.end_date
    assert t.start_date <= published
    assert t.start_date.month == month


def _both_ways(text):
    """Each pattern's matches as the anchored search finds them, and as trying it at every position does."""
    word_starts = [m.start() for m in _WORD_START.finditer(text)]
    for name, pattern in _PATTERNS:
        anchored = [m.span() for m in _matches(pattern, text, word_starts, _anchor_starts(_ANCHORS[name], text))]
        yield name, anchored, [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", [
    "The convoy left as early as at the very end of 1st of October 2024, officials said.",
    "Shelling resumed in mid-October and again midNovember, then lateMarch 2023 and latewinter of 2022.",
    "The depot burned since   \n\n  the  beginning  of\tMay last year, two  days   ago.",
    "Chicago's mayor said the March market in Q3 2024 would reopen the week of 12 March, not the third quarter.",
    "Talks earlier this year, over the weekend and on Monday followed the past 14 days of strikes in 1999.",
])
def test_the_anchored_search_finds_what_every_position_finds(text):
    found = list(_both_ways(text))
    assert any(anchored for _, anchored, _ in found)
    for name, anchored, everywhere in found:
        assert anchored == everywhere, name


_PIECES = st.sampled_from([
    "as early as", "at the very end of", "the beginning of", "mid-", "mid", "late", "early", "since", "no later than",
    "the", "year", "week", "of", "1st", "12", "2024", "1999", "October", "Oct.", "may", "May", "spring", "fall",
    "last", "next", "this", "Monday", "today", "ago", "days", "weeks", "Q2", "quarter", "half", "first", "weekend",
    "over", "earlier", "later", "said", "Chicago", "summary", ",", "-", "two", "past",
])
_GAPS = st.sampled_from([" ", "  ", "\n", "", " - ", ", "])


@given(st.lists(st.tuples(_PIECES, _GAPS), max_size=30))
def test_the_anchored_search_agrees_on_any_run_of_time_words(pieces):
    text = "".join(word + gap for word, gap in pieces)
    for name, anchored, everywhere in _both_ways(text):
        assert anchored == everywhere, name
