"""Claims, fights and campaigns, in short texts written for these tests from news events (AQAP's claim of the
Pensacola naval air station shooting of December 2019 and of the Charlie Hebdo attack of January 2015, the twin
suicide bombings in Kampala of November 2021 and the school attack near Mpondwe in western Uganda of June 2023, the
ambush of Mexico City's police chief Omar Garcia Harfuch in June 2020, ETA's dissolution in May 2018 and the
Islamic State's attack on the Ghwayran prison in Hasakah of January 2022): a claim cue may hold an adverb or name
the act with a few words ("also claimed the January 2015 attack"); "the Yemen-based group" points back to the group
told before, not to al-Qaeda its patron; a group that "said on Sunday that it was behind" an act claims it; a claim
of a recalled act covers none of the day's acts; a named victim who "was shot but survived" is the ambush's; "a
campaign of bombings that killed 800" is no incident; "the fighting killed 370" is the fighting of the attack told
before, whose day a gap of weeks gives only roughly. From the Jaffar Express hijacking in Balochistan of March 2025
and the bombing near Karachi's airport of October 2024: gunmen who opened fire on a train "taking hundreds of them
hostage" took hostages in that attack (the parser reads "hostage" as a verb), the forces that freed passengers killed
no one, a group that "said it had targeted" a convoy claims the bombing, and "Karachi's international airport" is in
Karachi."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType, Status


def _doers(event) -> set[str]:
    return {p.name.lower() for p in event.perpetrators}


def test_a_group_that_said_it_was_behind_an_act_claims_it_and_the_yemen_based_group_is_not_its_patron(pipeline):
    text = ("DUBAI - Al-Qaeda in the Arabian Peninsula said on Sunday that it was behind the shooting at a naval air "
            "station in Pensacola, Florida, in December, in which a Saudi air force officer killed three American "
            "sailors.\n\n"
            "The Yemen-based group, long considered al-Qaeda's most dangerous branch, also claimed the January 2015 "
            "attack on the offices of the satirical magazine Charlie Hebdo in Paris, in which two brothers killed 12 "
            "people.")
    events = pipeline.extract(text, published=date(2020, 2, 3))
    tolls = {e.fatalities.count: e for e in events if e.fatalities is not None}
    assert set(tolls) == {3, 12}, events
    for toll in (3, 12):
        assert tolls[toll].claimed_by == ("Al-Qaeda in the Arabian Peninsula",), (toll, tolls[toll].claimed_by)
    assert "al-qaeda" not in _doers(tolls[12]), tolls[12].perpetrators


def test_a_claim_of_a_recalled_act_covers_none_of_the_days_acts(pipeline):
    text = ("KAMPALA, Uganda - Militants attacked a secondary school in western Uganda late on Friday, killing 42 "
            "people, the authorities said.\n\nSix students were abducted and taken across the border.\n\n"
            "The rebels were also blamed for twin suicide bombings in Kampala in November 2021 that killed three "
            "passers-by. The Islamic State claimed those blasts.")
    events = pipeline.extract(text, published=date(2023, 6, 18))
    kampala = [e for e in events if e.location is not None and e.location.name == "Kampala"]
    assert len(kampala) == 1 and kampala[0].claimed_by == ("Islamic State",), events
    assert all(not e.claimed_by for e in events if e is not kampala[0]), events


def test_a_named_victim_who_was_shot_but_survived_is_the_ambushs(pipeline):
    text = ("MEXICO CITY - Gunmen armed with assault rifles ambushed Mexico City's police chief, Omar Garcia Harfuch, "
            "on an avenue in the capital early on Friday, killing two of his bodyguards and a woman who was passing "
            "by.\n\nGarcia Harfuch was shot three times but survived.\n\nPolice arrested 12 suspects within hours.")
    events = pipeline.extract(text, published=date(2020, 6, 27))
    assert len(events) == 1, events
    assert events[0].fatalities.count == 3, events[0]
    assert "Omar Garcia Harfuch" in {v.name for v in events[0].victims}, events[0].victims
    # an attack that killed stays done though its target lived; an attempt on his life is an attempt
    attempt = events[0].event_type is EventType.ASSASSINATION
    assert events[0].status is (Status.ATTEMPTED if attempt else Status.REALIZED), events[0]


def test_a_campaign_of_bombings_that_killed_hundreds_is_no_incident(pipeline):
    text = ("MADRID - The Basque separatist group ETA announced on Thursday that it had dissolved, ending a campaign "
            "of bombings and shootings that killed more than 800 people over four decades.\n\n"
            "Victims' groups said the announcement did not erase the suffering the group caused.\n\n"
            "Its deadliest attack came in June 1987, when a car bomb exploded in the car park of a supermarket in "
            "Barcelona, killing 21 shoppers.")
    events = pipeline.extract(text, published=date(2018, 5, 3))
    assert [e.fatalities.count for e in events if e.fatalities is not None] == [21], events


def test_the_fighting_is_the_attacks_and_the_day_told_plainly_wins_over_a_gap_of_a_week(pipeline):
    text = ("BEIRUT - Kurdish-led forces said on Wednesday that they had regained full control of a prison in the Syrian "
            "city of Hasakah, a week after Islamic State fighters stormed it.\n\n"
            "The fighting killed more than 370 people, according to a war monitor.\n\n"
            "The attack began on the night of January 20, when suicide bombers drove two vehicles packed with "
            "explosives into the prison gates.")
    events = pipeline.extract(text, published=date(2022, 1, 27))
    assert len(events) == 1, events
    prison = events[0]
    assert prison.fatalities is not None and prison.fatalities.count == 370, prison.fatalities
    assert prison.date is not None and prison.date.start == date(2022, 1, 20), prison.date
    assert prison.event_type is not EventType.BATTLE, prison.event_type


def test_a_train_attack_that_took_hostages_is_one_kidnapping_and_rescuers_kill_no_one(pipeline):
    text = ("QUETTA, Pakistan - Separatist gunmen blew up a railway track and opened fire on a passenger train in "
            "Balochistan province on Tuesday, taking hundreds of them hostage in a remote mountain pass.\n\n"
            "The Baloch Liberation Army claimed the attack.\n\n"
            "Security forces freed about 100 passengers by Wednesday morning, and at least 20 people were killed.")
    events = pipeline.extract(text, published=date(2025, 3, 12))
    train = [e for e in events if e.date is not None and e.date.start == date(2025, 3, 11)]
    assert [e.event_type for e in train] == [EventType.KIDNAPPING], events
    assert all("security forces" not in _doers(e) for e in events), events


def test_a_group_that_said_it_had_targeted_a_convoy_claims_the_bombing_at_the_citys_airport(pipeline):
    text = ("QUETTA, Pakistan - A suicide bomber killed at least 26 people at the railway station in Quetta on "
            "Saturday.\n\n"
            "The Baloch Liberation Army claimed the bombing.\n\n"
            "A month earlier, a bombing near Karachi's international airport killed two Chinese engineers; the group "
            "said it had targeted a convoy of Chinese nationals.")
    events = pipeline.extract(text, published=date(2024, 11, 10))
    karachi = [e for e in events if e.fatalities is not None and e.fatalities.count == 2]
    assert len(karachi) == 1 and karachi[0].location is not None and karachi[0].location.name == "Karachi", events
    assert karachi[0].claimed_by == ("Balochistan Liberation Army",), karachi[0].claimed_by


def test_how_the_victims_died_is_the_attacks_own_telling_not_an_arson(pipeline):
    text = ("KAMPALA, Uganda - Militants attacked a secondary school in western Uganda late on Friday, killing 42 "
            "people, the authorities said on Sunday.\n\n"
            "Some of the victims were hacked to death with machetes and others burned when the attackers set a "
            "dormitory on fire.\n\n"
            "The army blamed the Allied Democratic Forces, a rebel group based in eastern Congo.")
    events = pipeline.extract(text, published=date(2023, 6, 18))
    assert len(events) == 1 and events[0].event_type is not EventType.ARSON, events
    assert events[0].fatalities is not None and events[0].fatalities.count == 42, events[0].fatalities
