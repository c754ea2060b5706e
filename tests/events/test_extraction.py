"""A news-length article with many events, through `Pipeline.extract`: the events, their evidence and their ids."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents import DatePrecision, Event, EventType, Qualifier, Status

PUBLISHED = date(2023, 1, 31)

# Peshawar police-lines mosque bombing (30 January 2023), with earlier attacks on the city as background.
ARTICLE = """PESHAWAR, Pakistan - A suicide bomber blew himself up inside a mosque in a police compound in Peshawar on Monday, killing at least 84 people, most of them police officers, officials said on Tuesday. More than 150 people were wounded.

The Pakistani Taliban initially claimed responsibility. Police officials blamed Jamaat-ul-Ahrar, a faction of the group.

The city has suffered such attacks before. In December 2014, gunmen stormed the Army Public School in Peshawar and killed more than 140 people, most of them children. The following year, militants attacked an air force base near the city, killing 29 people.

Officials said on Tuesday that militants had also threatened to attack police stations across the province.
"""


@pytest.fixture(scope="module")
def events(pipeline) -> list[Event]:
    return pipeline.extract(ARTICLE, published=PUBLISHED, article_id="peshawar-2023")


def by_type(events: list[Event], etype: EventType) -> list[Event]:
    return [e for e in events if e.event_type is etype]


def test_many_events_from_one_article(events):
    assert len(events) == 4, [e.to_json() for e in events]
    assert {e.article_id for e in events} == {"peshawar-2023"}
    assert len({e.event_id for e in events}) == len(events)


def test_the_main_event(events):
    [bombing] = by_type(events, EventType.BOMBING)
    assert bombing.status is Status.REALIZED and bombing.suicide is True and bombing.background is False
    assert (bombing.date.start, bombing.date.precision) == (date(2023, 1, 30), DatePrecision.DAY)
    assert (bombing.location.name, bombing.location.country) == ("Peshawar", "PK")
    assert bombing.fatalities.qualifier is Qualifier.AT_LEAST and bombing.fatalities.count >= 84
    assert (bombing.injuries.count, bombing.injuries.qualifier) == (150, Qualifier.MORE_THAN)
    assert bombing.claimed_by == ("Tehrik-i-Taliban Pakistan",)
    assert [(a.source, a.actor) for a in bombing.attributed_by] == [("Police officials", "Jamaat-ul-Ahrar")]


def test_background_events_are_dated_to_their_own_time(events):
    background = sorted((e for e in events if e.background), key=lambda e: e.date.start)
    assert [(e.date.start, e.date.end, e.date.precision) for e in background] == [
        (date(2014, 12, 1), date(2014, 12, 31), DatePrecision.MONTH),
        (date(2015, 1, 1), date(2015, 12, 31), DatePrecision.YEAR),
    ]
    school, air_base = background
    assert school.event_type is EventType.ARMED_ASSAULT and school.location.name == "Peshawar"
    assert (school.fatalities.count, school.fatalities.qualifier) == (140, Qualifier.MORE_THAN)
    assert (air_base.fatalities.count, air_base.fatalities.qualifier) == (29, Qualifier.EXACT)
    assert air_base.date.text == "The following year"


def test_threat_in_the_same_article(events):
    [threat] = by_type(events, EventType.THREAT)
    assert threat.status is Status.THREATENED
    assert threat.fatalities is None and threat.background is False


def test_evidence_offsets_point_into_the_text(events):
    for ev in events:
        assert ev.evidence, ev.to_json()
        for span in ev.evidence:
            assert 0 <= span.start < span.end <= len(ARTICLE)
            assert ARTICLE[span.start:span.end] == span.text
    [bombing] = by_type(events, EventType.BOMBING)
    assert any("suicide bomber blew himself up" in s.text for s in bombing.evidence)


def test_confidence_is_a_probability(events):
    assert all(0.0 < e.confidence <= 1.0 for e in events)
    [bombing] = by_type(events, EventType.BOMBING)
    [threat] = by_type(events, EventType.THREAT)
    assert bombing.confidence > threat.confidence


def test_event_ids_are_stable_across_runs(pipeline, events):
    again = pipeline.extract(ARTICLE, published=PUBLISHED, article_id="peshawar-2023")
    assert [e.event_id for e in again] == [e.event_id for e in events]
    assert [e.to_json() for e in again] == [e.to_json() for e in events]


def test_event_ids_depend_on_the_article(pipeline, events):
    other = pipeline.extract(ARTICLE, published=PUBLISHED, article_id="another-paper")
    assert not {e.event_id for e in other} & {e.event_id for e in events}


def test_events_survive_a_json_round_trip(events):
    for ev in events:
        assert Event.from_json(ev.to_json()) == ev


def test_no_publication_date_leaves_relative_dates_open(pipeline):
    evs = pipeline.extract("Gunmen attacked a police station in Peshawar on Monday, killing at least 12 officers.")
    [ev] = [e for e in evs if e.event_type is EventType.ARMED_ASSAULT]
    assert ev.date is None or ev.date.start is None


def test_upper_case_wire_evidence_is_the_original_text(pipeline):
    # agency transcripts come in capitals; we parse a truecased copy, but evidence quotes the text as given
    text = ("SAN SALVADOR, 17 NOV 89 -- URBAN GUERRILLAS DETONATED A CAR BOMB OUTSIDE A POLICE STATION IN SAN "
            "SALVADOR YESTERDAY, KILLING THREE POLICEMEN AND WOUNDING FIVE PASSERSBY, POLICE SOURCES SAID.")
    evs = pipeline.extract(text, published=date(1989, 11, 17))
    assert evs, "the bombing must be found"
    for e in evs:
        for ev in e.evidence:
            assert ev.text == text[ev.start:ev.end]
            assert ev.text.isupper()
    bombing = [e for e in evs if e.event_type is EventType.BOMBING]
    assert bombing and bombing[0].fatalities.count == 3
    assert bombing[0].date.start == date(1989, 11, 16)


def test_an_attack_recalled_inside_the_lede_stays_apart(pipeline):
    # the main attack and "the 1998 bombing" named in its apposition are two incidents, each with its own date and town
    text = ("GARISSA, Kenya - Kenyans on Friday mourned the 147 people killed when al-Shabaab gunmen stormed a "
            "university campus in the town of Garissa, the deadliest attack in Kenya since the 1998 bombing of the "
            "U.S. embassy in Nairobi.\n\nThe gunmen forced their way into the campus before dawn on Thursday.")
    evs = pipeline.extract(text, published=date(2015, 4, 3))
    recalled = [e for e in evs if e.date and e.date.start == date(1998, 1, 1)]
    assert len(recalled) == 1 and recalled[0].location.name == "Nairobi" and recalled[0].background
    main = [e for e in evs if e.fatalities and e.fatalities.count == 147]
    assert len(main) == 1 and main[0].date.start == date(2015, 4, 2) and main[0].location.name == "Garissa"
