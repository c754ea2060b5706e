"""spaCy pipeline components of newsevents, registered by versioned factory names
(spaCy forbids dots in factory names, so "newsevents_triggers_v1" stands for newsevents.triggers.v1).
All registrations live here.

Each component marks one kind of mention on the Doc (`doc.spans[...]`); `events/` turns them into records. The first,
EntityMender, only mends the model's own entities where the others read them.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .counts import find_casualties
from .dates import find_date_expressions
from .dates import vocabulary as date_vocabulary
from .extensions import ensure_extensions
from .lexicon import roles, triggers
from .weapons import find_weapons


class TriggerMarker:
    """Marks event triggers (lexicon lemmas with their parts of speech, and phrases) minus non-event idioms."""

    def __init__(self, nlp: Language):
        ensure_extensions()
        self.lex = triggers()
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrases.add("TRIGGER", [nlp.make_doc(p) for p in self.lex.phrases])
        # the matcher compares tokens, so "shoot - out" in spaced wire text matches "shoot-out": key by tokens
        self._by_tokens = {tuple(t.lower_ for t in nlp.make_doc(p)): sense for p, sense in self.lex.phrases.items()}
        self.non_events = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.non_events.add("NON_EVENT", [nlp.make_doc(p) for p in roles().non_event_phrases])

    def __call__(self, doc: Doc) -> Doc:
        blocked = set()
        for _, start, end in self.non_events(doc):
            blocked.update(range(start, end))
        found: list[Span] = []
        for _, start, end in self.phrases(doc):
            span = doc[start:end]
            sense = self._by_tokens[tuple(t.lower_ for t in span)]
            found.append(self._span(span, sense.event_type, sense.weight, sense.generic))
        for tok in doc:
            for sense in self.lex.lemmas.get(tok.lemma_.lower(), ()) or self.lex.lemmas.get(tok.lower_, ()):
                if tok.pos_ in sense.pos:
                    found.append(self._span(doc[tok.i:tok.i + 1], sense.event_type, sense.weight, sense.generic))
                    break
            completion = next((sense for words, sense in self.lex.verb_complements.get(tok.lemma_.lower(), ())
                               if tok.pos_ in sense.pos and (
                                   _people_taken(tok, words, tok.lemma_.lower() in self.lex.taken_from)
                                   if sense.event_type == "kidnapping" else _completed(tok, words))), None)
            if completion is not None:
                found.append(self._span(doc[tok.i:tok.i + 1], completion.event_type, completion.weight,
                                        completion.generic))
            elif self._struck_from_afar(tok):
                sense = self.lex.lemmas["strike"][0]
                found.append(self._span(doc[tok.i:tok.i + 1], sense.event_type, sense.weight, False))
            elif self._attackers_struck(tok):
                sense = next(s for s in self.lex.lemmas["attack"] if "VERB" in s.pos)
                found.append(self._span(doc[tok.i:tok.i + 1], sense.event_type, sense.weight, True))
        kept = [s for s in filter_spans(found) if not blocked.intersection(range(s.start, s.end))]
        doc.spans["triggers"] = kept
        return doc

    def _struck_from_afar(self, verb) -> bool:
        """"Israel struck Gaza", "India struck what it called terrorist camps", "Israeli jets pounded the town": a
        country, its people or its arms striking something (not "struck a deal", nor a passive)."""
        lex = self.lex
        subj = _active_subject(verb, lex.strike_verbs)
        if subj is None or not (subj.ent_type_ in ("GPE", "NORP") and subj.pos_ == "PROPN"
                                or subj.lemma_.lower() in lex.strikers):
            return False
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        what = any(c.dep_ == "ccomp" and any(g.lower_ == "what" for g in c.children) for c in verb.children)
        return what or bool(objects) and not any(o.lemma_.lower() in lex.not_struck for o in objects)

    def _attackers_struck(self, verb) -> bool:
        """"The attacker struck near the town of Besham", "militants struck a checkpoint": an attack told by its doers
        (not "struck a deal", nor a passive)."""
        subj = _active_subject(verb, frozenset({"strike"}))
        return subj is not None and subj.lemma_.lower() in self.lex.attackers and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.lex.not_struck for c in verb.children)

    @staticmethod
    def _span(span: Span, label: str, weight: float, generic: bool) -> Span:
        out = Span(span.doc, span.start, span.end, label=label)
        out._.weight = weight
        out._.generic = generic
        return out


def _active_subject(verb, lemmas: frozenset[str]):
    """The subject of `verb` when it is one of `lemmas` in the active voice, else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lemmas or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


