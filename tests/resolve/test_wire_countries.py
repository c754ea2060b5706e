"""Upper-case agency transcripts: where an act happened when the text names no town of it. The wire's dateline
city counts first, a nationality before a noun ("U.S. PROPERTIES") is whose, not where, and "US" is the pronoun.
Transcripts written for these tests, in our own words, in the style of 1980s wire services."""
from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(("text", "country"), [
    ("SANTIAGO, 29 DEC 89 (EFE) -- [TEXT] POLICE TODAY REPORTED THAT DURING THE NIGHT TERRORISTS SET OFF THREE "
     "BOMBS AT U.S. PROPERTIES. NO ONE WAS HURT.", "CL"),
    ("CLANDESTINE, 15 JUN 89 (RADIO VENCEREMOS) -- [TEXT] THE SALVADORAN REBEL COMMAND REPORTS THAT UNKNOWN GUNMEN "
     "SHOT THE ATTORNEY GENERAL YESTERDAY. THE REGIME HAS TRIED TO INVOLVE US IN THE ATTACK.", "SV"),
])
def test_a_wire_act_with_no_town_is_placed_by_the_dateline_and_the_demonyms(pipeline, text, country):
    events = pipeline.extract(text, published=date(1989, 12, 29))
    assert events and {e.location.country for e in events if e.location} == {country}
