"""Acts a narrative tells as replies, records and campaigns, in short articles written for these tests from news
events: the JNIM assault on Djibo, Burkina Faso (11 May 2025), with the Barsalogho massacre (24 August 2024) recalled
as the record it came closest to; the attack on the Catholic church in Komanda, Ituri (27 July 2025), with the ADF's
raid on the school in Mpondwe, Uganda (16 June 2023) and the joint Ugandan-Congolese campaign against the group since
2021; Iran's drone and missile barrage on Israel (13 April 2024) after the strike on its consulate in Damascus (1
April 2024).

What they check: "one of the deadliest since August last year, when gunmen killed hundreds" tells the August act on
its own and dates the day's assault by its own day; what fighters "carried off" is loot when it is weapons and
vehicles, no kidnapping (a truck hijacked still is one); houses set on fire in the sentence after a deadly raid are
that raid's doing, not an arson that names it; "crossed into Uganda and attacked a school in Mpondwe" lies in Uganda
though the article is about Congo; "have fought the group since 2021" is a campaign, no battle, and the strikes Uganda
"began" are Uganda's, in eastern Congo, not in Kampala where the bombings they answered were; "In April Iran launched
more than 300 drones at Israel after a strike on its consulate in Damascus killed seven" tells two acts, the barrage
Iran's (the model reads "April Iran" as one date) and the strike of that April; "a policeman died after an IED
exploded" stays one act."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType

_SAHEL = (
    "OUAGADOUGOU — Fighters linked to al-Qaeda attacked the town of Djibo in northern Burkina Faso on Sunday, "
    "storming a military camp and killing more than 100 people, most of them soldiers, according to residents.\n\n"
    "Jama'at Nusrat al-Islam wal-Muslimin, known as JNIM, said in a statement that its fighters had seized the camp "
    "for several hours and carried off weapons and vehicles.\n\n"
    "The assault was one of the deadliest since August last year, when JNIM gunmen killed hundreds of villagers who "
    "were digging trenches around the town of Barsalogho.")

_CONGO = (
    "BUNIA, Congo — Rebels armed with guns and machetes attacked a Catholic church in Komanda, in Congo's Ituri "
    "province, during a night vigil early on Sunday, killing at least 43 people, a local official said. Several "
    "houses and shops nearby were set on fire.\n\n"
    "The army blamed the Allied Democratic Forces, an armed group that has pledged allegiance to the Islamic State. In "
    "June 2023 its fighters crossed into Uganda and attacked a secondary school in Mpondwe, killing 42 people.\n\n"
    "Congolese and Ugandan troops have fought the group together since 2021, when Uganda began air and artillery "
    "strikes on ADF camps in eastern Congo after a series of suicide bombings in Kampala.")

_IRAN = (
    "JERUSALEM — Israeli warplanes struck missile factories in Iran early on Saturday, the military said.\n\n"
    "Iran fired about 180 missiles at Israel on October 1, most of which were intercepted.\n\n"
    "In April Iran launched more than 300 drones and missiles at Israel after a strike on its consulate in Damascus "
    "killed seven members of the Revolutionary Guards. Iran blamed Israel for the consulate strike.")


def test_a_record_recalled_in_a_when_clause_is_its_own_act_and_loot_is_no_captive(pipeline):
    events = pipeline.extract(_SAHEL, published=date(2025, 5, 12))
    assert not any(e.event_type is EventType.KIDNAPPING for e in events), [(e.event_type, e.trigger) for e in events]
    djibo = next(e for e in events if e.location is not None and e.location.name == "Djibo")
    assert djibo.date is not None and djibo.date.start == date(2025, 5, 11), djibo.date
    august = [e for e in events if e.date is not None and (e.date.start, e.date.end) == (date(2024, 8, 1),
                                                                                       date(2024, 8, 31))]
    assert len(august) == 1 and august[0].fatalities is not None and august[0].fatalities.count >= 200, \
        [(e.trigger, e.date, e.fatalities) for e in events]


def test_a_hijacked_truck_is_still_a_hijacking(pipeline):
    events = pipeline.extract("Gunmen hijacked a fuel truck and its driver on the highway near Maiduguri on Monday, "
                              "police said.", published=date(2024, 5, 7))
    assert [e.event_type for e in events] == [EventType.KIDNAPPING], [(e.event_type, e.trigger) for e in events]


def test_a_raid_keeps_its_kind_its_border_crossing_and_a_campaign_is_no_battle(pipeline):
    events = pipeline.extract(_CONGO, published=date(2025, 7, 28))
    komanda = next(e for e in events if e.fatalities is not None and e.fatalities.count == 43)
    assert komanda.event_type is EventType.ARMED_ASSAULT, komanda.event_type     # not the arson told after it
    mpondwe = next(e for e in events if e.fatalities is not None and e.fatalities.count == 42)
    assert mpondwe.location is not None and (mpondwe.location.name, mpondwe.location.country) == ("Mpondwe", "UG")
    assert not any(e.event_type is EventType.BATTLE for e in events), [(e.event_type, e.trigger) for e in events]
    strikes = [e for e in events if e.event_type is EventType.REMOTE_VIOLENCE]
    assert len(strikes) == 1 and strikes[0].location is not None and strikes[0].location.country == "CD", \
        [(e.trigger, e.location) for e in strikes]
    assert [a.name for a in strikes[0].perpetrators] == ["Uganda"], strikes[0].perpetrators


def test_a_barrage_answering_a_strike_is_two_acts_of_that_month(pipeline):
    events = pipeline.extract(_IRAN, published=date(2024, 10, 26))
    april = [e for e in events if e.date is not None and e.date.start == date(2024, 4, 1)]
    assert len(april) == 2, [(e.trigger, e.date, e.location) for e in events]
    barrage = next(e for e in april if e.location is not None and e.location.country == "IL")
    assert [a.name for a in barrage.perpetrators] == ["Iran"], barrage.perpetrators
    strike = next(e for e in april if e.location is not None and e.location.name == "Damascus")
    assert strike.fatalities is not None and strike.fatalities.count == 7
    assert [(a.source, a.actor) for a in strike.attributed_by] == [("Iran", "Israel")], strike.attributed_by


def test_a_death_after_a_blast_is_one_act(pipeline):
    events = pipeline.extract("A policeman died after an IED exploded during his patrol in Mansehra on Tuesday. "
                              "The Pakistani Taliban claimed responsibility.", published=date(2015, 3, 4))
    assert len(events) == 1 and events[0].event_type is EventType.BOMBING, [(e.event_type, e.trigger) for e in events]


_RIOTS = (
    "LONDON — Rioters set fire to a hotel housing asylum seekers in Rotherham on Sunday, in the worst unrest in "
    "Britain for more than a decade.\n\n"
    "The violence began after a teenager attacked a children's dance class in Southport on July 29, stabbing three "
    "girls to death. The next evening a crowd attacked a mosque in Southport, throwing bricks and setting a police "
    "van on fire.\n\n"
    "On Saturday rioters looted shops and burned a library in Liverpool.")


def test_the_deeds_of_one_crowd_told_in_one_sentence_are_one_riot(pipeline):
    """"Rioters looted shops and burned a library in Liverpool", "a crowd attacked a mosque, throwing bricks and
    setting a police van on fire": one riot each (the Southport riot of 30 July and the Liverpool riot of 3 August
    2024), as coders count one event a place and a day."""
    events = pipeline.extract(_RIOTS, published=date(2024, 8, 5))
    liverpool = [e for e in events if e.location is not None and e.location.name == "Liverpool"]
    assert len(liverpool) == 1 and liverpool[0].event_type is EventType.RIOT, \
        [(e.event_type, e.trigger) for e in liverpool]
    mosque = [e for e in events if e.date is not None and e.date.start == date(2024, 7, 30)]
    assert len(mosque) == 1 and mosque[0].event_type is EventType.RIOT, [(e.event_type, e.trigger) for e in mosque]


_SIEGES = (
    "MOSCOW — Gunmen stormed a concert hall outside Moscow on Friday evening, killing at least 133 people.\n\n"
    "The attack brought back memories of the sieges of two decades ago. In October 2002 about 130 hostages died "
    "after special forces pumped gas into a Moscow theatre where gunmen were holding some 850 people. Two years later, "
    "militants seized a school in Beslan, in North Ossetia, on the first day of the school year; more than 330 people "
    "died.\n\n"
    "Sunday was declared a day of national mourning.")

_LEADERS = (
    "JERUSALEM — Rockets fired by Hamas hit the southern Israeli town of Sderot on Tuesday, wounding two people, "
    "police said.\n\n"
    "Israel has long targeted the group's leaders. On 22 March 2004 an Israeli helicopter fired missiles at Sheikh "
    "Ahmed Yassin, the founder of Hamas, as he left a mosque in Gaza City, killing him. His successor, Abdel Aziz "
    "al-Rantisi, was killed in a similar strike less than four weeks later.\n\n"
    "The army said it would press on.")


def test_militants_who_seized_a_school_took_hostages(pipeline):
    """"Militants seized a school in Beslan" (1 September 2004) is a hostage-taking, as seizing a train or a plane
    is a hijacking."""
    events = pipeline.extract(_SIEGES, published=date(2024, 3, 23))
    beslan = next(e for e in events if e.location is not None and e.location.name == "Beslan")
    assert beslan.event_type is EventType.KIDNAPPING, beslan.event_type


def test_a_recalled_act_told_with_no_place_lies_where_its_paragraph_is(pipeline):
    """"His successor was killed in a similar strike less than four weeks later" (Abdel Aziz al-Rantisi, Gaza City,
    17 April 2004): in the paragraph of the Gaza strike, not in the country of the Jerusalem dateline."""
    events = pipeline.extract(_LEADERS, published=date(2023, 10, 10))
    later = next(e for e in events if e.date is not None and e.date.start == date(2004, 3, 23))
    assert later.location is not None and later.location.country == "PS", later.location


_OREM = (
    "OREM, Utah — The conservative activist Charlie Kirk was shot dead on Wednesday while speaking to students at "
    "Utah Valley University, the authorities said.\n\n"
    "A single shot was fired from a rooftop about 150 metres away. The governor called the shooting a political "
    "assassination.\n\n"
    "A 22-year-old man surrendered on Thursday night.")


def test_a_shooting_called_an_assassination_is_one(pipeline):
    """"The governor called the shooting a political assassination" (Orem, 10 September 2025) names what the act was;
    naming is no call to violence, so no threat."""
    events = pipeline.extract(_OREM, published=date(2025, 9, 12))
    assert [e.event_type for e in events] == [EventType.ASSASSINATION], [(e.event_type, e.trigger) for e in events]


_RAWALPINDI = (
    "LAHORE, Pakistan — A gunman opened fire on a former prime minister's convoy on Thursday, wounding him.\n\n"
    "The shooting revived memories of the killing of Benazir Bhutto, who was assassinated in the garrison city of "
    "Rawalpindi in December 2007 as she left an election rally. A gunman fired at her before a suicide bomber blew "
    "himself up beside her vehicle, killing at least 20 other people.\n\n"
    "Officials said the wounded man was in a stable condition.")


def test_a_toll_of_others_beside_a_killing_is_the_same_attack(pipeline):
    """"... Benazir Bhutto, who was assassinated in Rawalpindi in December 2007 ... A suicide bomber blew himself up
    beside her vehicle, killing at least 20 other people" (27 December 2007): one attack whose toll counts the others
    beside her, not a second one."""
    events = pipeline.extract(_RAWALPINDI, published=date(2022, 11, 4))
    december = [e for e in events if e.date is not None and e.date.start == date(2007, 12, 1)]
    assert len(december) == 1, [(e.event_type, e.trigger, e.date) for e in events]
    assert december[0].fatalities is not None and december[0].fatalities.count >= 20, december[0].fatalities


_NANGARHAR = (
    "U.S. strikes Islamic State affiliate after Kabul airport bombing\n\n"
    "KABUL - A suicide bomber blew himself up at a gate of Kabul's airport on Thursday evening, killing at least 170 "
    "Afghans and 13 American service members. The Islamic State claimed the bombing.\n\n"
    "Late on Friday, a U.S. drone strike in eastern Nangarhar province killed two members of the group, the Pentagon "
    "said.")


def test_a_headline_does_not_move_the_place_its_body_tells(pipeline):
    """The headline's strike, placed by "Kabul airport", folds into the drone strike in Nangarhar province (27 August
    2021), which stays where the body puts it."""
    events = pipeline.extract(_NANGARHAR, published=date(2021, 8, 30))
    strike = next(e for e in events if e.event_type is EventType.REMOTE_VIOLENCE)
    assert strike.location is not None and strike.location.admin1 == "Nangarhar", strike.location


_BALAKOT = (
    "NEW DELHI — Gunmen killed 26 people near the Kashmir resort town of Pahalgam on Tuesday.\n\n"
    "The last comparable attack came in 2019. On 14 February 2019 a suicide bomber rammed a car full of explosives "
    "into a convoy near Pulwama, killing 40 paramilitary policemen. Twelve days later, Indian jets bombed what New "
    "Delhi called a training camp near Balakot in Pakistan.\n\n"
    "Officials said security had been tightened across the region.")


def test_a_states_jets_are_its_military(pipeline):
    """"Indian jets bombed a camp near Balakot in Pakistan" (26 February 2019): the jets are India's military, a named
    doer that anchors the recalled strike."""
    events = pipeline.extract(_BALAKOT, published=date(2025, 4, 24))
    strike = next(e for e in events if e.date is not None and e.date.start == date(2019, 2, 26))
    assert [a.canonical for a in strike.perpetrators] == ["Military Forces of India"], strike.perpetrators
    assert strike.location is not None and strike.location.country == "PK", strike.location
