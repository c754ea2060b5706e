"""A state's force named with no country ("Police stormed ...", "Soldiers opened fire ...") is the forces of the country
where it acted, as ACLED codes it (Police Forces of Brazil, Military Forces of Nigeria), in short narratives written
for these tests from news events: the police raid on the Alemão and Penha favelas in Rio de Janeiro (28 October 2025),
the shooting at the Lekki toll gate in Lagos (20 October 2020), and Israeli troops firing on Lebanese villagers
returning home after the ceasefire deadline (26 January 2025), where "soldiers" are the Israeli troops told before and
not Lebanon's army. Gunmen no one has named are ACLED's Unidentified Armed Group of the country (the abduction of
schoolboys from Kankara, Katsina, 11 December 2020), but not in an article that names the group behind them (the
Hayat Hotel siege in Mogadishu, 19 August 2022, claimed by al-Shabaab). "The Lebanese group, which had claimed attacks
on Israeli military positions that day, denied any role": the group is the one Israel blamed, not the Israeli military
its clause names (the Majdal Shams rocket, 27 July 2024). Troops "still fighting to retake the building" the next day
end the storming that car bombs opened, which keeps the group's claim and the toll (the Hayat Hotel again). Seizing
a passenger train is a hijacking, and security forces who "ended the siege" the next evening ended it (the Jaffar
Express, 11 and 12 March 2025). States that "have carried out air strikes on Houthi targets in Yemen" did so in
Yemen, not at home (the American and British strikes on Yemen from 12 January 2024). "In 2013 the group laid siege to
the Westgate mall for four days, leaving 67 dead": the toll is the siege's, not the hotel attack's told before it in
the sentence (DusitD2, January 2019; Westgate, September 2013). An act given as an example of the acts a group
"carried out" is that group's (the church bombing in Damascus of 22 June 2025 and the Sayyida Zeinab bombings of
February 2016). "Two explosions tore through a crowd ..., state media reported" are a bombing; only blasts an
observer counted ("the monitors recorded 41 explosions") are shelling (the Kerman bombing, 3 January 2024)."""
from __future__ import annotations

from datetime import date

from newsevents.core import ActorKind, EventType

_RIO = ("RIO DE JANEIRO — Police stormed the Alemão and Penha favela complexes in the north of Rio de Janeiro on "
        "Tuesday, in an operation against the Comando Vermelho gang that state officials said left more than 100 "
        "people dead.\n\n"
        "About 2,500 officers, backed by armoured vehicles and helicopters, took part in the raid, which the state "
        "government called the largest it had ever mounted against the gang. Residents carried dozens of bodies to a "
        "square in Penha overnight.\n\n"
        "Human rights groups and the United Nations called for a swift and independent inquiry into the killings.")

_LEKKI = ("LAGOS, Nigeria — Soldiers opened fire on protesters at the Lekki toll gate in Lagos on Tuesday night, "
          "killing at least 12 people, Amnesty International said.\n\n"
          "Thousands had gathered at the toll plaza for nearly two weeks to demand the end of SARS, a police unit "
          "accused of torture and killings. Witnesses said the lights were switched off shortly before the shooting "
          "began.\n\n"
          "The army denied that its men had fired on the crowd.")

_LEBANON = ("BEIRUT — Israeli troops fired on residents trying to return to their villages in southern Lebanon on "
            "Sunday, killing 22 people, the Lebanese health ministry said, the day a deadline for Israel's withdrawal "
            "under the ceasefire ran out.\n\n"
            "Soldiers shot at crowds approaching Mais al-Jabal and Houla, where families had gathered with flags and "
            "pictures of their dead. The Lebanese army said one of its soldiers was among those killed.\n\n"
            "Israel said its forces had fired warning shots to remove threats.")


def test_the_police_of_a_raid_are_the_police_forces_of_its_country(pipeline):
    events = pipeline.extract(_RIO, published=date(2025, 10, 29))
    raid = next(e for e in events if e.fatalities is not None and e.fatalities.count == 100)
    assert raid.location is not None and raid.location.country == "BR", raid.location
    assert [(a.name, a.canonical) for a in raid.perpetrators] == [("Police", "Police Forces of Brazil")], \
        raid.perpetrators


