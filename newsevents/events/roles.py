"""Who, whom, where, when inside one trigger clause of a parsed sentence (spaCy types stay in this folder)."""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from ..mentions.lexicon import roles
from .drafts import ActorMention
from .phrases import VERBAL, clean_name, names_people, of_object, phrase, word_lists
from .place_names import hyphen_parts, of_members, proper_runs, said_place
from .targets import targets_in  # noqa: F401  (assemble reads it from here with the other role finders)

SUBJECT_DEPS = {"nsubj", "csubj"}
_NATIONAL_NOUNS = {"embassy", "consulate", "ambassador", "envoy", "diplomat", "citizen", "national", "troop", "force",
                   "soldier", "army", "military", "government", "official", "minister", "president", "navy", "air",
                   "police", "intelligence", "authority", "mission", "delegation", "tourist", "aid", "worker", "personnel",
                   "staff", "adviser", "advisor", "contractor", "marine", "commando", "property", "interest",
                   "company", "firm", "business", "businessman", "missionary", "nun", "priest", "expert", "journalist",
                   "reporter", "executive", "volunteer", "installation", "vessel", "warship", "aircraft"}
_AIM_WORDS = {"on", "upon", "at", "against", "targeting", "into", "near", "of", "to", "for", "with", "by"}
_DIRECTION = {"northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
              "north-eastern", "north-western", "south-eastern", "south-western", "central", "suburban", "outer", "rural",
              "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "downtown", "remote",
              "restive", "volatile"}


def clause_verb(tok: Token) -> Token:
    """The verb that heads `tok`'s clause (the token itself when it is a verb); for an act named by "what it called"
    ("India carried out what it called surgical strikes"), the verb that did it."""
    cur = tok
    if _named_by_what(tok):
        cur = tok.head.head
    for _ in range(12):
        if cur.pos_ in VERBAL or cur.dep_ == "ROOT" or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _named_by_what(tok: Token) -> bool:
    """"what it called surgical strikes": the noun is the name a speaker gave to what the verb above did."""
    call = tok.head
    return (tok.dep_ == "oprd" and call.lemma_.lower() in ("call", "describe", "term", "dub")
            and any(c.lower_ == "what" for c in call.children) and call.head.i != call.i)


def clause_tokens(verb: Token, exclude_roots: Iterable[Token] = ()) -> set[int]:
    """Token indices of the verb's clause: its subtree without coordinated verbs' own clauses."""
    out = {t.i for t in verb.subtree}
    cut = [t for t in exclude_roots if t.i != verb.i and t.i in out]
    for c in cut:
        out.difference_update(t.i for t in c.subtree)
    return out


def subjects(verb: Token) -> list[Token]:
    """Active subjects of a verb, and `by` agents of a passive one; coordinated verbs share the first verb's subject."""
    subs = [_past_the_dateline(c) for c in verb.children if c.dep_ in SUBJECT_DEPS]
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        subs.extend(c for c in agent.children if c.dep_ == "pobj")
    rescued = verb.dep_ == "conj" and verb.head.lemma_.lower() in word_lists("target_words")["rescue_verbs"] and any(
        c.dep_ == "nsubjpass" for c in verb.children)   # "troops freed 100 passengers, and 20 people were killed"
    if not subs and not rescued and verb.head.i != verb.i and (verb.dep_ in ("conj", "xcomp", "dep")
                                               or (verb.dep_ == "advcl" and verb.tag_ == "VBG"
                                                   and not any(c.dep_ == "mark" for c in verb.children))):
        return subjects(verb.head)                    # "struck a village, killing three": the striker killed
    if not subs and verb.dep_ == "relcl" and not any(
            c.dep_ in ("nsubjpass", "auxpass") or c.dep_ == "advmod" and c.lower_ in ("where", "when")
            for c in verb.children):
        subs = [verb.head]                            # "gunmen who stormed": not "the suburb, where ... were killed"
    if not subs and verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children):
        subs = [t for t in [_armed_subject(verb)] if t is not None]
    return subs


_DASHES = frozenset({"—", "–", "-", "--"})


def _past_the_dateline(sub: Token) -> Token:
    """"BOGOTÁ, Colombia — Gunmen fired at a helicopter": the parser makes the dateline's place the subject and the
    doers its apposition after the dash; the doers are the subject. (documents/sentences.dateline_end blanks a
    dateline in capitals before the parse; one in mixed case with no date, "Bogotá, Colombia — Gunmen", reaches it.)"""
    dash = next((t for t in sub.subtree if t.text in _DASHES and sub.i < t.i <= 8 and t.whitespace_
                 and t.doc[t.i - 1].whitespace_), None)           # a spaced dash, not "a 20-year-old"
    if dash is None or sub.pos_ != "PROPN":
        return sub
    return next((c for c in sub.children if c.dep_ == "appos" and c.i > dash.i), sub)


