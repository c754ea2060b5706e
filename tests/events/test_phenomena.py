"""One phenomenon per small article, written for these tests, through `Pipeline.extract` (the real model).

Every article reports a real attack in our own words; the publication date anchors relative dates.
"""
from __future__ import annotations

from datetime import date

import pytest

from newsevents import DatePrecision, Event, EventType, GeoPrecision, Qualifier, Status

VIOLENT = {t for t in EventType} - {EventType.PROTEST, EventType.OTHER}


def extract(pipeline, text: str, published: str) -> list[Event]:
    return pipeline.extract(text, published=date.fromisoformat(published))


def one(events: list[Event], **want) -> Event:
    """The single event whose attributes equal `want` (fails with the whole list when not exactly one)."""
    hits = [e for e in events if all(getattr(e, k) == v for k, v in want.items())]
    assert len(hits) == 1, f"wanted one event with {want}, got {[e.to_json() for e in events]}"
    return hits[0]


def killed(events: list[Event], count: int) -> Event:
    """The single event whose death toll is `count`."""
    hits = [e for e in events if e.fatalities and e.fatalities.count == count]
    assert len(hits) == 1, f"wanted one event with {count} dead, got {[e.to_json() for e in events]}"
    return hits[0]


def span(event: Event) -> tuple:
    return (event.date.start, event.date.end, event.date.precision)


# -- dates ------------------------------------------------------------------------------------------------

def test_weekday_is_the_latest_such_day_before_publication(pipeline):
    # Christchurch mosque shootings, Friday 15 March 2019; the report runs on Saturday the 16th.
    text = ("A gunman opened fire at two mosques in Christchurch, New Zealand, on Friday, killing 49 worshippers "
            "and wounding dozens of others during afternoon prayers. Police said the attacker had streamed the "
            "shooting online.")
    ev = one(extract(pipeline, text, "2019-03-16"), event_type=EventType.ARMED_ASSAULT)
    assert span(ev) == (date(2019, 3, 15), date(2019, 3, 15), DatePrecision.DAY)
    assert ev.date.text.lower() == "on friday"


def test_weekday_on_the_publication_day_itself(pipeline):
    # Published on a Monday: "on Monday" is that very day, not a week before.
    text = "Gunmen attacked a police station in Peshawar on Monday, killing at least 12 officers."
    ev = one(extract(pipeline, text, "2023-05-08"), event_type=EventType.ARMED_ASSAULT)
    assert span(ev) == (date(2023, 5, 8), date(2023, 5, 8), DatePrecision.DAY)


def test_month_is_the_latest_such_month_not_after_publication(pipeline):
    # Nice truck attack, 14 July 2016, recalled in March 2017: "in July" is July 2016, not July 2017.
    text = ("Security was tightened along the seafront on Wednesday. In July, a man drove a truck into crowds "
            "celebrating Bastille Day on the Promenade des Anglais in Nice, killing 86 people.")
    ev = killed(extract(pipeline, text, "2017-03-01"), 86)
    assert ev.event_type in VIOLENT
    assert span(ev) == (date(2016, 7, 1), date(2016, 7, 31), DatePrecision.MONTH)
    assert ev.fatalities.count == 86


def test_last_year(pipeline):
    # Bardo National Museum attack, March 2015, recalled in June 2016.
    text = ("Tunisia reopened the museum on Monday. Last year, gunmen attacked the Bardo National Museum in Tunis, "
            "killing 22 people, most of them foreign tourists.")
    ev = one(extract(pipeline, text, "2016-06-15"), event_type=EventType.ARMED_ASSAULT)
    assert span(ev) == (date(2015, 1, 1), date(2015, 12, 31), DatePrecision.YEAR)
    assert ev.location.country == "TN"


def test_the_following_year_chains_to_the_year_mentioned_before(pipeline):
    # Garissa University (April 2015) and El Adde (January 2016), recalled in 2017.
    text = ("In 2015, al-Shabaab gunmen stormed Garissa University College in Kenya and killed 148 people. "
            "The following year, the group's fighters overran a Kenyan army base at El Adde in Somalia.")
    events = extract(pipeline, text, "2017-01-20")
    garissa = killed(events, 148)
    assert garissa.date.start.year == 2015 and garissa.date.precision is DatePrecision.YEAR
    el_adde = [e for e in events if e.location and e.location.country == "SO"]
    assert len(el_adde) == 1, [e.to_json() for e in events]
    assert span(el_adde[0]) == (date(2016, 1, 1), date(2016, 12, 31), DatePrecision.YEAR)
    assert el_adde[0].perpetrators[0].canonical == "Al-Shabaab"


