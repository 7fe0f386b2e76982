from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.extract.numbers import format_number, parse_number_words

CASES = [
    ("Russia plans to bring up to 12,000 workers.", "up to 12,000 workers", None, None, 12000, "<=", "worker"),
    ("NIS said about 5,000 military construction personnel were sent.", "about 5,000 military construction personnel",
     5000, 4500, 5500, "~", "personnel"),
    ("Almost 10,000 soldiers are stationed there.", "Almost 10,000 soldiers", 10000, 9000, 10000, "~", "soldier"),
    ("It supplied more than 20,000 containers of ammunition.", "more than 20,000 containers", None, 20000, None, ">",
     "container"),
    ("At least 40 people were killed.", "At least 40 people", None, 40, None, ">=", "people"),
    ("The fund holds $1.5 billion in reserves.", "1.5 billion", 1.5e9, None, None, "=", "dollar"),
    ("Between 3,000 and 4,000 troops crossed.", "Between 3,000 and 4,000 troops", None, 3000, 4000, "=", "troop"),
    ("Prices ranged from $800,000 to $1.3 million.", "from $800,000 to $1.3 million", None, 800000, 1300000, "=",
     "dollar"),
    ("Fees will rise between 5% and 6%.", "between 5% and 6%", None, 5, 6, "=", "percent"),
    ("Fees will rise by 6%.", "6%", 6, None, None, "up", "percent"),
    ("They had 3 to 4 million shells.", "3 to 4 million shells", None, 3000000, 4000000, "=", "shell"),
    ("It holds USD10m in cash.", "USD10m", 10000000, None, None, "=", "dollar"),
    ("Amazon has 35m devices installed.", "35m devices", 35000000, None, None, "=", "device"),
    ("A third of those screened were obese.", "A third of", 1 / 3, None, None, "=", "%"),
    ("One fourth of the US population is vaccinated.", "One fourth", 0.25, None, None, "=", "% US population"),
    ("Sales jumped 90 per cent to US $7.2 billion.", "US $7.2 billion", 7.2e9, None, None, "=", "dollar"),
    ("Blackmores was up 9.4 per cent to $84.", "9.4 per cent", 9.4, None, None, "up", "percent"),
    ("The Dow lost 190 points, or 0.6%.", "0.6%", 0.6, None, None, "down", "percent"),
    ("The plan is to grow sales by 35 per cent.", "35 per cent", 35, None, None, "up", "percent"),
    ("The grid frequency fell to 49.55 Hz.", "49.55 Hz", 49.55, None, None, "down", "Hz"),
    ("It makes just under 296 hp (224 kW).", "224 kW", None, None, 224, "<", "kW"),
    ("A trial starts with a 5kW solar system.", "5kW", 5, None, None, "=", "kW"),
    ("Homes cost from $10 to $15 billion.", "$10 to $15 billion", None, 1e10, 1.5e10, "=", "dollar"),
    ("He dropped from 208 pounds to 193.", "208 pounds to 193", None, 193, 208, "=", "pound"),
    ("It was unemployed for one to two years.", "one to two years", None, 1, 2, "=", "year"),
    ("Sales rose to 3.9 million headsets, up from 2.4 million in 2017.", "2.4 million", 2.4e6, None, None, "=",
     "headsets"),
    ("He has 517 rushing yards this season.", "517 rushing yards", 517, None, None, "=", "yards"),
    ("Tuners pushed past the 1000 hp barrier.", "1000 hp", 1000, None, None, "=", "hp"),
    ("The refinery makes 52,000 barrel-a-day.", "52,000 barrel-a-day", 52000, None, None, "=", "barrel per day"),
    ("The pitch is ~1.2mm wide.", "~1.2mm", 1.2, 1.08, 1.32, "~", "mm"),
    ("He averaged 7.3 points a game.", "7.3 points", 7.3, 6.57, 8.03, "~", "point"),
    ("Index funds are up about 15 percent this year.", "about 15 percent", 15, 13.5, 16.5, "~", "percent"),
    ("Ross was down 2.3%, Burlington by 2.6%.", "2.6%", 2.6, None, None, "down", "percent"),
    ("It sold 4.3M digital and physical copies.", "4.3M", 4.3e6, None, None, "=", "copies"),
    ("It is one of the best wireless speakers around.", "one of the best wireless speakers", 1, None, None, "=",
     "best wireless speakers"),
    ("Nearly two - thirds of the voters stayed home.", "Nearly two - thirds", 2 / 3, 0.6, 2 / 3, "~", "% voters"),
    ("Fewer than 300 people voted.", "Fewer than 300 people", None, None, 300, "<", "people"),
    ("Exports rose 6.5% last year.", "6.5%", 6.5, None, None, "up", "percent"),
    ("Output fell by 3,000 tonnes.", "3,000 tonnes", 3000, None, None, "down", "tonne"),
    ("Two dozen drones were shot down.", "Two dozen drones", 24, None, None, "=", "drone"),
    ("Dozens of civilians fled the town.", "Dozens of civilians", None, 12, 120, "=", "civilian"),
    ("Shares rose about 1.5% in early trading.", "about 1.5%", 1.5, 1.35, 1.65, "up", "percent"),
    ("Pensions will increase by around 1 percent.", "around 1 percent", 1, 0.9, 1.1, "up", "percent"),
    ("It will boost the range by about 35 miles.", "about 35 miles", 35, 31.5, 38.5, "~", "mile"),
    ("The deficit increased by $43.6 billion to $419.2 billion.", "$419.2 billion", 4.192e11, None, None, "=",
     "dollar"),
    ("Prices could rise by 5 to 10 percent.", "5 to 10 percent", None, 5, 10, "up", "percent"),
    ("Tens of thousands of students study there.", "Tens of thousands of students", None, 10000, 100000, "=",
     "student"),
]


