"""Loads the versioned vocabulary files in mentions/patterns/ once, as typed, read-only objects."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Mapping


def _load(name: str) -> dict:
    return json.loads(resources.files("newsevents.mentions.patterns").joinpath(name).read_text("utf-8"))


@dataclass(frozen=True)
class RecallWords:
    separating: frozenset[str]      # the phrase names another incident
    recalling: frozenset[str]       # ... an earlier one
    gap_units: frozenset[str]       # "three days after": nouns that state a gap
    comparing: frozenset[str]       # "the deadliest since January": the phrase's dates are never the clause's
    motives: frozenset[str]         # "in revenge for X", "in response to X": X is another incident or a cause


@lru_cache(maxsize=1)
def recall_words() -> RecallWords:
    raw = _load("mentions.json")
    return RecallWords(frozenset(raw["separating"]), frozenset(raw["recalling"]), frozenset(raw["gap_units"]),
                       frozenset(raw["comparing"]), frozenset(raw["motives"]))


@dataclass(frozen=True)
class TriggerSense:
    event_type: str
    pos: tuple[str, ...]
    weight: float
    generic: bool


@dataclass(frozen=True)
class TriggerLexicon:
    version: int
    lemmas: Mapping[str, tuple[TriggerSense, ...]]     # lemma -> senses (by part of speech)
    phrases: Mapping[str, TriggerSense]                # lower-cased phrase -> sense
    specificity: tuple[str, ...]                       # most specific event type first
    # verb lemma -> (words that complete it, sense): "set the truck on fire", "set three shops ablaze"
    verb_complements: Mapping[str, tuple[tuple[frozenset[str], TriggerSense], ...]]
    taken_from: frozenset[str] = frozenset()           # "took 110 girls from a school", not "took them to hospital"
    strike_verbs: frozenset[str] = frozenset()         # "Israel struck Gaza": a state's strike from afar ...
    strikers: frozenset[str] = frozenset()             # ... or its arms' ("jets pounded the town")
    not_struck: frozenset[str] = frozenset()           # "struck a deal"
    attackers: frozenset[str] = frozenset()            # "the attacker struck near Besham": an attack, of any kind

    def rank(self, event_type: str) -> int:
        return self.specificity.index(event_type) if event_type in self.specificity else len(self.specificity)


# irregular forms the relevance filter must see (lemma matching happens after parsing)
_IRREGULAR = {"shoot": ["shot"], "blow": ["blew", "blown"], "fight": ["fought"], "strike": ["struck"], "slay": ["slain", "slew"],
              "burn": ["burnt"], "beat": ["beaten"], "die": ["died", "dies", "dying", "die"], "gun": ["gunned", "guns"],
              "stab": ["stabbed"], "kidnap": ["kidnapped"], "dead": ["dead", "death", "deaths"], "fire": ["fired", "fires", "firing"],
              "mob": ["mobs"], "raid": ["raided", "raids"], "rocket": ["rockets"], "drone": ["drones"], "shell": ["shells", "shelled"],
              "stone": ["stoned", "stones"], "gunman": ["gunman", "gunmen"], "plan": [], "march": ["marched", "marchers"],
              "take": ["took", "taken"]}


def _verb_near(verb: str, completions: list[str], gap: int) -> str:
    """A pattern for a form of `verb` followed, within `gap` words, by one of the `completions` patterns."""
    return rf"(?:{'|'.join(_verb_forms(verb))})\W+(?:\w+\W+){{0,{gap}}}(?:{'|'.join(completions)})"


@lru_cache(maxsize=1)
def triggers() -> TriggerLexicon:
    raw = _load("triggers.json")
    lemmas: dict[str, list[TriggerSense]] = {}
    phrases: dict[str, TriggerSense] = {}
    for etype, spec in raw["types"].items():
        generic = set(spec.get("generic", []))
        for lemma, pos in spec.get("lemmas", {}).items():
            lemmas.setdefault(lemma, []).append(TriggerSense(etype, tuple(pos), spec["weight"], lemma in generic))
        for phrase in spec.get("phrases", []):
            phrases[phrase.lower()] = TriggerSense(etype, (), spec["weight"], phrase in generic)
    completed: dict[str, list[tuple[frozenset[str], TriggerSense]]] = {}   # "seized 15 pupils", "seized the town"
    for etype, verbs in raw.get("verb_complements", {}).items():
        if etype in raw["types"]:
            for verb, words in verbs.items():
                completed.setdefault(verb, []).append((frozenset(w.lower() for w in words), TriggerSense(
                    etype, ("VERB",), raw["types"][etype]["weight"], False)))
    strikers = raw.get("strikers", {})
    return TriggerLexicon(raw["version"], {k: tuple(v) for k, v in lemmas.items()}, phrases,
                          tuple(raw["specificity"]), {k: tuple(v) for k, v in completed.items()},
                          frozenset(raw.get("verb_complements", {}).get("taken_from", ())),
                          frozenset(strikers.get("verbs", ())), frozenset(strikers.get("subjects", ())),
                          frozenset(strikers.get("not_objects", ())), frozenset(strikers.get("attackers", ())))


@dataclass(frozen=True)
class Roles:
    version: int
    attempted_lemmas: frozenset[str]
    attempted_phrases: tuple[str, ...]
    threatened_lemmas: frozenset[str]
    negation: frozenset[str]
    hypothetical: frozenset[str]
    non_event_phrases: tuple[str, ...]
    media_nouns: frozenset[str]
    abstract_objects: frozenset[str]
    target_nouns: tuple[str, ...]
    facility_kinds: Mapping[str, str]
    person_targets: frozenset[str]
    high_rank: frozenset[str]
    perpetrator_nouns: Mapping[str, str]
    anaphors: frozenset[str]
    claim_cues: tuple[str, ...]
    claim_cues_after: tuple[str, ...]
    claim_messages: tuple[str, ...]
    claim_speakers: tuple[str, ...]
    claim_denials: tuple[str, ...]
    state_names: tuple[str, ...]
    threat_complements: frozenset[str]
    sports_words: frozenset[str]
    attribution_before: tuple[str, ...]
    attribution_after: tuple[str, ...]
    speech_verbs: frozenset[str]
    weapon_implied_type: Mapping[str, str]
    type_cues: Mapping[str, frozenset[str]]
    not_group_words: frozenset[str]
    not_violent_subjects: Mapping[str, frozenset[str]]


@lru_cache(maxsize=1)
def roles() -> Roles:
    r = _load("roles.json")
    by_len = lambda xs: tuple(sorted((x.lower() for x in xs), key=len, reverse=True))  # noqa: E731
    return Roles(
        version=r["version"],
        attempted_lemmas=frozenset(r["status"]["attempted"]["lemmas"]),
        attempted_phrases=by_len(r["status"]["attempted"]["phrases"]),
        threatened_lemmas=frozenset(r["status"]["threatened"]["lemmas"]),
        negation=frozenset(r["negation"]), hypothetical=frozenset(r["hypothetical"]),
        non_event_phrases=by_len(r["non_event_phrases"]),
        media_nouns=frozenset(r["media_nouns"]), abstract_objects=frozenset(r["abstract_objects"]),
        target_nouns=by_len(r["target_nouns"]), facility_kinds=dict(r["facility_kinds"]),
        person_targets=frozenset(r["person_targets"]), high_rank=frozenset(r["high_rank"]),
        perpetrator_nouns=dict(r["perpetrator_nouns"]), anaphors=frozenset(r["anaphors"]),
        claim_cues=by_len(r["claim_cues"]),
        claim_cues_after=by_len(r["claim_cues_actor_after"]),
        claim_messages=by_len(r.get("claim_messages", [])),
        claim_speakers=by_len(r["claim_speakers"]["cues"]), claim_denials=by_len(r["claim_speakers"]["denials"]),
        state_names=by_len(r["claim_speakers"]["state_names"]),
        threat_complements=frozenset(r["threat_complements"]), sports_words=frozenset(r["sports_words"]),
        attribution_before=by_len(r["attribution_cues"]["actor_before"]),
        attribution_after=by_len(r["attribution_cues"]["actor_after"]),
        speech_verbs=frozenset(r["speech_verbs"]), weapon_implied_type=dict(r["weapon_implied_type"]),
        not_violent_subjects={k: frozenset(v) for k, v in r.get("not_violent_subjects", {}).items()
                              if isinstance(v, list)},
        not_group_words=frozenset(w.lower() for w in r.get("not_group_words", [])),
        type_cues={k: frozenset(x.lower() for x in v) for k, v in r.get("type_cues", {}).items() if isinstance(v, list)},
    )


@lru_cache(maxsize=1)
def accident_words() -> re.Pattern[str]:
    """roles.json's words that name an accident ("crashed", "collision", "capsized"), as one regex."""
    return _word_regex(_load("roles.json")["non_events"]["accident_words"])


