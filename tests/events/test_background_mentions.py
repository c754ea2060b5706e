"""Earlier attacks recalled in passing ("three days after a suicide bomber killed ...", "since the London transport
bombings of 2005", "Friday's bombing"), through `Pipeline.extract` with the real model. Articles written for these
tests, in our own words, about real attacks."""
from __future__ import annotations

from datetime import date

from newsevents import DatePrecision, Event, EventType


def extract(pipeline, text: str, published: str) -> list[Event]:
    return pipeline.extract(text, published=date.fromisoformat(published))


def dated(events: list[Event], day: str, country: str) -> list[Event]:
    d = date.fromisoformat(day)
    return [e for e in events if e.location is not None and e.location.country == country
            and e.date.start is not None and e.date.start <= d <= (e.date.end or e.date.start)]


def test_gap_dates_the_recalled_attack_back_from_the_news(pipeline):
    text = ("A US drone strike hit a car in a residential street of Kabul on Sunday, killing ten members of one "
            "family. The strike came three days after a suicide bomber killed more than 170 people at the gate of "
            "Kabul airport.")
    events = extract(pipeline, text, "2021-08-29")
    recalled = dated(events, "2021-08-26", "AF")
    assert [e.event_type for e in recalled] == [EventType.BOMBING]
    assert recalled[0].date.precision is DatePrecision.DAY
    strike = dated(events, "2021-08-29", "AF")
    assert [e.event_type for e in strike] == [EventType.REMOTE_VIOLENCE]   # the gap does not date the news


def test_vague_gap_is_a_range_before_the_news(pipeline):
    text = ("Three men drove a van into pedestrians on London Bridge on Saturday night and stabbed people in nearby "
            "bars, killing eight. It came less than two weeks after a suicide bomber killed 22 people at a concert "
            "at the Manchester Arena.")
    events = extract(pipeline, text, "2017-06-04")
    recalled = dated(events, "2017-05-22", "GB")
    assert len(recalled) == 1 and recalled[0].date.precision is DatePrecision.RANGE
    assert recalled[0].date.end < date(2017, 6, 3)


def test_named_attacks_with_a_place_and_a_year_are_one_incident(pipeline):
    text = ("A suicide bomber killed 22 people at a pop concert in Manchester on Monday night. The attack was the "
            "deadliest in Britain since the London transport bombings of 2005, which killed 52 people.")
    events = extract(pipeline, text, "2017-05-23")
    recalled = dated(events, "2005-07-07", "GB")
    assert len(recalled) == 1
    assert recalled[0].background and recalled[0].location.name == "London"


def test_possessive_day_dates_the_bombing_not_the_funerals(pipeline):
    text = ("Funerals were held in Quetta on Sunday for the victims of Friday's bombing at a vegetable market, "
            "which killed 20 people.")
    events = extract(pipeline, text, "2019-04-14")
    bombing = [e for e in events if e.event_type is EventType.BOMBING]
    assert [e.date.start for e in bombing] == [date(2019, 4, 12)]


def test_after_without_a_gap_is_the_same_incident(pipeline):
    text = "Two people died after a bomb exploded in a crowded market in Maiduguri on Monday, police said."
    events = extract(pipeline, text, "2015-06-23")
    assert len(events) == 1 and events[0].date.start == date(2015, 6, 22)


def test_a_gap_said_before_after_and_a_noun_dates_the_attacks(pipeline):
    text = ("Belgian police were hunting on Wednesday for a man seen pushing a luggage trolley at Brussels Airport, "
            "a day after attacks on the airport and a metro station killed at least 31 people.")
    events = extract(pipeline, text, "2016-03-23")
    assert [e.event_type for e in dated(events, "2016-03-22", "BE")], [(e.event_type, e.date) for e in events]


def test_the_cause_an_act_answered_lends_it_neither_place_nor_day(pipeline):
    text = ("Gunmen stormed a school in Peshawar on Tuesday. The group said it had carried out the massacre in revenge "
            "for the army's offensive in North Waziristan, which began in June.")
    events = pipeline.extract(text, published=date(2014, 12, 17))
    assert [(e.location.name, e.date.start) for e in events] == [("Peshawar", date(2014, 12, 16))]
