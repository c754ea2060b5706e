"""A headline restates the article's main incident: it is folded into the body's event, not kept as a second one dated
on the publication day."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents.core import Article, EventType, Outcome
from newsevents.resolve.headline import headline_end

ARTICLE = ("Arena bombing: 22 killed at pop concert\n"
           "MANCHESTER, England - A suicide bomber killed 22 people at the Manchester Arena on Monday night as fans "
           "left a concert, police said on Tuesday.\n"
           "Police said the bomber, a 22-year-old man born in the city, had acted alone.\n")


@pytest.mark.parametrize("text,upper,expected", [
    (ARTICLE, False, "Arena bombing: 22 killed at pop concert\n"),
    ("World\n\nGroup behind the attack grows bolder\n\nIt has struck across the region this year.", False,
     "World\n\nGroup behind the attack grows bolder\n"),
    ("Gunmen killed three people in the market on Friday, police said.\nThe attackers fled.", False, ""),
    ("a wrapped line of a sentence\nthat goes on here.", False, ""),                # the next line is no new paragraph
    ("BOMB EXPLODES IN CAPITAL\nA BOMB EXPLODED TODAY.", True, ""),                   # upper-case wire: no headlines
])
def test_headline_lines(text, upper, expected):
    assert text[:headline_end(text, upper)] == expected


def test_headline_is_folded_into_the_body_event(pipeline):
    [out] = list(pipeline.run([Article(id="own-headline", text=ARTICLE, published=date(2017, 5, 23))], workers=1,
                              progress=False))
    assert out.outcome is Outcome.OK
    bombings = [e for e in out.events if e.event_type is EventType.BOMBING]
    assert len(bombings) == 1
    [b] = bombings
    assert b.date.start == date(2017, 5, 22)                       # the body's "Monday night", not the headline's day
    assert b.location is not None and b.location.country == "GB"
    assert any(x.text.startswith("Arena bombing") for x in b.evidence)  # the headline stays as evidence
