"""Steps of one attack, gaps, durations and unknown claimants, in short narratives written for these tests from
news events (the suicide car bombs and the storming attempt at the Bannu cantonment in March 2025 and the siege of
Bannu's counterterrorism centre in December 2022, the attack on the Kati base in Mali in July 2022 and the killings
in Moura that March, the Kuje prison break near Abuja in July 2022): clauses of one sentence that go on with "and
... then" and share the one toll told at its end are one attack, and it killed though its last step was only tried;
a group the registry does not know that claims ("Jaish al-Fursan, a group linked to the Pakistani Taliban, claimed")
is the claimant, not the group it is linked to; "for two days" and "over several days" are how long, not when;
"The attack came a day after militants struck ..." takes no date from the gap; escaped inmates "recaptured" are no
battle, and "suspected members of Boko Haram" among those freed are no one's blame for the attack."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType, Status


def test_steps_of_one_attack_and_an_unknown_claimant(pipeline):
    text = ("PESHAWAR, Pakistan - Two suicide bombers rammed explosives-laden vehicles into the wall of an army "
            "compound in Bannu on Tuesday evening, and gunmen then tried to storm it, killing at least 13 civilians "
            "and five soldiers, officials said.\n\n"
            "Jaish al-Fursan, a militant group linked to the Pakistani Taliban, claimed responsibility.\n\n"
            "In December 2022, militants seized a counterterrorism center in Bannu and held its staff hostage for "
            "two days before commandos stormed the building.")
    events = pipeline.extract(text, published=date(2025, 3, 5))
    tuesday = [e for e in events if e.date is not None and e.date.start == date(2025, 3, 4)]
    assert len(tuesday) == 1 and tuesday[0].status is Status.REALIZED, events
    assert tuesday[0].claimed_by == ("Jaish al-Fursan",), tuesday[0].claimed_by
    siege = [e for e in events if e.date is not None and e.date.start.year == 2022]
    assert len(siege) == 1 and siege[0].date.start == date(2022, 12, 1), [e.date for e in events]


def test_a_gap_to_another_act_and_a_duration_date_nothing(pipeline):
    text = ("BAMAKO, Mali - Jihadists attacked Mali's largest military base, in the town of Kati, with car bombs "
            "on Friday morning, killing one soldier, the army said.\n\n"
            "The attack came a day after militants struck several army posts in central Mali.\n\n"
            "In March, soldiers killed hundreds of people in the central village of Moura over several days, "
            "according to witnesses.")
    events = pipeline.extract(text, published=date(2022, 7, 23))
    # the Kati attack keeps its Friday; the army posts struck are an act of the day before, Moura's of March
    assert sorted(e.date.start for e in events) == [date(2022, 3, 1), date(2022, 7, 21), date(2022, 7, 22)], \
        [(e.event_type, e.date) for e in events]
    kati = next(e for e in events if e.date.start == date(2022, 7, 22))
    assert kati.location is not None and kati.location.name == "Kati" and kati.fatalities.count == 1, kati


def test_inmates_freed_and_recaptured(pipeline):
    text = ("ABUJA, Nigeria - Gunmen armed with explosives attacked a prison on the outskirts of the capital late on "
            "Tuesday, freeing hundreds of inmates, including dozens of suspected members of Boko Haram.\n\n"
            "One guard was killed, a spokesman for the prison service said.\n\n"
            "Some of the escaped inmates were recaptured on Wednesday.")
    events = pipeline.extract(text, published=date(2022, 7, 6))
    assert not any(e.event_type is EventType.BATTLE for e in events), events
    assert not any("Boko Haram" in {a.actor for a in e.attributed_by} for e in events), \
        [e.attributed_by for e in events]
