"""Mentions of one incident inside one article become one event ("the attack" three paragraphs later). The event
being built and its clash tests live in resolve/resolved.py; the pairs of differing kinds that are one incident (or
alike but two) in resolve/folds.py."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from ..core import (
    Count,
    DatePrecision,
    DateRange,
    EventType,
    GeoPrecision,
    Participant,
    Status,
)
from ..mentions.lexicon import roles, triggers
from .dates import points_back
from .folds import (
    MASSACRE_DEAD,
    attacker_stopped,
    burned_in_the_killing,
    ending_the_assault,
    fold_kind,
    near_and_far,
    one_incident,
    one_more_device,
    siege_ended,
    told_apart,
    told_next,
    toll_before_cause,
)
from .resolved import (
    ATTACKS,
    CAMPAIGN_DAYS,
    CAMPAIGN_TOLL,
    FINE,
    GEO_RANK,
    STATISTIC_DAYS,
    STATISTIC_TOLL,
    Resolved,
    approximate_day,
    dates_clash,
    filed_nearby,
    names,
    neighbours,
    places_clash,
    says,
)

BACKGROUND_DAYS = 30
NEWS_DAYS = 7             # the lead's undated act is within this many days of publication
__all__ = ["BACKGROUND_DAYS", "Resolved", "absorb", "compatible", "is_background", "merge_mentions", "near_and_far"]


def compatible(k: Resolved, e: Resolved, lead: bool = False) -> bool:
    """Whether the later mention `e` can fold into `k`; `lead`: `k` is the article's first event, whose summary
    ("a day after attacks on the airport and a metro station killed 31") a placed account of the act may take."""
    if one_incident(k, e) or _step_of(k, e) or siege_ended(k, e):
        return True
    if _tally(k) != _tally(e):
        return False                                   # "has killed thousands of civilians": a record, no incident
    if (e.event_type is EventType.KIDNAPPING) != (k.event_type is EventType.KIDNAPPING) and any(
            r.fatalities is not None and r.fatalities.count >= MASSACRE_DEAD for r in (k, e)):
        return False                                   # a massacre's hostages are an incident of their own
    if told_apart(k, e):
        return False
    loose_here = (e.generic or e.definite) and not e.targets and (
        not e.location or not places_clash(k.location, e.location))
    one_toll = e.sentence_start == k.sentence_start and _one_toll(k, e)
    if e.sentence_start == k.sentence_start and not _doers_only(k) and not loose_here and not toll_before_cause(k, e) \
            and not one_toll and not _toll_after_the_act(k, e) and not _one_crowd(k, e) and not _told_by_when(k, e):
        return False                                   # coordinated clauses of one sentence are separate acts
    if (k.event_type is EventType.THREAT) != (e.event_type is EventType.THREAT):
        return False
    # "militants seized the school and held 1,100 people hostage ... The siege ended on Sept. 3": the hostage-taking
    siege = k.event_type is EventType.KIDNAPPING and e.definite and "siege" in e.trigger.lower().split()
    if (e.anaphoric or e.definite) and e.event_type in ATTACKS and k.event_type not in ATTACKS and not siege:
        return False                                   # "the shooting" points back to an attack, not to a protest
    # a generic word, a back-reference or "the fighting" takes its antecedent's kind
    loose = e.generic or e.anaphoric or _the_fighting(e) or _kind_told_before(k, e) or siege
    if k.event_type != e.event_type and not (loose or k.generic):
        if not (k.event_type in ATTACKS and e.event_type in ATTACKS):
            return False
        if not {k.event_type, e.event_type} <= _ONE_ACT_KINDS:
            return False
    if k.event_type in ATTACKS and e.event_type not in ATTACKS:
        return False
    if k.status != e.status and not loose and not _attempt_on_a_life(k, e) and not _named_victim_again(k, e) \
            and not one_toll and not one_more_device(k, e):
        return False
    if dates_clash(k.date if k.date_given else None, e.date if e.date_given else None):
        return False
    if k.date_given and e.date_given and _era(k) != _era(e):
        return False                                   # "the violence of the 1980s and 1990s" holds no one act
    if not k.date_given and e.date_given and e.date and points_back(e.date.text or ""):
        return False                                   # "Earlier in the week, gunmen killed 14 in Tadaryat": before it
    if places_clash(k.location, e.location, [*k.evidence, *e.evidence]) and not filed_nearby(k, e):
        return False
    if k.fatalities and e.fatalities and k.fatalities.count != e.fatalities.count and not e.generic \
            and not _others_beside(k, e):
        return False
    named = lambda xs: {p.canonical.lower() for p in xs if p.canonical and p.kind.value != "state"}  # noqa: E731
    mine, theirs = named(k.perpetrators), named(e.perpetrators)
    if mine and theirs and not (mine & theirs or mine & e.parents or theirs & k.parents or _named_within(k, e)):
        return False                                   # two groups, neither a branch of the other
    if k.states and e.states and not k.states & e.states and EventType.BATTLE not in (k.event_type, e.event_type):
        return False                                   # "India struck ... Hours later, Pakistani shelling": two acts
    # something must tie them: the same place, or a later mention that names no place of its own
    coarse = {GeoPrecision.COUNTRY, GeoPrecision.ADMIN1, GeoPrecision.REGION}
    same_place = filed_nearby(k, e) or bool(k.location and e.location and (
        k.location.name == e.location.name or neighbours(k.location, e.location, [*k.evidence, *e.evidence])
        or (k.location.country == e.location.country and (k.location.precision in coarse
                                                          or e.location.precision in coarse))))
    summary = (lead and k.generic and not k.anaphoric and not k.location
               and {k.event_type, e.event_type} <= _ONE_ACT_KINDS)
    # "The United States fired missiles at a Syrian air base ... The missiles hit the Shayrat air base": a definite
    # mention of the same kind places an act told with no place
    placed_later = not k.location and e.definite and e.event_type is k.event_type
    return same_place or not e.location or e.generic or summary or placed_later


# kinds one act may be told in ("gunmen stormed ... a bomb went off"): mentions of them may fold into one another
_ONE_ACT_KINDS = {EventType.ARMED_ASSAULT, EventType.BOMBING, EventType.VIOLENCE_AGAINST_CIVILIANS,
                  EventType.ASSASSINATION}


def _kind_told_before(k: Resolved, e: Resolved) -> bool:
    """"Gunmen blew up the track and attacked a passenger train ... The train was halted by the explosion": a definite
    act noun, on no day of its own, of a kind the earlier mention's own words told (a blast among the acts of a
    raid) names that part of it."""
    if not e.definite or e.date_given or e.event_type is k.event_type or e.status is not k.status:
        return False                                   # ("However, the bomb failed to explode": told apart)
    words = k.trigger.lower()
    phrases = _kind_phrases().get(e.event_type.value)
    return bool(phrases and phrases.search(words)) or any(
        sense.event_type == e.event_type.value for w in words.split() for sense in triggers().lemmas.get(w, ()))


@lru_cache(maxsize=1)
def _kind_phrases() -> dict[str, re.Pattern[str]]:
    """Per event type, the trigger lexicon's phrases of several words ("blew up", "set fire") as one pattern."""
    by_kind: dict[str, list[str]] = {}
    for phrase, sense in triggers().phrases.items():
        if " " in phrase:
            by_kind.setdefault(sense.event_type, []).append(re.escape(phrase))
    return {kind: re.compile(rf"\b(?:{'|'.join(sorted(ps, key=len, reverse=True))})\b") for kind, ps in by_kind.items()}


