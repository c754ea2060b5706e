"""Reading `resolve/data/actors.json` into `ActorEntry` records.

The file has three kinds of actor, so that each stays data and not code:

* `actors`: named armed actors as listed (groups, branches, a few people, a few named state units) and generic
  perpetrators ("gunmen", "bandits"), whose kind is "unknown": they are kept as such, never read as a group;
* `state_forces`: one record per country (ISO-2 code, names, demonyms) and alias templates per branch
  ("{demonym} army", "{name}'s police"), expanded here into "Military Forces of X" / "Police Forces of X"
  entries, so "the Pakistani army" and "Israeli air strikes" name the state's forces. A country whose military
  already has a named entry (the IDF, the Tatmadaw) extends that entry instead. The generated canonical names
  are resolvable but not fed to the phrase matcher: "military forces of India and Pakistan" would otherwise hide
  the country from the place finder, which skips words inside actor names.

An alias may name several actors only when every one of them lists it under `ambiguous_aliases` (the resolver
then picks by the event's country and date); a country's `shared_demonyms` ("Congolese") mark the aliases made
from them ambiguous the same way.
"""
from __future__ import annotations

import re

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..core.enums import ActorKind
from ..errors import ConfigError


@dataclass(frozen=True)
class ActorEntry:
    """One canonical actor. `countries` are its home countries (ISO-2); `active_from`/`active_to` are years
    (None: unknown start / still active)."""
    canonical: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    case_sensitive_aliases: tuple[str, ...] = ()
    parent: str | None = None
    affiliates: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    active_from: int | None = None
    active_to: int | None = None
    ambiguous_aliases: tuple[str, ...] = ()
    match_canonical: bool = True        # False: a coder's label ("Military Forces of India") the phrase matcher skips
    coded_as: str | None = None         # a generic doer's label where it acted: "Unidentified Armed Group ({country})"

    @property
    def generic(self) -> bool:
        """A generic perpetrator ("gunmen"): no group behind it is known."""
        return self.kind is ActorKind.UNKNOWN

    def active_in(self, year: int) -> bool:
        return (self.active_from is None or self.active_from <= year) and (self.active_to is None
                                                                          or year <= self.active_to)

    def years(self) -> str:
        """"2015-", "1983-2011", "-1992" or "" for display."""
        if self.active_from is None and self.active_to is None:
            return ""
        return f"{self.active_from or ''}-{self.active_to or ''}"


@dataclass(frozen=True)
class RegistryData:
    entries: tuple[ActorEntry, ...]
    descriptor_suffixes: tuple[str, ...]
    generic_modifiers: tuple[str, ...]
    country_names: tuple[tuple[str, str], ...]      # (country name or demonym, ISO-2), for searching by country
    version: int
    forces: tuple[tuple[str, str, str], ...] = ()   # (ISO-2, branch, canonical): whose "the police" it is at home
    bare_words: tuple[tuple[str, str], ...] = ()    # (word, branch or "" for a modifier) of a force of no country


def entry_from_json(d: dict[str, Any]) -> ActorEntry:
    """One `actors` item; missing optional fields take their defaults."""
    return ActorEntry(
        canonical=d["canonical"], kind=ActorKind(d.get("kind") or "organization"),
        aliases=tuple(d.get("aliases") or ()), case_sensitive_aliases=tuple(d.get("case_sensitive_aliases") or ()),
        parent=d.get("parent"), affiliates=tuple(d.get("affiliates") or ()),
        countries=tuple(d.get("countries") or ()), active_from=_year(d.get("active_from")),
        active_to=_year(d.get("active_to")), ambiguous_aliases=tuple(d.get("ambiguous_aliases") or ()),
        coded_as=d.get("coded_as"))


def _year(v: Any) -> int | None:
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, int):
        raise TypeError(f"a year must be an integer, not {v!r}")
    return v


def _fill(template: str, *, name: str = "", demonym: str = "") -> str:
    return template.replace("{name}", name).replace("{demonym}", demonym)


_SHORT_ACRONYM = re.compile(r"[A-Z]{3}")     # a state force's three-letter acronym may also be a word or a name


