"""Violent words said of no act that happened: an accident, a hypothesis, a general statement, a figure of speech.

A death in an accident ("the crew died in the accident", "three died and one survived the crash", "the helicopter
crashed; two crew members died"); an act named in
an infinitive that the sentence judges ("it is a crime to bomb hospitals", "to shell the camps would be barbaric")
or lists after a plan noun ("a policy to make people respect the law and to fight the cartels"); a violent noun
that only restates another ("the killing ... is an attack against the nation") or whose victim is anyone of a kind
("the killing of a judge, a journalist or a mayor"); a weapon said not to be used ("the army did not use
artillery"); and figures of speech: a valley "threatened by artillery", a government "hostage to the army", death
squads "sowing terror and murder". events/nonevents.py asks these; the word lists live in roles.json "non_events".
"""
from __future__ import annotations

from spacy.tokens import Token

from ..mentions.weapons import weapon_category, weapon_word
from .phrases import VERBAL, word_lists

_CLIMB = {"conj", "pobj", "prep", "dobj", "appos", "compound", "amod", "pcomp", "xcomp"}
_INDEFINITE = {"a", "an", "any"}
_PROGRESSIVE = {"is", "are", "am", "'re"}


def _words(key: str) -> frozenset[str]:
    return word_lists("non_events")[key]


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def says_no_act(tok: Token) -> bool:
    """The trigger names no violent act that happened (see the module docstring)."""
    return (accident_death(tok) or judged_infinitive(tok) or plan_infinitive(tok)
            or restatement(tok) or anyone_of_a_kind(tok) or menacing_agent(tok) or unused_weapon(tok)
            or hostage_to(tok) or unheld_hostages(tok) or spreading(tok))


def accident_death(tok: Token) -> bool:
    """A death or injury in an accident: "its seven crew members died in the accident", "three soldiers died and
    one survived the crash". Another trigger in the sentence keeps it ("a bomb brought down the airliner and all on
    board died")."""
    if _lemma(tok) not in _words("casualty_lemmas"):
        return False
    if any(s.root.i != tok.i and _lemma(s.root) not in _words("casualty_lemmas")
           for s in tok.doc.spans.get("triggers", [])):
        return False
    verb = tok if tok.pos_ in VERBAL else tok.head
    clause = [verb] + [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    return any(_names_accident(g) for v in clause for g in _objects(v)) or any(_crashed(t) for t in tok.sent)


def _crashed(verb: Token) -> bool:
    """An aircraft, train or boat crashed, collided or overturned in the sentence ("a helicopter crashed while
    trying to land; two crew members died"); not a car in an attack, nor anything driven "into" a crowd."""
    return (verb.pos_ in VERBAL and _lemma(verb) in _words("accident_verbs")
            and any(c.dep_ == "nsubj" and c.lower_ in _words("crash_vehicles") for c in verb.children)
            and not any(c.dep_ == "prep" and c.lower_ == "into" for c in verb.children))


def _objects(verb: Token) -> list[Token]:
    """The verb's direct object and the objects of its prepositions ("survived the crash", "died in the accident")."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def _names_accident(noun: Token) -> bool:
    """ "the accident", "the crash"; not "no accident"."""
    return (noun.pos_ == "NOUN" and noun.lower_ in _words("accident_words")
            and not any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children))


def judged_infinitive(tok: Token) -> bool:
    """The act is held in an infinitive that the sentence judges, not done: "it is a crime under international law
    to bomb hospitals", "to bomb hospitals is a crime", "To shell the refugee camps would be a barbaric act" (an
    infinitive the parse makes the sentence's root). "They stormed the hall to kill the guards" is a purpose of a
    past act and stays."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in VERBAL and any(c.dep_ == "aux" and c.tag_ == "TO" for c in cur.children):
            break
        if cur.dep_ not in _CLIMB or cur.head.i == cur.i:
            return False
        cur = cur.head
    else:
        return False
    while cur.dep_ == "conj" and cur.head.pos_ in VERBAL and cur.head.i != cur.i:
        cur = cur.head                                 # "to shell the camps and to burn the crops"
    if cur.dep_ == "ROOT":
        return True
    head = cur.head
    if cur.dep_ == "csubj":
        return _lemma(head) == "be"
    if cur.dep_ == "acl" and head.dep_ == "attr":
        head = head.head                               # "it is a crime to shell": the parse may hang it on the noun
    elif cur.dep_ not in ("xcomp", "ccomp", "advcl"):
        return False
    return _lemma(head) == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children)


