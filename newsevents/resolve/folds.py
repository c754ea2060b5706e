"""Pairs of mentions that are one incident although their types differ, and pairs that are two although they
look alike: a hostage's fate and the abduction, an abduction told as part of the attack, a burning done in the
raid, the toll counted before its cause, shelling and the fighting it was part of, troops ending a siege, the doers
fighting back, hostages of a siege; and, apart, an act the text counts as another one, or gunmen and a strike from
afar."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..core import ActorKind, EventType, Status
from ..mentions.lexicon import _load, roles
from .places_local import site_words
from .resolved import Resolved, dates_clash, places_clash, says

_HOSTAGE_FATES = {EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.ARMED_ASSAULT, EventType.ASSASSINATION}
_FATE_DAYS = 120
_NEXT_LINES_CHARS = 300      # how soon after the act's sentence its doers or victims, named again, may be told of


def _hostage_fate(k: Resolved, e: Resolved) -> bool:
    """A killing told after an abduction ("kidnapped ... later beheaded") is how the kidnapping ended; the person it
    names is the hostage, not a new target. Told with a fate word ("was later found dead in a field", "his body was
    dumped"), it may fall days after the abduction and elsewhere in the same country, and name where the body lay."""
    # one doer: a group named with its members ("FMLN urban guerrillas") counts once
    doers = [p for p in e.perpetrators if p.canonical or p.kind is not ActorKind.INDIVIDUAL] \
        if any(p.canonical for p in e.perpetrators) else e.perpetrators
    if not (k.event_type is EventType.KIDNAPPING and e.event_type in _HOSTAGE_FATES and len(doers) <= 1):
        return False
    if all(t.kind == "person" for t in e.targets) and not dates_clash(
            k.date if k.date_given else None, e.date if e.date_given else None) and not places_clash(k.location, e.location):
        return True
    return _told_as_fate(e) and _later(k, e) and not (
            k.location and e.location and k.location.country and e.location.country != k.location.country)


def _told_as_fate(e: Resolved) -> bool:
    return says(e, roles().type_cues.get("hostage_fate_cues", frozenset()))


def _later(k: Resolved, e: Resolved) -> bool:
    """The second act's day is the abduction's or up to a few months after it (or one of them is undated)."""
    if not (k.date_given and e.date_given and k.date and e.date and k.date.start and e.date.start):
        return True
    return 0 <= (e.date.start - k.date.start).days <= _FATE_DAYS


_TAKERS = {EventType.ARMED_ASSAULT, EventType.VIOLENCE_AGAINST_CIVILIANS}


MASSACRE_DEAD = 100         # dead in an attack whose hostages make an incident of their own


def _taken_in_the_attack(k: Resolved, e: Resolved) -> bool:
    """"Assailants opened fire on a police post ... Two officers were abducted in the attack" (or "In addition, five
    officers were abducted", "the assailants also abducted seven elders"): a later sentence that tells the abduction
    as part of the attack told before it; one incident, which GTD's hierarchy names a kidnapping. An abduction
    coordinated with the killing in one sentence stays the assault's own part, and a massacre that also took
    hostages ("killed more than 900 people ... also seized an estimated 150") is told as two incidents."""
    if not (k.event_type in _TAKERS and e.event_type is EventType.KIDNAPPING and k.status is e.status
            and e.sentence_start != k.sentence_start and e.evidence):
        return False
    if k.fatalities is not None and k.fatalities.count >= MASSACRE_DEAD:
        return False
    if not says(replace(e, evidence=e.evidence[:1]), roles().type_cues.get("taken_in_the_attack_cues", frozenset())):
        return False                                  # the abduction's own sentence ties it to the attack
    country = lambda r: r.location.country if r.location else None
    return not (country(k) and country(e) and country(k) != country(e)) and not dates_clash(
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
    return 0 <= at <= len(x.text) and "also" in x.text[max(0, at - 30):at].lower().split() and not places_clash(
        k.location, e.location)


def _raid_to_burn(k: Resolved, e: Resolved) -> bool:
    """"Stormed the site and set fire to the machines", "stormed a school and carried off the pupils": a raid that
    hurt nobody, told with the burning it did, or a storming told with the abduction it did; the deed names the
    incident."""
    deeds = (EventType.ARSON, EventType.FACILITY_ATTACK) + (
        (EventType.KIDNAPPING,) if set(k.trigger.lower().split()) & _raid_words() else ())
    return (k.event_type is EventType.ARMED_ASSAULT and k.status is e.status and e.event_type in deeds
            and e.sentence_start == k.sentence_start and k.fatalities is None and k.injuries is None and not k.victims
            and e.fatalities is None and e.injuries is None and not places_clash(k.location, e.location))


_TOLLS = {EventType.ARMED_ASSAULT, EventType.VIOLENCE_AGAINST_CIVILIANS}


def burned_in_the_killing(k: Resolved, e: Resolved) -> bool:
    """"Militants killed 38 worshippers ... Attackers stormed the church and set fire to houses nearby": a burning
    told in the same sentence as a storming that is part of a deadly attack is part of it too, as is one told after
    it with "also" ("The gunmen also set fire to 45 homes"); the killing names it."""
    return (e.event_type is EventType.ARSON and k.event_type in _TOLLS and k.status is e.status
            and e.fatalities is None and e.injuries is None and (k.fatalities and k.fatalities.count > 0 or k.victims)
            and (any(x.start == e.sentence_start for x in k.evidence) or _also_burned(k, e) or _how_they_died(k, e)
                 or _burned_beside(k, e))
            and not places_clash(k.location, e.location)
            and not dates_clash(k.date if k.date_given else None, e.date if e.date_given else None))


def _burned_beside(k: Resolved, e: Resolved) -> bool:
    """"Rebels attacked a church ..., killing at least 43 people. Several houses and shops nearby were set on fire.": a
    burning told right after the killing's sentence, by no doer and on no day of its own, is what that attack did."""
    return (not e.perpetrators and not e.date_given and bool(e.evidence)
            and any(0 <= e.sentence_start - x.end <= 2 for x in k.evidence))


def _how_they_died(k: Resolved, e: Resolved) -> bool:
    """"Militants attacked a school, killing 42 ... Some of the victims were hacked to death and others burned when the
    attackers set a dormitory on fire": the next lines tell, of "the victims" or "the attackers", how the attack
    killed."""
    near = any(x.start < e.sentence_start <= x.end + _NEXT_LINES_CHARS for x in k.evidence)
    told = replace(e, evidence=e.evidence[:1])
    return near and says(told, frozenset({"the victims", "the dead"} | {f"the {d}" for d in _told_doers()}))


def toll_before_cause(k: Resolved, e: Resolved) -> bool:
    """"Two people were hurt when a bomb went off", "in one of two attacks, militants set off a landmine": a clause
    that only counts victims or says "attack", with no author, and the bomb the same sentence then names are one
    incident (a hostage or a shot named beside a toll may be an act of its own)."""
    return (k.generic and k.event_type in _TOLLS and e.event_type is EventType.BOMBING and not e.generic
            and e.sentence_start == k.sentence_start and not k.perpetrators and not places_clash(k.location, e.location))


def _fire_and_fighting(k: Resolved, e: Resolved) -> bool:
    """"Forces fired mortars at positions near X" and, in a later sentence, fighting or small-arms fire near X (or
    near no place of its own) that day: one armed clash with heavy weapons, not shelling plus a separate battle. A
    strike from the air beside a town taken is an act of its own."""
    strike = k if k.event_type is EventType.REMOTE_VIOLENCE else e
    return ({k.event_type, e.event_type} == {EventType.REMOTE_VIOLENCE, EventType.BATTLE}
            and not _AIR & set(strike.trigger.lower().split())      # "military aircraft bombed ...": an air strike
            and e.sentence_start != k.sentence_start and k.location is not None
            and (e.location is None or k.location.name == e.location.name)
            and not dates_clash(k.date if k.date_given else None, e.date if e.date_given else None))


_AIR = frozenset({"aircraft", "airstrike", "airstrikes", "air", "jet", "jets", "warplane", "warplanes", "plane",
                  "planes", "helicopter", "helicopters", "drone", "drones"})
_HELD = {EventType.ARMED_ASSAULT, EventType.KIDNAPPING}
_RETAKE_DAYS = 1


def ending_the_assault(k: Resolved, e: Resolved) -> bool:
    """"Troops were battling on Sunday to end the siege, a day after gunmen stormed the mall", "soldiers retook the
    hotel early on Saturday after a gun battle": troops fighting the attackers of an assault or a siege told beside
    it, that day or the next, at its place or none, are how that assault ended, not a clash of their own."""
    pair = {k.event_type: k, e.event_type: e}
    battle = pair.get(EventType.BATTLE)
    held = next((r for r in (k, e) if r.event_type in _HELD or _stormed(r)), None)
    if battle is None or held is None or held.generic or {k.status, e.status} != {Status.REALIZED}:
        return False                                  # a bare toll ("two fighters dead") tells of the clash itself
    cues = roles().type_cues
    told = replace(battle, evidence=battle.evidence[:1])
    if not (says(told, cues.get("military_responders", frozenset()))
            and says(told, cues.get("assault_ending_cues", frozenset()) | _hostage_words())):
        return False                                  # troops, and the siege or the attackers they ended
    if held.date_given and battle.date_given and held.date and battle.date and held.date.start and battle.date.start:
        if not 0 <= (battle.date.start - held.date.start).days <= _RETAKE_DAYS:
            return False
    return not places_clash(k.location, e.location)


def siege_ended(k: Resolved, e: Resolved) -> bool:
    """"Separatists seized a passenger train on Tuesday ... Security forces ended the siege on Wednesday evening":
    "the siege" told that day or the next, at the hostage-taking's place or none, is how that hostage-taking ended."""
    told = e.evidence[0].text.lower() if e.evidence else ""
    if k.event_type is not EventType.KIDNAPPING or not re.search(r"\bthe siege\b", told):
        return False
    if k.date_given and e.date_given and k.date and e.date and k.date.start and e.date.start:
        if not 0 <= (e.date.start - k.date.start).days <= _RETAKE_DAYS:
            return False
    return not places_clash(k.location, e.location)


def _stormed(r: Resolved) -> bool:
    """"Gunmen stormed the hotel after two car bombs exploded at its gates": a bombing that opened an assault, which
    troops may end as they end a siege."""
    if r.event_type is not EventType.BOMBING or not r.evidence:
        return False
    return bool(set(r.evidence[0].text.lower().split()) & _raid_words())


def _fold_the_ending(k: Resolved, e: Resolved) -> None:
    """The assault names the incident and its first day, which runs on to the day the troops ended it (so what the
    siege's later hours saw is still told of it); its doers are the assault's, never the troops'."""
    held, battle = (e, k) if k.event_type is EventType.BATTLE else (k, e)
    if k is battle:
        k.event_type, k.generic, k.trigger = e.event_type, e.generic, e.trigger
        k.perpetrators = []                           # the troops did not do it; `absorb` adds the assault's doers
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
            and bool(_close_doers() & (set(b.trigger.lower().split()) | doers)))


@lru_cache(maxsize=1)
def _close_doers() -> frozenset[str]:
    return frozenset(_load("mentions.json")["close_doers"])


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
            and not places_clash(k.location, e.location))


