"""Type refinements and role placement, each shown on a short sentence written for this test."""
from __future__ import annotations

from datetime import date

from newsevents import EventType
from newsevents.mentions.weapons import weapon_word


def extract(pipeline, text: str, published: str = "2020-05-04"):
    return pipeline.extract(text, published=date.fromisoformat(published))


def types(events) -> set[EventType]:
    return {e.event_type for e in events}


# -- assassination: an attack aimed at a high-ranking person ------------------------------------------------

def test_fire_on_a_mayors_car_is_an_assassination(pipeline):
    text = "On Monday, gunmen fired on the car of the mayor of Springfield in Ohio."
    assert types(extract(pipeline, text)) == {EventType.ASSASSINATION}


def test_bomb_aimed_at_a_colonels_convoy_is_an_assassination(pipeline):
    text = ("On Monday, unknown assailants detonated a roadside bomb targeting the convoy of Colonel John Smith "
            "in Basra, Iraq.")
    assert EventType.ASSASSINATION in types(extract(pipeline, text))


def test_fire_on_a_police_checkpoint_stays_an_armed_assault(pipeline):
    text = "On Monday, gunmen attacked a police checkpoint in Kandahar, killing two policemen."
    assert types(extract(pipeline, text)) == {EventType.ARMED_ASSAULT}


# -- riots: crowds, communities, burning tyres ---------------------------------------------------------------

def test_villagers_clashing_with_police_is_a_riot(pipeline):
    text = "On 3 May 2020, villagers clashed with police over a land dispute in Rampur, injuring five people."
    assert types(extract(pipeline, text)) == {EventType.RIOT}


def test_clash_between_two_village_groups_stays_a_battle(pipeline):
    text = "On 3 May 2020, two groups of villagers clashed over a land dispute in Rampur, injuring five people."
    assert types(extract(pipeline, text)) == {EventType.BATTLE}


def test_clash_between_soldiers_and_rebels_stays_a_battle(pipeline):
    text = "On 3 May 2020, soldiers clashed with rebels near Goma, killing five fighters."
    assert types(extract(pipeline, text)) == {EventType.BATTLE}


def test_prisoners_burning_mattresses_is_a_riot(pipeline):
    text = "On 3 May 2020, prisoners set fire to mattresses in the central prison of Lima to demand their release."
    assert types(extract(pipeline, text)) == {EventType.RIOT}


def test_torching_a_police_station_stays_arson(pipeline):
    text = "On 3 May 2020, unknown men set fire to a police station in Kano."
    assert types(extract(pipeline, text)) == {EventType.ARSON}


# -- shelling versus clashes ---------------------------------------------------------------------------------

def test_mortars_fired_at_positions_are_shelling(pipeline):
    text = "On 3 May 2020, the rebel forces fired 82mm mortars at the government positions near Donetsk."
    assert types(extract(pipeline, text)) == {EventType.REMOTE_VIOLENCE}


def test_rifle_fire_at_positions_is_a_clash(pipeline):
    text = "On 3 May 2020, the rebel forces opened fire at the government positions near Donetsk."
    assert types(extract(pipeline, text)) == {EventType.BATTLE}


def test_projectiles_in_both_directions_are_a_clash(pipeline):
    text = "On 3 May 2020, monitors observed 40 projectiles in both directions of the frontline near Donetsk."
    assert types(extract(pipeline, text)) == {EventType.BATTLE}


# -- roles ---------------------------------------------------------------------------------------------------

def test_people_attacked_are_victims_not_targets(pipeline):
    text = "On Monday, guerrillas attacked a bus and killed presidential candidate Luis Carlos Galan in Bogota."
    evs = extract(pipeline, text)
    assert any("Luis Carlos Galan" in [v.name for v in ev.victims] for ev in evs)
    assert not any("Luis Carlos Galan" in [t.name for t in ev.targets] for ev in evs)
    assert any("bus" in [t.name for t in ev.targets] for ev in evs)


def test_unidentified_individuals_are_perpetrators(pipeline):
    text = "On Monday, unidentified individuals shot a shopkeeper in Lima, Peru."
    [ev] = extract(pipeline, text)
    assert [p.name.lower() for p in ev.perpetrators] == ["unidentified individuals"]


def test_weapons_are_the_words_of_the_text(pipeline):
    text = "On Monday, terrorists detonated a car bomb outside a hotel in Lima, Peru."
    [ev] = extract(pipeline, text)
    assert list(ev.weapons) == ["car bomb"]


