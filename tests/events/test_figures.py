"""Violent words said of no act that happened (events/figures.py), through the real pipeline, in our own words.

Each rule's sentence is paired with a sentence of the same shape that tells of a real act and must stay an event.
"""
from __future__ import annotations

from datetime import date

import pytest

from newsevents import EventType

PUBLISHED = date(1989, 11, 20)
NOT_VIOLENT = {EventType.PROTEST, EventType.OTHER}


def types(pipeline, text: str) -> list[EventType]:
    return [e.event_type for e in pipeline.extract(text, published=PUBLISHED)]


def violent(pipeline, text: str) -> list[EventType]:
    return [t for t in types(pipeline, text) if t not in NOT_VIOLENT]


@pytest.mark.parametrize("text", [
    # a death in an accident
    "The shuttle Challenger broke apart after launch on 28 January 1986; its seven crew members died in the accident.",
    "An army helicopter went down in the lake on Friday; three soldiers died and one survived the crash.",
    # an act in an infinitive the sentence judges
    "The rebels said it was a war crime to shell the refugee camps in the north.",
    "To shell the refugee camps would be a barbaric act, the envoy said.",
    # an act listed after a plan noun, however the parse hangs the list
    "The presidency praised the success of its policy to make people respect the law and to fight the drug cartels.",
    # a victim who is anyone of a kind, and the noun that restates the act
    "The killing of a judge, a journalist or a mayor is an attack against the whole nation, the bishop said.",
    # figures of speech
    "The new government remains hostage to the army high command, the opposition leader said.",
    "The opposition said the death squads are sowing terror and murder in the slums of the capital.",
    "Thousands of farmers live in a border valley threatened by the army and its artillery.",
    "The senator said the new law was like using a cannon to kill a fly.",
    # a weapon said not to be used
    "The army did not use artillery against the rebels in the capital on Sunday, the minister said.",
])
def test_no_violent_event(pipeline, text):
    assert violent(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "A bomb brought down the Russian airliner over Sinai on 31 October 2015, and all 224 people on board died.",
    "The murder of the judge in Medellin on Friday was an attack against the whole nation, the bishop said.",
    "The rebels have held the mayor hostage in the mountains since Sunday.",
    "Soldiers murdered six Jesuit priests at the university in San Salvador on 16 November 1989.",
    "The army's artillery shelled the border valley on Sunday, killing two farmers.",
    "The army used artillery against the rebels in the capital on Sunday, the minister said.",
    # the act's name is no weapon: withholding a label does not unsay the bombing
    "The police have not named the bombing of the Erawan Shrine in Bangkok on 17 August 2015 an act of terror.",
])
def test_acts_stay_events(pipeline, text):
    assert violent(pipeline, text)


def test_an_accident_makes_no_development(pipeline):
    # a crash in a short note is no event of any kind, not even an `other` development
    text = ("A TAN-SAHSA Boeing 727 crashed into a hill near Tegucigalpa on 21 October 1989, and 131 people died in "
            "the accident.")
    assert types(pipeline, text) == []


def test_a_stance_is_no_protest(pipeline):
    assert types(pipeline, "That is the common protest of all the reform movements in the region.") == []
    assert types(pipeline, "That afternoon thousands of students held a protest outside the parliament in Prague.") == [
        EventType.PROTEST]