def _armed_subject(verb: Token) -> Token | None:
    """"Gang members armed with rifles killed 70 people": the parser hangs "killed" on "rifles" as a participle, but
    a participle with an object of its own is the sentence's verb, and its subject is whom "armed with" describes."""
    cur, described = verb.head, False
    for _ in range(6):
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
            cur = cur.head.head
        elif cur.dep_ == "acl" and cur.tag_ == "VBN":
            cur, described = cur.head, True
        else:
            break
    return cur if described and cur.pos_ in ("NOUN", "PROPN") else None


def actor_in(span_or_tokens: Sequence[Token], doc: Doc) -> Span | None:
    idx = {t.i for t in span_or_tokens}
    for a in doc.spans.get("actors", []):
        if a.start in idx:
            return a
    return None


_BORDERS = frozenset({"border", "frontier", "boundary"})


def _neighbour(root: Token) -> bool:
    """"near the border with Niger": the country across the border, not where the act was."""
    return root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.head.lemma_.lower() in _BORDERS


def doer_word(tok: Token) -> bool:
    """The word is one of the lexicon's doers ("gunmen", "assassin", "bombers"), by its form or its lemma."""
    nouns = roles().perpetrator_nouns
    return tok.lower_ in nouns or tok.lemma_.lower() in nouns


def _doer_noun(tok: Token) -> bool:
    """The noun names people or a group who can act ("militants linked to al-Qaeda"), not a thing."""
    r = roles()
    low, lemma = tok.lower_, tok.lemma_.lower()
    people = r.type_cues.get("person_nouns", frozenset())
    return (low in r.perpetrator_nouns or lemma in r.perpetrator_nouns or lemma in people or low in people
            or lemma in GROUP_HEADS or tok.ent_type_ in ("NORP", "ORG"))


GROUP_HEADS = frozenset({"group", "movement", "organization", "organisation", "militia", "faction", "outfit"})


def _the_group(tok: Token) -> bool:
    """"The group", "the Lebanese group": a group head with "the"."""
    return tok.lemma_.lower() in GROUP_HEADS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def described_group(tok: Token) -> bool:
    """"The Somali group", "the jihadist movement": a group named again by what it is, with only its nationality or
    creed before the noun (no name of its own: "the Wagner group" names one), and at most a clause told of it
    between commas ("The Lebanese group, which had claimed several attacks, denied ...")."""
    if not _the_group(tok):
        return False
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
    return bool(mods) and all(c.ent_type_ == "NORP" or (c.pos_ == "ADJ" and not c.ent_type_) for c in mods) \
        and not any(c.dep_ in ("appos", "acl") or (c.dep_ == "relcl" and not _between_commas(c))
                    or c.i > tok.i and c.dep_ == "prep" for c in tok.children)


def _between_commas(clause: Token) -> bool:
    """A clause set off by commas ("the group, which ..., denied"): told of the noun, not naming it."""
    doc, left, right = clause.doc, clause.left_edge.i, clause.right_edge.i
    return left > 0 and doc[left - 1].text == "," and right + 1 < len(doc) and doc[right + 1].text == ","


_FROM_WORDS = frozenset({"base", "based", "link", "linked", "back", "backed", "ally", "allied", "align", "aligned",
                         "inspire", "inspired", "sponsor", "sponsored"})


def group_from_somewhere(noun: Token) -> bool:
    """"The Yemen-based group", "the Iran-backed group": a group told by where it is based or who backs it, with no
    name of its own, points back like "the group"."""
    if noun.lemma_.lower() not in GROUP_HEADS or not any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children):
        return False
    before = noun.doc[noun.left_edge.i:noun.i]
    return any(t.lower_ in _FROM_WORDS for t in before) and all(
        t.pos_ != "PROPN" or t.head.lower_ in _FROM_WORDS for t in before)


def speaker_of(pron: Token) -> Token | None:
    """"The military said on Monday that it had killed 11 militants", "the Pakistani Taliban said it carried out the
    attack": the pronoun that does the act the speaker tells of is the speaker, when the speaker is a body that acts
    (a group, an army), not a person speaking for one."""
    verb = pron.head
    if pron.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in roles().speech_verbs:
        return None
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN") or speaker.ent_type_ == "PERSON":
        return None
    if (pron.lower_ == "it") != (speaker.tag_ in ("NN", "NNP")):
        return None
    kind = roles().perpetrator_nouns.get(speaker.lemma_.lower())
    named = speaker.ent_type_ in ("ORG", "NORP") or any(a.start <= speaker.i < a.end
                                                       for a in speaker.doc.spans.get("actors", []))
    return speaker if kind in ("organization", "state") or named else None


