"""Type rules that follow the GTD attack-type hierarchy: a clash that ensued from an attack leaves it an armed
assault; an official the parser hung on the place before a passive verb, or named after "opened fire with rifles
on", is still the aim of an assassination, while a village office, an unnamed officer's grade or the head of a
business makes no prominent target; a building named after a rank is no person; "set the lorries on fire" is an
arson but a person set on fire was burned; fire bombs thrown at a patrol or drivers beaten before their lorries were
torched are an armed assault; "in one of four attacks" frames the act the sentence names; things damaged with no
one hurt are an attack on property; a rally word inside another word ("federally") tells of no protest.
Sentences written for these tests, in our own words, about real events."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents import EventType


def types(pipeline, text: str, published: str) -> list[EventType]:
    return [e.event_type for e in pipeline.extract(text, published=date.fromisoformat(published))]


CASES = {
    "a gun battle that ensued from an attack leaves it an armed assault": (
        "On 20 January 2016, gunmen attacked Bacha Khan University in Charsadda, Khyber Pakhtunkhwa, Pakistan. "
        "All four attackers were killed in the ensuing gun battle with soldiers.", "2016-01-21",
        [EventType.ARMED_ASSAULT]),
    "a shootout the attack led to leaves it an armed assault": (
        "On 5 November 2009, an army major opened fire on soldiers at Fort Hood, Texas, United States, resulting "
        "in a shootout with civilian police officers.", "2009-11-06", [EventType.ARMED_ASSAULT]),
    "a minister the parser hangs on the place is still the aim": (
        "On 2 March 2011, in Islamabad, Islamabad Capital Territory, Pakistan, the federal minister for minorities, "
        "Shahbaz Bhatti, was shot dead by gunmen as he left his mother's house.", "2011-03-03",
        [EventType.ASSASSINATION]),
    "the head of a business is no prominent target": (
        "On 4 December 2024, in New York City, United States, a gunman shot and killed the head of the "
        "insurance company UnitedHealthcare outside a hotel.", "2024-12-05", [EventType.ARMED_ASSAULT]),
    "a hospital named after a rank is no person": (
        "On 22 June 2011, in Ramadi, Al Anbar, Iraq, a suicide bomber detonated a car bomb targeting Ramadi "
        "General Hospital.", "2011-06-23", [EventType.BOMBING]),
    "lorries set on fire are an arson": (
        "On 5 August 2011, in Gaya, Bihar, India, Maoist rebels set two road-building lorries on fire.",
        "2011-08-06", [EventType.ARSON]),
    "fire bombs thrown at a patrol are an armed assault": (
        "On 14 February 2013, in Sitra, Bahrain, masked men threw petrol bombs at a police patrol.", "2013-02-15",
        [EventType.ARMED_ASSAULT]),
    "one of four attacks frames the bus bomb it names": (
        "On 7 July 2005, in one of four coordinated attacks, a suicide bomber set off a bomb on a double-decker bus in "
        "Tavistock Square, London, United Kingdom.", "2005-07-08", [EventType.BOMBING]),
    "windows smashed with nobody hurt is an attack on property": (
        "On 7 April 2021, in London, United Kingdom, climate activists attacked the Barclays headquarters in Canary "
        "Wharf and smashed its glass frontage.", "2021-04-08", [EventType.FACILITY_ATTACK]),
    "an unnamed police colonel is no prominent target": (
        "In Baghdad, Iraq, on 9 May 2011, gunmen with silenced pistols shot and killed a police colonel as he drove "
        "to work.", "2011-05-10", [EventType.ARMED_ASSAULT]),
    "a named police chief stays the aim of an assassination": (
        "On 18 October 2018, in Kandahar, Afghanistan, a guard shot dead General Abdul Raziq, the provincial police "
        "chief.", "2018-10-19", [EventType.ASSASSINATION]),
    "federally is no rally": (
        "On 22 May 2011, in Kohat, Federally Administered Tribal Areas, Pakistan, Taliban militants set fire to forty "
        "houses.", "2011-05-23", [EventType.ARSON]),
}


@pytest.mark.parametrize("case", CASES)
def test_hierarchy_type(pipeline, case):
    text, published, expected = CASES[case]
    assert types(pipeline, text, published) == expected


def test_an_official_named_after_the_pistols_is_still_the_aim(pipeline):
    found = types(pipeline, "On 2 January 2016, in Temixco, Morelos, Mexico, gunmen burst into a house and opened "
                            "fire with pistols on Mayor Gisela Mota, killing her a day after she took office.",
                  "2016-01-03")
    assert EventType.ASSASSINATION in found


def test_a_village_chief_is_no_prominent_target(pipeline):
    found = types(pipeline, "On 14 March 2012, in Yala, Thailand, suspected insurgents shot dead a village chief "
                            "on his way home.", "2012-03-15")
    assert EventType.ASSASSINATION not in found
    assert EventType.ARMED_ASSAULT in found


def test_a_person_set_on_fire_is_no_arson(pipeline):
    found = types(pipeline, "On 5 May 2020, in Butembo, Nord-Kivu, DR Congo, a crowd killed a suspected thief by "
                            "setting him on fire.", "2020-05-06")
    assert EventType.ARSON not in found
