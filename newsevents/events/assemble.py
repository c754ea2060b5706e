"""One parsed sentence -> event drafts, one per trigger clause, plus the claims and attributions it states."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from ..documents.sentences import dateline_end
from ..core import EventType, Status
from ..mentions.counts import total
from ..mentions.dates import vocabulary as date_vocabulary
from ..mentions.numbers import parse_number
from ..mentions.lexicon import recall_words, roles, triggers
from ..mentions.weapons import is_suicide, weapon_word
from .claims import find_claims
from .clause_dates import (
    claimed_day,
    date_verb,
    dates_another_when,
    dates_event,
    describes_a_thing,
    gap_to_another,
    judged_day,
    later_day,
    record_since,
    report_day,
    rite_day,
    said_of_a_noun,
    since_then,
    when_it_came,
)
from .clause_places import act_places, one_per_site, other_incident, struck_towns
from .background import RECENT_SPAN, SPREAD, example_of_many, over_a_period, recall, separates
from .drafts import ActorMention, Claim, EventDraft
from .grouping import (crosses_separating_prep, group_triggers, is_ancestor, likened, relative_clause, top_trigger,
                       verb_of)
from .kept import developments, keep_trigger
from .nonevents import TO_COME, as_developments, held_at_gunpoint, warned_to_come
from .phrases import names_people, of_object, word_lists
from .refine import refine_type
from .roles import (VERBAL, ActorHistory, PlaceTests, actor_in, clause_tokens, clause_verb, members_of, name_victims,
                    named_author, performing, perpetrator_of, place_mentions, seized_arms, subjects, targets_in,
                    town_named_before)
from .roles import acts as does_act

_DEFINITE = {"the", "these", "those"}
_PLURAL_OK = {"battle", "remote_violence", "protest", "riot", "arson", "other"}   # "clashes", "airstrikes", "protests",
# "threw Molotov cocktails at", "reinforcements arrived in" are single events


def _sports(doc: Doc) -> bool:
    """A sentence about a game: two or more sports words and no casualty figure."""
    if doc.spans.get("counts"):
        return False
    words = roles().sports_words
    low = doc.text.lower()
    hits = sum(1 for t in doc if t.lower_ in words) + sum(1 for w in words if (" " in w or "-" in w) and w in low)
    return hits >= 2


def _event_type(group: list[Span], top: Span) -> EventType:
    lex = triggers()
    if top.label_ == "threat":
        return EventType.THREAT
    specific = [s for s in group if not s._.generic and s.label_ != "threat"] or [s for s in group if s.label_ != "threat"]
    specific = [s for s in specific if not _later_step(s, group)] or specific
    if not specific:
        return EventType.THREAT
    best = min(specific, key=lambda s: lex.rank(s.label_))
    if best.label_ == "battle" and any(s.label_ == "protest" and _later_step(s, group, promoting=False) for s in group):
        return EventType.RIOT                        # "residents protested and clashed with police"
    return EventType(best.label_)


_OUTRANKING = frozenset({"assassination", "kidnapping", "bombing"})


def _later_step(span: Span, group: list[Span], promoting: bool = True) -> bool:
    """"Fighters blew up the track and opened fire on the train", "residents held a demonstration and clashed with
    police": a verb coordinated with the act's first verb tells a later step of the same act, and names its type only
    when the GTD ranks it above any other (a killing of an official, an abduction, a bombing)."""
    verb = verb_of(span)
    return not (promoting and span.label_ in _OUTRANKING) and verb.dep_ == "conj" and any(
        verb_of(s).i == verb.head.i for s in group if s is not span)


def _caught_with(device: Token) -> bool:
    """"Police arrested a girl who was wearing an explosive belt", "a man was detained carrying a bomb": the bomb of
    someone caught with it never went off."""
    words = word_lists("target_words")
    carry = device.head
    if device.dep_ != "dobj" or carry.lemma_.lower() not in words["worn_device_verbs"]:
        return False
    holder = carry.head if carry.dep_ in ("acl", "relcl") else carry
    while holder is not carry and holder.dep_ in ("pobj", "prep"):   # "a girl of about ten who was wearing"
        holder = holder.head
    catch = holder.head if holder is not carry and holder.dep_ in ("dobj", "nsubjpass") else carry.head
    return catch.i != carry.i and catch.lemma_.lower() in words["capture_verbs"] and catch.pos_ in VERBAL


def _status(group: list[Span], top: Span, etype: EventType, clause_text: str) -> Status:
    r = roles()
    if etype is EventType.THREAT:
        return Status.THREATENED
    low = clause_text.lower()
    if any(p in low for p in r.attempted_phrases):
        return Status.ATTEMPTED
    if any(_caught_with(s.root) for s in group if s.label_ == "bombing"):
        return Status.ATTEMPTED
    for s in group:
        tok = s.root
        if any(c.lemma_.lower() in r.attempted_lemmas for c in tok.children if c.dep_ in ("amod", "compound", "nsubj")):
            return Status.ATTEMPTED
        if _survived(tok):
            return Status.ATTEMPTED
        hops, below = 0, tok
        for anc in tok.ancestors:
            hops += 1
            if hops > 3 or (below.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in below.children)):
                break                                 # "people tried to flee, but militants ambushed them"
            if anc.lemma_.lower() in r.threatened_lemmas and anc.pos_ in VERBAL and _threatened_through(below, tok) \
                    and not held_at_gunpoint(anc):
                return Status.THREATENED
            if anc.lemma_.lower() in r.attempted_lemmas:
                return Status.ATTEMPTED
            if warned_to_come(anc, below):
                return Status.THREATENED
            if anc.pos_ in VERBAL and anc.dep_ not in ("xcomp", "advcl", "relcl", "acl"):
                break
            below = anc
    return Status.REALIZED


def _threatened_through(below: Token, trigger: Token) -> bool:
    """The act hangs on a verb of threat as what is threatened ("threatened attacks", "vowed to strike", "called
    for attacks"), not as the threatener ("gunmen called him out") nor inside the one summoned ("called a civilian
    from his house and shot him") nor as a second act in a row ("called him out and fired at him"), nor under
    another verb ("promised to investigate the murder")."""
    if below.dep_ == "oprd" or below.dep_ == "dobj" and any(c.dep_ == "oprd" for c in below.head.children):
        return False                                  # "what it called surgical strikes", "called the shooting a
                                                      # political assassination": a name, not a call
    if below.dep_ in ("conj", "nsubj", "nsubjpass"):
        return False
    if below.dep_ == "dobj" and below.i != trigger.i and not _warned_of(below, trigger):
        return False
    acts = {t.i for s in trigger.doc.spans.get("triggers", []) for t in s}
    path = [trigger, *trigger.ancestors]
    path = path[:path.index(below) + 1] if below in path else path
    return not any(t.pos_ in VERBAL and t.i not in acts and not performing(t) or separates(t)
                   for t in path)                     # nor "had been warned before Friday's strike"


def _condition(verb: Token, status: Status) -> set[int]:
    """"... would face further attacks as long as Kenyan troops stayed in Somalia": the place of a threat's
    condition is not where the threatened acts would be."""
    if status is not Status.THREATENED:
        return set()
    doc = verb.doc
    return {t.i for c in verb.subtree if c.dep_ == "advcl" and (
        any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "until") for m in c.children)
        or (c.head.lower_ == "long" and c.head.i > 0 and doc[c.head.i - 1].lower_ == "as"))
        for t in c.subtree}


def _warned_of(warned: Token, trigger: Token) -> bool:
    """"Al-Shabaab warned Kenyans of further attacks": the people warned, then the acts to come they are warned of
    (not "warned residents of the attack on the market", a danger told)."""
    return (warned.head.lemma_.lower() == "warn" and trigger.dep_ == "pobj" and trigger.head.lower_ == "of"
            and trigger.head.head.i == warned.i
            and any(c.dep_ == "amod" and c.lower_ in TO_COME for c in trigger.children))


_NOT_ATTACKS = frozenset({EventType.PROTEST, EventType.RIOT, EventType.OTHER})
_OWN_ACTS = frozenset({"claim", "announce"})       # "IS claimed the bombing", "announced an offensive": their act
_TAKING_UP = frozenset({"begin", "start", "continue", "keep", "resume"})


def _campaign(trigger: Token) -> bool:
    """"The group began attacking merchant ships in November, when its fighters seized the Galaxy Leader": taking up
    an act against a kind of thing, with no number, is a campaign; the incident it started is told on its own."""
    return (trigger.tag_ == "VBG" and trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in _TAKING_UP
            and any(c.dep_ == "dobj" and c.tag_ == "NNS" and not any(g.dep_ in ("nummod", "det") for g in c.children)
                    for c in trigger.children))


def _told_apart(doc: Doc, trig_ids: set[int]) -> set[int]:
    """Tokens of phrases about another incident that tell an act of their own ("pounded Gaza on Monday after Hamas
    fighters broke through the fence on Saturday and killed 900"); "fighting since last Saturday" is the act's own
    time."""
    others = {t.i for s in doc.spans.get("triggers", []) for t in s} - trig_ids
    return {t.i for tok in doc if separates(tok) and any(x.i in others for x in tok.subtree)
            and not any(x.i in trig_ids for x in tok.subtree) for t in tok.subtree}


def _clause_apart(doc: Doc, trig_ids: set[int]) -> set[int]:
    """Tokens of a clause about another incident that holds none of the act's triggers ("the deadliest since the army
    seized power in February 2021"); a phrase ("fighting since 11 November") gives the act's own start."""
    return {t.i for tok in doc if tok.dep_ == "advcl" and _since_dated(tok)
            and not any(x.i in trig_ids for x in tok.subtree) for t in tok.subtree}


def _since_dated(clause: Token) -> bool:
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    return mark is not None and mark.lower_ == "since" and any(t.ent_type_ == "DATE" for t in clause.subtree)


def _shared_time(doc: Doc, verb: Token, offset: int) -> list[tuple[str, int]]:
    """"Hamas fighters broke through the border fence on Saturday and killed more than 900 people": a verb coordinated
    with one that names no act shares its time."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in VERBAL or any(s.root.i == head.i for s in doc.spans.get("triggers", [])):
        return []
    return [(s.text, offset + s.start_char) for s in _dates_on(doc, head)]


def _dates_on(doc: Doc, verb: Token) -> list[Span]:
    """The date expressions hung on the verb, directly or by a preposition ("came close to war in 2019")."""
    return [s for s in doc.spans.get("dates", [])
            if s.root.head.i == verb.i or (s.root.head.dep_ == "prep" and s.root.head.head.i == verb.i)]


def _when_date(doc: Doc, verb: Token, offset: int) -> list[tuple[str, int]]:
    """"... recalled the attack in Pulwama in February 2019, when a suicide bomber rammed a car into a convoy": a
    "when" clause the parser hangs on a date tells what happened then; that date is its act's."""
    if verb.dep_ != "relcl" or verb.head.ent_type_ != "DATE" or not any(
            c.lower_ == "when" and c.dep_ == "advmod" for c in verb.children):
        return []
    return [(s.text, offset + s.start_char) for s in doc.spans.get("dates", []) if s.start <= verb.head.i < s.end]


def _year_after(doc: Doc, verb: Token, offset: int) -> list[tuple[str, int]]:
    """"The two countries came close to war in 2019, after a suicide bomber killed 40 police officers in Pulwama": an
    act told in an "after" clause of a verb that names no act happened in the year or month that verb is dated to ("In
    April Iran launched drones at Israel after a strike on its consulate killed seven"; a day would be too sharp:
    "protests erupted on Monday after gunmen killed five" need not be of Monday)."""
    head = verb.head
    if verb.dep_ != "advcl" or head.pos_ not in VERBAL or not any(
            c.dep_ == "mark" and c.lower_ == "after" for c in verb.children) or any(
            s.root.i == head.i for s in doc.spans.get("triggers", [])):
        return []
    months = date_vocabulary().months
    return [(s.text, offset + s.start_char) for s in _dates_on(doc, head)
            if all(t.like_num and len(t.text) == 4 or t.lower_ in months or t.lower_ == "in" for t in s)
            and any(t.like_num or t.lower_ in months for t in s)]


def _when_places(doc: Doc, verb: Token, offset: int, tests: PlaceTests | None) -> list[tuple[str, int]]:
    """"... carried out the attacks in Paris in November, when gunmen and suicide bombers struck a concert hall": a
    "when" clause hung on a date took place where the phrase that holds the date says."""
    if not _when_date(doc, verb, offset):
        return []
    date = verb.head
    holder = date.head.head if date.head.dep_ == "prep" else date.head
    ids = {t.i for t in holder.subtree} - {t.i for t in verb.subtree}
    return place_mentions(doc, ids, offset, tests)


def _when_doers(clause: Token, verb: Token) -> bool:
    """"A protester was shot dead when police fired on crowds": the "when" clause of a passive verb that names no
    agent tells who did it."""
    return (clause.dep_ == "advcl" and clause.head.i == verb.i
            and any(c.lower_ == "when" and c.dep_ == "advmod" for c in clause.children)
            and any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children))


def _telling(verb: Token) -> bool:
    """The act is named inside what a speaker says ("Gang members killed 70 people in an attack on Thursday, the
    United Nations said"), or named as what someone called it ("the FBI described the shooting as an act of
    terrorism"): the speaker is no doer."""
    lemma = verb.lemma_.lower()
    return (lemma in roles().speech_verbs or lemma in word_lists("target_words")["naming_verbs"]) \
        and lemma not in _OWN_ACTS


_DEATH_LEMMAS = frozenset({"kill", "die", "murder", "massacre", "behead", "execute"})


def _survived(tok: Token) -> bool:
    """"She was shot in the head on her school bus and survived": the one the act was done to lived through it, so
    the attempt on them failed (the parse may hang "survived" on a phrase of the verb: "stabbed on Friday and
    survived"). Not when the same verb killed ("two were killed and three survived")."""
    if tok.pos_ not in VERBAL or tok.lemma_.lower() in _DEATH_LEMMAS:
        return False
    if not any(c.dep_ == "nsubjpass" for c in tok.children):
        return False
    return any(t.dep_ == "conj" and t.lemma_.lower() == "survive" and clause_verb(t.head) == tok
               and not any(g.dep_.startswith("nsubj") for g in t.children) for t in tok.subtree)


def assemble(doc: Doc, offset: int, history: ActorHistory,
             places: PlaceTests | None = None) -> tuple[list[EventDraft], list[Claim]]:
    """Drafts for one sentence Doc whose text starts at `offset` in the article.

    `places` (the gazetteer's name tests, injected by the pipeline) lets proper nouns the model missed count as places."""
    note_actors(doc, offset, history)                 # known before the clauses, so "the group" can point back
    filed = dateline_end(doc.text) if offset < 200 else 0     # a wire's dateline dates the report, not its events
    trigger_ids = {t.i for s in doc.spans.get("triggers", []) for t in s}
    doc.spans["dates"] = [s for s in doc.spans.get("dates", []) if s.start_char >= filed
                          and not (len(s) == 1 and s.root.dep_ == "amod")      # "an overnight siege": how long
                          and not describes_a_thing(s, trigger_ids) and not record_since(s)]
    spans = [s for s in doc.spans.get("triggers", []) if keep_trigger(s)]
    kept_ids = {t.i for s in spans for t in s}
    unsaid = frozenset(t.i for s in doc.spans.get("triggers", []) for t in s
                       if t.i not in kept_ids and _adverbial(t))
    if not spans:
        spans = [s for s in developments(doc) if keep_trigger(s)] or as_developments(doc)
    if _sports(doc):
        spans = []                                    # "his outside shooting", "the Celtics beat the Knicks"
    claims = find_claims(doc, offset, history)
    drafts: list[EventDraft] = []
    anchors: list[Token] = []
    clause_ids: list[set[int]] = []
    nested_flags: list[bool] = []
    groups = sorted(group_triggers(spans), key=lambda g: min(s.start for s in g))
    tops = [top_trigger(g) for g in groups]
    semis = [t.i for t in doc if t.text == ";"]
    side = lambda i: bisect_right(semis, i)            # noqa: E731  which of the semicolon's clauses a token is in
    sides = {side(t.root.i) for t in tops}
    verbs = [clause_verb(t.root) for t in tops]
    for group, top, verb in zip(groups, tops, verbs):
        others = [v for v in verbs if v.i != verb.i] + [t.root for t in tops if t.root.i != top.root.i] + [
            s.root for g in groups if g is not group for s in g if relative_clause(s)]
        nested = any(is_ancestor(t.root, top.root) and crosses_separating_prep(top.root, t.root)
                     for t in tops if t is not top)
        if nested or likened(top.root, verb):
            ids = {t.i for t in top.root.subtree}     # an event named inside another's phrase keeps to its own words
        else:
            ids = clause_tokens(verb, exclude_roots=[o for o in others if not is_ancestor(o, top.root)])
        if len(sides) > 1:                            # "...took officers hostage; commandos stormed ...": two clauses
            ids = {i for i in ids if side(i) == side(top.root.i)}
        ids.update(t.i for s in group for t in s)
        drafts.append(_draft(doc, offset, history, group, top, verb, ids, single=len(groups) == 1, places=places,
                             nested=nested, unsaid=unsaid))
        anchors.append(verb)
        clause_ids.append(ids)
        nested_flags.append(nested)
    # a habit's clause is dropped, so it keeps no date from the act beside it ("kidnappings began in 2014, when ...")
    live_ids = [set() if d.plural_unquantified else c for d, c in zip(drafts, clause_ids)]
    for i, d in enumerate(drafts):                    # a place said elsewhere in the sentence ("..., in Kabul city.")
        if not d.place_texts and not d.anaphoric:     # a back-reference's places are its antecedent's
            # (a dropped plural's are free to an act told inside its phrase: "a wave of attacks in Cali and Cauca
            # that killed at least seven")
            told_in = tops[i].root.head.i if tops[i].root.dep_ == "relcl" else None
            others = set().union(*(c for j, c in enumerate(clause_ids) if j != i and not (
                drafts[j].plural_unquantified and told_in in c and told_in > tops[j].root.i)))
            rest = {t.i for t in doc} - others - other_incident(doc, {t.i for s in groups[i] for t in s})
            d.place_texts = place_mentions(doc, rest, offset, places) or town_named_before(doc, clause_ids[i], offset,
                                                                                           places)
        if not d.date_texts and d.inherits_from is None and not likened(tops[i].root, anchors[i]) and not d.answered:
            others = set().union(*(c for j, c in enumerate(live_ids) if j != i))
            d.date_texts = [(s.text, offset + s.start_char) for s in doc.spans.get("dates", [])
                            if (s.start not in others or when_it_came(s, tops[i].root))
                            and dates_event(s, tops[i].root) and not dates_another_when(s, tops[i].root)] \
                or _fronted_date(doc, offset)
    for i, verb in enumerate(anchors):
        if nested_flags[i] or (drafts[i].definite and tops[i].root.dep_ in ("nsubj", "nsubjpass")):
            continue                                  # "..., and that the bombing might be a reprisal": told before
        for anc in verb.ancestors:                    # "attacked X, tried to assassinate Y": share subject and date
            j = next((j for j, v in enumerate(anchors) if v.i == anc.i and j != i), None)
            if j is not None:
                drafts[i].inherits_from = drafts[j] if j < i and not drafts[j].plural_unquantified else None
                break
    drafts = [c for d, verb in zip(drafts, anchors) for c in one_per_site(d, verb, offset)]
    recall(doc, offset, drafts, places)
    _attach_claims(drafts, claims)
    return [d for d in drafts if not d.plural_unquantified], [c for c in claims if not _attached(c, drafts)]


def _misread_pointer(noun: Token) -> bool:
    """"Boko Haram claimed that abduction": the parser read "that" as a preposition whose object is the noun right
    after it; it points back, as a determiner does."""
    head = noun.head
    return noun.dep_ == "pobj" and head.i == noun.i - 1 and head.lower_ in ("that", "this", "these", "those")


def _said_carried_out(noun: Token) -> bool:
    """"The Qassam Brigades said that two of its members from Hebron had carried out the shooting": "the shooting"
    that someone says was carried out by them is the act told before; the places of the sentence are the speakers'."""
    verb = noun.head
    return (noun.dep_ == "dobj" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
            and verb.lemma_.lower() in ("carry", "conduct", "stage", "perpetrate") and _saying(verb) is not None)


def _saying(verb: Token) -> Token | None:
    """The speech verb whose words `verb` reports: "said that his men had carried out ..." ("said in a recording
    that ...", the clause read as the recording's)."""
    speech = roles().speech_verbs
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in speech:
        return verb.head
    noun = verb.head
    if verb.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) \
            and noun.dep_ == "pobj" \
            and noun.head.dep_ == "prep" and noun.head.head.lemma_.lower() in speech:
        return noun.head.head
    return None


