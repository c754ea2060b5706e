"""Find date expressions in text: "on Friday night", "last July", "5 JAN 90", "two days later", "in recent months".

One grammar, used twice: `find_date_expressions` marks spans for the pipeline, and `resolve/dates.py` reads the
named groups of the same matches to turn an expression into a DateRange. Each rule is a regex template with
vocabulary slots ({MONTH}, {WEEKDAY}, ...) filled from `mentions/patterns/dates.json`; matching is
case-insensitive (MUC-4 wires are upper case); overlapping candidates are settled leftmost-longest.
"""
from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

VOCAB_PATH = Path(__file__).resolve().parent / "patterns" / "dates.json"

_PRE = r"(?:(?P<pre>on|in|during|since|from|until|by|as\s+of|sometime\s+in|sometime\s+on|around|about)\s+)?"
_PRE_MONTH = r"(?P<pre>in|during|since|from|until|by|as\s+of|sometime\s+in|throughout|of)\s+"
_MOD = (r"(?P<mod>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|"
        r"end\s+of|beginning\s+of|start\s+of)")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR4 = r"(?P<year>(?:1[89]|20)\d\d)"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d|'?\d\d(?!\s*[A-Za-z0-9]))"
_DOW = r"(?:(?P<weekday>{WEEKDAY}),?\s+(?:the\s+)?)?"

