"""Date text -> DateRange, anchored on the publication date and on the previously mentioned event's date.

Our own rules come first (the grammar of `mentions/dates.py`); dateparser reads explicit dates the rules miss.
Choices worth knowing:

* weekday names ("on Friday", "Friday night"): the latest such day not after the anchor (the anchor itself when
  it is that weekday); "last Friday" is the latest such day strictly before the anchor.
* month names ("in July"): the latest such month not after the anchor's month; "last July" strictly before it.
  Month-precision ranges run from the first to the last day of the month even when that passes the anchor.
* month and day without a year ("the August 17 bombing"): the latest such day not after the anchor.
* "overnight": the range anchor-1 .. anchor. "earlier this week": Monday of the anchor's week .. anchor.
* "in recent days/weeks/months/years": 7 days / 28 days / 6 months / 5 years back to the anchor (data file
  `recent_spans`); "over the past N units": N units back; "a few"/"several" units ago: a range.
* fixed-day holidays ("on Christmas Day", data file `holidays`) read as a day and month.
* "the following March": the first March after `previous`; "exactly a year later": that month a year on.
* "the following year", "two days later", "that month", "the day before": relative to `previous` (the date of the
  event mentioned before), or to the anchor when there is none. A gap that is not exact is a range: "less than two
  weeks before" 1-14 days back, "about a week" 5-9 days, "several days later" 3-7 days, "days before" `bare_plural`.
* With no anchor, expressions relative to the publication date give None; explicit dates still resolve.
* A day or range is never allowed to end after the anchor; a result starting after it is dropped. The system
  clock is never read.
* A date outside the years 1-9999 ("99999 years ago", "the day before" 1 January 0001) resolves to None.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from ..core.enums import DatePrecision as P
from ..core.records import DateRange
from ..mentions.dates import DateMatch, date_matches, vocabulary

_FORWARD = {"later", "after", "afterwards", "following", "next"}
_BACKWARD = frozenset({"before", "earlier", "prior", "previous", "preceding"})


def points_back(text: str) -> bool:
    """The date expression places its time before the one it is read from ("a week before", "earlier in the week",
    "the previous day")."""
    return bool({w.strip(",.;:") for w in text.lower().split()} & _BACKWARD)


# -- calendar helpers ------------------------------------------------------------------------------------

def _month_range(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _add_months(d: date, n: int) -> date:
    idx = d.year * 12 + d.month - 1 + n
    y, m = divmod(idx, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _add_years(d: date, n: int) -> date:
    return _add_months(d, 12 * n)


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _year_range(y: int) -> DateRange:
    return DateRange(date(y, 1, 1), date(y, 12, 31), P.YEAR)


def _month(y: int, m: int) -> DateRange:
    return DateRange(*_month_range(y, m), P.MONTH)


def _day(d: date) -> DateRange:
    return DateRange(d, d, P.DAY)


def _latest_month(anchor: date, month: int, strict: bool) -> int:
    """Year of the latest `month` not after (strict: before) the anchor's month."""
    if month < anchor.month or (month == anchor.month and not strict):
        return anchor.year
    return anchor.year - 1


def _latest_month_day(anchor: date, month: int, day: int) -> date | None:
    for y in range(anchor.year, anchor.year - 8, -1):        # Feb 29 waits for a leap year
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d <= anchor:
            return d
    return None


def _century(yy: int, anchor: date | None) -> int:
    if anchor is not None:
        return 2000 + yy if 2000 + yy <= anchor.year else 1900 + yy
    return 1900 + yy if yy >= 30 else 2000 + yy


def _count(word: str | None, default: int | None = 1) -> int | tuple[int, int] | None:
    if word is None:
        return default
    w = re.sub(r"\s+", " ", word.lower())
    v = vocabulary()
    if w.isdigit():
        return int(w)
    if w in v.numbers:
        return v.numbers[w]
    return v.vague_counts.get(w)


def _unit(word: str | None) -> str:
    w = (word or "").lower()
    return w if w in {"day", "week", "month", "year", "decade"} else "day"   # parts of day count as days


