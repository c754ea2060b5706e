"""Mentions of one article: "a second car bomb" is another incident, and a day told later sharpens a vague span."""
from __future__ import annotations

from datetime import date

from newsevents.core import Article, EventType, Outcome

FILLER = ("Hospitals appealed for blood donors, and the government declared three days of national mourning while "
          "rescue workers searched the rubble for survivors. ") * 10


def _bombings(pipeline, text: str, day: date):
    [out] = list(pipeline.run([Article(id="own-merge", text=text, published=day)], workers=1, progress=False))
    assert out.outcome is Outcome.OK
    return [e for e in out.events if e.event_type is EventType.BOMBING]


def test_a_second_bomb_is_another_incident(pipeline):
    text = ("MOGADISHU, Somalia - A truck bomb exploded at a busy junction in Mogadishu on Saturday afternoon, "
            "killing 30 people. About two hours later, a second car bomb went off near a hotel.\n" + FILLER)
    bombings = _bombings(pipeline, text, date(2017, 10, 16))
    assert len(bombings) == 2


def test_a_day_told_later_sharpens_a_gap(pipeline):
    text = ("KABUL - Rockets were fired at the city's airport on Monday morning, days after a suicide bombing at one "
            "of its gates killed 170 people.\n" + FILLER
            + "\nThe bombing on Thursday evening struck crowds waiting outside the gate for an evacuation flight.")
    bombings = [e for e in _bombings(pipeline, text, date(2021, 8, 30)) if e.fatalities and e.fatalities.count == 170]
    assert [e.date.start for e in bombings] == [date(2021, 8, 26)]
