"""Claims of responsibility (the group's own word) and attributions (someone else says who did it)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..mentions.lexicon import roles
from .drafts import ActorMention, Claim
from .phrases import clean_name, word_lists
from .roles import GROUP_HEADS, ActorHistory, described_group, group_from_somewhere, speaker_of

# a negator in the claim's own clause: "no group has claimed", not "no one was hurt and the Taliban claimed"
_NEGATED = re.compile(r"\b(?:no|not|never|nobody|none|yet to|denied|denies|deny|n't|neither)\b"
                      r"(?:(?!\b(?:and|but|while|whereas)\b)[^.;]){0,40}$", re.I)
_LISTED_PEOPLE = re.compile(r"\b(?:freeing|freed|released|escaped)\b[^.;]{0,60}$", re.I)
_FORMER = re.compile(r"\b(?:former|ex-)\s*$", re.I)      # "former members of": those who left it
# "claimed responsibility for such attacks in the past", "for similar bombings": acts other than the one told
_OTHER_ACTS = re.compile(r"\s+(?:for\s+)?(?:(?:such|similar|previous|past|earlier|other)\s+\w+"
                         r"|[^.;]{0,40}?\bin the past\b)", re.I)


# words a writer puts inside a cue without changing it: "was also blamed for", "the group later claimed"
_INSERTED = r"(?:(?:also|reportedly|allegedly|later|initially|then|swiftly|quickly|promptly|officially|publicly" \
            r"|formally|subsequently|itself|themselves|immediately|both)\s+)?"
_QUOTE = r"[\"“‘]?"        # a quotation opening inside the cue: 'said the attacker was "a soldier of ...'
_POINTERS = frozenset({"the", "that", "this", "those", "these"})


def _flexible(cue: str) -> str:
    """A cue as a pattern that lets an adverb or an opening quotation mark stand between its words, and, in "claimed
    the attack", up to three words name the act between the determiner and its noun ("claimed the January 2015
    attack")."""
    words = cue.split()
    out = re.escape(words[0])
    for i, word in enumerate(words[1:], 1):
        named = words[0].startswith("claim") and words[i - 1] in _POINTERS and i == len(words) - 1
        out += (r"\s+(?:[\w'’-]+\s+){0,3}?" if named else r"\s+" + _INSERTED + _QUOTE) + re.escape(word)
    return out


@lru_cache(maxsize=8)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    # cues are sorted longest first, so the alternation prefers the longest cue at each position
    return re.compile(r"\b(?:" + "|".join(_flexible(c) for c in cues) + r")\b")


def _cue_positions(text: str, cues: tuple[str, ...]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _cue_pattern(cues).finditer(text.lower())]


def _names_place(ent: Span) -> bool:
    """An unknown "organisation" that is where, not who: "in the Dematagoda area of Colombo", "near Kalma" (place names
    the model tags as ORG)."""
    words = word_lists("perpetrator_words")
    root = ent.root
    if root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in words["place_heads"]:
        root = root.head
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ in words["place_preps"] or (prep.lower_ == "of" and prep.head.lemma_.lower() in words["place_heads"])


_AIMED = frozenset({"on", "against", "at", "outside", "near", "into"})


