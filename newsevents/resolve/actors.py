"""Actor registry: surface strings ("ISIS-K's", "the Pakistani army", "gunmen") -> canonical actors.

The vocabulary lives in `resolve/data/actors.json` (read by `actors_data`): named armed actors with aliases,
case-sensitive acronyms, kind, parent, affiliates, home countries and active years; the state forces of each
country; generic perpetrators (kind "unknown"). This module holds the matching logic and the questions the rest of
the project asks of the registry (is A a branch of B, which actors are IS's provinces, search).

Matching is on a normalised key: accents folded, possessive "'s" dropped, apostrophes removed, every other
non-alphanumeric character read as a space, a leading "the" dropped; lower-cased for ordinary aliases, case kept
for case-sensitive ones. Case-sensitive aliases never match in all-upper-case text (MUC-4 style wires), where
"IS" is as likely to be the verb. An alias several actors share ("ADF") is read with the event's country and date:
the candidate at home in that country, then the one active that year, then the first listed.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..core.enums import ActorKind
from ..core.records import Actor
from ..errors import ConfigError
from .actors_data import ActorEntry, read_registry

DEFAULT_PATH = Path(__file__).parent / "data" / "actors.json"

_POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s\b|(?<=s)['\u2019](?=\s|$)")
_APOSTROPHE = re.compile(r"['\u2019\u02bc`]")
_NON_WORD = re.compile(r"[^0-9A-Za-z]+")

__all__ = ["DEFAULT_PATH", "ActorEntry", "ActorRegistry", "is_upper_text", "normalize"]


def normalize(surface: str, *, keep_case: bool = False) -> str:
    """The matching key of a surface string (see module docstring)."""
    s = unicodedata.normalize("NFKD", surface)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _POSSESSIVE.sub("", s)
    s = _APOSTROPHE.sub("", s)
    s = _NON_WORD.sub(" ", s).strip()
    if s[:4].lower() == "the ":
        s = s[4:]
    return s if keep_case else s.lower()


def is_upper_text(text: str) -> bool:
    """True for text written in capitals (MUC-4 wires): most of its letters are upper case."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _variants(surface: str) -> list[str]:
    """Surface forms a phrase matcher needs: as written, hyphens as spaces, hyphens dropped, accents folded."""
    out = [surface]
    folded = "".join(c for c in unicodedata.normalize("NFKD", surface) if not unicodedata.combining(c))
    for s in (surface, folded):
        out += [s, s.replace("-", " "), s.replace("'", "\u2019")]
        if re.search(r"\w-\w", s) and len(s) <= 8:      # short acronyms: "ISIS-K" -> "ISISK"
            out.append(s.replace("-", ""))
    if surface.lower().startswith("the "):
        out += [v[4:] for v in list(out)]
    seen: dict[str, None] = {}
    for v in out:
        v = re.sub(r"\s+", " ", v).strip()
        if v:
            seen.setdefault(v, None)
    return list(seen)


