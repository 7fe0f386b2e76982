"""The alias gazetteer: canonical entities with aliases across transliterations, kept as data files."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import GazetteerError
from .match import alias_key, surname_key

NAME = "claimledger.gazetteer.v1"
_LABELS = {"ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP", "PERSON", "EVENT"}


def _abbreviation(text: str) -> str | None:
    """The letters of an abbreviation written in capitals ("ICC", "U.N.", "ЗСУ"); None for any other name."""
    letters = text.strip().replace(".", "")
    return letters if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() else None


@dataclass(frozen=True, slots=True)
class GazetteerEntity:
    id: str
    name: str
    label: str
    type: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    speaks_for: str | None = None
    family: str | None = None
    tagged: bool = True  # False: looked up on the entity recogniser's spans, never tagged by the gazetteer's ruler


@dataclass(frozen=True, slots=True)
class Tenure:
    """One person's term in a post: Emmanuel Macron, president of France, from 14 May 2017."""
    holder: str
    surnames: frozenset[str]  # ``surname_key`` of the name and of its other spellings
    of: str | None  # the gazetteer id of the state or body the post belongs to
    titles: tuple[tuple[str, ...], ...]  # the words of each way the post is written: ("foreign", "minister")
    start: dt.date
    end: dt.date | None  # None while in office

    def held_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    version: str
    entities: dict[str, GazetteerEntity]
    by_key: dict[str, str]  # alias_key -> entity id
    by_domain: dict[str, str]
    tenures: tuple[Tenure, ...] = ()
    _by_surname: dict[str, tuple[Tenure, ...]] = field(default_factory=dict, repr=False)
    # each person's id -> the keys of its one-word aliases (surnames) and of its full names' first words
    people: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict, repr=False)

    def get(self, entity_id: str | None) -> GazetteerEntity | None:
        return self.entities.get(entity_id) if entity_id else None

    def lookup(self, text: str) -> GazetteerEntity | None:
        """The entity whose alias, demonym or domain matches ``text`` (transliteration-aware), if any."""
        key = alias_key(text)
        if not key:
            return None  # nothing in it a name is spelt with
        hit = self.by_key.get(key)
        if hit is None and key.startswith("the"):
            hit = self.by_key.get(key[3:])
        if hit is None:
            hit = self.by_domain.get(_domain(text))
        ent = self.entities.get(hit) if hit else None
        short = _abbreviation(text)
        if ent is not None and short is not None:
            spelt = [_abbreviation(a) for a in ent.aliases if alias_key(a) in {key, key.removeprefix("the")}]
            if spelt and None not in spelt and short not in spelt:
                return None  # an abbreviation is spelt one way: "JCC" is not "ICC", whatever transliteration folds
        return ent

    def speaker(self, entity_id: str | None) -> GazetteerEntity | None:
        """The body an entity speaks for: Pyongyang -> North Korea; an entity speaks for itself otherwise."""
        ent = self.get(entity_id)
        if ent is not None and ent.speaks_for:
            return self.get(ent.speaks_for) or ent
        return ent

    def tenures_of(self, name: str) -> tuple[Tenure, ...]:
        """The terms in office of the people whose surname is the surname of ``name`` (``surname_key``)."""
        return self._by_surname.get(surname_key(name), ())

    def family_of(self, entity_id: str | None) -> str | None:
        """The state or group an entity belongs to, for independence and interested-party checks."""
        ent = self.speaker(entity_id)
        if ent is None:
            return None
        return ent.family or ent.id

    def ruler_patterns(self, tokenize: Any) -> list[dict[str, Any]]:
        """spaCy EntityRuler patterns: short all-caps aliases as exact token patterns, the others as phrases
        matched on lower case (the ruler's phrase matcher, much faster than token patterns)."""
        patterns: list[dict[str, Any]] = []
        seen: set[tuple[str, str]] = set()
        for ent in self.entities.values():
            if ent.tagged:
                surface = [(a, ent.label) for a in ent.aliases] + [(d, "NORP") for d in ent.demonyms]
                surface += [(d, "ORG") for d in ent.domains] + [(f"www.{d}", "ORG") for d in ent.domains]
            elif ent.label == "PERSON":  # a person's name of three words or more is no word of another name
                surface = [(a, ent.label) for a in ent.aliases if len(a.split()) >= 3]  # "Ursula von der Leyen"
            else:
                continue
            for alias, label in surface:
                exact = alias.isupper() and len(alias) <= 6 or alias in {"US", "UN", "EU", "AP"}
                words = [t.text for t in tokenize(alias)]
                if not words:
                    continue
                if not exact:
                    for variant in sorted({alias.replace("’", "'"), alias.replace("'", "’")}):
                        if (variant.lower(), ent.id) not in seen:
                            seen.add((variant.lower(), ent.id))
                            patterns.append({"label": label, "pattern": variant, "id": ent.id})
                    continue
                pattern = [_token_pattern("ORTH", w) for w in words]
                sig = (str(pattern), ent.id)
                if sig in seen:
                    continue
                seen.add(sig)
                patterns.append({"label": label, "pattern": pattern, "id": ent.id})
        return patterns


def _token_pattern(attr: str, word: str) -> dict[str, Any]:
    """One token of an alias; straight and curly apostrophes match each other ("Korea's" ~ "Korea’s")."""
    if "'" in word or "’" in word:
        return {attr: {"IN": sorted({word.replace("’", "'"), word.replace("'", "’")})}}
    return {attr: word}


def _domain(text: str) -> str:
    t = text.strip().lower()
    for prefix in ("https://", "http://"):
        if t.startswith(prefix):
            t = t[len(prefix):]
    t = t.split("/")[0]
    return t[4:] if t.startswith("www.") else t