# (kind, template). Order settles ties between equally long matches at one position: earlier wins.
_RULES: tuple[tuple[str, str], ...] = (
    ("iso", r"(?P<year>\d{4})(?P<sep>[-/])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?![\d/-])"),
    ("dotted", r"(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:1[89]|20)\d\d)(?![\d.]\d)"),
    ("numeric", r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>\d{4}|\d{2})(?![\d/])"),
    ("dmy", _PRE + r"(?:the\s+)?" + _DOW + _DAY + r"(?:\s+of)?[\s-]+(?P<month>{MONTH})(?:,?[\s-]+" + _YEAR + r")?"),
    ("mdy", _PRE + _DOW + r"(?P<month>{MONTH})\s+" + _DAY + r"\b(?:,?\s+" + _YEAR4 + r")?"),
    ("holiday", _PRE + r"(?P<holiday>{HOLIDAY})(?:,?\s+(?:of\s+)?" + _YEAR4 + r")?"),   # "on Christmas Day"
    ("month_year", _PRE + r"(?:" + _MOD + r"[\s-]+)?(?P<month>{MONTH}),?\s+(?:of\s+)?" + _YEAR4),
    ("month", r"(?P<rel>last|this|past|previous|next)\s+(?:" + _MOD + r"[\s-]+)?(?P<month>{MONTH_FULL})"),
    ("month", r"(?:" + _PRE_MONTH + r")?(?:" + _MOD + r"[\s-]+)?(?P<month>{MONTH_FULL}),?\s+(?:of\s+)?"
              r"(?P<yrel>last|this|next)\s+year"),                                   # "in September last year"
    ("month", _PRE_MONTH + r"(?:" + _MOD + r"[\s-]+)?(?P<month>{MONTH_FULL})"),
    ("month", _MOD + r"[\s-]+(?P<month>{MONTH_FULL})"),
    ("month", r"(?P<month>{MONTH_SAFE})"),
    ("weekday", r"(?:(?P<pre>on|last|this|past|since|early|late|by|early\s+on|late\s+on)\s+)?(?P<weekday>{WEEKDAY})"
                r"(?:\s+(?P<part>{PART}))?"),
    ("relday", r"(?:(?P<pre>early|late|earlier|later|since)\s+)?(?P<rel>the\s+day\s+before\s+yesterday|yesterday|today|"
               r"tonight|overnight|last\s+night|this\s+(?:{PART}))(?:\s+(?P<part>{PART}))?"),
    ("weekend", r"(?P<rel>this|last|past|the)\s+weekend"),
    ("period", r"(?P<rel>earlier\s+this|earlier\s+last|later\s+last|late\s+last|early\s+last|early\s+this|"
               r"this|last|past|previous)\s+(?P<unit>week|month|year)"),
    # "on a busy Saturday afternoon a quarter of a century ago": the years back date it, not the last Saturday
    ("ago", r"(?:(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{PART}))?\s+)?(?:(?P<span>{YEARS_AGO})|(?:(?P<num>{NUM}|\d+)\s+)?"
            r"(?P<unit>{UNIT})s?)\s+ago"),
    ("shift", r"(?:(?P<qual>{QUAL})\s+)?(?P<num>{NUM}|\d+)\s+(?P<unit>{UNIT})s?\s+"
              r"(?P<dir>later|earlier|afterwards|after|before|prior)"),
    ("shift", r"(?:(?P<qual>{QUAL})\s+)?(?P<bare>(?P<unit>day|week)s)\s+(?P<dir>earlier|before|later|after)"),  # vague
    ("shift", r"(?:the\s+)?(?P<dir>following|next|previous|preceding|prior)\s+(?P<unit>day|week|month|year|{PART})"),
    ("shift", r"the\s+(?P<unit>day|week|month|year|night)\s+(?P<dir>before|after)"),
    ("next_month", r"the\s+(?P<dir>following|next|previous|preceding)\s+(?P<month>{MONTH_FULL})"),  # "the following March"
    ("that_year", _PRE + r"(?:the\s+)?" + _DAY + r"(?:\s+of)?[\s-]+(?P<month>{MONTH}),?\s+(?:of\s+)?(?:that|the\s+same)"
                  r"\s+year"),                                           # "on 30 December of that year"
    ("that_year", r"(?:" + _PRE_MONTH + r")?(?:" + _MOD + r"[\s-]+)?(?P<month>{MONTH_FULL}),?\s+(?:of\s+)?"
                  r"(?:that|the\s+same)\s+year"),                       # "in December that year"
    ("same", r"(?:(?P<dir>later|earlier)\s+)?(?:that|the\s+same)\s+(?P<unit>day|week|month|year|{PART})"),
    ("same", r"(?P<dir>later|earlier)\s+in\s+the\s+(?P<unit>day|week|month|year)"),     # "earlier in the week"
    ("same", r"(?:at|around|about)\s+(?:(?:{QUAL})\s+)?the\s+same\s+time"),          # the day of the event before
    ("same", r"(?:(?:{QUAL})\s+)?(?:(?:{NUM}|\d+)\s+)?(?:{SHORT})s?\s+(?:later|afterwards|earlier)"),  # "hours later"
    # "Hours after the attack in New Orleans, a Cybertruck exploded": opening the sentence, the day of the act told
    # before ("occurred 12 hours after a man was ..." mid-sentence names another happening)
    ("same", r"(?:(?<![\s\S])|(?<=\n)|(?<=[.!?] ))(?:(?:{NUM}|\d+)\s+)?(?:{SHORT})s?\s+(?:after|before)"),
    ("recent", r"(?:(?P<pre>in|over|during|within|for|throughout)\s+)?(?:the\s+)?(?P<rel>recent|past|last)\s+"
               r"(?:(?P<num>{NUM}|\d+)\s+)?(?P<unit>{UNIT})s"),
    ("recent", r"(?P<pre>in|over|during|within|for|throughout)\s+(?:the\s+)?(?P<rel>past|last)\s+(?P<unit>{UNIT})"),
    ("after", r"in\s+the\s+(?P<unit>{UNIT})s\s+(?P<dir>after|since|following|before|leading\s+up\s+to|prior\s+to)"),
    ("year", r"(?:(?P<pre>in|during|since|by|until|from|of|throughout|for|as\s+of)\s+)(?:the\s+year\s+)?"
             r"(?:" + _MOD + r"[\s-]+)?" + _YEAR4 + r"(?![\d/-]\d)"),
    ("year", _MOD + r"[\s-]+" + _YEAR4 + r"(?![\d/-]\d)"),
    ("year", r"the\s+year\s+" + _YEAR4),
    ("decade", r"(?:(?P<pre>in|during|of|throughout|since|by|until|from)\s+)?the\s+(?:(?:early|mid|late)[\s-]+)?"
               r"(?P<decade>(?:19|20)\d0)s(?:\s+and\s+(?:(?:19|20)?(?P<last>\d0))s)?"),   # "the 1980s and 1990s"
    ("year", r"(?:the|a|its|their|his|her)\s+" + _YEAR4 + r"(?=\s+[a-z]|$)"),     # "the 1998 bombing"
    ("season", _PRE + r"(?:the\s+)?(?:(?P<rel>last|this|past|early|late)\s+)?(?P<season>{SEASON})\s+(?:of\s+)?" + _YEAR4),
    ("season", _PRE + r"(?:the\s+)?(?P<rel>last|this|past)\s+(?P<season>{SEASON})"),
)


@dataclass(frozen=True)
class DateMatch:
    """One date expression: where it is, which rule read it, and the rule's named groups."""
    start: int
    end: int
    text: str
    kind: str
    groups: tuple[tuple[str, str], ...]

    def get(self, name: str) -> str | None:
        for k, v in self.groups:
            if k == name:
                return v
        return None


@dataclass(frozen=True)
class DateVocab:
    months: dict[str, int]
    months_ambiguous_alone: frozenset[str]
    weekdays: dict[str, int]
    parts_of_day: tuple[str, ...]
    numbers: dict[str, int]
    vague_counts: dict[str, tuple[int, int]]
    units: tuple[str, ...]
    short_units: tuple[str, ...]
    recent_spans: dict[str, tuple[int, str]]
    years_ago: dict[str, int]                                # "a quarter of a century" (ago): 25
    seasons: dict[str, tuple[int, int]]
    holidays: dict[str, tuple[int, int]]
    movable_holidays: dict[str, int]                        # days from Western Easter Sunday
    gap_qualifiers: dict[str, str]
    bare_plural: tuple[int, int]
    range_openers: tuple[str, ...]
    report_verbs: frozenset[str]
    report_objects: frozenset[str]
    toll_update_verbs: frozenset[str]
    later_deaths: tuple[frozenset[str], frozenset[str]]     # (verbs, nouns): "died of his wounds"


