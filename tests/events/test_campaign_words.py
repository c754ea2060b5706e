"""An 'offensive' is a campaign, not an incident: it makes no event unless a clause tells of fighting or deaths."""
from __future__ import annotations

from datetime import date


def _types(pipeline, text: str) -> list[str]:
    return [e.event_type.value for e in pipeline.extract(text, published=date(2021, 6, 2))]


def test_a_campaign_announced_is_no_incident(pipeline):
    assert "battle" not in _types(pipeline, "On 1 June 2021, the army announced a new offensive in the north of "
                                            "Mozambique.")


def test_fighting_within_a_campaign_is_a_battle(pipeline):
    assert "battle" in _types(pipeline, "On 1 June 2021, soldiers clashed with insurgents near Palma during the "
                                        "army's offensive in Cabo Delgado.")
