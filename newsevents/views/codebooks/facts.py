"""What both codebooks read from a record: an Event or an Incident seen the same way, with its articles.

An Event is read as a one-report incident, so each codebook has a single row builder. Articles come
through a lookup (a callable or a mapping of id -> Article), never a database handle, so the builders
stay pure and testable without a store. The vocabularies (rules, target keywords, countries) are the
JSON files of `views/data`.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from ...core.enums import DatePrecision
from ...core.records import Article, Event, Incident, SourcedClaim

ArticleLookup = Callable[[str], Article | None]
Articles = ArticleLookup | Mapping[str, Article] | None


@cache
def load(name: str) -> dict[str, Any]:
    """One data file of views/data, read once per process (on first use, not at import)."""
    text = resources.files("newsevents.views.data").joinpath(f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)


@dataclass(frozen=True)
class Country:
    iso2: str
    name: str                   # the codebook's spelling
    region: str
    iso3: str
    numeric: int


def country(iso2: str | None, codebook: str) -> Country | None:
    """The country as `codebook` ("acled" or "gtd") names and places it; None when unknown."""
    code = (iso2 or "").upper()
    row = load("countries")["countries"].get(code)
    if row is None:
        return None
    return Country(code, load(codebook)["country_names"].get(code, row["name"]), _regions(codebook)[code],
                   row["iso3"], row["numeric"])


@cache
def _regions(codebook: str) -> dict[str, str]:
    return {cc: region for region, ccs in load(codebook)["regions"].items() for cc in ccs}


@cache
def _target_patterns() -> tuple[tuple[re.Pattern[str], str, int], ...]:
    """(keyword pattern, category, keyword length), plurals included."""
    out = []
    for category, words in load("targets")["categories"]:
        for w in words:
            out.append((re.compile(rf"\b{re.escape(w.lower())}(?:s|es)?\b"), category, len(w)))
    return tuple(out)


def target_category(words: str) -> str:
    """GTD target category of a target or victim phrase: its longest keyword decides (targets.json)."""
    text = words.lower()
    best, best_len = load("targets")["default"], 0
    for pattern, category, length in _target_patterns():
        if length > best_len and pattern.search(text):
            best, best_len = category, length
    return best


@dataclass(frozen=True)
class Facts:
    """One record as the codebooks read it."""
    incident: Incident              # an Event arrives as a one-report incident whose id is the event id
    articles: tuple[Article, ...]   # the reporting articles found by the lookup, in the record's order
    targets: tuple[tuple[str, tuple[str, ...]], ...]   # (category, names), categories in first-seen order
    text: str                       # summary and trigger, lower-cased: what `text` rule conditions search

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(c for c, _ in self.targets)


def read_records(records: Iterable[Event | Incident], articles: Articles = None) -> Iterator[Facts]:
    """Facts of each record; each article is looked up once per export."""
    lookup: ArticleLookup = (lambda _id: None) if articles is None else (
        articles.get if isinstance(articles, Mapping) else articles)
    seen: dict[str, Article | None] = {}

    def article(aid: str) -> Article | None:
        if aid not in seen:
            seen[aid] = lookup(aid)
        return seen[aid]

    for r in records:
        found = tuple(a for a in (article(i) for i in _article_ids(r)) if a is not None)
        inc = r if isinstance(r, Incident) else _as_incident(r, found[0] if found else None)
        trigger = r.trigger if isinstance(r, Event) else None
        text = " ".join(t for t in (inc.summary, trigger) if t).lower()
        yield Facts(inc, found, _targets(inc), text)


def _article_ids(r: Event | Incident) -> tuple[str, ...]:
    return (r.article_id,) if isinstance(r, Event) else r.article_ids


def _as_incident(e: Event, article: Article | None) -> Incident:
    published = article.published if article else None
    return Incident(
        incident_id=e.event_id, event_type=e.event_type, date=e.date, location=e.location,
        perpetrators=e.perpetrators, fatalities=e.fatalities, article_ids=(e.article_id,), event_ids=(e.event_id,),
        status=e.status, injuries=e.injuries, suicide=e.suicide, targets=e.targets, victims=e.victims,
        weapons=e.weapons, claims=tuple(SourcedClaim(c, e.article_id) for c in e.claimed_by),
        attributions=tuple(SourcedClaim(a.actor, e.article_id, a.source) for a in e.attributed_by),
        summary=" ".join(x.text for x in e.evidence) or None, first_reported=published, last_reported=published)


def _targets(inc: Incident) -> tuple[tuple[str, tuple[str, ...]], ...]:
    unknown = load("targets")["default"]
    groups: dict[str, list[str]] = {}
    for p in (*inc.targets, *inc.victims):
        category = target_category(p.name)
        if category != unknown and p.name not in groups.setdefault(category, []):
            groups[category].append(p.name)
    return tuple((c, tuple(names)) for c, names in groups.items())


# -- rules ------------------------------------------------------------------------------------------

def _words(values: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for v in values:
        out.add(v.lower())
        out.update(v.lower().split())
    return out


def _has_phrase(text: str, phrases: list[str]) -> bool:
    return any(re.search(rf"\b{re.escape(p)}\b", text) for p in phrases)


CONDITIONS: dict[str, Callable[[Facts, Any], bool]] = {
    "status": lambda f, v: f.incident.status.value in v,
    "suicide": lambda f, v: f.incident.suicide is v,
    "fatalities": lambda f, v: (f.incident.fatalities is not None and f.incident.fatalities.count > 0) is v,
    "weapons": lambda f, v: bool(_words(f.incident.weapons) & set(v)),
    "text": lambda f, v: _has_phrase(f.text, v),
    "targets": lambda f, v: bool(set(f.categories) & set(v)),
}


def first_rule(rules: dict[str, Any], facts: Facts) -> dict[str, Any]:
    """The first rule (the shared "before" ones, then the event type's) whose every condition holds."""
    for rule in (*rules["before"], *rules["types"][facts.incident.event_type.value]):
        if all(CONDITIONS[k](facts, v) for k, v in rule.get("when", {}).items()):
            return rule
    raise ValueError(f"no rule matches event type {facts.incident.event_type.value!r}")


# -- dates and sources ------------------------------------------------------------------------------

def event_day(inc: Incident) -> date | None:
    """The day a codebook records: the start of a day-precise date, else the middle of the range."""
    d = inc.date
    if d is None or d.start is None:
        return inc.first_reported
    if d.end is None or d.precision is DatePrecision.DAY:
        return d.start
    return d.start + timedelta(days=(d.end - d.start).days // 2)


def publisher(a: Article) -> str:
    """A name for the article's outlet: its web host without "www.", else the article id."""
    for address in (a.url, a.source):
        host = urlsplit(address or "").hostname
        if host:
            return host.removeprefix("www.")
    return a.id


def citation(a: Article) -> str:
    """A GTD-style source citation: "Title," outlet, date. URL"""
    parts = [f'"{a.title}"' if a.title else None, publisher(a), a.published.isoformat() if a.published else None]
    text = ", ".join(p for p in parts if p) + "."
    return f"{text} {a.url}" if a.url else text


def unique(items: Iterable[str]) -> list[str]:
    """Items in first-seen order, each once, empties dropped."""
    return list(dict.fromkeys(i for i in items if i))
