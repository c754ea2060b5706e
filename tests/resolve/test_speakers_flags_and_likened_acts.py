"""Speakers, flags, refuges, campaigns and acts likened to others, in short stories written for these tests from
news events (the Pont-Sonde massacre in Haiti of October 2024, the Houthi attacks on shipping of 2023-24, the
Pahalgam shooting of April 2025 beside the Pulwama bombing of February 2019, the shooting of Robert Fico in May 2024
beside the killing of Zoran Djindjic in 2003, the Kenyan finance-bill protests of June 2024, a roadside bomb in Iraq
in January 2024, the Westgate siege of September 2013, the Mafa attack in Nigeria of September 2024 and the strike on
a children's hospital in Kyiv of July 2024): who said it did not do it, a ship's flag and the town people fled to are
not where, a month after a "since" clause is this year's, "the massacre recalled the attack in X" tells of two acts,
"the first attempt on the life of ..." points back, a when-clause can name the act's doers or its date, grenades
named before rifles lead, a group of criminals is no crowd, "began attacking ships" is a campaign, a four-day siege
began three days before it ended, a toll since 2009 is no incident's and "a Russian missile" names who fired it."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType, Status


def _doers(event) -> set[str]:
    return {p.name for p in event.perpetrators}


def test_the_organisation_that_reported_the_toll_did_not_do_it(pipeline):
    text = ("PORT-AU-PRINCE, Haiti - Gang members armed with assault rifles killed at least 70 people, among them "
            "10 women, in an attack on the town of Pont-Sonde on Thursday, the United Nations said.")
    events = pipeline.extract(text, published=date(2024, 10, 5))
    assert len(events) == 1, events                   # "assault rifles" names arms, not a second act
    attack = events[0]
    assert attack.event_type is EventType.ARMED_ASSAULT
    assert "the United Nations" not in _doers(attack) and "Gang members" in _doers(attack), attack.perpetrators


def test_a_burning_told_with_also_is_part_of_the_massacre_and_a_refuge_is_not_where(pipeline):
    text = ("Gunmen killed at least 70 people in an attack on the Haitian town of Pont-Sonde on Thursday.\n\n"
            "The gunmen also set fire to dozens of homes, and thousands of residents fled to nearby Saint-Marc.")
    events = pipeline.extract(text, published=date(2024, 10, 5))
    assert len(events) == 1, events
    assert events[0].event_type is EventType.ARMED_ASSAULT
    assert events[0].location is None or events[0].location.name != "Saint-Marc", events[0].location


def test_a_ships_flag_is_not_where_the_missile_struck(pipeline):
    text = ("A missile fired by Houthi rebels struck the Barbados-flagged bulk carrier True Confidence in the Gulf of "
            "Aden on Wednesday, killing three sailors.")
    events = pipeline.extract(text, published=date(2024, 3, 7))
    assert len(events) == 1
    loc = events[0].location
    assert loc is not None and loc.country != "BB" and "Aden" in loc.name, loc


def test_a_bare_month_after_a_since_clause_is_this_years(pipeline):
    text = ("Gran Grif is one of the gangs that have grown stronger since President Jovenel Moise was assassinated "
            "in his home in July 2021. In March, an alliance of gangs stormed the two largest prisons in "
            "Port-au-Prince, freeing about 4,000 inmates.")
    events = pipeline.extract(text, published=date(2024, 10, 5))
    prisons = next(e for e in events if e.event_type is not EventType.ASSASSINATION)
    assert prisons.date is not None and prisons.date.start == date(2024, 3, 1), prisons.date


def test_the_massacre_that_recalled_an_attack_is_not_that_attack(pipeline):
    text = ("SRINAGAR, India - Gunmen opened fire on tourists in a meadow near Pahalgam on Tuesday, killing 26 "
            "people.\n\nThe massacre recalled the attack in Pulwama in February 2019, when a suicide bomber rammed "
            "a car packed with explosives into a convoy of paramilitary police, killing 40 of them.")
    events = pipeline.extract(text, published=date(2025, 4, 23))
    assert len(events) == 2, events
    pulwama = next(e for e in events if e.fatalities and e.fatalities.count == 40)
    assert pulwama.event_type is EventType.BOMBING
    assert pulwama.date is not None and pulwama.date.start == date(2019, 2, 1), pulwama.date
    pahalgam = next(e for e in events if e.fatalities and e.fatalities.count == 26)
    assert pahalgam.date is not None and pahalgam.date.start == date(2025, 4, 22)


def test_the_first_attempt_since_points_back_and_the_recalled_killing_is_an_assassination(pipeline):
    text = ("BRATISLAVA, Slovakia - Prime Minister Robert Fico was in a life-threatening condition on Thursday "
            "after a gunman fired five shots at him in the town of Handlova on Wednesday, officials said.\n\n"
            "It was the first attempt on the life of a European head of government since Zoran Djindjic, the "
            "Serbian prime minister, was shot dead by a sniper in Belgrade in 2003.")
    events = pipeline.extract(text, published=date(2024, 5, 16))
    recent = [e for e in events if e.date and e.date.start.year == 2024]
    assert len(recent) == 1 and recent[0].location is not None and recent[0].location.country == "SK", recent
    djindjic = next(e for e in events if e.date and e.date.start.year == 2003)
    assert djindjic.event_type is EventType.ASSASSINATION
    assert djindjic.location is not None and djindjic.location.name == "Belgrade"


def test_an_attempt_that_failed_when_a_bomb_exploded_is_one_act(pipeline):
    text = ("On Saturday, an attempt to kill the provincial governor failed when a roadside bomb exploded near his "
            "convoy in Fallujah, wounding two of his guards, police said.")
    events = pipeline.extract(text, published=date(2024, 1, 8))
    assert len(events) == 1, events
    assert events[0].status is Status.ATTEMPTED


def test_what_the_crowds_did_where_they_protested_is_that_protest(pipeline):
    text = ("Protests also took place on Tuesday in Mombasa, Kisumu and Nakuru, where crowds burned tires and "
            "blocked roads.")
    events = pipeline.extract(text, published=date(2024, 6, 26))
    towns = [e.location.name for e in events if e.location is not None]
    assert len(towns) == len(events) and len(set(towns)) == len(towns), events      # one gathering per town
    assert all(e.event_type in (EventType.PROTEST, EventType.RIOT) for e in events)


def test_the_when_clause_of_a_passive_killing_names_its_doers(pipeline):
    text = "A protester was shot dead in Nairobi on Thursday when police fired on crowds."
    events = pipeline.extract(text, published=date(2024, 6, 21))
    assert len(events) == 1
    assert "police" in {d.lower() for d in _doers(events[0])}, events[0].perpetrators


def test_grenades_launched_before_rifles_fired_make_a_bombing_and_arms_carried_an_assault(pipeline):
    fired = "Insurgents launched grenades at a police station in Yala on Wednesday, followed by fire from rifles."
    assert [e.event_type for e in pipeline.extract(fired, published=date(2011, 12, 22))] == [EventType.BOMBING]
    carried = "Assailants armed with grenades and firearms attacked a bar in Rumonge on Monday, killing three people."
    assert [e.event_type for e in pipeline.extract(carried, published=date(2016, 10, 11))] == [
        EventType.ARMED_ASSAULT]


def test_a_group_of_criminals_is_no_crowd(pipeline):
    text = "In Chittagong, a group of criminals firebombed a minibus on Monday night, burning four passengers."
    events = pipeline.extract(text, published=date(2015, 2, 3))
    assert len(events) == 1
    assert events[0].event_type is not EventType.RIOT, events[0]


def test_taking_up_attacks_on_a_kind_of_thing_is_a_campaign_not_an_incident(pipeline):
    text = ("SANAA, Yemen - A missile fired by Houthi rebels struck a bulk carrier in the Gulf of Aden on Wednesday, "
            "killing three sailors.\n\nThe group began attacking merchant ships in November, when its fighters "
            "landed by helicopter on a car carrier and took its 25 crew members hostage. Last month a cargo ship "
            "was hit by two anti-ship missiles and later sank in the Red Sea.")
    events = pipeline.extract(text, published=date(2024, 3, 7))
    assert sorted(e.event_type.value for e in events) == ["kidnapping", "remote_violence", "remote_violence"], events
    seized = next(e for e in events if e.event_type is EventType.KIDNAPPING)
    assert seized.location is not None and seized.location.country == "YE", seized.location   # the dateline's


def test_a_siege_of_four_days_that_ended_on_the_day_of_the_statement_began_three_days_before(pipeline):
    text = ("NAIROBI, Kenya - Kenyan forces said on Tuesday they had regained control of the Westgate shopping mall "
            "after a four-day siege by al-Shabaab gunmen that left at least 67 people dead.")
    events = pipeline.extract(text, published=date(2013, 9, 25))
    siege = next(e for e in events if e.fatalities and e.fatalities.count == 67)
    assert siege.date is not None and (siege.date.start, siege.date.end) == (date(2013, 9, 21), date(2013, 9, 24))


def test_a_toll_counted_since_2009_is_no_part_of_the_days_attack(pipeline):
    text = ("MAIDUGURI, Nigeria - Boko Haram fighters killed at least 81 people in an attack on the village of Mafa "
            "in Yobe state on Tuesday, local officials said. The gunmen opened fire on a market and set shops "
            "ablaze.\n\nThe insurgency has killed more than 35,000 people since 2009, according to the United "
            "Nations.")
    events = pipeline.extract(text, published=date(2024, 9, 5))
    assert [e.fatalities.count if e.fatalities else None for e in events] == [81], events


def test_a_nationality_on_a_missile_names_the_state_that_fired_it(pipeline):
    text = "A Russian missile struck a children's hospital in Kyiv on Monday, killing two adults, officials said."
    events = pipeline.extract(text, published=date(2024, 7, 9))
    assert len(events) == 1 and events[0].event_type is EventType.REMOTE_VIOLENCE
    assert [p.canonical for p in events[0].perpetrators] == ["Military Forces of Russia"], events[0].perpetrators


def test_police_who_fired_on_protesters_used_force_against_civilians(pipeline):
    text = ("NAIROBI, Kenya - Police opened fire on protesters who stormed Parliament on Tuesday, killing at least "
            "13 people, rights groups said.")
    events = pipeline.extract(text, published=date(2024, 6, 26))
    assert [e.event_type for e in events] == [EventType.VIOLENCE_AGAINST_CIVILIANS], events


def test_a_name_the_text_calls_a_region_gives_way_to_the_town_named_with_it(pipeline):
    text = ("Militants have stepped up ambushes in the Jammu region, where they killed nine pilgrims last June when "
            "they opened fire on a bus near Reasi.")
    events = pipeline.extract(text, published=date(2025, 4, 23))
    assert len(events) == 1 and events[0].location is not None
    assert events[0].location.name == "Reasi", events[0].location


def test_an_attack_told_in_an_after_clause_keeps_its_own_day_and_toll(pipeline):
    text = ("JERUSALEM - Israeli warplanes pounded the Gaza Strip on Monday for a third day after Hamas fighters broke "
            "through the border fence on Saturday and killed more than 900 people in towns in southern Israel, "
            "Israeli officials said.")
    events = pipeline.extract(text, published=date(2023, 10, 10))
    strikes = next(e for e in events if e.event_type is EventType.REMOTE_VIOLENCE)
    raid = next(e for e in events if e.fatalities and e.fatalities.count == 900)
    assert strikes.date.start == date(2023, 10, 9) and strikes.fatalities is None, strikes
    assert raid.date is not None and raid.date.start == date(2023, 10, 7), raid.date
    assert any(p.canonical == "Hamas" for p in raid.perpetrators), raid.perpetrators


def test_hostages_seized_make_a_kidnapping_and_attackers_are_no_air_strike(pipeline):
    text = ("Gunmen seized an estimated 150 hostages in southern Israel on Saturday.\n\n"
            "Gaza's health ministry said Israeli airstrikes had killed at least 687 Palestinians since Saturday.\n\n"
            "At a music festival near Kibbutz Re'im, attackers killed at least 260 people as they fled across open "
            "fields.")
    events = pipeline.extract(text, published=date(2023, 10, 10))
    assert EventType.KIDNAPPING in {e.event_type for e in events}, events
    festival = [e for e in events if e.fatalities and e.fatalities.count == 260]
    assert len(festival) == 1 and festival[0].event_type is not EventType.REMOTE_VIOLENCE, events


def test_a_surname_told_alone_is_the_person_not_a_village(pipeline):
    text = ("DHAKA, Bangladesh - Prime Minister Sheikh Hasina resigned and fled to India on Monday as crowds stormed "
            "her official residence in Dhaka.\n\nThe protests began in July as student demonstrations against job "
            "quotas, and turned into a movement against Hasina after police fired on marchers.")
    events = pipeline.extract(text, published=date(2024, 8, 6))
    assert events and all(e.location is None or e.location.country == "BD" for e in events), events


def test_weeks_of_protests_and_their_toll_are_no_incident(pipeline):
    text = ("Prime Minister Sheikh Hasina fled to India on Monday after weeks of protests in which about 300 people "
            "were killed.")
    events = pipeline.extract(text, published=date(2024, 8, 6))
    assert not any(e.fatalities and e.fatalities.count == 300 for e in events), events
