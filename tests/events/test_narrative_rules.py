"""Sentences of a group's history (examples/2024-07-01_boko-haram-gwoza.txt and its kind), in our own words, through
the real pipeline: a vehicle packed with explosives is the bombing's, aircraft that bomb carry out an air strike, a
capital that names the target is no place, an exchange of small-arms fire is a clash, a bomb someone is caught with
and an attack being prepared are attempts, and campaigns and interceptions are no event of their own."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents import EventType, Status

PUBLISHED = date(2024, 7, 1)
NOT_VIOLENT = {EventType.PROTEST, EventType.OTHER}


def violent(pipeline, text: str) -> list:
    return [e for e in pipeline.extract(text, published=PUBLISHED) if e.event_type not in NOT_VIOLENT]


@pytest.mark.parametrize("text", [
    "On Friday a suicide bomber drove a car packed with explosives into the police headquarters in Kano, killing 12.",
    "On Friday a bomber rammed a truck laden with explosives into an army convoy near Maiduguri, killing nine soldiers.",
    "On Friday a suicide bomber steered a van full of explosives into the gate of a Kaduna church, killing six.",
])
def test_a_vehicle_packed_with_explosives_is_one_bombing(pipeline, text):
    events = violent(pipeline, text)
    assert [e.event_type for e in events] == [EventType.BOMBING]


@pytest.mark.parametrize("text,expected", [
    ("On Friday, air force jets bombed a rebel camp near Sambisa, killing dozens of fighters.", EventType.REMOTE_VIOLENCE),
    ("On Friday, military helicopters bombed villages in the hills east of the town.", EventType.REMOTE_VIOLENCE),
    ("On Friday, militants bombed a police station in Maiduguri, killing four officers.", EventType.BOMBING),
])
def test_aircraft_that_bomb_carry_out_an_air_strike(pipeline, text, expected):
    assert [e.event_type for e in violent(pipeline, text)] == [expected]


def test_a_capital_that_names_the_target_is_no_place(pipeline):
    events = violent(pipeline, "On Friday, jets bombed what Abuja called a militant camp near Gwoza.")
    assert [e.location.name for e in events] == ["Gwoza"]


def test_an_exchange_of_small_arms_fire_is_a_clash(pipeline):
    events = violent(pipeline, "Soldiers and militants exchanged small-arms fire near the border on Friday night.")
    assert [e.event_type for e in events] == [EventType.BATTLE]


@pytest.mark.parametrize("text", [
    "On Friday, police in Kano arrested a teenager who was wearing an explosive vest near the central market.",
    "On Friday, soldiers detained a woman carrying a bomb at a checkpoint outside Maiduguri.",
    "The man was arrested in Lagos on Friday as he prepared an attack on a church.",
])
def test_a_bomb_caught_on_someone_and_an_attack_being_prepared_are_attempts(pipeline, text):
    events = violent(pipeline, text)
    assert events and {e.status for e in events} == {Status.ATTEMPTED}


def test_a_bomber_wearing_a_vest_who_blew_himself_up_is_realized(pipeline):
    events = violent(pipeline, "On Friday, a bomber wearing an explosive vest blew himself up at a market in Kano.")
    assert [(e.event_type, e.status) for e in events] == [(EventType.BOMBING, Status.REALIZED)]


@pytest.mark.parametrize("text", [
    "The town has lived through decades of bombings and raids.",
    "Most of those missiles were shot down before they reached the city.",
    "Since then, the rebels have fired on dozens of merchant ships in the strait.",
])
def test_campaigns_and_interceptions_are_no_event_of_their_own(pipeline, text):
    assert violent(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Gunmen fired on a merchant ship in the strait on Friday, killing two sailors.",
    "Rebels shot down an army helicopter near the town on Friday, killing its crew.",
])
def test_single_acts_stay_events(pipeline, text):
    assert len(violent(pipeline, text)) == 1


def test_a_coordinated_assault_after_the_vehicle_bomb_stays_apart(pipeline):
    text = ("On Friday a suicide bomber detonated an explosives-laden vehicle at the gate and two other attackers "
            "stormed the police headquarters in Kano.")
    assert len(violent(pipeline, text)) == 2


def test_a_siege_ordered_on_a_territory_is_no_assault(pipeline):
    assert violent(pipeline, "The defence minister ordered a complete siege of the province on Monday.") == []
    laid = violent(pipeline, "Gunmen laid siege to a hotel in the capital on Monday, killing 12 guests.")
    assert [e.event_type for e in laid] == [EventType.ARMED_ASSAULT]


def test_reservists_called_up_make_no_threat_of_the_next_clause(pipeline):
    events = violent(pipeline, "The army said on Tuesday it had called up reservists and had regained control of "
                               "the border villages.")
    assert [e.status for e in events] == [Status.REALIZED]
