from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimledger.link.crossdoc import ClaimView, ranges_compatible
from claimledger.model import Quantity
from claimledger.units import conversion, to_base


def _q(value: float, unit: str, kind: str = "measure") -> Quantity:
    return Quantity(0, 1, "x", value, None, None, "=", unit, kind)


@pytest.mark.parametrize("a,b", [((7, "miles"), (11.265, "km")), ((47, "feet"), (14.33, "metres")),
                                 ((1, "tonne"), (2204.6, "lb")), ((60, "mph"), (96.56, "km/h")),
                                 ((1, "GW"), (1000, "MW"))])
def test_the_same_measure_in_two_units_has_one_measure_and_close_bounds(a, b):
    qa, qb = _q(*a), _q(*b)
    assert qa.measure == qb.measure
    assert qa.base_bounds()[0] == pytest.approx(qb.base_bounds()[0], rel=0.01)


def test_money_counts_and_ages_do_not_convert():
    assert conversion("dollar") is None and conversion("soldiers") is None
    assert _q(44, "year-old", "age").measure != _q(44, "year", "measure").measure


def _view(claim_id: str, q: Quantity) -> ClaimView:
    return ClaimView(claim_id, f"doc-{claim_id}", "asserts", (), ((q.measure, *q.base_bounds()),))


def test_converted_ranges_contradict_and_agree():
    miles = _view("a", _q(7, "miles"))
    assert ranges_compatible(miles, _view("b", _q(11, "km"))) is True
    assert ranges_compatible(miles, _view("c", _q(30, "km"))) is False


@given(value=st.floats(min_value=1e-3, max_value=1e9), unit=st.sampled_from(["km", "mile", "foot", "kg", "lb",
                                                                                "barrel", "mph", "kW"]))
def test_to_base_scales_linearly(value, unit):
    base, low, high = to_base(unit, value, 2 * value) or ("", 0.0, 0.0)
    assert base and low is not None and high is not None
    assert high == pytest.approx(2 * low)
