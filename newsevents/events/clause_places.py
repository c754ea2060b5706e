"""Where one clause's act was, read from its parse: one event per town when an act hits objects in several towns,
not the place a relative clause on the doers names, not the town the act word struck as a target, and not the
places of phrases about another incident."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from .background import separates
from .drafts import EventDraft
from .roles import VERBAL, PlaceTests

def _object_sites(verb: Token) -> list[Span]:
    """The place each of a verb's coordinated objects is said to be in ("attacked St. Sebastian's Church in Negombo
    and the Zion Church in Batticaloa"): one place per object, all different, or nothing."""
    first = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if first is None:
        return []
    objects = [first] + [c for h in (first, verb) for c in h.children
                         if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]   # hung on the first or on the verb
    if len(objects) < 2:
        return []
    sites = []
    for k, obj in enumerate(objects):
        own = {t.i for t in obj.subtree} - (set().union(*({t.i for t in o.subtree} for o in objects[1:]))
                                             if k == 0 else set())
        places = [e for e in verb.doc.ents if e.label_ in ("GPE", "LOC") and e.root.i in own
                  and any(a.dep_ == "prep" and a.lower_ in ("in", "at") and a.i in own for a in e.root.ancestors)]
        if len(places) != 1:
            return []
        sites.append(places[0])
    return sites if len({s.text.lower() for s in sites}) == len(sites) else []


def one_per_site(draft: EventDraft, verb: Token, offset: int) -> list[EventDraft]:
    """One act on objects in several towns is one event per town, as ACLED and the GTD code it; the toll stays
    with the first (the text does not split it), the others are told by their own place's offset."""
    sites = _object_sites(verb) if verb.pos_ in VERBAL else []
    if not sites or draft.plural_unquantified:
        return [draft]
    return [replace(draft, place_texts=[(s.text, offset + s.start_char)],
                    trigger_start=draft.trigger_start if k == 0 else offset + s.start_char,
                    fatalities=draft.fatalities if k == 0 else None, injuries=draft.injuries if k == 0 else None)
            for k, s in enumerate(sites)]


def act_places(doc: Doc, places: list[tuple[str, int]], offset: int, verb: Token) -> list[tuple[str, int]]:
    """A place named in a relative clause on the doers ("gunmen who broke through the fence around the Gaza Strip
    killed 900 people in southern Israel") tells where they came from; when the act names a place of its own, that
    place stands."""
    if len(places) < 2:
        return places
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    told = {t.i for d in doers for c in d.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    own = []
    for text, o in places:
        span = doc.char_span(o - offset, o - offset + len(text), alignment_mode="expand")
        if span is None or span.start not in told:
            own.append((text, o))
    return own or places


def struck_towns(doc: Doc, offset: int, places: list[tuple[str, int]], tests: PlaceTests | None,
                  trig_ids: set[int]) -> set[int]:
    """A town named as what the act word struck ("the boldest strike on Bamako in years", "shelled Donetsk") tells
    where, not what was hit; "the U.S. embassy" (a modifier), "the Murrah Federal Building" (a site, no town), "the
    oil pipeline Rio Zulia-Ayacucho" (a thing named by its towns) and a person named like a town stay."""
    if tests is None:
        return set()
    towns = [(o, o + len(text)) for text, o in places if tests.is_place(text)]
    struck = [t for t in doc if (t.dep_ == "dobj" and t.head.i in trig_ids
                                 or t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i in trig_ids)
              and t.ent_type_ != "PERSON" and not any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in t.children)]
    return {t.i for t in struck if any(a <= offset + t.idx < b for a, b in towns)}


def other_incident(doc: Doc, trig_ids: set[int]) -> set[int]:
    """Tokens of phrases about another incident that hold none of the act's triggers ("The attack came a week after
    Iraqi forces took back Fallujah", "the worst since the 2005 London bombings"): their places are not the act's."""
    return {t.i for tok in doc if separates(tok) and not any(x.i in trig_ids for x in tok.subtree)
            for t in tok.subtree}

