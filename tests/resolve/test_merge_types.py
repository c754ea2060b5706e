"""Which type an incident keeps when its mentions are merged: a clause that only counts victims gives way to the
bomb the same sentence names; a hostage later found dead is the end of the kidnapping, not a second event; "the
attack" that only damaged things is an attack on property; mortars and small-arms fire at one place are one clash.
Sentences written for these tests, in our own words, about real events."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents import EventType

CASES = {
    "victims counted before the bomb are the bombing": (
        ("On 31 August 2011, in Quetta, Balochistan, Pakistan, eleven worshippers were killed and more than twenty "
         "were hurt in a suicide car bomb attack outside a mosque after Eid prayers."), "2011-09-01",
        [EventType.BOMBING]),
    "a hostage killed days later elsewhere ends the kidnapping": (
        ("On 23 January 2002, militants kidnapped the American journalist Daniel Pearl in Karachi, Pakistan. His "
         "captors later beheaded him in a house on the outskirts of Karachi on 1 February 2002."), "2002-02-02",
        [EventType.KIDNAPPING]),
    "property razed with no casualties is a facility attack": (
        ("On 1 March 2011, in one of several attacks that night, Maoist rebels in Jamui district, Bihar, India, "
         "flattened a school building with bulldozers. The attack caused heavy damage but no casualties."), "2011-03-02", [EventType.FACILITY_ATTACK]),
    "an attack on troops that only destroyed a truck stays an armed assault": (
        ("On 5 May 2020, Taliban militants attacked an army supply convoy in Puli Alam, Logar, Afghanistan, and "
         "destroyed a fuel tanker. The attack caused no casualties."), "2020-05-06", [EventType.ARMED_ASSAULT]),
    "an attack that wounded people stays an armed assault": (
        ("On 1 June 2011, in Dir, Khyber Pakhtunkhwa, Pakistan, Taliban militants attacked a police post, wounding "
         "two officers and damaging the building."), "2011-06-02", [EventType.ARMED_ASSAULT]),
    "mortars with small-arms fire reported nearby are a clash": (
        ("On 30 April 2020, rebel forces fired 120mm mortars at government positions near Novozvanivka, Luhansk, "
         "Ukraine. Monitors recorded 41 explosions and shots from small arms near Novozvanivka."), "2020-05-01",
        [EventType.BATTLE]),
    "mortars alone stay shelling": (
        ("On 30 April 2020, rebel forces fired 120mm mortars at government positions near Novozvanivka, Luhansk, "
         "Ukraine."), "2020-05-01", [EventType.REMOTE_VIOLENCE]),
    "a killing in another country stays its own event": (
        ("On 3 March 2011, gunmen kidnapped a trader in Peshawar, Pakistan. Later, on 20 March 2011, a policeman "
         "was shot dead in Kandahar, Afghanistan."), "2011-03-03", [EventType.KIDNAPPING, EventType.ARMED_ASSAULT]),
}


@pytest.mark.parametrize("case", CASES)
def test_merged_type(pipeline, case):
    text, published, expected = CASES[case]
    found = [e.event_type for e in pipeline.extract(text, published=date.fromisoformat(published))]
    assert found == expected
