"""Violent words that name no event: what a sentence denies, plans, wants, does by habit or uses as a descriptor.

Officials deny that something happened ("the minister denied that the air force is bombing civilian areas", "the
report that the envoy's daughter was wounded is unfounded", "there are no foreigners held hostage"); intelligence
services reveal plans ("a plan that would have included the kidnapping of several figures", "planning the
assassination of the president"); a speech tells what someone wants or is for ("wants to drop a bomb on the valley",
"a policy to fight the cartels", "money to murder peasants") or what a kind of people do ("terrorists who attack
students", "suspects are executed on the spot"); a union calls a strike (a protest, not a strike from the air); a
word only describes people or machines ("combat planes", "assault troops"); a tally counts many acts ("31
assassinations in 1989"). None of these tells that an attack took place.

More of the same kind: what is prevented or refrained from ("stopped the crisis from exploding"), a plan's
content told in the future ("disclosed a plan according to which the rebels will attack"), what a threat word
says someone is ("the contras remain a threat to the people"), many acts at once ("so many threats", "killed in 386
clashes"), the execution of a plan, a violent noun in scare quotes, shots fired into the air, a charge that is
denied ("denied charges that the air force bombed the villages") and what was done "at no time".

A denial of a share in an attack ("denied responsibility for the bombing", "denied that its men carried out the
attack"), an attempt ("an attempt to kill the mayor"), a threat ("threats to kill") and an act done to a purpose in
the past ("used a car bomb to kill") still name an act and are kept. The word lists live in roles.json "non_events".
Conditions, denied plots, gangs named as kinds of people and campaigns summed up are read in events/unasserted.py;
accidents, judged infinitives, restatements, unused weapons and figures of speech in events/figures.py.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..mentions.lexicon import _load, roles
from .figures import accident_death, says_no_act
from .phrases import VERBAL, word_lists
from .unasserted import campaign_summary, conditional, denied_plot, kind_of_people

_PLAN_PATH = {"xcomp", "dobj", "pobj", "prep", "pcomp", "acl", "relcl", "compound", "amod", "advcl", "attr"}
_CLAUSE_DEPS = {"acl", "ccomp", "relcl"}
_PRESENT = {"VBP", "VBZ"}                              # simple present: "who attack students", "that kidnaps"
_UNREAL_MODALS = {"would", "could", "might"}
_FUTURE = {"will", "shall", "would"}
_FUTURE_PATH = {"conj", "ccomp", "pcomp", "prep"}
_DURATION_PREPS = {"for", "during", "over", "throughout"}   # "has fought the army during the past 16 years"
_QUOTES = {'"', "'", "“", "”", "‘", "’", "``", "''"}
_WAGING = frozenset({"fight", "battle", "combat"})   # a war waged since a date is a campaign, not one clash
_PREVENT_PATH = {"pobj", "prep", "pcomp", "dobj", "compound", "amod", "xcomp", "conj"}
TALLY = 10                                             # acts counted in one phrase that make a statistic


def names_no_event(span: Span) -> bool:
    """The trigger tells of no violent event that took place (see the module docstring). A labour strike is
    relabelled a protest here, as event coders count it; protests and riots are left to the trigger rules."""
    tok = span.root
    if _labour_strike(span):
        span.label_ = "protest"
        return False
    if held_at_gunpoint(tok) and span.label_ == "threat":
        span.label_ = "armed_assault"                 # "threatening staff with guns": an armed act, not a threat
        return False
    if span.label_ in ("protest", "riot", "other"):
        return False                                   # "held a demonstration to protest": the aim is the act
    return (_denied(tok) or _negated(tok) or _planned(tok) or _prevented(tok) or _unreal_object(tok) or _aim(tok)
            or _habit(tok) or _descriptor(tok) or _tally(tok) or _over_years(tok) or _shot_down(tok) or _blockade(tok) or _characterization(tok) or _plan_carried_out(tok)
            or _scare_quoted(tok) or _into_the_air(tok) or conditional(tok) or denied_plot(tok)
            or kind_of_people(tok) or campaign_summary(tok) or _natural_death(tok) or says_no_act(tok)
            or _kind_example(tok) or _charge(tok))


@lru_cache(maxsize=1)
def _development_weight() -> float:
    return _load("triggers.json")["developments"]["weight"]


def as_developments(doc: Doc) -> list[Span]:
    """The sentence's triggers that name no event, as `other` spans: in a coder's note that tells of nothing else
    ("they are planning a major attack on the town") the plan is the note's development; resolve/article.py drops
    such spans in a long or upper-case article, as it drops every development there. An accident is no development
    of a conflict and makes none."""
    out = []
    for s in doc.spans.get("triggers", []):
        if s.label_ not in ("protest", "riot", "other") and names_no_event(s) and not accident_death(s.root):
            span = Span(doc, s.start, s.end, label="other")
            span._.weight, span._.generic = _development_weight(), False
            out.append(span)
    return out[:1]


def _words(key: str) -> frozenset[str]:
    return word_lists("non_events")[key]


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _denied(tok: Token) -> bool:
    """The trigger's clause is what someone denies or calls untrue: "denied that the army is bombing", "denied
    that the shooting occurred", "denied reports that a unit was attacked", "the report that ... is unfounded"."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head                                 # "wounded by gunfire shots": the phrase's head word
    clause = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _words("report_nouns"):
        report = tok.head.head                         # "correcting earlier reports of a second blast"
        return report.dep_ == "dobj" and _lemma(report.head) in _words("denial_verbs")
    reported = tok.dep_ in _CLAUSE_DEPS and tok.head.lower_ in _words("report_nouns")
    if tok.pos_ not in VERBAL and not reported:       # a report's clause the parse heads with a noun stays a clause
        if tok.dep_ in ("nsubj", "nsubjpass") and _lemma(tok.head) in _words("occurrence_verbs"):
            clause = tok.head                          # "the shooting occurred", "the attack took place"
        elif tok.dep_ == "pobj" and tok.head.dep_ in ("agent", "prep") and tok.head.head.pos_ in VERBAL:
            clause = tok.head.head                     # "was wounded by gunfire"
        else:
            return False                               # "denied that its men carried out the attack" names it
    head = clause.head
    if clause.dep_ == "ccomp" and head.pos_ in VERBAL and _lemma(head) in _words("denial_verbs"):
        return True
    if clause.dep_ in _CLAUSE_DEPS and head.lower_ in _words("report_nouns"):
        holder = head.head
        if head.dep_ == "dobj" and _lemma(holder) in _words("denial_verbs"):
            return True
        if head.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ in ("acomp", "attr") and (c.lower_ in _words("untrue_words") or any(
                    g.lower_ in _words("untrue_words") for g in c.children if g.dep_ == "amod"))
                for c in holder.children):
            return True
    return False


