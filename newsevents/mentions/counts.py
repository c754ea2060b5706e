"""Casualty figures read from sentence text with our own lexicons (numbers themselves: numbers.py).

Pure Python and regular expressions (no spaCy): this runs on every candidate sentence. The vocabulary
lives in ``patterns/numbers.json`` (number words, qualifiers and the conventions for vague figures such
as "dozens") and ``patterns/casualties.json`` (kill / injure / kidnap verbs, zero phrases, subset
markers, ACLED coder notes). Both are loaded once, lazily, and compiled once.

``find_casualties`` returns every figure it can read; ``total`` (tolls.py) picks the one figure for an event.

A figure above MAX_CASUALTIES ("a billion people were killed", "9999999999 dead") is no casualty
count: no attack or battle a news article codes kills or wounds more than ten million people, so such
a figure is hyperbole, a misread number or hostile input, and the event keeps no toll from it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..core.enums import Qualifier
from ..core.records import Count
from .numbers import _alt, _load, _norm, _num, parse_count, parse_number  # noqa: F401  (re-exported)
from .tolls import SHARE, Casualty, total  # noqa: F401  (re-exported: callers read figures and tolls here)

KINDS = ("killed", "injured", "kidnapped")
MAX_CASUALTIES = 10_000_000
# a word, with inner dots ("U.S") and an abbreviation's last dot ("one U.S. soldier and two contractors")
_WORD = r"(?:[^\W\d_]|\d+-(?=[^\W\d_]))(?:[\w'’-]|\.(?=[^\W\d_])|(?<=\.[A-Z])\.(?=\s))*"
_END = r"(?![\w'’-])"


# ----------------------------------------------------------------------------- casualties

@lru_cache(maxsize=None)
def _cas() -> dict[str, Any]:
    c, nx = _load("casualties.json"), _num()
    count, i = nx["count"], re.I
    by = {part: {v: k for k, kd in c["kinds"].items() for v in kd.get(part, [])}
          for part in ("active", "passive", "result", "nouns", "nominal")}
    verbs = [p.split()[0] for part in ("active", "passive", "result") for p in by[part]]
    stop = [*c["np_stop"], *c["clause_verbs"], *verbs, *c["modifiers"], *nx["words"]]
    stop_of = _alt(w for w in stop if w not in c["np_subject_extra"])
    # an all-capitals name before a lower-case word ("3 IS militants") is no stop word, even when it spells one
    word = rf"(?:(?-i:[A-Z]{{2,}})(?=\s+(?-i:[a-z]))|(?!(?:{_alt(stop)}){_END}){_WORD})"
    # "four Communist Party of India-Maoist (CPI-Maoist) cadres": words may follow a bracketed acronym
    np_of = (rf"(?:\s+(?:of|from)(?:\s+(?!(?:{stop_of}){_END}){_WORD}){{1,6}})?"
             rf"(?:\s*\([^()]{{0,80}}\)(?:\s+{word}){{0,3}})?")
    det = _alt(c["determiners_one"])
    name = (rf"(?-i:(?!(?:{'|'.join(c['weekday_month'])})\b)[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|"
            rf"bin|ibn|de|del|da|dos|van|von)){{0,5}})(?=\s*[,.;()]|\s+(?:and|in|on|at|near|while|as|after|"
            rf"before|during|with|by|from|inside|outside|who|when)\b|\s*$)")
    group = rf"(?:an?|{det})\s+(?:{_alt(c['group_nouns'])})\s+of\s+(?P<grp>{count})(?P<np2>(?:\s+{word}){{0,5}}{np_of})"
    item = (rf"(?:{group}|(?P<det>(?:{det})\s+)?(?P<count>{count})(?P<np>(?:\s+{word}){{0,5}}{np_of})"
            rf"|(?:{det})(?P<np1>(?:\s+{word}){{1,6}}{np_of})"
            rf"|(?P<pron>him|her|himself|herself|them){_END}|(?P<name>{name}))")
    sep = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s*,?\s+along\s+with\s+)"
    plain = re.sub(r"\(\?P<\w+>", "(?:", item)
    # between the victims and a passive verb: a relative clause, an appositive, or a place ("outside the car")
    skip = (rf"\s+(?:including|who|which|whom)\s[^.;()]{{1,150}}?|\s*,[^,.;()]{{1,60}},"
            rf"|\s+(?-i:{_alt(c['place_skip'])})\s(?!(?:which|whom|whose)\b)(?:(?!\band\b)[^.;,()]){{1,40}}?")
    sep_app = rf"\s*,(?:(?!\b(?:{_alt(c['aux'])}|{_alt(verbs)})\b)[^,.;()]){{1,70}},\s*and\s+"
    lst = rf"(?P<subj>{plain}(?:(?:{sep}|{sep_app}){plain})*)"
    mods = rf"(?:(?:{_alt(c['modifiers'])})\s+)*(?:(?:{_alt(c['passive_prefix_verbs'])})\s+and\s+)?"
    aux = _alt(c["aux"])
    zwords = {w: k for k, ws in c["zero_words"].items() for w in ws}
    return {
        "c": c, "by": by, "zwords": zwords,
        "item": re.compile(item, i), "sep": re.compile(sep, i), "sep_app": re.compile(sep_app, i),
        "A": re.compile(rf"(?<![\w-])(?P<verb>{_alt(by['active'])})\s+{lst}", i),
        "D": re.compile(rf"(?<![\w-])(?P<verb>{_alt(c['to_death_verbs'])})\s+{lst}\s+to\s+death{_END}", i),
        "B": re.compile(rf"(?<![\w'’-]){lst}(?P<skip>{skip})?\s+(?:(?P<aux>{aux})\s+)?{mods}"
                        rf"(?P<verb>{_alt(by['passive'])}){_END}", i),
        "C": re.compile(rf"(?<![\w-])(?:{_alt(c['left_verbs'])})\s+{lst}\s*,?\s+(?P<verb>{_alt(by['result'])}){_END}", i),
        "M": re.compile(rf"(?<![\w-])(?P<verb>{_alt(by['nominal'])})\s+of\s+{lst}", i),
        "N": re.compile(rf"(?<![\w'’-])(?P<count>{count})\s+(?:(?:confirmed|reported|more|other|civilian|"
                        rf"additional|further|dead)\s+)?(?P<verb>{_alt(by['nouns'])}){_END}", i),
        "T": re.compile(rf"(?<![\w-])(?:{_alt(c['toll_words'])})\b[^.;\d]{{0,40}}?(?<![\w-])"
                        rf"(?:{_alt(c['toll_verbs'])})\s+(?P<count>{count})", i),
        "TU": re.compile(rf"(?<![\w-])(?:{_alt(c['toll_update_words'])})\b[^.;\d]{{0,100}}?(?<![\w-])"
                         rf"(?:{_alt(c['toll_update_verbs'])})\s+(?P<count>{count})", i),
        "L1": re.compile(rf"(?<![\w-])(?:{_alt(c['lives_verbs'])})\s+(?:the\s+)?lives\s+of\s+(?P<count>{count})", i),
        "L2": re.compile(rf"(?<![\w-])(?:{_alt(c['lives_verbs'])})\s+(?P<count>{count})(?:\s+{_WORD})??\s+lives{_END}", i),
        "body": re.compile(rf"(?<![\w-])(?:(?:{_alt(c['body_words'])})\s+of\s+(?:a|an|one)\s|(?:his|her)\s+"
                           rf"(?:[\w-]+\s+)?(?:{_alt(c['body_words'])})\s+(?:was|is|has\s+been|had\s+been)\s)", i),
        "bodies": re.compile(rf"(?<![\w-])(?:{_alt(c['bodies_words'])})\s+of\s+(?:the\s+)?(?P<count>{count})", i),
        "passive_verb": re.compile(rf"(?<![\w-])(?:{_alt(by['passive'])}){_END}", i),
        "G": re.compile(rf"(?<![\w-])(?:was|has\s+been|had\s+been|is|got|gets)\s+{mods}(?P<verb>{_alt(by['passive'])}){_END}", i),
        "G2": re.compile(rf"(?<![\w-])(?:was|has\s+been|had\s+been)\s+{mods}(?:{_alt(c['passive_prefix_verbs'])})"
                         rf"\s[^.;]{{0,60}}?\s(?P<tail>and\s+(?:(?:then|later|subsequently|eventually|finally)\s+)?"
                         rf"{mods}(?P<verb>{_alt(p for p in by['passive'] if p.split()[0] not in c['singular_died'])}))"
                         rf"{_END}", i),
        "died": re.compile(rf"(?<![\w-])(?:{_alt(c['singular_died'])}){_END}", i),
        "plural_before": re.compile(rf"\b(?:{_alt(c['plural_before_died'])})\s+(?:\w+\s+)?$", i),
        "Z": re.compile(rf"(?<![\w-])(?:{_alt(c['zero_heads'])})(?:\s+(?:{_alt(c['zero_fillers'])}))*?"
                        rf"\s+(?P<verb>{_alt(zwords)}){_END}", i),
        "Zmore": re.compile(rf"\s*(?:,|or|and|and/or|nor)\s+(?:(?:{_alt(c['zero_fillers'])})\s+)?"
                            rf"(?P<verb>{_alt(zwords)}){_END}", i),
        # "13 killed at a wedding", but not "an affiliate killed at least 200 people": that "at" opens a count
        "headline_end": re.compile(rf"\s*(?:[,.;:!?)\]–—-]|$|(?!at\s+(?:least|most)\b)"
                                   rf"(?:{_alt(c['headline_followers'])}){_END})", i),
        "coded": [(re.compile(n["pattern"], i), bool(n.get("share"))) for n in c["coder_notes"]],
        "share": [(re.compile(n["pattern"], i), re.compile(n.get("needs", ""), i),
                   re.compile(n.get("unless", r"(?!)"), i), bool(n.get("round_up"))) for n in c["share_notes"]],
        "subset": re.compile(rf"(?:\b(?:{_alt(c['subset_before'])})\s*:?\s*)$", i),
        "irrealis": re.compile(rf"\b(?:{_alt(c['irrealis_before'])})\s+$", i),
        "motive": re.compile(rf"\b(?:{_alt(c['motive_before'])})\s+(?:the\s+|an?\s+)?$", i),
        "blocked": re.compile(rf"(?:\b(?:{_alt(c['blocked_before'])})\s+)$", i),
        "additive": re.compile(rf"\b(?:{_alt(c['additive_words'])})\b", i),
        "also": re.compile(r"\balso\b", i),
        "clause_after": re.compile(rf"\s+(?:{aux}|{_alt(by['passive'])}|{_alt(c['clause_verbs'])}){_END}", i),
        "after_preposition": re.compile(r"\b(?:in|on|at|of|from|by|with|to|for|near|during|after|into)\s+$", i),
        "another": re.compile(r"\banother\b", i),
        "he_before": re.compile(r"\b(?:he|she)\s+$", i),
        "stopped_by": re.compile(rf"\s+by\s+(?:the\s+)?(?:{_alt(c['stopped_by'])}){_END}", i),
        "antecedent": re.compile(rf"(?<![\w'’-])(?P<count>{count})(?:\s+{word}){{1,5}}", i),
        "suicide": re.compile(rf"(?<![\w-])(?:(?P<count>{count})\s+)?(?:{_alt(c['suicide_attackers'])}){_END}", i),
        "suicide_not": re.compile(rf"\b(?:{_alt(c['suicide_not_dead'])})\b", i),
        "bomber": re.compile(r"\bbombers?\b", i),
        "bomber_dead": re.compile(rf"\bbombers?\s+(?:(?:{aux})\s+)?{mods}(?:{_alt(by['passive'])}){_END}", i),
    }


def _plausible_count(text: str, start: int, count_text: str) -> bool:
    """Reject years and day numbers in dates ("2011", "27 April" / "April 27")."""
    t = count_text.strip()
    if re.fullmatch(r"\d{4}", t) and 1900 <= int(t) <= 2100:
        return False
    return not (t[:1].isdigit() and _num()["month_before"].search(text, max(0, start - 12), start))


def _singular(np: str) -> bool:
    words = re.sub(r"\s+of\s.*|\(.*", "", np).split()
    if not words:
        return False
    last = words[-1].lower().strip("'’")
    if last in _cas()["c"]["collective_nouns"] or words[0].lower() in _num()["words"]:
        return False
    if last in _cas()["c"]["time_nouns"]:
        return False                                  # "those killed the day before": when, not whom
    return not last.endswith("s") or last.endswith(("ss", "us", "is"))


def _antecedent(text: str, before: int) -> int | None:
    """The figure a 'them' points back to: the last counted plural noun earlier in the sentence, else in the
    sentence before ("abducted 9 soldiers. They later killed them")."""
    end = before
    for _ in range(2):
        start = max(text.rfind(".", 0, end - 1), text.rfind(";", 0, end - 1)) + 1
        best = None
        for m in _cas()["antecedent"].finditer(text, start, end):
            c = parse_count(m.group("count")) if _plausible_count(text, m.start(), m.group("count")) else None
            if c is not None and c.count >= 2:
                best = c.count
        if best is not None or start == 0:
            return best
        end = start
    return None


def _item_value(text: str, m: re.Match[str], start: int) -> tuple[Count | None, str | None]:
    g = m.groupdict()
    if g["grp"] is not None:                          # "a family of three": the figure is the group's size
        return parse_count(g["grp"]), g["np2"]
    if g["count"] is not None:
        ok = _plausible_count(text, m.start("count"), g["count"])
        return (parse_count(g["count"]) if ok else None), g["np"]
    if g["np1"] is not None:
        return (Count(1, Qualifier.EXACT, None, m.group(0)) if _singular(g["np1"]) else None), g["np1"]
    if g["pron"] is not None:
        k = 1 if g["pron"].lower() != "them" else _antecedent(text, start)
        return (Count(k, Qualifier.EXACT, None, g["pron"]) if k else None), None
    return (None if text.isupper() else Count(1, Qualifier.EXACT, None, g["name"])), g["name"]


def _joined(sep: str) -> bool:
    return bool(re.search(r"\b(?:and|as well as|along with)\b", sep, re.I))


def _items(text: str, start: int, end: int, subject: bool) -> tuple[Count, str | None, int] | None:
    """Add up a list of victims ("a conscript and a civilian worker", "X, his daughter and his driver").

    A singular item after a bare comma is an appositive of the one before ("X, a police officer,").
    As a subject (before "were killed") a list must end in "and ..." and start with a figure unless
    it holds two or more people.
    """
    cx = _cas()
    pos, seps, items = start, [""], []
    while (m := cx["item"].match(text, pos, end)) is not None:
        items.append(m)
        s = next((s for rx in (cx["sep"], cx["sep_app"]) if (s := rx.match(text, m.end(), end))
                  and cx["item"].match(text, s.end(), end)), None)
        if s is None:
            break
        seps.append(s.group(0))
        pos = s.end()
    if not subject and len(items) > 1 and cx["clause_after"].match(text, items[-1].end()):
        items = items[:-1]                      # "killing the chief, and seven others were injured"
    if not items or (subject and len(items) > 1 and (
            not _joined(seps[len(items) - 1]) or (len(items) == 2 and "," in seps[1])
            or cx["after_preposition"].search(text, max(0, start - 12), start))):
        return None
    if subject and len(items) == 1 and items[0].group("count") is None and items[0].group("grp") is None:
        return None
    read = [_item_value(text, m, start) for m in items]
    values = [n for n, _noun in read]
    if (len(items) >= 3 and not _joined(seps[1]) and None not in values and items[0].group("count")
            and re.match(r"an?\s", items[1].group(0), re.I)
            and sum(v.count for v in values[1:]) == values[0].count):
        # "three Americans, a soldier and two contractors": an appositive list after a figure breaks it down
        return values[0], (read[0][1] or "").strip() or None, items[-1].end()
    total_n, nouns, first, last = 0, [], None, start
    for i, m in enumerate(items):
        n, noun = _item_value(text, m, start)
        if i and re.match(r"\s*of\s+(?:them|whom|which|those)\b", noun or "", re.I):
            break
        # "X, a police officer," restates X; "One officer, one soldier, and three assailants" counts each
        single_ref = m.group("name") or re.match(r"(?:an?|the|one\s+of)\s", m.group(0), re.I)
        numbered = (subject and bool(m.group("count") and items[0].group("count") and (m.group("np") or "").strip())
                    and not re.match(r"an?\s", m.group(0), re.I))
        if i and not _joined(seps[i]) and (single_ref or n is None or (n.count == 1 and not numbered)):
            continue
        if n is None:
            if i == 0:
                return None
            continue
        first, last = first or n, m.end()
        total_n += n.count
        nouns.append((noun or "").strip())
    if first is None:
        return None
    noun = ", ".join(x for x in nouns if x) or None
    if len(nouns) == 1:
        return first, noun, last
    return Count(total_n, Qualifier.EXACT, None, text[items[0].start():last]), noun, last


def _scan(rx: re.Pattern[str], text: str, keep: Any, start: int = 0,
          end: int | None = None) -> list[tuple[re.Match[str], Any]]:
    """Matches of rx for which keep(m) gives a value; every match is retried one character on, since
    a reading may stop short of the match (overlaps are settled by `_resolve`)."""
    out, pos, end = [], start, len(text) if end is None else end
    while (m := rx.search(text, pos, end)) is not None:
        value = keep(m)
        if value is not None:
            out.append((m, value))
        pos = m.start() + 1
    return out


def _scan_before(rx: re.Pattern[str], anchor: re.Pattern[str], text: str, keep: Any,
                 reach: int = 300) -> list[tuple[re.Match[str], Any]]:
    """Like `_scan` for a pattern that ends at `anchor`: only the text before each anchor is searched."""
    seen, out = set(), []
    for a in anchor.finditer(text):
        for m, value in _scan(rx, text, lambda m: keep(m) if m.end() == a.end() else None,
                              max(0, a.start() - reach), a.end()):
            if m.span() not in seen:
                seen.add(m.span())
                out.append((m, value))
    return out


def toll_is_shared(text: str) -> bool:
    """The note gives its toll as each event's share of several ("Fatalities split across 4 events (1)",
    "coded as 10 and split between 3 locations")."""
    cx = _cas()
    return any(share and rx.search(text) for rx, share in cx["coded"]) or any(
        rx.search(text) for rx, *_ in cx["share"])


def find_casualties(text: str) -> list[Casualty]:
    """Every killed / injured / kidnapped figure in `text`, in text order (case-insensitive)."""
    cx, by = _cas(), _cas()["by"]
    found: list[tuple[int, Casualty]] = []          # (priority, casualty); lower priority wins overlaps

    def add(prio: int, kind: str, count: Count | None, start: int, end: int, noun: str | None = None,
            additive: bool = False, coded: bool = False, skip: tuple[int, int] | None = None,
            implied: bool = False) -> None:
        """`skip`: a clause or phrase inside the figure's phrase, whose "also" is not the figure's."""
        if count is None or max(count.count, count.max or 0) > MAX_CASUALTIES:
            return
        subset = bool(cx["subset"].search(text, max(0, start - 40), start))
        # "also" adds another victim, but "also hacked him to death" tells more of the same one
        gaps = [(max(0, start - 12), skip[0]), (skip[1], end)] if skip else [(max(0, start - 12), end)]
        also = (count.text or "").lower() not in cx["c"]["pronouns_one"] and any(
            cx["also"].search(text, a, b) for a, b in gaps)
        additive = (additive or bool(cx["additive"].search(count.text or ""))
                    or bool(noun and cx["additive"].match(noun.split()[0])) or also)
        found.append((prio, Casualty(kind, count, start, end, (noun or "").strip() or None,
                                     subset, additive, coded, implied=implied)))

    shared: list[tuple[int, int]] = []              # notes that already give this event's share
    for rx, share in cx["coded"]:
        for m in rx.finditer(text):
            n = parse_number(m.group("count"))
            parts = parse_number(m.group("parts")) if "parts" in rx.groupindex else 1
            if "plus" in rx.groupindex and m.group("plus"):
                n = None if n is None else n + int(m.group("plus"))
            if n is not None and parts:
                add(0, "killed", Count(n // parts, Qualifier.EXACT, None, m.group("count")), m.start(), m.end(),
                    coded=True)
                if share:
                    shared.append(m.span())
    for rx, needs, unless, up in cx["share"]:
        for m in rx.finditer(text):
            parts = parse_number(m.group("parts"))
            if (parts and parts > 1 and not any(a < m.end() and m.start() < b for a, b in shared)
                    and needs.search(text) and not unless.search(text)):
                found.append((0, Casualty(SHARE, Count(parts, Qualifier.EXACT, None, m.group("parts")),
                                          m.start(), m.end(), round_up=up)))
    for m in cx["Z"].finditer(text):
        kinds, end = {cx["zwords"][_norm(m.group("verb"))]}, m.end()
        while (more := cx["Zmore"].match(text, end)) is not None:
            kinds.add(cx["zwords"][_norm(more.group("verb"))])
            end = more.end()
        for kind in sorted({"killed", "injured"} if "both" in kinds else kinds):
            add(1, kind, Count(0, Qualifier.EXACT, None, text[m.start():end]), m.start(), end)

    def listed(subject: bool):
        def keep(m: re.Match[str]) -> Any:
            if cx["irrealis"].search(text, max(0, m.start() - 20), m.start()):
                return None                      # "threatened to kill", "would kill"
            if m.re is cx["M"] and cx["motive"].search(text, max(0, m.start() - 40), m.start()):
                return None                      # "in retaliation for the killing of 3 members": an earlier toll
            return _items(text, m.start("subj"), m.end("subj"), subject)
        return keep

    for key, table in (("A", by["active"]), ("D", None), ("C", by["result"]), ("M", by["nominal"])):
        for m, (count, noun, last) in _scan(cx[key], text, listed(False)):
            kind = table[_norm(m.group("verb"))] if table else "killed"
            add(2, kind, count, m.start(), last if key in "AM" else m.end(), noun)

    def passive(m: re.Match[str]) -> Any:
        intransitive = _norm(m.group("verb")) in cx["c"]["singular_died"]     # "21 people died before dawn"
        if m.group("aux") is None and (m.group("skip") or not (intransitive or cx["headline_end"].match(text, m.end()))):
            return None                          # "13 killed in ..." yes, "two gunmen killed Ali" no
        if cx["blocked"].search(text, max(0, m.start() - 15), m.start()):
            return None
        if (m.group("aux") or "").lower() in ("has", "have", "had") and not intransitive:
            return None                          # "the conflict in two regions has killed 3,000": the doer, active
        return _items(text, m.start("subj"), m.end("subj"), True)

    for m, (count, noun, _) in _scan_before(cx["B"], cx["passive_verb"], text, passive):
        add(2, by["passive"][_norm(m.group("verb"))], count, m.start(), m.end(), noun,
            skip=m.span("skip") if m.group("skip") else None)
    for key, table in (("N", by["nouns"]), ("T", None), ("TU", None), ("L1", None), ("L2", None)):
        for m in cx[key].finditer(text):
            # "the fatalities were part of a crime group": a bare article after a toll word is no figure
            ok = (_plausible_count(text, m.start("count"), m.group("count"))
                  and not (key in ("T", "TU") and m.group("count").lower() in ("a", "an")))
            add(2, table[_norm(m.group("verb"))] if table else "killed",
                parse_count(m.group("count")) if ok else None, m.start(), m.end())
    one = lambda m: Count(1, Qualifier.EXACT, None, m.group(0))  # noqa: E731
    for m in cx["body"].finditer(text):
        add(3, "killed", one(m), m.start(), m.end())
    for m in cx["bodies"].finditer(text):
        add(3, "killed", parse_count(m.group("count")), m.start(), m.end())
    for m in cx["G"].finditer(text):
        if not cx["blocked"].search(text, max(0, m.start() - 15), m.start()):
            clause = re.split(r"[.;!?]", text[max(0, m.start() - 80):m.start()])[-1]
            # "wounded dozens before he was shot dead by police officers": the attacker's own end
            stopped = bool(cx["he_before"].search(text, max(0, m.start() - 8), m.start())
                           and cx["stopped_by"].match(text, m.end()))
            add(4, by["passive"][_norm(m.group("verb"))], one(m), m.start(), m.end(),
                additive=bool(cx["another"].search(clause)), implied=stopped)
    for m in cx["G2"].finditer(text):                # "was abducted by four men and stabbed to death": one victim
        if not cx["blocked"].search(text, max(0, m.start() - 15), m.start()):
            add(4, by["passive"][_norm(m.group("verb"))], Count(1, Qualifier.EXACT, None, m.group("tail")),
                m.start("tail"), m.end())
    for m in cx["died"].finditer(text):
        before = text[max(0, m.start() - 30):m.start()]
        if not cx["plural_before"].search(before) and not cx["blocked"].search(before):
            add(4, "killed", one(m), m.start(), m.end())
    kept = _resolve(found)
    return sorted(kept + _suicide_attackers(text, kept), key=lambda c: (c.start, c.end))


def _suicide_attackers(text: str, found: list[Casualty]) -> list[Casualty]:
    """A suicide attack kills its attacker(s): one implied death per suicide bomber the text names."""
    cx = _cas()
    if any((c.count.text or "").lower() in ("himself", "herself", "themselves")
           or cx["bomber"].search(c.noun or "") for c in found) or cx["bomber_dead"].search(text):
        return []
    out = []
    for m in cx["suicide"].finditer(text):
        sentence = text[text.rfind(".", 0, m.start()) + 1:(text.find(".", m.end()) + 1 or len(text))]
        if cx["suicide_not"].search(sentence):
            continue
        n = parse_count(m.group("count")) if m.group("count") else None
        out.append(Casualty("killed", Count(n.count if n else 1, Qualifier.EXACT, None, m.group(0)),
                            m.start(), m.end(), None, additive=True, implied=True))
        break
    return out


def _resolve(found: list[tuple[int, Casualty]]) -> list[Casualty]:
    """Keep the best of overlapping readings: lower priority first, then the longer span."""
    kept: list[Casualty] = []
    for _, c in sorted(found, key=lambda pc: (pc[0], -(pc[1].end - pc[1].start), pc[1].start)):
        if c.coded or all(c.end <= k.start or c.start >= k.end or k.coded
                          or ((k.start, k.end) == (c.start, c.end) and k.kind != c.kind) for k in kept):
            kept.append(c)
    return kept
