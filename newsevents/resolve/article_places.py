"""Where an article's events happened when their clauses say too little: the sentence's address chain or other
clauses, the wire's dateline, the one place the article's other events share, the article's own place."""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..core import Article, GeoPrecision, Location
from ..core.geo import great_circle_km
from ..documents.sentences import dateline_end
from ..events.drafts import EventDraft
from .cues import Cue
from .merge import Resolved, is_background
from .places import Gazetteer
from .places_context import (
    Address,
    PlaceContext,
    article_context,
    find_address,
    locative_names,
    named_countries,
)
from .places_local import local_place_texts, site_town, site_words, with_unit_words
from .places_text import name_key

HEADLINE_CHARS = 200            # a line this short before a line break is a headline or a byline, not the lead
LEAD_LINES = 3                  # the dateline opens the lead: the first line, or the one after a headline and a byline
BRIEF_CHARS = 1500              # a coder's note or a wire brief: its address chains and demonyms are about its incident
BRIEF_PARAGRAPHS = 2            # a short story told in more paragraphs than this is an article, not a brief

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def is_brief(text: str, upper: bool = False) -> bool:
    """A coder's note or a wire brief, about one incident: short and, in mixed case, told in at most
    BRIEF_PARAGRAPHS paragraphs (a 1,400-character story in six paragraphs recalls other attacks, as a long article
    does). Upper-case wire text is judged by its length alone: its transcripts break lines anywhere."""
    if len(text) > BRIEF_CHARS:
        return False
    return upper or len([p for p in PARAGRAPH_BREAK.split(text) if p.strip()]) <= BRIEF_PARAGRAPHS


def paragraph_start(text: str, at: int) -> int:
    """Where the paragraph holding offset `at` begins: after the last blank line before it, else 0."""
    return max((m.end() for m in PARAGRAPH_BREAK.finditer(text, 0, at)), default=0)


_COARSE = {GeoPrecision.COUNTRY, GeoPrecision.ADMIN1, GeoPrecision.REGION, GeoPrecision.UNKNOWN}


def sentence_place(d: EventDraft, drafts: Sequence[EventDraft], location: Location | None, text: str,
                   places_text: str, gaz: Gazetteer, context: Sequence[str], where: PlaceContext,
                   text_countries: Sequence[str]) -> tuple[Location | None, bool]:
    """A clause that names no place, or only its country or province: where its sentence's other clauses happened
    ("stormed a school in Chibok and carried off 100 girls"; `drafts` is empty for a brief, whose address chain
    stands for the whole note; not for a clause told apart from them, `d.apart`), else its wire's dateline ("GARISSA, Kenya - Kenyans mourned the 147 killed ..."),
    when either lies in the country (and the province) the clause names. In a full article (`drafts` not empty),
    not the dateline when the sentence names a town the gazetteer lacks ("an attack on the town of Barsalogho in
    central Burkina Faso" was not in Ouagadougou). The flag says the place is the dateline's town."""
    def candidates():
        beside = [x for x in drafts if x.sentence_start == d.sentence_start and not d.apart]
        others = with_unit_words(local_place_texts(
            [p for x in beside for p in x.place_texts], places_text, gaz,
            text_countries), places_text, gaz)
        if others:
            found = gaz.resolve_best([t for t, _ in others], countries=context, region=where.countries,
                                     admin1=where.admin1)
            if on_the_side(found, location):       # "stormed a mall in Nairobi ... attacked a college in eastern
                yield found, False                  # Kenya": not Nairobi
        said = [(t, at) for x in beside for t, at in x.place_texts]
        unknown = [(t, at) for t, at in said if gaz.resolve(t, countries=context) is None and not gaz.is_common_word(t)]
        if unknown:                                   # a town the gazetteer lacks: not where the wire was filed;
            town = _lead_town(text, gaz, context) if all(_site_in_town(text, t, at) for t, at in unknown) else None
            if town is not None and on_the_side(town, location):   # a site the wire's town holds may be there
                yield town, True                      # ("... pulled out of Maelbeek station" under "BRUSSELS -")
            return
        filed = _dateline_address(text, d.sentence_start, gaz, context)
        if filed is not None and on_the_side(filed.location, location):
            yield filed.location, True

    at_dateline = False
    for found, from_dateline in candidates():
        if found is not None and (location is None or (
                found.country == location.country and found.precision not in _COARSE
                and (location.precision is not GeoPrecision.ADMIN1 or found.admin1 == location.admin1))):
            location, at_dateline = found, from_dateline
        if location is not None and location.precision not in _COARSE:
            break
    return location, at_dateline