def _kind_example(tok: Token) -> bool:
    """A bare act noun given as an example of a kind: "we have to abandon practices like kidnapping", "methods such
    as car bombs" (no article, number or owner: "crimes such as the bombing of the embassy" names one)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False
    prep = tok.head
    kind = prep.head.head if prep.head.lower_ == "such" else prep.head
    kinds = _words("kind_nouns")
    return prep.lower_ in ("like", "as") and (_lemma(kind) in kinds or kind.lower_ in kinds)


_CHARGING = frozenset({"suspicion", "charge", "accuse", "convict", "guilty", "suspect", "acquit", "indict", "count",
                       "conviction"})


def _charge(tok: Token) -> bool:
    """"arrested on suspicion of murder", "charged with murder", "faces murder charges": a bare act noun named as
    what someone is charged with is the charge, no act told ("guilty of the murder of two officers" still tells one;
    "threw three dynamite charges" are explosive ones)."""
    if tok.pos_ != "NOUN" or any(c.dep_ in ("det", "poss", "nummod") or c.dep_ == "prep" for c in tok.children) or any(
            s.start <= tok.i < s.end for s in tok.doc.spans.get("weapons", [])):
        return False
    while tok.dep_ == "conj":
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("of", "with"):
        return _lemma(head.head) in _CHARGING or head.head.lower_ in _CHARGING
    return tok.dep_ == "compound" and _lemma(head) in _CHARGING


def _natural_death(tok: Token) -> bool:
    """A death of illness or age ("died of cancer", "died from a heart attack"): no violence. "died of his wounds"
    stays, and so does a bare "where Abdur Rahim died" (a victim of the attack told before)."""
    if tok.lemma_.lower() != "die" or tok.pos_ not in VERBAL:
        return False
    illness = _words("illness_words")
    causes = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
              for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in illness or t.lower_ in illness for g in causes for t in g.subtree)


def _negated(tok: Token) -> bool:
    """The trigger is said of no one, done without or at no time: "there are no foreigners being held hostage", "no
    fighting was reported", "invaded without a shot being fired", "at no time did we bomb the town"; or of any act
    at all ("ready to repel any attack the rebels might launch")."""
    if tok.pos_ not in VERBAL:
        return any(c.dep_ == "det" and (_no(c) or c.lower_ in _words("any_words")) for c in tok.children)
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return True                                    # a noun after "without" may be a counterfactual act
    if any(c.dep_ == "prep" and any(g.dep_ == "pobj" and _lemma(g) in _words("occasion_nouns") and any(
            d.dep_ == "det" and _no(d) for d in g.children) for g in c.children) for c in tok.children):
        return True                                    # "at no time did we bomb populated areas"
    held = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")] + ([tok.head] if tok.dep_ == "acl" else [])
    return any(_no(h) or any(c.dep_ == "det" and _no(c) for c in h.children) for h in held)


def _no(word: Token) -> bool:
    """ "no", "none", "nobody", not the abbreviation of a number ("Ward No. 5")."""
    after = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return word.lower_ in _words("no_words") and not (after is not None and (after.text == "." or after.like_num))


def _planned(tok: Token) -> bool:
    """The trigger is what a plan or a wish holds: "planning the assassination of",
    "a plan according to which the rebels will attempt to attack", "wants to drop a bomb". A past plan of an attack
    that happened ("the man who planned the bombing") is kept: only a plan noun, or the verb while planning is under
    way, counts. A foiled plot ("uncovered a plot to bomb the market") is an attempt: the status reads it."""
    cur, hops, future = tok, 0, False
    if tok.dep_ == "nsubj" and tok.head.pos_ in VERBAL and (
            tok.lower_ in roles().perpetrator_nouns or _lemma(tok) in roles().perpetrator_nouns):
        cur = tok.head                                 # "cartel gunmen will try to attack": the doer's verb tells
    while cur.head.i != cur.i and hops < 6:
        future = future or _future(cur)
        if not (cur.dep_ in _PLAN_PATH or future and cur.dep_ in _FUTURE_PATH):
            break
        hops += 1
        cur = cur.head
        if cur.pos_ == "NOUN" and _plan_noun(cur):
            return True
        if future and cur.pos_ in VERBAL and any(c.dep_ == "dobj" and _plan_noun(c) for c in cur.children):
            return True                                # "disclosed a plan according to which they will attack"
        if cur.pos_ in VERBAL and (_lemma(cur) in _words("wish_verbs")
                                   or _lemma(cur) in _words("plan_verbs") and cur.tag_ in ("VBG", "VB")):
            return True
    return False


def _plan_noun(tok: Token) -> bool:
    return tok.lower_ in _words("plan_nouns") or _lemma(tok) in _words("plan_nouns")


def _future(verb: Token) -> bool:
    """A verb said in the future: what a disclosed plan holds when the parse hangs it on the verb that disclosed the
    plan ("disclosed a plan according to which the rebels will attempt to attack")."""
    return verb.pos_ in VERBAL and any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children)


def _prevented(tok: Token) -> bool:
    """The trigger is what someone stops or keeps from happening: "the new government stopped the crisis from
    exploding", "police prevented the group from marking its anniversary with attacks", "refrained from
    attacking"."""
    cur = tok
    for _ in range(5):
        if cur.head.i == cur.i or cur.dep_ not in _PREVENT_PATH:
            return False
        if cur.dep_ == "pcomp" and cur.head.lower_ == "from" and _lemma(cur.head.head) in _words("prevention_verbs"):
            return True
        cur = cur.head
    return False


