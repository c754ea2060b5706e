"""Mentions of one incident inside one article become one event ("the attack" three paragraphs later)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from ..core import Attribution, Count, DateRange, EventType, Location, Status
from ..core import Actor, Evidence, GeoPrecision, Participant
from ..mentions.lexicon import triggers

BACKGROUND_DAYS = 30
_ATTACKS = {EventType.ARMED_ASSAULT, EventType.BOMBING, EventType.ASSASSINATION, EventType.KIDNAPPING, EventType.ARSON,
            EventType.FACILITY_ATTACK, EventType.REMOTE_VIOLENCE, EventType.BATTLE, EventType.VIOLENCE_AGAINST_CIVILIANS}
_GEO_RANK = {GeoPrecision.POINT: 0, GeoPrecision.CITY: 1, GeoPrecision.DISTRICT: 2, GeoPrecision.ADMIN1: 3,
             GeoPrecision.COUNTRY: 4, GeoPrecision.REGION: 5, GeoPrecision.UNKNOWN: 6}


@dataclass
class Resolved:
    """An event being built: resolved fields plus what the merge needs to know."""
    event_type: EventType
    status: Status
    generic: bool
    sentence_start: int
    weight: float
    trigger: str
    trigger_start: int
    suicide: bool = False
    anaphoric: bool = False
    definite: bool = False
    claim_actors: list[Actor] = field(default_factory=list)   # claimants and attributed actors, perpetrators in waiting
    date: DateRange | None = None
    date_given: bool = False
    location: Location | None = None
    perpetrators: list[Actor] = field(default_factory=list)
    targets: list[Participant] = field(default_factory=list)
    victims: list[Participant] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    fatalities: Count | None = None
    injuries: Count | None = None
    claimed_by: list[str] = field(default_factory=list)
    claim_denied: bool = False
    attributed_by: list[Attribution] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    mentions: int = 1


def _dates_clash(a: DateRange | None, b: DateRange | None) -> bool:
    if not a or not b or not a.start or not b.start:
        return False
    a_end, b_end = a.end or a.start, b.end or b.start
    return a_end < b.start or b_end < a.start


def _places_clash(a: Location | None, b: Location | None) -> bool:
    if not a or not b:
        return False
    if a.country and b.country and a.country != b.country:
        return True
    fine = {GeoPrecision.POINT, GeoPrecision.CITY, GeoPrecision.DISTRICT}
    if a.precision in fine and b.precision in fine and a.name != b.name:
        return True
    return False


def _names(xs) -> set[str]:
    return {(getattr(x, "canonical", None) or x.name).lower() for x in xs}


_HOSTAGE_FATES = {EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.ARMED_ASSAULT, EventType.ASSASSINATION}


def _hostage_fate(k: Resolved, e: Resolved) -> bool:
    """A killing told after an abduction ("kidnapped ... later beheaded") is how the kidnapping ended; the person it
    names is the hostage, not a new target."""
    return (k.event_type is EventType.KIDNAPPING and e.event_type in _HOSTAGE_FATES and not e.perpetrators[1:]
            and not _dates_clash(k.date if k.date_given else None, e.date if e.date_given else None)
            and not _places_clash(k.location, e.location) and all(t.kind == "person" for t in e.targets))


def _raid_to_burn(k: Resolved, e: Resolved) -> bool:
    """"Stormed the site and set fire to the machines": a raid that hurt nobody, told with the burning it did."""
    return (k.event_type is EventType.ARMED_ASSAULT and e.event_type in (EventType.ARSON, EventType.FACILITY_ATTACK)
            and e.sentence_start == k.sentence_start and k.fatalities is None and k.injuries is None and not k.victims
            and e.fatalities is None and e.injuries is None and not _places_clash(k.location, e.location))


def compatible(k: Resolved, e: Resolved) -> bool:
    if _hostage_fate(k, e) or _raid_to_burn(k, e):
        return True
    if e.sentence_start == k.sentence_start and not ((e.generic or e.definite) and not e.targets and
                                                     (not e.location or not _places_clash(k.location, e.location))):
        return False                                   # coordinated clauses of one sentence are separate acts
    if (k.event_type is EventType.THREAT) != (e.event_type is EventType.THREAT):
        return False
    if k.event_type != e.event_type and not (e.generic or k.generic):
        if not (k.event_type in _ATTACKS and e.event_type in _ATTACKS):
            return False
        if {k.event_type, e.event_type} - {EventType.ARMED_ASSAULT, EventType.BOMBING, EventType.VIOLENCE_AGAINST_CIVILIANS,
                                           EventType.ASSASSINATION}:
            return False
    if k.event_type in _ATTACKS and e.event_type not in _ATTACKS:
        return False
    if k.status != e.status and not e.generic:
        return False
    if _dates_clash(k.date if k.date_given else None, e.date if e.date_given else None):
        return False
    if _places_clash(k.location, e.location):
        return False
    if k.fatalities and e.fatalities and k.fatalities.count != e.fatalities.count and not e.generic:
        return False
    kp = {x for x in _names(k.perpetrators) if x}
    ep = {x for x in _names(e.perpetrators) if x}
    named = lambda xs: {p.canonical.lower() for p in xs if p.canonical}  # noqa: E731
    if named(k.perpetrators) and named(e.perpetrators) and not named(k.perpetrators) & named(e.perpetrators):
        return False
    del kp, ep
    # something must tie them: the same place, or a later mention that names no place of its own
    coarse = {GeoPrecision.COUNTRY, GeoPrecision.ADMIN1, GeoPrecision.REGION}
    same_place = bool(k.location and e.location and (k.location.name == e.location.name or (
        k.location.country == e.location.country and (k.location.precision in coarse or e.location.precision in coarse))))
    return same_place or not e.location or e.generic


def _better_count(a: Count | None, b: Count | None) -> Count | None:
    if a is None or b is None:
        return a or b
    return b if b.count > a.count else a


def absorb(k: Resolved, e: Resolved) -> None:
    rank = triggers().rank
    if _raid_to_burn(k, e):
        k.event_type, k.generic, k.trigger = e.event_type, e.generic, e.trigger
    # the first specific mention names the incident; a generic one ("the attack") gives way to a specific one
    if k.generic and (not e.generic or rank(e.event_type.value) < rank(k.event_type.value)):
        k.event_type, k.generic, k.trigger = e.event_type, e.generic, e.trigger
    if k.status is Status.REALIZED and e.status is not Status.REALIZED and not e.generic:
        k.status = e.status
    k.suicide = k.suicide or e.suicide
    if not k.date_given and e.date_given:
        k.date, k.date_given = e.date, True
    if e.location and (not k.location or _GEO_RANK[e.location.precision] < _GEO_RANK[k.location.precision]):
        if not k.location or not k.location.country or k.location.country == e.location.country:
            k.location = e.location
    for attr in ("perpetrators", "targets", "victims"):
        mine = getattr(k, attr)
        have = _names(mine)
        for x in getattr(e, attr):
            if (getattr(x, "canonical", None) or x.name).lower() not in have:
                mine.append(x)
    if any(p.canonical for p in k.perpetrators):
        k.perpetrators = [p for p in k.perpetrators if p.canonical or p.kind.value != "unknown"]
    k.weapons.extend(w for w in e.weapons if w not in k.weapons)
    k.fatalities = _better_count(k.fatalities, e.fatalities)
    k.injuries = _better_count(k.injuries, e.injuries)
    k.claimed_by.extend(c for c in e.claimed_by if c not in k.claimed_by)
    k.claim_denied = k.claim_denied or e.claim_denied
    k.attributed_by.extend(a for a in e.attributed_by if a not in k.attributed_by)
    k.claim_actors.extend(a for a in e.claim_actors if a not in k.claim_actors)
    k.evidence.extend(x for x in e.evidence if x not in k.evidence)
    k.weight = max(k.weight, e.weight)
    k.mentions += e.mentions


def _background(r: Resolved, published: date | None) -> bool:
    return bool(published and r.date_given and r.date and r.date.end
                and (published - r.date.end).days > BACKGROUND_DAYS)


_PLANTED = {EventType.BOMBING}


def adopt_claimants(r: Resolved) -> None:
    """With no named perpetrator, the group that claimed the attack (or was named behind it) stands as one. A state
    force read as the author of a bomb a group claimed was its target or its finder, not its author: the claimant
    takes its place."""
    if r.event_type in _PLANTED and r.claimed_by and not r.claim_denied:
        claimants = [a for a in r.claim_actors if a.kind.value != "state" and (a.canonical or a.name) in r.claimed_by]
        if claimants and any(p.kind.value == "state" for p in r.perpetrators):
            kept = [p for p in r.perpetrators if p.kind.value != "state"]
            r.perpetrators = kept + [a for a in claimants[:1] if (a.canonical or a.name).lower() not in _names(kept)]
    if not any(p.canonical for p in r.perpetrators):
        named = [a for a in r.claim_actors if a.canonical]
        if not named and not any(p.kind.value == "organization" for p in r.perpetrators):
            named = [a for a in r.claim_actors if a.kind.value == "organization"]   # a group the registry lacks
        if named:
            r.perpetrators = [p for p in r.perpetrators if p.kind.value != "unknown"] + named[:1]


def merge_mentions(items: list[Resolved], published: date | None = None) -> list[Resolved]:
    """Folds each mention into the latest earlier compatible one; a mention that names neither a date nor a place
    is not folded into an earlier attack the article only recalls."""
    kept: list[Resolved] = []
    for e in items:
        bare = not e.date_given and not e.location and not e.anaphoric
        for k in reversed(kept):
            if bare and _background(k, published):
                continue
            if _background(k, published) != _background(e, published) and not e.anaphoric:
                continue                 # an attack recalled from years ago is not the news of the day
            if compatible(k, e):
                absorb(k, e)
                break
        else:
            kept.append(e)
    share_claims(kept, published)
    for r in kept:
        adopt_claimants(r)
        people_to_victims(r)
    return kept


def share_claims(kept: list[Resolved], published: date | None) -> None:
    """One group's claim "for the attack" covers the article's other parts of that attack: acts with no claim of their
    own, on no other date and at no other place, that the article does not recall as older."""
    claimed = [r for r in kept if r.claimed_by and not r.claim_denied]
    groups = {tuple(r.claimed_by) for r in claimed}
    if len(groups) != 1:
        return
    src = claimed[0]
    for r in kept:
        if r.claimed_by or r.claim_denied or r.event_type is EventType.THREAT or _background(r, published):
            continue
        if _dates_clash(src.date if src.date_given else None, r.date if r.date_given else None):
            continue
        if _places_clash(src.location, r.location):
            continue
        r.claimed_by = list(src.claimed_by)
        r.claim_actors.extend(a for a in src.claim_actors if a not in r.claim_actors)


def people_to_victims(r: Resolved) -> None:
    """People attacked are victims; targets are things and places ("the mayor" is a victim, "his car" a target)."""
    have = {v.name.lower() for v in r.victims}
    for t in r.targets:
        if t.kind == "person" and t.name.lower() not in have:
            r.victims.append(Participant(t.name))
            have.add(t.name.lower())
    r.targets = [t for t in r.targets if t.kind != "person"]


__all__ = ["Resolved", "merge_mentions", "replace"]