def _state_against_group(a: Resolved, b: Resolved) -> bool:
    """"Houthi rebels attacked a bulk carrier ... American and British warplanes have struck Houthi targets": one
    act's doers are only a state's forces, the other's a named armed group: two acts, unless they fought each other
    (within one paragraph "Afghan forces attacked back" is the same clash)."""
    if EventType.BATTLE in (a.event_type, b.event_type) or not a.perpetrators or not b.perpetrators:
        return False
    return all(p.kind.value == "state" and p.canonical for p in a.perpetrators) and any(
        p.kind.value == "organization" and p.canonical for p in b.perpetrators)


_DIED_LATER = re.compile(r"\b(?:died|dies|succumbed|succumbs)\s+(?:\w+\s+){0,3}?(?:of|to|from)\s+"
                         r"(?:his|her|their|the)\s+(?:wounds|injuries)", re.IGNORECASE)


def _died_later(e: Resolved) -> bool:
    """"... stabbed a police officer at a rally in Mannheim; the officer died of his wounds two days later": a victim's
    death after the act, told with it, not a death of its own (the place is the act's sentence's)."""
    return e.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS and bool(e.evidence) and bool(
        _DIED_LATER.search(e.evidence[0].text))


def _toll_after_the_act(k: Resolved, e: Resolved) -> bool:
    """"... gunmen opened fire on Belgian and French police, wounding four officers; one suspect was shot dead": a
    later clause of the act's sentence that names no doer and no place of its own tells who else died in it."""
    return (e.sentence_start == k.sentence_start and e.trigger_start > k.trigger_start and not e.perpetrators
            and e.event_type in (EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.ARMED_ASSAULT)
            and k.event_type in ATTACKS and (e.fatalities is not None or e.injuries is not None)
            and (not e.location or not places_clash(k.location, e.location)))


