"""Which trigger mentions of a sentence stand as acts (idioms, films about bombings, denials, attackers' fates and
framing plurals do not), and the non-violent developments a sentence with no violent trigger tells."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..core import EventType
from ..mentions.lexicon import _load, roles
from .nonevents import names_no_event
from .phrases import word_lists
from .roles import VERBAL, doer_word, seized_arms

_MODALS = {"would", "could", "might", "may", "should", "can"}
_COMPANY = frozenset({"alongside", "beside", "behind", "among", "amid"})


def _called_a_doer(tok: Token) -> bool:
    """A doer's noun said of someone with "be" ("X, who is another assassin", "he was a kidnapper") names what the
    person is, not an act."""
    return (tok.dep_ == "attr" and tok.head.lemma_.lower() == "be"
            and doer_word(tok))


def keep_trigger(span: Span) -> bool:
    """Drops idioms the phrase list cannot see: attacks on abstractions, films about bombings, denials."""
    r = roles()
    tok = span.root
    violent = span.label_ not in ("protest", "riot", "threat")
    if tok.pos_ in ("NOUN", "PROPN") and seized_arms(tok):
        return False                                  # "troops confiscated rifles and dynamite": arms taken
    if names_no_event(span):
        return False                                  # denied, planned, a habit, a labour strike, a descriptor
    if _captured(tok):
        return False                                  # "the four gunmen had been detained": the attackers' fate
    if _in_company(tok):
        return False                                  # "a man seen alongside two suicide bombers": people, no act
    if _called_a_doer(tok):
        return False                                  # "D'Aubuisson, who is another assassin": what he is called
    if span.label_ == "bombing" and _cargo(tok):
        return False                                  # "the vehicle was carrying explosives": a load, no blast
    if _attackers_trying(tok):
        return False                                  # "one of the bombers tried to get in but was turned away"
    if span.label_ == "kidnapping" and _vehicle_taken(tok):
        return False                                  # "hijacked a truck and drove it into a market": the means
    if span.label_ == "kidnapping" and _goods_carried(tok):
        return False                                  # "carried off weapons and vehicles": loot, no captives
    if span.label_ == "battle" and _period_of(tok):
        return False                                  # "shot dead in the sixth day of the fighting": when
    if _casualties_carried(tok):
        return False                                  # "flew the injured to Ankara": the people a blast left
    aims = ("on", "against", "for") if span.label_ == "battle" else ("on", "against")
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in aims):   # "fighting for the rights of"
        for obj in prep.children:
            if violent and obj.dep_ == "pobj" and (obj.lemma_.lower() in r.abstract_objects
                                                   or obj.lower_ in r.abstract_objects):
                return False
    cur, hops = tok, 0
    while cur.head.i != cur.i and hops < 4:
        hops += 1
        parent = cur.head
        if parent.lemma_.lower() in r.media_nouns and cur.dep_ in ("pobj", "compound", "prep", "amod"):
            return False
        if cur.dep_ == "pobj" and cur.head.lower_ in ("about",) and parent.head.lemma_.lower() in r.media_nouns:
            return False
        cur = parent
    figurative = r.not_violent_subjects.get(tok.lemma_.lower()) or r.not_violent_subjects.get(span.label_ == "bombing"
                                                                                              and tok.pos_ in VERBAL
                                                                                              and "bomb" or "")
    if figurative and tok.pos_ in VERBAL and any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") and (c.lemma_.lower() in figurative or c.lower_ in figurative)
            for c in tok.children) or (figurative and tok.dep_ in ("acl", "relcl")
                                       and tok.head.lemma_.lower() in figurative):
        return False                                  # "the crowd exploded", "the film was shot on location"
    if span.label_ == "protest" and tok.lemma_.lower() == "demonstrate" and tok.pos_ == "VERB" and any(
            c.dep_ in ("ccomp", "dobj", "nsubjpass", "auxpass") for c in tok.children):
        return False                                  # "the evidence demonstrates that ...", "as was demonstrated"
    if span.label_ == "protest" and _no_protest(tok):
        return False                                  # a state's note, "a demonstration that", a call to march
    if tok.pos_ == "NOUN" and span._.generic and any(c.dep_ == "poss" and c.lower_ in ("our", "my", "your")
                                                     for c in tok.children):
        return False                                  # "our whole attack runs through him": a team's play
    if span.label_ == "threat" and tok.pos_ == "VERB":
        # "vowed to fight it in court" is no threat of violence: the complement must name violence
        comp = [t for c in tok.children if c.dep_ in ("xcomp", "dobj", "ccomp") for t in c.subtree]
        comp += [t for t in span if t.i != tok.i]      # the phrase itself names it: "called for attacks"
        if not any(t.lemma_.lower() in r.threat_complements or t.lower_ in r.threat_complements for t in comp):
            return False
    if span.label_ == "battle" and _sent_to_fight(tok):
        return False                                  # "forces crossed into Somalia to fight the group": a purpose
    if span.label_ == "battle" and tok.lemma_.lower() == "fight" and tok.pos_ == "VERB":
        if any(c.dep_ == "dobj" and (c.pos_ == "PRON" or c.lemma_.lower() in r.abstract_objects) for c in tok.children):
            return False
        if any(c.dep_ == "prep" and any(g.lower_ in ("court", "election", "polls") for g in c.children) for c in tok.children):
            return False
    if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBG" and len(span) == 1:
        if not any(s.start <= tok.head.i < s.end for s in span.doc.spans.get("triggers", [])) and not (
                span.label_ != "battle" and _counted_object(tok)):
            return False                              # "the mission fighting al-Shabaab": a description, not an act
                                                      # ("The man who drove into a crowd ..., killing 14 people": one)
    if span.label_ == "battle" and _people_retaken(tok):
        return False                                  # "some of the escaped inmates were recaptured"
    if _ongoing_since(tok):
        return False                                  # "which has been fighting the army since April last year"
    if _a_tactic(tok):
        return False                                  # "pioneered the use of suicide bombers": a way of fighting
    if _ranked_since(tok) or _of_its_kind(tok) or _ranked_again(tok):
        return False                                  # "the most senior figure killed since 2021", "the third
                                                      # attack of its kind in four months": a ranking
    if _one_of_several(span):
        return False                                  # "in one of two related attacks, militants set off a mine"
    if _unlet(tok) and span.label_ != "threat":
        return False                                  # "our values do not allow us to execute, kidnap, or steal"
    if tok.pos_ in VERBAL:
        if any(c.dep_ == "neg" for c in tok.children) and span.label_ != "threat":
            return False
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in tok.children) and span.label_ != "threat":
            return False
    return True


_HELD_PEOPLE = frozenset({"inmate", "prisoner", "escapee", "fugitive", "detainee", "convict", "suspect"})


def _people_retaken(tok: Token) -> bool:
    """"Recaptured" or "retaken" said of people (escaped inmates): caught again, no fight for a place."""
    return tok.lemma_.lower() in ("recapture", "retake", "re-capture") and any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in _HELD_PEOPLE or any(
            g.lemma_.lower() in _HELD_PEOPLE for g in c.subtree)) for c in tok.children)


def _ongoing_since(tok: Token) -> bool:
    """A verb in the present perfect progressive with a "since" phrase ("has been fighting the army since April last
    year", "have been battling the insurgents since 2017"), or a fight said to have gone on in a place since then:
    a war that goes on, no incident."""
    auxes = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    since = lambda v: any(c.lower_ == "since" and c.dep_ in ("prep", "mark") for c in v.children)  # noqa: E731
    if tok.tag_ == "VBG" and bool(auxes & {"has", "have", "had"}) and "been" in auxes and since(tok):
        return True
    # "The city has been the scene of heavy fighting between ... since December": a fight noun under "has been"
    holder = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    verb = holder.head if holder is not None and holder.dep_ == "attr" else None
    return (tok.pos_ == "NOUN" and verb is not None and verb.lower_ == "been" and since(verb)
            and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.children))


def _ranked_since(tok: Token) -> bool:
    """A participle on a ranked noun with a "since" clause ("the most senior figure killed in Afghanistan since the
    group returned to power", "the first diplomat kidnapped since 2019"): it ranks the act told in the sentence
    against earlier ones; no act of its own."""
    noun = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    ranked = any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in ("first", "last") or any(
        g.lower_ in ("most", "least") for g in c.children)) for c in noun.children)
    return ranked and any(t.lower_ == "since" for t in tok.subtree)


def _a_tactic(tok: Token) -> bool:
    """"The Tigers pioneered the use of suicide bombers": attackers of a kind, uncounted, named as what a group uses
    ("the use of car bombs in Douma killed 40" keeps its act, told by "killed")."""
    use = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    return (use is not None and use.lemma_.lower() in ("use", "tactic", "deployment") and use.dep_ in ("dobj", "pobj")
            and tok.tag_ == "NNS" and not any(c.dep_ == "nummod" for c in tok.children))


def _of_its_kind(tok: Token) -> bool:
    """"It was the third attack of its kind in West Africa": the act told before, ranked among its kind."""
    return tok.pos_ == "NOUN" and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.lemma_.lower() in ("kind", "sort", "type") and any(
            c.lower_ in ("its", "this", "that", "their") for c in o.children) for o in p.children)
        for p in tok.children)


_RANKS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "latest"})


def _ranked_again(tok: Token) -> bool:
    """"It was the second major attack on the same train in four months", "This was the third bombing in the city
    this year": the act just told, counted among others, not another one. (A superlative, "It was the deadliest attack
    in Britain since the 2005 bombings", is left to _ranked_since: its sentence may place the act.)"""
    head = tok.head
    return tok.pos_ == "NOUN" and tok.dep_ == "attr" and head.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in head.children) and any(
        c.dep_ == "amod" and c.lower_ in _RANKS for c in tok.children)


def _counted_object(tok: Token) -> bool:
    """The verb's object is counted ("killing 14 people"): a toll, which no description of a person carries."""
    return any(c.dep_ == "dobj" and any(g.dep_ == "nummod" or g.like_num for g in c.children) for c in tok.children)


def _unlet(tok: Token) -> bool:
    """The act is the infinitive of a negated verb ("do not allow us to execute, kidnap or steal", "will not let
    them kill"), or listed after it: what is not allowed or not done."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    return (tok.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and head.pos_ in VERBAL and any(c.dep_ == "neg" for c in head.children)
            and head.lemma_.lower() not in word_lists("non_events")["undeterred_verbs"])   # "did not hesitate to fire"


def _no_protest(tok: Token) -> bool:
    """A protest word that names no gathering: a stance ("that is the common protest of the reform movements"), a
    state's complaint ("the government strongly protests the fact that", "the ministry lodged a protest"), a proof
    ("the visit is the clearest demonstration that the war has ended"), a call or a plan ("calls on the universities
    to demonstrate", "want to boycott the elections", "the people will protest", "it will call a general strike")."""
    words = word_lists("non_events")
    if tok.pos_ == "NOUN":
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in words["protest_people"]:
            return True                               # "protest organisers said": people named by what they do
        if tok.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ in ("that", "this") for c in tok.head.children):
            return True                               # "that is the common protest of the movements": a stance
        if any(c.dep_ in ("acl", "relcl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
               for c in tok.children):
            return True
        verb = _lodging_verb(tok)
        if verb is not None and any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in verb.children):
            return True                               # "it will call a general strike if ..."
        return verb is not None and verb.lemma_.lower() in words["protest_lodging_verbs"] and _state_subject(verb)
    if tok.pos_ not in VERBAL:
        return False
    if _state_subject(tok) or any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "would") for c in tok.children):
        return True                                   # "the government protests", "the people will protest"
    cur = tok
    while (cur.dep_ == "xcomp" or cur.dep_ == "conj" and cur.tag_ in ("VB", "VBP") or cur.dep_ == "advcl" and any(
            c.tag_ == "TO" for c in cur.children)) and cur.head.pos_ in VERBAL:
        cur = cur.head                                # "to mobilize, occupy embassies and demonstrate": one list
        lemma = cur.lemma_.lower()
        if lemma in words["unheld_protest_verbs"] and cur.tag_ != "VBN" and (lemma != "call" or any(
                c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(
                    g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
                for c in cur.children)):
            return True                               # "calls on the community to demonstrate", not "on Thursday"
    return False


def _lodging_verb(tok: Token) -> Token | None:
    """The verb whose object the protest noun is: "lodged a protest", "sent a note of protest"."""
    cur = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
    return cur.head if cur.dep_ == "dobj" and cur.head.pos_ in VERBAL else None


def _state_subject(verb: Token) -> bool:
    """The verb's subject is a state body: "the Nicaraguan government", "the foreign ministry" (a place name
    before the verb is often the dateline's, so a country is not read as the subject)."""
    return any(c.dep_ == "nsubj" and c.lower_ in word_lists("non_events")["state_bodies"] for c in verb.children)


def _captured(tok: Token) -> bool:
    """An attacker noun ("gunmen", "militants") that a verb of capture or justice takes as its object."""
    if tok.pos_ != "NOUN" or not doer_word(tok):
        return False
    head = tok.head
    if not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "these", "those")) for c in tok.children):
        return False                                  # "arrested two suicide bombers": a foiled attack, told first
    words = word_lists("target_words")
    sought = {head.head.lemma_.lower()} | {c.lemma_.lower() for c in head.head.children if c.dep_ == "dobj"}
    if tok.dep_ == "pobj" and head.lower_ in ("for", "of", "against") and sought & set(words["justice_nouns"]):
        return True                                   # "(demand) punishment for the assassins", "the trial of the bombers"
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in words["person_of_nouns"]:
        return True                                   # "released a video of the bomber"
    return tok.dep_ in ("dobj", "nsubjpass") and head.pos_ in VERBAL and head.lemma_.lower() in words["capture_verbs"]