def _named_as_object(ent: Span) -> bool:
    """An unknown "organisation" named as what was aimed at or as a word before another noun ("an attack on Cologne
    Cathedral", "Champions League quarterfinals"): no group ("the Black Hawks militants" still is one)."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ in _AIMED and root.head.head.lemma_.lower() not in ("blame", "pin"):
        return True                                   # (but "blamed the bombing on the Jaime Martinez front")
    r = roles()
    head = root.head
    return root.dep_ == "compound" and head.i != root.i and not (
        head.lower_ in r.perpetrator_nouns or head.lemma_.lower() in r.perpetrator_nouns
        or head.lemma_.lower() in _GROUP_WORDS)


_GROUP_WORDS = GROUP_HEADS | frozenset({"front", "brigade", "brigades", "battalion", "army", "wing", "cell", "unit",
                                         "column", "command", "network"})


def _groups(doc: Doc) -> list[Span]:
    """Registry actors, and organisations the model names that the registry does not know ("the Black Hawks")."""
    known = list(doc.spans.get("actors", []))
    taken = {i for a in known for i in range(a.start, a.end)}
    stop = roles().not_group_words
    extra = [e for e in doc.ents if e.label_ == "ORG" and len(e.text) > 2
             and not any(i in taken for i in range(e.start, e.end))
             and not any(w in stop for w in e.text.lower().split()) and e.text.lower() not in stop
             and not _names_place(e) and not _named_as_object(e)]
    return sorted(known + extra, key=lambda s: s.start)


def _token_at(doc: Doc, char: int) -> Token | None:
    """The first token that starts at or after `char` (a cue's first word)."""
    return next((t for t in doc if t.idx >= char), None)


def _cue_verb(doc: Doc, char: int) -> Token | None:
    """The verb of the cue that starts at `char` (the cue's own first word, or the word it hangs on)."""
    tok = _token_at(doc, char)
    return tok if tok is None or tok.pos_ in ("VERB", "AUX") else tok.head


def _says_itself(doc: Doc, char: int, actor: Span) -> bool:
    """The cue's subject is a pronoun that stands for the group that says it ("Al-Qaeda in the Arabian Peninsula said
    on Sunday that it was behind the shooting")."""
    subject = _cue_subject(doc, char)
    speaker = speaker_of(subject) if subject is not None and subject.lower_ in ("it", "they") else None
    return speaker is not None and actor.start <= speaker.i < actor.end or _its_men(subject, actor)


@lru_cache(maxsize=1)
def _own_men() -> frozenset[str]:
    """Words for a group's own people ("its fighters", "one of its units", "two of its members")."""
    return word_lists("perpetrator_words")["members"] | {"fighters", "militants", "gunmen", "men", "unit", "units",
                                                         "cell", "cells", "forces"}


def _its_men(subject: Token | None, actor: Span) -> bool:
    """"Boko Haram's leader said his fighters were behind the abduction": the group, or one who speaks for it, says
    its own men did it."""
    if subject is None or subject.lower_ not in _own_men() or not any(
            c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in subject.children):
        return False
    verb = subject.head
    said = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in roles().speech_verbs else None
    return said is not None and any(actor.start <= t.i < actor.end for c in said.children if c.dep_ == "nsubj"
                                    for t in c.subtree)


def _cue_subject(doc: Doc, char: int) -> Token | None:
    verb = _cue_verb(doc, char)
    return next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None


def _unlisted_claimant(doc: Doc, char: int, offset: int) -> ActorMention | None:
    """A group the registry does not know, named as the subject of the claim ("a little-known group, Saraya Ansar
    al-Sunna, claimed responsibility"; "the Zomi Revolutionary Army claimed ..."): its name as written."""
    subj = _cue_subject(doc, char)
    if subj is None:
        return None
    named = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None) \
        if subj.pos_ == "NOUN" else subj if subj.pos_ == "PROPN" else None
    if named is None and subj.pos_ == "NOUN":
        named = _called(subj)                      # "a little-known group calling itself Saraya Awliya al-Dam"
    called_a_group = any(c.dep_ == "appos" and c.lemma_.lower() in _GROUP_WORDS for c in subj.children)
    if named is None or doc.text.isupper() or named.ent_type_ in ("GPE", "NORP", "LOC") or (
            named.ent_type_ == "PERSON" and named is subj and not called_a_group):
        return None                                # "a group, X, claimed": X is the group's name; so is "X, a
                                                   # militant group linked to ..., claimed", though read as a person
    words = [t for t in named.subtree if t.i <= named.i and (     # the name, not its description after it
        t.pos_ == "PROPN" or (t.dep_ == "compound" and t.text[:1].isupper()) or (t.text == "-" and not t.whitespace_))]
    if not words or words[-1].i - words[0].i + 1 != len(words):
        return None
    name = doc[words[0].i:words[-1].i + 1]
    return ActorMention(name.text, None, "organization", offset + name.start_char)


