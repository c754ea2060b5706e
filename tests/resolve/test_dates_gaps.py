"""A stated gap between two events ("a week before", "less than two weeks before", "days before"), and the article's
date chain: which earlier date such a gap leans on, and resolving a recalled event's side of a gap."""
from datetime import date

import pytest

from newsevents.core.enums import DatePrecision as P
from newsevents.core.records import DateRange
from newsevents.resolve.chain import DateChain
from newsevents.resolve.dates import resolve_date

SAT = date(2017, 6, 3)
NEWS = DateRange(SAT, SAT, P.DAY)


@pytest.mark.parametrize("text,expected", [
    ("a week before", ("2017-05-27", "2017-05-27", "day")),
    ("exactly two weeks before", ("2017-05-20", "2017-05-20", "day")),
    ("less than two weeks before", ("2017-05-20", "2017-06-02", "range")),
    ("about a week before", ("2017-05-25", "2017-05-29", "range")),
    ("more than three days before", ("2017-05-28", "2017-05-31", "range")),
    ("several days earlier", ("2017-05-27", "2017-05-31", "range")),
    ("days before", ("2017-05-25", "2017-06-01", "range")),
])
def test_gap_before_the_previous_event(text, expected):
    r = resolve_date(text, anchor=date(2017, 6, 4), previous=NEWS)
    assert (r.start.isoformat(), r.end.isoformat(), r.precision.value) == expected


@pytest.mark.parametrize("text,expected", [
    ("Days later", ("2017-06-05", "2017-06-12", "range")),
    ("weeks after", ("2017-06-17", "2017-08-01", "range")),          # never past publication
])
def test_a_bare_plural_gap_after_the_previous_event(text, expected):
    r = resolve_date(text, anchor=date(2017, 8, 1), previous=NEWS)
    assert (r.start.isoformat(), r.end.isoformat(), r.precision.value) == expected


def test_report_date_is_no_anchor_for_a_gap():
    text = ("Gunmen stormed the hotel on Friday, officials said on Saturday. The siege came a week after the "
            "attacks in the capital.")
    chain = DateChain(text, date(2015, 11, 21))
    gap = text.index("a week after")
    assert chain.at("a week before", gap).start == date(2015, 11, 13)      # a week before Friday, not Saturday


def test_a_claims_day_is_no_anchor_for_the_same_time():
    text = ("Gunmen attacked a concert hall on Friday night. The group claimed responsibility on Saturday.\n\n"
            "At roughly the same time, other gunmen fired on the terraces of two cafes.")
    chain = DateChain(text, date(2015, 11, 14))
    same = text.index("At roughly")
    assert chain.at("At roughly the same time", same).start == date(2015, 11, 13)


def test_turned_around_gap_is_resolved_on_its_own():
    text = "The strike hit on Sunday. It came three days after the bombing."
    chain = DateChain(text, date(2021, 8, 30))
    gap = text.index("three days after")
    assert chain.at("three days after", gap) is None          # as written: past the publication date
    assert chain.at("three days before", gap).start == date(2021, 8, 26)


def test_since_a_month_is_the_month_when_asked_without_since():
    text = "It was the deadliest attack since January, when a bomber struck a mosque."
    chain = DateChain(text, date(2023, 7, 31))
    at = text.index("since January")
    assert chain.at("since January", at).precision is P.RANGE
    month = chain.at("January", at + len("since "))
    assert (month.start, month.end) == (date(2023, 1, 1), date(2023, 1, 31))


@pytest.mark.parametrize("text", ["At about the same time", "at the same time", "Hours later", "About two hours later",
                                  "a few minutes earlier", "Moments later"])
def test_a_gap_shorter_than_a_day_keeps_the_day_before(text):
    r = resolve_date(text, anchor=date(2017, 6, 5), previous=NEWS)
    assert (r.start, r.end, r.precision) == (SAT, SAT, P.DAY)


def test_hours_later_leans_on_the_attack_not_on_the_publication_day():
    text = ("Colombo, Monday. Suicide bombers struck three churches on Sunday morning. "
            "Hours later, a blast at a guesthouse south of the city killed two people.")
    chain = DateChain(text, date(2019, 4, 22))
    r = chain.at("Hours later", text.index("Hours later"))
    assert r.start == date(2019, 4, 21)


def test_a_tolls_update_day_is_no_event_day():
    text = ("The number of people killed by the truck bomb rose to more than 300 on Monday, officials said. "
            "The lorry exploded at a busy junction on Saturday afternoon.")
    chain = DateChain(text, date(2017, 10, 16))
    assert chain.dates_a_count(text.index("on Monday"))
    assert not chain.dates_a_count(text.index("on Saturday"))


def test_last_weekday_beside_the_plain_weekday_is_a_week_earlier():
    text = ("Two bombs went off at the airport on Tuesday, killing 16 people. During an earlier raid last Tuesday, "
            "gunmen fired on the police.")
    chain = DateChain(text, date(2016, 3, 23))
    assert chain.at("on Tuesday", text.index("on Tuesday")).start == date(2016, 3, 22)
    assert chain.at("last Tuesday", text.index("last Tuesday")).start == date(2016, 3, 15)


def test_last_weekday_alone_is_the_latest_such_day():
    text = "The leader was shot dead last Friday at a rally, the party said."
    assert DateChain(text, date(1989, 8, 23)).at("last Friday", text.index("last Friday")).start == date(1989, 8, 18)


def test_a_record_since_a_year_dates_nothing_and_anchors_no_gap():
    text = ("It was the deadliest single bombing in the capital since the U.S.-led invasion of 2003. The attack came a "
            "week later.")
    chain = DateChain(text, date(2016, 7, 6))
    assert all(r.start is None or r.start.year != 2003 for _o, r in chain.resolved)


def test_a_bare_month_after_a_dated_one_in_its_paragraph_follows_it():
    text = ("In November 2019, fighters overran an army post at Indelimane. In December, militants stormed a camp at "
            "Inates. About a month later, an attack on the base at Chinagodrar killed 89 soldiers.")
    chain = DateChain(text, date(2021, 9, 16))
    assert chain.at("In December", text.index("In December")).start == date(2019, 12, 1)
    assert chain.at("About a month later", text.index("About a month")).start == date(2020, 1, 1)


def test_a_bare_month_in_a_new_paragraph_keeps_the_publication_year():
    text = "In July 2022 the group bombed an embassy.\n\nIn January, it killed 84 people in two suicide bombings."
    chain = DateChain(text, date(2024, 3, 23))
    assert chain.at("In January", text.index("In January")).start == date(2024, 1, 1)


def test_a_day_of_that_year_is_in_the_year_told_before():
    text = ("A ceasefire declared in 2006 ended abruptly on 30 December of that year, when a van bomb exploded at "
            "the airport. The following year, gunmen shot dead two police officers.")
    chain = DateChain(text, date(2018, 5, 3))
    assert chain.at("on 30 December of that year", text.index("on 30 December")).start == date(2006, 12, 30)
    assert chain.at("The following year", text.index("The following")).start == date(2007, 1, 1)
    assert resolve_date("in December that year", anchor=date(2018, 5, 3),
                        previous=DateRange(date(2006, 1, 1), date(2006, 12, 31), P.YEAR)).start == date(2006, 12, 1)
