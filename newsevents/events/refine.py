"""Event-type refinements the trigger words alone cannot make, read from the clause around the triggers.

The cue words live in mentions/patterns/roles.json ("type_cues")."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..core import EventType
from ..mentions.lexicon import roles
from .drafts import ActorMention
from .phrases import of_phrases
from .roles import VERBAL

_AIM_PREPS = {"on", "upon", "at", "against", "targeting", "into"}
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "all", "both"})
_TARGETABLE = {EventType.ARMED_ASSAULT, EventType.BOMBING, EventType.VIOLENCE_AGAINST_CIVILIANS}


def _cues(name: str) -> frozenset[str]:
    return roles().type_cues.get(name, frozenset())


def _has_cue(words: frozenset[str], tokens, text: str) -> bool:
    return any(t.lower_ in words or t.lemma_.lower() in words for t in tokens) or any(
        " " in w and w in text for w in words)


def _named(t: Token) -> bool:
    """The title comes with the person's name: "a police colonel, Colonel X", "Major X"."""
    return t.ent_type_ == "PERSON" or any(c.ent_type_ == "PERSON" for c in t.children
                                          if c.dep_ in ("appos", "compound", "flat", "npadvmod"))


def _minor_office(t: Token) -> bool:
    """A title that makes no prominent person (GTD: a police officer killed is an armed assault unless singled out
    as prominent): a village's office ("a village chief"), an officer's grade said of someone unnamed ("a police
    colonel was shot"), or the head of a business ("the director of a cement company")."""
    mods = {c.lemma_.lower() for c in t.children if c.dep_ in ("compound", "amod", "nmod")}
    if mods & _cues("minor_office_modifiers"):
        return True
    business = _cues("business_words")
    owners = {g.lemma_.lower() for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree}
    if (mods | owners) & business:
        return True
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
    return t.lemma_.lower() in _cues("officer_grades") and indefinite and not _named(t)


def _official(tok: Token) -> bool:
    """A named or high-ranking person: "the mayor", "Colonel X", "Mayor X", "the police chief of Y"."""
    ranks, needs_of = _cues("assassination_ranks"), _cues("rank_needs_of")

    def ranked(t: Token) -> bool:
        lemma = t.lemma_.lower()
        if lemma not in ranks or t.tag_ in ("NNS", "NNPS") or _minor_office(t):
            return False
        return lemma not in needs_of or any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)

    if ranked(tok):
        return True
    if tok.lower_ in _cues("institution_nouns"):
        return False                                  # "Ramadi General Hospital": a building's name, no person
    if tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON":
        return any(ranked(c) for c in tok.children if c.dep_ in ("compound", "appos", "amod", "nmod"))
    return False


_PLACE_ENTS = ("GPE", "LOC", "FAC")


