"""Which date expressions of a sentence date its act: not a reaction's day ("Kenyans on Friday mourned ..."), a
rite's ("Funerals were held on Sunday"), a state after the act ("was recovering on Friday after a gunman opened
fire"), a noun's own doing in a relative clause ("the offensive, which began in June"), nor a year that only says
which thing a person is "of" ("a signatory of the 2016 peace accord")."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..mentions.lexicon import roles
from .background import mark_of
from .grouping import is_ancestor
from .phrases import names_people
from .roles import VERBAL

_REACTIONS = {"mourn", "observe", "condemn", "bury", "visit", "commemorate", "mark", "remember", "gather", "protest", "react",
              "vow", "pledge", "promise", "arrest", "charge", "sentence", "convict", "try", "indict", "open", "release",
              "rule"}


def dates_event(date_span: Span, trigger: Token) -> bool:
    """A date elsewhere in the sentence dates the event when it hangs on a verb above the trigger that is not a
    reaction to it ("Kenyans on Friday mourned the 147 people killed ..." dates the mourning)."""
    gov = date_verb(date_span)
    if gov is None or when_it_came(date_span, trigger):
        return True
    if gap_to_another(date_span, trigger):
        return False                                   # "The attack came a day after militants struck ..."
    if gov.lemma_.lower() in _REACTIONS or gov.lemma_.lower() in roles().speech_verbs or later_day(date_span, trigger):
        return False
    if rite_day(date_span) or said_of_a_noun(date_span, trigger):
        return False
    told_of_an_act = gov.dep_ == "relcl" and any(    # "the bombings that tore through ... on Easter Sunday"
        s.start <= gov.head.i < s.end for s in date_span.doc.spans.get("triggers", []))
    return gov.i == trigger.i or is_ancestor(gov, trigger) or is_ancestor(trigger, gov) or told_of_an_act


def when_it_came(date_span: Span, trigger: Token) -> bool:
    """"Such raids began to spread in December 2020, when gunmen took 344 boys from a school": a "when" clause right
    after the date tells what happened then, wherever the parser hangs it."""
    clause = _when_clause_after(date_span)
    return clause is not None and (clause.i == trigger.i or is_ancestor(clause, trigger))


def dates_another_when(date_span: Span, trigger: Token) -> bool:
    """"The assault was one of the deadliest since August last year, when gunmen killed hundreds": a "since" date is
    the "when" clause's act's, not the act of a trigger outside that clause ("died last night when he was hit by 12
    bullets" is one act's day)."""
    doc = date_span.doc
    clause = _when_clause_after(date_span) if _since_at(date_span) is not None else None
    return clause is not None and clause.i != trigger.i and not is_ancestor(clause, trigger) and any(
        s.start <= t.i < s.end for t in clause.subtree for s in doc.spans.get("triggers", []))


def _since_at(date_span: Span) -> int | None:
    """Where the "since" of a "since" date stands: right before the date or as its first word."""
    doc = date_span.doc
    if date_span.start > 0 and doc[date_span.start - 1].lower_ == "since":
        return date_span.start - 1
    return date_span.start if doc[date_span.start].lower_ == "since" else None


def _when_clause_after(date_span: Span) -> Token | None:
    doc = date_span.doc
    at = date_span.end + (date_span.end < len(doc) and doc[date_span.end].text == ",")
    if at >= len(doc) or doc[at].lower_ != "when":
        return None
    clause = doc[at].head
    return clause if clause.pos_ in VERBAL else None


_JUDGING = frozenset({"rule", "convict", "sentence", "indict", "acquit", "charge"})


def judged_day(date_span: Span, trigger: Token) -> bool:
    """"In April a court ruled that the attack was a crime against humanity": the day of a court's act on the act
    told inside it, not the act's."""
    gov = date_verb(date_span)
    return (gov is not None and gov.i != trigger.i and gov.lemma_.lower() in _JUDGING and is_ancestor(gov, trigger)
            and date_span.end <= trigger.i)    # (not "charged a man over the bombings ... on Tuesday, which killed")


def claimed_day(date_span: Span, trigger: Token) -> bool:
    """"A little-known group claimed responsibility for the rocket fire on Tuesday": with the act told before ("the
    rocket fire"), a date on the verb of claiming is the claim's day, not the act's ("It claimed the attack on the
    magazine in January 2015" dates the attack: the parser hangs such dates on the verb as often)."""
    gov = date_verb(date_span)
    while trigger.dep_ == "compound":                  # "the rocket fire"
        trigger = trigger.head
    if gov is None or gov.lemma_.lower() not in _CLAIMING or not any(
            c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in trigger.children):
        return False
    held = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" else None
    return held is not None and held.lower_ in ("responsibility", "credit") and held.head.i == gov.i


_CLAIMING = frozenset({"claim", "accept", "admit", "assume", "take"})


def record_since(date_span: Span) -> bool:
    """"The attack was among the deadliest in the country since 2015", "the worst attack since 2019": a "since" date
    after a superlative or "first" is where the record starts, not when the act was (the date chain keeps such dates
    out of its anchors: resolve/chain._in_comparison)."""
    doc = date_span.doc
    since = _since_at(date_span)
    after = doc[date_span.end:date_span.end + 2]
    if any(t.lower_ == "when" for t in after) or (len(after) and after[0].pos_ in ("NOUN", "PROPN")):
        return False                                   # "the deadliest since 2003, when a car bomb killed 36", "since
                                                       # the 1998 bombing": the date of the act told after it
    return since is not None and any((t.tag_ == "JJS" and t.lower_ not in ("least", "most")) or t.lower_ in (
        "first", "worst") for t in doc[:since])                 # ("at least 80 killed since Thursday": a count)


def gap_to_another(date_span: Span, trigger: Token) -> bool:
    """"The attack came a day after militants struck several army posts": the date measures the gap to the act of
    the "after" (or "before") clause; the act that is the main verb's subject takes no date from it."""
    gov = date_verb(date_span)
    return (gov is not None and gov.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in gov.children)
            and not (gov.left_edge.i <= trigger.i <= gov.right_edge.i) and trigger.dep_ in ("nsubj", "nsubjpass")
            and trigger.head.i == gov.head.i)