_SIDE_DEGREES = 0.3         # how far from the capital a town must lie to be on the side of the country a text names


def on_the_side(town: Location | None, country: Location | None) -> bool:
    """The town lies on the side of the country the clause names ("in northern Mozambique": not a Maputo dateline;
    "in northwestern Pakistan": a Peshawar one), judged from the capital, where the country's point stands."""
    side = country.qualifier if country is not None and country.precision is GeoPrecision.COUNTRY else None
    if town is None or not side or None in (town.lat, town.lon, country.lat, country.lon):
        return True
    north, east = town.lat - country.lat, town.lon - country.lon
    tests = {"north": north > _SIDE_DEGREES, "south": north < -_SIDE_DEGREES, "east": east > _SIDE_DEGREES,
             "west": east < -_SIDE_DEGREES}
    return all(ok for word, ok in tests.items() if word in side)


def _dateline_address(text: str, start: int, gaz: Gazetteer, countries: Sequence[str]) -> Address | None:
    """A wire's first sentence that names no place of its own happened where it was filed ("GARISSA, Kenya - Kenyans
    mourned the 147 killed ..."); the dateline is blanked for the parse, so it is read here. A dateline of several
    bureaus ("WASHINGTON/BEIRUT - The United States fired missiles at a Syrian air base") says where the reporters
    were, not where the act was."""
    end = dateline_end(text[start:start + 200])
    if not end or "/" in re.split(r"\s[-–—]|\(", text[start:start + end])[0]:
        return None
    found = find_address(text[start:start + end], gaz, countries)
    if found is not None:
        return found
    # "BUTLER, Pennsylvania - ...": a town the gazetteer does not know (or takes for a word) in a unit it knows
    links = [p.strip() for p in re.split(r"[,(]", re.split(r"\s[-–—]|\(", text[start:start + end])[0]) if p.strip()]
    unit = gaz.resolve(links[-1], countries=countries) if len(links) >= 2 else None
    if unit is None or unit.precision not in (GeoPrecision.ADMIN1, GeoPrecision.COUNTRY):
        return None
    return Address(unit, unit, (links[-1],), False)


def _lead_lines(text: str) -> Iterator[int]:
    """Where the lead's first lines start: the dateline opens the first, or the one after a headline and a byline
    ("Mogadishu truck bomb toll passes 300\n| Africa desk\nMOGADISHU, Somalia - The number ...")."""
    start = 0
    for _ in range(LEAD_LINES):
        yield start
        line_end = text.find("\n", start, start + HEADLINE_CHARS)
        if line_end < 0:
            return
        start = line_end + 1
        while start < len(text) and text[start].isspace():
            start += 1


def _lead_dateline(text: str, gaz: Gazetteer, countries: Sequence[str]) -> Address | None:
    """The address chain of the lead's dateline ("MOGADISHU, Somalia - ")."""
    return next((a for a in (_dateline_address(text, s, gaz, countries) for s in _lead_lines(text)) if a), None)


def _site_in_town(text: str, name: str, at: int) -> bool:
    """"pulled out of Maelbeek station", "at the Chhatrapati Shivaji Terminus": a name whose next word is the kind
    of a site inside a town."""
    after = re.match(r"\s+([A-Za-z]+)", text[at + len(name):at + len(name) + 20])
    return text[at:at + len(name)] == name and after is not None and after.group(1).lower() in site_words()


def _lead_town(text: str, gaz: Gazetteer, countries: Sequence[str]) -> Location | None:
    """The town of the lead's dateline, by its address chain ("MUMBAI, India - ") or alone ("BRUSSELS - ")."""
    filed = _lead_dateline(text, gaz, countries)
    if filed is not None and filed.location.precision is GeoPrecision.CITY:
        return filed.location
    return _dateline_city(text, gaz, countries)    # ("GRAND-BASSAM, Ivory Coast - ": a chain read only to its country)


