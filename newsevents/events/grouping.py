"""Which trigger mentions of one sentence tell of one act: grouped along the parse, kept apart by coordination, by
phrases about another incident ("since", "after") and by relative clauses that describe an earlier noun."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..mentions.lexicon import recall_words, roles
from .background import separates
from .phrases import word_lists
from .roles import VERBAL

_BLOCKING_DEPS = {"conj", "ccomp", "parataxis", "dep"}
# a relative clause that blames its noun for an act tells of another act: "a commander whom Israel held responsible"
_BLAMING = frozenset({"hold", "blame", "accuse", "suspect", "charge", "convict", "sentence", "arrest", "want"})


def _path_blocked(low: Token, high: Token, casualty_ids: frozenset[int] = frozenset(),
                  step_ids: frozenset[int] = frozenset()) -> bool:
    """Coordinated verbs are separate acts; "the worst attack since the 1998 bombing" names two events.
    Coordinated casualty verbs ("one was killed and five were wounded") report one act, unless the second has doers
    and a time of its own ("gunmen killed 130 in Paris in 2015, and bombers killed 32 in Brussels the following
    year")."""
    cur = low
    while cur.i != high.i and cur.head.i != cur.i:
        if cur.dep_ == "conj" and cur.i in casualty_ids and cur.head.i in casualty_ids and not _own_doers_and_time(cur):
            cur = cur.head
            continue
        if cur.dep_ == "conj" and cur.i in step_ids and cur.head.i in step_ids and _one_doing(cur.head, cur):
            cur = cur.head
            continue
        if cur.dep_ in _BLOCKING_DEPS and cur.pos_ in VERBAL and not _held_misread(cur):
            return True
        if cur.dep_ == "relcl" and cur.pos_ in VERBAL and cur.lemma_.lower() in _BLAMING and cur.i != low.i:
            return True                  # "killing a commander whom Israel held responsible for the rocket attack"
        if separates(cur):
            return True
        cur = cur.head
    return False


def _held_misread(tok: Token) -> bool:
    """"taking hundreds of them hostage": the parser read "hostage" as a verb its clause hangs on; it completes
    "taking", one act with it."""
    return tok.lower_ in ("hostage", "hostages", "captive", "captives") and tok.head.lemma_.lower() in _LIGHT_VERBS


def _own_doers_and_time(verb: Token) -> bool:
    """The coordinated verb names who acted (a noun, not "they") and when, apart from the verb before it."""
    doers = any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)
    return doers and any(c.dep_ not in ("nsubj", "conj", "cc") and any(t.ent_type_ == "DATE" for t in c.subtree)
                         for c in verb.children)


_WHERE = frozenset({"GPE", "LOC", "FAC"})
_WHEN = frozenset({"DATE", "TIME"})
_LATER = frozenset({"later", "next", "afterwards", "afterward", "subsequently", "following"})
_DAMAGE = frozenset({"arson", "facility_attack"})      # a burning told after an attack: the folds in resolve decide
_LIGHT_VERBS = frozenset({"take", "hold", "launch", "stage", "mount", "carry"})   # "taking others hostage"
# "the massacre recalled the attack in Pulwama", "the bombing surpassed the 2015 attack": one act likened to another
_LINKING = frozenset({"recall", "echo", "mirror", "resemble", "evoke", "surpass", "exceed",
                      "eclipse", "rival", "overshadow", "dwarf", "revive"})


def _own(verb: Token, kinds: frozenset[str]) -> bool:
    """The verb names a place or a time of its own; "held 1,100 people hostage for three days" tells how long, not
    when."""
    return any(c.dep_ not in ("nsubj", "nsubjpass", "conj", "cc") and any(
        t.ent_type_ in kinds and not (kinds is _WHEN and (_describes_noun(t) or _how_long(t, verb))) for t in c.subtree)
        for c in verb.children)


def _how_long(tok: Token, verb: Token) -> bool:
    """The time word hangs under "for" below the verb ("for three days")."""
    cur = tok
    while cur.i != verb.i and cur.head.i != cur.i:
        if cur.dep_ == "prep" and cur.lower_ == "for":
            return True
        cur = cur.head
    return False


def _describes_noun(tok: Token) -> bool:
    """A time said of a noun, not of the verb: "an eight-hour siege" tells how long, not when."""
    span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("amod", "compound") and root.head.pos_ == "NOUN" and not span.start <= root.head.i < span.end