def _displaced_subjects(verb: Token) -> list[Token]:
    """The passive subject the parser hung on the place before it ("in Makhachkala, Dagestan, Russia, a police
    captain was shot"): nouns in apposition after the last place name that precedes a passive verb with no subject;
    or on a conjunction it took for a preposition, right before the verb."""
    if verb.pos_ not in VERBAL or not any(c.dep_ == "auxpass" for c in verb.children) or any(
            c.dep_ in ("nsubjpass", "nsubj") for c in verb.children):
        return []
    before = [t for t in verb.sent if t.i < verb.i]
    aux = min(c.i for c in verb.children if c.dep_ == "auxpass")
    for t in before:      # "since Zoran Djindjic, the Serbian prime minister, was shot": "since" taken for a preposition
        if t.dep_ == "pobj" and t.head.pos_ == "SCONJ" and aux - 2 <= t.right_edge.i < aux:
            return [t, *(c for c in t.children if c.dep_ == "appos")]
    last_place = max((t.i for t in before if t.ent_type_ in _PLACE_ENTS), default=None)
    if last_place is None:
        return []
    return [t for t in before if t.i > last_place and t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN")]


def _aims(trig: Token) -> list[Token]:
    """What an attack verb or noun is aimed at: its object, the passive subject, "on/at/against X", "targeting X"."""
    out: list[Token] = []
    heads = [trig]
    if trig.dep_ in ("dobj", "nsubj", "nsubjpass") and trig.head.pos_ in VERBAL:
        heads.append(trig.head)                   # "carried out an attack on X"
    for h in heads:
        out.extend(_displaced_subjects(h))
        for c in h.children:
            if h.pos_ in VERBAL and c.dep_ in ("dobj", "nsubjpass"):
                out.append(c)
            elif h.pos_ in VERBAL and (c.dep_ == "prep" and c.lower_ == "with" or c.lemma_.lower() == "use"):
                out.extend(g for g in c.subtree if g.dep_ == "pobj" and g.head.lower_ in _AIM_PREPS
                           and g.head.head.pos_ in ("NOUN", "PROPN"))  # "opened fire using a rifle on the colonel"
            elif c.dep_ == "prep" and c.lower_ in _AIM_PREPS:
                out.extend(g for g in c.children if g.dep_ == "pobj")
            elif c.dep_ in ("acl", "advcl", "xcomp") and c.lemma_.lower() == "target":
                out.extend(g for g in c.children if g.dep_ == "dobj")
        if h.pos_ == "NOUN" and h.lemma_.lower() in _cues("killing_nouns"):     # "the murder (in Stockholm) of X"
            out.extend(g for p in of_phrases(h) for g in p.children if g.dep_ == "pobj")
        if h.dep_ == "conj" and h.head.pos_ in VERBAL:       # "shot and killed X": the object after the last verb
            out.extend(c for c in h.head.children if c.dep_ in ("dobj", "nsubjpass"))
        out.extend(c for v in (h,) for c2 in v.children if c2.dep_ == "conj" and c2.pos_ in VERBAL
                   for c in c2.children if c.dep_ == "dobj")
    more = []
    for t in out:
        if t.tag_ in ("WP", "WDT") and t.head.dep_ == "relcl":
            more.append(t.head.head)                 # "X, who was shot dead": X
        more.extend(c for c in t.children if c.dep_ == "conj")
        more.extend(c for c in t.children if c.dep_ == "appos"                  # "an official, Colonel X" (not
                    and c.lemma_.lower() not in _cues("mobile_aim_holders"))    # "X, a bodyguard of the president")
    return out + more


def _holder_of_official(aim: Token, holders: frozenset[str]) -> bool:
    """ "the mayor's car", "the convoy of the governor", "a vehicle carrying a commander"."""
    if aim.lemma_.lower() not in holders and aim.lower_ not in holders:
        return False
    owners = [c for c in aim.children if c.dep_ == "poss"]
    owners += [g for c in aim.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    owners += [g for c in aim.children if c.dep_ == "acl" and c.lemma_.lower() in ("carry", "transport")
               for g in c.children if g.dep_ == "dobj"]
    return any(_official(o) for o in owners)


def _placed_in(clause: Span) -> list[Token]:
    """Where the bomb was put: "a bomb planted in the car of X", "bombs attached to cars carrying a judge"."""
    verbs, preps = _cues("bomb_placement_verbs"), _cues("bomb_placement_preps")
    return [g for t in clause if t.pos_ in VERBAL and t.lemma_.lower() in verbs for p in t.children
            if p.dep_ == "prep" and p.lower_ in preps for g in p.children if g.dep_ == "pobj"]


def aimed_at_official(group: list[Span], clause: Span, bomb: bool = False) -> bool:
    """The attack was aimed at a high-ranking person, or at the car, convoy or home of one. A bomb counts only when
    it was aimed at the person or the car they were in (a bomb at an official's house or office is a bombing of
    property); an official's convoy or motorcade counts wherever the sentence says the bomb went off: near it, as it
    passed."""
    holders = _cues("mobile_aim_holders") if bomb else _cues("aim_holders") | _cues("mobile_aim_holders")
    for s in group:
        for aim in _aims(s.root):
            if _official(aim) or _holder_of_official(aim, holders):
                return True
    if bomb:
        aims = [g for t in clause if t.lemma_.lower() == "target" and t.pos_ in VERBAL for g in t.children
                if g.dep_ in ("dobj", "nsubjpass")] + _placed_in(clause)
        return any(_official(a) or _holder_of_official(a, holders) for a in aims) or any(
            _holder_of_official(t, _cues("convoy_words")) for t in clause)
    return False


def _members(name: str) -> set[str]:
    """The words naming who acted: "a group of criminals" are criminals, "a group of villagers" villagers."""
    words = name.lower().split()
    if "of" in words and words.index("of") > 0 and words[words.index("of") - 1] in ("group", "groups"):
        return set(words[words.index("of") + 1:])
    return set(words)


def _forces_on_a_crowd(group: list[Span], perps: list[ActorMention]) -> bool:
    """Police, soldiers or security forces fired on protesters or a crowd: force against people who bear no arms."""
    forces = {w for noun, kind in roles().perpetrator_nouns.items() if kind == "state" for w in noun.split()}
    shooters = _cues("police_words") | forces
    crowds = _cues("fired_on_crowds")
    return bool(perps) and all(set(p.text.lower().split()) & shooters for p in perps) and any(
        a.lower_ in crowds or a.lemma_.lower() in crowds for s in group for a in _aims(s.root))


def _crowd_only(clause: Span, perps: list[ActorMention]) -> bool:
    """The violence is between crowds or communities (or a crowd and police), with no organised armed group."""
    crowd, armed, mods = _cues("crowd_actors"), _cues("armed_actors"), _cues("armed_group_modifiers")
    if any(a.start < clause.end and a.end > clause.start for a in clause.doc.spans.get("actors", [])):
        return False
    if any(p.canonical for p in perps):
        return False                                  # "the group" that points back to a named armed group
    low = clause.text.lower()
    found_crowd = False
    for t in clause:
        w, lemma = t.lower_, t.lemma_.lower()
        if w in armed or lemma in armed:
            police = w in ("force", "forces") and t.i > 0 and t.doc[t.i - 1].lower_ == "police"
            if not police:
                return False
        of = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if lemma == "group" and of:                   # "a group of criminals", "a group of local people": its
            found_crowd = found_crowd or bool({x.lower_ for x in of[0].subtree} & crowd)     # members say who
            continue
        if t.pos_ in ("NOUN", "PROPN") and (w in crowd or lemma in crowd):
            if not any(c.lower_ in mods for c in t.children):
                found_crowd = True
    if any(" " in w and w in low for w in armed):
        return False
    perp_words = {w for p in perps for w in _members(p.text)}
    return found_crowd or bool(perp_words & crowd)


def _crowd_subject(group: list[Span], crowd: frozenset[str]) -> bool:
    """The attack's author is a crowd word: "residents attacked ...", "attacked by a group of sellers"."""
    for s in group:
        root = s.root
        authors = [c for c in root.children if c.dep_ in ("nsubj", "agent", "prep") and (c.dep_ == "nsubj" or c.lower_ == "by")]
        authors = [g for a in authors for g in ([a] if a.dep_ == "nsubj" else [x for x in a.children if x.dep_ == "pobj"])]
        for a in authors:
            words = {a.lower_, a.lemma_.lower()} | {g.lower_ for c in a.children if c.dep_ == "prep" and c.lower_ == "of"
                                                    for g in c.children if g.dep_ == "pobj"}
            if words & crowd:
                return True
    return False


def _people_burned(group: list[Span]) -> bool:
    """"Troops rounded up villagers and burned more than 30 of them", "burned two men": the fire was set on people,
    a killing, not an arson."""
    people = _cues("person_nouns") | {"them", "him", "her", "people"}
    for s in group:
        verb = s.root
        if verb.lemma_.lower() != "burn" or verb.pos_ != "VERB":
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            of = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"]
            words = {obj.lower_, obj.lemma_.lower(), *(g.lower_ for g in of)}
            if words & people:
                return True
    return False


def _protest_context(clause: Span) -> bool:
    """The sentence tells of a protest: a cue word or the start of one ("demonstrat-"), never the inside of another
    word ("rally" in "federally")."""
    low = clause.doc.text.lower()
    return any(re.search(r"\b" + re.escape(c), low) for c in _cues("protest_cues"))


def _launched_by_attackers(group: list[Span], clause: Span, perps: list[ActorMention]) -> bool:
    """Rockets or mortars fired by militants, by unnamed assailants or from nowhere said, at a town, a house or a
    building, and missiles that militants fire: a terror attack with explosive projectiles (a bombing), not a
    missile fired by no one said (a strike from afar, as a missile mostly is), the standoff fire of armed forces or of
    combatants at each other's positions (shelling), nor projectiles an observer counted, nor a raid with rifles and
    rockets (an armed attack), nor a cruise or ballistic missile or a chemical rocket (a strike from afar)."""
    trig = {t.lemma_.lower() for s in group for t in s} | {t.lower_ for s in group for t in s}
    launched = trig & _cues("launched_projectiles")
    if not launched or any(p.kind == "state" for p in perps) or _fired_by_a_state(group):
        return False
    if not perps and launched <= _cues("guided_projectiles") and not _told_before(group):
        return False                                  # "a missile struck the tanker": no one said to fire it
    sentence = clause.doc[:]                          # "supported by rocket-firing helicopters": the whole sentence
    if _has_cue(_cues("standoff_fire_words") | _cues("state_force_words") | _cues("gun_words")
                | _cues("standoff_arms"), sentence, sentence.text.lower()):
        return False                                  # "cruise missiles", "rockets loaded with sarin": a strike
    return not any(t.lemma_.lower() in _cues("observation_verbs") and t.pos_ in VERBAL for t in clause)


def _observed(noun: Token) -> bool:
    """"The SMM recorded 41 explosions", "heard a series of explosions near Kominternove": an observer counted the
    blasts, the verb's object; not "two explosions tore through a crowd, state media reported", whose own verb is
    the act."""
    for a in list(noun.ancestors)[:4]:
        if a.pos_ in VERBAL:
            return a.lemma_.lower() in _cues("observation_verbs")
    return False


def _fired_by_a_state(group: list[Span]) -> bool:
    """The projectile word is inside the registry's name of a state's forces ("a Russian missile attack")."""
    return any(a.label_ == "STATE" and a.start <= s.start and s.end <= a.end
               for s in group for a in s.doc.spans.get("actors", []))


def _told_before(group: list[Span]) -> bool:
    """The trigger is a definite noun ("the missile exploded", "all missiles landed"): the projectile of a launch
    told before, typed as that launch is."""
    return any(c.dep_ in ("det", "predet") and c.lower_ in _DEFINITE for s in group for c in s.root.children)


def _answers_an_attack(clause: Span) -> bool:
    """The fire is the answer of police or guards to an attack already told: "the guards returned fire", "police
    repelled the attack", "exchanged fire with the gunmen". The attack, not the answer, is the event; an army's
    answer is a battle."""
    low = clause.text.lower()
    if _has_cue(_cues("military_responders"), clause, low):
        return False
    if _has_cue(_cues("response_cues"), clause, low):
        return True
    attackers = _cues("attacker_nouns")
    definite = ("the", "these", "those")
    return any(t.lower_ in attackers and t.dep_ == "pobj" and any(c.dep_ == "det" and c.lower_ in definite
                                                                  for c in t.children) for t in clause)


def _first_at(words: frozenset[str], text: str) -> int:
    """Where the first of the cue words (or its plural: "grenades") stands in the text (its length when none does)."""
    hits = [m.start() for w in words for m in re.finditer(r"\b" + re.escape(w) + r"(?:s|es)?\b", text)]
    return min(hits, default=len(text))


def _shooting_first(group: list[Span], clause: Span) -> bool:
    """An attack no bombing word names, told with guns before explosives ("opened fire with rifles and
    grenades"), or with guns among the arms it was done with ("armed with grenades and firearms", "stormed the
    building with grenades and automatic weapons": what the attackers carried, not what went off): the shooting is
    the attack and the grenades its help; told the other way round ("lobbed grenades, then fired"), the explosives
    lead."""
    devices = _cues("device_words") | _cues("launched_projectiles")
    if any(s.label_ == EventType.BOMBING.value and s.root.lemma_.lower() not in devices for s in group):
        return False                                  # "a blast", "the bomb exploded": a bombing word
    low = clause.text.lower()
    arms = _CARRIED.search(low)
    listed = arms.group(1) or arms.group(2) if arms else ""
    if _first_at(_cues("gun_words"), listed) < len(listed):
        return True                                   # "assailants armed with grenades and firearms attacked a bar"
    return _first_at(_cues("gun_words") | _cues("shooting_words"), low) < _first_at(devices, low)


def _guns_then_rockets(clause: Span) -> bool:
    """Attackers who opened fire with guns named before their rockets ("opened fire with rifles and rocket
    launchers") raided; the rockets were among their arms, not a strike from afar."""
    low = clause.text.lower()
    guns, rockets = _first_at(_cues("gun_words"), low), _first_at(_cues("launched_projectiles"), low)
    return guns < rockets < len(low) and _first_at(_cues("shooting_words"), low) < len(low)


# "armed with ...", "stormed the building with ..." (not "attacked a hospital with grenades and machine guns": GTD
# names that by its explosives)
_CARRIED = re.compile(r"\b(?:armed|equipped)\s+with\s+([^.;]*)|\b(?:stormed|raided)\b[^.;]*?\bwith\s+([^.;]*)")


def _spent_cartridges(group: list[Span], clause: Span) -> bool:
    """ "shell casings", "shells were found at the scene": the shells are the spent cartridges of a shooting, not
    artillery; mortar or artillery shells keep their reading."""
    if not all(s.root.lemma_.lower() == "shell" for s in group):
        return False
    if _has_cue(_cues("indirect_fire_weapons") - {"shell", "shells"}, clause, clause.text.lower()):
        return False
    found, words = _cues("discovery_verbs"), _cues("cartridge_words") | _cues("gun_words")
    return all(s.root.head.lower_ in words or any(t.lower_ in words for t in s.root.subtree)
               or s.root.dep_ in ("nsubjpass", "dobj") and s.root.head.lemma_.lower() in found for s in group)


def _follow_up_fight(group: list[Span]) -> bool:
    """ "killed in the ensuing clash", "the firefight that followed", "fired on the police, resulting in a
    shootout": the fighting is the defenders' answer to an attack told before it, so the attack, not a battle,
    names the incident."""
    words = _cues("follow_up_fight")

    def follows(fight: Token) -> bool:
        if any(c.dep_ in ("amod", "relcl", "acl") and (c.lower_ in words or c.lemma_.lower() in words)
               for c in fight.children):
            return True
        prep = fight.head
        return fight.dep_ == "pobj" and prep.head.pos_ in VERBAL and prep.head.lemma_.lower() in words

    fights = [s for s in group if s.label_ == EventType.BATTLE.value]
    return bool(fights) and all(follows(s.root) for s in fights)


def _people_attacked(group: list[Span]) -> bool:
    """Fire bombs thrown at a patrol, drivers beaten up before their lorries were torched: the attackers went for
    people, not only property, and GTD ranks an armed assault above an attack on a facility."""
    people = _cues("person_nouns") | _cues("armed_victims")
    acts = [s for s in group if s.label_ == EventType.ARSON.value or not s._.generic and s.label_ in (
        EventType.ARMED_ASSAULT.value, EventType.VIOLENCE_AGAINST_CIVILIANS.value)]
    mine = {t.i for s in group for t in s}
    others = {t.i for s in group[0].doc.spans.get("triggers", []) for t in s} - mine

    def governor(a: Token) -> Token:
        return a.head.head if a.head.dep_ == "prep" else a.head

    return any((a.lower_ in people or a.lemma_.lower() in people) and governor(a).i not in others
               for s in acts for a in _aims(s.root))          # "... and kidnapped three workers": another act


def _public_punishment(clause: Span) -> bool:
    """ "Assailants publicly lashed six civilians": a punishment carried out before others on people the attackers
    seized and held for it (GTD: a hostage taking, not an assault)."""
    verbs, manner = _cues("public_punishment_verbs"), _cues("public_punishment_manner")
    return any(t.pos_ in VERBAL and t.lemma_.lower() in verbs and any(
        c.dep_ == "advmod" and c.lower_ in manner for c in t.children) for t in clause)


def _bombed_from_the_air(group: list[Span]) -> bool:
    """The verb "bomb" has an aircraft for its subject ("warplanes bombed the port")."""
    aircraft = _cues("aircraft_bombers")
    return any(t.lemma_.lower() == "bomb" and t.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in aircraft for c in t.children) for s in group for t in s)


def _fired_from_the_air(group: list[Span]) -> bool:
    """The act's verb has an aircraft for its subject ("a helicopter then fired on survivors", "a drone opened fire on
    the convoy")."""
    aircraft = _cues("aircraft_bombers") - {"fighter"}     # "Al-Shabaab fighters attacked": people
    verbs = [v for s in group for v in (s.root, s.root.head) if v.pos_ == "VERB"]
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in aircraft for v in verbs for c in v.children)