_DIRECTION_OF = r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?$"     # "north-east of (the) "
_MEASURED_FROM = re.compile(r"\b" + _DIRECTION_OF, re.IGNORECASE)
_NEAR_DATELINE_KM = 150


def town_measured_from(d: EventDraft, location: Location | None, text: str, gaz: Gazetteer,
                       countries: Sequence[str]) -> Location | None:
    """"GRAND-BASSAM, Ivory Coast - Gunmen opened fire on beachgoers at a resort town east of Abidjan": the lead's
    clause names only the city its town is measured from; the dateline's town near that city is the town."""
    filed = next((at for at in _lead_lines(text) if dateline_end(text[at:at + HEADLINE_CHARS])), None)
    if location is None or location.precision is not GeoPrecision.CITY or not d.place_texts or filed is None \
            or d.sentence_start < filed or PARAGRAPH_BREAK.search(text, filed, d.sentence_start):
        return None                                   # (the dateline's own paragraph only)
    if not all(_MEASURED_FROM.search(text[max(0, at - 30):at]) for _t, at in d.place_texts):
        return None
    town = _lead_town(text, gaz, countries)
    if town is None or town.country != location.country or name_key(town.name) == name_key(location.name) \
            or None in (town.lat, town.lon, location.lat, location.lon):
        return None
    return town if great_circle_km(town.lat, town.lon, location.lat, location.lon) <= _NEAR_DATELINE_KM else None


def measured_elsewhere(texts: Sequence[tuple[str, int]], location: Location | None, text: str, gaz: Gazetteer,
                       countries: Sequence[str], region: Sequence[str], admin1: Sequence[str]) -> Location | None:
    """"in the Kahramankazan district, about 40 kilometres north of Ankara": the city a distance is measured from is
    no place of the act ("a village south of Tell Abiad" is near it: that stays) when the clause names another the gazetteer places as a district or a town; that one."""
    if location is None or location.precision not in _FINE:
        return None
    own = [t for t, at in texts if not _MEASURED_AWAY.search(text[max(0, at - 40):at])]
    if not own or len(own) == len(texts):
        return None
    found = gaz.resolve_best(own, countries=countries, region=region, admin1=admin1)
    return found if found is not None and found.precision in _FINE and found.country == location.country else None


_FINE = frozenset({GeoPrecision.POINT, GeoPrecision.CITY, GeoPrecision.DISTRICT})
_MEASURED_AWAY = re.compile(r"\d[\d,.]*\s*(?:-\s*)?(?:km|kilomet(?:re|er)s?|miles?)\s+(?:\w+\s+)?" + _DIRECTION_OF,
                            re.IGNORECASE)


def _dateline_city(text: str, gaz: Gazetteer, countries: Sequence[str]) -> Location | None:
    """The known city a lead's dateline names alone ("BRUSSELS - "), read from the first dateline found."""
    for start in _lead_lines(text):
        end = dateline_end(text[start:start + HEADLINE_CHARS])
        if end:
            name = re.split(r"[,/(]|\s-|--|[—–]", text[start:start + end])[0].strip()
            city = gaz.resolve(name.title(), countries=countries) if name else None
            return city if city is not None and city.precision is GeoPrecision.CITY else None
    return None


def _dateline_country(text: str, gaz: Gazetteer, countries: Sequence[str]) -> str | None:
    """The country of the lead's dateline: its address chain ("MOGADISHU, Somalia - "), else the known city it
    names alone ("BRUSSELS - ")."""
    filed = _lead_dateline(text, gaz, countries)
    if filed is not None:
        return filed.location.country
    city = _dateline_city(text, gaz, countries)
    return city.country if city is not None else None


def with_address(found: Address, location: Location | None) -> Location:
    """The place of a clause that lies in a sentence with an address chain. The chain's locality wins over the
    place the clause names when the gazetteer knows it; a town the clause names inside the region wins over a
    coarser link of the chain. An unknown locality keeps its name and borrows the coordinates of the town the
    clause names in the region (often the region's namesake town, nearer than the region's centre)."""
    if location is None or location.country != found.region.country:
        return found.location
    is_link = bool(location.text) and name_key(location.text) in {name_key(t) for t in found.links}
    inside = found.holds(location)
    if found.location.precision in _COARSE and location.precision not in _COARSE and not is_link and (
            found.location.admin1 is None or found.location.admin1 == location.admin1):
        return location                     # "in Samarra city in Salah ad Din, Iraq": the chain starts at the unit
    if found.exact:
        if found.primary or is_link or not inside:
            return found.location
        return location
    if inside or (is_link and location.precision is GeoPrecision.CITY):
        return replace(found.location, lat=location.lat, lon=location.lon, precision=location.precision)
    return found.location


