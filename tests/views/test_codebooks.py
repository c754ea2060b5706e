"""The ACLED and GTD shapes: the mapping data is checked entry by entry, then rows built from hand-made records."""
from __future__ import annotations

import json
from datetime import date
from importlib import resources

import pytest

from newsevents.core.enums import ActorKind, DatePrecision, EventType, GeoPrecision, Qualifier, Status
from newsevents.core.records import (Actor, Article, Count, DateRange, Event, Evidence, Incident, Location,
                                     Participant, SourcedClaim, TollReport)
from newsevents.views.codebooks import columns, rows, target_category
from newsevents.views.codebooks.acled import interaction
from newsevents.views.codebooks.facts import CONDITIONS, load

# The codebooks' own column orders, written out here independently of the data files.
ACLED_CODEBOOK = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
    "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso",
    "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp"]
GTD_CODEBOOK = (
    "eventid iyear imonth iday approxdate extended resolution country country_txt region region_txt provstate city "
    "latitude longitude specificity vicinity location summary crit1 crit2 crit3 doubtterr alternative alternative_txt "
    "multiple success suicide attacktype1 attacktype1_txt attacktype2 attacktype2_txt attacktype3 attacktype3_txt "
    "targtype1 targtype1_txt targsubtype1 targsubtype1_txt corp1 target1 natlty1 natlty1_txt targtype2 targtype2_txt "
    "targsubtype2 targsubtype2_txt corp2 target2 natlty2 natlty2_txt targtype3 targtype3_txt targsubtype3 "
    "targsubtype3_txt corp3 target3 natlty3 natlty3_txt gname gsubname gname2 gsubname2 gname3 gsubname3 motive "
    "guncertain1 guncertain2 guncertain3 individual nperps nperpcap claimed claimmode claimmode_txt claim2 claimmode2 "
    "claimmode2_txt claim3 claimmode3 claimmode3_txt compclaim weaptype1 weaptype1_txt weapsubtype1 weapsubtype1_txt "
    "weaptype2 weaptype2_txt weapsubtype2 weapsubtype2_txt weaptype3 weaptype3_txt weapsubtype3 weapsubtype3_txt "
    "weaptype4 weaptype4_txt weapsubtype4 weapsubtype4_txt weapdetail nkill nkillus nkillter nwound nwoundus nwoundte "
    "property propextent propextent_txt propvalue propcomment ishostkid nhostkid nhostkidus nhours ndays divert "
    "kidhijcountry ransom ransomamt ransomamtus ransompaid ransompaidus ransomnote hostkidoutcome hostkidoutcome_txt "
    "nreleased addnotes scite1 scite2 scite3 dbsource INT_LOG INT_IDEO INT_MISC INT_ANY related").split()

DAY = date(2024, 3, 22)


def incident(event_type: EventType = EventType.ARMED_ASSAULT, *, country: str | None = "RU", **kw) -> Incident:
    base = dict(
        incident_id="inc-1", event_type=event_type, date=DateRange(DAY, DAY, DatePrecision.DAY, "on Friday"),
        location=Location("Krasnogorsk", country, "Moscow Oblast", 55.82, 37.33, GeoPrecision.CITY, 542374,
                          "suburban Moscow", "near"),
        perpetrators=(Actor("ISIS-K", "Islamic State Khorasan Province", ActorKind.ORGANIZATION),),
        fatalities=Count(133, Qualifier.AT_LEAST), article_ids=("a1", "a2"), event_ids=("e1", "e2"),
        victims=(Participant("concertgoers"),), first_reported=DAY, last_reported=date(2024, 3, 24))
    base.update(kw)
    return Incident(**base)


def acled(*records, articles=None) -> list[dict]:
    return list(rows("acled", records, articles))


def gtd(*records, articles=None) -> list[dict]:
    return list(rows("gtd", records, articles))


# -- the data files ---------------------------------------------------------------------------------

def test_acled_columns_are_the_codebook_in_order():
    assert columns("acled") == ACLED_CODEBOOK


def test_gtd_columns_follow_the_codebook_order():
    cols = columns("gtd")
    positions = [GTD_CODEBOOK.index(c) for c in cols]            # ValueError: a name GTD does not have
    assert positions == sorted(positions) and len(set(cols)) == len(cols)
    assert {"eventid", "attacktype1_txt", "targtype1_txt", "weaptype1_txt", "gname", "nkill", "nwound",
            "claimed", "INT_ANY"} <= set(cols)


