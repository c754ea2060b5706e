"""Eras, examples and waves, in short texts written for these tests from news events (the pager and walkie-talkie
blasts in Lebanon of September 2024, the air strike on Pazigyi in Myanmar's Sagaing region of April 2023, the
shooting of the Colombian senator Miguel Uribe in Bogota in June 2025 and the kidnapping of his mother Diana Turbay
in 1990, al-Shabaab's attacks in Kenya after October 2011, and a 1989 Managua speech about the Salvadoran
government): "those killed the day before" counts no one, so the second wave of blasts keeps its own toll; pagers
"used by Hezbollah members" that exploded were not exploded by them, nor did Hezbollah do what it blamed on Israel;
the date of a "since" clause ("the deadliest since the army seized power in February 2021") is not the act's; "him"
after a named senator's condition is the senator; the 1980s and 1990s are a date, an era that holds no one act;
"several attacks, including grenade attacks on bars" are a many, not an incident; "X, who is another assassin" and
"punishment for the assassins" tell of no act."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType


def _doers(event) -> set[str]:
    return {p.name.lower() for p in event.perpetrators}


def test_the_second_wave_points_back_and_those_killed_the_day_before_count_no_one(pipeline):
    text = ("BEIRUT - Hundreds of pagers used by Hezbollah members exploded across Lebanon on Tuesday afternoon, "
            "killing at least 12 people and wounding about 2,800.\n\n"
            "A day later, walkie-talkies carried by members of the group blew up in the southern suburbs of Beirut, "
            "some of them during funerals for those killed the day before. At least 20 people died in the second "
            "wave of blasts.\n\n"
            "Hezbollah blamed Israel for the attacks and vowed to retaliate.")
    events = pipeline.extract(text, published=date(2024, 9, 19))
    blasts = sorted((e for e in events if e.event_type is EventType.BOMBING), key=lambda e: e.date.start)
    assert [e.fatalities.count for e in blasts] == [12, 20], events
    assert blasts[1].date.start == date(2024, 9, 18), blasts[1].date
    assert all("hezbollah" not in _doers(e) for e in blasts), [e.perpetrators for e in blasts]


def test_the_date_of_a_since_clause_is_not_the_acts(pipeline):
    text = ("BANGKOK - A Myanmar military airstrike on a village in the Sagaing region killed about 170 people, "
            "residents said on Wednesday, in one of the deadliest attacks since the army seized power in February "
            "2021.\n\n"
            "A fighter jet dropped bombs on a crowd gathered on Tuesday morning in Pazigyi village, witnesses said.\n\n"
            "The United Nations human rights chief said he was horrified.")
    events = pipeline.extract(text, published=date(2023, 4, 12))
    assert len(events) == 1, events
    assert events[0].date.start == date(2023, 4, 11) and events[0].fatalities.count == 170, events[0]


def test_him_is_the_senator_and_an_era_holds_no_one_act(pipeline):
    text = ("BOGOTA - A Colombian presidential hopeful, Senator Miguel Uribe, was in critical condition on Sunday "
            "after a gunman shot him in the head at a campaign rally in western Bogota on Saturday evening.\n\n"
            "The attack revived memories of the political violence of the 1980s and 1990s, when drug cartels killed "
            "several presidential candidates.\n\n"
            "Uribe's mother, the journalist Diana Turbay, was kidnapped by the Medellin cartel in 1990.")
    events = pipeline.extract(text, published=date(2025, 6, 8))
    rally = [e for e in events if e.date is not None and e.date.start == date(2025, 6, 7)]
    assert len(rally) == 1 and "Miguel Uribe" in {v.name for v in rally[0].victims}, events
    assert not any("cartel" in d for d in _doers(rally[0])), rally[0].perpetrators
    turbay = [e for e in events if e.event_type is EventType.KIDNAPPING]
    assert len(turbay) == 1 and turbay[0].date.start == date(1990, 1, 1), turbay


def test_attacks_given_as_examples_of_several_are_no_incident(pipeline):
    text = ("NAIROBI, Kenya - Kenyan forces said on Tuesday that they had regained control of the Westgate shopping "
            "mall.\n\n"
            "Five of the gunmen were killed by security forces, the interior minister said.\n\n"
            "The Somali group has staged several smaller attacks in Kenya since Kenyan troops crossed the border in "
            "October 2011, including grenade attacks on bars and churches in Nairobi and Garissa.")
    events = pipeline.extract(text, published=date(2013, 9, 24))
    assert not any(e.date is not None and e.date.start is not None and e.date.start.year == 2011 for e in events), events


def test_a_doer_named_as_what_someone_is_and_the_punishment_sought_for_doers_are_no_acts(pipeline):
    text = ("MANAGUA - The president said in a speech that the government in San Salvador was full of criminals.\n\n"
            "He said a former army major, who is another assassin, had taken part in crimes against the people.\n\n"
            "Nicaragua will demand punishment for the assassins of the priests from the international community, he "
            "said.")
    assert pipeline.extract(text, published=date(1989, 11, 20)) == []