TO_COME = frozenset({"further", "more", "new", "fresh", "future", "renewed", "bigger", "deadlier", "worse"})


def warned_to_come(verb: Token, obj: Token) -> bool:
    """"The group warned that Kenyans would face further attacks": acts to come, in what a threat or warning says
    will happen (a threat, read by the status, not a thing that would have been)."""
    return (verb.pos_ in ("VERB", "AUX") and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ("warn", "threaten")
            and obj.dep_ == "dobj" and obj.head.i == verb.i
            and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in verb.children)
            and any(c.dep_ == "amod" and c.lower_ in TO_COME for c in obj.children))


def _unreal_object(tok: Token) -> bool:
    """A noun trigger that is the object of a verb said with would, could or might: "an operation that would have
    included the kidnapping of several figures" tells of no kidnapping; nor does what something could have been
    ("preventing what could have been a massacre"), a further attack that may be imminent, or one warned of as
    possible ("warnings of a possible attack"). What was seen is kept: "the blast may have been a bomb" keeps the
    blast."""
    if tok.pos_ != "NOUN":
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head                                 # "... included the kidnapping of X and the assassination of Y"
    if tok.dep_ not in ("nsubj", "nsubjpass") and any(c.dep_ == "amod" and c.lower_ in _words("imminence_words")
                                                       for c in tok.children):
        return True                                    # "received warnings of a possible attack"
    modals = {c.lower_ for c in tok.head.children if c.dep_ == "aux"}
    if tok.dep_ in ("attr", "nsubj") and _lemma(tok.head) == "be":
        return bool(modals & (_UNREAL_MODALS | {"may"})) and (tok.dep_ == "attr" or any(
            c.dep_ == "acomp" and c.lower_ in _words("imminence_words") for c in tok.head.children))
    return tok.dep_ == "dobj" and bool(modals & _UNREAL_MODALS) and not warned_to_come(tok.head, tok)


