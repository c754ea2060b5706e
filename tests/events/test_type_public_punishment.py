"""A flogging given in public is a hostage taking (the victims were seized and held to be punished before others);
the same beating with no word that it was public stays an assault.
Sentences written for these tests, in our own words, about real events."""
from __future__ import annotations

from datetime import date

from newsevents import EventType

FLOGGED = ("On 23 November 2022, Taliban gunmen {how}flogged 19 people, including nine women, in Taloqan, Takhar, "
           "Afghanistan.")


def types(pipeline, text: str) -> list[EventType]:
    return [e.event_type for e in pipeline.extract(text, published=date(2022, 11, 24))]


def test_a_public_flogging_is_a_hostage_taking(pipeline):
    assert types(pipeline, FLOGGED.format(how="publicly ")) == [EventType.KIDNAPPING]


def test_a_flogging_not_said_to_be_public_stays_an_assault(pipeline):
    assert types(pipeline, FLOGGED.format(how="")) == [EventType.ARMED_ASSAULT]
