"""Fetch URLs safely: http(s) only, public addresses only (checked at every redirect), size and time limits."""
from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from ..errors import FetchRefused

MAX_REDIRECTS = 5


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    content: bytes
    content_type: str


def _resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchRefused(f"cannot resolve host {host!r}: {exc}") from exc
    return sorted({str(info[4][0]) for info in infos})


def check_url(url: str, resolve: bool = True, allow_private: bool = False) -> tuple[str, int]:
    """Refuse anything but http(s) to public addresses; returns (host, port). ``allow_private`` admits private
    and loopback addresses for an analyst's own intranet archive; it never admits other schemes."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise FetchRefused(f"{url}: only http and https URLs are fetched, not {parts.scheme or 'no scheme'!r}")
    if not parts.hostname:
        raise FetchRefused(f"{url}: no host")
    if parts.username or parts.password:
        raise FetchRefused(f"{url}: URLs with credentials are not fetched")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    host = parts.hostname
    addresses = [host] if _is_ip(host) else (_resolve(host, port) if resolve else [])
    for addr in addresses:
        ip = ipaddress.ip_address(addr.split("%")[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        if (not ip.is_global or ip.is_multicast) and not (allow_private and (ip.is_private or ip.is_loopback)):
            raise FetchRefused(f"{url}: {host} resolves to {ip}, a private, loopback, link-local or reserved "
                               f"address; claimledger fetches only public addresses")
    return host, port


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return False


def fetch_url(url: str, *, max_bytes: int, timeout: float = 20.0, allow_private: bool = False) -> Fetched:
    import httpx

    current = url
    with httpx.Client(follow_redirects=False, timeout=timeout, headers={"User-Agent": "claimledger/0.1"}) as client:
        for _ in range(MAX_REDIRECTS + 1):
            check_url(current, allow_private=allow_private)
            try:
                with client.stream("GET", current) as resp:
                    if resp.is_redirect:
                        location = resp.headers.get("location")
                        if not location:
                            raise FetchRefused(f"{current}: redirect without a location")
                        current = urljoin(current, location)
                        continue
                    if resp.status_code >= 400:
                        raise FetchRefused(f"{current}: HTTP {resp.status_code}")
                    declared = int(resp.headers.get("content-length") or 0)
                    if declared > max_bytes:
                        raise FetchRefused(f"{current}: {declared:,} bytes is over the limit of {max_bytes:,}")
                    body = bytearray()
                    for chunk in resp.iter_bytes():
                        body += chunk
                        if len(body) > max_bytes:
                            raise FetchRefused(f"{current}: response is over the limit of {max_bytes:,} bytes")
                    return Fetched(current, bytes(body), resp.headers.get("content-type", ""))
            except httpx.HTTPError as exc:
                raise FetchRefused(f"{current}: {type(exc).__name__}: {exc}") from exc
    raise FetchRefused(f"{url}: more than {MAX_REDIRECTS} redirects")
