"""Role fillers as the text names them: hedges and counts off, people apart from things, owners kept, weapons as
words. Each rule is shown on a sentence written for this test."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents.mentions.weapons import weapon_category


def extract(pipeline, text: str):
    return pipeline.extract(text, published=date(1990, 3, 7))


def names(events, role: str) -> set[str]:
    return {p.name.lower() for e in events for p in getattr(e, role)}


def test_a_hedge_is_the_reports_doubt_not_the_name(pipeline):
    events = extract(pipeline, "On Monday, suspected guerrillas shot a bus driver in Huancayo, Peru.")
    assert "guerrillas" in names(events, "perpetrators")
    assert not any("suspected" in n for n in names(events, "perpetrators"))


def test_an_editors_tag_is_not_part_of_a_name(pipeline):
    events = extract(pipeline, "LIMA, 6 MAR 90 (EFE) -- [TEXT] UNIDENTIFIED MEN SHOT A JUDGE IN LIMA YESTERDAY.")
    assert any(n.endswith("unidentified men") and "text" not in n for n in names(events, "perpetrators"))


def test_soldiers_attacked_are_victims_not_targets(pipeline):
    events = extract(pipeline, "On Tuesday, rebels ambushed soldiers near Ayacucho, Peru, killing two of them.")
    assert "soldiers" not in names(events, "targets")


def test_a_thing_attacked_keeps_its_owner(pipeline):
    events = extract(pipeline, "On Monday, a bomb exploded at the headquarters of the bank workers union in Lima.")
    assert "headquarters of the bank workers union" in names(events, "targets")


def test_a_count_is_not_part_of_the_victims_description(pipeline):
    events = extract(pipeline, "On Thursday, soldiers killed six coffee pickers in Usulutan, El Salvador.")
    assert "coffee pickers" in names(events, "victims")


def test_weapons_are_the_words_not_categories(pipeline):
    events = extract(pipeline, "On Friday, terrorists threw dynamite at a power pylon near Medellin, Colombia.")
    weapons = {w for e in events for w in e.weapons}
    assert "dynamite" in weapons and "explosives" not in weapons


@pytest.mark.parametrize("word,category", [("dynamite", "explosives"), ("car bomb", "explosives"),
                                           ("machineguns", "firearms"), ("explosives", "explosives"),
                                           ("Molotov cocktails", "incendiary"), ("peace", None)])
def test_a_weapon_word_files_under_its_category(word, category):
    assert weapon_category(word) == category