def said_of_a_noun(date_span: Span, trigger: Token) -> bool:
    """"in revenge for the army's offensive, which began in June": a date in a relative clause on a noun that names
    no act, the act told outside it, tells when that noun's own doing happened, not the act's ("the affiliate that
    claimed the attack on Friday" keeps Friday)."""
    verb = date_verb(date_span)
    if verb is None or verb.dep_ != "relcl" or verb.left_edge.i <= trigger.i <= verb.right_edge.i:
        return False
    trigger_ids = {t.i for s in date_span.doc.spans.get("triggers", []) for t in s}
    noun = verb.head                                   # "opened fire on crowds who forced their way in on Tuesday":
    aimed = (noun.dep_ == "dobj" and noun.head.i in trigger_ids) or (    # what the targets were doing then
        noun.dep_ == "pobj" and noun.head.lower_ in ("on", "at", "against") and noun.head.head.i in trigger_ids)
    # "The man who drove into a crowd early Wednesday, killing 14": the act hangs on the same noun, the doer's
    doers = trigger.head.i == noun.i and trigger.dep_ in ("acl", "relcl")
    # "stabbed people near a stage where a band was playing on Friday night": the scene the act broke into
    scene = verb.tag_ == "VBG" and any(c.lower_ == "where" for c in verb.children)
    return verb.i not in trigger_ids and verb.head.i not in trigger_ids and not aimed and not doers and not scene


def since_then(date_span: Span, trigger: Token) -> bool:
    """The date is said in a "since" clause that tells no act after an act ranked against others ("the biggest attack
    on the capital since the president returned to office in May", "the deadliest since the army seized power in
    2021"): the start of a comparison. A count "since the Shining Path began its armed struggle in 1980" keeps it."""
    ranked = any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in ("first", "last")) for c in trigger.children)
    gov = date_verb(date_span)
    if not ranked or gov is None or any(gov.i in range(s.start, s.end)
                                        for s in date_span.doc.spans.get("triggers", [])):
        return False
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in gov.children)


_MOURNING = frozenset({"mourn", "observe", "commemorate", "bury", "remember"})   # never the attack itself
_RITES = frozenset({"funeral", "funerals", "vigil", "vigils", "memorial", "ceremony", "ceremonies", "burial", "burials",
                    "prayers", "procession", "processions"})


def _rite(gov: Token, mourning: bool = True) -> bool:
    """The verb tells of mourning after the act: "Funerals were held ...", and with `mourning` "mourned the dead"
    ("observed a hunger strike" is no rite, so a clause's own verbs are not read for mourning)."""
    return (mourning and gov.lemma_.lower() in _MOURNING) or any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _RITES or c.lemma_.lower() in _RITES) for c in gov.children)


def rite_day(date_span: Span, mourning: bool = True) -> bool:
    """The date is said of a rite's verb itself ("Funerals were held on Sunday"), not inside a phrase under it
    ("for the victims of Friday's bombing" keeps Friday)."""
    gov, head = date_verb(date_span), date_span.root.head
    return gov is not None and (head.i == gov.i or head.pos_ == "ADP" and head.head.i == gov.i) and _rite(gov, mourning)


def report_day(date_span: Span) -> bool:
    """The date hangs on the verb of a report and follows it ("..., a local official said on Monday"): the day of the
    telling ("Police today reported that ..." is as often the act's own day in a wire)."""
    gov = date_verb(date_span)
    return gov is not None and gov.i < date_span.start and gov.lemma_.lower() in roles().speech_verbs


def later_day(date_span: Span, trigger: Token) -> bool:
    """The date tells of a state after the act, not of the act: "Khan was recovering in hospital on Friday after a
    gunman opened fire": it hangs on a verb that is no trigger, after that verb and before the "after" clause that
    holds the trigger ("On 3 May, a body was found after ..." keeps its date: said before the verb)."""
    gov = date_verb(date_span)
    if gov is None or gov.i > date_span.start or gov.i == trigger.i:
        return False
    if any(gov.i in range(s.start, s.end) for s in date_span.doc.spans.get("triggers", [])):
        return False
    cur = trigger
    while cur.head.i != cur.i and cur.i != gov.i:
        if cur.head.i == gov.i and cur.dep_ == "advcl":
            mark = mark_of(cur)
            return mark is not None and mark.lower_ in ("after", "following") and date_span.end <= mark.i
        cur = cur.head
    return False


def date_verb(date_span: Span) -> Token | None:
    gov = date_span.root
    while gov.head.i != gov.i and gov.pos_ not in VERBAL:
        gov = gov.head
    return gov if gov.pos_ in VERBAL else None


def describes_a_thing(span: Span, trigger_ids: set[int]) -> bool:
    """A year that only tells which thing a person is "of" ("a signatory of the 2016 peace accord"): no date of the
    act ("during the 2018 campaign" and "the 2008 attacks" still date it)."""
    years = [t for t in span if t.pos_ != "DET"]
    if len(years) != 1 or not years[0].like_num or years[0].dep_ != "nummod":
        return False
    head = years[0].head
    return (head.pos_ == "NOUN" and head.i not in trigger_ids and head.dep_ == "pobj" and head.head.lower_ == "of"
            and names_people(head.head.head))           # not "the anniversary of the 2004 suppression of a protest"
