"""Actor registry: surface strings ("ISIS-K's", "the Islamic State's affiliate in Afghanistan") -> canonical actors.

The vocabulary lives in `resolve/data/actors.json` ({"version", "descriptor_suffixes", "actors": [...]}); each
entry has a canonical name, aliases, optional case-sensitive aliases (short acronyms such as "IS" that are also
common words), a kind, a parent, affiliates and ISO-2 countries. This module holds only the matching logic.

Matching is on a normalised key: accents folded, possessive "'s" dropped, apostrophes removed, every other
non-alphanumeric character read as a space, a leading "the" dropped; lower-cased for ordinary aliases, case kept
for case-sensitive ones. Case-sensitive aliases never match in all-upper-case text (MUC-4 style wires), where
"IS" is as likely to be the verb.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..core.enums import ActorKind
from ..core.records import Actor
from ..errors import ConfigError

DEFAULT_PATH = Path(__file__).parent / "data" / "actors.json"

_POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s\b|(?<=s)['\u2019](?=\s|$)")
_APOSTROPHE = re.compile(r"['\u2019\u02bc`]")
_NON_WORD = re.compile(r"[^0-9A-Za-z]+")


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


@dataclass(frozen=True)
class ActorEntry:
    canonical: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    case_sensitive_aliases: tuple[str, ...] = ()
    parent: str | None = None
    affiliates: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()


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

    def __init__(self, entries: list[ActorEntry], descriptor_suffixes: tuple[str, ...] = (), version: int = 1):
        self.version = version
        self._entries: dict[str, ActorEntry] = {}
        self._ci: dict[str, str] = {}    # lower-cased key -> canonical
        self._cs: dict[str, str] = {}    # case-kept key -> canonical
        self._suffixes = tuple(sorted({normalize(s) for s in descriptor_suffixes}, key=len, reverse=True))
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

    @staticmethod
    def _add(index: dict[str, str], key: str, canonical: str, alias: str) -> None:
        if not key:
            raise ConfigError(f"actor registry: empty alias {alias!r} for {canonical!r}", stage="resolve")
        other = index.setdefault(key, canonical)
        if other != canonical:
            raise ConfigError(f"actor registry: alias {alias!r} names both {other!r} and {canonical!r}",
                              stage="resolve")

    @classmethod
    def load(cls, path: str | Path | None = None) -> "ActorRegistry":
        """The registry in `path`, or the packaged one (cached) when `path` is None."""
        if path is None:
            return _default_registry()
        return cls._read(Path(path))

    @classmethod
    def _read(cls, path: Path) -> "ActorRegistry":
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ConfigError(f"cannot read actor registry {path}: {exc}", stage="resolve") from exc
        entries = []
        for d in raw.get("actors", []):
            try:
                entries.append(ActorEntry(
                    canonical=d["canonical"], kind=ActorKind(d.get("kind") or "organization"),
                    aliases=tuple(d.get("aliases") or ()),
                    case_sensitive_aliases=tuple(d.get("case_sensitive_aliases") or ()),
                    parent=d.get("parent"), affiliates=tuple(d.get("affiliates") or ()),
                    countries=tuple(d.get("countries") or ())))
            except (KeyError, ValueError, TypeError) as exc:
                raise ConfigError(f"actor registry {path}: bad entry {d!r}: {exc}", stage="resolve") from exc
        return cls(entries, tuple(raw.get("descriptor_suffixes") or ()), int(raw.get("version") or 1))

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

    def canonical_of(self, surface: str, *, upper_text: bool = False) -> str | None:
        """The canonical name `surface` denotes, or None. `upper_text`: the surface comes from all-caps text."""
        for candidate in self._candidates(surface):
            hit = self._ci.get(candidate.lower())
            if hit is None and not upper_text:
                hit = self._cs.get(candidate)
            if hit is not None:
                return hit
        return None

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
        low = key.lower()
        for suffix in self._suffixes:                              # "Taliban fighters" -> "Taliban"
            if low.endswith(" " + suffix):
                out.append(key[: len(key) - len(suffix) - 1].rstrip())
                break
        return [c for c in out if c]

    def resolve(self, surface: str, *, upper_text: bool = False) -> Actor | None:
        """An Actor (name = the surface as written) when the registry knows it, else None."""
        canonical = self.canonical_of(surface, upper_text=upper_text)
        if canonical is None:
            return None
        return Actor(name=surface, canonical=canonical, kind=self._entries[canonical].kind)

    def aliases(self, case_sensitive: bool = False) -> list[tuple[str, str]]:
        """(surface, canonical) pairs for a phrase matcher.

        case_sensitive=False: every canonical name and ordinary alias with its hyphen/accent/apostrophe
        variants, for a matcher on attr="LOWER". case_sensitive=True: the short ambiguous acronyms only, for a
        matcher on attr="ORTH"; do not run that one over all-upper-case text (see `is_upper_text`).
        """
        out: dict[tuple[str, str], None] = {}
        for e in self._entries.values():
            names = e.case_sensitive_aliases if case_sensitive else (e.canonical, *e.aliases)
            for name in names:
                for v in _variants(name):
                    out.setdefault((v, e.canonical), None)
        return list(out)


@lru_cache(maxsize=1)
def _default_registry() -> ActorRegistry:
    return ActorRegistry._read(DEFAULT_PATH)
