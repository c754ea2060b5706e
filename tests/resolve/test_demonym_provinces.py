"""A nationality that is also a province's name ("Somali": Ethiopia's Somali Region) names its country in a brief
that names no place, not that province. Briefs written for this test."""
from __future__ import annotations

from datetime import date


def test_a_nationality_is_not_the_province_named_like_it(pipeline):
    # no town, no group at home in one country: the first capitalised unit name was Ethiopia's Somali Region
    events = pipeline.extract("Gunmen fought the Somali army near a checkpoint overnight, officials said.",
                              published=date(2022, 10, 31))
    assert events
    assert all(e.location is not None and e.location.country == "SO" for e in events)
