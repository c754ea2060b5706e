"""A stretch of land named by a nationality ("on the Kenyan coast", "across the Afghan border") is in that country,
even when a place of the bare word exists elsewhere (Tanzania's Coast region). Sentences written for this test."""
from __future__ import annotations

from datetime import date


FILLER = ("Somalia's government controls Mogadishu and a few other towns in Somalia, while the militants hold much "
          "of the countryside and tax trade on the roads between Somali market towns. ")


def test_the_kenyan_coast_is_kenya_not_tanzania_s_coast_region(pipeline):
    # a full article about Somalia: without the coast the clause names no place and the event stays unplaced
    text = (FILLER * 6 + "\n\nOn Sunday, fighters overran part of an airfield on the Kenyan coast, killing three "
            "Americans.")
    events = [e for e in pipeline.extract(text, published=date(2020, 1, 6)) if e.fatalities is not None]
    assert events
    assert all(e.location is not None and e.location.country == "KE" for e in events)


def test_a_demonym_hint_never_lands_in_another_country(gaz):
    loc = gaz.resolve_best(["the Kenyan coast"])
    assert loc is not None and loc.country == "KE"
    mosul = gaz.resolve_best(["the Iraqi city of Mosul"])
    assert mosul is not None and mosul.name == "Mosul" and mosul.country == "IQ"


def test_near_a_nationality_s_border_is_not_that_country(pipeline):
    text = (FILLER * 6 + "\n\nIn January, militants attacked an army base near the Malian border, "
            "killing 89 soldiers.")
    events = [e for e in pipeline.extract(text, published=date(2020, 2, 1)) if e.fatalities is not None]
    assert events and all(e.location is None or e.location.country != "ML" for e in events), \
        [(e.location.country if e.location else None) for e in events]
