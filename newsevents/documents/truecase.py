"""Truecasing for all-upper-case wire text, so that the tagger and NER see proper nouns as proper nouns.

The text is lowered, then words are given back their capitals from what we know:
  * phrases the actor registry spells out ("Farabundo Marti National Liberation Front", "FMLN") take its spelling;
  * phrases the gazetteer knows as places ("San Salvador", "La Paz") are title-cased;
  * words that are not ordinary English words (names such as "Cristiani") are title-cased;
  * sentence starts are capitalised; initials and dotted abbreviations ("U.S.") stay upper case.
The result always has the length of the input, so character offsets stay valid.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable

from .sentences import dateline_end

_WORD = re.compile(r"[A-Za-z]+(?:'(?!s\b)[A-Za-z]+)*(?:\.(?:[A-Za-z]\.)+)?")
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_NAME_PARTICLES = {"de", "del", "la", "las", "los", "el", "y", "of", "the", "and", "da", "do", "dos", "van", "von"}
_PLACE_HEADS = {"san", "santa", "santo", "el", "la", "las", "los", "puerto", "new", "port", "ciudad", "villa",
                "nueva", "nuevo", "buenos", "costa", "rio", "sao", "st", "mount", "lake", "cape"}
MAX_PHRASE = 7          # registry names ("Farabundo Marti National Liberation Front")
MAX_PLACE_PHRASE = 3


@dataclass(frozen=True)
class Lexicon:
    """Ordinary English words: WordNet lemmas by part of speech, suffix rules and irregular forms."""
    lemmas: dict[str, frozenset[str]]                     # pos -> lemmas
    rules: dict[str, tuple[tuple[str, str], ...]]         # pos -> (suffix, replacement)
    irregular: frozenset[str]                             # inflected forms listed as exceptions ("took")
    stop: frozenset[str]

    def pos_of(self, word: str) -> frozenset[str]:
        """Parts of speech under which `word` (lower case) is an ordinary English word; empty if none."""
        out = {pos for pos, lem in self.lemmas.items() if word in lem}
        for pos, rules in self.rules.items():
            if pos in out:
                continue
            for old, new in rules:
                if word.endswith(old) and len(word) - len(old) >= 2 and word[: len(word) - len(old)] + new in self.lemmas.get(pos, ()):
                    out.add(pos)
                    break
        if word in self.irregular or word in self.stop:
            out.add("other")
        if not out:
            for pre in _PREFIXES:
                if word.startswith(pre) and len(word) - len(pre) >= 4:
                    return self.pos_of(word[len(pre):].lstrip("-"))
        return frozenset(out)


_PREFIXES = ("anti", "counter", "pro", "ex", "pre", "re", "non", "un", "semi", "para", "ultra", "neo", "post",
             "inter", "multi", "self", "super", "sub", "over", "under", "mis", "co", "de", "dis", "in", "im")


@lru_cache(maxsize=4)
def lexicon_from_model(nlp) -> Lexicon:
    """The lexicon of the spaCy model itself: its rule lemmatizer's tables (WordNet index, suffix rules,
    irregular forms) and the language's stop words. Nothing to download, nothing to ship."""
    lemmas: dict[str, frozenset[str]] = {}
    rules: dict[str, tuple[tuple[str, str], ...]] = {}
    irregular: set[str] = set()
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
        index, rule_t, exc = (lookups.get_table(t) for t in ("lemma_index", "lemma_rules", "lemma_exc"))
        for pos in ("noun", "verb", "adj", "adv"):
            if pos in index:
                lemmas[pos] = frozenset(w for w in index[pos] if w.isalpha())
            if pos in rule_t:
                rules[pos] = tuple((a, b) for a, b in rule_t[pos]) + (("ers", "er"),)
            if pos in exc:
                irregular.update(exc[pos].keys())
    except (KeyError, ValueError):
        pass
    return Lexicon(lemmas, rules, frozenset(irregular), frozenset(w.lower() for w in nlp.Defaults.stop_words))


@dataclass
class CaseKnowledge:
    """What the truecaser knows: ordinary English words, how registry names are spelt, what names a place."""
    lexicon: Lexicon
    spellings: dict[str, str] = field(default_factory=dict)      # lower-case phrase -> registry spelling
    is_place: Callable[[str], bool] = lambda _s: False
    is_nationality: Callable[[str], bool] = lambda _s: False
    _pos: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def pos_of(self, word: str) -> frozenset[str]:
        got = self._pos.get(word)
        if got is None:
            got = self._pos[word] = self.lexicon.pos_of(word)
        return got

    def is_common(self, word: str) -> bool:
        return bool(self.pos_of(word))


