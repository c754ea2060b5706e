"""The packaged actor registry file, state forces, generic perpetrators, reading shared aliases in context, and the
relations other stages ask about (same actor or branch, descendants, search)."""
import json
from collections import defaultdict
from datetime import date

import pytest

from newsevents.core.enums import ActorKind
from newsevents.errors import ConfigError
from newsevents.resolve.actors import DEFAULT_PATH, ActorRegistry, normalize
from newsevents.resolve.actors_data import read_registry


@pytest.fixture(scope="module")
def reg():
    return ActorRegistry.load()


@pytest.fixture(scope="module")
def data():
    return read_registry(DEFAULT_PATH)


def test_no_alias_shared_unless_every_sharer_marks_it_ambiguous(data):
    owners: dict[str, set[str]] = defaultdict(set)
    for e in data.entries:
        for alias in (e.canonical, *e.aliases):
            owners[normalize(alias)].add(e.canonical)
    by_name = {e.canonical: e for e in data.entries}
    shared = {k: names for k, names in owners.items() if len(names) > 1}
    for key, names in shared.items():
        for name in names:
            assert key in {normalize(a) for a in by_name[name].ambiguous_aliases}, (key, sorted(names))
    assert {"adf", "spla", "congolese army", "jundallah", "ansar al sharia"} <= set(shared)


def test_every_parent_and_affiliate_exists_and_years_are_ordered(data):
    names = {e.canonical for e in data.entries}
    assert len(names) == len(data.entries)
    for e in data.entries:
        assert e.parent is None or (e.parent in names and e.parent != e.canonical), e.canonical
        assert all(a in names for a in e.affiliates), e.canonical
        assert all(len(c) == 2 and c.isupper() for c in e.countries), e.canonical
        if e.active_from is not None and e.active_to is not None:
            assert 1800 < e.active_from <= e.active_to <= 2026, e.canonical
        for a in e.ambiguous_aliases:
            assert normalize(a) in {normalize(x) for x in (e.canonical, *e.aliases, *e.case_sensitive_aliases)}


def test_registry_holds_hundreds_of_groups_the_state_forces_of_sixty_countries_and_generic_perpetrators(data):
    kinds = defaultdict(list)
    for e in data.entries:
        kinds[e.kind].append(e)
    named_groups = [e for e in kinds[ActorKind.ORGANIZATION] if any(e.countries)]
    assert len(named_groups) >= 300
    state_countries = {c for e in kinds[ActorKind.STATE] for c in e.countries}
    assert len(state_countries) >= 60
    assert len(kinds[ActorKind.UNKNOWN]) >= 10
    assert all(not e.countries and e.parent is None for e in kinds[ActorKind.UNKNOWN])


@pytest.mark.parametrize("surface,canonical", [
    ("Afghan security forces", "Military Forces of Afghanistan"),
    ("the Pakistani army", "Military Forces of Pakistan"),
    ("Pakistan's military", "Military Forces of Pakistan"),
    ("Israeli air strikes", "Israel Defense Forces"),
    ("Nigerian troops", "Military Forces of Nigeria"),
    ("Kenyan police", "Police Forces of Kenya"),
    ("Myanmar army", "Tatmadaw"),
    ("U.S. forces", "Military Forces of the United States"),
    ("Russian warplanes", "Military Forces of Russia"),
    ("the CRPF", "Police Forces of India"),
    ("Military Forces of Ukraine", "Military Forces of Ukraine"),
])
def test_state_forces_by_demonym_and_country_name(reg, surface, canonical):
    actor = reg.resolve(surface)
    assert actor is not None and actor.canonical == canonical and actor.kind is ActorKind.STATE


def test_state_force_labels_are_resolvable_but_not_fed_to_the_phrase_matcher(reg):
    surfaces = {s for s, _ in reg.aliases()}
    assert "Pakistani army" in surfaces and "Israeli air strikes" in surfaces
    assert "Military Forces of India" not in surfaces        # would hide "India" from the place finder
    assert reg.canonical_of("Military Forces of India") == "Military Forces of India"