@pytest.mark.parametrize("name", ["acled", "gtd"])
def test_rules_cover_every_event_type_and_use_known_conditions(name):
    rules = load(name)["rules"]
    assert set(rules["types"]) == {t.value for t in EventType}
    for event_type, type_rules in rules["types"].items():
        assert "when" not in type_rules[-1], f"{event_type}: the last rule must always match"
    for rule in (*rules["before"], *(r for rs in rules["types"].values() for r in rs)):
        assert set(rule.get("when", {})) <= set(CONDITIONS), rule


def test_acled_rules_give_acled_vocabulary():
    data = load("acled")
    rules = data["rules"]
    for rule in (*rules["before"], *(r for rs in rules["types"].values() for r in rs)):
        assert rule["sub_event_type"] in data["event_types"][rule["event_type"]]["sub_event_types"], rule
    subs = {s for t in data["event_types"].values() for s in t["sub_event_types"]}
    assert set(data["disorder_by_sub_event_type"]) <= subs
    categories = {c for c, _ in load("targets")["categories"]}
    assert set(data["actor2_by_target"]) - {"default"} <= categories
    for key in ("actor2_from_targets", "actor2_fallback"):
        assert set(data[key]) <= set(data["event_types"])
    assert set(data["inter_by_actor_kind"]) == {k.value for k in ActorKind}
    assert set(data["geo_precision"]) == {p.value for p in GeoPrecision}
    assert {p.value for p in DatePrecision} <= set(data["time_precision"])


def test_gtd_mappings_use_gtd_codes():
    data = load("gtd")
    for rules in data["rules"]["types"].values():
        assert all(r["attacktype"] in data["attack_types"] for r in rules)
    assert {c for c, _ in load("targets")["categories"]} | {load("targets")["default"]} <= set(data["target_types"])
    ours = json.loads(resources.files("newsevents.mentions.patterns").joinpath("weapons.json").read_text())["categories"]
    assert set(data["weapon_by_category"]) == set(ours)
    assert set(data["weapon_by_category"].values()) <= set(data["weapon_types"])
    assert set(data["implied_weapon"].values()) <= set(ours)
    assert set(data["specificity"]) == {p.value for p in GeoPrecision}
    assert set(data["success_by_status"]) == {s.value for s in Status}
    assert set(data["regions"]) == set(data["region_codes"])


@pytest.mark.parametrize("name", ["acled", "gtd"])
def test_every_country_has_exactly_one_region(name):
    countries = load("countries")["countries"]
    data = load(name)
    listed = [cc for ccs in data["regions"].values() for cc in ccs]
    assert sorted(listed) == sorted(countries)
    assert set(data["country_names"]) <= set(countries)


@pytest.mark.parametrize("cc, acled_region, gtd_region", [
    ("AF", "South Asia", "South Asia"), ("IQ", "Middle East", "Middle East & North Africa"),
    ("NG", "Western Africa", "Sub-Saharan Africa"), ("SO", "Eastern Africa", "Sub-Saharan Africa"),
    ("RU", "Europe", "Eastern Europe"), ("FR", "Europe", "Western Europe"), ("MX", "Central America", "North America"),
    ("CO", "South America", "South America"), ("PH", "Southeast Asia", "Southeast Asia"),
    ("GE", "Caucasus and Central Asia", "Central Asia"), ("EG", "Northern Africa", "Middle East & North Africa"),
    ("NZ", "Oceania", "Australasia & Oceania"), ("CD", "Middle Africa", "Sub-Saharan Africa"),
])
def test_regions(cc, acled_region, gtd_region):
    assert acled(incident(country=cc))[0]["region"] == acled_region
    assert gtd(incident(country=cc))[0]["region_txt"] == gtd_region


@pytest.mark.parametrize("words, category", [
    ("concertgoers", "Private Citizens & Property"), ("worshippers", "Religious Figures/Institutions"),
    ("a police station", "Police"), ("police officers", "Police"), ("a military officer", "Military"),
    ("soldiers", "Military"), ("a school bus", "Educational Institution"), ("the power station", "Utilities"),
    ("the Intercontinental Hotel", "Business"), ("a crowded market", "Private Citizens & Property"),
    ("the French embassy", "Government (Diplomatic)"), ("a provincial governor", "Government (General)"),
    ("two journalists", "Journalists & Media"), ("aid workers", "NGO"), ("a bus", "Transportation"),
    ("the airport", "Airports & Aircraft"), ("Taliban fighters", "Terrorists/Non-State Militia"),
    ("the thing", "Unknown"),
])
def test_target_category(words, category):
    assert target_category(words) == category


# -- mapping our types ------------------------------------------------------------------------------

