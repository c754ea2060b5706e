"""A toll's update told across the attack's own phrase: "the number of people killed in <the attack> rose to more
than 200" (mentions/counts.py pattern TU, patterns/casualties.json toll_update_words/verbs). Sentences written for
this test. Also: "died" takes no object, so no headline ending is needed after it ("21 people died before dawn")."""
import pytest

from newsevents.mentions.counts import find_casualties, total


def killed(text: str):
    return total(find_casualties(text), "killed")


@pytest.mark.parametrize("text,count", [
    ("The number of people killed in a suicide truck bombing in a crowded shopping street rose to more than 200 on "
     "Wednesday.", 200),
    ("The death toll from the twin car bombings outside the education ministry climbed to 121 overnight.", 121),
    ("The number of dead from the attack on the hotel near the seafront has risen to 36, officials said.", 36),
])
def test_an_update_across_the_attack_s_phrase_is_the_toll(text, count):
    found = killed(text)
    assert found is not None and found.count == count


def test_a_toll_that_is_not_known_has_no_figure():
    assert killed("The toll from the bombing of the market in the northern town was not yet known.") is None


def test_the_update_keeps_its_hedge():
    found = killed("The number of people killed in the fire at the crowded nightclub rose to more than 60.")
    assert found is not None and found.qualifier.value == "more_than"


@pytest.mark.parametrize("text,count", [
    ("At least 21 people died before troops retook the hotel.", 21),
    ("Nine passengers died before help arrived.", 9),
])
def test_died_needs_no_headline_ending(text, count):
    # "died" takes no object, so the word after it cannot make the figure someone's victims ("two gunmen killed Ali")
    found = killed(text)
    assert found is not None and found.count == count
