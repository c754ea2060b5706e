"""Address chains and lists that steer a place choice: a unit named by a common word ("San Lorenzo (Central)"), a
town named by one ("Colon (Colon)"), the first town of a list that closes on a chain, a town the gazetteer spells otherwise with no
province named."""
from __future__ import annotations

import pytest

from newsevents.core.enums import GeoPrecision
from newsevents.resolve.places_context import find_address, locative_names


@pytest.mark.parametrize("sentence,country,name", [
    # a common word closing a bracket is a unit ("Central", a department of Paraguay)
    ("Bus drivers went on strike in San Lorenzo (Central) over unpaid wages.", "PY", "San Lorenzo"),
    # a town named by a common word, inside its namesake province
    ("Dock workers blocked the port road in Colon (Colon) demanding relief payments.", "PA", "Col"),
    # a list closing on a chain: its first town
    ("Police seized cannabis in the towns of Mandaguari and Perola, Parana, on Monday.", "BR", "Mandaguari"),
    # no list before the chain: its own town
    ("Police seized cannabis in Perola, Parana, on Monday.", "BR", "P"),
])
def test_chains_that_close_on_a_common_word_or_a_list(gaz, sentence, country, name):
    found = find_address(sentence, gaz)
    assert found is not None and found.location.country == country and found.location.name.startswith(name)
    assert found.location.precision is GeoPrecision.CITY


def test_a_unit_word_after_a_name_is_not_read_as_a_linking_particle():
    text = "Hundreds of migrants gathered in La Guajira department before crossing back over the border."
    assert locative_names(text) == ["La Guajira"]
    assert locative_names("The derby was played in Rio de Janeiro.") == ["Rio de Janeiro"]


def test_a_sizeable_town_spelt_otherwise_is_found_in_the_articles_countries(gaz):
    loc = gaz.resolve_best(["Qalqiliyah"], countries=["IL", "PS"])
    assert loc is not None and loc.country == "PS" and loc.admin1 is not None


def test_a_name_known_elsewhere_is_not_read_as_a_variant(gaz):
    loc = gaz.resolve_best(["Francisco"], countries=["SV", "US"])    # a first name, and a village in Cuba
    assert loc is None or loc.country not in ("SV", "US")