def _shift(d: date, unit: str, n: int) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(days=7 * n)
    if unit == "month":
        return _add_months(d, n)
    return _add_years(d, n * (10 if unit == "decade" else 1))


def _at(d: date, unit: str, precision_day: bool) -> DateRange:
    """The `unit`-sized period holding d: day, Monday-Sunday week, month or year."""
    if unit == "day":
        return _day(d) if precision_day else DateRange(d, d, P.RANGE)
    if unit == "week":
        return DateRange(_monday(d), _monday(d) + timedelta(days=6), P.WEEK)
    if unit == "month":
        return _month(d.year, d.month)
    return _year_range(d.year)


# -- rules, one per kind of match ------------------------------------------------------------------------

def _explicit(m: DateMatch, anchor: date | None) -> DateRange | None:
    v = vocabulary()
    if m.kind == "numeric":
        a, b = int(m.get("a")), int(m.get("b"))
        month, day = (b, a) if a > 12 else (a, b)
    elif m.kind == "holiday" and _holiday_key(m.get("holiday")) in v.movable_holidays:
        return _movable(v.movable_holidays[_holiday_key(m.get("holiday"))], m.get("year"), anchor)
    elif m.kind == "holiday":
        month, day = v.holidays[_holiday_key(m.get("holiday"))]
    else:
        day = int(m.get("day"))
        month = int(m.get("month")) if m.kind in {"iso", "dotted"} else v.months[m.get("month").lower().rstrip(".")]
    year_s = m.get("year")
    if year_s is None:
        if anchor is None:
            return None
        d = _latest_month_day(anchor, month, day)
        return _day(d) if d else None
    year_s = year_s.lstrip("'")
    year = int(year_s) if len(year_s) == 4 else _century(int(year_s), anchor)
    try:
        return _day(date(year, month, day))
    except ValueError:
        return None


def easter_sunday(year: int) -> date:
    """Western Easter Sunday of a Gregorian year (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l7 = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l7) // 451
    month, day = divmod(h + l7 - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _movable(offset: int, year_s: str | None, anchor: date | None) -> DateRange | None:
    """"on Easter Sunday", "Good Friday 2016": the day in the year given, else the latest one on or before the
    article's date."""
    if year_s:
        year_s = year_s.lstrip("'")
        return _day(easter_sunday(int(year_s) if len(year_s) == 4 else _century(int(year_s), anchor))
                    + timedelta(days=offset))
    if anchor is None:
        return None
    d = easter_sunday(anchor.year) + timedelta(days=offset)
    return _day(d if d <= anchor else easter_sunday(anchor.year - 1) + timedelta(days=offset))