def _named_as(group: list[Span]) -> bool:
    """"The governor called the shooting a political assassination": the act word is what the act was called."""
    naming = word_lists("target_words")["naming_verbs"]
    return any(s.root.dep_ == "oprd" and s.root.head.lemma_.lower() in naming for s in group)


def _day_of_saying(date_span: Span, noun: Token) -> bool:
    """"On Friday the group's armed wing said one of its units had carried out the raid": the day the act told before
    was owned, not the day it was done."""
    gov = date_verb(date_span)
    if not _said_carried_out(noun) or gov is None:
        return False
    # "but two months later an official said members had carried out the kidnapping", the date read as the
    # denial's: a date outside the clause of the carrying out is not the act's
    return gov.i == _saying(noun.head).i or date_span.root.i not in {t.i for t in noun.head.subtree}


def _fronted_date(doc: Doc, offset: int) -> list[tuple[str, int]]:
    """"In November 2015, gunmen took guests hostage at a hotel in Bamako; 20 people died before special forces ended
    the siege": a date that opens the sentence, set off by a comma, dates every clause of it that names none."""
    first = next((s for s in doc.spans.get("dates", []) if s.start <= 2), None)
    if first is None or first.end >= len(doc) or doc[first.end].text != "," or any(
            not (t.is_punct or t.dep_ == "prep") for t in doc[:first.start]):
        return []
    return [(first.text, offset + first.start_char)]


