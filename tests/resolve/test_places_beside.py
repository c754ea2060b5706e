"""Which of several namesakes a text means, read from the other names beside it: a village known in one place only
("Arnissa of Pella"), or the district an address chain names ("Mora village (Surat, Gujarat)")."""
from __future__ import annotations

from newsevents.core.enums import GeoPrecision
from newsevents.core.geo import great_circle_km
from newsevents.resolve.places_context import find_address


def _near(loc, lat: float, lon: float, km: float = 25.0) -> bool:
    return loc is not None and loc.lat is not None and great_circle_km(loc.lat, loc.lon, lat, lon) <= km


def test_a_village_known_in_one_country_picks_the_namesake_beside_it(gaz):
    # Pella in Iowa is larger than Pella in Greek Macedonia, but Arnissa lies only beside the Greek one
    loc = gaz.resolve_best(["Arnissa", "Pella"])
    assert loc is not None and loc.country == "GR" and _near(loc, 40.80, 21.84), loc


def test_a_large_city_keeps_its_reading(gaz):
    # a village known only in Greece does not move a capital city to a Greek namesake
    loc = gaz.resolve_best(["Kabul", "Arnissa"])
    assert loc is not None and loc.country == "AF", loc


def test_the_district_of_an_address_chain_picks_the_village_inside_it(gaz):
    # Gujarat has a Mora beside Surat and Bilimora (also written Mora) in Navsari district
    found = find_address("On 9 May 2020, migrant workers threw stones at police at Mora village (Surat, Gujarat) "
                         "demanding trains home.", gaz, ["IN"])
    assert found is not None and found.location.precision is GeoPrecision.CITY
    assert _near(found.location, 21.18, 72.66), found.location


def test_a_province_named_like_its_seat_picks_the_namesake_nearest_the_seat(gaz):
    # Donetsk Oblast has a Vesele of 2,900 people in its north and one of 569 beside Donetsk city
    found = find_address("On 28 April 2020, government forces fired grenade launchers at rebel positions in the area "
                         "of Vesele, Donetsk.", gaz, ["UA"])
    assert found is not None and found.location.precision is GeoPrecision.CITY
    assert _near(found.location, 48.06, 37.73), found.location
