"""Narrative paragraphs: a short sentence that sets the day, a place in the doers' description, a nationality
before towns, a town's possessive before a site, strikes from afar beside gunmen, spans of time that measure, and a
labour strike named again; a town the gazetteer lacks, in the country its paragraph opened with; a strike named
again as an epithet of the attack; the end of a route; a year naming what a victim signed; a "since" clause; "they"
after a patron group; who ended a siege. Articles written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

FILLER = ("Officials said the investigation would take weeks. Hospitals in the capital asked for blood donors, and "
          "schools stayed closed across the region while the security forces searched the suspects' homes. ")


def _types(events):
    return sorted(e.event_type.value for e in events)


def test_a_short_sentence_that_sets_the_day_dates_the_act_after_it(pipeline):
    text = ("SANAA, Yemen - A drone hit a house in Eilat early on Friday, wounding two people.\n\n" + FILLER * 6 +
            "\n\nIsrael answered on Saturday. Its warplanes bombed the port of Hodeidah, setting fuel tanks ablaze "
            "and killing at least three people.\n\n" + FILLER * 2 + "\n\nIn June, a boat packed with explosives "
            "rammed a cargo ship off Hodeidah, killing a sailor.")
    events = [e for e in pipeline.extract(text, published=date(2024, 7, 22))
              if e.location is not None and e.location.name == "Hodeidah"]
    days = sorted(e.date.start for e in events if e.date is not None)
    assert date(2024, 7, 20) in days, [(e.event_type, e.date) for e in events]
    assert len(events) == 2                                # the June ramming is not folded into the air strike


def test_the_doers_route_does_not_place_the_killing(pipeline):
    text = ("JERUSALEM - Gunmen who broke through the fence around the Gaza Strip on Saturday killed more than 200 "
            "people in southern Israel, officials said.")
    events = pipeline.extract(text, published=date(2023, 10, 10))
    assert events and events[0].location is not None and events[0].location.country == "IL"


def test_a_nationality_before_towns_names_the_country(pipeline):
    events = pipeline.extract("The militants fired dozens of rockets at Israeli towns on Tuesday.",
                              published=date(2023, 10, 10))
    assert events and events[0].location is not None and events[0].location.country == "IL"


def test_a_towns_possessive_before_a_site_is_where(pipeline):
    text = ("The group has struck abroad too: prosecutors said it trained the man who tried to set off a car bomb "
            "in New York's Times Square in May 2010.")
    events = pipeline.extract(text, published=date(2014, 12, 17))
    assert [e.location.country for e in events if e.location is not None] == ["US"]
    assert events[0].status.value == "attempted"


def test_a_countrys_possessive_before_its_embassy_stays_whose(pipeline):
    events = pipeline.extract("A suicide bomber attacked Pakistan's embassy in Kabul on Friday, killing two guards.",
                              published=date(2022, 12, 3))
    assert events and events[0].location is not None and events[0].location.country == "AF"


def test_gunmen_and_rockets_from_afar_are_two_acts(pipeline):
    text = ("JERUSALEM - Gunmen who crossed the border on Saturday killed more than 200 people in southern Israel, "
            "officials said.\n\n" + FILLER * 8 + "\n\nHamas fired thousands of rockets at Israeli towns as its "
            "fighters crossed the border.")
    events = pipeline.extract(text, published=date(2023, 10, 10))
    assert _types(events) == ["armed_assault", "remote_violence"], _types(events)


def test_aircraft_that_pounded_a_town_carry_out_a_strike(pipeline):
    events = pipeline.extract("Government aircraft have pounded the town of Idlib since Saturday, killing 30 "
                              "civilians, rescuers said.", published=date(2020, 2, 10))
    assert _types(events) == ["remote_violence"]


def test_a_span_of_time_that_measures_the_fighting_does_not_date_it(pipeline):
    events = pipeline.extract("In June 2007, the movement seized full control of Gaza after a week of fighting "
                              "with its rival.", published=date(2023, 10, 10))
    assert events and events[0].date is not None and events[0].date.start.year == 2007


def test_decades_of_bombings_give_no_type_to_the_assault(pipeline):
    events = pipeline.extract("The assault is the deadliest in the country's history, after decades of bombings "
                              "and raids.\n\nGunmen killed 40 people in the town of Sderot on Saturday.",
                              published=date(2023, 10, 10))
    assert "bombing" not in _types(events), _types(events)


def test_a_labour_strike_named_again_is_no_air_strike(pipeline):
    text = ("LIMA, 23 AUG 88 (EFE) -- TODAY THE ARMY IMPOSED A CURFEW IN TINGO MARIA BECAUSE OF THE STRIKE BY "
            "COCA GROWERS TO PROTEST THE DESTRUCTION OF THEIR FIELDS. THE STRIKE IS SUPPORTED BY THE SHINING PATH, "
            "ACCORDING TO REPORTS RELEASED IN LIMA TODAY.")
    events = pipeline.extract(text, published=date(1988, 8, 23))
    assert "remote_violence" not in _types(events), _types(events)


def test_a_vehicle_carrying_explosives_is_no_bombing(pipeline):
    text = ("KABUL - Two days later, on Sunday afternoon, an American drone struck a car in a residential district of "
            "Kabul. The military said the vehicle was carrying explosives and posed an imminent threat to the "
            "airport, but relatives said the strike killed ten members of one family.")
    events = pipeline.extract(text, published=date(2021, 8, 30))
    assert _types(events) == ["remote_violence"], _types(events)


def test_the_groups_followers_are_its_doers(pipeline):
    text = ("Boko Haram grew out of a mosque in Maiduguri. In July 2009 its followers attacked police stations in "
            "several northern states of Nigeria.")
    events = pipeline.extract(text, published=date(2024, 7, 1))
    assert events and events[0].date is not None and events[0].date.start == date(2009, 7, 1)
    assert "Boko Haram" in [p.canonical for p in events[0].perpetrators]


@pytest.mark.parametrize("sentence, measure", [
    ("The army crushed the revolt within days, and some 800 people died.", "days"),
    ("The movement took the city after a week of fighting with its rival.", "a week"),
])
def test_lengths_of_time_are_not_dates(pipeline, sentence, measure):
    doc = pipeline.nlp(sentence)
    assert measure not in [s.text for s in doc.spans["dates"]]


def test_an_unplaced_summary_lead_folds_into_the_placed_act_it_sums_up(pipeline):
    text = ("BRUSSELS - Police were hunting on Wednesday for a third suspect, a day after attacks on the airport and a "
            "metro station killed at least 31 people.\n\n" + FILLER * 6 + "\n\nTwo explosions ripped through the "
            "departure hall at Zaventem airport shortly before 8 a.m. on Tuesday.")
    events = pipeline.extract(text, published=date(2016, 3, 23))
    assert len(events) == 1, [(e.event_type, e.location) for e in events]
    assert events[0].event_type.value == "bombing" and events[0].fatalities.count == 31


def test_the_attack_said_in_a_recalled_attacks_sentence_is_that_attack(pipeline):
    text = ("MADRID - The separatist group announced on Wednesday that it had disbanded.\n\n" + FILLER * 10 +
            "\n\nAfter ten bombs ripped through commuter trains in Madrid in March 2004, killing 191 people, the "
            "government at first accused the Basque group, which denied any part in the attack.")
    events = pipeline.extract(text, published=date(2018, 5, 3))
    assert [(e.event_type.value, e.date.start.year) for e in events] == [("bombing", 2004)], [
        (e.event_type, e.date) for e in events]


def test_a_campaign_that_killed_hundreds_is_no_incident(pipeline):
    text = ("MADRID - The separatist group has dissolved all of its structures, bringing a formal end to a campaign "
            "of violence that killed more than 800 people in Spain and France over five decades.\n\n" + FILLER * 10)
    assert pipeline.extract(text, published=date(2018, 5, 3)) == []


def test_it_follows_the_group_and_the_ambush_claimed_is_the_one_told(pipeline):
    text = ("PARIS - French troops killed the founder of the Islamic State in the Greater Sahara in August, the "
            "defence minister said on Thursday, after a strike by the Barkhane force.\n\n" + FILLER * 8 + "\n\n"
            "The group first drew attention in October 2017, when its fighters ambushed a patrol of American and "
            "Nigerien soldiers near the village of Tongo Tongo, in western Niger, killing eight soldiers. It claimed "
            "the ambush months later.")
    events = [e for e in pipeline.extract(text, published=date(2021, 9, 16))
              if any("ambush" in x.text for x in e.evidence)]
    assert len(events) == 1, [(e.event_type, e.date, e.location) for e in events]
    assert list(events[0].claimed_by) == ["Islamic State Sahel Province"]
    assert not [p for p in events[0].perpetrators if p.canonical and "France" in p.canonical]


def test_a_group_named_in_a_sentence_with_no_act_is_what_its_points_to(pipeline):
    text = ("MAIDUGURI, Nigeria - Fighters loyal to the Islamic State attacked an army base in Borno on Friday, "
            "killing nine soldiers.\n\n" + FILLER * 8 + "\n\nBoko Haram grew out of a mosque in Maiduguri. In July "
            "2009 its followers attacked police stations in several northern states of Nigeria.")
    events = [e for e in pipeline.extract(text, published=date(2024, 7, 1)) if e.date and e.date.start.year == 2009]
    assert events and [p.canonical for p in events[0].perpetrators if p.canonical] == ["Boko Haram"], [
        (p.name, p.canonical) for e in events for p in e.perpetrators]


def test_a_town_the_gazetteer_lacks_lies_in_the_country_its_paragraph_named(pipeline):
    # the gazetteer has no Barsalogho: the paragraph's opening names Burkina Faso, the article is datelined in Mali
    # (the rule needs the parse to take the name for a place: "in Barsalogho, many of them ..." is read so)
    text = ("BAMAKO, Mali - Gunmen attacked a gendarmerie school in the capital early on Tuesday, killing dozens of "
            "trainees, officials said.\n\n" + FILLER * 8 + "\n\nBurkina Faso has suffered worse. Last month, "
            "fighters killed hundreds of people in Barsalogho, many of them villagers made to dig trenches.")
    events = pipeline.extract(text, published=date(2024, 9, 18))
    august = [e for e in events if e.date is not None and e.date.start.month == 8]
    assert august and august[0].location is not None and august[0].location.country == "BF", \
        [(e.date, e.location) for e in events]


def test_a_strike_named_again_in_the_sentence_of_the_attack_is_that_attack(pipeline):
    # "the boldest strike on Bamako": an epithet of the attack, not an air strike, and the town is no target
    text = ("BAMAKO, Mali - Militants attacked a gendarmerie school and the airport in Mali's capital early on "
            "Tuesday, the boldest strike on Bamako in years, officials said.")
    events = pipeline.extract(text, published=date(2024, 9, 18))
    assert _types(events) == ["armed_assault"], [(e.event_type, e.trigger) for e in events]
    assert not any(t.name == "Bamako" for t in events[0].targets)


def test_the_end_of_a_route_is_not_where_the_act_was(pipeline):
    text = ("QUETTA, Pakistan - Militants opened fire on a bus of pilgrims on Tuesday as it travelled from Quetta to "
            "Peshawar, killing four passengers.")
    events = pipeline.extract(text, published=date(2025, 3, 12))
    assert events and all(e.location is None or e.location.name != "Peshawar" for e in events), [
        e.location for e in events]


def test_a_year_that_names_what_a_victim_signed_does_not_date_the_killing(pipeline):
    text = ("BOGOTA, Colombia - Guerrillas killed at least 80 people in the Catatumbo region since Thursday, "
            "officials said on Sunday.\n\n" + FILLER * 8 + "\n\nAmong the dead was a signatory of the 2016 peace "
            "accord, shot in front of his family.")
    events = pipeline.extract(text, published=date(2025, 1, 20))
    assert not any(e.date is not None and e.date.start.year == 2016 for e in events), [e.date for e in events]


def test_a_since_clause_dates_a_comparison_not_the_attack(pipeline):
    text = ("MOGADISHU, Somalia - Al-Shabaab gunmen stormed a hotel in Mogadishu on Friday evening, killing at least 21 "
            "people, officials said.\n\n" + FILLER * 8 + "\n\nIt was the group's biggest attack on the capital since "
            "the president returned to office in May.")
    events = pipeline.extract(text, published=date(2022, 8, 21))
    assert not any(e.date is not None and e.date.start.month == 5 for e in events), [e.date for e in events]


def test_they_never_points_to_a_patron_group(pipeline):
    text = ("MOGADISHU, Somalia - Al-Shabaab gunmen stormed a hotel in Mogadishu on Friday, killing 21 people.\n\n"
            + FILLER * 8 + "\n\nThe militants, who are linked to al-Qaeda, have fought for 15 years to topple the "
            "government. On Sunday they attacked a police station in Beledweyne, killing four officers.")
    events = pipeline.extract(text, published=date(2022, 8, 21))
    doers = {p.canonical for e in events for p in e.perpetrators}
    assert "al-Qaeda" not in doers and "Al-Qaeda" not in doers, doers


def test_who_ended_the_siege_did_not_do_it(pipeline):
    text = ("MOGADISHU, Somalia - Somali security forces ended a 30-hour siege at a hotel in Mogadishu on Saturday "
            "night after al-Shabaab gunmen stormed the building, killing at least 21 people, officials said.")
    events = pipeline.extract(text, published=date(2022, 8, 21))
    doers = {p.name for e in events for p in e.perpetrators}
    assert events and "Somali security forces" not in doers, doers
