"""Numbers, counts and casualty figures read by our own lexicons (mentions/counts.py)."""
import pytest

from newsevents.core.enums import Qualifier
from newsevents.core.records import Count
from newsevents.mentions.counts import Casualty, find_casualties, parse_count, parse_number, total

Q = Qualifier


@pytest.mark.parametrize("text,value", [
    ("133", 133), ("1,200", 1200), ("twenty-one", 21), ("twenty one", 21), ("two hundred", 200),
    ("two hundred and five", 205), ("one", 1), ("a", 1), ("an", 1), ("a dozen", 12), ("two dozen", 24),
    ("Three Thousand", 3000), ("FIFTEEN", 15), ("both", 2),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["dozens", "several", "a few", "many", "", "people", "hundred"])
def test_parse_number_gives_none_for_vague_words(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text,count,qualifier,maximum", [
    ("at least 133", 133, Q.AT_LEAST, None), ("more than 120", 120, Q.MORE_THAN, None),
    ("about 30", 30, Q.APPROX, None), ("around 30", 30, Q.APPROX, None), ("nearly 30", 30, Q.APPROX, None),
    ("almost 30", 30, Q.APPROX, None), ("some 40", 40, Q.APPROX, None), ("roughly 40", 40, Q.APPROX, None),
    ("up to 50", 50, Q.UP_TO, None), ("20 to 30", 20, Q.RANGE, 30), ("20-30", 20, Q.RANGE, 30),
    ("between 20 and 30", 20, Q.RANGE, 30), ("two or three", 2, Q.RANGE, 3), ("43", 43, Q.EXACT, None),
    ("dozens", 24, Q.AT_LEAST, None), ("scores", 40, Q.AT_LEAST, None), ("hundreds", 200, Q.AT_LEAST, None),
    ("a dozen", 12, Q.APPROX, None), ("at least a dozen", 12, Q.AT_LEAST, None),
    ("AT LEAST TWENTY-ONE", 21, Q.AT_LEAST, None),
])
def test_parse_count(text, count, qualifier, maximum):
    c = parse_count(text)
    assert (c.count, c.qualifier, c.max) == (count, qualifier, maximum)
    assert c.text == text


@pytest.mark.parametrize("text", ["several", "people", "30 to 20", ""])
def test_parse_count_gives_none(text):
    assert parse_count(text) is None


def killed(text):
    c = total(find_casualties(text), "killed")
    return c.count if c else None


def injured(text):
    c = total(find_casualties(text), "injured")
    return c.count if c else None


CASES = [
    # text, killed, injured
    ("Gunmen killed at least 133 people at the concert hall.", 133, None),
    ("Taliban militants attacked a police post, killing 4 policemen, in the Rahim Khail area.", 4, None),
    ("4 policemen were killed in the attack.", 4, None),
    ("The bomb left 20 people dead and more than 120 injured.", 20, 120),
    ("2 policemen were killed and one more injured.", 2, 1),
    ("A student killed and three others injured in the clash.", 1, 3),
    ("The blast killed one person and wounded 12 others.", 1, 12),
    ("At least 43 people died.", 43, None),
    ("The death toll rose to 95 on Friday.", 95, None),
    ("The attack claimed 30 lives.", 30, None),
    ("The explosion ripped through the market, leaving dozens dead.", 24, None),
    ("Soldiers killed two civilians and injured five.", 2, 5),
    ("Five soldiers were wounded.", None, 5),
    ("Three people were hurt.", None, 3),
    ("No one was injured.", None, 0),
    ("No casualties were reported.", 0, 0),
    ("There were no fatalities.", 0, None),
    ("A gunman shot and killed a police officer.", 1, None),
    ("A man was killed in the blast.", 1, None),
    ("Unknown gunmen shot and killed two Interior Ministry employees.", 2, None),
    ("13 killed in Kabul blast", 13, None),
    ("The assailants killed a conscript and a civilian worker.", 2, None),
    ("The blast killed 20 people, including 14 tourists.", 20, None),
    ("Gunmen shot and killed Ali Hassan, a local official, and his driver.", 2, None),
    ("A suicide bomber blew himself up at the gate, killing 60 recruits.", 60, None),
    ("3 soldiers were killed. Officials said 4 militants were also killed.", 7, None),
    ("Two children who were in the area were killed in the explosion.", 2, None),
    ("Militants ambushed two hawkers, killing them.", 2, None),
    ("The victim died.", 1, None),
    ("The body of a man was found near the river.", 1, None),
    ("Fatalities coded as 0 (VoJ reported 1).", 0, None),
    ("A bomb killed 4 people. Total fatalities coded as 5.", 5, None),
]


