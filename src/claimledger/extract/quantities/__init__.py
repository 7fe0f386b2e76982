"""Quantities: numbers with their qualifier, bounds and counted unit.

"up to 12,000 workers"      -> high 12000, qualifier "<=", unit "worker"
"about 5,000 ... personnel" -> value 5000, qualifier "~", low/high = value -/+ APPROX_BAND
"more than 20,000 containers of ammunition" -> low 20000, qualifier ">", unit "container"
"between $62 and $68"       -> low 62, high 68, qualifier "=", unit "dollar"
"tens of thousands of students" -> low 10000, high 100000 (kind "vague")
Years, dates, ages in apposition and numbers inside names ("Geran-2", "iPhone 11", "S&P 500") are not quantities.

Modules, each reading only those listed before it: ``reading`` (numbers where they stand), ``units`` (what a
number counts), ``qualifiers`` (bounds and changes) and ``extraction`` (``extract_quantities``).
"""
from .extraction import NAME, extract_quantities
from .qualifiers import APPROX_BAND

__all__ = ["APPROX_BAND", "NAME", "extract_quantities"]
