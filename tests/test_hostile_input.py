"""Hostile and broken input: each bad article is named with a clear reason, costs bounded memory and time,
and never loses the other articles' events (tests/test_bad_input.py covers empty, binary, Latin-1, dangling
links and the basic wrong-typed JSON lines; this file adds the hostile cases).

One CLI run reads a gzip bomb, a 50 MB page, a page nested 100,000 deep, script-laden HTML and JSON lines
with wrong types, far dates and absurd numbers beside good articles; the rest test each defence alone.
"""
from __future__ import annotations

import gzip
import itertools
import json
import subprocess
import tracemalloc
from datetime import date

import pytest

from newsevents.articles.files import article_from_html, cut_bytes, file_byte_limit
from newsevents.articles.html import flat_text
from newsevents.articles.sources import iter_articles
from newsevents.config import Settings
from newsevents.core.enums import Outcome
from newsevents.core.records import Article
from newsevents.mentions.counts import MAX_CASUALTIES, find_casualties, total
from newsevents.mentions.numbers import parse_count, parse_number
from newsevents.resolve.chain import DateChain
from newsevents.resolve.dates import resolve_date

# Al-Shabaab's siege of the Hayat Hotel in Mogadishu began on Friday 19 August 2022; at least 21 died.
STORY = ("MOGADISHU, Somalia - Al-Shabaab militants stormed the Hayat Hotel in Mogadishu on Friday, "
         "killing at least 21 people, officials said.")
PUBLISHED = "2022-08-21"
GIB = 1 << 30


