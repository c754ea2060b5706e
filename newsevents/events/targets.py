"""What an attack hit: the things (and people) a trigger clause names as struck, destroyed or bombed."""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from spacy.tokens import Doc, Span, Token

from ..mentions.lexicon import _load, roles
from ..mentions.weapons import find_weapons
from .phrases import VERBAL, clean_name, names_force, names_people, of_object, of_phrases, phrase, word_lists

_CASUALTY_VERBS = {"kill", "wound", "injure", "murder", "slay", "assassinate", "execute"}
_NOT_TARGETS = {"soil", "territory", "ground", "land", "way", "area", "region", "side", "part", "country", "town", "city",
                "village", "locality", "department", "province", "municipality"}


def targets_in(doc: Doc, trigger_tokens: Sequence[Token], token_ids: set[int], skip: set[int]) -> list[tuple[str, str | None]]:
    """Targets: what the attack acted on (its object, the thing attacked "on/against/at/into", the thing a light verb's
    attack was "on"), what the clause says was destroyed or damaged, and the building or vehicle a bomb went off at.
    Other phrases of the clause ("the homes of the region", "killed in the hospital") tell where or whose, not what
    was hit."""
    r = roles()
    taking = word_lists("target_words")["taking_words"]
    heads = [h for trig in trigger_tokens for h in _struck(trig)] + _damaged(doc, token_ids)
    people: set[int] = set()                        # listed beside a person: "the Jesuits, five Spaniards and ..."
    for h in heads:
        if names_people(h):
            people.update(c.i for c in _with_conjuncts(h))
    for trig in (t for t in trigger_tokens if t.lemma_.lower() in taking or t.lower_ in taking):
        people.update(c.i for h in _kidnapped(trig) for c in _with_conjuncts(h))  # who was taken
    heads = [_whole(c) for h in heads for c in _with_conjuncts(h)]
    out: list[tuple[str, str | None]] = []
    seen: set[int] = set()
    heads = [h.head if h.dep_ == "compound" and h.head.pos_ == "PROPN" and h.head.i in token_ids else h for h in heads]
    for h in heads:
        if h.i not in token_ids or h.i in seen or h.i in skip or h.ent_type_ in ("GPE", "DATE", "CARDINAL", "TIME"):
            continue
        np = _with_owner(phrase(h))
        if _taken(np, h, skip):
            np = phrase(h)
        if _taken(np, h, skip):
            continue
        name = clean_name(np.text)
        if h.pos_ == "PRON":
            person = _person_told(h)                  # "Senator X was in critical condition after a gunman shot him"
            if person is None:
                continue
            out.append((person.text, "person"))
            continue
        if not name or name.lower() in r.abstract_objects or h.lemma_.lower() in _NOT_TARGETS:
            continue
        if h.lemma_.lower() in _WAYS and h.i + 1 < len(doc) and doc[h.i + 1].lower_ == "to":
            continue                                  # "killed 28 Christians on the road to a monastery": where
        words = word_lists("target_words")
        if not _hit_thing(h) or h.lemma_.lower() in words["not_things"] or h.lower_ in words["vacuous_names"]:
            continue
        seen.update(t.i for t in np)
        kind = r.facility_kinds.get(h.lemma_.lower()) or r.facility_kinds.get(h.lower_)
        if kind is None and (names_people(h) or h.i in people) or kind == "security" and names_force(h):
            kind = "person"                          # soldiers, the police, the army: attacked people, not things
        if kind == "person":
            name = _person_name(h, np) or name
        out.append((name, kind))
    return out


def _person_told(pron: Token) -> Span | None:
    """"A presidential hopeful, Senator Miguel Uribe, was in critical condition after a gunman shot him in the head":
    "him" or "her" in a clause hung on the sentence's own verb is the person its subject names."""
    if pron.lower_ not in ("him", "her"):
        return None
    verb = pron.head
    while verb.dep_ in ("advcl", "conj", "xcomp", "pcomp", "pobj", "prep") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    return next((e for e in pron.doc.ents if e.label_ == "PERSON" and subject.left_edge.i <= e.start
                 and e.end <= subject.right_edge.i + 1), None)


