"""Four more short stories, written for these tests from news events (Kuriga and other school abductions in
Nigeria, 2014-2024; the Lebanon pager and radio blasts, September 2024; Barsalogho and Mansila in Burkina Faso,
2024; the Manda Bay raid in Kenya, January 2020): a town the gazetteer lacks is not the dateline's city, a province
named with its unit word is the province, the side of a country is not a province's, "killed at least 200" and
"one U.S. soldier and two contractors" are counted right, "the Somali group claimed" is a claim, people seized are
abducted, a habit's clause keeps no date from the act beside it, radios' users are not their bombers, a country
blamed is an attribution, and the country across a border is not where the act was."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType

KURIGA = (
    "KADUNA, Nigeria - Gunmen on motorcycles stormed a school in the town of Kuriga in northwestern Nigeria's "
    "Kaduna state last Thursday and abducted at least 287 students, some as young as eight, a teacher said.\n\n"
    "No group has claimed the abduction, but residents blamed bandits, the criminal gangs that raid villages "
    "and kidnap for ransom across the northwest.\n\n"
    "Early on Saturday, gunmen seized 15 pupils from an Islamic boarding school in Gidan Bakuso, in neighboring "
    "Sokoto state, a local official said.\n\n"
    "Mass kidnappings from schools began in 2014, when Boko Haram seized 276 girls from a boarding school in "
    "Chibok. In December 2020, more than 300 boys were taken from a school in Kankara, in Katsina state; Boko "
    "Haram claimed that abduction, though officials blamed bandits.")

PAGERS = (
    "BEIRUT, Lebanon - Hand-held radios used by Hezbollah members exploded across southern Lebanon and in "
    "Beirut's southern suburbs on Wednesday, killing at least 20 people and wounding more than 450, Lebanon's "
    "health ministry said, a day after thousands of pagers blew up in a similar attack.\n\n"
    "The pager explosions on Tuesday killed 12 people, including two children, and wounded about 2,800, the "
    "health minister said.\n\n"
    "The Lebanese government blamed Israel for the pager attack. Israel did not comment.")

BURKINA = (
    "OUAGADOUGOU, Burkina Faso - Fighters of an al-Qaeda affiliate killed at least 200 people, many of them "
    "civilians digging defensive trenches, in an attack on the town of Barsalogho in central Burkina Faso on "
    "Saturday, a United Nations source said.\n\n"
    "Jama'at Nusrat al-Islam wal-Muslimin, or JNIM, claimed responsibility, saying it had attacked members of a "
    "government-backed militia.\n\n"
    "In June, JNIM fighters overran an army base in Mansila, near the border with Niger, killing more than 100 "
    "soldiers.")

MANDA_BAY = (
    "NAIROBI, Kenya - Al-Shabaab militants attacked a military base used by American and Kenyan forces in "
    "Kenya's coastal Lamu county on Sunday, killing one U.S. soldier and two American contractors, the U.S. "
    "military said. Two Defense Department employees were wounded.\n\n"
    "The Somali group claimed responsibility, saying its fighters had stormed the base at Manda Bay before "
    "dawn.\n\n"
    "Last January, al-Shabaab gunmen stormed the DusitD2 hotel complex in Nairobi, killing 21 people.")


def test_a_town_the_gazetteer_lacks_is_not_the_datelines_city(pipeline):
    events = pipeline.extract(BURKINA, published=date(2024, 8, 28))
    lead = next(e for e in events if e.date is not None and e.date.start == date(2024, 8, 24))
    assert lead.location.country == "BF" and lead.location.name != "Ouagadougou", lead.location
    assert lead.fatalities.count == 200                          # "killed at least 200 people", not "an affiliate"
    assert lead.claimed_by == ("Jama'at Nusrat al-Islam wal-Muslimin",)


def test_the_country_across_the_border_is_not_where_the_base_was(pipeline):
    events = pipeline.extract(BURKINA, published=date(2024, 8, 28))
    base = next(e for e in events if "overran" in e.trigger)
    assert base.location is not None and base.location.country == "BF", base.location


def test_a_province_with_its_unit_word_is_the_province_and_not_its_capital(pipeline):
    events = pipeline.extract(KURIGA, published=date(2024, 3, 14))
    school = next(e for e in events if e.date is not None and e.date.start == date(2024, 3, 7))
    assert school.event_type is EventType.KIDNAPPING
    assert school.location.precision.value == "admin1" and school.location.admin1 == "Kaduna", school.location


def test_people_seized_are_abducted_and_a_habit_keeps_no_date(pipeline):
    events = pipeline.extract(KURIGA, published=date(2024, 3, 14))
    by_place = {e.location.name: e for e in events if e.location is not None}
    assert by_place["Sokoto"].event_type is EventType.KIDNAPPING                 # "seized 15 pupils"
    chibok = by_place["Chibok"]
    assert chibok.event_type is EventType.KIDNAPPING and chibok.date.start == date(2014, 1, 1), chibok.date
    assert by_place["Kankara"].claimed_by == ("Boko Haram",)                     # "claimed that abduction"


def test_users_of_the_radios_are_not_their_bombers_and_a_country_blamed_is_attributed(pipeline):
    events = pipeline.extract(PAGERS, published=date(2024, 9, 19))
    radios = next(e for e in events if e.date is not None and e.date.start == date(2024, 9, 18))
    assert not radios.perpetrators, radios.perpetrators
    pagers = next(e for e in events if e.date is not None and e.date.start == date(2024, 9, 17))
    assert [a.actor for a in pagers.attributed_by] == ["Israel"]


def test_a_described_group_claims_and_an_abbreviation_keeps_the_count_going(pipeline):
    events = pipeline.extract(MANDA_BAY, published=date(2020, 1, 6))
    raid = next(e for e in events if e.date is not None and e.date.start == date(2020, 1, 5))
    assert raid.fatalities.count == 3                            # one U.S. soldier and two American contractors
    assert raid.claimed_by == ("Al-Shabaab",)                    # "The Somali group claimed responsibility"
    assert raid.location.admin1 == "Lamu" and raid.location.name != "Nairobi", raid.location