@pytest.mark.parametrize("kw, acled_types, gtd_attack", [
    ({}, ("Violence against civilians", "Attack"), "Armed Assault"),
    ({"victims": (Participant("soldiers"),)}, ("Battles", "Armed clash"), "Armed Assault"),
    ({"event_type": EventType.BOMBING}, ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
     "Bombing/Explosion"),
    ({"event_type": EventType.BOMBING, "suicide": True}, ("Explosions/Remote violence", "Suicide bomb"),
     "Bombing/Explosion"),
    ({"event_type": EventType.BOMBING, "weapons": ("explosives", "grenades")}, ("Explosions/Remote violence", "Grenade"),
     "Bombing/Explosion"),
    ({"event_type": EventType.BOMBING, "status": Status.ATTEMPTED, "fatalities": None},
     ("Strategic developments", "Disrupted weapons use"), "Bombing/Explosion"),
    ({"event_type": EventType.REMOTE_VIOLENCE, "summary": "A drone strike hit the village."},
     ("Explosions/Remote violence", "Air/drone strike"), "Bombing/Explosion"),
    ({"event_type": EventType.REMOTE_VIOLENCE, "summary": "Shells fell on the town."},
     ("Explosions/Remote violence", "Shelling/artillery/missile attack"), "Bombing/Explosion"),
    ({"event_type": EventType.KIDNAPPING}, ("Violence against civilians", "Abduction/forced disappearance"),
     "Hostage Taking (Kidnapping)"),
    ({"event_type": EventType.KIDNAPPING, "summary": "Gunmen hijacked a bus."},
     ("Violence against civilians", "Abduction/forced disappearance"), "Hijacking"),
    ({"event_type": EventType.ASSASSINATION}, ("Violence against civilians", "Attack"), "Assassination"),
    ({"event_type": EventType.ARSON, "fatalities": None},
     ("Strategic developments", "Looting/property destruction"), "Facility/Infrastructure Attack"),
    ({"event_type": EventType.BATTLE}, ("Battles", "Armed clash"), "Armed Assault"),
    ({"event_type": EventType.PROTEST, "fatalities": None}, ("Protests", "Peaceful protest"), "Unknown"),
    ({"event_type": EventType.PROTEST, "fatalities": None, "summary": "Police fired tear gas at the crowd."},
     ("Protests", "Protest with intervention"), "Unknown"),
    ({"event_type": EventType.RIOT}, ("Riots", "Violent demonstration"), "Unknown"),
    ({"event_type": EventType.VIOLENCE_AGAINST_CIVILIANS, "weapons": ("vehicle",)},
     ("Violence against civilians", "Attack"), "Unarmed Assault"),
    ({"status": Status.THREATENED}, ("Strategic developments", "Other"), "Armed Assault"),
])
def test_type_mapping(kw, acled_types, gtd_attack):
    a, g = acled(incident(**kw))[0], gtd(incident(**kw))[0]
    assert (a["event_type"], a["sub_event_type"]) == acled_types
    assert g["attacktype1_txt"] == gtd_attack and g["attacktype1"] == load("gtd")["attack_types"][gtd_attack]


def test_disorder_type_follows_the_event_type():
    assert acled(incident())[0]["disorder_type"] == "Political violence"
    assert acled(incident(EventType.PROTEST, fatalities=None))[0]["disorder_type"] == "Demonstrations"
    assert acled(incident(EventType.PROTEST))[0]["disorder_type"] == "Political violence; Demonstrations"
    assert acled(incident(EventType.THREAT))[0]["disorder_type"] == "Strategic developments"


# -- ACLED rows -------------------------------------------------------------------------------------

def test_acled_row_of_an_attack_on_civilians():
    articles = {"a1": Article("a1", "text", "Gunmen storm hall", "https://www.example.org/news/1", DAY),
                "a2": Article("a2", "text", None, None, date(2024, 3, 24))}
    row = acled(incident(summary="Gunmen stormed the hall."), articles=articles)[0]
    assert set(row) == set(ACLED_CODEBOOK)
    assert row["event_id_cnty"] == "RUS1" and row["event_date"] == "2024-03-22" and row["year"] == 2024
    assert row["time_precision"] == 1 and row["geo_precision"] == 1
    assert row["actor1"] == "Islamic State Khorasan Province" and row["inter1"] == 2
    assert row["actor2"] == "Civilians (Russia)" and row["inter2"] == 7 and row["interaction"] == 27
    assert row["civilian_targeting"] == "Civilian targeting"
    assert (row["iso"], row["country"], row["admin1"], row["location"]) == (643, "Russia", "Moscow Oblast", "Krasnogorsk")
    assert row["source"] == "example.org; a2" and row["notes"] == "Gunmen stormed the hall."
    assert row["fatalities"] == 133 and row["tags"] == "newsevents id=inc-1"
    assert row["timestamp"] == 1711238400                    # 2024-03-24 00:00 UTC, the latest report