def _one_toll(k: Resolved, e: Resolved) -> bool:
    """"Two suicide bombers rammed vehicles into the compound and gunmen then tried to storm it, killing 13 civilians
    and five soldiers": coordinated clauses of one sentence that share the one toll told after both are one attack."""
    if k.several or e.several or not e.fatalities or not e.evidence:
        return False
    if k.fatalities is not None:
        return bool(k.fatalities.count) and k.fatalities == e.fatalities
    # "... rammed vehicles into the compound, and gunmen then tried to storm it, killing 18": one operation in steps,
    # the toll told once at its end
    sentence = e.evidence[0]
    between = sentence.text[max(0, k.trigger_start - sentence.start):max(0, e.trigger_start - sentence.start) + 20]
    return re.search(r"\band\s+(?:\w+\s+){0,2}then\b", between) is not None


_BACK_TO_DOERS = re.compile(r"^\W*(?:they|the\s+(?:attackers|gunmen|assailants|militants|fighters|bombers|raiders|"
                            r"insurgents))\b", re.IGNORECASE)


def _step_of(k: Resolved, e: Resolved) -> bool:
    """"Gunmen stormed a university campus, killing 147 people ... The attackers shot dead two guards at the gate and
    then went from hostel to hostel"; "Militants set off a bomb and then opened fire on worshippers ... They shot at
    people fleeing the blast and set fire to cars": the doers named again ("the attackers", "they") in the next lines,
    on no day of their own, killing no more than the toll told before: a step of the attack, not another."""
    if e.date_given or k.several or e.several or not e.evidence or Status.THREATENED in (k.status, e.status):
        return False
    if k.event_type not in _ONE_ACT_KINDS | {EventType.KIDNAPPING} or e.event_type not in _ONE_ACT_KINDS | {
            EventType.ARSON}:                          # (a raid that took hostages: "They then opened fire")
        return False
    if e.fatalities and k.fatalities and not e.fatalities.count < k.fatalities.count:
        return False
    return told_next(k, e) and _BACK_TO_DOERS.match(e.evidence[0].text) is not None \
        and not places_clash(k.location, e.location, [*k.evidence, *e.evidence])


def _provinces_apart(k: Resolved, e: Resolved) -> bool:
    """"... was shot at a campaign event in Bogota." and, in another paragraph, "In June, ... attacks in Cali and the
    surrounding Cauca region killed at least seven": each told with its own date, a town outside the other's province
    (or two provinces) is another act."""
    a, b = k.location, e.location
    units = {GeoPrecision.ADMIN1} | FINE
    return bool(k.date_given and e.date_given and a and b and a.precision in units and b.precision in units
                and GeoPrecision.ADMIN1 in (a.precision, b.precision) and a.admin1 and b.admin1
                and a.admin1 != b.admin1)


def _named_within(k: Resolved, e: Resolved) -> bool:
    """"Taliban gunmen stormed a school in Peshawar ... the Pakistani Taliban said it carried out the attack": one
    side's doer is named by a word of the other's name, the short name a report gives the group."""
    def names(r: Resolved) -> set[str]:
        return {n.lower() for p in r.perpetrators for n in (p.name, p.canonical) if n}

    def inside(short: str, long: str) -> bool:
        return short != long and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long) is not None

    return any(inside(a, b) or inside(b, a) for a in names(k) for b in names(e))


