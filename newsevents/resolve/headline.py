"""A news article's headline restates its main incident ("Gunmen kill 30 at Nairobi mall") in the present tense, with no
date and often no place: the event read from it is the one the body then tells, not another. Folded into the body's
first matching event, it adds only what the body lacks (a larger toll, a claim), and takes the body's date and place
instead of standing as a second incident dated on the publication day."""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from ..core import EventType, Status
from .merge import Resolved, absorb, is_background, merge_mentions, near_and_far
from .resolved import FINE

_MAX_LINE = 200                 # a headline fits on a line; a longer line is a paragraph
_MAX_LINES = 3                  # a section label, the headline, a standfirst
_ENDS_SENTENCE = re.compile(r"[.!?\"'”’:;,]\s*$")


def headline_end(text: str, upper: bool) -> int:
    """Where the article's leading headline lines end (0 when it opens with a paragraph). A headline line is short,
    ends with no punctuation, and the line after it opens with a capital: a wrapped sentence goes on in lower case."""
    if upper:
        return 0
    end, pos = 0, 0
    lines = text.split("\n")
    for i, line in enumerate(lines[:_MAX_LINES]):
        stripped = line.strip()
        following = next((x.strip() for x in lines[i + 1:] if x.strip()), "")
        if stripped and (len(stripped) > _MAX_LINE or _ENDS_SENTENCE.search(stripped)
                         or not following[:1].isupper()):
            break
        pos += len(line) + 1
        if stripped:
            end = pos
    return end


def merge_with_headline(items: list[Resolved], end: int, published: date | None,
                        paragraphs: Sequence[int] = ()) -> list[Resolved]:
    """The article's mentions merged into events, the body's among themselves first; then each headline event is
    absorbed into the first body event it can be (the same type, unless the headline only says "attack"; the same
    outcome; the same country or one unplaced; not an incident the article recalls from long before, unless the
    headline, with no day of its own, counts the same dead)."""
    if not end:
        return merge_mentions(items, published, paragraphs)
    out = merge_mentions([r for r in items if r.sentence_start >= end], published, paragraphs)
    body = list(out)
    for h in merge_mentions([r for r in items if r.sentence_start < end], published):
        into = next((b for b in body if _same_incident(h, b, published)), None)
        if into is None:
            out.append(h)
        else:
            placed, filed = into.location, into.filed
            absorb(into, h)
            if placed is not None:                     # the body says where: "U.S. strikes Islamic State affiliate
                into.location, into.filed = placed, filed   # after Kabul airport bombing" over "in Nangarhar province"
    return sorted(out, key=lambda r: r.sentence_start)


def _same_incident(h: Resolved, b: Resolved, published: date | None) -> bool:
    if near_and_far(h, b) or near_and_far(b, h):
        return False                                   # gunmen's killing and rockets from afar: two acts
    if h.event_type is not b.event_type and not h.generic and not _same_toll(h, b) and not _one_act(h, b):
        return False
    if (h.status is Status.REALIZED) != (b.status is Status.REALIZED):
        return False
    if h.location and b.location and h.location.country and b.location.country \
            and h.location.country != b.location.country:
        return False
    # "Beslan Marks 20 Years Since School Siege That Killed 334": a recalled act the headline counts the same dead of;
    # "Al-Qaeda's Yemen branch says it was behind the Pensacola base shooting": one it names by its town and kind
    return not is_background(b, published) or (not h.date_given and (_same_toll(h, b) or _same_town(h, b)))


def _same_town(h: Resolved, b: Resolved) -> bool:
    return h.event_type is b.event_type and bool(
        h.location and b.location and h.location.precision in FINE and h.location.name == b.location.name)


_ONE_ACT = {EventType.BOMBING, EventType.ASSASSINATION, EventType.ARMED_ASSAULT, EventType.VIOLENCE_AGAINST_CIVILIANS}


def _one_act(h: Resolved, b: Resolved) -> bool:
    """"Taliban Minister Killed in Kabul Suicide Bombing" over "A suicide bomber killed the minister at his ministry
    in Kabul": the headline names the body's act by its means, in the same town."""
    return {h.event_type, b.event_type} <= _ONE_ACT and bool(
        h.location and b.location and h.location.precision in FINE and h.location.name == b.location.name)


def _same_toll(h: Resolved, b: Resolved) -> bool:
    """"Mall siege: at least 68 killed as gunmen hold hostages" over "gunmen stormed the mall, killing at least 68":
    the same dead, whatever word each part uses for the act."""
    return bool(h.fatalities and b.fatalities and h.fatalities.count and h.fatalities.count == b.fatalities.count)
