"""Victims named one by one and in full (events/names.py), on names and sentences written for these tests."""
from __future__ import annotations

from datetime import date

from newsevents.core import Event, EventType, Participant
from newsevents.events.names import described_name, fullest, person_names, untitled, with_full_names


def test_a_surname_takes_the_full_name_the_article_gave():
    persons = ["Maria Elena Duarte", "Jorge Quispe"]
    assert fullest("Duarte", persons) == "Maria Elena Duarte"
    assert fullest("Quispe", persons) == "Jorge Quispe"


def test_a_first_surname_takes_the_one_full_name_that_holds_it():
    assert fullest("Rivas", ["Ana Rivas Ortiz"]) == "Ana Rivas Ortiz"      # a Spanish name's short form
    assert fullest("Rivas", ["Ana Rivas Ortiz", "Pedro Rivas Mena"]) == "Rivas"   # two holders: left as it is
    assert fullest("Ana", ["Ana Rivas Ortiz"]) == "Ana"                    # a given name is never expanded
    assert fullest("peasants", ["Ana Peasants"]) == "peasants"    # a description is never expanded


def test_courtesy_titles_are_not_part_of_the_name():
    assert untitled("Msgr. Oscar Romero") == "Oscar Romero"
    assert untitled("Companero Diego Rojas") == "Diego Rojas"
    assert untitled("Dr") == "Dr"                                   # a title alone stays
    assert untitled("General Rene Ponce") == "Rene Ponce"           # a rank is said of him, not his name
    assert untitled("Vice President Luis Merino") == "Luis Merino"
    assert untitled("General") == "General"                         # a rank alone stays
    assert untitled("general staff") == "general staff"             # a rank before no name stays


def test_listed_victims_stand_apart_under_their_full_names():
    ev = Event("e1", "a1", EventType.ARMED_ASSAULT,
               victims=(Participant("Jesuits, women"), Participant("Dr. Duarte and bodyguards")))
    out = with_full_names(ev, ["Maria Elena Duarte"])
    assert [v.name for v in out.victims] == ["Jesuits", "women", "Maria Elena Duarte", "bodyguards"]


def test_names_come_from_entities_and_proper_noun_runs(pipeline):
    doc = pipeline.nlp("Gunmen shot the trade unionist Maria Elena Duarte outside her office in Lima.")
    assert "Maria Elena Duarte" in person_names([doc])


def test_a_surname_later_in_the_article_reads_in_full(pipeline):
    text = ("Gunmen shot dead the trade unionist Maria Elena Duarte in Lima, Peru, on Monday. "
            "On Tuesday, a bomb destroyed the car of Duarte's lawyer, Jorge Quispe, in Lima.")
    events = pipeline.extract(text, published=date(1990, 3, 7))
    names = {v.name for e in events for v in e.victims}
    assert "Duarte" not in names and "Maria Elena Duarte" in names


def test_a_description_before_a_name_gives_way_to_the_name():
    assert described_name("trade unionist Ana Rivas", ["Ana Rivas"]) == "Ana Rivas"
    assert described_name("OAS Secretary General Ana Rivas", ["Ana Rivas"]) == "Ana Rivas"   # an office before her
    assert described_name("trade unionists", ["Ana Rivas"]) == "trade unionists"
    assert described_name("residence of lawyer Ana Rivas", ["Ana Rivas"]) == "residence of lawyer Ana Rivas"