def spellings_from_aliases(aliases: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Registry aliases -> {lower-case surface: surface}, for names written with capitals in the registry."""
    out: dict[str, str] = {}
    for surface, canonical in aliases:
        for s in (surface, canonical):
            if s and s != s.lower() and len(s.lower()) == len(s):
                out.setdefault(s.lower(), s)
    return out


def truecase(text: str, know: CaseKnowledge) -> str:
    """`text` (typically all upper case) with ordinary words lowered and names capitalised; same length."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return text
    chars = list(lowered)
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    done = [False] * len(words)
    low = [lowered[s:e] for s, e in words]

    def put(i: int, spelled: str) -> None:
        s, e = words[i]
        if len(spelled) == e - s:
            chars[s:e] = spelled
        done[i] = True

    # 1) registry spellings and gazetteer places, longest phrase first
    i = 0
    while i < len(words):
        matched = 0
        for n in range(min(MAX_PHRASE, len(words) - i), 0, -1):
            if n > 1 and any(lowered[words[k][1]:words[k + 1][0]] not in (" ", "-") for k in range(i + n - 2, i + n - 1)):
                continue
            phrase = lowered[words[i][0]:words[i + n - 1][1]]
            spelled = know.spellings.get(phrase)
            if spelled is not None and (n > 1 or not know.is_common(phrase) or (spelled.isupper() and len(phrase) <= 3)):
                chars[words[i][0]:words[i + n - 1][1]] = spelled
                matched = n
                break
            if (1 < n <= MAX_PLACE_PHRASE and low[i + n - 1] not in know.lexicon.stop
                    and (low[i] in _PLACE_HEADS or low[i] not in know.lexicon.stop) and know.is_place(phrase)):
                for k in range(i, i + n):
                    put(k, _title(low[k], first=k == i))
                matched = n
                break
        for k in range(i, i + matched):
            done[k] = True
        i += max(matched, 1)

    # 2) single words
    for i, w in enumerate(low):
        if done[i]:
            continue
        s, e = words[i]
        if _DOTTED.fullmatch(text[s:e]) or (len(w) == 1 and w not in ("a", "i") and text[e:e + 1] == "."):
            chars[s:e] = text[s:e].upper()               # "U.S.", an initial "J."
            continue
        if w in _MONTHS:
            if w not in _MONTH_WORDS or _next_is_number(lowered, e) or _prev_is_number(lowered, s):
                put(i, _title(w, first=True))
            continue
        if w in _NAME_PARTICLES or len(w) < 2:
            continue
        pos = know.pos_of(w)
        if not pos or know.is_nationality(w) or (pos == _NOUN and know.is_place(w)):
            put(i, _title(w, first=True))

    # 2b) a first name that is also an English word, right before a name ("hector Oqueli" -> "Hector Oqueli")
    for i in range(len(words) - 2, -1, -1):
        s, e = words[i]
        nxt = words[i + 1][0]
        if low[i] in _given_names() and lowered[e:nxt] == " " and chars[nxt].isupper():
            chars[s] = chars[s].upper()

    # 3) sentence starts: after a line break, "!", "?", or a full stop that ends a word other than an abbreviation,
    #    and after a wire's dateline dash or an editor's tag that opens a passage ("-- [TEXT] the army said")
    opens = {m.end() for m in _OPENING.finditer(text)}
    if dateline_end(text):
        opens.add(_TAGS.match(text, dateline_end(text)).end())
    cap_next = True
    for j, c in enumerate(chars):
        if j in opens:
            cap_next = True
        if c.isalpha():
            if cap_next:
                chars[j] = c.upper()
            cap_next = False
        elif c in "!?\n":
            cap_next = True
        elif c == "." and (j + 1 == len(chars) or chars[j + 1].isspace()):
            cap_next = not _abbrev_before(chars, j)
    return "".join(chars)


_NOUN = frozenset({"noun"})


@lru_cache(maxsize=None)
def _given_names() -> frozenset[str]:
    raw = json.loads(resources.files("newsevents.mentions.patterns").joinpath("mentions.json").read_text("utf-8"))
    return frozenset(raw["given_names"])


_MONTH_WORDS = {"may", "march"}     # also a verb and a noun: a month only beside a day or a year ("2 March 1990")
# editors' bracketed tags ("[EXCERPTS] [TEXT]", "[BEGIN RECORDING]"): after a dateline, or opening a passage after a
# sentence end, the word after them starts a sentence
_TAGS = re.compile(r"[ \t]*(?:\[[^\]\n]{1,80}\][ \t]*)*")
_OPENING = re.compile(r"(?:^|(?<=[.!?\n]))[ \t]*(?:\[[^\]\n]{1,80}\][ \t]*)+")


def _title(w: str, first: bool) -> str:
    if not first and w in _NAME_PARTICLES:
        return w
    return w[:1].upper() + w[1:]


def _next_is_number(s: str, end: int) -> bool:
    return bool(re.match(r"\s+\d", s[end:end + 4]))


def _prev_is_number(s: str, start: int) -> bool:
    return bool(re.search(r"\d\s+$", s[max(0, start - 4):start]))


def _abbrev_before(chars: list[str], dot: int) -> bool:
    """Is the '.' at `dot` part of an abbreviation or initial ("u.s.", "j.", "gen.")?"""
    k = dot - 1
    while k >= 0 and chars[k].isalpha():
        k -= 1
    word = "".join(chars[k + 1:dot]).lower()
    if len(word) == 1 and (k < 0 or chars[k] in " .([\"'"):
        return True
    return word in {"gen", "col", "lt", "sgt", "capt", "maj", "mr", "mrs", "dr", "msgr", "rev", "st", "sen"}
