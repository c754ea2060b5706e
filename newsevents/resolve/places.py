"""Resolve place mentions to `Location`s with the offline gazetteer (see gazetteer_build.py).

    gaz = Gazetteer.open(settings.gazetteer)          # builds the index on first use
    gaz.resolve("northern Pakistan")                   # country PK, qualifier "north"
    gaz.resolve("Hyderabad", countries=["PK"])         # Hyderabad, Sindh
    gaz.resolve_best(["Rahim Khail", "PD4", "Gardez", "Paktia"])   # Gardez, Paktia, AF

Ranking of same-name candidates: the wanted kind ("X province"), the article's countries (in order),
an admin1 hint, then kind and size (countries > first-level units > cities by population, capitals and
cities named like their province get a lift). Common English words that are also tiny places
("Police", "March") only resolve to large places (data/places_stopwords.tsv).
"""
from __future__ import annotations

import math
import re
from difflib import get_close_matches
import sqlite3
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from ..core.geo import great_circle_km
from ..core.enums import GeoPrecision
from ..core.records import Location
from .gazetteer_build import FLAG_ALTERNATE, FLAG_DEMONYM, FLAG_PRIMARY, FLAG_REGION, ensure_gazetteer
from .places_mention import Mention, loose_keys, parse_mention
from .places_rows import ACRONYM as _ACRONYM
from .places_rows import Place
from .places_rows import km as _km
from .places_rows import unless_acronym as _unless_acronym
from .places_text import mention_key, name_key, surface_name, vocabulary
from .places_variants import pick_variant, skeleton, variant_rules
from .waters import water

_PRECISION = {"city": GeoPrecision.CITY, "admin2": GeoPrecision.DISTRICT,
              "admin1": GeoPrecision.ADMIN1, "country": GeoPrecision.COUNTRY}
_SPECIFICITY = {"city": 3, "admin2": 2, "admin1": 1, "country": 0}
_STOPWORD_MIN_POP = 500_000
_COMMON_WORD_MIN_POP = 100_000     # "Abbey", "Cathedral": a dictionary word names a village only if it is a city
_NEAR_KM = 75.0
_QUARTER_OF_MIN_POP = 50_000       # "X-Y" falls back to X only when X is a real city
_REGION_FOREIGN_MIN_POP = 300_000  # outside the countries an article's address chains name: a big city only
_UNIT_SPELLING_RATIO = 0.84        # "Urozgan"/"Uruzgan", "Konar"/"Kunar": one province, two spellings
_NAMED_ELSEWHERE_MIN_POP = 50_000  # a town outside every named country beats the country only when this big
_FOREIGN_MIN_POP = 50_000          # a city outside the article's countries must be this big (x10 by an alias)
_DOMINANT_MIN_POP = 100_000        # a mention that alone says which country an article is about
_WORLD_CAPITAL_POP = 1_000_000     # a capital this large under its own name ...
_WORLD_CAPITAL_RATIO = 40          # ... over a namesake this many times smaller in the article's country
_OWN_NAME_CITY_POP = 50_000        # a city this big under its own name outweighs a country's other name ("Uman")
_TOWN_SPELLING_RATIO = 0.85        # "Tuxtla"/"de Tuxtla", "Golok"/"Kolok": one town, two spellings
_SPELLING_MIN_CHARS = 6            # shorter names are too alike to guess between
_COLUMNS = ("p.id, p.kind, p.name, p.country, p.admin1_id, p.admin2_id, p.admin1_name, p.lat, p.lon, p.population,"
            " p.geonames_id, p.capital")
# "Dasht-e-Barchi", "Mazar-i-Sharif": a Persian ezafe joins one name, never "a quarter of X"
_EZAFE = re.compile(r"\w-(?:e|i|ye)-\w|\w-(?:e|i)\s", re.IGNORECASE)


def _world_capital(cands: tuple[Place, ...], best: Place, mention: Mention,
                   admin1_ids: frozenset[int]) -> Place | None:
    """"the January 2015 attack on the Paris offices of Charlie Hebdo" in an article filed from Washington: Paris, not
    Paris, Texas. A national capital of a million or more under its own primary name outweighs a town forty times
    smaller that only the article's country context favours (a province the text names, or a country it writes
    beside the name, keeps the town)."""
    if best.kind != "city" or best.capital or mention.country_hint or best.admin1_id in admin1_ids:
        return None
    return next((p for p in cands if p.kind == "city" and p.capital and p.flag == 0 and p.country != best.country
                 and p.population >= max(_WORLD_CAPITAL_POP, _WORLD_CAPITAL_RATIO * best.population)), None)


# a country's demonym before one of these names a stretch of that country ("the Kenyan coast"), not a body named
# after it ("the Indian Border Security Force", "the Bangladesh Chhatra League")
_LANDFORMS = frozenset({"coast", "coastline", "shore", "shores", "interior", "highlands", "lowlands", "countryside",
                        "hinterland", "mainland", "waters", "territory", "desert", "mountains", "jungle", "side",
                        "soil"})


