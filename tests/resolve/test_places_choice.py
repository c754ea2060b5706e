"""Choosing among the places the gazetteer has: the unit an address chain names vouches for a village inside it, a
unit word makes a name a name, a district stands at its seat, and a province's side stands off its seat."""
from __future__ import annotations

from newsevents.core.enums import GeoPrecision
from newsevents.core.geo import great_circle_km
from newsevents.resolve.places_context import find_address
from newsevents.resolve.places_local import with_unit_words
from newsevents.resolve.places_side import province_side


def test_a_capitalised_subject_after_the_chain_is_not_a_link(gaz):
    found = find_address("On Monday, in Sao Goncalo, Rio de Janeiro, Civil Police agents searched a warehouse.", gaz)
    assert found is not None and found.exact
    assert found.location.country == "BR" and found.location.admin1 == "Rio de Janeiro"


def test_sector_and_taluka_close_a_bracketed_chain(gaz):
    sector = find_address("Troops traded fire across the border in Sunderbani sector area (Rajouri district, J&K).", gaz)
    assert sector is not None and sector.exact and sector.location.name == "Sunderbani"
    taluka = find_address("Police beat a grocer in Nimbahera taluka (Chittorgarh, Rajasthan) on Friday.", gaz)
    assert taluka is not None and taluka.exact and taluka.location.admin1 == "Rajasthan"
    assert great_circle_km(taluka.location.lat, taluka.location.lon, 24.62, 74.68) < 5


def test_a_dictionary_word_is_a_town_inside_the_unit_its_chain_names(gaz):
    dire = find_address("Gunmen raided the gendarmerie in Dire (Dire, Tombouctou) before dawn.", gaz)
    assert dire is not None and dire.exact and dire.location.country == "ML"
    assert great_circle_km(dire.location.lat, dire.location.lon, 16.26, -3.40) < 10
    hays = find_address("Snipers fired on houses in Hays (Hays, Al Hudaydah) on Tuesday.", gaz)
    assert hays is not None and hays.exact and hays.location.admin1 == "Al Hudaydah"
    assert great_circle_km(hays.location.lat, hays.location.lon, 13.93, 43.48) < 10


def test_a_small_namesake_is_read_again_inside_the_province_the_text_names(gaz):
    loc = gaz.resolve_best(["Maden", "Elazig"], countries=["TR"])
    assert loc is not None and loc.admin1 == "Elazığ" and loc.precision is GeoPrecision.CITY


def test_a_unit_word_makes_a_dictionary_word_a_name(gaz):
    loc = gaz.resolve("Samba sector", countries=["IN"])
    assert loc is not None and loc.country == "IN" and loc.admin1 == "Jammu and Kashmir"
    assert gaz.resolve("Hat") is None                  # the bare word stays a word
    assert gaz.resolve("Hat district", countries=["YE"]).admin1 == "Al Mahrah"


def test_mentions_take_the_unit_word_written_after_them(gaz):
    text = "Bombs went off in Chunarughat upazila and in Poonch District on the same night."
    got = with_unit_words([("Chunarughat", 18), ("Poonch", 50)], text, gaz)
    assert got[0] == ("Chunarughat upazila", 18)
    assert got[1] == ("Poonch", 50)                    # "Poonch District" names one unit only: left as written


def test_a_named_district_stands_at_its_namesake_seat(gaz):
    loc = gaz.resolve("Sivaganga district", countries=["IN"])
    assert loc is not None and loc.precision is GeoPrecision.DISTRICT
    assert great_circle_km(loc.lat, loc.lon, 9.85, 78.48) < 5          # the seat, not the district's largest town


def test_a_town_named_inside_the_district_of_a_chain_is_nearer(gaz):
    found = find_address("A mine killed a farmer in Tin Ma village, Kyauktaw Township, Mrauk-U District, "
                         "Rakhine State, on Monday.", gaz)
    assert found is not None and found.location.precision is GeoPrecision.CITY
    assert great_circle_km(found.location.lat, found.location.lon, 20.84, 92.98) < 5


def test_the_side_of_a_province_moves_its_seat_that_way(gaz):
    seat = gaz.resolve("Idleb", countries=["SY"])
    sentence = "Artillery hit a village in the southern countryside of Idleb on Sunday."
    south = province_side(seat, sentence, gaz)
    assert south is not None and south.qualifier == "south" and south.precision is GeoPrecision.ADMIN1
    assert south.lat < seat.lat - 0.15
    north = province_side(seat, "Artillery hit a village in rural northern Idleb.", gaz)
    assert north is not None and north.lat > south.lat


def test_a_side_of_a_town_or_no_side_leaves_the_place(gaz):
    seat = gaz.resolve("Idleb", countries=["SY"])
    assert province_side(seat, "Artillery hit Idleb on Sunday.", gaz) is None
    town = gaz.resolve("Ariha", countries=["SY"])
    assert province_side(town, "Artillery hit Ariha in the southern countryside of Idleb.", gaz) is None
    west = province_side(gaz.resolve("western Anbar", countries=["IQ"]), "Troops moved in western Anbar.", gaz)
    anbar = gaz.resolve("Anbar", countries=["IQ"])
    assert west is not None and west.lon < anbar.lon - 1.0


def test_a_country_stands_at_its_capital(gaz):
    saudi = gaz.resolve("Saudi Arabia")
    assert saudi is not None and saudi.precision is GeoPrecision.COUNTRY
    assert great_circle_km(saudi.lat, saudi.lon, 24.69, 46.72) < 25        # Riyadh, not the middle of the desert


def test_a_front_line_mission_puts_an_unknown_village_in_its_province(gaz):
    from newsevents.resolve.article_places import cue_province
    from newsevents.resolve.cues import Cue

    mission = [Cue("UA", ("Donetsk", "Luhansk"))]
    far = gaz.resolve("Lozove", countries=["UA"])
    assert far is not None and far.admin1 not in ("Donetsk Oblast", "Luhansk Oblast")
    moved = cue_province(far, mission, gaz)
    assert moved is not None and moved.admin1 == "Donetsk Oblast" and moved.name == far.name
    assert cue_province(gaz.resolve("Ukraine"), mission, gaz).admin1 == "Donetsk Oblast"
    inside = gaz.resolve("Avdiivka", countries=["UA"])
    assert inside.admin1 == "Donetsk Oblast" and cue_province(inside, mission, gaz) is None
    assert cue_province(far, [Cue("UA")], gaz) is None                     # a body with no front: left alone
