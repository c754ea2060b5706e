"""An abduction a later sentence tells as part of the attack before it ("were abducted in the attack", "the
gunmen also abducted ...") is one incident with the attack, named a kidnapping (GTD ranks hostage taking above the
armed assault); an abduction told with no such tie stays an incident of its own.
Sentences written for these tests, in our own words, about real events."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents import EventType

CASES = {
    "lecturers abducted in the ambush": (
        ("On 25 July 2017, Boko Haram fighters ambushed an oil exploration team near Magumeri, Borno, Nigeria, "
         "killing dozens of soldiers and vigilantes. Three university lecturers were abducted in the attack."),
        "2017-07-26", [EventType.KIDNAPPING]),
    "doctors the gunmen also abducted": (
        ("On 12 April 2019, suspected al-Shabaab gunmen opened fire on a police escort in Mandera, Kenya, killing "
         "one officer. The gunmen also abducted two Cuban doctors."), "2019-04-13", [EventType.KIDNAPPING]),
}


@pytest.mark.parametrize("case", CASES)
def test_abduction_in_the_attack_is_one_kidnapping(pipeline, case):
    text, published, expected = CASES[case]
    found = [e.event_type for e in pipeline.extract(text, published=date.fromisoformat(published))]
    assert found == expected


def test_an_abduction_with_no_tie_stays_apart(pipeline):
    text = ("On 12 April 2019, suspected al-Shabaab gunmen opened fire on a police escort in Mandera, Kenya, killing "
            "one officer. Two Cuban doctors were abducted.")
    found = [e.event_type for e in pipeline.extract(text, published=date(2019, 4, 13))]
    assert EventType.ARMED_ASSAULT in found
