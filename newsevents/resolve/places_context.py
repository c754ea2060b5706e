"""Where an article is: the address chains it writes, read once, as context for every place mention in it.

A coder's note or a wire brief spells its places out as chains: "in Taji, Salah ad Din, Iraq", "in Salvador,
Bahia", "in Mentao (Pobe-Mengao, Soum)", "in Sui tehsil of Dera Bugti, Balochistan". The last links of a chain
(a country, a first- or second-level unit) are far less ambiguous than a bare village name, so they say which
countries and provinces the article is about; `find_address` reads the locality a chain holds.

    ctx = article_context(text, gaz)      # PlaceContext(countries=("AF",), admin1=("Samangan",), ...)
    find_address(sentence, gaz, ctx.countries)   # Address: the chain's locality and its region
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from ..core import GeoPrecision, Location
from ..core.geo import great_circle_km
from ..documents.sentences import dateline_end
from .places import Gazetteer
from .places_text import name_key, read_tsv, vocabulary

# a word of a name; a period inside it ("U.S.") or after a short one ("St."), never a sentence's full stop; an
# ampersand between capitals ("J&K")
_WORD = r"[A-Z](?:[\w'’`-]|\.(?=\w)|&(?=[A-Z]))*(?:(?<![\w'’`-]{3})\.)?"
_UNIT = (r"(?:\s+(?:city|district|province|state|region|governorate|county|division|agency|village|town|municipality|"
         r"department|tehsil|sub-district|subdistrict|subdivision|prefecture|territory|LGA|commune|area|"
         r"district center|district centre|locality|neighbourhood|neighborhood|settlement|community|sector|chiefdom|"
         r"groupement|ward|quarter|camp|township|block|colony|upazila|taluka|payam|parish|subcounty|sub-county|front|"
         r"sector(?:\s+area)?|police\s+station(?:\s+(?:area|limits))?))?")
# the space between a name's words: one line break at most ("... City of Manbij\n\nBEIRUT, Lebanon" is two lines)
_WS = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
_SEGMENT = _WORD + r"(?:" + _WS + _WORD + r"|" + _WS + r"(?:al|ad|as|at|an|ash|el|de|del|da|do|dos|das|du|la|di|of|e|i|" \
    r"de\s+los|de\s+las|de\s+la)" + _WS + _WORD + r")*" + _UNIT.replace(r"(?:\s+(?:city", r"(?:" + _WS + r"(?:city", 1)
_CHAIN = re.compile(r"(?<![\w'’-])(" + _SEGMENT + r")((?:\s*,\s*" + _SEGMENT + r"){1,3})")
# "Mentao (Pobe-Mengao, Soum)", "La Florida (Metropolitana)", "in Nusay (Nasi Darwaz) district"
_PAREN = re.compile(r"(?<![\w'’-])(" + _SEGMENT + r")\s*\((" + _SEGMENT + r"(?:\s*,\s*" + _SEGMENT + r"){0,3})\)")
# "Sui tehsil of Dera Bugti, Balochistan": a sub-unit named before the unit that holds it
_SUB_OF = re.compile(r"^(.+?)\s+(?i:tehsil|sub-district|subdistrict|subdivision|area|village|town|neighbou?rhood|"
                     r"district|county|locality|community|block|colony)\s+of\s+(.+)$")
_SPLIT = re.compile(r"\s*,\s*")
# "in the cities of Mandaguari and Perola, Parana": a list of towns that closes on a chain's locality
_LIST_REACH = 60                # characters read before a chain for the list it closes
_LISTED_BEFORE = re.compile(r"(?<![\w'’-])(" + _SEGMENT + r")\s+and\s+$")
_COARSE = {GeoPrecision.COUNTRY, GeoPrecision.ADMIN1, GeoPrecision.REGION, GeoPrecision.UNKNOWN}
_UNITS = {GeoPrecision.ADMIN1, GeoPrecision.DISTRICT}
_TOWN_IN_DISTRICT_KM = 75.0     # a town a chain names inside a district lies this near the district's point


_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|from|around|across|into|inside|of)\s+(?:the\s+)?"
                       r"([A-Z][\w'’-]*(?:\s+(?:(?:al|el|ad|de|do|da|del|los|las|la)\s+)*[A-Z][\w'’-]*)*)")


def locative_names(text: str) -> list[str]:
    """Capitalised names after a locative word ("in Bnei Brak city", "outside Shush"), in text order: the
    article's places when no clause of it yields one."""
    out = []
    for m in _LOCATIVE.finditer(text):
        name = m.group(1).rstrip(".")
        # "in Beirut's Saifi district": the quarter is of the city named first
        name = re.split(r"['’]s\s", name, maxsplit=1)[0]
        if name not in out:
            out.append(name)
    return out