def _kidnapped(trig: Token) -> list[Token]:
    """Who a kidnapping verb took: its object ("kidnapped the cattle ranchers") or passive subject; not where it
    happened ("at her restaurant"). A noun's "of" ("the kidnapping of ...") is left to the usual test: reports
    recall old abductions that way."""
    if trig.pos_ not in VERBAL:
        return []
    return [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")]


def _whole(tok: Token) -> Token:
    """The thing a part or a number of things belongs to: "the windows of the bank" hit the bank, "a number of
    pylons" are pylons."""
    words = word_lists("target_words")
    inner = of_object(tok)
    if inner is not None and tok.lemma_.lower() in words["part_nouns"] | words["spot_nouns"] | words["quantity_nouns"]:
        return _whole(inner)
    return tok


def _objects(prep: Token) -> list[Token]:
    """The prepositional object, through a spot word ("in front of the church" -> church)."""
    out = [c for c in prep.children if c.dep_ == "pobj"]
    for c in prep.children:                          # "outside of", "in front of" parsed as a chain of preps
        if c.dep_ == "prep":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return [_whole(o) for o in out]


def _preps(tok: Token) -> list[Token]:
    """Prepositions hanging on a word (wire text in capitals often has them parsed as clauses)."""
    return [c for c in tok.children if c.dep_ == "prep" or (c.dep_ in ("acl", "advcl") and c.pos_ == "ADP")]


_WAYS = frozenset({"road", "highway", "route", "way"})
_STRIKING_VERBS = frozenset({"strike", "hit", "target", "rock"})


def _struck(trig: Token) -> list[Token]:
    """The trigger's own patients: objects, the attacked thing after an aiming preposition, the thing named as a
    noun's attack's object ("the bombing of the embassy", "an embassy bombing"), and the building or vehicle a
    planted or thrown device went off at."""
    words = word_lists("target_words")
    heads: list[Token] = []
    if trig.pos_ in VERBAL:
        heads.extend(c for c in trig.children if c.dep_ in ("dobj", "nsubjpass"))
    else:
        heads.extend(c for c in trig.children if c.dep_ == "compound" and c.i < trig.i and _facility(c))
        heads.extend(o for p in of_phrases(trig) for o in _objects(p))
    anchors = [trig]
    blamed = trig.head.lemma_.lower() in words["accusing_verbs"]    # "blamed the bombing on X": X did it
    if trig.dep_ in ("dobj", "nsubj", "nsubjpass") and trig.head.pos_ in VERBAL and not blamed:
        anchors.append(trig.head)                    # "carried out an attack on X", "a bomb was placed in X"
    if trig.dep_ == "nsubj" and trig.head.lemma_.lower() in _STRIKING_VERBS:
        heads.extend(c for c in trig.head.children if c.dep_ == "dobj")   # "a suicide bomber struck a crowded park"
    if trig.dep_ == "pobj" and trig.head.lower_ == "on" and trig.head.head.lemma_.lower() in words["device_verbs"]:
        heads.extend(c for c in trig.head.head.children if c.dep_ == "dobj")     # "set the houses on fire"
    anchors.extend(c for c in trig.children if c.dep_ in ("relcl", "acl") and c.pos_ in VERBAL)   # "a bomb that fell on"
    for anchor in (a for a in anchors if a.pos_ in VERBAL):
        for other in (c for c in anchor.children if c.dep_ in ("conj", "advcl", "xcomp") and c.pos_ in VERBAL
                      and c.lemma_.lower() in _CASUALTY_VERBS):
            heads.extend(c for c in other.children if c.dep_ == "dobj")     # "shot and killed X"
    planted = trig.lemma_.lower() in words["device_words"] or bool(find_weapons(trig.text)) or any(
        a.lemma_.lower() in words["device_verbs"] for a in anchors)
    for anchor in anchors:
        for prep in _preps(anchor):
            low = prep.lower_
            if blamed and low == "on":
                continue
            if low in words["aim_preps"] or (low == "to" and anchor.lemma_.lower() in words["device_verbs"]) or (
                    low == "through" and anchor.lemma_.lower() in words["tearing_verbs"]):
                heads.extend(o for o in _objects(prep) if anchor is trig or _facility(o) or names_people(o))
            elif planted and low in words["site_preps"]:
                heads.extend(o for o in _objects(prep) if _facility(o))
    return heads


def _damaged(doc: Doc, token_ids: set[int]) -> list[Token]:
    """What the clause says was destroyed or damaged: the object of a verb of damage ("..., destroying two
    buses"), its passive subject ("five houses were burned"), the noun it describes ("21 houses destroyed"), and
    what a noun of damage was done to ("damage to several stores")."""
    words = word_lists("target_words")
    heads: list[Token] = []
    for i in sorted(token_ids):
        tok = doc[i]
        lemma = tok.lemma_.lower()
        if tok.pos_ in VERBAL and lemma in words["damage_verbs"]:
            heads.extend(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))
            if tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
                heads.append(tok.head)
        elif tok.pos_ == "NOUN" and lemma in words["damage_nouns"]:
            heads.extend(o for p in _preps(tok) if p.lower_ in ("to", "in", "of", "on") for o in _objects(p))
    return heads


