"""Attacks told by their doers and by the bare word "attack", in a short article written for these tests from news
events: the suicide car bombing of a convoy of Chinese engineers near Besham, Shangla district (26 March 2024), with
the Pakistani Taliban's record recalled: the Dasu bus bombing (14 July 2021), the Peshawar police mosque bombing (30
January 2023) and the Army Public School massacre in Peshawar (16 December 2014).

What they check: "the attacker struck near the town of Besham in Shangla district" tells where the day's bombing was
(the gazetteer lacks Besham: its district); "The movement's deadliest attack came in December 2014, when gunmen
stormed the Army Public School in Peshawar and killed 149 people" is one act, the movement's, not an attack beside
the storming; "struck a deal" stays no act."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType

_BESHAM = (
    "Suicide attack on Chinese engineers revives fears for Beijing's projects in Pakistan\n\n"
    "ISLAMABAD - A suicide bomber rammed a car packed with explosives into a convoy carrying Chinese engineers in "
    "north-western Pakistan on Tuesday, killing five Chinese nationals and their Pakistani driver, police said.\n\n"
    "The engineers were travelling from Islamabad to the Dasu hydropower dam, where they worked, when the attacker "
    "struck near the town of Besham in Shangla district. No group claimed the bombing.\n\n"
    "Chinese workers on the same project have been targeted before. In July 2021, a bomb blew up a bus carrying "
    "engineers to the Dasu site, killing 13 people, nine of them Chinese.\n\n"
    "The Pakistani Taliban, or TTP, ended a ceasefire with the government in November 2022. In January 2023 a suicide "
    "bomber disguised as a policeman blew himself up inside a mosque in the police headquarters in Peshawar, killing "
    "more than 80 people. The movement's deadliest attack came in December 2014, when gunmen stormed the Army Public "
    "School in Peshawar and killed 149 people, 132 of them children.\n")


def test_where_the_attacker_struck_is_where_the_bombing_was(pipeline):
    events = pipeline.extract(_BESHAM, published=date(2024, 3, 27))
    today = [e for e in events if e.date is not None and e.date.start == date(2024, 3, 26)]
    assert len(today) == 1 and today[0].event_type is EventType.BOMBING, [(e.event_type, e.date) for e in events]
    assert today[0].location is not None and today[0].location.name == "Shangla", today[0].location


def test_the_deadliest_attack_told_by_its_when_clause_is_one_act(pipeline):
    events = pipeline.extract(_BESHAM, published=date(2024, 3, 27))
    school = [e for e in events if e.date is not None and e.date.start == date(2014, 12, 1)]
    assert len(school) == 1, [(e.event_type, e.trigger, e.date) for e in events]
    assert school[0].fatalities is not None and school[0].fatalities.count == 149, school[0].fatalities
    assert "Tehrik-i-Taliban Pakistan" in [p.canonical for p in school[0].perpetrators], school[0].perpetrators


def test_a_deal_struck_is_no_attack(pipeline):
    events = pipeline.extract("The rebels struck a deal with the government in Doha on Monday to end the fighting "
                              "in the north.", published=date(2024, 3, 27))
    assert not any(e.event_type is EventType.ARMED_ASSAULT for e in events), [(e.event_type, e.trigger) for e in events]