def _aim(tok: Token) -> bool:
    """An infinitive that says what something is for, not what was done: "a policy to fight the cartels", "money
    to murder peasants", "willing to fight to the end", "who take arms to attack the police". An attempt or a threat
    ("tried to kill", "an attempt to kill", "threatened to attack") is read by the status, and a purpose of a past
    act ("stormed the hall to kill") stays. A gerund after an infinitive ("weapons to continue killing people") is
    read through that infinitive."""
    if tok.tag_ == "VBG" and tok.dep_ == "xcomp" and tok.head.pos_ in VERBAL and any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in tok.head.children):
        return _aim(tok.head)                          # "weapons to continue killing people": the aim's own verb
    first = tok
    while first.tag_ == "VB" and first.dep_ == "conj" and first.head.pos_ in VERBAL:
        first = first.head                             # "to attack, kill and destroy": one "to" for the list
    if tok.pos_ not in VERBAL or not any(c.dep_ == "aux" and c.tag_ == "TO" for v in (tok, first) for c in v.children):
        return False
    if any(c.dep_ == "auxpass" for c in tok.children):
        return False                                   # "the first minister to be assassinated": it happened
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    head = cur.head
    if head.i == cur.i:
        return False
    r = roles()
    if _lemma(head) in r.attempted_lemmas or _lemma(head) in r.threatened_lemmas or _lemma(head) in _words(
            "carried_aims"):
        return False                                   # "gave the order to kill the priests" tells of the killing
    if head.pos_ in ("NOUN", "PROPN", "ADJ"):
        return cur.dep_ in ("acl", "xcomp", "advcl")
    if head.pos_ not in VERBAL or cur.dep_ not in ("advcl", "xcomp", "acl"):
        return False
    if any(c.dep_ == "dobj" and _lemma(c) in _words("plan_nouns") for c in head.children):
        return True                                    # "approved a policy to fight", "drew up a plan to kill"
    return _undone(head)


def _undone(verb: Token) -> bool:
    """A verb in the present (simple or progressive) or after a modal, directly or through the verb it completes:
    "who take arms", "are buying weapons", "must stop giving money"."""
    for _ in range(3):
        if _lemma(verb) in _words("carried_aims"):
            return False                               # "continue to resort to threats to kidnap youths": it goes on
        if verb.tag_ in _PRESENT or verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            return True
        if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am") for c in verb.children):
            return True                                # "are assuming the role of buyers of weapons to kill"
        if verb.tag_ == "VB" and verb.dep_ in ("advcl", "acl", "relcl") and any(c.tag_ == "TO" for c in verb.children):
            return True                                # "time to rearm themselves to attack": an aim's aim
        if verb.dep_ != "xcomp" or verb.head.pos_ not in VERBAL:
            return False
        verb = verb.head
    return False


_CALLED_STOPPAGE = frozenset({"call", "declare", "observe", "enforce"})


def held_at_gunpoint(tok: Token) -> bool:
    """"gunmen burst into the studio, threatening staff with guns and explosives": people menaced there and then
    with weapons in hand, which is an armed act, not a warning of one to come."""
    if _lemma(tok) != "threaten" or tok.pos_ not in VERBAL or not any(c.dep_ == "dobj" for c in tok.children):
        return False
    arms = _words("menacing_arms")
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]      # "with guns" on the verb or on "staff"
    held = [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children if p.dep_ == "pobj" for o in [p, *(g for g in p.children if g.dep_ == "conj")]]
    return any(_lemma(o) in arms or o.lower_ in arms for o in held)