def perpetrator_of(tok: Token, offset: int, history: "ActorHistory",
                   places: "PlaceTests | None" = None) -> ActorMention | None:
    """An actor for a subject/agent/possessor token: a registry name, an anaphor, a generic noun, or a named org
    (not a place name the model took for one: a dateline's "MANCHESTER, England" is where, not who)."""
    doc = tok.doc
    r = roles()
    sub = list(tok.subtree)
    if (tok.pos_ == "NOUN" and not _doer_noun(tok)) or _the_group(tok):
        # "(hundreds of) radios used by Hezbollah members exploded"; "the Lebanese group, which had claimed attacks on
        # Israeli positions, denied ...": what the clause tells of is not the noun
        told = {t.i for c in tok.subtree if c.dep_ in ("acl", "relcl") and c.i != tok.i for t in c.subtree}
        sub = [t for t in sub if t.i not in told]
    elif group_from_somewhere(tok):                 # "the Yemen-based group, long considered al-Qaeda's branch"
        told = {t.i for c in tok.children if c.dep_ in ("acl", "relcl", "appos") for t in c.subtree}
        sub = [t for t in sub if t.i not in told]
    sub = [t for t in sub if not _inspired_by(t)]
    a = actor_in(sub, doc)
    if a is not None:
        return ActorMention(group_name(a), a._.canonical, "organization", offset + a.start_char)
    np = phrase(tok)
    low = clean_name(np.text).lower()
    full = np.text.lower()
    speaker = speaker_of(tok) if tok.lower_ in ("it", "they") else None
    if speaker is not None:
        return perpetrator_of(speaker, offset, history, places)
    if tok.lower_ in ("it", "they") or full in r.anaphors or (full.startswith(("the ", "its ", "their "))
                                                              and "the " + low in r.anaphors) or described_group(tok) \
            or group_from_somewhere(tok):
        found = history.latest(offset + tok.idx, groups_only=tok.lower_ not in ("it", "they"),
                               singular=tok.lower_ == "it")   # "the militants"; "it" is no "U.S. soldiers"
        if found is not None:
            history.add(replace(found, start=offset + tok.idx))   # "The group ... It claimed": the chain goes on
        return found
    kind = r.perpetrator_nouns.get(tok.lower_, r.perpetrator_nouns.get(tok.lemma_.lower()))
    if tok.lemma_.lower() in word_lists("perpetrator_words")["members"] and full.startswith("its "):
        kind = "individual"                            # "its followers attacked police stations": the group's people
    if kind in ("individual", "organization") and (full.startswith(("its ", "their ")) or _of_the_group(tok)):
        found = history.latest(offset + tok.idx, groups_only=True)   # "its gunmen", "gunmen from the group"
        if found is not None:
            return found
    crowd = _collective(tok, offset, history, places)
    if crowd is not None:
        return crowd
    for key in (low, tok.lower_, " ".join(t.lower_ for t in np if t.pos_ != "DET")):
        if key in r.perpetrator_nouns:
            return ActorMention(_kind_plural(tok, clean_name(np.text)), None, _rebel_kind(np, r.perpetrator_nouns[key]),
                                offset + np.start_char)
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ in ("ORG", "NORP"):
            if ent.label_ == "ORG" and places is not None and places.is_place(ent.text):
                return None
            return ActorMention(ent.text, None, "organization", offset + ent.start_char)
        if ent.root.i == tok.i and ent.label_ == "GPE" and tok.dep_ == "nsubj" and acts(tok.head) \
                and places is not None and places.is_country(clean_name(ent.text)):
            # "Israel struck a village": the state acts, by its forces
            return ActorMention(clean_name(ent.text), None, "state", offset + ent.start_char)
    if tok.lemma_.lower() in r.perpetrator_nouns:
        return ActorMention(clean_name(np.text), None, _rebel_kind(np, r.perpetrator_nouns[tok.lemma_.lower()]),
                            offset + np.start_char)
    return None


_REBEL_WORDS = frozenset({"rebel", "rebels", "insurgent", "guerrilla", "guerrillas", "separatist", "ethnic",
                          "liberation", "resistance", "jihadist", "militia", "private", "mercenary"})


def _rebel_kind(np: Span, kind: str) -> str:
    """"An ethnic Chinese rebel army", "the separatist forces": a force word told as a rebel one is a group, not a
    state's force."""
    return "organization" if kind == "state" and any(t.lower_ in _REBEL_WORDS for t in np) else kind


def _inspired_by(tok: Token) -> bool:
    """The token lies in a phrase that names what inspired the doer or what he pledged himself to ("a man who said he
    was inspired by the Islamic State", "had pledged allegiance to ISIS"): no doer of the act."""
    words = word_lists("target_words")["inspiration_words"]
    cur = tok
    while cur.dep_ in ("compound", "amod", "det", "pobj", "poss") and cur.head.i != cur.i:
        if cur.dep_ == "pobj":
            prep = cur.head
            held = prep.head                             # "inspired by", "allegiance to", "pledged support to"
            return prep.dep_ in ("agent", "prep") and (
                held.lemma_.lower() in words or held.lower_ in words
                or (held.dep_ == "dobj" and held.head.lemma_.lower() == "pledge"))
        cur = cur.head
    return False


