from newsevents.documents.model import load_model
from newsevents.documents.truecase import CaseKnowledge, Lexicon, lexicon_from_model, spellings_from_aliases, truecase

PLACES = {"san salvador", "bogota", "el salvador"}


def _know(lexicon):
    return CaseKnowledge(lexicon, spellings_from_aliases([("FMLN", "Farabundo Marti National Liberation Front")]),
                         is_place=lambda s: s.lower() in PLACES, is_nationality=lambda s: s.lower() == "salvadoran")


def test_small_lexicon_names_places_and_offsets():
    lex = Lexicon({"noun": frozenset({"bomb", "house", "bogota", "police"}), "verb": frozenset({"explode", "say"})},
                  {"verb": (("ed", ""), ("ed", "e")), "noun": (("s", ""),)}, frozenset({"said"}),
                  frozenset({"a", "the", "in", "of", "near", "on"}))
    text = "A BOMB EXPLODED NEAR THE HOUSE OF PEREZ IN SAN SALVADOR. POLICE SAID THE FMLN IN BOGOTA ON 5 MAY."
    out = truecase(text, _know(lex))
    assert len(out) == len(text)
    assert out.startswith("A bomb exploded near the house of Perez in San Salvador. Police said the FMLN in Bogota")
    assert out.endswith("on 5 May.")


def test_abbreviations_do_not_start_sentences():
    lex = Lexicon({"noun": frozenset({"policy", "adviser"})}, {"noun": (("s", ""),)}, frozenset(),
                  frozenset({"the", "in"}))
    out = truecase("THE U.S. ADVISERS IN EL SALVADOR. THE POLICY", _know(lex))
    assert out == "The U.S. advisers in El Salvador. The policy"


def test_model_lexicon_keeps_ordinary_words_lower():
    know = _know(lexicon_from_model(load_model()))
    text = "GUERRILLAS KILLED THREE PEASANTS AND BURNED TWO TRUCKS NEAR THE SALVADORAN BORDER, CRISTIANI SAID."
    out = truecase(text, know)
    assert out == "Guerrillas killed three peasants and burned two trucks near the Salvadoran border, Cristiani said."


def test_a_passage_opens_after_the_dateline_and_the_editors_tags():
    lex = Lexicon({"noun": frozenset({"army", "march", "radio"}), "verb": frozenset({"say", "end", "win"})},
                  {"verb": (("ed", ""), ("s", "")), "noun": (("s", ""),)}, frozenset({"said"}),
                  frozenset({"the", "in", "we", "will", "on"}))
    text = "SAN SALVADOR, 2 MAR 90 (RADIO) -- [EXCERPTS] [TEXT] THE ARMY SAID. [BEGIN RECORDING] WE WILL WIN."
    out = truecase(text, _know(lex))
    assert len(out) == len(text)
    assert "] The army said." in out and "] We will win." in out


def test_march_is_a_month_only_beside_a_day_or_a_year():
    lex = Lexicon({"noun": frozenset({"march"}), "verb": frozenset({"end"})}, {"verb": (("ed", ""),)}, frozenset(),
                  frozenset({"the", "on"}))
    assert truecase("THE MARCH ENDED ON 2 MARCH", _know(lex)) == "The march ended on 2 March"


def test_a_first_name_that_is_an_english_word_is_a_name_before_a_surname():
    lex = Lexicon({"noun": frozenset({"hector", "victor", "leader"}), "verb": frozenset({"kill", "hector"})},
                  {"verb": (("ed", ""),)}, frozenset(), frozenset({"the", "was"}))
    out = truecase("GUNMEN KILLED HECTOR OQUELI. THE VICTOR WAS THE LEADER.", _know(lex))
    assert out == "Gunmen killed Hector Oqueli. The victor was the leader."