_PERSONAL = {"him", "her", "himself", "herself", "themselves", "me", "myself"}


def _people_taken(verb, words: frozenset[str], from_where: bool = False) -> bool:
    """"Gunmen seized 15 pupils", "276 girls were seized": the verb's object (or passive subject) is people;
    `from_where`: a verb as plain as "take" also needs to say from where and not to where ("took 110 girls from a
    school", not "took the children to hospital")."""
    if from_where:
        preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
        if "from" not in preps or "to" in preps:
            return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in words for c in verb.children)


def _completed(verb, words: frozenset[str]) -> bool:
    """The verb takes one of the completing words, wherever its object stands: "set the bus ablaze" ("ablaze" a
    child of "set"), "set two lorries on fire" (the preposition "on" with its object "fire"). A person set on fire
    was burned, no property: that is no arson."""
    people = roles().type_cues.get("person_nouns", frozenset())
    if any(c.dep_ == "dobj" and (c.lower_ in _PERSONAL or c.lemma_.lower() in people) for c in verb.children):
        return False
    for c in verb.children:
        if c.lower_ in words:
            return True
        if c.dep_ == "prep" and any(f"{c.lower_} {g.lower_}" in words for g in c.children if g.dep_ == "pobj"):
            return True
    return False


class ActorMarker:
    """Marks named actors from the registry's aliases (given in the config by the pipeline that builds us)."""

    def __init__(self, nlp: Language, aliases: Sequence[Sequence[str]], case_sensitive: Sequence[Sequence[str]],
                 states: Sequence[str] = (), people: Sequence[str] = ()):
        ensure_extensions()
        self.states = frozenset(states)           # canonical names of state forces: labelled STATE, not ACTOR
        self.people = frozenset(people)           # ... and of people (a group's leader): labelled PERSON
        self.canonical: dict[str, str] = {}
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        for alias, canonical in aliases:
            self.canonical[alias.lower()] = canonical
        for alias, canonical in case_sensitive:
            self.canonical[alias] = canonical
        self.lower.add("ACTOR", list(nlp.tokenizer.pipe(a for a, _ in aliases)))
        if case_sensitive:
            self.exact.add("ACTOR", list(nlp.tokenizer.pipe(a for a, _ in case_sensitive)))

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        upper = doc.text.isupper()
        for matcher, key in ((self.lower, str.lower), (self.exact, str)):
            if upper and matcher is self.exact:
                continue
            for _, start, end in matcher(doc):
                if not upper and (_inside_longer_name(doc, start) or _province_of_that_name(doc, start, end)):
                    continue                      # "Saraya Ansar al-Sunna" is not "Ansar al-Sunna"
                if _stance_prefix(doc, start):
                    continue                      # "a pro-IS militant group", "anti-Taliban forces": not the group
                canonical = self.canonical.get(key(doc[start:end].text))
                start, canonical = self._split_from(doc, start, end, canonical)
                label = "STATE" if canonical in self.states else "PERSON" if canonical in self.people else "ACTOR"
                span = Span(doc, start, end, label=label)
                span._.canonical = canonical
                if span._.canonical:
                    spans.append(span)
        doc.spans["actors"] = filter_spans(spans)
        return doc

    def _split_from(self, doc: Doc, start: int, end: int, canonical: str | None) -> tuple[int, str | None]:
        """"dissidents of the former FARC": the group the registry knows as "FARC dissidents", not the FARC."""
        i = start - 1
        while i > 0 and doc[i].lower_ in ("the", "former", "ex"):
            i -= 1
        if i < 1 or doc[i].lower_ != "of":
            return start, canonical
        split = self.canonical.get(f"{doc[start:end].text} {doc[i - 1].text}".lower())
        return (i - 1, split) if split and split != canonical else (start, canonical)   # not "guerrillas of the ELN"


