"""How far a clause's place mention reaches, and whether it says where the event was.

The parser cuts some names short: "Kut e Abdollah" reaches it as "Kut" (a city in Iraq), "Kohgiluyeh and Boyer-Ahmad
province" as "Kohgiluyeh", "Boyer" and "Ahmad" (a town in Kuwait). The longest name the gazetteer knows that the
text spells around a mention, its words joined by spaces, hyphens or linking particles, stands for them all.

Some mentions name a place that is not where the event was: a lower-case word the parser took for a name ("a
civilian toyota pickup"), a country named as the partner of a relation ("a demonstration against integration with
Russia"), a place people came from ("refugees arrived from Atlantico") when the clause names another place, though
not where the news came from ("reports from Jaffna") nor a landmark a distance is measured from ("60 km from
Niamey"). Vocabulary: data/places_name_parts.json "links", "partner_nouns", "source_nouns", "distance_nouns".
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .places import Gazetteer
from .places_mention import ARTICLES
from .places_text import data_text, name_key, vocabulary

_AROUND = 60                # characters read on each side of a mention for a longer name
_MAX_WORDS = 6              # words of the longest name tried
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")
_LIST_LINK = re.compile(r"\s*(?:,|,?\s*(?:and|or|in))\s*")   # "from Atlantico and Bolivar", "from Palwal in Haryana"


@dataclass(frozen=True)
class _Patterns:
    run: re.Pattern[str]            # capitalised words joined by spaces, hyphens or links: "Kut e Abdollah"
    partner: re.Pattern[str]        # "integration with " before a country
    no_origin: re.Pattern[str]      # "reports from ", "60 km from " before a place: no origin


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    raw = json.loads(data_text("places_name_parts.json"))
    link = r"(?:\s*-\s*|\s+)(?:(?:" + "|".join(map(re.escape, raw["links"])) + r")(?:\s*-\s*|\s+))?"
    partners = "|".join(map(re.escape, raw["partner_nouns"]))
    landmarks = "|".join(map(re.escape, raw["source_nouns"] + raw["distance_nouns"]))
    return _Patterns(
        run=re.compile(r"[A-Z][\w'’]*(?:" + link + r"[A-Z][\w'’]*)*"),
        partner=re.compile(rf"\b(?:{partners})\s+with\s+(?:the\s+)?$", re.IGNORECASE),
        no_origin=re.compile(rf"\b(?:{landmarks})\s+from\s+(?:the\s+)?$", re.IGNORECASE))


def _longest_name(name: str, offset: int, text: str, gaz: Gazetteer) -> tuple[str, int]:
    """The longest known name of the run of capitalised words (and links) around `name` that holds it."""
    lo = max(0, offset - _AROUND)
    for m in _patterns().run.finditer(text, lo, min(len(text), offset + len(name) + _AROUND)):
        if not (m.start() <= offset and offset + len(name) <= m.end()) or m.end() - m.start() == len(name):
            continue
        words = [(w.start(), w.end()) for w in re.finditer(r"[A-Z][\w'’]*", m.group(0))]
        spans = sorted(((m.start() + words[i][0], m.start() + words[j][1]) for i in range(len(words))
                        for j in range(i, min(len(words), i + _MAX_WORDS))
                        if m.start() + words[i][0] <= offset and m.start() + words[j][1] >= offset + len(name)),
                       key=lambda s: s[0] - s[1])
        for a, b in spans:
            # "Ar-Raqqa" for "Raqqa": the name with its article, as cut; the gazetteer reads both alike
            added = re.findall(r"[\w'’]+", (text[a:offset] + " " + text[offset + len(name):b]).lower())
            if b - a > len(name) and not set(added) <= set(ARTICLES) and gaz.is_known_place(text[a:b]):
                return text[a:b], a
    return name, offset


def joined_names(place_texts: Sequence[tuple[str, int]], text: str, gaz: Gazetteer) -> list[tuple[str, int]]:
    """Each mention as the longest known name the text spells around it ("Kut" -> "Kut e Abdollah"); mentions
    inside another's longer name are dropped ("Boyer" and "Ahmad" in "Kohgiluyeh and Boyer-Ahmad")."""
    longer = [_longest_name(t, o, text, gaz) if text[o:o + len(t)] == t else (t, o) for t, o in place_texts]
    grown = [(u, p) for (u, p), (t, _) in zip(longer, place_texts) if len(u) > len(t)]
    out: list[tuple[str, int]] = []
    for t, o in longer:
        inside = any(len(u) > len(t) and p <= o and o + len(t) <= p + len(u) for u, p in grown)
        if not inside and (t, o) not in out:
            out.append((t, o))
    return out


