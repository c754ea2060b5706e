"""A sentence that tells of two incidents: a relative clause ("in which a gunman killed ...") belongs to the noun it
describes even when the parse hangs it on the sentence's verb, and a day of mourning dates no attack. Sentences
written for these tests."""
from __future__ import annotations

from datetime import date


def test_a_which_clause_is_the_act_of_the_noun_it_follows(pipeline):
    events = pipeline.extract(
        "Police said on Wednesday that the bombings were carried out in retaliation for the mosque shootings in "
        "Christchurch, New Zealand, last month, in which a gunman killed 51 worshippers at two mosques.",
        published=date(2019, 4, 24))
    nz = [e for e in events if e.location is not None and e.location.country == "NZ"]
    assert nz and all(e.event_type.value == "armed_assault" for e in nz)
    assert any(e.fatalities is not None and e.fatalities.count == 51 for e in nz)


def test_a_day_of_mourning_does_not_date_the_bombing(pipeline):
    text = ("COLOMBO - Suicide bombers struck three churches in Sri Lanka on Sunday morning, killing more than 250 "
            "people.\n\nThe country observed a day of national mourning on Tuesday, falling silent at the hour the "
            "first bomb exploded.")
    events = pipeline.extract(text, published=date(2019, 4, 23))
    bombings = [e for e in events if e.event_type.value == "bombing"]
    assert bombings
    assert all(e.date is not None and e.date.start == date(2019, 4, 21) for e in bombings)
