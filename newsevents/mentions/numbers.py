"""Numbers and counts read with our own lexicon (patterns/numbers.json): "133", "twenty-one", "a dozen",
"at least 43", "between 20 and 30", "dozens", "10 million", "1.5 billion". Pure Python and regular
expressions, compiled once. A figure of more than MAX_DIGITS digits is no number we read (None): it
could not be stored, and Python refuses to convert strings of thousands of digits.
"""
from __future__ import annotations

import json
import re
from fractions import Fraction
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

from ..core.enums import Qualifier
from ..core.records import Count

MAX_DIGITS = 18                      # 10**18 still fits a signed 64-bit integer column
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"


@lru_cache(maxsize=None)
def _load(name: str) -> dict[str, Any]:
    data = json.loads(resources.files(__package__).joinpath("patterns", name).read_text("utf-8"))
    if data.get("version") != 1:
        raise ValueError(f"{name}: unsupported version {data.get('version')!r}")
    return data


def _alt(phrases: Iterable[str]) -> str:
    """Regex alternation of phrases, longest first, any whitespace between words."""
    uniq = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in uniq)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


@lru_cache(maxsize=None)
def _num() -> dict[str, Any]:
    d = _load("numbers.json")
    words = {**d["units"], **d["teens"], **d["tens"]}
    w, s = _alt(words), _alt(d["scales"])
    big = [x for x, v in d["scales"].items() if v >= 100]
    after_scale = "|".join(f"(?<={x})" for x in big)
    wordnum = rf"(?:{w})\b(?:(?:[\s-]+|(?:{after_scale})\s+and\s+)(?:{w}|{s})\b)*"
    multi = [p for p in d["fixed"] if len(p.split()) > 1]
    single = [p for p in d["fixed"] if len(p.split()) == 1 and p not in ("a", "an")]
    a_one = rf"an?(?!\s+(?:{_alt(d['a_blockers'])})\b)"
    digits = rf"(?<![\d,/:])(?<!\d\.)(?:{_DIGITS})(?![\d]|[.,:/]\d)"
    scaled = rf"(?<![\d,/:])(?<!\d\.)(?:{_DIGITS})(?:\.\d+)?\s+(?:{_alt(big)})\b"     # "10 million", "1.5 billion"
    num = (rf"(?:(?:{_alt(d['vague'])})(?:\s+of)?|(?:{_alt(multi)})|{scaled}|{digits}|{wordnum}"
           rf"|(?:{_alt(single)})|{a_one})")
    qual = _alt(d["qualifiers"])
    add = _alt(d["additive_prefixes"])
    block = _alt(u for u in d["unit_blockers"] if u != "%")
    count = (rf"(?:(?:{add})\s+)?(?:(?:{qual})\s+)?(?:between\s+{num}\s+and\s+{num}"
             rf"|{num}(?:\s*[-–—]\s*{num}|\s+(?:to|or)\s+{num})?)"
             rf"(?![\w-])(?!\s*%)(?![-\s]*(?:{block})(?![\w]))")
    return {"d": d, "words": words, "num": num, "count": count,
            "scaled_re": re.compile(rf"({_DIGITS})(\.\d+)?\s+({_alt(big)})", re.I),
            "scale_end_re": re.compile(rf"\s({_alt(big)})$", re.I),
            "num_re": re.compile(num, re.I),
            "range_re": re.compile(rf"({num})\s*(?:[-–—]|\s+to\s+|\s+or\s+)\s*({num})", re.I),
            "between_re": re.compile(rf"between\s+({num})\s+and\s+({num})", re.I),
            "month_before": re.compile(rf"(?:\b(?:{_alt(d['months'])})\.?\s*)$", re.I)}


def _digits_value(whole: str, fraction: str = "", scale: int = 1) -> int | None:
    """The value of written digits ("1,200", "1" ".5" times a million); None past MAX_DIGITS digits."""
    whole = whole.replace(",", "").lstrip("0") or "0"
    if len(whole) + len(str(scale)) - 1 > MAX_DIGITS:
        return None
    return int(Fraction(whole + (fraction or "")[:MAX_DIGITS]) * scale)


def parse_number(text: str) -> int | None:
    """The value of one number: "133", "1,200", "twenty-one", "two hundred", "a dozen", "a"/"an" -> 1,
    "10 million", "1.5 billion".

    Vague plurals ("dozens", "hundreds") and unquantified words ("several") give None, and so does a
    figure of more than MAX_DIGITS digits.
    """
    nx = _num()
    d = nx["d"]
    t = _norm(text).rstrip(".")
    if re.fullmatch(_DIGITS, t):
        return _digits_value(t)
    if m := nx["scaled_re"].fullmatch(t):
        return _digits_value(m.group(1), m.group(2), d["scales"][m.group(3).lower()])
    if t in d["fixed"]:
        return int(d["fixed"][t])
    words, scales = _num()["words"], d["scales"]
    total = current = 0
    seen = False
    for tok in re.split(r"[\s-]+", t):
        if tok == "and" and seen:
            continue
        if tok in words:
            current += words[tok]
        elif tok in scales and seen:
            v = scales[tok]
            if v >= 1000:
                total += max(current, 1) * v
                current = 0
            else:
                current = max(current, 1) * v
        else:
            return None
        seen = True
    value = total + current
    return value if seen and value < 10 ** MAX_DIGITS else None


def parse_count(text: str) -> Count | None:
    """A figure with its qualifier: "at least 133" -> Count(133, AT_LEAST); "20-30" -> Count(20, RANGE, 30).

    Conventions for vague figures are documented in patterns/numbers.json ("conventions").
    """
    nx = _num()
    d = nx["d"]
    surface = text.strip()
    t = _norm(surface).rstrip(".,;:")
    for p in sorted(d["additive_prefixes"], key=len, reverse=True):
        if t.startswith(p + " "):
            t = t[len(p) + 1:]
            break
    qualifier: Qualifier | None = None
    for q in sorted(d["qualifiers"], key=len, reverse=True):
        if t.startswith(q + " "):
            qualifier, t = Qualifier(d["qualifiers"][q]), t[len(q) + 1:]
            break
    pair = nx["between_re"].fullmatch(t)
    if pair is None and parse_number(t) is None:
        pair = nx["range_re"].fullmatch(t)
    if pair:
        lo, hi = parse_number(pair.group(1)), parse_number(pair.group(2))
        scale = nx["scale_end_re"].search(pair.group(2))
        lead = parse_number(pair.group(2)[:scale.start()]) if scale else None
        if lo is not None and lead is not None and lo <= lead and not nx["scale_end_re"].search(pair.group(1)):
            lo *= d["scales"][scale.group(1).lower()]          # "20 to 30 million": both in millions
        if lo is None or hi is None or hi < lo:
            return None
        return Count(lo, Qualifier.RANGE, hi, surface)
    bare = re.sub(r"\s+of$", "", t)
    if bare in d["vague"]:
        v = d["vague"][bare]
        return Count(int(v["count"]), qualifier or Qualifier(v["qualifier"]), None, surface)
    value = parse_number(t)
    if value is None:
        return None
    if qualifier is None:
        approx = any(s in t.split() or s in re.split(r"[\s-]+", t) for s in d["approx_scales"])
        qualifier = Qualifier.APPROX if approx else Qualifier.EXACT
    return Count(value, qualifier, None, surface)
