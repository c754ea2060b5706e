"""Bureaus, affiliates and responders, in short narratives written for these tests from news events (the car bomb
near Manbij in February 2025, the attack on a church in Komanda in eastern Congo in July 2025, the Baloch
Liberation Army's attacks of 2024, the Shabab's assault on Lido Beach in Mogadishu in August 2024, and the fighting
in Manbij since December 2024): a dateline the text never names again ("BEIRUT, Lebanon") is where the reporter
was, and a headline's last words do not run into it; "Congo" alone is the Democratic Republic; the Islamic State
that claims an act of the ADF, which pledged itself to it, claims that act; people shot "from Punjab province"
came from there; the attackers security forces killed are no doers; "has been the scene of heavy fighting since
December" is a war that goes on; "it was behind" after a place's name is no attribution to the place."""
from __future__ import annotations

from datetime import date


def _places(events) -> set[str]:
    return {e.location.name for e in events if e.location is not None}


def test_a_bureau_dateline_and_a_war_that_goes_on(pipeline):
    text = ("Car Bomb Kills 20 Near Syrian City of Manbij\n\n"
            "BEIRUT, Lebanon - A car bomb exploded next to a vehicle carrying farmworkers on the outskirts of the "
            "northern Syrian city of Manbij on Monday, killing 20 people.\n\n"
            "It was the seventh car bombing in the Manbij area in a month.\n\n"
            "The city has been the scene of heavy fighting between rival factions since December. On Saturday, a car "
            "bomb in Manbij killed four people.")
    events = pipeline.extract(text, published=date(2025, 2, 4))
    assert {e.location.country for e in events if e.location is not None} == {"SY"}, events
    assert sorted(e.fatalities.count for e in events) == [4, 20], events


def test_congo_the_adfs_patron_and_the_attackers_killed(pipeline):
    text = ("KINSHASA, Congo - Rebels attacked a Catholic church in eastern Congo during a night vigil early on "
            "Sunday, killing at least 38 people, local officials said.\n\n"
            "The attackers, members of the Allied Democratic Forces, stormed the church in Ituri province. "
            "Security forces killed three of the attackers.\n\n"
            "The Islamic State, which the group pledged allegiance to, said its fighters had carried out the "
            "massacre.")
    events = pipeline.extract(text, published=date(2025, 7, 28))
    assert len(events) == 1 and events[0].location.country == "CD", events
    assert "Islamic State" in events[0].claimed_by, events[0]
    assert "security forces" not in {p.name.lower() for p in events[0].perpetrators}, events[0].perpetrators


def test_men_from_a_province_and_a_pronoun_after_a_place(pipeline):
    text = ("QUETTA, Pakistan - A suicide bomber blew himself up at the main railway station in Quetta on "
            "Saturday, killing at least 26 people. The Baloch Liberation Army claimed responsibility.\n\n"
            "In August, its fighters stopped vehicles on a highway in the Musakhel district and shot dead 23 men "
            "from Punjab province.\n\n"
            "In October, a bomb near Karachi's airport killed two Chinese engineers; the group said it was behind "
            "that attack as well.")
    events = pipeline.extract(text, published=date(2024, 11, 9))
    august = [e for e in events if e.date is not None and e.date.start.month == 8]
    assert len(august) == 1 and august[0].location.name == "Musakhel", august
    assert not any("Karachi" in {a.actor for a in e.attributed_by} for e in events), \
        [e.attributed_by for e in events]
