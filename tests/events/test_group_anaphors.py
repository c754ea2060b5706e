""""The group" points back to the armed group the text is about: not to a state force named since, nor to a patron
named only in an aside ("which is linked to al-Qaeda"); plural claim objects ("claimed the bombings") are claims.
Sentences written for these tests from public facts."""
from __future__ import annotations

from datetime import date


def _perps(events) -> set[str]:
    return {p.canonical or p.name for e in events for p in e.perpetrators}


def test_the_group_is_not_the_state_force_named_since(pipeline):
    text = ("Al-Shabaab has threatened Kenya since Kenyan troops entered Somalia in October 2011. The group's deadliest "
            "attack in Kenya came in April 2015, when gunmen killed 148 people at Garissa University College.")
    perps = _perps(pipeline.extract(text, published=date(2015, 4, 5)))
    assert any("Shabaab" in p for p in perps), perps
    assert not any("Kenya" in p for p in perps), perps


def test_the_group_is_not_the_patron_named_in_an_aside(pipeline):
    text = ("Al-Shabaab, which is linked to al-Qaeda, has fought Somalia's government for years. The group's worst "
            "attack abroad came in July 2010, when bombs tore through crowds in Kampala, killing 74 people.")
    perps = _perps(pipeline.extract(text, published=date(2013, 9, 23)))
    assert any("Shabaab" in p for p in perps), perps
    assert not any("Qaeda" in p for p in perps), perps


def test_claimed_the_bombings_is_a_claim(pipeline):
    text = ("In January two suicide bombers killed about 95 people at a memorial procession in Kerman, Iran, and the "
            "Islamic State later claimed the bombings.")
    events = pipeline.extract(text, published=date(2024, 3, 1))
    assert any(e.claimed_by for e in events if e.event_type.value == "bombing"), [(e.event_type.value, e.claimed_by)
                                                                                  for e in events]

