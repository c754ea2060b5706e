"""Trigger words a narrative uses around an act, not for one (events/kept.py), sentences in our own words through the
real pipeline: attackers already told of who only tried to get somewhere, and fighting that only measures time."""
from __future__ import annotations

from datetime import date

from newsevents import EventType, Status

PUBLISHED = date(2024, 7, 1)
NOT_VIOLENT = {EventType.PROTEST, EventType.OTHER}


def violent(pipeline, text: str) -> list:
    return [e for e in pipeline.extract(text, published=PUBLISHED) if e.event_type not in NOT_VIOLENT]


def test_a_bomber_turned_away_is_no_attempted_bombing(pipeline):
    events = violent(pipeline, "On Saturday two suicide bombers blew themselves up outside a football ground in "
                               "Kano, killing nine people. One of the bombers had tried to get into the ground but "
                               "was turned away at the gate.")
    assert [(e.event_type, e.status) for e in events] == [(EventType.BOMBING, Status.REALIZED)]


def test_a_bomber_who_tried_to_detonate_still_tells_an_attempt(pipeline):
    events = violent(pipeline, "On Saturday police shot a man near a church in Kano. One of the bombers had tried "
                               "to detonate a vest at the gate.")
    assert EventType.BOMBING in {e.event_type for e in events}


def test_gunmen_who_escaped_still_name_the_doers(pipeline):
    events = violent(pipeline, "On Friday two men were shot dead outside a bank in Cali. The gunmen escaped on a "
                               "motorcycle.")
    assert len(events) == 1 and events[0].perpetrators


def test_fighting_that_measures_time_is_no_clash_of_its_own(pipeline):
    events = violent(pipeline, "Four aid workers were shot dead on Tuesday at a clinic in Kismayo, in the third day "
                               "of the heaviest fighting in the city this year.")
    assert [e.event_type for e in events] != [] and EventType.BATTLE not in {e.event_type for e in events}


def test_a_battle_that_ended_after_weeks_of_fighting_is_one_battle(pipeline):
    events = violent(pipeline, "The battle for Mosul began in October and ended in July after months of street "
                               "fighting.")
    assert [e.event_type for e in events] == [EventType.BATTLE]


def test_forces_sent_to_fight_a_group_tell_no_clash(pipeline):
    events = violent(pipeline, "Ethiopian forces crossed into Somalia in December 2006 to fight the Islamists.")
    assert EventType.BATTLE not in {e.event_type for e in events}


def test_a_toll_over_days_of_fighting_is_the_fighting(pipeline):
    events = violent(pipeline, "Three were wounded and five killed over two days of fighting near the border.")
    assert [e.event_type for e in events] == [EventType.BATTLE]
