"""Short notes that name no town the gazetteer knows but name a national body (a party, its wings, a national
police force), or a site named after its town."""
from __future__ import annotations

from newsevents.resolve.actors import ActorRegistry
from newsevents.resolve.cues import CountryCues
from newsevents.resolve.places_context import article_context, find_address
from newsevents.resolve.places_local import site_town


def test_national_parties_and_forces_are_country_cues():
    cues = CountryCues.load(ActorRegistry.load())
    assert [c.country for c in cues.find("Awami League and BNP activists traded blows over a market lease")] == ["BD"]
    assert [c.country for c in cues.find("Workers of the Aam Aadmi Party blocked the highway")] == ["IN"]
    assert [c.country for c in cues.find("ZANU-PF youths beat an opposition organiser")] == ["ZW"]


def test_a_hyphen_parts_two_named_bodies():
    cues = CountryCues.load(ActorRegistry.load())
    # "SAD-BJP government": two parties joined by a hyphen, each a cue of its own
    assert [c.country for c in cues.find("Farmers marched against the SAD-BJP government over crop prices")] == ["IN"]
    # an all-capitals acronym counts only as written: "sad" is a word
    assert cues.find("a sad day for the farmers who marched") == []


def test_a_party_cue_places_a_note_with_no_known_town(pipeline):
    events = pipeline.extract("Two Jubo League activists were hacked to death by a rival faction after a dispute "
                              "over a ferry lease.")
    assert events and events[0].location is not None and events[0].location.country == "BD", events


def test_a_site_named_after_its_town(gaz):
    assert site_town("Quetta Press Club", gaz) == "Quetta"
    assert site_town("Benghazi Medical Centre", gaz) == "Benghazi"
    # not a site: the name is kept whole or not at all
    assert site_town("Quetta Shura", gaz) is None


def test_a_note_placed_by_the_site_it_names(pipeline):
    events = pipeline.extract("Lawyers protested outside the Peshawar Press Club against the arrest of a colleague.")
    assert events and events[0].location is not None
    assert (events[0].location.country, events[0].location.name) == ("PK", "Peshawar"), events[0].location


def test_a_chain_closed_by_a_named_district_places_an_unknown_village(gaz):
    # the village is in no gazetteer; "Kurram Agency" is a second-level unit and says so
    found = find_address("a mine went off under a pickup in Zarwam, Kurram Agency, wounding a driver", gaz)
    assert found is not None and found.location.country == "PK" and found.location.name == "Zarwam", found


def test_a_province_named_as_a_modifier_is_the_note_s_context(gaz):
    ctx = article_context("Two officers of the North Sinai police were shot dead at a checkpoint south of Rafah.", gaz)
    assert ctx.named == ("EG",) and ctx.admin1 == ("North Sinai",), ctx
    # a unit two countries share says nothing; neither does one named like a big city
    assert article_context("Punjab farmers blocked a highway.", gaz).named == ()
    assert article_context("Moscow officials denied the report.", gaz).named == ()


def test_a_town_two_countries_share_is_in_the_named_province_s_country(pipeline):
    events = pipeline.extract("Two officers of the North Sinai police were shot dead at a checkpoint south of Rafah.")
    assert events and events[0].location is not None and events[0].location.country == "EG", events


def test_a_body_s_country_outranks_a_small_namesake_abroad(pipeline):
    # the gazetteer knows this Dhaka quarter only as the old name of a town in Iran
    events = pipeline.extract("Two Chhatra League activists were stabbed by rivals in Gulshan on Monday night.")
    assert events and events[0].location is not None and events[0].location.country == "BD", events
