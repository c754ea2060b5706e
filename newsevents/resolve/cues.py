"""Country cues: names that tie a short text to one country when it names no place the gazetteer knows.

    cues = CountryCues.load(registry)
    cues.find("the OSCE SMM observed 12 explosions near Zolote-4")   # [Cue(country='UA', admin1=('Donetsk', ...))]

Two sources: data/country_cues.json (missions that work in one country, with the provinces their reports of
fighting come from; national parties, their wings and national forces) and every named actor of the registry with
exactly one home country ("Houthi" -> YE, "LNA" -> LY). Matching is on word n-grams of the actors' matching key
(case-folded, punctuation dropped); the registry's case-sensitive acronyms count only in mixed-case text.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .actors import ActorRegistry, normalize

_DATA = Path(__file__).parent / "data" / "country_cues.json"
_WORD = re.compile(r"[\w'’]+")      # a hyphen parts words: "SAD-BJP" names two parties, "ex-BLA" one group
_MAX_WORDS = 8


@dataclass(frozen=True)
class Cue:
    country: str
    admin1: tuple[str, ...] = ()


class CountryCues:
    def __init__(self, folded: dict[str, Cue], exact: dict[str, Cue]):
        self._folded = folded          # case-folded key -> cue
        self._exact = exact            # case-kept key (acronyms like "SMM", "GNA") -> cue
        # the first word of every key: a word no key starts with starts no cue, so most words are passed over
        self._firsts = frozenset(k.split(" ")[0] for k in folded)
        self._firsts_exact = frozenset(k.split(" ")[0] for k in exact)

    @classmethod
    def load(cls, registry: ActorRegistry, path: Path = _DATA) -> CountryCues:
        folded: dict[str, Cue] = {}
        exact: dict[str, Cue] = {}
        for entry in registry.entries():
            if entry.generic or len(entry.countries) != 1:
                continue
            cue = Cue(entry.countries[0])
            names = (entry.canonical, *entry.aliases) if entry.match_canonical else entry.aliases
            for name in names:
                if name not in entry.ambiguous_aliases:
                    folded.setdefault(normalize(name), cue)
            for name in entry.case_sensitive_aliases:
                if name not in entry.ambiguous_aliases:
                    exact.setdefault(normalize(name, keep_case=True), cue)
        for row in json.loads(path.read_text(encoding="utf-8"))["cues"]:
            cue = Cue(row["country"], tuple(row.get("admin1", ())))
            for name in row["names"]:
                # a mission's own acronym and name outrank an actor's reading of the same words
                target = exact if name.isupper() and len(name) <= 6 else folded
                target[normalize(name, keep_case=target is exact)] = cue
        folded.pop("", None)
        exact.pop("", None)
        return cls(folded, exact)

    def find(self, text: str, *, upper: bool = False) -> list[Cue]:
        """Cues in text order, longest name first at each word; each country once (its first cue)."""
        words = [m.group(0) for m in _WORD.finditer(text)]
        keys = [normalize(w, keep_case=True) for w in words]
        out: list[Cue] = []
        i = 0
        while i < len(words):
            if not self._may_start(keys, i, upper):
                i += 1
                continue
            hit, width = None, 1
            for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
                span = " ".join(words[i:i + n])
                hit = self._folded.get(normalize(span))
                if hit is None and not upper:
                    hit = self._exact.get(normalize(span, keep_case=True))
                if hit is not None:
                    width = n
                    break
            if hit is not None and all(c.country != hit.country for c in out):
                out.append(hit)
            i += width
        return out

    def _may_start(self, keys: list[str], i: int, upper: bool) -> bool:
        """Whether a cue can begin at word `i` (its key, or the next word's after "the", begins some cue's key); a
        word that normalizes to nothing or to several words is always tried."""
        key = keys[i]
        if key.lower() == "the" and i + 1 < len(keys):
            key = keys[i + 1]
        if not key or " " in key:
            return True
        return key.lower() in self._firsts or (not upper and key in self._firsts_exact)
