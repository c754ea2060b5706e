"""Type and claim rules for terror-attack summaries: rockets that militants fire at a town are a bombing while forces
shelling each other stay remote violence, and so does a missile no one is said to fire; a bomb aimed at an official's convoy or car is an assassination, one left at
an official's house is a bombing; a lorry set on fire is arson; a group's spokesman, its leaflets and attackers who
name their group are the group's own claim, a police spokesman is not. Sentences written for these tests, in our own
words, about real events. Police or guards repelling an attack leave it an armed assault; soldiers answering
fire make it a battle. Gunmen who open fire with rifles and grenades carry out an armed assault; grenades named
before the guns stay a bombing."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents import EventType


def extract(pipeline, text: str, published: str):
    return pipeline.extract(text, published=date.fromisoformat(published))


def types(events) -> list[EventType]:
    return [e.event_type for e in events]


TYPE_CASES = [
    pytest.param("On 19 August 2011, militants in Gaza fired rockets at Beersheba, Israel, wounding two residents.",
                 "2011-08-20", EventType.BOMBING, id="rockets-militants-fire-at-a-town-are-a-bombing"),
    pytest.param("On 9 April 2011, unknown assailants launched mortar shells into a residential quarter of Mogadishu, "
                 "Somalia, killing three civilians.", "2011-04-10", EventType.BOMBING,
                 id="mortar-shells-launched-by-unnamed-attackers-are-a-bombing"),
    pytest.param("On 29 April 2020, Syrian regime forces fired rockets at Kansafra in the Idlib countryside, Syria.",
                 "2020-04-30", EventType.REMOTE_VIOLENCE, id="forces-firing-rockets-stay-remote-violence"),
    pytest.param("On 4 November 2017, the rebels fired a ballistic missile at the international airport of Riyadh, "
                 "Saudi Arabia.", "2017-11-05", EventType.REMOTE_VIOLENCE, id="a-ballistic-missile-is-a-strike"),
    pytest.param("On 6 March 2024, a missile struck the bulk carrier True Confidence in the Gulf of Aden, killing three "
                 "of its crew.", "2024-03-07", EventType.REMOTE_VIOLENCE, id="a-missile-no-one-is-said-to-fire-is-a-strike"),
    pytest.param("On 14 March 2011, Taliban militants fired a missile at the district office in Jalalabad, Afghanistan. "
                 "The missile hit a house nearby, wounding two residents.", "2011-03-15", EventType.BOMBING,
                 id="a-missile-militants-fire-is-a-bombing-and-the-missile-told-again-is-the-same"),
    pytest.param("In August 2013, rockets loaded with sarin struck the Ghouta suburbs of Damascus, Syria.",
                 "2017-04-07", EventType.REMOTE_VIOLENCE, id="chemical-rockets-are-a-strike"),
    pytest.param("On 2 May 2020, separatist rebels fired 120mm mortars at Ukrainian positions near Avdiivka, Donetsk, "
                 "Ukraine.", "2020-05-03", EventType.REMOTE_VIOLENCE, id="mortars-fired-at-positions-stay-shelling"),
    pytest.param("On 7 November 2011, a roadside bomb exploded near the motorcade of the governor of Anbar province on "
                 "the road to Baghdad, Iraq, wounding three of his guards.", "2011-11-08", EventType.ASSASSINATION,
                 id="bomb-near-an-officials-motorcade-is-an-assassination"),
    pytest.param("On 29 April 2020, a sticky bomb attached to the car of the director of a charity exploded in "
                 "Diwaniya, Iraq, damaging the car.", "2020-04-30", EventType.BOMBING,
                 id="bomb-on-a-directors-car-is-a-bombing"),
    pytest.param("On 5 June 2011, unidentified attackers threw a grenade at the house of the finance minister in "
                 "Harare, Zimbabwe, damaging a wall.", "2011-06-06", EventType.BOMBING,
                 id="grenade-at-an-officials-house-is-a-bombing"),
    pytest.param("On 3 March 2011, gunmen opened fire on the car of the mayor of Buhriz, Iraq, wounding his driver.",
                 "2011-03-04", EventType.ASSASSINATION, id="gunmen-firing-on-an-officials-car-is-an-assassination"),
    pytest.param("On 7 July 2011, in Craigavon, Northern Ireland, two masked men stopped a lorry and then set it on "
                 "fire.", "2011-07-08", EventType.ARSON, id="lorry-set-on-fire-is-arson"),
    pytest.param("On 7 February 2011, about 200 armed militants attacked a police post in Gaya, Bihar, India. The "
                 "police retaliated and repelled the attack.", "2011-02-08", EventType.ARMED_ASSAULT,
                 id="police-repelling-an-attack-leave-it-an-armed-assault"),
    pytest.param("On 14 March 2011, in Nalchik, Kabardino-Balkaria, Russia, three gunmen opened fire on a traffic "
                 "police post with assault rifles and hand grenades, wounding two officers.", "2011-03-15",
                 EventType.ARMED_ASSAULT, id="shooting-with-rifles-and-grenades-is-an-armed-assault"),
    pytest.param("On 27 June 2011, in Zinjibar, Abyan, Yemen, militants attacked an army barracks armed with "
                 "machine guns and rocket-propelled grenades, killing four soldiers.", "2011-06-28",
                 EventType.ARMED_ASSAULT, id="attack-armed-with-guns-then-rpgs-is-an-armed-assault"),
    pytest.param("On 5 May 2011, in Narathiwat, Thailand, insurgents attacked a police station with a grenade "
                 "launcher and rifles, wounding a constable.", "2011-05-06", EventType.BOMBING,
                 id="grenades-named-before-the-rifles-stay-a-bombing"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TYPE_CASES)
def test_event_type(pipeline, text: str, published: str, expected: EventType):
    assert types(extract(pipeline, text, published)) == [expected]


def test_soldiers_returning_fire_is_a_battle(pipeline):
    events = extract(pipeline, "On 4 May 2020, Taliban fighters attacked an army checkpoint in Kunduz, Afghanistan, "
                               "and soldiers returned fire, killing five of them.", "2020-05-05")
    assert EventType.BATTLE in types(events)


def test_group_burning_machines_in_a_raid_is_no_riot(pipeline):
    events = extract(pipeline, "On 10 August 2011, near Bingol, Turkey, members of the Kurdistan Workers' Party "
                               "(PKK) raided a dam construction site. During the raid the group set fire to five "
                               "construction machines.", "2011-08-11")
    assert EventType.RIOT not in types(events)


def test_group_spokesman_speaking_of_the_attack_is_its_claim(pipeline):
    events = extract(pipeline, "On 26 February 2011, militants shot dead a village official in Davao del Sur, "
                               "Philippines. A spokesperson of the New People's Army told reporters the official had "
                               "been an army informer.", "2011-02-27")
    assert len(events) == 1
    assert events[0].claimed_by == ("New People's Army",)


def test_police_spokesman_is_no_claim(pipeline):
    events = extract(pipeline, "On 2 June 2011, gunmen killed two police officers in Quetta, Pakistan. A police "
                               "spokesman said the attackers fled on a motorcycle.", "2011-06-03")
    assert len(events) == 1
    assert events[0].claimed_by == ()


def test_group_spokesman_denying_the_attack_is_no_claim(pipeline):
    events = extract(pipeline, "On 14 March 2011, a bomb exploded at a recruitment centre in Kunduz, Afghanistan, "
                               "killing 30 people. A Taliban spokesman denied that the group was involved.",
                     "2011-03-15")
    assert events and all(e.claimed_by == () for e in events)


def test_leaflets_of_a_group_left_at_the_scene_are_its_claim(pipeline):
    events = extract(pipeline, "On 16 July 2011, armed men shot dead a village headman in Koraput, Odisha, India. "
                               "Maoist leaflets left at the scene said he had been a police informer.", "2011-07-17")
    assert len(events) == 1
    assert events[0].claimed_by


def test_attackers_who_name_their_group_claim_the_attack(pipeline):
    events = extract(pipeline, "On 5 March 2011, near Tibu, Colombia, armed men who identified themselves as members "
                               "of the Revolutionary Armed Forces of Colombia (FARC) burned a bulldozer.", "2011-03-06")
    assert len(events) == 1
    assert events[0].claimed_by == ("Revolutionary Armed Forces of Colombia",)
