"""Cheap sentence splitting and relevance selection, before any parse.

Parsing is the expensive step, so only sentences that can carry an event (a trigger word, a claim, a toll) are
parsed, plus the title/first sentence, whose place names give the article's country context.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

_ABBREV = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "maj", "st", "jan", "feb", "mar", "apr", "jun",
           "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "gov", "sen", "rep", "rev", "prof", "cpl",
           "pvt", "adm", "brig", "cmdr", "u.s", "u.n", "u.k", "e.u", "inc", "co", "corp", "ltd", "jr", "sr", "mt", "ft",
           "approx", "est", "dept", "univ", "a.m", "p.m"}
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z\"“])")
MAX_SENTENCE_CHARS = 1200


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> Iterator[Sentence]:
    """Sentences with character offsets into `text`; long runs are cut so that no parse sees a huge string."""
    start = 0
    for m in _BOUNDARY.finditer(text):
        cut = m.start()
        before = text[start:cut].rstrip()
        word = re.search(r"([\w.]+)\.?[\"'”’)\]]*$", before)
        if word and before.endswith(".") and word.group(1).rstrip(".").lower() in _ABBREV and "\n" not in m.group(0) \
                and not _clock_ends(word.group(1), text[m.end():m.end() + 12]):
            continue
        if word and before.endswith(".") and re.fullmatch(r"[A-Z]", word.group(1).rstrip(".")) and "\n" not in m.group(0):
            continue   # an initial such as "J. Smith"
        yield from _emit(text, start, m.end())
        start = m.end()
    if start < len(text):
        yield from _emit(text, start, len(text))


# what may follow a clock time inside its sentence: "at 8 a.m. Tuesday", "9 p.m. GMT", "10 a.m. (0700 GMT)"
_AFTER_CLOCK = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
                          r"|Dec)[a-z]*\b|[A-Z]{2,5}\b|[(\d]")


def _clock_ends(word: str, after: str) -> bool:
    """"shortly before 8 a.m. A third bomb ...": a clock time ends the sentence unless a day, a month, a time zone
    or a figure follows it."""
    return word.rstrip(".").lower() in ("a.m", "p.m") and not _AFTER_CLOCK.match(after.lstrip("\"'“‘"))


def _emit(text: str, start: int, end: int) -> Iterator[Sentence]:
    while end - start > MAX_SENTENCE_CHARS:
        window = text[start:start + MAX_SENTENCE_CHARS]
        cut = max(window.rfind("; "), window.rfind(", "), window.rfind(" "))
        cut = cut + 1 if cut > MAX_SENTENCE_CHARS // 3 else MAX_SENTENCE_CHARS
        yield from _trimmed(text, start, start + cut)
        start += cut
    yield from _trimmed(text, start, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[Sentence]:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    body = chunk.strip()
    if body:
        yield Sentence(start + lead, start + lead + len(body), body)


def candidate_sentences(text: str, pattern: re.Pattern[str]) -> list[tuple[Sentence, bool]]:
    """Every sentence with whether it must be parsed: it matches `pattern` (the trigger vocabulary's cheap
    pre-filter, handed in by the pipeline) or it is the article's first one."""
    out = []
    for i, s in enumerate(split_sentences(text)):
        out.append((s, i == 0 or bool(pattern.search(s.text))))
    return out


def is_upper_case(text: str) -> bool:
    letters = [c for c in text[:5000] if c.isalpha()]
    return len(letters) > 40 and sum(c.isupper() for c in letters) / len(letters) > 0.8


_DATELINE = re.compile(    # "GARISSA, Kenya - " (a city in capitals), "San Salvador, 17 Nov 89 -- ", or in mixed-case
                           # text a city alone ("PARIS - Gunmen", "NEW DELHI/ISLAMABAD - Pakistan") or a city and its
                           # country before a long dash ("Bogotá, Colombia — Gunmen")
    r"(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+){0,3},[\w.'’ ,]{1,40}?"
    r"|[A-ZÀ-ÖØ-Þ][\w.'’-]*(?: [A-ZÀ-ÖØ-Þ][\w.'’-]*){0,3}(?: \([\w.'’ ]{1,30}\))?,[\w.'’ ,]{0,20}?\d[\w.'’ ,]{0,20}?)"
    r"(?:\s*\([^()]{1,60}\))?\s*(?:--|—|–|\s-)\s"        # the wire or station in brackets: "(EFE) --"
    r"|[A-ZÀ-ÖØ-Þ][\w.'’-]*(?: [A-ZÀ-ÖØ-Þ][\w.'’-]*){0,2}, [A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2} (?:—|--) (?=[A-Z])"
    r"|[A-ZÀ-ÖØ-Þ]{3,}(?: [A-ZÀ-ÖØ-Þ]{2,}){0,2}(?:/[A-ZÀ-ÖØ-Þ]{3,}(?: [A-ZÀ-ÖØ-Þ]{2,}){0,2})?(?: \([^()]{1,30}\))? (?:--|—|–|-) (?=[A-Z][a-z]|A [a-z])")


def dateline_end(sentence: str) -> int:
    """Where a wire's dateline ends ("GARISSA, Kenya - ", "San Salvador, 17 Nov 89 -- "), or 0. The dateline says
    where and when the report was filed, not where and when its events happened."""
    m = _DATELINE.match(sentence)
    return m.end() if m else 0


def without_dateline(sentence: str) -> str:
    """The sentence with its dateline blanked, offsets kept: the dateline is where and when the report was filed, so
    it is no address chain of the sentence's events, and the model would read "PARIS - Gunmen" as one name."""
    end = dateline_end(sentence)
    return " " * end + sentence[end:] if end else sentence
