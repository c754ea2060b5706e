"""Acts a narrative tells beside one another, in short articles written for these tests from news events: the
assault on the TUSAS aerospace company near Ankara (23 October 2024) and Turkey's air strikes on the PKK that
followed, with the Interior Ministry bombing of 1 October 2023 and the Istiklal Avenue bombing of 13 November 2022
recalled; the Kuriga school kidnapping in Kaduna (7 March 2024), with the Kankara (December 2020) and Jangebe
(February 2021) abductions recalled; the drone attack on a police helicopter near Amalfi and the truck bomb in Cali
(21 August 2025), which President Petro blamed on two different groups; the car attack on the Magdeburg Christmas
market (20 December 2024), with the Berlin (December 2016) and Nice (July 2016) truck attacks recalled.

What they check: "struck targets in Iraq overnight, hours after gunmen stormed the company" tells two acts, and the
storming is not in Iraq; "On Friday the group's armed wing said one of its units had carried out the raid" is the
group's claim of the raid told before, not a raid done on Friday; a town measured from ("40 kilometres north of
Ankara") is not where the district named beside it is; "Such raids began to spread in December 2020, when gunmen
took 344 boys from a school in Kankara" is an abduction of December 2020, and "Boko Haram's leader said his fighters
were behind that abduction" is Boko Haram's claim; "blamed the helicopter attack on the Gulf Clan, and said the Cali
bombing was the work of ..." gives each attack its own suspect; "a nine-year-old boy" is an age, not a date;
"at Berlin's Breitscheidplatz" is in Berlin; "earlier that year ... killing 86" is one attack, which "also claimed
the Nice attack" names; "a spokeswoman for" a hospital claims nothing."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType

_ANKARA = (
    "Turkey strikes Kurdish militants after deadly assault on aerospace company\n\n"
    "ANKARA — Turkish warplanes struck dozens of targets in northern Iraq and Syria overnight, the Defence Ministry "
    "said on Thursday, hours after gunmen stormed the headquarters of the state aerospace company TUSAS on the "
    "outskirts of the capital.\n\n"
    "Five people were killed and 22 wounded in Wednesday's attack in the Kahramankazan district, about 40 kilometres "
    "north of Ankara, according to the interior minister. A man and a woman armed with rifles arrived in a taxi, set "
    "off an explosion at the gate and opened fire on employees before security forces killed both of them. The "
    "minister said the assailants were members of the Kurdistan Workers' Party, or PKK. On Friday the group's armed "
    "wing said one of its units had carried out the raid.\n\n"
    "It was the second time in just over a year that militants had struck in the capital. In October last year two "
    "attackers drove up to the Interior Ministry; one blew himself up near the entrance and the other was shot dead "
    "by police before he could detonate his explosives. The PKK claimed that attack too.")

_KADUNA = (
    "Nigeria's school kidnappings return as gunmen seize pupils in Kaduna\n\n"
    "ABUJA — Gunmen abducted more than 280 pupils and staff from a school in the northwestern state of Kaduna on "
    "Thursday, in the largest mass kidnapping in Nigeria for several years, local officials said.\n\n"
    "Such raids began to spread in the northwest in December 2020, when gunmen took 344 boys from a boarding school "
    "in Kankara, in Katsina state. Boko Haram's leader said his fighters were behind that abduction, although "
    "officials said local bandits had carried it out; the boys were freed six days later. In February 2021 gunmen "
    "seized 279 girls from a school in Jangebe, Zamfara state, and released them within a week.")

_COLOMBIA = (
    "BOGOTA — Colombia declared three days of mourning on Friday after two attacks killed 19 people, the deadliest "
    "day for the security forces in years.\n\n"
    "On Thursday a drone attack brought down a police helicopter that was taking part in an operation against coca "
    "crops near Amalfi, in Antioquia province, killing 13 officers. Hours later a truck loaded with explosives blew "
    "up near the Marco Fidel Suarez air base in the southwestern city of Cali, killing six civilians and injuring "
    "more than 60. President Gustavo Petro blamed the helicopter attack on the Gulf Clan, the country's largest drug "
    "gang, and said the Cali bombing was the work of a dissident faction of the former FARC guerrillas.\n\n"
    "Both groups have grown since the 2016 peace deal, and the government's talks with them have stalled.")

_MAGDEBURG = (
    "MAGDEBURG, Germany — A man drove a car at speed through a crowded Christmas market in the eastern city of "
    "Magdeburg on Friday evening, killing five people, among them a nine-year-old boy, and injuring more than 200, "
    "officials said on Saturday.\n\n"
    "The attack revived memories of December 2016, when a Tunisian man, Anis Amri, hijacked a lorry and drove it "
    "into a Christmas market at Berlin's Breitscheidplatz, killing 12 people. The Islamic State group claimed that "
    "attack through its news agency.\n\n"
    "Earlier that year a Tunisian-born man drove a truck into crowds celebrating Bastille Day on the seafront in "
    "Nice, France, killing 86 people before police shot him. The Islamic State group also claimed the Nice attack.")

_HOSPITAL = (
    "A bomb exploded in a crowded street in the Chelsea neighbourhood of New York on Saturday night, injuring 29 "
    "people, police said.\n\n"
    "A spokeswoman for NYU Langone Health, which treated nine of the wounded, said all had minor injuries.\n\n"
    "Investigators were examining a second device found four blocks away.")


def test_strikes_hours_after_a_storming_are_two_acts_and_the_storming_is_the_groups(pipeline):
    events = pipeline.extract(_ANKARA, published=date(2024, 10, 26))
    strikes = [e for e in events if e.event_type is EventType.REMOTE_VIOLENCE]
    assert len(strikes) == 1 and strikes[0].location is not None and strikes[0].location.country == "IQ", strikes
    storming = [e for e in events if e.location is not None and e.location.country == "TR"
                and e.date is not None and e.date.start == date(2024, 10, 23)]
    assert len(storming) == 1, [(e.event_type, e.date, e.location) for e in events]
    attack = storming[0]
    assert attack.location.name == "Kahramankazan", attack.location
    assert attack.fatalities is not None and attack.fatalities.count == 5
    assert "Kurdistan Workers' Party" in attack.claimed_by, attack.claimed_by
    assert not any(e.date is not None and (e.date.text or "").lower() == "on friday" for e in events), \
        [(e.event_type, e.date) for e in events]                       # the claim's Friday dates no act
    assert not any(t.name.lower() == "other" for e in events for t in e.targets)


def test_an_abduction_told_in_a_when_clause_after_its_date_is_of_that_date_and_claimed(pipeline):
    events = pipeline.extract(_KADUNA, published=date(2024, 3, 8))
    kankara = [e for e in events if e.location is not None and e.location.name == "Kankara"]
    assert len(kankara) == 1, [(e.event_type, e.date, e.location) for e in events]
    assert kankara[0].event_type is EventType.KIDNAPPING
    assert kankara[0].date is not None and (kankara[0].date.start, kankara[0].date.end) == (
        date(2020, 12, 1), date(2020, 12, 31)), kankara[0].date
    assert list(kankara[0].claimed_by) == ["Boko Haram"], kankara[0].claimed_by


def test_two_attacks_blamed_in_one_sentence_each_keep_their_own_suspect(pipeline):
    events = pipeline.extract(_COLOMBIA, published=date(2025, 8, 22))
    helicopter = next(e for e in events if e.location is not None and e.location.name == "Amalfi")
    cali = next(e for e in events if e.location is not None and e.location.name == "Cali")
    assert [a.canonical for a in helicopter.perpetrators] == ["Clan del Golfo"], helicopter.perpetrators
    assert "Clan del Golfo" not in [a.canonical for a in cali.perpetrators], cali.perpetrators
    assert not any(t.name == "helicopter" for t in cali.targets), cali.targets


def test_recalled_truck_attacks_keep_their_towns_claims_and_the_lead_its_day(pipeline):
    events = pipeline.extract(_MAGDEBURG, published=date(2024, 12, 21))
    lead = next(e for e in events if e.location is not None and e.location.name == "Magdeburg")
    assert lead.date is not None and lead.date.start == date(2024, 12, 20), lead.date     # not "nine-year-old"
    berlin = [e for e in events if e.location is not None and e.location.name == "Berlin"]
    assert len(berlin) == 1 and berlin[0].fatalities is not None and berlin[0].fatalities.count == 12, \
        [(e.location, e.fatalities) for e in events]
    nice = next(e for e in events if e.location is not None and e.location.name == "Nice")
    assert nice.fatalities is not None and nice.fatalities.count == 86
    assert list(nice.claimed_by) == ["Islamic State"], nice.claimed_by


def test_a_hospitals_spokeswoman_claims_nothing(pipeline):
    events = pipeline.extract(_HOSPITAL, published=date(2016, 9, 18))
    assert events and not any(e.claimed_by or e.perpetrators for e in events), \
        [(e.claimed_by, e.perpetrators) for e in events]