def test_soldiers_who_fired_on_protesters_are_the_military_forces_of_their_country(pipeline):
    events = pipeline.extract(_LEKKI, published=date(2020, 10, 21))
    shooting = next(e for e in events if e.fatalities is not None and e.fatalities.count == 12)
    assert shooting.location is not None and shooting.location.country == "NG", shooting.location
    assert [a.canonical for a in shooting.perpetrators] == ["Military Forces of Nigeria"], shooting.perpetrators


def test_soldiers_beside_another_states_troops_are_not_the_forces_of_the_country_they_are_in(pipeline):
    events = pipeline.extract(_LEBANON, published=date(2025, 1, 27))
    shooting = next(e for e in events if e.fatalities is not None and e.fatalities.count == 22)
    assert shooting.location is not None and shooting.location.country == "LB", shooting.location
    canonicals = [a.canonical for a in shooting.perpetrators]
    assert "Israel Defense Forces" in canonicals, shooting.perpetrators
    assert not any(c and c.endswith("of Lebanon") for c in canonicals), shooting.perpetrators


_KANKARA = ("KATSINA, Nigeria — Gunmen on motorcycles attacked the Government Science Secondary School in Kankara in "
            "northwestern Katsina state on Friday night and carried off hundreds of boys, police and parents said.\n\n"
            "The attackers fired their rifles as they entered the boarding school, and many of the more than 800 "
            "pupils fled over the fence into the bush. Police said officers exchanged fire with the gunmen.\n\n"
            "Parents gathered outside the school on Saturday as the authorities counted who was missing. No group "
            "has said it carried out the raid.")

_HAYAT = ("MOGADISHU, Somalia — Gunmen stormed the Hayat Hotel in Mogadishu on Friday evening after two car bombs "
          "exploded at its gates, and security forces were still fighting to retake the building on Saturday.\n\n"
          "Al-Shabaab said its fighters carried out the attack. At least 20 people were killed, officials said.\n\n"
          "The hotel is popular with lawmakers and government officials.")


def test_gunmen_no_one_named_are_the_unidentified_armed_group_of_the_country(pipeline):
    events = pipeline.extract(_KANKARA, published=date(2020, 12, 12))
    raid = next(e for e in events if e.event_type is EventType.KIDNAPPING)
    assert raid.location is not None and raid.location.country == "NG", raid.location
    assert raid.perpetrators and {a.canonical for a in raid.perpetrators} == {"Unidentified Armed Group (Nigeria)"}
    assert "Gunmen" in [a.name for a in raid.perpetrators]
    assert all(a.kind is ActorKind.INDIVIDUAL for a in raid.perpetrators), raid.perpetrators


def test_gunmen_in_an_article_that_names_their_group_get_no_label(pipeline):
    events = pipeline.extract(_HAYAT, published=date(2022, 8, 20))
    assert any("Al-Shabaab" in [a.canonical for a in e.perpetrators] for e in events), events
    doers = [a for e in events for a in e.perpetrators]
    assert "Gunmen" in [a.name for a in doers], doers
    assert not any(a.canonical and a.canonical.startswith("Unidentified") for a in doers), doers


def test_the_group_is_not_what_its_relative_clause_names(pipeline):
    text = ("JERUSALEM — A rocket fired from Lebanon struck a soccer field in the Golan Heights on Saturday, killing 12 "
            "children and teenagers who were playing there, Israeli officials said.\n\n"
            "Israel blamed Hezbollah for the strike and vowed a severe response. The Lebanese group, which had claimed "
            "several attacks on Israeli military positions that day, denied any role in the attack on the town.\n\n"
            "Residents of the Druze town buried the children on Sunday.")
    events = pipeline.extract(text, published=date(2024, 7, 28))
    rocket = next(e for e in events if e.fatalities is not None and e.fatalities.count == 12)
    doers = [a.canonical for a in rocket.perpetrators]
    assert "Israel Defense Forces" not in doers and "Hezbollah" in doers, rocket.perpetrators


def test_troops_fighting_to_retake_a_hotel_stormed_after_car_bombs_end_that_attack(pipeline):
    events = pipeline.extract(_HAYAT, published=date(2022, 8, 20))
    assert len(events) == 1, [(e.event_type, e.trigger, e.date) for e in events]
    siege = events[0]
    assert siege.date.start == date(2022, 8, 19) and siege.fatalities.count == 20, (siege.date, siege.fatalities)
    assert "Al-Shabaab" in siege.claimed_by and siege.location.name == "Mogadishu", (siege.claimed_by, siege.location)
    assert "Military Forces of Somalia" not in [a.canonical for a in siege.perpetrators], siege.perpetrators