_ROAD_VEHICLES = frozenset({"truck", "lorry", "van", "car", "pickup", "tractor", "trailer", "tanker", "bulldozer"})
_RAMMING = frozenset({"drive", "ram", "plow", "plough", "crash", "steer", "smash"})


def _vehicle_taken(tok: Token) -> bool:
    """"A man hijacked a truck and drove it into a Christmas market": a road vehicle seized to ram people with holds
    no one hostage; the ramming is the act (a bus, a plane or a ship taken with its passengers is a kidnapping, and so
    is a truck hijacked for its load, as the GTD codes it)."""
    return tok.pos_ in VERBAL and tok.lemma_.lower() in ("hijack", "commandeer", "steal") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _ROAD_VEHICLES for c in tok.children) and any(
        c.dep_ == "conj" and c.lemma_.lower() in _RAMMING and any(p.dep_ == "prep" and p.lower_ in ("into", "through")
                                                                   for p in c.children) for c in tok.children)


_GOODS = frozenset({"weapon", "arm", "rifle", "gun", "ammunition", "vehicle", "car", "truck", "motorcycle", "pickup",
                    "cattle", "livestock", "goat", "cow", "goods", "food", "money", "cash", "equipment", "supply",
                    "fuel", "medicine", "loot", "property", "valuable", "stock", "grain"})


