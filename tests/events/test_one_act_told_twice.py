"""One incident told with several words of one sentence or the next: what befell the act's object ("the jet that
exploded in the air"), people who only stand beside the attackers ("a woman seen beside the gunmen"), and the burning
the attackers "also" did after an abduction. Sentences written for these tests, in our own
words, about real events."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents import EventType


def test_a_clause_on_the_struck_object_is_the_same_act(pipeline):
    text = ("Investigators said on Friday that a bomb had brought down the Pan Am jet that exploded over Lockerbie, "
            "Scotland, on Wednesday evening, killing all 259 people on board.")
    events = pipeline.extract(text, published=date(1988, 12, 23))
    assert [e.event_type for e in events] == [EventType.BOMBING]
    assert events[0].date is not None and events[0].date.start == date(1988, 12, 21)


def test_an_earlier_act_on_the_object_stays_apart(pipeline):
    text = "A suicide bomber hit the bus that was attacked by gunmen in Quetta last year."
    events = pipeline.extract(text, published=date(2016, 8, 9))
    assert sorted(e.event_type.value for e in events) == ["armed_assault", "bombing"]


def test_people_beside_the_attackers_are_no_act(pipeline):
    text = ("Suicide bombers struck three churches and three hotels in Sri Lanka on Sunday, killing more than 250 "
            "people.\n\nPolice in Colombo were searching on Tuesday for a driver seen alongside two suicide bombers "
            "at a hotel.")
    events = pipeline.extract(text, published=date(2019, 4, 23))
    assert [e.date.start for e in events if e.event_type is EventType.BOMBING] == [date(2019, 4, 21)]


ABDUCTION = ("DAPCHI, Nigeria - Boko Haram fighters abducted 110 pupils from a girls' school in the town of Dapchi in "
             "Yobe state on Monday evening, residents said.\n\n")


@pytest.mark.parametrize(("after", "burning_apart"), [
    ("The fighters also set fire to shops in Dapchi before they drove off, a local official said.", False),
    ("On Wednesday, youths set fire to a police post in Damaturu.", True),
])
def test_a_burning_the_attackers_also_did_is_part_of_the_abduction(pipeline, after, burning_apart):
    events = pipeline.extract(ABDUCTION + after, published=date(2018, 2, 22))
    types = [e.event_type for e in events]
    assert EventType.KIDNAPPING in types
    assert (EventType.ARSON in types) is burning_apart


@pytest.mark.parametrize(("sentence", "dates"), [
    ("Gunmen and suicide bombers killed 130 people in Paris in November 2015, and suicide bombers killed 32 people "
     "in Brussels the following year.", [date(2015, 11, 1), date(2016, 1, 1)]),
    ("In Mogadishu on Saturday two soldiers were killed and four civilians were wounded.", [date(2017, 10, 14)]),
])
def test_coordinated_killings_with_their_own_doers_and_time_are_two_acts(pipeline, sentence, dates):
    events = pipeline.extract(sentence, published=date(2017, 10, 16))
    assert sorted(e.date.start for e in events if e.date) == dates


@pytest.mark.parametrize(("sentence", "towns"), [
    ("On Sunday morning, suicide bombers attacked St. Anthony's Shrine in Colombo and the Zion Church in the eastern "
     "city of Batticaloa.", ["Batticaloa", "Colombo"]),
    ("On Sunday morning, suicide bombers attacked a church and a hotel in Colombo.", ["Colombo"]),
])
def test_one_act_on_objects_in_several_towns_is_one_event_per_town(pipeline, sentence, towns):
    events = pipeline.extract(sentence, published=date(2019, 4, 22))
    assert sorted(e.location.name for e in events if e.location) == towns


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Separatist fighters blew up a stretch of railway track on Tuesday and opened fire on the express train as it "
     "entered a tunnel in Balochistan.", EventType.BOMBING),
    ("Armed men stormed a church in Komanda in Ituri province early on Sunday and opened fire on the "
     "worshippers inside.", EventType.ARMED_ASSAULT),
    ("Gunmen stormed a school in Kuriga in Kaduna state on Thursday and abducted more than 280 pupils.",
     EventType.KIDNAPPING),
])
def test_verbs_coordinated_under_one_subject_tell_one_act(pipeline, sentence, kind):
    """The steps of one attack told in one sentence make one event; a later step names its type only when the GTD
    ranks it above the first (an abduction or a bombing)."""
    events = pipeline.extract(sentence, published=date(2024, 3, 12))
    assert [e.event_type for e in events] == [kind]


@pytest.mark.parametrize("sentence", [
    "Gunmen stormed a police station in Kano on Monday and bombed a bridge in Kaduna.",
    "Militants attacked an army post on Monday and ambushed a convoy on Wednesday.",
])
def test_coordinated_acts_at_other_places_or_times_stay_apart(pipeline, sentence):
    events = pipeline.extract(sentence, published=date(2024, 3, 12))
    assert len(events) == 2


def test_a_demonstration_that_turned_to_clashes_is_one_protest(pipeline):
    events = pipeline.extract("Farmers held a demonstration outside the district office in Amritsar on Monday and "
                              "clashed with supporters of the ruling party.", published=date(2024, 3, 12))
    assert [e.event_type for e in events] == [EventType.PROTEST]


def test_a_burning_after_a_storming_is_left_to_the_folds(pipeline):
    """A raid that only burned things is an arson (GTD); one that killed is an assault with a burning in it."""
    raid = pipeline.extract("Armed men stormed a church in Komanda early on Sunday and set fire to houses nearby.",
                            published=date(2025, 7, 28))
    deadly = pipeline.extract("Armed men stormed a church in Komanda early on Sunday, killing 38 worshippers, and set "
                              "fire to houses nearby.", published=date(2025, 7, 28))
    assert [e.event_type for e in raid] == [EventType.ARSON]
    assert [e.event_type for e in deadly] == [EventType.ARMED_ASSAULT]
