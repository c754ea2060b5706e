"""Name keys and the vocabulary of place mentions (directions, proximity words, kind suffixes).

`name_key` is shared by the gazetteer build and the lookups, so both sides normalise alike:
lowercase, accents stripped, apostrophes dropped, other punctuation -> one space.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_DATA = "newsevents.resolve.data"

# Letters that NFKD does not decompose into an ASCII base letter.
_FOLD = str.maketrans({
    "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "þ": "th",
    "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "ʼ": "", "ʻ": "",
    "’": "", "‘": "", "'": "", "`": "", "´": "", "ʿ": "", "ʾ": "", "′": "",
})
_NON_WORD = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """'Dar‘ā, Syria' -> 'dara syria'; 'U.S.' -> 'u s'; non-Latin letters are kept (and never match)."""
    s = unicodedata.normalize("NFKD", text.translate(_FOLD))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    if not s.isascii():
        return " ".join(re.sub(r"[\W_]+", " ", s).split())
    return " ".join(_NON_WORD.sub(" ", s).split())


_POSSESSIVE = re.compile(r"(?<=\w)['’‘`]s\b")


def mention_key(text: str) -> str:
    """`name_key` of a mention, with possessives dropped: "Pakistan's north" -> 'pakistan north'."""
    return name_key(_POSSESSIVE.sub("", text))


def surface_name(text: str, key: str) -> str | None:
    """The words of `text` whose name key is `key`, as written: ("the Konduz district", "konduz") -> "Konduz"."""
    words = _POSSESSIVE.sub("", text).split()
    want = key.split()
    for i in range(len(words)):
        got: list[str] = []
        for j in range(i, len(words)):
            got.extend(name_key(words[j]).split())
            if got == want:
                return " ".join(words[i:j + 1]).strip(" ,.;:()'\"")
            if len(got) >= len(want) or got != want[:len(got)]:
                break
    return None


def data_text(name: str) -> str:
    return resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")


def data_files() -> list[str]:
    """Every data file the gazetteer build reads (their contents make its version)."""
    return sorted(p.name for p in resources.files(_DATA).iterdir()
                  if p.name.startswith("places_") and p.name.endswith((".json", ".tsv")))


def read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in data_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([c.strip() for c in line.split("\t")])
    return rows


@dataclass(frozen=True)
class MentionVocabulary:
    directions: dict[str, str]          # key -> qualifier ("northern" -> "north")
    proximity: dict[str, str]           # key of a leading phrase -> qualifier ("outskirts of" -> "near")
    kind_suffixes: dict[str, str]       # trailing word -> wanted kind ("province" -> "admin1")
    fillers: frozenset[str]             # leading words dropped ("the", "in", "city of"...)
    unit_words: frozenset[str]          # words stripped from unit names at build ("district", "oblast")
    stopwords: frozenset[str]           # common words that are also tiny places
    capital_words: frozenset[str]       # "capital"


@lru_cache(maxsize=1)
def vocabulary() -> MentionVocabulary:
    raw = json.loads(data_text("places_qualifiers.json"))
    stop = {name_key(w) for w in data_text("places_stopwords.tsv").split() if not w.startswith("#")}
    return MentionVocabulary(
        directions={name_key(k): v for k, v in raw["directions"].items()},
        proximity={name_key(k): v for k, v in raw["proximity"].items()},
        kind_suffixes={name_key(k): v for k, v in raw["kind_suffixes"].items()},
        fillers=frozenset(name_key(w) for w in raw["fillers"]),
        unit_words=frozenset(name_key(w) for w in raw["unit_words"]),
        stopwords=frozenset(stop),
        capital_words=frozenset(name_key(w) for w in raw["capital_words"]),
    )
