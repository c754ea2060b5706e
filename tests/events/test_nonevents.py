"""Violent words that tell of no event (events/nonevents.py), through the real pipeline, in our own words.

Each non-event sentence is paired with a sentence that must stay an event, so a rule that drops everything fails.
"""
from __future__ import annotations

from datetime import date

import pytest

from newsevents import EventType

PUBLISHED = date(1989, 11, 20)
NOT_VIOLENT = {EventType.PROTEST, EventType.OTHER}


def violent(pipeline, text: str) -> list:
    return [e for e in pipeline.extract(text, published=PUBLISHED) if e.event_type not in NOT_VIOLENT]


@pytest.mark.parametrize("text", [
    # a denied clause and a report called untrue
    "The defense minister denied on Sunday that the air force is bombing the poor districts of the capital.",
    "The report that the consul's son was wounded by gunfire in the capital is completely unfounded, the embassy said.",
    # said of no one, done without
    "The rebel command said there are no foreign aid workers being held hostage in the areas it controls.",
    "The president said his country was like a nation being occupied without a shot being fired.",
    # plans, plots and wishes
    "The army chief disclosed a plan by which the rebels will attack the barracks in the capital.",
    "The prisoner said he had been given the task of planning the assassination of the interior minister.",
    "The police said the group had prepared an operation that would have included the kidnapping of bankers.",
    "The minister asked why the United States now wants to drop a kind of atomic bomb on the coca valley.",
    # an aim, not an act
    "The cabinet approved a new policy to fight the cocaine cartels in the northern provinces.",
    "The senator said the neighbours must stop giving the militia money to murder the farmers.",
    # a habit told in the present
    "The president said the extremists who attack students and place bombs cannot join the talks.",
    "Suspected collaborators are executed without trial, the bishop said in his homily.",
    # a descriptor
    "Combat planes and reconnaissance aircraft patrolled the northern border on Sunday.",
    # an aim read through the infinitive before a gerund, and an act named as an example of a kind
    "The first to give arms to the death squads to continue killing peasants were foreign advisers, he said.",
    "The commander said the movement would have to abandon practices like kidnapping before any talks.",
    "The report listed methods such as car bombs and assassinations among the cartel's tools.",
    # idioms in the phrase list
    "The finance minister warned that the foreign debt had become a time bomb.",
    "The cabinet extended the state of siege for another ninety days on Sunday.",
])
def test_no_violent_event(pipeline, text):
    assert violent(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Guerrillas attacked a police post in the capital on Sunday, killing two officers.",
    "The rebels denied responsibility for the bombing of the power station on Sunday, which killed three guards.",
    "Gunmen stormed the courthouse on Sunday to kill the judge, who was wounded in the legs.",
    "Police said there was an attempt to kill the governor on Sunday when a grenade was thrown at his car.",
    "The air force bombed rebel positions near the volcano on Sunday, the army said.",
    "Riot police dispersed the marchers with tear gas on Sunday after rioters set fire to two buses.",
    "Crimes such as the bombing of the embassy on Sunday, which killed 12 guards, shocked the capital.",
    "Death squads continued killing peasants in the northern provinces on Sunday, killing nine.",
])
def test_acts_stay_events(pipeline, text):
    assert violent(pipeline, text)


def test_a_numbered_ward_is_no_negation(pipeline):
    # "No. 5" abbreviates "number", it says no "no one"
    text = "On Saturday, members of the Ward No. 5 youth wing staged a protest in Siliguri demanding lower power bills."
    events = pipeline.extract(text, published=date(2020, 5, 2))
    assert [e.event_type for e in events] == [EventType.PROTEST]


def test_a_labour_strike_is_a_protest(pipeline):
    # British miners began their national strike in March 1984.
    text = "The miners' union began an indefinite strike on Monday over the closure of twenty pits."
    events = pipeline.extract(text, published=date(1984, 3, 13))
    assert [e.event_type for e in events] == [EventType.PROTEST]


def test_a_plan_in_a_brief_is_its_development(pipeline):
    # a coder's note about a planned attack keeps the note's one event, typed other
    text = "A new armed group has formed in the hills; a local paper reported that they are planning a major attack on the town."
    assert [e.event_type for e in pipeline.extract(text, published=date(2016, 6, 20))] == [EventType.OTHER]


@pytest.mark.parametrize("text", [
    # a habit, whatever the tense
    "The militia regularly attacks army outposts along the river.",
    # a campaign over years
    "The group has fought the army for more than a decade.",
])
def test_what_a_group_does_is_no_event(pipeline, text):
    assert violent(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Gunmen attack a bus near Jalalabad, killing 12 passengers.",          # a present-tense report with its toll
    "Armed men hijack a vehicle and shoot the driver dead.",               # a coder's note in the present
    "On Tuesday the group attacked an army outpost along the river.",
])
def test_a_told_attack_stays(pipeline, text):
    assert violent(pipeline, text)
