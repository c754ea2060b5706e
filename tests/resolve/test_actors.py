import json

import pytest

from newsevents.core.enums import ActorKind
from newsevents.errors import ConfigError
from newsevents.resolve.actors import (
    DEFAULT_PATH,
    ActorRegistry,
    is_upper_text,
    normalize,
)

ISKP = "Islamic State Khorasan Province"


@pytest.fixture(scope="module")
def reg():
    return ActorRegistry.load()


@pytest.mark.parametrize("surface", [
    "ISIS-K", "ISKP", "IS-K", "IS-KP", "Islamic State Khorasan", "Islamic State Khorasan Province",
    "Islamic State-Khorasan", "Daesh Khorasan", "the Islamic State's affiliate in Afghanistan",
    "Islamic State affiliate in Afghanistan", "ISIS-K's", "isis-k", "ISLAMIC STATE KHORASAN PROVINCE",
    "Islamic State Khorasan (ISIS-K)", "the Islamic State\u2019s affiliate in Afghanistan",
])
def test_iskp_surfaces_share_one_canonical(reg, surface):
    actor = reg.resolve(surface)
    assert actor is not None and actor.canonical == ISKP
    assert actor.name == surface and actor.kind is ActorKind.ORGANIZATION


@pytest.mark.parametrize("surface,canonical", [
    ("ISIS", "Islamic State"), ("Daesh", "Islamic State"), ("ISIL", "Islamic State"),
    ("Al Shabaab", "Al-Shabaab"), ("Harakat al-Shabaab al-Mujahideen", "Al-Shabaab"),
    ("Pakistani Taliban", "Tehrik-i-Taliban Pakistan"), ("Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan"),
    ("Afghan Taliban", "Taliban"), ("Ansar Allah", "Houthis"), ("the Houthis", "Houthis"),
    ("SENDERO LUMINOSO", "Shining Path"), ("FARABUNDO MARTI NATIONAL LIBERATION FRONT",
                                            "Farabundo Marti National Liberation Front"),
    ("THE EXTRADITABLES", "Medellin Cartel"), ("Séléka", "Seleka"), ("Taliban fighters", "Taliban"),
    ("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"), ("Real IRA", "Real IRA"), ("Naxalites",
                                                                                 "Communist Party of India (Maoist)"),
])
def test_known_aliases(reg, surface, canonical):
    assert reg.canonical_of(surface) == canonical


def test_short_ambiguous_alias_is_case_sensitive(reg):
    assert reg.resolve("IS").canonical == "Islamic State"
    assert reg.resolve("IS militants").canonical == "Islamic State"
    assert reg.resolve("is") is None and reg.resolve("Is") is None
    assert reg.resolve("let") is None and reg.resolve("LeT").canonical == "Lashkar-e-Taiba"
    # in all-upper-case text "IS" is as likely the verb: not matched there
    assert reg.resolve("IS", upper_text=True) is None
    assert reg.resolve("ISIS", upper_text=True).canonical == "Islamic State"


def test_unknown_surface(reg):
    assert reg.resolve("the Black Hawks") is None
    assert reg.resolve("") is None


def test_generic_perpetrator_is_unknown_kind_not_a_group(reg):
    actor = reg.resolve("the gunmen")
    assert actor is not None and actor.canonical is None and actor.kind is ActorKind.UNKNOWN
    assert reg.canonical_of("the gunmen") is None and reg.generic_of("the gunmen") == "Unidentified gunmen"


def test_registry_size_and_validity():
    raw = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    assert raw["version"] == 2
    actors = raw["actors"]
    assert len(actors) >= 300
    canon = [a["canonical"] for a in actors]
    assert len(canon) == len(set(canon))
    for a in actors:
        assert set(a) >= {"canonical", "aliases", "kind", "parent", "affiliates", "countries"}
        assert a["kind"] in {"organization", "state", "individual", "unknown"}
        assert all(len(c) == 2 and c.isupper() for c in a["countries"])
        for alias in a.get("case_sensitive_aliases", []):
            assert len(alias) <= 6, alias          # only short acronyms need case
    assert "is" not in {normalize(x) for a in actors for x in [a["canonical"], *a["aliases"]]}


def test_parent_and_entry(reg):
    assert reg.parent_of(ISKP) == "Islamic State"
    assert reg.lineage("Islamic State West Africa Province") == ["Islamic State West Africa Province", "Islamic State"]
    entry = reg.get("Al-Shabaab")
    assert entry.parent == "Al-Qaeda" and "SO" in entry.countries
    assert reg.get("Nobody") is None and reg.parent_of("Nobody") is None


def test_aliases_feed_a_phrase_matcher(reg):
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("en")
    ci = PhraseMatcher(nlp.vocab, attr="LOWER")
    cs = PhraseMatcher(nlp.vocab, attr="ORTH")
    for matcher, pairs in ((ci, reg.aliases()), (cs, reg.aliases(case_sensitive=True))):
        for surface, canonical in pairs:
            matcher.add(canonical, [nlp.make_doc(surface)])
    assert ("IS", "Islamic State") in reg.aliases(case_sensitive=True)
    assert all(s != "IS" for s, _ in reg.aliases())
    doc = nlp("US officials said ISIS-K's gunmen did it; it is unclear whether IS or al shabaab helped.")
    found = {nlp.vocab.strings[m] for m, _, _ in ci(doc)} | {nlp.vocab.strings[m] for m, _, _ in cs(doc)}
    assert found == {ISKP, "Islamic State", "Al-Shabaab"}
    upper = nlp("IT IS SAID THAT THE SHINING PATH ATTACKED")
    assert [nlp.vocab.strings[m] for m, _, _ in ci(upper)] == ["Shining Path"]
    assert is_upper_text(upper.text) and not is_upper_text(doc.text)


def test_invalid_registry_rejected(tmp_path):
    bad = tmp_path / "actors.json"
    bad.write_text(json.dumps({"version": 1, "actors": [
        {"canonical": "A", "aliases": ["X"], "kind": "organization", "parent": None, "affiliates": [], "countries": []},
        {"canonical": "B", "aliases": ["x"], "kind": "organization", "parent": None, "affiliates": [], "countries": []},
    ]}))
    with pytest.raises(ConfigError):
        ActorRegistry.load(bad)
    bad.write_text(json.dumps({"version": 1, "actors": [
        {"canonical": "A", "aliases": [], "kind": "organization", "parent": "Ghost", "affiliates": [], "countries": []},
    ]}))
    with pytest.raises(ConfigError):
        ActorRegistry.load(bad)


def test_custom_registry_file(tmp_path):
    path = tmp_path / "actors.json"
    path.write_text(json.dumps({"version": 2, "actors": [
        {"canonical": "Test Front", "aliases": ["TF"], "kind": "organization", "parent": None,
         "affiliates": [], "countries": ["XX"]}]}))
    reg = ActorRegistry.load(path)
    assert reg.version == 2 and len(reg) == 1
    assert reg.resolve("tf").canonical == "Test Front"