@pytest.mark.parametrize("surface", ["gunmen", "unidentified attackers", "bandits", "suspected militants",
                                     "unknown gunmen", "kidnappers", "a suicide bomber"])
def test_generic_perpetrators_stay_unknown(reg, surface):
    actor = reg.resolve(surface.removeprefix("a "))
    assert actor is not None and actor.canonical is None and actor.kind is ActorKind.UNKNOWN
    assert all(s.lower() != surface for s, _ in reg.aliases())   # never marked as a named actor in text


def test_a_modifier_does_not_hide_the_group(reg):
    assert reg.canonical_of("suspected Boko Haram militants") == "Boko Haram"
    assert reg.canonical_of("unidentified Taliban gunmen") == "Taliban"


@pytest.mark.parametrize("surface,country,year,canonical", [
    ("ADF", "CD", 2019, "Allied Democratic Forces"),
    ("ADF", "CM", 2019, "Ambazonian separatists"),
    ("ADF", "AU", 2020, "Military Forces of Australia"),
    ("ADF", None, None, "Allied Democratic Forces"),                 # no context: the first listed
    ("SPLA", "SS", 2015, "Military Forces of South Sudan"),          # the rebels became the army in 2011
    ("SPLA", "SD", 2005, "Sudan People's Liberation Army"),
    ("Congolese army", "CG", 2017, "Military Forces of the Republic of Congo"),
    ("Congolese army", "CD", 2017, "Military Forces of the Democratic Republic of Congo"),
    ("Jundallah", "IR", 2008, "Jundallah (Iran)"),
    ("Jundallah", "PK", 2014, "Jundallah (Pakistan)"),
    ("Ansar al-Sharia", "TN", 2013, "Ansar al-Sharia (Tunisia)"),
    ("Ansar al-Sharia", "YE", 2012, "Ansar al-Sharia (Yemen)"),
    ("Islamic Jihad", "EG", 1995, "Egyptian Islamic Jihad"),
    ("Islamic Jihad", "PS", 2023, "Palestinian Islamic Jihad"),
    ("UCK", "MK", 2001, "National Liberation Army (North Macedonia)"),
    ("UCK", "XK", 1998, "Kosovo Liberation Army"),
    ("NDF", "SY", 2014, "National Defence Forces (Syria)"),
    ("PLA", "IN", 2010, "People's Liberation Army of Manipur"),
])
def test_shared_alias_read_with_the_events_country_and_date(reg, surface, country, year, canonical):
    on = date(year, 6, 1) if year else None
    assert reg.canonical_of(surface, country=country, on=on) == canonical
    assert reg.resolve(surface, country=country, on=on).canonical == canonical


def test_date_decides_when_country_does_not(reg):
    # both MNLA-era Azawad groups are Malian; only the FLA existed in 2025
    assert reg.get("Azawad Liberation Front").active_in(2025)
    assert not reg.get("National Movement for the Liberation of Azawad").active_in(2025)
    # in South Sudan before independence both SPLA readings fit the country; the rebels were active, listed first
    assert reg.canonical_of("SPLA", country="SS", on=date(2005, 1, 1)) == "Sudan People's Liberation Army"


def test_phrase_matcher_gets_one_reading_of_a_shared_alias(reg):
    pairs = [(s, c) for s, c in reg.aliases() if s == "ADF"]
    assert pairs == [("ADF", "Allied Democratic Forces")]


@pytest.mark.parametrize("a,b,related", [
    ("Islamic State Khorasan Province", "Islamic State", True),
    ("ISKP", "ISIS", True),                                           # surfaces are resolved first
    ("Islamic State", "ISIS-K", True),
    ("Islamic State Khorasan Province", "Islamic State West Africa Province", False),   # siblings
    ("Al-Shabaab", "Al-Qaeda", True),
    ("Ansar al-Sharia (Yemen)", "Al-Qaeda", True),                    # grandparent
    ("Al-Qaeda", "Islamic State", False),
    ("Quds Force", "Military Forces of Iran", True),
    ("Military Forces of Pakistan", "Police Forces of Pakistan", True),   # affiliates
    ("Military Forces of Pakistan", "Military Forces of India", False),
    ("Taliban", "Taliban", True),
    ("gunmen", "Taliban", False),
    ("gunmen", "Gunmen", True),
    ("the Black Hawks", "Black Hawks", True),
    ("the Black Hawks", "Taliban", False),
])
def test_same_or_affiliate(reg, a, b, related):
    assert reg.same_or_affiliate(a, b) is related
    assert reg.same_or_affiliate(b, a) is related


