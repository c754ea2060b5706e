"""One event per place a coder's note lists: "clashes on the Nihm (Nihm, Sanaa), Sirwah (Sirwah, Marib) and Nati
(Nati, Al Bayda) frontlines", "operations in Kabul, Ghor, Laghman, and Balkh provinces". ACLED codes such a note as
one event per location (and says so: "split between 3 locations"), and an analyst counting where fighting happened
wants each front on the map. The listed places are read from the note's own list, each item resolved with its own
address chain; the first keeps the event's figures, the others carry no toll of their own (unless the coder gave
the toll as each event's share), so no death is counted twice."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..core import GeoPrecision, Location
from .merge import Resolved
from .places import Gazetteer
from .places_context import find_address
from .places_text import name_key

_NAME = r"[A-Z][\w'’-]*(?:[ -](?:[A-Z][\w'’-]*|(?:al|el|ar|as|ad|an|ash|at|az|de|del|la|wa|e)(?=[ -][A-Z])))*"
_ITEM = _NAME + r"(?:\s*\([^()]{2,60}\))?"
_LIST = re.compile(rf"(?<![\w(])({_ITEM}(?:,\s+{_ITEM})*,?\s+and\s+{_ITEM})")
_PART = re.compile(rf"({_NAME})(?:\s*\(([^()]+)\))?")
_ITEM_RE = re.compile(_ITEM)
_FINE = {GeoPrecision.CITY, GeoPrecision.DISTRICT, GeoPrecision.ADMIN1}
_MAX_SITES = 6          # a longer list is a region's roll-call, not the places of one event


def _site(item: str, gaz: Gazetteer, countries: Sequence[str]) -> Location | None:
    m = _PART.fullmatch(item)
    if m is None:
        return None
    name, chain = m.group(1), m.group(2)
    if chain:
        found = find_address(f"in {name} ({chain})", gaz, countries)
        if found is not None and found.exact:
            return found.location
    loc = gaz.resolve(name, countries=countries)
    if loc is None and chain:                          # "Zap (Amadiya)": a place the index lacks, by its town
        loc = gaz.resolve(chain.split(",")[0].strip(), countries=countries)
        return loc if loc is not None and loc.precision in (GeoPrecision.CITY, GeoPrecision.DISTRICT) else None
    return loc


def _same(a: Location, b: Location) -> bool:
    return (a.name, a.country) == (b.name, b.country) or (a.lat, a.lon) == (b.lat, b.lon)


def listed_sites(sentence: str, gaz: Gazetteer, countries: Sequence[str]) -> list[tuple[Location, int]]:
    """The distinct places of the longest list in `sentence` whose items the gazetteer knows (all but a minority of
    villages it lacks) in one country at a town, district or province, with each item's offset in the sentence;
    empty when there is no such list."""
    best: list[tuple[Location, int]] = []
    for m in _LIST.finditer(sentence):
        items = [(i.group(0), m.start(1) + i.start()) for i in _ITEM_RE.finditer(m.group(1))]
        if not 2 <= len(items) <= _MAX_SITES:
            continue
        locs = [(loc, at) for p, at in items if (loc := _site(p, gaz, countries)) is not None]
        if len(locs) < 2 or 2 * len(locs) < len(items) or any(loc.precision not in _FINE for loc, _ in locs):
            continue                                   # most items must be known places, each a town or a unit
        if len({loc.country for loc, _ in locs}) != 1 or len({(loc.name, loc.lat, loc.lon) for loc, _ in locs}) != len(locs):
            continue
        if len(locs) > len(best):
            best = locs
    return best


def _unit_named(own: Location, sites: list[tuple[Location, int]]) -> bool:
    """The event's town shares its name with the province every listed place lies in: the text meant the province."""
    return (own.precision is GeoPrecision.CITY and own.admin1 is not None
            and name_key(own.admin1).startswith(name_key(own.name))
            and all(loc.admin1 == own.admin1 for loc, _ in sites))


def split_sites(merged: list[Resolved], gaz: Gazetteer, countries: Sequence[str], shared: bool = False
                ) -> list[Resolved]:
    """Each event of a note whose sentence lists several places, once per place (see the module docstring). The
    event keeps its own place when that is one of the list's; a clone's anchor is its place in the text, which
    keeps its identifier apart from the event's. A toll the coder gave as each event's share ("Fatalities split
    across 4 events (1)", `shared`) stays on every clone; any other toll stays on the event alone."""
    out: list[Resolved] = []
    for r in merged:
        out.append(r)
        ev, sites = next(((e, found) for e in r.evidence if (found := listed_sites(e.text, gaz, countries))),
                         (None, []))
        if ev is None:
            continue
        own = r.location
        if own is not None and _unit_named(own, sites):
            own = None                                 # "the north of Veracruz like Panuco, El Higo ...": the state
        if own is not None and own.precision in _FINE and not any(_same(loc, own) for loc, _ in sites):
            continue                                   # the event stands somewhere the list does not name
        first = True
        for loc, at in sites:
            if own is not None and _same(loc, own):
                continue
            if first and (own is None or own.precision not in _FINE):
                r.location, first = loc, False         # a note placed only in its province takes the first site
                continue
            out.append(replace(r, location=loc, fatalities=r.fatalities if shared else None,
                               injuries=r.injuries if shared else None, trigger_start=ev.start + at,
                               perpetrators=list(r.perpetrators), targets=list(r.targets), victims=list(r.victims),
                               weapons=list(r.weapons), evidence=list(r.evidence)))
    return out
