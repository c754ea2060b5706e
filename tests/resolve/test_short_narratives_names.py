"""Names told in short stories written for these tests from news events (the Damascus church bombing of June 2025;
the Pulwama bombing of February 2019 and the Uri raid of 2016): an alias inside a longer name is not that group,
a group the registry does not know still claims by the name the text gives it, and "what it called surgical
strikes" names an act, not a threat."""
from __future__ import annotations

from datetime import date

from newsevents.core import EventType

DAMASCUS = (
    "DAMASCUS, Syria - A suicide bomber blew himself up inside a Greek Orthodox church in Damascus during Sunday "
    "Mass, killing at least 25 people and wounding 63, Syria's health ministry said.\n\n"
    "The interior ministry blamed the Islamic State. Two days later, a little-known group, Saraya Ansar al-Sunna, "
    "claimed responsibility.")

URI = (
    "SRINAGAR, India - A suicide bomber rammed a car packed with explosives into a convoy of Indian paramilitary "
    "police in Kashmir's Pulwama district on Thursday, killing at least 40 officers, police said.\n\n"
    "Jaish-e-Mohammed, a Pakistan-based militant group, claimed responsibility.\n\n"
    "In September 2016, militants stormed an army base in Uri, killing 19 soldiers; India carried out what it "
    "called surgical strikes across the Line of Control 11 days later.")


def test_an_unlisted_group_claims_by_its_own_name_not_by_an_alias_inside_it(pipeline):
    events = pipeline.extract(DAMASCUS, published=date(2025, 6, 24))
    [church] = [e for e in events if e.location is not None and e.location.name == "Damascus"]
    assert church.claimed_by == ("Saraya Ansar al-Sunna",), church.claimed_by
    assert [a.actor for a in church.attributed_by] == ["Islamic State"]


def test_what_it_called_strikes_is_no_threat(pipeline):
    events = pipeline.extract(URI, published=date(2019, 2, 15))
    assert not any(e.event_type is EventType.THREAT for e in events), [(e.event_type, e.trigger) for e in events]
    assert not any("Jaish-e-Mohammed" in (e.claimed_by or ()) and e.date.start.year == 2016 for e in events)


KABUL = (
    "KABUL, Afghanistan - The Islamic State's Afghan affiliate claimed responsibility on Thursday for a suicide "
    "bombing outside the Foreign Ministry in Kabul that killed at least five people the day before, according to "
    "Taliban officials.\n\n"
    "Last month, gunmen stormed a hotel popular with Chinese businessmen in the capital, wounding five Chinese "
    "nationals, before security forces killed all three attackers. The group said its fighters had used "
    "explosives and rifles in that attack.")


def test_the_day_of_a_claim_does_not_date_the_bombing_it_claims(pipeline):
    events = pipeline.extract(KABUL, published=date(2023, 1, 12))
    bombing = next(e for e in events if e.event_type is EventType.BOMBING)
    assert bombing.date.start == date(2023, 1, 11), bombing.date            # "the day before", not Thursday


def test_the_authorities_a_report_cites_are_not_the_group_that_claims(pipeline):
    events = pipeline.extract(KABUL, published=date(2023, 1, 12))
    hotel = next(e for e in events if "stormed" in e.trigger)
    assert hotel.claimed_by == ("Islamic State Khorasan Province",), hotel.claimed_by   # not "Taliban officials"


UEFA = (
    "PARIS - European police stepped up security at Champions League quarterfinals this week after a media outlet "
    "linked to the Islamic State called for attacks on the stadiums in Madrid, Paris, London and Munich, officials "
    "said on Tuesday.\n\n"
    "The threat came six months after a gunman killed two Swedish football fans in Brussels before a "
    "Belgium-Sweden match, which was abandoned at half-time.\n\n"
    "In December, German police arrested several men suspected of planning an attack on Cologne Cathedral on New "
    "Year's Eve, and the cathedral was searched with sniffer dogs.")


def test_a_call_for_attacks_is_a_threat_and_a_target_is_no_suspect(pipeline):
    events = pipeline.extract(UEFA, published=date(2024, 4, 10))
    threats = [e for e in events if e.event_type is EventType.THREAT]
    assert threats and threats[0].trigger == "called for attacks", [(e.event_type, e.trigger) for e in events]
    named = {a.actor for e in events for a in e.attributed_by}
    assert not named & {"Cologne Cathedral", "Cologne Cathedral on", "Champions League"}, named


def test_a_group_blamed_with_on_stays_a_suspect(pipeline):
    text = ("BOGOTA, Colombia - A truck loaded with explosives blew up near an air base in Cali on Thursday, killing six "
            "civilians. President Gustavo Petro blamed the Cali bombing on the Jaime Martinez front, a faction of the "
            "dissident group known as the Central General Staff.")
    events = pipeline.extract(text, published=date(2025, 8, 22))
    assert [a.actor for e in events for a in e.attributed_by] == ["Jaime Martinez"], [
        (e.trigger, e.attributed_by) for e in events]
