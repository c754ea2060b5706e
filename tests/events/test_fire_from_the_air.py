"""Fire from the air, in sentences written for these tests from news events: the Myanmar air force's strike on a
gathering at Pazigyi, Sagaing region (11 April 2023), where a jet bombed the crowd and a helicopter then fired on
survivors; al-Shabaab's raid on the Manda Bay airfield in Kenya (5 January 2020).

What they check: "a helicopter then fired on survivors, killing about 170 people" is a strike from the air, and one
act with the bombs dropped before it, holding the toll; "Al-Shabaab fighters attacked" stays a raid on the ground
(fighters are people, not fighter jets)."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType


def test_a_helicopter_firing_on_survivors_is_the_same_air_strike(pipeline):
    events = pipeline.extract("SAGAING, Myanmar - On Tuesday a fighter jet dropped bombs on a crowd gathered for the "
                              "opening of a village office in Pazigyi, and a helicopter then fired on survivors, "
                              "killing about 170 people, residents said.", published=date(2023, 4, 12))
    assert [e.event_type for e in events] == [EventType.REMOTE_VIOLENCE], [(e.event_type, e.trigger) for e in events]
    assert events[0].fatalities is not None and events[0].fatalities.count == 170, events[0].fatalities


def test_fighters_attacking_a_base_is_a_raid_on_the_ground(pipeline):
    events = pipeline.extract("Al-Shabaab fighters attacked the Manda Bay airfield in Lamu county on Sunday, killing "
                              "three Americans.", published=date(2020, 1, 6))
    assert [e.event_type for e in events] == [EventType.ARMED_ASSAULT], [(e.event_type, e.trigger) for e in events]