def _patron(actor: Span) -> bool:
    """"al-Shabaab, which is linked to al-Qaeda", "Al-Shabaab, the al-Qaeda affiliate": the group named as a patron
    or parent, not the one told of."""
    root = actor.root
    ties = word_lists("target_words")["affiliation_words"]
    return (root.dep_ == "pobj" and root.head.head.lower_ in ties and root.head.lower_ in ("to", "with", "of")) or (
        root.dep_ in ("compound", "nmod", "amod", "poss", "npadvmod") and root.head.lower_ in ties)   # "Qaeda-linked"


def _attached(claim: Claim, drafts: list[EventDraft]) -> bool:
    return any(claim in d.claims for d in drafts if not d.plural_unquantified)


def _attach_claims(drafts: list[EventDraft], claims: list[Claim]) -> None:
    """A development draft takes no claim here: it may yet be dropped, and the claim ("destroyed by the Maoists")
    stays loose for the article's events (resolve/article.py)."""
    live = [d for d in drafts if not d.plural_unquantified
            and d.event_type not in (EventType.THREAT, EventType.OTHER)]
    for c in claims:
        if not live:
            return
        after = [d for d in live if d.trigger_start >= c.start]
        target = after[0] if after else live[-1]
        target.claims.append(c)


def note_actors(doc: Doc, offset: int, history: ActorHistory) -> None:
    """The registry's actors a sentence names, in text order, for "it", "its" and "the group" later on. A sentence
    that tells no act is not parsed but still names who the story is about ("Boko Haram grew out of a mosque in
    Maiduguri. In July 2009 its followers attacked police stations"): the pipeline hands it in tokenized, with its
    actors marked."""
    for a in doc.spans.get("actors", []):
        history.add(ActorMention(a.text, a._.canonical, "organization", offset + a.start_char),
                    aside=a.label_ == "STATE" or _speakers(a) or _governing(a),
                    patron=_patron(a) or a.label_ == "PERSON",
                    disowned=_denied(a) or _attacked(a))


