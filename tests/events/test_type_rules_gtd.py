"""Type rules for terror-attack summaries: a grenade that goes off stays a bombing even when police shot its carrier
first; spent shells found after a shooting are cartridges, not shelling, while artillery shells stay shelling.
Sentences written for these tests, in our own words, about real events."""
from __future__ import annotations

from datetime import date

from newsevents import EventType


def types(pipeline, text: str, published: str) -> list[EventType]:
    return [e.event_type for e in pipeline.extract(text, published=date.fromisoformat(published))]


def test_a_grenade_that_explodes_stays_a_bombing(pipeline):
    found = types(pipeline, "On 10 October 2011, in Peshawar, Pakistan, police shot a man carrying a grenade near a "
                            "checkpoint, and the grenade exploded.", "2011-10-11")
    assert EventType.BOMBING in found
    assert EventType.ARMED_ASSAULT not in found


def test_spent_shells_found_after_a_shooting_are_no_shelling(pipeline):
    found = types(pipeline, "On 18 April 2011, in Baksan, Kabardino-Balkaria, Russia, unknown gunmen fired on a "
                            "police patrol car. Police recovered 30 shells of a Kalashnikov rifle at the scene.",
                  "2011-04-19")
    assert EventType.REMOTE_VIOLENCE not in found
    assert EventType.ARMED_ASSAULT in found


def test_artillery_shells_stay_shelling(pipeline):
    found = types(pipeline, "On 9 May 2011, in Misrata, Libya, artillery shells hit a residential block, wounding "
                            "two people.", "2011-05-10")
    assert found == [EventType.REMOTE_VIOLENCE]
