"""Who, whom, where, when inside one trigger clause of a parsed sentence (spaCy types stay in this folder)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from ..mentions.lexicon import roles
from ..mentions.weapons import find_weapons
from .drafts import ActorMention

VERBAL = {"VERB", "AUX"}
SUBJECT_DEPS = {"nsubj", "csubj"}
_DETERMINERS = re.compile(r"^(?:the|a|an|its|their|his|her|this|that|these|those|some|several|two|three|four|five|six|"
                          r"seven|eight|nine|ten|eleven|twelve|dozens of|hundreds of|[\d,]+)\s+", re.I)
_NATIONAL_NOUNS = {"embassy", "consulate", "ambassador", "envoy", "diplomat", "citizen", "national", "troop", "force",
                   "soldier", "army", "military", "government", "official", "minister", "president", "navy", "air",
                   "police", "intelligence", "authority", "mission", "delegation", "tourist", "aid", "worker"}
_AIM_WORDS = {"on", "upon", "at", "against", "targeting", "into", "near", "of", "to", "for", "with", "by"}
_CASUALTY_VERBS = {"kill", "wound", "injure", "murder", "slay", "assassinate", "execute"}
_NOT_TARGETS = {"soil", "territory", "ground", "land", "way", "area", "region", "side", "part", "country", "town", "city",
                "village", "locality", "department", "province", "municipality"}
_DIRECTION = {"northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
              "north-eastern", "north-western", "south-eastern", "south-western", "central", "suburban", "outer", "rural",
              "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "downtown", "remote",
              "restive", "volatile"}


def clause_verb(tok: Token) -> Token:
    """The verb that heads `tok`'s clause (the token itself when it is a verb)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in VERBAL or cur.dep_ == "ROOT" or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def clause_tokens(verb: Token, exclude_roots: Iterable[Token] = ()) -> set[int]:
    """Token indices of the verb's clause: its subtree without coordinated verbs' own clauses."""
    out = {t.i for t in verb.subtree}
    cut = [t for t in exclude_roots if t.i != verb.i and t.i in out]
    for c in cut:
        out.difference_update(t.i for t in c.subtree)
    return out


def subjects(verb: Token) -> list[Token]:
    """Active subjects of a verb, and `by` agents of a passive one; coordinated verbs share the first verb's subject."""
    subs = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        subs.extend(c for c in agent.children if c.dep_ == "pobj")
    if not subs and verb.dep_ in ("conj", "xcomp", "dep") and verb.head.i != verb.i:
        return subjects(verb.head)
    if not subs and verb.dep_ == "relcl":
        subs = [verb.head]
    return subs


def phrase(tok: Token) -> Span:
    """The noun phrase a token heads, without trailing relative clauses and prepositional tails."""
    doc = tok.doc
    left = tok.left_edge.i
    right = tok.i
    for c in tok.rights:
        if c.dep_ in ("compound", "amod", "nummod", "flat", "appos") and c.i == right + 1:
            right = c.right_edge.i
    span = doc[left:right + 1]
    return span


_HEDGES = re.compile(r"^(?:alleged|suspected|presumed|presumably|purported|apparent|so-called|so called)\s+", re.I)


def clean_name(text: str) -> str:
    """The name without determiners, a count, a hedge ("alleged", "suspected": the report's doubt, not the name) or
    an editor's bracketed tag before it ("[Text] unidentified men")."""
    text = text[text.rfind("]") + 1:] if "]" in text else text
    text = text.strip(" ,;:.'\"“”‘’")
    text = re.sub(r"['’]s$", "", text)
    prev = None
    while prev != text:
        prev = text
        text = _HEDGES.sub("", _DETERMINERS.sub("", text)).strip(" '\"“”‘’")
    return text


def actor_in(span_or_tokens: Sequence[Token], doc: Doc) -> Span | None:
    idx = {t.i for t in span_or_tokens}
    for a in doc.spans.get("actors", []):
        if a.start in idx:
            return a
    return None


