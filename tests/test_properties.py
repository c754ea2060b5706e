"""Properties over generated input (hypothesis): extraction and the article readers never crash.

`Pipeline.extract` (what `newsevents.extract` calls, with the session's model) gets text mixing news
words, numbers, dates, unicode and control characters; the readers get JSON lines, HTML and text bytes
in temporary files. Seeds that once broke them live in tests/regressions/ and run as plain cases.
No example database is kept (database=None); hypothesis' own caches go to $HYPOTHESIS_STORAGE_DIRECTORY
(set by the test run, else ./.hypothesis, which hypothesis git-ignores itself).
"""
from __future__ import annotations

import gzip
import itertools
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.articles.sources import iter_articles
from newsevents.config import Settings
from newsevents.core.enums import Outcome
from newsevents.core.records import Article, ArticleOutcome, Event
from newsevents.errors import ExtractionError
from newsevents.mentions.counts import MAX_CASUALTIES

REGRESSIONS = Path(__file__).parent / "regressions"
FIXTURE_OK = settings(deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

WORDS = ["Gunmen", "killed", "at least", "wounded", "people", "a bomb", "exploded", "in", "Kabul", "Mosul", "on",
         "Friday", "the following year", "two days later", "the Taliban", "claimed responsibility", "police said",
         "suicide bomber", ".", ",", "\n\n", "KABUL, Afghanistan -", "AT LEAST 40 PEOPLE WERE KILLED", "them",
         "10 million", "1,000,000,000", "a billion", "9999999999999999999999", "dozens", "between 20 and 30",
         "in the year 3024", "on 1 January 0001", "in 10000 BC", "99999 years ago", "March 5, 2015", "last July",
         "31/12/9999", "Fatalities coded as 7", "5 fatalities split among 0 events", "\x00", "\x07", "\u202e",
         "\ufeff", "\r\n", "\t", "² people", "٣ people", "😀"]
NUMBER = st.one_of(st.integers(0, 10**30).map(str), st.integers(0, 10**12).map("{:,}".format),
                   st.decimals(0, 10**4, places=1).map(lambda d: f"{d} million"))
DATE = st.one_of(st.integers(0, 10**12).map(lambda n: f"{n} years ago"),
                 st.integers(0, 10**7).map(lambda n: f"{n} days later"),
                 st.integers(0, 99999).map(lambda y: f"on 5 March {y}"),
                 st.tuples(st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99)).map(
                     lambda t: f"{t[0]:04d}-{t[1]:02d}-{t[2]:02d}"))
SENTENCE = st.builds("{} killed {} people in {} {}.".format,
                     st.sampled_from(["Gunmen", "A suicide bomber", "Boko Haram"]), NUMBER,
                     st.sampled_from(["Kabul", "northern Nigeria", "Xyzzy"]), DATE)
TEXT = st.lists(st.one_of(st.sampled_from(WORDS), SENTENCE, NUMBER, DATE, st.text(max_size=12)),
                min_size=1, max_size=30).map(" ".join)
PUBLISHED = st.one_of(st.none(), st.dates(min_value=date(1, 3, 1)))   # year 1, Jan-Feb: see test_hostile_input


def check_events(text: str, published: date | None, events: list[Event]) -> None:
    """What every extraction must satisfy, whatever the text."""
    for e in events:
        assert isinstance(e, Event)
        if published and e.date and e.date.start:
            assert e.date.start <= published, (e.date, published)
        for toll in (e.fatalities, e.injuries):
            assert toll is None or 0 <= toll.count <= MAX_CASUALTIES, toll
            assert toll is None or toll.max is None or toll.max <= MAX_CASUALTIES, toll
        for ev in e.evidence:
            assert text[ev.start:ev.end] == ev.text, ev
        json.dumps(e.to_json())


@settings(FIXTURE_OK, max_examples=60)
@given(text=TEXT, published=PUBLISHED)
def test_extract_never_crashes(pipeline, text, published):
    check_events(text, published, pipeline.extract(text, published=published))


@pytest.mark.parametrize("case", json.loads((REGRESSIONS / "extract.json").read_text("utf-8"))["cases"],
                         ids=lambda c: c["text"][:40])
def test_extract_regressions(pipeline, case):
    published = date.fromisoformat(case["published"]) if case["published"] else None
    check_events(case["text"], published, pipeline.extract(case["text"], published=published))


