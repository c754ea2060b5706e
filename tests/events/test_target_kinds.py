"""What an attack hit, and who did it, in the words a reader would use: weapons, wrong-doings fought, times and
spots are no targets; a hyphenated word's first part is no thing; a facility noun names the thing it helps name;
an attacker's kind used as a modifier names the attackers. Each rule is shown on a sentence written for this test."""
from __future__ import annotations

from datetime import date


def said(pipeline, text: str, *roles: str) -> set[str]:
    """Lower-cased names the article's events give in the roles asked for."""
    events = pipeline.extract(text, published=date(1989, 10, 12))
    return {p.name.lower() for e in events for role in roles for p in getattr(e, role)}


def test_shots_fired_at_a_car_are_not_a_target(pipeline):
    targets = said(pipeline, "On Tuesday, shots were fired at a taxi carrying a judge in Cali, Colombia.", "targets")
    assert "shots" not in targets


def test_a_home_made_bomb_hit_no_home(pipeline):
    targets = said(pipeline, "On Sunday, a home-made bomb exploded at the offices of a bakers union in Rosario, "
                             "Argentina.", "targets")
    assert "home" not in targets
    assert any("offices" in t for t in targets)


def test_a_facility_noun_names_the_thing_it_modifies(pipeline):
    targets = said(pipeline, "On Friday, a bomb exploded beside the telephone exchange boxes in Santa Tecla, "
                             "El Salvador.", "targets")
    assert "telephone" not in targets
    assert any(t.endswith("telephone exchange boxes") for t in targets)


def test_an_offensive_against_a_crime_has_no_target(pipeline):
    targets = said(pipeline, "On Monday, the army launched an offensive against terrorism near Medellin, Colombia.",
                   "targets")
    assert "terrorism" not in targets


def test_a_guerrilla_attack_was_made_by_guerrillas(pipeline):
    perps = said(pipeline, "On Saturday, a guerrilla attack destroyed a bridge near San Miguel, El Salvador.",
                 "perpetrators")
    assert "guerrillas" in perps and "guerrilla" not in perps
