"""Threats of acts to come, in sentences written for these tests from news events: al-Shabaab's warnings to Kenya
after the Westgate mall siege in Nairobi (September 2013), made while Kenyan troops fought the group in Somalia.

What they check: "warned Kenyans of further attacks" and "warned that Kenyans would face further attacks" are the
group's threat (the people warned are no doers), placed in Kenya ("Kenyan soil"), not in Somalia, which only the
threat's condition ("as long as Kenyan troops stayed in Somalia") names; "warned residents of the attack on the
market" threatens nothing to come."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType


def test_warned_of_further_attacks_is_the_groups_threat(pipeline):
    events = pipeline.extract("Al-Shabaab warned Kenyans of further attacks.", published=date(2013, 9, 22))
    assert [e.event_type for e in events] == [EventType.THREAT], [(e.event_type, e.trigger) for e in events]
    assert [p.canonical for p in events[0].perpetrators] == ["Al-Shabaab"], events[0].perpetrators


def test_a_threat_lies_where_the_acts_would_be_not_in_its_condition(pipeline):
    events = pipeline.extract("NAIROBI - In its statements online, al-Shabaab said it was taking the war to Kenyan "
                              "soil and warned that Kenyans would face further attacks as long as Kenyan troops "
                              "stayed in Somalia.", published=date(2013, 9, 22))
    threats = [e for e in events if e.event_type is EventType.THREAT]
    assert len(threats) == 1, [(e.event_type, e.trigger) for e in events]
    assert threats[0].location is not None and threats[0].location.country == "KE", threats[0].location
    assert not any("Kenyan" in p.name for p in threats[0].perpetrators), threats[0].perpetrators


def test_a_danger_told_is_no_threat(pipeline):
    events = pipeline.extract("Police warned residents of the attack on the market.", published=date(2013, 9, 22))
    assert not any(e.event_type is EventType.THREAT for e in events), [(e.event_type, e.trigger) for e in events]
