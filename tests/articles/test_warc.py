"""WARC files written with warcio and read back: one article per HTML or text response record."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsevents.articles import iter_articles
from newsevents.core.enums import Outcome
from newsevents.core.records import Article

from .newsroom import CHRISTCHURCH, KABUL

NOTES = "Two soldiers were killed in an ambush near the border on Monday."


def write_warc(path: Path, *, gz: bool) -> None:
    """Kabul (page dated), Christchurch (undated page), a text note, and records that are not articles."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)

        def response(uri: str, body: bytes, content_type: str, status: str = "200 OK",
                     warc_date: str = "2024-02-01T08:00:00Z") -> None:
            http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          http_headers=http,
                                                          warc_headers_dict={"WARC-Date": warc_date}))

        writer.write_record(writer.create_warc_record("", "warcinfo", payload=io.BytesIO(b"software: tests\r\n"),
                                                      warc_content_type="application/warc-fields"))
        writer.write_record(writer.create_warc_record(
            "https://news.example/kabul", "request", payload=io.BytesIO(b"GET /kabul HTTP/1.1\r\n\r\n"),
            warc_content_type="application/http; msgtype=request"))
        response("https://news.example/kabul", KABUL.encode(), "text/html; charset=utf-8")
        response("https://news.example/christchurch", CHRISTCHURCH.encode(), "text/html",
                 warc_date="2019-03-16T10:00:00Z")
        response("https://news.example/notes.txt", NOTES.encode(), "text/plain", warc_date="2020-06-01T00:00:00Z")
        response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
        response("https://news.example/gone", b"<html><body>Not found</body></html>", "text/html",
                 status="404 Not Found")


@pytest.mark.parametrize("name, gz", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_records_to_articles(tmp_path, settings, name, gz):
    path = tmp_path / name
    write_warc(path, gz=gz)
    kabul, christchurch, notes = list(iter_articles([str(path)], settings=settings))
    assert isinstance(kabul, Article) and kabul.id == kabul.url == "https://news.example/kabul"
    assert kabul.source == str(path) and "Abbey Gate" in kabul.text
    assert kabul.published == date(2021, 8, 26)                 # the page's date, not the crawl's
    assert christchurch.published == date(2019, 3, 16)          # no date in the page: WARC-Date
    assert isinstance(notes, Article) and notes.text == NOTES and notes.published == date(2020, 6, 1)


def test_published_argument_and_directory_walk(tmp_path, settings):
    write_warc(tmp_path / "crawl.warc.gz", gz=True)
    items = list(iter_articles([str(tmp_path)], settings=settings, published=date(2022, 5, 5)))
    assert [a.published for a in items] == [date(2022, 5, 5)] * 3


def test_damaged_warc_keeps_earlier_records_and_fails_the_file(tmp_path, settings):
    path = tmp_path / "crawl.warc"
    write_warc(path, gz=False)
    data = path.read_bytes()
    cut = data.index(b"WARC/1.0", data.index(b"https://news.example/notes.txt") - 400)
    path.write_bytes(data[:cut] + b"this is not a WARC record\r\n\r\n")
    other = tmp_path / "other.txt"
    other.write_text(NOTES)
    items = list(iter_articles([str(path), str(other)], settings=settings))
    assert [i.id for i in items[:2]] == ["https://news.example/kabul", "https://news.example/christchurch"]
    assert items[2].outcome == Outcome.FAILED and items[2].article_id == str(path)
    assert items[2].reason.startswith(f"cannot read WARC {path}")
    assert items[3].id == str(other)
