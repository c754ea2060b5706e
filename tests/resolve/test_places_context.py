"""Article-level place context: address chains, their regions, and how they steer an event's place."""
from __future__ import annotations

from datetime import date


from newsevents.core.enums import GeoPrecision
from newsevents.resolve.places_context import article_context, find_address, locative_names
from newsevents.resolve.places_text import surface_name



def _one(pipeline, text: str, published: str = "2020-05-04"):
    events = pipeline.extract(text, published=date.fromisoformat(published))
    assert events, text
    return events[0]


# ---------------------------------------------------------------- context of an article

def test_chain_tail_names_the_article_country_and_province(gaz):
    ctx = article_context("Gunmen shot a trader in Kot Sabzal, Helmand, on Sunday.", gaz)
    assert ctx.countries == ("AF",) and ctx.admin1 == ("Helmand",)


def test_parenthesised_chain_names_a_second_level_unit(gaz):
    ctx = article_context("Soldiers raided a market in Kelbo (Koutougou, Soum) at dawn.", gaz)
    assert ctx.countries == ("BF",)


def test_province_is_not_read_as_its_namesake_town(gaz):
    found = find_address("Residents blocked a road in Feira Velha, Bahia, on Monday.", gaz)
    assert found is not None and found.region.precision is GeoPrecision.ADMIN1 and found.region.country == "BR"


def test_a_list_of_people_is_not_a_chain(gaz):
    assert article_context("Police said Smith, Jones and Brown were held.", gaz).countries == ()
    assert find_address("Police said Smith, Jones and Brown were held.", gaz) is None


def test_a_sentence_opening_word_is_not_a_locality(gaz):
    assert find_address("Now, U.S. officials say the group was behind it.", gaz) is None


def test_same_named_province_is_the_one_holding_the_town(gaz):
    found = find_address("Farmers protested in Ludhiana city (Punjab) on Friday.", gaz)
    assert found is not None and found.location.country == "IN" and found.exact


def test_demonyms_give_soft_country_context(gaz):
    assert article_context("Two Thai rangers were hurt when a bomb went off.", gaz).named == ("TH",)


def test_locative_names_follow_a_locative_word():
    assert locative_names("The blast occurred in Thessaloniki. Smith said nothing.") == ["Thessaloniki"]


def test_surface_name_keeps_the_spelling_of_the_text():
    assert surface_name("in northern Konduz province", "konduz") == "Konduz"
    assert surface_name("Herat", "kabul") is None


# ---------------------------------------------------------------- address chains

def test_town_before_the_province_is_the_locality_of_a_comma_chain(gaz):
    found = find_address("Militants burnt a school in Chak 14, Dera Bugti, Balochistan, Pakistan.", gaz)
    assert found is not None and found.location.name == "Dera Bugti" and found.location.country == "PK"


def test_sub_unit_named_before_the_chain_gives_way_to_the_unit(gaz):
    found = find_address("A blast hit a gas pipeline in Sui tehsil of Dera Bugti, Balochistan.", gaz)
    assert found is not None and found.location.name == "Dera Bugti"


def test_locality_before_in_joins_the_chain(gaz):
    found = find_address("Gunmen abducted a teacher in Barawe in Shabeellaha Hoose, Somalia.", gaz)
    assert found is not None and found.location.country == "SO" and found.location.name == "Barawe"


def test_unknown_locality_keeps_its_name_without_the_unit_word(gaz):
    found = find_address("An IED hit a car in Qarya Zzyzx district, Helmand.", gaz)
    assert found is not None and not found.exact
    assert found.location.name == "Qarya Zzyzx" and found.location.country == "AF"


# ---------------------------------------------------------------- resolve_best with article context

def test_region_rules_out_a_small_namesake_abroad(gaz):
    # "Dara" alone is a Syrian town; an article whose chains are Afghan never means it
    assert gaz.resolve_best(["Dara"]).country == "SY"
    assert gaz.resolve_best(["Dara"], region=["AF"], admin1=["Samangan"]) is None


def test_a_real_town_beats_a_country_named_for_something_else(gaz):
    loc = gaz.resolve_best(["US", "Beirut"])
    assert loc.country == "LB" and loc.precision is GeoPrecision.CITY


def test_resolve_country_by_code(gaz):
    loc = gaz.resolve_country("th")
    assert loc.country == "TH" and loc.precision is GeoPrecision.COUNTRY


# ---------------------------------------------------------------- events

def test_event_in_a_village_abroad_by_name_stays_in_the_chain_country(pipeline):
    # "Chora" alone is a Greek island town; "Urozgan" is a spelling of Uruzgan, read as such in an Afghan text
    ev = _one(pipeline, "On 3 May 2020, Taliban militants attacked an Afghan police checkpoint in Chora district, "
                        "Urozgan, killing two policemen.")
    assert ev.location is not None and ev.location.country == "AF"


def test_event_whose_clause_names_no_place_takes_the_article_place(pipeline):
    text = ("On 4 May 2020, unidentified arsonists set fire to a car belonging to a local official. "
            "The incident occurred in Thessaloniki.")
    ev = _one(pipeline, text)
    assert ev.location is not None and ev.location.country == "GR"


def test_event_with_only_a_demonym_gets_the_country(pipeline):
    ev = _one(pipeline, "On 4 May 2020, a Thai ranger was shot dead by two men on a motorcycle.")
    assert ev.location is not None and ev.location.country == "TH"
    assert ev.location.precision is GeoPrecision.COUNTRY


def test_a_demonym_after_a_chain_opens_the_next_clause_and_is_no_country(gaz):
    found = find_address("Chasing militants near Bardera in Gedo region, Kenyan jets bombed a camp.", gaz)
    assert found is not None and found.location.country == "SO", found
    assert not gaz.is_demonym("Somali")          # also the Somali Region of Ethiopia: a place, not only a people
    assert gaz.is_demonym("Kenyan") and not gaz.is_demonym("Kenya")