def place_context(text: str, gaz: Gazetteer, upper: bool) -> PlaceContext:
    """A brief or a coder's note is about the countries and provinces its address chains and demonyms name; a long
    article roams (a foreign attack recalled, a foreign leader quoted), so it gets no article-wide context.
    Upper-case wire text: every word looks like a name, so no address chains, but its demonyms count."""
    if upper:
        named = named_countries(text, gaz, upper=True)
        filed = _dateline_country(text, gaz, named)
        return PlaceContext(named=((filed,) if filed else ()) + tuple(c for c in named if c != filed))
    return article_context(text, gaz) if len(text) <= BRIEF_CHARS else PlaceContext()


def fill_places(merged: list[Resolved], article: Article, drafts: Sequence[EventDraft], gaz: Gazetteer,
                 context: Sequence[str], where: PlaceContext, upper: bool, cues: Sequence[Cue]) -> None:
    """Events whose clauses name no place ("The blast killed the judge"): the one place the article's other events
    share (for the day's news not a place only recalled acts have), else (no event placed) the article's own place; when the events are in several places, the country of
    the wire's dateline, if it has one, else the one country every placed event lies in."""
    missing = [r for r in merged if r.location is None]
    if not missing:
        return
    placed = {(r.location.country, r.location.name): r.location for r in merged if r.location is not None}
    if len(placed) > 1:
        countries = {c for c, _ in placed if c}     # (a sea lies in no country: the dateline's may stand)
        filed = _dateline_country(article.text, gaz, context)
        if filed not in countries and countries:    # "PARIS - ... in Mali ... in Niger": where it was filed, not where
            filed = next(iter(countries)) if len(countries) == 1 else None
        country = gaz.resolve_country(filed) if filed else None
        for r in missing:                # "MOGADISHU, Somalia - ...", or every placed act in Somalia: at least there;
            recalled = is_background(r, article.published)   # a recalled act: where its paragraph's story is
            r.location = (recalled and _paragraph_country(r, merged, article.text, gaz)) or country or \
                _paragraph_country(r, merged, article.text, gaz)
        return
    only_recalled = bool(placed) and all(is_background(r, article.published) for r in merged if r.location)
    own = article_place(article, drafts, gaz, context, where, upper, cues) if not placed or only_recalled else None
    shared = next(iter(placed.values())) if placed else own
    for r in missing:
        # "In August, gunmen ... in the Musakhel district": a recalled act's place is not the day's news's
        today = only_recalled and own is not None and not is_background(r, article.published)
        r.location = own if today else shared


def _paragraph_country(r: Resolved, merged: Sequence[Resolved], text: str, gaz: Gazetteer) -> Location | None:
    """"In December, militants stormed a camp at Inates, in Niger. About a month later, an attack on the base at
    Chinagodrar killed 89 more": a narrative paragraph stays in the country of the act told before in it, when
    nothing else says where."""
    start = paragraph_start(text, r.sentence_start)
    before = [x for x in merged if x.location is not None and x.location.country
              and start <= x.sentence_start < r.sentence_start]
    return gaz.resolve_country(max(before, key=lambda x: x.sentence_start).location.country) if before else None


def paragraph_named_country(text: str, sentence_start: int, gaz: Gazetteer) -> Location | None:
    """"Burkina Faso has suffered worse. Last month, fighters killed hundreds in Barsalogho": an act in a town the
    gazetteer lacks lies in the one country the sentences before it in its paragraph name, if they name one (its own
    sentence's countries are its other places: "the town of Baga on the shore of Lake Chad")."""
    named = named_countries(text[paragraph_start(text, sentence_start):sentence_start], gaz)
    return gaz.resolve_country(named[0]) if len(named) == 1 else None


