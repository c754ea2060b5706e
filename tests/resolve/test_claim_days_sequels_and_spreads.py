"""Claim days, later deaths, sequels and spread tolls, in short narratives written for these tests from news events
(the knife attack in Solingen in August 2024 and the stabbing in Mannheim that May, the Maoist bomb in Bijapur in
January 2025, the shooting in Jaffa and Iran's missiles on 1 October 2024, the attacks in Dagestan in June 2024 and
the concert hall near Moscow that March, the storming of a television studio in Guayaquil in January 2024): the day
a group claimed an act is not the act's, and a band "playing on Friday night" where it happened gives its time; a
victim who "died of his wounds two days later" died of the act told with him; "have killed scores in recent
months" and "10 people were killed across the country" sum many acts; the attackers the police shot are no victims
of the attack; a state named by its country that fired missiles is an incident, told apart from the attack that
"began shortly before" it; title-case words in a headline are no town; "an attack claimed by the Islamic State"
set off after an act restates it."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType


def test_the_claim_day_and_a_later_death(pipeline):
    text = ("BERLIN - The Islamic State claimed responsibility on Saturday for a knife attack at a festival in "
            "Solingen in which three people were killed and eight wounded.\n\n"
            "A man stabbed people near a stage where a band was playing on Friday night, the police said.\n\n"
            "In May, an Afghan man stabbed a police officer at a rally in the city of Mannheim; the officer died of "
            "his wounds two days later.")
    events = pipeline.extract(text, published=date(2024, 8, 25))
    solingen = [e for e in events if e.location is not None and e.location.name == "Solingen"]
    assert len(solingen) == 1 and solingen[0].date.start == date(2024, 8, 23), solingen
    mannheim = [e for e in events if e.location is not None and e.location.name == "Mannheim"]
    assert len(mannheim) == 1 and mannheim[0].fatalities is not None and mannheim[0].fatalities.count == 1, events


def test_tolls_summed_over_months_or_over_the_country_are_no_incident(pipeline):
    text = ("RAIPUR, India - Maoist rebels blew up a vehicle carrying police officers in Bijapur district on "
            "Monday, killing eight officers and their driver, officials said.\n\n"
            "The officers were returning from an operation against the rebels.\n\n"
            "Security forces have killed scores of suspected rebels in recent months.")
    events = pipeline.extract(text, published=date(2025, 1, 7))
    assert [e.fatalities.count for e in events if e.fatalities is not None] == [9], events
    studio = pipeline.extract(
        "GUAYAQUIL, Ecuador - Masked gunmen burst into a television studio in Guayaquil during a live broadcast "
        "on Tuesday, holding staff members at gunpoint before the police arrested them.\n\n"
        "The violence erupted after a gang leader escaped from prison over the weekend.\n\n"
        "At least 10 people were killed across the country on Tuesday, the police said.",
        published=date(2024, 1, 10))
    assert not any(e.fatalities is not None and e.fatalities.count == 10 for e in studio), studio


def test_threats_made_over_recent_months_stay_a_threat(pipeline):
    text = ("KABUL, Afghanistan - A suicide bomber killed six people near a government office in Kabul on Monday, "
            "officials said.\n\n"
            "The Islamic State's local branch claimed the bombing.\n\n"
            "In recent months, the group has threatened attacks against several foreign embassies in Kabul.")
    events = pipeline.extract(text, published=date(2024, 9, 3))
    threats = [e for e in events if e.event_type is EventType.THREAT]
    assert len(threats) == 1, events


def test_the_attackers_shot_and_a_states_missiles_told_apart(pipeline):
    text = ("JERUSALEM - Two gunmen opened fire on people near a light rail station in Jaffa on Tuesday evening, "
            "killing seven people, the police said.\n\n"
            "The attack began shortly before Iran fired about 180 ballistic missiles at Israel. Police officers and "
            "an armed civilian shot the attackers, killing one of them and wounding the other.\n\n"
            "Hamas later praised the attack.")
    events = pipeline.extract(text, published=date(2024, 10, 2))
    jaffa = [e for e in events if e.location is not None and e.location.name == "Jaffa"]
    assert len(jaffa) == 1 and jaffa[0].fatalities.count == 7, events
    assert {v.name for v in jaffa[0].victims} == {"people"}, jaffa[0].victims
    missiles = [e for e in events if "Iran" in {p.name for p in e.perpetrators}]
    assert len(missiles) == 1 and missiles[0].event_type is EventType.REMOTE_VIOLENCE, events


def test_a_group_says_its_members_carried_out_the_shooting(pipeline):
    text = ("JERUSALEM - Two gunmen opened fire on people near a light rail station in Jaffa on Tuesday evening, "
            "killing seven people, the police said.\n\n"
            "The attack began shortly before Iran fired about 180 ballistic missiles at Israel.\n\n"
            "The armed wing of Hamas said on Wednesday that two of its members from Hebron in the occupied West Bank "
            "had carried out the shooting.")
    events = pipeline.extract(text, published=date(2024, 10, 2))
    jaffa = [e for e in events if e.location is not None and e.location.name == "Jaffa"]
    assert len(jaffa) == 1 and "Hamas" in jaffa[0].claimed_by, events
    assert not any(e.claimed_by for e in events if "Iran" in {p.name for p in e.perpetrators}), events
    assert not any(e.location is not None and e.location.country == "PS" for e in events), events


def test_headline_words_and_a_restated_claim(pipeline):
    text = ("Gunmen Attack Synagogues and Churches in Russia's Dagestan\n\n"
            "MAKHACHKALA, Russia - Gunmen opened fire on two churches, two synagogues and a police post in Russia's "
            "region of Dagestan on Sunday evening, killing at least 15 police officers and a priest.\n\n"
            "Investigators opened a terrorism case.\n\n"
            "The violence came three months after gunmen killed 145 people at a concert hall outside Moscow, an "
            "attack claimed by the Islamic State.")
    events = pipeline.extract(text, published=date(2024, 6, 24))
    assert not any(e.location is not None and e.location.name == "Churches" for e in events), events
    moscow = [e for e in events if e.location is not None and e.location.name == "Moscow"]
    assert len(moscow) == 1 and "Islamic State" in moscow[0].claimed_by, moscow
