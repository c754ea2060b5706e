"""Attempts, ends and borders told in short stories written for these tests from news events (the Butler rally
shooting, July 2024; the Solingen stabbing, August 2024, and the Brussels and Arras attacks of October 2023; the
Peshawar mosque bombing of March 2022; the 7 October 2023 assault): the shooting that was an attempted
assassination is one attempted incident, responders who shot the attacker did not do the attack, a semicolon
parts two acts, a dateline's province stands for a town the gazetteer lacks, a country named beside a town lets it
be read abroad, a town's possessive before its old city is where, a massacre's hostages are an incident of their
own, and a province named with its unit word anchors an act recalled in it."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType, Status

BUTLER = (
    "BUTLER, Pennsylvania - A gunman opened fire at a campaign rally for Donald Trump on Saturday, wounding the "
    "former president in the ear and killing a spectator before a Secret Service sniper shot him dead, officials "
    "said. Two other spectators were critically wounded.\n\n"
    "The FBI identified the gunman as Thomas Matthew Crooks, 20, and said it was investigating the shooting as an "
    "attempted assassination. No motive has been established.")

EUROPE = (
    "SOLINGEN, Germany - A man armed with a knife killed three people and wounded eight at a festival in the "
    "western German city of Solingen on Friday night, and the Islamic State claimed responsibility on Saturday.\n\n"
    "Officials said the investigation would take weeks.\n\n"
    "Last October, a gunman shot dead two Swedish football fans in Brussels before a match; police shot him dead "
    "the next morning. Three days earlier, a former student had stabbed a teacher to death at a school in Arras, "
    "in northern France.")


def test_the_shooting_investigated_as_an_attempted_assassination_is_one_attempt(pipeline):
    events = pipeline.extract(BUTLER, published=date(2024, 7, 15))
    assert len(events) == 1, [(e.event_type, e.status, e.trigger) for e in events]   # the sniper's shot ended it
    attempt = events[0]
    assert attempt.event_type is EventType.ASSASSINATION and attempt.status is Status.ATTEMPTED
    assert attempt.fatalities.count == 1
    assert attempt.location is not None and attempt.location.country == "US"       # the dateline's state
    assert attempt.location.admin1 == "Pennsylvania"


def test_police_who_shot_the_gunman_are_not_his_accomplices(pipeline):
    events = pipeline.extract(EUROPE, published=date(2024, 8, 25))
    brussels = [e for e in events if e.location is not None and e.location.name == "Brussels"]
    assert len(brussels) == 1, [(e.trigger, e.location) for e in events]
    assert [p.name for p in brussels[0].perpetrators] == ["gunman"]
    assert brussels[0].fatalities.count == 2


def test_a_town_named_with_its_country_is_read_abroad(pipeline):
    events = pipeline.extract(EUROPE, published=date(2024, 8, 25))
    stabbing = next(e for e in events if "stabbed" in e.trigger)
    assert (stabbing.location.country, stabbing.location.name) == ("FR", "Arras"), stabbing.location


def test_a_towns_old_city_is_in_the_town(pipeline):
    text = ("ISLAMABAD, Pakistan - A suicide bomber killed more than 60 worshippers at a Shiite mosque in Peshawar's "
            "old city on Friday, officials said.")
    events = pipeline.extract(text, published=date(2022, 3, 5))
    assert [e.location.name for e in events] == ["Peshawar"], [(e.trigger, e.location) for e in events]


def test_a_massacres_hostages_are_an_incident_of_their_own(pipeline):
    text = ("JERUSALEM - Gunmen who broke through the border fence on Saturday killed more than 900 people in southern "
            "Israel, officials said.\n\nThe militants also seized an estimated 150 people, from babies to elderly "
            "people, and took them back across the border as hostages.")
    events = pipeline.extract(text, published=date(2023, 10, 10))
    kinds = sorted(e.event_type.value for e in events)
    assert kinds == ["armed_assault", "kidnapping"], [(e.event_type, e.trigger) for e in events]


def test_a_province_named_with_its_unit_word_anchors_a_recalled_act(pipeline):
    text = ("MAIDUGURI, Nigeria - Female suicide bombers killed at least 18 people in the town of Gwoza on Saturday, "
            "officials said.\n\n" + "Officials said the investigation would take weeks. " * 6 + "\n\n"
            "In July 2014, security forces in Katsina state arrested a girl of about ten who was wearing an "
            "explosive belt, before she could reach her target.")
    events = pipeline.extract(text, published=date(2024, 7, 1))
    belt = [e for e in events if e.date is not None and e.date.start.year == 2014]
    assert len(belt) == 1 and belt[0].status is Status.ATTEMPTED, [(e.trigger, e.date, e.status) for e in events]
    assert belt[0].location.admin1 == "Katsina" and belt[0].location.precision.value == "admin1"   # the state
