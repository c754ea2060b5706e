"""HttpClient: address rules on every hop, robots.txt, pace per host, timeouts, size cap, pinned connections."""
from __future__ import annotations

from dataclasses import replace

import httpx
import pytest

from newsevents.articles import HttpClient, check_url
from newsevents.articles.http import HostPace
from newsevents.config import Settings
from newsevents.errors import FetchRefused, InputError

from .newsroom import KABUL, allowed


@pytest.mark.parametrize("url, why", [
    ("http://127.0.0.1/x", "is a loopback address"),
    ("http://127.8.9.10/", "is a loopback address"),
    ("http://10.0.0.1/", "is a private address"),
    ("http://172.20.1.1/", "is a private address"),
    ("http://192.168.0.1/", "is a private address"),
    ("http://169.254.169.254/latest/meta-data", "is a link-local address (where cloud metadata"),
    ("http://[::1]/", "is a loopback address"),
    ("http://[fd00::1]/", "is a unique local (private) address"),
    ("http://[fe80::1]/", "is a link-local address"),
    ("http://0.0.0.0/", "is an unspecified address"),
    ("http://240.0.0.1/", "is a reserved (non-public) address"),
    ("http://[::ffff:127.0.0.1]/", "is a loopback address"),
])
def test_non_public_addresses_refused_naming_url_and_reason(url, why, settings):
    with pytest.raises(FetchRefused) as err:
        check_url(url, settings)
    assert err.value.message.startswith(f"refused {url}: host ") and why in err.value.message


def test_names_resolving_to_non_public_addresses_refused(settings):
    with pytest.raises(FetchRefused, match="host localhost resolves to 127.0.0.1, a loopback address"):
        check_url("http://localhost:8080/", settings)
    fake_dns = {"intranet.example": ["10.0.0.1"], "metadata.example": ["169.254.169.254"],
                "mixed.example": ["93.184.216.34", "192.168.1.7"]}
    for host, ips in fake_dns.items():
        with pytest.raises(FetchRefused, match=f"resolves to {ips[-1]}"):
            check_url(f"https://{host}/a", settings, resolve=lambda h, p: fake_dns[h])


def test_allowances(settings):
    assert check_url("http://93.184.216.34/", settings) == ["93.184.216.34"]    # literal: no lookup
    assert check_url("http://127.0.0.1:9/", allowed(settings)) == ["127.0.0.1"]
    with pytest.raises(FetchRefused):                                             # the allowance is 127.0.0.1 only
        check_url("http://127.0.0.2/", allowed(settings))
    assert check_url("http://10.0.0.1/", replace(settings, allow_private_urls=True)) == []


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://h/"])
def test_other_schemes_refused_even_when_private_allowed(url, settings):
    with pytest.raises(FetchRefused, match="only http and https"):
        check_url(url, replace(settings, allow_private_urls=True))


def test_loopback_server_refused_without_allowance(newsroom, settings):
    with HttpClient(settings) as http, pytest.raises(FetchRefused, match="127.0.0.1 is a loopback address"):
        http.get(newsroom.url("/news/kabul.html"))
    assert newsroom.requests == []                                # refused before connecting


def test_get_with_allowance_and_relative_redirect(newsroom, settings):
    with HttpClient(allowed(settings)) as http:
        page = http.get(newsroom.url("/go/kabul"))
    assert page.status == 200 and page.body == KABUL.encode()
    assert page.url == newsroom.url("/news/kabul.html") and page.content_type.startswith("text/html")
    assert newsroom.paths() == ["/robots.txt", "/go/kabul", "/news/kabul.html"]
    assert newsroom.requests[1][1]["User-Agent"] == "newsevents"


@pytest.mark.parametrize("path, target, why", [
    ("/go/metadata", "http://169.254.169.254/latest/meta-data/", "link-local"),
    ("/go/other-loopback", "http://127.0.0.2:", "loopback"),
])
def test_redirect_to_forbidden_address_refused(newsroom, settings, path, target, why):
    with HttpClient(allowed(settings)) as http, pytest.raises(FetchRefused) as err:
        http.get(newsroom.url(path))
    msg = err.value.message
    assert msg.startswith(f"refused {newsroom.url(path)}: redirected to {target}") and why in msg


def test_redirect_loop_ends(newsroom, settings):
    with HttpClient(allowed(settings)) as http, pytest.raises(InputError, match="more than 5 redirects"):
        http.get(newsroom.url("/go/loop"))


def test_robots_disallow_cached_per_host(newsroom, settings):
    with HttpClient(allowed(settings)) as http:
        with pytest.raises(FetchRefused, match="robots.txt of .* disallows it"):
            http.get(newsroom.url("/private/memo.html"))
        http.get(newsroom.url("/notes.txt"))
    assert newsroom.paths() == ["/robots.txt", "/notes.txt"]


