"""Earlier attacks a sentence recalls in passing: "a week after gunmen killed 130 people in Paris", "since the London
bombings of 2005", "two weeks after the truck bombing at the city's Zoobe junction", and dates said in the event's own
phrase ("Friday's bombing").

A trigger inside a recalling phrase (the object of "after", "since", "following", or a clause opened by one of them
after a stated gap) names another incident than the clause around it. `separates` tells `assemble` to keep it apart;
`recall` then gives its draft the dates and places of its own phrase. With no date of its own, the gap the sentence
states dates it back from the surrounding event: "came a week after ..." read from the recalled side is "a week
before" (resolved against the article's previous date). The gap never dates the surrounding clause's own event.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..mentions.lexicon import recall_words, roles
from .drafts import EventDraft
from .roles import PlaceTests, doer_word, object_of, performing, place_mentions, town_named_before


def _gap_token(word: Token, head: Token) -> Token | None:
    """The noun of the gap stated before a recalling word ("a week" after, "less than two weeks" after)."""
    units = recall_words().gap_units
    if word.head.dep_ == "npadvmod" and word.head.lemma_.lower() in units and word.head.i < word.i:
        return word.head                          # "hunting on Wednesday, a day after attacks": the gap heads "after"
    holders = [word] + ([head] if head.dep_ == "advcl" else [])
    found = next((c for h in holders for c in h.children
                  if c.dep_ == "npadvmod" and c.lemma_.lower() in units and c.i < word.i), None)
    if found is None and head.dep_ == "advcl":      # "came a week after ...": the gap hung on the verb, right before
        found = next((c for c in head.head.children if c.dep_ == "npadvmod" and c.lemma_.lower() in units
                      and c.right_edge.i == word.i - 1 and not any(   # "stepped up security this week after": when
                          d.dep_ == "det" and d.lower_ in ("this", "that", "last", "next") for d in c.children)),
                     None)
    return found


def mark_of(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ == "mark"), None)


def separates(tok: Token) -> bool:
    """`tok` heads a phrase about another incident: the object of "since", "after", "unlike"..., or a clause opened by
    "after" / "since" with a stated gap ("came a week after gunmen killed 130 people")."""
    words = recall_words()
    if tok.dep_ == "pobj" and tok.head.lower_ in words.separating:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to") and (
            tok.head.head.lemma_.lower() in words.motives or _after_motive(tok.head)):
        return True                               # "in revenge for the army's offensive in North Waziristan"
    mark = mark_of(tok) if tok.dep_ == "advcl" else None
    return (mark is not None and mark.lower_ in words.recalling and (_gap_token(mark, tok) is not None
                                                                     or _hours_after_others(mark, tok)
                                                                     or _after_other_doers(mark, tok))
            or dated_when_clause(tok) is not None)


def _after_other_doers(mark: Token, clause: Token) -> bool:
    """"Iran launched more than 300 drones and missiles at Israel after a strike on its consulate killed seven": an
    act whose doers are named, told after ("after") another act with a subject of its own, is a reply to that act,
    not the same one ("two people were hurt after a bomb exploded" names no doer: one act). The doer is a state or
    its forces: their strike answers another's act."""
    if mark.lower_ != "after":
        return False
    own = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    main = clause.head
    doer = next((c for c in main.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if own is None or doer is None or doer.lemma_.lower() == own.lemma_.lower() or not _a_state(doer):
        return False                                  # ("gunmen stormed the hotel after car bombs exploded": one raid)
    if main.lemma_.lower() in ("die", "perish", "succumb") or any(c.dep_ == "auxpass" for c in main.children):
        return False                                  # ("a policeman died after an IED exploded": one act)
    spans = clause.doc.spans.get("triggers", [])
    told = any(clause.left_edge.i <= s.start and s.end <= clause.right_edge.i + 1 for s in spans)
    own_act = any(s.start <= main.i < s.end for s in spans) or (
        performing(main) and any(object_of(s.root, main) for s in spans))
    return told and own_act                           # ("forces ended a siege after gunmen stormed it": the siege's
                                                      # end, no act; "exchanged fire after troops demanded": no act)


def _a_state(noun: Token) -> bool:
    """A country ("Iran"), or a state's arms or forces ("police", "Israeli warplanes")."""
    kind = roles().perpetrator_nouns.get(noun.lemma_.lower()) or roles().perpetrator_nouns.get(noun.lower_)
    return noun.ent_type_ == "GPE" or kind == "state"


_SHORT_GAPS = frozenset({"hour", "minute"})


def _hours_after_others(mark: Token, clause: Token) -> bool:
    """"Warplanes struck targets in Iraq overnight, hours after gunmen stormed the company's headquarters": a gap of
    hours before a clause with doers of its own tells another act of the same day (a gap of days also dates it back;
    one of hours leaves it the clause's day)."""
    gap = any(c.dep_ == "npadvmod" and c.lemma_.lower() in _SHORT_GAPS and c.i < mark.i
              for h in (mark, clause) for c in h.children)
    return gap and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in clause.children)


def _after_motive(prep: Token) -> bool:
    """"carried out the attack in revenge for an army offensive": the parser hung "for" beside "in revenge", on the
    noun before both."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return (before is not None and before.dep_ == "pobj" and before.head.head.i == prep.head.i
            and before.lemma_.lower() in recall_words().motives)


def dated_when_clause(tok: Token) -> Token | None:
    """"The deadliest attack in Britain since July 2005, when four bombers killed 52 people": a "when" clause right
    after a date that a separating word opens tells of that date, though the parser hangs it on the noun before. The
    date phrase's object, or None."""
    if tok.dep_ != "relcl" or not any(c.lower_ == "when" and c.dep_ == "advmod" for c in tok.children):
        return None
    for prep in tok.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in recall_words().separating or prep.i > tok.i:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        between = tok.doc[prep.right_edge.i + 1:tok.left_edge.i]
        if obj is not None and any(t.ent_type_ == "DATE" for t in obj.subtree) and all(t.is_punct for t in between):
            return obj
    return None


def _phrase_ids(head: Token) -> set[int]:
    """The tokens of a recalled incident's phrase; a dated "when" clause takes its date phrase with it."""
    obj = dated_when_clause(head)
    return {t.i for t in head.subtree} | ({t.i for t in obj.subtree} if obj is not None else set())


def _link(root: Token) -> tuple[Token, Token] | None:
    """(recalling word, phrase head) above a trigger, or None when the trigger is no recalled incident."""
    words = recall_words()
    cur = root
    while cur.head.i != cur.i:
        if separates(cur):
            obj = dated_when_clause(cur)
            word = obj.head if obj is not None else cur.head if cur.dep_ == "pobj" else mark_of(cur)
            return (word, cur) if word is not None and word.lower_ in words.recalling else None
        cur = cur.head
    return None


def _nested(doc: Doc, ids: set[int], head: Token, root: Token) -> set[int]:
    """Tokens of a phrase about yet another incident inside the recalled one ("since 2021, when Uganda began strikes
    on camps in eastern Congo after a series of suicide bombings in Kampala"): their places are not its."""
    return {t.i for tok in doc if tok.i in ids and tok.i != head.i and separates(tok)
            and not any(x.i == root.i for x in tok.subtree) for t in tok.subtree}


def _trigger_root(doc: Doc, draft: EventDraft, offset: int) -> Token | None:
    at = draft.trigger_start - offset
    span = next((s for s in doc.spans.get("triggers", []) if s.start_char == at), None)
    return span.root if span is not None else None


def _gap_span(doc: Doc, word: Token, head: Token) -> tuple[str, int] | None:
    """The stated gap's words and where they start ("a week"), without the recalling word."""
    tok = _gap_token(word, head)
    if tok is None:
        return None
    ids = [t.i for t in tok.subtree if t.i < word.i]
    return doc[min(ids):max(ids) + 1].text, doc[min(ids)].idx


def _place_modifiers(root: Token, offset: int, places: PlaceTests | None) -> list[tuple[str, int]]:
    """Places that name the incident ("the Paris attacks", "the London transport bombings")."""
    if places is None:
        return []
    return [(c.text, offset + c.idx) for c in root.children
            if c.dep_ == "compound" and c.pos_ == "PROPN" and places.is_place(c.text) and not places.is_demonym(c.text)]


def _own_dates_first(draft: EventDraft, root: Token, dates: list[Span], offset: int) -> None:
    """A date said in the event noun's own phrase ("Friday's bombing", "the bombing last month") dates it before any
    other date of its clause ("Funerals were held on Saturday for the victims of Friday's bombing")."""
    if root.pos_ != "NOUN":
        return
    own = {offset + s.start_char for s in dates
           if s.root.head.i == root.i and s.root.i != root.i and s.root.dep_ in ("poss", "npadvmod", "compound")}
    if own:
        draft.date_texts.sort(key=lambda d: d[1] not in own)


def _without(word: Token, span: Span, offset: int) -> tuple[str, int]:
    """A date of the recalled phrase without the recalling word: "since January" dates it to January."""
    if span.start == word.i and span.end > word.i + 1:
        span = span[1:]
    return span.text, offset + span.start_char


_RANKING = frozenset({"first", "last", "worst"})


def _comparisons(doc: Doc) -> list[Token]:
    """"since" phrases that rank an act against the past ("the deadliest single bombing in the capital since the
    invasion of 2003", "the first attack since 2019"): their dates bound a record, they date no act."""
    out = []
    for tok in doc:
        if tok.dep_ != "prep" or tok.lower_ not in recall_words().comparing:
            continue
        head = tok.head
        ranked = head.tag_ == "JJS" or head.lower_ in _RANKING or any(
            c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in _RANKING) for c in head.children)
        if ranked:
            out.append(tok)
    return out


