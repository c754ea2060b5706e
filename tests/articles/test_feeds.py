"""RSS and Atom feeds: entries parsed, full text used, teasers' links fetched, dated by the entry."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents.articles import iter_articles
from newsevents.articles.feeds import looks_like_feed, parse_feed
from newsevents.core.enums import Outcome
from newsevents.core.records import Article
from newsevents.errors import InputError

from .newsroom import ATOM, RSS_ITEM_EASTER, RSS_ITEM_KABUL, RSS_ITEM_MEMO, allowed, rss

BASE = "https://news.example"


def feed_bytes(template: str) -> bytes:
    return template.replace("{base}", BASE).encode("utf-8")


def test_rss_entries():
    kabul, easter = parse_feed(feed_bytes(rss(RSS_ITEM_KABUL, RSS_ITEM_EASTER)), "feed.rss")
    assert (kabul.key, kabul.link) == (f"{BASE}/news/kabul.html", f"{BASE}/news/kabul.html")
    assert kabul.published == date(2021, 8, 26) and kabul.html is None          # a teaser: fetch the link
    assert kabul.title == "Suicide bombing at Kabul airport"
    assert easter.published == date(2019, 4, 21) and "Negombo" in easter.html  # content:encoded = full text


def test_atom_entries_dated_as_written():
    christchurch, nairobi = parse_feed(feed_bytes(ATOM), "feed.atom")
    assert christchurch.published == date(2019, 3, 15)          # 18:00 +13:00 is still the 15th where it happened
    assert christchurch.html is None and christchurch.summary == "Two mosques attacked."
    assert nairobi.link == f"{BASE}/news/nairobi.html" and "DusitD2" in nairobi.html


@pytest.mark.parametrize("body", [b"<html><body>not a feed</body></html>", b"\x00\x01binary", b"<rss"])
def test_not_a_feed(body):
    with pytest.raises(InputError, match="not a readable feed"):
        parse_feed(body, "x.xml")


def test_feed_sniffing():
    body = feed_bytes(ATOM)
    assert looks_like_feed(body, "application/atom+xml") and looks_like_feed(body, "text/xml; charset=utf-8")
    assert looks_like_feed(body, None) and not looks_like_feed(body, "text/html")
    assert not looks_like_feed(b"<?xml version='1.0'?><html><body/></html>", "application/xml")


def test_rss_url_expanded(newsroom, settings):
    kabul, easter = list(iter_articles([newsroom.url("/feed.rss")], settings=allowed(settings)))
    assert isinstance(kabul, Article) and kabul.id == kabul.url == newsroom.url("/news/kabul.html")
    assert kabul.published == date(2021, 8, 26) and kabul.title == "Suicide bombing at Kabul airport"
    assert "Islamic State Khorasan Province claimed responsibility" in kabul.text
    assert isinstance(easter, Article) and easter.id == newsroom.url("/news/easter-not-served.html")
    assert easter.published == date(2019, 4, 21) and easter.source == newsroom.url("/feed.rss")
    assert "Batticaloa" in easter.text
    assert "/news/easter-not-served.html" not in newsroom.paths()          # full text: not fetched


def test_atom_url_expanded_entry_date_over_page(newsroom, settings):
    christchurch, nairobi = list(iter_articles([newsroom.url("/feed.atom")], settings=allowed(settings),
                                               published=date(2020, 1, 1)))
    assert christchurch.published == date(2019, 3, 15) and "51 people" in christchurch.text
    assert nairobi.published == date(2019, 1, 15) and nairobi.title == "Siege at a Nairobi hotel"


def test_local_feed_file_and_a_bad_entry_does_not_stop_the_others(newsroom, settings, tmp_path):
    path = tmp_path / "world.rss"
    path.write_text(rss(RSS_ITEM_MEMO, RSS_ITEM_KABUL).replace("{base}", newsroom.base), encoding="utf-8")
    memo, kabul = list(iter_articles([str(path)], settings=allowed(settings)))
    assert memo.outcome == Outcome.SKIPPED and memo.article_id == newsroom.url("/private/memo.html")
    assert "robots.txt" in memo.reason
    assert isinstance(kabul, Article) and kabul.source == kabul.url


def test_feed_in_a_directory_and_a_broken_feed_file(settings, tmp_path):
    (tmp_path / "wire.atom").write_text(ATOM.replace("{base}", BASE).replace(
        '<link href="https://news.example/news/christchurch.html"/>', ""), encoding="utf-8")
    (tmp_path / "broken.rss").write_text("Page not found. Try again later.", encoding="utf-8")
    items = list(iter_articles([str(tmp_path)], settings=settings))
    broken, summary_only, nairobi = items
    assert broken.outcome == Outcome.SKIPPED and broken.reason.startswith("not a readable feed")
    assert isinstance(summary_only, Article) and summary_only.id == "urn:example:christchurch"
    assert summary_only.text == "Two mosques attacked."
    assert isinstance(nairobi, Article) and nairobi.source == str(tmp_path / "wire.atom")