def _of_the_group(tok: Token) -> bool:
    """ "gunmen from the group", "fighters of the movement": the phrase points back to a group named before."""
    return any(c.dep_ == "prep" and c.lower_ in ("from", "of") and any(
        g.dep_ == "pobj" and phrase(g).text.lower() in roles().anaphors for g in c.children) for c in tok.children)


def _collective(tok: Token, offset: int, history: "ActorHistory", places: "PlaceTests | None") -> ActorMention | None:
    """ "A group of hooded men", "a gang of kidnappers": the band is named with its members, as the text says it."""
    if tok.lemma_.lower() not in word_lists("perpetrator_words")["collectives"]:
        return None
    members = of_object(tok)
    if members is None:
        return None
    inner = perpetrator_of(members, offset, history, places)
    if inner is None or inner.canonical or inner.kind != "individual":
        return None
    span = tok.doc[tok.left_edge.i:phrase(members).end]
    return ActorMention(clean_name(span.text), None, "individual", offset + span.start_char)


def _members_start(group: Span) -> int:
    """Where the words naming the group's people begin at the end of a registry name ("FMLN guerrillas", "ELN
    rebels": the registry knows the phrase whole); the group's end when none do, or when they are all it says."""
    nouns = roles().perpetrator_nouns
    members = word_lists("perpetrator_words")["members"]
    last = group[-1]
    if len(group) > 1 and (last.lemma_.lower() in members or nouns.get(last.lower_) == "individual"
                           or nouns.get(last.lemma_.lower()) == "individual"):
        return last.i
    return group.end


def group_name(group: Span) -> str:
    """The group by its own name: "FMLN guerrillas" is the FMLN (its people are named apart, by members_of)."""
    return clean_name(group.doc[group.start:_members_start(group)].text).strip("()[] ") or group.text


def members_of(tok: Token, actor: ActorMention, offset: int) -> ActorMention | None:
    """The people who acted, as the text names them, when the phrase names a registry group inside it ("urban
    guerrillas" of "FMLN urban guerrillas", "members of the Camilist Union", "hooded men" of "hooded men thought to be
    ELN militants") or points back to one ("the guerrillas"). The group is the organisation; these words name the
    individuals."""
    if not actor.canonical or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    r = roles()
    words = word_lists("perpetrator_words")
    lemma = tok.lemma_.lower()
    if r.perpetrator_nouns.get(tok.lower_, r.perpetrator_nouns.get(lemma)) != "individual" and lemma not in words["members"]:
        return None
    group = actor_in(list(tok.subtree), tok.doc)
    doc = tok.doc
    if group is None:
        span = phrase(tok)                           # "the guerrillas", read as the group named before
    elif group.start <= tok.i < group.end:
        if tok.i < _members_start(group):
            return None                              # the head word is the group's own name
        span = doc[tok.i:group.end]                  # "FMLN guerrillas", a name the registry knows whole
    elif group.end <= tok.i:
        span = doc[group.end:tok.i + 1]              # "FMLN urban guerrillas" -> "urban guerrillas"
    elif lemma in words["members"]:
        span = doc[tok.left_edge.i:group.end]        # "members of the ELN": the words say whose members
    else:
        span = phrase(tok)                           # "hooded individuals thought to be ELN militants"
    name = clean_name(span.text)
    return ActorMention(name, None, "individual", offset + span.start_char) if name else None


_LIST_DEPS = {"conj", "appos", "compound", "amod", "nummod"}
_LIST_PREPS = {"of", "for", "from"}              # "cables for explosives", "a rifle from the enemy, six grenades"


def seized_arms(tok: Token) -> bool:
    """The weapon word names arms troops or police took, or arms traded ("troops confiscated 13 rifles, two grenades
    and several sticks of dynamite", "seized the following equipment: 376 rifles, ..."): through the list it stands
    in, it is the object of a verb of taking (roles.json "seized_arms"), so it tells of no attack. Found in a list
    ("guns, dynamite, fuses and detonators were found in his home") it is an arsenal, not a planted bomb."""
    words = word_lists("seized_arms")
    cur, listed = tok, False
    for _ in range(12):
        head = cur.head
        if head.i == cur.i:
            return False
        if head.pos_ in VERBAL:
            lemma = head.lemma_.lower()
            return cur.dep_ in ("dobj", "nsubjpass", "npadvmod") and (
                lemma in words["verbs"] or listed and lemma in words["found_in_lists"])
        if not (cur.dep_ in _LIST_DEPS or (cur.dep_ == "pobj" and head.lower_ in _LIST_PREPS)
                or (cur.dep_ == "prep" and cur.lower_ in _LIST_PREPS)):
            return False
        listed = listed or cur.dep_ in ("conj", "appos")
        cur = head
    return False


def _kind_plural(tok: Token, name: str) -> str:
    """An attacker's kind used as a modifier ("a guerrilla attack", "rebel offensive") names the attackers, not one
    of them: "guerrillas"."""
    if tok.dep_ not in ("compound", "amod") or tok.head.i <= tok.i or tok.head.pos_ != "NOUN":
        return name
    nouns = roles().perpetrator_nouns
    plural = name + ("S" if name.isupper() else "s")             # a "militia attack" is one group's: stays
    return plural if nouns.get(plural.lower()) == nouns.get(name.lower()) == "individual" else name


