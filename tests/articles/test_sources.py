"""iter_articles on real files: every input form and every kind of bad input."""
from __future__ import annotations

import gzip
import io
import json
import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from newsevents.articles import iter_articles
from newsevents.core.enums import Outcome
from newsevents.core.ids import content_hash
from newsevents.core.records import Article, ArticleOutcome
from newsevents.errors import InputError

STORY = ("Gunmen attacked a police checkpoint in the north of the city on Friday, killing three officers.\n\n"
         "No group claimed responsibility, officials said.\n")


def run(paths, settings, **kw):
    return list(iter_articles([str(p) for p in paths], settings=settings, **kw))


def articles(items):
    return [i for i in items if isinstance(i, Article)]


def outcomes(items):
    return [i for i in items if isinstance(i, ArticleOutcome)]


def only_outcome(items) -> ArticleOutcome:
    assert len(items) == 1 and isinstance(items[0], ArticleOutcome), items
    return items[0]


# --- plain text files -------------------------------------------------------------------------

def test_txt_file_id_is_path_text_verbatim(tmp_path, settings):
    p = tmp_path / "story.txt"
    p.write_text(STORY, encoding="utf-8")
    [a] = run([p], settings)
    assert isinstance(a, Article)
    assert a.id == str(p) and a.source == str(p)
    assert a.text == STORY
    assert a.content_hash == content_hash(STORY)
    assert a.published is None and a.warnings == ()


def test_txt_crlf_and_bom_normalised(tmp_path, settings):
    p = tmp_path / "crlf.txt"
    p.write_bytes(b"\xef\xbb\xbfLine one.\r\nLine two.\r\n")
    [a] = run([p], settings)
    assert a.text == "Line one.\nLine two.\n"


def test_published_argument_applies_to_single_file(tmp_path, settings):
    p = tmp_path / "2015-11-14_paris.txt"
    p.write_text(STORY)
    [a] = run([p], settings, published=date(2020, 1, 2))
    assert a.published == date(2020, 1, 2)


def test_published_from_file_name(tmp_path, settings):
    p = tmp_path / "2015-11-14_paris.txt"
    p.write_text(STORY)
    [a] = run([p], settings)
    assert a.published == date(2015, 11, 14)


def test_file_name_with_impossible_date_gives_none(tmp_path, settings):
    p = tmp_path / "2015-13-45_x.txt"
    p.write_text(STORY)
    [a] = run([p], settings)
    assert a.published is None


# --- bad single files ------------------------------------------------------------------------

def test_empty_file_skipped(tmp_path, settings):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    o = only_outcome(run([p], settings))
    assert (o.outcome, o.reason, o.article_id, o.stage) == (Outcome.SKIPPED, "empty text", str(p), "articles")


def test_whitespace_only_file_skipped(tmp_path, settings):
    p = tmp_path / "blank.txt"
    p.write_text(" \n\t\n")
    assert only_outcome(run([p], settings)).reason == "empty text"


def test_binary_file_with_nul_skipped(tmp_path, settings):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    o = only_outcome(run([p], settings))
    assert o.outcome == Outcome.SKIPPED and o.reason == "binary content" and o.article_id == str(p)


def test_mostly_control_bytes_is_binary(tmp_path, settings):
    p = tmp_path / "ctl.txt"
    p.write_bytes(b"\x01\x02\x03\x04\x05abc" * 50)
    assert only_outcome(run([p], settings)).reason == "binary content"


def test_latin1_txt_is_undecodable_not_guessed(tmp_path, settings):
    p = tmp_path / "latin.txt"
    p.write_bytes("Explosion près du café à Paris.".encode("latin-1"))
    o = only_outcome(run([p], settings))
    assert o.outcome == Outcome.SKIPPED and o.reason == "undecodable bytes (not UTF-8)"


def test_late_nul_stripped_from_text(tmp_path, settings):
    p = tmp_path / "nul.txt"
    p.write_bytes(b"a" * 9000 + b"\x00 tail.")
    [a] = run([p], settings)
    assert "\x00" not in a.text and a.text.endswith("a tail.")


