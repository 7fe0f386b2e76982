"""Units that convert: each written unit maps to a base unit of its dimension and a factor.

Two quantities compare only when they share a base unit: "7 miles" and "11 km" both become metres, "640 bhp"
and "470 kW" stay apart (horsepower is kept as its own measure because outlets round it differently). Money is
never converted: exchange rates change with the date of the report. Pure data and functions.
"""
from __future__ import annotations

from functools import lru_cache

# written unit (lower case, singular or as extracted) -> (base unit, factor to the base unit)
_FACTORS: dict[str, tuple[str, float]] = {
    # length
    "km": ("metre", 1000.0), "kilometre": ("metre", 1000.0), "kilometer": ("metre", 1000.0),
    "m": ("metre", 1.0), "metre": ("metre", 1.0), "meter": ("metre", 1.0),
    "cm": ("metre", 0.01), "centimetre": ("metre", 0.01), "centimeter": ("metre", 0.01),
    "mm": ("metre", 0.001), "millimetre": ("metre", 0.001), "millimeter": ("metre", 0.001),
    "μm": ("metre", 1e-6), "micrometre": ("metre", 1e-6), "nanometre": ("metre", 1e-9), "nanometer": ("metre", 1e-9),
    "mile": ("metre", 1609.344), "mi": ("metre", 1609.344), "nautical mile": ("metre", 1852.0),
    "nmi": ("metre", 1852.0), "yard": ("metre", 0.9144), "foot": ("metre", 0.3048), "feet": ("metre", 0.3048),
    "ft": ("metre", 0.3048), "inch": ("metre", 0.0254),
    # area
    "hectare": ("square metre", 1e4), "acre": ("square metre", 4046.8564224), "sq m": ("square metre", 1.0),
    "sqm": ("square metre", 1.0), "square metre": ("square metre", 1.0), "square meter": ("square metre", 1.0),
    "sq km": ("square metre", 1e6), "square kilometre": ("square metre", 1e6),
    "square kilometer": ("square metre", 1e6), "square mile": ("square metre", 2589988.110336),
    "sq ft": ("square metre", 0.09290304), "square foot": ("square metre", 0.09290304),
    # mass
    "kg": ("kilogram", 1.0), "kilogram": ("kilogram", 1.0), "g": ("kilogram", 0.001), "gram": ("kilogram", 0.001),
    "mg": ("kilogram", 1e-6), "milligram": ("kilogram", 1e-6), "tonne": ("kilogram", 1000.0),
    "metric ton": ("kilogram", 1000.0), "ton": ("kilogram", 1000.0), "lb": ("kilogram", 0.45359237),
    "pound-mass": ("kilogram", 0.45359237),
    # volume
    "litre": ("litre", 1.0), "liter": ("litre", 1.0), "l": ("litre", 1.0), "ml": ("litre", 0.001),
    "gallon": ("litre", 3.785411784), "barrel": ("litre", 158.987294928),
    # speed
    "km/h": ("km/h", 1.0), "kph": ("km/h", 1.0), "mph": ("km/h", 1.609344), "m/s": ("km/h", 3.6),
    "knot": ("km/h", 1.852),
    # power and energy
    "w": ("watt", 1.0), "watt": ("watt", 1.0), "kw": ("watt", 1e3), "kilowatt": ("watt", 1e3),
    "mw": ("watt", 1e6), "megawatt": ("watt", 1e6), "gw": ("watt", 1e9), "gigawatt": ("watt", 1e9),
    "tw": ("watt", 1e12), "wh": ("watt hour", 1.0), "kwh": ("watt hour", 1e3), "mwh": ("watt hour", 1e6),
    "gwh": ("watt hour", 1e9), "twh": ("watt hour", 1e12),
    "hp": ("horsepower", 1.0), "bhp": ("horsepower", 1.0), "horsepower": ("horsepower", 1.0),
    "ps": ("horsepower", 0.98632),
    # data, frequency, time spans
    "kb": ("byte", 1e3), "mb": ("byte", 1e6), "gb": ("byte", 1e9), "tb": ("byte", 1e12),
    "hz": ("hertz", 1.0), "khz": ("hertz", 1e3), "mhz": ("hertz", 1e6), "ghz": ("hertz", 1e9),
    "second": ("second", 1.0), "minute": ("second", 60.0), "hour": ("second", 3600.0), "day": ("second", 86400.0),
    "week": ("second", 604800.0),
}
_PLURALS = {"feet": "foot", "inches": "inch", "miles": "mile", "kilometres": "kilometre", "kilometers": "kilometer",
            "metres": "metre", "meters": "meter", "yards": "yard", "tonnes": "tonne", "tons": "ton",
            "kilograms": "kilogram", "grams": "gram", "litres": "litre", "liters": "liter", "gallons": "gallon",
            "barrels": "barrel", "hectares": "hectare", "acres": "acre", "knots": "knot", "lbs": "lb",
            "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "weeks": "week",
            "watts": "watt", "kilowatts": "kilowatt", "megawatts": "megawatt", "gigawatts": "gigawatt",
            "milligrams": "milligram", "millimetres": "millimetre", "centimetres": "centimetre",
            "nautical miles": "nautical mile", "square miles": "square mile", "square feet": "square foot",
            "square kilometres": "square kilometre", "square metres": "square metre"}


@lru_cache(maxsize=4096)
def conversion(unit: str) -> tuple[str, float] | None:
    """(base unit, factor) for a written unit such as "km", "miles" or "barrels of oil"; None when it does not
    convert (counts, money, percentages)."""
    key = " ".join(unit.lower().replace("²", "2").split())
    key = key.split(" of ")[0]
    for candidate in (key, _PLURALS.get(key, key)):
        if candidate in _FACTORS:
            return _FACTORS[candidate]
    return None


def to_base(unit: str, low: float | None, high: float | None) -> tuple[str, float | None, float | None] | None:
    """The bounds in the base unit of ``unit``'s dimension, or None when the unit does not convert."""
    conv = conversion(unit)
    if conv is None:
        return None
    base, factor = conv
    return base, None if low is None else low * factor, None if high is None else high * factor


def unit_label(unit: str) -> str:
    """A written unit as a chart label: singular, without what it counts ("tonnes of diesel" -> "tonne")."""
    key = " ".join(unit.lower().split()).split(" of ")[0]
    return _PLURALS.get(key, key)