@lru_cache(maxsize=1)
def crash_vehicles() -> re.Pattern[str]:
    """roles.json's craft whose crash is an accident ("plane", "helicopter", "ferry"), as one regex."""
    return _word_regex(_load("roles.json")["non_events"]["crash_vehicles"])


def _word_regex(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


def _verb_forms(verb: str) -> list[str]:
    """Patterns for every form of a verb lemma: its stem and any word it begins ("strik\\w*"), and its irregular
    forms ("struck")."""
    return [re.escape(verb[:-1] if verb.endswith("e") else verb) + r"\w*",
            *(re.escape(f) for f in _IRREGULAR.get(verb, ()))]


@lru_cache(maxsize=1)
def candidate_regex() -> re.Pattern[str]:
    """A cheap pre-parse filter: a sentence that matches none of these cannot carry an event or a claim."""
    lex = triggers()
    words: set[str] = set()
    for lemma in lex.lemmas:
        forms = _IRREGULAR.get(lemma)
        if forms is not None:
            words.update(re.escape(f) for f in forms)
            if len(lemma) >= 4:
                words.add(re.escape(lemma) + r"\w*")
        else:
            words.add(re.escape(lemma[:-1] if lemma.endswith("e") and len(lemma) > 4 else lemma) + r"\w*")
    for phrase in lex.phrases:                       # the whole phrase: "car bomb", not every word starting "car"
        words.add(r"[\s-]+".join(re.escape(w) for w in phrase.split()))
    for verb, completions, sense in ((v, c, s) for v, options in lex.verb_complements.items() for c, s in options):
        if sense.event_type == "kidnapping":                 # "seized 15 pupils": the verb, then people
            people = sorted({re.escape(w) + r"(?:s|es|ren)?" for w in completions} | {"men", "women"})
            words.add(_verb_near(verb, people, 3))
        elif sense.event_type == "battle":                   # "seized the town", "captured the army's base"
            words.add(_verb_near(verb, sorted(re.escape(w) + r"(?:s|es)?" for w in completions), 4))
        elif sense.event_type == "arson":                    # "set the lorry ablaze": the completing word
            words.update(re.escape(c.split()[-1]) for c in completions)
        else:                                                # "struck the Kati military base": the verb
            words.update(_verb_forms(verb))
    for verb in lex.strike_verbs:                    # "Israel struck Gaza", "jets pounded the town"
        words.update(_verb_forms(verb))
    r = roles()                                      # a spokesman, a leaflet, "identified themselves as"
    for phrase in (*r.claim_cues_after, *r.claim_messages, *r.claim_speakers):
        words.add(r"[\s-]+".join(re.escape(w) for w in phrase.split()))
    words.update([r"claim\w*", r"responsib\w*", r"blam\w*", r"attribut\w*", r"behind", r"toll", r"casualt\w*",
                  r"wound\w*", r"injur\w*", r"hurt"])
    return re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b", re.IGNORECASE)