def test_acled_actors():
    protest = acled(incident(EventType.PROTEST, perpetrators=(), victims=(), fatalities=None))[0]
    assert (protest["actor1"], protest["inter1"], protest["actor2"], protest["interaction"]) == \
        ("Protesters (Russia)", 6, "", 60)
    two = (Actor("Army", None, ActorKind.STATE), Actor("Rebels", "Rebel Front", ActorKind.ORGANIZATION),
           Actor("Allies", None, ActorKind.ORGANIZATION))
    battle = acled(incident(EventType.BATTLE, perpetrators=two, victims=()))[0]
    assert (battle["actor1"], battle["actor2"], battle["assoc_actor_1"]) == ("Army", "Rebel Front", "Allies")
    assert battle["interaction"] == 12 and battle["civilian_targeting"] == ""
    nobody = acled(incident(perpetrators=(), victims=(Participant("police officers"),), country=None))[0]
    assert nobody["actor1"] == "Unidentified Armed Group" and nobody["inter1"] == 3
    assert nobody["actor2"] == "Police Forces" and nobody["interaction"] == 13
    assert nobody["event_id_cnty"] == "XXX1" and nobody["country"] is None
    official = acled(incident(victims=(Participant("a provincial governor"),)))[0]
    assert (official["actor2"], official["assoc_actor_2"]) == ("Civilians (Russia)", "Government of Russia")


def test_interaction_codes():
    assert interaction(2, 7) == 27 and interaction(7, 2) == 27 and interaction(1, 1) == 11 and interaction(6, 0) == 60


@pytest.mark.parametrize("date_range, precision, day", [
    (DateRange(DAY, DAY, DatePrecision.DAY), 1, "2024-03-22"),
    (DateRange(date(2024, 3, 18), date(2024, 3, 24), DatePrecision.WEEK), 2, "2024-03-21"),
    (DateRange(date(2024, 3, 1), date(2024, 3, 31), DatePrecision.MONTH), 3, "2024-03-16"),
    (DateRange(date(2024, 3, 20), date(2024, 3, 22), DatePrecision.RANGE), 2, "2024-03-21"),
    (DateRange(date(2023, 9, 1), date(2024, 2, 29), DatePrecision.RANGE), 3, "2023-11-30"),
    (DateRange(DAY, DAY, DatePrecision.UNKNOWN), 2, "2024-03-22"),
])
def test_acled_dates(date_range, precision, day):
    row = acled(incident(date=date_range))[0]
    assert (row["time_precision"], row["event_date"]) == (precision, day)


def test_acled_ids_number_within_a_country():
    rows = acled(incident(), incident(country="AF"), incident())
    assert [r["event_id_cnty"] for r in rows] == ["RUS1", "AFG1", "RUS2"]


def test_acled_from_an_event_with_its_article():
    ev = Event("ev-1", "a9", EventType.REMOTE_VIOLENCE, date=DateRange(DAY, DAY, DatePrecision.DAY),
               location=Location("Kharkiv", "UA", None, 49.99, 36.23, GeoPrecision.CITY),
               evidence=(Evidence("Missiles struck the city.", 0, 25),), trigger="airstrike")
    row = acled(ev, articles=lambda aid: Article(aid, "t", url="https://news.example.com/x", published=DAY))[0]
    assert row["sub_event_type"] == "Air/drone strike" and row["source"] == "news.example.com"
    assert row["tags"] == "newsevents id=ev-1" and row["notes"] == "Missiles struck the city."
    assert row["actor1"] == "Unidentified Armed Group (Ukraine)" and row["actor2"] == ""
    assert row["timestamp"] == 1711065600


# -- GTD rows ---------------------------------------------------------------------------------------

