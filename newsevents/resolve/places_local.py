"""A place name used as part of another name: "an Ariana Grande concert", "Victoria railway station", "the Madina
district of the city". The small English model tags such words as places; when the gazetteer knows the name only in
a country the article never names, the word names a person, a building or a quarter of the article's own city, and
the event's place must come from elsewhere (its address chain, the article's city)."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Sequence

from ..core import GeoPrecision
from .places import Gazetteer
from .places_context import locative_names
from .places_reach import event_places
from .places_text import data_text, vocabulary

_FOLLOWING = 40                # characters read after the name
_SITE_ADDRESS = re.compile(r"\s+(?:in|near|outside)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


@lru_cache(maxsize=1)
def _name_parts() -> re.Pattern[str]:
    raw = json.loads(data_text("places_name_parts.json"))
    words = sorted([*raw["site_heads"], *raw["quarter_of"]], key=len, reverse=True)
    heads = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    # a site or quarter noun, or a capitalised word that goes on the name ("Ariana Grande", "Westgate Mall"), not a
    # day or month ("in Nice Friday") nor a word that opens a phrase
    stop = "|".join(raw["not_name_words"])
    return re.compile(rf"\s+(?:(?:{heads})s?\b|(?!(?:{stop})\b)[A-Z][a-z]+\b)")


def foreign_name_part(name: str, offset: int, text: str, gaz: Gazetteer, countries: Sequence[str]) -> bool:
    """True when `name` at `offset` of `text` goes on into a longer name and the gazetteer's reading of it lies in
    none of the article's `countries` ("an Ariana Grande concert"); a large capital stays ("at Brussels airport")."""
    if not countries or not _name_parts().match(text, offset + len(name), offset + len(name) + _FOLLOWING):
        return False
    where = gaz.resolve(name, countries=countries)
    if where is None or where.country is None or where.country in countries or where.precision.value == "country":
        return False
    return not gaz.is_large_capital(where, name)


@lru_cache(maxsize=1)
def _site_after() -> re.Pattern[str]:
    heads = sorted(json.loads(data_text("places_name_parts.json"))["site_heads"], key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in heads) + r")s?\b",
                      re.IGNORECASE)


def site_short_name(name: str, text: str, gaz: Gazetteer, countries: Sequence[str]) -> bool:
    """"Foreigners were among the dead at Westgate" after "the Westgate shopping mall in Nairobi": a name the
    article writes before a site noun placed in a town of another country than the gazetteer's reading of the name
    (Westgate in Canada) is that site's short name wherever it stands, and no town of the event. "Zaventem airport
    near Brussels" keeps Zaventem: the two agree."""
    reading = None
    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
        site = _site_after().match(text, m.end())
        address = site and _SITE_ADDRESS.match(text, site.end())
        if not address:
            continue
        reading = reading or gaz.resolve(name, countries=countries)
        if reading is None or reading.country is None or reading.precision.value == "country":
            return False
        town = gaz.resolve(address.group(1), countries=countries)
        if town is not None and town.country is not None and town.country != reading.country:
            return True
    return False


@lru_cache(maxsize=1)
def site_words() -> frozenset[str]:
    raw = json.loads(data_text("places_name_parts.json"))
    return frozenset(h.split()[-1] for h in raw["site_heads"])


def site_town(name: str, gaz: Gazetteer) -> str | None:
    """The town a building or body is named after ("the Larkana Press Club", "the Benghazi Medical Centre"): the
    longest known place its leading words name, when its last word is a site noun; None otherwise."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in site_words():
        return None
    return next((" ".join(words[:n]) for n in range(len(words) - 1, 0, -1)
                 if gaz.is_known_place(" ".join(words[:n]))), None)


def local_place_texts(place_texts: Sequence[tuple[str, int]], text: str, gaz: Gazetteer,
                      countries: Sequence[str]) -> list[tuple[str, int]]:
    """The event's place mentions at their full length (places_reach.event_places) without the foreign namesakes
    that are parts of other names, here or, for a site's short name, anywhere in the article. A text that names no country is about the countries of the places it puts things in,
    less those names that go on into longer ones ("in Tegucigalpa, ... in Los Angeles cemetery")."""
    found = event_places(place_texts, text, gaz)
    if not countries and found:
        names = [n for n in locative_names(text)
                 if not _name_parts().match(text, text.index(n) + len(n), text.index(n) + len(n) + _FOLLOWING)]
        countries = gaz.countries_in(names)
    return [(t, o) for t, o in found if not foreign_name_part(t, o, text, gaz, countries)
            and not site_short_name(t, text, gaz, countries)]


# kind words that say where a stretch of land lies rather than what unit a name is ("outskirts", "border area")
_NOT_UNITS = {"area", "areas", "border", "border area", "outskirts", "suburbs", "countryside", "region s"}


@lru_cache(maxsize=1)
def _unit_after() -> re.Pattern[str]:
    words = sorted((k for k in vocabulary().kind_suffixes if k not in _NOT_UNITS), key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")\b",
                      re.IGNORECASE)


def with_unit_words(place_texts: Sequence[tuple[str, int]], text: str, gaz: Gazetteer) -> list[tuple[str, int]]:
    """Each mention with the unit word the text writes after it ("Chunarughat" -> "Chunarughat upazila", "Samba" ->
    "Samba sector"): the word says what kind of place the name is, and that a dictionary word ("Samba", "Muse") is
    a name there. Not when name and word together are one unit's full name ("Poonch District"): that reads only
    the unit so named, not its namesakes; but a first-level unit so named is meant ("Kaduna state" is the state, not
    its capital, when the town named with it is unknown)."""
    out = []
    for t, o in place_texts:
        m = _unit_after().match(text, o + len(t))
        longer = t + m.group(0) if m and text[o:o + len(t)] == t else None
        if longer and gaz.is_known_place(longer):
            unit = gaz.resolve(longer)
            longer = longer if unit is not None and unit.precision is GeoPrecision.ADMIN1 else None
        out.append((longer, o) if longer else (t, o))
    return out