def test_in_recent_months_is_a_range_ending_at_publication(pipeline):
    text = "Gunmen kidnapped a district head in northern Nigeria in recent months, officials said on Tuesday."
    ev = one(extract(pipeline, text, "2021-03-02"), event_type=EventType.KIDNAPPING)
    assert ev.date.precision is DatePrecision.RANGE
    assert ev.date.end == date(2021, 3, 2)
    assert date(2020, 6, 1) <= ev.date.start < date(2021, 2, 1)


def test_a_present_perfect_sum_over_recent_months_is_no_incident(pipeline):
    text = "In recent months, gunmen have kidnapped hundreds of students from schools in northern Nigeria, officials said on Tuesday."
    assert extract(pipeline, text, "2021-03-02") == []


def test_explicit_date(pipeline):
    text = ("On 22 May 2017, a suicide bomber detonated a homemade device in the foyer of the Manchester Arena, "
            "killing 22 people.")
    ev = one(extract(pipeline, text, "2017-06-01"), event_type=EventType.BOMBING)
    assert span(ev) == (date(2017, 5, 22), date(2017, 5, 22), DatePrecision.DAY)
    assert ev.suicide is True


def test_background_mention_is_its_own_event_dated_to_its_own_time(pipeline):
    text = ("PESHAWAR, Pakistan - A suicide bomber blew himself up inside a mosque in a police compound in "
            "Peshawar on Monday, killing scores of people, most of them police officers, officials said on Tuesday.\n\n"
            "The city has suffered such attacks before. In December 2014, gunmen stormed the Army Public School in "
            "Peshawar and killed more than 140 people, most of them children.")
    events = extract(pipeline, text, "2023-01-31")
    main = one(events, event_type=EventType.BOMBING)
    assert span(main)[:2] == (date(2023, 1, 30), date(2023, 1, 30))
    school = one(events, event_type=EventType.ARMED_ASSAULT)
    assert span(school) == (date(2014, 12, 1), date(2014, 12, 31), DatePrecision.MONTH)
    assert school.background is True and main.background is False
    assert school.location.country == "PK"
    assert (school.fatalities.count, school.fatalities.qualifier) == (140, Qualifier.MORE_THAN)


# -- tolls ------------------------------------------------------------------------------------------------

TOLLS = [
    ("Gunmen attacked a police station in Peshawar on Monday, killing at least 12 officers.",
     "2023-05-10", 12, Qualifier.AT_LEAST, None),
    ("A car bomb exploded near a market in Baghdad on Sunday, killing more than 100 people.",
     "2016-07-04", 100, Qualifier.MORE_THAN, None),
    ("A bomb tore through a bus in Quetta on Tuesday, killing about 30 passengers.",
     "2019-04-12", 30, Qualifier.APPROX, None),
    ("Militants shelled a village near Maiduguri on Thursday, killing up to 20 people, residents said.",
     "2020-02-08", 20, Qualifier.UP_TO, None),
    ("Between 10 and 15 soldiers were killed when insurgents ambushed a convoy in Mali on Saturday.",
     "2019-11-03", 10, Qualifier.RANGE, 15),
    ("Twelve people were shot dead when gunmen raided a wedding in Kaduna on Wednesday.",
     "2022-06-10", 12, Qualifier.EXACT, None),
    ("Gunmen stormed a hotel in Mogadishu on Friday, killing dozens of guests.",
     "2022-08-20", 24, Qualifier.AT_LEAST, None),
    ("A dozen people were killed when a grenade was thrown into a crowded bar in Bujumbura on Saturday.",
     "2015-08-10", 12, Qualifier.APPROX, None),
]


@pytest.mark.parametrize("text,published,count,qualifier,maximum", TOLLS, ids=[q.value + str(c) for _, _, c, q, _ in TOLLS])
def test_toll_with_qualifier(pipeline, text, published, count, qualifier, maximum):
    events = [e for e in extract(pipeline, text, published) if e.event_type in VIOLENT]
    assert len(events) == 1, [e.to_json() for e in events]
    f = events[0].fatalities
    assert (f.count, f.qualifier, f.max) == (count, qualifier, maximum)
    assert f.text and f.text.lower() in text.lower()
    assert events[0].injuries is None


def test_injuries_without_deaths(pipeline):
    ev = one(extract(pipeline, "A roadside bomb wounded 17 soldiers in Kandahar on Monday.", "2012-05-08"),
             event_type=EventType.BOMBING)
    assert ev.fatalities is None
    assert (ev.injuries.count, ev.injuries.qualifier) == (17, Qualifier.EXACT)
    assert ev.location.country == "AF"


