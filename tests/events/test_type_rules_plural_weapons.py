"""Explosives named in the plural as what attackers used, or as what went off, are one bombing; a plural that
names bombings in general is no bombing. Sentences written for these tests, in our own words, about real events."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents import EventType

CASES = {
    "explosives hidden in a school": (
        ("On 21 July 2011, militants in Khyber Agency, Pakistan, wrecked a girls' school at night with explosives "
         "hidden in its classrooms. Nobody was hurt in the attack."), "2011-07-22", True),
    "explosive devices that went off": (
        ("On 24 December 2011, explosive devices hidden in a school in Landi Kotal, Khyber Agency, Pakistan, went "
         "off at night. Nobody was hurt."), "2011-12-25", True),
    "bombings in general": (
        "Officials in Peshawar, Pakistan, said on 2 May 2011 that bombings remain the main worry of shopkeepers.",
        "2011-05-02", False),
}


@pytest.mark.parametrize("case", CASES)
def test_plural_explosives(pipeline, case):
    text, published, bombing = CASES[case]
    found = [e.event_type for e in pipeline.extract(text, published=date.fromisoformat(published))]
    assert (found == [EventType.BOMBING]) if bombing else (EventType.BOMBING not in found)