def test_lone_surrogates_are_an_extraction_error_not_a_crash(pipeline):
    with pytest.raises(ExtractionError, match="surrogate"):
        pipeline.extract("Gunmen killed 5 people \ud800 in Kabul.")


# -- the readers ------------------------------------------------------------------------------------------

_names = itertools.count()


@pytest.fixture
def reader_settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data", db=str(tmp_path / "data" / "ne.db"),
                    gazetteer=tmp_path / "data" / "gaz.sqlite", max_chars=2000)


def read_all(tmp_path: Path, suffix: str, data: bytes, s: Settings) -> list[Article | ArticleOutcome]:
    """Every item the readers give for `data` in a fresh file; each must be a sound Article or a skip."""
    path = tmp_path / f"{next(_names)}{suffix}"
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    items = list(iter_articles([str(path)], settings=s))
    for it in items:
        if isinstance(it, Article):
            assert it.text.strip() and len(it.text) <= s.max_chars and "\x00" not in it.text
            it.text.encode("utf-8")                         # no lone surrogates
            assert it.published is None or isinstance(it.published, date)
        else:
            assert isinstance(it, ArticleOutcome) and it.reason and it.article_id
            assert it.outcome is Outcome.SKIPPED, it        # failed = a library raised inside a reader
    return items


SCALAR = st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(), st.text(max_size=30),
                   st.sampled_from(["2024-03-23", "99999-01-01", "not a date", "0001-01-01", "2024-02-30",
                                    "2024-03-23T25:00:00Z", "Gunmen killed 5 people in Kabul on Friday."]))
VALUE = st.recursive(SCALAR, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                     st.dictionaries(st.text(max_size=5), inner, max_size=3)),
                     max_leaves=8)
RECORD = st.fixed_dictionaries({}, optional={
    "id": VALUE, "text": st.one_of(VALUE, st.text()), "title": VALUE, "url": VALUE, "published": VALUE,
    "html": st.one_of(VALUE, st.text().map("<html><body><p>{}</p></body></html>".format))})
LINE = st.one_of(RECORD.map(lambda r: json.dumps(r).encode()), VALUE.map(lambda v: json.dumps(v).encode()),
                 st.binary(max_size=60), st.text(max_size=40).map(lambda t: t.encode("utf-8", "surrogatepass")),
                 st.integers(1, 3000).map(lambda n: b"[" * n))


@settings(FIXTURE_OK, max_examples=150)
@given(lines=st.lists(LINE, max_size=8), gz=st.booleans())
def test_json_lines_reader_never_crashes(tmp_path, reader_settings, lines, gz):
    data = b"\n".join(lines) + b"\n"
    assert len(read_all(tmp_path, ".jsonl.gz" if gz else ".jsonl", data, reader_settings)) <= data.count(b"\n")


MARKUP = st.sampled_from([
    "<html>", "<body>", "<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<style>", "<!--", "-->",
    "<template>", "<meta property='article:published_time' content='99999-01-01'>", "<title>", "</title>",
    "<script type='application/ld+json'>", '{"datePublished": "0001-01-01"}', "[[[[[[", "<time datetime='2024-13-45'>",
    "&amp;", "&#0;", "&#xD800;", "\x00", "<![CDATA[", "]]>", "<?xml version='1.0'?>", "<svg>", "<td>", "<b>" * 300,
    "<meta charset='utf-16'>", "<meta charset='no-such-codec'>", "Gunmen killed 5 people in Kabul on Friday."])
PAGE = st.one_of(st.binary(max_size=300),
                 st.lists(st.one_of(MARKUP, st.text(max_size=10)), max_size=30).map(
                     lambda parts: "".join(parts).encode("utf-8", "surrogatepass")))


@settings(FIXTURE_OK, max_examples=150)
@given(data=PAGE, suffix=st.sampled_from([".html", ".htm", ".txt", ".article"]))
def test_file_readers_never_crash(tmp_path, reader_settings, data, suffix):
    assert len(read_all(tmp_path, suffix, data, reader_settings)) == 1


@pytest.mark.parametrize("case", json.loads((REGRESSIONS / "readers.json").read_text("utf-8"))["cases"],
                         ids=lambda c: c["found"][:50])
def test_reader_regressions(tmp_path, reader_settings, case):
    data = (case["head"] + case["data"] * case["repeat"] + case["tail"]).encode("utf-8", "surrogatepass")
    assert read_all(tmp_path, case["suffix"], data, reader_settings)