def test_deaths_and_injuries_in_separate_sentences(pipeline):
    text = ("Gunmen opened fire on a crowded market in Maiduguri on Friday, killing at least 15 people. "
            "More than 40 others were wounded, hospital officials said.")
    ev = one(extract(pipeline, text, "2018-02-17"), event_type=EventType.ARMED_ASSAULT)
    assert (ev.fatalities.count, ev.fatalities.qualifier) == (15, Qualifier.AT_LEAST)
    assert (ev.injuries.count, ev.injuries.qualifier) == (40, Qualifier.MORE_THAN)


def test_suicide_flag(pipeline):
    suicide = one(extract(pipeline, "A suicide bomber blew himself up at a police checkpoint in Quetta on Sunday, "
                                    "wounding six officers.", "2019-06-10"), event_type=EventType.BOMBING)
    assert suicide.suicide is True
    plain = one(extract(pipeline, "A bomb hidden in a parked motorcycle exploded at a police checkpoint in Quetta on "
                                  "Sunday, wounding six officers.", "2019-06-10"), event_type=EventType.BOMBING)
    assert plain.suicide is False


# -- actors, claims and attributions ----------------------------------------------------------------------

def test_claim_beside_an_attribution_to_a_different_actor(pipeline):
    # Kabul Intercontinental Hotel siege, 20 January 2018.
    text = ("Gunmen stormed the Intercontinental Hotel in Kabul on Saturday, killing at least 40 people. "
            "The Taliban claimed responsibility. Afghan officials blamed the Haqqani network.")
    ev = one(extract(pipeline, text, "2018-01-22"), event_type=EventType.ARMED_ASSAULT)
    assert ev.claimed_by == ("Taliban",)
    assert [(a.source, a.actor) for a in ev.attributed_by] == [("Afghan officials", "Haqqani Network")]
    assert "Taliban" in {p.canonical for p in ev.perpetrators}


def test_claim_and_attribution_to_the_same_actor(pipeline):
    # Peshawar Shia mosque bombing, 4 March 2022.
    text = ("Islamic State Khorasan Province claimed responsibility for the bombing of a mosque in Peshawar on "
            "Friday that killed at least 56 worshippers. Pakistani officials said ISIS-K was behind the attack.")
    events = extract(pipeline, text, "2022-03-05")
    ev = one(events, event_type=EventType.BOMBING)
    assert len(events) == 1, [e.to_json() for e in events]
    assert ev.claimed_by == ("Islamic State Khorasan Province",)
    assert [(a.source, a.actor) for a in ev.attributed_by] == [("Pakistani officials", "Islamic State Khorasan Province")]
    assert ev.perpetrators[0].canonical == "Islamic State Khorasan Province"


def test_attribution_without_claim_is_not_a_claim(pipeline):
    text = ("Gunmen abducted 276 schoolgirls from a boarding school in Chibok on Monday night. "
            "Officials blamed Boko Haram.")
    ev = one(extract(pipeline, text, "2014-04-16"), event_type=EventType.KIDNAPPING)
    assert ev.claimed_by == ()
    assert [(a.source, a.actor) for a in ev.attributed_by] == [("Officials", "Boko Haram")]
    assert span(ev) == (date(2014, 4, 14), date(2014, 4, 14), DatePrecision.DAY)
    assert ev.location.name == "Chibok" and ev.location.country == "NG"


@pytest.mark.parametrize("alias", ["ISIS-K", "ISKP", "Islamic State Khorasan", "Islamic State Khorasan Province",
                                   "The Islamic State's affiliate in Afghanistan"])
def test_aliases_resolve_to_one_canonical_actor(pipeline, alias):
    text = f"{alias} claimed the bombing of a school in Kabul on Tuesday that killed six students."
    ev = one(extract(pipeline, text, "2022-04-20"), event_type=EventType.BOMBING)
    assert [p.canonical for p in ev.perpetrators] == ["Islamic State Khorasan Province"]
    assert ev.perpetrators[0].name.lower() in text.lower()
    assert ev.claimed_by == ("Islamic State Khorasan Province",)


# -- attempts, threats, kidnapping -------------------------------------------------------------------------

ATTEMPTS = [
    ("A gunman tried to assassinate former prime minister Imran Khan at a protest march in Wazirabad on "
     "Thursday, wounding him in the leg.", "2022-11-05", EventType.ASSASSINATION),
    ("Police said a foiled plot to bomb a Christmas market in Strasbourg was uncovered on Sunday and four "
     "suspects were arrested.", "2016-11-21", EventType.BOMBING),
    ("A man failed to detonate explosives hidden in his underwear aboard a flight to Detroit on Friday.",
     "2009-12-27", EventType.BOMBING),
    ("A car bomb parked outside the Times Square theatre did not go off on Saturday evening, police said.",
     "2010-05-03", EventType.BOMBING),
    ("Salman Rushdie was stabbed on a lecture stage in Chautauqua, New York, on Friday and survived, police said.",
     "2022-08-14", EventType.ARMED_ASSAULT),
]