def test_huge_article_truncated_at_paragraph_with_warning(tmp_path, settings):
    small = replace(settings, max_chars=1000)
    para = "A bomb exploded near the market. " * 5 + "\n\n"       # 167 characters
    text = para * 120_000                                       # ~20 MB
    p = tmp_path / "huge.txt"
    p.write_text(text)
    [a] = run([p], small)
    assert isinstance(a, Article)
    assert len(a.text) <= 1000 and text.startswith(a.text)
    assert a.text.endswith(".")                                 # cut at a paragraph end
    assert a.warnings == (f"truncated from {len(text)} to {len(a.text)} characters",)
    assert a.content_hash == content_hash(a.text)


def test_missing_path_raises_naming_it(tmp_path, settings):
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError, match="nope.txt"):
        iter_articles([str(missing)], settings=settings)


def test_missing_path_raises_before_reading_others(tmp_path, settings):
    good = tmp_path / "good.txt"
    good.write_text(STORY)
    with pytest.raises(InputError):
        iter_articles([str(good), str(tmp_path / "gone")], settings=settings)


# --- directories -----------------------------------------------------------------------------

def test_directory_recursive_sorted_and_bad_files_do_not_stop_others(tmp_path, settings):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "b.txt").write_text(STORY)
    (d / "a.txt").write_text(STORY.replace("three", "four"))
    (d / "sub" / "c.htm").write_text("<html><body><p>" + STORY + "</p></body></html>")
    (d / "sub" / "d.jsonl").write_text(json.dumps({"id": "j1", "text": STORY}) + "\n")
    (d / "notes.md").write_text("ignored")
    (d / "empty.txt").write_text("")
    (d / "dangling.txt").symlink_to(d / "no-such-target.txt")
    os.mkfifo(d / "fifo.txt")
    items = run([d], settings)
    ids = [i.id if isinstance(i, Article) else i.article_id for i in items]
    assert ids == sorted(ids)
    assert [a.id for a in articles(items)] == [str(d / "a.txt"), str(d / "b.txt"), str(d / "sub" / "c.htm"), "j1"]
    bad = {o.article_id: o.reason for o in outcomes(items)}
    assert bad[str(d / "empty.txt")] == "empty text"
    assert bad[str(d / "dangling.txt")].startswith("cannot read file")
    assert bad[str(d / "fifo.txt")] == "cannot read file: not a regular file"
    assert all(o.outcome == Outcome.SKIPPED for o in outcomes(items))
    assert str(d / "notes.md") not in ids


def test_directory_published_and_file_name_dates(tmp_path, settings):
    d = tmp_path / "in"
    d.mkdir()
    (d / "2016-03-22_brussels.txt").write_text(STORY)
    (d / "plain.txt").write_text(STORY)
    by_id = {a.id: a for a in articles(run([d], settings))}
    assert by_id[str(d / "2016-03-22_brussels.txt")].published == date(2016, 3, 22)
    assert by_id[str(d / "plain.txt")].published is None
    by_id = {a.id: a for a in articles(run([d], settings, published=date(2016, 4, 1)))}
    assert {a.published for a in by_id.values()} == {date(2016, 4, 1)}


def test_directory_named_like_a_text_file_is_walked(tmp_path, settings):
    d = tmp_path / "in"
    (d / "x.txt").mkdir(parents=True)
    (d / "x.txt" / "inner.txt").write_text(STORY)
    assert [a.id for a in articles(run([d], settings))] == [str(d / "x.txt" / "inner.txt")]


# --- JSON Lines --------------------------------------------------------------------------------

def write_lines(path: Path, lines: list[str], gz: bool = False) -> Path:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


def test_jsonl_records(tmp_path, settings):
    p = write_lines(tmp_path / "a.jsonl", [
        json.dumps({"id": "r1", "text": STORY, "title": "T", "url": "https://example.org/a",
                    "published": "2019-03-15"}),
        json.dumps({"id": "r2", "text": "Text two.", "published": "2019-03-16T23:30:00-05:00"}),
        json.dumps({"id": 7, "text": "Numeric id."}),
        "",
    ])
    items = run([p], settings)
    assert [type(i) for i in items] == [Article] * 3
    r1, r2, r3 = items
    assert (r1.id, r1.title, r1.url, r1.published, r1.source) == \
        ("r1", "T", "https://example.org/a", date(2019, 3, 15), str(p))
    assert r1.text == STORY
    assert r2.published == date(2019, 3, 16)
    assert r3.id == "7"


def test_jsonl_gz(tmp_path, settings):
    p = write_lines(tmp_path / "a.jsonl.gz", [json.dumps({"id": "g1", "text": STORY})], gz=True)
    [a] = run([p], settings)
    assert a.id == "g1" and a.text == STORY


