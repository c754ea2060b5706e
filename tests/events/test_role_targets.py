"""What an attack hit, read from the attack's own words: its objects, the building a bomb went off at, what the
clause says was destroyed; not the other phrases of the clause. Who did it, as the text names them: a band with its
members, the author of "an attack carried out by ...", the people of a registry group. Each rule is shown on a
sentence written for this test about a real event."""
from __future__ import annotations

from datetime import date

from newsevents.events.drafts import ActorMention
from newsevents.events.phrases import clean_name
from newsevents.events.roles import members_of


def said(pipeline, text: str, role: str, published: date = date(1990, 1, 10)) -> set[str]:
    """Lower-cased names the article's events give in one role (weapons as their words)."""
    events = pipeline.extract(text, published=published)
    if role == "weapons":
        return {w.lower() for e in events for w in e.weapons}
    return {p.name.lower() for e in events for p in getattr(e, role)}


def test_a_bomb_that_went_off_in_front_of_a_building_hit_the_building(pipeline):
    targets = said(pipeline, "On April 19, 1995, a truck bomb exploded in front of the Alfred P. Murrah Federal "
                             "Building in Oklahoma City, killing 168 people.", "targets", date(1995, 4, 20))
    assert any("murrah" in t for t in targets)
    assert "front" not in targets


def test_what_the_blast_destroyed_and_damaged_are_targets(pipeline):
    targets = said(pipeline, "On August 7, 1998, a truck bomb exploded at the United States embassy in Nairobi, "
                             "destroying the Ufundi Cooperative House and damaging dozens of nearby buildings.",
                   "targets", date(1998, 8, 8))
    assert any("embassy" in t for t in targets)
    assert "nearby buildings" in targets
    assert not any(t.startswith("dozens") for t in targets)


def test_a_place_where_people_were_killed_is_no_target(pipeline):
    targets = said(pipeline, "On 16 November 1989, soldiers shot dead six Jesuit priests in the gardens of the "
                             "Central American University in San Salvador.", "targets", date(1989, 11, 17))
    assert not any("university" in t or "gardens" in t for t in targets)


def test_the_windows_of_a_bank_mean_the_bank(pipeline):
    targets = said(pipeline, "On Monday, a bomb shattered the windows of the Citibank branch in Santiago, Chile.",
                   "targets")
    assert any("citibank" in t for t in targets)
    assert "windows" not in targets


def test_an_attack_carried_out_on_a_thing_names_it(pipeline):
    targets = said(pipeline, "On Saturday, guerrillas carried out an attack on a power station near Usulutan, "
                             "El Salvador.", "targets")
    assert "power station" in targets


def test_a_count_before_a_name_is_not_part_of_it():
    assert clean_name("at least 30 stores") == "stores"
    assert clean_name("one of the buses") == "buses"
    assert clean_name("over 10 private vehicles") == "private vehicles"
    assert clean_name("others") == "others"


def test_a_band_is_named_with_its_members(pipeline):
    perps = said(pipeline, "On Monday, a group of hooded men set fire to a bus in Lima, Peru.", "perpetrators")
    assert "group of hooded men" in perps


def test_an_attack_carried_out_by_someone_names_its_author(pipeline):
    perps = said(pipeline, "Colombian officials condemned the killing of presidential candidate Luis Carlos Galan "
                           "in an attack carried out by hired gunmen in Soacha.", "perpetrators", date(1989, 8, 19))
    assert "hired gunmen" in perps


def test_the_people_of_a_registry_group_are_named_apart_from_it(pipeline):
    doc = pipeline.nlp("Members of the Shining Path killed the mayor of Huamanga.")
    subject = next(t for t in doc if t.dep_ == "nsubj")
    group = ActorMention("Shining Path", "Shining Path", "organization")
    member = members_of(subject, group, 0)
    assert member is not None and member.text == "Members of the Shining Path" and member.kind == "individual"
    doc = pipeline.nlp("FMLN urban guerrillas attacked the National Guard headquarters.")
    subject = next(t for t in doc if t.dep_ == "nsubj")
    member = members_of(subject, ActorMention("FMLN", "Farabundo Marti National Liberation Front"), 0)
    assert member is not None and member.text == "urban guerrillas"
    assert members_of(subject, ActorMention("guerrillas", None, "individual"), 0) is None


def test_weapons_keep_the_words_that_say_which():
    from newsevents.mentions.weapons import find_weapons, weapon_word
    words = [weapon_word(text[a:b]) for text in ("Rioters threw Molotov cocktails.", "an explosive charge went off")
             for a, b, _ in find_weapons(text)]
    assert words == ["molotov cocktails", "explosive charge"]
    assert find_weapons("the army's news bulletin said") == []


def test_a_spokesman_who_called_a_radio_station_speaks_for_the_group(pipeline):
    events = pipeline.extract("On Tuesday, guerrillas bombed the Cano Limon pipeline near Arauca, Colombia. Hours later "
                              "a spokesman for the National Liberation Army called a radio station in Bogota about "
                              "the bombing of the pipeline.", published=date(1990, 1, 10))
    assert any("National Liberation Army" in c for e in events for c in e.claimed_by)


def test_a_victim_who_was_shot_by_someone_names_the_author(pipeline):
    perps = said(pipeline, "Residents saw the killing of a teacher, who was shot by two masked men as she left a church "
                           "in Medellin on Sunday.", "perpetrators")
    assert "masked men" in perps


def test_the_victim_named_after_the_date_of_the_killing(pipeline):
    victims = said(pipeline, "The party said in a letter that the assassination on 22 March of Bernardo Jaramillo, "
                             "its presidential candidate, forced it to leave the race.", "victims", date(1990, 5, 18))
    assert "bernardo jaramillo" in victims
