"""Event-type, perpetrator and claim rules added for the GTD/ACLED error classes: warplanes are remote violence, thrown fire bombs are arson, a group named before the trigger is its author, a claimant replaces
a state force read as a bomb's author, a killing told after an abduction is how it ended, and a shared alias is read
with the event's country and date. Sentences written for these tests, in our own words, about real events."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents import EventType
from newsevents.core import Actor, ActorKind, Participant, Status
from newsevents.events.drafts import ActorMention
from newsevents.resolve.actors import ActorRegistry
from newsevents.resolve.article import _actor
from newsevents.resolve.merge import Resolved, merge_mentions


def extract(pipeline, text: str, published: str):
    return pipeline.extract(text, published=date.fromisoformat(published))


def test_armed_groups_clashing_stay_a_battle(pipeline):
    events = extract(pipeline, "On 3 March 2021, two armed groups clashed near Kano, Nigeria, killing four fighters.",
                     "2021-03-04")
    assert [e.event_type for e in events] == [EventType.BATTLE]


def test_warplanes_hitting_a_market_are_remote_violence(pipeline):
    events = extract(pipeline, "Russian warplanes hit a crowded market in Maarat al-Numan, Idlib, Syria, on 22 July "
                               "2019, killing 39 people.", "2019-07-23")
    assert [e.event_type for e in events] == [EventType.REMOTE_VIOLENCE]


def test_thrown_molotov_cocktails_are_one_arson(pipeline):
    events = extract(pipeline, "On 5 January 2020, masked men threw Molotov cocktails at a party office in Athens, "
                               "Greece.", "2020-01-06")
    assert [e.event_type for e in events] == [EventType.ARSON]


def test_group_named_before_the_trigger_is_its_author(pipeline):
    events = extract(pipeline, "On Tuesday, in Tame, Arauca, Colombia, guerrillas from the National Liberation Army "
                               "(ELN), armed with rifles, fired on a police patrol, killing two officers.", "2019-01-16")
    assert len(events) == 1
    assert [p.canonical for p in events[0].perpetrators] == ["National Liberation Army (Colombia)"]


def test_claimant_replaces_a_state_force_read_as_the_bomber(pipeline):
    events = extract(pipeline, "Police officers detonated a bomb near a school in Quetta, Pakistan, on Monday, killing "
                               "three people. Tehrik-e-Taliban Pakistan claimed responsibility for the bombing.",
                     "2013-01-14")
    bombing = [e for e in events if e.event_type is EventType.BOMBING]
    assert len(bombing) == 1
    assert [p.canonical for p in bombing[0].perpetrators] == ["Tehrik-i-Taliban Pakistan"]
    assert bombing[0].claimed_by == ("Tehrik-i-Taliban Pakistan",)


def _resolved(etype: EventType, start: int, **kw) -> Resolved:
    return Resolved(event_type=etype, status=Status.REALIZED, generic=False, sentence_start=start, weight=0.8,
                    trigger="t", trigger_start=start, **kw)


def test_claimant_stays_beside_a_non_state_perpetrator():
    militants = Actor("militants", None, ActorKind.UNKNOWN)
    group = Actor("Al-Shabaab", "Al-Shabaab", ActorKind.ORGANIZATION)
    bomb = _resolved(EventType.BOMBING, 0, perpetrators=[militants], claimed_by=["Al-Shabaab"], claim_actors=[group])
    [out] = merge_mentions([bomb])
    assert [p.canonical for p in out.perpetrators] == ["Al-Shabaab"]


def test_shooting_by_state_force_keeps_its_author_despite_a_claim():
    army = Actor("soldiers", "Military Forces of Pakistan", ActorKind.STATE)
    group = Actor("TTP", "Tehrik-i-Taliban Pakistan", ActorKind.ORGANIZATION)
    raid = _resolved(EventType.ARMED_ASSAULT, 0, perpetrators=[army], claimed_by=["Tehrik-i-Taliban Pakistan"],
                     claim_actors=[group])
    [out] = merge_mentions([raid])
    assert [p.canonical for p in out.perpetrators] == ["Military Forces of Pakistan"]


def test_beheading_after_an_abduction_ends_the_kidnapping():
    kidnap = _resolved(EventType.KIDNAPPING, 0, targets=[Participant("a telecom engineer", "person")])
    killing = _resolved(EventType.VIOLENCE_AGAINST_CIVILIANS, 80, targets=[Participant("the engineer", "person")])
    out = merge_mentions([kidnap, killing])
    assert [r.event_type for r in out] == [EventType.KIDNAPPING]


def test_attack_on_a_building_after_an_abduction_is_its_own_event():
    kidnap = _resolved(EventType.KIDNAPPING, 0)
    burning = _resolved(EventType.ARMED_ASSAULT, 80, targets=[Participant("the police station", "facility")])
    assert len(merge_mentions([kidnap, burning])) == 2


@pytest.mark.parametrize("country,canonical", [("CM", "Ambazonian separatists"), ("UG", "Allied Democratic Forces")])
def test_shared_alias_is_read_with_the_events_country(country, canonical):
    reg = ActorRegistry.load()
    mention = ActorMention("ADF", "Allied Democratic Forces", "organization")
    actor = _actor(mention, reg, False, country=country, on=date(2019, 5, 1))
    assert actor is not None and actor.canonical == canonical


def test_a_negation_in_another_clause_does_not_deny_the_claim(pipeline):
    """"No one was hurt and the group claimed it": the "no" belongs to the first clause."""
    text = ("On Monday, in Kunduz, Afghanistan, gunmen shot dead a district police commander. "
            "No one else was hurt and the Taliban claimed responsibility for the attack.")
    events = pipeline.extract(text, published=date(2011, 9, 26))
    assert any(e.claimed_by for e in events), [(e.event_type, e.claimed_by) for e in events]


def test_no_group_claimed_stays_unclaimed(pipeline):
    text = "On Monday, gunmen shot dead a shopkeeper in Karachi, Pakistan. No group has claimed responsibility."
    events = pipeline.extract(text, published=date(2011, 7, 26))
    assert events and not any(e.claimed_by for e in events)


def test_a_note_left_at_the_scene_naming_the_group_is_its_claim(pipeline):
    text = ("On Monday, in Miram Shah, Pakistan, militants killed a tribesman. "
            "A note found on the body said the Taliban had killed him for spying.")
    events = pipeline.extract(text, published=date(2011, 5, 16))
    assert any("Taliban" in e.claimed_by for e in events), [(e.event_type, e.claimed_by) for e in events]
