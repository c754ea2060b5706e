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
from .drafts import EventDraft
from .phrases import word_lists

_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


@lru_cache(maxsize=None)
def _honorifics() -> frozenset[str]:
    raw = json.loads(resources.files("newsevents.mentions.patterns").joinpath("mentions.json").read_text("utf-8"))
    return frozenset(raw["honorifics"])


@lru_cache(maxsize=None)
def _titles() -> frozenset[str]:
    """Courtesy titles (mentions.json) and ranks or offices (roles.json "person_titles")."""
    return _honorifics() | word_lists("person_titles")["words"]


def untitled(name: str) -> str:
    """The name without a courtesy title, rank or office before it ("Msgr. Romero" -> "Romero", "Senator Ana Rivas"
    -> "Ana Rivas"): the same person reads the same however the report styles them. A title alone, or one before a
    lower-case word ("the mayor", "president of the court"), stays."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _titles() and words[1][:1].isupper():
        words = words[1:]
    return " ".join(words)


def _bare(name: str) -> str:
    """A name without the lower-case rank a re-cased wire leaves before it ("senator Luis Galan" -> "Luis Galan",
    "u.s. professor Ana Rivas" -> "Ana Rivas"); a lower-case word that may be part of the name stays ("james Arthur
    Doyle": the re-caser was unsure of a given name)."""
    words = name.split()
    lead = 0
    while lead < len(words) - 1 and words[lead].islower():
        lead += 1
    cut = max((i + 1 for i in range(lead) if words[i].rstrip(".") in _titles()), default=0)
    return " ".join(words[cut:])


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
    return [untitled(_bare(n)) for n in out]


def unplace_surnames(drafts: Sequence[EventDraft], docs: Iterable[Doc]) -> None:
    """"Prime Minister Sheikh Hasina resigned ... a movement against Hasina": a name the article gave a person in full
    is that person when it comes back alone, not a village of the same name (the caller leaves wire text in
    capitals alone: the parser seldom tags its full names)."""
    surnames = {e.text.split()[-1] for doc in docs for e in doc.ents
                if e.label_ == "PERSON" and len(e.text.split()) >= 2}
    for d in drafts:
        d.place_texts = [(t, o) for t, o in d.place_texts if t not in surnames]


def fullest(name: str, persons: Sequence[str]) -> str:
    """The longest name in `persons` that ends with `name`'s words (`name` itself when none does). Failing that, the
    one longer name that holds them after its first word: a Spanish name's first surname is its short form ("Galan"
    of "Luis Carlos Galan Sarmiento"); two different such names leave the short one as it is."""
    words = name.lower().split()
    if not words or not name[0].isupper():
        return name                                  # "peasants", "the mayor": a description, not a name
    best = name
    inner: set[str] = set()
    for p in persons:
        pw = p.lower().split()
        if len(pw) <= len(words):
            continue
        if pw[-len(words):] == words and len(p) > len(best):
            best = p
        elif any(pw[i:i + len(words)] == words for i in range(1, len(pw) - len(words))):
            inner.add(p)
    if best == name and inner:
        longest = max(inner, key=len)
        if all(f" {p.lower()} " in f" {longest.lower()} " for p in inner):
            best = longest
    return best


def described_name(phrase: str, persons: Sequence[str]) -> str:
    """The person's name when the phrase is a description before it ("trade unionist Ana Rivas" -> "Ana Rivas")."""
    low = phrase.lower()
    ends = [p for p in persons if len(p) < len(phrase) and low.endswith(" " + p.lower())]
    if not ends:
        return phrase
    name = max(ends, key=len)
    before = phrase[:len(phrase) - len(name)].split()
    if any(w.lower() in ("of", "for", "to") for w in before):
        return phrase                                # "home of Ana Rivas" is a home
    last = before[-1]
    return name if last.islower() or last.lower().rstrip(".") in _titles() else phrase   # "OAS Secretary General Ana Rivas"


def fell_attacking(name: str) -> bool:
    """The dead or wounded named by an attacker's word ("two FMLN rebels", "the gunman") fell as attackers, not as
    victims of the attack (roles.json "victim_words")."""
    words = name.lower().split()
    return bool(words) and words[-1] in word_lists("victim_words")["attackers"]


def with_full_names(event: Event, persons: Sequence[str]) -> Event:
    """The event with each listed victim apart and given the fullest form of their name the article uses."""
    if not event.victims:
        return event
    victims: list[Participant] = []
    for v in event.victims:
        for part in _LIST.split(v.name):
            if not part or fell_attacking(part):
                continue
            full = replace(v, name=fullest(untitled(described_name(part, persons)), persons))
            if all(full.name.lower() != x.name.lower() for x in victims):
                victims.append(full)
    return replace(event, victims=tuple(victims))
