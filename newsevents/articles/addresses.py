"""Which URLs may be fetched: http(s) only, and only hosts whose every address is public.

A URL naming a private, loopback, link-local (cloud metadata) or otherwise non-public address, or a
host name resolving to one, is refused unless the settings allow it: `allow_private_urls` allows every
address, `allowed_networks` (comma-separated CIDR blocks) allows only those, as tests allow 127.0.0.1.
The addresses checked are returned so the caller connects to exactly them (no second DNS answer).
"""
from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urlsplit

from ..config import Settings
from ..errors import FetchRefused, InputError

IP = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]

_REFUSED = [(ipaddress.ip_network(net), why) for net, why in (
    ("0.0.0.0/8", "an unspecified address"),
    ("127.0.0.0/8", "a loopback address"),
    ("10.0.0.0/8", "a private address"),
    ("172.16.0.0/12", "a private address"),
    ("192.168.0.0/16", "a private address"),
    ("169.254.0.0/16", "a link-local address (where cloud metadata services answer)"),
    ("100.64.0.0/10", "a shared carrier-grade NAT address"),
    ("::/128", "an unspecified address"),
    ("::1/128", "a loopback address"),
    ("fc00::/7", "a unique local (private) address"),
    ("fe80::/10", "a link-local address"),
)]


def is_url(path: str) -> bool:
    return path.lower().startswith(("http://", "https://"))


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for `host` (what a connection could end up using)."""
    infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    return list(dict.fromkeys(info[4][0].split("%", 1)[0] for info in infos))


def non_public_reason(ip: IP) -> str | None:
    """Why `ip` is not a public address, or None when it is."""
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:
        ip = mapped
    for net, why in _REFUSED:
        if ip.version == net.version and ip in net:
            return why
    if ip.is_multicast:
        return "a multicast address"
    if not ip.is_global:
        return "a reserved (non-public) address"
    return None


def allowed_networks(settings: Settings) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    try:
        return [ipaddress.ip_network(n.strip(), strict=False)
                for n in settings.allowed_networks.split(",") if n.strip()]
    except ValueError as exc:
        raise InputError(f"setting allowed_networks: {exc}") from exc


def check_url(url: str, settings: Settings, *, resolve: Resolver = system_resolver) -> list[str]:
    """The addresses to connect to for `url`; FetchRefused naming the URL and the reason otherwise.

    With `allow_private_urls` nothing is resolved here and the empty list means "connect by name".
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchRefused(f"refused {url}: only http and https URLs are fetched", article_id=url)
    host = parts.hostname
    if not host:
        raise FetchRefused(f"refused {url}: no host", article_id=url)
    if settings.allow_private_urls:
        return []
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError as exc:
        raise FetchRefused(f"refused {url}: {exc}", article_id=url) from exc
    literal = True
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        literal = False
        try:
            addresses = resolve(host, port)
        except (OSError, UnicodeError) as exc:
            raise InputError(f"cannot resolve host {host} of {url}: {exc}", article_id=url) from exc
    if not addresses:
        raise InputError(f"cannot resolve host {host} of {url}: no address", article_id=url)
    allowed = allowed_networks(settings)
    for address in addresses:
        ip = ipaddress.ip_address(address)
        why = non_public_reason(ip)
        if why and not any(ip.version == n.version and ip in n for n in allowed):
            named = "is" if literal else f"resolves to {address},"
            raise FetchRefused(f"refused {url}: host {host} {named} {why}; set NEWSEVENTS_ALLOW_PRIVATE_URLS=1 "
                               f"or NEWSEVENTS_ALLOWED_NETWORKS to allow it", article_id=url)
    return addresses
