"""A lead that names no place of its own takes its wire's dateline; the dateline itself is no part of any name
("PARIS - Gunmen" is no perpetrator)."""
from __future__ import annotations

from datetime import date

from newsevents.core import Article, EventType, Outcome

FILLER = ("Relatives gathered outside hospitals through the night, and officials promised an inquiry into how the "
          "attackers had passed the checkpoints on the main road. ") * 10


def _events(pipeline, text: str, day: date):
    assert len(text) > 1500                                     # a long article, not a coder's brief
    [out] = list(pipeline.run([Article(id="own-places", text=text, published=day)], workers=1, progress=False))
    assert out.outcome is Outcome.OK
    return out.events


def test_dateline_places_a_lead_that_names_no_place_and_is_no_name(pipeline):
    text = ("GARISSA, Kenya - Gunmen killed 147 people at a university campus on Thursday, officials said.\n"
            + FILLER + "\nLast June, gunmen from the same group set fire to hotels in Mpeketoni, near Lamu.")
    events = _events(pipeline, text, date(2015, 4, 3))
    [attack] = [e for e in events if e.event_type is EventType.ARMED_ASSAULT]      # not placed in Mpeketoni
    assert attack.location is not None and (attack.location.country, attack.location.name) == ("KE", "Garissa")
    assert [p.name for p in attack.perpetrators] == ["Gunmen"]


def test_a_dash_dateline_is_no_perpetrator(pipeline):
    text = ("PARIS - Gunmen opened fire on diners at two restaurants on Friday night, killing 15 people.\n" + FILLER)
    events = _events(pipeline, text, date(2015, 11, 14))
    names = {p.name for e in events for p in e.perpetrators}
    assert names and not any("PARIS" in n for n in names)


def test_an_act_that_names_no_known_place_stays_in_its_paragraphs_country(pipeline):
    text = ("PARIS - French troops killed a militant commander in Mali in August, the presidency said on Wednesday.\n\n"
            + FILLER + "\n\nIn December, hundreds of militants stormed a military camp at Inates, in Niger, killing "
            "71 soldiers. About a month later, an attack on the base at Qarzobatta, near the border, killed 89 more.")
    events = _events(pipeline, text, date(2021, 9, 16))
    later = [e for e in events if e.fatalities is not None and e.fatalities.count == 89]
    assert [e.location.country for e in later if e.location] == ["NE"]
