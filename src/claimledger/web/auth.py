"""Access: no login on loopback; API tokens with roles (viewer, analyst, admin) everywhere else."""
from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass

from ..errors import ConfigError

ROLES = ("viewer", "analyst", "admin")
WRITE_ROLES = {"analyst", "admin"}
CSRF_COOKIE = "cl_csrf"  # the double-submit token of the web forms
TOKEN_COOKIE = "cl_token"  # an API token a browser session signed in with


@dataclass(frozen=True, slots=True)
class Principal:
    name: str
    role: str

    @property
    def can_write(self) -> bool:
        return self.role in WRITE_ROLES


LOCAL = Principal("local analyst", "admin")


def parse_tokens(spec: str | None) -> dict[str, Principal]:
    """"TOKEN:role[:name],TOKEN:role" -> {token: Principal}; tokens must be long enough to guess."""
    out: dict[str, Principal] = {}
    for part in (spec or "").split(","):
        part = part.strip()
        if not part:
            continue
        bits = part.split(":")
        if len(bits) < 2 or bits[1] not in ROLES:
            raise ConfigError(f"token entry {bits[0][:4]}...: expected TOKEN:ROLE with ROLE one of {', '.join(ROLES)}")
        if len(bits[0]) < 16:
            raise ConfigError("API tokens must be at least 16 characters long")
        out[bits[0]] = Principal(bits[2] if len(bits) > 2 else f"{bits[1]}-{bits[0][:4]}", bits[1])
    return out


def is_loopback(host: str) -> bool:
    if host in {"localhost"}:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_bind(host: str, tokens: dict[str, Principal]) -> None:
    """Binding beyond loopback without tokens would publish the ledger to the network: refuse."""
    if not is_loopback(host) and not tokens:
        raise ConfigError(f"refusing to serve on {host} without API tokens: set CLAIMLEDGER_TOKENS="
                          f"'TOKEN:viewer,TOKEN:analyst' (or --tokens), or bind to 127.0.0.1")


def lookup(tokens: dict[str, Principal], presented: str | None) -> Principal | None:
    if not presented:
        return None
    for token, principal in tokens.items():
        if secrets.compare_digest(token, presented):
            return principal
    return None