def _stance_prefix(doc: Doc, start: int) -> bool:
    """The alias follows "pro-" or "anti-" in one word ("pro-IS", "anti-Houthi"): a side taken, not the actor."""
    if start < 2 or doc[start - 1].text not in ("-", "\u2011") or doc[start - 1].whitespace_:
        return False
    prev = doc[start - 2]
    return prev.lower_ in ("pro", "anti") and not prev.whitespace_


def _inside_longer_name(doc: Doc, start: int) -> bool:
    """The alias ends a longer proper name: the word before it is a capitalised name word of the same phrase, read
    as a person's name or as no entity ("Saraya Ansar al-Sunna", "Haji Fateh"; not "Pakistani Taliban", "Somalia's
    al-Shabaab", nor an organisation's longer name, "French Operation Barkhane forces")."""
    if start == 0:
        return False
    prev = doc[start - 1]
    return (prev.pos_ == "PROPN" and prev.text[:1].isupper() and not prev.is_sent_start and prev.dep_ == "compound"
            and prev.ent_type_ in ("PERSON", "") and not prev.text.isupper())   # "French Operation Barkhane": ORG


def _province_of_that_name(doc: Doc, start: int, end: int) -> bool:
    """"Egypt's North Sinai province", "Razavi Khorasan province": an alias of a group named for a land ("Sinai
    Province") that ends in a lower-case "province" after a capitalised word of the place's name names the place."""
    last = doc[end - 1]
    if start == 0 or last.lower_ != "province" or not last.text.islower():
        return False
    prev = doc[start - 1]
    return prev.text[:1].isupper() and not prev.is_sent_start and prev.pos_ in ("PROPN", "ADJ") \
        and prev.ent_type_ in ("GPE", "LOC", "")


class DateMarker:
    """Marks date expressions our resolver understands (regex vocabulary), plus the model's DATE entities."""

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end, _text in find_date_expressions(doc.text):
            span = doc.char_span(start, end, label="DATE", alignment_mode="expand")
            if span is not None:
                spans.append(span)
        spans.extend(Span(doc, e.start, e.end, label="DATE") for e in doc.ents if e.label_ == "DATE" and _date_like(e))
        doc.spans["dates"] = filter_spans(spans)
        return doc


_RELATIVE_DAYS = frozenset({"today", "yesterday", "tonight", "tomorrow", "ago", "weekend", "ramadan", "eid"})


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    v = date_vocabulary()
    units = {u for unit in (*v.units, *v.short_units) for u in (unit, unit + "s")}
    return frozenset({*v.months, *v.weekdays, *v.parts_of_day, *v.seasons, *v.numbers, *units, *_RELATIVE_DAYS})


def _date_like(ent: Span) -> bool:
    """A model DATE entity with a figure or a word of time in it; "western Niger" tagged DATE is none, nor is a
    length of time that measures what follows it ("after a week of fighting", "three days of clashes"), nor an
    age."""
    if _measure(ent) or ent[-1].lower_ == "old" or ent.text.lower().endswith("-old"):
        return False                                  # "a nine-year-old boy", "50 years old": an age
    return any(t.like_num or t.lower_ in _time_words() for t in ent)