def test_descendants_roll_up_branches(reg):
    down = reg.descendants("Islamic State")
    assert {"Islamic State Khorasan Province", "Islamic State West Africa Province",
            "Jund al-Khilafah (Algeria)"} <= set(down)                 # a province's own branch too
    assert "Ansar al-Sharia (Yemen)" in reg.descendants("Al-Qaeda")
    assert reg.descendants("Hamas") == []


def test_search_by_name_alias_acronym_and_country(reg):
    assert reg.search("ISKP")[0].canonical == "Islamic State Khorasan Province"
    assert reg.search("IS")[0].canonical == "Islamic State"
    names = [e.canonical for e in reg.search("Khorasan")]
    assert "Islamic State Khorasan Province" in names
    nigeria = [e.canonical for e in reg.search("Nigeria")]
    assert {"Boko Haram", "Military Forces of Nigeria", "Police Forces of Nigeria"} <= set(nigeria)
    by_code = {e.canonical for e in reg.search("NG")}
    assert by_code == {e.canonical for e in reg.entries() if "NG" in e.countries}
    assert by_code <= set(nigeria)
    assert reg.search("no such group anywhere") == []
    assert len(reg.search("")) == len(reg)


def test_shared_alias_must_be_marked_by_every_sharer(tmp_path):
    path = tmp_path / "actors.json"
    entry = {"aliases": ["ADF"], "kind": "organization", "parent": None, "affiliates": [], "countries": []}
    path.write_text(json.dumps({"version": 2, "actors": [
        {**entry, "canonical": "A", "ambiguous_aliases": ["ADF"]}, {**entry, "canonical": "B"}]}))
    with pytest.raises(ConfigError, match="ambiguous"):
        ActorRegistry.load(path)
    path.write_text(json.dumps({"version": 2, "actors": [
        {**entry, "canonical": "A", "ambiguous_aliases": ["ADF"], "countries": ["CD"]},
        {**entry, "canonical": "B", "ambiguous_aliases": ["ADF"], "countries": ["CM"]}]}))
    reg = ActorRegistry.load(path)
    assert reg.canonical_of("ADF") == "A" and reg.canonical_of("ADF", country="CM") == "B"


def test_state_forces_block_expands_and_extends_named_entries(tmp_path):
    path = tmp_path / "actors.json"
    path.write_text(json.dumps({"version": 2, "actors": [
        {"canonical": "Ruritanian Royal Guard", "aliases": [], "kind": "state", "countries": ["RR"]}],
        "state_forces": {
            "branches": [{"branch": "military", "canonical": "Military Forces of {name}",
                          "templates": ["{demonym} army", "{name}'s army"]},
                         {"branch": "police", "canonical": "Police Forces of {name}", "templates": ["{demonym} police"]}],
            "countries": [{"code": "RR", "name": "Ruritania", "demonyms": ["Ruritanian"],
                           "entries": {"military": "Ruritanian Royal Guard"}},
                          {"code": "GG", "name": "Graustark", "demonyms": ["Graustarkian"], "branches": ["police"]}]}}))
    reg = ActorRegistry.load(path)
    assert reg.canonical_of("the Ruritanian army") == "Ruritanian Royal Guard"
    assert reg.canonical_of("Ruritania's army") == "Ruritanian Royal Guard"
    assert reg.canonical_of("Ruritanian police") == "Police Forces of Ruritania"
    assert reg.get("Police Forces of Ruritania").affiliates == ("Ruritanian Royal Guard",)
    assert reg.canonical_of("Graustarkian police") == "Police Forces of Graustark"
    assert reg.get("Military Forces of Graustark") is None
    assert reg.country_code("Graustarkian") == "GG"


