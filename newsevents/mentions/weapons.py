"""Weapons named in sentence text, normalised to GTD-style categories, from patterns/weapons.json.

Categories: firearms, explosives (bombs, IEDs, grenades, mines, and, as in GTD, rockets, mortars,
artillery and missiles), incendiary, melee, vehicle, chemical, biological, radiological, sabotage,
fake_weapons. The matched surface text is ``text[start:end]``.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable


@lru_cache(maxsize=None)
def _lexicon() -> dict[str, Any]:
    data = json.loads(resources.files(__package__).joinpath("patterns", "weapons.json").read_text("utf-8"))
    if data.get("version") != 1:
        raise ValueError(f"weapons.json: unsupported version {data.get('version')!r}")
    return data


def _term(phrase: str) -> str:
    """'machine gun*' -> machine\\s+gun\\w* ; a trailing '*' lets the last word take any ending."""
    words = []
    for w in phrase.lower().split():
        star = w.endswith("*")
        words.append(re.escape(w.rstrip("*")) + (r"[\w-]*" if star else ""))
    return r"\s+".join(words)


def _union(phrases: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted(set(phrases), key=lambda p: len(p.rstrip("*")), reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(_term(p) for p in ordered)})(?![\w-])", re.I)


@lru_cache(maxsize=None)
def _compiled() -> dict[str, Any]:
    lex = _lexicon()
    terms = [(p, cat) for cat, ps in lex["categories"].items() for p in ps]
    terms.sort(key=lambda pc: len(pc[0].rstrip("*")), reverse=True)
    return {
        "any": _union([p for p, _ in terms] + lex["not_weapons"]),
        "terms": [(re.compile(_term(p), re.I), cat) for p, cat in terms],
        "not": [re.compile(_term(p), re.I) for p in lex["not_weapons"]],
        "suicide": _union(lex["suicide"]),
        "not_suicide": _union(lex["not_suicide"]),
    }


def find_weapons(text: str) -> list[tuple[int, int, str]]:
    """(start, end, category) for every weapon term in `text`, in text order, case-insensitive."""
    cx = _compiled()
    out = []
    for m in cx["any"].finditer(text):
        found = m.group(0)
        if any(rx.fullmatch(found) for rx in cx["not"]):
            continue
        category = next((cat for rx, cat in cx["terms"] if rx.fullmatch(found)), None)
        if category is not None:
            out.append((m.start(), m.end(), category))
    return out


def weapon_categories(text: str) -> tuple[str, ...]:
    """The distinct categories found in `text`, in order of first mention."""
    return tuple(dict.fromkeys(cat for _, _, cat in find_weapons(text)))


def weapon_category(word: str) -> str | None:
    """The category of a weapon word ("car bomb" -> explosives), for codebooks that file weapons by type; a
    category name stands for itself."""
    if word in _lexicon()["categories"]:
        return word
    return next((cat for _, _, cat in find_weapons(word)), None)


def weapon_word(surface: str) -> str | None:
    """The weapon as the text names it ("car bomb", "dynamite", "AK-47 rifles"), lower-cased when the text is in
    capitals; None when the matched words name the act or the attacker ("shooting", "gunmen", "opened fire")."""
    text = " ".join(surface.split())
    low = text.lower()
    acts = set(_lexicon().get("act_words", []))
    if not text or low in acts or low.split()[-1] in acts:
        return None
    words = low.replace("-", " ").split()
    if any(x in _VERBISH or x.endswith(("ing", "ed")) or x.startswith("attack") for x in words):
        return None
    return low if text.isupper() or text[0].isupper() and text[1:].islower() else text


_VERBISH = {"shot", "open", "set", "sets", "burnt", "blew", "blown", "ran", "run", "drove", "beat", "beaten", "slit",
            "throat", "up", "over", "into", "at", "on", "upon", "dead", "fire", "drive", "by", "of"}


def is_suicide(text: str) -> bool:
    """True when the text describes a suicide attack ("suicide bomber", "blew himself up").

    Self-immolation and suicide outside an attack ("committed suicide") do not count.
    """
    cx = _compiled()
    blanked = cx["not_suicide"].sub(lambda m: " " * len(m.group(0)), text)
    return cx["suicide"].search(blanked) is not None
