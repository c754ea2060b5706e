"""Towns taken and strikes from the air, in a short article written for these tests from news events: the Myanmar
National Democratic Alliance Army's capture of the army's North-Eastern Command in Lashio, northern Shan State
(announced 3 August 2024), with the junta's air strikes on the town, and the Three Brotherhood Alliance's offensive
launched on 27 October 2023.

What they check: "it had seized the headquarters of the military's North-Eastern Command in Lashio" is a battle (an
armed group taking ground, as ACLED codes it), at Lashio; "military aircraft bombed several neighbourhoods on Friday,
killing at least eight civilians" is an air strike of its own, by the country's military, not part of the capture
and not claimed by the rebels who claimed the capture ("an ethnic Chinese rebel army" is a group, not a state's
force); police who seize weapons take no ground."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType

_LASHIO = (
    "Myanmar rebels say they have captured army's north-eastern command\n\n"
    "BANGKOK - An ethnic Chinese rebel army said on Saturday that it had seized the headquarters of the Myanmar "
    "military's North-Eastern Command in Lashio, the largest town in northern Shan State, after weeks of fighting.\n\n"
    "The Myanmar National Democratic Alliance Army, or MNDAA, said its fighters had taken the base and most of the "
    "town. The junta did not confirm the loss, but residents said military aircraft bombed several neighbourhoods on "
    "Friday, killing at least eight civilians.\n\n"
    "The MNDAA is part of the Three Brotherhood Alliance, which launched a surprise offensive in northern Shan State "
    "in October last year.\n")


def test_a_command_seized_is_a_battle_and_the_air_strike_is_the_militarys_own(pipeline):
    events = pipeline.extract(_LASHIO, published=date(2024, 8, 4))
    seen = [(e.event_type, e.date, e.location and e.location.name, [p.canonical for p in e.perpetrators],
             e.claimed_by) for e in events]
    taken = [e for e in events if e.event_type is EventType.BATTLE]
    assert len(taken) == 1 and taken[0].location is not None and taken[0].location.name == "Lashio", seen
    assert "Myanmar National Democratic Alliance Army" in taken[0].claimed_by, seen
    strike = [e for e in events if e.event_type is EventType.REMOTE_VIOLENCE]
    assert len(strike) == 1 and strike[0].date is not None and strike[0].date.start == date(2024, 8, 2), seen
    assert strike[0].fatalities is not None and strike[0].fatalities.count == 8, seen
    assert [p.canonical for p in strike[0].perpetrators] == ["Tatmadaw"], seen
    assert not strike[0].claimed_by, seen


def test_weapons_seized_are_no_ground_taken(pipeline):
    events = pipeline.extract("Police seized rifles and ammunition from a house in the town of Kasese on Thursday, "
                              "a spokesman said.", published=date(2024, 8, 4))
    assert not any(e.event_type is EventType.BATTLE for e in events), [(e.event_type, e.trigger) for e in events]