def _measure(ent: Span) -> bool:
    """A quantity of a unit of time followed by "of" ("a week of fighting", "five years of war") or after "for" or
    "over" ("for two days", "over several days"), or units with no number at all ("crushed the revolt within days",
    "for weeks"): how long, not when."""
    units = date_vocabulary().units
    if len(ent) == 1 and ent[0].lower_ in {u + "s" for u in units}:
        return True
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in ("for", "over") and ent[-1].lemma_.lower() in units and all(
            t.like_num or t.pos_ in ("DET", "NUM") or t.lower_ in ("few", "several") for t in ent[:-1]):
        return True                                   # "held its staff hostage for two days": how long
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return (after is not None and after.lower_ == "of" and ent[-1].lemma_.lower() in units
            and all(t.like_num or t.pos_ in ("DET", "NUM") or t.lower_ in ("few", "several") for t in ent[:-1]))


class CountMarker:
    """Marks casualty figures ("killed at least 43 people") and weapons from our own lexicons."""

    def __init__(self):
        ensure_extensions()

    def __call__(self, doc: Doc) -> Doc:
        counts = []
        for cas in find_casualties(doc.text):
            span = doc.char_span(cas.start, cas.end, label=cas.kind, alignment_mode="expand")
            if span is not None:
                span._.casualty = cas
                counts.append(span)
        doc.spans["counts"] = counts
        weapons = []
        for start, end, category in find_weapons(doc.text):
            span = doc.char_span(start, end, label="WEAPON", alignment_mode="expand")
            if span is not None:
                span._.weapon = category
                weapons.append(span)
        doc.spans["weapons"] = weapons
        return doc


@Language.factory("newsevents_triggers_v1")
def make_triggers(nlp: Language, name: str) -> TriggerMarker:
    return TriggerMarker(nlp)


@Language.factory("newsevents_actors_v1", default_config={"aliases": [], "case_sensitive": [], "states": [],
                                                          "people": []})
def make_actors(nlp: Language, name: str, aliases: list, case_sensitive: list, states: list,
                people: list) -> ActorMarker:
    return ActorMarker(nlp, aliases, case_sensitive, states, people)


class EntityMender:
    """Mends the model's entities where our readers depend on them: "In April Iran launched 300 drones" is tagged one
    DATE, "April Iran"; a capitalised name that closes a date and is the clause's subject is no part of the date (it
    becomes the place-or-state entity it most likely is)."""

    def __call__(self, doc: Doc) -> Doc:
        ents, changed = [], False
        for ent in doc.ents:
            last = ent[-1]
            if (ent.label_ == "DATE" and len(ent) >= 2 and last.pos_ == "PROPN" and last.dep_ == "nsubj"
                    and last.text[:1].isupper() and last.lower_ not in _time_words()):
                ents += [Span(doc, ent.start, ent.end - 1, label="DATE"), Span(doc, last.i, last.i + 1, label="GPE")]
                changed = True
            else:
                ents.append(ent)
        if changed:
            doc.ents = ents
        return doc


@Language.factory("newsevents_entities_v1")
def make_entities(nlp: Language, name: str) -> EntityMender:
    return EntityMender()


@Language.factory("newsevents_dates_v1")
def make_dates(nlp: Language, name: str) -> DateMarker:
    return DateMarker()


@Language.factory("newsevents_counts_v1")
def make_counts(nlp: Language, name: str) -> CountMarker:
    return CountMarker()


def add_components(nlp: Language, *, actor_aliases: Sequence[tuple[str, str]],
                   case_sensitive_aliases: Sequence[tuple[str, str]] = (), state_actors: Sequence[str] = (),
                   person_actors: Sequence[str] = ()) -> Language:
    """Adds every newsevents component to a loaded model, after its own components."""
    nlp.add_pipe("newsevents_entities_v1")
    nlp.add_pipe("newsevents_triggers_v1")
    nlp.add_pipe("newsevents_actors_v1", config={"aliases": [list(a) for a in actor_aliases],
                                                 "case_sensitive": [list(a) for a in case_sensitive_aliases],
                                                 "states": list(state_actors), "people": list(person_actors)})
    nlp.add_pipe("newsevents_dates_v1")
    nlp.add_pipe("newsevents_counts_v1")
    return nlp