def test_jsonl_published_argument_is_default_only(tmp_path, settings):
    p = write_lines(tmp_path / "a.jsonl", [json.dumps({"id": "a", "text": "x y", "published": "2001-09-11"}),
                                           json.dumps({"id": "b", "text": "x y"})])
    a, b = run([p], settings, published=date(2002, 1, 5))
    assert a.published == date(2001, 9, 11) and b.published == date(2002, 1, 5)


def test_jsonl_bad_lines_each_skipped_and_rest_go_on(tmp_path, settings):
    p = write_lines(tmp_path / "bad.jsonl", [
        json.dumps({"id": "ok1", "text": STORY}),
        "{not json",
        json.dumps({"text": "no id here"}),
        json.dumps({"id": ["x"], "text": "list id"}),
        json.dumps({"id": "t", "text": 42}),
        json.dumps({"id": "e", "text": "   "}),
        json.dumps({"id": "n", "title": "nothing"}),
        json.dumps([1, 2]),
        json.dumps({"id": "ok2", "text": STORY}),
    ])
    items = run([p], settings)
    assert [a.id for a in articles(items)] == ["ok1", "ok2"]
    got = [(o.article_id, o.reason) for o in outcomes(items)]
    assert got[0][0] == f"{p}:2" and got[0][1].startswith("line 2: invalid JSON")
    assert got[1:] == [
        (f"{p}:3", "line 3: missing id"),
        (f"{p}:4", "line 4: id is not a string or number"),
        ("t", "line 5: text is not a string"),
        ("e", "empty text"),
        ("n", "line 7: no text or html"),
        (f"{p}:8", "line 8: not a JSON object"),
    ]
    assert all(o.outcome == Outcome.SKIPPED for o in outcomes(items))


def test_jsonl_unparseable_published_kept_with_warning(tmp_path, settings):
    p = write_lines(tmp_path / "a.jsonl", [json.dumps({"id": "a", "text": STORY, "published": "last Tuesday"})])
    [a] = run([p], settings)
    assert isinstance(a, Article) and a.published is None
    assert len(a.warnings) == 1 and "published" in a.warnings[0] and "last Tuesday" in a.warnings[0]


def test_jsonl_undecodable_line_skipped(tmp_path, settings):
    p = tmp_path / "a.jsonl"
    p.write_bytes(b'{"id": "a", "text": "caf\xe9"}\n' + json.dumps({"id": "b", "text": "fine"}).encode() + b"\n")
    items = run([p], settings)
    assert [a.id for a in articles(items)] == ["b"]
    assert only_outcome(outcomes(items)).reason == "line 1: undecodable bytes (not UTF-8)"


def test_jsonl_text_nul_and_crlf_cleaned(tmp_path, settings):
    p = write_lines(tmp_path / "a.jsonl", [json.dumps({"id": "a", "text": "One.\r\nTwo\u0000."})])
    [a] = run([p], settings)
    assert a.text == "One.\nTwo."


def test_corrupt_gz_fails_and_other_inputs_go_on(tmp_path, settings):
    good_gz = gzip.compress((json.dumps({"id": "g", "text": STORY}) + "\n").encode() * 50)
    bad = tmp_path / "bad.jsonl.gz"
    bad.write_bytes(good_gz[:len(good_gz) // 2])                # truncated stream
    garbage = tmp_path / "garbage.jsonl.gz"
    garbage.write_bytes(b"this is not gzip at all")
    other = tmp_path / "other.txt"
    other.write_text(STORY)
    items = run([bad, garbage, other], settings)
    fails = [o for o in outcomes(items) if o.outcome == Outcome.FAILED]
    assert [o.article_id for o in fails] == [str(bad), str(garbage)]
    assert all(str(o.article_id) in o.reason for o in fails)
    assert articles(items)[-1].id == str(other)


def test_stdin_jsonl(settings):
    data = (json.dumps({"id": "s1", "text": STORY}) + "\n" + "oops\n").encode()
    items = list(iter_articles(["-"], settings=settings, stdin=io.BytesIO(data)))
    assert items[0].id == "s1" and items[0].source == "-"
    assert (items[1].article_id, items[1].reason.split(" (")[0]) == ("-:2", "line 2: invalid JSON")
