"""Recalled acts, towns measured from a city, tactics and rankings, in short narratives written for these tests
from news events (the Tamil Tigers' bombing of the Central Bank in Colombo in January 1996 and their killing of Rajiv
Gandhi in May 1991, the Pensacola naval air station shooting of December 2019, the Grand-Bassam beach attack of March
2016, the AMIA bombing in Buenos Aires of July 1994): a bombing told in its month with fewer than a thousand dead is
one blast, however many it wounded; a deputy who shot the gunman dead ended the shooting; "a resort town east of
Abidjan" under a GRAND-BASSAM dateline is Grand-Bassam; "the third attack of its kind" and "the use of suicide bombers"
tell no act; in an anniversary piece "the bombing" with no day of its own is the recalled one, and a court's ruling
does not date it; a victim's full name is kept after a long title."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType


def test_a_recalled_bombing_with_many_wounded_is_one_blast(pipeline):
    text = ("COLOMBO, Sri Lanka - The government declared victory over the Tamil Tigers on Tuesday.\n\n"
            "The Liberation Tigers of Tamil Eelam pioneered the use of suicide bombers. In May 1991, a female "
            "bomber killed the former Indian prime minister Rajiv Gandhi at an election rally in Sriperumbudur.\n\n"
            "In January 1996, the rebels drove a truck packed with explosives into the Central Bank in the capital, "
            "killing about 90 people and wounding more than 1,400.")
    events = pipeline.extract(text, published=date(2009, 5, 19))
    bank = [e for e in events if e.fatalities is not None and e.fatalities.count == 90]
    assert bank and bank[0].date.start == date(1996, 1, 1) and bank[0].injuries.count == 1400, \
        [(e.trigger, e.date, e.fatalities) for e in events]
    gandhi = next(e for e in events if e.event_type is EventType.ASSASSINATION)
    assert [v.name for v in gandhi.victims] == ["Rajiv Gandhi"], gandhi.victims
    assert len(events) == 2, [(e.trigger, e.date) for e in events]        # no act of "the use of suicide bombers"


def test_a_deputy_who_shot_the_gunman_ended_a_recalled_shooting(pipeline):
    text = ("WASHINGTON - Al Qaeda in the Arabian Peninsula said on Sunday that it was behind the shooting at a naval "
            "air station in Pensacola, Fla., in December, in which a Saudi officer killed three American sailors "
            "before a sheriff's deputy shot him dead.\n\n"
            "In a video, the group's leader said the gunman had been in contact with the group for years.\n\n"
            "F.B.I. officials had not confirmed the claim.")
    events = pipeline.extract(text, published=date(2020, 2, 3))
    assert len(events) == 1 and events[0].date.start == date(2019, 12, 1), [(e.trigger, e.date) for e in events]
    assert all(a.kind.value != "state" for a in events[0].perpetrators), events[0].perpetrators


def test_a_town_measured_from_a_city_is_the_dateline_s(pipeline):
    text = ("GRAND-BASSAM, Ivory Coast - Gunmen opened fire on beachgoers at a resort town east of Abidjan on "
            "Sunday, killing at least 16 people, before security forces killed the six attackers.\n\n"
            "The attackers walked onto the beach and shot people at the hotels along the shore. Al Qaeda in the "
            "Islamic Maghreb claimed the attack.\n\n"
            "It was the third attack of its kind in West Africa in four months.")
    events = pipeline.extract(text, published=date(2016, 3, 14))
    assert len(events) == 1 and events[0].location.name == "Grand-Bassam", \
        [(e.trigger, e.location) for e in events]


def test_the_bombing_of_an_anniversary_piece_is_the_recalled_one(pipeline):
    text = ("BUENOS AIRES - Sirens sounded across the Argentine capital on Thursday morning at 9:53, the minute a "
            "van packed with explosives blew up outside the AMIA Jewish community center 30 years ago, killing 85 "
            "people.\n\n"
            "No one has been convicted for the bombing. Prosecutors have long accused Hezbollah of carrying it "
            "out, and in April a court ruled that the attack was a crime against humanity.\n\n"
            "Relatives of the victims said they would keep demanding justice.")
    events = pipeline.extract(text, published=date(2024, 7, 18))
    assert len(events) == 1, [(e.trigger, e.date) for e in events]
    amia = events[0]
    assert amia.date.start == date(1994, 1, 1) and amia.fatalities.count == 85, (amia.date, amia.fatalities)
    assert [a.actor for a in amia.attributed_by] == ["Hezbollah"], amia.attributed_by


def test_years_before_a_recalled_act_count_from_it_not_from_a_ruling(pipeline):
    text = ("BUENOS AIRES - Sirens sounded across the Argentine capital on Thursday morning at 9:53, the minute a "
            "van packed with explosives blew up outside the AMIA Jewish community center 30 years ago, killing 85 "
            "people.\n\n"
            "No one has been convicted for the bombing, and in April a court ruled that Iran had planned it.\n\n"
            "Two years before the AMIA attack, a suicide bomber drove a truck into the Israeli Embassy in Buenos "
            "Aires, killing 29 people.")
    events = pipeline.extract(text, published=date(2024, 7, 18))
    embassy = next(e for e in events if e.fatalities is not None and e.fatalities.count == 29)
    assert embassy.date.start == date(1992, 1, 1), embassy.date


def test_an_anniversary_siege_is_one_recalled_hostage_taking(pipeline):
    text = ("Beslan Marks 20 Years Since School Siege That Killed 334\n\n"
            "BESLAN, Russia - Mothers carried white roses into the ruined gymnasium of School No. 1 on Sunday, 20 "
            "years after armed militants seized the school on the first day of classes and held more than 1,100 "
            "people hostage for three days.\n\n"
            "The siege ended on Sept. 3, 2004, when explosions tore through the gymnasium and Russian forces stormed "
            "the building. In all, 334 hostages were killed, 186 of them children.")
    events = pipeline.extract(text, published=date(2024, 9, 1))
    assert len(events) == 1, [(e.trigger, e.date) for e in events]
    siege = events[0]
    assert siege.event_type is EventType.KIDNAPPING and siege.date.start.year == 2004, (siege.event_type, siege.date)
    assert siege.fatalities.count == 334, siege.fatalities


def test_a_world_capital_outweighs_a_small_namesake_of_the_article_s_country(pipeline):
    text = ("WASHINGTON - Al Qaeda in the Arabian Peninsula said on Sunday that it was behind the shooting at a naval "
            "air station in Pensacola, Fla., in December.\n\n"
            "The group also claimed the January 2015 attack on the Paris offices of the satirical magazine Charlie "
            "Hebdo, in which two brothers killed 12 people.\n\n"
            "American officials said the group was still trying to attack airliners bound for Detroit and Chicago.")
    events = pipeline.extract(text, published=date(2020, 2, 3))
    paris = next(e for e in events if e.fatalities is not None and e.fatalities.count == 12)
    assert (paris.location.name, paris.location.country) == ("Paris", "FR"), paris.location
