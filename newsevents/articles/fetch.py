"""Fetch an article URL: http(s) only, public addresses only (unless allowed), bounded size and time."""
from __future__ import annotations

import ipaddress
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from urllib.parse import urlsplit

from ..config import Settings
from ..errors import FetchRefused, InputError

MAX_BYTES = 20 * 1024 * 1024
TIMEOUT = 20.0

Fetcher = Callable[[str], tuple[bytes, str | None]]


def is_url(path: str) -> bool:
    return path.lower().startswith(("http://", "https://"))


def _forbidden(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:
        ip = mapped
    return (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved
            or ip.is_multicast or ip.is_unspecified)


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Raise FetchRefused unless `url` is http(s) and its host resolves only to public addresses."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchRefused(f"refused {url}: only http and https URLs are fetched", article_id=url)
    host = parts.hostname
    if not host:
        raise FetchRefused(f"refused {url}: no host", article_id=url)
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, parts.port or None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError(f"cannot resolve host {host}: {exc}", article_id=url) from exc
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        if _forbidden(ip):
            raise FetchRefused(f"refused {url}: host {host} resolves to non-public address {ip}",
                               article_id=url)


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, allow_private: bool):
        self.allow_private = allow_private

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        check_url(newurl, allow_private=self.allow_private)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, *, allow_private: bool = False, max_bytes: int = MAX_BYTES,
          timeout: float = TIMEOUT) -> tuple[bytes, str | None]:
    """Body and Content-Type of `url`. FetchRefused for forbidden addresses; InputError otherwise."""
    check_url(url, allow_private=allow_private)
    opener = urllib.request.build_opener(_CheckedRedirects(allow_private))
    request = urllib.request.Request(url, headers={"User-Agent": "newsevents/0.1"})
    try:
        deadline = time.monotonic() + timeout
        with opener.open(request, timeout=timeout) as resp:
            content_type = resp.headers.get("Content-Type")
            chunks, size = [], 0
            while size <= max_bytes:
                if time.monotonic() > deadline:
                    raise InputError(f"fetching {url} took longer than {timeout:g} s", article_id=url)
                chunk = resp.read(min(65536, max_bytes + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
            body = b"".join(chunks)
    except urllib.error.HTTPError as exc:
        raise InputError(f"HTTP {exc.code} fetching {url}", article_id=url) from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise InputError(f"cannot fetch {url}: {getattr(exc, 'reason', exc)}", article_id=url) from exc
    if len(body) > max_bytes:
        raise InputError(f"response from {url} larger than {max_bytes // (1024 * 1024)} MB", article_id=url)
    return body, content_type


def default_fetcher(settings: Settings) -> Fetcher:
    def _fetch(url: str) -> tuple[bytes, str | None]:
        return fetch(url, allow_private=settings.allow_private_urls)
    return _fetch