_AIMED_DEPS = {"dobj", "nsubjpass", "iobj", "attr"}


def named_author(doc: Doc, token_ids: set[int], trigger: Token, offset: int) -> ActorMention | None:
    """A named group told before the trigger in its own clause when the parse gave the trigger no subject
    ("guerrillas from the FARC, armed with rifles, fired on ...": the subject hangs off a fronted phrase). A group
    named as what was attacked, or after an aiming preposition, is not its author. An attack "carried out by" or
    "perpetrated by" someone, or a victim "who was shot by" someone, names its author beside the trigger."""
    roots = [s.root for s in doc.spans.get("triggers", []) if s.root.i in token_ids]
    verbs = [c for n in [trigger, *roots] if n.pos_ == "NOUN" for c in n.children
             if c.dep_ in ("acl", "relcl") and c.pos_ in VERBAL] + [v for v in roots if v.pos_ in VERBAL]
    for verb in verbs:
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            for obj in (c for c in agent.children if c.dep_ == "pobj"):
                found = perpetrator_of(obj, offset, ActorHistory())
                if found is not None:
                    return found
    users = {t.i for n in doc if n.pos_ == "NOUN" and not _doer_noun(n)      # "radios used by Hezbollah members"
             for c in n.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
    for a in doc.spans.get("actors", []):
        if a.start not in token_ids or a.end > trigger.i or not a._.canonical or a.start in users:
            continue
        root = a.root
        if root.dep_ in _AIMED_DEPS or (root.dep_ == "pobj" and root.head.lower_ in _AIM_WORDS):
            continue
        if any(t.dep_ == "poss" for t in a):
            continue                                  # "the Taliban's victims"
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in roles().speech_verbs:
            continue                                  # "Hezbollah blamed Israel for the attack": who tells or blames
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in _responding_verbs():
            continue                                  # "Kenyan forces end siege at Nairobi hotel": who ended it
        after = doc[a.end] if a.end < len(doc) else None
        if after is not None and after.lower_.rstrip("s") in _responding_verbs():
            continue                                  # "Somali Forces End 30-Hour Siege": a title the parse misread
        return ActorMention(group_name(a), a._.canonical, "organization", offset + a.start_char)
    return None


@lru_cache(maxsize=1)
def _responding_verbs() -> frozenset[str]:
    """Verbs whose subject ended, stopped or found an act ("end", "lift", "defuse", "foil"), not its author."""
    words = word_lists("target_words")
    return frozenset(words["ending_verbs"]) | frozenset(words["stopping_verbs"])


class ActorHistory:
    """Named actors in article order, for "it", "the group" and "they"."""

    def __init__(self) -> None:
        self.items: list[ActorMention] = []
        self.aside: set[int] = set()             # items "the group" never points to: state forces, patron groups
        self.patrons: set[int] = set()           # items nothing points to: groups named only as another's parent
        self.disowned: set[int] = set()          # items pointed to only when no other fits: groups that denied a part

    def add(self, mention: ActorMention, aside: bool = False, patron: bool = False, disowned: bool = False) -> None:
        if aside or patron:
            self.aside.add(len(self.items))
        if patron:
            self.patrons.add(len(self.items))
        if disowned:
            self.disowned.add(len(self.items))
        self.items.append(mention)

    def latest(self, before: int, groups_only: bool = False, singular: bool = False) -> ActorMention | None:
        """The last named actor before `before`, never a group named only as another's patron ("the militants, who
        are linked to al-Qaeda, ... they"); `groups_only`: not a state force either ("the group", "its gunmen");
        `singular`: not people named in the plural ("it" is never "U.S. soldiers"). A group that denied any part
        ("police suspected the Pakistani Taliban, who denied any role") is pointed to only when no other fits."""
        for skip in (self.disowned, set()):
            for i in range(len(self.items) - 1, -1, -1):
                m = self.items[i]
                if m.start < before and m.canonical and i not in self.patrons and i not in skip and not (
                        groups_only and i in self.aside) and not (singular and _plural_people(m.text)):
                    return m
        return None


def _plural_people(text: str) -> bool:
    """"U.S. soldiers", "Kenyan forces": a plural common noun at the end of the name."""
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    return last.islower() and last.endswith("s") and not last.endswith("ss")


@dataclass(frozen=True)
class PlaceTests:
    """What the gazetteer can tell the events stage about a name, injected by the pipeline."""
    is_place: Callable[[str], bool]
    is_demonym: Callable[[str], bool]      # "Chinese", "Russian": a nationality, not a place
    is_country: Callable[[str], bool] = lambda text: False   # "Israel", "the United States": a state


def _national(tok: Token) -> bool:
    head = tok.head
    lemma = head.lemma_.lower()
    lemma = lemma[:-3] + "y" if lemma.endswith("ies") else lemma.rstrip("s") if lemma.endswith("s") else lemma
    return tok.dep_ in ("compound", "amod", "conj", "nmod") and lemma in _NATIONAL_NOUNS


def place_mentions(doc: Doc, token_ids: set[int], offset: int,
                   tests: PlaceTests | None = None) -> list[tuple[str, int]]:
    """Place names in a clause, in text order, with a direction word kept ("northern Pakistan")."""
    actor_tokens = {i for a in doc.spans.get("actors", []) for i in range(a.start, a.end)}
    out = []
    if tests is not None:
        taken = actor_tokens | {t.i for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC") for t in e}
        for span in proper_runs(doc, token_ids, taken):
            if (span.root.dep_ == "poss" or (span.end < len(doc) and doc[span.end].tag_ == "POS")) \
                    and not _site_of_town(span.root):
                continue                              # "Karachi's international airport" (read as a body): where
            if _national(span.root) or tests.is_demonym(span.text) or _not_where(span.root) or of_members(span.root) \
                    or _neighbour(span.root):
                continue
            if span.text == "Us":
                continue                              # "INVOLVED US IN THE ATTACK" truecased: the pronoun
            # "Qalat-Zabul": the places its parts name; "the town of Busra Esh-Sham": a name the gazetteer spells
            # otherwise, whole
            names = [p for p in hyphen_parts(span) if tests.is_place(p.text)] or \
                ([span] if said_place(span) or tests.is_place(span.text) else [])
            out.extend((p.text, offset + p.start_char) for p in names)
    kinds = roles().facility_kinds.keys() | word_lists("target_words")["town_sites"]
    for ent in doc.ents:
        if (tests is not None and ent.label_ == "ORG" and ent.start in token_ids and ent.root.lemma_.lower() in kinds
                and ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("at", "in", "near", "outside", "inside", "on")):
            # "killed 148 students at Garissa University College", "drove into people on London Bridge": the town
            # a site or an institution is named for
            first = ent[0]
            if first.pos_ == "PROPN" and tests.is_place(first.text) and not tests.is_demonym(first.text):
                out.append((first.text, offset + first.idx))
        if ent.start not in token_ids or ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        if any(i in actor_tokens for i in range(ent.start, ent.end)):
            continue
        root = ent.root
        if (root.dep_ == "poss" or (ent.end < len(doc) and doc[ent.end].tag_ == "POS")) and not _place_of(root):
            continue                                  # "Pakistan's top diplomat": whose, not where
        if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.pos_ == "NOUN":
            continue                                  # "envoy to Afghanistan"
        if _neighbour(root):
            continue                                  # "near the border with Niger": the neighbour, not where
        if _national(root) or ent.text == "Us":
            continue                                  # "the U.S. embassy in Nairobi": whose embassy, not where
        if _not_where(root):
            continue
        if ent.label_ == "FAC" and any(t.lemma_.lower() in word_lists("target_words")["state_missions"] for t in ent):
            continue                                  # "the U.S. Embassy": the state's mission, wherever it stands
        start = ent.start
        if start > 0 and doc[start - 1].lower_ in _DIRECTION:
            start -= 1
        end = ent.end - 1 if ent[-1].tag_ == "POS" and len(ent) > 1 else ent.end
        end = next((t.i for t in ent[1:-1] if t.lower_ == "of" and doc[t.i + 1].pos_ != "PROPN"), end)
        span = doc[start:end]                         # "Guatemala of Salvadoran": the entity runs on into "of"
        out.append((span.text, offset + span.start_char))
        if ent.label_ == "FAC" and tests is not None:
            # "the Manchester Arena", "Promenade des Anglais in Nice": the town inside a facility's name
            inner = [t for t in ent if t.pos_ == "PROPN"]
            after_in = [t for t in ent if t.i > ent.start and doc[t.i - 1].lower_ in ("in", "of") and t.pos_ == "PROPN"]
            for t in after_in[:1] + inner[:1]:
                if tests.is_place(t.text) and not tests.is_demonym(t.text):
                    out.append((t.text, offset + t.idx))
                    break
    for tok in doc:
        # "the Afghan capital", "the Kenyan coast": a nationality adjective before "capital" or a stretch of land
        if (tok.i in token_ids and tok.i > 0 and doc[tok.i - 1].ent_type_ in ("NORP", "GPE")
                and (tok.lower_ == "capital" or tok.lower_ in word_lists("target_words")["national_lands"])
                and not (tok.lower_.startswith("border") and tok.dep_ == "pobj"
                         and tok.head.lower_ in ("near", "along", "on", "at", "by"))):   # "near the Malian border"
            span = doc[tok.i - 1:tok.i + 1]
            out.append((span.text, offset + span.start_char))
        elif (tok.i in token_ids and tok.lower_ == "capital" and tok.dep_ == "pobj" and tok.i > 0
              and doc[tok.i - 1].lower_ == "the" and tok.head.lower_ in ("in", "near", "outside", "across")):
            out.append((doc[tok.i - 1:tok.i + 1].text, offset + doc[tok.i - 1].idx))    # "stormed a hotel in the capital"
    out.sort(key=lambda x: x[1])
    return out


_SETTLEMENTS = frozenset({"town", "city", "village"})


def town_named_before(doc: Doc, ids: set[int], offset: int, places: PlaceTests | None) -> list[tuple[str, int]]:
    """"seized the town of Palma ..., five days after insurgents launched an assault on the town": a clause that says
    only "the town" (or "the city", "the village") is at the place the sentence named last before it."""
    anaphor = next((t for t in doc if t.i in ids and t.lower_ in _SETTLEMENTS and t.tag_ == "NN"
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                    and not any(c.dep_ in ("compound", "prep", "appos") for c in t.children)), None)
    if anaphor is None:
        return []
    offered = place_mentions(doc, {t.i for t in doc if t.i < anaphor.i}, offset, places)
    called = f"{anaphor.lower_} of "                  # "the town of Palma in northern Mozambique": Palma
    named = [i for i, p in enumerate(offered) if doc.text[:p[1] - offset].lower().endswith(called)]
    return offered[named[-1]:] if named else offered[-1:]     # with the places said after it ("in northern X")


def _site_of_town(root: Token) -> bool:
    """A town's possessive before a public site with no name of its own ("Karachi's international airport"); before a
    named part ("Pattani's Yaring district") the part says where, finer."""
    head = root.head
    return _place_of(root) and head.pos_ == "NOUN" and not any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)


def _place_of(root: Token) -> bool:
    """A town's possessive before a named place or a public site in it is where ("New York's Times Square",
    "Kabul's international airport"); before a person or a state's mission it is whose ("Pakistan's top diplomat",
    "Pakistan's embassy")."""
    if root.dep_ != "poss":
        return False
    head = root.head
    if head.pos_ == "PROPN":
        return head.ent_type_ in ("FAC", "LOC", "GPE") or (   # "Baghdad's Green Zone", "Kabul's Shar-e Naw"
            head.ent_type_ != "PERSON" and head.dep_ == "pobj" and head.head.lower_ in _AT)   # "at Berlin's
                                                               # Breitscheidplatz" (read as a body)
    lemma = head.lemma_.lower()
    words = word_lists("target_words")
    if lemma in words["national_lands"] or lemma in _TOWN_PARTS or lemma in words["town_sites"]:
        return True                                   # "Peshawar's old city", "Beirut's southern suburbs"
    return lemma in roles().facility_kinds and lemma not in words["state_missions"]


_AT = frozenset({"at", "in", "near", "outside", "inside"})
_TOWN_PARTS = frozenset({"city", "suburb", "outskirts", "district", "quarter", "neighborhood", "neighbourhood",
                         "downtown", "center", "centre", "part", "area", "heart"})


def _not_where(root: Token) -> bool:
    """A place named as the one blamed ("Iranian leaders pointed at Israel"), as where people came from ("troops
    flown in from Mali") or were going, as whom they served ("spying for the United States"), or as what was spoken
    of ("shouted about Aleppo"): not where the act was."""
    start = root                                      # "from his home in Conklin, New York": the phrase "from" opens
    if start.dep_ in ("amod", "compound") and start.head.dep_ == "pobj":
        start = start.head                            # "from Punjab province": the name modifies the unit word
    while start.dep_ == "appos" or (start.dep_ == "pobj" and start.head.lower_ in ("in", "of")
                                    and start.head.head.dep_ == "pobj"):
        start = start.head if start.dep_ == "appos" else start.head.head
    origin = start.dep_ == "pobj" and start.head.lower_ == "from" and (   # "Jabbar, an Army veteran from Texas",
        _moving(start.head) or start.head.head.dep_ == "appos"            # "two of its members from Hebron":
        or start.head.head.lemma_.lower() in word_lists("perpetrator_words")["members"]    # their home
        or _from_a_province(start))
    served = (root.dep_ == "pobj" and root.head.lower_ == "for"       # "killed for spying for the United States"
              and root.head.head.lemma_.lower() in word_lists("target_words")["serving_verbs"])
    topic = root.dep_ == "pobj" and root.head.lower_ in ("about", "regarding", "concerning")   # "shouted about Aleppo"
    return (origin or served or topic or _route_end(root) or _accused(root) or _names_it(root) or _acting_state(root)
            or _hyphen_modifier(root))


def _from_a_province(place: Token) -> bool:
    """"shot dead 23 men from Punjab province": people "from" a province or state came from there; the act's own
    place is told elsewhere (a town "from" which people were taken is the movement's, read by `_moving`)."""
    people = place.head.head
    if people.pos_ in VERBAL:                           # the parser hung "from" on the verb, after its object
        people = next((c for c in people.children if c.dep_ == "dobj" and c.right_edge.i + 1 == place.head.i), people)
    return people.pos_ == "NOUN" and names_people(people) and any(
        t.lower_ in ("province", "state", "region") for t in place.subtree)


def _hyphen_modifier(root: Token) -> bool:
    """The name opens a hyphened participle ("the Barbados-flagged carrier", "an Iran-backed militia", "a
    Gaza-based group"): whose flag, backer or base, not where the act was."""
    doc, i = root.doc, root.i
    return i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i + 1].whitespace_ and (
        doc[i + 2].tag_ in ("VBN", "VBD") or doc[i + 2].lower_.endswith("ed"))