def _attacked(actor: Span) -> bool:
    """"ISIS-K has repeatedly attacked the Taliban. In September, one of its suicide bombers ...": a group named as
    what an act hit is pointed to by "its" or "the group" only when no other fits."""
    root, doc = actor.root, actor.doc
    acts = {s.root.i for s in doc.spans.get("triggers", [])}
    while root.dep_ in ("nmod", "compound", "conj", "poss") and root.head.i != root.i:
        root = root.head                              # "the Taliban and Afghanistan's Shiite minority"
    return (root.dep_ == "dobj" and root.head.i in acts) or (
        root.dep_ == "pobj" and root.head.lower_ in ("on", "against") and root.head.head.i in acts)


def _governing(actor: Span) -> bool:
    """"demanded that the Taliban government find the attackers": a group named as the government it runs is a
    state there, not the group "the group" points back to."""
    doc, ruling = actor.doc, word_lists("target_words")["ruling_nouns"]
    return actor[-1].lower_ in ruling or actor.end < len(doc) and doc[actor.end].lower_ in ruling


_DENYING = frozenset({"denied", "denies", "deny", "rejected", "rejects"})


def _denied(actor: Span) -> bool:
    """"suspected the Pakistani Taliban, who denied any role", "The Taliban denied involvement": the group said it
    had no part. Read from the words, since a sentence that tells no act is not parsed."""
    doc = actor.doc
    after = [t.lower_ for t in doc[actor.end:actor.end + 3]]
    if after[:1] == [","]:
        after = after[1:]
    if after[:1] in (["who"], ["which"]):
        after = after[1:]
    return bool(after) and after[0] in _DENYING


