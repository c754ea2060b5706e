"""Dates of one article, read in order so that "the following year" or "that month" lean on what came before."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..core import DatePrecision, DateRange
from ..mentions.dates import date_matches, find_date_expressions, vocabulary
from ..mentions.lexicon import candidate_regex, recall_words
from ..mentions.numbers import parse_number
from .dates import _holiday_key, _month, points_back, resolve_date


class DateChain:
    """Every date expression of an article resolved in text order against the publication date."""

    def __init__(self, text: str, published: date | None):
        self.published = published
        self._text = text
        self.resolved: list[tuple[int, DateRange]] = []       # (article offset, range)
        self._reports: set[int] = set()                       # offsets of dates that date a statement
        self._counts: set[int] = set()                        # offsets of dates that date a toll's update
                                                              # (or the end of a siege)
        self._claims: set[int] = set()                        # offsets of dates right after a claim
        for start, end, expr in find_date_expressions(text):
            r = self._resolve(expr, start)
            if r is not None and _in_comparison(text, start):
                continue                                      # "the deadliest since 2003": bounds a record only
            r = self._told_on(text, start, expr, r)
            if r is not None and _names_a_thing(text, start, expr):
                continue                                      # "the 2016 peace accord": anchors no later "in June"
            if r is not None:
                self.resolved.append((start, r))
                if (_after_report_verb(text, start) and not expr.lower().startswith("for ")
                        or _before_report_verb(text, end)):      # "claimed responsibility for last week's bombing"
                    self._reports.add(start)
                if _CLAIMED_ON.search(text, max(0, start - 40), start):
                    self._claims.add(start)
                if _after_toll_update(text, start) or _RAISING_THE_TOLL.match(text, end) or _ENDED.match(text, end):
                    self._reports.add(start)
                    self._counts.add(start)
        self._week_before()

    def _told_on(self, text: str, start: int, expr: str, r: DateRange | None) -> DateRange | None:
        """"In November 2019, fighters overran a post ... In December, militants stormed a camp": a bare month (or a
        day of a month, "On 3 January") right after a day, month or year of an earlier year, in the same paragraph,
        is the next such month (or day) after it, not the latest before publication."""
        month = _BARE_MONTH.fullmatch(expr.strip())
        day = None if month else _yearless_day(expr)
        if month is not None and month.group(1).lower() not in vocabulary().months:
            month = None
        if r is None or (month is None and day is None) or not self.resolved:
            return r
        o, prev = self.resolved[-1]
        if (prev.start is None or "\n\n" in text[o:start] or r.start is None or r.start.year <= prev.start.year
                or prev.end is None or not _one_period(prev, text[max(0, o - 120):o])):
            return r
        if day is not None:                                  # "at the start of 2015. On 3 January, ...": that 3 January
            found = _day_on_or_after(prev.start, *day)
        else:
            m = vocabulary().months[month.group(1).lower()]
            found = _month(prev.start.year + (1 if m < prev.start.month else 0), m)
        if found is None or (self.published is not None and found.start > self.published):
            return r
        return replace(found, text=r.text)

    def _week_before(self) -> None:
        """"Two bombs hit the airport on Tuesday ... During an earlier raid last Tuesday": where the article calls the
        latest Tuesday plain "Tuesday", its "last Tuesday" is the one a week before."""
        plain = {(_weekday_of(r.text), r.start) for _o, r in self.resolved
                 if r.precision is DatePrecision.DAY and not _LAST.search(r.text or "")}
        for i, (o, r) in enumerate(self.resolved):
            day = _weekday_of(r.text) if _LAST.search(r.text or "") else None
            if day is not None and r.start is not None and (day, r.start) in plain:
                earlier = r.start - timedelta(days=7)
                self.resolved[i] = (o, DateRange(earlier, earlier, DatePrecision.DAY, r.text))

    def _anchors_before(self, offset: int) -> list[DateRange]:
        """Earlier dates, latest first; "officials said on Saturday" dates the statement, not an event, so it comes
        last."""
        found = [(o in self._reports, -o, r) for o, r in self.resolved
                 if o < offset and r.start is not None and r.precision is not DatePrecision.RANGE]
        return [r for _report, _o, r in sorted(found, key=lambda x: x[:2])]

    def _resolve(self, expr: str, offset: int) -> DateRange | None:
        first = None
        for prev in [*self._anchors_before(offset)[:6], None]:
            r = resolve_date(expr, anchor=self.published, previous=prev)
            if r is None:
                continue
            if self.published is None or r.start is None or r.start <= self.published:
                return r
            first = first or r
        return first

    def _days_ending(self, count: str, offset: int) -> DateRange | None:
        """"Forces said on Tuesday they had regained the mall after a four-day siege": an act of N days told in a
        statement dated a day ended that day (a range from N-1 days before)."""
        n = parse_number(count)
        said = [r for o, r in self.resolved if o in self._reports and 0 < offset - o <= _SAME_SENTENCE
                and r.precision is DatePrecision.DAY and r.start is not None
                and not re.search(r"[.!?]\s", self._text[o:offset])]
        if not n or n > _LONGEST_DAYS or not said:
            return None
        end = said[-1].start
        return DateRange(end - timedelta(days=n - 1), end, DatePrecision.RANGE, count + "-day")

    def dates_a_report(self, offset: int) -> bool:
        """The date found at `offset` dates a statement ("claimed responsibility on Thursday for a bombing ...")."""
        return any(abs(o - offset) <= 3 for o in self._reports)

    def dates_a_claim(self, offset: int) -> bool:
        """The date found at `offset` is the day of a claim ("The Islamic State claimed responsibility on Saturday
        for a knife attack ..."), which comes after the act."""
        return any(abs(o - offset) <= 3 for o in self._claims)

    def dates_a_count(self, offset: int) -> bool:
        """The date found at `offset` dates a toll's update ("rose to 300 on Monday") or the end of a siege ("forces
        on Wednesday ended a siege ... after gunmen stormed it"), not an event."""
        return any(abs(o - offset) <= 3 for o in self._counts)

    def at(self, expr: str, offset: int) -> DateRange | None:
        """The range for the expression found at `offset` (resolving it now if the regex pass missed it). An
        expression that is not the text found there is resolved on its own: a recalled event's side of a stated
        gap ("a week before", where the text says "a week after")."""
        for o, r in self.resolved:
            near = abs(o - offset) <= 3 or (o <= offset < o + len(r.text or "")) or (offset <= o < offset + len(expr))
            if near and _same_words(expr, r.text or ""):
                return r
        days = _SPAN_OF_DAYS.fullmatch(expr.strip())
        if days is not None:
            return self._days_ending(days.group(1), offset)
        before = self._text[max(0, offset - 12):offset].split()     # a recalled year: "since 2003, when ..."
        if _BARE_YEAR.fullmatch(expr.strip()) and before and before[-1].lower() in recall_words().separating:
            r = self._resolve(f"in {expr.strip()}", offset)
            return replace(r, text=expr.strip()) if r is not None else None
        return self._resolve(expr, offset)


_LAST = re.compile(r"\blast\b", re.IGNORECASE)
_SPAN_OF_DAYS = re.compile(r"([a-z]+|\d{1,2})-day", re.IGNORECASE)   # "a four-day siege"
_SAME_SENTENCE = 200
_LONGEST_DAYS = 30
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")           # alone, dateparser reads no year (nor should "at 1910 hours")


_BARE_MONTH = re.compile(r"(?:in|by|during|early|late|mid-?)?\s*([A-Za-z]+)", re.IGNORECASE)


_YEAR_OF = re.compile(r"(?:the|a|an|its|their|his|her)\s+(?:1[89]|20)\d\d", re.IGNORECASE)


def _names_a_thing(text: str, start: int, expr: str) -> bool:
    """A year that tells which thing is meant ("the 2016 peace accord", "the 2022 World Cup"): it dates that thing,
    not the story's time, so later gaps and bare months do not lean on it. A year of an act ("the 2008 attacks",
    "the 2014 kidnapping") still anchors "the following year"."""
    if not _YEAR_OF.fullmatch(expr.strip()):
        return False
    after = re.split(r"[.,;:!?()]", text[start + len(expr):start + len(expr) + 60])[0].split()[:3]
    return bool(after) and after[0][:1].isalpha() and not any(candidate_regex().fullmatch(w.lower()) for w in after)


def _yearless_day(expr: str) -> tuple[int, int] | None:
    """(month, day) of an expression that is a day of a month with no year ("On 3 January", "on Christmas Day")."""
    found = date_matches(expr)
    if len(found) != 1 or found[0].kind not in {"dmy", "mdy", "holiday"} or found[0].get("year") is not None:
        return None
    m, v = found[0], vocabulary()
    if m.kind == "holiday":                             # Easter moves from year to year: no fixed day
        return v.holidays.get(_holiday_key(m.get("holiday")))
    return v.months[m.get("month").lower().rstrip(".")], int(m.get("day"))


def _one_period(prev: DateRange, before: str) -> bool:
    """A month or shorter, or one calendar year ("the start of 2015"); not an open range, nor the time a "since"
    clause starts from ("since it emerged in 2015", "have grown stronger since the president was killed in his home
    in July 2021": a state that runs up to now, after which a bare "In March" is this year's)."""
    clause = re.split(r"[.;!?]", before)[-1]
    if re.search(r"\bsince\b", clause, re.IGNORECASE):
        return False
    third = prev.start.day == 1 and prev.start.month in (1, 5, 9) and prev.end.year == prev.start.year \
        and (prev.end - prev.start).days <= 122         # "the start of 2015": January to April of one year
    return (prev.end - prev.start).days <= 31 or prev.precision is DatePrecision.YEAR or third


def _day_on_or_after(start: date, month: int, day: int) -> DateRange | None:
    for y in (start.year, start.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d >= start:
            return DateRange(d, d, DatePrecision.DAY)
    return None


def _weekday_of(text: str | None) -> int | None:
    days = vocabulary().weekdays
    return next((days[w] for w in (text or "").lower().replace("'s", "").split() if w in days), None)


def _after_toll_update(text: str, start: int) -> bool:
    """"The number of people killed rose to more than 300 on Monday": the date dates the count, not the attack; so
    does "He died of his wounds on Aug. 11" (the attack that wounded him came before)."""
    clause = re.split(r"[.;!?]|,\s", text[max(0, start - 60):start])[-1].lower().split()
    vocab = vocabulary()
    verbs, nouns = vocab.later_deaths
    return ((any(w in vocab.toll_update_verbs for w in clause) and "to" in clause)
            or (any(w in verbs for w in clause) and any(w in nouns for w in clause)))


# "Rescuers pulled more bodies from the rubble on Tuesday, raising the death toll from Monday's bombing to 100": the
# date dates the count the clause after it raises, not the attack
_RAISING_THE_TOLL = re.compile(r",?\s*(?:raising|bringing|pushing|taking|lifting)\s+(?:the\s+)?(?:overall\s+)?"
                               r"(?:death\s+)?toll\b", re.IGNORECASE)


# "Kenyan security forces on Wednesday ended a siege at a hotel complex after gunmen stormed it", "... on Saturday
# morning, ending a three-day siege": the date dates the end, not the attack
_ENDED = re.compile(r",?\s*(?:ended|ending|lifted|which\s+ended)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:siege|standoff|"
                    r"stand-off|hostage\s+crisis)\b", re.IGNORECASE)


_IN_SENTENCE = r"(?:[^.;]|\.(?=\S))"                 # "the U.S.-led invasion": a dot inside a word ends nothing
_COMPARISON = re.compile(rf"\b(?:\w+est|first|worst)\b{_IN_SENTENCE}{{0,80}}\bsince\b{_IN_SENTENCE}{{0,60}}$",
                         re.IGNORECASE)


def _in_comparison(text: str, start: int) -> bool:
    """The date closes a record ("the deadliest single bombing in the capital since the invasion of 2003"): it dates
    no event and anchors no later "a week after"."""
    return bool(_COMPARISON.search(text[max(0, start - 150):start]))


def _after_report_verb(text: str, start: int) -> bool:
    """"officials said on Saturday", "the group claimed responsibility on Saturday", "the Islamic State claimed the
    attack on Monday": the date dates a statement."""
    if _CLAIMED_THE.search(text[max(0, start - 80):start]):
        return True
    words = [w.lower().strip(",") for w in text[max(0, start - 40):start].split()]
    vocab = vocabulary()
    if words and words[-1] in vocab.report_objects:
        words = words[:-1]
    return bool(words) and words[-1] in vocab.report_verbs


# "claimed the attack on Monday", "claimed the attack through its Amaq agency on Tuesday": the claim's object, then
# at most a channel (no verb, and no full stop: "claimed the bombings. Later that month" dates the month's act)
_CLAIMED_THE = re.compile(r"(?i:(?:^|\s)claim(?:ed|s)?,?\s+(?:the|this|that|both|these),?\s+[a-z]+),?"
                          r"(?:\s+(?:in|through|via|on)\s+(?:a|an|its|their|the)\s+[A-Za-z' -]{1,30}?)?\s*$")


# "claimed responsibility on Saturday", "claimed credit on": the verb of claiming right before the date
_CLAIMED_ON = re.compile(r"\bclaim(?:ed|s)?(?:\s+(?:full\s+)?responsibility|\s+credit)?\s*$", re.IGNORECASE)


# "in April a court ruled that the attack was a crime against humanity": the date of a court's act
_COURT_AFTER = re.compile(r"\s*,?\s+(?:an?|the)\s+(?:[a-z]+\s+)?(?:court|judge|jury|tribunal)\s+(?:ruled|found|convicted|"
                          r"sentenced|acquitted|indicted)\b", re.IGNORECASE)


def _before_report_verb(text: str, end: int) -> bool:
    """"The ELN on Monday claimed responsibility for last week's car bombing", "the army on Sunday said": a date
    between the speaker and the verb of telling dates the statement; so does one before a court's ruling."""
    words = text[end:end + 30].split()
    return bool(words) and words[0].lower().strip(",") in vocabulary().report_verbs or bool(
        _COURT_AFTER.match(text, end))


def _same_words(a: str, b: str) -> bool:
    """Two texts of one date expression as found by the model and by our grammar ("July last year", "In July"),
    unless one opens a range and the other does not ("January" is not "since January") or they point in opposite
    directions (a recalled event's "a week before" is not the text's "a week after")."""
    a, b = " ".join(a.lower().split()), " ".join(b.lower().split())
    openers = tuple(f"{w} " for w in vocabulary().range_openers)
    return a.startswith(openers) == b.startswith(openers) and _direction(a) == _direction(b)


def _direction(text: str) -> int:
    return points_back(text) - bool(set(text.split()) & {"after", "later", "afterwards"})