def test_weapon_word_drops_acts_and_attackers():
    assert weapon_word("CAR BOMB") == "car bomb"
    assert weapon_word("AK-47 rifles") == "AK-47 rifles"
    for act in ("opened fire", "shooting", "gunmen", "blew up", "detonated", "car ramming"):
        assert weapon_word(act) is None


# -- merge: hostage fates, suicide attackers in the toll, people as victims ----------------------------------

def test_killing_after_an_abduction_stays_one_kidnapping(pipeline):
    text = ("On Monday, in Bara, Pakistan, militants kidnapped Gul Zameen, an employee of the telecom company. "
            "He was later beheaded and his body dumped near a field.")
    evs = extract(pipeline, text, "2011-05-03")
    assert types(evs) == {EventType.KIDNAPPING}
    assert evs[0].fatalities is not None and evs[0].fatalities.count == 1


def _resolved(text: str, killed: int, suicide: bool = True):
    from newsevents.core import Count, Evidence, Status
    from newsevents.resolve.merge import Resolved
    return Resolved(event_type=EventType.BOMBING, status=Status.REALIZED, generic=False, sentence_start=0, weight=1.0,
                    trigger="detonated", trigger_start=0, suicide=suicide, fatalities=Count(killed),
                    evidence=[Evidence(text, 0, len(text))])


def test_suicide_bombing_toll_is_the_figure_the_text_states(pipeline):
    # the contract: the count the text supports; the bomber is not added unless the text counts him
    text = "A suicide bomber blew himself up at a crowded market in Quetta on Monday, killing 12 people."
    evs = extract(pipeline, text, "2013-01-15")
    assert [e.fatalities.count for e in evs if e.event_type is EventType.BOMBING] == [12]
    assert all(e.suicide for e in evs if e.event_type is EventType.BOMBING)


def test_people_named_as_targets_move_to_victims():
    from newsevents.core import Participant
    from newsevents.resolve.merge import people_to_victims
    r = _resolved("Gunmen fired on the mayor's car.", 0, suicide=False)
    r.targets = [Participant("car"), Participant("mayor", "person")]
    people_to_victims(r)
    assert [t.name for t in r.targets] == ["car"] and [v.name for v in r.victims] == ["mayor"]


def test_raid_that_only_burned_things_is_one_arson(pipeline):
    text = ("On Thursday, in Luna village, Philippines, 30 heavily armed men raided a construction site and torched "
            "four pieces of heavy equipment.")
    assert types(extract(pipeline, text, "2011-05-13")) == {EventType.ARSON}


def test_a_claim_covers_the_other_parts_of_the_attack_but_not_older_ones():
    from datetime import date as d

    from newsevents.core import DateRange, DatePrecision
    from newsevents.resolve.merge import share_claims
    day = DateRange(d(2011, 5, 2), d(2011, 5, 2), DatePrecision.DAY)
    old = DateRange(d(2010, 1, 5), d(2010, 1, 5), DatePrecision.DAY)
    shooting = _resolved("Militants opened fire on the guards.", 1, suicide=False)
    bombing = _resolved("A bomb exploded. The Taliban claimed responsibility for the attack.", 3, suicide=False)
    earlier = _resolved("The town was hit by a bombing last year.", 2, suicide=False)
    for r, when in ((shooting, day), (bombing, day), (earlier, old)):
        r.date, r.date_given = when, True
    bombing.claimed_by = ["Taliban"]
    share_claims([shooting, bombing, earlier], d(2011, 5, 3))
    assert shooting.claimed_by == ["Taliban"] and earlier.claimed_by == []


def test_a_relative_clause_names_the_high_ranking_victim(pipeline):
    text = ("Crowds in San Salvador recalled the murder of Archbishop Oscar Romero, who was shot dead by a gunman "
            "while saying mass on 24 March 1980.")
    assert types(extract(pipeline, text, "2020-03-24")) == {EventType.ASSASSINATION}


def test_the_killing_of_a_bishop_is_an_assassination(pipeline):
    text = "Bishop Juan Gerardi was beaten to death in the garage of his parish house in Guatemala City on Sunday."
    assert types(extract(pipeline, text, "1998-04-28")) == {EventType.ASSASSINATION}


def test_the_murder_of_unnamed_villagers_stays_what_it_was(pipeline):
    text = "Villagers recalled the murder of three farmers, who were shot dead by gunmen near Tumaco on Sunday."
    assert EventType.ASSASSINATION not in types(extract(pipeline, text))


def test_gunmen_who_seized_a_person_kidnapped_her(pipeline):
    text = "Gunmen seized her outside her office in Medellin on Monday and demanded a ransom from her family."
    assert types(extract(pipeline, text)) == {EventType.KIDNAPPING}