class ActorRegistry:
    """Canonical actors and their aliases, loaded from a versioned JSON file."""

    def __init__(self, entries: list[ActorEntry], descriptor_suffixes: tuple[str, ...] = (), version: int = 1, *,
                 generic_modifiers: tuple[str, ...] = (), country_names: tuple[tuple[str, str], ...] = (),
                 forces: tuple[tuple[str, str, str], ...] = (), bare_words: tuple[tuple[str, str], ...] = ()):
        self.version = version
        self._forces = {(code, branch): canonical for code, branch, canonical in forces}
        self._bare: dict[str, set[str]] = {}
        for word, branch in bare_words:
            self._bare.setdefault(normalize(word), set()).add(branch)
        self._entries: dict[str, ActorEntry] = {}
        self._ci: dict[str, list[str]] = {}    # lower-cased key -> canonicals, the default reading first
        self._cs: dict[str, list[str]] = {}    # case-kept key -> canonicals
        self._suffixes = tuple(sorted({normalize(s) for s in descriptor_suffixes}, key=len, reverse=True))
        self._modifiers = frozenset(normalize(m) for m in generic_modifiers)
        self._countries = {normalize(n): code for n, code in country_names}
        self._children: dict[str, list[str]] = {}
        for e in entries:
            if e.canonical in self._entries:
                raise ConfigError(f"actor registry: duplicate canonical {e.canonical!r}", stage="resolve")
            self._entries[e.canonical] = e
        for e in entries:
            for alias in (e.canonical, *e.aliases):
                self._add(self._ci, normalize(alias), e.canonical, alias)
            for alias in e.case_sensitive_aliases:
                self._add(self._cs, normalize(alias, keep_case=True), e.canonical, alias)
            for name in (e.parent, *e.affiliates):
                if name is not None and name not in self._entries:
                    raise ConfigError(f"actor registry: {e.canonical!r} names unknown actor {name!r}",
                                      stage="resolve")
            if e.parent == e.canonical:
                raise ConfigError(f"actor registry: {e.canonical!r} is its own parent", stage="resolve")
            if e.parent is not None:
                self._children.setdefault(e.parent, []).append(e.canonical)
        self._check_shared(self._ci, lambda a: normalize(a))
        self._check_shared(self._cs, lambda a: normalize(a, keep_case=True))

    @staticmethod
    def _add(index: dict[str, list[str]], key: str, canonical: str, alias: str) -> None:
        if not key:
            raise ConfigError(f"actor registry: empty alias {alias!r} for {canonical!r}", stage="resolve")
        names = index.setdefault(key, [])
        if canonical not in names:
            names.append(canonical)

    def _check_shared(self, index: dict[str, list[str]], key_of) -> None:
        """An alias that names two actors must be marked ambiguous by every actor it names."""
        for key, names in index.items():
            if len(names) < 2:
                continue
            for name in names:
                if key not in {key_of(a) for a in self._entries[name].ambiguous_aliases}:
                    raise ConfigError(f"actor registry: alias {key!r} names both {names[0]!r} and {names[1]!r} "
                                      f"but {name!r} does not mark it ambiguous", stage="resolve")

    @classmethod
    def load(cls, path: str | Path | None = None) -> ActorRegistry:
        """The registry in `path`, or the packaged one (cached) when `path` is None."""
        if path is None:
            return _default_registry()
        return cls._read(Path(path))

    @classmethod
    def _read(cls, path: Path) -> ActorRegistry:
        data = read_registry(path)
        return cls(list(data.entries), data.descriptor_suffixes, data.version,
                   generic_modifiers=data.generic_modifiers, country_names=data.country_names, forces=data.forces,
                   bare_words=data.bare_words)

    # -- lookups -----------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entries)

    def entries(self) -> list[ActorEntry]:
        return list(self._entries.values())

    def get(self, canonical: str) -> ActorEntry | None:
        return self._entries.get(canonical)

    def parent_of(self, canonical: str) -> str | None:
        e = self._entries.get(canonical)
        return e.parent if e else None

    def lineage(self, canonical: str) -> list[str]:
        """`canonical` and its ancestors, nearest first."""
        out: list[str] = []
        cur: str | None = canonical
        while cur is not None and cur in self._entries and cur not in out:
            out.append(cur)
            cur = self._entries[cur].parent
        return out

    def descendants(self, canonical: str) -> list[str]:
        """Every branch below `canonical` (IS -> its provinces), breadth first; trend reports roll these up."""
        out: list[str] = []
        queue = list(self._children.get(canonical, ()))
        while queue:
            cur = queue.pop(0)
            if cur not in out and cur != canonical:
                out.append(cur)
                queue += self._children.get(cur, ())
        return out

    def same_or_affiliate(self, a: str, b: str) -> bool:
        """True when `a` and `b` (canonical names, or surfaces the registry resolves) denote the same actor, one is
        a branch of the other at any depth (ISKP and the Islamic State), or one lists the other as an affiliate.
        Generic perpetrators ("gunmen") and names the registry does not know are the same only as themselves,
        compared case-insensitively; two branches of one parent (ISKP, ISWAP) are not."""
        ea, eb = self._entry_of(a), self._entry_of(b)
        if ea is None or eb is None or ea.generic or eb.generic:
            return normalize(a) == normalize(b)
        if ea.canonical == eb.canonical:
            return True
        if ea.canonical in self.lineage(eb.canonical) or eb.canonical in self.lineage(ea.canonical):
            return True
        return eb.canonical in ea.affiliates or ea.canonical in eb.affiliates

    def _entry_of(self, name: str) -> ActorEntry | None:
        e = self._entries.get(name)
        if e is not None:
            return e
        canonical = self.canonical_of(name) or self.generic_of(name)
        return self._entries.get(canonical) if canonical else None

    def canonical_of(self, surface: str, *, upper_text: bool = False, country: str | None = None,
                     on: date | None = None) -> str | None:
        """The named actor `surface` denotes, or None (also None for a generic perpetrator). `upper_text`: the
        surface comes from all-caps text. `country` (ISO-2) and `on`: the event's, to read a shared alias."""
        for candidate in self._candidates(surface):
            names = [n for n in self._hits(candidate, upper_text) if not self._entries[n].generic]
            if names:
                return self._pick(names, country, on)
        return None

    def generic_of(self, surface: str) -> str | None:
        """The generic perpetrator entry ("Unidentified gunmen") `surface` is an instance of, or None."""
        for candidate in self._candidates(surface):
            names = [n for n in self._hits(candidate, False) if self._entries[n].generic]
            if names:
                return names[0]
        return None

    def _hits(self, candidate: str, upper_text: bool) -> list[str]:
        hits = self._ci.get(candidate.lower())
        if hits is None and not upper_text:
            hits = self._cs.get(candidate)
        return hits or []

    def _pick(self, names: list[str], country: str | None, on: date | None) -> str:
        """Among actors sharing an alias: at home in the event's country, then active in its year, then first."""
        if len(names) == 1:
            return names[0]

        def fit(name: str) -> tuple[bool, bool]:
            e = self._entries[name]
            return (country is not None and country in e.countries, on is not None and e.active_in(on.year))
        best = max(fit(n) for n in names)
        return next(n for n in names if fit(n) == best)

    def _candidates(self, surface: str) -> list[str]:
        key = normalize(surface, keep_case=True)
        out = [key]
        inner = re.match(r"^(.*?)\s*\((.+)\)\s*$", surface)      # "Islamic State Khorasan (ISIS-K)"
        if inner:
            out += [normalize(inner.group(1), keep_case=True), normalize(inner.group(2), keep_case=True)]
        coded = re.match(r"^([^:]{1,20}):\s+(.+)$", surface)       # ACLED style "TTP: Tehreek-i-Taliban Pakistan"
        if coded:
            out += self._candidates(coded.group(2)) + [normalize(coded.group(1), keep_case=True)]
        faction = re.match(r"^(.+?)\s+-\s+(.+)$", surface)         # "Taliban - Red Unit"
        if faction:
            out += [normalize(faction.group(2), keep_case=True), normalize(faction.group(1), keep_case=True)]
        out += [c for c in (self._without_suffix(key),) if c]      # "Taliban fighters" -> "Taliban"
        words = key.split(" ")
        while len(words) > 1 and words[0].lower() in self._modifiers:   # "suspected Boko Haram militants"
            words = words[1:]
            out += [" ".join(words), self._without_suffix(" ".join(words))]
        return [c for c in out if c]

    def _without_suffix(self, key: str) -> str:
        low = key.lower()
        for suffix in self._suffixes:
            if low.endswith(" " + suffix):
                return key[: len(key) - len(suffix) - 1].rstrip()
        return ""

    def resolve(self, surface: str, *, upper_text: bool = False, country: str | None = None,
                on: date | None = None) -> Actor | None:
        """An Actor (name = the surface as written) when the registry knows it, else None. A generic perpetrator
        ("unidentified gunmen") comes back with no canonical name and kind "unknown", never as a group."""
        canonical = self.canonical_of(surface, upper_text=upper_text, country=country, on=on)
        if canonical is not None:
            return Actor(name=surface, canonical=canonical, kind=self._entries[canonical].kind)
        if surface.strip() and self.generic_of(surface) is not None:
            return Actor(name=surface, canonical=None, kind=ActorKind.UNKNOWN)
        return None

    def state_canonicals(self) -> list[str]:
        """Canonical names of state forces ("Military Forces of Kenya"): "the group" never points back to one."""
        return [e.canonical for e in self._entries.values() if e.kind is ActorKind.STATE]

    def forces_of(self, code: str, branch: str) -> str | None:
        """The canonical name of a country's forces of one branch ("military", "police"): ("SY", "military") ->
        "Military Forces of Syria", ("IL", "military") -> "Israel Defense Forces"."""
        return self._forces.get((code, branch))

    def home_forces(self, surface: str, code: str) -> str | None:
        """The forces of the country `code` when the surface names a force of no country ("the police", "regime
        forces", "military police officers"): a military word outranks a police one, a police word the modifiers
        ("federal police forces"), and modifiers alone ("the forces") are the military; None for anything else
        ("pro-Hadi forces", "NATO forces", "gunmen")."""
        found = self._bare_branches(surface)
        if found is None:
            return None
        return self.forces_of(code, "police" if "police" in found and "military" not in found else "military")

    def _bare_branches(self, surface: str) -> set[str] | None:
        """The branches the words of a force of no country name ("" for a modifier), or None when any word is not
        such a word."""
        branches = [self._bare.get(w) for w in normalize(surface).split()]
        if not branches or any(b is None for b in branches):
            return None
        return set().union(*branches)

    def named(self, actor: Actor) -> bool:
        """The doer is an actor the text names, not a kind of doer given a coder's label: "the Pakistani army",
        "ISIS-K", but neither "police" (Police Forces of Haiti) nor "gunmen" (Unidentified Armed Group (Nigeria))."""
        if not actor.canonical or actor.canonical not in self._entries:
            return False
        return self.canonical_of(actor.name) is not None or (self._bare_branches(actor.name) is None
                                                              and self.generic_of(actor.name) is None)

    def coded_label(self, surface: str, country: str) -> str | None:
        """The coder's label of a generic doer in the country named `country`: "gunmen", "unknown assailants" in
        Nigeria -> "Unidentified Armed Group (Nigeria)"; None for a name or a generic doer with no label."""
        generic = self.generic_of(surface)
        label = self._entries[generic].coded_as if generic else None
        return label.replace("{country}", country) if label else None

    def person_canonicals(self) -> list[str]:
        """Canonical names of people ("Abubakar Shekau"): neither "it", "they" nor "the group" points back to one."""
        return [e.canonical for e in self._entries.values() if e.kind is ActorKind.INDIVIDUAL]

    def aliases(self, case_sensitive: bool = False) -> list[tuple[str, str]]:
        """(surface, canonical) pairs for a phrase matcher; named actors only, a shared alias with its first
        reading (the resolver re-reads it with the event's country and date).

        case_sensitive=False: every canonical name and ordinary alias with its hyphen/accent/apostrophe
        variants, for a matcher on attr="LOWER". case_sensitive=True: the short ambiguous acronyms only, for a
        matcher on attr="ORTH"; do not run that one over all-upper-case text (see `is_upper_text`).
        """
        index = self._cs if case_sensitive else self._ci
        out: dict[tuple[str, str], None] = {}
        for e in self._entries.values():
            if e.generic:
                continue
            names = e.case_sensitive_aliases if case_sensitive else (e.canonical, *e.aliases)
            for name in names:
                if name == e.canonical and not e.match_canonical:
                    continue
                key = normalize(name, keep_case=case_sensitive)
                if index[key][0] != e.canonical:
                    continue
                for v in _variants(name):
                    out.setdefault((v, e.canonical), None)
        return list(out)

    # -- search ------------------------------------------------------------------------------------------

    def country_code(self, name: str) -> str | None:
        """ISO-2 code of a country name, demonym or code the registry knows ("Afghan", "Nigeria", "NG")."""
        s = name.strip()
        if len(s) == 2 and s.isupper() and any(s in e.countries for e in self._entries.values()):
            return s
        return self._countries.get(normalize(s))

    def search(self, query: str) -> list[ActorEntry]:
        """Actors whose name, alias or acronym is `query`, then those whose names hold it as whole words, then
        those at home in the country it names; every actor for an empty query."""
        key = normalize(query)
        if not key:
            return self.entries()
        code = self.country_code(query)
        exact, words, local = [], [], []
        for e in self._entries.values():
            keys = {normalize(n) for n in (e.canonical, *e.aliases, *e.case_sensitive_aliases)}
            if key in keys:
                exact.append(e)
            elif len(key) >= 3 and any(f" {key} " in f" {k} " for k in keys):
                words.append(e)
            elif code is not None and code in e.countries:
                local.append(e)
        return exact + words + local


@lru_cache(maxsize=1)
def _default_registry() -> ActorRegistry:
    return ActorRegistry._read(DEFAULT_PATH)
