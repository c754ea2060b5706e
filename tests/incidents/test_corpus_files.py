"""The incident-merging corpus (corpus/incidents/) is well-formed, so a bad edit fails before the merger is scored.

The corpus is data, not code: these checks hold its two files to the shape `corpus/incidents/README.md`
describes and to the issue's minimums (articles, multi-report incidents, background mentions).
"""
from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from newsevents.articles import iter_articles
from newsevents.core.enums import EventType
from newsevents.core.records import Article

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "incidents"
ARTICLE_KEYS = {"id", "title", "published", "url", "text"}
GOLD_KEYS = {"incident", "event_type", "date", "country", "place", "fatalities_final", "articles", "mentions"}


def _lines(name: str) -> list[dict]:
    with open(CORPUS / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="module")
def articles() -> dict[str, dict]:
    records = _lines("articles.jsonl")
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    return {r["id"]: r for r in records}


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return _lines("gold.jsonl")


def _main_count(incident: dict) -> int:
    return sum(role == "main" for role in incident["mentions"].values())


def test_article_records_have_the_input_fields(articles):
    for aid, a in articles.items():
        assert set(a) == ARTICLE_KEYS, aid
        assert all(isinstance(a[k], str) and a[k].strip() for k in ARTICLE_KEYS), aid
        date.fromisoformat(a["published"])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["published"]), aid
        assert a["url"].startswith("https://example.org/"), aid
        assert 120 <= len(a["text"].split()) <= 400, (aid, len(a["text"].split()))


def test_the_project_reads_every_article(articles, session_settings):
    """The articles stage accepts the file as it is: every record becomes an Article, none is skipped."""
    items = list(iter_articles([str(CORPUS / "articles.jsonl")], settings=session_settings))
    assert all(isinstance(i, Article) for i in items), [i for i in items if not isinstance(i, Article)]
    assert sorted(i.id for i in items) == sorted(articles)
    assert all(i.published == date.fromisoformat(articles[i.id]["published"]) for i in items)


def test_gold_records_are_well_formed(gold):
    slugs = [g["incident"] for g in gold]
    assert len(slugs) == len(set(slugs)), [s for s, n in Counter(slugs).items() if n > 1]
    types = {t.value for t in EventType}
    for g in gold:
        assert set(g) == GOLD_KEYS, g["incident"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", g["incident"]), g["incident"]
        assert g["event_type"] in types, g["incident"]
        date.fromisoformat(g["date"])
        assert re.fullmatch(r"[A-Z]{2}", g["country"]), g["incident"]
        assert g["place"].strip(), g["incident"]
        assert isinstance(g["fatalities_final"], int) and g["fatalities_final"] >= 0, g["incident"]
        assert g["articles"], g["incident"]
        assert len(g["articles"]) == len(set(g["articles"])), g["incident"]
        assert set(g["articles"]) == set(g["mentions"]), g["incident"]
        assert set(g["mentions"].values()) <= {"main", "background"}, g["incident"]


def test_gold_and_articles_agree(articles, gold):
    named = {aid for g in gold for aid in g["articles"]}
    assert named - set(articles) == set(), "gold names articles that do not exist"
    assert set(articles) - named == set(), "articles that no gold incident claims"
    mains = {aid for g in gold for aid, role in g["mentions"].items() if role == "main"}
    assert set(articles) - mains == set(), "every article reports at least one incident as its subject"


def test_no_article_reports_an_incident_before_it_happened(articles, gold):
    for g in gold:
        for aid in g["articles"]:
            assert articles[aid]["published"] >= g["date"], (g["incident"], aid)


def test_the_corpus_meets_the_issue_minimums(articles, gold):
    assert len(articles) >= 60
    assert sum(2 <= _main_count(g) <= 5 for g in gold) >= 20
    assert sum(role == "background" for g in gold for role in g["mentions"].values()) >= 8
    by_slug = {g["incident"]: g for g in gold}
    assert _main_count(by_slug["moscow-crocus-city-hall-attack-2024"]) >= 3
    assert _main_count(by_slug["kerman-soleimani-memorial-bombings-2024"]) >= 3


def test_same_city_distractors_are_separate_incidents(gold):
    """At least four cities hold two different incidents less than six weeks apart."""
    by_city: dict[tuple[str, str], list[date]] = {}
    for g in gold:
        by_city.setdefault((g["country"], g["place"]), []).append(date.fromisoformat(g["date"]))
    pairs = sum(1 for days in by_city.values() for a in days for b in days if a < b and (b - a).days <= 42)
    assert pairs >= 4
