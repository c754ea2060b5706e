from dataclasses import replace
from datetime import date

from newsevents.core import Actor, ActorKind, Count, DateRange, Event, EventType, GeoPrecision, Location
from newsevents.documents.relevance import anchors, is_anchored, is_current, relevant_events

PUB = date(1990, 1, 10)


def _event(i, *, when=None, text=None, place=None, killed=None, background=False):
    return Event(event_id=f"e{i}", article_id="a", event_type=EventType.BOMBING,
                 date=DateRange(when, when, text=text) if when or text else None,
                 location=Location("X", "SV", precision=place) if place else None,
                 fatalities=Count(killed) if killed else None, background=background)


def test_commentary_without_anchor_yields_nothing():
    vague = _event(1)                                   # "the bombing of civilians", no date, place or toll
    assert not is_anchored(vague)
    assert relevant_events([vague], PUB) == []


def test_recalled_attacks_need_firm_anchors_and_vague_mentions_are_dropped():
    # "the massacres of 1985", recalled in a speech: a year is all that ties it down
    passing = _event(1, when=date(1985, 3, 1), text="in 1985", background=True)
    assert not is_current(passing, PUB) and not is_anchored(passing)
    # "the 1985 car bombing in the capital": a date and a town
    recalled = _event(4, when=date(1985, 3, 3), text="in 1985", place=GeoPrecision.CITY, background=True)
    assert is_anchored(recalled)
    news = _event(2, when=date(1990, 1, 9), text="yesterday", place=GeoPrecision.CITY, killed=3)
    vague = _event(3)
    assert relevant_events([news, passing, recalled, vague], PUB) == [news, recalled]


def test_a_recent_event_needs_one_anchor_only():
    dated = _event(1, when=date(1990, 1, 8), text="on Monday")
    assert anchors(dated) == 1 and is_anchored(dated)
    assert not is_anchored(_event(2, when=date(1990, 1, 8), text="on Monday", background=True))


def test_undated_article_with_casualties_is_kept():
    e = _event(1, killed=4)
    assert relevant_events([e], None) == [e]


def test_recalled_attack_with_toll_is_kept():
    recalled = _event(1, when=date(1989, 7, 1), text="in July", killed=86)
    assert not is_current(recalled, PUB)
    assert relevant_events([recalled], PUB) == [recalled]


def test_the_datelines_date_alone_does_not_anchor_an_event():
    dateline = "SAN SALVADOR, 10 JAN 90 (EFE) -- "
    # "the general said the murders of Salvadorans must stop": dated only by the day the report was filed
    passing = _event(1, when=PUB, text="10 JAN 90")
    assert anchors(passing, dateline) == 0 and not is_anchored(passing, dateline)
    assert is_anchored(passing)                                     # with no dateline the date is its own
    # "guerrillas dynamited a pylon", dated by the dateline too, but it names who and what
    named = replace(passing, event_id="e2", perpetrators=(Actor("guerrillas", None, ActorKind.INDIVIDUAL),))
    assert is_anchored(named, dateline)
    own = _event(3, when=date(1990, 1, 9), text="yesterday")
    assert relevant_events([passing, named, own], PUB, dateline=dateline) == [named, own]
