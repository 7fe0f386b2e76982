"""The source registry: default reliability letters by canonical entity id, as data."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from ..errors import ConfigError

LETTERS = "ABCDEF"


@dataclass(frozen=True, slots=True)
class RegistryEntry:
    reliability: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class SourceRegistry:
    version: str
    default: str
    entries: dict[str, RegistryEntry]

    def reliability(self, entity_id: str | None) -> RegistryEntry | None:
        return self.entries.get(entity_id) if entity_id else None

    def with_override(self, entity_id: str, letter: str, note: str = "") -> SourceRegistry:
        if letter not in LETTERS:
            raise ConfigError(f"reliability must be one of {', '.join(LETTERS)}, not {letter!r}")
        entries = dict(self.entries)
        entries[entity_id] = RegistryEntry(letter, note)
        return SourceRegistry(self.version, self.default, entries)


def parse_registry(text: str, origin: str, base: SourceRegistry | None = None) -> SourceRegistry:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{origin}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("sources", {}), dict):
        raise ConfigError(f"{origin}: expected a mapping with a 'sources' mapping")
    entries = dict(base.entries) if base else {}
    for eid, raw in (data.get("sources") or {}).items():
        letter = str(raw.get("reliability", "") if isinstance(raw, dict) else raw).upper()
        if letter not in LETTERS:
            raise ConfigError(f"{origin}: source {eid!r}: reliability must be one of A-F, not {letter!r}")
        entries[str(eid)] = RegistryEntry(letter, str(raw.get("note", "")) if isinstance(raw, dict) else "")
    default = str(data.get("default", base.default if base else "F")).upper()
    version = str(data.get("version", "unversioned"))
    return SourceRegistry(f"{base.version}+{version}" if base else version, default, entries)


@lru_cache(maxsize=8)
def load_registry(extra_file: str | None = None) -> SourceRegistry:
    bundled = resources.files("claimledger.grade").joinpath("data/sources.yaml").read_text(encoding="utf-8")
    reg = parse_registry(bundled, "bundled source registry")
    if extra_file:
        try:
            text = Path(extra_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read source registry {extra_file}: {exc}") from exc
        reg = parse_registry(text, extra_file, reg)
    return reg
