"""The relevance filter on real parses: a statistic and a town named in passing are no incidents; news is kept."""
from datetime import date

PUBLISHED = date(1990, 3, 14)
STATISTIC = ("LIMA, 14 Mar 90 (EFE) -- Senator Enrique Bernales told the Senate today that more than 12,000 people "
             "have been killed in Peru since the Shining Path began its armed struggle in 1980. ")
DEBATE = ("The senator spoke at length about the budget of the judiciary, the training of judges and the salaries of "
          "prosecutors in the provinces, which he described as too low to attract qualified lawyers. ") * 8
IN_PASSING = "He recalled that there had been heavy fighting in Ayacucho while the commission was at work. "
SPEECH = STATISTIC + DEBATE + IN_PASSING + "The debate on the bill will continue next week."


def test_a_speech_with_a_statistic_and_fighting_named_in_passing_yields_no_event(pipeline):
    assert pipeline.extract(SPEECH, published=PUBLISHED) == []


def test_the_same_mention_in_a_brief_is_its_incident(pipeline):
    brief = "LIMA, 14 Mar 90 (EFE) -- Heavy fighting broke out in Ayacucho last night, police said."
    events = pipeline.extract(brief, published=PUBLISHED)
    assert [e.location.name for e in events if e.location] == ["Ayacucho"]


def test_news_in_the_same_speech_is_kept(pipeline):
    news = SPEECH + " Shining Path guerrillas killed three policemen in Huancayo yesterday."
    events = pipeline.extract(news, published=PUBLISHED)
    assert len(events) == 1 and events[0].fatalities.count == 3
    assert events[0].location.name == "Huancayo"
