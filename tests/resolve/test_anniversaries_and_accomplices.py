"""Anniversaries, the night after an attack, helpers and vehicles, in short narratives written for these tests from
news events (the Omagh bombing of August 1998, the Barcelona and Cambrils attacks of August 2017, the London Bridge
attack of June 2017, the Berlin Christmas market attack of December 2016, the Jolo cathedral bombings of January 2019,
the Kano attacks of January 2012): "on a Saturday afternoon a quarter of a century ago" is 25 years back, not last
Saturday; the day named after "hours later" says the act was past midnight; "London Bridge" lies in London and
"Barcelona's busiest avenue" in Barcelona; the police who moved people toward a blast did not set it off, and the
blast is the bombing told earlier in the paragraph; a group that claimed responsibility after a toll, or a group that
said it was responsible after a victim, is no victim; "the police shot all five dead" ends the attack; a truck
hijacked to ram a market holds no hostage; "carried out the bombings with the help of" a group names a doer."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType
from newsevents.resolve.dates import resolve_date


def test_an_anniversary_dates_the_bombing_years_back(pipeline):
    text = ("OMAGH, Northern Ireland - Hundreds of people gathered in the centre of the town on Tuesday to remember "
            "the 29 people killed by a car bomb on a busy Saturday afternoon a quarter of a century ago.\n\n"
            "The bomb, left by the Real IRA, a splinter group opposed to the peace process, exploded on Market "
            "Street on Aug. 15, 1998. A telephone warning named the wrong place, and the police moved shoppers "
            "toward the blast. More than 200 people were injured.\n\n"
            "In February, gunmen shot and seriously wounded a senior detective, John Caldwell, at a sports complex "
            "in Omagh, and the New IRA said it was responsible.")
    events = pipeline.extract(text, published=date(2023, 8, 15))
    bombings = [e for e in events if e.event_type is EventType.BOMBING]
    assert len(bombings) == 1, [(e.trigger, e.date) for e in bombings]
    bombing = bombings[0]
    assert bombing.date.start == date(1998, 8, 15) and bombing.fatalities.count == 29, (bombing.date, bombing.fatalities)
    assert bombing.injuries is not None and bombing.injuries.count == 200, bombing.injuries
    assert [a.name for a in bombing.perpetrators] == ["Real IRA"], bombing.perpetrators
    shooting = next(e for e in events if e.event_type is EventType.ARMED_ASSAULT)
    assert shooting.injuries.count == 1 and [v.name for v in shooting.victims] == ["John Caldwell"], \
        (shooting.injuries, shooting.victims)


def test_years_ago_in_words_and_a_weekday_before_them():
    when = resolve_date("Saturday afternoon a quarter of a century ago", anchor=date(2023, 8, 15))
    assert when is not None and (when.start, when.end) == (date(1998, 1, 1), date(1998, 12, 31)), when
    when = resolve_date("half a century ago", anchor=date(2023, 8, 15))
    assert when is not None and when.start == date(1973, 1, 1), when


def test_hours_later_on_the_next_day_and_sites_named_for_their_town(pipeline):
    text = ("BARCELONA, Spain - A van drove into crowds on Las Ramblas, Barcelona's busiest pedestrian avenue, on "
            "Thursday afternoon, killing 13 people and injuring more than 100. The Islamic State claimed the attack "
            "through its news agency.\n\n"
            "Hours later, early on Friday, five men drove into pedestrians in the seaside town of Cambrils, south of "
            "Barcelona, killing a woman. The police shot all five dead.\n\n"
            "In June, three men drove a van into people on London Bridge and then stabbed others in nearby bars, "
            "killing eight before the police shot them dead.")
    events = pipeline.extract(text, published=date(2017, 8, 18))
    where = {e.location.name: e for e in events if e.location is not None}
    assert {"Barcelona", "Cambrils", "London"} <= set(where), [(e.trigger, e.location) for e in events]
    assert where["Barcelona"].date.start == date(2017, 8, 17) and where["Barcelona"].fatalities.count == 13
    assert where["Cambrils"].date.start == date(2017, 8, 18), where["Cambrils"].date
    assert not where["Barcelona"].targets, where["Barcelona"].targets          # no "news agency"
    assert not any(a.kind.value == "state" for e in events for a in e.perpetrators), \
        [(e.trigger, e.perpetrators) for e in events]


def test_a_truck_hijacked_to_ram_a_market_is_no_kidnapping(pipeline):
    text = ("BERLIN - Germany marked the anniversary of the attack on a Christmas market on Monday.\n\n"
            "A year ago, a man hijacked a truck and drove it into the market beside the Kaiser Wilhelm Memorial "
            "Church in Berlin, killing 12 people. He was shot dead by Italian police near Milan four days later.\n\n"
            "Separately, gunmen hijacked a bus carrying 30 passengers near Quetta in March.")
    events = pipeline.extract(text, published=date(2017, 12, 19))
    berlin = next(e for e in events if e.location is not None and e.location.name == "Berlin")
    assert berlin.event_type is not EventType.KIDNAPPING and berlin.fatalities.count == 12, \
        (berlin.event_type, berlin.fatalities)
    assert any(e.event_type is EventType.KIDNAPPING for e in events), [(e.trigger, e.event_type) for e in events]


def test_a_group_that_helped_carry_out_the_bombings_is_a_doer(pipeline):
    text = ("JOLO, Philippines - Two bombs tore through a cathedral in Jolo, on the island of Sulu, during Sunday "
            "Mass, killing more than 20 people, the military said.\n\n"
            "The authorities said an Indonesian couple had carried out the bombings with the help of Abu Sayyaf, a "
            "militant group that has pledged allegiance to the Islamic State.\n\n"
            "The group is also known for kidnappings for ransom.")
    events = pipeline.extract(text, published=date(2019, 1, 28))
    bombing = next(e for e in events if e.event_type is EventType.BOMBING)
    assert "Abu Sayyaf" in [a.canonical or a.name for a in bombing.perpetrators], bombing.perpetrators
    assert "cathedral" in [t.name for t in bombing.targets], bombing.targets


def test_a_group_that_claimed_after_the_toll_is_no_victim(pipeline):
    text = ("KANO, Nigeria - Nigeria's president visited the northern city on Sunday, where Boko Haram fighters "
            "struck two days earlier.\n\n"
            "On Friday, coordinated bombings and gun attacks on police stations in Kano killed about 185 people, "
            "and the group claimed responsibility.\n\n"
            "Residents said the city was quiet under a curfew.")
    events = pipeline.extract(text, published=date(2012, 1, 22))
    attack = next(e for e in events if e.fatalities is not None)
    assert attack.fatalities.count == 185 and [v.name for v in attack.victims] == ["people"], \
        (attack.fatalities, attack.victims)
    assert attack.claimed_by == ("Boko Haram",), attack.claimed_by