def _others_beside(k: Resolved, e: Resolved) -> bool:
    """"... Benazir Bhutto, who was assassinated ... A suicide bomber blew himself up beside her vehicle, killing at
    least 20 other people": a toll of others counts the dead beside the one told before; the two tolls do not clash."""
    for r in (k, e):
        said = (r.fatalities.text or "") if r.fatalities is not None else ""
        if said and any(re.search(rf"\bkill\w*\s+{re.escape(said)}\s+(?:\w+\s+)?others?\b", x.text, re.IGNORECASE)
                        for x in r.evidence):
            return True
    return False


_KILLINGS = frozenset({EventType.ARMED_ASSAULT, EventType.VIOLENCE_AGAINST_CIVILIANS})
_CROWD_DEEDS = frozenset({EventType.RIOT, EventType.ARSON, EventType.FACILITY_ATTACK})


def _one_crowd(k: Resolved, e: Resolved) -> bool:
    """"Rioters looted shops and burned a library in Liverpool", "a crowd attacked a mosque, throwing bricks and
    setting a police van on fire": the deeds of one crowd told in one sentence are one riot, as coders count it (one
    event a place and a day), when one of them is a riot and the other names no doer of its own."""
    if EventType.RIOT not in (k.event_type, e.event_type) or not {k.event_type, e.event_type} <= _CROWD_DEEDS:
        return False
    deed = e if e.event_type is not EventType.RIOT else k
    other = k if deed is e else e
    return (not deed.perpetrators or names(deed.perpetrators) <= names(other.perpetrators) or all(
        p.kind.value == "unknown" or "rioter" in (p.canonical or p.name).lower() for p in deed.perpetrators)) \
        and not places_clash(k.location, e.location)


def _doers_only(r: Resolved) -> bool:
    """"Gunmen stopped buses on a highway ... and shot 23 passengers dead": a mention that names only its doers
    (the trigger is "gunmen") tells nothing of its own beside the act its sentence goes on to tell."""
    return r.generic and not r.victims and r.fatalities is None and r.injuries is None \
        and (r.trigger.lower() in roles().perpetrator_nouns or _bare_attack(r))


def _told_by_when(k: Resolved, e: Resolved) -> bool:
    """"It claimed the attack on the magazine's offices in January 2015, when two brothers shot dead 12 people": the
    "when" clause after the act noun and its date tells that act."""
    if not k.evidence or k.fatalities is not None or len(k.trigger.split()) != 1 or e.trigger_start <= k.trigger_start:
        return False
    x = k.evidence[0]
    between = x.text[k.trigger_start - x.start:e.trigger_start - x.start]
    return k.definite and k.date_given and e.date_given and _WHEN_AFTER.search(between) is not None


_WHEN_AFTER = re.compile(r",\s+when\b")


def _bare_attack(r: Resolved) -> bool:
    """"The movement's deadliest attack came in December 2014, when gunmen stormed the school": the word "attack"
    with nothing told of its own (no target, weapon or toll) names the act the sentence goes on to tell."""
    return r.trigger.lower() in ("attack", "assault") and not r.targets and not r.weapons


ERA_DAYS = 730          # a span of years this long ("the 1980s") is a time of many acts, not a date of one


def _era(r: Resolved) -> bool:
    d = r.date
    return bool(d and d.precision is DatePrecision.RANGE and d.start and d.end and (d.end - d.start).days >= ERA_DAYS)


def _the_fighting(e: Resolved) -> bool:
    """"The fighting killed more than 370 people": fighting told with "the", by no one named and on no day of its own,
    is the fighting of the act told before."""
    return (e.event_type is EventType.BATTLE and not e.date_given and not e.perpetrators
            and says(replace(e, evidence=e.evidence[:1]), _THE_FIGHTING))


_THE_FIGHTING = frozenset({"the fighting", "the clashes", "the clash", "the battle", "the gunbattle"})


