"""A small news site on 127.0.0.1 for the fetching tests: feeds, pages, robots.txt, redirects, a huge and a slow page.

tests/articles/conftest.py serves it as the `newsroom` fixture; `allowed(settings)` is the explicit
loopback allowance.
The stories are short summaries of real events, written for these tests.
"""
from __future__ import annotations

import hashlib
import threading
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from newsevents.config import Settings

KABUL = ("<html><head><title>Kabul airport bombing | Example News</title>"
         "<meta property='article:published_time' content='2021-08-26T18:40:00+04:30'></head><body><article>"
         "<h1>Suicide bombing at Kabul airport</h1>"
         "<p>A suicide bomber struck the crowds outside Abbey Gate at Kabul's international airport on Thursday, "
         "as thousands of people tried to reach evacuation flights. The blast and the gunfire that followed "
         "killed at least 170 Afghans and 13 United States service members.</p>"
         "<p>Islamic State Khorasan Province claimed responsibility for the attack.</p></article></body></html>")
CHRISTCHURCH = ("<html><head><title>Christchurch mosque shootings</title></head><body><article>"
                "<p>A gunman opened fire on worshippers at two mosques in Christchurch, New Zealand, during Friday "
                "prayers, killing 51 people. The attacker, an Australian man, was arrested minutes later and was "
                "later sentenced to life in prison without parole.</p></article></body></html>")
KERMAN = ("<html><head><title>Kerman bombings</title></head><body><article>"
          "<p>Two bombs exploded among crowds marking the anniversary of Qassem Soleimani's death near his tomb in "
          "Kerman, Iran, killing more than 90 people. The Islamic State claimed the attack the following day.</p>"
          "</article></body></html>")
MEMO = "<html><body><p>Internal planning notes, not for crawlers.</p></body></html>"
EASTER = ("<p>Suicide bombers attacked three churches and three luxury hotels in Colombo, Negombo and "
          "Batticaloa on Easter Sunday, killing more than 250 people. Sri Lankan authorities blamed the local "
          "group National Thowheeth Jama'ath.</p>")
NAIROBI = ("<p>Al-Shabaab gunmen stormed the DusitD2 hotel and office complex in Nairobi on Tuesday, killing "
           "21 people before security forces ended the siege the next morning.</p>")

RSS_ITEM_KABUL = """<item><title>Suicide bombing at Kabul airport</title>
<link>{base}/news/kabul.html</link><guid>{base}/news/kabul.html</guid>
<pubDate>Thu, 26 Aug 2021 20:00:00 +0430</pubDate>
<description>A bomber struck the crowds at Abbey Gate.</description></item>"""
RSS_ITEM_EASTER = """<item><title>Easter Sunday bombings in Sri Lanka</title>
<link>{base}/news/easter-not-served.html</link>
<pubDate>Sun, 21 Apr 2019 12:00:00 +0530</pubDate>
<description>Churches and hotels attacked.</description>
<content:encoded><![CDATA[""" + EASTER + """]]></content:encoded></item>"""
RSS_ITEM_KERMAN = """<item><title>Bombings in Kerman</title><link>{base}/news/kerman.html</link>
<pubDate>Wed, 03 Jan 2024 16:00:00 +0330</pubDate><description>Two blasts near a tomb.</description></item>"""
RSS_ITEM_MEMO = """<item><title>Memo</title><link>{base}/private/memo.html</link></item>"""


def rss(*items: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example News</title>'
            '<link>{base}/</link><description>World news</description>' + "".join(items) + "</channel></rss>")


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title><id>urn:example:wire</id>
<updated>2019-03-16T00:00:00Z</updated>
<entry><title>Mosque shootings in Christchurch</title><id>urn:example:christchurch</id>
<link href="{base}/news/christchurch.html"/><published>2019-03-15T18:00:00+13:00</published>
<updated>2019-03-15T18:00:00+13:00</updated><summary>Two mosques attacked.</summary></entry>
<entry><title>Siege at a Nairobi hotel</title><id>urn:example:nairobi</id>
<link href="{base}/news/nairobi.html"/><published>2019-01-15T21:00:00+03:00</published>
<updated>2019-01-15T21:00:00+03:00</updated>
<content type="html"><![CDATA[""" + NAIROBI + """]]></content></entry>
</feed>"""


class Newsroom:
    """The site's routes (editable by a test), and a log of every request (path, headers)."""

    def __init__(self) -> None:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.newsroom = self                                   # type: ignore[attr-defined]
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.release = threading.Event()                              # ends the slow page at teardown
        self.pages: dict[str, tuple[str, str]] = {
            "/robots.txt": ("text/plain", "User-agent: *\nDisallow: /private/\n"),
            "/feed.rss": ("application/rss+xml", rss(RSS_ITEM_KABUL, RSS_ITEM_EASTER)),
            "/feed.atom": ("application/atom+xml", ATOM),
            "/news/kabul.html": ("text/html; charset=utf-8", KABUL),
            "/news/christchurch.html": ("text/html; charset=utf-8", CHRISTCHURCH),
            "/news/kerman.html": ("text/html; charset=utf-8", KERMAN),
            "/private/memo.html": ("text/html", MEMO),
            "/notes.txt": ("text/plain", "Two soldiers were killed in an ambush near the border on Monday."),
        }
        self.redirects = {
            "/go/kabul": "/news/kabul.html",
            "/go/metadata": "http://169.254.169.254/latest/meta-data/",
            "/go/other-loopback": f"http://127.0.0.2:{self.server.server_address[1]}/news/kabul.html",
            "/go/loop": "/go/loop",
        }

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [p for p, _ in self.requests]

    def set_page(self, path: str, content_type: str, body: str) -> None:
        self.pages[path] = (content_type, body)


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        room: Newsroom = self.server.newsroom                         # type: ignore[attr-defined]
        room.requests.append((self.path, dict(self.headers.items())))
        if self.path in room.redirects:
            self.send_response(302)
            self.send_header("Location", room.redirects[self.path])
            self.end_headers()
        elif self.path == "/huge":
            self._huge()
        elif self.path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            room.release.wait(10)
            self._write(b"Too late.")
        elif self.path == "/broken":
            self.send_response(503)
            self.end_headers()
        elif self.path in room.pages:
            content_type, text = room.pages[self.path]
            body = text.replace("{base}", room.base).encode("utf-8")
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", "Wed, 03 Jan 2024 18:00:00 GMT")
            self.end_headers()
            self._write(body)
        else:
            self.send_response(404)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self._write(b"not here")

    def _huge(self) -> None:
        """50 MB with no Content-Length: only a client that counts while reading can stop it."""
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        chunk = b"The wire kept repeating the same line. " * 25_000
        for _ in range(50_000_000 // len(chunk)):
            if not self._write(chunk):
                return

    def _write(self, data: bytes) -> bool:
        try:
            self.wfile.write(data)
            return True
        except (BrokenPipeError, ConnectionResetError):
            return False

    def log_message(self, *args) -> None:
        pass


def allowed(settings: Settings, **changes) -> Settings:
    """The explicit allowance the tests need: 127.0.0.1 only, and no pause between requests."""
    values = {"allowed_networks": "127.0.0.1/32", "fetch_interval": 0.0, "fetch_timeout": 5.0, **changes}
    return replace(settings, **values)