def _goods_carried(tok: Token) -> bool:
    """"Its fighters seized the camp and carried off weapons and vehicles": what was carried off is things, so
    no one was taken."""
    verb = tok if tok.pos_ in VERBAL else tok.head
    if not any(c.dep_ == "prt" and c.lower_ in ("off", "away") for c in verb.children):
        return False                                  # ("hijacked a truck" is a hijacking)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    things = [o for obj in objects for o in (obj, *obj.conjuncts)]
    return bool(things) and all(t.lemma_.lower() in _GOODS for t in things)


def _cargo(tok: Token) -> bool:
    """A device named as what a clause's subject carried ("the military said the vehicle was carrying explosives and
    posed a threat"): the verb of carrying is the clause's own, with no "out" ("carried out a bombing" is an act), so
    nothing went off. A bomber "carrying explosives" who attacked is told by the attack's own words."""
    carry = tok.head
    return (tok.pos_ == "NOUN" and tok.dep_ == "dobj" and carry.pos_ in VERBAL
            and carry.lemma_.lower() in word_lists("target_words")["worn_device_verbs"]
            and carry.dep_ in ("ROOT", "ccomp", "conj") and not any(c.dep_ == "prt" for c in carry.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in carry.children))


def _attackers_trying(tok: Token) -> bool:
    """Attackers already told of ("the bombers", "one of the gunmen") as the subject of a verb of trying that reaches
    no violent word ("had tried to get into the stadium but was turned away"): what the doers tried around the act,
    not an attempt at one."""
    if tok.pos_ != "NOUN" or not doer_word(tok):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children):
        return False
    cur = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NUM", "PRON") \
        else tok                                      # "one of the bombers", "some of the gunmen"
    verb = cur.head
    if cur.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in VERBAL:
        return False
    if verb.lemma_.lower() not in word_lists("target_words")["attacker_tries"]:
        return False
    triggers = {t.i for s in tok.doc.spans.get("triggers", []) for t in s} - {tok.i}
    return not any(t.i in triggers for t in verb.subtree)