def _labour_strike(span: Span) -> bool:
    """ "strike" as a stoppage of work: a general, indefinite or hunger strike, or one a union calls (no air,
    drone or missile word before it)."""
    tok = span.root
    if span.label_ != "remote_violence" or _lemma(tok) != "strike" or tok.pos_ != "NOUN":
        return False
    if any(c.lower_ in _words("strike_modifiers") for c in tok.children if c.dep_ in ("compound", "amod", "nmod")):
        return False
    # "the party had called a 72-hour strike" (not "called the strike an act of aggression": a name for it)
    if tok.dep_ == "dobj" and _lemma(tok.head) in _CALLED_STOPPAGE and not any(
            c.dep_ in ("oprd", "attr", "xcomp") for c in tok.head.children):
        return True
    return any(t.lower_ in _words("labour_words") for t in span.doc if t.i != tok.i)


def _habit(tok: Token) -> bool:
    """The present tense tells what a kind of people do, not what happened: "the terrorists who attack students,
    engage in kidnapping and place bombs", "a country that is killing its neighbours", "suspects are executed on
    the spot"."""
    verb = tok
    if tok.pos_ not in VERBAL:
        if tok.dep_ == "dobj" and tok.head.pos_ in VERBAL:
            verb = tok.head
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in VERBAL:
            verb = tok.head.head
        else:
            return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN" and [a.lower_ for a in aux] == ["are"] and any(
            c.dep_ == "nsubjpass" and c.tag_ == "NNS" and not any(g.dep_ in ("det", "nummod", "poss") for g in c.children)
            for c in verb.children):
        return True                                    # "civilians are executed": a bare plural in the present
    if any(c.dep_ == "advmod" and c.lower_ in _words("frequency_adverbs") for c in verb.children):
        return True                                    # "it regularly attacks army bases", "has repeatedly struck"
    if verb.tag_ == "VBN" and any(a.lower_ in ("has", "have") for a in aux) and any(
            c.dep_ == "prep" and c.lower_ in _DURATION_PREPS and any(g.lemma_.lower() in _words("duration_units")
                                                          for g in c.subtree) for c in verb.children):
        return True                                    # "has fought the army for more than a decade": a campaign
    if verb.tag_ == "VBN" and verb.lemma_.lower() in _WAGING and any(a.lower_ in ("has", "have") for a in aux) and any(
            c.dep_ == "prep" and c.lower_ == "since" and any(g.ent_type_ == "DATE" for g in c.subtree)
            for c in verb.children):
        return True                                    # "troops have fought the group together since 2021"
    if verb.tag_ == "VBN" and any(a.lower_ in ("has", "have") for a in aux) and any(
            c.lower_ == "since" and any(g.lower_ == "then" for g in c.children) for c in verb.children):
        return True                                    # "since then, the rebels have fired on dozens of ships"
    if verb.tag_ == "VBN" and any(a.lower_ in ("has", "have") for a in aux) and any(
            c.dep_ == "advmod" and c.lower_ in ("before", "previously") and not list(c.children)
            for c in verb.children):
        return True                                    # "militants have attacked the minorities before": a record
    chain = verb
    while chain.dep_ == "conj" and chain.head.pos_ in VERBAL:
        chain = chain.head                             # "who attack students, engage in kidnapping"
    if chain.dep_ != "relcl":
        return False
    if verb.tag_ == "VBG":                             # "that is killing Panamanians"
        return any(a.lower_ in ("is", "are") for a in aux)
    return verb.tag_ in _PRESENT and chain.tag_ in _PRESENT


def _tally(tok: Token) -> bool:
    """A count of many acts is a statistic, not one event: "there were 2,978 political assassinations in 1988",
    "so many threats made by the rebels", "hundreds of murders", and what befell people in them: "145 rebels were
    killed in 386 clashes in January"."""
    if tok.pos_ in VERBAL:
        return any(c.dep_ == "prep" and any(g.dep_ == "pobj" and _many_acts(g) for g in c.children)
                   for c in tok.children)
    return _many_acts(tok)


