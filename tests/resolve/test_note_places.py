"""Coder's notes that name no place the gazetteer knows well: country cues, the note's own day, unit spellings."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType
from newsevents.resolve.actors import ActorRegistry
from newsevents.resolve.cues import CountryCues
from newsevents.resolve.places_context import find_address, locative_names


def test_a_monitoring_mission_names_the_country_and_its_provinces(pipeline):
    note = "On 14 February 2021, the OSCE SMM recorded 30 explosions near Vasylivka."
    events = pipeline.extract(note, published=date(2021, 2, 16))
    assert events and events[0].location is not None
    loc = events[0].location
    # Vasylivka is a town of 12,000 in Zaporizhzhia too; the mission's reports of fighting come from Donbas
    assert (loc.country, loc.admin1) == ("UA", "Donetsk Oblast"), loc


def test_a_group_at_home_in_one_country_names_it_when_no_place_does(pipeline):
    events = pipeline.extract("On 3 June 2021, Houthi forces shelled the hills around the old dam. No casualties "
                              "were reported.", published=date(2021, 6, 5))
    assert events and events[0].location is not None and events[0].location.country == "YE"


def test_cues_follow_the_registry_and_the_mission_list():
    cues = CountryCues.load(ActorRegistry.load())
    assert [c.country for c in cues.find("GNA units fired on LNA positions; the UNSMIL envoy called for calm")] == ["LY"]
    assert cues.find("a bus crashed on a mountain road") == []
    # an acronym of the case-sensitive kind counts only in mixed-case text
    assert cues.find("THE SMM REPORTED SHOTS", upper=True) == []


def test_a_dated_note_with_no_violent_word_is_kept_as_other(pipeline):
    note = "On 12 March 2021, Turkish engineers inspected the outposts around Atarib in Aleppo."
    events = pipeline.extract(note, published=date(2021, 3, 14))
    assert len(events) == 1, events
    e = events[0]
    assert e.event_type is EventType.OTHER
    assert e.date.start == date(2021, 3, 12)
    assert e.location is not None and e.location.country == "SY"
    assert e.evidence and e.evidence[0].text.startswith("On 12 March 2021")


def test_a_short_text_that_opens_with_no_day_stays_eventless(pipeline):
    assert pipeline.extract("Turkish engineers inspected the outposts around Atarib in Aleppo.",
                            published=date(2021, 3, 14)) == []


def test_a_currency_is_not_the_place(pipeline):
    note = ("On 2 March 2021, protesters angry at the rise of the US dollar against the Lebanese pound "
            "burned tyres and blocked the main road in Jounieh.")
    events = pipeline.extract(note, published=date(2021, 3, 3))
    assert events and events[0].location is not None and events[0].location.country == "LB", events[0].location


def test_a_note_naming_only_a_province_without_a_locative_word(pipeline):
    note = "On 9 June 2021, the body of a shepherd shot in the head was found in rural Deir-ez-Zor."
    events = pipeline.extract(note, published=date(2021, 6, 10))
    assert events and events[0].location is not None
    assert events[0].location.country == "SY" and events[0].location.admin1 == "Dayr az Zawr", events[0].location


def test_reporting_spellings_of_provinces(gaz):
    for text, iso2, unit in (("Lower Shabelle", "SO", "Shabeellaha Hoose"), ("Idleb", "SY", "Idlib"),
                             ("Saladin", "IQ", "Salah Al-Din"), ("Almargeb", "LY", "Al Marqab")):
        units = gaz.units(text)
        assert units and (units[0].country, units[0].admin1) == (iso2, unit), (text, units[:1])


def test_a_possessive_city_is_the_place_of_its_quarter():
    assert locative_names("protesters gathered in Beirut's Hamra district at noon") == ["Beirut"]


def test_a_full_stop_ends_an_address_chain(gaz):
    found = find_address("Police killed a suspect in Zaragoza, Nueva Ecija. Police said he was armed.", gaz)
    assert found is not None and found.location.country == "PH" and found.location.name == "Zaragoza"


def test_a_wire_brief_opening_with_a_weekday_is_no_coded_note(pipeline):
    brief = "On Tuesday, parliament in Baghdad passed the budget after weeks of delay."
    assert pipeline.extract(brief, published=date(2021, 3, 17)) == []


def test_a_coded_note_with_no_trigger_keeps_its_toll(pipeline):
    note = "On 4 June 2021, the remains of two men were left beside the road to Celaya, Guanajuato. 2 fatalities."
    events = pipeline.extract(note, published=date(2021, 6, 6))
    assert len(events) == 1 and events[0].fatalities is not None and events[0].fatalities.count == 2, events


def test_a_claim_on_its_own_in_a_brief_goes_to_the_brief_s_attack(pipeline):
    brief = ("Gunmen stormed a checkpoint in Kidal, killing three soldiers. Hours later a roadside bomb wounded two "
             "civilians near Gao. Ansar Dine claimed responsibility.")
    events = {e.event_type.value: e for e in pipeline.extract(brief, published=date(2013, 5, 20))}
    assert set(events) == {"armed_assault", "bombing"}, events
    assert events["armed_assault"].claimed_by == ("Ansar Dine",) and not events["bombing"].claimed_by


def test_a_protest_that_names_no_one_is_the_crowd_s(pipeline):
    events = pipeline.extract("On 5 May 2021, hundreds marched through central Asuncion against the fuel price rise.",
                              published=date(2021, 5, 6))
    protest = next(e for e in events if e.event_type is EventType.PROTEST)
    assert [(a.name, a.canonical) for a in protest.perpetrators] == [("protesters", None)]


def test_a_full_article_leaves_an_unnamed_crowd_open(pipeline):
    text = ("Hundreds marched through central Asuncion on Tuesday against the fuel price rise, waving flags and "
            "chanting outside the finance ministry until late in the evening.\n"
            + "Shopkeepers along the route closed early, and buses were diverted around the city centre for most of "
              "the afternoon while the police watched from side streets. " * 10)
    assert len(text) > 1500
    events = pipeline.extract(text, published=date(2021, 5, 6))
    protest = next(e for e in events if e.event_type is EventType.PROTEST)
    assert protest.perpetrators == ()