_RULERS = frozenset({"officials", "authorities", "government"})


def _speakers(a: Span) -> bool:
    """"according to Taliban officials": the group named as the authorities a report cites (the Taliban governing
    Afghanistan), an aside that "the group" later does not point to."""
    head = a.root.head
    return (a.root.dep_ == "compound" and head.lower_ in _RULERS and head.dep_ == "pobj"
            and head.head.lower_ == "to" and head.head.i > 0 and head.doc[head.head.i - 1].lower_ == "according")


_TOLL_NOUNS = frozenset({"death", "casualty", "fatality", "injury", "wound", "body"})   # "two deaths": no acts


def _counted_acts(group: list[Span]) -> bool:
    """"Two attacks", "three bombings": acts counted in one plural noun (the number may hang elsewhere in the parse
    of a lead that opens with a dateline)."""
    for s in group:
        root = s.root
        if (root.tag_ == "NNS" and root.i > 0 and root.lemma_.lower() not in _TOLL_NOUNS
                and (parse_number(root.doc[root.i - 1].text) or 0) >= 2):
            return True
    return False


def _sides(triggers: list[Token]) -> list[Token]:
    """The two parties of a fight said with "between" ("clashes between troops and militants")."""
    for trig in triggers:
        for prep in trig.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                first = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if first is not None:
                    return [first, *(c for c in first.children if c.dep_ == "conj")]
    return []


def _over_recent_span(verb: Token, dates: list[tuple[str, int]]) -> bool:
    """"security forces have killed scores of suspected rebels in recent months": the present perfect over a recent
    span sums many acts; no one incident."""
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    return perfect and any(RECENT_SPAN.search(text) for text, _ in dates)


def _opponents(triggers: list[Token]) -> list[Token]:
    """The other party of a fight named with "with" on a fight noun ("clashes with the Fano militia")."""
    return [c for trig in triggers if trig.pos_ == "NOUN" for prep in trig.children
            if prep.dep_ == "prep" and prep.lower_ == "with" for c in prep.children if c.dep_ == "pobj"]


def _adverbial(tok: Token) -> bool:
    """The word stands in a prepositional phrase on a verb ("after decades of bombings"), not in the subject or
    object of a clause ("a series of bombs killed 80")."""
    return any(a.dep_ == "prep" and a.head.pos_ in VERBAL for a in tok.ancestors)


