"""Seas, gulfs and straits (data/waters.json): a ship attacked "in the Gulf of Aden" or "in the Red Sea" was attacked
in no country, not in the port of Aden nor in Sudan's Red Sea state. Such a place keeps its name and the water's
middle for the map, with no country."""
from __future__ import annotations

import json
from functools import lru_cache

from ..core import GeoPrecision, Location
from .places_text import data_text


@lru_cache(maxsize=1)
def _waters() -> dict[str, tuple[float, float]]:
    raw = json.loads(data_text("waters.json"))
    return {k: (v[0], v[1]) for k, v in raw.items() if not k.startswith("_")}


def water(text: str) -> Location | None:
    """The sea, gulf or strait `text` names ("the Gulf of Aden"), or None."""
    name = text.strip()
    if name.lower().startswith("the "):
        name = name[4:].strip()
    at = _waters().get(" ".join(name.lower().split()))
    if at is None:
        return None
    return Location(name=name, country=None, lat=at[0], lon=at[1], precision=GeoPrecision.REGION, text=text)