def filed_country(text: str, gaz: Gazetteer, countries: Sequence[str]) -> Location | None:
    """The country of the article's dateline ("BOGOTA, Colombia - ..."): where a place the gazetteer lacks, or knows
    only abroad, most likely lies when no sentence before it in its paragraph names a country."""
    filed = _lead_dateline(text, gaz, countries)        # (under a headline too: "Benin Says ...\n\nCOTONOU, Benin - ")
    return gaz.resolve_country(filed.location.country) if filed is not None and filed.location.country else None


def article_place(article: Article, drafts: Sequence[EventDraft], gaz: Gazetteer, context: Sequence[str],
                   where: PlaceContext, upper: bool, cues: Sequence[Cue] = ()) -> Location | None:
    """Events whose clauses name no place: the article's first address, else the most specific place consistent
    with every place the article's clauses name, else a known place after a locative word, else the country the
    article's demonyms name, else the country of the first body or group at home in one country it names.
    Upper-case text skips the two that read capitals."""
    found = None if upper else find_address(article.text, gaz, context)
    if found is not None:
        return found.location
    home = (*where.countries, *where.named)
    texts = [t for d in drafts for t, _ in local_place_texts(d.place_texts, article.text, gaz, home)]
    loc = gaz.resolve_best(texts, countries=context, region=where.countries, admin1=where.admin1) if texts else None
    if loc is None and not upper:
        names = [n for n in locative_names(article.text) if gaz.is_known_place(n) or gaz.resolve(n, countries=context)]
        names = [n for n, _ in local_place_texts([(n, article.text.index(n)) for n in names], article.text, gaz, home)]
        # "outside the Larkana Press Club": the town the site is named after
        names = names or [t for t in (site_town(n, gaz) for n in locative_names(article.text)) if t]
        if names:
            loc = gaz.resolve_best(names, countries=context, region=where.countries, admin1=where.admin1)
    if loc is None and not upper and len(article.text) <= BRIEF_CHARS:
        loc = _named_province(article.text, gaz, context)
    if loc is None and (where.named or where.countries):    # "A Thai soldier was killed": at least the country
        loc = gaz.resolve_country((where.named or where.countries)[0])
    if loc is None and cues:                        # "Houthi forces shelled the area": the Houthis' country
        loc = gaz.resolve_country(cues[0].country)
    return loc


_CAPITALISED = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:al|el|ad|as|de)?\s*[A-Z][\w'’-]*){0,3}")


def _named_province(text: str, gaz: Gazetteer, context: Sequence[str]) -> Location | None:
    """A brief that names its place with no locative word before it ("in rural Deir-ez-Zor", "on the eastern Idleb
    front"): the first first-level unit it names anywhere, when it names no town the gazetteer knows."""
    for m in _CAPITALISED.finditer(text):
        words = m.group(0).split()
        for n in range(len(words), 0, -1):       # "Deir-ez-Zor" before "Deir"; "Idleb front" -> "Idleb"
            name = " ".join(words[:n])
            if gaz.country_of(name):
                break                            # "the Somali government": a nationality, not Ethiopia's Somali region
            unit = next((u for u in gaz.units(name, countries=context) if u.precision is GeoPrecision.ADMIN1), None)
            if unit is not None:
                return unit
    return None


def cue_province(location: Location | None, cues: Sequence[Cue], gaz: Gazetteer) -> Location | None:
    """A note by a body whose reports of fighting come from a few provinces (a monitoring mission on one front) that
    names a village the gazetteer knows only elsewhere in the country, or not at all ("the mission observed 12
    explosions near Lozove"): the village lies in the body's first province, so the event stands there (at its
    seat, with the village's name) rather than at a far namesake or the capital. None when the place is already in
    one of those provinces, is a province the text names, or lies in another country."""
    cue = next((c for c in cues if c.admin1), None)
    if cue is None or location is None or location.country != cue.country \
            or location.precision not in (GeoPrecision.COUNTRY, GeoPrecision.CITY, GeoPrecision.DISTRICT):
        return None
    units = [u for u in (gaz.resolve_unit(a, countries=[cue.country]) for a in cue.admin1)
             if u is not None and u.country == cue.country and u.precision is GeoPrecision.ADMIN1]
    if not units or location.admin1 in {u.admin1 for u in units}:
        return None
    if location.precision is GeoPrecision.COUNTRY:
        return units[0]
    return replace(units[0], name=location.name, text=location.text)