@lru_cache(maxsize=1)
def vocabulary() -> DateVocab:
    raw = json.loads(VOCAB_PATH.read_text(encoding="utf-8"))
    return DateVocab(
        months=dict(raw["months"]), months_ambiguous_alone=frozenset(raw["months_ambiguous_alone"]),
        weekdays=dict(raw["weekdays"]), parts_of_day=tuple(raw["parts_of_day"]), numbers=dict(raw["numbers"]),
        vague_counts={k: (int(v[0]), int(v[1])) for k, v in raw["vague_counts"].items()},
        units=tuple(raw["units"]), short_units=tuple(raw["short_units"]), recent_spans={k: (int(v[0]), str(v[1])) for k, v in raw["recent_spans"].items()},
        years_ago={k: int(v) for k, v in raw["years_ago"].items()},
        seasons={k: (int(v[0]), int(v[1])) for k, v in raw["seasons"].items()},
        holidays={k: (int(v[0]), int(v[1])) for k, v in raw["holidays"].items()},
        movable_holidays={k: int(v) for k, v in raw["movable_holidays"].items()},
        gap_qualifiers=dict(raw["gap_qualifiers"]), bare_plural=(int(raw["bare_plural"][0]), int(raw["bare_plural"][1])),
        range_openers=tuple(raw["range_openers"]), report_verbs=frozenset(raw["report_verbs"]),
        report_objects=frozenset(raw["report_objects"]), toll_update_verbs=frozenset(raw["toll_update_verbs"]),
        later_deaths=(frozenset(raw["later_deaths"]["verbs"]), frozenset(raw["later_deaths"]["nouns"])))


def _alt(words) -> str:
    words = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in words) + ")"


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    v = vocabulary()
    full = {name.lower() for name in calendar.month_name if name}
    slots = {
        "MONTH": "(?:" + _alt(m for m in v.months if m in full) + "|" + _alt(m for m in v.months if m not in full)
                 + r"\.?)",                                     # "Jan." takes its dot, "June." does not
        "MONTH_FULL": _alt(m for m in v.months if len(m) > 3 or m == "may") + r"(?!\.?\s*\d)",
        "MONTH_SAFE": _alt(m for m in v.months if m not in v.months_ambiguous_alone and len(m) > 3)
                      + r"(?!\.?\s*\d)",
        "WEEKDAY": _alt(v.weekdays),
        "PART": _alt(v.parts_of_day),
        "NUM": _alt([*v.numbers, *v.vague_counts]),
        "UNIT": _alt(v.units),
        "SHORT": _alt(v.short_units),
        "YEARS_AGO": _alt(v.years_ago),
        "SEASON": _alt(v.seasons),
        "HOLIDAY": _alt([*v.holidays, *v.movable_holidays]).replace("'", "['’]"),
        "QUAL": _alt(v.gap_qualifiers),
    }
    out = []
    for kind, template in _RULES:
        body = re.sub(r"\{([A-Z_]+)\}", lambda m: slots[m.group(1)], template)
        out.append((kind, re.compile(r"(?<![\w'-])" + body + r"(?![\w])", re.IGNORECASE)))
    return tuple(out)


_FOR_A_WHILE = re.compile(r"\bfor\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def date_matches(text: str) -> list[DateMatch]:
    """Every date expression in `text`, leftmost-longest and non-overlapping, in text order."""
    cands: list[tuple[int, int, int, re.Match[str], str]] = []
    for order, (kind, rx) in enumerate(_compiled()):
        for m in rx.finditer(text):
            if kind == "shift" and _FOR_A_WHILE.search(text, max(0, m.start() - 16), m.start()):
                continue                  # "held its staff hostage for two days before commandos stormed": how long
            if m.end() > m.start():
                cands.append((m.start(), -(m.end() - m.start()), order, m, kind))
    cands.sort(key=lambda c: c[:3])
    out: list[DateMatch] = []
    last_end = -1
    for start, _neg, _order, m, kind in cands:
        if start < last_end:
            continue
        groups = tuple((k, val) for k, val in m.groupdict().items() if val is not None)
        out.append(DateMatch(start, m.end(), m.group(0), kind, groups))
        last_end = m.end()
    return out


def find_date_expressions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, matched text) of every date expression in `text`; offsets index into `text`."""
    return [(d.start, d.end, d.text) for d in date_matches(text)]