def told_next(k: Resolved, e: Resolved, reach: int = _NEXT_LINES_CHARS) -> bool:
    """`e` is told in `k`'s sentences or within `reach` characters after one of them."""
    return any(x.start <= e.sentence_start <= x.end + reach for x in k.evidence)


def one_incident(k: Resolved, e: Resolved) -> bool:
    """The later mention `e` is part of the incident `k` although their kinds differ (see the module docstring)."""
    return (_hostage_fate(k, e) or _raid_to_burn(k, e) or _fire_and_fighting(k, e) or _hostages_of_a_siege(k, e)
            or ending_the_assault(k, e) or _taken_in_the_attack(k, e) or _also_burned(k, e)
            or burned_in_the_killing(k, e) or attacker_stopped(k, e) or _doers_fought_back(k, e))


@lru_cache(maxsize=1)
def _told_doers() -> frozenset[str]:
    return frozenset(_load("mentions.json")["told_doers"])


def _doers_fought_back(k: Resolved, e: Resolved) -> bool:
    """"Gunmen seized more than 300 schoolboys ... The attackers arrived on motorcycles and exchanged fire with police
    before leading the boys into the forest": the act's doers, named again with "the", fighting the responders in
    the next lines, resist in the act; no clash of their own."""
    if e.event_type is not EventType.BATTLE or k.event_type not in _TAKERS | {EventType.KIDNAPPING} \
            or k.status is not Status.REALIZED or e.status is not Status.REALIZED or not e.evidence or not k.evidence:
        return False
    doers = {p.name.lower() for p in e.perpetrators}
    if not doers or not doers <= _told_doers() or e.date_given and dates_clash(k.date, e.date):
        return False
    told = replace(e, evidence=e.evidence[:1])
    near = told_next(k, e)
    return near and not places_clash(k.location, e.location) and says(told, frozenset(f"the {d}" for d in doers)) \
        and says(told, roles().type_cues.get("attacker_stopped_responders", frozenset()))


