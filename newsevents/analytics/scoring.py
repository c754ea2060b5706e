"""Field-by-field verdicts of one predicted Event against one gold event coded by a human dataset.

The rules follow the project's independent scorer (shared/tools/score.py) so the two agree: the
gold datasets' own labels (ACLED, GTD, MUC-4, KAIROS) map to sets of accepted event types, places
match within 25 km (or by name where the gold has no coordinates), actors by loose name similarity.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from ..core import Event

VIOLENT = frozenset({"armed_assault", "bombing", "assassination", "kidnapping", "arson", "facility_attack",
                     "remote_violence", "battle", "violence_against_civilians"})
SCORED_TYPES = VIOLENT | {"protest", "riot", "threat", "other"}
_ATTACKS = frozenset({"armed_assault", "assassination", "violence_against_civilians", "battle", "remote_violence"})
_AGAINST_CIVILIANS = frozenset({"violence_against_civilians", "armed_assault", "assassination", "kidnapping"})

# a dataset's label -> the event types that count as right; None: the label is not scored for type
LABEL_TYPES: dict[str, frozenset[str] | None] = {
    "Assassination": frozenset({"assassination"}),
    "Armed Assault": frozenset({"armed_assault", "violence_against_civilians"}),
    "Bombing/Explosion": frozenset({"bombing"}),
    "Hijacking": frozenset({"kidnapping", "other"}),
    "Hostage Taking (Barricade Incident)": frozenset({"kidnapping"}),
    "Hostage Taking (Kidnapping)": frozenset({"kidnapping"}),
    "Facility/Infrastructure Attack": frozenset({"facility_attack", "arson"}),
    "Unarmed Assault": frozenset({"violence_against_civilians", "armed_assault"}),
    "Unknown": None,
    "ATTACK": _ATTACKS,
    "BOMBING": frozenset({"bombing"}),
    "KIDNAPPING": frozenset({"kidnapping"}),
    "ARSON": frozenset({"arson", "facility_attack"}),
    "ROBBERY": frozenset({"other", "armed_assault"}),
    "FORCED WORK STOPPAGE": frozenset({"other", "threat"}),
    "ATTACK / BOMBING": _ATTACKS | {"bombing"},
    "BOMBING / ATTACK": _ATTACKS | {"bombing"},
    "Conflict.Attack.DetonateExplode": frozenset({"bombing"}),
    "Conflict.Attack.Unspecified": VIOLENT,
    "Battle-No change of territory": frozenset({"battle"}),
    "Battle-Government regains territory": frozenset({"battle"}),
    "Battle-Non-state actors overtake territory": frozenset({"battle"}),
    "Remote violence": frozenset({"remote_violence", "bombing"}),
    "Violence against civilians": _AGAINST_CIVILIANS,
    "Violence Against Civilians": _AGAINST_CIVILIANS,
    "Riots/Protests": frozenset({"protest", "riot"}),
    "Strategic development": None,
    "Strategic developments": None,
    "Non-violent transfer of territory": None,
    **{t: frozenset({t}) for t in SCORED_TYPES},      # gold written in the project's own vocabulary
}
# ACLED's sub-event type, when present, decides over its event type
ACLED_SUB_TYPES: dict[str, frozenset[str]] = {
    "Armed clash": frozenset({"battle", "armed_assault"}),
    "Government regains territory": frozenset({"battle"}),
    "Non-state actor overtakes territory": frozenset({"battle"}),
    "Air/drone strike": frozenset({"remote_violence"}),
    "Shelling/artillery/missile attack": frozenset({"remote_violence"}),
    "Remote explosive/landmine/IED": frozenset({"bombing"}),
    "Suicide bomb": frozenset({"bombing"}),
    "Grenade": frozenset({"bombing"}),
    "Chemical weapon": frozenset({"remote_violence", "other"}),
    "Attack": frozenset({"violence_against_civilians", "armed_assault", "assassination"}),
    "Abduction/forced disappearance": frozenset({"kidnapping"}),
    "Sexual violence": frozenset({"violence_against_civilians"}),
    "Peaceful protest": frozenset({"protest"}),
    "Protest with intervention": frozenset({"protest"}),
    "Excessive force against protesters": frozenset({"protest", "violence_against_civilians"}),
    "Violent demonstration": frozenset({"riot", "protest"}),
    "Mob violence": frozenset({"riot", "violence_against_civilians"}),
}
# country names pycountry does not find (or finds wrongly), normalised with `norm`
_COUNTRY_CODES = {"democratic republic of congo": "CD", "republic of congo": "CG", "ivory coast": "CI",
                  "russia": "RU", "iran": "IR", "syria": "SY", "laos": "LA", "vietnam": "VN",
                  "south korea": "KR", "north korea": "KP", "turkey": "TR", "kosovo": "XK",
                  "west bank and gaza strip": "PS", "palestine": "PS", "bolivia": "BO", "venezuela": "VE",
                  "tanzania": "TZ", "macedonia": "MK", "czech republic": "CZ", "east timor": "TL",
                  "swaziland": "SZ", "cape verde": "CV", "eswatini": "SZ"}
MUC_ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
_MUC_GOLD_KEYS = (("PerpOrg", "perp_org"), ("PerpInd", "perp_ind"), ("Target", "phys_tgt"),
                  ("Victim", "hum_tgt_name"), ("Weapon", "instrument"))


@dataclass(frozen=True)
class GoldEvent:
    label: str
    date: str | None = None
    country: str | None = None
    location: str | None = None
    lat: float | None = None
    lon: float | None = None
    perpetrators: tuple[str, ...] = ()
    fatalities: float | None = None
    injuries: float | None = None
    claimed: Any = None
    status: str | None = None
    extra: dict = field(default_factory=dict, hash=False, compare=False)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "GoldEvent":
        return cls(label=d.get("event_type") or "", date=d.get("date"), country=d.get("country"),
                   location=d.get("location"), lat=d.get("lat"), lon=d.get("lon"),
                   perpetrators=tuple(p for p in d.get("perpetrators") or [] if isinstance(p, str)),
                   fatalities=d.get("fatalities"), injuries=d.get("injuries"), claimed=d.get("claimed"),
                   status=d.get("status"), extra=d.get("extra") or {})


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def similar(a: str | None, b: str | None) -> bool:
    """Same name after normalising, one name inside the other as whole words, or nearly the same spelling."""
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    if a == b:
        return True
    if len(a) > 3 and len(b) > 3 and (f" {a} " in f" {b} " or f" {b} " in f" {a} "):
        return True
    return SequenceMatcher(None, a, b).ratio() >= 0.85


@lru_cache(maxsize=4096)
def country_code(name: str | None) -> str | None:
    """ISO 3166-1 alpha-2 code of a country name, or None."""
    if not name:
        return None
    code = _COUNTRY_CODES.get(norm(name))
    if code:
        return code
    try:
        import pycountry
        try:
            return pycountry.countries.lookup(name).alpha_2
        except LookupError:
            return pycountry.countries.search_fuzzy(name)[0].alpha_2
    except Exception:                                  # pycountry missing or nothing close
        return None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = math.pi / 180
    h = (math.sin((lat2 - lat1) * r / 2) ** 2
         + math.cos(lat1 * r) * math.cos(lat2 * r) * math.sin((lon2 - lon1) * r / 2) ** 2)
    return 12742 * math.asin(math.sqrt(h))


def accepted_types(g: GoldEvent) -> frozenset[str] | None:
    sub = g.extra.get("sub_event_type")
    if sub in ACLED_SUB_TYPES:
        return ACLED_SUB_TYPES[sub]
    return LABEL_TYPES.get(g.label)


def verdicts(g: GoldEvent, p: Event | None, source: str) -> dict[str, bool | None]:
    """field -> right or wrong for gold event `g` read as predicted event `p` (None: no prediction);
    a field the gold does not code is absent, `type` is None when the label is not scored."""
    v: dict[str, bool | None] = {}
    acc = accepted_types(g)
    v["type"] = None if acc is None else (p is not None and p.event_type.value in acc)
    if g.date:
        start = p.date.start if p is not None and p.date is not None else None
        v["date"] = start is not None and start.isoformat() == g.date
    loc = p.location if p is not None else None
    if g.country:
        v["country"] = loc is not None and loc.country is not None and loc.country == country_code(g.country)
    if g.lat is not None and g.lon is not None:
        v["place_25km"] = (loc is not None and loc.lat is not None and loc.lon is not None
                           and distance_km(g.lat, g.lon, loc.lat, loc.lon) <= 25)
    elif g.location:
        v["place_name"] = loc is not None and (similar(g.location, loc.name) or similar(g.location, loc.admin1))
    if g.fatalities is not None:
        v["fatalities"] = _count(p.fatalities if p is not None else None) == g.fatalities
        if g.fatalities > 0:
            v["fatalities_pos"] = v["fatalities"]
    if g.injuries is not None:
        v["injuries"] = _count(p.injuries if p is not None else None) == g.injuries
    if g.perpetrators:
        names = [n for a in (p.perpetrators if p is not None else ()) for n in (a.name, a.canonical)]
        v["perpetrator"] = any(similar(gp, n) for gp in g.perpetrators for n in names)
    if g.claimed is not None and source in ("gtd", "narrative"):
        v["claimed"] = bool(p is not None and p.claimed_by) == bool(g.claimed)
    if g.status:
        v["status"] = p is not None and p.status.value == g.status
        if g.status != "realized":
            v["status_nonrealized"] = v["status"]
    return v


def _count(c) -> int:
    return (c.count if c is not None else 0) or 0


def gold_roles(golds: list[GoldEvent]) -> dict[str, list[set[str]]]:
    """MUC-4 role fillers of one document: role -> entities, each a set of alternative names."""
    roles: dict[str, list[set[str]]] = defaultdict(list)
    for g in golds:
        for role, key in _MUC_GOLD_KEYS:
            for ent in g.extra.get(key) or []:
                alts = {norm(m) for m in ent.get("mentions", [])}
                if alts and alts not in roles[role]:
                    roles[role].append(alts)
        for d in g.extra.get("hum_tgt_description") or []:    # victims named only by a quoted description
            m = re.match(r'^"([^"]+)"$', d.strip())
            if m and {norm(m.group(1))} not in roles["Victim"]:
                roles["Victim"].append({norm(m.group(1))})
    return roles


def predicted_roles(events: list[Event]) -> dict[str, set[str]]:
    roles: dict[str, set[str]] = defaultdict(set)
    for e in events:
        for a in e.perpetrators:
            roles["PerpInd" if a.kind.value == "individual" else "PerpOrg"].add(norm(a.name))
        roles["Target"].update(norm(t.name) for t in e.targets)
        roles["Victim"].update(norm(t.name) for t in e.victims)
        roles["Weapon"].update(norm(w) for w in e.weapons)
    return {r: {s for s in names if s} for r, names in roles.items()}