def perpetrator_of(tok: Token, offset: int, history: "ActorHistory",
                   places: "PlaceTests | None" = None) -> ActorMention | None:
    """An actor for a subject/agent/possessor token: a registry name, an anaphor, a generic noun, or a named org
    (not a place name the model took for one: a dateline's "MANCHESTER, England" is where, not who)."""
    doc = tok.doc
    sub = list(tok.subtree)
    a = actor_in(sub, doc)
    if a is not None:
        return ActorMention(a.text, a._.canonical, "organization", offset + a.start_char)
    r = roles()
    np = phrase(tok)
    low = clean_name(np.text).lower()
    full = np.text.lower()
    if tok.lower_ in ("it", "they") or full in r.anaphors or (full.startswith(("the ", "its ", "their "))
                                                              and "the " + low in r.anaphors):
        return history.latest(offset + tok.idx)      # "the militants" points back; bare "militants" is new
    for key in (low, tok.lower_, " ".join(t.lower_ for t in np if t.pos_ != "DET")):
        if key in r.perpetrator_nouns:
            return ActorMention(_kind_plural(tok, clean_name(np.text)), None, r.perpetrator_nouns[key],
                                offset + np.start_char)
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ in ("ORG", "NORP"):
            if ent.label_ == "ORG" and places is not None and places.is_place(ent.text):
                return None
            return ActorMention(ent.text, None, "organization", offset + ent.start_char)
    if tok.lemma_.lower() in r.perpetrator_nouns:
        return ActorMention(clean_name(np.text), None, r.perpetrator_nouns[tok.lemma_.lower()], offset + np.start_char)
    return None


def _kind_plural(tok: Token, name: str) -> str:
    """An attacker's kind used as a modifier ("a guerrilla attack", "rebel offensive") names the attackers, not one
    of them: "guerrillas"."""
    if tok.dep_ not in ("compound", "amod") or tok.head.i <= tok.i or tok.head.pos_ != "NOUN":
        return name
    nouns = roles().perpetrator_nouns
    plural = name + ("S" if name.isupper() else "s")             # a "militia attack" is one group's: stays
    return plural if nouns.get(plural.lower()) == nouns.get(name.lower()) == "individual" else name


_AIMED_DEPS = {"dobj", "nsubjpass", "iobj", "attr"}


def named_author(doc: Doc, token_ids: set[int], trigger: Token, offset: int) -> ActorMention | None:
    """A named group told before the trigger in its own clause when the parse gave the trigger no subject
    ("guerrillas from the FARC, armed with rifles, fired on ...": the subject hangs off a fronted phrase). A group
    named as what was attacked, or after an aiming preposition, is not its author."""
    for a in doc.spans.get("actors", []):
        if a.start not in token_ids or a.end > trigger.i or not a._.canonical:
            continue
        root = a.root
        if root.dep_ in _AIMED_DEPS or (root.dep_ == "pobj" and root.head.lower_ in _AIM_WORDS):
            continue
        if any(t.dep_ == "poss" for t in a):
            continue                                  # "the Taliban's victims"
        return ActorMention(a.text, a._.canonical, "organization", offset + a.start_char)
    return None


class ActorHistory:
    """Named actors in article order, for "it", "the group" and "they"."""

    def __init__(self) -> None:
        self.items: list[ActorMention] = []

    def add(self, mention: ActorMention) -> None:
        self.items.append(mention)

    def latest(self, before: int) -> ActorMention | None:
        for m in reversed(self.items):
            if m.start < before and m.canonical:
                return m
        return None


@dataclass(frozen=True)
class PlaceTests:
    """What the gazetteer can tell the events stage about a name, injected by the pipeline."""
    is_place: Callable[[str], bool]
    is_demonym: Callable[[str], bool]      # "Chinese", "Russian": a nationality, not a place


def _national(tok: Token) -> bool:
    head = tok.head
    lemma = head.lemma_.lower()
    lemma = lemma[:-3] + "y" if lemma.endswith("ies") else lemma.rstrip("s") if lemma.endswith("s") else lemma
    return tok.dep_ in ("compound", "amod", "conj", "nmod") and lemma in _NATIONAL_NOUNS


