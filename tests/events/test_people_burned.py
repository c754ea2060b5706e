"""Fire set on people, in sentences written for these tests from news events: Boko Haram's raid on Dalori, near
Maiduguri (30 January 2016), where fighters set huts alight and burned people in them; the army's killing of
villagers near Mo So, Kayah State (24 December 2021); the burning of churches in Attagara, near Gwoza (1 June
2014).

What they check: "burned dozens of people", "burned more than 30 of them" is a killing (violence against civilians),
not an arson, and not a riot because the people burned were in their vehicles; burning churches stays an arson."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType


def test_people_burned_are_killed_not_property_burned(pipeline):
    events = pipeline.extract("MAIDUGURI, Nigeria - Survivors said Boko Haram fighters set fire to huts in Dalori on "
                              "Saturday night and burned dozens of people, many of them children.",
                              published=date(2016, 2, 1))
    kinds = sorted(e.event_type.value for e in events)
    assert kinds == ["arson", "violence_against_civilians"], [(e.event_type, e.trigger) for e in events]


def test_villagers_burned_in_their_vehicles_are_no_riot(pipeline):
    events = pipeline.extract("On Friday troops rounded up villagers near Mo So in Kayah State and burned more than 30 "
                              "of them, including two aid workers, in their vehicles.", published=date(2021, 12, 27))
    assert [e.event_type for e in events] == [EventType.VIOLENCE_AGAINST_CIVILIANS], \
        [(e.event_type, e.trigger) for e in events]


def test_churches_burned_are_an_arson(pipeline):
    events = pipeline.extract("Gunmen burned two churches in Attagara, near Gwoza, on Sunday, residents said.",
                              published=date(2014, 6, 3))
    assert [e.event_type for e in events] == [EventType.ARSON], [(e.event_type, e.trigger) for e in events]