def recall(doc: Doc, offset: int, drafts: list[EventDraft], places: PlaceTests | None = None) -> None:
    """Dates and places of recalled incidents taken from their own phrase (see the module docstring)."""
    dates = list(doc.spans.get("dates", []))
    links = {}
    for d in drafts:
        root = _trigger_root(doc, d, offset)
        if root is not None:
            links[id(d)] = (root, _link(root))
    gaps = set()                                  # where a stated gap's date expression starts
    recalled = set()        # dates said inside a recalled incident's phrase: not the clause's when a gap or "since"
    # sets the two apart ("damaged following the explosion of two bombs yesterday" shares its date)
    for _root, link in links.values():
        if link is not None:
            gap = _gap_token(*link)
            if gap is not None or link[0].lower_ in recall_words().comparing:
                ids = _phrase_ids(link[1])
                recalled.update(offset + s.start_char for s in dates if ids & set(range(s.start, s.end)))
            if gap is not None:
                gaps.update(offset + s.start_char for s in dates if s.start <= gap.i < s.end or s.start <= link[0].i < s.end)
    for prep in _comparisons(doc):            # "the deadliest bombing since the invasion of 2003": no trigger inside
        ids = {t.i for t in prep.subtree}
        recalled.update(offset + s.start_char for s in dates if ids & set(range(s.start, s.end)))
    for d in drafts:
        if id(d) not in links:
            continue
        root, link = links[id(d)]
        if link is None:
            d.date_texts = [x for x in d.date_texts if x[1] not in gaps and x[1] not in recalled]
            _own_dates_first(d, root, dates, offset)
            continue
        word, head = link
        ids = _phrase_ids(head)
        own = [_without(word, s, offset) for s in dates
               if ids & set(range(s.start, s.end)) and offset + s.start_char not in gaps]
        gap = _gap_span(doc, word, head)
        hours = head.dep_ == "advcl" and _hours_after_others(word, head)
        apart = gap is not None or word.lower_ in recall_words().comparing or hours   # else maybe one incident:
                                                                                        # keep the clause's
        if own or apart:
            d.date_texts = own or ([(f"{gap[0]} before", offset + gap[1])] if gap else [])
        inside = place_mentions(doc, ids - _nested(doc, ids, head, root), offset, places)
        inside += [p for p in _place_modifiers(root, offset, places) if p not in inside]
        inside = inside or town_named_before(doc, ids, offset, places)     # "... an assault on the town"
        if inside or apart:
            d.place_texts = inside
        d.apart = hours and not inside               # another act of the day: not where the clause's act was
        d.inherits_from = None
        if (own or inside) and not over_a_period(root) and not example_of_many(root):
            d.plural_unquantified = False     # "the Paris attacks", "the bombings of 2005": one named incident