def test_a_state_force_pointing_at_an_unknown_entry_is_rejected(tmp_path):
    path = tmp_path / "actors.json"
    path.write_text(json.dumps({"version": 2, "actors": [], "state_forces": {
        "branches": [{"branch": "military", "canonical": "Military Forces of {name}", "templates": []}],
        "countries": [{"code": "RR", "name": "Ruritania", "demonyms": [], "entries": {"military": "Ghost"}}]}}))
    with pytest.raises(ConfigError, match="Ghost"):
        ActorRegistry.load(path)


def test_bad_active_year_is_rejected(tmp_path):
    path = tmp_path / "actors.json"
    path.write_text(json.dumps({"version": 2, "actors": [
        {"canonical": "A", "aliases": [], "kind": "organization", "active_from": "2001"}]}))
    with pytest.raises(ConfigError, match="year"):
        ActorRegistry.load(path)


def test_organization_forms_of_al_qaeda_branch_names_resolve_to_the_branch():
    """"Al-Qaeda Organization in ..." is how the branches style themselves; it is not core al-Qaeda."""
    from newsevents.resolve.actors import ActorRegistry

    reg = ActorRegistry.load()
    assert reg.canonical_of("Al Qaeda Organization in the Arabian Peninsula") == "Al-Qaeda in the Arabian Peninsula"
    assert reg.canonical_of("al-Qaida Organization in the Islamic Maghreb") == "Al-Qaeda in the Islamic Maghreb"


@pytest.mark.parametrize("surface, code, canonical", [
    ("the police", "BR", "Police Forces of Brazil"),
    ("police officers", "HT", "Police Forces of Haiti"),
    ("federal police forces", "BR", "Police Forces of Brazil"),
    ("military police forces", "BR", "Military Forces of Brazil"),   # a military word outranks a police one
    ("regime forces", "SY", "Military Forces of Syria"),
    ("security forces", "NG", "Military Forces of Nigeria"),
    ("soldiers", "IL", "Israel Defense Forces"),                      # the named entry the country points at
    ("gendarmes", "CM", "Military Forces of Cameroon"),
])
def test_a_force_of_no_country_is_the_forces_of_the_country_given(reg, surface, code, canonical):
    assert reg.home_forces(surface, code) == canonical


@pytest.mark.parametrize("surface", ["pro-Hadi forces", "NATO forces", "gunmen", "GNA forces", "police station"])
def test_a_force_with_a_name_or_no_force_has_no_home(reg, surface):
    assert reg.home_forces(surface, "YE") is None


@pytest.mark.parametrize("surface, label", [
    ("unknown gunmen", "Unidentified Armed Group (Nigeria)"),
    ("armed men", "Unidentified Armed Group (Nigeria)"),
    ("unidentified assailants", "Unidentified Armed Group (Nigeria)"),
    ("bandits", "Unidentified Armed Group (Nigeria)"),
    ("criminal gangs", "Unidentified Gang (Nigeria)"),
    ("rioters", "Rioters (Nigeria)"),
    ("Boko Haram", None),          # a group has its own name
    ("herders", None),             # a generic doer with no label
])
def test_a_generic_doer_takes_the_coders_label_of_the_country(reg, surface, label):
    assert reg.coded_label(surface, "Nigeria") == label


@pytest.mark.parametrize("actor, named", [
    (("Boko Haram fighters", "Boko Haram", ActorKind.ORGANIZATION), True),
    (("the Nigerian army", "Military Forces of Nigeria", ActorKind.STATE), True),
    (("soldiers", "Military Forces of Nigeria", ActorKind.STATE), False),
    (("gunmen", "Unidentified Armed Group (Nigeria)", ActorKind.INDIVIDUAL), False),
    (("gunmen", None, ActorKind.INDIVIDUAL), False),
])
def test_named_tells_a_group_the_text_names_from_a_kind_of_doer_with_a_label(reg, actor, named):
    from newsevents.core.records import Actor
    assert reg.named(Actor(*actor)) is named
