"""A side of a province named in the text: "shelled Sfuhen in the southern countryside of Idleb", "rural northern
Hama", "the eastern Deir-ez-Zor countryside", "in western Anbar". The village such a note names is rarely in the
gazetteer, so the event would stand at the province's seat (or its namesake town); the middle of the province's
towns on the named side is nearer to where it happened.

    province_side(location, sentence, gaz)   # Location moved to the south side of Idlib, or None
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from functools import lru_cache

from ..core import GeoPrecision, Location
from ..core.geo import great_circle_km
from .places import Gazetteer
from .places_text import data_text, name_key, vocabulary

_NAME = r"([A-Z][\w'’-]*(?:[\s-]+(?:al|el|ad|as|ar|az|ash|ez|ed|de)?[\s-]*[A-Z][\w'’-]*){0,2})"
_BEARINGS = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
             "southwest": 225.0, "west": 270.0, "northwest": 315.0}
_SIDE_HALF_ANGLE = 60.0           # "the southern countryside": towns within 60 degrees of due south of the middle
_SIDE_MIN_KM = 5.0                # ... and not at the middle itself
_SIDE_MIN_TOWNS = 2


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    raw = json.loads(data_text("places_qualifiers.json"))
    dirs = "|".join(sorted((re.escape(k) for k, v in raw["directions"].items() if v in _BEARINGS and " " not in k),
                           key=len, reverse=True))
    nouns = "|".join(sorted(map(re.escape, raw["side_nouns"]), key=len, reverse=True))
    return (
        re.compile(rf"(?i:\b({dirs})\s+(?:{nouns})\s+of\s+(?:the\s+)?){_NAME}"),     # southern countryside of Idleb
        re.compile(rf"(?i:\b({dirs})\s+){_NAME}(?i:\s+(?:{nouns})\b)"),              # northern Aleppo countryside
        re.compile(rf"(?i:\b(?:rural|(?:{nouns})\s+of)\s+(?:the\s+)?({dirs})\s+){_NAME}"),   # rural northern Hama
        re.compile(rf"(?i:\b({dirs})\s+rural\s+){_NAME}"),                             # eastern rural Hama
    )


def _sides(sentence: str) -> list[tuple[str, str]]:
    """(direction, province name as written) for each side of a province the sentence names, in text order."""
    found = []
    for pattern in _patterns():
        for m in pattern.finditer(sentence):
            if re.search(r"['’]s\b", m.group(2)):
                continue                  # "northwestern Nigeria's Kaduna state": the side is the country's
            found.append((m.start(), vocabulary().directions[name_key(m.group(1))], m.group(2)))
    return [(d, n) for _, d, n in sorted(found)]


def province_side(location: Location | None, sentence: str, gaz: Gazetteer) -> Location | None:
    """`location` moved to the named side of its province, when it stands for the province: a first-level unit,
    or the town read from the province's own name ("Idleb" for "the southern countryside of Idleb"). None when
    the sentence names no side of that province, or the province has too few towns on that side."""
    if location is None or location.admin1 is None or location.precision not in (GeoPrecision.ADMIN1,
                                                                                  GeoPrecision.CITY):
        return None
    if location.precision is GeoPrecision.ADMIN1 and location.qualifier in _BEARINGS:
        return side_of(location, location.qualifier, gaz)       # "in western Anbar"
    for direction, name in _sides(sentence):
        if location.precision is GeoPrecision.CITY and name_key(location.text or "") != name_key(name):
            continue                # a town the text names, not the province's namesake
        unit = gaz.resolve_unit(name, countries=[location.country])
        if unit is not None and unit.precision is GeoPrecision.ADMIN1 and unit.country == location.country \
                and unit.admin1 == location.admin1:
            return side_of(location, direction, gaz)
    return None


def side_of(location: Location, direction: str, gaz: Gazetteer) -> Location | None:
    """The `direction` side ("south", "northeast") of the first-level unit holding `location`: the middle of its
    towns that lie that way from the middle of all its towns. None when the unit has too few towns there."""
    towns = gaz.towns_in(location.country or "", location.admin1 or "")
    if not towns:
        return None
    mid_lat = sum(t[0] for t in towns) / len(towns)
    mid_lon = sum(t[1] for t in towns) / len(towns)
    side = [t for t in towns if great_circle_km(mid_lat, mid_lon, *t) > _SIDE_MIN_KM
            and abs((_bearing(mid_lat, mid_lon, *t) - _BEARINGS[direction] + 180) % 360 - 180) <= _SIDE_HALF_ANGLE]
    if len(side) < _SIDE_MIN_TOWNS:
        return None
    return replace(location, lat=round(sum(t[0] for t in side) / len(side), 5),
                   lon=round(sum(t[1] for t in side) / len(side), 5), precision=GeoPrecision.ADMIN1,
                   geonames_id=None, qualifier=direction)


def _bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial compass bearing in degrees (0 north, 90 east) from the first point to the second."""
    la1, la2, dlon = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    y = math.sin(dlon) * math.cos(la2)
    x = math.cos(la1) * math.sin(la2) - math.sin(la1) * math.cos(la2) * math.cos(dlon)
    return (math.degrees(math.atan2(y, x)) + 360.0) % 360.0