@dataclass(frozen=True)
class PlaceContext:
    """The countries (most named first) and first-level units an article's address chains name."""
    countries: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    named: tuple[str, ...] = ()         # countries the text names or implies ("Thai soldiers", "North Sinai police")


# "Barawe in Shabeellaha Hoose, Somalia", "Taji near Baghdad city, Baghdad governorate": a locality before the chain
_IN_CHAIN = re.compile(r"(?<![\w'’-])(" + _SEGMENT + r")\s+(?:in|near)\s+(?:the\s+)?(" + _SEGMENT
                       + r"(?:\s*,\s*" + _SEGMENT + r"){1,3})")
_LIST_GOES_ON = re.compile(r"\s*,?\s*(?:and|or|&)\s+[A-Z]")


def _chains(text: str) -> list[tuple[int, list[str], bool]]:
    """(offset, parts, parenthesised) of every address chain, outermost unit last. "Smith, Jones and Brown" is a
    list of names, not a chain."""
    out, spans = [], []
    for m in _PAREN.finditer(text):
        out.append((m.start(), [m.group(1)] + [p for p in _SPLIT.split(m.group(2)) if p], True))
        spans.append(m.span())
    for m in _IN_CHAIN.finditer(text):
        if any(a <= m.start() < b for a, b in spans) or _LIST_GOES_ON.match(text, m.end()):
            continue
        out.append((m.start(), [m.group(1)] + [p for p in _SPLIT.split(m.group(2)) if p], False))
    for m in _CHAIN.finditer(text):
        if _LIST_GOES_ON.match(text, m.end()) or any(a <= m.start() < b for a, b in spans):
            continue
        parts = [m.group(1)] + [p for p in _SPLIT.split(m.group(2)) if p]
        sub = _SUB_OF.match(parts[0])
        if sub:
            parts = [sub.group(1), sub.group(2)] + parts[1:]
        out.append((m.start(), parts, False))
    return sorted(out, key=lambda x: x[0])


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?\n\"“:"


def _usable_chains(text: str, gaz: Gazetteer) -> list[tuple[int, list[str], bool]]:
    """Chains, less those that open a sentence with a word the gazetteer does not know ("Now, U.S. officials
    say"): a dateline ("KABUL, Afghanistan") names a known place. A trailing link that names no place is the
    clause's subject, not a unit ("in Sao Goncalo, Rio de Janeiro, Military Police officers raided ...")."""
    return [(o, _without_subject(parts, gaz), paren) for o, parts, paren in _chains(text)
            if not (_opens_sentence(text, o) and not gaz.is_known_place(parts[0]))]


def _without_subject(parts: list[str], gaz: Gazetteer) -> list[str]:
    """`parts` less trailing links the gazetteer does not know, while the link before them names a unit or a
    country and a locality remains before that; and less a trailing demonym, which opens the next clause ("near
    Ceel Waaq in Gedo region, Kenyan forces struck ..."), not a country of the address."""
    while len(parts) >= 2 and gaz.is_demonym(parts[-1]):
        parts = parts[:-1]
    while len(parts) >= 3 and gaz.resolve(parts[-1]) is None and (
            gaz.country_of(parts[-2]) or gaz.units(parts[-2])):
        parts = parts[:-1]
    return parts


def _inside(local: Location | None, region: Location) -> bool:
    return local is not None and local.country == region.country and local.precision not in _COARSE and (
        region.precision is GeoPrecision.COUNTRY or local.admin1 == region.admin1)


def _holds(gaz: Gazetteer, region: Location, inner: Sequence[str], strict: bool) -> bool:
    for t in inner:
        hit = gaz.resolve(t, countries=[region.country], admin1=region.admin1 if strict else None)
        if strict and region.admin1 and not _inside(hit, region):     # "Colon (Colon)": a common word, a town here
            hit = gaz.resolve_inside(_bare(t), country=region.country, admin1=region.admin1) or hit
        if (_inside(hit, region) if strict else (hit is not None and hit.country == region.country
                                                 and hit.precision is not GeoPrecision.COUNTRY)):
            return True
    return False