@pytest.mark.parametrize("text,published,etype", ATTEMPTS,
                         ids=["tried", "foiled-plot", "failed-to-detonate", "did-not-go-off", "survived"])
def test_attempt_has_status_attempted(pipeline, text, published, etype):
    events = [e for e in extract(pipeline, text, published) if e.event_type in VIOLENT]
    assert len(events) == 1, [e.to_json() for e in events]
    assert (events[0].event_type, events[0].status) == (etype, Status.ATTEMPTED)
    assert events[0].fatalities is None


def test_threat(pipeline):
    text = ("The Islamic State threatened to attack embassies in Kabul on Monday, warning foreign diplomats to "
            "leave.")
    ev = one(extract(pipeline, text, "2022-09-07"), event_type=EventType.THREAT)
    assert ev.status is Status.THREATENED
    assert [p.canonical for p in ev.perpetrators] == ["Islamic State"]
    assert ev.location.country == "AF"


def test_a_call_to_kill_is_a_threat(pipeline):
    text = ("In September 2014, the Islamic State's spokesman urged supporters to kill citizens of the countries "
            "fighting the group, singling out the French.")
    events = extract(pipeline, text, "2015-11-14")
    assert [(e.event_type, e.status) for e in events] == [(EventType.THREAT, Status.THREATENED)]


@pytest.mark.parametrize("text", [
    "On Tuesday in Srinagar, gunmen called a police inspector out of his house and fired at him six times.",
    "On Tuesday in Gadchiroli, rebels called a village headman from his house and shot and killed him.",
    "The government promised on Tuesday to investigate the murder of six priests in San Salvador.",
    "Moscow said it had been warned before Tuesday's air strike on the Shayrat air base in Syria.",
])
def test_a_verb_of_threat_beside_a_real_act_threatens_nothing(pipeline, text):
    events = [e for e in extract(pipeline, text, "2011-06-30") if e.event_type is not EventType.PROTEST]
    assert events and all(e.status is Status.REALIZED for e in events), [e.to_json() for e in events]


def test_kidnapping(pipeline):
    text = "Boko Haram gunmen abducted 276 schoolgirls from a boarding school in Chibok on Monday night."
    ev = one(extract(pipeline, text, "2014-04-16"), event_type=EventType.KIDNAPPING)
    assert ev.status is Status.REALIZED
    assert [p.canonical for p in ev.perpetrators if p.canonical] == ["Boko Haram"]
    # the group is the organisation; the words that name its people are its individual perpetrators (MUC's PerpInd)
    assert [(p.name, p.kind.value) for p in ev.perpetrators if not p.canonical] == [("gunmen", "individual")]
    assert "schoolgirls" in {v.name for v in ev.victims}


# -- places -----------------------------------------------------------------------------------------------

def test_place_resolves_with_country_and_coordinates(pipeline):
    text = "ISKP fighters attacked a Sikh temple in Kabul on Saturday, killing two people."
    ev = one(extract(pipeline, text, "2022-06-19"), event_type=EventType.ARMED_ASSAULT)
    loc = ev.location
    assert (loc.name, loc.country, loc.precision) == ("Kabul", "AF", GeoPrecision.CITY)
    assert loc.lat == pytest.approx(34.53, abs=0.2) and loc.lon == pytest.approx(69.17, abs=0.2)
    assert loc.geonames_id == 1138958
    assert (ev.fatalities.count, ev.fatalities.qualifier) == (2, Qualifier.EXACT)


def test_region_of_a_country_resolves_to_the_country_with_a_direction(pipeline):
    text = "A bomb exploded at a checkpoint in northern Pakistan on Sunday, killing three soldiers."
    ev = one(extract(pipeline, text, "2023-06-12"), event_type=EventType.BOMBING)
    assert (ev.location.country, ev.location.qualifier) == ("PK", "north")
    assert ev.location.precision is GeoPrecision.COUNTRY
    assert ev.location.text == "northern Pakistan"


# -- non-events -------------------------------------------------------------------------------------------

NON_EVENTS = [
    ("The senator called the new voting law an attack on democracy.", "2021-05-04"),
    ("The Lakers signed a veteran shooting guard on Monday.", "2023-02-10"),
    ("The director's new film about a bombing in a small town premiered at the festival on Friday to warm reviews.",
     "2021-10-08"),
]


@pytest.mark.parametrize("text,published", NON_EVENTS, ids=["attack-on-democracy", "shooting-guard", "film"])
def test_non_events_yield_no_violent_event(pipeline, text, published):
    assert [e.to_json() for e in extract(pipeline, text, published) if e.event_type in VIOLENT] == []