def _named_victim_again(k: Resolved, e: Resolved) -> bool:
    """"Gunmen ambushed the police chief, Omar Garcia Harfuch, killing two bodyguards ... Garcia Harfuch was shot three
    times but survived": the later mention's named victim is one the act already named; it tells what befell him."""
    def named(r: Resolved) -> set[str]:
        people = [v.name for v in r.victims] + [t.name for t in r.targets if t.kind == "person"]
        return {w for name in people if name[:1].isupper() and len(name.split()) >= 2
                for w in name.split() if w[:1].isupper()}
    theirs = named(e)
    return bool(theirs) and theirs <= named(k)


def _attempt_on_a_life(k: Resolved, e: Resolved) -> bool:
    """"A gunman opened fire at a rally, wounding the former president ... investigating the shooting as an attempted
    assassination": the shooting that took place was the attempt on his life."""
    return (e.event_type is EventType.ASSASSINATION and e.status is Status.ATTEMPTED and k.status is Status.REALIZED
            and k.event_type in (EventType.ASSASSINATION, EventType.ARMED_ASSAULT))


_SOME_TIME_IN = re.compile(r"\s*(?:earlier|later)\b", re.IGNORECASE)


def _tally(r: Resolved) -> bool:
    """A toll of thousands with no day of its own, any toll counted over a year or more ("The insurgency has
    killed more than 35,000 people since 2009") or hundreds over a week or more ("has killed more than 1,000
    militants since June") sums up a war or a campaign."""
    tolls = [c.count for c in (r.fatalities, r.injuries) if c is not None]
    if not r.date_given:
        return any(n >= STATISTIC_TOLL for n in tolls)
    when = r.date
    if when.precision is DatePrecision.YEAR and any(n >= STATISTIC_TOLL for n in tolls):
        return True                                    # "accused of killing thousands of people ... in 2023"
    if when.precision is not DatePrecision.RANGE or when.start is None or when.end is None or _SOME_TIME_IN.match(
            when.text or ""):
        return False                                   # "earlier that year": some day of the span, no count over it
    days = (when.end - when.start).days
    return any(n >= 2 and days >= STATISTIC_DAYS or n >= CAMPAIGN_TOLL and days >= CAMPAIGN_DAYS for n in tolls)


def _better_count(a: Count | None, b: Count | None) -> Count | None:
    if a is None or b is None:
        return a or b
    return b if b.count > a.count else a


def _count_tolls(k: Resolved, e: Resolved) -> None:
    """The larger toll stands, but a toll that is only the doers' word ("JNIM said its fighters had killed hundreds
    of soldiers") gives way to anyone else's ("security sources said more than 70 people had been killed")."""
    mine = k.fatalities is not None or k.injuries is not None
    theirs = e.fatalities is not None or e.injuries is not None
    if k.boast and theirs and not e.boast:
        k.fatalities, k.injuries = e.fatalities or k.fatalities, e.injuries or k.injuries
        k.boast = False
    elif not (e.boast and mine and not k.boast):
        k.fatalities = _better_count(k.fatalities, e.fatalities)
        k.injuries = _better_count(k.injuries, e.injuries)
        k.boast = k.boast or (e.boast and not mine)


def _epithet(k: Resolved, e: Resolved) -> bool:
    """"Militants attacked the school ..., the boldest strike on the capital in years": a generic word for a strike
    from afar later in the sentence that told the attack names it again; it does not make it one."""
    return (e.event_type is EventType.REMOTE_VIOLENCE and e.sentence_start == k.sentence_start
            and e.trigger_start > k.trigger_start)