def _route_end(root: Token) -> bool:
    """The end of a route told with its start ("as it travelled from Quetta to Peshawar", "flying from Tehran to
    Kyiv"), or where people fled to: where the travellers were going, not where the act was."""
    if root.dep_ != "pobj" or root.head.lower_ not in ("to", "toward", "towards"):
        return False
    start = root.head.head
    if start.lemma_.lower() in word_lists("target_words")["refuge_verbs"]:
        return True                                   # "residents fled to nearby Saint-Marc": their refuge
    if start.lower_ == "from" and _moving(start):
        return True                                   # "carrying 440 people from Quetta to Peshawar"
    objects = (x for o in start.children if o.dep_ == "dobj" for x in o.children)
    return _moving(root.head) and any(c.dep_ == "prep" and c.lower_ == "from" for c in [*start.children, *objects])


def _moving(prep: Token) -> bool:
    """The preposition tells a movement: it hangs on a verb of travel or sending, or on that verb's object
    ("flown in from Mali", "carrying 440 people from Quetta")."""
    head = prep.head
    verb = head.head if head.dep_ == "dobj" else head
    return verb.lemma_.lower() in word_lists("target_words")["origin_verbs"]


def _names_it(root: Token) -> bool:
    """The place name is the subject of a verb of naming ("bombed what New Delhi called a training camp"): the
    government it stands for, not where the act was."""
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in word_lists("target_words")["naming_verbs"]