def _sent_to_fight(tok: Token) -> bool:
    """"Forces crossed into Somalia to fight the group", "troops were deployed to battle the rebels": why the forces
    went, which tells no clash."""
    return (tok.pos_ == "VERB" and tok.dep_ in ("advcl", "xcomp")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and tok.head.lemma_.lower() in word_lists("target_words")["origin_verbs"])


@lru_cache(maxsize=1)
def _gap_units() -> frozenset[str]:
    return frozenset(_load("mentions.json")["gap_units"])


def _period_of(tok: Token) -> bool:
    """A fighting noun that only measures a stretch of time ("in the sixth day of the heaviest fighting", "ended
    after weeks of street fighting") beside another act its sentence tells: the setting or length of that act (beside
    a bare toll, "five killed over three days of fighting", the fighting is the act)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    if tok.head.head.lemma_.lower() not in _gap_units():
        return False
    return any(tok.i not in range(s.start, s.end) and not s._.generic for s in tok.doc.spans.get("triggers", []))


def _in_company(tok: Token) -> bool:
    """An attacker noun that only places someone beside the attackers ("a man walking alongside two suicide
    bombers", "a woman among the gunmen"): it names people, and the act is told by words of its own."""
    return (tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in _COMPANY
            and doer_word(tok))


def _casualties_carried(tok: Token) -> bool:
    """ "the wounded were flown to Nairobi", "fly dozens of the most badly injured to Ankara": a group of the hurt
    or the dead ("the" before the word, no number of its own) that a verb of carrying or care takes."""
    words = word_lists("target_words")
    if tok.lower_ not in words["casualty_groups"] or any(c.dep_ == "nummod" for c in tok.children):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    cur = tok
    if cur.dep_ == "pobj" and cur.head.lower_ == "of":
        cur = cur.head.head                           # "dozens of the injured": the quantity is the object
    # the model often hangs "the most badly injured" on the verb as a clause of its own (advcl)
    return (cur.dep_ in ("dobj", "nsubjpass", "advcl") and cur.head.pos_ in VERBAL
            and cur.head.lemma_.lower() in words["carried_casualties"])


def _one_of_several(span: Span) -> bool:
    """ "In one of two related attacks, militants set off a landmine": the plural frames the act the sentence then
    names with a word of its own, and is no event of its own."""
    tok = span.root
    if not (span._.generic and tok.tag_ == "NNS" and tok.dep_ == "pobj" and tok.head.lower_ == "of"
            and tok.head.head.lower_ == "one"):
        return False
    return any(not s._.generic and s.label_ not in ("protest", "riot", "threat") and s.start != span.start
               for s in span.doc.spans.get("triggers", []))


@lru_cache(maxsize=1)
def _development_words() -> tuple[dict[str, tuple[str, ...]], float]:
    """triggers.json "developments": lemma -> parts of speech, and the weight such a word gives an event."""
    raw = _load("triggers.json")["developments"]
    return {k.lower(): tuple(v) for k, v in raw["lemmas"].items()}, raw["weight"]


def developments(doc: Doc) -> list[Span]:
    """Non-violent developments ("police seized a ton of cannabis", "reinforcements arrived") as `other` trigger
    spans. Read only in a sentence with no violent trigger, so they never split or retype a violent clause, and
    not triggers, so they never widen which sentences are parsed; resolve/article.py keeps them only in a brief
    that tells of nothing violent."""
    words, weight = _development_words()
    out = []
    for tok in doc:
        if tok.pos_ in (words.get(tok.lemma_.lower()) or words.get(tok.lower_) or ()):
            span = Span(doc, tok.i, tok.i + 1, label=EventType.OTHER.value)
            span._.weight, span._.generic = weight, False
            out.append(span)
    return out