def _region(parts: list[str], gaz: Gazetteer, countries: Sequence[str], paren: bool = True
            ) -> tuple[Location | None, int]:
    """The unit that holds a chain's locality, and how many trailing parts name it (country included). Of units
    with the same name ("Punjab"), the one in which the chain's other names are found."""
    country = gaz.country_of(parts[-1])
    if country:
        if len(parts) >= 3:
            unit = gaz.resolve_unit(parts[-2], countries=[country])
            if unit is not None and unit.country == country:
                return unit, 2
        state = _namesake_unit(parts, gaz, country)
        return (state, 1) if state is not None else (gaz.resolve(parts[-1]), 1)
    found = gaz.units(parts[-1], countries=countries, linked=True) \
        or gaz.units(parts[-1], countries=countries, fuzzy=True)
    # a comma chain closes on a second-level unit only when the text calls it one ("Shabak, Kurram Agency") or it
    # holds the locality (below); "Smith, Jones" is no chain
    units = [u for u in found if paren or u.precision is GeoPrecision.ADMIN1 or _says_unit(parts[-1])]
    if len(parts) >= 2 and not paren:
        # "Riachinho, Tocantins": the state that holds the locality, before a municipality named like the state
        for u in units[:30]:
            if _holds(gaz, u, parts[:-1], True):
                return u, 1
        # "San Carlos, Negros Occidental": a second-level unit closes a comma chain only when it holds the locality
        for u in found[:30]:
            if u.precision is GeoPrecision.DISTRICT and _holds(gaz, u, parts[:-1], True):
                return u, 1
    if units and len(parts) >= 2:
        for strict in (True, False):
            for u in units[:30]:
                if _holds(gaz, u, parts[:-1], strict):
                    return u, 1
        if len(parts) >= 3 and len(units) > 1:   # "Thyolo (Thyolo, Southern)": a generic outer link we lack
            inner_units = gaz.units(parts[-2], countries=countries)
            if inner_units and inner_units[0].country not in {u.country for u in units}:
                return inner_units[0], 2
    return (units[0], 1) if units else (None, 0)


def _says_unit(part: str) -> bool:
    """"Kurram Agency", "Dera Bugti district": a name followed by a unit word."""
    v = vocabulary()
    last = name_key(part.split()[-1])
    return len(part.split()) > 1 and (last in v.unit_words or last in v.kind_suffixes)


def _namesake_unit(parts: list[str], gaz: Gazetteer, country: str) -> Location | None:
    """"Kagara (Rafi LGA, Niger)": a chain ending in a country's name whose other links lie in a first-level unit
    of that name elsewhere (Niger State, Nigeria) and not in the country: the unit."""
    inner = parts[:-1]
    if not inner:
        return None
    others = [u for u in gaz.units(parts[-1]) if u.precision is GeoPrecision.ADMIN1 and u.country != country]
    if not others or _holds(gaz, gaz.resolve_country(country) or others[0], inner, False):
        return None
    return next((u for u in others if _holds(gaz, u, inner, True)), None)


def _bare(text: str) -> str:
    """A locality's name without a trailing unit word: "Sufi Bala district" -> "Sufi Bala"."""
    v = vocabulary()
    words = text.split()
    while len(words) > 1 and (name_key(words[-1]) in v.unit_words or name_key(words[-1]) in v.kind_suffixes):
        words.pop()
    return " ".join(words)


