from datetime import date, datetime

import pytest

from newsevents.core.enums import DatePrecision as P
from newsevents.core.records import DateRange
from newsevents.resolve.dates import resolve_date

SAT = date(2024, 3, 23)          # a Saturday


def span(text, anchor=SAT, previous=None):
    r = resolve_date(text, anchor=anchor, previous=previous)
    return None if r is None else (r.start.isoformat(), r.end.isoformat() if r.end else None, r.precision.value)


@pytest.mark.parametrize("text,expected", [
    ("on Friday", ("2024-03-22", "2024-03-22", "day")),
    ("Friday", ("2024-03-22", "2024-03-22", "day")),
    ("on Friday night", ("2024-03-22", "2024-03-22", "day")),
    ("ON FRIDAY", ("2024-03-22", "2024-03-22", "day")),
    ("last Friday", ("2024-03-22", "2024-03-22", "day")),
    ("on Saturday", ("2024-03-23", "2024-03-23", "day")),          # the anchor's own weekday: the anchor
    ("last Saturday", ("2024-03-16", "2024-03-16", "day")),        # "last": strictly before
    ("on Sunday", ("2024-03-17", "2024-03-17", "day")),
    ("early Monday", ("2024-03-18", "2024-03-18", "day")),
])
def test_weekdays(text, expected):
    assert span(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("yesterday", ("2024-03-22", "2024-03-22", "day")),
    ("YESTERDAY", ("2024-03-22", "2024-03-22", "day")),
    ("yesterday morning", ("2024-03-22", "2024-03-22", "day")),
    ("the day before yesterday", ("2024-03-21", "2024-03-21", "day")),
    ("today", ("2024-03-23", "2024-03-23", "day")),
    ("this morning", ("2024-03-23", "2024-03-23", "day")),
    ("last night", ("2024-03-22", "2024-03-22", "day")),
    ("overnight", ("2024-03-22", "2024-03-23", "range")),
    ("earlier this week", ("2024-03-18", "2024-03-23", "range")),
    ("last week", ("2024-03-11", "2024-03-17", "week")),
    ("last month", ("2024-02-01", "2024-02-29", "month")),
    ("over the weekend", ("2024-03-23", "2024-03-23", "range")),
])
def test_relative_days_and_weeks(text, expected):
    assert span(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("in July", ("2023-07-01", "2023-07-31", "month")),
    ("in January", ("2024-01-01", "2024-01-31", "month")),
    ("in March", ("2024-03-01", "2024-03-31", "month")),
    ("July", ("2023-07-01", "2023-07-31", "month")),
    ("July 2023", ("2023-07-01", "2023-07-31", "month")),
    ("last July", ("2023-07-01", "2023-07-31", "month")),
    ("last March", ("2023-03-01", "2023-03-31", "month")),
    ("in early July", ("2023-07-01", "2023-07-31", "month")),
    ("mid-March", ("2024-03-01", "2024-03-31", "month")),
    ("in May 2021", ("2021-05-01", "2021-05-31", "month")),
    ("in September last year", ("2023-09-01", "2023-09-30", "month")),     # last year's, though a later one passed
    ("in June of last year", ("2023-06-01", "2023-06-30", "month")),
    ("in January this year", ("2024-01-01", "2024-01-31", "month")),
])
def test_months(text, expected):
    assert span(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("in early 2023", ("2023-01-01", "2023-04-30", "range")),          # a third of the year, not all of it
    ("mid-2022", ("2022-05-01", "2022-08-31", "range")),
    ("late last year", ("2023-09-01", "2023-12-31", "range")),
    ("the end of 2021", ("2021-09-01", "2021-12-31", "range")),
    ("early 2024", ("2024-01-01", "2024-03-23", "range")),             # not past the publication date
    ("in 2022", ("2022-01-01", "2022-12-31", "year")),
])
def test_parts_of_a_year(text, expected):
    assert span(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("March 22, 2024", "2024-03-22"), ("22 March 2024", "2024-03-22"), ("27 April 2020", "2020-04-27"),
    ("2024-03-22", "2024-03-22"), ("03/22/2024", "2024-03-22"), ("5 JAN 90", "1990-01-05"),
    ("the August 17 bombing", "2023-08-17"), ("on 12 April", "2023-04-12"), ("on 12 March", "2024-03-12"),
    ("ON 12 JANUARY", "2024-01-12"), ("Friday, March 22, 2024", "2024-03-22"), ("on the 3rd of March", "2024-03-03"),
    ("22.03.2024", "2024-03-22"),
])
def test_explicit_days(text, expected):
    assert span(text) == (expected, expected, "day")