def _holiday_key(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def _month_rule(m: DateMatch, anchor: date | None) -> DateRange | None:
    month = vocabulary().months[m.get("month").lower().rstrip(".")]
    if m.get("year"):
        return _month(int(m.get("year")), month)
    if anchor is None:
        return None
    rel = (m.get("rel") or "").lower()
    if rel == "next":
        return None
    yrel = (m.get("yrel") or "").lower()
    if yrel:                                            # "September last year": that year's September, whatever now is
        return _month(anchor.year - {"last": 1, "this": 0, "next": -1}[yrel], month)
    return _month(_latest_month(anchor, month, strict=rel in {"last", "past", "previous"}), month)


def _weekday(m: DateMatch, anchor: date | None) -> DateRange | None:
    if anchor is None:
        return None
    wd = vocabulary().weekdays[m.get("weekday").lower()]
    back = (anchor.weekday() - wd) % 7
    if back == 0 and (m.get("pre") or "").lower() in {"last", "past"}:
        back = 7
    return _day(anchor - timedelta(days=back))


def _relday(m: DateMatch, anchor: date | None) -> DateRange | None:
    if anchor is None:
        return None
    rel = re.sub(r"\s+", " ", m.get("rel").lower())
    if rel == "overnight":
        return DateRange(anchor - timedelta(days=1), anchor, P.RANGE)
    back = {"yesterday": 1, "last night": 1, "the day before yesterday": 2}.get(rel, 0)
    return _day(anchor - timedelta(days=back))


def _weekend(m: DateMatch, anchor: date | None) -> DateRange | None:
    if anchor is None:
        return None
    sat = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
    if m.get("rel").lower() in {"last", "past"} and anchor.weekday() >= 5:
        sat -= timedelta(days=7)
    return DateRange(sat, sat + timedelta(days=1), P.RANGE)


def _period(m: DateMatch, anchor: date | None) -> DateRange | None:
    if anchor is None:
        return None
    rel = re.sub(r"\s+", " ", m.get("rel").lower())
    unit = m.get("unit").lower()
    if rel == "past":                                   # "the past week": a trailing window
        return DateRange(_shift(anchor, unit, -1), anchor, P.RANGE)
    if rel.endswith("last") or rel == "previous":
        return _at(_shift(anchor, unit, -1), unit, True)
    start = _at(anchor, unit, True).start               # "this ..." / "earlier this ..."
    if rel.startswith(("earlier", "early")):
        return DateRange(start, anchor, P.RANGE)
    return DateRange(start, anchor, P.WEEK) if unit == "week" else _at(anchor, unit, True)


def _ago(m: DateMatch, anchor: date | None) -> DateRange | None:
    if anchor is not None and m.get("span") is not None:
        years = vocabulary().years_ago.get(re.sub(r"\s+", " ", m.get("span").lower()))
        return _year_range(_shift(anchor, "year", -years).year) if years else None
    if anchor is None or m.get("num") is None:
        return None                                     # "decades ago", "years ago": too vague
    n, unit = _count(m.get("num")), _unit(m.get("unit"))
    if n is None:
        return None
    if isinstance(n, tuple):
        return DateRange(_shift(anchor, unit, -n[1]), _shift(anchor, unit, -n[0]), P.RANGE)
    return _at(_shift(anchor, unit, -n), "year" if unit == "decade" else unit, True)


def _base(previous: DateRange | None, anchor: date | None) -> DateRange | None:
    if previous is not None and previous.start is not None:
        return previous
    return _day(anchor) if anchor else None


def _gap_days(m: DateMatch, unit: str) -> tuple[int, int] | None:
    """The stated gap in days, as (fewest, most): "three days" (3, 3), "less than two weeks" (1, 14), "about a week"
    (5, 9), "several days" (3, 7), "days" (data file `bare_plural`)."""
    v = vocabulary()
    n = v.bare_plural if m.get("bare") else _count(m.get("num"))
    if n is None:
        return None
    per = 7 if unit == "week" else 1
    lo, hi = (n, n) if isinstance(n, int) else n
    lo, hi = lo * per, hi * per
    qual = v.gap_qualifiers.get(re.sub(r"\s+", " ", (m.get("qual") or "").lower()), "exact")
    if qual == "under":
        return 1, hi
    if qual == "over":
        return lo, 2 * hi
    if qual == "approx":
        slack = max(1, hi // 7 * 2)
        return max(1, lo - slack), hi + slack
    return lo, hi


def _shift_rule(m: DateMatch, anchor: date | None, previous: DateRange | None) -> DateRange | None:
    base = _base(previous, anchor)
    if base is None:
        return None
    unit = _unit(m.get("unit"))
    sign = 1 if m.get("dir").lower() in _FORWARD else -1
    if unit in {"day", "week"}:
        gap = _gap_days(m, unit)
        if gap is None:
            return None
        lo, hi = gap
        if lo == hi and base.precision is P.DAY:
            return _day(_shift(base.start, "day", sign * lo))
        ends = (_shift(base.start, "day", sign * lo), _shift(base.end or base.start, "day", sign * hi),
                _shift(base.start, "day", sign * hi), _shift(base.end or base.start, "day", sign * lo))
        return DateRange(min(ends), max(ends), P.RANGE)
    n = _count(m.get("num"))
    if not isinstance(n, int):
        return None
    shifted = _shift(base.start, unit, sign * n)
    exact = vocabulary().gap_qualifiers.get(re.sub(r"\s+", " ", (m.get("qual") or "").lower())) == "exact"
    if exact and unit in {"year", "decade"} and base.precision in (P.DAY, P.MONTH):
        return _at(shifted, "month", True)              # "exactly a year later": that month, not just that year
    return _at(shifted, unit, True)


def _same(m: DateMatch, anchor: date | None, previous: DateRange | None) -> DateRange | None:
    base = _base(previous, anchor)
    if base is None:
        return None
    unit = _unit(m.get("unit"))
    period = _at(base.start, unit, base.precision is P.DAY)
    direction = (m.get("dir") or "").lower()
    if direction == "later":
        return DateRange(base.start, period.end, P.RANGE)
    if direction == "earlier":
        return DateRange(period.start, base.start, P.RANGE)
    if unit == "day" and base.precision is not P.DAY:
        return base
    return period


def _recent(m: DateMatch, anchor: date | None) -> DateRange | None:
    if anchor is None:
        return None
    unit = _unit(m.get("unit"))
    if m.get("rel").lower() == "recent" and m.get("num") is None:
        n, unit = vocabulary().recent_spans.get(unit, (1, unit))
    else:
        c = _count(m.get("num"))
        n = c[1] if isinstance(c, tuple) else c
        if n is None:
            return None
    return DateRange(_shift(anchor, unit, -n), anchor, P.RANGE)


def _after(m: DateMatch, anchor: date | None, previous: DateRange | None) -> DateRange | None:
    base = _base(previous, anchor)
    if base is None:
        return None
    n, unit = vocabulary().recent_spans.get(_unit(m.get("unit")), (5, "year"))
    if m.get("dir").lower().split()[0] in {"after", "since", "following"}:
        start = base.end or base.start
        return DateRange(start, _shift(start, unit, n), P.RANGE)
    return DateRange(_shift(base.start, unit, -n), base.start, P.RANGE)


def _season(m: DateMatch, anchor: date | None) -> DateRange | None:
    first, last = vocabulary().seasons[m.get("season").lower()]

    def span(y: int) -> tuple[date, date]:
        end_year = y + 1 if last < first else y
        return date(y, first, 1), _month_range(end_year, last)[1]

    if m.get("year"):
        return DateRange(*span(int(m.get("year"))), P.RANGE)
    if anchor is None:
        return None
    y = anchor.year
    while span(y)[0] > anchor:
        y -= 1
    if m.get("rel").lower() in {"last", "past"} and span(y)[1] >= anchor:
        y -= 1
    return DateRange(*span(y), P.RANGE)


def _decade(m: DateMatch, anchor: date | None) -> DateRange | None:
    """"In the 1980s", "the 1980s and 1990s": the decades, as a range of years."""
    first = int(m.get("decade"))
    last = int(m.get("last")) if m.get("last") else None
    end = first + 9 if last is None else (first // 100 * 100 + last if first // 100 * 100 + last >= first
                                            else first // 100 * 100 + 100 + last) + 9
    return DateRange(date(first, 1, 1), date(end, 12, 31), P.RANGE)


def _year(m: DateMatch, anchor: date | None) -> DateRange | None:
    return _year_range(int(m.get("year")))


_RULES = {
    "iso": _explicit, "dotted": _explicit, "numeric": _explicit, "dmy": _explicit, "mdy": _explicit,
    "month_year": _month_rule, "month": _month_rule, "weekday": _weekday, "relday": _relday,
    "weekend": _weekend, "period": _period, "ago": _ago, "recent": _recent, "season": _season, "year": _year, "decade": _decade,
    "holiday": _explicit,
}


def _that_year(m: DateMatch, anchor: date | None, previous: DateRange | None) -> DateRange | None:
    """"A ceasefire declared in 2006 ended on 30 December of that year": the day or month in the year told before."""
    base = _base(previous, anchor)
    if base is None:
        return None
    month = vocabulary().months[m.get("month").lower().rstrip(".")]
    if not m.get("day"):
        return _month(base.start.year, month)
    try:
        return _day(date(base.start.year, month, int(m.get("day"))))
    except ValueError:
        return None


def _next_month(m: DateMatch, anchor: date | None, previous: DateRange | None) -> DateRange | None:
    """"Troops took the town in August 2014 and lost it the following March": the first such month after (or, for
    "the previous March", the last before) the date told before."""
    base = _base(previous, anchor)
    if base is None:
        return None
    month = vocabulary().months[m.get("month").lower().rstrip(".")]
    if m.get("dir").lower() in _FORWARD:
        return _month(base.start.year + (1 if month <= base.start.month else 0), month)
    return _month(base.start.year - (1 if month >= base.start.month else 0), month)


_CHAINED = {"shift": _shift_rule, "same": _same, "after": _after, "that_year": _that_year, "next_month": _next_month}


def _resolve_match(m: DateMatch, anchor: date | None, previous: DateRange | None) -> DateRange | None:
    if m.kind in _CHAINED:
        r = _CHAINED[m.kind](m, anchor, previous)
    else:
        r = _RULES[m.kind](m, anchor)
    if r is not None and (m.get("pre") or "").lower() == "since":
        r = DateRange(r.start, anchor, P.RANGE)
    return r


def _clamp(r: DateRange | None, anchor: date | None) -> DateRange | None:
    if r is None or anchor is None:
        return r
    if r.start is not None and r.start > anchor:
        return None
    if r.end is not None and r.end > anchor and r.precision in (P.DAY, P.RANGE, P.WEEK):
        return DateRange(r.start, anchor, r.precision, r.text)
    return r


def _dateparser(text: str, anchor: date | None) -> DateRange | None:
    """Explicit dates only (day, month and year all written), read by dateparser."""
    years = set(re.findall(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)", text))
    if not years or len(text) > 80:
        return None
    import dateparser                                   # slow import: only when the rules fail

    base = anchor or date(1900, 1, 1)                   # never the system clock
    settings = {"PREFER_DATES_FROM": "past", "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                "RETURN_AS_TIMEZONE_AWARE": False, "RELATIVE_BASE": datetime(base.year, base.month, base.day)}
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, TypeError, OverflowError):
        return None
    if parsed is None or str(parsed.year) not in years:  # a year it was not given: a relative reading
        return None
    return _day(parsed.date())


def _as_date(d: date | datetime | None) -> date | None:
    return d.date() if isinstance(d, datetime) else d


def resolve_date(text: str, *, anchor: date | None, previous: DateRange | None = None) -> DateRange | None:
    """The date range `text` denotes, or None. `anchor`: the publication date; `previous`: the date of the event
    mentioned before, for "the following year", "two days later", "that month"."""
    if not text or not text.strip():
        return None
    anchor = _as_date(anchor)
    result = None
    for m in date_matches(text):
        try:
            result = _clamp(_resolve_match(m, anchor, previous), anchor)
        except (ValueError, OverflowError):              # "99999 years ago", "the year after" 9999: no calendar date
            result = None
        if result is not None:
            break
    if result is None:
        result = _clamp(_dateparser(text, anchor), anchor)
    if result is None:
        return None
    result = _clamp(_part_of_year(text, result), anchor) or result
    return DateRange(result.start, result.end, result.precision, text)


_PART_OF_YEAR = re.compile(r"\b(?:(early|the\s+beginning\s+of|the\s+start\s+of)|(mid|the\s+middle\s+of)"
                           r"|(late|the\s+end\s+of))[\s-]+(?:\d{4}|last\s+year|this\s+year)\b", re.IGNORECASE)


def _part_of_year(text: str, year: DateRange) -> DateRange | None:
    """"early 2024", "mid-2023", "late last year", "the end of 2023": a third of the year (January-April, May-August,
    September-December), not all of it; None for any other date."""
    m = _PART_OF_YEAR.search(text)
    if m is None or year.precision is not P.YEAR or year.start is None:
        return None
    first, y = 1 if m.group(1) else 5 if m.group(2) else 9, year.start.year
    return DateRange(date(y, first, 1), date(y, first + 3, calendar.monthrange(y, first + 3)[1]), P.RANGE)
