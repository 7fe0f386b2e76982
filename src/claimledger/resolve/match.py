"""Transliteration-aware alias keys and mention resolution."""
from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from ..model import stable_id

if TYPE_CHECKING:
    from .gazetteer import Gazetteer, GazetteerEntity

_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієґї",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
     "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "ye", "g", "yi"], strict=True))
# Spelling variants that transliterations of one name differ by; applied to the romanised, lower-cased key.
_FOLDS = (("shch", "sh"), ("kh", "h"), ("yu", "u"), ("ya", "a"), ("ye", "e"), ("yi", "i"), ("iy", "i"),
          ("y", "i"), ("j", "i"), ("w", "v"), ("ck", "k"), ("c", "k"), ("q", "k"), ("ph", "f"),
          ("ou", "u"), ("oo", "u"), ("ee", "i"), ("eo", "o"), ("ae", "e"))
_NON_ALNUM = re.compile(r"[^0-9a-z\uac00-\ud7a3]+")
_DOUBLE = re.compile(r"(.)\1+")
_DOUBLE_DIGRAPH = re.compile(r"(zh|sh|ch|kh|ts)\1")
_POSSESSIVE = re.compile(r"['’]s\b")


def alias_key(text: str) -> str:
    """A key under which spelling variants of one name meet: "Geran-2" ~ "Geran 2", "Kyiv" ~ "Kiev"."""
    t = _POSSESSIVE.sub("", text.strip().lower())
    t = "".join(_CYRILLIC.get(ch, ch) for ch in t)
    t = unicodedata.normalize("NFKD", t)
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = _NON_ALNUM.sub("", t)
    t = _DOUBLE_DIGRAPH.sub(r"\1", t)  # Zaporizhzhia ~ Zaporizhia
    for a, b in _FOLDS:
        t = t.replace(a, b)
    return _DOUBLE.sub(r"\1", t)


def local_entity_id(label: str, text: str) -> str:
    """An id for an entity the gazetteer does not know: stable across documents for the same spelling."""
    return stable_id(label, alias_key(text), prefix="ent_")


def resolve_mention(gazetteer: Gazetteer, text: str, label: str,
                    ruler_id: str | None = None) -> tuple[str, str, GazetteerEntity | None]:
    """(entity_id, canonical name, gazetteer entity or None) for one mention."""
    ent = gazetteer.get(ruler_id) if ruler_id else None
    if ent is None:
        ent = gazetteer.lookup(text)
    if ent is not None:
        return ent.id, ent.name, ent
    return local_entity_id(label, text), text.strip(), None
