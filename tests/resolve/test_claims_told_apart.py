"""Claims and acts a narrative tells apart, in short articles written for these tests from news events: the rocket
attack on the coalition base at Erbil airport (15 February 2021), claimed by Saraya Awliya al-Dam, told beside the
Islamic State's twin suicide bombings in Baghdad's Tayaran Square (21 January 2021); the abduction of the Kankara
schoolboys in Katsina, Nigeria (11 December 2020), which Abubakar Shekau said Boko Haram had carried out; the suicide
bombing of a Jamiat Ulema-e-Islam rally in Khar, Bajaur (30 July 2023), which the Pakistani Taliban disowned; Al-Qaeda
in the Arabian Peninsula's claim of the Pensacola shooting (announced 2 February 2020), with its claim of the
Charlie Hebdo attack recalled.

What they check: of two acts told in one sentence, a later mention that repeats the weapon of one ("five rockets were
launched", "the rocket fire") is that act's, and so are the dead told after it; a group "calling itself" a name it
is not listed under is the claimant; "claimed responsibility for the rocket fire on Tuesday" dates the claim, not
the fire; a claim that names the place of one earlier act ("claimed the Baghdad bombings") is that act's, not the
last one's; "four days later X said his men had carried out the kidnapping" is the day of the saying, even when the
model hangs the date on another verb; "who have claimed responsibility for such attacks in the past" claims no act
of the article."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType

_ERBIL = (
    "Rockets hit U.S.-led coalition base at Erbil airport\n\n"
    "ERBIL, Iraq - Rockets struck the military base at Erbil's international airport on Monday night, weeks after "
    "twin suicide bombings at a market in central Baghdad killed 32 people.\n\n"
    "Kurdish officials said at least three rockets were launched from a field south of the city. A civilian "
    "contractor working for the coalition was killed and several American service members were wounded.\n\n"
    "A little-known group calling itself Saraya Awliya al-Dam claimed responsibility for the rocket fire on Tuesday. "
    "The Islamic State group had claimed the Baghdad bombings in January.\n")

_KANKARA = (
    "Freed Kankara schoolboys return home\n\n"
    "KATSINA, Nigeria - More than 300 schoolboys who were seized from their boarding school in Kankara have been "
    "freed, the state governor said on Friday.\n\n"
    "Gunmen on motorcycles stormed the Government Science Secondary School in Kankara on 11 December and marched the "
    "boys into the forest. Local officials at first blamed bandits, but four days later Abubakar Shekau, the leader "
    "of Boko Haram, said in a recording that his men had carried out the kidnapping.\n\n"
    "The governor said no ransom had been paid. Security analysts doubted the claim and said the abductors were "
    "bandits working with the jihadists.\n")

_BAJAUR = (
    "Suicide bomber kills dozens at political rally in north-west Pakistan\n\n"
    "KHAR, Pakistan - A suicide bomber blew himself up at a rally of the Jamiat Ulema-e-Islam party in Khar, in the "
    "Bajaur district of north-western Pakistan, on Sunday, killing at least 44 people, officials said.\n\n"
    "No group immediately claimed the bombing. The Pakistani Taliban, who have claimed responsibility for such "
    "attacks in the past, said they had nothing to do with it.\n\n"
    "The party, led by the cleric Fazlur Rehman, is part of the governing coalition.\n")


def test_the_rocket_fire_and_its_dead_are_the_rockets_and_each_claim_finds_its_act(pipeline):
    events = pipeline.extract(_ERBIL, published=date(2021, 2, 16))
    seen = [(e.event_type, e.date, e.location and e.location.name, e.claimed_by, e.fatalities) for e in events]
    fire = [e for e in events if e.date is not None and e.date.start == date(2021, 2, 15)]
    assert len(fire) == 1, seen
    assert fire[0].location is not None and fire[0].location.name == "Erbil", seen
    assert fire[0].claimed_by == ("Saraya Awliya al-Dam",), seen
    assert fire[0].fatalities is not None and fire[0].fatalities.count == 1, seen
    assert not any(e.date is not None and e.date.start == date(2021, 2, 16) and e.claimed_by for e in events), seen
    baghdad = [e for e in events if e.location is not None and e.location.name == "Baghdad"]
    assert len(baghdad) == 1 and baghdad[0].claimed_by == ("Islamic State",), seen
    assert baghdad[0].fatalities is not None and baghdad[0].fatalities.count == 32, seen


def test_the_day_a_leader_said_his_men_did_it_is_not_the_day_of_the_abduction(pipeline):
    events = pipeline.extract(_KANKARA, published=date(2020, 12, 18))
    seen = [(e.event_type, e.date, e.trigger) for e in events]
    assert not any(e.date is not None and e.date.start == date(2020, 12, 15) for e in events), seen
    assert any(e.date is not None and e.date.start == date(2020, 12, 11) and e.location is not None
               and e.location.country == "NG" for e in events), seen


def test_a_group_that_claimed_such_attacks_in_the_past_claims_none_here(pipeline):
    events = pipeline.extract(_BAJAUR, published=date(2023, 7, 30))
    bombing = [e for e in events if e.event_type is EventType.BOMBING]
    assert len(bombing) == 1 and bombing[0].location is not None and bombing[0].location.name == "Khar", \
        [(e.event_type, e.location) for e in events]
    assert not any(e.claimed_by for e in events), [(e.event_type, e.claimed_by) for e in events]
    assert not any("Taliban" in (p.canonical or p.name) for e in events for p in e.perpetrators), \
        [(e.event_type, e.perpetrators) for e in events]


def test_a_group_known_by_a_name_the_registry_lacks_is_the_claimant(pipeline):
    events = pipeline.extract("A previously unknown group called Saraya Ashab al-Kahf claimed the bombing of a "
                              "logistics convoy near Baghdad on Monday.", published=date(2020, 8, 11))
    assert len(events) == 1 and events[0].claimed_by == ("Saraya Ashab al-Kahf",), \
        [(e.event_type, e.claimed_by) for e in events]


_AQAP = (
    "Al-Qaeda's Yemen branch says it was behind the Pensacola base shooting\n\n"
    "DUBAI - Al-Qaeda in the Arabian Peninsula said on Sunday that it had directed the shooting at a U.S. naval air "
    "station in Pensacola, Florida, in December, in which a Saudi air force officer killed three sailors.\n\n"
    "The Yemen-based group, known as AQAP, has long been regarded by Washington as the most dangerous branch of "
    "al-Qaeda. It claimed the attack on the offices of the French satirical magazine Charlie Hebdo in Paris in "
    "January 2015, when two brothers shot dead 12 people.\n\n"
    "At home, the group's suicide bomber killed more than 90 soldiers rehearsing for a military parade in Sanaa in "
    "May 2012.\n")


def test_an_act_claimed_with_its_date_and_told_by_a_when_clause_is_one_act(pipeline):
    """"It claimed the attack on the magazine's offices in January 2015, when two brothers shot dead 12 people": the
    date is the attack's (not the claim's, though the parser hangs it on "claimed"), and the "when" clause tells
    that attack (Al-Qaeda in the Arabian Peninsula and the Charlie Hebdo shooting, 7 January 2015)."""
    events = pipeline.extract(_AQAP, published=date(2020, 2, 3))
    paris = [e for e in events if e.location is not None and e.location.name == "Paris"]
    assert len(paris) == 1, [(e.event_type, e.trigger, e.date, e.location) for e in events]
    assert paris[0].date is not None and paris[0].date.start == date(2015, 1, 1), paris[0].date
    assert paris[0].fatalities is not None and paris[0].fatalities.count == 12, paris[0].fatalities
    assert paris[0].claimed_by, paris[0]


def test_a_headline_naming_a_recalled_act_by_its_town_is_that_act(pipeline):
    """"Al-Qaeda's Yemen branch says it was behind the Pensacola base shooting" over a body that tells the December
    shooting: one act, with the group's claim, not a second shooting on the day of publication."""
    events = pipeline.extract(_AQAP, published=date(2020, 2, 3))
    pensacola = [e for e in events if e.location is not None and e.location.name == "Pensacola"]
    assert len(pensacola) == 1, [(e.event_type, e.trigger, e.date) for e in pensacola]
    assert pensacola[0].date is not None and pensacola[0].date.start == date(2019, 12, 1), pensacola[0].date
    assert pensacola[0].claimed_by, pensacola[0]
    assert pensacola[0].fatalities is not None and pensacola[0].fatalities.count == 3, pensacola[0].fatalities


def test_a_group_that_said_it_had_directed_the_act_claims_it(pipeline):
    """"Al-Qaeda in the Arabian Peninsula said on Sunday that it had directed the shooting": a claim, though a day
    stands between the speaker and what it said (no headline here to carry the claim)."""
    body = _AQAP.split("\n\n", 1)[1]
    events = pipeline.extract(body, published=date(2020, 2, 3))
    pensacola = [e for e in events if e.location is not None and e.location.name == "Pensacola"]
    assert len(pensacola) == 1 and pensacola[0].claimed_by, [(e.trigger, e.claimed_by) for e in pensacola]