def _called(noun: Token) -> Token | None:
    """The name a group word is given in a participle after it: "a group calling itself X", "a group known as X",
    "a previously unknown group called X"."""
    for verb in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in ("call", "know", "name")):
        for c in verb.children:
            if c.dep_ == "oprd" and c.pos_ == "PROPN":
                return c
            if c.dep_ == "prep" and c.lower_ == "as":
                return next((o for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
    return None


def _named(group: Span, offset: int) -> ActorMention:
    """The group as the text names it, with the registry's name when it has one."""
    return ActorMention(group.text, group._.canonical, "organization", offset + group.start_char)


def _describes_claimant(doc: Doc, char: int) -> bool:
    """The cue at `char` stands in an apposition on the named subject of a claim ("Jaish al-Fursan, a militant group
    linked to the Pakistani Taliban, claimed responsibility")."""
    cue = _token_at(doc, char)
    return cue is not None and any(a.dep_ == "appos" and a.head.dep_ == "nsubj" and a.head.pos_ == "PROPN"
                                   and a.head.head.lemma_.lower() in ("claim", "take", "say")
                                   for a in [cue, *cue.ancestors])


def _patron_of_subject(doc: Doc, char: int, span: Span) -> bool:
    """The group found before the cue is named inside a description of the cue's subject, itself a name the registry
    does not know ("Jaish al-Fursan, a militant group linked to the Pakistani Taliban, claimed ...")."""
    subject = _cue_subject(doc, char)
    if subject is None or subject.pos_ != "PROPN" or span.start <= subject.i < span.end:
        return False
    described = {t.i for c in subject.children if c.dep_ in ("appos", "acl", "relcl") for t in c.subtree}
    return span.start in described and _unlisted_claimant(doc, char, 0) is not None


def _counted_people(doc: Doc, char: int) -> bool:
    """"a convoy carrying about 2,500 members of the Central Reserve Police Force": people counted as what a verb
    acts on are who they are, not who did the act."""
    tok = _token_at(doc, char)
    if tok is None or not any(c.dep_ == "nummod" for c in tok.children):
        return False
    return tok.dep_ == "dobj" or tok.dep_ == "pobj" and tok.head.lower_ != "by"   # ("killed by three members of")


def _actor_before(doc: Doc, char: int) -> Span | None:
    """The group named last before `char`, unless the subject of the cue's verb is another group named before it
    ("Al-Mourabitoun, a group later folded into JNIM, claimed that attack": Al-Mourabitoun) or names the group its
    speaker belongs to ("A commander of Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, claimed": the
    faction, not the patron its description names)."""
    before = [a for a in _groups(doc) if a.end_char <= char]
    if not before:
        return None
    subject = _cue_subject(doc, char)
    own = [a for a in before if subject is not None and a.start <= subject.i < a.end]
    if not own and subject is not None and subject.pos_ == "NOUN":
        described = {t.i for x in subject.subtree for c in x.children if c.dep_ in ("appos", "acl", "relcl")
                     for t in c.subtree}
        inside = [a for a in before if subject.left_edge.i <= a.start <= subject.right_edge.i
                  and a.start not in described]
        known = [a for a in inside if a._.canonical]     # "the Yaiphaba faction of the Kangleipak Communist Party"
        own = (known or inside)[:1]
    return own[-1] if own else before[-1]


def _co_claimants(doc: Doc, char: int, first: Span) -> list[Span]:
    """The other groups of a coordinated subject ("The Taliban and the Khorasan Chapter of the Islamic State each
    claimed responsibility"): each claims the act."""
    subject = _cue_subject(doc, char)
    if subject is None or not first.start <= subject.i < first.end:
        return []
    conj = {c.i for c in subject.conjuncts}
    return [a for a in _groups(doc) if a.end_char <= char and a.start != first.start
            and any(a.start <= i < a.end for i in conj)]


def _country_after(doc: Doc, char: int) -> Span | None:
    """"blamed Israel for both attacks": a state named right after the cue, as the object of its verb."""
    ent = next((e for e in doc.ents if e.start_char >= char), None)
    if ent is None or ent.label_ != "GPE" or ent.start_char - char > 2 or ent.root.dep_ not in ("dobj", "pobj"):
        return None
    return ent


def _actor_after(doc: Doc, char: int) -> Span | None:
    """The first group named after the cue, unless it stands in a relative clause on the cue's object ("blamed
    Iranian-backed militias, which have targeted U.S. forces": the militias were blamed, not the forces)."""
    for a in _groups(doc):
        if a.start_char >= char:
            described = any(t.dep_ == "relcl" and t.head.idx >= char for t in a.root.ancestors)
            return None if described else a
    return None


def _subject_text(tok) -> str | None:
    for c in tok.children:
        if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and not any(
                d.dep_ == "det" and d.lower_ in ("no", "none") for d in c.children):
            return clean_name(tok.doc[c.left_edge.i:c.i + 1].text)
    return None


def _speaker(doc: Doc, char: int, cue_is_verb: bool) -> str | None:
    """Who attributes: the subject of the cue's own verb ("officials blamed X"), else of the speech verb above it
    ("officials say X was behind it": X is the subject of "was", not the speaker)."""
    speech = roles().speech_verbs
    tok = _token_at(doc, char)
    chain = [tok, *tok.ancestors] if tok is not None else []
    for t in chain:
        own = cue_is_verb and tok is not None and t.i == tok.i
        if t.pos_ in ("VERB", "AUX") and (own or (t.lemma_.lower() in speech and t.i != tok.i)):
            found = _subject_text(t)
            if found:
                return found
    for t in doc:
        if t.lemma_.lower() in speech and t.i not in {c.i for c in chain}:
            found = _subject_text(t)
            if found and found.lower() not in {a.text.lower() for a in doc.spans.get("actors", [])}:
                return found
    return None


def _anaphoric_subject(doc: Doc, char: int, relative: bool = True) -> bool:
    """The cue's verb has a pronoun or "the group" for its subject ("It/The group claimed responsibility");
    `relative`: a relative pronoun counts too ("the front, which claimed ...")."""
    verb = _cue_verb(doc, char)
    if verb is None:
        return False
    pronouns = ("it", "they", "which", "that", "who") if relative else ("it", "they")
    return any(c.dep_ == "nsubj" and (c.lower_ in pronouns or described_group(c) or group_from_somewhere(c)
                                      or doc[c.left_edge.i:c.i + 1].text.lower() in roles().anaphors
                                      and not any(t.pos_ == "PROPN" for t in c.subtree))   # "the group Delta ..."
               for c in verb.children)


def _subject_anaphor(doc: Doc, char: int, offset: int, history: ActorHistory) -> ActorMention | None:
    """ "It/The group claimed responsibility": the subject of the cue's verb, read as the latest named actor."""
    if not _anaphoric_subject(doc, char):
        return None
    return history.latest(offset + char, groups_only=True)        # a state claims no attack


def _state(span: Span) -> bool:
    """An army, police or ministry speaks for the state: its word about the attack is no group's claim. A registry
    name is a state force by its canonical name ("New People's Army" is a group, "Afghan army" is not)."""
    if span._.canonical:
        return span._.canonical.lower().startswith(roles().state_names)
    return any(w in roles().not_group_words for w in span.text.lower().split())


def _spokesman_claims(doc: Doc, offset: int) -> list[Claim]:
    """ "A Taliban spokesman said ...", "the spokesperson of the NPA told reporters ...", "a spokesman called the
    radio station": the group's own word on the attack, unless the sentence has it deny the attack. The group is named
    next to the cue."""
    r = roles()
    text = doc.text
    verbs = r.speech_verbs | word_lists("claim_speakers")["reach_verbs"]
    if _cue_positions(text, r.claim_denials) or not any(t.lemma_.lower() in verbs for t in doc if t.pos_ in ("VERB", "AUX")):
        return []
    out = []
    for start, end in _cue_positions(text, r.claim_speakers):
        span = _actor_before(doc, start)
        if span is None or start - span.end_char > 10:
            after = _actor_after(doc, end)
            span = after if after is not None and re.fullmatch(r"\s*(?:for|of)\s+(?:the\s+)?",
                                                                text[end:after.start_char]) else None
        if span is not None and not _state(span) and _a_group(span):
            out.append(Claim(_named(span, offset), offset + start))
    return out


def _a_group(span: Span) -> bool:
    """A name the registry knows, or one a group word heads ("the Zomi Revolutionary Army"): "a spokeswoman for
    a New York hospital" speaks for a hospital."""
    return bool(span._.canonical) or any(t.lemma_.lower() in _GROUP_WORDS or t.lower_ in _GROUP_WORDS for t in span)


def _relative_claims(doc: Doc, offset: int, taken: list[int]) -> list[Claim]:
    """An act noun with a relative clause whose verb is "claim" and whose subject is a group ("the blast, which the
    Islamic State Khorasan Province claimed in a statement"; "an attack the group claimed"): the group's claim."""
    acts = {s.root.i for s in doc.spans.get("triggers", [])}
    out = []
    for verb in doc:
        if verb.lemma_.lower() != "claim" or verb.pos_ != "VERB" or verb.dep_ != "relcl" or not (
                verb.head.i in acts or verb.head.ent_type_ in ("DATE", "TIME") and any(i < verb.head.i for i in acts)):
            continue                                      # ("the blast on Wednesday, which ...": hung on the day)
        if offset + verb.idx in taken or any(c.dep_ in ("ccomp", "xcomp", "neg") or (
                c.dep_ == "dobj" and c.pos_ != "PRON") for c in verb.children):
            continue                                      # "which the army claimed had killed ...": no owning
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        group = next((a for a in _groups(doc) if subject is not None and a.start <= subject.i < a.end), None)
        if group is not None and not _state(group):
            out.append(Claim(_named(group, offset), offset + verb.idx))
    return out


_CARRYING = frozenset({"carry", "conduct", "stage", "perpetrate", "execute"})


def _members_claims(doc: Doc, offset: int, taken: list[int], history: ActorHistory) -> list[Claim]:
    """A group that says its own members or fighters did it ("the Qassam Brigades, the armed wing of Hamas, said
    that two of its members had carried out the shooting"): the group's claim. A group the speaker points back to
    ("the group's armed wing said one of its units had carried out the raid") is the latest group named."""
    words = _own_men()
    out = []
    for verb in doc:
        if verb.lemma_.lower() not in _CARRYING or verb.dep_ != "ccomp" or offset + verb.idx in taken or (
                verb.lemma_.lower() == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)):
            continue
        said = verb.head
        if said.lemma_.lower() not in roles().speech_verbs or any(c.dep_ == "neg" for c in verb.children):
            continue
        doers = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
        own = any(t.lower_ in words and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in t.children)
                  for t in doers)
        speakers = {t.i for c in said.children if c.dep_ == "nsubj" for t in c.subtree}
        group = next((a for a in _groups(doc) if a.start in speakers and not _state(a)), None)
        if not own:
            continue
        if group is not None:
            out.append(Claim(_named(group, offset), offset + verb.idx))
        elif any(doc[t.left_edge.i:t.i + 1].text.lower() in roles().anaphors for t in doc if t.i in speakers):
            pointed = history.latest(offset + verb.idx, groups_only=True)
            if pointed is not None:
                out.append(Claim(pointed, offset + verb.idx))
    return out


