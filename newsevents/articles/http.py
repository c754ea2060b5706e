"""The one HTTP client of newsevents: checked addresses, robots.txt, per-host pace, bounded time and size.

Every request, and every redirect hop, goes through `check_url` and then connects to the address that
was checked (the URL is rewritten to the IP, with the Host header and TLS server name of the original
host), so a second DNS answer cannot swap in a private address. Redirects are followed here, never by
httpx. Tests inject an httpx transport, a resolver and a clock.
"""
from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Self
from urllib.parse import urljoin, urlsplit

import httpx

from ..config import Settings
from ..errors import FetchRefused, InputError
from .addresses import Resolver, check_url, system_resolver

USER_AGENT = "newsevents"
MAX_REDIRECTS = 5
ROBOTS_MAX_BYTES = 512 * 1024
REDIRECT_CODES = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class Response:
    """A fetched body (status 200..299) or a 304 answer to a conditional GET (empty body)."""
    url: str                        # after redirects
    status: int
    content_type: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None


class HostPace:
    """At least `interval` seconds between two requests to one host (robots.txt may ask for more)."""

    def __init__(self, interval: float, clock: Callable[[], float], sleep: Callable[[float], None]):
        self.interval = interval
        self.clock, self.sleep = clock, sleep
        self._next: dict[str, float] = {}
        self._delay: dict[str, float] = {}

    def ask_for(self, host: str, seconds: float) -> None:
        self._delay[host] = seconds

    def wait(self, host: str) -> None:
        now = self.clock()
        due = self._next.get(host, now)
        if due > now:
            self.sleep(due - now)
            now = due
        self._next[host] = now + max(self.interval, self._delay.get(host, 0.0))


class HttpClient:
    """GET with the address rules, robots.txt (cached per host), pace, timeouts and a size cap."""

    def __init__(self, settings: Settings, *, transport: httpx.BaseTransport | None = None,
                 resolve: Resolver = system_resolver, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.settings = settings
        self.resolve = resolve
        self.clock = clock
        self.pace = HostPace(settings.fetch_interval, clock, sleep)
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}
        timeout = httpx.Timeout(settings.fetch_timeout, connect=min(10.0, settings.fetch_timeout))
        # no proxies from the environment: the address rules hold only for direct connections
        self._client = httpx.Client(transport=transport, timeout=timeout, follow_redirects=False,
                                    trust_env=False, headers={"User-Agent": USER_AGENT},
                                    limits=httpx.Limits(max_keepalive_connections=0))

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str, *, headers: Mapping[str, str] | None = None) -> Response:
        """The response to GET `url` (2xx, or 304 to a conditional GET), redirects followed.

        FetchRefused: forbidden address or scheme, robots.txt disallows. InputError: HTTP error status,
        timeout, too large, connection failure. Both name `url` (and the hop that failed).
        """
        response = self._follow(url, headers or {}, self.settings.fetch_max_bytes, robots=True)
        if response.status == 304 or 200 <= response.status < 300:
            return response
        where = "" if response.url == url else f" (redirected to {response.url})"
        raise InputError(f"HTTP {response.status} fetching {url}{where}", article_id=url)

    def _follow(self, url: str, headers: Mapping[str, str], max_bytes: int, *, robots: bool) -> Response:
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            try:
                addresses = check_url(current, self.settings, resolve=self.resolve)
                if robots:
                    self._check_robots(current)
                response = self._request(current, addresses, headers, max_bytes)
            except FetchRefused as exc:
                if current == url:
                    raise
                raise FetchRefused(f"refused {url}: redirected to {exc.message.removeprefix('refused ')}",
                                   article_id=url) from exc
            except InputError as exc:
                if current == url:
                    raise
                raise InputError(f"{exc.message} (redirected from {url})", article_id=url) from exc
            if isinstance(response, Response):
                return response
            current = urljoin(current, response)
        raise InputError(f"more than {MAX_REDIRECTS} redirects fetching {url}", article_id=url)

    def _request(self, url: str, addresses: list[str], headers: Mapping[str, str], max_bytes: int) -> Response | str:
        """One request to the checked `addresses`, no redirect followed: the Response, or the Location
        a redirect points to."""
        host = urlsplit(url).hostname or ""
        target = httpx.URL(url)
        extensions = {}
        send_headers = dict(headers)
        if addresses:                                   # connect to the checked address, not a new lookup
            send_headers["Host"] = target.netloc.decode("ascii")
            extensions["sni_hostname"] = host
            target = target.copy_with(host=addresses[0])
        self.pace.wait(host)
        deadline = self.clock() + 3 * self.settings.fetch_timeout
        try:
            with self._client.stream("GET", target, headers=send_headers, extensions=extensions) as resp:
                if resp.status_code in REDIRECT_CODES and resp.headers.get("Location"):
                    return resp.headers["Location"]
                ok = 200 <= resp.status_code < 300
                body = self._read(resp, url, max_bytes, deadline) if ok else b""     # an error page is not read
                return Response(url=url, status=resp.status_code, content_type=resp.headers.get("Content-Type"),
                                body=body, etag=resp.headers.get("ETag"),
                                last_modified=resp.headers.get("Last-Modified"))
        except httpx.TimeoutException as exc:
            raise InputError(f"timed out fetching {url} after {self.settings.fetch_timeout:g} s "
                             f"({type(exc).__name__})", article_id=url) from exc
        except (httpx.HTTPError, OSError) as exc:
            raise InputError(f"cannot fetch {url}: {exc or type(exc).__name__}", article_id=url) from exc

    def _read(self, resp: httpx.Response, url: str, max_bytes: int, deadline: float) -> bytes:
        """The body, streamed and abandoned as soon as it passes `max_bytes` or the deadline."""
        too_big = InputError(f"response from {url} is larger than the {max_bytes:,} byte limit "
                             f"(NEWSEVENTS_FETCH_MAX_BYTES)", article_id=url)
        declared = resp.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise too_big
        chunks, size = [], 0
        for chunk in resp.iter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise too_big
            if self.clock() > deadline:
                raise InputError(f"timed out fetching {url}: the whole response took longer than "
                                 f"{3 * self.settings.fetch_timeout:g} s", article_id=url)
            chunks.append(chunk)
        return b"".join(chunks)

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        robots = self._robots.get(origin)
        if robots is None:
            robots = self._robots[origin] = self._load_robots(origin, url)
            delay = robots.crawl_delay(USER_AGENT)
            if delay:
                self.pace.ask_for(parts.hostname or "", min(float(delay), 60.0))
        if not robots.can_fetch(USER_AGENT, url):
            raise FetchRefused(f"refused {url}: robots.txt of {origin} disallows it", article_id=url)

    def _load_robots(self, origin: str, url: str) -> urllib.robotparser.RobotFileParser:
        """RFC 9309: a missing robots.txt (4xx) allows everything; a server error (5xx) allows nothing."""
        robots = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        try:
            response = self._follow(origin + "/robots.txt", {}, ROBOTS_MAX_BYTES, robots=False)
        except FetchRefused:
            raise
        except InputError as exc:
            raise InputError(f"cannot fetch {url}: robots.txt: {exc.message}", article_id=url) from exc
        if 200 <= response.status < 300:
            robots.parse(response.body.decode("utf-8", "replace").splitlines())
        elif response.status >= 500:
            robots.disallow_all = True
        else:
            robots.allow_all = True
        return robots
