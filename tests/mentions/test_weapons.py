"""Weapon categories and suicide attacks read by our own lexicons (mentions/weapons.py)."""
import pytest

from newsevents.mentions.weapons import find_weapons, is_suicide, weapon_categories


@pytest.mark.parametrize("text,category", [
    ("Gunmen opened fire on the crowd.", "firearms"),
    ("He was killed with an AK-47.", "firearms"),
    ("The attackers used pistols and rifles.", "firearms"),
    ("A machine gun was found.", "firearms"),
    ("Heavy gunfire was heard.", "firearms"),
    ("A bomb exploded in the market.", "explosives"),
    ("An IED hit the convoy.", "explosives"),
    ("An improvised explosive device was defused.", "explosives"),
    ("A car bomb went off.", "explosives"),
    ("The VBIED detonated at the gate.", "explosives"),
    ("He wore a suicide vest.", "explosives"),
    ("Militants threw a grenade.", "explosives"),
    ("The truck hit a landmine.", "explosives"),
    ("They used dynamite.", "explosives"),
    ("Rockets and mortars hit the base.", "explosives"),
    ("Arson destroyed the office.", "incendiary"),
    ("Protesters set fire to the building.", "incendiary"),
    ("A petrol bomb was thrown.", "incendiary"),
    ("They threw Molotov cocktails.", "incendiary"),
    ("He attacked them with a knife.", "melee"),
    ("Villagers were hacked with machetes.", "melee"),
    ("The victim was stabbed.", "melee"),
    ("The attacker rammed a truck into the crowd.", "vehicle"),
    ("A chemical weapon attack with sarin.", "chemical"),
])
def test_category(text, category):
    assert category in weapon_categories(text)
    assert category in weapon_categories(text.upper())


def test_offsets_and_order():
    text = "Gunmen fired rifles, then a car bomb exploded."
    found = find_weapons(text)
    surfaces = [(text[s:e], cat) for s, e, cat in found]
    assert ("rifles", "firearms") in surfaces
    assert ("car bomb", "explosives") in surfaces
    assert [s for s, _, _ in found] == sorted(s for s, _, _ in found)


@pytest.mark.parametrize("text", [
    "Five gunmen stormed the hotel.",
    "The coalmine workers went on strike.",
    "Fireworks lit up the sky after the ceasefire.",
    "Firefighters arrived at the scene.",
    "The talks were held in the capital.",
])
def test_no_weapon(text):
    assert find_weapons(text) == []


@pytest.mark.parametrize("text", [
    "A suicide bomber attacked the checkpoint.", "The suicide bombing killed 20.",
    "The attacker blew himself up.", "He wore a suicide vest.", "A SUICIDE CAR BOMB STRUCK THE BASE.",
])
def test_is_suicide(text):
    assert is_suicide(text)


@pytest.mark.parametrize("text", [
    "A monk's self-immolation in protest.", "The man set himself on fire outside parliament.",
    "The prisoner committed suicide.", "A roadside bomb hit the convoy.",
])
def test_is_not_suicide(text):
    assert not is_suicide(text)