def _acting_state(root: Token) -> bool:
    """The place name is the subject of the act itself or of a statement ("The United States fired 59 missiles at a
    Syrian air base", "that Washington blamed on", "Moscow said"): the state that acts or speaks, not where the act
    was; also each of several states that act ("The United States and Britain have carried out air strikes"). A town
    that suffers ("Kabul was hit") is a passive subject and stays."""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    lemma = verb.lemma_.lower()
    words = word_lists("target_words")
    if lemma in roles().speech_verbs or lemma in words["accusing_verbs"] or lemma in words["stance_verbs"]:
        return True
    return acts(verb)


def acts(verb: Token) -> bool:
    """The verb is an act word or governs one ("struck a village, killing three"), or carries out the violent act its
    object names ("carried out air strikes"; not "condemned the assassination", nor "Guntur launched a protest":
    a town's people do that)."""
    if verb.pos_ != "VERB":
        return False
    spans = verb.doc.spans.get("triggers", [])
    performs = performing(verb)
    return any(s.start <= verb.i < s.end or (s.root.head.i == verb.i and s.root.dep_ in ("advcl", "xcomp", "conj"))
               or (performs and s.label_ not in _CROWDS and object_of(s.root, verb)) for s in spans)


def object_of(noun: Token, verb: Token) -> bool:
    """The noun is the verb's object, or one of several ("began air and artillery strikes")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "dobj" and noun.head.i == verb.i


def performing(verb: Token) -> bool:
    """The verb carries out the act its object names ("carried out", "staged", "launched"; roles.json
    performing_verbs)."""
    return verb.lemma_.lower() in word_lists("target_words")["performing_verbs"]


_CROWDS = frozenset({"protest", "riot"})


def _accused(root: Token) -> bool:
    """The place name is the object of a verb of blame ("blamed Pakistan", "pointed at Israel and the United States")."""
    head = root
    while head.dep_ == "conj":
        head = head.head
    verb = head.head.head if head.dep_ == "pobj" else head.head if head.dep_ == "dobj" else None
    return verb is not None and verb.lemma_.lower() in word_lists("target_words")["accusing_verbs"]


def name_victims(doc: Doc, victims: list[str]) -> list[str]:
    """A casualty noun followed by a person's name ("killed presidential candidate Luis Galan") stands as that name; a
    word that only counts ("one person and five others") names no victim."""
    out = []
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    for v in victims:
        at = doc.text.find(v)
        named = None
        if at >= 0:
            end = at + len(v)
            named = next((e for e in persons if 0 <= e.start_char - end <= 2 and doc.text[end:e.start_char] in ("", " ", ", ")),
                         None)
        out.append(clean_name(named.text if named is not None else v))     # "six Jesuit priests" -> "Jesuit priests"
    vacuous = word_lists("target_words")["vacuous_names"]
    return [v for v in dict.fromkeys(out) if v.lower() not in vacuous]   # "five others" names nobody