@pytest.mark.parametrize("text,dead,hurt", CASES)
def test_figures(text, dead, hurt):
    assert (killed(text), injured(text)) == (dead, hurt)


# names are only recognised where case tells them apart, so those cases are not repeated in upper case
@pytest.mark.parametrize("text,dead,hurt", [c for c in CASES if "Ali Hassan" not in c[0]])
def test_figures_in_upper_case(text, dead, hurt):
    assert (killed(text.upper()), injured(text.upper())) == (dead, hurt)


@pytest.mark.parametrize("text,n", [
    ("Gunmen kidnapped seven drivers on the highway.", 7),
    ("Boko Haram abducted 12 students.", 12),
    ("ARMED MEN ABDUCTED 12 STUDENTS.", 12),
])
def test_kidnapped(text, n):
    assert total(find_casualties(text), "kidnapped").count == n
    assert total(find_casualties(text), "killed") is None


@pytest.mark.parametrize("text", [
    "Five gunmen stormed the hotel on 12 March 2011.",
    "A 25-year-old man was arrested at 10:30 in the morning.",
    "The attack took place at 15 Main Street in 2019.",
    "Several people were killed.",
    "The group threatened to kill 10 hostages.",
    "It is unknown if anyone was killed.",
    "Over 200 militants raided the village.",
])
def test_no_figure(text):
    assert killed(text) is None


def test_age_is_not_a_count():
    assert killed("A 25-year-old man was killed.") == 1
    assert killed("Police said a 25-year-old man was killed.") == 1


def test_dates_are_not_counts():
    cs = find_casualties("On 27 April 2020, 3 people were killed in Kabul.")
    assert [(c.kind, c.count.count) for c in cs] == [("killed", 3)]


def test_casualty_fields_and_offsets():
    text = "On Monday the blast killed at least 133 people and injured 20 others."
    cs = find_casualties(text)
    assert [c.kind for c in cs] == ["killed", "injured"]
    k = cs[0]
    assert isinstance(k, Casualty)
    assert text[k.start:k.end] == "killed at least 133 people"
    assert k.count == Count(133, Q.AT_LEAST, None, "at least 133")
    assert k.noun == "people"
    assert cs[1].noun == "others"


def test_subset_is_not_the_total():
    cs = find_casualties("Police said 14 tourists were killed, among them the bus driver. "
                         "In all 30 people were killed, including 14 tourists were killed.")
    assert total(cs, "killed").count == 30
    only = find_casualties("The dead included 4 children. including 3 women were killed")
    assert any(c.subset for c in only)


def test_additive_figures_add_up():
    cs = find_casualties("Unknown gunmen killed a village head. Another civilian was killed nearby.")
    assert total(cs, "killed").count == 2


def test_total_prefers_the_largest_and_positive():
    cs = find_casualties("At first 5 people were killed. Later the death toll rose to 12. No one else was hurt.")
    assert total(cs, "killed").count == 12
    assert total([], "killed") is None


def test_range_total_keeps_max():
    c = total(find_casualties("Between 20 and 30 people were killed."), "killed")
    assert (c.count, c.qualifier, c.max) == (20, Q.RANGE, 30)


def test_suicide_attacker_is_flagged_but_not_added_to_the_stated_toll():
    cs = find_casualties("A suicide bomber detonated his vest, killing 5 soldiers.")
    assert [c.implied for c in cs].count(True) == 1
    assert total(cs, "killed").count == 5
    arrested = find_casualties("A suicide bomber was arrested before he could detonate his vest.")
    assert total(arrested, "killed") is None


@pytest.mark.parametrize("text,dead", [
    ("A mortar attack on the airfield killed three Americans, a soldier and two contractors.", 3),   # a breakdown
    ("The bombing killed two people, a man and a woman, near the market.", 2),
    ("Militants killed five soldiers, two police officers and three civilians in the raid.", 10),  # a list
])
def test_an_appositive_list_after_a_figure_breaks_it_down(text, dead):
    assert killed(text) == dead


def test_a_list_of_counted_groups_is_summed_even_when_its_tail_matches_its_head():
    assert killed("Two police officers, one civil servant and one local resident were killed in the riot.") == 4


@pytest.mark.parametrize("text,dead", [
    ("The conflict in the country's two English-speaking regions has killed more than 3,000 people.", 3000),
    ("Two people have died in the attack.", 2),                   # a perfect of an intransitive verb is a toll
    ("Three soldiers have been killed near the border.", 3),
])
def test_a_subject_before_an_active_perfect_is_the_doer_not_the_dead(text, dead):
    assert killed(text) == dead
