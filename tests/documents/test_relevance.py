from dataclasses import replace
from datetime import date

from newsevents.core import (
    Actor,
    ActorKind,
    Count,
    DatePrecision,
    DateRange,
    Event,
    EventType,
    GeoPrecision,
    Location,
)
from newsevents.documents.relevance import (
    anchors,
    is_anchored,
    is_current,
    is_statistic,
    relevant_events,
)

PUB = date(1990, 1, 10)


def _event(i, *, when=None, text=None, place=None, killed=None, background=False):
    return Event(event_id=f"e{i}", article_id="a", event_type=EventType.BOMBING,
                 date=DateRange(when, when, text=text) if when or text else None,
                 location=Location("X", "SV", precision=place) if place else None,
                 fatalities=Count(killed) if killed else None, background=background)


def test_commentary_without_anchor_yields_nothing():
    vague = _event(1)                                   # "the bombing of civilians", no date, place or toll
    assert not is_anchored(vague)
    assert relevant_events([vague], PUB) == []


def test_recalled_attacks_need_firm_anchors_and_vague_mentions_are_dropped():
    # "the massacres of 1985", recalled in a speech: a year is all that ties it down
    passing = _event(1, when=date(1985, 3, 1), text="in 1985", background=True)
    assert not is_current(passing, PUB) and not is_anchored(passing)
    # "the 1985 car bombing in the capital": a date and a town
    recalled = _event(4, when=date(1985, 3, 3), text="in 1985", place=GeoPrecision.CITY, background=True)
    assert is_anchored(recalled)
    news = _event(2, when=date(1990, 1, 9), text="yesterday", place=GeoPrecision.CITY, killed=3)
    vague = _event(3)
    assert relevant_events([news, passing, recalled, vague], PUB) == [news, recalled]


def test_a_recent_event_needs_one_anchor_only():
    dated = _event(1, when=date(1990, 1, 8), text="on Monday")
    assert anchors(dated) == 1 and is_anchored(dated)
    assert not is_anchored(_event(2, when=date(1990, 1, 8), text="on Monday", background=True))


def test_undated_article_with_casualties_is_kept():
    e = _event(1, killed=4)
    assert relevant_events([e], None) == [e]


def test_recalled_attack_with_toll_is_kept():
    recalled = _event(1, when=date(1989, 7, 1), text="in July", killed=86)
    assert not is_current(recalled, PUB)
    assert relevant_events([recalled], PUB) == [recalled]


def test_the_datelines_date_alone_does_not_anchor_an_event():
    dateline = "SAN SALVADOR, 10 JAN 90 (EFE) -- "
    # "the general said the murders of Salvadorans must stop": dated only by the day the report was filed
    passing = _event(1, when=PUB, text="10 JAN 90")
    assert anchors(passing, dateline) == 0 and not is_anchored(passing, dateline)
    assert is_anchored(passing)                                     # with no dateline the date is its own
    # "guerrillas dynamited a pylon", dated by the dateline too, but it names who and what
    named = replace(passing, event_id="e2", perpetrators=(Actor("guerrillas", None, ActorKind.INDIVIDUAL),))
    assert is_anchored(named, dateline)
    own = _event(3, when=date(1990, 1, 9), text="yesterday")
    assert relevant_events([passing, named, own], PUB, dateline=dateline) == [named, own]


def _toll(i, killed, start, end, precision, text):
    return Event(event_id=f"s{i}", article_id="a", event_type=EventType.VIOLENCE_AGAINST_CIVILIANS,
                 date=DateRange(start, end, precision, text), fatalities=Count(killed))


def test_a_toll_over_months_up_to_the_report_is_a_statistic():
    pub = date(1989, 9, 2)
    # "in the last three years, 1,300 Colombian policemen have been killed fighting the drug cartels"
    years = _toll(1, 1300, date(1986, 9, 2), pub, DatePrecision.RANGE, "in the last three years")
    # "so far this year about 100 people have died in clashes"
    this_year = _toll(2, 100, date(1989, 1, 1), date(1989, 12, 31), DatePrecision.YEAR, "this year")
    assert is_statistic(years, pub) and is_statistic(this_year, pub)
    assert relevant_events([years, this_year], pub) == []


def test_a_recent_run_of_days_and_a_past_year_are_no_statistic():
    pub = date(1989, 11, 14)
    # "432 people have died in the fighting of the past three days": days, not months
    days = _toll(1, 432, date(1989, 11, 11), pub, DatePrecision.RANGE, "in the past three days")
    # "the 1982 hostage-taking of 100 people at the chamber of commerce": a year long past, one incident
    recalled = replace(_toll(2, 100, date(1982, 1, 1), date(1982, 12, 31), DatePrecision.YEAR, "in 1982"),
                       location=Location("San Pedro Sula", "HN", precision=GeoPrecision.CITY))
    single = _toll(3, 1, date(1986, 11, 14), pub, DatePrecision.RANGE, "in the past three years")   # one death
    assert not any(is_statistic(e, pub) for e in (days, recalled, single))


def test_thousands_dead_with_no_day_of_their_own_are_a_wars_count():
    dateline = "SAN SALVADOR, 12 DEC 89 (EFE) -- "
    pub = date(1989, 12, 12)
    # "a conflict that has left over 70,000 dead in ten years", dated only by the dateline
    war = _toll(1, 70000, pub, pub, DatePrecision.DAY, "12 DEC 89")
    assert is_statistic(war, pub, dateline)
    # the 2004 Beslan school siege, told with its own day, stays one incident
    siege = _toll(2, 1100, date(2004, 9, 3), date(2004, 9, 3), DatePrecision.DAY, "on 3 September")
    assert not is_statistic(siege, date(2004, 9, 4))


def test_a_town_alone_anchors_a_mention_in_a_brief_but_not_in_a_full_article():
    # "bombs have exploded in the capital": a place, and no one named, no toll, no day of its own
    placed = _event(1, place=GeoPrecision.CITY)
    assert relevant_events([placed], PUB, article_chars=600) == [placed]
    assert relevant_events([placed], PUB, article_chars=6000) == []
    assert not is_anchored(placed, brief=False) and is_anchored(placed)
    # "guerrillas bombed the power station in the capital": a doer is named
    named = replace(placed, event_id="e2", perpetrators=(Actor("guerrillas", None, ActorKind.ORGANIZATION),))
    dated = _event(3, when=date(1990, 1, 9), text="yesterday", place=GeoPrecision.CITY)
    assert relevant_events([named, dated], PUB, article_chars=6000) == [named, dated]


def test_a_coders_note_keeps_its_first_current_event_when_none_is_anchored():
    # "Protesters gathered outside the police station demanding the officer's arrest": one incident, told bare
    protest, recalled = _event(1), _event(2, background=True)
    assert relevant_events([recalled, protest], PUB) == []
    assert relevant_events([recalled, protest], PUB, note=True) == [protest]
    anchored = _event(3, place=GeoPrecision.CITY)
    assert relevant_events([protest, anchored], PUB, note=True) == [anchored]   # an anchored event speaks for it