def gzip_bomb(path, inflated: int, first_line: bytes = b"") -> None:
    """A .jsonl.gz of `first_line` then `inflated` bytes of NUL with no newline, built from one
    compressed 16 MiB member repeated (gzip members concatenate), so it costs a few MB on disk."""
    member = gzip.compress(b"\0" * (16 << 20), compresslevel=9)
    with open(path, "wb") as fh:
        fh.write(gzip.compress(first_line))
        fh.writelines(itertools.repeat(member, inflated // (16 << 20)))


def nested_page(depth: int, inner: str) -> str:
    return "<html><body>" + "<div>" * depth + inner + "</div>" * depth + "</body></html>"


# -- one run of the command line over everything hostile at once ---------------------------------------

def test_hostile_inputs_through_the_cli(newsevents_bin, cli_env, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a_good.txt").write_text(STORY + "\n", encoding="utf-8")
    gzip_bomb(d / "bomb.jsonl.gz", 4 * GIB,
              (json.dumps({"id": "before-bomb", "published": PUBLISHED, "text": STORY}) + "\n").encode())
    para = "<p>Traders said the market reopened on Monday and business was slowly returning to normal.</p>\n"
    with (d / "big.html").open("w", encoding="utf-8") as fh:
        fh.write(f"<html><body><p>{STORY}</p>\n")
        fh.writelines(itertools.repeat(para, 50_000_000 // len(para) + 1))
        fh.write("</body></html>")
    (d / "deep.html").write_text(nested_page(100_000, STORY), encoding="utf-8")
    (d / "scripts.html").write_text(
        "<html><head><script>var x = 'A car bomb killed 99 soldiers in Kismayo on Monday';</script></head><body>"
        f"<p>{STORY}</p><style>p::after {{ content: 'Gunmen killed 77 people in Baidoa' }}</style>"
        "<script>document.write('Rebels kidnapped 55 people in Beledweyne on Sunday')</script></body></html>",
        encoding="utf-8")
    far = ("Elders recalled a raid in the year 3024, a massacre on 1 January 0001 and a war in 10000 BC. "
           "99999 years ago the town burned. Two days later militants attacked again, killing 4 people.")
    numbers = ("A bomb killed a billion people in Baidoa on Friday. Another blast killed 9999999999999999999999 "
               "people in Kismayo on Friday. Shelling killed 1,000,000,000 people in Afgoye on Friday.")
    records = [
        {"id": ["list", "as", "id"], "text": STORY},
        {"id": 7, "published": "not a date", "text": STORY},
        {"id": "year-99999", "published": "99999-01-01", "text": STORY},
        {"id": "null-text", "published": PUBLISHED, "text": None},
        {"id": "number-text", "text": 1234.5},
        {"id": "far-dates", "published": PUBLISHED, "text": far},
        {"id": "numbers", "published": PUBLISHED, "text": numbers},
        {"id": "surrogate", "published": PUBLISHED, "text": "\ud800 " + STORY},
    ]
    lines = [json.dumps(r) for r in records] + ["[" * 100_000]
    (d / "wrong.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    r = subprocess.run([newsevents_bin, "extract", str(d), "--published", PUBLISHED], env=cli_env,
                       capture_output=True, text=True, timeout=600, check=False)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    events = [json.loads(line) for line in r.stdout.splitlines()]
    by_article: dict[str, list[dict]] = {}
    for e in events:
        by_article.setdefault(e["article_id"], []).append(e)

    def stderr_line(article: str, *words: str) -> str:
        found = [ln for ln in r.stderr.splitlines() if article in ln and all(w in ln for w in words)]
        assert found, f"no line naming {article} with {words}:\n{r.stderr[-3000:]}"
        return found[0]

    hotel = {"armed_assault", "2022-08-19", 21}
    for good in (str(d / "a_good.txt"), "before-bomb", "7", "year-99999", str(d / "big.html"),
                 str(d / "deep.html"), str(d / "scripts.html"), "surrogate"):
        assert any({e["event_type"], e["date"]["start"], (e["fatalities"] or {}).get("count")} == hotel
                   for e in by_article.get(good, [])), (good, by_article.get(good))
    stderr_line("bomb.jsonl.gz", "failed", "gzip bomb refused")
    stderr_line("big.html", "warning", "cut")
    stderr_line("deep.html", "warning", "nested deeper")
    stderr_line("wrong.jsonl:1", "skipped", "id")
    stderr_line("7", "warning", "published")
    stderr_line("year-99999", "warning", "published")
    stderr_line("null-text", "skipped", "no text")
    stderr_line("number-text", "skipped", "not a string")
    stderr_line("wrong.jsonl:9", "skipped", "nested too deep")
    stderr_line("surrogate", "warning", "surrogate")
    leaked = [e for e in by_article[str(d / "scripts.html")]
              if {"Kismayo", "Baidoa", "Beledweyne"} & {(e["location"] or {}).get("name")}]
    assert not leaked
    published = date.fromisoformat(PUBLISHED)
    for e in by_article.get("far-dates", []):
        assert e["date"]["start"] is None or date.fromisoformat(e["date"]["start"]) <= published, e
    for e in events:
        for toll in (e["fatalities"], e["injuries"]):
            assert toll is None or toll["count"] <= MAX_CASUALTIES, e
    assert "15 articles: 10 ok, 4 skipped, 1 failed" in r.stderr


# -- each defence alone ------------------------------------------------------------------------------------

@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data", db=str(tmp_path / "data" / "ne.db"),
                    gazetteer=tmp_path / "data" / "gaz.sqlite")


def test_gzip_bomb_fails_its_file_in_bounded_memory_and_the_run_goes_on(tmp_path, settings):
    bomb = tmp_path / "bomb.jsonl.gz"
    gzip_bomb(bomb, 4 * GIB, (json.dumps({"id": "first", "text": STORY}) + "\n").encode())
    lines_bomb = tmp_path / "lines.jsonl.gz"           # many short lines, each harmless, together a bomb
    with open(lines_bomb, "wb") as fh:
        fh.writelines(itertools.repeat(gzip.compress((b" " * 4095 + b"\n") * 4096, compresslevel=9), 256))
    after = tmp_path / "after.txt"
    after.write_text(STORY, encoding="utf-8")
    tracemalloc.start()
    try:
        out = list(iter_articles([str(bomb), str(lines_bomb), str(after)], settings=settings))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 512 << 20                        # the whole bomb would be 4 GiB
    assert [(o.id if isinstance(o, Article) else o.article_id) for o in out] == \
        ["first", str(bomb), str(lines_bomb), str(after)]
    for o in out[1:3]:
        assert o.outcome is Outcome.FAILED and "gzip bomb" in o.reason
    assert isinstance(out[3], Article)


def test_a_json_line_longer_than_the_limit_is_skipped_and_the_next_read(tmp_path, settings):
    p = tmp_path / "long.jsonl"
    limit = file_byte_limit(settings)
    with open(p, "wb") as fh:
        fh.write(b'{"id": "long", "text": "' + b"a" * (limit + 10) + b'"}\n')
        fh.write((json.dumps({"id": "next", "text": STORY}) + "\n").encode())
    first, second = iter_articles([str(p)], settings=settings)
    assert first.outcome is Outcome.SKIPPED and "too long" in first.reason and first.article_id.endswith(":1")
    assert isinstance(second, Article) and second.id == "next"


def test_a_text_file_past_the_byte_limit_is_cut_not_read_whole(tmp_path, settings):
    p = tmp_path / "huge.txt"
    limit = file_byte_limit(settings)
    block = ("Ž" * 1023 + "\n").encode()                # 2-byte characters: a cut may split one
    with open(p, "wb") as fh:
        fh.write(STORY.encode() + b"\n\n")
        fh.writelines(itertools.repeat(block, limit // len(block) + 2))
    [a] = iter_articles([str(p)], settings=settings)
    assert isinstance(a, Article) and a.text.startswith(STORY)
    assert any(w.startswith("file cut from") for w in a.warnings)


@pytest.mark.parametrize("data,limit,expected", [
    ("abcé".encode(), 4, b"abc"),                           # é is 2 bytes: never half of it
    ("ab€".encode(), 4, b"ab"),
    ("a😀".encode(), 4, b"a"),
    ("a😀".encode(), 5, "a😀".encode()),
    ("abc".encode("utf-16"), 5, "ab".encode("utf-16")[:4]),   # even length for UTF-16
    ("a😀".encode("utf-16-le").join([b"\xff\xfe", b""]), 6, b"\xff\xfea\x00"),   # no lone lead surrogate
])
def test_cut_bytes_keeps_characters_whole(data, limit, expected):
    assert cut_bytes(data, limit) == expected


def test_html_nested_100000_deep_is_read_flat_with_a_warning(settings):
    a = article_from_html("deep", nested_page(100_000, STORY + "<script>var x = 1;</script>"),
                          settings=settings, source="deep")
    assert isinstance(a, Article) and a.text == STORY
    assert any("nested deeper" in w for w in a.warnings)
    unclosed = article_from_html("open", "<html><body>" + "<b>" * 100_000 + STORY, settings=settings,
                                 source="open")
    assert isinstance(unclosed, Article) and unclosed.text == STORY


def test_deep_page_with_only_scripts_is_skipped_naming_the_depth(settings):
    o = article_from_html("deep", nested_page(1000, "<script>var x = 1;</script><style>p{}</style>"),
                          settings=settings, source="deep")
    assert o.outcome is Outcome.SKIPPED and "nested deeper" in o.reason and "no text" in o.reason


@pytest.mark.parametrize("markup", [
    "<script>SECRETX()</script>", "<SCRIPT TYPE='text/javascript'>SECRETX</SCRIPT>", "<style>.SECRETX{}</style>",
    "<script>//<![CDATA[\nSECRETX\n//]]></script>", "<svg><script>SECRETX</script><style>SECRETX</style></svg>",
    "<script type='application/ld+json'>{\"headline\": \"SECRETX\"}</script>", "<!-- SECRETX -->",
    "<template><p>SECRETX in a template</p></template>", "<noscript><style>SECRETX</style></noscript>",
    "<script>x = '</scr' + 'ipt>'; SECRETX</script>", "<script>SECRETX never closed",
])
@pytest.mark.parametrize("depth", [0, 300])
def test_scripts_and_styles_never_reach_text(settings, markup, depth):
    page = nested_page(depth, f"<p>{STORY}</p>{markup}")
    a = article_from_html("page", page, settings=settings, source="page")
    assert isinstance(a, Article) and STORY in a.text and "SECRETX" not in a.text
    assert "SECRETX" not in flat_text(page)


def test_deeply_nested_json_ld_does_not_break_the_page(settings):
    deep_list = "[" * 50_000
    deep_date = '{"a": ' * 900 + '{"datePublished": "2022-08-21"}' + "}" * 900
    page = (f"<html><head><script type='application/ld+json'>{deep_list}</script>"
            f"<script type='application/ld+json'>{deep_date}</script></head><body><p>{STORY}</p></body></html>")
    a = article_from_html("ld", page, settings=settings, source="ld")
    assert isinstance(a, Article) and a.published == date(2022, 8, 21)


# -- numbers and dates in the text --------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("10 million", 10_000_000), ("1,000,000,000", 1_000_000_000), ("a billion", 1_000_000_000),
    ("a million", 1_000_000), ("1.5 million", 1_500_000), ("two million", 2_000_000), ("3 thousand", 3000),
    ("9999999999999999999999", None), ("9" * 5000, None), ("0", 0), ("1." + "9" * 5000 + " million", 1_999_999),
])
def test_big_numbers_parse_to_sane_values(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text,count,maximum", [
    ("20 to 30 million", 20_000_000, 30_000_000), ("500,000 to 2 million", 500_000, 2_000_000),
    ("between 2 and 3 thousand", 2000, 3000),
])
def test_scaled_ranges_share_the_scale(text, count, maximum):
    c = parse_count(text)
    assert (c.count, c.max) == (count, maximum)


@pytest.mark.parametrize("text,expected", [
    ("The famine killed 10 million people.", 10_000_000),
    ("A bomb killed a billion people.", None),
    ("Shelling killed 1,000,000,000 people.", None),
    ("A blast killed 9999999999999999999999 people.", None),
    ("Officials said 20 to 30 million people were killed.", None),
    ("Fatalities coded as 99999999999999999999999.", None),
    ("5 fatalities split among 0 events.", 5),                 # no division by zero: the narrative figure
    ("Gunmen killed " + "9" * 5000 + " people.", None),
])
def test_casualty_figures_above_the_ceiling_are_not_tolls(text, expected):
    c = total(find_casualties(text), "killed")
    assert (c.count if c else None) == expected


@pytest.mark.parametrize("text", [
    "in the year 3024", "on 1 January 0001", "in 10000 BC", "99999999 years ago", "99999 years later",
    "9999 decades ago", "8000 years ago", "in the past 99999999 years", "99999999999999999999 days ago",
    "in the 9999 years after", "the following year", "999999 days later", "in recent years", "0000-01-01",
    "31/12/9999", "December 31, 9999",
])
@pytest.mark.parametrize("anchor", [date(2024, 3, 23), date(1, 1, 1), date(9999, 12, 31), None])
def test_far_dates_resolve_to_nothing_or_to_the_past(text, anchor):
    r = resolve_date(text, anchor=anchor)
    assert r is None or anchor is None or r.start is None or r.start <= anchor
    chain = DateChain(f"Militants attacked {text}. Two days later they returned, and 5000 years later again.",
                      anchor)
    assert all(anchor is None or x.start is None or x.start <= anchor for _, x in chain.resolved)


def test_far_dates_in_text_give_no_event_after_publication(pipeline):
    text = ("Militants attacked a village in the year 3024, killing 12 people. On 1 January 0001 gunmen "
            "killed 5 people in Kabul. In 10000 BC a bomb killed 3 people. 99999 years ago a raid killed 2.")
    for published in (date(2024, 3, 23), date(9999, 12, 31)):
        events = pipeline.extract(text, published=published)
        assert events
        assert all(e.date is None or e.date.start is None or e.date.start <= published for e in events)


def test_publication_date_in_year_one(pipeline):
    """Background checks once computed published - 30 days, which overflows near 0001-01-01."""
    events = pipeline.extract("Gunmen killed 5 people in Kabul on Friday.", published=date(1, 1, 1))
    assert all(e.date is None or e.date.start is None or e.date.start <= date(1, 1, 1) for e in events)
