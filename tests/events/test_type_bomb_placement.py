"""A bomb placed on or in an official's car was aimed at the official (an assassination); a retired officer holds
no office, so an attack on one is no assassination.
Sentences written for these tests, in our own words, about real events."""
from __future__ import annotations

from datetime import date

from newsevents import EventType


def types(pipeline, text: str, published: date) -> list[EventType]:
    return [e.event_type for e in pipeline.extract(text, published=published)]


def test_a_bomb_placed_under_an_officials_car_is_an_assassination(pipeline):
    found = types(pipeline, "On 15 December 2020, in Kabul, Afghanistan, a magnetic bomb placed under the car of "
                            "the deputy governor of Kabul, Mahbubullah Mohibi, went off, killing him and his "
                            "secretary.", date(2020, 12, 16))
    assert found == [EventType.ASSASSINATION]


SKRIPAL = ("On 4 March 2018, in Salisbury, England, Russian agents attacked a {rank}Russian colonel, Sergei Skripal, "
           "by smearing a nerve agent on the door handle of his house.")


def test_a_retired_officer_is_no_prominent_target(pipeline):
    assert types(pipeline, SKRIPAL.format(rank="retired "), date(2018, 3, 5)) == [EventType.ARMED_ASSAULT]
    assert types(pipeline, SKRIPAL.format(rank=""), date(2018, 3, 5)) == [EventType.ASSASSINATION]
