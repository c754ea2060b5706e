"""Read one place mention: peel direction, proximity and kind words off the name it holds.

"northern Pakistan" -> name "pakistan", qualifier "north"; "the Afghan capital" -> country hint AF,
capital; "Kohistan district" -> name "kohistan", kind admin2; "North Waziristan" stays whole because the
gazetteer knows it (`known` is asked before any word is peeled off).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .places_text import mention_key, vocabulary

ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath")
_EZAFE = {"e": "i", "i": "e"}       # "Mazar-i-Sharif" / "Mazar-e Sharif": one name, two spellings of the joint


@dataclass(frozen=True)
class Mention:
    key: str                        # the name key left after peeling ("" when only "the capital" was left)
    qualifier: str | None = None    # "north", "near", "central"...
    kind: str | None = None         # wanted kind: city | admin2 | admin1 | any
    country_hint: str | None = None  # ISO2 from a demonym or country prefix ("the Iraqi city of Mosul")
    capital: bool = False           # "the capital", "the Afghan capital"


def parse_mention(text: str, known: Callable[[str], bool], country_key: Callable[[str], str | None]) -> Mention:
    """Split `text` into a gazetteer key and what surrounds it.

    `known(key)` says whether the gazetteer has a usable place under `key`; `country_key(key)` maps a
    country name or demonym key to ISO2.
    """
    v = vocabulary()
    tokens = mention_key(text).split()
    qualifier = kind = hint = None
    capital = False
    for _ in range(12):
        if " ".join(tokens) in v.capital_words:
            capital, tokens = True, []
            break
        if not tokens or known(" ".join(tokens)):
            break
        tail = _peel_suffix(tokens, v)
        if tail and tail[1] == "kind" and known(" ".join(tokens[: len(tokens) - tail[0]])):
            tokens = tokens[: len(tokens) - tail[0]]      # "North Waziristan Agency": the unit word, not "north"
            kind = kind or tail[2]
            continue
        step = _peel_prefix(tokens, v)
        if step:
            n, what, value, _ = step
            tokens = tokens[n:]
            if what == "direction":
                qualifier = value
            elif what == "proximity":
                qualifier = value or qualifier
                capital = capital or "capital" in step[3]
            elif what == "filler" and value:
                kind = kind or value
            continue
        step = _peel_suffix(tokens, v)
        if step:
            n, what, value, _ = step
            tokens = tokens[: len(tokens) - n]
            if what == "kind":
                kind = kind or value
            elif what == "direction":
                qualifier = qualifier or value
            continue
        for n in (3, 2, 1):
            if n < len(tokens):
                iso = country_key(" ".join(tokens[:n]))
                if iso:
                    hint, tokens = iso, tokens[n:]
                    break
        else:
            break
    return Mention(" ".join(tokens), qualifier, kind, hint, capital)


def _peel_prefix(tokens: list[str], v) -> tuple[int, str, str, str] | None:
    for n in (4, 3, 2, 1):
        if n > len(tokens):
            continue
        phrase = " ".join(tokens[:n])
        whole = n == len(tokens)            # never peel the whole mention, except "the capital"
        if phrase in v.directions and not whole:
            return n, "direction", v.directions[phrase], phrase
        if phrase in v.proximity and (not whole or "capital" in phrase):
            return n, "proximity", v.proximity[phrase], phrase
        if phrase in v.fillers and not whole:
            first = phrase.split()[0]
            kind = v.kind_suffixes.get(first) if " of" in phrase else None
            return n, "filler", kind or "", phrase
    return None


def _peel_suffix(tokens: list[str], v) -> tuple[int, str, str, str] | None:
    if len(tokens) < 2:
        return None
    for n in (2, 1):
        if n >= len(tokens):
            continue
        phrase = " ".join(tokens[-n:])
        if phrase in v.kind_suffixes:
            return n, "kind", v.kind_suffixes[phrase], phrase
        if phrase in v.directions:
            return n, "direction", v.directions[phrase], phrase
    return None


def loose_keys(key: str) -> list[str]:
    """Other spellings to try when `key` is unknown: with/without an Arabic article, the other ezafe vowel,
    joined words."""
    toks = key.split()
    out = []
    inner = [i for i in range(1, len(toks) - 1) if toks[i] in _EZAFE]
    if inner:
        out.append(" ".join(_EZAFE[t] if i in inner else t for i, t in enumerate(toks)))
    if len(toks) > 1 and toks[0] in ARTICLES:
        out.append(" ".join(toks[1:]))
        out.append(toks[0] + " ".join(toks[1:]))
    elif toks:
        out.append("al " + key)
        sun = _sun_article(key)
        if sun:
            out.append(sun + " " + key)       # "Durayhimi" -> "Ad Durayhimi"
    if len(toks) > 1:
        out.append("".join(toks))
    return [k for k in out if k and k != key]


def _sun_article(key: str) -> str | None:
    """The Arabic article as it is spelt before a name that opens with a sun letter ("ad", "ash"), else None."""
    for lead in ("sh", "dh", "th", "t", "d", "s", "z", "r", "n"):
        if key.startswith(lead) and len(key) > len(lead) + 2:
            return "a" + lead
    return None
