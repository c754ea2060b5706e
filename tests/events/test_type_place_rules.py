"""General rules on event type, place, perpetrator and tolls, each shown on a short sentence written for this test."""
from __future__ import annotations

from datetime import date

from newsevents import EventType, GeoPrecision
from newsevents.resolve.article import address


def extract(pipeline, text: str, published: str = "2021-05-04"):
    return pipeline.extract(text, published=date.fromisoformat(published))


def types(events) -> set[EventType]:
    return {e.event_type for e in events}


# -- event type ------------------------------------------------------------------------------------------

def test_counted_observed_explosions_are_shelling(pipeline):
    text = "On 2 May 2021, monitors observed a total of 14 explosions near Avdiivka, Donetsk."
    assert types(extract(pipeline, text)) == {EventType.REMOTE_VIOLENCE}


def test_a_single_bomb_explosion_stays_a_bombing(pipeline):
    text = "On 2 May 2021, a bomb explosion killed three people at a market in Kandahar."
    assert EventType.BOMBING in types(extract(pipeline, text))


def test_small_arms_fire_is_a_clash(pipeline):
    text = "On 2 May 2021, rebel forces fired mortars and small arms at army positions near Horlivka, Donetsk."
    assert types(extract(pipeline, text)) == {EventType.BATTLE}


def test_shoot_out_is_a_clash(pipeline):
    text = "On 3 May 2021, a shoot-out between police and traffickers broke out in Manaus, Amazonas."
    assert types(extract(pipeline, text)) == {EventType.BATTLE}


def test_exchange_of_fire_is_a_clash(pipeline):
    text = "On 3 May 2021, soldiers exchanged fire with bandits near Gusau, Zamfara."
    assert EventType.BATTLE in types(extract(pipeline, text))


def test_rape_is_violence_against_civilians(pipeline):
    text = "On 1 May 2021, two women were raped by armed men near Bunia, Ituri."
    assert types(extract(pipeline, text)) == {EventType.VIOLENCE_AGAINST_CIVILIANS}


def test_generic_killing_by_an_armed_group_is_an_armed_assault(pipeline):
    text = "On 1 May 2021, Taliban militants killed three policemen in Ghazni city."
    assert types(extract(pipeline, text)) == {EventType.ARMED_ASSAULT}


def test_generic_killing_by_a_relative_stays_violence_against_civilians(pipeline):
    text = "On 1 May 2021, a woman was killed in Lahore."
    assert types(extract(pipeline, text)) == {EventType.VIOLENCE_AGAINST_CIVILIANS}


# -- perpetrators ---------------------------------------------------------------------------------------

def test_gunmen_trigger_names_the_perpetrator(pipeline):
    text = "On Monday, in Mosul, Ninawa, Iraq, unknown gunmen with pistols shot and killed a shopkeeper."
    [ev] = extract(pipeline, text, "2021-05-03")
    assert any("gunmen" in p.name for p in ev.perpetrators)


# -- places ---------------------------------------------------------------------------------------------

def test_address_chain_locality_unknown_to_the_gazetteer(pipeline):
    loc = address("On Monday, in Zorbatiya Qadim, Wasit, Iraq, a bomb went off.", pipeline.resolvers.gazetteer)
    assert loc is not None and loc.name == "Zorbatiya Qadim" and loc.country == "IQ"
    assert loc.precision is GeoPrecision.ADMIN1 and loc.lat is not None


def test_address_chain_locality_known_to_the_gazetteer(pipeline):
    loc = address("Gunmen attacked a bus in Lemery, Batangas, Philippines.", pipeline.resolvers.gazetteer)
    assert loc is not None and loc.name == "Lemery" and loc.precision is GeoPrecision.CITY


def test_address_chain_without_country(pipeline):
    loc = address("an airstrike hit a house in Kohistan district, Badakhshan.", pipeline.resolvers.gazetteer)
    assert loc is not None and loc.country == "AF" and loc.name == "Kohistan"


def test_event_takes_the_address_locality_not_the_province(pipeline):
    text = "On Monday, in Zorbatiya Qadim, Wasit, Iraq, a roadside bomb wounded two farmers."
    [ev] = extract(pipeline, text, "2021-05-03")
    assert ev.location.name == "Zorbatiya Qadim" and ev.location.country == "IQ"


def test_no_address_without_a_region():
    from newsevents.resolve.places_context import _CHAIN
    assert _CHAIN.search("the meeting was calm and nobody came") is None


# -- tolls ----------------------------------------------------------------------------------------------

def test_one_incident_article_takes_the_toll_of_a_later_sentence(pipeline):
    text = ("On Monday, gunmen opened fire on a checkpoint in Baquba, Diyala, Iraq. "
            "Four soldiers died and two more were hurt, officials told reporters.")
    [ev] = extract(pipeline, text, "2021-05-03")
    assert ev.fatalities is not None and ev.fatalities.count == 4


def test_coordinated_casualty_verbs_report_one_bombing(pipeline):
    text = "Two men were killed and four were wounded when a car bomb went off near a bakery in Kirkuk, Kirkuk, Iraq."
    events = extract(pipeline, text, "2021-05-03")
    assert [e.event_type for e in events] == [EventType.BOMBING]
    assert events[0].fatalities.count == 2


def test_suspected_group_unknown_to_the_registry_becomes_perpetrator(pipeline):
    text = ("On Monday, in Ukhrul, Manipur, India, unidentified militants shot and killed a trader. No group claimed "
            "responsibility, but it was suspected that Hill Tiger Legion militants were responsible.")
    [ev] = extract(pipeline, text, "2021-05-03")
    assert any("Hill Tiger Legion" in p.name for p in ev.perpetrators)
    assert not ev.claimed_by


def test_road_blockade_is_a_protest(pipeline):
    text = "On 5 May 2021, in Oruro, Bolivia, miners blocked the highway demanding higher wages."
    assert EventType.PROTEST in types(extract(pipeline, text))


def test_one_incident_with_an_undated_clause_takes_the_articles_first_day(pipeline):
    text = ("On 6 May 2021, police officers opened fired at a crowd in Sylhet district, killing one man and "
            "injuring two others.")
    [ev] = pipeline.extract(text, published=None)
    assert ev.date.start == date(2021, 5, 6)
