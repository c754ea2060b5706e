"""Watcher and `newsevents watch`: each poll yields only what is new; the store decides what is stored."""
from __future__ import annotations

import sqlite3
import subprocess

import pytest

from newsevents.articles import Watcher
from newsevents.core.enums import Outcome
from newsevents.core.records import Article
from newsevents.errors import InputError

from .newsroom import RSS_ITEM_EASTER, RSS_ITEM_KABUL, RSS_ITEM_KERMAN, allowed, rss

STORY = "Gunmen attacked a police checkpoint on Friday, killing three officers.\n"


def ids(items) -> list[str]:
    return [i.id if isinstance(i, Article) else i.article_id for i in items]


def test_folder_new_and_changed_files_only(tmp_path, settings):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY)
    (folder / "b.txt").write_text(STORY)
    with Watcher([str(folder)], settings=settings) as watcher:
        assert ids(watcher.poll()) == [str(folder / "a.txt"), str(folder / "b.txt")]
        assert list(watcher.poll()) == []
        (folder / "b.txt").write_text(STORY + "Two suspects were arrested.\n")
        (folder / "c.txt").write_text(STORY)
        (folder / "ignored.md").write_text(STORY)
        changed = list(watcher.poll())
    assert ids(changed) == [str(folder / "b.txt"), str(folder / "c.txt")]
    assert "arrested" in changed[0].text


def test_feed_conditional_get_and_new_entries_only(newsroom, settings):
    feed = newsroom.url("/feed.rss")
    with Watcher([feed], settings=allowed(settings)) as watcher:
        first = list(watcher.poll())
        assert ids(first) == [newsroom.url("/news/kabul.html"), newsroom.url("/news/easter-not-served.html")]
        assert list(watcher.poll()) == []
        assert newsroom.requests[-1][1].get("If-None-Match")                    # asked, answered 304
        newsroom.set_page("/feed.rss", "application/rss+xml", rss(RSS_ITEM_KERMAN, RSS_ITEM_KABUL, RSS_ITEM_EASTER))
        third = list(watcher.poll())
    assert ids(third) == [newsroom.url("/news/kerman.html")]
    assert newsroom.paths().count("/news/kabul.html") == 1                     # a seen entry is not refetched


def test_failed_entry_tried_again_on_the_next_poll(newsroom, settings):
    newsroom.set_page("/feed.rss", "application/rss+xml", rss(RSS_ITEM_KERMAN))
    kerman_page = newsroom.pages.pop("/news/kerman.html")
    with Watcher([newsroom.url("/feed.rss")], settings=allowed(settings)) as watcher:
        [missing] = list(watcher.poll())
        assert missing.outcome == Outcome.FAILED and "HTTP 404" in missing.reason
        newsroom.set_page("/news/kerman.html", *kerman_page)
        [kerman] = list(watcher.poll())
    assert isinstance(kerman, Article) and "Kerman" in kerman.text


def test_missing_path_refused_up_front(tmp_path, settings):
    with pytest.raises(InputError, match="no-such-folder"):
        Watcher([str(tmp_path / "no-such-folder")], settings=settings)


def run_watch(bin_: str, env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([bin_, "watch", *args, "--once", "--quiet"], env=env, capture_output=True, text=True,
                          timeout=600, check=False)


def test_watch_command_ingests_once_and_refuses_loopback_unless_allowed(newsroom, newsevents_bin, cli_env,
                                                                          tmp_path):
    db = tmp_path / "watch.db"
    feed = newsroom.url("/feed.rss")
    refused = run_watch(newsevents_bin, cli_env, feed, "--db", str(db))
    assert refused.returncode == 0, refused.stderr
    assert f"skipped: {feed}: refused {feed}: host 127.0.0.1 is a loopback address" in refused.stderr
    assert newsroom.requests == []

    env = {**cli_env, "NEWSEVENTS_ALLOWED_NETWORKS": "127.0.0.1/32", "NEWSEVENTS_FETCH_INTERVAL": "0"}
    first = run_watch(newsevents_bin, env, feed, "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert f"ingested {newsroom.url('/news/kabul.html')}:" in first.stderr
    assert f"ingested {newsroom.url('/news/easter-not-served.html')}:" in first.stderr
    again = run_watch(newsevents_bin, env, feed, "--db", str(db))
    assert again.returncode == 0 and "ingested" not in again.stderr, again.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
