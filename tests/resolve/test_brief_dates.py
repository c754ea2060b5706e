"""A coder's note of several events: an event its own clause leaves undated takes the last day the note named."""
from __future__ import annotations

from datetime import date


def test_undated_event_in_a_note_takes_the_day_named_before_it(pipeline):
    note = ("On 27 April 2020, soldiers clashed with militants near Mocimboa da Praia (Cabo Delgado). "
            "In a separate incident, gunmen abducted a trader in Pemba.")
    events = pipeline.extract(note, published=date(2020, 5, 2))
    assert len(events) >= 2
    assert all(e.date and e.date.start == date(2020, 4, 27) for e in events), [e.date for e in events]
