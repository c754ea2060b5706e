"""Which proper-noun runs of a clause may name a place, read from the words around them (spaCy types stay in events).

The small model often labels a foreign town a person or an organisation ("Tal Tamer", "Busra Esh-Sham"); the text
itself says it is a place when a settlement noun or a direction word stands beside it ("the countryside of Tal
Tamer", "rural Ein Issa", "Ras al Ain city"). A name the gazetteer knows can still be a group whose members the text
names ("members of National Corps, Svoboda and the city mayor"). Vocabulary: roles.json "place_names" and
"perpetrator_words".
"""
from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from .phrases import word_lists

_HYPHENS = ("-", "\u2011")


def proper_runs(doc: Doc, token_ids: set[int], taken: set[int]) -> Iterable[Span]:
    """Maximal runs of proper nouns the model did not label as places ("Qalat", "Zabul" in "Qalat district, Zabul"),
    a hyphen inside a word holding one together ("Busra Esh-Sham"). A run the model reads as a person's name only
    where the text calls it a place ("the countryside of Tal Tamer"); else its hyphenated parts, one word each
    ("Birgunj-Raxaul border point")."""
    run: list[int] = []
    for tok in list(doc) + [None]:
        ok = (tok is not None and tok.i in token_ids and tok.i not in taken and tok.pos_ == "PROPN"
              and tok.ent_type_ not in ("DATE", "TIME", "CARDINAL", "NORP") and tok.i > 0)
        if ok and run and tok.i != run[-1] + 1 and not (tok.i == run[-1] + 2 and _inner_hyphen(doc[tok.i - 1])):
            ok = False
        if ok:
            run.append(tok.i)
            continue
        if run and tok is not None and tok.i == run[-1] + 1 and _inner_hyphen(tok):
            continue
        if run:
            span = doc[run[0]:run[-1] + 1]
            yield from [span] if said_place(span) or not _person(span) else \
                [p for p in hyphen_parts(span) if not _person(p)]
            run = []
        if tok is not None and tok.i in token_ids and tok.i not in taken and tok.pos_ == "PROPN" and tok.i > 0:
            run = [tok.i]


def hyphen_parts(span: Span) -> list[Span]:
    """The parts of a hyphenated run ("Qalat-Zabul" -> Qalat, Zabul); the run itself when it has no inner hyphen."""
    cuts = [t.i for t in span if _inner_hyphen(t)]
    edges = [span.start - 1, *cuts, span.end]
    return [span.doc[a + 1:b] for a, b in pairwise(edges) if b > a + 1]


def said_place(span: Span) -> bool:
    """The text itself calls the name a place: after a settlement noun and "of" ("the countryside of Tal Tamer"),
    before one ("Ras al Ain city", "Al Mayadin desert"), or after a direction word ("rural Ein Issa")."""
    doc = span.doc
    words = word_lists("place_names")
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    of_noun = before == "of" and span.start > 1 and doc[span.start - 2].lower_ in words["of_nouns"]
    return of_noun or after in words["after_nouns"] or before in words["before_words"]


def of_members(root: Token) -> bool:
    """"members of National Corps, Svoboda and the city mayor protested": a group whose people are named (a party,
    a union), though a village shares its name."""
    head = root
    while head.dep_ == "conj":
        head = head.head
    return (head.dep_ == "pobj" and head.head.lower_ == "of"
            and head.head.head.lower_ in word_lists("perpetrator_words")["members"])


def _person(span: Span) -> bool:
    return span.label_ == "PERSON" or (len(span) > 1 and all(t.ent_type_ == "PERSON" for t in span))


def _inner_hyphen(tok: Token) -> bool:
    """A hyphen inside a word ("Esh-Sham"), not a dash between words ("Mansura - al Tabqa"), that the model does not
    read as part of the name already ("Jabal al-Zawiya")."""
    return tok.text in _HYPHENS and tok.pos_ != "PROPN" and not tok.whitespace_ and tok.i > 0 \
        and not tok.doc[tok.i - 1].whitespace_