def test_a_seized_train_is_a_hijacking_and_the_siege_ended_the_next_day_is_its_end(pipeline):
    text = ("QUETTA, Pakistan — Baloch separatists blew up a section of railway track in the Bolan Pass on Tuesday and "
            "seized a passenger train carrying about 440 people, officials said.\n\n"
            "The Baloch Liberation Army claimed the hijacking of the Jaffar Express. Security forces ended the siege on "
            "Wednesday evening, and the army said 26 hostages had been killed.\n\n"
            "Rescued passengers described walking for hours through the hills to reach a relief train.")
    events = pipeline.extract(text, published=date(2025, 3, 13))
    assert len(events) == 1, [(e.event_type, e.trigger, e.date) for e in events]
    hijacking = events[0]
    assert hijacking.event_type is EventType.KIDNAPPING and hijacking.date.start == date(2025, 3, 11), hijacking
    assert "Balochistan Liberation Army" in hijacking.claimed_by, hijacking.claimed_by


def test_states_that_carried_out_strikes_in_a_country_are_not_where_they_struck(pipeline):
    text = ("ADEN, Yemen — A Houthi missile struck a bulk carrier in the Gulf of Aden on Wednesday, killing three crew "
            "members, the first deaths since the rebels began attacking merchant ships in November.\n\n"
            "The United States and Britain have carried out repeated air strikes on Houthi targets in Yemen since "
            "January.\n\n"
            "The rebels say they act in solidarity with Palestinians in Gaza.")
    events = pipeline.extract(text, published=date(2024, 3, 7))
    strikes = next(e for e in events if "strikes" in e.trigger)
    assert strikes.location is not None and strikes.location.country == "YE", strikes.location
    assert "United States" in [a.name for a in strikes.perpetrators], strikes.perpetrators


def test_a_toll_under_the_verb_of_a_siege_is_the_siege_s(pipeline):
    text = ("NAIROBI, Kenya — Al-Shabaab fighters attacked a military base at Manda Bay on the Kenyan coast before dawn "
            "on Sunday, the military said.\n\n"
            "In January 2019, the group's gunmen stormed the DusitD2 hotel complex in Nairobi, killing 21 people, and "
            "in 2013 the group laid siege to the Westgate shopping mall in the capital for four days, leaving 67 "
            "dead.\n\n"
            "Kenya sent troops into Somalia in 2011.")
    events = pipeline.extract(text, published=date(2020, 1, 6))
    dusit = next(e for e in events if e.date.start == date(2019, 1, 1))
    westgate = next(e for e in events if e.date.start == date(2013, 1, 1))
    assert dusit.fatalities.count == 21 and westgate.fatalities.count == 67, (dusit.fatalities, westgate.fatalities)


def test_an_example_of_the_acts_a_group_carried_out_is_that_group_s(pipeline):
    text = ("DAMASCUS, Syria — A suicide bomber blew himself up inside the Mar Elias church in Damascus during Sunday "
            "mass, killing at least 25 people, the health ministry said.\n\n"
            "The interior ministry blamed the Islamic State group. Church leaders called on the government to protect "
            "Christians.\n\n"
            "The Islamic State carried out many bombings in and around Damascus during the civil war, including a "
            "triple bombing near the Sayyida Zeinab shrine in February 2016 that killed more than 130 people.")
    events = pipeline.extract(text, published=date(2025, 6, 23))
    shrine = next(e for e in events if e.date.start.year == 2016)
    assert "Islamic State" in [a.canonical for a in shrine.perpetrators], shrine.perpetrators


def test_explosions_a_reporter_tells_of_are_a_bombing_not_blasts_an_observer_counted(pipeline):
    text = ("TEHRAN, Iran — Two explosions tore through a crowd marking the anniversary of the killing of General Qassem "
            "Soleimani in the southeastern city of Kerman on Wednesday, killing at least 84 people, state media "
            "reported.\n\n"
            "The Islamic State claimed the attack on Thursday, saying two of its members had detonated explosive belts "
            "among the mourners.\n\n"
            "Iran declared a day of national mourning.")
    events = pipeline.extract(text, published=date(2024, 1, 5))
    assert [e.event_type for e in events] == [EventType.BOMBING], [(e.event_type, e.trigger) for e in events]
    assert events[0].date.start == date(2024, 1, 3) and "Islamic State" in events[0].claimed_by, events[0]
