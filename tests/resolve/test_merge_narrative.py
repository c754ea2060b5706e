"""One act told twice in a narrative stays one event (resolve/merge.py), sentences in our own words through the real
pipeline: a back-reference with "that", a storming told with the abduction it did, and troops ending an assault."""
from __future__ import annotations

from datetime import date

from newsevents import EventType

PUBLISHED = date(2024, 7, 1)
NOT_VIOLENT = {EventType.PROTEST, EventType.OTHER, EventType.THREAT}


def violent(pipeline, text: str) -> list:
    return [e for e in pipeline.extract(text, published=PUBLISHED) if e.event_type not in NOT_VIOLENT]


def test_that_attack_points_back_whatever_capital_blamed_whom(pipeline):
    events = violent(pipeline, "In March 2022, a missile set fire to a fuel depot in Jeddah. The rebels claimed "
                               "that attack, but Washington blamed Tehran, which denied any part in it.")
    assert [(e.location.country, e.location.name) for e in events] == [("SA", "Jeddah")]
    assert events[0].date.start == date(2022, 3, 1)


def test_a_storming_told_with_the_abduction_it_did_is_one_kidnapping(pipeline):
    events = violent(pipeline, "Late on Monday, gunmen stormed a boarding school in Dapchi and carried off more "
                               "than 100 pupils in trucks.")
    assert [e.event_type for e in events] == [EventType.KIDNAPPING]


def test_a_shooting_told_with_an_abduction_is_one_kidnapping(pipeline):
    """One subject, two coordinated verbs, no place or day apart: one incident, typed by the GTD's hierarchy."""
    events = violent(pipeline, "Late on Monday, gunmen opened fire on a bus near Dapchi, killing four passengers, "
                               "and abducted the driver.")
    assert [(e.event_type, e.fatalities.count) for e in events] == [(EventType.KIDNAPPING, 4)]


def test_troops_ending_a_siege_are_the_siege_not_a_clash(pipeline):
    events = violent(pipeline, "On Friday evening gunmen stormed a hotel in Bamako, killing 20 guests and staff. "
                               "Soldiers retook the hotel early on Saturday after a gun battle with the attackers.")
    assert [(e.event_type, e.date.start) for e in events] == [(EventType.ARMED_ASSAULT, date(2024, 6, 28))]


def test_troops_battling_to_end_a_siege_begun_the_day_before(pipeline):
    events = violent(pipeline, "Troops were battling on Sunday to end a siege at a shopping centre in Nairobi, a day "
                               "after gunmen stormed the building, killing 40 people.")
    assert [(e.event_type, e.date.start) for e in events] == [(EventType.ARMED_ASSAULT, date(2024, 6, 29))]


def test_a_clash_counted_by_its_dead_stays_a_clash(pipeline):
    events = violent(pipeline, "Government troops clashed with militants near Gao on Sunday and retook the town. "
                               "Five militants dead.")
    assert EventType.BATTLE in {e.event_type for e in events}


def test_a_siege_that_dates_a_later_act_is_no_act_of_its_own(pipeline):
    events = violent(pipeline, "On Tuesday gunmen stormed a college in Garissa, killing 40 students. The army said it "
                               "had carried out air strikes on militant camps in Gedo on Tuesday night, hours after "
                               "the siege ended.")
    assert sorted(e.event_type.value for e in events) == ["armed_assault", "remote_violence"]
