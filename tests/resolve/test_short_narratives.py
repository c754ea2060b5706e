"""Short stories told in several paragraphs, each recalling other attacks: not coder's notes. Written for these
tests from four news events (Colombia, August 2025; Komanda, July 2025; Peshawar, January 2023; Palma, March 2021):
a year that names a thing anchors nothing, a death from wounds dates no attack, a semicolon parts two clauses' dates,
a report's day is not the attack's, a war's tally folds into no incident, a province abroad is found, a group's
province is no country, "the town" is the town named before, a conjoined clause with its own subject is no attempt,
a counted sum of attacks told one by one is no third incident, a burning done in a deadly raid is part of it, and
"called the strike an act of aggression" names no labour strike."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType, Status
from newsevents.resolve.article_places import is_brief
from newsevents.resolve.chain import DateChain

COLOMBIA = (
    "BOGOTA, Colombia - Two attacks on Thursday killed at least 19 people in Colombia, the deadliest day for the "
    "country's security forces in years, officials said.\n\n"
    "In the southwestern city of Cali, a truck loaded with explosives blew up near an air base, killing six "
    "civilians and wounding more than 60 others, the mayor said. Hours earlier, a police helicopter carrying "
    "officers to a coca eradication operation was brought down by a drone in Amalfi, in the northern department "
    "of Antioquia. Thirteen police officers died.\n\n"
    "President Gustavo Petro blamed the Cali bombing on a faction of the dissident group known as the Central "
    "General Staff, which rejected the 2016 peace accord with the FARC. Neither group has claimed responsibility.\n\n"
    "The attacks came two months after Miguel Uribe Turbay, a senator and presidential hopeful, was shot in the "
    "head at a campaign rally in Bogota in June. He died of his wounds on Aug. 11.\n\n"
    "Violence has risen in several regions since January, when fighting between the National Liberation Army and "
    "former FARC rebels in the Catatumbo region displaced more than 50,000 people.")

KOMANDA = (
    "KAMPALA, Uganda - Islamic State-linked militants killed at least 38 worshippers in an overnight attack on a "
    "Catholic church in eastern Congo, a local official said on Monday.\n\n"
    "Attackers armed with guns and machetes stormed the church in Komanda, in Ituri province, during a night "
    "vigil early on Sunday, and set fire to several houses and shops nearby, witnesses said. The Islamic State "
    "claimed the attack on Sunday through its news agency, saying fighters of its Central Africa Province had "
    "killed Christians.\n\n"
    "The Allied Democratic Forces, a group founded by Ugandan rebels in the 1990s that pledged allegiance to the "
    "Islamic State in 2019, has killed thousands of civilians in the region.\n\n"
    "In June 2023, ADF fighters crossed into Uganda and attacked a secondary school in Mpondwe, near the border, "
    "killing 42 people, most of them students.")

BANNU = (
    "PESHAWAR, Pakistan - The Pakistani Taliban ended a months-long cease-fire with the government in November "
    "and has since stepped up attacks on the police.\n\n"
    "Last month, militants held at a counterterrorism center in the northwestern town of Bannu overpowered their "
    "guards and took several officers hostage; commandos stormed the compound two days later, killing 33 "
    "militants.\n\n"
    "Officials said the investigation would take weeks, and schools stayed closed across the province.")

PALMA = (
    "MAPUTO, Mozambique - The Islamic State claimed on Monday that its fighters had seized the town of Palma in "
    "northern Mozambique, five days after insurgents launched a coordinated assault on the town that killed dozens "
    "of people.\n\n"
    "Hundreds of people who had taken refuge at the Amarula hotel tried to escape in a convoy of 17 vehicles on Friday, but "
    "militants ambushed it, and only seven vehicles got through, a security contractor said. At least seven "
    "people were killed in the ambush, the government said.\n\n"
    "The insurgents have waged an insurgency in Cabo Delgado province since 2017. In August, they captured the "
    "port town of Mocimboa da Praia after days of fighting with the army.")


def _at(events, name):
    return [e for e in events if e.location is not None and e.location.name == name]


def test_a_short_story_in_many_paragraphs_is_no_brief():
    assert len(COLOMBIA) < 1500 and not is_brief(COLOMBIA)
    one = " ".join(p for p in COLOMBIA.split("\n\n"))
    assert is_brief(one)                                   # one paragraph of the same length is a brief
    assert is_brief(COLOMBIA.upper(), upper=True)          # an upper-case wire is judged by its length alone


def test_a_year_that_names_a_thing_anchors_no_later_month():
    chain = DateChain(COLOMBIA, date(2025, 8, 22))
    june = COLOMBIA.index("in June")
    r = chain.at("in June", june)
    assert r is not None and r.start == date(2025, 6, 1), r


def test_a_death_from_wounds_dates_no_attack_and_joins_the_shooting(pipeline):
    events = pipeline.extract(COLOMBIA, published=date(2025, 8, 22))
    shot = [e for e in events if e.trigger == "shot"]
    assert len(shot) == 1 and shot[0].date.start == date(2025, 6, 1), [(e.trigger, e.date) for e in events]
    assert shot[0].fatalities is not None and shot[0].fatalities.count == 1
    assert not any(e.date is not None and e.date.start == date(2025, 8, 11) for e in events)


def test_a_counted_sum_of_attacks_told_one_by_one_is_no_third_incident(pipeline):
    events = pipeline.extract(COLOMBIA, published=date(2025, 8, 22))
    current = [e for e in events if not e.background]
    assert sorted(e.location.name for e in current) == ["Amalfi", "Cali"], [(e.trigger, e.location) for e in events]
    assert all(e.date.start == date(2025, 8, 21) for e in current)   # the lead's day, told a paragraph before
    assert _at(events, "Amalfi")[0].event_type is EventType.REMOTE_VIOLENCE   # not the January fighting


def test_a_since_clause_with_when_dates_the_fighting_in_its_country(pipeline):
    events = pipeline.extract(COLOMBIA, published=date(2025, 8, 22))
    fights = [e for e in events if e.event_type is EventType.BATTLE]
    assert len(fights) == 1, [(e.event_type, e.trigger) for e in events]
    fight = fights[0]
    assert fight.date.start == date(2025, 1, 1) and fight.date.end == date(2025, 1, 31)
    assert fight.location is not None and fight.location.country == "CO"          # not Venezuela's Catatumbo
    assert {a.canonical for a in fight.perpetrators} >= {"National Liberation Army (Colombia)"}


def test_a_report_day_a_war_tally_and_a_groups_province_do_not_shape_the_attack(pipeline):
    events = pipeline.extract(KOMANDA, published=date(2025, 7, 28))
    current = [e for e in events if not e.background]
    assert len(current) == 1, [(e.event_type, e.trigger, e.location) for e in events]
    attack = current[0]
    assert attack.event_type is EventType.ARMED_ASSAULT                    # the burning was part of the raid
    assert attack.date.start == date(2025, 7, 27)                          # Sunday, not the Monday of the report
    assert attack.fatalities.count == 38                                   # not the thousands of a war
    assert attack.location.country == "CD" and attack.location.admin1 == "Ituri"   # a province beyond the dateline
    assert attack.claimed_by == ("Islamic State",)
    assert not any(e.location is not None and e.location.country == "CF" for e in events)


def test_a_semicolon_parts_the_dates_of_two_clauses(pipeline):
    events = pipeline.extract(BANNU, published=date(2023, 1, 31))
    taken = [e for e in events if e.event_type is EventType.KIDNAPPING]
    assert len(taken) == 1 and taken[0].date.start == date(2022, 12, 1), [(e.trigger, e.date) for e in events]
    assert taken[0].location is not None and taken[0].location.name == "Bannu"


def test_the_town_is_the_town_named_before_and_not_the_dateline(pipeline):
    events = pipeline.extract(PALMA, published=date(2021, 3, 29))
    assault = next(e for e in events if "assault" in e.trigger)
    assert assault.location.country == "MZ" and assault.location.name != "Maputo", assault.location
    assert assault.claimed_by == ("Islamic State",)                  # "claimed on Monday that its fighters had"


def test_a_conjoined_clause_with_its_own_subject_is_no_attempt(pipeline):
    lead = PALMA.split("\n\n")[1].split(". ")[0] + "."            # "... tried to escape ..., but militants ambushed it"
    alone = pipeline.extract(lead, published=date(2021, 3, 29))
    assert [e.status for e in alone] == [Status.REALIZED], [(e.trigger, e.status) for e in alone]
    events = pipeline.extract(PALMA, published=date(2021, 3, 29))
    ambush = [e for e in events if "ambush" in e.trigger]
    assert len(ambush) == 1 and ambush[0].status is Status.REALIZED, [(e.trigger, e.status) for e in events]
    assert ambush[0].fatalities.count == 7 and ambush[0].date.start == date(2021, 3, 26)


def test_naming_a_strike_an_act_of_aggression_calls_no_stoppage(pipeline):
    text = ("The United States fired 59 cruise missiles at a Syrian air base early on Friday. The Syrian army said "
            "six people were killed at the base and called the strike an act of aggression.")
    events = pipeline.extract(text, published=date(2017, 4, 7))
    assert not any(e.event_type is EventType.PROTEST for e in events), [(e.event_type, e.trigger) for e in events]