_KILLED_ATTACKERS = re.compile(r"\bkilled\s+(?:all\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+"
                               r"(?:of\s+the\s+)?(?:attackers|gunmen|assailants)\b"
                               # "The police shot all five dead": all of those counted before, the attackers
                               r"|\b(?:shot|killed)\s+(?:dead\s+)?(?:all|both)\s+(?:(?:\d+|two|three|four|five|six|"
                               r"seven|eight|nine|ten)\s+)?(?:dead\b|of\s+them\b|(?=[.;]))", re.IGNORECASE)


def attacker_stopped(k: Resolved, e: Resolved) -> bool:
    """"A gunman opened fire at a rally ... before a Secret Service sniper shot him dead", "a gunman shot dead two
    fans; police shot him dead the next morning", "five of the gunmen were killed by security forces": responders who
    shot the attacker or killed the attackers, told in the attack's sentence or the next, ended the attack; no
    incident of their own, and not its doers. So did attackers who blew themselves up as the responders closed in
    ("Four attackers were killed when they detonated explosive vests as the security forces closed in")."""
    if not e.evidence or not k.evidence:
        return False
    cues = roles().type_cues
    told = replace(e, evidence=e.evidence[:1])
    blew_up = e.event_type is EventType.BOMBING and says(told, cues.get("attackers_blew_up_cues", frozenset()))
    if e.event_type not in (EventType.ARMED_ASSAULT, EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.BATTLE) \
            and not blew_up:                         # "special forces killed him in a shootout": a battle word
        return False
    if k.event_type not in _TAKERS | {EventType.ASSASSINATION, EventType.KIDNAPPING, EventType.ARSON,
                                      EventType.BOMBING} or k.status is Status.THREATENED:
        return False
    if e.date_given and k.date_given and dates_clash(k.date, e.date):
        return False                                  # "Last month, gunmen stormed a hotel ... before security
                                                      # forces killed all three attackers": another attack's end
    several = blew_up or says(told, cues.get("attackers_killed_cues", frozenset())) or bool(   # "five of the
        _KILLED_ATTACKERS.search(told.evidence[0].text))              # gunmen were killed by", "killed 16 attackers"
    if not several and (e.victims or e.fatalities is not None and e.fatalities.count > 1):
        return False
    # its sentence or the next; the attackers named again with "the" ("shot the attackers") in the next lines
    reach = _NEXT_LINES_CHARS if several else 2
    near = told_next(k, e, reach)
    return near and (several or says(told, cues.get("attacker_stopped_cues", frozenset()))) and says(
        told, cues.get("attacker_stopped_responders", frozenset()))