def plan_infinitive(tok: Token) -> bool:
    """A verb in a list of infinitives that follows a plan noun, however the parse hangs the list: "its policy to
    make people respect the law and to fight the drug cartels" (the parse may tie "to fight" to "respect")."""
    cur = tok
    for _ in range(4):
        if cur.pos_ not in VERBAL:
            return False
        to = next((c for c in cur.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
        if to is not None and to.i > 0 and to.i == cur.left_edge.i:
            before = tok.doc[to.i - 1]
            plans = _words("plan_nouns")
            if before.pos_ == "NOUN" and (before.lower_ in plans or _lemma(before) in plans):
                return True
        if cur.dep_ not in ("conj", "ccomp", "xcomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def restatement(tok: Token) -> bool:
    """A violent noun that says what another violent noun was: "the murder of the judge was an attack against the
    whole nation", "... not only one against the courts but an assault on the state". The subject names the act."""
    cur = tok
    while cur.dep_ in ("conj", "appos") and cur.head.i != cur.i:
        cur = cur.head
    if tok.pos_ != "NOUN" or cur.dep_ != "attr" or _lemma(cur.head) != "be":
        return False
    triggers = {t.i for s in tok.doc.spans.get("triggers", []) for t in s}
    return any(c.dep_ == "nsubj" and c.i in triggers and c.i != tok.i for c in cur.head.children)


def anyone_of_a_kind(tok: Token) -> bool:
    """The victim is anyone of a kind, offered as alternatives: "the killing of a judge, a journalist or a mayor is
    an attack against the whole nation". One victim ("the murder of a judge in Medellin on Friday") stays."""
    if tok.pos_ != "NOUN":
        return False
    victim = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                   if g.dep_ == "pobj"), None)
    if victim is None or not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in victim.children):
        return False
    alternatives = _conjuncts(victim) + [g for c in tok.children if c.dep_ == "appos" and any(
        d.dep_ == "det" and d.lower_ in _INDEFINITE for d in c.children) for g in _conjuncts(c)]
    return len(alternatives) > 1 and any(c.dep_ == "cc" and c.lower_ == "or"
                                         for a in alternatives for c in a.children)


def _conjuncts(tok: Token) -> list[Token]:
    """The word and every word coordinated with it ("a judge, a journalist or a mayor")."""
    return [tok] + [g for c in tok.children if c.dep_ == "conj" for g in _conjuncts(c)]


def menacing_agent(tok: Token) -> bool:
    """A weapon or force that only menaces: "farmers live in a border valley threatened by the army and its
    artillery" tells of no shot fired."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return (tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.dep_ == "agent"
            and _lemma(tok.head.head) in _words("menacing_verbs"))


def unused_weapon(tok: Token) -> bool:
    """A weapon said not to be used: "the army did not use artillery against the rebels". A denied share in
    an attack ("did not carry out the attack") or a name withheld ("have not named the bombing an act of terror")
    names an act and is kept: only weapon words count, not the act's name."""
    verb = tok.head
    return (tok.pos_ == "NOUN" and tok.dep_ == "dobj" and verb.pos_ in VERBAL
            and any(c.dep_ == "neg" for c in verb.children) and weapon_word(tok.text) is not None
            and weapon_category(tok.text.lower()) is not None)


def hostage_to(tok: Token) -> bool:
    """ "The new government remains hostage to the army high command": a dependence, not a hostage-taking."""
    return (_lemma(tok) == "hostage" and tok.dep_ in ("attr", "acomp", "oprd")
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children))


def unheld_hostages(tok: Token) -> bool:
    """ "We do not hold foreigners hostage", "they never took anyone hostage": the verb that takes or holds is
    negated, so no one was taken. ("No hostages were taken" is read by nonevents' negation of the people.)"""
    if _lemma(tok) not in ("hostage", "captive"):
        return False
    verb = tok.head
    return (tok.dep_ in ("dobj", "oprd", "ccomp", "xcomp", "advmod", "npadvmod") and verb.pos_ in VERBAL
            and _lemma(verb) in _words("holding_verbs") and any(c.dep_ == "neg" for c in verb.children))


def spreading(tok: Token) -> bool:
    """A violent noun that a doer is said in the present to spread: "the death squads are sowing terror and murder
    in the slums", "the cartels spread death". The act told is a campaign, not an attack."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ == "NOUN":
        tok = tok.head
    verb = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or _lemma(verb) not in _words("spreading_verbs"):
        return False
    return verb.tag_ in ("VBP", "VBZ") or verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in _PROGRESSIVE for c in verb.children)