def article_context(text: str, gaz: Gazetteer) -> PlaceContext:
    """Countries and first-level units named by the trailing links of the article's address chains; the first-level
    units it names elsewhere, and their countries, after the countries its demonyms name."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    admin1: list[str] = []
    named = named_countries(text, gaz)
    for i, (start, parts, paren) in enumerate(_usable_chains(text, gaz)):
        region, _ = _region(parts, gaz, tuple(counts) + tuple(c for c in named if c not in counts), paren)
        if region is None or region.country is None or _bureau(text, start, parts[0], region.country, gaz):
            continue
        counts[region.country] += 1
        first.setdefault(region.country, i)
        if region.admin1 and region.admin1 not in admin1:
            admin1.append(region.admin1)
    countries = tuple(sorted(counts, key=lambda c: (-counts[c], first[c])))
    countries += tuple(c for c in unit_word_countries(text) if c not in countries)
    for unit in named_provinces(text, gaz, named):
        if unit.country not in named:
            named += (unit.country,)
        if unit.admin1 and unit.admin1 not in admin1:
            admin1.append(unit.admin1)
    return PlaceContext(countries, tuple(admin1), named)


def _bureau(text: str, start: int, town: str, country: str, gaz: Gazetteer) -> bool:
    """The chain is a dateline ("BEIRUT, Lebanon - A car bomb ... near the northern Syrian city of Manbij") whose
    town and country the rest of the text never names, while it names other countries: where the reporter was, not
    the events ("MOGADISHU, Somalia - Two car bombs exploded in Mogadishu ..." names its town again)."""
    line = text.rfind("\n", 0, start) + 1
    end = dateline_end(text[line:line + 200])
    if not end or not line <= start < line + end:
        return False
    rest_text = text[:line] + " " * end + text[line + end:]
    if re.search(rf"\b{re.escape(town.strip())}\b", rest_text, re.IGNORECASE):
        return False
    rest = named_countries(rest_text, gaz)
    return bool(rest) and country not in rest


def named_provinces(text: str, gaz: Gazetteer, named: Sequence[str] = ()) -> list[Location]:
    """First-level units the text names anywhere, even as a modifier ("a conscript of the North Sinai security
    troops"), that only one country has and that name no town ("Moscow") nor country ("Georgia"), nor a place in
    the countries the text `named` otherwise ("an army base at Uri" in a story of India and Pakistan is no Swiss
    canton)."""
    out: list[Location] = []
    for m in _CAPITALISED.finditer(text):
        words = m.group(0).rstrip(".’'").split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            units = [u for u in gaz.units(name) if u.precision is GeoPrecision.ADMIN1]
            if not units or len({u.country for u in units}) > 1 or gaz.country_of(name):
                continue
            top = gaz.resolve(name)
            home = gaz.resolve(name, countries=named) if named and top is not None and top.country not in named \
                else None
            if home is not None and home.country in named:
                break
            if top is not None and top.precision is GeoPrecision.ADMIN1 and top not in out:
                out.append(top)
            break
    return out


@lru_cache(maxsize=1)
def _unit_word_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    words = {w.lower(): iso for w, iso, *_ in read_tsv("places_unit_countries.tsv")}
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE), words


def unit_word_countries(text: str) -> list[str]:
    """Countries whose own unit words the text uses ("in Singra upazila" -> BD), in text order."""
    pattern, words = _unit_word_pattern()
    return list(dict.fromkeys(words[m.group(1).lower()] for m in pattern.finditer(text)))


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-zA-Z'’.-]+(?:\s+[A-Z][a-zA-Z'’.-]+)?")


def named_countries(text: str, gaz: Gazetteer, upper: bool = False) -> tuple[str, ...]:
    """Countries named or implied by a demonym anywhere in the text, most mentioned first. In `upper`-case wire
    text "US" is the pronoun ("INVOLVED US IN THE ATTACK"); the country is written "U.S."."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i, m in enumerate(_CAPITALISED.finditer(text)):
        words = m.group(0).split()
        for cand in ([m.group(0)] if len(words) > 1 else []) + words:
            if upper and cand in ("US", "Us"):
                continue
            iso = gaz.country_of(cand.rstrip(".’'"))
            if iso:
                counts[iso] += 1
                first.setdefault(iso, i)
                break
    return tuple(sorted(counts, key=lambda c: (-counts[c], first[c])))


@dataclass(frozen=True)
class Address:
    """The locality an address chain names, and the region (the chain's trailing links) that holds it."""
    location: Location
    region: Location
    links: tuple[str, ...]          # the region's words as written ("Bahia"; "Kabardino Balkariya", "Russia")
    exact: bool                     # the gazetteer knows the locality (else it stands at the region's coordinates)
    primary: bool = True            # found under the chain's locality itself, not under a link between it and the region

    def holds(self, loc: Location) -> bool:
        """Is `loc` a town or district inside this region?"""
        return _inside(loc, self.region)


def _town_within(unit: Location, inner: Sequence[str], gaz: Gazetteer, region: Location) -> Location | None:
    """"Tin Ma village, Kyauktaw township, Mrauk-U district, Rakhine": a chain read from its region inwards stops at
    the first link the gazetteer knows; when that is a district, a town a link inside it names (`inner`, the links
    before it in the chain, nearest first) is nearer. The town must lie in the region and near the district's
    point."""
    if unit.precision is not GeoPrecision.DISTRICT or unit.lat is None or unit.lon is None:
        return None
    for text in inner:
        town = gaz.resolve(text, countries=[region.country], admin1=region.admin1)
        if _inside(town, region) and town.precision is GeoPrecision.CITY and town.lat is not None \
                and great_circle_km(unit.lat, unit.lon, town.lat, town.lon) <= _TOWN_IN_DISTRICT_KM:
            return town
    return None


def _namesake_near(local: Location, text: str, outer: Sequence[str], gaz: Gazetteer, region: Location) -> Location:
    """"Mora village (Surat, Gujarat)": of the region's towns named `text`, the one nearest the first link between
    it and the region (`outer`) that the gazetteer places inside the region, not the largest one."""
    if local.precision is not GeoPrecision.CITY or not region.admin1:
        return local
    placed = lambda a: a is not None and a.lat is not None and a.lon is not None   # noqa: E731
    anchor = next((a for a in (gaz.resolve(link, countries=[region.country], admin1=region.admin1) for link in outer)
                   if _inside(a, region) and placed(a)), None)
    if anchor is None and region.text:
        # "Vesele, Donetsk": with no link between them, a province named like its seat points to the namesake
        # nearest the seat
        seat = gaz.resolve_inside(region.text, country=region.country, admin1=region.admin1)
        anchor = seat if placed(seat) and seat.precision is GeoPrecision.CITY else None
    if anchor is None:
        return local
    near = gaz.resolve_inside(text, country=region.country, admin1=region.admin1, near=(anchor.lat, anchor.lon))
    return near if near is not None and _inside(near, region) else local


def _listed_first(text: str, start: int, gaz: Gazetteer, region: Location) -> Location | None:
    """"in the cities of Mandaguari and Perola, Parana": the town a list names first, when it lies in the region of
    the chain the list closes on (a note is coded at the first place it lists)."""
    m = _LISTED_BEFORE.search(text, max(0, start - _LIST_REACH), start)
    hit = gaz.resolve(m.group(1), countries=[region.country], admin1=region.admin1) if m else None
    return hit if _inside(hit, region) else None


def find_address(text: str, gaz: Gazetteer, countries: Sequence[str] = ()) -> Address | None:
    """The locality of an address chain in `text` ("in Taji, Salah ad Din, Iraq"; "in Mentao (Pobe-Mengao,
    Soum)"). In "village, town, province" the town is the locality (the village is rarely known); in "X (commune,
    province)" X is. The gazetteer's entry when one lies in the region the chain names, else the next name of the
    chain found there, else the locality's name with the region's coordinates and precision. The first chain
    whose locality is known wins, else the first chain."""
    first = None
    for start, parts, paren in _usable_chains(text, gaz):
        region, n = _region(parts, gaz, countries, paren)
        if region is None or region.country is None:
            continue
        inner = parts[: len(parts) - n]
        if paren and len(inner) >= 2 and gaz.country_of(inner[0]):
            inner = inner[1:]               # "in western Yemen (Ad Durayhimi, Al Hudaydah)": the brackets hold the place
        if not inner or gaz.country_of(inner[0]):
            continue
        links = tuple(parts[len(parts) - n:])
        order = inner if paren else inner[::-1]
        if region.precision is GeoPrecision.COUNTRY and len(inner) >= 2 and not paren:
            order = order[1:] + order[:1]       # "Riyadh, At Ta'mim, Iraq": an unknown spelling of the province last
        for i, local_text in enumerate(order):
            local = gaz.resolve(local_text, countries=[region.country], admin1=region.admin1)
            if not _inside(local, region) and " of " in local_text:
                # "the Divisional Police Officer of Faskari LGA (Katsina)": the place is what the office is of
                local = gaz.resolve(local_text.rsplit(" of ", 1)[1], countries=[region.country], admin1=region.admin1)
            if _inside(local, region):
                town = _town_within(local, inner[:inner.index(local_text)][::-1], gaz, region)
                local = _namesake_near(local, local_text, inner[inner.index(local_text) + 1:], gaz, region)
                listed = None if paren else _listed_first(text, start, gaz, region)
                return Address(listed or town or local, region, links, True, i == 0)
        if first is not None:
            continue
        if region.precision is GeoPrecision.COUNTRY:
            unit = gaz.resolve_unit(order[0], countries=[region.country])
            if unit is not None and unit.country == region.country:
                first = Address(unit, region, links, True, True)
                continue
        else:
            near = gaz.resolve_inside(_bare(order[0]), country=region.country, admin1=region.admin1) \
                if region.admin1 else None
            if _inside(near, region):
                first = Address(near, region, links, True, True)
                continue
            near = gaz.resolve_spelling(order[0], country=region.country, admin1=region.admin1)
            if _inside(near, region):
                first = Address(near, region, links, True, True)
                continue
        if all(gaz.is_common_word(w) for w in _bare(order[0]).split()):
            first = Address(region, region, links, False)    # "Synagogues and Churches in Russia's Dagestan"
            continue                                          # (a title-case headline): no town, the region
        first = Address(Location(name=_bare(order[0]), country=region.country, admin1=region.admin1, lat=region.lat,
                                 lon=region.lon, precision=region.precision, geonames_id=None, text=order[0]),
                        region, links, False)
    return first
