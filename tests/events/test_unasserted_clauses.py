"""Violent and protest words in clauses that assert no act (events/unasserted.py, events/nonevents.py, the protest
check in events/kept.py, seized arms in events/roles.py), through the real pipeline, in our own words.

Each group of non-events is paired with real acts told with the same words, so a rule that drops everything fails.
"""
from __future__ import annotations

from datetime import date

import pytest

from newsevents import EventType

PUBLISHED = date(1989, 11, 20)
NOT_VIOLENT = {EventType.PROTEST, EventType.OTHER}


def violent(pipeline, text: str) -> list:
    return [e for e in pipeline.extract(text, published=PUBLISHED) if e.event_type not in NOT_VIOLENT]


def protests(pipeline, text: str) -> list:
    return [e for e in pipeline.extract(text, published=PUBLISHED) if e.event_type is EventType.PROTEST]


@pytest.mark.parametrize("text", [
    # a condition on a modal or negated verb
    "Peace will not come if the air force continues to bomb the poor districts of San Salvador on Sunday.",
    "The rebel leader said on Sunday that peace cannot come if the movement's members are murdered by state agents.",
    "The union leader did not rule out a strike if the indiscriminate bombing of the poor districts continues.",
    # a plot whose discovery is denied
    "The navy on Sunday denied that its intelligence services had uncovered a plot to assassinate the novelist.",
    # attackers named as a kind of people
    "To date, the police have disbanded 23 gangs of hired assassins operating in the northern provinces.",
    "Police arrested 30 men on Sunday who belong to a band of hired assassins operating in the Magdalena valley.",
    "The interior minister said on Sunday that the government will never negotiate with kidnappers.",
    # a campaign summed up with no day
    "They have killed many people and now they want to impose a new government on us.",
    # an aim of an aim, and a habit said with "always"
    "The liars took advantage of the truce in an attempt to gain time to rearm themselves to attack, kill and "
    "destroy the people of San Salvador.",
    "We will achieve peace by always fighting the counterrevolutionaries, the minister said.",
    # any act at all
    "The defence minister said the army is ready to repel any attack the rebels might launch.",
    # what could have been, what may come, and a threat level
    "Passengers overpowered the man on the train on Sunday, preventing what investigators said could have been a "
    "massacre.",
    "The prime minister said on Tuesday that a further attack may be imminent.",
    "Britain's threat level was raised to critical on Tuesday.",
    "Aid groups will set up refugee centres for the families trapped in the combat areas.",
    # arms taken, listed after the enemy they were taken from
    "Our troops seized an M-14 rifle from the enemy, 3,000 cartridges, five knapsacks, six grenades and field "
    "equipment.",
])
def test_no_violent_event(pipeline, text):
    assert violent(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "The air force continued to bomb the poor districts of the capital on Sunday, residents said.",
    "Two policemen died in the attack on the police station in the capital on Sunday.",
    "The army said on Sunday it had uncovered a plot to assassinate the novelist in the capital.",
    "A gang of hired assassins shot the judge dead in Medellin on Sunday.",
    "Kidnappers seized the driver near the border town of Cucuta on Sunday.",
    "Gunmen killed many people at the market in Kano on Sunday.",
    "The rebels stormed the town hall in Kano on Sunday to kill the mayor.",
    "Rebels threw six grenades at the police post in Santa Tecla on Sunday.",
    "The blast in the market of Santa Tecla on Sunday may have been a bomb, police said.",
    "Gunmen attacked a police post in Santa Tecla on Sunday, the worst attack in any province this year.",
])
def test_acts_stay_events(pipeline, text):
    assert violent(pipeline, text)


@pytest.mark.parametrize("text", [
    # a state's complaint, a proof, a call, a future
    "The Nicaraguan government strongly protests the fact that your country allows the contras to use its "
    "territory.",
    "The vote was the clearest demonstration that the people want peace.",
    "The rebel radio calls on the universities to mobilize and demonstrate in front of the embassies.",
    "The rebels believe the people will protest against the meeting in the capital.",
    "The labour federation said on Sunday it will call a general strike unless the talks resume.",
])
def test_no_protest(pipeline, text):
    assert protests(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Thousands of students protested in front of the ministry in the capital on Sunday.",
    "Students demonstrated in front of the embassy on Sunday and called on the government to free the priests.",
    "The union called on workers to strike, and the students demonstrated in the capital on Sunday.",
    "The labour federation held a general strike in the capital on Sunday.",
])
def test_protests_stay(pipeline, text):
    assert protests(pipeline, text)