def _as_tuple(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise GazetteerError(f"{where}: expected a list, got {type(value).__name__}")
    return tuple(str(v) for v in value)


_TITLE_FILLERS = frozenset({"of", "the", "for"})


def _day(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise GazetteerError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from exc


def _parse_offices(raw_offices: Any, origin: str) -> dict[tuple[str | None, str], list[Tenure]]:
    """The ``offices`` list of one file: its terms, under the post's key ("of" and its first title)."""
    if raw_offices is None:
        return {}
    if not isinstance(raw_offices, list):
        raise GazetteerError(f"{origin}: 'offices' must be a list")
    posts: dict[tuple[str | None, str], list[Tenure]] = {}
    for i, raw in enumerate(raw_offices):
        where = f"{origin}: office #{i + 1}"
        if not isinstance(raw, dict) or not raw.get("titles") or not isinstance(raw.get("holders"), list):
            raise GazetteerError(f"{where}: every office needs 'titles' and a list of 'holders'")
        of = str(raw["of"]) if raw.get("of") else None
        titles = tuple(tuple(w for w in t.lower().split() if w not in _TITLE_FILLERS)
                       for t in _as_tuple(raw["titles"], where))
        tenures = []
        for j, holder in enumerate(raw["holders"]):
            at = f"{where}, holder #{j + 1}"
            if not isinstance(holder, dict) or not holder.get("name") or not holder.get("from"):
                raise GazetteerError(f"{at}: every holder needs 'name' and 'from'")
            name = str(holder["name"])
            start = _day(holder["from"], at)
            end = _day(holder["to"], at) if holder.get("to") else None
            if end is not None and end < start:
                raise GazetteerError(f"{at}: {name} leaves office before taking it")
            surnames = frozenset(surname_key(n) for n in (name, *_as_tuple(holder.get("also"), at))) - {""}
            tenures.append(Tenure(name, surnames, of, titles, start, end))
        posts[(of, " ".join(titles[0]))] = tenures
    return posts


def _parse(data: Any, origin: str) -> tuple[str, list[GazetteerEntity]]:
    if not isinstance(data, dict) or not isinstance(data.get("entities", []), list):
        raise GazetteerError(f"{origin}: expected a mapping with an 'entities' list")
    out = []
    for i, raw in enumerate(data.get("entities", [])):
        where = f"{origin}: entity #{i + 1}"
        if not isinstance(raw, dict) or not raw.get("id") or not raw.get("name"):
            raise GazetteerError(f"{where}: every entity needs 'id' and 'name'")
        label = str(raw.get("label", "ORG"))
        if label not in _LABELS:
            raise GazetteerError(f"{where} ({raw['id']}): label {label!r} is not one of {sorted(_LABELS)}")
        aliases = _as_tuple(raw.get("aliases"), where)
        out.append(GazetteerEntity(
            id=str(raw["id"]), name=str(raw["name"]), label=label, type=str(raw.get("type", "")),
            aliases=tuple(dict.fromkeys((str(raw["name"]),) + aliases)),
            demonyms=_as_tuple(raw.get("demonyms"), where), domains=_as_tuple(raw.get("domains"), where),
            speaks_for=raw.get("speaks_for"), family=raw.get("family"), tagged=raw.get("tagged", True) is not False))
    return str(data.get("version", "unversioned")), out


def _read_yaml(text: str, origin: str) -> Any:
    try:
        return yaml.safe_load(text)
    except (yaml.YAMLError, ValueError) as exc:  # ValueError: a date YAML reads as one, such as 2020-13-01
        raise GazetteerError(f"{origin}: not valid YAML: {exc}") from exc


def build_gazetteer(sources: list[tuple[str, str]]) -> Gazetteer:
    """Merge gazetteer texts in order; a later entity with the same id replaces an earlier one."""
    entities: dict[str, GazetteerEntity] = {}
    posts: dict[tuple[str | None, str], list[Tenure]] = {}
    versions = []
    for text, origin in sources:
        data = _read_yaml(text, origin)
        version, parsed = _parse(data, origin)
        versions.append(version)
        for ent in parsed:
            entities[ent.id] = ent
        posts.update(_parse_offices(data.get("offices"), origin))
    tenures = tuple(t for terms in posts.values() for t in terms)
    by_surname: dict[str, list[Tenure]] = {}
    for tenure in tenures:
        for key in tenure.surnames:
            by_surname.setdefault(key, []).append(tenure)
    by_key: dict[str, str] = {}
    by_domain: dict[str, str] = {}
    for ent in entities.values():
        for alias in ent.aliases + ent.demonyms:
            by_key.setdefault(alias_key(alias), ent.id)
        for d in ent.domains:
            by_domain[d.lower()] = ent.id
    people = {ent.id: (frozenset(alias_key(a) for a in ent.aliases if " " not in a),
                       frozenset(alias_key(a.split()[0]) for a in ent.aliases if " " in a))
              for ent in entities.values() if ent.label == "PERSON"}
    return Gazetteer(version="+".join(versions), entities=entities, by_key=by_key, by_domain=by_domain,
                     tenures=tenures, _by_surname={k: tuple(v) for k, v in by_surname.items()}, people=people)


@lru_cache(maxsize=8)
def load_gazetteer(extra_files: tuple[str, ...] = ()) -> Gazetteer:
    """The bundled gazetteer merged with the user's alias files (loaded once per set of files)."""
    bundled = resources.files("claimledger.resolve").joinpath("data/gazetteer.yaml").read_text(encoding="utf-8")
    sources = [(bundled, "bundled gazetteer")]
    for f in extra_files:
        try:
            sources.append((Path(f).read_text(encoding="utf-8"), f))
        except OSError as exc:
            raise GazetteerError(f"cannot read alias file {f}: {exc}") from exc
    return build_gazetteer(sources)