def _one_doing(first: Token, second: Token) -> bool:
    """"Fighters blew up a stretch of track on Tuesday and opened fire on the train", "bandits killed 30 villagers
    and abducted dozens more on Saturday": verbs coordinated under one subject tell the steps of one act unless the
    second names doers of its own or a later time, or each names its own time or its own place."""
    if first.pos_ not in VERBAL or second.pos_ not in VERBAL:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
        return False
    if any(t.lower_ in _LATER for t in second.subtree if t.i > second.i):
        return False                                  # "was abducted and was killed later the same day"
    return not any(_own(first, kinds) and _own(second, kinds) for kinds in (_WHEN, _WHERE))


def likened(noun: Token, verb: Token) -> bool:
    """The act is the subject of a verb that likens it to another ("The massacre recalled the attack in Pulwama in
    February 2019"): the verb's date and place are the other act's."""
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i and verb.lemma_.lower() in _LINKING


def verb_of(span: Span) -> Token:
    """The verb a trigger tells its act with: the trigger's own word, or the verb whose object it is ("set fire",
    "taking others hostage")."""
    return span.root if span.root.dep_ != "dobj" else span.root.head


def crosses_separating_prep(low: Token, high: Token) -> bool:
    cur = low
    while cur.i != high.i and cur.head.i != cur.i:
        if separates(cur):
            return True
        cur = cur.head
    return False


def is_ancestor(a: Token, b: Token) -> bool:
    return any(x.i == a.i for x in b.ancestors)


def _own_clause_after_semicolon(a: Token, b: Token, trigger_ids: frozenset[int]) -> bool:
    """A semicolon stands between the two words and the later one's clause is an act with a subject of its own
    ("...; police shot him dead"), not a word a verb of telling takes ("...; the group claimed that bombing too")."""
    first, later = (a, b) if a.i < b.i else (b, a)
    semis = [t.i for t in a.doc[first.i:later.i] if t.text == ";"]
    if not semis:
        return False
    verb = later                                         # the verb of the later word's clause ("him dead": "shot")
    while verb.pos_ not in VERBAL and verb.head.i != verb.i and verb.head.i > semis[-1]:
        verb = verb.head
    return verb.i in trigger_ids and verb.pos_ in VERBAL and any(c.dep_ in ("nsubj", "nsubjpass")
                                                                 for c in verb.children)


