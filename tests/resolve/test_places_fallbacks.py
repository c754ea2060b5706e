"""Places the gazetteer knows under another spelling or behind other words, and what a note's unit words say."""
from __future__ import annotations

from datetime import date

from newsevents.core.enums import GeoPrecision
from newsevents.core.geo import great_circle_km
from newsevents.resolve.places_context import article_context, find_address, unit_word_countries
from newsevents.resolve.places_mention import loose_keys


def _near(loc, lat: float, lon: float, km: float = 25.0) -> bool:
    return loc is not None and loc.lat is not None and great_circle_km(loc.lat, loc.lon, lat, lon) <= km


# ---------------------------------------------------------------- address chains

def test_a_state_holds_the_town_before_a_municipality_named_like_the_state(gaz):
    # Tocantins is a Brazilian state and also a municipality of Minas Gerais, which has its own Riachinho
    found = find_address("On Friday, in Riachinho, Tocantins, a farmer was shot dead.", gaz)
    assert found is not None and found.region.precision is GeoPrecision.ADMIN1
    assert found.location.admin1 == "Tocantins" and _near(found.location, -6.44, -48.14)


def test_an_ampersand_abbreviation_closes_a_chain(gaz):
    found = find_address("Troops traded fire at a post in the Poonch district, J&K, on Monday.", gaz)
    assert found is not None and found.location.country == "IN"
    assert found.location.admin1 == "Jammu and Kashmir"


def test_the_place_an_office_is_of(gaz):
    found = find_address("Gunmen shot the Divisional Police Officer of Faskari LGA (Katsina) on Monday.", gaz)
    assert found is not None and found.exact and found.location.name == "Faskari"
    assert found.location.country == "NG"


def test_municipality_of_names_the_municipality(gaz):
    found = find_address("In the Municipality of Fresnillo, Zacatecas, two men were shot dead.", gaz)
    assert found is not None and found.location.name == "Fresnillo" and _near(found.location, 23.17, -102.87, 30)


def test_a_town_spelt_differently_within_the_named_state(gaz):
    # the gazetteer spells it San Andres Tuxtla
    found = find_address("On Sunday, in San Andres de Tuxtla, Veracruz, a trader was killed.", gaz)
    assert found is not None and found.exact and _near(found.location, 18.45, -95.21)


def test_no_spelling_guess_without_a_close_name(gaz):
    found = find_address("On Sunday, in Xqzwvlor Bajo, Veracruz, a trader was killed.", gaz)
    assert found is not None and not found.exact


# ---------------------------------------------------------------- mentions

def test_an_arabic_article_is_added_as_spoken(gaz):
    assert "ad durayhimi" in loose_keys("durayhimi") and "ash shihr" in loose_keys("shihr")
    loc = gaz.resolve("Durayhimi district", countries=["YE"])
    assert loc is not None and loc.country == "YE" and loc.admin1 == "Al Hudaydah"


def test_a_unit_word_is_peeled_before_a_direction_word(gaz):
    loc = gaz.resolve("North Waziristan Agency", countries=["PK"])
    assert loc is not None and loc.name == "North Waziristan" and loc.precision is GeoPrecision.DISTRICT


def test_a_reporting_acronym_of_a_province(gaz):
    loc = gaz.resolve("KPK", countries=["PK"])
    assert loc is not None and loc.admin1 == "Khyber Pakhtunkhwa" and loc.precision is GeoPrecision.ADMIN1


# ---------------------------------------------------------------- unit words of one country

def test_unit_words_of_one_country():
    assert unit_word_countries("A farmer was hacked to death in Singra Upazila on Monday.") == ["BD"]
    assert unit_word_countries("Rangers were shot near tambon Talo Mano.") == ["TH"]
    assert unit_word_countries("Police dispersed a crowd in the district town.") == []


def test_a_unit_word_names_the_article_country(gaz):
    ctx = article_context("Two men were hacked to death at a village in Singra upazila on Sunday.", gaz)
    assert ctx.countries == ("BD",)


def test_a_note_in_an_unknown_upazila_is_placed_in_its_country(pipeline):
    events = pipeline.extract("Two farmers were hacked to death at Xqzwv village in Yqzrt upazila on Sunday.",
                              published=date(2015, 6, 1))
    assert events and events[0].location is not None and events[0].location.country == "BD"


def test_countries_the_article_names_keep_out_a_small_namesake_abroad(gaz):
    # Spain has a village Singra; the Bangladeshi upazila is not in the index
    assert gaz.countries_in(["Singra"]) == ["ES"]
    assert gaz.countries_in(["Singra"], prior=("BD",)) == []
    assert gaz.countries_in(["Singra", "Kabul"], prior=("BD",)) == ["AF"]
