"""Every Doc/Span extension newsevents sets, in one place. Called once when components are added."""
from __future__ import annotations

from spacy.tokens import Doc, Span


def ensure_extensions() -> None:
    for name, default in (("weight", 0.5), ("generic", False), ("canonical", None), ("casualty", None),
                          ("weapon", None), ("kind", None)):
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    if not Doc.has_extension("offset"):
        Doc.set_extension("offset", default=0)      # where this sentence Doc starts in the article text
    if not Doc.has_extension("article_index"):
        Doc.set_extension("article_index", default=0)
