"""Who a claim or an attribution names: a group, never the place the sentence is set in; "the group claimed" after a
bomber named in the same sentence is the group told before; "the guerrilla group" points back; former members attribute
nothing; each group of a coordinated subject claims. Shown on sentences written for this test."""
from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize("text", [
    "A last blast went off in the Dematagoda area of Colombo as police raided a flat linked to the bombers, killing "
    "three officers.",
    "On Sunday a grenade exploded in the Dematagoda area of Colombo while police searched a flat linked to the "
    "suspects, killing two officers.",
])
def test_a_place_the_model_takes_for_an_organisation_is_not_the_attack_s_author(pipeline, text):
    # "linked to" attributes the attack to the nearest group named before it: the area and the city are places
    events = pipeline.extract(text, published=date(2019, 4, 22))
    assert events
    named = {p.name.lower() for e in events for p in e.perpetrators} | {
        a.actor.lower() for e in events for a in e.attributed_by}
    assert not named & {"dematagoda", "colombo"}


def test_a_note_left_at_the_scene_is_the_claim_of_the_group_told_before(pipeline):
    text = ("On Tuesday, in the Khyber agency of Pakistan, Tehrik-e-Taliban Pakistan (TTP) militants killed a "
            "tribesman for allegedly spying for the United States. A handwritten note found at the scene said the "
            "man had confessed to spying.")
    events = pipeline.extract(text, published=date(2011, 5, 3))
    assert len(events) == 1 and events[0].claimed_by == ("Tehrik-i-Taliban Pakistan",), [
        (e.event_type, e.claimed_by) for e in events]


def test_whom_the_victims_spied_for_is_no_place(pipeline):
    text = ("On Monday, in a village of North Waziristan, Pakistan, gunmen shot and killed four men. Notes found on "
            "the bodies said the Taliban had killed them because they were spying for the United States.")
    events = pipeline.extract(text, published=date(2010, 12, 28))
    assert [e.location.country for e in events if e.location] == ["PK"]
    assert events[0].claimed_by


@pytest.mark.parametrize("claim", ["the group claimed that bombing too", "the group claimed the bombing"])
def test_the_group_that_claims_is_the_group_told_before_not_the_bomber_beside_it(pipeline, claim):
    text = ("QUETTA, Pakistan - The Baloch Liberation Army has stepped up attacks on Pakistani troops in the province. "
            f"In November, a suicide bomber killed 26 people at the railway station in Quetta; {claim}.")
    events = pipeline.extract(text, published=date(2025, 3, 12))
    assert [e.claimed_by for e in events] == [("Balochistan Liberation Army",)], [
        (e.event_type, e.claimed_by) for e in events]


def test_a_group_named_with_its_kind_claims_in_its_own_name(pipeline):
    # "the militant group X claimed": X, not the group told before
    text = ("On Monday, in Ughelli, Nigeria, three people were injured when militants detonated a bomb at the "
            "electoral commission office. The militant group Niger Delta Avengers claimed responsibility.")
    events = pipeline.extract(text, published=date(2016, 5, 10))
    assert events and all(c == "Niger Delta Avengers" for e in events for c in e.claimed_by) and events[0].claimed_by


def test_the_group_claims_even_when_a_date_stands_before_it(pipeline):
    # "On 02/08/2011, the group claimed": the group told before, not the date the model took for a name
    text = ("On Monday evening, in Nalchik, Russia, militants of the Caucasus Emirate shot dead two security officers "
            "at a checkpoint. On 02/08/2011, the group claimed responsibility for the attack on its website.")
    events = pipeline.extract(text, published=date(2011, 2, 8))
    claimants = {c for e in events for c in e.claimed_by}
    assert claimants == {"Caucasus Emirate"}, [e.claimed_by for e in events]


def test_a_group_saying_its_fighters_did_it_claims_it(pipeline):
    text = ("QUETTA, Pakistan - Separatist militants seized a passenger train in Balochistan on Tuesday. The Baloch "
            "Liberation Army said its fighters had stopped the train near a tunnel and were holding passengers "
            "hostage.")
    events = pipeline.extract(text, published=date(2025, 3, 12))
    assert "Balochistan Liberation Army" in {c for e in events for c in e.claimed_by}, [
        (e.event_type, e.claimed_by) for e in events]



@pytest.mark.parametrize("kind", ["guerrilla", "rebel", "insurgent", "armed", "separatist"])
def test_the_group_named_by_its_kind_points_back_to_the_group_told_before(pipeline, kind):
    text = ("BOGOTA, Colombia - The National Liberation Army has attacked police stations across the country this "
            f"month. On Thursday a car bomb killed three policemen in Cucuta. The {kind} group claimed the bombing.")
    events = pipeline.extract(text, published=date(2025, 1, 20))
    assert "National Liberation Army (Colombia)" in {c for e in events for c in e.claimed_by}, [
        (e.event_type, e.claimed_by) for e in events]


def test_former_members_of_a_group_do_not_attribute_the_act_to_it(pipeline):
    text = ("BOGOTA, Colombia - Gunmen went house to house in villages around Tibu on Thursday, hunting former members "
            "of the FARC, and shot dead a community leader in front of his family.")
    events = pipeline.extract(text, published=date(2025, 1, 20))
    named = {p.canonical for e in events for p in e.perpetrators} | {a.actor for e in events for a in e.attributed_by}
    assert events and "Revolutionary Armed Forces of Colombia" not in named, named


def test_the_claims_subject_outranks_a_group_named_inside_it(pipeline):
    # the appositive names another group nearer the cue; the subject of "claimed" is the claimant
    text = ("BAMAKO, Mali - In November 2015, gunmen stormed the Radisson Blu hotel in Bamako and held guests hostage "
            "for hours, killing 20 people. Al-Mourabitoun, a group later folded into JNIM, claimed that attack.")
    events = pipeline.extract(text, published=date(2024, 9, 18))
    assert {c for e in events for c in e.claimed_by} == {"Al-Mourabitoun"}, [e.claimed_by for e in events]


def test_each_group_of_a_coordinated_subject_claims(pipeline):
    text = ("On Tuesday, assailants fired rockets at the Bagram Airfield in Parwan, Afghanistan. The rockets caused no "
            "casualties. The Taliban and the Khorasan Chapter of the Islamic State each separately claimed "
            "responsibility for the incident.")
    events = pipeline.extract(text, published=date(2018, 8, 31))
    assert [set(e.claimed_by) for e in events] == [{"Taliban", "Islamic State Khorasan Province"}], [
        e.claimed_by for e in events]
