"""A clause that names a year and then a month inside it happened in that month. Sentences written for this test."""
from __future__ import annotations

from datetime import date

VIOLENT = {"armed_assault", "bombing", "assassination", "kidnapping", "arson", "facility_attack", "remote_violence",
           "battle", "violence_against_civilians"}


def test_a_month_told_after_the_year_dates_the_act(pipeline):
    text = ("Last year gunmen attacked Mpeketoni, a town near the island of Lamu, over two nights in June, killing "
            "about 60 people.")
    events = [e for e in pipeline.extract(text, published=date(2015, 4, 3)) if e.event_type.value in VIOLENT]
    assert events and events[0].date is not None and (events[0].date.start, events[0].date.end) == (
        date(2014, 6, 1), date(2014, 6, 30)), [(e.event_type.value, e.date) for e in events]


def test_a_later_date_outside_the_first_does_not_replace_it(pipeline):
    text = "Gunmen attacked a police post in Mandera on Thursday, killing three officers, police said on Friday."
    events = [e for e in pipeline.extract(text, published=date(2015, 4, 4)) if e.event_type.value in VIOLENT]
    assert events and events[0].date is not None and events[0].date.start == date(2015, 4, 2), \
        [(e.event_type.value, e.date) for e in events]
