"""The one toll of an event, chosen among the casualty figures counts.find_casualties reads.

Coder notes win, then the largest figure that is not a subset ("including 14 tourists"), plus the figures
that add to it ("another civilian was killed"); victims and attackers are chosen apart and summed; zero
only when nothing positive was found; a note that the toll is shared by several events ("Fatalities split
between 2 events") divides it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ..core.enums import Qualifier
from ..core.records import Count
from .numbers import _alt, _load

SHARE = "share"     # a coder's note that the note's toll is split over N events ("Fatalities split between 2 events")


@dataclass(frozen=True)
class Casualty:
    """One casualty figure in a text: `start`/`end` span the whole phrase, `noun` the victims if named.

    `subset` marks a part of a larger figure ("including 14 tourists"), `additive` a figure that adds
    to an earlier one ("another civilian was killed", "one more injured"), `coded` a coder's figure
    (ACLED "Fatalities coded as 3"), which overrides the figures read from the narrative, `implied` a
    death the text implies but does not count (the attacker of a suicide bombing). Kind SHARE is no
    figure but a note that the toll is shared by `count` events; `round_up` says how the share rounds.
    """
    kind: str
    count: Count
    start: int
    end: int
    noun: str | None = None
    subset: bool = False
    additive: bool = False
    coded: bool = False
    implied: bool = False
    round_up: bool = False


@lru_cache(maxsize=1)
def _attacker() -> re.Pattern[str]:
    """Nouns that name the attackers' side ("militants", "assailants"): their dead are counted apart."""
    return re.compile(rf"\b(?:{_alt(_load('casualties.json')['attacker_nouns'])})\b", re.IGNORECASE)


def _combine(cs: list[Casualty]) -> Count | None:
    base: Count | None = None
    extra = 0
    for c in sorted(cs, key=lambda c: c.start):
        if c.additive and base is not None:
            extra += c.count.count
        elif base is None or c.count.count > base.count:
            base = c.count
    if base is None or not extra:
        return base
    return Count(base.count + extra, base.qualifier, base.max + extra if base.max is not None else None, None)


def total(casualties: Iterable[Casualty], kind: str) -> Count | None:
    """The one figure of `kind` for an event, or None when the text gives none.

    A coder's figure wins. Otherwise, within victims and within attackers separately, the largest
    figure that is not a subset ("including 14 tourists"), plus the figures that add to an earlier
    one ("another ... was killed"); the two sides are summed. Zero only when nothing positive is found.
    A note that the toll is shared by N events leaves this event its share: rounded down for an ACLED
    split ("Fatalities split between 2 events"; the remainder goes to one event), rounded up for a GTD
    summary of one of N related attacks that gives the toll "across both attacks".
    """
    casualties = list(casualties)
    whole = _whole(casualties, kind)
    share = max((c for c in casualties if c.kind == SHARE), key=lambda c: c.count.count, default=None)
    if whole is None or share is None or kind != "killed":
        return whole
    parts = share.count.count
    qualifier = Qualifier.AT_LEAST if whole.qualifier is Qualifier.RANGE else whole.qualifier
    return Count(-(-whole.count // parts) if share.round_up else whole.count // parts, qualifier, None, whole.text)


def _whole(casualties: list[Casualty], kind: str) -> Count | None:
    cs = [c for c in casualties if c.kind == kind]
    if not cs:
        return None
    coded = [c for c in cs if c.coded]
    if coded:
        return max(coded, key=lambda c: (c.end, c.end - c.start)).count
    positive = [c for c in cs if c.count.count > 0]
    if not positive:
        return cs[0].count
    # a suicide attacker's own death is not counted unless the text states it: the count is what the text supports
    main = [c for c in positive if not c.subset and not c.implied] or [c for c in positive if not c.implied]
    if not main:
        return None
    attacker = _attacker()
    side = [c for c in main if c.noun and all(attacker.search(n) for n in c.noun.split(", "))]
    victims, attackers = _combine([c for c in main if c not in side]), _combine(side)
    if victims is None or attackers is None:
        return victims or attackers
    return Count(victims.count + attackers.count, victims.qualifier if victims.qualifier != Qualifier.RANGE
                 else Qualifier.AT_LEAST, None, "; ".join(t for t in (victims.text, attackers.text) if t) or None)
