"""Noun phrases as names: the words a phrase spans, without determiners, counts or hedges, and the word lists of
roles.json the role finders share (spaCy types stay in the events folder)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ..mentions.lexicon import _load, roles

VERBAL = {"VERB", "AUX"}
_DETERMINERS = re.compile(r"^(?:the|a|an|its|their|his|her|this|that|these|those|some|several|one|two|three|four|five|"
                          r"six|seven|eight|nine|ten|eleven|twelve|(?:a )?dozens?(?: of)?|hundreds of|[\d,]+|many|"
                          r"numerous|other|another|at least|more than|over|about|approximately|nearly|almost|around|"
                          r"of|(?:to|or)(?=\s+\d))\s+", re.I)          # "(about 25) to 30 gunmen"
_HEDGES = re.compile(r"^(?:alleged|suspected|presumed|presumably|purported|apparent|so-called|so called)\s+", re.I)


@lru_cache(maxsize=None)
def word_lists(section: str) -> dict[str, frozenset[str]]:
    """The word lists of one roles.json section ("target_words", "perpetrator_words", "claim_speakers"), read once."""
    return {k: frozenset(v) for k, v in _load("roles.json")[section].items() if isinstance(v, list)}


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


def clean_name(text: str) -> str:
    """The name without determiners, a count ("at least 30 stores", "one of the buses"), a hedge ("alleged",
    "suspected": the report's doubt, not the name) or an editor's bracketed tag before it ("[Text] unidentified men")."""
    text = text[text.rfind("]") + 1:] if "]" in text else text
    text = text.strip(" ,;:.'\"“”‘’")
    text = re.sub(r"['’]s$", "", text)
    prev = None
    while prev != text:
        prev = text
        text = _HEDGES.sub("", _DETERMINERS.sub("", text)).strip(" '\"“”‘’")
    return text


def of_object(tok: Token) -> Token | None:
    """The object of the word's "of" ("a group of men" -> men, "the windows of the bank" -> bank)."""
    return next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ == "pobj"), None)


def names_people(h: Token) -> bool:
    """The noun names a person or people: a rank, a named person, "peasants", "policemen", "her husband", "two
    Mexicans"."""
    r = roles()
    people = r.type_cues.get("person_nouns", frozenset()) | word_lists("target_words")["people_nouns"]
    lemma = h.lemma_.lower()
    return (lemma in r.person_targets or h.ent_type_ == "PERSON" or h.lower_ in people or lemma in people
            or lemma in r.high_rank or (h.ent_type_ == "NORP" and h.dep_ not in ("compound", "amod")))


def names_force(h: Token) -> bool:
    """The noun names armed men or their corps ("troops", "the police", "the armed forces"), not a post or base."""
    cues = roles().type_cues
    words = {*cues.get("person_nouns", ()), *cues.get("state_force_words", ()), *cues.get("police_words", ())}
    return h.lower_ in words or h.lemma_.lower() in words


def of_phrases(noun: Token) -> list[Token]:
    """The "of" phrases of an act's noun, also one the parse hung on a date or a place said first ("the
    assassination on 22 March of Bernardo Jaramillo", "the murder in 1976 of Orlando Letelier", "the killing in
    Guatemala of Hector Oqueli")."""
    out = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"]
    for p in (c for c in noun.children if c.dep_ == "prep" and c.lower_ != "of"):
        for when in (o for o in p.children if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME", "GPE", "LOC")):
            out.extend(c for c in when.children if c.dep_ == "prep" and c.lower_ == "of")
    return out