def test_robots_server_error_means_disallowed(newsroom, settings):
    newsroom.redirects["/robots.txt"] = "/broken"
    with HttpClient(allowed(settings)) as http, pytest.raises(FetchRefused, match="robots.txt"):
        http.get(newsroom.url("/notes.txt"))
    assert "/notes.txt" not in newsroom.paths()


def test_huge_response_stopped_at_cap(newsroom, settings):
    with HttpClient(allowed(settings, fetch_max_bytes=100_000)) as http, \
            pytest.raises(InputError, match=r"/huge is larger than the 100,000 byte limit"):
        http.get(newsroom.url("/huge"))                     # no Content-Length: counted while streaming
    with HttpClient(allowed(settings, fetch_max_bytes=100)) as http, \
            pytest.raises(InputError, match=r"kabul.html is larger than the 100 byte limit"):
        http.get(newsroom.url("/news/kabul.html"))          # Content-Length says so up front


def test_slow_response_times_out(newsroom, settings):
    with HttpClient(allowed(settings, fetch_timeout=0.3)) as http, \
            pytest.raises(InputError, match=r"timed out fetching .*/slow after 0.3 s"):
        http.get(newsroom.url("/slow"))


def test_http_errors_and_conditional_get(newsroom, settings):
    with HttpClient(allowed(settings)) as http:
        with pytest.raises(InputError, match="HTTP 404 fetching"):
            http.get(newsroom.url("/missing"))
        first = http.get(newsroom.url("/feed.rss"))
        again = http.get(newsroom.url("/feed.rss"), headers={"If-None-Match": first.etag})
    assert first.status == 200 and first.etag and first.last_modified == "Wed, 03 Jan 2024 18:00:00 GMT"
    assert again.status == 304 and again.body == b""


def test_connection_pinned_to_the_checked_address(settings):
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, headers={"Content-Type": "text/plain"}, text="Shelling hit the port.")

    dns = {"news.example": ["93.184.216.34"]}
    with HttpClient(replace(settings, fetch_interval=0.0), transport=httpx.MockTransport(answer),
                    resolve=lambda host, port: dns[host]) as http:
        page = http.get("https://news.example/story")
    assert page.body == b"Shelling hit the port." and page.url == "https://news.example/story"
    request = seen[-1]
    assert str(request.url) == "https://93.184.216.34/story"
    assert request.headers["Host"] == "news.example" and request.extensions["sni_hostname"] == "news.example"


def test_pace_per_host_with_injected_clock():
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    pace = HostPace(2.0, clock=lambda: now[0], sleep=sleep)
    pace.wait("a.example")
    pace.wait("b.example")
    pace.wait("a.example")
    now[0] += 0.5
    pace.wait("a.example")
    pace.ask_for("b.example", 10.0)
    pace.wait("b.example")
    pace.wait("b.example")
    assert slept == [2.0, 1.5, 10.0]


def test_client_paces_requests_to_one_host(newsroom, settings):
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    with HttpClient(allowed(settings, fetch_interval=3.0), clock=lambda: now[0], sleep=sleep) as http:
        http.get(newsroom.url("/notes.txt"))
        http.get(newsroom.url("/news/kabul.html"))
    assert slept == [3.0, 3.0]                       # robots.txt, then each page, 3 s apart


def test_whole_response_deadline_with_injected_clock(newsroom, settings):
    now = [0.0]
    step = [0.0]

    def clock() -> float:
        now[0] += step[0]
        return now[0]

    with HttpClient(allowed(settings), clock=clock) as http:
        http.get(newsroom.url("/notes.txt"))                 # robots.txt read while the clock stands still
        step[0] = 1000.0                                     # then every look at the clock is 1000 s later
        with pytest.raises(InputError, match=r"/huge: the whole response took longer than 15 s"):
            http.get(newsroom.url("/huge"))


def test_fetch_settings_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSEVENTS_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("NEWSEVENTS_FETCH_INTERVAL", "0.25")
    monkeypatch.setenv("NEWSEVENTS_FETCH_MAX_BYTES", "1000")
    monkeypatch.setenv("NEWSEVENTS_ALLOWED_NETWORKS", "127.0.0.1/32, 10.1.0.0/16")
    s = Settings.load()
    assert (s.fetch_interval, s.fetch_max_bytes, s.fetch_timeout) == (0.25, 1000, 20.0)
    assert check_url("http://10.1.2.3/", s) == ["10.1.2.3"]
    with pytest.raises(FetchRefused):
        check_url("http://10.2.0.1/", s)
