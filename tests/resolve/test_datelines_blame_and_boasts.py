"""Datelines, blame and boasts, in short narratives written for these tests from news events (the truck bombing near an
air force school in Cali and the drone attack on a police helicopter near Amalfi, both on 21 August 2025, the
Neiva patrol shooting told after them, and JNIM's assault on Bamako of 17 September 2024): a dateline in mixed case with an accented city ("Bogotá, Colombia — ") is
neither the place of the act nor its doer; "blamed dissidents for the bombing" points back to the bombing told
before, not to an act of another kind told last, and "dissidents of the former FARC" are the registry's FARC dissidents;
a group that "struck the Kati military base" attacked it; the toll a group gives in its own claim ("said its fighters
had killed hundreds of soldiers") gives way to anyone else's count; "arrested on suspicion of murder" tells no act
(the Solingen festival stabbing of 23 August 2024); a bombing told in an "after" clause of a verb dated to a year
("came close to war in 2019, after a suicide car bomber killed 40 ... in Pulwama") is of that year; "India struck what it called terrorist camps" and "Israel struck Beirut's southern suburbs" are strikes
from afar, "the two governments struck a deal" is none; one state's strike and the other's shelling hours later are
two acts (Operation Sindoor and the shelling of Poonch, 7 May 2025); the act "a commander whom Israel held
responsible for the rocket attack" is the rocket attack told before, not part of the airstrike that killed him (the
Majdal Shams rocket of 27 July 2024 and the Beirut strike of 30 July); "claimed the capture of Palma" is a claim,
and the insurgents Mozambicans call al-Shabab are not Somalia's (the fall of Palma, March 2021); "the attack came a day before NATO leaders gathered in Washington" is
the attack told before, not one in Washington, and "the central city of Uman" is the Ukrainian city, not Oman (the
strikes on Kyiv of 8 July 2024 and on Uman of 28 April 2023); an act "since early 2024, when" gangs attacked police
stations is of January to April, not the October massacre told first (Pont-Sonde, 3 October 2024); "It was the second
major attack on the same train in four months" ranks the act just told (the Jaffar Express, 11 March 2025)."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType

_CALI = ("Bogotá, Colombia — A truck packed with explosives blew up near an air force school in the city of Cali "
         "on Thursday, killing six people and wounding more than 60, officials said.\n\n"
         "Hours earlier, a police helicopter was brought down by a drone near the town of Amalfi in Antioquia, "
         "killing 13 officers who were escorting a coca eradication team.\n\n"
         "President Gustavo Petro blamed dissidents of the former FARC for the bombing. He said the Gulf Clan was "
         "behind the helicopter attack.")


def test_a_mixed_case_dateline_is_not_where_the_act_happened(pipeline):
    events = pipeline.extract(_CALI, published=date(2025, 8, 22))
    bombing = next(e for e in events if e.fatalities is not None and e.fatalities.count == 6)
    assert bombing.location is not None and bombing.location.name == "Cali", bombing.location
    text = ("Bogotá, Colombia — Gunmen opened fire on a police patrol in the southern city of Neiva on Tuesday, "
            "killing two officers, the national police said.\n\n"
            "No group claimed the attack. Officials said they were searching the hills around the city.")
    shooting = pipeline.extract(text, published=date(2025, 3, 12))[0]
    assert shooting.location is not None and shooting.location.name == "Neiva", shooting.location
    assert [a.name for a in shooting.perpetrators] == ["Gunmen"], shooting.perpetrators


def test_blame_for_the_bombing_goes_to_the_bombing(pipeline):
    events = pipeline.extract(_CALI, published=date(2025, 8, 22))
    assert len(events) == 2, [(e.trigger, e.event_type) for e in events]
    bombing = next(e for e in events if e.fatalities is not None and e.fatalities.count == 6)
    helicopter = next(e for e in events if e.fatalities is not None and e.fatalities.count == 13)
    assert bombing.event_type is EventType.BOMBING
    assert [a.actor for a in bombing.attributed_by] == ["FARC dissidents"], \
        bombing.attributed_by
    assert [a.actor for a in helicopter.attributed_by] == ["Clan del Golfo"], helicopter.attributed_by


_BAMAKO = ("Militants linked to Al Qaeda stormed a gendarmerie school and the military airport in Bamako before dawn "
           "on Tuesday.\n\n"
           "Jama'at Nusrat al-Islam wal-Muslimin said its fighters had killed hundreds of soldiers. Security sources "
           "said more than 70 people had been killed and about 200 wounded.\n\n"
           "The attack came two years after the group struck the Kati military base outside the capital in July "
           "2022.")


def test_the_doers_own_toll_gives_way_to_the_sources_count(pipeline):
    events = pipeline.extract(_BAMAKO, published=date(2024, 9, 18))
    assault = next(e for e in events if e.date is not None and e.date.start == date(2024, 9, 17))
    assert assault.fatalities.count == 70 and assault.fatalities.qualifier.value == "more_than", assault.fatalities
    assert assault.injuries.count == 200, assault.injuries
    alone = ("Jama'at Nusrat al-Islam wal-Muslimin said its fighters had killed hundreds of soldiers in an assault on "
             "a military camp near Boulkessi on Sunday. The army gave no toll.")
    told = pipeline.extract(alone, published=date(2022, 6, 14))
    assert [e.fatalities.count for e in told if e.fatalities] == [200], [(e.trigger, e.fatalities) for e in told]


def test_a_group_that_struck_a_base_attacked_it(pipeline):
    events = pipeline.extract(_BAMAKO, published=date(2024, 9, 18))
    kati = [e for e in events if e.date is not None and e.date.start == date(2022, 7, 1)]
    assert len(kati) == 1 and kati[0].event_type is EventType.ARMED_ASSAULT, [(e.trigger, e.date) for e in events]
    assert kati[0].location is not None and kati[0].location.name == "Kati", kati[0].location
    assert [a.canonical for a in kati[0].perpetrators] == ["Jama'at Nusrat al-Islam wal-Muslimin"], \
        kati[0].perpetrators
    quake = pipeline.extract("An earthquake struck the town of Herat on Saturday, flattening villages.",
                             published=date(2023, 10, 8))
    assert quake == [], quake


def test_a_charge_is_no_act(pipeline):
    text = ("BERLIN - A man with a knife attacked people at a festival in the western city of Solingen on Friday "
            "night, killing three people and wounding eight, the police said.\n\n"
            "A 26-year-old Syrian man turned himself in late on Saturday and was arrested on suspicion of murder and "
            "membership in a terrorist organization, prosecutors said.\n\n"
            "The Islamic State claimed the attack.")
    events = pipeline.extract(text, published=date(2024, 8, 25))
    assert len(events) == 1, [(e.trigger, e.date) for e in events]
    assert events[0].fatalities.count == 3 and events[0].date.start == date(2024, 8, 23), events[0]


def test_an_act_after_which_a_year_is_told_is_of_that_year(pipeline):
    text = ("NEW DELHI - Indian missiles struck targets in Pakistan early on Wednesday, two weeks after gunmen killed "
            "26 people near the Kashmir town of Pahalgam.\n\n"
            "The neighbours last came close to war in 2019, after a suicide car bomber killed 40 paramilitary police "
            "officers in Pulwama.\n\n"
            "Jaish-e-Mohammed claimed that bombing.")
    events = pipeline.extract(text, published=date(2025, 5, 7))
    pulwama = next(e for e in events if e.fatalities is not None and e.fatalities.count == 40)
    assert pulwama.date.start == date(2019, 1, 1) and pulwama.date.end == date(2019, 12, 31), pulwama.date


def test_a_state_striking_something_is_a_strike_and_rival_states_act_apart(pipeline):
    text = ("NEW DELHI - India struck what it called terrorist camps in Pakistan early on Wednesday, two weeks after "
            "gunmen killed 26 tourists near the Kashmir town of Pahalgam.\n\n"
            "Hours later, Pakistani shelling across the Line of Control killed at least 12 people in the town of "
            "Poonch, Indian officials said.\n\n"
            "In 2021 the two governments struck a deal to respect a ceasefire along the line.")
    events = pipeline.extract(text, published=date(2025, 5, 7))
    strikes = [e for e in events if e.event_type is EventType.REMOTE_VIOLENCE]
    assert len(strikes) == 2, [(e.trigger, e.perpetrators) for e in events]
    by_india = next(e for e in strikes if any(a.name == "India" for a in e.perpetrators))
    assert by_india.fatalities is None and by_india.date.start == date(2025, 5, 7), by_india
    shelling = next(e for e in strikes if e is not by_india)
    assert shelling.fatalities.count == 12 and shelling.location.name == "Poonch", shelling
    assert not any(e.date.start.year == 2021 for e in events), [(e.trigger, e.date) for e in events]
    beirut = pipeline.extract("Israel struck Beirut's southern suburbs on Tuesday evening, killing a senior Hezbollah "
                              "commander, the Lebanese health ministry said.", published=date(2024, 7, 31))
    assert [e.event_type for e in beirut] == [EventType.REMOTE_VIOLENCE], beirut


def test_what_a_victim_was_held_responsible_for_is_the_act_told_before(pipeline):
    text = ("JERUSALEM - A rocket fired from Lebanon struck a soccer field in the Golan Heights on Saturday, killing 12 "
            "children, Israeli officials said.\n\n"
            "Israel blamed Hezbollah, which denied any role.\n\n"
            "On Tuesday evening, an Israeli airstrike hit a building in Beirut, killing Fuad Shukr, a senior Hezbollah "
            "commander whom Israel held responsible for the rocket attack.")
    events = pipeline.extract(text, published=date(2024, 7, 31))
    assert len(events) == 2, [(e.trigger, e.date) for e in events]
    strike = next(e for e in events if "airstrike" in e.trigger)
    assert "rocket" not in strike.weapons and not strike.attributed_by, (strike.weapons, strike.attributed_by)
    rocket = next(e for e in events if e is not strike)
    assert rocket.date.start == date(2024, 7, 27) and rocket.fatalities.count == 12, rocket


def test_a_claimed_capture_and_mozambique_s_al_shabab(pipeline):
    text = ("MAPUTO, Mozambique - Islamist insurgents have seized the town of Palma in Cabo Delgado province after a "
            "five-day assault that left dozens of people dead, the government said on Sunday.\n\n"
            "The Islamic State claimed the capture of Palma on Monday.\n\n"
            "Its local branch, known to residents as al-Shabab, has waged an insurgency in the province since "
            "October 2017, when its fighters attacked police stations in the town of Mocimboa da Praia.")
    events = pipeline.extract(text, published=date(2021, 3, 29))
    palma = next(e for e in events if e.fatalities is not None)
    assert "Islamic State" in palma.claimed_by, (palma.claimed_by, [(e.trigger, e.claimed_by) for e in events])
    old = next(e for e in events if e.date is not None and e.date.start.year == 2017)
    assert [a.canonical for a in old.perpetrators if a.canonical] == ["Al-Shabaab (Mozambique)"], old.perpetrators


def test_an_attack_that_came_before_something_is_the_one_told_and_uman_is_in_ukraine(pipeline):
    text = ("KYIV, Ukraine - Russia struck Kyiv with missiles on Monday, killing at least 31 people and damaging the "
            "country's largest children's hospital, officials said.\n\n"
            "The attack came a day before NATO leaders gathered in Washington.\n\n"
            "In April 2023, a Russian missile struck an apartment building in the central city of Uman, killing 23 "
            "people.")
    events = pipeline.extract(text, published=date(2024, 7, 9))
    assert len(events) == 2, [(e.trigger, e.location) for e in events]
    assert all(e.location is not None and e.location.country == "UA" for e in events), \
        [(e.trigger, e.location) for e in events]
    assert {e.location.name for e in events} == {"Kyiv", "Uman"}


def test_an_act_of_early_in_a_year_is_not_the_news_of_its_autumn(pipeline):
    text = ("PORT-AU-PRINCE, Haiti - Gang members armed with rifles attacked the town of Pont-Sonde in central Haiti "
            "before dawn on Thursday, killing at least 70 people, the United Nations said.\n\n"
            "The Gran Grif gang claimed the attack.\n\n"
            "Gangs have controlled most of the capital since early 2024, when they attacked police stations and "
            "freed thousands of inmates from the two biggest prisons.")
    events = pipeline.extract(text, published=date(2024, 10, 5))
    assert len(events) == 2, [(e.trigger, e.date) for e in events]
    old = next(e for e in events if e.date.start == date(2024, 1, 1))
    assert old.date.end == date(2024, 4, 30) and "police stations" in [t.name for t in old.targets], old


def test_an_act_ranked_again_is_the_one_just_told(pipeline):
    text = ("QUETTA, Pakistan - Separatist fighters blew up a stretch of railway track in Balochistan province on "
            "Tuesday and seized a passenger train carrying more than 400 people, officials said.\n\n"
            "The Baloch Liberation Army claimed the hijacking. It was the second major attack on the same train in "
            "four months.\n\n"
            "Security forces ended the siege on Wednesday evening.")
    events = pipeline.extract(text, published=date(2025, 3, 13))
    assert not any("attack" == e.trigger for e in events), [(e.trigger, e.date) for e in events]
    assert not any(any(t.name == "same train" for t in e.targets) for e in events), [e.targets for e in events]
