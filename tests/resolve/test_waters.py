"""Seas and gulfs: a ship attacked at sea was attacked in no country, and a port named beside the sea is the place."""
from __future__ import annotations

from datetime import date

import pytest


def test_the_gulf_is_no_town(gaz):
    loc = gaz.resolve("the Gulf of Aden")
    assert loc is not None and loc.country is None and loc.name == "Gulf of Aden" and loc.lat is not None


def test_the_port_beside_the_sea_is_the_place(gaz):
    loc = gaz.resolve_best(["the Red Sea", "Hodeidah"])
    assert loc is not None and (loc.name, loc.country) == ("Hodeidah", "YE")


@pytest.mark.parametrize(("text", "where"), [
    ("In February, missiles hit a British-owned bulk carrier in the Gulf of Aden, and it sank two weeks later.",
     ("Gulf of Aden", None)),
    ("On Tuesday, protesters blocked the main road in Port Sudan, the capital of Red Sea state.", ("Port Sudan", "SD")),
])
def test_an_attack_at_sea_is_reported_there(pipeline, text, where):
    events = pipeline.extract(text, published=date(2024, 7, 22))
    assert [(e.location.name, e.location.country) for e in events if e.location] == [where]