def group_triggers(spans: list[Span]) -> list[list[Span]]:
    parent = list(range(len(spans)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    trigger_ids = frozenset(t.i for s in spans for t in s)
    device_verbs = frozenset(word_lists("target_words")["device_verbs"])
    step_ids = frozenset([t.i for s in spans if s.label_ not in _DAMAGE for t in s] + [
        verb_of(s).i for s in spans if s.label_ not in _DAMAGE and s.root.dep_ == "dobj" and s.root.tag_ != "NNS"
        and verb_of(s).lemma_.lower() in _LIGHT_VERBS] + [        # "carried out various bomb attacks": a record
        verb_of(s).i for s in spans if s.label_ == "bombing" and s.root.dep_ == "dobj"
        and verb_of(s).lemma_.lower() in device_verbs])           # "opened fire and set off explosives": a step
    step_ids = step_ids | {s.root.head.i for s in spans if _held_misread(s.root)}   # "held 1,100 people hostage"
    casualty_ids = frozenset(s.root.i for s in spans if s._.generic and s.label_ == "violence_against_civilians"
                             and s.root.pos_ in VERBAL)
    relative = [relative_clause(s) for s in spans]
    for j, rel in enumerate(relative):
        noun = _described_noun(spans, spans[j]) if rel else None
        if noun is not None:
            parent[find(j)] = find(noun)   # "the shootings in Christchurch, in which a gunman killed 50": one act
    for j, s in enumerate(spans):
        i = _where_crowds(spans, s)
        if i is not None:
            parent[find(j)] = find(i)
    for j, s in enumerate(spans):
        i = _undergone_by(spans, s)
        if i is not None:
            parent[find(j)] = find(i)
    for j, s in enumerate(spans):
        i = _restated(spans, s)
        if i is not None:
            parent[find(j)] = find(i)
    for i, a in enumerate(spans):
        for j in range(i + 1, len(spans)):
            b = spans[j]
            ra, rb = a.root, b.root
            if (relative[i] and not is_ancestor(ra, rb)) or (relative[j] and not is_ancestor(rb, ra)):
                continue                                 # the relative clause tells of its noun, not of the verb
            if _own_clause_after_semicolon(ra, rb, trigger_ids):
                continue                                 # "a gunman shot dead two fans; police shot him dead"
            if is_ancestor(ra, rb) and not _path_blocked(rb, ra, casualty_ids, step_ids):
                parent[find(j)] = find(i)
            elif is_ancestor(rb, ra) and not _path_blocked(ra, rb, casualty_ids, step_ids):
                parent[find(j)] = find(i)
            elif ra.head.i == rb.head.i and ra.head.pos_ in VERBAL and "conj" not in (ra.dep_, rb.dep_) and not (
                    separates(ra) or separates(rb)) and not likened(ra, ra.head) and not likened(rb, rb.head) \
                    and not (_own_sequel(ra) or _own_sequel(rb) or _when_clause(ra) or _when_clause(rb)):
                parent[find(j)] = find(i)       # two triggers as arguments of one verb
            elif _toll_of_the_verb(a, b, casualty_ids, step_ids) or _toll_of_the_verb(b, a, casualty_ids, step_ids):
                parent[find(j)] = find(i)
            elif _told_when(ra, rb) or _told_when(rb, ra):
                parent[find(j)] = find(i)
            elif _loaded_with(ra, rb) or _loaded_with(rb, ra):
                parent[find(j)] = find(i)
            elif (rb.i in casualty_ids and _toll_on_the_scene(ra, rb, trigger_ids)) or (
                    ra.i in casualty_ids and _toll_on_the_scene(rb, ra, trigger_ids)):
                parent[find(j)] = find(i)
            elif "threat" not in (a.label_, b.label_) and (_subject_goes_on(ra, rb, trigger_ids)
                                                           or _subject_goes_on(rb, ra, trigger_ids)):
                parent[find(j)] = find(i)
    groups: dict[int, list[Span]] = {}
    for i, s in enumerate(spans):
        groups.setdefault(find(i), []).append(s)
    return list(groups.values())


def _toll_of_the_verb(act: Span, toll: Span, casualty_ids: frozenset[int], step_ids: frozenset[int]) -> bool:
    """"In 2013 the group laid siege to the Westgate mall for four days, leaving 67 dead": the toll hangs under the
    verb whose object names the act; it is that act's, not the act of the clause before."""
    verb, low = act.root.head, toll.root
    if not (act.root.dep_ == "dobj" and toll._.generic and toll.label_ == "violence_against_civilians"
            and verb.pos_ in VERBAL and verb.i != low.i and not likened(act.root, verb)):
        return False
    # the toll is the verb's own participle clause (", killing 95") or what that clause leaves (", leaving 67 dead")
    clause = low if low.head.i == verb.i else low.head if low.head.head.i == verb.i else None
    return clause is not None and clause.dep_ == "advcl" and clause.i > act.root.i \
        and not _path_blocked(low, verb, casualty_ids, step_ids)


def _toll_on_the_scene(act: Token, toll: Token, trigger_ids: frozenset[int]) -> bool:
    """"A suicide bomber struck a park as families celebrated Easter, killing at least 70": the parser hangs the toll
    on the verb of the scene ("as ..., while ...") that the act's verb carries; the toll is the act's."""
    scene = toll.head
    if toll.dep_ != "advcl" or toll.tag_ != "VBG" or scene.dep_ != "advcl" or scene.i in trigger_ids or not any(
            c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in scene.children):
        return False
    verb = act.head if act.dep_ in ("nsubj", "nsubjpass") else act
    return scene.head.i == verb.i and verb.pos_ in VERBAL


def _restated(spans: list[Span], span: Span) -> int | None:
    """"... gunmen killed 145 people at a concert hall outside Moscow, an attack claimed by the Islamic State": an
    indefinite act noun set off by a comma in apposition restates the act told just before it (the parser may hang
    it on any noun of the sentence). The index of that act's trigger, or None."""
    noun, doc = span.root, span.doc
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].text != "," \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    before = [(s.root.i, k) for k, s in enumerate(spans) if s.root.i < noun.left_edge.i]
    return max(before)[1] if before else None


def _own_sequel(tok: Token) -> bool:
    """"The attack began shortly before Iran fired 180 missiles at Israel": a clause of its own doer opened by
    "before" or "after" on the verb the other act is an argument of tells another act."""
    return tok.dep_ == "advcl" and tok.pos_ in VERBAL and any(
        c.dep_ == "mark" and c.lower_ in ("before", "after") for c in tok.children) and any(
        c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in tok.children)   # ("after the former fired RPGs": a side)


def _subject_goes_on(noun: Token, verb: Token, trigger_ids: frozenset[int]) -> bool:
    """"A Houthi drone slipped through air defences and exploded near the embassy": the act word is the subject of
    a verb that tells no act, and the act verb coordinated with that verb, with no subject of its own, says what
    the same thing went on to do. Not people ("assailants launched a rocket and opened fire"), and not an act verb
    ("gunmen stormed the school and then set fire to the airport"): the rules for coordinated acts decide those."""
    holder = noun.head
    doers = roles().perpetrator_nouns                  # "assailants launched a rocket and opened fire": people
    return (noun.dep_ == "nsubj" and noun.pos_ == "NOUN" and holder.i not in trigger_ids
            and noun.lower_ not in doers and noun.lemma_.lower() not in doers
            and verb.dep_ == "conj" and verb.head.i == holder.i
            and verb.pos_ in VERBAL and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and _one_doing(holder, verb))


def _loaded_with(charge: Token, doer: Token) -> bool:
    """"A bomber drove a car packed with explosives into the building": what a vehicle is packed (laden, loaded) with
    arms the act of the verb the vehicle is an argument of, and `doer` is that verb or one of its arguments."""
    if charge.pos_ != "NOUN":
        return False
    loaded = word_lists("target_words")["loaded_words"]
    cur, through_participle = charge, False
    while cur.pos_ not in VERBAL or (cur.dep_ in ("acl", "amod") and cur.tag_ == "VBN"):
        if cur.dep_ in ("conj", "relcl", "appos") or cur.head.i == cur.i or separates(cur):
            return False
        if cur.dep_ in ("acl", "amod"):
            if cur.lower_ not in loaded and cur.lemma_.lower() not in loaded:
                return False                          # "a crash caused by a bomb": no vehicle loaded with it
            through_participle = True
        cur = cur.head
    return through_participle and cur.i != charge.i and (
        doer.i == cur.i or (doer.head.i == cur.i and doer.dep_ not in _BLOCKING_DEPS))


_OCCUR = frozenset({"come", "happen", "occur", "be", "take", "fail"})


def _told_when(noun: Token, tok: Token) -> bool:
    """"The group's worst attack came in July 2010, when bombs tore through crowds", "an attempt to kill a lawmaker
    failed when a roadside bomb exploded": the "when" clause of the verb whose subject is the act (or the attempt at
    it) tells how that act went."""
    if noun.dep_ in ("acl", "xcomp") and noun.pos_ in VERBAL:
        noun = noun.head
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.pos_ != "NOUN" or verb.lemma_.lower() not in _OCCUR:
        return False
    cur = tok
    while cur.head.i != cur.i and cur.head.i != verb.i:
        cur = cur.head
    when = next((c for c in cur.children if c.lower_ == "when" and c.dep_ in ("advmod", "mark")), None)
    return cur.head.i == verb.i and cur.dep_ == "advcl" and when is not None and not _record_start(when)


def _record_start(when: Token) -> bool:
    """"The assault was one of the deadliest since August last year, when gunmen killed hundreds of villagers": the
    "when" clause tells the act a record is counted from, not how the subject's act went."""
    cur = _before_when(when)
    if cur is None:
        return False
    while cur.head.i != cur.i and cur.dep_ != "prep":
        if cur.dep_ == "npadvmod" and any(c.dep_ == "prep" and c.lower_ in recall_words().comparing
                                          for c in cur.head.children):
            return True                               # "since August last year": "year" hung beside "since"
        cur = cur.head
    return cur.dep_ == "prep" and cur.lower_ in recall_words().comparing


def _when_clause(tok: Token) -> bool:
    """"Such raids began to spread in December 2020, when gunmen took 344 boys from a school": a "when" clause right
    after a date, with doers of its own, tells what happened then, not an argument of the verb the parser hangs it
    on ("was being defused when it detonated", "survived an attempt on his life when militants fired rockets" tell
    how one act went)."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children):
        return False
    when = next((c for c in tok.children if c.lower_ == "when" and c.dep_ in ("advmod", "mark")), None)
    before = _before_when(when) if when is not None else None
    return before is not None and before.ent_type_ == "DATE" and not _the_act_told(tok.head)


def _the_act_told(verb: Token) -> bool:
    """"It claimed the attack on the magazine's offices in January 2015, when two brothers shot dead 12 people": the
    verb's object is one act, named with "the", that the "when" clause goes on to tell."""
    acts = {t.i for s in verb.doc.spans.get("triggers", []) for t in s}
    return any(c.dep_ == "dobj" and c.i in acts and c.tag_ == "NN"
               and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in verb.children)


def _before_when(when: Token) -> Token | None:
    """The word right before "when", past a comma ("in December 2020, when ...": "2020")."""
    at = when.i - 1 - (when.i > 0 and when.doc[when.i - 1].text == ",")
    return when.doc[at] if at >= 0 else None


_RELATIVE = frozenset({"which", "whom"})
_SUBJECT_RELATIVE = frozenset({"that", "which"})
_EARLIER = frozenset({"again", "already", "before", "earlier", "last", "previously", "once"})


def _undergone_by(spans: list[Span], clause: Span) -> int | None:
    """"A bomb brought down the airliner that blew apart after take-off": a relative clause whose subject is the
    object the act struck tells what that act did to it, not a second act. The index of the act's trigger, if any."""
    root = clause.root
    noun = root.head
    if root.dep_ != "relcl" or root.pos_ not in VERBAL or noun.dep_ != "dobj" or separates(noun) or not any(
            c.lower_ in _SUBJECT_RELATIVE and c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return None
    if any(t.lower_ in _EARLIER for t in root.subtree):
        return None                                   # "the convoy that was attacked last year": an act of its own
    verb = noun.head
    return next((i for i, s in enumerate(spans) if s.root.i == verb.i
                 or (s.root.head.i == verb.i and s.root.dep_ == "nsubj")), None)


_GATHERINGS = frozenset({"protest", "riot"})


def _where_crowds(spans: list[Span], clause: Span) -> int | None:
    """"Protests took place in Mombasa, Kisumu and Nakuru, where crowds burned tires and blocked roads": a "where"
    clause on the town of a protest tells what its crowds did there; one gathering. The protest's index, if any."""
    root = clause.root
    if clause.label_ not in _GATHERINGS | {"arson"} or root.dep_ != "relcl" or not any(
            c.lower_ == "where" and c.dep_ == "advmod" for c in root.children):
        return None
    place = root.head
    while place.dep_ == "conj":
        place = place.head
    if place.dep_ != "pobj" or place.head.dep_ != "prep":
        return None
    verb = place.head.head
    return next((i for i, s in enumerate(spans) if s.label_ in _GATHERINGS and s is not clause
                 and (s.root.i == verb.i or s.root.head.i == verb.i)), None)


def relative_clause(span: Span) -> bool:
    """The trigger heads a relative clause ("in which a gunman killed 50", "during which ...") that the parse hung
    on the sentence's verb: it tells of the noun before it, not of the verb's other arguments."""
    root = span.root
    if root.pos_ not in VERBAL or root.dep_ not in ("advcl", "ccomp"):
        return False
    return any(c.i < root.i and (c.lower_ in _RELATIVE or (c.dep_ == "prep" and any(g.lower_ in _RELATIVE
                                                                                   for g in c.children)))
               for c in root.children)


def _described_noun(spans: list[Span], clause: Span) -> int | None:
    """The noun trigger nearest before a relative clause: the act the clause tells of."""
    before = [i for i, s in enumerate(spans) if s.root.pos_ == "NOUN" and s.root.i < clause.root.left_edge.i]
    return max(before, key=lambda i: spans[i].root.i) if before else None


def top_trigger(group: list[Span]) -> Span:
    """The group's head trigger: the highest in the parse; a relative clause's noun heads its clause."""
    clauses = [s.root for s in group if relative_clause(s)]
    nouns = [s for s in group if s.root.pos_ == "NOUN" and not any(is_ancestor(c, s.root) for c in clauses)]
    if clauses and nouns:
        return max(nouns, key=lambda s: s.start)
    return min(group, key=lambda s: (len(list(s.root.ancestors)), s.start))