def _draft(doc: Doc, offset: int, history: ActorHistory, group: list[Span], top: Span, verb: Token,
           ids: set[int], single: bool, places: PlaceTests | None = None,
           nested: bool = False, unsaid: frozenset[int] = frozenset()) -> EventDraft:
    """`unsaid` holds the tokens of the sentence's trigger words that name no act and stand in an adverbial phrase
    ("after decades of bombings"): as weapons they imply no type."""
    r = roles()
    clause_span = doc[min(ids):max(ids) + 1]
    etype = _event_type(group, top)
    status = _status(group, top, etype, clause_span.text)
    trig_ids = {t.i for s in group for t in s}
    # "the 147 people killed when ...": a figure whose phrase holds the trigger is the trigger's, wherever it hangs
    counts = [s for s in doc.spans.get("counts", []) if s.start in ids or single or trig_ids & set(range(s.start, s.end))]
    casualties = [s._.casualty for s in counts]
    weapon_spans = [s for s in doc.spans.get("weapons", []) if (s.start in ids or single) and not seized_arms(s.root)
                    and s.root.i not in unsaid]
    weapons = [s._.weapon for s in weapon_spans]
    if etype in (EventType.ARMED_ASSAULT, EventType.VIOLENCE_AGAINST_CIVILIANS) and weapons:
        implied = [r.weapon_implied_type[w] for w in weapons if w in r.weapon_implied_type]
        if implied:
            etype = EventType(implied[0])
    group_tokens = [s.root for s in group]
    perps: list[ActorMention] = []
    perp_token_ids: set[int] = set()
    # a coordinate verb of the group names the doer when the clause's own verb does not ("its gunmen stormed ...; 21
    # died"); a subordinate one tells of something else ("the first attack since the Taliban took control")
    coordinate = [s.root for s in group if s.root.pos_ in VERBAL and s.root.i != verb.i
                  and (s.root.dep_ in ("ccomp", "conj", "parataxis") and not any(c.dep_ == "mark" for c in s.root.children)
                       or _when_doers(s.root, verb))]
    ending = _responded(verb, top.root) or _gap_before(verb, top.root) or _ending_it(verb, trig_ids)
    # (who ended, stopped or found the act, or acted days after it, did not do it)
    # an act told inside another's phrase reads no doer from around it, only a verb of its own phrase does ("pounded
    # Gaza after Hamas fighters broke through the fence and killed 900": the fighters)
    own_verb = not nested or (verb.pos_ in VERBAL and verb.i in {t.i for t in top.root.subtree})
    # "the group warned that Kenyans would face further attacks": the warner threatens; who faces them is no doer
    said_by = verb.head if warned_to_come(verb, top.root) else verb
    for acts in ([[] if ending or _telling(verb) else [said_by], coordinate] if own_verb else []):
        if perps:
            break
        # "The Islamic State did not claim the attack": who did not do or own it is no doer
        for subj in (x for v in acts if not any(c.dep_ == "neg" for c in v.children) for x in subjects(v)):
            if subj.i in trig_ids and subj.pos_ != "PROPN" and not (
                    subj.lower_ in r.perpetrator_nouns or subj.lemma_.lower() in r.perpetrator_nouns):
                continue                                 # "the blast killed": the event, not its author ("gunmen" is)
            m = perpetrator_of(subj, offset, history, places)
            if m is not None:
                perps.append(m)
                perps.extend(x for x in [members_of(subj, m, offset)] if x is not None)   # "FMLN urban guerrillas"
                perp_token_ids.update(t.i for t in subj.subtree)
    for helper in ([] if nested or ending else _helpers(verb)):   # "carried out the bombings with the help of X"
        m = perpetrator_of(helper, offset, history, places)
        if m is not None and m.canonical:
            perps.append(m)
            perp_token_ids.update(t.i for t in helper.subtree)
    for trig in group_tokens:
        for c in trig.children:
            if c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ == "by") or (
                    c.dep_ == "amod" and actor_in([c], doc) is not None):     # "a Russian missile"
                tok = next((x for x in c.children if x.dep_ == "pobj"), None) if c.dep_ == "prep" else c
                if tok is None:
                    continue
                m = perpetrator_of(tok, offset, history, places)
                if m is not None and c.dep_ == "compound" and not (m.canonical or tok.text.isupper()
                                                                   or m.kind != "organization"):
                    continue                            # "the Crocus attack": a venue's name, unlike "the ELN attack"
                if m is not None and (m.kind != "state" or m.canonical or c.dep_ == "prep"):
                    perps.append(m)
                    perps.extend(x for x in [members_of(tok, m, offset)] if x is not None)
                    perp_token_ids.update(t.i for t in tok.subtree)
    if not perps:                                       # "unknown gunmen ... opened fire": the trigger names its author
        for s in group:
            if s.root.lower_ in r.perpetrator_nouns or s.root.lemma_.lower() in r.perpetrator_nouns:
                m = perpetrator_of(s.root, offset, history, places)
                if m is not None:
                    perps.append(m)
                    perp_token_ids.update(t.i for t in s.root.subtree)
                    break
    if perps and etype is EventType.BATTLE:          # "forces killed scores during clashes with the Fano militia"
        for side_tok in _opponents(group_tokens):
            m = perpetrator_of(side_tok, offset, history, places)
            state = m is not None and (m.kind == "state" or any(
                a.label_ == "STATE" and a.start <= side_tok.i < a.end for a in doc.spans.get("actors", [])))
            if m is not None and not state and m.text not in {p.text for p in perps}:
                perps.append(m)
                perp_token_ids.update(t.i for t in side_tok.subtree)
    if not perps and etype is EventType.BATTLE:      # "fighting between the ELN and former FARC rebels": both sides
        for side_tok in _sides(group_tokens):
            m = perpetrator_of(side_tok, offset, history, places)
            if m is not None:
                perps.append(m)
                perp_token_ids.update(t.i for t in side_tok.subtree)
    if not perps:                                     # "foiled a plot by the Islamic State to bomb the shrine"
        for by in _plot_by(top.root):
            m = perpetrator_of(by, offset, history, places)
            if m is not None:
                perps.append(m)
                perp_token_ids.update(t.i for t in by.subtree)
                break
    if not perps and not nested:                     # "The group carried out a wave of bombings, including a double
        for subj in _doers_of_the_many(top.root):     # suicide attack near the shrine in 2016 that killed 80"
            m = perpetrator_of(subj, offset, history, places)
            if m is not None:
                perps.append(m)
                perp_token_ids.update(t.i for t in subj.subtree)
                break
    if not perps and not nested:
        author = named_author(doc, ids, top.root, offset)
        if author is not None:
            perps.append(author)
    victims = name_victims(doc, [c.noun for c in casualties if c.noun])
    etype = refine_type(etype, group, clause_span, perps, victims)
    if status is Status.THREATENED and etype not in _NOT_ATTACKS:
        etype = EventType.THREAT                      # "urged supporters to kill citizens": a threatened attack
    victim_ids = {t.i for s in counts for t in s}
    back = _back_reference(group, top, counts)
    answered = back and _answered_for(top.root)       # an act told before the sentence that answers for it ...
    blamed = answered and _blamed_on_another(top.root)   # ... whose day and subject are the blame's, not the act's
    tests = places
    places = place_mentions(doc, {t.i for t in top.root.subtree} if back else
                            ids - other_incident(doc, trig_ids) - _condition(verb, status), offset, places)
    places = act_places(doc, places, offset, verb) or _when_places(doc, verb, offset, tests)
    if _said_carried_out(top.root):
        places = []                                   # "its members from Hebron ... had carried out the shooting"
    place_ids = {t.i for e in doc.ents if e.label_ in ("GPE", "LOC") for t in e} | struck_towns(doc, offset, places,
                                                                                                 tests, trig_ids)
    trigger_ids = {t.i for s in doc.spans.get("triggers", []) for t in s}
    targets = targets_in(doc, group_tokens, ids, skip=perp_token_ids | place_ids | victim_ids | trigger_ids)
    if etype is EventType.ASSASSINATION:               # (resolve/merge moves people from targets to victims)
        for name, kind in targets:
            if kind == "person" and name not in victims:
                victims.append(name)
    weapons = [w for w in (weapon_word(s.text) for s in weapon_spans) if w]    # the words the text uses, not categories
    own = [s for s in doc.spans.get("dates", []) if not said_of_a_noun(s, top.root) and not since_then(s, top.root)
           and not gap_to_another(s, top.root) and not judged_day(s, top.root) and not dates_another_when(s, top.root)
           and not claimed_day(s, top.root)]
    # "pounded Gaza on Monday after fighters ... on Saturday"; "the deadliest since the army seized power in 2021"
    away = _told_apart(doc, trig_ids) | _clause_apart(doc, trig_ids)
    dates = [(s.text, offset + s.start_char) for s in own
             if s.start in ids and s.start not in away and not rite_day(s, mourning=False)]
    compared = likened(top.root, verb)               # "the attack revived memories of the 1980s": not its date
    if not dates and not compared:
        dates = _when_date(doc, verb, offset) or _shared_time(doc, verb, offset) or _year_after(doc, verb, offset)
    if not dates and single and not compared:
        dates = [(s.text, offset + s.start_char) for s in own    # not the mourning's day, nor the report's
                 if not rite_day(s) and not later_day(s, top.root) and not report_day(s) and s.start not in away
                 and not _day_of_saying(s, top.root)]
    plural = (top.root.tag_ in ("NNS", "NNPS") and top.root.pos_ == "NOUN" and etype is not EventType.THREAT
              and top.root.lower_ not in r.perpetrator_nouns and top.root.lemma_.lower() not in r.perpetrator_nouns
              and not any(c.dep_ == "nummod" for c in top.root.children) and not casualties
              and not ({etype.value, top.label_} & _PLURAL_OK and places) and not _used_weapons(top.root)
              and not _named_plural(top.root)) or (_campaign(top.root) and not casualties) or over_a_period(top.root) \
        or any(example_of_many(s.root) for s in group) \
        or (etype is not EventType.THREAT and _over_recent_span(verb, dates)) \
        or (all(s._.generic for s in group) and SPREAD.search(clause_span.text) is not None)
    trig_text = " ".join(s.text for s in sorted(group, key=lambda s: s.start))
    return EventDraft(
        event_type=etype, status=status, trigger=trig_text, trigger_start=offset + top.start_char,
        sentence_start=offset, sentence_end=offset + len(doc.text), sentence_text=doc.text,
        clause_key=(offset, verb.i), weight=max(s._.weight for s in group),
        generic=all(s._.generic for s in group), suicide=is_suicide(clause_span.text if not single else doc.text),
        plural_unquantified=plural, several=_counted_acts(group), perpetrators=[] if blamed else _dedupe(perps),
        anaphoric=top.root.pos_ == "NOUN" and (any(c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those")
                                                   for c in top.root.children) or back or _misread_pointer(top.root)
                                               or _said_carried_out(top.root)),
        definite=top.root.pos_ == "NOUN" and (any(c.dep_ == "det" and c.lower_ in ("the", "that", "this")
                                                  for c in top.root.children) or _misread_pointer(top.root)),
        boast=bool(casualties) and _doers_word(verb), answered=answered, named=_named_as(group),
        targets=targets,
        victims=list(dict.fromkeys(victims)), weapons=list(dict.fromkeys(weapons)),
        fatalities=total(casualties, "killed"), injuries=total(casualties, "injured"),
        date_texts=[] if blamed else dates, place_texts=places,
    )


