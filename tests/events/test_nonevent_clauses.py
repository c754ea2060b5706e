"""More violent words that tell of no event (events/nonevents.py, the trigger checks in events/assemble.py), in our own
words, mixed case and upper-case wire style: what is prevented, planned in the future, denied by a charge,
characterised ("a threat to"), counted as many, an effort or a purpose, the execution of a plan, arms found, shots
into the air and figures of speech. Each group is paired with acts that must stay events.
"""
from __future__ import annotations

from datetime import date

import pytest

from newsevents import EventType

PUBLISHED = date(1989, 11, 30)
NOT_VIOLENT = {EventType.PROTEST, EventType.OTHER}


def violent(pipeline, text: str, published: date = PUBLISHED) -> list:
    return [e for e in pipeline.extract(text, published=published) if e.event_type not in NOT_VIOLENT]


@pytest.mark.parametrize("text", [
    # prevented, refrained from
    "The finance minister said the price freeze had stopped the crisis from exploding.",
    "Police in Ayacucho were on alert on Sunday to prevent the Shining Path from marking its anniversary with attacks.",
    "The rebel command pledged to refrain from attacking members of the cabinet once the talks begin.",
    # a plan's content told in the future, hung on the verb that disclosed it
    "BOGOTA, 24 JAN 90 -- THE POLICE CHIEF TODAY DISCLOSED A PLAN ACCORDING TO WHICH CARTEL GUNMEN WILL TRY TO "
    "ATTACK JUDGES IN MEDELLIN.",
    # what a planned operation would have included, every item of it
    "The report said the rebels had drawn up an operation that would have included the kidnapping of bankers and "
    "the assassination of two generals.",
    # a charge that is denied, and what was done at no time
    "SAN SALVADOR, 13 DEC 89 -- THE ARMED FORCES TODAY DENIED CHARGES BY THE NICARAGUAN GOVERNMENT THAT THE AIR "
    "FORCE BOMBED VILLAGES NEAR THE VOLCANO.",
    "At no time did our planes bomb the villages, the defense minister said.",
    "THE REPORT THAT THE CONSUL'S SON WAS WOUNDED BY GUNFIRE SHOTS IS TOTALLY UNFOUNDED, THE EMBASSY SAID.",
    "The ministry spokesman corrected earlier reports of a second explosion at a hotel near the airport.",
    "Police denied reports of a bombing at the central market on Sunday.",
    # a death of illness or age
    "Former president Jose Napoleon Duarte has died of cancer.",
    "The former mayor, Ana Rivas, died from a heart attack at her home on Sunday.",
    # a characterisation
    "The president said the contras remain a threat to the Nicaraguan people.",
    "The minister said drug trafficking is one of the most serious threats to the democracies of the region.",
    # many acts
    "Despite so many threats made by the guerrillas, the villagers never joined the rebellion.",
    "The army said 145 rebels and 53 soldiers were killed in 386 clashes in January.",
    # an effort, a purpose in the present, the execution of a plan
    "Barco briefed the French president on the efforts made by his government to fight the cocaine cartels.",
    "The president said Central Americans are buying weapons to kill one another.",
    "The execution of the rebel plan will coincide with the president's trip to New York.",
    # descriptors and figures of speech
    "The air force patrolled the northern border with combat and reconnaissance aircraft.",
    "The weapons look like the ones used by the murdering battalions of the old regime, a resident said.",
    "The bishop said change is blowing over the whole country.",
    'The UN official said this "battle" is a concern of the whole world.',
    # what a unit is accused of encouraging, a campaign over years, shots into the air
    "The rights group said the battalion has been accused of encouraging the murder of opposition politicians.",
    "The M-19 handed over the rifles with which it has fought during the past 16 years.",
    "Before surrendering their weapons, the guerrillas fired them into the air one last time.",
    # a capability, a project that died
    "The vice president said the rebels no longer have the capacity to repeat an attack on the capital.",
    "The Condor rocket project has officially died, and nobody in the government mourns it.",
    # an arsenal found
    "Guns, sticks of dynamite, fuses and detonators were found in the house of the detained man in Copiapo.",
    # what became of the attacker: named by the police
    "Police on Tuesday named the bomber as a 22-year-old man born in the city.",
    # the people an attack left, carried or cared for
    "Turkey sent a military aircraft to fly dozens of the most badly injured to Ankara for treatment.",
    "The wounded were flown to Nairobi for treatment on Sunday.",
])
def test_no_violent_event(pipeline, text):
    assert violent(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Gunmen stopped a bus near the border on Sunday and killed six passengers.",
    "Reports of a bombing at the central market on Sunday were confirmed by police, who said four people died.",
    "Ahmad Shah Massoud died of his wounds on Saturday, two days after the bombers struck.",
    "The journalist John Smith died on Sunday after gunmen shot him outside his home.",
    "Police prevented the bombers from escaping after the blast killed four people at the market on Sunday.",
    "The army said 20 guerrillas were killed in a clash near the volcano on Sunday.",
    "The guerrillas executed three soldiers on Sunday near the river.",
    "SAN SALVADOR, 13 DEC 89 -- THE AIR FORCE TODAY BOMBED VILLAGES NEAR THE VOLCANO, KILLING FOUR PEASANTS.",
    "The rebels threatened to kill the mayor if he did not resign, and on Sunday they shot his driver.",
    'The colonel held the rebels responsible for the "murder" of 19 peasants in Chalatenango last week.',
    "Police found a bomb under the judge's car in Medellin on Sunday.",
    "Soldiers fired into the crowd in the main square on Sunday, killing three students.",
    "The rebels showed their capacity on Sunday when they attacked the garrison at El Paraiso.",
    "The mayor of the town died on Sunday when gunmen attacked his car.",
    "Hospitals treated the wounded after a bomb tore through the market in Kano on Sunday.",
    "SAN SALVADOR, 19 JUL 89 -- A STUDENT ARRESTED LAST WEEK ADMITTED THAT HE HAS TAKEN PART IN PASTING POSTERS AND "
    "BURNING VEHICLES NEAR THE UNIVERSITY CAMPUS.",
])
def test_acts_stay_events(pipeline, text):
    assert violent(pipeline, text)


@pytest.mark.parametrize("text", [
    "This situation has been clearly demonstrated by the resolution of the human rights commission.",
    "THIS SITUATION HAS BEEN CLEARLY DEMONSTRATED BY THE RESOLUTION OF THE HUMAN RIGHTS COMMISSION.",
])
def test_demonstrate_as_show_is_no_protest(pipeline, text):
    assert pipeline.extract(text, published=PUBLISHED) == []


def test_the_murders_of_named_people_are_one_incident(pipeline):
    # The six Jesuit priests of the UCA, their cook and her daughter were killed on 16 November 1989.
    text = ("SAN SALVADOR, 16 NOV 89 -- WE CONDEMN IN THE STRONGEST TERMS THE MURDERS OF THE JESUIT PRIESTS, THEIR "
            "COOK, AND HER DAUGHTER EARLY THIS MORNING AT THE CENTRAL AMERICAN UNIVERSITY, THE PRESIDENT SAID.")
    events = violent(pipeline, text, published=date(1989, 11, 16))
    assert [e.event_type for e in events] == [EventType.VIOLENCE_AGAINST_CIVILIANS]