def told_apart(k: Resolved, e: Resolved) -> bool:
    """The text counts `e` as another act ("a second car bomb"), or one is gunmen's and the other a strike from afar."""
    return _counted_apart(e) and not one_more_device(k, e) or near_and_far(k, e) or near_and_far(e, k)


_ONE_MORE_DEVICE = re.compile(r"\b(?:a|the)\s+(?:second|third|fourth|fifth)\s+(?:\w+\s+)?(?:bomb|device|explosive"
                              r"|charge)s?\b", re.IGNORECASE)


_PARTS_OF_SITES = frozenset({"hall", "terminal", "platform", "lobby", "entrance"})   # "left in the (departure) hall"


def one_more_device(k: Resolved, e: Resolved) -> bool:
    """"Two suicide bombers blew themselves up near the check-in counters ... A third bomb, left in a suitcase, failed
    to go off": a device counted after the bombing's own that failed, in the next lines on no day of its own, is
    one more of that bombing (not an act apart, as "a second car bomb went off" is); its failure does not undo the
    blasts."""
    if not (k.event_type is e.event_type is EventType.BOMBING) or e.date_given or not e.evidence:
        return False
    if k.status is not Status.REALIZED or e.status is not Status.ATTEMPTED or not told_next(k, e) \
            or _ONE_MORE_DEVICE.search(e.evidence[0].text) is None:
        return False
    # "A third bomb left at the airport": the airport's bombing, not the metro's
    told = {w for x in k.evidence for w in re.findall(r"[a-z]+", x.text.lower())}
    sites = set(re.findall(r"[a-z]+", e.evidence[0].text.lower())) & (site_words() | _PARTS_OF_SITES)
    return sites <= told


def fold_kind(k: Resolved, e: Resolved) -> None:
    """When `e` folds into `k` by one of these rules, the kind the incident takes: the siege the troops ended, the
    clash the shelling was part of, the burning or abduction the raid did."""
    if ending_the_assault(k, e):
        _fold_the_ending(k, e)
    if _fire_and_fighting(k, e):
        k.event_type = EventType.BATTLE               # the fighting names the incident
    elif _raid_to_burn(k, e) or _taken_in_the_attack(k, e):
        k.event_type, k.generic, k.trigger = e.event_type, e.generic, e.trigger
