"""How far a place mention reaches ("Kut" of "Kut e Abdollah") and which mentions say where an event was (not a
lower-case word, a relation's partner country, or a place people came from)."""
from __future__ import annotations

import pytest

from newsevents.resolve.places_local import foreign_name_part, local_place_texts
from newsevents.resolve.places_reach import event_places, joined_names


def _at(text: str, *names: str) -> list[tuple[str, int]]:
    """The mentions `names`, each at its first place in `text` after the one before."""
    out, pos = [], 0
    for n in names:
        pos = text.index(n, pos)
        out.append((n, pos))
        pos += len(n)
    return out


# ---------------------------------------------------------------- names cut short

def test_a_name_joined_by_an_ezafe_is_read_whole(gaz):
    text = "Street sweepers in Kut e Abdollah stopped work over two months of missing wages."
    assert joined_names(_at(text, "Kut"), text, gaz) == _at(text, "Kut e Abdollah")


def test_a_unit_name_with_and_stands_for_its_pieces(gaz):
    text = "Farmers rallied in Kohgiluyeh and Boyer-Ahmad province against plans to divert a river."
    got = joined_names(_at(text, "Kohgiluyeh", "Boyer", "Ahmad"), text, gaz)
    assert got == _at(text, "Kohgiluyeh and Boyer-Ahmad")


def test_an_article_alone_does_not_lengthen_a_name(gaz):
    text = "A car bomb went off near the clock tower in Ar-Raqqa on Sunday."
    assert joined_names(_at(text, "Raqqa"), text, gaz) == _at(text, "Raqqa")


def test_two_places_side_by_side_stay_two(gaz):
    text = "Clashes were reported in Kabul and Kandahar overnight."
    assert joined_names(_at(text, "Kabul", "Kandahar"), text, gaz) == _at(text, "Kabul", "Kandahar")


def test_a_mention_the_parser_already_read_long_keeps_its_parts(gaz):
    text = "Rival groups fought at Kaitalo in Bera upazila of Pabna."
    mentions = [*_at(text, "Kaitalo in Bera"), *_at(text, "Bera", "Pabna")]
    assert joined_names(mentions, text, gaz) == mentions


# ---------------------------------------------------------------- mentions that are no place of the event

def test_a_lower_case_word_is_no_place_but_the_capital_is(gaz):
    text = "The bomb missed the convoy in Mogadishu and struck a parked toyota pickup near the capital."
    got = event_places(_at(text, "Mogadishu", "toyota", "the capital"), text, gaz)
    assert [t for t, _ in got] == ["Mogadishu", "the capital"]


@pytest.mark.parametrize("text,dropped", [
    ("Students in Minsk marched against closer integration with Russia.", True),
    ("Opposition figures in Yerevan denounced the talks with Azerbaijan.", True),
    ("Troops crossed from Belarus into Russia before dawn.", False),
])
def test_a_country_named_as_the_partner_of_a_relation_is_dropped(gaz, text, dropped):
    last = next(n for n in ("Russia", "Azerbaijan") if n in text)
    got = [t for t, _ in event_places(_at(text, last), text, gaz)]
    assert (got == []) is dropped


def test_places_people_came_from_give_way_to_where_they_went(gaz):
    text = "Families who had fled from Aleppo and Idlib returned to Afrin last week."
    got = event_places(_at(text, "Aleppo", "Idlib", "Afrin"), text, gaz)
    assert [t for t, _ in got] == ["Afrin"]


def test_the_province_of_an_origin_is_part_of_the_origin(gaz):
    text = "Farm workers set off on a march from Palwal in Haryana towards New Delhi."
    got = event_places(_at(text, "Palwal", "Haryana", "New Delhi"), text, gaz)
    assert [t for t, _ in got] == ["New Delhi"]


def test_an_origin_alone_stays_and_where_news_came_from_is_no_origin(gaz):
    alone = "Buses carrying fighters left from Daraa on Tuesday."
    assert [t for t, _ in event_places(_at(alone, "Daraa"), alone, gaz)] == ["Daraa"]
    told = "According to reports from Jaffna, fishing boats clashed off Point Pedro."
    assert [t for t, _ in event_places(_at(told, "Jaffna", "Point Pedro"), told, gaz)] == ["Jaffna", "Point Pedro"]
    far = "Gunmen killed eight people at a giraffe park near Koure, 60 kilometres from Niamey."
    assert [t for t, _ in event_places(_at(far, "Koure", "Niamey"), far, gaz)] == ["Koure", "Niamey"]


def test_a_foreign_city_naming_a_cemetery_is_no_place_abroad(gaz):
    text = "Residents of Tegucigalpa protested against burials in Los Angeles cemetery."
    assert foreign_name_part("Los Angeles", text.index("Los Angeles"), text, gaz, ("HN",))


def test_with_no_country_named_the_places_events_are_put_in_say_the_country(gaz):
    text = "Families in Tegucigalpa marched against burials of virus victims in Los Angeles cemetery."
    assert local_place_texts(_at(text, "Los Angeles"), text, gaz, ()) == []
    alone = "Mourners gathered in Los Angeles cemetery on Sunday."
    assert local_place_texts(_at(alone, "Los Angeles"), alone, gaz, ()) == _at(alone, "Los Angeles")