def _state_strike(group: list[Span], perps: list[ActorMention]) -> bool:
    """A state named as the doer (not its soldiers or police) struck, hit or bombed, and the trigger is the killing
    that followed ("Israel struck a village, killing three")."""
    if not perps or not all(p.kind == "state" for p in perps):
        return False
    verbs = _cues("state_strike_verbs")
    return any(t.lemma_.lower() in verbs for s in group for t in [s.root, s.root.head] if t.pos_ == "VERB")


def refine_type(etype: EventType, group: list[Span], clause: Span, perps: list[ActorMention],
                victims: list[str]) -> EventType:
    """Small-arms fire or an exchange of fire is an armed clash, mortars fired at positions are shelling; counted or
    observed explosions with no device named are shelling, while rockets militants fire at a town are a bombing;
    gunmen shooting with rifles and grenades carry out an armed assault, and spent shells found are no shelling; a
    generic killing by an armed actor, or of armed men, is an armed assault; an attack aimed at an official is an
    assassination; aircraft that bomb carry out an air strike; fighting among crowds, and burning tyres in a protest,
    are riots; a clash that ensued from an
    attack, and fire bombs thrown at people, leave an armed assault (GTD's hierarchy)."""
    low = clause.text.lower()
    trig_lemmas = {t.lemma_.lower() for s in group for t in s}
    exchange = any(" " in w and w in low or w in {t.lower_ for t in clause} for w in _cues("exchange_cues"))
    if etype is EventType.BATTLE and _follow_up_fight(group):
        return EventType.ARMED_ASSAULT                # "five attackers were killed in the ensuing clash"
    if etype in (EventType.BATTLE, EventType.ARMED_ASSAULT) and _answers_an_attack(clause):
        return EventType.ARMED_ASSAULT                # "the guards returned fire": the attack is the event
    if etype in (EventType.BOMBING, EventType.REMOTE_VIOLENCE, EventType.ARMED_ASSAULT):
        if _has_cue(_cues("exchange_weapons"), clause, low) or exchange and etype is not EventType.BOMBING:
            return EventType.BATTLE                   # "small-arms fire", "exchanged artillery fire"
        if trig_lemmas & _cues("ground_fire_lemmas") and not trig_lemmas & {"airstrike", "drone"} and any(
                t.lemma_.lower() in _cues("armed_positions") and t.dep_ == "pobj" for t in clause):
            if _has_cue(_cues("indirect_fire_weapons"), clause, low):
                return EventType.REMOTE_VIOLENCE      # "fired 82mm mortars at the positions of ..."
            return EventType.BATTLE
    if etype is EventType.BATTLE and _crowd_only(clause, perps) and _has_cue(_cues("police_words"), clause, low):
        return EventType.RIOT                         # "residents clashed with police" (two village groups: a battle)
    if etype is EventType.ARSON and _people_burned(group):
        return EventType.VIOLENCE_AGAINST_CIVILIANS   # "troops burned more than 30 of them in their vehicles"
    if etype is EventType.ARSON and (_has_cue(_cues("riot_burn_objects"), clause, low) or _protest_context(clause)
                                     or _crowd_only(clause, perps) and perps):
        return EventType.RIOT                         # "residents burned tyres", "prisoners set fire to mattresses"
    if etype is EventType.ARSON and _people_attacked(group):
        return EventType.ARMED_ASSAULT                # "threw petrol bombs at a police patrol"
    if etype is EventType.BOMBING:
        bombing = [s for s in group if s.label_ == "bombing"]
        nouns = _cues("explosion_nouns")
        if bombing and all(s.root.lemma_.lower() in nouns and s.root.tag_ == "NNS" for s in bombing) and not _has_cue(
                _cues("device_words"), clause, low):
            roots = [s.root for s in bombing]
            observed = any(_observed(r) for r in roots)
            many = any(c.dep_ == "nummod" and c.like_num and c.text.isdigit() and int(c.text) >= 3
                       for r in roots for c in r.subtree)
            if observed or many:
                etype = EventType.REMOTE_VIOLENCE
    if etype is EventType.BOMBING and _bombed_from_the_air(group):
        return EventType.REMOTE_VIOLENCE              # "Indian jets bombed a camp": an air strike
    if etype in (EventType.ARMED_ASSAULT, EventType.VIOLENCE_AGAINST_CIVILIANS) and _fired_from_the_air(group):
        return EventType.REMOTE_VIOLENCE              # "a helicopter fired on survivors": from the air
    if etype is EventType.BOMBING and not any(p.kind == "state" for p in perps) and _shooting_first(group, clause):
        return EventType.ARMED_ASSAULT
    if etype is EventType.REMOTE_VIOLENCE and _spent_cartridges(group, clause):
        return EventType.ARMED_ASSAULT
    if etype is EventType.REMOTE_VIOLENCE and exchange:
        return EventType.BATTLE                       # "projectiles in both directions", "a shelling exchange"
    if etype is EventType.REMOTE_VIOLENCE and not any(p.kind == "state" for p in perps) and _guns_then_rockets(clause):
        return EventType.ARMED_ASSAULT                # "opened fire with rifles and rocket launchers": a raid
    if etype is EventType.REMOTE_VIOLENCE:
        return EventType.BOMBING if _launched_by_attackers(group, clause, perps) else etype
    crowd = _cues("crowd_actors")
    crowd_perps = all(_members(p.text) & crowd for p in perps) if perps else _crowd_subject(group, crowd)
    if etype in (EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.ARMED_ASSAULT) and crowd_perps and _crowd_only(
            clause, perps):
        return EventType.RIOT                         # "residents attacked health workers with stones"
    if etype in (EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.ARMED_ASSAULT) and _state_strike(group, perps):
        return EventType.REMOTE_VIOLENCE              # "Israel struck a village, killing three": a strike from afar
    if etype is EventType.VIOLENCE_AGAINST_CIVILIANS and all(s._.generic for s in group):
        unarmed = _cues("unarmed_perpetrators")
        armed_perp = any(not any(w in unarmed for w in p.text.lower().split()) for p in perps)
        armed = _cues("armed_victims")
        armed_victim = any(w in armed for v in victims for w in v.lower().split())
        if armed_perp or armed_victim:
            etype = EventType.ARMED_ASSAULT
    if etype in (EventType.ARMED_ASSAULT, EventType.VIOLENCE_AGAINST_CIVILIANS) and _public_punishment(clause):
        return EventType.KIDNAPPING                   # "publicly flogged two women"
    if etype is EventType.ARMED_ASSAULT and _forces_on_a_crowd(group, perps):
        return EventType.VIOLENCE_AGAINST_CIVILIANS   # "police opened fire on protesters"
    if etype in _TARGETABLE and aimed_at_official(group, clause, bomb=etype is EventType.BOMBING):
        return EventType.ASSASSINATION                # "gunmen fired on the mayor's car"
    return etype