# "blamed it", "blamed the group": the group told before (a noun only after a cue of blame: "accused the militants of
# beheading civilians" tells of another act)
_POINTER = re.compile(r"\s+(?:(it|them)|the\s+(?:group|militants|militia|organi[sz]ation|insurgents|rebels|jihadists))\b",
                      re.I)


def find_claims(doc: Doc, offset: int, history: ActorHistory) -> list[Claim]:
    r = roles()
    text = doc.text
    out: list[Claim] = []
    for start, end in _cue_positions(text, r.claim_cues):
        negated = bool(_NEGATED.search(text[max(0, start - 60):start]))
        # "a suicide bomber killed 26; the group claimed the bombing": the group, not the bomber before it
        span = None if _anaphoric_subject(doc, start, relative=False) else _actor_before(doc, start)
        if span is not None and _patron_of_subject(doc, start, span):
            span = None                                    # "Jaish al-Fursan, a group linked to the Pakistani
                                                           # Taliban, claimed responsibility": the subject claims
        named = span is not None and start - span.end_char < 120
        actor = (_named(span, offset) if named
                 else _subject_anaphor(doc, start, offset, history) or _unlisted_claimant(doc, start, offset))
        if (actor is None and not negated) or _OTHER_ACTS.match(text, end):
            continue
        out.append(Claim(actor or ActorMention("", None), offset + start, negated=negated))
        for other in _co_claimants(doc, start, span) if named else ():
            out.append(Claim(_named(other, offset), offset + start, negated=negated))
    for start, end in _cue_positions(text, r.claim_cues_after):      # "an attack claimed by the Taliban"
        span = _actor_after(doc, end)
        if span is not None and "soldier" in text[start:end].lower() and _state(span):
            continue                                     # "the attacker was a soldier of the Islamic State" claims;
                                                         # a soldier of a state's army is no claim
        if span is not None and span.start_char - end < 40:
            out.append(Claim(_named(span, offset), offset + start))
    for start, end in _cue_positions(text, r.claim_messages):         # "a note found on the body said the Taliban..."
        span = _actor_after(doc, end)
        norp = [e for e in doc.ents if e.label_ == "NORP" and e.end_char <= start]
        before = next((b for b in (_actor_before(doc, start), norp[-1] if norp else None)
                       if b is not None and 0 <= start - b.end_char <= 12 and not _state(b)), None)
        if before is not None:
            span = before                                  # "Maoist leaflets left at the scene said ..."
        if _NEGATED.search(text[max(0, start - 30):start]):
            continue
        if span is not None and span.start_char - end < 80:
            out.append(Claim(_named(span, offset), offset + start))
        else:                                              # "a handwritten note from the site said ...": the
            left_by = history.latest(offset + start, groups_only=True)   # group told before left it
            if left_by is not None:
                out.append(Claim(left_by, offset + start))
    out.extend(_spokesman_claims(doc, offset))
    out.extend(_relative_claims(doc, offset, [c.start for c in out]))
    out.extend(_members_claims(doc, offset, [c.start for c in out], history))
    for cues, before in ((r.attribution_before, True), (r.attribution_after, False)):
        for start, end in _cue_positions(text, cues):
            span = _actor_before(doc, start) if before else (_actor_after(doc, end) or _country_after(doc, end))
            pointer = _POINTER.match(text, end)
            if pointer and not pointer.group(1) and not re.search(r"blame|attribut", text[start:end], re.I):
                pointer = None                             # "accused the militants of beheading": another act
            if span is None and not before and pointer:
                pointed = history.latest(offset + start, groups_only=True)   # "the group never claimed that
                if pointed is not None and not _NEGATED.search(text[max(0, start - 30):start]):  # bombing, though
                    out.append(Claim(pointed, offset + start, source=_speaker(doc, start, True),  # officials blamed it"
                                     is_attribution=True))
                continue
            if span is None or (before and start - span.end_char > 60) or (not before and span.start_char - end > 60):
                continue
            if _NEGATED.search(text[max(0, start - 30):start]) or _FORMER.search(text, 0, start):
                continue                                   # "hunting former members of the FARC": whom they left
            if not before and _describes_claimant(doc, start):
                continue                                   # "Jaish al-Fursan, a group linked to the Pakistani
                                                           # Taliban, claimed ...": what the group is, not blame
            if not before and (_LISTED_PEOPLE.search(text, max(0, start - 70), start) or _counted_people(doc, start)):
                continue                                   # "freeing hundreds of inmates, including dozens of
                                                           # suspected members of Boko Haram": who they are
            if before and _says_itself(doc, start, span):  # "the group said on Sunday that it was behind ...":
                out.append(Claim(_named(span, offset), offset + start))   # its own word, a claim
                continue
            subject = _cue_subject(doc, start) if before else None
            if subject is not None and subject.lower_ in ("it", "they") and not span.start <= subject.i < span.end:
                continue                                   # "a bomb near Karachi's airport ...; the group said it was
                                                           # behind": "it" is not the name before the cue
            kind = "state" if span.label_ == "GPE" else "organization"
            actor = ActorMention(span.text, span._.canonical if kind != "state" else None, kind, offset + span.start_char)
            out.append(Claim(actor, offset + start, source=_speaker(doc, start, not before), is_attribution=True))
    return out
