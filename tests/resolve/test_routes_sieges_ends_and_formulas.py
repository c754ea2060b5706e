"""Routes, the ends of sieges and claim formulas, in short narratives written for these tests from news events (the
Pulwama convoy bombing of February 2019, the DusitD2 siege in Nairobi in January 2019, the Mumbai attacks of November
2008, the Owo church attack of June 2022, the Nice truck attack of July 2016): the two towns a highway joins are not
where the act was when the text names a known place along it; people counted as what a verb carries ("2,500 members
of the Central Reserve Police Force") are no one's blame; "a video of the bomber" tells of the man, not of an act;
the day forces "ended a siege" dates the end, not the attack, and the forces are no doers, in a headline too;
"opened fire and set off explosives at a church ..., killing 40" is one attack; 'said the attacker was "a soldier
of the Islamic State"' is the group's claim."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType


def test_a_bombing_on_a_highway_between_two_towns(pipeline):
    text = ("SRINAGAR, India - A suicide bomber rammed a car packed with explosives into a bus carrying paramilitary "
            "police in Indian-controlled Kashmir on Thursday, killing at least 40 of them.\n\n"
            "The attack took place on the Jammu-Srinagar highway near Lethpora in Pulwama district, where a convoy "
            "carrying about 2,500 members of the Central Reserve Police Force was travelling.\n\n"
            "Jaish-e-Mohammed, a militant group based in Pakistan, claimed responsibility and released a video of "
            "the bomber, a 20-year-old local man.")
    events = pipeline.extract(text, published=date(2019, 2, 14))
    assert len(events) == 1, [(e.trigger, e.location) for e in events]
    bombing = events[0]
    assert bombing.location.name == "Pulwama" and bombing.claimed_by == ("Jaish-e-Mohammed",), \
        (bombing.location, bombing.claimed_by)
    assert not bombing.attributed_by and all(a.kind.value != "state" for a in bombing.perpetrators), \
        (bombing.attributed_by, bombing.perpetrators)


def test_the_day_a_siege_ended_is_not_the_day_of_the_attack(pipeline):
    text = ("Kenyan forces end siege at Nairobi hotel complex\n\n"
            "NAIROBI, Kenya - Kenyan security forces on Wednesday ended a siege at a hotel and office complex in "
            "Nairobi after gunmen from the Somali militant group al-Shabaab stormed it, killing 21 people.\n\n"
            "The attack began on Tuesday afternoon, when a suicide bomber blew himself up at the hotel and four "
            "gunmen opened fire on people at the restaurants in the compound, police said.\n\n"
            "Al-Shabaab claimed the attack through its radio station.")
    events = pipeline.extract(text, published=date(2019, 1, 16))
    assert len(events) == 1 and events[0].date.start == date(2019, 1, 15), [(e.trigger, e.date) for e in events]
    assert all(a.kind.value != "state" for a in events[0].perpetrators), events[0].perpetrators


def test_commandos_who_ended_the_siege_did_not_do_it(pipeline):
    text = ("MUMBAI, India - Indian commandos killed the last gunmen holed up in a luxury hotel on Saturday "
            "morning, ending a three-day siege of India's financial capital in which at least 166 people were "
            "killed.\n\n"
            "Ten gunmen who arrived by sea on Wednesday night attacked targets across the city, including the main "
            "railway station and two hotels.\n\n"
            "Pakistan condemned the attacks.")
    events = pipeline.extract(text, published=date(2008, 11, 29))
    assert not any("commandos" in a.name for e in events for a in e.perpetrators), \
        [(e.trigger, e.perpetrators) for e in events]


def test_fire_and_explosives_at_a_church_are_one_attack(pipeline):
    text = ("OWO, Nigeria - Gunmen opened fire and set off explosives at a Catholic church in the town of Owo in "
            "Ondo state during Pentecost Sunday mass, killing at least 40 worshippers, officials said on Monday.\n\n"
            "Witnesses said the attackers entered the church disguised as worshippers. More than 60 people were "
            "wounded.\n\n"
            "No group claimed responsibility.")
    events = pipeline.extract(text, published=date(2022, 6, 6))
    assert len(events) == 1, [(e.event_type, e.trigger, e.date) for e in events]
    assert events[0].date.start == date(2022, 6, 5) and events[0].fatalities.count == 40, \
        (events[0].date, events[0].fatalities)


def test_a_soldier_of_the_islamic_state_is_its_claim(pipeline):
    text = ("NICE, France - A man drove a truck into a crowd watching Bastille Day fireworks on the seafront in Nice "
            "late on Thursday, killing at least 84 people, officials said.\n\n"
            "The driver zigzagged along the promenade for nearly two kilometers before police shot him dead.\n\n"
            "On Saturday, the Islamic State's Amaq news agency said the attacker was \"a soldier of the Islamic "
            "State\" who had answered its calls to target citizens of countries fighting the group.")
    events = [e for e in pipeline.extract(text, published=date(2016, 7, 16)) if e.event_type is not EventType.THREAT]
    assert len(events) == 1 and events[0].claimed_by == ("Islamic State",), \
        [(e.trigger, e.claimed_by) for e in events]


def test_a_site_the_gazetteer_lacks_lies_in_the_wires_town(pipeline):
    text = ("BRUSSELS - Two suicide bombers blew themselves up in the departure hall of the airport in Zaventem on "
            "Tuesday morning, killing at least 11 people.\n\n"
            "About an hour later, another bomber detonated his explosives in a carriage as the train pulled out of "
            "Maelbeek station, near the European Union's main institutions.\n\n"
            "Belgium raised its terror alert to the highest level.")
    events = pipeline.extract(text, published=date(2016, 3, 22))
    metro = [e for e in events if any("Maelbeek" in x.text for x in e.evidence)]
    assert len(metro) == 1 and metro[0].location.name == "Brussels", [(e.trigger, e.location) for e in events]
