"""Non-violent developments (seizures, deployments, arrests, curfews) are events of type `other`, but only in a
short coder's note or brief that tells of nothing violent. Sentences written for this test."""
from __future__ import annotations

from datetime import date

from newsevents import EventType


def extract(pipeline, text: str, published: str = "2021-06-30"):
    return pipeline.extract(text, published=date.fromisoformat(published))


def test_a_seizure_note_is_an_other_event_with_date_and_place(pipeline):
    text = "On 14 March 2021, customs officers seized two tonnes of cocaine hidden in banana crates in Antwerp, Belgium."
    events = extract(pipeline, text)
    assert [e.event_type for e in events] == [EventType.OTHER]
    assert events[0].date.start == date(2021, 3, 14)
    assert events[0].location is not None and events[0].location.country == "BE"


def test_arriving_reinforcements_are_one_development(pipeline):
    text = "On 9 June 2021, government reinforcements arrived in Marib, Yemen, from Shabwah governorate."
    events = extract(pipeline, text)
    assert [e.event_type for e in events] == [EventType.OTHER]
    assert events[0].location is not None and events[0].location.country == "YE"


def test_a_note_with_violence_yields_no_development(pipeline):
    text = "On 3 May 2021, police arrested two men after gunmen shot dead a shopkeeper in Karachi, Pakistan."
    events = extract(pipeline, text)
    assert events and EventType.OTHER not in {e.event_type for e in events}


def test_a_long_article_with_development_words_yields_nothing(pipeline):
    filler = ("The regional council met on Tuesday to discuss the budget for schools, roads and clinics, and members "
              "argued for hours about how the money should be shared among the districts. ")
    text = ("On 2 April 2021, the army deployed troops to the border near Tapachula, Mexico, and police detained "
            "dozens of migrants. " + filler * 12)
    assert len(text) > 1500
    assert extract(pipeline, text) == []


def test_upper_case_wire_text_yields_no_development(pipeline):
    text = "ON 14 MARCH 2021, CUSTOMS OFFICERS SEIZED TWO TONNES OF COCAINE IN ANTWERP, BELGIUM, OFFICIALS SAID."
    assert extract(pipeline, text) == []


def test_a_hyphenated_trigger_written_with_spaces_is_read(pipeline):
    """Spaced wire text ("SHOOT - OUT") once failed the whole article on a phrase lookup."""
    events = pipeline.extract("On 3 May 2021, a shoot - out broke out between police and smugglers in Manaus, Brazil.",
                              published=date(2021, 5, 4))
    assert any(e.location and e.location.country == "BR" for e in events)
