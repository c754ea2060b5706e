"""One gazetteer row as the lookups find it (`Place`), and the checks on rows that need no lookup: an upper-case
short word names few places ("JWS" is an acronym, "UK" a country), and how far apart two rows lie."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..core.geo import great_circle_km

ACRONYM = re.compile(r"[A-Z]{2,5}")
_ACRONYM_MIN_POP = 1_000_000       # "JWS", "NGO": an upper-case short word names a town only when it is a metropolis


@dataclass(frozen=True)
class Place:
    """One gazetteer row as found under a name key."""
    id: int
    kind: str                   # country | admin1 | admin2 | city
    name: str
    country: str | None
    admin1_id: int | None
    admin2_id: int | None
    admin1_name: str | None
    lat: float | None
    lon: float | None
    population: int
    geonames_id: int | None
    capital: bool
    flag: int                   # 0 primary name, 1 alternate, 2 demonym, 3 region (country_of only)


def unless_acronym(text: str, places: tuple[Place, ...]) -> tuple[Place, ...]:
    """Places a mention written as an upper-case short word can name: "JWS" or "NGO" is an acronym, not the
    village (or the alias of a town) spelt so; a country ("UK"), a first-level unit, or a metropolis named so is."""
    word = text.strip().split("-")[0]
    if not ACRONYM.fullmatch(word):
        return places
    return tuple(p for p in places if p.kind == "country" or (
        p.flag == 0 and (p.kind == "admin1" or p.population >= _ACRONYM_MIN_POP)))


def km(a: Place, b: Place) -> float:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return math.inf
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)