def _blockade(tok: Token) -> bool:
    """"Ordered a complete siege of the territory": a blockade someone imposes, not an assault."""
    return _lemma(tok) == "siege" and tok.dep_ == "dobj" and _lemma(tok.head) in _words("blockade_verbs")


def _shot_down(tok: Token) -> bool:
    """"Most of those weapons were shot down": shooting down missiles or rockets intercepts an attack."""
    if _lemma(tok) != "shoot" or not any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
        return False
    shot = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    shot += [g for c in shot for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
             if g.dep_ == "pobj"]                      # "most of those weapons"
    return any(_lemma(c) in _words("shot_down_projectiles") for c in shot)


def _over_years(tok: Token) -> bool:
    """Acts spread over a stretch of time are a campaign, not one event: "after decades of bombings and raids",
    "years of kidnappings"."""
    while tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
        tok = tok.head
    return (tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.dep_ == "pobj" and tok.head.lower_ == "of"
            and tok.head.head.lemma_.lower() in _words("duration_units"))


def _many_acts(tok: Token) -> bool:
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or _lemma(tok) not in _words("tally_acts"):
        return False                                   # "a total of 95 explosions" observed near a front is one event
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _words("many_words"):
        return True                                    # "hundreds of murders"
    for c in tok.children:
        digits = c.text.replace(",", "")
        if c.dep_ == "nummod" and digits.isdigit() and int(digits) >= TALLY:
            return True
        if c.dep_ in ("amod", "det") and c.lower_ in _words("many_words"):
            return True                                # "so many threats", "countless kidnappings"
    return False


def _descriptor(tok: Token) -> bool:
    """The trigger only describes people or machines: "combat planes", "assault troops", "attack helicopters",
    "combat and reconnaissance aircraft", and a participle only armed bodies: "the murdering battalions" ("burning
    vehicles" may be the act of burning them)."""
    if tok.dep_ not in ("compound", "amod", "nmod") or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.tag_ == "VBG":
        return tok.head.lower_ in _words("described_forces")
    return tok.pos_ == "NOUN" and tok.head.lower_ in _words("described_nouns")


def _scare_quoted(tok: Token) -> bool:
    """A violent noun alone in quotation marks, naming no one it befell, is a figure of speech: "this 'battle'
    concerns the whole world" (the "murder" of 19 people is the speaker's word for a killing)."""
    doc = tok.doc
    return (tok.pos_ == "NOUN" and 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text in _QUOTES
            and doc[tok.i + 1].text in _QUOTES
            and not any(c.dep_ in ("prep", "nummod", "poss") for c in tok.children))


def _into_the_air(tok: Token) -> bool:
    """Shots fired into the air hit no one: "the guerrillas fired their rifles into the air as they handed them
    over", "police fired shots in the air"."""
    shots = [tok] + ([tok.head] if tok.dep_ == "dobj" else []) + [c for c in tok.children if c.dep_ == "acl"]
    return any(c.dep_ == "prep" and c.lower_ in ("into", "in") and any(
        g.dep_ == "pobj" and _lemma(g) in _words("air_words") for g in c.children)
        for v in shots for c in v.children)


def _characterization(tok: Token) -> bool:
    """A threat word that says what someone is, not what they did: "the contras are a threat to the people", "the
    cartels pose a threat to democracy", "one of the most serious threats to the region"."""
    if tok.pos_ != "NOUN" or _lemma(tok) not in _words("characterizing_nouns"):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one":
        tok = tok.head.head
    return tok.dep_ == "attr" or tok.dep_ == "dobj" and _lemma(tok.head) in _words("characterizing_verbs")


def _plan_carried_out(tok: Token) -> bool:
    """ "Execution" of a plan or an order is its carrying out, not a killing: "the execution of the plan will
    coincide with the president's trip", "executed the orders of the command"."""
    if _lemma(tok) not in _words("carrying_out_words"):
        return False
    if tok.pos_ in VERBAL:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    else:                                              # the first common noun after "of": the parse may hang the
        after = tok.doc[tok.i + 1:tok.i + 16]          # phrase elsewhere ("the execution of the FMLN plan")
        obj = None
        if len(after) and after[0].lower_ == "of":
            obj = next((t for t in after[1:] if t.pos_ == "NOUN" and t.dep_ not in ("compound", "amod", "nmod")), None)
    things = _words("carried_out_things")
    return obj is not None and (obj.lower_ in things or _lemma(obj) in things)