def _proper_runs(doc: Doc, token_ids: set[int], taken: set[int]) -> Iterable[Span]:
    """Maximal runs of proper nouns the model did not label as places ("Qalat", "Zabul" in "Qalat district, Zabul")."""
    run: list[int] = []
    for tok in list(doc) + [None]:
        ok = (tok is not None and tok.i in token_ids and tok.i not in taken and tok.pos_ == "PROPN"
              and tok.ent_type_ not in ("DATE", "TIME", "CARDINAL", "NORP") and tok.i > 0)
        if ok and run and tok.i != run[-1] + 1:
            ok = False
        if ok:
            run.append(tok.i)
            continue
        if run:
            span = doc[run[0]:run[-1] + 1]
            if not (span.label_ == "PERSON" or (len(span) > 1 and all(t.ent_type_ == "PERSON" for t in span))):
                yield span
            run = []
        if tok is not None and tok.i in token_ids and tok.i not in taken and tok.pos_ == "PROPN" and tok.i > 0:
            run = [tok.i]


def place_mentions(doc: Doc, token_ids: set[int], offset: int,
                   tests: PlaceTests | None = None) -> list[tuple[str, int]]:
    """Place names in a clause, in text order, with a direction word kept ("northern Pakistan")."""
    actor_tokens = {i for a in doc.spans.get("actors", []) for i in range(a.start, a.end)}
    out = []
    if tests is not None:
        taken = actor_tokens | {t.i for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC") for t in e}
        for span in _proper_runs(doc, token_ids, taken):
            if span.root.dep_ == "poss" or (span.end < len(doc) and doc[span.end].tag_ == "POS"):
                continue
            if _national(span.root) or tests.is_demonym(span.text):
                continue
            if tests.is_place(span.text):
                out.append((span.text, offset + span.start_char))
    for ent in doc.ents:
        if ent.start not in token_ids or ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        if any(i in actor_tokens for i in range(ent.start, ent.end)):
            continue
        root = ent.root
        if root.dep_ == "poss" or (ent.end < len(doc) and doc[ent.end].tag_ == "POS"):
            continue                                  # "Pakistan's top diplomat": whose, not where
        if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.pos_ == "NOUN":
            continue                                  # "envoy to Afghanistan"
        if _national(root):
            continue                                  # "the U.S. embassy in Nairobi": whose embassy, not where
        start = ent.start
        if start > 0 and doc[start - 1].lower_ in _DIRECTION:
            start -= 1
        span = doc[start:ent.end]
        out.append((span.text, offset + span.start_char))
        if ent.label_ == "FAC" and tests is not None:
            # "the Manchester Arena", "Promenade des Anglais in Nice": the town inside a facility's name
            inner = [t for t in ent if t.pos_ == "PROPN"]
            after_in = [t for t in ent if t.i > ent.start and doc[t.i - 1].lower_ in ("in", "of") and t.pos_ == "PROPN"]
            for t in after_in[:1] + inner[:1]:
                if tests.is_place(t.text) and not tests.is_demonym(t.text):
                    out.append((t.text, offset + t.idx))
                    break
    for tok in doc:
        # "the Afghan capital": a nationality adjective before "capital"
        if tok.i in token_ids and tok.lower_ == "capital" and tok.i > 0 and doc[tok.i - 1].ent_type_ in ("NORP", "GPE"):
            span = doc[tok.i - 1:tok.i + 1]
            out.append((span.text, offset + span.start_char))
    out.sort(key=lambda x: x[1])
    return out


def targets_in(doc: Doc, trigger_tokens: Sequence[Token], token_ids: set[int], skip: set[int]) -> list[tuple[str, str | None]]:
    """Targets: objects of the attack, things attacked "on/against/at/into", and facility nouns of the clause."""
    r = roles()
    heads: list[Token] = []
    for trig in trigger_tokens:
        if trig.pos_ in VERBAL:
            heads.extend(c for c in trig.children if c.dep_ in ("dobj", "nsubjpass"))
            for conj in (c for c in trig.children if c.dep_ == "conj" and c.pos_ in VERBAL
                         and c.lemma_.lower() in _CASUALTY_VERBS):
                heads.extend(c for c in conj.children if c.dep_ == "dobj")     # "shot and killed X"
        for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "into", "targeting")):
            heads.extend(c for c in prep.children if c.dep_ == "pobj")
        if trig.dep_ == "compound" and trig.head.pos_ == "NOUN":
            pass
    related = {t.i for trig in trigger_tokens for t in trig.subtree}
    for trig in trigger_tokens:                      # "carried out an attack on X": the light verb's objects too
        verb = trig.head if trig.dep_ in ("dobj", "nsubj", "nsubjpass") else None
        if verb is not None and verb.pos_ in VERBAL:
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "into", "in"):
                    related.update(t.i for t in c.subtree)
    for i in sorted(token_ids & related):
        tok = doc[i]
        if tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in r.target_nouns or tok.lower_ in r.target_nouns):
            if not _word_part(tok):
                heads.append(_compound_head(tok))
    out: list[tuple[str, str | None]] = []
    seen: set[int] = set()
    heads = [h.head if h.dep_ == "compound" and h.head.pos_ == "PROPN" and h.head.i in token_ids else h for h in heads]
    for h in heads:
        if h.i in seen or h.i in skip or h.ent_type_ in ("GPE", "DATE", "CARDINAL", "TIME"):
            continue
        np = _with_owner(phrase(h))
        if any(t.i in skip for t in np):
            np = phrase(h)
        if any(t.i in skip for t in np):
            continue
        name = clean_name(np.text)
        if not name or name.lower() in r.abstract_objects or h.lemma_.lower() in _NOT_TARGETS or h.pos_ == "PRON":
            continue
        if not _hit_thing(h):
            continue
        seen.update(t.i for t in np)
        kind = r.facility_kinds.get(h.lemma_.lower()) or r.facility_kinds.get(h.lower_)
        if kind is None and _names_people(h) or kind == "security" and _names_force(h):
            kind = "person"                          # soldiers, the police, the army: attacked people, not things
        if kind == "person":
            name = _person_name(h, np) or name
        out.append((name, kind))
    return out


