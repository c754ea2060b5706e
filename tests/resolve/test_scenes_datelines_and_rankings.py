"""Scenes, datelines, rankings and blame, in short narratives written for these tests from news events (the Lahore
Easter bombing of March 2016, the shooting at the Colombian president's helicopter near Cúcuta in June 2021, the
Barsalogho massacre of August 2024, the Hayat Hotel siege in Mogadishu in August 2022 and the Mogadishu truck bombing
of October 2017): a toll the parser hangs on an "as ..." scene is the act's, and "militants have attacked the
minorities before" is a record, no doer of it; a dateline's place parsed as the subject is not the doer, the people
after the dash are; "the deadliest since 2015" gives no act of 2015; a bombing "blamed on" a group does not make the
group its target; "the government blamed the group" points to the group told before; a title's "Forces End Siege"
names who ended it, not who attacked."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType


def test_a_toll_told_after_the_scene_is_the_bombing_s(pipeline):
    text = ("LAHORE, Pakistan - A suicide bomber struck a crowded park in Lahore on Sunday evening as Christian "
            "families celebrated Easter, killing at least 70 people and wounding more than 300, officials said on "
            "Monday.\n\n"
            "The bomber set off his explosives near the children's rides. Jamaat-ul-Ahrar, a faction of the "
            "Pakistani Taliban, claimed responsibility.\n\n"
            "Militants have attacked Pakistan's religious minorities before. The army said it had begun raids "
            "across Punjab province.")
    events = pipeline.extract(text, published=date(2016, 3, 28))
    bombings = [e for e in events if e.event_type is EventType.BOMBING]
    assert len(bombings) == 1, [(e.trigger, e.fatalities) for e in bombings]
    assert bombings[0].fatalities.count == 70 and bombings[0].injuries.count == 300, \
        (bombings[0].fatalities, bombings[0].injuries)
    assert "crowded park" in [t.name for t in bombings[0].targets], bombings[0].targets
    assert "Militants" not in [a.name for a in bombings[0].perpetrators], bombings[0].perpetrators   # a record


def test_the_dateline_is_not_the_doer_and_blame_is_no_target(pipeline):
    text = ("BOGOTÁ, Colombia — Gunmen fired at a helicopter carrying President Iván Duque as it approached the city "
            "of Cúcuta on Friday afternoon, hitting it several times. No one was hurt.\n\n"
            "The attack came less than two weeks after a car bomb exploded inside an army base in Cúcuta, injuring "
            "36 people. The authorities blamed that bombing on FARC dissidents.\n\n"
            "The defense minister said officials were investigating who was behind the shooting.")
    events = pipeline.extract(text, published=date(2021, 6, 26))
    shooting = next(e for e in events if e.event_type is EventType.ARMED_ASSAULT)
    assert [a.name for a in shooting.perpetrators] == ["Gunmen"], shooting.perpetrators
    bombing = next(e for e in events if e.event_type is EventType.BOMBING)
    assert all("FARC" not in t.name for t in bombing.targets), bombing.targets
    assert [a.actor for a in bombing.attributed_by] and "FARC" in bombing.attributed_by[0].actor, bombing.attributed_by


def test_the_deadliest_since_a_year_is_no_act_of_that_year(pipeline):
    text = ("OUAGADOUGOU, Burkina Faso - Fighters linked to Al Qaeda attacked villagers who were digging trenches "
            "around the town of Barsalogho on Saturday, killing scores of people, residents said.\n\n"
            "The attack was among the deadliest in the country since 2015. Residents said the attackers arrived on "
            "motorcycles.\n\n"
            "At least 80 people have been killed since Thursday in other raids in the north, officials said on "
            "Monday.")
    events = pipeline.extract(text, published=date(2024, 8, 27))
    assert not any(e.date is not None and e.date.start is not None and e.date.start.year == 2015 for e in events), \
        [(e.trigger, e.date) for e in events]
    raids = [e for e in events if e.fatalities is not None and e.fatalities.count == 80]
    assert raids and raids[0].date.start == date(2024, 8, 22), [(e.trigger, e.date) for e in raids]


def test_the_group_the_government_blamed_and_the_forces_that_ended_a_siege(pipeline):
    text = ("Somali Forces End 30-Hour Siege at Mogadishu Hotel\n\n"
            "MOGADISHU, Somalia - Somali security forces on Sunday ended a siege at a hotel in the capital after "
            "militants from the Shabab stormed the building on Friday evening, killing at least 21 people.\n\n"
            "The group has carried out some of the deadliest attacks in East Africa. In October 2017, a truck bomb at "
            "a busy intersection in Mogadishu killed more than 500 people; the Shabab never claimed it, but the "
            "government blamed the group.")
    events = pipeline.extract(text, published=date(2022, 8, 21))
    siege = next(e for e in events if e.date is not None and e.date.start == date(2022, 8, 19))
    assert all(a.kind.value != "state" and "Forces" not in a.name for a in siege.perpetrators), siege.perpetrators
    truck = next(e for e in events if e.fatalities is not None and e.fatalities.count == 500)
    assert [a.actor for a in truck.attributed_by] == ["Al-Shabaab"], truck.attributed_by


def test_the_road_to_a_place_is_where_not_what_was_hit(pipeline):
    text = ("Gunmen Kill 28 Christians on Road to Egyptian Monastery\n\n"
            "CAIRO - Masked gunmen stopped a bus carrying Coptic Christians to a monastery in Minya Province on "
            "Friday and opened fire, killing at least 28 people.\n\n"
            "The Islamic State claimed the attack on Saturday.")
    events = pipeline.extract(text, published=date(2017, 5, 27))
    assert len(events) == 1 and all(t.name.lower() != "road" for t in events[0].targets), \
        [(e.trigger, e.targets) for e in events]