def absorb(k: Resolved, e: Resolved) -> None:
    rank = triggers().rank
    burned = burned_in_the_killing(k, e)              # the killing names the incident, not the burning it did
    stopped = attacker_stopped(k, e)                  # nor the shot that ended it, whose shooters did not do it
    troops = ending_the_assault(k, e) and e.event_type is EventType.BATTLE    # nor the troops who ended the siege
    crowd = e.sentence_start == k.sentence_start and _one_crowd(k, e)
    fold_kind(k, e)
    # the first specific mention names the incident; a generic one ("the attack") gives way to a specific one
    if k.generic and not (burned or stopped) and (not e.generic or rank(e.event_type.value) < rank(
            k.event_type.value) and not _epithet(k, e)):
        k.event_type, k.generic, k.trigger = e.event_type, e.generic, e.trigger
    if crowd:
        k.event_type = EventType.RIOT                 # the crowd's burning is part of its riot
    if e.named and e.event_type is EventType.ASSASSINATION and k.event_type in _KILLINGS:
        k.event_type = EventType.ASSASSINATION        # "the governor called the shooting a political assassination"
    killed = any(c is not None and c.count > 0 for c in (k.fatalities, e.fatalities)) \
        and k.event_type is not EventType.ASSASSINATION
    if k.status is Status.REALIZED and e.status is not Status.REALIZED and not (e.generic or e.anaphoric or killed
                                                                                 or one_more_device(k, e)):
        k.status = e.status                           # (an attack that killed stays done though its target lived)
    k.suicide = k.suicide or e.suicide
    if not k.date_given and e.date_given:
        k.date, k.date_given = e.date, True
    elif _sharper(k.date, e.date if e.date_given else None):
        k.date = e.date                               # "days after a bombing" ... "the bombing on Thursday evening"
    if k.filed and e.location and not e.filed and filed_nearby(k, e):
        k.location, k.filed = e.location, False        # the town the text names, not the dateline's
    nearby = bool(k.location and e.location and k.location.precision in FINE
                  and neighbours(k.location, e.location, [*k.evidence, *e.evidence]))   # the place told first stands
    if e.location and not nearby and (not k.location or GEO_RANK[e.location.precision] < GEO_RANK[k.location.precision]):
        if not k.location or not k.location.country or k.location.country == e.location.country:
            k.location, k.filed = e.location, e.filed
    # (whom the responders shot are the attackers, not the attack's victims)
    for attr in ("targets",) if stopped else ("targets", "victims") if troops else ("perpetrators", "targets",
                                                                                      "victims"):
        mine = getattr(k, attr)
        have = names(mine)
        for x in getattr(e, attr):
            if (getattr(x, "canonical", None) or x.name).lower() not in have:
                mine.append(x)
    if any(p.canonical for p in k.perpetrators):
        k.perpetrators = [p for p in k.perpetrators if p.canonical or p.kind.value != "unknown"]
    k.weapons.extend(w for w in e.weapons if w not in k.weapons)
    if not stopped:                                   # the attackers the responders killed are not the attack's toll
        _count_tolls(k, e)
    k.claimed_by.extend(c for c in e.claimed_by if c not in k.claimed_by)
    k.claim_denied = k.claim_denied or e.claim_denied
    k.attributed_by.extend(a for a in e.attributed_by if a not in k.attributed_by)
    k.claim_actors.extend(a for a in e.claim_actors if a not in k.claim_actors)
    k.parents |= e.parents
    k.states |= e.states
    k.evidence.extend(x for x in e.evidence if x not in k.evidence)
    k.weight = max(k.weight, e.weight)
    k.mentions += e.mentions


_VAGUER = (DatePrecision.RANGE, DatePrecision.WEEK, DatePrecision.MONTH, DatePrecision.YEAR)


