"""Which of an article's events are incidents rather than violence named in passing.

Commentary, trial reports and political statements name violence in passing ("the bombing of civilians",
"the assassinations of 1988"). An event is kept when it is concretely anchored: a date expression, a casualty
figure, a place finer than a country, a perpetrator group the registry knows, or named victims. A background
mention of an earlier attack (flagged `background` upstream: dated well before publication) needs more: a year
alone ("the massacres of 1982") is how speeches and rights reports recall history, so a recalled attack is kept
only when it is firmly anchored (date, toll, place, group or victims: at least two of them). Such a recall is
then still reported, dated to when it happened, and merging across articles ties it to its incident.

A wire's dateline ("SAN SALVADOR, 14 JUL 89 (EFE) --") dates the report: an event whose only date is the
dateline's has no date of its own, so that date alone does not anchor it ("the general said the murders of
Salvadorans must stop"); it stays when it names who did it, what was hit or the weapon.

In a full article (longer than a brief) a town alone does not anchor a mention either: speeches and commentary
place violence in passing ("the war in Morazan", "bombs exploding in the capital") without naming anyone hurt, any
doer or target, a toll or a day. In a brief or a coder's note every sentence is about its one incident, so there
the town is enough.

The dead and hurt of an accident are no attack: when every violent event of an article only counts casualties (no
doer, weapon or thing hit) and one of their sentences, or the article's lead, names a crash or an accident ("a
passenger died when the light plane crashed", "killed in today's crash of an airliner"), the article tells of an
accident.

A statistic is no incident: "1,300 policemen have been killed in the last three years", "so far this year 100
people have died in clashes", "a war that has left 70,000 dead", "the troops have inflicted 650 dead on the enemy"
sum up many attacks. Such a toll either runs over a year or more up to the report's date, or is a count of thousands
with no day of its own, or of hundreds dated only by the wire's dateline.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from ..core import ActorKind, DatePrecision, Event, EventType, GeoPrecision, Location
from ..mentions.lexicon import accident_words, roles
from ..resolve.actors import ActorRegistry
from ..resolve.article_places import BRIEF_CHARS
from ..resolve.resolved import CAMPAIGN_DAYS, CAMPAIGN_TOLL, STATISTIC_DAYS, STATISTIC_TOLL

MAX_AGE_DAYS = 60          # an event dated more than two months before publication is history, not news
FIRM_ANCHORS = 2           # anchors a background mention needs: a year alone is history recalled in passing
UP_TO_NOW_DAYS = 7         # a period ending this close to publication runs "up to now" ("in the last 3 years")
_FINE_PLACES = frozenset({GeoPrecision.POINT, GeoPrecision.CITY, GeoPrecision.DISTRICT})
_PERIODS = frozenset({DatePrecision.RANGE, DatePrecision.YEAR})
_DAYS = frozenset({DatePrecision.DAY, DatePrecision.WEEK})
_CASUALTY_TYPES = frozenset({EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.ARSON})


def _casualties_only(event: Event) -> bool:
    """Counts the dead, hurt or burned and names no doer, weapon or thing hit ("a passenger died and another was
    badly burned when the plane crashed"; a fire set to a vehicle names what it hit)."""
    if event.perpetrators or event.weapons or event.event_type not in _CASUALTY_TYPES:
        return False
    if event.event_type is EventType.ARSON:               # burned people, not a thing set on fire
        things = set(roles().target_nouns)
        return not any((t.name.lower().split() or [""])[-1] in things for t in event.targets)
    return all(t.kind in (None, "person") for t in event.targets)


LEAD_CHARS = 600           # the opening of an article that says what it is about


def accident_report(events: Sequence[Event], lead: str = "") -> bool:
    """Every event only counts casualties and one of their sentences, or the article's `lead` paragraph, names a
    crash or an accident (the crash told first, "the pilot died instantly" after it)."""
    return bool(events) and all(_casualties_only(e) for e in events) and (
        bool(accident_words().search(lead[:LEAD_CHARS])) or any(
            accident_words().search(ev.text) for e in events for ev in e.evidence))


def is_current(event: Event, published: date | None, max_age_days: int = MAX_AGE_DAYS) -> bool:
    """Not a background mention, and not ending more than `max_age_days` before `published`."""
    if event.background:
        return False
    last = (event.date.end or event.date.start) if event.date else None     # a range reaching into recent weeks
    if published is None or last is None:
        return True
    return (published - last).days <= max_age_days


def dated_by_dateline(event: Event, dateline: str) -> bool:
    """The event's date expression is the one in the article's dateline (the day the report was filed)."""
    text = event.date.text if event.date is not None else None
    return bool(text and dateline and text.lower() in dateline.lower())


def _own_date(event: Event, dateline: str) -> bool:
    return bool(event.date is not None and event.date.text) and not dated_by_dateline(event, dateline)


def _toll(event: Event) -> int:
    return max(event.fatalities.count if event.fatalities and event.fatalities.count else 0,
               event.injuries.count if event.injuries and event.injuries.count else 0)


def _at_sea(location: Location) -> bool:
    """A named sea, gulf or strait (resolve/waters.py): a place no country holds, as concrete as a town."""
    return location.country is None and location.precision is GeoPrecision.REGION and location.lat is not None


_UNIT_WORDS = re.compile(r"\s(?:state|province|region|county|governorate|oblast|department)$", re.IGNORECASE)


def _named_unit(event: Event) -> bool:
    """A province the text names with its unit word ("arrested a girl wearing an explosive belt in Katsina state"):
    for a violent act, as firm as a town (a protest recalled in a province is not)."""
    loc = event.location
    return (loc is not None and loc.precision is GeoPrecision.ADMIN1 and bool(_UNIT_WORDS.search(loc.text or ""))
            and event.event_type not in (EventType.PROTEST, EventType.RIOT, EventType.OTHER))


def _named_state(actor) -> bool:
    """A state named by its country's name ("Iran fired about 180 ballistic missiles at Israel"): as firm as a known
    group. Not a kind of forces ("Turkish warplanes"), nor upper-case wire text, where every word is capitalised."""
    words = [w for w in actor.name.split() if w.lower() != "the"]
    return (actor.kind is ActorKind.STATE and bool(words) and not actor.name.isupper()
            and all(w[:1].isupper() for w in words))


def anchors(event: Event, dateline: str = "") -> int:
    """How many concrete anchors the event has: a date expression of its own (not the dateline's), a toll, a town,
    a known group, named victims."""
    return sum((
        _own_date(event, dateline),
        bool(_toll(event)),
        event.location is not None and (event.location.precision in _FINE_PLACES or _at_sea(event.location)
                                        or _named_unit(event)),
        any(ActorRegistry.load().named(a) or _named_state(a) for a in event.perpetrators),   # a known group, a state
        bool(event.victims),
    ))


def is_statistic(event: Event, published: date | None, dateline: str = "") -> bool:
    """The event's toll sums up many attacks: thousands with no day of their own, or a count over a year or more
    that runs up to the report ("in the last 3 years", "since 1981", "so far this year"), or hundreds over a week
    or more up to it ("398 soldiers dead in clashes since the offensive began on 11 November", also when the date
    is said inside the "since" clause: "840 killed since the offensive began three weeks ago"). A shorter run of a
    small toll ("since November") is as often one incident's date read with the word before it."""
    toll = _toll(event)
    if toll < 2:
        return False
    when = event.date
    day = _own_date(event, dateline) and when is not None and (when.precision in _DAYS or _one_blast(event))
    if toll >= STATISTIC_TOLL and not day or toll >= CAMPAIGN_TOLL and dated_by_dateline(event, dateline):
        return True
    if when is None or not when.text or published is None:
        return False
    if toll >= CAMPAIGN_TOLL and when.start is not None and (published - when.start).days >= CAMPAIGN_DAYS \
            and _since_clause(event):
        return True                                   # "had killed 840 rebels since the offensive began a month ago"
    if when.precision not in _PERIODS and not (when.precision is DatePrecision.MONTH and toll >= CAMPAIGN_TOLL):
        return False                                  # "403 people were killed in November" read on 2 December
    if when.start is None or when.end is None:
        return False
    days = (when.end - when.start).days
    return (published - when.end).days <= UP_TO_NOW_DAYS and (
        days >= STATISTIC_DAYS or toll >= CAMPAIGN_TOLL and days >= CAMPAIGN_DAYS)


def _one_blast(event: Event) -> bool:
    """"In January 1996, the rebels drove a truck packed with explosives into the Central Bank, killing about 90 and
    wounding more than 1,400": a bombing told in its month with fewer than a thousand dead is one blast's toll, its
    wounded as many as they may be (a month's count of the dead in thousands stays a statistic)."""
    dead = event.fatalities.count if event.fatalities and event.fatalities.count else 0
    return (event.event_type is EventType.BOMBING and event.date is not None
            and event.date.precision is DatePrecision.MONTH and dead < STATISTIC_TOLL)


def _since_clause(event: Event) -> bool:
    """The event's toll is counted in its sentence since the date ("900 fighters had been killed since the offensive
    began three weeks ago"): a count that runs up to the report. Not a toll told after the date ("the deadliest
    attack since the bombing five years ago, in which 587 died": that bombing's own toll)."""
    said = (event.date.text or "").lower() if event.date is not None else ""
    counts = [c.text.lower() for c in (event.fatalities, event.injuries) if c is not None and c.text]
    for ev in event.evidence:
        low = ev.text.lower()
        at = low.find(said) if said else -1
        since = re.search(r"\bsince\b[^.;,]*$", low[:at]) if at > 0 else None
        if since and any(0 <= low.find(c) < since.start() for c in counts):
            return True
    return False


def is_anchored(event: Event, dateline: str = "", brief: bool = True) -> bool:
    """The event is tied to something concrete; a background mention must be firmly tied, and outside a `brief`
    a town alone does not tie it."""
    if event.background:
        return anchors(event, dateline) >= FIRM_ANCHORS
    named = bool(event.perpetrators or event.targets or event.weapons)
    if not brief and not (named or event.victims or _toll(event) or _own_date(event, dateline)):
        return False
    return anchors(event, dateline) >= 1 or (named and dated_by_dateline(event, dateline))


def relevant_events(events: Sequence[Event], published: date | None, dateline: str = "",
                    article_chars: int = 0, note: bool = False, lead: str = "") -> list[Event]:
    """The article's anchored events that are incidents, not statistics; `dateline` is the article's dateline
    text, if it has one, `article_chars` its length (0: a brief) and `lead` its first paragraph. A `note` (a coder's
    note or a wire brief in mixed case) is written about one incident: when none of its events is anchored, its
    first current one stands for it ("Protesters gathered outside the police station demanding the officer's
    arrest")."""
    brief = article_chars <= BRIEF_CHARS
    violent = [e for e in events if e.event_type not in (EventType.PROTEST, EventType.OTHER)]
    if accident_report(violent, lead):
        events = [e for e in events if e not in violent]
    kept = [e for e in events if is_anchored(e, dateline, brief) and not is_statistic(e, published, dateline)]
    if not kept and note:
        kept = [e for e in events if not e.background and not is_statistic(e, published, dateline)][:1]
    return kept
