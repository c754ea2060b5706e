"""One article's drafts -> resolved, merged Event records (dates, places, actors, claims)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Sequence

from ..core import (Actor, ActorKind, Article, Attribution, DatePrecision, DateRange, Event, Evidence, GeoPrecision,
                    Location, Participant)
from ..core.ids import event_id
from ..events.drafts import ActorMention, Claim, EventDraft
from ..mentions.counts import find_casualties, total
from .actors import ActorRegistry
from .chain import DateChain
from .merge import BACKGROUND_DAYS, Resolved, merge_mentions
from .places import Gazetteer


_WORD = r"[A-Z][\w'’`.-]*"
_LINK = r"(?:\s+(?:[a-z]{1,3}|[A-Z][\w'’`.-]*))*?"
_UNIT = (r"(?:\s+(?:city|district|province|state|region|governorate|county|division|agency|village|town|municipality|"
         r"department|tehsil|sub-district|prefecture|territory|LGA|commune|area))?")
_SEGMENT = _WORD + r"(?:\s+" + _WORD + r"|\s+(?:al|ad|as|at|an|ash|el|de|del|da|do|du|la|di|of)\s+" + _WORD + r")*" + _UNIT
_CHAIN = re.compile(r"(?<![\w'’-])(" + _SEGMENT + r")((?:\s*,\s*" + _SEGMENT + r"){1,3})")
_SPLIT = re.compile(r"\s*,\s*")
_COARSE = {GeoPrecision.COUNTRY, GeoPrecision.ADMIN1, GeoPrecision.REGION, GeoPrecision.UNKNOWN}


def address(text: str, gaz: Gazetteer, countries: Sequence[str] = ()) -> Location | None:
    """The locality of an address chain ("in Taji, Salah ad Din, Iraq"; "in Kohistan district, Badakhshan"): the name
    just before the region that holds it. It keeps the gazetteer's entry when one lies in that region, else it stands
    with the region's coordinates and the region's precision."""
    best = None
    for m in _CHAIN.finditer(text):
        parts = [m.group(1)] + [p for p in _SPLIT.split(m.group(2)) if p]
        country = gaz.country_of(parts[-1]) if len(parts) >= 3 else None
        region_parts = parts[:-1] if country else parts
        if len(region_parts) < 2:
            continue
        ctx = [country] if country else list(countries)
        region = gaz.resolve(region_parts[-1], countries=ctx)
        if region is None or region.precision is not GeoPrecision.ADMIN1 or (country and region.country != country):
            if not country:
                continue
            region = gaz.resolve(parts[-1])
            if region is None:
                continue
        local_text = region_parts[-2]
        local = gaz.resolve(local_text, countries=[region.country], admin1=region.admin1)
        if local is not None and local.country == region.country and local.precision not in _COARSE and (
                region.precision is GeoPrecision.COUNTRY or local.admin1 == region.admin1):
            found = local
        else:
            found = Location(name=local_text, country=region.country, admin1=region.admin1, lat=region.lat,
                             lon=region.lon, precision=region.precision, geonames_id=None, text=local_text)
        if best is None:
            best = found
    return best


def _in_address(loc: Location | None, text: str) -> bool:
    return loc is None or loc.precision in _COARSE or bool(loc.text and re.search(
        re.escape(loc.text) + r"\s*,", text))

SHORT_ARTICLE_CHARS = 2500      # a brief or a coder's note: one incident, every figure in it is that incident's


@dataclass(frozen=True)
class Resolvers:
    gazetteer: Gazetteer
    actors: ActorRegistry


def _actor(m: ActorMention, actors: ActorRegistry, upper: bool) -> Actor | None:
    if not m.text:
        return None
    hit = actors.resolve(m.text, upper_text=upper) if not m.canonical else None
    canonical = m.canonical or (hit.canonical if hit else None)
    kind = None
    if canonical:
        entry = actors.get(canonical)
        kind = entry.kind if entry else ActorKind.ORGANIZATION
    elif m.kind:
        kind = ActorKind(m.kind)
    return Actor(m.text, canonical, kind or ActorKind.UNKNOWN)


def _claims(claims: Sequence[Claim], actors: ActorRegistry, upper: bool):
    claimed, attributed, denied, named = [], [], False, []
    for c in claims:
        a = _actor(c.actor, actors, upper)
        if c.negated:
            denied = True
            continue
        if a is None:
            continue
        name = a.canonical or a.name
        if c.is_attribution:
            at = Attribution(c.source, name)
            if at not in attributed:
                attributed.append(at)
        elif name not in claimed:
            claimed.append(name)
        named.append(a)
    return claimed, attributed, denied, named


def _attach_loose(drafts: list[EventDraft], loose: Sequence[Claim]) -> None:
    for c in loose:
        before = [d for d in drafts if d.trigger_start <= c.start and d.event_type.value != "threat"]
        after = [d for d in drafts if d.trigger_start > c.start and d.event_type.value != "threat"]
        target = before[-1] if before else (after[0] if after else None)
        if target is not None:
            target.claims.append(c)


def resolve_article(article: Article, drafts: list[EventDraft], loose_claims: Sequence[Claim],
                    resolvers: Resolvers, *, upper: bool = False) -> list[Event]:
    if not drafts:
        return []
    _attach_loose(drafts, loose_claims)
    chain = DateChain(article.text, article.published)
    gaz, actors = resolvers.gazetteer, resolvers.actors
    context = gaz.countries_in([t for d in drafts for t, _ in d.place_texts] + ([article.title] if article.title else []))
    items: list[Resolved] = []
    done: dict[int, Resolved] = {}
    addresses: dict[int, Location | None] = {}       # one address per sentence, shared by its drafts
    for d in drafts:
        parent = done.get(id(d.inherits_from)) if d.inherits_from is not None else None
        date = None
        for text, off in d.date_texts:
            r = chain.at(text, off)
            if r is not None and r.start is not None:
                date = r
                break
        location = gaz.resolve_best([t for t, _ in d.place_texts], countries=context) if d.place_texts else None
        if location is None or _in_address(location, d.sentence_text):
            if d.sentence_start not in addresses:
                addresses[d.sentence_start] = address(d.sentence_text, gaz, context)
            found = addresses[d.sentence_start]
            if found is not None and (location is None or location.country == found.country):
                location = found
        perps = [a for a in (_actor(m, actors, upper) for m in d.perpetrators) if a is not None]
        claimed, attributed, denied, named = _claims(d.claims, actors, upper)
        if parent is not None:
            date = date or (parent.date if parent.date_given else None)
            if parent.location and (location is None or (location.country == parent.location.country and
                                                          location.precision.value == "country")):
                location = parent.location
            perps = perps or list(parent.perpetrators)
        items.append(Resolved(
            event_type=d.event_type, status=d.status, generic=d.generic, sentence_start=d.sentence_start,
            weight=d.weight, trigger=d.trigger, trigger_start=d.trigger_start, suicide=d.suicide, anaphoric=d.anaphoric,
            definite=d.definite, claim_actors=named,
            date=date, date_given=date is not None, location=location, perpetrators=perps,
            targets=[Participant(n, k) for n, k in d.targets],
            victims=[Participant(v) for v in d.victims], weapons=list(d.weapons),
            fatalities=d.fatalities, injuries=d.injuries, claimed_by=claimed, claim_denied=denied,
            attributed_by=attributed,
            evidence=[Evidence(d.sentence_text, d.sentence_start, d.sentence_end)],
        ))
        done[id(d)] = items[-1]
    merged = merge_mentions(items, article.published)
    if len(merged) == 1:
        if len(article.text) <= SHORT_ARTICLE_CHARS:
            _whole_article_tolls(merged[0], article.text)
        if not merged[0].date_given:                  # one incident, no date in its clauses: the article's first day
            day = next((r for _, r in chain.resolved if r.precision is DatePrecision.DAY and r.start is not None
                        and (article.published is None or r.start <= article.published)), None)
            if day is not None:
                merged[0].date, merged[0].date_given = day, True
    return [_event(article, r) for r in merged if not (r.generic and r.fatalities is None and r.injuries is None
                                                       and not r.perpetrators and not r.location and len(merged) > 1)]


def _whole_article_tolls(r: Resolved, text: str) -> None:
    """An article that tells of one incident: the casualty figures of all its sentences belong to it (a toll given
    in a sentence with no trigger, or in a clause the trigger did not reach)."""
    found = find_casualties(text)
    for attr, kind in (("fatalities", "killed"), ("injuries", "injured")):
        whole = total(found, kind)
        if whole is not None:
            setattr(r, attr, whole)


def _event(article: Article, r: Resolved) -> Event:
    date = r.date
    if date is None and article.published is not None:
        date = DateRange(article.published, article.published, DatePrecision.UNKNOWN, None)
    background = bool(article.published and date and date.end and
                      date.end < article.published - timedelta(days=BACKGROUND_DAYS))
    filled = sum(bool(x) for x in (r.date_given, r.location, r.perpetrators, r.fatalities or r.injuries, r.targets))
    confidence = min(0.99, r.weight * (0.6 if r.generic else 0.8) + 0.05 * filled + 0.03 * (r.mentions - 1))
    first = r.evidence[0]
    return Event(
        event_id=event_id(article.id, r.event_type.value, r.trigger_start, first.end),
        article_id=article.id, event_type=r.event_type, status=r.status, suicide=r.suicide, date=date,
        location=r.location, perpetrators=tuple(r.perpetrators), targets=tuple(r.targets), victims=tuple(r.victims),
        weapons=tuple(r.weapons), fatalities=r.fatalities, injuries=r.injuries,
        claimed_by=tuple(r.claimed_by), attributed_by=tuple(r.attributed_by), evidence=tuple(r.evidence),
        confidence=round(confidence, 3), trigger=r.trigger, background=background,
    )
