"""Accidents, denials and running counts, in short texts written for these tests from news events (the helicopter
crash that killed Iran's president in May 2024, the Mosul offensive of October 2016, the 1986 murder of Olof Palme,
whose inquiry Swedish prosecutors closed in June 2020, and a rebel statement denying a hostage-taking): an aircraft
that crashed kills no one by violence, even when its dead are told after the crash or beside an attack; a car that
crashes in an attack stays part of it; "do not hold foreigners hostage" takes no one; a toll counted since an
offensive began weeks ago is a statistic; "the murder in Stockholm of X" names X as the one killed."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType


def test_a_helicopter_crash_is_no_attack(pipeline):
    text = ("A helicopter carrying Iran's president crashed in fog in East Azerbaijan province on Sunday; all nine "
            "people on board died.")
    assert pipeline.extract(text, published=date(2024, 5, 20)) == []


def test_the_dead_of_a_crash_told_beside_an_attack_are_not_its_toll(pipeline):
    text = ("Gunmen shot dead four villagers in Zamfara state on Sunday.\n\n"
            "Separately, a military transport plane crashed near Kaduna on Monday and its crew of seven died.")
    events = pipeline.extract(text, published=date(2024, 5, 21))
    assert len(events) == 1, events
    assert events[0].fatalities is not None and events[0].fatalities.count == 4, events[0].fatalities


def test_a_crash_told_first_makes_the_article_an_accident_report(pipeline):
    text = ("KATHMANDU - A passenger plane crashed into a gorge while landing at Pokhara on Sunday, officials said.\n\n"
            "The pilot died at once, and rescuers said many of the passengers were killed.")
    assert pipeline.extract(text, published=date(2023, 1, 16)) == []


def test_a_motorcycle_that_crashes_in_an_attack_stays_part_of_it(pipeline):
    text = ("Two suspected rebels opened fire on an off-duty army colonel in Davao city on Thursday. The colonel was "
            "killed in the attack and his two children were hurt when the motorcycle crashed.")
    events = pipeline.extract(text, published=date(2011, 11, 11))
    assert len(events) == 1, events
    assert events[0].fatalities is not None and events[0].fatalities.count == 1, events[0].fatalities


def test_a_denied_hostage_taking_takes_no_one(pipeline):
    text = ("A spokesman for the rebels said on Tuesday that the movement does not hold foreigners hostage, "
            "contrary to what some agencies had reported.")
    events = pipeline.extract(text, published=date(1989, 11, 21))
    assert not any(e.event_type is EventType.KIDNAPPING for e in events), events


def test_a_toll_counted_since_an_offensive_began_weeks_ago_is_a_statistic(pipeline):
    text = ("Iraqi commanders said on Tuesday that more than 900 Islamic State fighters had been killed since the "
            "offensive on Mosul began three weeks ago.")
    assert pipeline.extract(text, published=date(2016, 11, 8)) == []


def test_a_murder_told_with_its_place_before_its_victim_names_the_victim(pipeline):
    text = ("Prosecutors said on Wednesday that they had closed their inquiry into the murder in Stockholm of "
            "Swedish prime minister Olof Palme in February 1986.")
    events = pipeline.extract(text, published=date(2020, 6, 10))
    assert len(events) == 1, events
    murder = events[0]
    assert murder.event_type is EventType.ASSASSINATION, murder.event_type
    assert "Olof Palme" in {v.name for v in murder.victims}, murder.victims
    assert murder.location is not None and murder.location.country == "SE", murder.location


def test_a_recalled_toll_after_since_is_that_attacks_own(pipeline):
    text = ("A car bomb killed 20 people at a busy junction in Mogadishu on Saturday, officials said.\n\n"
            "It was the deadliest attack in the city since the truck bombing five years ago, in which 587 people "
            "died.")
    events = pipeline.extract(text, published=date(2022, 10, 30))
    recalled = [e for e in events if e.fatalities is not None and e.fatalities.count == 587]
    assert len(recalled) == 1 and recalled[0].date.start.year == 2017, events