_BOASTING = frozenset({"say", "claim", "announce", "boast"})


def _doers_word(verb: Token) -> bool:
    """"JNIM said its fighters had killed hundreds of soldiers", "the group claimed to have killed 30": a toll told
    in what the group itself said is its word, which anyone else's count outranks (resolve/merge)."""
    while verb.dep_ == "conj":
        verb = verb.head
    speech = verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or speech.lemma_.lower() not in _BOASTING:
        return False
    subj = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lower_ == "it" or any(
        a.label_ == "ACTOR" and a.start <= subj.i < a.end for a in subj.doc.spans.get("actors", [])))


def _doers_of_the_many(trigger: Token) -> list[Token]:
    """An act given as an example of the acts a verb's subject carried out ("the group carried out a wave of
    bombings, including a double suicide attack"): that subject did it."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in ("including", "like"):
        return []
    verb = prep.head
    while verb.pos_ not in VERBAL and verb.head.i != verb.i:      # "a wave of bombings": the wave is the object
        verb = verb.head
    return subjects(verb) if verb.pos_ in VERBAL and (performing(verb) or does_act(verb)) else []


def _plot_by(trigger: Token) -> list[Token]:
    """Who a plot is "by", when the act is what the plot held: "a plot by the Islamic State to bomb the shrine" (the
    infinitive on the plot, or on the verb whose object the plot is)."""
    plots = word_lists("non_events")["plot_nouns"]
    nouns = [trigger.head] if trigger.dep_ == "acl" else [
        c for c in trigger.head.children if c.dep_ == "dobj"] if trigger.dep_ in ("xcomp", "advcl") else []
    return [g for n in nouns if n.lower_ in plots for c in n.children if c.dep_ == "prep" and c.lower_ == "by"
            for g in c.children if g.dep_ == "pobj"]


def _responded(verb: Token, trigger: Token) -> bool:
    """The subject of the clause's verb responded to the act and did not do it: it ended the act told as its object
    ("troops ended the 30-hour siege after gunmen stormed the hotel") or caught one who took part in it ("police
    arrested Salah Abdeslam, a suspect in the Paris attacks"), or the verb (or one coordinated with it, or above the
    trigger) stops or finds the device or plot whose phrase holds the trigger ("police defused a bomb", "soldiers
    found and defused a roadside bomb", "police foiled a plot to bomb a church"), or the verb moved people toward the
    act ("the police moved shoppers toward the blast")."""
    words = word_lists("target_words")
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("toward", "towards") and verb.i in (
            trigger.head.head.i, trigger.head.head.head.i):
        return True

    def holds(v: Token, deps: tuple[str, ...]) -> bool:
        return any(c.dep_ in deps and c.left_edge.i <= trigger.i <= c.right_edge.i for c in v.children)

    if verb.lemma_.lower() in words["ending_verbs"] and holds(verb, ("dobj",)):
        return True
    if verb.lemma_.lower() in words["capture_verbs"] and verb.i != trigger.i and (holds(verb, ("dobj",)) or any(
            c.dep_ == "prep" and _sought_over(c) and c.left_edge.i <= trigger.i <= c.right_edge.i
            for c in verb.children)):
        return True                                   # "police arrested Salah Abdeslam, a suspect in the Paris attacks",
                                                      # "police were hunting for a man seen beside two suicide bombers"
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in VERBAL] + [
        a for a in list(trigger.ancestors)[:4] if a.pos_ in VERBAL]        # "foiled a plot to bomb": above the verb
    return any(v.lemma_.lower() in words["stopping_verbs"] and (
        holds(v, ("dobj", "nsubjpass")) or trigger.head.i == v.i and trigger.dep_ == "xcomp")   # "a plot | to bomb"
        for v in verbs)


def _ending_it(verb: Token, trig_ids: set[int]) -> bool:
    """"Indian commandos killed the last gunmen holed up in the hotel on Saturday morning, ending a three-day siege
    ... in which at least 166 people were killed": the verb's act ended the act its clause goes on to name; its
    subject is the responders."""
    words = word_lists("target_words")["ending_verbs"]
    return any(c.dep_ in ("advcl", "acl") and c.lemma_.lower() in words and c.i != verb.i and not any(
        g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and any(g.dep_ == "dobj" and g.i in trig_ids
                                                                     for g in c.children) for c in verb.subtree)


def _sought_over(prep: Token) -> bool:
    """"hunting for a man seen beside the bombers", "arrested in connection with the killing", "detained over the
    attack": the phrase says what the catch was for (not "captured the post after an assault")."""
    return prep.lower_ in ("for", "over") or prep.lower_ == "in" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in ("connection", "relation", "relations", "link") for c in prep.children)


def _gap_before(verb: Token, trigger: Token) -> bool:
    """"Belgian police were hunting on Wednesday for a man ..., a day after attacks on the airport and a metro station
    killed at least 31": an act told in a gap phrase hung on the verb ("a day after", "weeks after") came before what
    the verb tells; its subject did not do it."""
    units = recall_words().gap_units
    for anc in trigger.ancestors:
        if anc.i == verb.i:
            return False
        if anc.dep_ == "prep" and anc.lower_ in ("after", "before") and anc.head.dep_ == "npadvmod" \
                and anc.head.lemma_.lower() in units and anc.head.head.i == verb.i:
            return True
    return False


