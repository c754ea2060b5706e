"""Doers, days and places from six more narratives written for these tests from news events (the pickup truck
driven into a crowd in New Orleans on 1 January 2025 and the Cybertruck blast in Las Vegas that day, the killing of
the Taliban minister Khalil Haqqani in Kabul in December 2024, the attack on soldiers in Benin's W National Park in
April 2025, the police helicopter downed in Amalfi and the truck bomb in Cali in August 2025, and the plot against
the Sayyida Zeinab shrine foiled in January 2025): a toll told in a participle on the doer ("The man who drove into
a crowd early Wednesday, killing 14 people") is an act dated by that clause; the doer's own end ("before he was shot
dead by police officers") is no toll of his victims; a group that inspired the doer, or that did not claim the act,
did not do it; "hours after" the act told before is its day; "the blast, which the group claimed" and "the group
claimed that one" are claims; "its" after "attacked the Taliban" is the attacker; "the most senior figure killed
since 2021" ranks the act and tells no other; a headline that names the act by its means is the act; a place the
gazetteer lacks lies in the country of a dateline under a headline; acts told in other paragraphs with their own
dates in two provinces are two acts; a plot "by" a group is that group's."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType


def _doers(event) -> set[str]:
    return {p.name.lower() for p in event.perpetrators}


def test_a_drivers_toll_his_end_and_the_group_that_inspired_him(pipeline):
    text = ("NEW ORLEANS - The man who drove a pickup truck into a crowd of revelers on Bourbon Street early "
            "Wednesday, killing 14 people, had pledged support to the Islamic State, the F.B.I. said on Thursday.\n\n"
            "The driver, a 42-year-old Army veteran from Texas, also wounded dozens of people before he was shot "
            "dead by police officers. The Islamic State did not claim the attack.\n\n"
            "Hours after the attack in New Orleans, a Tesla Cybertruck exploded outside a hotel in Las Vegas, "
            "killing its driver and injuring seven people.\n\n"
            "In 2017, a man who said he was inspired by the Islamic State drove a rented truck down a bike path in "
            "Manhattan, killing eight people. The year before, a truck attack on the seafront in Nice, France, "
            "killed 86 people; the group claimed that one.")
    events = pipeline.extract(text, published=date(2025, 1, 2))
    crowd = [e for e in events if e.location is not None and e.location.name == "New Orleans"
             and e.fatalities is not None]
    assert len(crowd) == 1, events
    assert crowd[0].date.start == date(2025, 1, 1) and crowd[0].fatalities.count == 14, crowd[0]
    assert all("islamic state" not in _doers(e) for e in events if e.location and e.location.country == "US"), \
        [(e.location.name, e.perpetrators) for e in events]
    vegas = [e for e in events if e.location is not None and e.location.name == "Las Vegas"]
    assert len(vegas) == 1 and vegas[0].date.start == date(2025, 1, 1), vegas
    nice = [e for e in events if e.location is not None and e.location.name == "Nice"]
    assert len(nice) == 1 and "Islamic State" in nice[0].claimed_by, nice


def test_a_relative_claim_its_bombers_a_ranking_and_the_headline(pipeline):
    text = ("Taliban Minister Killed in Kabul Suicide Bombing\n\n"
            "KABUL, Afghanistan - A suicide bomber killed Khalil Haqqani, the Taliban's minister for refugees, at "
            "his ministry in Kabul on Wednesday, Taliban officials said, the most senior figure killed in "
            "Afghanistan since the group returned to power in 2021.\n\n"
            "Several other people were killed in the blast, which the Islamic State Khorasan Province claimed in a "
            "statement.\n\n"
            "The Islamic State affiliate, known as ISIS-K, has repeatedly attacked the Taliban and Afghanistan's "
            "Shiite minority. In September, one of its suicide bombers killed six people on the southern edge of "
            "Kabul.")
    events = pipeline.extract(text, published=date(2024, 12, 12))
    assert not any(e.date is not None and e.date.start.year == 2021 for e in events), events
    minister = [e for e in events if "Khalil Haqqani" in {v.name for v in e.victims}]
    assert len(minister) == 1 and minister[0].claimed_by, events
    assert len([e for e in events if e.date is not None and e.date.start.month == 12]) == 1, events
    september = [e for e in events if e.date is not None and e.date.start.month == 9]
    assert len(september) == 1 and "taliban" not in _doers(september[0]), september
    assert september[0].perpetrators, september


def test_a_park_the_gazetteer_lacks_lies_in_the_datelines_country(pipeline):
    text = ("Benin Says 54 Soldiers Were Killed in Jihadist Attack\n\n"
            "COTONOU, Benin - Fifty-four soldiers were killed last Thursday when jihadists attacked two army "
            "positions in W National Park, near the country's northern borders with Niger and Burkina Faso, the "
            "government said on Tuesday.\n\n"
            "In January, militants killed 28 soldiers at an army post in the same area.\n\n"
            "In Niger last month, gunmen killed 44 worshippers during Friday prayers at a mosque in the village of "
            "Fambita.")
    events = pipeline.extract(text, published=date(2025, 4, 22))
    soldiers = [e for e in events if e.fatalities is not None and e.fatalities.count in (54, 28)]
    assert len(soldiers) == 2 and {e.location.country for e in soldiers} == {"BJ"}, \
        [(e.fatalities, e.location) for e in soldiers]
    mosque = [e for e in events if e.fatalities is not None and e.fatalities.count == 44]
    assert len(mosque) == 1 and mosque[0].location.country == "NE", mosque


def test_acts_in_two_provinces_told_apart_and_a_plot_by_a_group(pipeline):
    text = ("BOGOTA, Colombia - A truck loaded with explosives blew up near an air force base in Cali on Thursday, "
            "killing six civilians.\n\n"
            "The bombing came two months after Miguel Uribe Turbay, a senator, was shot at a campaign event in "
            "Bogota. He died of his wounds earlier this month.\n\n"
            "In June, a dissident faction was blamed for a wave of coordinated bomb and gun attacks in Cali and the "
            "surrounding Cauca region that killed at least seven people.")
    events = pipeline.extract(text, published=date(2025, 8, 22))
    uribe = [e for e in events if "Miguel Uribe Turbay" in {v.name for v in e.victims}]
    assert len(uribe) == 1 and uribe[0].fatalities is not None and uribe[0].fatalities.count == 1, uribe
    wave = [e for e in events if e.fatalities is not None and e.fatalities.count == 7]
    assert len(wave) == 1 and wave[0].location.admin1 == "Cauca", wave
    plot = pipeline.extract(
        "DAMASCUS, Syria - A gunman blew himself up in a church in Damascus on Sunday, killing 25 people.\n\n"
        "The Interior Ministry blamed the Islamic State for the attack.\n\n"
        "In January, intelligence officials said they had foiled a plot by the Islamic State to bomb the Sayyida "
        "Zeinab shrine south of Damascus.", published=date(2025, 6, 23))
    shrine = [e for e in plot if e.date is not None and e.date.start.month == 1]
    assert len(shrine) == 1 and "islamic state" in _doers(shrine[0]), shrine
    assert shrine[0].event_type is EventType.BOMBING, shrine[0]
