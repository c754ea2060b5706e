"""Mentions of one incident inside one article become one event ("the attack" three paragraphs later)."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from ..core import (
    Actor,
    ActorKind,
    Attribution,
    Count,
    DatePrecision,
    DateRange,
    EventType,
    Evidence,
    GeoPrecision,
    Location,
    Participant,
    Status,
)
from ..core.geo import great_circle_km
from ..mentions.lexicon import _load, roles, triggers
from .places_text import vocabulary as place_words

BACKGROUND_DAYS = 30
_ATTACKS = {EventType.ARMED_ASSAULT, EventType.BOMBING, EventType.ASSASSINATION, EventType.KIDNAPPING, EventType.ARSON,
            EventType.FACILITY_ATTACK, EventType.REMOTE_VIOLENCE, EventType.BATTLE, EventType.VIOLENCE_AGAINST_CIVILIANS}
_FINE = {GeoPrecision.POINT, GeoPrecision.CITY, GeoPrecision.DISTRICT}
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


def _places_clash(a: Location | None, b: Location | None, told: Sequence[Evidence] = ()) -> bool:
    if not a or not b:
        return False
    if a.country and b.country and a.country != b.country:
        return True
    if a.precision in _FINE and b.precision in _FINE and a.name != b.name:
        return not _neighbours(a, b, told)
    return False


SUBURB_KM = 30.0     # "a concert hall on the edge of Moscow" and "in Krasnogorsk": one place told two ways


def _neighbours(a: Location, b: Location, told: Sequence[Evidence] = ()) -> bool:
    """Two towns within SUBURB_KM of each other, one of which the text said the act was only near ("on the edge of
    Moscow"); without such words a town and its neighbour are two places (Afgoye and Mogadishu)."""
    return (None not in (a.lat, a.lon, b.lat, b.lon)
            and great_circle_km(a.lat, a.lon, b.lat, b.lon) <= SUBURB_KM
            and any(_said_near(loc, x.text) for loc in (a, b) for x in told))


def _said_near(loc: Location, text: str) -> bool:
    if not loc.text:
        return False
    near = "|".join(re.escape(k) for k, v in place_words().proximity.items() if v == "near")
    return re.search(rf"\b(?:{near})\s+{re.escape(loc.text)}\b", text, re.IGNORECASE) is not None


def _names(xs) -> set[str]:
    return {(getattr(x, "canonical", None) or x.name).lower() for x in xs}


_HOSTAGE_FATES = {EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.ARMED_ASSAULT, EventType.ASSASSINATION}
_FATE_DAYS = 120


def _hostage_fate(k: Resolved, e: Resolved) -> bool:
    """A killing told after an abduction ("kidnapped ... later beheaded") is how the kidnapping ended; the person it
    names is the hostage, not a new target. Told with a fate word ("was later found dead in a field", "his body was
    dumped"), it may fall days after the abduction and elsewhere in the same country, and name where the body lay."""
    # one doer: a group named with its members ("FMLN urban guerrillas") counts once
    doers = [p for p in e.perpetrators if p.canonical or p.kind is not ActorKind.INDIVIDUAL] \
        if any(p.canonical for p in e.perpetrators) else e.perpetrators
    if not (k.event_type is EventType.KIDNAPPING and e.event_type in _HOSTAGE_FATES and len(doers) <= 1):
        return False
    if all(t.kind == "person" for t in e.targets) and not _dates_clash(
            k.date if k.date_given else None, e.date if e.date_given else None) and not _places_clash(k.location, e.location):
        return True
    return _told_as_fate(e) and _later(k, e) and not (
            k.location and e.location and k.location.country and e.location.country != k.location.country)


def _told_as_fate(e: Resolved) -> bool:
    return _says(e, roles().type_cues.get("hostage_fate_cues", frozenset()))


def _later(k: Resolved, e: Resolved) -> bool:
    """The second act's day is the abduction's or up to a few months after it (or one of them is undated)."""
    if not (k.date_given and e.date_given and k.date and e.date and k.date.start and e.date.start):
        return True
    return 0 <= (e.date.start - k.date.start).days <= _FATE_DAYS


_TAKERS = {EventType.ARMED_ASSAULT, EventType.VIOLENCE_AGAINST_CIVILIANS}


def _taken_in_the_attack(k: Resolved, e: Resolved) -> bool:
    """"Assailants opened fire on a police post ... Two officers were abducted in the attack" (or "In addition, five
    officers were abducted", "the assailants also abducted seven elders"): a later sentence that tells the abduction
    as part of the attack told before it; one incident, which GTD's hierarchy names a kidnapping. An abduction
    coordinated with the killing in one sentence stays the assault's own part."""
    if not (k.event_type in _TAKERS and e.event_type is EventType.KIDNAPPING and k.status is e.status
            and e.sentence_start != k.sentence_start and e.evidence):
        return False
    if not _says(replace(e, evidence=e.evidence[:1]), roles().type_cues.get("taken_in_the_attack_cues", frozenset())):
        return False                                  # the abduction's own sentence ties it to the attack
    country = lambda r: r.location.country if r.location else None
    return not (country(k) and country(e) and country(k) != country(e)) and not _dates_clash(
        k.date if k.date_given else None, e.date if e.date_given else None)


_BURNERS = _TAKERS | {EventType.KIDNAPPING, EventType.BOMBING}


def _also_burned(k: Resolved, e: Resolved) -> bool:
    """"The attackers also set fire to houses before they left": a burning told in a later sentence with "also" and
    no day of its own is more of the attack just told, not a second incident ("the rebels also stepped up their
    sabotage" tells of a campaign, so only a burning counts)."""
    if not (e.event_type is EventType.ARSON and k.event_type in _BURNERS
            and e.sentence_start > k.sentence_start and not e.date_given and e.evidence and k.status is e.status):
        return False
    x = e.evidence[0]
    at = e.trigger_start - x.start
    return 0 <= at <= len(x.text) and "also" in x.text[max(0, at - 30):at].lower().split() and not _places_clash(
        k.location, e.location)


def _raid_to_burn(k: Resolved, e: Resolved) -> bool:
    """"Stormed the site and set fire to the machines", "stormed a school and carried off the pupils": a raid that
    hurt nobody, told with the burning it did, or a storming told with the abduction it did; the deed names the
    incident."""
    deeds = (EventType.ARSON, EventType.FACILITY_ATTACK) + (
        (EventType.KIDNAPPING,) if set(k.trigger.lower().split()) & _raid_words() else ())
    return (k.event_type is EventType.ARMED_ASSAULT and k.status is e.status and e.event_type in deeds
            and e.sentence_start == k.sentence_start and k.fatalities is None and k.injuries is None and not k.victims
            and e.fatalities is None and e.injuries is None and not _places_clash(k.location, e.location))


_TOLLS = {EventType.ARMED_ASSAULT, EventType.VIOLENCE_AGAINST_CIVILIANS}


def _toll_before_cause(k: Resolved, e: Resolved) -> bool:
    """"Two people were hurt when a bomb went off", "in one of two attacks, militants set off a landmine": a clause
    that only counts victims or says "attack", with no author, and the bomb the same sentence then names are one
    incident (a hostage or a shot named beside a toll may be an act of its own)."""
    return (k.generic and k.event_type in _TOLLS and e.event_type is EventType.BOMBING and not e.generic
            and e.sentence_start == k.sentence_start and not k.perpetrators and not _places_clash(k.location, e.location))


def _fire_and_fighting(k: Resolved, e: Resolved) -> bool:
    """"Forces fired mortars at positions near X" and, in a later sentence, fighting or small-arms fire near X (or
    near no place of its own) that day: one armed clash with heavy weapons, not shelling plus a separate battle."""
    return ({k.event_type, e.event_type} == {EventType.REMOTE_VIOLENCE, EventType.BATTLE}
            and e.sentence_start != k.sentence_start and k.location is not None
            and (e.location is None or k.location.name == e.location.name)
            and not _dates_clash(k.date if k.date_given else None, e.date if e.date_given else None))


_HELD = {EventType.ARMED_ASSAULT, EventType.KIDNAPPING}
_RETAKE_DAYS = 1


def _ending_the_assault(k: Resolved, e: Resolved) -> bool:
    """"Troops were battling on Sunday to end the siege, a day after gunmen stormed the mall", "soldiers retook the
    hotel early on Saturday after a gun battle": troops fighting the attackers of an assault or a siege told beside
    it, that day or the next, at its place or none, are how that assault ended, not a clash of their own."""
    pair = {k.event_type: k, e.event_type: e}
    battle = pair.get(EventType.BATTLE)
    held = next((r for r in (k, e) if r.event_type in _HELD), None)
    if battle is None or held is None or held.generic or {k.status, e.status} != {Status.REALIZED}:
        return False                                  # a bare toll ("two fighters dead") tells of the clash itself
    cues = roles().type_cues
    told = replace(battle, evidence=battle.evidence[:1])
    if not (_says(told, cues.get("military_responders", frozenset()))
            and _says(told, cues.get("assault_ending_cues", frozenset()) | _hostage_words())):
        return False                                  # troops, and the siege or the attackers they ended
    if held.date_given and battle.date_given and held.date and battle.date and held.date.start and battle.date.start:
        if not 0 <= (battle.date.start - held.date.start).days <= _RETAKE_DAYS:
            return False
    return not _places_clash(k.location, e.location)


def _fold_the_ending(k: Resolved, e: Resolved) -> None:
    """The assault names the incident and its first day, which runs on to the day the troops ended it (so what the
    siege's later hours saw is still told of it)."""
    held, battle = (e, k) if k.event_type is EventType.BATTLE else (k, e)
    if k is battle:
        k.event_type, k.generic, k.trigger = e.event_type, e.generic, e.trigger
    if held.date_given and battle.date_given and held.date and battle.date and held.date.start and battle.date.end:
        k.date = replace(held.date, end=max(battle.date.end, held.date.end or held.date.start))
        k.date_given = True


@lru_cache(maxsize=1)
def _apart_words() -> frozenset[str]:
    return frozenset(_load("mentions.json")["counted_apart"])


def _counted_apart(e: Resolved) -> bool:
    """"About two hours later a second car bomb went off", "another blast": the text counts this act apart from the
    one it told before."""
    if not e.evidence:
        return False
    x = e.evidence[0]
    at = e.trigger_start - x.start
    return bool(0 <= at <= len(x.text) and set(x.text[max(0, at - 30):at].lower().split()[-3:]) & _apart_words())


def near_and_far(a: Resolved, b: Resolved) -> bool:
    """Gunmen who killed at close range and rockets or shells fired from afar are two acts of one day ("gunmen who
    broke through the fence killed 900 ... fired thousands of rockets at towns"), as event coders count them: a
    mention told in generic words whose doers are gunmen does not take a strike from afar's type."""
    doers = {w for p in b.perpetrators for w in p.name.lower().split()[-1:]}
    return (a.event_type is EventType.REMOTE_VIOLENCE and not a.generic and b.generic
            and bool(_CLOSE_DOERS & (set(b.trigger.lower().split()) | doers)))


_CLOSE_DOERS = frozenset({"gunman", "gunmen", "assailant", "assailants"})


def compatible(k: Resolved, e: Resolved) -> bool:
    if _hostage_fate(k, e) or _raid_to_burn(k, e) or _fire_and_fighting(k, e) or _hostages_of_a_siege(k, e):
        return True
    if _ending_the_assault(k, e):
        return True
    if _taken_in_the_attack(k, e) or _also_burned(k, e):
        return True
    if _counted_apart(e) or near_and_far(k, e) or near_and_far(e, k):
        return False
    if e.sentence_start == k.sentence_start and not ((e.generic or e.definite) and not e.targets and (
            not e.location or not _places_clash(k.location, e.location))) and not _toll_before_cause(k, e):
        return False                                   # coordinated clauses of one sentence are separate acts
    if (k.event_type is EventType.THREAT) != (e.event_type is EventType.THREAT):
        return False
    if (e.anaphoric or e.definite) and e.event_type in _ATTACKS and k.event_type not in _ATTACKS:
        return False                                   # "the shooting" points back to an attack, not to a protest
    loose = e.generic or e.anaphoric                   # a generic word or a back-reference takes its antecedent's kind
    if k.event_type != e.event_type and not (loose or k.generic):
        if not (k.event_type in _ATTACKS and e.event_type in _ATTACKS):
            return False
        if {k.event_type, e.event_type} - {EventType.ARMED_ASSAULT, EventType.BOMBING, EventType.VIOLENCE_AGAINST_CIVILIANS,
                                           EventType.ASSASSINATION}:
            return False
    if k.event_type in _ATTACKS and e.event_type not in _ATTACKS:
        return False
    if k.status != e.status and not loose:
        return False
    if _dates_clash(k.date if k.date_given else None, e.date if e.date_given else None):
        return False
    if _places_clash(k.location, e.location, [*k.evidence, *e.evidence]):
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
    same_place = bool(k.location and e.location and (k.location.name == e.location.name or _neighbours(
        k.location, e.location, [*k.evidence, *e.evidence]) or (k.location.country == e.location.country and (
            k.location.precision in coarse or e.location.precision in coarse))))
    return same_place or not e.location or e.generic


@lru_cache(maxsize=1)
def _raid_words() -> frozenset[str]:
    return frozenset(_load("mentions.json")["raid_words"])


@lru_cache(maxsize=1)
def _hostage_words() -> frozenset[str]:
    return frozenset(_load("mentions.json")["hostage_words"])


def _hostages_of_a_siege(k: Resolved, e: Resolved) -> bool:
    """"Gunmen stormed the hotel ... 126 hostages had been freed": hostages held in an armed assault are the assault's,
    in either order."""
    kinds = {k.event_type, e.event_type}
    return (kinds == {EventType.ARMED_ASSAULT, EventType.KIDNAPPING} and k.status is e.status
            and any(set(r.trigger.lower().split()) & _hostage_words()
                    for r in (k, e) if r.event_type is EventType.KIDNAPPING)
            and not (k.date_given and e.date_given and (k.date.start, k.date.end) != (e.date.start, e.date.end))
            and not _places_clash(k.location, e.location))


def _better_count(a: Count | None, b: Count | None) -> Count | None:
    if a is None or b is None:
        return a or b
    return b if b.count > a.count else a


def absorb(k: Resolved, e: Resolved) -> None:
    rank = triggers().rank
    if _ending_the_assault(k, e):
        _fold_the_ending(k, e)
    if _fire_and_fighting(k, e):
        k.event_type = EventType.BATTLE               # the fighting names the incident
    elif _raid_to_burn(k, e) or _taken_in_the_attack(k, e):
        k.event_type, k.generic, k.trigger = e.event_type, e.generic, e.trigger
    # the first specific mention names the incident; a generic one ("the attack") gives way to a specific one
    if k.generic and (not e.generic or rank(e.event_type.value) < rank(k.event_type.value)):
        k.event_type, k.generic, k.trigger = e.event_type, e.generic, e.trigger
    if k.status is Status.REALIZED and e.status is not Status.REALIZED and not (e.generic or e.anaphoric):
        k.status = e.status
    k.suicide = k.suicide or e.suicide
    if not k.date_given and e.date_given:
        k.date, k.date_given = e.date, True
    elif _sharper(k.date, e.date if e.date_given else None):
        k.date = e.date                               # "days after a bombing" ... "the bombing on Thursday evening"
    nearby = bool(k.location and e.location and k.location.precision in _FINE
                  and _neighbours(k.location, e.location, [*k.evidence, *e.evidence]))   # the place told first stands
    if e.location and not nearby and (not k.location or _GEO_RANK[e.location.precision] < _GEO_RANK[k.location.precision]):
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


_VAGUER = (DatePrecision.RANGE, DatePrecision.WEEK, DatePrecision.MONTH, DatePrecision.YEAR)


def _sharper(a: DateRange | None, b: DateRange | None) -> bool:
    """`b` is a day inside the vaguer span `a` (a range, a week, a month or a year read from a gap or a period:
    "ten months after the massacre at Charlie Hebdo ... On January 7, two brothers ...")."""
    return bool(a and b and a.start and a.end and b.start and b.precision is DatePrecision.DAY
                and a.precision in _VAGUER and a.start <= b.start <= a.end)


def _property_only(r: Resolved) -> bool:
    """An incident the article names only as "the attack", told with things damaged or destroyed, no casualties,
    no shot, no gun, no bomb and no troops ("bulldozed the school building; the attack caused no casualties"), was an
    attack on property; so was one with no word of casualties at all whose targets are all things ("attacked two
    lorries and slashed their tyres")."""
    if not (r.generic and r.event_type is EventType.ARMED_ASSAULT and not r.victims and not r.weapons):
        return False
    tolls = [c for c in (r.fatalities, r.injuries) if c is not None]
    if any(c.count > 0 for c in tolls):
        return False
    if not tolls and not (r.targets and all(t.kind != "person" for t in r.targets)):
        return False                                  # "no casualties" said, or only things attacked
    cues = roles().type_cues
    if _says(r, cues.get("shooting_words", frozenset()) | cues.get("gun_words", frozenset())):
        return False                                  # "fired upon the church": a shooting
    return _says(r, cues.get("property_damage_cues", frozenset())) and not _says(
        r, cues.get("military_responders", frozenset()))   # a military convoy or post attacked is an armed assault


def _says(r: Resolved, cues: frozenset[str]) -> bool:
    """Whether the sentences that tell of the incident use one of the cue words or phrases (whole words)."""
    told = " ".join(x.text.lower() for x in r.evidence)
    return any(re.search(r"\b" + re.escape(c) + r"\b", told) for c in cues)


def is_background(r: Resolved, published: date | None) -> bool:
    """An incident the article recalls from over BACKGROUND_DAYS before publication."""
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


def merge_mentions(items: list[Resolved], published: date | None = None,
                   paragraphs: Sequence[int] = ()) -> list[Resolved]:
    """Folds each mention into the latest earlier compatible one; a mention that names neither a date nor a place
    is not folded into an earlier attack the article only recalls, unless it follows it in the same paragraph
    ("... came in July 2010, when bombs tore through crowds in Kampala. At least one of the bombers blew himself
    up."). `paragraphs` holds a full article's paragraph breaks (none for a brief)."""
    kept: list[Resolved] = []
    for e in items:
        bare = not e.date_given and not e.location and not e.anaphoric
        named = _named_antecedent(e, kept)
        if named is not None:
            absorb(named, e)
            continue
        for k in reversed(kept):
            told_on = bare and bool(paragraphs) and (bisect_right(paragraphs, k.sentence_start)
                                                     == bisect_right(paragraphs, e.sentence_start))
            if bare and is_background(k, published) and not told_on:
                continue
            if is_background(k, published) != is_background(e, published) and not (e.anaphoric or told_on):
                continue                 # an attack recalled from years ago is not the news of the day
            if compatible(k, e):
                absorb(k, e)
                break
        else:
            kept.append(e)
    share_claims(kept, published)
    for r in kept:
        if _property_only(r):
            r.event_type = EventType.FACILITY_ATTACK
        adopt_claimants(r)
        people_to_victims(r)
    return kept


def _named_antecedent(e: Resolved, kept: list[Resolved]) -> Resolved | None:
    """"The Crocus attack brought back memories ...": a back-reference whose name word ("Crocus") the article used
    in telling one earlier act points to that act, however many acts it told since."""
    if not e.anaphoric or not e.evidence:
        return None
    x = e.evidence[0]
    words = x.text[:max(0, e.trigger_start - x.start)].split()
    name = words[-1] if words else ""
    if len(words) < 2 or not name[:1].isupper() or not name.isalpha():
        return None
    told = [k for k in kept if any(re.search(rf"\b{re.escape(name)}\b", v.text) for v in k.evidence)]
    return next((k for k in reversed(told) if compatible(k, e)), None)


def share_claims(kept: list[Resolved], published: date | None) -> None:
    """One group's claim "for the attack" covers the article's other parts of that attack: acts with no claim of their
    own, on no other date and at no other place, that the article does not recall as older."""
    claimed = [r for r in kept if r.claimed_by and not r.claim_denied]
    groups = {tuple(r.claimed_by) for r in claimed}
    if len(groups) != 1:
        return
    src = claimed[0]
    for r in kept:
        if r.claimed_by or r.claim_denied or r.event_type is EventType.THREAT or is_background(r, published):
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
