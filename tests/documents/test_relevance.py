from datetime import date

from newsevents.core import Count, DateRange, Event, EventType, GeoPrecision, Location
from newsevents.documents.relevance import is_anchored, is_current, relevant_events

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


def test_recalled_attacks_are_kept_when_anchored_and_vague_mentions_dropped():
    old = _event(1, when=date(1985, 3, 1), text="in 1985", background=True)
    assert is_anchored(old) and not is_current(old, PUB)
    assert relevant_events([old], PUB) == [old]
    news = _event(2, when=date(1990, 1, 9), text="yesterday", place=GeoPrecision.CITY, killed=3)
    vague = _event(3)
    assert relevant_events([news, old, vague], PUB) == [news, old]


def test_undated_article_with_casualties_is_kept():
    e = _event(1, killed=4)
    assert relevant_events([e], None) == [e]


def test_recalled_attack_with_toll_is_kept():
    recalled = _event(1, when=date(1989, 7, 1), text="in July", killed=86)
    assert not is_current(recalled, PUB)
    assert relevant_events([recalled], PUB) == [recalled]
