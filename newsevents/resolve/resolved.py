"""The event being built inside one article (`Resolved`) and the tests its merge rules share: whether two
dates or two places clash, whether two towns are neighbours the text tied together, what the sentences say."""
from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..core import (
    Actor,
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
from .places_text import vocabulary as place_words

ATTACKS = {EventType.ARMED_ASSAULT, EventType.BOMBING, EventType.ASSASSINATION, EventType.KIDNAPPING, EventType.ARSON,
            EventType.FACILITY_ATTACK, EventType.REMOTE_VIOLENCE, EventType.BATTLE, EventType.VIOLENCE_AGAINST_CIVILIANS}
STATISTIC_TOLL = 1000      # dead or hurt in one incident with no day of its own: a war's or a year's count
STATISTIC_DAYS = 300       # a toll over a period this long ("since 2009", "so far this year") sums up many attacks
CAMPAIGN_TOLL = 300        # ... and so do hundreds dead or hurt over a week or more ("1,000 killed since June"), or
CAMPAIGN_DAYS = 7          # hundreds dated only by the wire's dateline: an offensive's count read out that day
FINE = {GeoPrecision.POINT, GeoPrecision.CITY, GeoPrecision.DISTRICT}
GEO_RANK = {GeoPrecision.POINT: 0, GeoPrecision.CITY: 1, GeoPrecision.DISTRICT: 2, GeoPrecision.ADMIN1: 3,
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
    boast: bool = False                              # its toll is the doers' own word, outranked by anyone else's
    answered: bool = False                           # what someone is blamed for: an act told before its sentence
    named: bool = False                              # what someone called it: its type says what the act was
    claim_actors: list[Actor] = field(default_factory=list)   # claimants and attributed actors, perpetrators in waiting
    date: DateRange | None = None
    date_given: bool = False
    location: Location | None = None
    filed: bool = False                              # the location is the dateline's town, the clause named none
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
    several: bool = False                            # "Two attacks on Thursday ...": a sum of acts
    parents: set[str] = field(default_factory=set)   # its named doers' registry parents, lower case (ISCAP: the IS)
    states: set[str] = field(default_factory=set)    # the countries whose forces did it ("India struck ...": IN)


def dates_clash(a: DateRange | None, b: DateRange | None) -> bool:
    """The two dates cannot be one day; a day reached by a gap of weeks ("a week after fighters stormed it") may be a
    few days off."""
    if not a or not b or not a.start or not b.start:
        return False
    a_end, b_end = a.end or a.start, b.end or b.start
    slack = datetime.timedelta(days=WEEK_GAP_SLACK_DAYS if approximate_day(a) or approximate_day(b) else 0)
    return a_end + slack < b.start or b_end + slack < a.start


_WEEKS_GAP = re.compile(r"\b(?:a|one|two|three|\d+)\s+weeks?\b", re.I)
WEEK_GAP_SLACK_DAYS = 3     # "a week before" says roughly when


def approximate_day(d: DateRange) -> bool:
    """A day reached by counting weeks from another ("a week before"): roughly then."""
    return d.precision is DatePrecision.DAY and _WEEKS_GAP.search(d.text or "") is not None


def places_clash(a: Location | None, b: Location | None, told: Sequence[Evidence] = ()) -> bool:
    if not a or not b:
        return False
    if a.country and b.country and a.country != b.country:
        return True
    if a.precision in FINE and b.precision in FINE and a.name != b.name:
        return not neighbours(a, b, told)
    return False


SUBURB_KM = 30.0     # "a concert hall on the edge of Moscow" and "in Krasnogorsk": one place told two ways


def filed_nearby(k: "Resolved", e: "Resolved") -> bool:
    """One mention stands at the wire's dateline town only because its clause named no place ("RAIPUR, India -
    Maoist rebels blew up a van in central India"), the other names a place in the dateline's province ("near
    Aranpur in Dantewada district"): the dateline does not tell them apart. The placed mention tells no time of its
    own: "At about the same time, bombers attacked St. Sebastian's Church in Negombo" is another site's act."""
    a, b = k.location, e.location
    placed = e if k.filed else k
    return (k.filed != e.filed and a is not None and b is not None and a.country == b.country
            and a.admin1 is not None and a.admin1 == b.admin1 and not placed.date_given)


def neighbours(a: Location, b: Location, told: Sequence[Evidence] = ()) -> bool:
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


def names(xs) -> set[str]:
    return {(getattr(x, "canonical", None) or x.name).lower() for x in xs}


def says(r: Resolved, cues: frozenset[str]) -> bool:
    """Whether the sentences that tell of the incident use one of the cue words or phrases (whole words)."""
    told = " ".join(x.text.lower() for x in r.evidence)
    return any(re.search(r"\b" + re.escape(c) + r"\b", told) for c in cues)