def _lower_case(name: str, text: str, gaz: Gazetteer) -> bool:
    """"a civilian toyota pickup": a name written in lower case in mixed-case text is a word, not a place ("the
    capital" aside). An English word ("a police van") is left to the gazetteer, which holds such words to large
    places."""
    words = name_key(name).split()
    return name.islower() and text != text.lower() and not gaz.is_common_word(name) \
        and not any(" ".join(words[i:]) in vocabulary().capital_words for i in range(len(words)))


def _partner(name: str, offset: int, text: str, gaz: Gazetteer) -> bool:
    """"against integration with Russia", "talks with Iran": a country named as the other side of a relation."""
    return gaz.country_of(name) is not None and bool(_patterns().partner.search(text, max(0, offset - _AROUND),
                                                                                 offset))


def _origins(place_texts: Sequence[tuple[str, int]], text: str) -> set[int]:
    """Indexes of the mentions a clause names as where people or things came from ("arrived from Atlantico and
    Bolivar"), a list after "from" included."""
    out: set[int] = set()
    for i, (t, o) in enumerate(place_texts):
        before = text[max(0, o - _AROUND):o]
        after_from = bool(_FROM.search(before)) and not _patterns().no_origin.search(before)
        if i - 1 in out:                        # the list or the address goes on
            end = place_texts[i - 1][1] + len(place_texts[i - 1][0])
            after_from = after_from or (end <= o and bool(_LIST_LINK.fullmatch(text, end, o)))
        if after_from:
            out.add(i)
    return out


_ROUTE = r"\s+(?:highway|road|motorway|expressway|railway|rail\s+line|line|train|route|corridor|pipeline)\b"
_ROUTE_AFTER = re.compile(r"[-–][A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?" + _ROUTE)     # "Jammu|-Srinagar highway"
_ROUTE_BEFORE = re.compile(r"[A-Z][\w'’]+[-–]$")                                 # "Jammu-|Srinagar| highway"


def _route_ends(place_texts: Sequence[tuple[str, int]], text: str) -> set[int]:
    """Indexes of the mentions that name the ends of a route ("on the Jammu-Srinagar highway near Lethpora", "the
    Abuja-Kaduna train"): the act was somewhere along it, not at either end."""
    out: set[int] = set()
    for i, (t, o) in enumerate(place_texts):
        end = o + len(t)
        if _ROUTE_AFTER.match(text, end) or (_ROUTE_BEFORE.search(text, max(0, o - 30), o)
                                             and re.match(_ROUTE, text[end:end + 30])) or (
                re.fullmatch(r"[A-Z][\w'’]+[-–][A-Z][\w'’]+", t) and re.match(_ROUTE, text[end:end + 30])):
            out.add(i)
    return out


def event_places(place_texts: Sequence[tuple[str, int]], text: str, gaz: Gazetteer) -> list[tuple[str, int]]:
    """The mentions that may say where the event was, at their full length: lower-case words and relation partners
    dropped, origins too when the clause names another place, and the ends of a route when it names a known one."""
    kept = [(t, o) for t, o in joined_names(place_texts, text, gaz)
            if not _lower_case(t, text, gaz) and not _partner(t, o, text, gaz)]
    origins = _origins(kept, text)
    if origins and len(origins) < len(kept):
        kept = [p for i, p in enumerate(kept) if i not in origins]
    ends = _route_ends(kept, text)                   # (only for a place the gazetteer knows: "on the Magura-Jessore
    if ends and any(i not in ends and gaz.resolve(t) is not None and not gaz.is_common_word(t)   # road at Moghirdhal")
                    for i, (t, _) in enumerate(kept)):
        kept = [p for i, p in enumerate(kept) if i not in ends]
    return kept
