"""'Demonstrate' names a protest only when people demonstrate, not when evidence demonstrates something."""
from __future__ import annotations

from datetime import date


def _types(pipeline, text: str) -> list[str]:
    return [e.event_type.value for e in pipeline.extract(text, published=date(2020, 5, 4))]


def test_showing_is_no_protest(pipeline):
    assert "protest" not in _types(pipeline, "The report demonstrates that the port of Callao handled record cargo.")


def test_people_demonstrating_is_a_protest(pipeline):
    assert _types(pipeline, "On 3 May 2020, hundreds of teachers demonstrated in Lima against unpaid wages.") == \
        ["protest"]
    assert _types(pipeline, "On 3 May 2020, students protested the fee rise in Lima.") == ["protest"]