@pytest.mark.parametrize("text,expected", [
    ("in 2022", ("2022-01-01", "2022-12-31", "year")),
    ("in 2021", ("2021-01-01", "2021-12-31", "year")),
    ("last year", ("2023-01-01", "2023-12-31", "year")),
    ("this year", ("2024-01-01", "2024-12-31", "year")),
    ("earlier this year", ("2024-01-01", "2024-03-23", "range")),
    ("three years ago", ("2021-01-01", "2021-12-31", "year")),
    ("2 days ago", ("2024-03-21", "2024-03-21", "day")),
    ("five days ago", ("2024-03-18", "2024-03-18", "day")),
    ("a few days ago", ("2024-03-19", "2024-03-21", "range")),
    ("since 2019", ("2019-01-01", "2024-03-23", "range")),
    # documented spans: recent weeks = 28 days, recent months = 6 months, recent years = 5 years
    ("in recent weeks", ("2024-02-24", "2024-03-23", "range")),
    ("in recent months", ("2023-09-23", "2024-03-23", "range")),
    ("in recent years", ("2019-03-23", "2024-03-23", "range")),
    ("over the past year", ("2023-03-23", "2024-03-23", "range")),
    ("over the past three months", ("2023-12-23", "2024-03-23", "range")),
    ("last summer", ("2023-06-01", "2023-08-31", "range")),
])
def test_years_and_spans(text, expected):
    assert span(text) == expected


def test_vague_spans_give_none():
    assert resolve_date("decades ago", anchor=SAT) is None
    assert resolve_date("years ago", anchor=SAT) is None
    assert resolve_date("no date in here", anchor=SAT) is None
    assert resolve_date("", anchor=SAT) is None


PREV = DateRange(date(2019, 6, 10), date(2019, 6, 10), P.DAY, "on 10 June 2019")


@pytest.mark.parametrize("text,expected", [
    ("the following year", ("2020-01-01", "2020-12-31", "year")),
    ("the next year", ("2020-01-01", "2020-12-31", "year")),
    ("a year later", ("2020-01-01", "2020-12-31", "year")),
    ("the previous year", ("2018-01-01", "2018-12-31", "year")),
    ("that month", ("2019-06-01", "2019-06-30", "month")),
    ("the same month", ("2019-06-01", "2019-06-30", "month")),
    ("that day", ("2019-06-10", "2019-06-10", "day")),
    ("later that year", ("2019-06-10", "2019-12-31", "range")),
    ("two days later", ("2019-06-12", "2019-06-12", "day")),
    ("a week later", ("2019-06-17", "2019-06-17", "day")),
    ("the day before", ("2019-06-09", "2019-06-09", "day")),
    ("the next day", ("2019-06-11", "2019-06-11", "day")),
    ("in the months after", ("2019-06-10", "2019-12-10", "range")),
])
def test_chained_on_previous(text, expected):
    assert span(text, previous=PREV) == expected


def test_chain_of_three():
    first = resolve_date("in March 2015", anchor=SAT)
    second = resolve_date("the following year", anchor=SAT, previous=first)
    third = resolve_date("two years later", anchor=SAT, previous=second)
    assert (first.start, second.start, third.start) == (date(2015, 3, 1), date(2016, 1, 1), date(2018, 1, 1))
    month_prev = resolve_date("two days later", anchor=SAT, previous=first)
    assert month_prev.precision is P.RANGE and month_prev.start == date(2015, 3, 3)


def test_chained_without_previous_uses_anchor():
    assert span("the previous year") == ("2023-01-01", "2023-12-31", "year")
    assert span("the day before") == ("2024-03-22", "2024-03-22", "day")
    assert resolve_date("the following year", anchor=SAT) is None      # would be after the anchor


@pytest.mark.parametrize("text", ["on Friday", "yesterday", "in July", "last year", "in recent months",
                                  "the following year", "the August 17 bombing", "three years ago", "today"])
def test_no_anchor_relative_is_none(text):
    assert resolve_date(text, anchor=None) is None


@pytest.mark.parametrize("text,expected", [
    ("On 27 April 2020", "2020-04-27"), ("March 22, 2024", "2024-03-22"), ("5 JAN 90", "1990-01-05"),
    ("2024-03-22", "2024-03-22"),
])
def test_no_anchor_explicit_resolves(text, expected):
    r = resolve_date(text, anchor=None)
    assert r.start.isoformat() == expected and r.precision is P.DAY


def test_never_after_anchor():
    assert resolve_date("March 30, 2024", anchor=SAT) is None
    assert resolve_date("2 weeks later", anchor=None) is None         # dateparser must not read the clock
    assert resolve_date("in two weeks", anchor=SAT) is None
    r = resolve_date("this week", anchor=SAT)
    assert r.end <= SAT


def test_other_anchors_and_text_kept():
    mon = date(2011, 1, 3)          # a Monday
    assert span("On Monday", anchor=mon) == ("2011-01-03", "2011-01-03", "day")
    assert span("on Tuesday", anchor=mon) == ("2010-12-28", "2010-12-28", "day")
    assert span("in December", anchor=mon) == ("2010-12-01", "2010-12-31", "month")
    assert span("Feb 29", anchor=date(2023, 5, 1)) == ("2020-02-29", "2020-02-29", "day")
    r = resolve_date("on Friday night", anchor=datetime(2024, 3, 23, 14, 5))
    assert r.text == "on Friday night" and r.start == date(2024, 3, 22)
