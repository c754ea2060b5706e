"""documents/relevance.py: the dead of an accident and a toll of hundreds with no date are no incident; an attack
told with a crash stays. Own-words articles through the real pipeline."""
from datetime import date

from newsevents import EventType

PUBLISHED = date(1982, 1, 14)


def test_the_dead_of_a_plane_crash_are_no_attack(pipeline):
    # Air Florida Flight 90 hit the 14th Street Bridge in Washington on 13 January 1982.
    text = ("WASHINGTON, 14 Jan 82 -- Seventy-eight people died yesterday afternoon when a Boeing 737 crashed into a "
            "bridge over the Potomac river shortly after take-off. Several motorists on the bridge were injured.")
    assert [e for e in pipeline.extract(text, published=PUBLISHED) if e.event_type is not EventType.OTHER] == []


def test_an_attack_told_with_a_crash_stays(pipeline):
    text = ("Gunmen opened fire on a police patrol car yesterday, killing two officers; the car crashed into a wall "
            "after the driver was hit.")
    events = pipeline.extract(text, published=PUBLISHED)
    assert any(e.event_type is EventType.ARMED_ASSAULT for e in events)


def test_an_offensive_toll_of_hundreds_with_no_date_of_its_own_is_a_statistic(pipeline):
    # The FMLN offensive in San Salvador began on 11 November 1989; the army read out its tallies daily.
    text = ("SAN SALVADOR, 30 Nov 89 -- The army command said its troops have inflicted 650 dead and 300 wounded on "
            "the guerrillas of the offensive.")
    assert pipeline.extract(text, published=date(1989, 11, 30)) == []


def test_a_tally_of_acts_is_a_statistic(pipeline):
    # a brief keeps the tally as its development (type other), never as a kidnapping
    text = "BOGOTA, 2 Feb 90 -- The army said the guerrillas had committed 14 kidnappings in Antioquia last month."
    assert [e.event_type for e in pipeline.extract(text, published=date(1990, 2, 2))] in ([], [EventType.OTHER])


def test_the_burned_of_a_crash_are_no_arson(pipeline):
    # A light plane of the DEA crashed in Guatemala in April 1990 after a mechanical failure.
    text = ("GUATEMALA CITY, 9 APR 90 -- OFFICIALS SAID TODAY THAT AN AMERICAN PILOT DIED AND HIS COMPANION WAS BADLY "
            "BURNED WHEN THEIR LIGHT PLANE CRASHED BECAUSE OF MECHANICAL PROBLEMS.")
    assert [e for e in pipeline.extract(text, published=date(1990, 4, 9)) if e.event_type is not EventType.OTHER] == []


def test_hundreds_dead_over_weeks_of_an_offensive_is_a_statistic(pipeline):
    # The FMLN offensive in San Salvador began on 11 November 1989.
    text = ("SAN SALVADOR, 30 NOV 89 -- The army said 398 soldiers have died and about 800 have been wounded in "
            "clashes since 11 November.")
    assert [e for e in pipeline.extract(text, published=date(1989, 11, 30)) if e.event_type is not EventType.OTHER] == []


def test_one_clash_with_hundreds_dead_over_two_days_stays(pipeline):
    # a short run is one incident's dates
    text = ("The army said 300 rebels were killed on Saturday and Sunday when they attacked the garrison at "
            "El Paraiso.")
    assert pipeline.extract(text, published=date(1989, 11, 30))


def test_a_vehicle_burned_after_a_road_accident_stays_arson(pipeline):
    # riders angry at a road death set a vehicle on fire: the fire hit a thing, it is no casualty of the crash
    text = ("Motorbike taxi riders burnt a car on Sunday after a road accident that killed one of "
            "their colleagues.")
    events = pipeline.extract(text, published=date(2020, 5, 3))
    assert [e.event_type for e in events] == [EventType.ARSON]