def _sharper(a: DateRange | None, b: DateRange | None) -> bool:
    """`b` is a day inside the vaguer span `a` (a range, a week, a month or a year read from a gap or a period:
    "ten months after the massacre at Charlie Hebdo ... On January 7, two brothers ...")."""
    if a and b and a.start and b.start and b.precision is DatePrecision.DAY and approximate_day(a) \
            and not approximate_day(b) and not dates_clash(a, b):
        return True                                   # "a week after fighters stormed it" ... "on January 20"
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
    if says(r, cues.get("shooting_words", frozenset()) | cues.get("gun_words", frozenset())):
        return False                                  # "fired upon the church": a shooting
    return says(r, cues.get("property_damage_cues", frozenset())) and not says(
        r, cues.get("military_responders", frozenset()))   # a military convoy or post attacked is an armed assault


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
            r.perpetrators = kept + [a for a in claimants[:1] if (a.canonical or a.name).lower() not in names(kept)]
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
        bare = not e.date_given and (not e.location and not e.anaphoric or _died_later(e))
        named = _named_antecedent(e, kept) or _kind_antecedent(e, kept, published, paragraphs) or _blamed_for(e, kept)
        if named is not None:
            absorb(named, e)
            continue
        # "... the AMIA center 30 years ago, killing 85. [paragraph] No one has been convicted for the bombing": in
        # an article that tells only of past acts, "the bombing" with no day of its own is one of them
        recalled = e.definite and not e.date_given and all(is_background(x, published) for x in kept)
        para = bisect_right(paragraphs, e.sentence_start)
        # the act told most recently first (of two told in one sentence, the later one)
        for _, _, k in sorted(((_last_told(x), i, x) for i, x in enumerate(kept)), key=lambda t: t[:2], reverse=True):
            # (any sentence `k` was told in: "... a car bomb a quarter of a century ago. [paragraph] The bomb ...
            # exploded on Market Street on Aug. 15, 1998. ... the police moved shoppers toward the blast.")
            told_at = (k.sentence_start, *(x.start for x in k.evidence))
            same_paragraph = bool(paragraphs) and any(bisect_right(paragraphs, at) == para for at in told_at)
            told_on = bare and same_paragraph
            if bare and is_background(k, published) and not (told_on or recalled):
                continue
            echo = same_paragraph and e.definite and not e.date_given and _echoes(k, e)   # "It claimed the ambush"
            # "... in December, in which an officer killed three sailors before a deputy shot him dead": an undated
            # act of the recalled act's own sentence is of its time
            beside = not e.date_given and e.sentence_start in told_at
            if is_background(k, published) != is_background(e, published) and not (
                    e.anaphoric or told_on or echo or beside or recalled):
                continue                 # an attack recalled from years ago is not the news of the day
            if paragraphs and not same_paragraph and (_state_against_group(k, e) or _state_against_group(e, k)
                                                      or _provinces_apart(k, e)):
                continue                 # told apart, a state's strikes and a group's attack are two acts
            if k is kept[0] and _news_of_the_day(k, e, published, paragraphs):
                continue                 # the lead's undated act is the day's news, not an act of weeks before
            if compatible(k, e, lead=k is kept[0]):
                absorb(_echoed_beside(k, e, kept), e)
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


def _last_told(k: Resolved) -> int:
    return max([k.sentence_start, *(x.start for x in k.evidence)])


def _echoed_beside(k: Resolved, e: Resolved, kept: list[Resolved]) -> Resolved:
    """"Rockets were fired at the airport ..., days after a suicide bombing killed 170. ... five rockets were
    launched from a vehicle": of two acts told in one sentence, a later mention that repeats the act word of one
    of them (and not of the other) is that one's, not the last told."""
    said = {w[:5] for w in e.trigger.lower().split() if len(w) >= 5} - _TOLL_STEMS   # "killed": told of any act
    if said & _stems(k):
        return k
    beside = [x for x in kept if x is not k and x.sentence_start == k.sentence_start and said & _stems(x)]
    return beside[0] if len(beside) == 1 and compatible(beside[0], e) else k


def _stems(r: Resolved) -> set[str]:
    """The first five letters of each word of the act's trigger and weapons."""
    return {w[:5] for w in (r.trigger + " " + " ".join(r.weapons)).lower().split()}


_TOLL_STEMS = {"kille", "killi", "injur", "wound", "death"}


def _news_of_the_day(k: Resolved, e: Resolved, published: date | None, paragraphs: Sequence[int]) -> bool:
    """`k`, told in the article's first paragraph with no date of its own, is the news the article reports ("Pakistan
    said on Wednesday that it had shot down two Indian jets over Kashmir"); `e`, an act of another kind dated more
    than NEWS_DAYS before publication ("the February 14 suicide bombing ... in Kashmir"), is an earlier act, not the
    news told again (an act of the same kind, or told with the same word, may be: "ambushed and killed 68 peasants
    ... it was ambushed on 22 November", "the murder of three peasants ... the murder ... on 12 November")."""
    first = not paragraphs or k.sentence_start < paragraphs[0]
    return bool(first and not k.date_given and k.event_type is not e.event_type and not _echoes(k, e) and published
                and e.date_given and e.date and e.date.end and (published - e.date.end).days > NEWS_DAYS)


