"""Same-name places: acronyms, ezafe compounds, the article's leading country, units the index has no point for,
and coder-note chains whose last link is both a country and a state."""
from __future__ import annotations

import pytest

from newsevents.core.enums import GeoPrecision
from newsevents.resolve.places_context import find_address



# ---------------------------------------------------------------- acronyms

@pytest.mark.parametrize("text", ["JWS", "NGO", "JUI-F"])
def test_upper_case_short_word_is_an_acronym_not_a_village(gaz, text):
    assert gaz.resolve(text) is None
    assert not gaz.is_known_place(text)


def test_acronym_of_a_country_still_names_it(gaz):
    assert gaz.resolve("UK").country == "GB"
    assert gaz.resolve("DRC").country == "CD"


def test_the_same_word_written_as_a_name_is_still_a_town(gaz):
    loc = gaz.resolve("Ngo", countries=["CG"])
    assert loc is not None and loc.country == "CG"


# ---------------------------------------------------------------- ezafe compounds

def test_ezafe_compound_is_never_read_as_its_first_part(gaz):
    # an unknown Kabul quarter must not fall back to a hamlet called "Dasht" in Iran or Armenia
    assert gaz.resolve("Dasht-e-Barchi") is None


@pytest.mark.parametrize("text", ["Mazar-i-Sharif", "Mazar-e-Sharif", "Mazar-e Sharif"])
def test_ezafe_spellings_reach_the_same_city(gaz, text):
    loc = gaz.resolve(text)
    assert loc.country == "AF" and loc.admin1 == "Balkh"


def test_a_hyphenated_quarter_still_falls_back_to_its_city(gaz):
    loc = gaz.resolve("Beirut-Saifi")
    assert loc.country == "LB" and loc.precision is GeoPrecision.CITY


# ---------------------------------------------------------------- the article's leading country

def test_small_namesake_abroad_does_not_join_the_article_countries(gaz):
    assert gaz.countries_in(["Kabul", "Dasht", "Herat"]) == ["AF"]
    assert gaz.countries_in(["Istanbul", "Reina"]) == ["TR"]


def test_venue_name_loses_to_the_city_of_the_leading_country(gaz):
    # "a gunman fired at the Reina nightclub in Istanbul": Reina is a village in Israel, the club is in Istanbul
    loc = gaz.resolve_best(["Reina", "Istanbul"], countries=gaz.countries_in(["Reina", "Istanbul"]))
    assert loc.country == "TR" and loc.name == "Istanbul"


# ---------------------------------------------------------------- units with no coordinates

def test_unit_without_a_point_borrows_its_namesake_town_or_province(gaz):
    loc = gaz.resolve("Maruf district", countries=["AF"])
    assert loc.precision is GeoPrecision.DISTRICT and loc.admin1 == "Kandahar"
    assert loc.lat is not None and loc.lon is not None


# ---------------------------------------------------------------- coder-note chains

def test_chain_ending_in_a_state_named_like_a_country(gaz):
    # Niger State (Nigeria) holds the LGA, the Republic of Niger does not
    found = find_address("Youths protested in Kagara (Rafi LGA, Niger) over insecurity.", gaz)
    assert found.location.country == "NG" and found.location.admin1 == "Niger"


def test_country_named_in_the_chain_keeps_its_own_places(gaz):
    found = find_address("Soldiers were attacked near Niamey, Niger, on Friday.", gaz)
    assert found.location.country == "NE"


def test_brackets_after_a_country_name_hold_the_district(gaz):
    found = find_address("Shells hit a farm in western Yemen (Ad Durayhimi, Al Hudaydah) on Monday.", gaz)
    assert found.location.country == "YE" and found.location.admin1 == "Al Hudaydah"
    assert found.location.precision is not GeoPrecision.COUNTRY
