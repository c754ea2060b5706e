"""Victims named one by one and in full. Reports give a person's full name once and the surname after ("Luis
Carlos Galan" ... "Galan"), and list several victims in one phrase ("six Jesuits and two women"); a record keeps
each victim apart and under the fullest name the article uses, so the same person reads the same in every event
of the article (and matches across articles)."""
from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Iterable, Sequence

from spacy.tokens import Doc

from ..core import Event, Participant

_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


@lru_cache(maxsize=None)
def _honorifics() -> frozenset[str]:
    raw = json.loads(resources.files("newsevents.mentions.patterns").joinpath("mentions.json").read_text("utf-8"))
    return frozenset(raw["honorifics"])


def untitled(name: str) -> str:
    """The name without a courtesy title before it ("Msgr. Romero" -> "Romero"); a title alone stays."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _honorifics():
        words = words[1:]
    return " ".join(words)


def person_names(docs: Iterable[Doc]) -> list[str]:
    """Names in the article's parsed sentences, in article order: PERSON entities and runs of two or more proper
    nouns (upper-case wire text often leaves a full name untagged)."""
    out = []
    for doc in docs:
        out.extend(e.text for e in doc.ents if e.label_ == "PERSON")
        run: list[str] = []
        for tok in list(doc) + [None]:
            if tok is not None and tok.pos_ == "PROPN" and tok.is_alpha:
                run.append(tok.text)
                continue
            if len(run) >= 2:
                out.append(" ".join(run))
            run = []
    return [untitled(n) for n in out]


def fullest(name: str, persons: Sequence[str]) -> str:
    """The longest name in `persons` that ends with `name`'s words (`name` itself when none does)."""
    words = name.lower().split()
    if not words or not name[0].isupper():
        return name                                  # "peasants", "the mayor": a description, not a name
    best = name
    for p in persons:
        pw = p.lower().split()
        if len(pw) > len(words) and pw[-len(words):] == words and len(p) > len(best):
            best = p
    return best


def described_name(phrase: str, persons: Sequence[str]) -> str:
    """The person's name when the phrase is a description before it ("trade unionist Ana Rivas" -> "Ana Rivas")."""
    low = phrase.lower()
    ends = [p for p in persons if len(p) < len(phrase) and low.endswith(" " + p.lower())]
    if not ends:
        return phrase
    name = max(ends, key=len)
    before = phrase[:len(phrase) - len(name)].split()
    return name if all(w.islower() and w not in ("of", "for", "to") for w in before) else phrase   # "home of Ana Rivas" is a home


def with_full_names(event: Event, persons: Sequence[str]) -> Event:
    """The event with each listed victim apart and given the fullest form of their name the article uses."""
    if not event.victims:
        return event
    victims: list[Participant] = []
    for v in event.victims:
        for part in _LIST.split(v.name):
            if not part:
                continue
            full = replace(v, name=fullest(untitled(described_name(part, persons)), persons))
            if all(full.name.lower() != x.name.lower() for x in victims):
                victims.append(full)
    return replace(event, victims=tuple(victims))
