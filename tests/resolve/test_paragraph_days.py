"""In a full article, an undated event told after a dated one in the same paragraph happened that day; a new
paragraph, or a month rather than a day, carries nothing over. Articles written for these tests."""
from __future__ import annotations

from datetime import date

FILLER = ("Officials said the investigation would take weeks. Hospitals in the capital asked for blood donors, and "
          "schools stayed closed across the region while the security forces searched the suspects' homes. ")


def _by_place(events):
    return {e.location.name: e for e in events if e.location is not None}


def test_an_undated_blast_after_a_dated_one_in_its_paragraph_takes_that_day(pipeline):
    text = ("Gunmen and bombers attacked three hotels in Colombo, Sri Lanka, on Sunday morning, killing 40 people.\n\n"
            + FILLER * 8 + "\n\nHours later, a bomb at a guesthouse in Negombo killed two people. A final explosion "
            "went off in Kandy as police raided a house, killing three officers.")
    events = _by_place(pipeline.extract(text, published=date(2019, 4, 23)))
    assert "Kandy" in events
    assert events["Kandy"].date is not None and events["Kandy"].date.start == date(2019, 4, 21)


def test_a_new_paragraph_does_not_carry_the_day(pipeline):
    text = ("Gunmen and bombers attacked three hotels in Colombo, Sri Lanka, on Sunday morning, killing 40 people.\n\n"
            + FILLER * 8 + "\n\nA bomb went off in Kandy as police raided a house, killing three officers.")
    events = _by_place(pipeline.extract(text, published=date(2019, 4, 23)))
    assert "Kandy" in events
    assert events["Kandy"].date is None or events["Kandy"].date.start != date(2019, 4, 21)


def test_a_bomb_that_failed_in_the_paragraph_takes_its_day(pipeline):
    text = ("BRUSSELS - Police searched the city on Wednesday for a third suspect.\n\n" + FILLER * 6 + "\n\n"
            "Two suicide bombers blew themselves up in the departure hall of Zaventem airport on Tuesday morning, "
            "killing 16 people. About an hour later a third bomber blew himself up on a metro train at Maelbeek "
            "station. A fourth bomb left in the hall did not go off and was destroyed by army experts.")
    events = [e for e in pipeline.extract(text, published=date(2016, 3, 23))
              if any("fourth bomb" in x.text for x in e.evidence)]     # one more of the airport's bombing
    assert len(events) == 1 and events[0].date is not None and events[0].date.start == date(2016, 3, 22), events
    assert any("departure hall" in x.text for x in events[0].evidence), events[0].evidence


def test_a_funeral_day_does_not_date_the_attack(pipeline):
    text = ("PESHAWAR, Pakistan - Funerals were held across Peshawar on Wednesday for the 141 people killed when "
            "Taliban gunmen attacked an army-run school in the city.\n\nSeven attackers climbed over the back wall "
            "of the school on Tuesday morning and went from classroom to classroom shooting students.")
    events = pipeline.extract(text, published=date(2014, 12, 17))
    assert events and all(e.date is not None and e.date.start == date(2014, 12, 16) for e in events), [
        (e.event_type, e.date) for e in events]