def _with_conjuncts(h: Token) -> list[Token]:
    """The head and the nouns coordinated with it or put beside it ("the mayor's office, a bank and the police
    station"; wire text lists people as appositions: "killed three journalists: Ana Ruiz, a photographer, ...")."""
    out = [h]
    for c in h.children:
        if c.pos_ in ("NOUN", "PROPN") and c.dep_ in ("conj", "appos"):
            out.extend(_with_conjuncts(c))
    return out


def _facility(tok: Token) -> bool:
    """A building, vehicle or installation noun, or a thing named with one ("telephone exchange boxes"), or a named
    facility; not people: what a bomb can go off at."""
    r = roles()
    if tok.ent_type_ == "FAC":
        return True
    if names_people(tok) or names_force(tok):
        return False
    named = [tok, *(c for c in tok.subtree if c.dep_ == "compound" and c.i < tok.i and not _word_part(c))]
    return any(t.lemma_.lower() in r.target_nouns or t.lower_ in r.target_nouns for t in named)


def _word_part(tok: Token) -> bool:
    """The noun is the first part of a hyphenated word ("home-made bomb", "car-bomb attack"), not a thing."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.text == "-" and not nxt.whitespace_ and not tok.whitespace_


def _taken(np: Span, head: Token, skip: set[int]) -> bool:
    """The phrase holds words another role took; a place naming whose thing it is stays ("the U.S. embassy")."""
    return any(t.i in skip and not (t.i < head.i and t.ent_type_ in ("GPE", "NORP") and t.dep_ in ("compound", "amod", "det"))
               for t in np)


@lru_cache(maxsize=None)
def _not_target_heads() -> frozenset[str]:
    return frozenset(_load("mentions.json")["not_target_heads"])


def _hit_thing(h: Token) -> bool:
    """The noun can name what an attack hit: not a weapon ("shots were fired at a car"), not the attackers' own kind
    ("the fight against terrorists"), not a time, spot or wrong-doing ("at the same time", "against drug
    trafficking"). A noun that is both a weapon and a facility ("mine") stays."""
    r = roles()
    low, lemma = h.lower_, h.lemma_.lower()
    if low in r.target_nouns or lemma in r.target_nouns or names_people(h):
        return True                                  # "men", "persons": people attacked as often as attacking
    return not (find_weapons(h.text) or low in r.perpetrator_nouns or lemma in r.perpetrator_nouns
                or lemma in _not_target_heads() or low in _not_target_heads())


_OWNER_TOKENS = 8      # "the headquarters of the Shoe Industry Workers Union": longer tails are clauses, not owners


def _with_owner(np: Span) -> Span:
    """A thing named with its owner: "the headquarters" alone says little, "the headquarters of the union" which."""
    doc, head = np.doc, np.root
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == np.end), None)
    owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if owner is None:
        return np
    end = phrase(owner).end                          # the owner's own words, not its "in Lima"
    return doc[np.start:end] if end - of.i <= _OWNER_TOKENS else np


def _person_name(head: Token, np: Span) -> str | None:
    """The person's own name inside a titled phrase: "presidential candidate Luis Galan", "the mayor, Ana Ruiz"."""
    doc = head.doc
    for c in head.children:
        if c.dep_ == "appos" and c.ent_type_ == "PERSON":
            ent = next((e for e in doc.ents if e.start <= c.i < e.end), None)
            if ent is not None:
                return clean_name(ent.text)
    ents = [e for e in doc.ents if e.label_ == "PERSON" and np.start <= e.start and e.end <= np.end]
    if ents and ents[-1].end == np.end and ents[-1].start > np.start:
        return clean_name(ents[-1].text)
    return None
