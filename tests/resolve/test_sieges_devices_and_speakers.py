"""Steps of one attack, extra devices and who speaks for a group, in short narratives written for these tests from
news events (the siege of Garissa University College in April 2015, the attack on the al-Rawda mosque in North Sinai
in November 2017, the Brussels airport and metro bombings of March 2016, the bombing of the police mosque in Peshawar
in January 2023, the attack on the Abuja-Kaduna train in March 2022): the doers named again ("the attackers",
"they") in the next lines, on no day of their own, tell a step of the attack, not another; attackers who blew
themselves up as the responders closed in ended it; a failed third bomb is one more of the bombing told before; a
definite "the explosion" is the blast the raid's own words told; a speaker's group is the one his title names, not
the patron its description names, and a group that "distanced" itself claims nothing; a date before "raising the
death toll" dates the count; police who arrested a suspect did not do the attack he is suspected of."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType, Status
from newsevents.documents.sentences import split_sentences
from newsevents.events.phrases import clean_name


def test_a_siege_told_in_steps_is_one_attack(pipeline):
    text = ("GARISSA, Kenya - Gunmen from the Somali militant group al-Shabaab stormed a university campus in "
            "northeastern Kenya before dawn on Thursday, killing 147 people, most of them students.\n\n"
            "The attackers shot dead two guards at the gate of Garissa University College and then went from hostel "
            "to hostel, survivors said. At least 79 people were injured.\n\n"
            "Kenyan commandos ended the siege in the evening. Four attackers were killed when they detonated "
            "explosive vests as the security forces closed in, the interior minister said.")
    events = pipeline.extract(text, published=date(2015, 4, 3))
    assert len(events) == 1, [(e.event_type, e.trigger, e.fatalities) for e in events]
    siege = events[0]
    assert siege.date.start == date(2015, 4, 2) and siege.injuries.count == 79, (siege.date, siege.injuries)
    assert siege.fatalities.count >= 147 and "Al-Shabaab" in {a.canonical for a in siege.perpetrators}, \
        (siege.fatalities, siege.perpetrators)


def test_they_go_on_to_burn_cars(pipeline):
    text = ("CAIRO - Militants set off a bomb and then opened fire on worshippers at a mosque in Egypt's North Sinai "
            "province on Friday, killing 305 people, officials said.\n\n"
            "About 25 to 30 gunmen surrounded the mosque in the village of Bir al-Abd, west of the city of El Arish, "
            "as the sermon was ending. They shot at people fleeing the blast and set fire to cars to block the "
            "roads. At least 128 people were wounded.\n\n"
            "No group claimed responsibility for the attack.")
    events = pipeline.extract(text, published=date(2017, 11, 25))
    assert [e.event_type for e in events] == [EventType.BOMBING], [(e.event_type, e.trigger) for e in events]
    attack = events[0]
    assert attack.injuries.count == 128 and "Abd" in attack.location.name, (attack.injuries, attack.location)
    assert all("30" not in a.name and a.canonical in (None, "Unidentified Armed Group (Egypt)")   # no named group
               for a in attack.perpetrators), attack.perpetrators


def test_a_third_bomb_that_failed_is_part_of_the_bombing(pipeline):
    text = ("BRUSSELS - Two suicide bombers blew themselves up near check-in counters at the airport in Zaventem "
            "on Tuesday shortly before 8 a.m. A third bomb, left in a suitcase, failed to go off and was later "
            "destroyed by the army.\n\n"
            "About an hour later, another bomber detonated his explosives in a carriage at Maelbeek station.\n\n"
            "The attacks came four days after police in the Molenbeek district arrested Salah Abdeslam, a suspect "
            "in the Paris attacks of November 2015 that killed 130 people.")
    events = pipeline.extract(text, published=date(2016, 3, 22))
    today = [e for e in events if e.date is not None and e.date.start == date(2016, 3, 22)]
    assert len(today) == 2 and all(e.status is Status.REALIZED for e in today), \
        [(e.trigger, e.status) for e in today]
    paris = [e for e in events if e.date is not None and e.date.start.year == 2015]
    assert len(paris) == 1 and not paris[0].perpetrators, [(e.trigger, e.perpetrators) for e in paris]


def test_a_faction_claims_and_its_patron_distances_itself(pipeline):
    text = ("Death toll from Peshawar mosque blast rises to 100\n\n"
            "PESHAWAR, Pakistan - Rescuers pulled more bodies from the rubble of a mosque inside a police compound "
            "on Tuesday, raising the death toll from Monday's suicide bombing to 100, officials said.\n\n"
            "A commander of Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, initially claimed responsibility "
            "for the bombing. Hours later, a spokesman for the Pakistani Taliban distanced the group from the "
            "attack, saying it does not target mosques.\n\n"
            "Police said investigators were trying to determine how the bomber got past several checkpoints.")
    events = pipeline.extract(text, published=date(2023, 1, 31))
    assert len(events) == 1, [(e.trigger, e.date) for e in events]
    bombing = events[0]
    assert bombing.date.start == date(2023, 1, 30) and bombing.fatalities.count == 100, \
        (bombing.date, bombing.fatalities)
    assert bombing.claimed_by == ("Jamaat-ul-Ahrar",), bombing.claimed_by


def test_the_explosion_the_raid_told(pipeline):
    text = ("KADUNA, Nigeria - Gunmen blew up the track and attacked a passenger train travelling from Abuja to "
            "Kaduna on Monday night, killing at least eight people and abducting dozens of others, officials said."
            "\n\nThe train was halted by the explosion near the Katari area of Kaduna state. The attackers then "
            "opened fire on the carriages and forced their way inside. At least 26 people were wounded.\n\n"
            "Last October, gunmen also attacked the same line with explosives, but no one was hurt.")
    events = pipeline.extract(text, published=date(2022, 3, 29))
    monday = [e for e in events if e.date is not None and e.date.start == date(2022, 3, 28)]
    assert len(monday) == 1 and monday[0].injuries.count == 26, [(e.trigger, e.date, e.injuries) for e in events]
    assert any(e.background and e.date.start == date(2021, 10, 1) for e in events), [e.date for e in events]


def test_a_clock_time_ends_a_sentence_unless_a_day_or_zone_follows():
    texts = [s.text for s in split_sentences("It went off shortly before 8 a.m. A third bomb failed. It began at "
                                             "9 p.m. Tuesday and at 10 a.m. GMT it ended.")]
    assert texts == ["It went off shortly before 8 a.m.", "A third bomb failed.",
                     "It began at 9 p.m. Tuesday and at 10 a.m. GMT it ended."], texts


def test_a_range_of_counts_is_no_part_of_a_name():
    assert clean_name("About 25 to 30 gunmen") == "gunmen"
    assert clean_name("the 10 or 12 attackers") == "attackers"


def test_police_hunting_a_day_after_and_a_toll_clause_after_the_act(pipeline):
    text = ("BRUSSELS - Belgian police were hunting on Wednesday for a man seen beside two suicide bombers at the "
            "airport, a day after attacks on the airport and a metro station killed at least 31 people.\n\n"
            "Two explosions tore through the departures hall at Zaventem airport on Tuesday morning. About an hour "
            "later, another bomber blew himself up on a metro train.\n\n"
            "During an earlier raid on a flat in the Forest district last Tuesday, gunmen opened fire on Belgian "
            "and French police, wounding four officers; one suspect was shot dead.")
    events = pipeline.extract(text, published=date(2016, 3, 23))
    assert not any("police" in a.name.lower() for e in events for a in e.perpetrators), \
        [(e.trigger, e.perpetrators) for e in events]
    raid = [e for e in events if e.date is not None and e.date.start == date(2016, 3, 15)]
    assert len(raid) == 1 and raid[0].fatalities.count == 1 and raid[0].injuries.count == 4, \
        [(e.trigger, e.date, e.fatalities) for e in events]
    assert not any(e.location is not None and e.location.name == "Forest" for e in events if e not in raid), \
        [(e.trigger, e.location) for e in events]