@pytest.mark.parametrize("text,span,value,low,high,qualifier,unit", CASES, ids=[c[1] for c in CASES])
def test_quantity(analyze, text, span, value, low, high, qualifier, unit):
    qs = analyze(text).quantities
    match = [q for q in qs if span in q.text or q.text in span]
    assert match, f"no quantity in {[q.text for q in qs]}"
    q = match[0]
    assert (q.value, q.low, q.high) == pytest.approx((value, low, high))
    assert q.qualifier == qualifier
    assert unit in q.unit


@pytest.mark.parametrize("text", [
    "The treaty was ratified in November 2024.",
    "Shahed-136 and Geran-2 drones hit the city.",
    "The S&P 500 rose 0.2% and the iPhone 11 Pro sold well.",
    "The temple was built between A.D. 1000 and 1260.",
    "Most men aged 18 to 34 follow the league.",
    "Futures on the S&P 500 index rose before the bell.",
    "The strike began at 0401 GMT on Friday.",
])
def test_years_dates_ages_and_names_are_not_quantities(analyze, text):
    values = {q.value for q in analyze(text).quantities} | {q.low for q in analyze(text).quantities}
    assert not values & {2024, 136, 2, 500, 11, 1000, 1260, 18, 34, 401}


@pytest.mark.parametrize("text,age", [("Senard, 65, now faces the task.", 65),
                                      ("Maddon, 66, has used the downtime.", 66),
                                      ("A 2,900 year-old site was found.", 2900)])
def test_ages_are_kept_apart_from_counts(analyze, text, age):
    ages = [q for q in analyze(text).quantities if q.kind == "age"]
    assert [q.value for q in ages] == [age]
    assert ages[0].unit.endswith("-old")


@given(st.integers(min_value=1, max_value=10**12))
def test_number_format_round_trip(n):
    assert parse_number_words([format_number(float(n))]) == n


@settings(max_examples=40, deadline=None)
@given(n=st.integers(min_value=21, max_value=999_999), phrase=st.sampled_from(
    [("up to", "<="), ("about", "~"), ("more than", ">"), ("at least", ">="), ("fewer than", "<"), ("", "=")]))
def test_qualified_count_round_trip(analyze, n, phrase):
    words, qualifier = phrase
    q = [x for x in analyze(f"Officials counted {words} {format_number(n)} vehicles.".replace("  ", " ")).quantities]
    assert len(q) == 1
    assert q[0].qualifier == qualifier and q[0].unit == "vehicles" and q[0].unit_key == "vehicle"
    point = q[0].value if q[0].value is not None else (q[0].high if qualifier in {"<", "<="} else q[0].low)
    assert point == n
    lo = q[0].low if q[0].low is not None else float("-inf")
    hi = q[0].high if q[0].high is not None else float("inf")
    assert lo <= n <= hi


def test_a_number_inside_any_of_overlapping_excluded_spans_is_skipped(nlp):
    from claimledger.extract.quantities.extraction import extract_quantities
    text = "On 4 May 2022 and 12 May 2022 the port moved 300 tonnes of grain."
    doc = nlp(text)
    # a span that holds the "12", and a shorter one inside it that starts later and ends before the "12"
    whole = (text.index("4 May"), text.index(" the port"))
    inner = (text.index("May 2022"), text.index("May 2022") + 8)
    found = [q.text for q in extract_quantities(doc, [whole, inner])]
    assert len(found) == 1 and found[0].startswith("300 tonnes")