def example_of_many(tok: Token) -> bool:
    """"has staged several smaller attacks in Kenya, including grenade attacks on bars and churches": acts given as
    examples of an uncounted many are that many, not an incident."""
    prep = tok.head
    if tok.dep_ != "pobj" or tok.tag_ != "NNS" or prep.lower_ not in ("including", "like") or doer_word(tok):
        return False                                  # ("assailants, including suicide bombers, attacked": people)
    # the many: the word "including" hangs on, or the same plural told before it (the parser may hang "including" on
    # the clause between them)
    many = prep.head if prep.head.tag_ == "NNS" else next(
        (t for t in reversed(tok.doc[:prep.i]) if t.tag_ == "NNS" and t.lemma_ == tok.lemma_), None)
    return many is not None and not doer_word(many) and not any(c.dep_ == "nummod" for c in many.children)


def over_a_period(trigger: Token) -> bool:
    """"after weeks of protests in which about 300 people were killed", "months of fighting": acts summed over an
    uncounted stretch of time, with whatever toll they left."""
    noun = trigger.head if trigger.dep_ == "relcl" else trigger      # "... in which 300 people were killed"
    period = noun if noun is not trigger and noun.lemma_.lower() in _PERIODS else (
        noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None)
    if period is not None and period.lemma_.lower() in _CAMPAIGNS and noun.tag_ == "NNS":
        return True                                   # "a campaign of bombings and shootings that killed 800"
    return (period is not None and period.lemma_.lower() in _PERIODS and period.tag_ == "NNS"
            and not any(c.dep_ == "nummod" for c in period.children))


# "At least 10 people were killed across the country on Tuesday": a day's toll summed over many places
SPREAD = re.compile(r"\b(?:across|throughout|around)\s+the\s+(?:country|nation)\b", re.IGNORECASE)
# "have killed scores of suspected rebels in recent months": acts summed over a recent stretch
RECENT_SPAN = re.compile(r"\b(?:recent|past|last)\s+(?:\w+\s+)?(?:days|weeks|months|years)\b", re.IGNORECASE)
_PERIODS = frozenset({"week", "month", "year", "decade"})   # ("after days of fighting, they captured the town": kept)
_CAMPAIGNS = frozenset({"campaign", "insurgency"})