class Gazetteer:
    """Read-only lookups on a gazetteer SQLite file; every lookup is cached."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self._places = lru_cache(maxsize=200_000)(self._places_uncached)
        self._unit_places = lru_cache(maxsize=20_000)(lambda key: self._places_uncached(key, named_unit=True))
        self._country_key = lru_cache(maxsize=20_000)(self._country_key_uncached)
        self.country_of = lru_cache(maxsize=50_000)(self._country_of_uncached)     # asked of every word of a wire
        self._capital = lru_cache(maxsize=1_000)(self._capital_uncached)
        self._parse = lru_cache(maxsize=50_000)(self._parse_uncached)
        self._resolve = lru_cache(maxsize=50_000)(self._resolve_uncached)
        self._admin1_keys_by_country = lru_cache(maxsize=1)(self._admin1_keys_by_country_uncached)
        self._close_admin1_keys = lru_cache(maxsize=5_000)(self._close_admin1_keys)
        self._town_keys = lru_cache(maxsize=200)(self._town_keys_uncached)
        self._skeleton_places = lru_cache(maxsize=20_000)(self._skeleton_places_uncached)

    @classmethod
    def open(cls, path: Path, *, progress: bool = True) -> "Gazetteer":
        """Open the gazetteer at `path`, building it first when missing or built by older code."""
        return cls(ensure_gazetteer(Path(path), progress=progress))

    def close(self) -> None:
        self._con.close()

    # ---------------------------------------------------------------- public API

    def resolve(self, text: str, *, countries: Sequence[str] = (), admin1: str | None = None) -> Location | None:
        """One mention ("Kabul", "northern Pakistan", "Paktia province") -> Location, or None."""
        if not text or not text.strip():
            return None
        if (sea := water(text)) is not None:
            return sea
        admin1_ids = self._admin1_ids(admin1) if admin1 else frozenset()
        return self._resolve(text.strip(), tuple(c.upper() for c in countries), admin1_ids)

    def resolve_best(self, mentions: Sequence[str], *, countries: Sequence[str] = (), region: Sequence[str] = (),
                     admin1: Sequence[str] = ()) -> Location | None:
        """The most specific location consistent with all `mentions` (text order) of one event.

        `region`: the countries the article's address chains name; a place elsewhere is taken only when it is a
        country or a large city. `admin1`: first-level units the article names, preferred for same-name places."""
        texts = [m.strip() for m in mentions if m and m.strip()]
        seas = {t: w for t in texts if (w := water(t)) is not None}
        if seas:                                      # "in the Red Sea off Hodeidah": the port; else the sea itself
            texts = [t for t in texts if t not in seas]
            if not texts:
                return next(iter(seas.values()))
        if not texts:
            return None
        strict = tuple(c.upper() for c in region)
        ctx = strict + tuple(c.upper() for c in countries if c.upper() not in strict)
        hinted = frozenset(i for a in admin1 for i in self._admin1_ids(a))
        first = [(t, self._best(t, ctx, hinted, strict)) for t in texts]
        named_countries: list[str] = []
        admin1_ids: set[int] = set()
        for _, hit in first:
            if hit and hit[0].kind == "country" and hit[0].country not in named_countries:
                named_countries.append(hit[0].country)
        for _, hit in first:
            if hit and hit[0].kind == "admin1" and (not named_countries or hit[0].country in named_countries):
                admin1_ids.add(hit[0].id)
        order = tuple(named_countries) + tuple(c for c in ctx if c not in named_countries)
        hints = frozenset(admin1_ids) | hinted
        if strict:                                    # "in Arras, in northern France", filed from Germany
            strict = strict + tuple(c for c in named_countries if c not in strict)
        second = [(t, self._best(t, order, hints, strict)) for t in texts]
        scope = hints | {h[0].admin1_id for _, h in second if h and h[0].kind != "country" and h[0].admin1_id}
        spelt_otherwise = {t for t, h in second if not h}     # read, if at all, as another romanization
        if scope and not all(h for _, h in second):
            # a name the gazetteer spells otherwise ("Tal Tamer"): inside the provinces the others lie in
            second = [(t, h or self._variant_hit(t, frozenset(scope))) for t, h in second]
        if order and not scope and not all(h for _, h in second):
            # "Qalqiliyah", a name known nowhere: a town alone in the countries ("Francisco" is a village in Cuba)
            second = [(t, h or (None if self.is_known_place(t) else self._variant_hit(t, frozenset(), order)))
                      for t, h in second]
        hits = self._near_provinces(self._beside_sole([(t, h) for t, h in second if h]))
        if not hits:
            return None
        anchors = [h[0] for _, h in hits if h[0].kind in ("admin1", "country")
                   or (h[0].kind == "city" and h[0].population >= 10_000)]

        def consistent(p: Place, *, own_country: bool = True) -> bool:
            if own_country and named_countries and p.country not in named_countries:
                return False
            unit_ids = {a.id for a in anchors if a.kind == "admin1" and a.country == p.country}
            if unit_ids and p.kind in ("city", "admin2") and p.admin1_id not in unit_ids:
                return False
            for a in anchors:
                if a.kind == "city" and a.id != p.id and p.kind == "city" and a.admin1_id != p.admin1_id \
                        and _km(a, p) > _NEAR_KM:
                    return False
            return True

        ranked = sorted(range(len(hits)), key=lambda i: (-_specificity(hits[i][0], hits[i][1][0]), i))
        for i in ranked:
            t, (place, mention) = hits[i]
            if consistent(place):
                if place.kind == "country":
                    # "the US dollar ... in Beirut": a real town named with no such town in the named country
                    # is where it happened; the country is named for something else. A town found only as
                    # another romanization of the name is a guess ("Balakot in Pakistan": no Balaghat in India)
                    for j in ranked:
                        tj, (pj, mj) = hits[j]
                        if pj.kind != "country" and (pj.kind != "city" or pj.population >= _NAMED_ELSEWHERE_MIN_POP) \
                                and tj not in spelt_otherwise and consistent(pj, own_country=False) and not any(
                                    c.country in named_countries for c in self._candidates(tj, mj)):
                            return self._location(pj, tj, mj)
                return self._location(place, t, mention)
        # no place agrees with all the others ("the Reina nightclub in Istanbul"): one in the article's leading country
        t, (place, mention) = min(hits, key=lambda h: order.index(h[1][0].country) if h[1][0].country in order
                                  else len(order))
        return self._location(place, t, mention)

    def _beside_sole(self, hits: list[tuple[str, tuple[Place, Mention]]]) -> list[tuple[str, tuple[Place, Mention]]]:
        """"Arnissa of Pella": a name the gazetteer knows in one place only (Arnissa, Greece) says which of another
        name's namesakes is meant, the one in its province or near it (Pella in Greece, not the larger Pella in
        Iowa). A city of _DOMINANT_MIN_POP or more keeps its reading."""
        sole = [h[0] for t, h in hits if h[0].kind == "city" and h[0].lat is not None
                and len(self._candidates(t, h[1])) == 1]

        def beside(p: Place) -> bool:
            return any(p.id != s.id and p.country == s.country and p.lat is not None
                       and (p.admin1_id == s.admin1_id or _km(p, s) <= _NEAR_KM) for s in sole)

        out = []
        for t, (p, m) in hits:
            if sole and p.kind == "city" and p.population < _DOMINANT_MIN_POP and p not in sole and not beside(p):
                near = [c for c in self._candidates(t, m) if c.kind == "city" and beside(c)]
                if near:
                    p = max(near, key=lambda c: (c.population, -c.id))
            out.append((t, (p, m)))
        return out

    def _near_provinces(self, hits: list[tuple[str, tuple[Place, Mention]]]) -> list[tuple[str, tuple[Place, Mention]]]:
        """"the Maden district of Elazig": a small town read outside the province another mention names (Maden in
        Kirikkale) is read again inside it, when that province has a place of the name. A province is named by a
        first-level unit or by the town named like it (Elazig)."""
        provinces = {(i, p.admin1_id) for i, (_, (p, _)) in enumerate(hits) if p.admin1_id is not None and (
            p.kind == "admin1" or (p.kind == "city" and name_key(p.admin1_name or "") == name_key(p.name)))}
        out = list(hits)
        for i, (t, (p, m)) in enumerate(hits):
            if p.kind not in ("city", "admin2") or p.population >= _DOMINANT_MIN_POP:
                continue
            others = {a for j, a in provinces if j != i}
            if not others or p.admin1_id in others:
                continue
            inside = [c for c in self._candidates(t, m) if c.kind in ("city", "admin2") and c.admin1_id in others
                      and c.country == p.country]
            if inside:
                out[i] = (t, (max(inside, key=lambda c: (c.kind == p.kind, c.flag == 0, c.population, -c.id)), m))
        return out

    def resolve_unit(self, text: str, *, countries: Sequence[str] = ()) -> Location | None:
        """A first- or second-level unit named `text` ("Bahia", "Soum"), never a town: the trailing links of an
        address chain name units, so a province is not read as the city it is named after."""
        units = self.units(text, countries=countries)
        return units[0] if units else None

    def units(self, text: str, *, countries: Sequence[str] = (), fuzzy: bool = False, linked: bool = False
              ) -> list[Location]:
        """Every first- or second-level unit named `text`, best first ("Punjab": the Pakistani and the Indian).
        `fuzzy`: when no unit has that name, first-level units spelt nearly alike, in `countries` only. `linked`:
        the text puts `text` where a unit stands (an address chain's last link), so a common word is a unit's name
        there ("San Lorenzo (Central)")."""
        if not text or not text.strip():
            return []
        mention = self._parse(text.strip())
        found = (self._unit_places(mention.key) if linked and mention.key in vocabulary().stopwords else ()) \
            or self._candidates(text.strip(), mention)
        cands = [p for p in found if p.kind in ("admin1", "admin2") and p.flag != FLAG_REGION]
        if not cands and fuzzy and mention.key:     # "Urozgan" for Uruzgan: a spelling variant
            cands = [p for c in countries for key in self._close_admin1_keys(mention.key, c.upper())
                     for p in self._places(key) if p.kind == "admin1" and p.country == c.upper()]
        ctx = tuple(c.upper() for c in countries)
        cands.sort(key=lambda p: (self._score(p, mention, ctx, frozenset()), p.population, -p.id), reverse=True)
        return [self._location(p, text.strip(), mention) for p in cands]

    def resolve_spelling(self, text: str, *, country: str, admin1: str | None) -> Location | None:
        """A town of the first-level unit `admin1` spelt nearly like `text`, when the unit holds no town of that
        name ("San Andres de Tuxtla" for San Andrés Tuxtla, "Sungai Golok" for Sungai Kolok)."""
        mention = self._parse(text.strip()) if text and text.strip() else None
        unit_ids = self._admin1_ids(admin1) if admin1 else frozenset()
        if mention is None or len(mention.key) < _SPELLING_MIN_CHARS or not unit_ids:
            return None
        keys = {k: p for i in unit_ids for k, p in self._town_keys(i).items()}
        close = get_close_matches(mention.key, list(keys), n=2, cutoff=_TOWN_SPELLING_RATIO)
        if len(close) != 1 and not (len(close) == 2 and keys[close[0]] == keys[close[1]]):
            return None                 # two towns spelt alike: no telling which
        hit = self._best(close[0], (country.upper(),), unit_ids)
        return self._location(hit[0], text.strip(), mention) if hit else None

    def resolve_inside(self, text: str, *, country: str, admin1: str,
                       near: tuple[float, float] | None = None) -> Location | None:
        """A town or district of the first-level unit `admin1` named `text`, even when the name is a common word
        held back elsewhere ("Hays", "Dire", "Hat"): an address chain that names the unit vouches for the place.
        The town before a district named like it, unless the text calls it a district. `near`: the point of another
        link of the chain ("Mora village (Surat, Gujarat)"), whose nearest namesake is meant."""
        mention = self._parse(text.strip()) if text and text.strip() else None
        unit_ids = self._admin1_ids(admin1)
        if mention is None or not mention.key or not unit_ids:
            return None
        rows = self._con.execute(
            "SELECT p.id, p.kind, p.name, p.country, p.admin1_id, p.admin2_id, p.admin1_name, p.lat, p.lon,"
            " p.population, p.geonames_id, p.capital, n.flag FROM names n JOIN places p ON p.id = n.place_id"
            " WHERE n.key = ? AND p.country = ? AND p.kind IN ('city', 'admin2')", (mention.key, country.upper())
        ).fetchall()
        inside = [Place(*r[:11], bool(r[11]), r[12]) for r in rows if r[4] in unit_ids]
        if not inside:
            return None
        want = "admin2" if mention.kind == "admin2" else "city"
        located = [p for p in inside if p.kind == want and p.lat is not None]
        if near is not None and located:
            best = min(located, key=lambda p: great_circle_km(p.lat, p.lon, *near))
        else:
            best = max(inside, key=lambda p: (p.kind == want, p.flag == 0, p.lat is not None, p.population, -p.id))
        return self._location(best, text.strip(), mention)

    def towns_in(self, country: str, admin1: str) -> list[tuple[float, float]]:
        """(lat, lon) of every town of the first-level unit `admin1` of `country` (places_side.py)."""
        unit = next((i for i in self._admin1_ids(admin1) if self._country_of_id(i) == country), None)
        if unit is None:
            return []
        return self._con.execute("SELECT lat, lon FROM places WHERE admin1_id = ? AND kind = 'city'"
                                 " AND lat IS NOT NULL", (unit,)).fetchall()

    def _country_of_id(self, place_id: int) -> str | None:
        row = self._con.execute("SELECT country FROM places WHERE id = ?", (place_id,)).fetchone()
        return row[0] if row else None

    def _town_keys_uncached(self, admin1_id: int) -> dict[str, int]:
        rows = self._con.execute("SELECT n.key, p.id FROM places p JOIN names n ON n.place_id = p.id"
                                 " WHERE p.admin1_id = ? AND p.kind IN ('city', 'admin2') AND n.flag <= 1"
                                 " AND p.lat IS NOT NULL",      # a unit with no seat would stand at its province's
                                 (admin1_id,)).fetchall()
        return dict(rows)

    def resolve_country(self, iso2: str) -> Location | None:
        """The country with this ISO2 code, as a country-level Location."""
        p = self._country_place(iso2)
        return self._location(p, p.name, Mention(key="")) if p is not None else None

    def _country_place(self, iso2: str) -> Place | None:
        row = self._con.execute("SELECT id, kind, name, country, admin1_id, admin2_id, admin1_name, lat, lon,"
                                " population, geonames_id, capital FROM places WHERE kind = 'country' AND country = ?",
                                (iso2.upper(),)).fetchone()
        return Place(*row[:11], bool(row[11]), 0) if row is not None else None

    def _close_admin1_keys(self, key: str, iso2: str) -> list[str]:
        if len(key) < 5:
            return []
        return get_close_matches(key, self._admin1_keys(iso2), n=2, cutoff=_UNIT_SPELLING_RATIO)

    def _country_of_uncached(self, text: str) -> str | None:
        """ISO2 for a country name, demonym or adjective ("Afghan" -> AF, "U.S." -> US); `country_of` is this,
        cached."""
        toks = mention_key(text or "").split()
        while len(toks) > 1 and toks[0] in vocabulary().fillers:
            toks = toks[1:]
        return self._country_key(" ".join(toks)) if toks else None

    def is_large_capital(self, loc: Location | None, text: str) -> bool:
        """Is `loc`, read from `text`, a capital of _DOMINANT_MIN_POP or more under its own name ("Brussels" in
        "Brussels airport" is the city, whatever the article's countries; "Victoria", an old name of Hong Kong, in
        "Victoria railway station" is not)?"""
        if loc is None or loc.geonames_id is None:
            return False
        row = self._con.execute("SELECT name FROM places WHERE geonames_id = ? AND capital = 1 AND population >= ?"
                                " LIMIT 1", (loc.geonames_id, _DOMINANT_MIN_POP)).fetchone()
        return row is not None and name_key(row[0]) == name_key(text)

    def is_known_place(self, text: str) -> bool:
        """Cheap check: does `text` (as written) name a place the gazetteer would resolve?"""
        key = name_key(text or "")
        return bool(key) and any(p.flag != FLAG_REGION for p in _unless_acronym(text or "", self._places(key)))

    def is_demonym(self, text: str) -> bool:
        """Does `text` name a people or an adjective of a country ("Kenyan", "Somali") and no place by that name?"""
        places = self._places(name_key(text or ""))
        return any(p.kind == "country" and p.flag == FLAG_DEMONYM for p in places) and not any(
            p.flag in (FLAG_PRIMARY, FLAG_ALTERNATE) for p in places)

    def countries_in(self, texts: Iterable[str], prior: Sequence[str] = ()) -> list[str]:
        """Countries of the place mentions in `texts`, most mentioned first (ties: first seen first).

        Countries, first-level units and big cities say first which countries the article is about; the other
        mentions are then read in those countries and in `prior` (countries the article says it is about in other
        ways: its address chains, unit words and demonyms), so a small namesake abroad ("Dasht" in Iran beside Kabul,
        a village "Singra" in Spain for a Bangladeshi note's upazila) does not add its country."""
        texts = list(texts)
        home = tuple(dict.fromkeys(c.upper() for c in prior))
        found: list[str | None] = []
        unit: list[int] = []                          # mentions read as a big place abroad: checked against the rest
        for t in texts:
            iso = self.country_of(t)
            if iso is None:
                hit = self._best(t, (), frozenset())
                big = {p.country for p in (self._candidates(t, hit[1]) if hit else ())
                       if p.kind in ("country", "admin1") or p.population >= _DOMINANT_MIN_POP}
                if hit and len(big) == 1 and hit[0].country in big:     # "Cambridge": England's or Massachusetts'
                    iso = hit[0].country
                    unit.append(len(found))
            found.append(iso)
        for i in unit:                                # "Uri" in a story of India and Pakistan: the Indian town, not
            others = tuple(dict.fromkeys([*(c for j, c in enumerate(found) if c and j != i), *home]))   # the canton
            if others and found[i] not in others:
                local = self.resolve(texts[i], countries=others)
                if local is not None and local.country in others:
                    found[i] = local.country
        dominant = tuple(dict.fromkeys([*(c for c in found if c), *(c.upper() for c in prior)]))
        for i, t in enumerate(texts):
            if found[i] is None:
                loc = self.resolve(t, countries=dominant)
                found[i] = loc.country if loc else None
        counts = Counter(c for c in found if c)
        first_seen = {c: found.index(c) for c in counts}
        return sorted(counts, key=lambda c: (-counts[c], first_seen[c]))

    # ---------------------------------------------------------------- lookups

    def _places_uncached(self, key: str, *, named_unit: bool = False) -> tuple[Place, ...]:
        """The places under `key`, less tiny ones whose name is a common word ("Police", "Abbey"); `named_unit`: the
        text calls it a unit or a town ("Samba sector", "Hat district"), so a dictionary word is a name there."""
        rows = self._con.execute(
            "SELECT p.id, p.kind, p.name, p.country, p.admin1_id, p.admin2_id, p.admin1_name, p.lat, p.lon,"
            " p.population, p.geonames_id, p.capital, n.flag FROM names n JOIN places p ON p.id = n.place_id"
            " WHERE n.key = ?", (key,)).fetchall()
        places = tuple(Place(*r[:11], bool(r[11]), r[12]) for r in rows)
        if " " not in key and key in vocabulary().stopwords:
            places = tuple(p for p in places if p.kind == "country" or (named_unit and p.kind == "admin1")
                           or (p.kind == "city" and p.population >= _STOPWORD_MIN_POP))
        elif " " not in key and places and not named_unit and self._common_word(key):
            places = tuple(p for p in places if p.kind in ("country", "admin1")
                           or (p.kind == "city" and p.population >= _COMMON_WORD_MIN_POP))
        if len(key) <= 2:        # "US", "UK" as names; never a two-letter village
            places = tuple(p for p in places if p.kind == "country")
        return places

    def _admin1_keys(self, iso2: str) -> tuple[str, ...]:
        return self._admin1_keys_by_country().get(iso2, ())

    def _admin1_keys_by_country_uncached(self) -> dict[str, tuple[str, ...]]:
        rows = self._con.execute("SELECT country, name FROM places WHERE kind = 'admin1'").fetchall()
        out: dict[str, list[str]] = {}
        for iso, name in rows:
            key = name_key(name or "")
            if iso and len(key) >= 5 and key not in out.get(iso, ()):
                out.setdefault(iso, []).append(key)
        return {k: tuple(v) for k, v in out.items()}

    def is_common_word(self, text: str) -> bool:
        """`text` is an everyday English word ("Gunmen" the model took for a place), not a name."""
        return self._common_word(name_key(text or ""))

    def _common_word(self, key: str) -> bool:
        return self._con.execute("SELECT 1 FROM common_words WHERE key = ?", (key,)).fetchone() is not None

    def _country_key_uncached(self, key: str) -> str | None:
        """The country `key` names; not one it names only by another of its names when a city of some size has that
        name as its own ("Uman": the Ukrainian city, not Oman; but "Salvador", part of El Salvador's own name, stays
        the country)."""
        places = self._places(key)
        best = max((p for p in places if p.kind == "country"),
                   key=lambda p: (p.flag != FLAG_REGION, p.flag == 0, p.population), default=None)
        if best is not None and best.flag != 0 and key not in name_key(best.name) and any(
                p.kind == "city" and p.flag == 0 and p.population >= _OWN_NAME_CITY_POP for p in places):
            return None
        return best.country if best else None

    def _capital_uncached(self, iso2: str) -> Place | None:
        row = self._con.execute("SELECT capital_id FROM countries WHERE iso2 = ?", (iso2,)).fetchone()
        if not row or row[0] is None:
            return None
        return self._place_by_id(row[0])

    def _admin1_ids(self, text: str) -> frozenset[int]:
        m = self._parse(text)
        return frozenset(p.id for p in self._places(m.key) if p.kind == "admin1")

    def _known(self, key: str) -> bool:
        return any(p.flag != FLAG_REGION for p in self._places(key))

    def _parse_uncached(self, text: str) -> Mention:
        return parse_mention(text, self._known, self._country_key)

    # ---------------------------------------------------------------- ranking

    def _candidates(self, text: str, mention: Mention) -> tuple[Place, ...]:
        if mention.capital and not mention.key:
            return ()
        lookup = self._unit_places if mention.kind else self._places
        found = tuple(p for p in _unless_acronym(text, lookup(mention.key)) if p.flag != FLAG_REGION)
        if found:
            return found
        for key in loose_keys(mention.key):
            found = tuple(p for p in _unless_acronym(text, lookup(key)) if p.flag != FLAG_REGION)
            if found:
                return found
        if ("-" in text or "/" in text) and not _EZAFE.search(text):
            # "Beirut-Saifi", "Caracas-Sucre": the city the quarter is of
            part = text.replace("/", "-").split("-")[0].strip()
            numbered = bool(re.fullmatch(r"[^-/]+-\s*\d{1,2}", text.strip()))   # "Zolote-4": a mine or section of Zolote
            if part and part != text:
                found = tuple(p for p in self._candidates(part, self._parse(part))
                              if numbered or p.kind != "city" or p.population >= _QUARTER_OF_MIN_POP)
                if found:
                    return found
        return ()

    def _score(self, p: Place, mention: Mention, countries: tuple[str, ...], admin1_ids: frozenset[int]) -> float:
        if p.kind == "country":
            s = 120.0
        elif p.kind == "admin1":
            s = 75.0
        elif p.kind == "admin2":
            s = 55.0
        else:
            s = 20.0 + 10.0 * math.log10(p.population + 1)
            if p.capital:
                s += 20.0
            if p.admin1_name and name_key(p.admin1_name) == name_key(p.name):
                s += 10.0                      # Kunduz city over Kunduz province for a plain "Kunduz"
        if p.flag == 1:
            s -= 5.0
        if p.lat is None:
            s -= 30.0
        if p.country in countries:
            s += max(30.0, 50.0 - 5.0 * countries.index(p.country))
        if mention.country_hint and p.country == mention.country_hint:
            s += 60.0
        if admin1_ids and (p.admin1_id in admin1_ids or p.id in admin1_ids):
            s += 40.0
        if mention.kind and mention.kind != "any":
            if mention.kind == p.kind:
                s += 60.0
            elif mention.kind == "admin2" and p.kind in ("admin1", "city"):
                s += 25.0
        return s

    def _best(self, text: str, countries: tuple[str, ...], admin1_ids: frozenset[int],
              region: tuple[str, ...] = ()) -> tuple[Place, Mention] | None:
        mention = self._parse(text)
        if mention.capital and not mention.key:
            iso = mention.country_hint or (countries[0] if countries else None)
            cap = self._capital(iso) if iso else None
            return (cap, mention) if cap else None
        cands = self._candidates(text, mention)
        if region:
            cands = tuple(p for p in cands if p.country in region or p.kind == "country"
                          or p.country == mention.country_hint
                          or (p.kind == "admin1" and mention.kind == "admin1")    # "in Ituri province"
                          or (p.kind == "city" and p.population >= _REGION_FOREIGN_MIN_POP))
        if not cands and mention.country_hint and mention.key in _LANDFORMS:   # "on the Kenyan coast", filed from
            home = self._country_place(mention.country_hint)                   # Mogadishu: Kenya
            return (home, mention) if home is not None else None
        if not cands:
            return self._variant_hit(text, admin1_ids) if admin1_ids else None
        best = max(cands, key=lambda p: (self._score(p, mention, countries, admin1_ids), p.population, -p.id))
        capital = _world_capital(cands, best, mention, admin1_ids)
        if capital is not None:
            best = capital
        if mention.country_hint and best.country != mention.country_hint and best.kind != "country":
            home = self._country_place(mention.country_hint)     # "the Kenyan coast": Kenya, not Tanzania's Coast
            if home is not None:
                return home, mention
        if countries and best.country not in countries and mention.country_hint != best.country \
                and best.kind != "country" \
                and best.population < _FOREIGN_MIN_POP * (10 if best.flag else 1):
            return None                     # a village of the same name abroad: not what the article means
        if (best.kind in ("admin2", "admin1") and mention.kind not in ("admin2", "admin1")) or (
                best.kind == "admin2" and mention.kind == "admin2"):
            # a unit named after its seat ("Chibok" LGA, Chibok town): the town, when the text names no unit; a
            # district the text names stands at its namesake seat ("Poonch district"), not at its largest town
            floor = 0 if best.kind == "admin2" else 50_000
            seats = [p for p in cands if p.kind == "city" and p.population >= floor
                     and (p.admin2_id == best.id or p.admin1_id == best.id)]
            if seats:
                best = max(seats, key=lambda p: p.population)
        return best, mention

    def _variant_hit(self, text: str, admin1_ids: frozenset[int], countries: tuple[str, ...] = ()
                     ) -> tuple[Place, Mention] | None:
        """The town or district a name the gazetteer lacks is another romanization of ("Tal Tamer": Tall Tamr), read
        only where the text already is: in the first-level units `admin1_ids` the text names, or near their seats
        (two sources seldom draw a province's border alike). With no province named, in `countries`, and only a town
        of places_variants.json's town_min_population ("Qalqiliyah"): a country holds too many villages spelt nearly
        alike ("Kho Mong" in Shan State, Kha Maung in Sagaing), and a person's or a people's name ("Arrigoni",
        "Hazara Town") finds one. None when two places could be meant (places_variants.pick_variant)."""
        mention = self._parse(text)
        sk = skeleton(mention.key)
        if not sk or mention.capital or _ACRONYM.fullmatch(text.strip().split("-")[0]) \
                or mention.key in vocabulary().stopwords or self._common_word(mention.key):
            return None
        found = self._skeleton_places(sk)
        scope = [p for p in found if p.admin1_id in admin1_ids
                 or (not admin1_ids and p.country in countries and p.kind == "city")]
        if not scope and admin1_ids:            # near the seat: the town, counted in the province the text names
            seats = [u for u in (self._place_by_id(i) for i in admin1_ids) if u is not None]
            reach = variant_rules().province_reach_km
            for p in found:
                u = next((v for v in seats if p.country == v.country and _km(p, v) <= reach), None)
                if u is not None:
                    scope.append(replace(p, admin1_id=u.id, admin1_name=u.name))
        # a district and the town inside it named alike are one place: the town
        scope = [p for p in scope if p.kind == "city" or not any(c.admin2_id == p.id for c in scope)]
        names = {p.id: [k for (k,) in self._con.execute(
            "SELECT key FROM names WHERE place_id = ? AND flag <= 1", (p.id,))] for p in scope}
        located = [(p, names[p.id], (q.lat, q.lon)) for p in scope for q in (self._located(p),)]
        place = pick_variant(mention.key, located)
        if place is None or (not admin1_ids and place.population < variant_rules().town_min_population):
            return None
        return place, mention

    def _skeleton_places_uncached(self, key: str) -> tuple[Place, ...]:
        rows = self._con.execute(f"SELECT {_COLUMNS} FROM skeletons s JOIN places p ON p.id = s.place_id"
                                 " WHERE s.key = ?", (key,)).fetchall()
        return tuple(Place(*r[:11], bool(r[11]), 1) for r in rows)

    def _place_by_id(self, place_id: int) -> Place | None:
        r = self._con.execute(f"SELECT {_COLUMNS} FROM places p WHERE p.id = ?", (place_id,)).fetchone()
        return Place(*r[:11], bool(r[11]), 0) if r else None

    def _resolve_uncached(self, text: str, countries: tuple[str, ...], admin1_ids: frozenset[int]
                          ) -> Location | None:
        hit = self._best(text, countries, admin1_ids)
        return self._location(hit[0], text, hit[1]) if hit else None

    def _located(self, p: Place) -> Place:
        """A unit the index holds no coordinates for ("Zari" district): those of the town named like it in its
        province (its seat, as a rule), else of its province. A country stands at its capital: an event the text
        places only in a country (a curfew, a ban, a withdrawal of troops) is most often decided and told there,
        and its geometric middle is nowhere in particular."""
        if p.kind == "country":
            cap = self._capital(p.country) if p.country else None
            return replace(p, lat=cap.lat, lon=cap.lon) if cap is not None and cap.lat is not None else p
        if p.lat is not None:
            return p
        row = self._con.execute(
            "SELECT p.lat, p.lon FROM names n JOIN places p ON p.id = n.place_id WHERE n.key = ? AND p.kind = 'city'"
            " AND p.country = ? AND p.lat IS NOT NULL AND (p.admin1_id = ? OR p.admin2_id = ?)"
            " ORDER BY n.flag, p.population DESC LIMIT 1", (name_key(p.name), p.country, p.admin1_id, p.id)).fetchone()
        if row is None and p.admin1_id is not None and p.admin1_id != p.id:
            row = self._con.execute("SELECT lat, lon FROM places WHERE id = ? AND lat IS NOT NULL",
                                    (p.admin1_id,)).fetchone()
        return replace(p, lat=row[0], lon=row[1]) if row else p

    def _location(self, p: Place, text: str, mention: Mention) -> Location:
        p = self._located(p)
        precision = _PRECISION[p.kind]
        if p.kind == "city" and mention.kind == "admin2":
            precision = GeoPrecision.DISTRICT          # "Charkh district", found as its centre town
        admin1 = p.name if p.kind == "admin1" else (None if p.kind == "country" else p.admin1_name)
        name = p.name
        if p.kind != "country" and mention.key:
            v = vocabulary()
            toks = mention.key.split()
            while len(toks) > 1 and (toks[-1] in v.unit_words or toks[-1] in v.kind_suffixes):
                toks.pop()                      # "Paktia province", "Kohistan district": the name, not the unit word
            core = " ".join(toks)
            if core != name_key(p.name):
                name = surface_name(text, core) or p.name   # "Konduz" as written, not the gazetteer's "Kunduz"
                if name.isupper() and len(name) > 3:
                    name = name.title()                 # a dateline's "MARAWI" is the town "Marawi"
        return Location(name=name, country=p.country, admin1=admin1,
                        lat=round(p.lat, 5) if p.lat is not None else None,
                        lon=round(p.lon, 5) if p.lon is not None else None,
                        precision=precision, geonames_id=p.geonames_id, text=text,
                        qualifier=mention.qualifier or None)


_REGION_WORD = re.compile(r"\s(?:region|area)$", re.IGNORECASE)


def _specificity(text: str, place: Place) -> int:
    """How specific a hit is; a town found for a name the text calls a region or an area ("the Jammu region, ...
    near Reasi": the gazetteer knows only the town Jammu) ranks as a district, so a town named with it is where."""
    if place.kind == "city" and _REGION_WORD.search(text):
        return _SPECIFICITY["admin2"]
    return _SPECIFICITY[place.kind]
