"""A place name used inside another name ("an Ariana Grande concert", "Victoria railway station", "the Madina district
of the city") is no place abroad: the event keeps the article's own country."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents.core import Article, Outcome
from newsevents.resolve.places_local import foreign_name_part, site_short_name

UK = ("GB",)


@pytest.mark.parametrize("sentence,name", [
    ("Fans were leaving an Ariana Grande concert when the bomb went off.", "Ariana"),
    ("The blast shook the foyer next to Victoria railway station.", "Victoria"),
])
def test_foreign_namesake_inside_a_longer_name_is_dropped(gaz, sentence, name):
    assert foreign_name_part(name, sentence.index(name), sentence, gaz, UK)


@pytest.mark.parametrize("sentence,name,countries", [
    ("A bomb exploded near Kabul airport on Thursday.", "Kabul", ("AF",)),     # the article's own country
    ("Fans were leaving an Ariana Grande concert.", "Ariana", ()),             # no country named: no judgement
    ("Gunmen attacked a cafe in Ariana, north of Tunis.", "Ariana", UK),       # no longer name follows
    ("Police in Nice Friday said the driver acted alone.", "Nice", UK),        # a day is not part of a name
    ("Suicide bombers killed 32 at Brussels airport.", "Brussels", UK),      # a capital in a name is the city
])
def test_a_place_standing_alone_or_at_home_is_kept(gaz, sentence, name, countries):
    assert not foreign_name_part(name, sentence.index(name), sentence, gaz, countries)


def test_a_sites_short_name_is_no_town_abroad(gaz):
    # Alberta has a Westgate; the article put its Westgate mall in Nairobi, so "at Westgate" is the mall
    text = ("Gunmen stormed the Westgate shopping mall in Nairobi on Saturday. Britons, Canadians and Chinese were "
            "among the dead at Westgate, the Red Cross said.")
    assert site_short_name("Westgate", text, gaz, ("KE", "CA"))


@pytest.mark.parametrize("text,name", [
    ("Two bombs exploded in the hall of Zaventem airport near Brussels. Flights from Zaventem were halted.",
     "Zaventem"),                                                # the site's address agrees with the town
    ("Gunmen attacked a hotel in Westgate, Alberta.", "Westgate"),   # no site named after the town
])
def test_a_town_its_site_agrees_with_stays(gaz, text, name):
    assert not site_short_name(name, text, gaz, ("BE", "CA"))


def test_a_concert_bombing_stays_in_the_country_the_article_names(pipeline):
    text = ("Manchester Arena attack\n"
            "MANCHESTER, England - A suicide bomber killed 22 people and wounded dozens more on Monday night as "
            "young fans streamed out of an Ariana Grande concert, police in England said on Tuesday.\n"
            + "Parents searched hospitals and hotels across the city for children who had not come home, and "
              "volunteers offered rooms and lifts to stranded concert-goers through the night. " * 8
            + "\nThe prime minister chaired an emergency meeting of ministers and raised the national threat level.")
    assert len(text) > 1500                                     # a long article, not a brief: no address chain
    [out] = list(pipeline.run([Article(id="own-ariana", text=text, published=date(2017, 5, 23))], workers=1,
                              progress=False))
    assert out.outcome is Outcome.OK
    countries = {e.location.country for e in out.events if e.location}
    assert countries == {"GB"}