def _back_reference(group: list[Span], top: Span, counts: list[Span]) -> bool:
    """"The shooting revived memories of ...", "The bombing drew condemnation", "it claimed the ambush months later",
    "the rebels claimed that attack, but Washington blamed Iran", "hours after the siege ended", "blamed dissidents
    for the bombing": a definite act named as the subject or object of a verb that tells no act, or as what someone
    is blamed, held responsible or arrested for, points back to one the article already told; it adds no figure of
    its own, nor the places of its sentence."""
    root = top.root
    if root.lower_ in roles().perpetrator_nouns or root.lemma_.lower() in roles().perpetrator_nouns:
        return False                                  # "the bombers struck three churches": the doers, not the act
    if any(s.start <= root.i < s.end and weapon_word(s.text) for s in root.doc.spans.get("weapons", [])):
        return False                                  # "the rocket missed the post": the arm, told with its own act
    answered = _answered_for(root)
    if len(group) > 1 or counts or (root.dep_ not in ("nsubj", "nsubjpass", "dobj") and not answered) or not any(
            c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in root.children):
        return False
    if root.head.lemma_.lower() in _OCCUR and not _time_clause(root.head) and not _came_beside(root.head) or (
            root.dep_ == "dobj" and performing(root.head)):
        return False                                  # "the attack happened on Thursday in Wazirabad": its own day
    head = root.head.head if answered else root.head
    return not any(head.i in range(s.start, s.end) for s in root.doc.spans.get("triggers", []))


def _answered_for(root: Token) -> bool:
    """"blamed dissidents for the bombing", "a commander whom Israel held responsible for the rocket attack": the act
    someone is blamed, held responsible or arrested for (not "for the attack on Shultz when ...", told anew)."""
    return root.dep_ == "pobj" and root.head.lower_ in ("for", "over") and \
        root.head.head.lemma_.lower() in _ANSWERING and all(c.dep_ in ("det", "amod", "compound") for c in root.children)


_BLAMERS = frozenset({"blame", "arrest", "detain", "charge", "convict", "sentence", "punish", "condemn", "accuse"})


def _blamed_on_another(root: Token) -> bool:
    """"Petro blamed dissidents for the bombing", "a commander whom Israel held responsible for the rocket attack":
    the subject blames someone else (unlike "the Taliban claimed responsibility for the attack", or "was responsible
    for it", whose subject did it)."""
    holder = root.head.head                            # (called on what _answered_for read: "for/over the act")
    return holder.lemma_.lower() in _BLAMERS or (holder.lemma_.lower() == "responsible"
                                                 and holder.head.lemma_.lower() == "hold")


# what answers for an act told before: "blamed X for the bombing", "arrested two men over the attack"
_ANSWERING = frozenset({"blame", "responsibility", "responsible", "credit", "arrest", "detain", "charge", "convict",
                        "sentence", "punish", "condemn", "accuse"})


_OCCUR = frozenset({"happen", "occur", "take", "come", "unfold", "begin", "start", "end"})
_TIME_MARKS = frozenset({"after", "before", "since", "until", "till", "once"})


def _came_beside(verb: Token) -> bool:
    """"The attack came a day before NATO leaders gathered in Washington", "The bombing came as ...": an act said to
    come before, after or amid something else is the act told before, placed in time by another."""
    return verb.lemma_.lower() == "come" and any(
        (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _BESIDE_MARKS for m in c.children))
        or (c.dep_ == "prep" and c.lower_ in _BESIDE_MARKS) for c in verb.children)


_BESIDE_MARKS = frozenset({"after", "before", "as", "amid", "while"})


def _time_clause(verb: Token) -> bool:
    """"hours after the siege ended", "since the offensive began": a clause that only dates the sentence's act by
    one told before."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children)


_ORDINALS = frozenset({"first", "second", "third", "fourth", "last", "latest", "twin"})


_HELP = frozenset({"help", "support", "assistance", "backing"})


def _helpers(verb: Token) -> list[Token]:
    """"An Indonesian couple carried out the bombings with the help of Abu Sayyaf": who helped the doers took part."""
    return [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
            for h in p.children if h.dep_ == "pobj" and h.lemma_.lower() in _HELP
            for q in h.children if q.dep_ == "prep" and q.lower_ in ("of", "from")
            for g in q.children if g.dep_ == "pobj"]


_CARRY_OUT = frozenset({"carry", "conduct", "stage", "perpetrate"})


def _named_plural(tok: Token) -> bool:
    """ "the murders of the Jesuit priests", "the killings of six nuns": a plural whose "of" names the very people
    it befell tells of one incident ("the killings of civilians" stays a statement about many); so does a plural
    counted in order ("The first explosions ripped through St. Anthony's Shrine ...", "twin blasts"), and so do the
    definite acts someone carried out ("said Abu Sayyaf had carried out the bombings"; not "the cell that carried
    out the attacks in Paris", which describes the cell)."""
    if any(c.dep_ == "amod" and c.lower_ in _ORDINALS for c in tok.children):
        return True
    verb = tok.head
    if tok.dep_ == "dobj" and verb.lemma_.lower() in _CARRY_OUT and verb.dep_ != "relcl" and any(
            c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children) and (verb.lemma_.lower() != "carry" or any(
            c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)):
        return True                                  # "said Abu Sayyaf had carried out the bombings": those told
    obj = of_object(tok)
    if obj is None or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children):
        return False
    specific = obj.pos_ == "PROPN" or any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in _DEFINITE
                                          for c in obj.children)
    return specific and (names_people(obj) or obj.ent_type_ == "PERSON")


def _used_weapons(tok: Token) -> bool:
    """ "planted explosives in the school", "lobbed grenades at the post", "explosive devices went off": explosives
    in the plural, as what the attackers used or what went off, are one act (a bare plural "bombings" stays a
    statement about many)."""
    cues = roles().type_cues
    if tok.lemma_.lower() not in cues.get("used_plural_weapons", frozenset()):
        return False
    return tok.dep_ in ("dobj", "pobj", "nsubjpass") or (
        tok.dep_ == "nsubj" and tok.head.lemma_.lower() in cues.get("went_off_verbs", frozenset()))


def _dedupe(perps: list[ActorMention]) -> list[ActorMention]:
    seen, out = set(), []
    for p in perps:
        key = (p.canonical or p.text).lower()
        if key and key not in seen:
            seen.add(key)
            out.append(p)
    return out
