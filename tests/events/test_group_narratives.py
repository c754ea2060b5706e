"""A background piece about one armed group: its claims ("said its fighters had carried out", "claimed both
attacks"), its people ("its gunmen", "gunmen from the group"), and places it names in passing ("in the capital", a
college named for its town). Articles written for these tests, about real attacks."""
from __future__ import annotations

from datetime import date


def _claimants(event) -> set[str]:
    return {c.lower() for c in event.claimed_by}


def test_a_statement_that_its_fighters_carried_out_the_attack_is_a_claim(pipeline):
    events = pipeline.extract("Boko Haram said in a statement that its fighters had carried out the bombing of a "
                              "church in Madalla, Nigeria, on Sunday, which killed at least 37 people.",
                              published=date(2011, 12, 27))
    assert any("boko haram" in _claimants(e) for e in events if e.event_type.value == "bombing")


def test_claiming_both_attacks_claims_the_last_two(pipeline):
    text = ("Boko Haram has grown bolder this year.\n\n"
            "In August, a suicide car bomber struck the United Nations building in Abuja, Nigeria, killing 23 people. "
            "Two months later, gunmen attacked a police station in Damaturu, killing 10 officers. "
            "The group claimed both attacks.")
    events = [e for e in pipeline.extract(text, published=date(2011, 12, 1)) if e.event_type.value != "threat"]
    assert len(events) >= 2
    assert all("boko haram" in _claimants(e) for e in events[-2:])


def test_its_gunmen_in_the_capital_are_the_group_s(pipeline):
    text = ("Al-Shabaab has fought the Somali government for more than fifteen years. In August, its gunmen stormed "
            "a hotel in the capital and held off troops for a day; at least 20 people were killed before soldiers "
            "retook the building.")
    events = pipeline.extract(text, published=date(2022, 10, 31))
    hotel = [e for e in events if e.date is not None and e.date.start is not None and e.date.start.month == 8]
    assert hotel
    assert any(p.canonical == "Al-Shabaab" for p in hotel[0].perpetrators)
    assert hotel[0].location is not None and hotel[0].location.name == "Mogadishu"


def test_gunmen_from_the_group_at_a_college_named_for_its_town(pipeline):
    text = ("Al-Shabaab has also struck repeatedly in Kenya. In April 2015, gunmen from the group killed 148 people, "
            "most of them students, at Garissa University College.")
    events = pipeline.extract(text, published=date(2015, 6, 1))
    assert events
    e = events[-1]
    assert any(p.canonical == "Al-Shabaab" for p in e.perpetrators)
    assert e.location is not None and e.location.name == "Garissa" and e.location.country == "KE"


def test_the_capital_is_the_capital_of_the_country_just_spoken_of(pipeline):
    text = ("Al-Shabaab has struck Kenya again and again, from Kenyan border towns to Kenyan buses and a Kenyan "
            "university.\n\nAt home it fights the Somali government. In August, its gunmen stormed a hotel in the "
            "capital and held off troops for a day; at least 20 people were killed before soldiers retook the "
            "building.")
    events = pipeline.extract(text, published=date(2022, 10, 31))
    hotel = [e for e in events if e.date is not None and e.date.start is not None and e.date.start.month == 8]
    assert hotel and hotel[0].location is not None and hotel[0].location.name == "Mogadishu"


def test_a_subordinate_clause_s_subject_is_not_the_doer(pipeline):
    # "since the Taliban took control" tells when, not who: the coordinate-verb rule must not reach into it
    text = ("A suicide bomber killed two embassy staff members in Kabul on Monday. The killing of the two staff "
            "members was the first attack on a foreign embassy in the city since the Taliban took control in August "
            "2021.")
    events = pipeline.extract(text, published=date(2022, 9, 6))
    assert events
    assert not any(p.name == "Taliban" or p.canonical == "Taliban" for e in events for p in e.perpetrators)
