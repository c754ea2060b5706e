"""A wire's dateline: where and when the report was filed, found once for every stage that must ignore it."""
import pytest

from newsevents.documents.sentences import dateline_end


@pytest.mark.parametrize("sentence,dateline", [
    ("GARISSA, Kenya - Kenyans mourned the dead.", "GARISSA, Kenya - "),
    ("KABUL, Afghanistan \u2014 A suicide bomber struck.", "KABUL, Afghanistan \u2014 "),
    ("SAN SALVADOR, 17 NOV 89 -- URBAN GUERRILLAS ATTACKED.", "SAN SALVADOR, 17 NOV 89 -- "),
    ("San Salvador, 17 Nov 89 -- Urban guerrillas attacked.", "San Salvador, 17 Nov 89 -- "),
    ("LIMA, 2 MAR 90 (RADIO PROGRAMAS) -- [TEXT] A BOMB WENT OFF.", "LIMA, 2 MAR 90 (RADIO PROGRAMAS) -- "),
    ("QUITO (ECUADOR), 5 APR 90 (AFP) -- THE POLICE SAID.", "QUITO (ECUADOR), 5 APR 90 (AFP) -- "),
    ("PARIS - Gunmen opened fire.", "PARIS - "),                       # a city alone, in mixed-case text
    ("NEW DELHI/ISLAMABAD - Pakistan said it shot down a jet.", "NEW DELHI/ISLAMABAD - "),
    ("LONDON (Reuters) - A bomb exploded.", "LONDON (Reuters) - "),
    ("BOGOT\u00c1, Colombia \u2014 Gunmen fired.", "BOGOT\u00c1, Colombia \u2014 "),   # accented capitals
    ("S\u00c3O PAULO, Brazil - Police said.", "S\u00c3O PAULO, Brazil - "),
    ("MEDELL\u00cdN - Gunmen fired.", "MEDELL\u00cdN - "),
    ("Bogot\u00e1, Colombia \u2014 Gunmen fired.", "Bogot\u00e1, Colombia \u2014 "),  # a city and country, long dash
])
def test_datelines_are_found(sentence, dateline):
    assert sentence[:dateline_end(sentence)] == dateline


@pytest.mark.parametrize("sentence", [
    "Gunmen, armed with rifles - and grenades - stormed the hotel.",
    "In Kabul, the capital, a bomb exploded on Monday.",
    "AK - 47 rifles were found.",
    "GUERRILLAS - WHO WERE ARMED - ATTACKED.",
    "Kabul, the capital \u2014 where the bomb went off \u2014 was calm.",
    "Maria, Joseph and Ali \u2014 three students \u2014 were killed.",
    "Mosul, Iraq - a city of two million - was retaken.",             # a short dash: an aside, not a dateline                          # upper-case text: no city-alone dateline
])
def test_ordinary_sentences_have_none(sentence):
    assert dateline_end(sentence) == 0