def _word_part(tok: Token) -> bool:
    """The noun is the first part of a hyphenated word ("home-made bomb", "car-bomb attack"), not a thing."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.text == "-" and not nxt.whitespace_ and not tok.whitespace_


def _compound_head(tok: Token) -> Token:
    """The thing a facility noun helps name ("telephone exchange boxes", "bank branches"), not the modifier alone;
    a noun naming people ("police", "army personnel") stays itself."""
    if _names_people(tok) or _names_force(tok):
        return tok
    while tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        tok = tok.head
    return tok


@lru_cache(maxsize=None)
def _not_target_heads() -> frozenset[str]:
    raw = json.loads(resources.files("newsevents.mentions.patterns").joinpath("mentions.json").read_text("utf-8"))
    return frozenset(raw["not_target_heads"])


def _hit_thing(h: Token) -> bool:
    """The noun can name what an attack hit: not a weapon ("shots were fired at a car"), not the attackers' own kind
    ("the fight against terrorists"), not a time, spot or wrong-doing ("at the same time", "against drug
    trafficking"). A noun that is both a weapon and a facility ("mine") stays."""
    r = roles()
    low, lemma = h.lower_, h.lemma_.lower()
    if low in r.target_nouns or lemma in r.target_nouns or _names_people(h):
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


def _names_people(h: Token) -> bool:
    """The noun names a person or people: a rank, a named person, "peasants", "policemen"."""
    r = roles()
    people = r.type_cues.get("person_nouns", frozenset())
    lemma = h.lemma_.lower()
    return (lemma in r.person_targets or h.ent_type_ == "PERSON" or h.lower_ in people or lemma in people
            or lemma in r.high_rank)


def _names_force(h: Token) -> bool:
    """The noun names armed men or their corps ("troops", "the police", "the armed forces"), not a post or base."""
    cues = roles().type_cues
    words = {*cues.get("person_nouns", ()), *cues.get("state_force_words", ()), *cues.get("police_words", ())}
    return h.lower_ in words or h.lemma_.lower() in words


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


def name_victims(doc: Doc, victims: list[str]) -> list[str]:
    """A casualty noun followed by a person's name ("killed presidential candidate Luis Galan") stands as that name."""
    out = []
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    for v in victims:
        at = doc.text.find(v)
        named = None
        if at >= 0:
            end = at + len(v)
            named = next((e for e in persons if 0 <= e.start_char - end <= 2 and doc.text[end:e.start_char] in ("", " ", ", ")),
                         None)
        out.append(clean_name(named.text if named is not None else v))     # "six Jesuit priests" -> "Jesuit priests"
    return list(dict.fromkeys(out))
