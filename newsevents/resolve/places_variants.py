"""Romanization variants of one place name: "Tal Tamer" in a report, "Tall Tamr" or "Tel Tamer" in the gazetteer.

Names written in another script reach English text in many Latin spellings (article al-/el-/ash-, q/g/k for one
letter, e/i/a vowels, doubled consonants, -ah/-eh/-iyah endings). `skeleton` maps such spellings to one key: the
name's consonants after the rewrites of data/places_variants.json, each word's first letter kept and whether it
ends in a vowel. The gazetteer build stores the skeleton of every town's and district's names; the lookups read it
only when the exact name finds nothing, only inside (or near the seat of) a province the text names, and
`pick_variant` takes a place only when it is the one place there with that skeleton (or its duplicates) and its
name reads close to the text's. A skeleton is lossy ("Busra" and "Basira" share one), so a wrong guess would move
an event to another town: these limits make the fallback rare and sure rather than frequent.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TypeVar

from ..core.geo import great_circle_km
from .places_text import data_text

T = TypeVar("T")
_DOUBLED = re.compile(r"(.)\1+")


@dataclass(frozen=True)
class VariantRules:
    articles: frozenset[str]
    rewrites: tuple[tuple[re.Pattern[str], str], ...]
    vowels: frozenset[str]
    min_chars: int
    min_consonants: int
    min_similarity: float
    same_place_km: float            # two gazetteer rows this near are one place (a town and its duplicate entry)
    province_reach_km: float        # a town outside the named province, this near its seat, may still be meant
    town_min_population: int        # outside any named province: only a town this large, alone in the countries


@lru_cache(maxsize=1)
def variant_rules() -> VariantRules:
    raw = json.loads(data_text("places_variants.json"))
    return VariantRules(
        articles=frozenset(raw["articles"]),
        rewrites=tuple((re.compile(p), r) for p, r, *_ in raw["rewrites"]),
        vowels=frozenset(raw["vowels"]),
        min_chars=int(raw["min_chars"]),
        min_consonants=int(raw["min_consonants"]),
        min_similarity=float(raw["min_similarity"]),
        same_place_km=float(raw["same_place_km"]),
        province_reach_km=float(raw["province_reach_km"]),
        town_min_population=int(raw["town_min_population"]),
    )


def _core_words(key: str) -> list[str]:
    """The words of a name key less Arabic articles ("ras al ain" -> ras, ain); all of them if only articles."""
    words = key.split()
    return [w for w in words if w not in variant_rules().articles] or words


@lru_cache(maxsize=262144)
def skeleton(key: str) -> str:
    """The romanization skeleton of a name key ("tal tamer" -> "tltmr", "ein issa" -> "anasa"); "" when the key
    is not ASCII or its skeleton is too short to tell places apart ("quriyeh" -> "kr")."""
    if not key or not key.isascii():
        return ""
    rules = variant_rules()
    out = []
    for word in _core_words(key):
        for pattern, repl in rules.rewrites:
            word = pattern.sub(repl, word)
        word = _DOUBLED.sub(r"\1", word)
        if not word:
            continue
        head = "a" if word[0] in "aeiou" else word[0]
        inner, last = (word[1:-1], word[-1]) if len(word) > 1 else ("", "")
        # whether a word ends in a vowel survives romanization ("Shadadah"/"Shadadi", not "Kirni"/"Keran")
        tail = "a" if last in rules.vowels else last
        out.append(head + "".join(ch for ch in inner if ch not in rules.vowels) + tail)
    sk = "".join(out)
    consonants = sum(1 for ch in sk if ch != "a")       # "a" stands only for a word's opening or closing vowel
    if len(sk) < rules.min_chars or consonants < rules.min_consonants:
        return ""
    return sk


def similarity(a: str, b: str) -> float:
    """How alike two name keys read, articles aside (0..1)."""
    return SequenceMatcher(None, " ".join(_core_words(a)), " ".join(_core_words(b))).ratio()


def _km(a: tuple[float | None, float | None], b: tuple[float | None, float | None]) -> float:
    if None in (*a, *b):
        return math.inf
    return great_circle_km(a[0], a[1], b[0], b[1])


def pick_variant(key: str, candidates: Sequence[tuple[T, Sequence[str], tuple[float | None, float | None]]]
                 ) -> T | None:
    """The one place `key` names among `candidates` (place, its name keys, its point), all found under the
    skeleton of `key` in the text's context: the one whose names read closest to `key`, when that is close enough
    and every other candidate is the same place (within `same_place_km`). None when two places could be meant."""
    rules = variant_rules()
    sk = skeleton(key)
    scored = []
    for place, names, point in candidates:
        best = max((similarity(key, n) for n in names if skeleton(n) == sk), default=0.0)
        scored.append((best, place, point))
    if not scored:
        return None
    scored.sort(key=lambda s: -s[0])
    top, place, point = scored[0]
    if top < rules.min_similarity:
        return None
    if any(_km(point, other) > rules.same_place_km for _, _, other in scored[1:]):
        return None
    return place
