"""Who a claim or an attribution names: a group, never the place the sentence is set in. Shown on sentences written
for this test."""
from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize("text", [
    "A last blast went off in the Dematagoda area of Colombo as police raided a flat linked to the bombers, killing "
    "three officers.",
    "On Sunday a grenade exploded in the Dematagoda area of Colombo while police searched a flat linked to the "
    "suspects, killing two officers.",
])
def test_a_place_the_model_takes_for_an_organisation_is_not_the_attack_s_author(pipeline, text):
    # "linked to" attributes the attack to the nearest group named before it: the area and the city are places
    events = pipeline.extract(text, published=date(2019, 4, 22))
    assert events
    named = {p.name.lower() for e in events for p in e.perpetrators} | {
        a.actor.lower() for e in events for a in e.attributed_by}
    assert not named & {"dematagoda", "colombo"}
