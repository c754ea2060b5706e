"""Tolls in coders' phrasing and shared tolls (mentions/counts.py, patterns/casualties.json).

Every sentence here is written for this test: coder-style notes like those ACLED and GTD write, not copies.
"""
import pytest

from newsevents.mentions.counts import find_casualties, total


def killed(text: str) -> int | None:
    c = total(find_casualties(text), "killed")
    return c.count if c else None


@pytest.mark.parametrize("text,count", [
    # a coder's figure plus the figure already known
    ("Two police officers died in the ambush. Unknown fatalities coded at 4, in addition to 2 known fatalities.", 6),
    # a closing sentence that only gives the toll is the coder's figure, not one more death
    ("Gunmen shot a village chief dead. Two of his sons were also killed. 3 fatalities.", 3),
    ("A trader was stabbed in the market.1 fatality.", 1),
    # ACLED: the note's toll split over several events, each gets its share rounded down
    ("Herders and farmers fought over grazing land near two villages; 6 people were killed. "
     "Fatalities split between 2 events.", 3),
    ("Rival militias clashed across the county, killing at least 25. Fatalities distributed across four events.", 6),
    ("Artillery fire was exchanged on three fronts. Unknown fatalities coded as 10 and spread across two "
     "locations.", 5),
    ("Shelling hit three frontlines. Unclear fatalities coded as 10 and split between 3 locations.", 3),
    # GTD: one of several related attacks whose toll is given across all of them, shared rounded up
    ("Assailants stormed a border post. This was one of two coordinated attacks in the district that night. "
     "Four soldiers and seven assailants were killed across both attacks.", 6),
    ("Gunmen raided a police post. This was one of three related attacks on the same day. "
     "At least 12 people were killed in the ensuing clashes.", 4),
    # the toll is said to be this incident's own
    ("Gunmen raided a hotel. This was one of two coordinated attacks in the city. Six people were killed in this "
     "incident, and 40 were injured across both attacks.", 6),
    # related attacks, but nothing says the toll spans them
    ("A bomb went off at a bus stop. This was one of two related attacks in the town. Three people were killed.", 3),
])
def test_coder_figures_and_shared_tolls(text, count):
    assert killed(text) == count


@pytest.mark.parametrize("text,count", [
    # a bare article after a toll word is no figure
    ("Police said the reported fatalities were part of a wider feud.", None),
    # "also ... him" tells more of the same victim
    ("Gunmen shot and killed a local party leader. Police said the attackers shot and also hacked him to death.", 1),
    # a clause verb ends the victim list: "a shoot-out broke out" is not a victim
    ("An intense shoot-out broke out and a man was killed.", 1),
    # an all-capitals name is no stop word: "IS" before a noun
    ("An army raid near the river left 3 IS militants dead.", 3),
    ("Troops said 4 IS fighters were killed in the strike.", 4),
    # words after a bracketed acronym still belong to the victims' noun phrase
    ("Three National Democratic Front (NDF) rebels and a soldier were killed in a gunfight.", 4),
    # a family of N counts N
    ("A shell struck a house and killed a family of five.", 5),
    # "them" points back to a figure in the sentence before
    ("Gunmen abducted 6 farm workers from a field. They later killed them and left the bodies on a road.", 6),
    # a killing given as the motive is an earlier toll
    ("Rebels shot dead a ranger, in retaliation for the killing of 4 of their members last week.", 1),
    # a place phrase between the victims and the verb
    ("Two of his bodyguards outside the car were killed in the blast.", 2),
    ("The mayor was abducted along with Juan Perez and Luis Gomez. On Monday the mayor was killed by the rebels.", 1),
    ("The minister was shot dead during an attack in which two of his guards were also killed.", 3),
    # numbered victims listed with bare commas are each counted; "X, a police officer," is one person
    ("One police officer, one soldier, and three assailants were killed in the clash.", 5),
    ("Gunmen killed Ali Hassan, a police officer, near his home.", 1),
    ("The hostage was publicly beheaded by the militants.", 1),
    # a passive with a phrase between the two verbs: one victim
    ("A man was abducted by three gunmen and stabbed to death near the market.", 1),
    ("A party worker was kidnapped by unknown men and later killed.", 1),
    ("A man was shot in the market and died.", 1),
])
def test_toll_phrasing(text, count):
    assert killed(text) == count
