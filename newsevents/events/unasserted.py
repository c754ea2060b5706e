"""More violent words that assert no act, read from the clause around the trigger (events/nonevents.py asks them).

A condition ("will call a general strike if the air force continues to bomb the capital", "peace cannot come if
its members are murdered"); a plot whose discovery is denied ("denied that its agents had
uncovered a plot to assassinate the writer"); killers named as a kind of people ("disbanded 23 gangs of hired
assassins", "the struggle against bands of armed assailants"); and a campaign summed up with no day ("they have
killed many people"). The word lists live in roles.json "non_events".
"""
from __future__ import annotations

from spacy.tokens import Token

from .phrases import VERBAL, word_lists

_CONDITION_PATH = {"xcomp", "nsubj", "nsubjpass", "dobj", "pobj", "prep", "conj", "compound", "amod", "acl"}
_DOERS = {"nsubj", "nsubjpass"}
_PERFECT = {"has", "have", "'ve"}
_KIND_PREPS = {"to", "with", "against", "about", "for"}    # "death to kidnappers", "a law against kidnappers"
_MODALS = {"will", "would", "can", "could", "may", "might", "shall", "should", "must", "ca", "wo"}


def _words(key: str) -> frozenset[str]:
    return word_lists("non_events")[key]


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def conditional(tok: Token) -> bool:
    """The trigger is part of an "if" or "unless" clause on a modal or negated verb: what would follow from it
    is told, not that it happened ("will call a strike if the bombing of the poor districts continues"). "It is
    not clear if the plane was shooting" asks whether, and is left alone."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in VERBAL and cur.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in _words("condition_marks") for c in cur.children):
            return any(c.dep_ == "aux" and c.lower_ in _MODALS or c.dep_ == "neg" and cur.head.pos_ == "VERB"
                       for c in cur.head.children)        # "will call a strike if", "did not rule one out if"
        if cur.head.i == cur.i or cur.dep_ not in _CONDITION_PATH:
            return False
        cur = cur.head
    return False


def denied_plot(tok: Token) -> bool:
    """The act is what a plot held, and the plot's discovery is denied: "the navy denied that its services had
    uncovered a plot to assassinate the writer" (a plot uncovered and not denied is an attempt)."""
    if tok.pos_ not in VERBAL or not any(c.tag_ == "TO" for c in tok.children):
        return False
    plots = _words("plot_nouns")
    if tok.dep_ == "acl" and tok.head.lower_ in plots:
        holder = tok.head.head if tok.head.dep_ == "dobj" else None
    else:                                              # the parse may hang "to assassinate" on "uncovered"
        holder = tok.head if tok.dep_ == "advcl" and any(c.dep_ == "dobj" and c.lower_ in plots
                                                         for c in tok.head.children) else None
    return (holder is not None and holder.dep_ == "ccomp" and holder.head.pos_ in VERBAL
            and _lemma(holder.head) in _words("denial_verbs"))


def kind_of_people(tok: Token) -> bool:
    """An attacker noun that names a kind of people, not an act they did: bare after a preposition
    ("negotiate with kidnappers", a slogan "death to kidnappers") or as members of gangs ("disbanded 23 gangs of
    hired assassins", "belong to a band of hired assassins"). The doers of a verb ("kidnappers freed the driver",
    "shot by a gang of gunmen"), a known band ("the release of the group of kidnappers") and the attackers of
    someone ("the kidnappers of the manager") are left alone."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.lower_ not in _words("agent_nouns") or _doer(tok):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _words("group_nouns"):
        group = tok.head.head
        return not _doer(group) and (group.tag_ == "NNS" or any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                                 for c in group.children))
    if tok.dep_ != "pobj" or tok.head.lower_ not in _KIND_PREPS:
        return False                                   # "fire from gunmen", "including suicide bombers"
    return not any(c.dep_ in ("det", "poss", "nummod") or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _doer(noun: Token) -> bool:
    """The noun is the subject of a verb or the agent of a passive ("killed by gunmen")."""
    return noun.dep_ in _DOERS or noun.dep_ == "pobj" and noun.head.dep_ == "agent" or (
        noun.dep_ == "conj" and _doer(noun.head))


def campaign_summary(tok: Token) -> bool:
    """A doer said in the present perfect to have struck many, with no day in the sentence, sums up a campaign:
    "they have killed many people", "the gangs have murdered hundreds"; so does a killing told in a relative clause
    on a campaign ("a campaign of violence that killed more than 800 people", "an insurgency that has killed
    thousands"). What befell many ("many civilians have been wounded") is left to the report it stands in."""
    if tok.pos_ in VERBAL and tok.dep_ == "relcl" and _of_a_campaign(tok.head):
        return True
    if tok.pos_ not in VERBAL or tok.tag_ != "VBN" or tok.doc.spans.get("dates"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in tok.children):
        return False
    many = _words("many_words")
    return any(c.dep_ == "dobj" and (c.lower_ in many or any(g.dep_ in ("amod", "det") and g.lower_ in many
                                                             for g in c.children))
               for c in tok.children)


def _of_a_campaign(noun: Token) -> bool:
    """The noun is a campaign, or what a campaign is of ("a campaign of violence")."""
    campaigns = _words("campaign_nouns")
    if noun.lower_ in campaigns:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in campaigns
