"""Role fillers as a reader would list them: a victim under the person's name without the rank the report gives, a
kidnapped person as a victim and not a thing hit, no weapon from arms that troops took, and no victim from the
attackers who fell. Sentences written for these tests about real events."""
from __future__ import annotations

from datetime import date

from newsevents.events.names import fell_attacking
from newsevents.events.roles import seized_arms


def said(pipeline, text: str, role: str, published: date) -> set[str]:
    """Lower-cased names the article's events give in one role (weapons as their words)."""
    events = pipeline.extract(text, published=published)
    if role == "weapons":
        return {w.lower() for e in events for w in e.weapons}
    return {p.name.lower() for e in events for p in getattr(e, role)}


def test_a_capitals_wire_names_the_victim_without_his_rank(pipeline):
    text = ("BOGOTA, 19 AUG 89 -- [TEXT] GUNMEN HIDING IN THE CROWD AT A CAMPAIGN RALLY IN SOACHA LAST NIGHT SHOT "
            "SENATOR LUIS CARLOS GALAN SARMIENTO, THE LIBERAL PARTY'S PRESIDENTIAL HOPEFUL.\n\n"
            "DOCTORS SAID THAT SENATOR GALAN DIED OF HIS WOUNDS SHORTLY AFTER THE ATTACK.")
    victims = said(pipeline, text, "victims", date(1989, 8, 19))
    assert "luis carlos galan sarmiento" in victims
    assert not any(v.startswith("senator") or v == "galan" for v in victims)


def test_the_people_a_kidnapping_took_are_victims_not_targets(pipeline):
    text = "In March 1990, ELN guerrillas kidnapped several cattle ranchers and landowners in Arauca, Colombia."
    events = pipeline.extract(text, published=date(1990, 3, 20))
    assert {"cattle ranchers", "landowners"} <= {v.name.lower() for e in events for v in e.victims}
    assert not [t for e in events for t in e.targets]


def test_where_a_kidnapping_happened_is_not_who_it_took(pipeline):
    text = ("BOGOTA, 14 JAN 88 -- [TEXT] ARMED MEN KIDNAPPED CONSERVATIVE CANDIDATE ANDRES PASTRANA AT HIS CAMPAIGN "
            "HEADQUARTERS IN BOGOTA YESTERDAY.")
    events = pipeline.extract(text, published=date(1988, 1, 14))
    assert "Andres Pastrana" in {v.name for e in events for v in e.victims}
    assert not any("headquarters" in v.name.lower() for e in events for v in e.victims)


def test_arms_that_troops_confiscated_are_no_weapons_of_an_attack(pipeline):
    doc = pipeline.nlp("Soldiers in San Miguel confiscated twelve rifles, two grenades and several sticks of dynamite.")
    arms = list(doc.spans["weapons"])
    assert arms and all(seized_arms(s.root) for s in arms)
    used = pipeline.nlp("Rebels attacked the police post in San Miguel with rifles, grenades and dynamite.")
    assert not any(seized_arms(s.root) for s in used.spans["weapons"])


def test_a_seizure_of_arms_reports_no_bombing(pipeline):
    text = "On Sunday, soldiers in San Miguel, El Salvador, confiscated twelve rifles and several sticks of dynamite."
    events = pipeline.extract(text, published=date(1989, 11, 27))
    assert not [e for e in events if e.weapons]
    assert not [e for e in events if e.event_type.value == "bombing"]


def test_attackers_who_fell_are_not_victims(pipeline):
    assert [fell_attacking(v) for v in ("rebels", "soldiers", "FMLN guerrillas", "guerrilla leader")] == [
        True, False, True, False]
    text = ("On 11 November 1989, FMLN guerrillas attacked the army barracks in Zacatecoluca, El Salvador; two "
            "guerrillas and four civilians were killed.")
    victims = said(pipeline, text, "victims", date(1989, 11, 12))
    assert "civilians" in victims and "guerrillas" not in victims


def test_a_group_named_with_its_fighters_is_the_group_and_its_fighters(pipeline):
    text = "On 11 November 1989, FMLN guerrillas attacked the army barracks in Zacatecoluca, El Salvador."
    perps = {(a.name, a.kind.value) for e in pipeline.extract(text, published=date(1989, 11, 12))
             for a in e.perpetrators}
    assert ("FMLN", "organization") in perps and ("guerrillas", "individual") in perps
    assert not any(name == "FMLN guerrillas" for name, _ in perps)