def _echoes(k: Resolved, e: Resolved) -> bool:
    """`e`'s act word repeats one of `k`'s ("ambushed a patrol ... It claimed the ambush months later")."""
    return any(a[:5] == b[:5] for a in k.trigger.lower().split() for b in e.trigger.lower().split()
               if len(a) >= 5 and len(b) >= 5)


def _blamed_for(e: Resolved, kept: list[Resolved]) -> Resolved | None:
    """"... killing a commander whom Israel held responsible for the rocket attack": what someone is blamed for is an
    act told before the sentence that blames, not the act that sentence tells."""
    if not e.answered:
        return None
    return next((k for k in reversed(kept) if k.sentence_start < e.sentence_start and compatible(k, e)), None)


def _named_antecedent(e: Resolved, kept: list[Resolved]) -> Resolved | None:
    """"The Crocus attack brought back memories ...": a back-reference whose name word ("Crocus") the article used
    in telling one earlier act points to that act, however many acts it told since; so does a definite mention
    whose thing word ("the helicopter attack") the article used in telling one act only."""
    if not (e.anaphoric or e.definite) or not e.evidence:
        return None
    x = e.evidence[0]
    words = x.text[:max(0, e.trigger_start - x.start)].split()
    name = words[-1] if words else ""
    if len(words) < 2 or not name.isalpha():
        return None
    if name[:1].isupper():
        if not e.anaphoric:
            return None
        told = [k for k in kept if any(re.search(rf"\b{re.escape(name)}\b", v.text) for v in k.evidence)]
        return next((k for k in reversed(told) if compatible(k, e)), None)
    # "blamed the helicopter attack on the Gulf Clan": a thing word the article used in telling one act only
    if words[-2].lower() not in ("the", "that", "this"):
        return None
    told = [k for k in kept if any(re.search(rf"\b{re.escape(name)}\b", v.text, re.I) for v in k.evidence)]
    return told[0] if len(told) == 1 and compatible(told[0], e) else None


def _kind_antecedent(e: Resolved, kept: list[Resolved], published: date | None,
                     paragraphs: Sequence[int]) -> Resolved | None:
    """"The military said it had killed 11 militants on Friday, and that the bombing might be a reprisal": "the
    bombing", told beside an act of another kind, points back to the last act of its kind, not to the act beside it;
    to an act the article only recalls, only from that act's paragraph."""
    if not (e.definite and not e.date_given and not e.location and kept):
        return None
    beside = kept[-1]
    told_apart = e.anaphoric and not e.generic    # "... had carried out the shooting", after the missiles' sentence
    if (beside.sentence_start != e.sentence_start and not told_apart) or beside.event_type is e.event_type \
            or _echoes(beside, e):
        return None
    para = bisect_right(paragraphs, e.sentence_start)
    for k in reversed(kept[:-1]):
        if k.event_type is not e.event_type:
            continue
        recalled = is_background(k, published) != is_background(e, published)
        if recalled and bisect_right(paragraphs, k.sentence_start) != para:
            continue
        return k if compatible(k, e) else None
    return None


def share_claims(kept: list[Resolved], published: date | None) -> None:
    """One group's claim "for the attack" covers the article's other parts of that attack: acts with no claim of their
    own, on no other date and at no other place, that the article does not recall as older (nor does a claim of a
    recalled act cover the day's news)."""
    claimed = [r for r in kept if r.claimed_by and not r.claim_denied and not is_background(r, published)]
    groups = {tuple(r.claimed_by) for r in claimed}
    if len(groups) != 1:
        return
    src = claimed[0]
    for r in kept:
        if r.claimed_by or r.claim_denied or r.event_type is EventType.THREAT or is_background(r, published):
            continue
        if _state_against_group(r, src) or (r.perpetrators and all(p.kind.value == "state" for p in r.perpetrators)
                                            and not any(p.kind.value == "state" for p in src.perpetrators)):
            continue                                   # the warplanes' strikes (Iran's missiles) are not the rebels'
                                                       # to claim
        if dates_clash(src.date if src.date_given else None, r.date if r.date_given else None):
            continue
        if places_clash(src.location, r.location):
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

