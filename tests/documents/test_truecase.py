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