def state_force_entries(block: dict[str, Any], named: dict[str, ActorEntry]
                        ) -> tuple[list[ActorEntry], list[tuple[str, str, str]]]:
    """Entries for every country × branch of the `state_forces` block, and (country, branch, canonical) for each.
    Named entries a country points at (its `entries`: {"military": "Israel Defense Forces"}) are extended in
    `named` instead of created."""
    branches = block.get("branches") or []
    out: list[ActorEntry] = []
    forces: list[tuple[str, str, str]] = []
    for c in block.get("countries") or []:
        code, names, demonyms = c["code"], [c["name"], *(c.get("names") or ())], list(c.get("demonyms") or ())
        shared = set(c.get("shared_demonyms") or ())
        made: dict[str, str] = {}
        for b in branches:
            branch = b["branch"]
            if branch not in (c.get("branches") or [x["branch"] for x in branches]):
                continue
            aliases, ambiguous = [], []
            for t in b["templates"]:
                if "{demonym}" in t:
                    for dem in demonyms:
                        aliases.append(_fill(t, demonym=dem))
                        if dem in shared:
                            ambiguous.append(aliases[-1])
                else:
                    aliases += [_fill(t, name=n) for n in names]
            extra = (c.get("aliases") or {}).get(branch) or []
            acronyms = [a for a in extra if _SHORT_ACRONYM.fullmatch(a) and a not in (c.get("ambiguous_aliases") or ())]
            extra = [a for a in extra if a not in acronyms]     # "BIR" is no "Bir al-Abd": its casing only
            aliases += extra
            ambiguous += [a for a in extra if a in (c.get("ambiguous_aliases") or ())]
            existing = (c.get("entries") or {}).get(branch)
            if existing is not None:
                if existing not in named:
                    raise ConfigError(f"actor registry: state forces of {code} name unknown actor {existing!r}",
                                      stage="resolve")
                e = named[existing]
                named[existing] = replace(e, aliases=e.aliases + tuple(aliases),
                                          ambiguous_aliases=e.ambiguous_aliases + tuple(ambiguous))
                made[branch] = existing
                continue
            canonical = _fill(b["canonical"], name=c.get("canonical_name") or c["name"])
            made[branch] = canonical
            out.append(ActorEntry(canonical=canonical, kind=ActorKind.STATE, aliases=tuple(aliases),
                                  case_sensitive_aliases=tuple(((c.get("case_sensitive_aliases") or {})
                                                                .get(branch)) or ()) + tuple(acronyms),
                                  countries=(code,), ambiguous_aliases=tuple(ambiguous), match_canonical=False))
        forces += [(code, branch, canonical) for branch, canonical in made.items()]
        if len(made) > 1:                      # one state's army and police: affiliates of each other
            for i, e in enumerate(out):
                if e.canonical in made.values():
                    out[i] = replace(e, affiliates=tuple(x for x in made.values() if x != e.canonical))
    return out, forces


def read_registry(path: Path) -> RegistryData:
    """Everything the registry needs from one actors.json file; a clear ConfigError on a bad file or entry."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"cannot read actor registry {path}: {exc}", stage="resolve") from exc
    named: dict[str, ActorEntry] = {}
    order: list[str] = []
    for d in raw.get("actors", []):
        try:
            e = entry_from_json(d)
        except (KeyError, ValueError, TypeError) as exc:
            raise ConfigError(f"actor registry {path}: bad entry {d!r}: {exc}", stage="resolve") from exc
        if e.canonical in named:
            raise ConfigError(f"actor registry: duplicate canonical {e.canonical!r}", stage="resolve")
        named[e.canonical] = e
        order.append(e.canonical)
    block = raw.get("state_forces") or {}
    try:
        states, forces = state_force_entries(block, named)
    except (KeyError, TypeError) as exc:
        raise ConfigError(f"actor registry {path}: bad state_forces block: {exc}", stage="resolve") from exc
    bare = tuple((w, b["branch"]) for b in block.get("branches") or () for w in b.get("bare") or ()) + tuple(
        (w, "") for w in block.get("bare_modifiers") or ())
    countries = tuple((n, c["code"]) for c in block.get("countries") or ()
                      for n in (c["name"], *(c.get("names") or ()), *(c.get("demonyms") or ())))
    return RegistryData(entries=tuple(named[c] for c in order) + tuple(states),
                        descriptor_suffixes=tuple(raw.get("descriptor_suffixes") or ()),
                        generic_modifiers=tuple(raw.get("generic_modifiers") or ()),
                        country_names=countries, version=int(raw.get("version") or 1), forces=tuple(forces),
                        bare_words=bare)
