"""Dates of a group's history told in order: fixed-day holidays, Easter and the feasts counted from it, "the
following March", "exactly a year later", and a day of a month with no year right after a year the paragraph named
(resolve/dates.py, resolve/chain.py)."""
from datetime import date

import pytest

from newsevents.core.enums import DatePrecision as P
from newsevents.core.records import DateRange
from newsevents.resolve.chain import DateChain
from newsevents.resolve.dates import resolve_date

PUBLISHED = date(2024, 7, 1)
AUGUST_2014 = DateRange(date(2014, 8, 1), date(2014, 8, 31), P.MONTH)
DEC_22_2000 = DateRange(date(2000, 12, 22), date(2000, 12, 22), P.DAY)


def span(text: str, previous: DateRange | None = None) -> tuple[str, str, str]:
    r = resolve_date(text, anchor=PUBLISHED, previous=previous)
    return r.start.isoformat(), r.end.isoformat(), r.precision.value


@pytest.mark.parametrize("text,expected", [
    ("on Christmas Day", ("2023-12-25", "2023-12-25", "day")),
    ("New Year's Eve", ("2023-12-31", "2023-12-31", "day")),
    ("on New Year\u2019s Day", ("2024-01-01", "2024-01-01", "day")),
    ("on Christmas Eve 2011", ("2011-12-24", "2011-12-24", "day")),
])
def test_a_fixed_day_holiday_is_a_day_and_month(text, expected):
    assert span(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("on Easter Sunday", ("2024-03-31", "2024-03-31", "day")),          # 2024's Easter was on 31 March
    ("on Good Friday", ("2024-03-29", "2024-03-29", "day")),
    ("on Easter Monday 2019", ("2019-04-22", "2019-04-22", "day")),
    ("Easter Sunday 2000", ("2000-04-23", "2000-04-23", "day")),
])
def test_a_movable_feast_is_counted_from_that_year_s_easter(text, expected):
    assert span(text) == expected


def test_an_easter_still_to_come_this_year_is_last_year_s():
    r = resolve_date("on Easter Sunday", anchor=date(2019, 3, 1))
    assert r.start == date(2018, 4, 1)


@pytest.mark.parametrize("text,expected", [
    ("the following March", ("2015-03-01", "2015-03-31", "month")),
    ("the next December", ("2014-12-01", "2014-12-31", "month")),
    ("the previous May", ("2014-05-01", "2014-05-31", "month")),
    ("the previous September", ("2013-09-01", "2013-09-30", "month")),
])
def test_a_named_month_after_or_before_the_date_told_before(text, expected):
    assert span(text, AUGUST_2014) == expected


def test_an_exact_year_gap_keeps_the_month():
    assert span("almost exactly a year later", DEC_22_2000) == ("2001-12-01", "2001-12-31", "month")
    assert span("a year later", DEC_22_2000) == ("2001-01-01", "2001-12-31", "year")     # unchanged: a calendar year


def _at(chain: DateChain, text: str, expr: str) -> DateRange:
    return chain.at(expr, text.index(expr))


def test_a_day_without_year_follows_the_year_the_paragraph_named():
    text = ("The bloodiest assault came at the start of 2015. On 3 January, fighters overran a fishing town. "
            "A week later, a bomb went off at a market.")
    chain = DateChain(text, PUBLISHED)
    assert _at(chain, text, "On 3 January").start == date(2015, 1, 3)
    assert _at(chain, text, "A week later").start == date(2015, 1, 10)


def test_a_siege_day_without_year_follows_the_day_that_opened_it():
    text = ("The attack came on 26 November 2008. Gunmen held the hotel until the morning of 29 November; in all, "
            "166 people were killed.")
    chain = DateChain(text, date(2025, 4, 26))
    assert _at(chain, text, "29 November").start == date(2008, 11, 29)


def test_a_holiday_after_a_stated_month_is_that_month_s_day():
    text = "On 26 August 2011, a car bomb hit the building. Four months later, on Christmas Day, a church was bombed."
    chain = DateChain(text, PUBLISHED)
    assert _at(chain, text, "on Christmas Day").start == date(2011, 12, 25)


def test_the_year_a_since_clause_starts_from_anchors_no_later_day():
    text = "The group has been active since it emerged in 2015. On 3 January, its fighters attacked a base."
    chain = DateChain(text, PUBLISHED)
    assert _at(chain, text, "On 3 January").start == date(2024, 1, 3)


def test_a_day_in_another_paragraph_keeps_to_the_publication_year():
    text = "Fighters overran the town in 2015.\n\nOn 3 January, militants attacked a base."
    chain = DateChain(text, PUBLISHED)
    assert _at(chain, text, "On 3 January").start == date(2024, 1, 3)
