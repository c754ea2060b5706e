"""A name the text itself calls a place is a place mention, whatever the model labels it; a group whose members are
named is none. Each rule is shown on a short sentence written for this test."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents.core.geo import great_circle_km
from newsevents.events.roles import place_mentions


def _place(pipeline, text: str):
    events = pipeline.extract(text, published=date(2020, 5, 10))
    assert events, text
    return events[0].location


def _near(loc, lat: float, lon: float, km: float = 15.0) -> bool:
    return loc is not None and loc.lat is not None and great_circle_km(loc.lat, loc.lon, lat, lon) <= km


@pytest.mark.parametrize("text, lat, lon", [
    # the model reads "Tal Tamer" as a person's name; "the countryside of" says it is a place (Tall Tamr)
    ("On 12 October 2019, Turkish-backed fighters shelled farms in the countryside of Tal Tamer in Al-Hasakeh "
     "province.", 36.656, 40.371),
    # "rural" before the name
    ("On 9 May 2020, a landmine left by an unknown group went off in rural Ein Issa in Ar-Raqqa, killing a shepherd.",
     36.386, 38.862),
    # "Busra Esh-Sham" (Bosra): the hyphen does not cut the name in two
    ("On 1 May 2020, a boy was killed when old shells went off in a house in the town of Busra Esh-Sham in the "
     "countryside of Dar'a.", 32.517, 36.482),
])
def test_a_name_the_text_calls_a_place_is_one(pipeline, text, lat, lon):
    loc = _place(pipeline, text)
    assert _near(loc, lat, lon), loc


def test_a_settlement_noun_after_a_name_makes_it_a_place(pipeline):
    # "Al Mayadin", read by the model as a person's name, followed by "desert"
    doc = pipeline.nlp("Two militiamen were found dead in Al Mayadin desert in Deir-ez-Zor countryside.")
    names = [t for t, _ in place_mentions(doc, set(range(len(doc))), 0, pipeline.place_tests)]
    assert "Al Mayadin" in names, names


def test_a_party_among_protesters_is_no_place(pipeline):
    # Svoboda is also a village of Cherkasy Oblast; here it is the party whose members marched
    loc = _place(pipeline, "On 1 May 2020, about 100 shopkeepers, members of National Corps, Svoboda and the city "
                           "mayor protested outside the police headquarters in Cherkasy demanding that markets reopen.")
    assert loc is not None and loc.name == "Cherkasy", loc


def test_two_towns_joined_by_a_hyphen_stay_two_places(pipeline):
    # a border crossing named after the towns on either side, read by the model as one person's name: each town is
    # still a place
    loc = _place(pipeline, "On 23 November 2015, Madhesi activists came under attack from Indian youths in "
                           "Birgunj-Raxaul border point, and five of them were hurt.")
    assert _near(loc, 27.017, 84.880), loc
