"""A coder's note that lists several places is one event per place (resolve/sites.py); the toll stays with one of
them. Notes written for these tests."""
from __future__ import annotations

from datetime import date


def _events(pipeline, text: str):
    return pipeline.extract(text, published=date(2021, 5, 6))


def test_each_front_of_a_note_is_an_event(pipeline):
    text = ("On 3 May 2021, Houthi forces and government troops exchanged artillery fire on the Sirwah (Sirwah, "
            "Marib) and Nihm (Nihm, Sanaa) frontlines. Fatalities coded as 4.")
    events = _events(pipeline, text)
    assert sorted(e.location.name for e in events) == ["Nihm", "Sirwah"], [e.to_json() for e in events]
    assert len({e.event_id for e in events}) == 2
    assert sum((e.fatalities.count if e.fatalities else 0) for e in events) == 4     # no death counted twice


def test_each_province_of_a_note_is_an_event(pipeline):
    text = "On 5 May 2021, police operations in Kabul, Ghor and Balkh provinces killed 7 Taliban militants."
    events = _events(pipeline, text)
    assert len(events) == 3 and {e.location.country for e in events} == {"AF"}, [e.to_json() for e in events]
    assert sum((e.fatalities.count if e.fatalities else 0) for e in events) == 7


def test_a_list_of_people_is_no_list_of_places(pipeline):
    text = "On 5 May 2021, gunmen shot dead Ahmad Zia and Mohammad Nabi in Kabul."
    assert len(_events(pipeline, text)) == 1


def test_a_toll_given_as_each_events_share_stays_on_every_place(pipeline):
    text = ("On 3 May 2021, Houthi forces and government troops exchanged artillery fire on the Sirwah (Sirwah, "
            "Marib) and Nihm (Nihm, Sanaa) frontlines. Fatalities split across 2 events (3).")
    events = _events(pipeline, text)
    assert [e.fatalities.count if e.fatalities else None for e in events] == [3, 3], [e.to_json() for e in events]


def test_a_development_on_several_fronts_is_one_record_per_front(pipeline):
    text = ("On 2 May 2021, Houthi reinforcements reportedly arrived on the Nihm (Nihm, Sanaa) and Sirwah (Sirwah, "
            "Marib) frontlines. There was no information on their size.")
    events = _events(pipeline, text)
    assert sorted(e.location.name for e in events) == ["Nihm", "Sirwah"], [e.to_json() for e in events]


def test_a_state_named_like_its_capital_gives_way_to_the_listed_towns(pipeline):
    text = "On 28 April 2021, gunmen attacked police posts in the north of Veracruz, in Panuco, Tantoyuca and Tempoal."
    events = _events(pipeline, text)
    assert sorted(e.location.name for e in events) == ["Pánuco", "Tantoyuca", "Tempoal"], [
        e.to_json() for e in events]


def test_a_listed_place_the_index_lacks_stands_at_the_town_in_its_brackets(pipeline):
    text = "On 7 May 2021, Turkish airstrikes hit PKK positions in Sinjar, Zap (Amadiya) and Makhmur, Iraq."
    events = _events(pipeline, text)
    assert "Amadiya" in {e.location.name for e in events}, [e.to_json() for e in events]