def test_gtd_row_of_a_claimed_attack():
    inc = incident(
        targets=(Participant("concert hall", "facility"),), weapons=("firearms", "incendiary", "rifles"),
        injuries=Count(100, Qualifier.MORE_THAN), summary="Gunmen stormed the hall.",
        claims=(SourcedClaim("Islamic State Khorasan Province", "a1"),),
        attributions=(SourcedClaim("Islamic State Khorasan Province", "a2", "U.S. officials"),),
        toll_history=(TollReport("a1", "e1", DAY, Count(60, Qualifier.AT_LEAST, None, "at least 60")),
                      TollReport("a2", "e2", date(2024, 3, 24), Count(133, Qualifier.AT_LEAST))))
    articles = {"a1": Article("a1", "t", "Gunmen storm hall", "https://www.example.org/1", DAY)}
    row = gtd(inc, articles=articles)[0]
    assert set(row) == set(columns("gtd"))
    assert (row["eventid"], row["iyear"], row["imonth"], row["iday"]) == ("202403220001", 2024, 3, 22)
    assert row["approxdate"] is None and row["extended"] == 0
    assert (row["country_txt"], row["region"], row["region_txt"]) == ("Russia", 9, "Eastern Europe")
    assert (row["city"], row["specificity"], row["vicinity"], row["location"]) == ("Krasnogorsk", 1, 1, "suburban Moscow")
    assert (row["success"], row["suicide"]) == (1, 0)
    assert (row["targtype1"], row["targtype1_txt"], row["target1"]) == (1, "Business", "concert hall")
    assert (row["targtype2_txt"], row["target2"], row["targtype3"]) == ("Private Citizens & Property", "concertgoers", None)
    assert (row["gname"], row["guncertain1"], row["gname2"], row["guncertain2"]) == \
        ("Islamic State Khorasan Province", 0, None, None)
    assert (row["claimed"], row["compclaim"], row["individual"], row["nperps"]) == (1, 0, 0, -99)
    assert (row["weaptype1_txt"], row["weaptype1"], row["weaptype2_txt"], row["weaptype3"]) == \
        ("Firearms", 5, "Incendiary", None)
    assert row["weapdetail"] == "rifles" and (row["nkill"], row["nwound"]) == (133, 100)
    assert (row["property"], row["ishostkid"], row["INT_ANY"], row["dbsource"]) == (-9, 0, -9, "newsevents")
    assert row["addnotes"] == ("newsevents id inc-1. fatality reports 2024-03-22: at least 60; 2024-03-24: 133. "
                               "attributed to Islamic State Khorasan Province by U.S. officials.")
    assert row["scite1"] == '"Gunmen storm hall", example.org, 2024-03-22. https://www.example.org/1'
    assert row["scite2"] is None


def test_gtd_unknowns():
    inc = incident(EventType.KIDNAPPING, perpetrators=(), victims=(), fatalities=None, status=Status.ATTEMPTED,
                   location=Location("Afghanistan", "AF", None, 33.9, 67.7, GeoPrecision.COUNTRY))
    row = gtd(inc)[0]
    assert (row["gname"], row["guncertain1"], row["claimed"], row["compclaim"]) == ("Unknown", 0, -9, None)
    assert (row["targtype1"], row["targtype1_txt"], row["target1"]) == (20, "Unknown", None)
    assert (row["weaptype1_txt"], row["nkill"], row["success"], row["ishostkid"]) == ("Unknown", None, 0, 1)
    assert (row["city"], row["specificity"], row["vicinity"]) == ("Unknown", 5, 0)


def test_gtd_perpetrator_only_blamed_is_uncertain():
    inc = incident(perpetrators=(Actor("Lone Wolf", None, ActorKind.INDIVIDUAL),),
                   attributions=(SourcedClaim("Lone Wolf", "a1", "police"),))
    row = gtd(inc)[0]
    assert (row["guncertain1"], row["individual"], row["claimed"]) == (1, 1, 0)


@pytest.mark.parametrize("date_range, parts", [
    (DateRange(date(2024, 3, 1), date(2024, 3, 31), DatePrecision.MONTH, "in March"), (2024, 3, 0, "in March")),
    (DateRange(date(2024, 1, 1), date(2024, 12, 31), DatePrecision.YEAR), (2024, 0, 0, "2024-01-01 to 2024-12-31")),
    (DateRange(date(2024, 3, 20), date(2024, 3, 22), DatePrecision.RANGE), (2024, 3, 20, "2024-03-20 to 2024-03-22")),
    (None, (2024, 3, 22, "2024-03-22 (date of the first report)")),
])
def test_gtd_dates(date_range, parts):
    row = gtd(incident(date=date_range))[0]
    assert (row["iyear"], row["imonth"], row["iday"], row["approxdate"]) == parts
    assert row["eventid"] == f"{parts[0]:04d}{parts[1]:02d}{parts[2]:02d}0001"


def test_gtd_implied_weapon_and_property():
    row = gtd(incident(EventType.BOMBING, weapons=()))[0]
    assert (row["weaptype1_txt"], row["property"], row["attacktype1"]) == ("Explosives", 1, 3)


def test_gtd_eventids_number_within_a_day():
    rows = gtd(incident(), incident(), incident(date=DateRange(date(2024, 3, 23), date(2024, 3, 23), DatePrecision.DAY)))
    assert [r["eventid"] for r in rows] == ["202403220001", "202403220002", "202403230001"]
