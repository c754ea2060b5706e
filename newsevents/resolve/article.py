"""One article's drafts -> resolved, merged Event records (dates, places, actors, claims)."""
from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from ..core import (
    Actor,
    ActorKind,
    Article,
    Attribution,
    DatePrecision,
    DateRange,
    Event,
    EventType,
    Evidence,
    GeoPrecision,
    Location,
    Participant,
    Status,
)
from ..core.ids import event_id
from ..documents.sentences import dateline_end, split_sentences, without_dateline
from ..events.background import RECENT_SPAN, SPREAD
from ..events.drafts import ActorMention, Claim, EventDraft
from ..mentions.counts import SHARE, find_casualties, toll_is_shared, total
from ..mentions.dates import vocabulary as date_vocabulary
from ..mentions.lexicon import accident_words, crash_vehicles
from .actors import ActorRegistry
from .article_places import (
    _COARSE,
    BRIEF_CHARS,
    PARAGRAPH_BREAK,
    article_place,
    cue_province,
    filed_country,
    fill_places,
    is_brief,
    measured_elsewhere,
    on_the_side,
    paragraph_named_country,
    paragraph_start,
    place_context,
    sentence_place,
    town_measured_from,
    with_address,
)
from .chain import DateChain
from .cues import CountryCues, Cue
from .dates import resolve_date
from .headline import headline_end, merge_with_headline
from .merge import BACKGROUND_DAYS, Resolved, is_background
from .resolved import ATTACKS, FINE
from .places import Gazetteer
from .places_context import Address, PlaceContext, find_address, named_countries
from .places_text import name_key, vocabulary as place_words
from .places_local import local_place_texts, site_town, with_unit_words
from .places_side import province_side
from .sites import split_sites


def address(text: str, gaz: Gazetteer, countries: Sequence[str] = ()) -> Location | None:
    """The locality of the first address chain in `text` ("in Taji, Salah ad Din, Iraq"), or None."""
    found = find_address(text, gaz, countries)
    return found.location if found is not None else None


SHORT_ARTICLE_CHARS = 2500      # a brief or a coder's note: one incident, every figure in it is that incident's


@dataclass(frozen=True)
class Resolvers:
    gazetteer: Gazetteer
    actors: ActorRegistry

    @cached_property
    def cues(self) -> CountryCues:
        """The country cues of `actors` and the mission list, read on first use."""
        return CountryCues.load(self.actors)


def _actor(m: ActorMention, actors: ActorRegistry, upper: bool, country: str | None = None,
           on: datetime.date | None = None) -> Actor | None:
    """The mention as an Actor. The registry reads it again with the event's country and date, so an alias several
    actors share ("ADF") names the one at home there and active then, not the matcher's default reading."""
    if not m.text:
        return None
    hit = actors.resolve(m.text, upper_text=upper, country=country, on=on)
    canonical = (hit.canonical if hit else None) or m.canonical
    kind = None
    if canonical:
        entry = actors.get(canonical)
        kind = entry.kind if entry else ActorKind.ORGANIZATION
    elif m.kind:
        kind = ActorKind(m.kind)
    return Actor(m.text, canonical, kind or ActorKind.UNKNOWN)


def _states(perps: Sequence[Actor], actors: ActorRegistry) -> set[str]:
    """The countries whose forces the doers are: "India struck ..." (IN), "Pakistani shelling" (the registry's
    Military Forces of Pakistan: PK), "Israeli jets" (IL). A coalition of several countries names none."""
    out = set()
    for p in perps:
        if p.kind is not ActorKind.STATE:
            continue
        entry = actors.get(p.canonical) if p.canonical else None
        if entry is not None:
            out.update(entry.countries if len(entry.countries) == 1 else ())
            continue
        code = actors.country_code(p.name) or actors.country_code(p.name.split()[0])
        if code:
            out.add(code)
    return out


def _doers_at_home(events: list[Resolved], actors: ActorRegistry, gaz: Gazetteer) -> None:
    """Doers named by what they are take the name a coder gives them in the country of the act. "Police opened
    fire on the crowd", "regime forces shelled the town": a force of no country is the forces of the country the
    act was in (Police Forces of Haiti, Military Forces of Syria), unless the article has another state's forces
    acting ("Israeli troops entered Jenin ... soldiers opened fire": whose soldiers is not sure). "Gunmen",
    "unknown assailants" in Nigeria are the Unidentified Armed Group (Nigeria), as ACLED codes them, and keep their
    kind; not in an article that names a group as doer, claimant or suspect anywhere ("Gunmen stormed the Hayat
    Hotel ... Al-Shabaab said its fighters carried out the attack": they are not unidentified)."""
    states = {c for r in events for c in _states(r.perpetrators, actors)}
    group = any(r.claimed_by or r.attributed_by or any(p.canonical and p.kind is not ActorKind.STATE
                                                       for p in r.perpetrators) for r in events)
    for r in events:
        code = r.location.country if r.location is not None else None
        if code is None:
            continue
        home = gaz.resolve_country(code)
        country = home.name if home is not None and not group else None
        named = [_at_home(p, code, country, actors, bool(states - {code})) for p in r.perpetrators]
        r.perpetrators = [p for i, p in enumerate(named)     # "soldiers" beside "the Salvadoran army": one doer
                          if p.kind is not ActorKind.STATE or not p.canonical
                          or all(q.canonical != p.canonical for q in named[:i])]


def _at_home(p: Actor, code: str, country: str | None, actors: ActorRegistry, others_act: bool) -> Actor:
    """The doer with the name a coder gives it in the country `code` (named `country`, None: give generic doers no
    label); a named doer as it is, a force of no country as nobody in particular when other states' forces act."""
    if p.canonical:
        return p
    if p.kind is ActorKind.STATE:
        return replace(p, canonical=None if others_act else actors.home_forces(p.name, code))
    return replace(p, canonical=actors.coded_label(p.name, country)) if country else p


def _kin(actors: ActorRegistry, canonical: str) -> list[str]:
    """The groups a claim by which may own the actor's act: its parents, and the groups it pledged itself to and
    theirs (the ADF's act claimed by the Islamic State, through its Central Africa Province)."""
    entry = actors.get(canonical)
    return [*actors.lineage(canonical)[1:], *(x for a in (entry.affiliates if entry else ()) for x in actors.lineage(a))]


def _claims(claims: Sequence[Claim], actors: ActorRegistry, upper: bool, country: str | None = None,
            on: datetime.date | None = None):
    claimed, attributed, denied, named = [], [], False, []
    for c in claims:
        a = _actor(c.actor, actors, upper, country, on)
        if c.negated:
            denied = True
            continue
        if a is None:
            continue
        name = a.canonical or a.name
        if c.is_attribution:
            at = Attribution(c.source, name)
            if at not in attributed:
                attributed.append(at)
        elif name not in claimed:
            claimed.append(name)
        named.append(a)
    return claimed, attributed, denied, named


# "The group claimed both attacks.", "Hezbollah blamed Israel for both attacks."
_TWO = re.compile(r"[^.;]{0,40}?\b(?:both|the\s+two|the\s+twin)\b", re.I)
_TWO_BEFORE = re.compile(r"\b(?:both|the\s+two|the\s+twin)\b[^.;]{0,30}$", re.I)     # "Both were claimed by"


def _attach_loose(drafts: list[EventDraft], loose: Sequence[Claim], brief: bool, text: str) -> None:
    """A claim in a sentence of its own ("The Taliban claimed responsibility."): in a brief, for the incident the brief
    is about (its first attack); in a longer article, for the attack told last before it, or the last two when it
    claims "both attacks"."""
    for c in loose:
        before = [d for d in drafts if d.trigger_start <= c.start and d.event_type.value != "threat"]
        after = [d for d in drafts if d.trigger_start > c.start and d.event_type.value != "threat"]
        two = _TWO.match(text, c.start) or _TWO_BEFORE.search(text[max(0, c.start - 40):c.start])
        targets = (before[-2:] if two else before[:1] if brief else before[-1:]) if before else after[:1]
        if not brief and not two:
            targets = _placed_by_claim(before, text, c.start) or targets
        for target in targets:
            target.claims.append(c)


def _placed_by_claim(before: list[EventDraft], text: str, start: int) -> list[EventDraft]:
    """"The Islamic State group had claimed the Baghdad bombings in January": a claim that names the place of one act
    told before is that act's, not the last one's."""
    end = text.find(".", start)
    said = text[start:end if end > 0 else len(text)]
    names = lambda d: {w for p, _ in d.place_texts for w in p.split() if w[:1].isupper()}   # noqa: E731
    placed = [d for d in before if any(re.search(rf"\b{re.escape(w)}\b", said) for w in names(d))]
    return placed[-1:] if placed and all(names(d) == names(placed[0]) for d in placed) else []


def resolve_article(article: Article, drafts: list[EventDraft], loose_claims: Sequence[Claim],
                    resolvers: Resolvers, *, upper: bool = False) -> list[Event]:
    short = is_brief(article.text, upper)           # a coder's note or a wire brief
    brief = short and not upper
    drafts = _strikes_of_labour(_developments_in_briefs(drafts, short, upper))
    if not drafts and not brief:
        return []
    chain = DateChain(article.text, article.published)
    gaz, actors = resolvers.gazetteer, resolvers.actors
    places_text = _CURRENCY.sub(lambda m: " " * len(m.group(0)), article.text)   # same offsets, names blanked
    for d in drafts:
        d.place_texts = [(t, o) for t, o in d.place_texts if places_text[o:o + len(t)].strip()]
    where = place_context(places_text, gaz, upper)
    # a brief that names a body or group at home in one country is about that country ("the OSCE SMM observed
    # explosions near Vodyane"): it ranks after the countries the text names, and its provinces guide homonyms
    cues = resolvers.cues.find(article.text, upper=upper) if short else []
    if cues:
        where = replace(where, admin1=where.admin1 + tuple(a for c in cues for a in c.admin1 if a not in where.admin1))
    if not drafts:
        countries = _countries(where, [], cues)
        note = _coded_note(article, chain, gaz, countries, where, cues, places_text)
        if note is None:
            return []
        _coded_tolls([note], article.text)
        return [_event(article, r) for r in split_sites([note], gaz, countries, toll_is_shared(article.text))]
    _attach_loose(drafts, loose_claims, brief, article.text)
    # the bodies a brief names say where it is too: a village of the same name abroad adds no country
    named = gaz.countries_in([t for d in drafts for t, _ in d.place_texts] + ([article.title] if article.title else []),
                             prior=(*where.countries, *where.named, *(c.country for c in cues)))
    context = _countries(where, named, cues)
    region = where.countries
    text_countries = (*where.countries, *where.named) or named_countries(places_text, gaz)
    items: list[Resolved] = []
    done: dict[int, Resolved] = {}
    addresses: dict[int, Address | None] = {}       # one address per sentence, shared by its drafts
    for d in drafts:
        parent = done.get(id(d.inherits_from)) if d.inherits_from is not None and not d.answered else None
        date, date_text = None, ""
        said = [chain.dates_a_report(off) for _t, off in d.date_texts]
        for (text, off), report in zip(d.date_texts, said):
            if not brief and chain.dates_a_count(off):
                continue                                # "the toll rose to 300 on Monday": the count's day
            if report and (not all(said) or d.definite or d.anaphoric or (not brief and chain.dates_a_claim(off))):
                continue                                # "claimed on Thursday a bombing ... the day before"; "claimed
                                                        # the attack on Monday": the statement's day, not the act's
            since = _SINCE_WHEN.match(article.text, off)
            if since is not None and d.trigger_start >= since.end():
                text, off = since.group(1), since.start(1)   # "since January, when fighting displaced ...": January
            back = _gap_back(text, date) if off < d.trigger_start else None
            if back is not None:
                date, date_text = back, text            # "on Sunday, 20 years after militants seized the school"
                continue
            r = chain.at(text, off)
            if r is not None and r.start is not None and (date is None or _within(r, date)
                                                          or _past_midnight(date_text, date, r)):
                date, date_text = r, text               # "Last year gunmen attacked ... in June": the month
        if date is None and not short and not upper and d.inherits_from is None and not d.answered:
            date = _day_told_before(d, drafts, chain, article)
        texts = with_unit_words(local_place_texts(d.place_texts, places_text, gaz, text_countries), places_text,
                                gaz)
        near = _capital_country(texts, places_text, gaz)
        here = _crossed_into(region, d.sentence_text, gaz, upper) if texts else region
        location = gaz.resolve_best([t for t, _ in texts], countries=(*near, *context), region=here,
                                    admin1=where.admin1) if texts else None
        location = measured_elsewhere(texts, location, article.text, gaz, (*near, *context), here,
                                      where.admin1) or location
        pointer = (d.definite or d.anaphoric) and not d.place_texts    # "to carry out the attack": the act told before
        if brief or (location is None and not pointer) or (location is not None and location.precision in _COARSE):
            # a brief's address chain is its incident's; in a long article a clause's own town stands
            if d.sentence_start not in addresses:
                addresses[d.sentence_start] = find_address(without_dateline(d.sentence_text), gaz, context)
            found = addresses[d.sentence_start]
            if found is not None and on_the_side(found.location, location):
                location = with_address(found, location)
        if not short and not upper:
            location = town_measured_from(d, location, article.text, gaz, context) or location
        if location is None and d.place_texts and not short and not upper:    # a town the gazetteer lacks
            location = paragraph_named_country(places_text, d.sentence_start, gaz) or filed_country(
                places_text, gaz, context)
        filed = False
        if (location is None or location.precision in _COARSE) and not (d.anaphoric or pointer):
            location, at_dateline = sentence_place(d, [] if short else drafts, location, article.text, places_text,
                                                   gaz, context, where, text_countries)
            filed = at_dateline and not short
        location = cue_province(location, cues, gaz) or province_side(location, d.sentence_text, gaz) or location
        if location is not None and location.precision is GeoPrecision.COUNTRY:
            location = _site_named_town(d, location, gaz) or location
        country = location.country if location is not None else None
        on = date.start if date is not None else article.published
        perps = [a for a in (_actor(m, actors, upper, country, on) for m in d.perpetrators) if a is not None]
        claimed, attributed, denied, named = _claims(d.claims, actors, upper, country, on)
        if parent is not None:
            date = date or (parent.date if parent.date_given else None)
            if parent.location and (location is None or (location.country == parent.location.country and
                                                          location.precision.value == "country"
                                                          and on_the_side(parent.location, location))):
                location = parent.location
            perps = perps or list(parent.perpetrators)
        items.append(Resolved(
            event_type=d.event_type, status=d.status, generic=d.generic, sentence_start=d.sentence_start,
            weight=d.weight, trigger=d.trigger, trigger_start=d.trigger_start, suicide=d.suicide, anaphoric=d.anaphoric,
            definite=d.definite, boast=d.boast, answered=d.answered, claim_actors=named, several=d.several,
            named=d.named,
            parents={x.lower() for p in perps if p.canonical for x in _kin(actors, p.canonical)},
            states=_states(perps, actors),
            date=date, date_given=date is not None, location=location, filed=filed, perpetrators=perps,
            targets=[Participant(n, k) for n, k in d.targets],
            victims=[Participant(v) for v in d.victims], weapons=list(d.weapons),
            fatalities=d.fatalities, injuries=d.injuries, claimed_by=claimed, claim_denied=denied,
            attributed_by=attributed,
            evidence=[Evidence(article.text[d.sentence_start:d.sentence_end], d.sentence_start, d.sentence_end)],
        ))
        done[id(d)] = items[-1]
    merged = merge_with_headline(items, headline_end(article.text, upper), article.published,
                                 [] if short else [m.start() for m in PARAGRAPH_BREAK.finditer(article.text)])
    fill_places(merged, replace(article, text=places_text), drafts, gaz, context, where, upper, cues)
    if len(merged) == 1:
        if len(article.text) <= SHORT_ARTICLE_CHARS:
            _whole_article_tolls(merged[0], article.text)
        if not merged[0].date_given:                  # one incident, no date in its clauses: the article's first day
            day = next((r for _, r in _past_days(chain, article.published)), None)
            if day is not None:
                merged[0].date, merged[0].date_given = day, True
    elif brief:
        _coded_tolls(merged, article.text)
        # a coder's note of several events ("On 27 April, ... A shoot-out broke out ..."): an undated event takes
        # the last day the note named before it
        days = _past_days(chain, article.published)
        for r in merged:
            if not r.date_given:
                day = next((d for o, d in reversed(days) if o < r.sentence_start), None)
                if day is not None:
                    r.date, r.date_given = day, True
    else:
        _paragraph_days(merged, article.text, article.published)
        merged = _without_sums(merged, article.published)
    if brief:
        merged = split_sites(merged, gaz, context, toll_is_shared(article.text))
    _doers_at_home(merged, actors, gaz)
    return [_event(article, r) for r in merged if not (r.generic and r.fatalities is None and r.injuries is None
                                                       and not r.perpetrators and not r.location and len(merged) > 1)]


# "the US dollar exchange rate", "the Lebanese pound", "Molotov cocktails": a place name that names a currency or a
# thing, not where it happened
_CURRENCY = re.compile(r"\b(U\.S\.|US|[A-Z][a-z]+)\s+(?=(?:dollars?|euros?|pounds?|dinars?|rials?|riyals?|liras?|rupees?"
                       r"|pesos?|yuan|rubles?|roubles?|shillings?|naira|francs?|cedis?|hryvnias?|manats?|cocktails?)\b)")


_NOTE_LABEL = re.compile(r"(?:[A-Z][\w/ -]{2,40}:\s+)?")       # "Movement of forces: On 8 May 2020, ..."
_NOTE_DATE_WITHIN = 40            # a coder's note opens with its day ("On 2 May 2020,", "Around 9 May 2020 (as reported)")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")   # a coder writes the full day; a wire brief's "On Tuesday" is no note
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z(\[]|\s*$)")


CAPITAL_WINDOW = 300        # characters before "the capital" (in its paragraph) whose country it is the capital of


def _capital_country(texts: Sequence[tuple[str, int]], text: str, gaz: Gazetteer) -> tuple[str, ...]:
    """"Its gunmen stormed a hotel in the capital": the capital of the country the text was just speaking of (the
    sentence before named "the Somali government"), not of the article's most named country."""
    if not texts or any(name_key(t) not in place_words().capital_words for t, _ in texts):
        return ()
    start = texts[0][1]
    paragraph = text.rfind("\n\n", 0, start) + 1
    return named_countries(text[max(paragraph, start - CAPITAL_WINDOW):start], gaz)[:1]


_NAMES = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


def _crossed_into(region: tuple[str, ...], sentence: str, gaz: Gazetteer, upper: bool) -> tuple[str, ...]:
    """"Its fighters crossed into Uganda and attacked a school in Mpondwe": a country the clause's sentence names is
    one its towns may lie in, though the article's address chains name another (a country the clause goes into or
    is in, not a demonym: "near the Thai border")."""
    if not region:
        return region
    found: list[str] = []
    for m in _NAMES.finditer(sentence):
        for name in (m.group(0), *m.group(0).split()):
            if upper and name in ("US", "Us") or gaz.is_demonym(name) or not re.search(
                    rf"\b(?:into|in|inside|across)\s+(?:the\s+)?{re.escape(name)}\b", sentence):
                continue
            iso = gaz.country_of(name)
            if iso and iso not in region and iso not in found:
                found.append(iso)
    return (*region, *found)


def _without_sums(merged: list[Resolved], published: datetime.date | None) -> list[Resolved]:
    """"Two attacks on Thursday killed at least 19 people" told, then each attack on its own: the sum is no third
    incident. Only a sum that nothing else was folded into, with at least two current acts of its day told apart."""
    out = []
    for r in merged:
        parts = [x for x in merged if x is not r and x.event_type in ATTACKS and not is_background(x, published)
                 and (not x.date_given or not r.date_given or (x.date and r.date and x.date.start == r.date.start))
                 and not (x.location and r.location and x.location.country != r.location.country)]
        if not (r.several and r.mentions == 1 and len(parts) >= 2):
            out.append(r)
    return out


_SINCE_WHEN = re.compile(r"since\s+([^,.;]+?),?\s+when\b", re.IGNORECASE)   # the "when" clause tells the start


_GAP_AFTER = re.compile(r"(?:about\s+|some\s+|nearly\s+)?(\w+)\s+(years?|decades?)\s+after", re.IGNORECASE)


def _gap_back(text: str, date: DateRange | None) -> DateRange | None:
    """"Mothers carried roses into the gymnasium on Sunday, 20 years after militants seized the school": the act told
    after "N years after" came N years before the day the clause named first."""
    m = _GAP_AFTER.fullmatch(text.strip())
    if m is None or date is None or date.start is None or date.precision not in (DatePrecision.DAY, DatePrecision.WEEK,
                                                                                DatePrecision.MONTH):
        return None
    return resolve_date(f"{m.group(1)} {m.group(2)} before", anchor=date.start, previous=date)


_HOURS_LATER = re.compile(r"(?:\w+\s+)?(?:hours|minutes)\s+(?:later|afterwards|after)\b", re.I)


def _past_midnight(first_text: str, first: DateRange, named: DateRange) -> bool:
    """"Hours later, early on Friday, five men drove into ...": hours after Thursday's act may be the next day, and
    the day the clause names after them says which."""
    return (bool(_HOURS_LATER.fullmatch(first_text.strip())) and first.precision is DatePrecision.DAY
            and named.precision is DatePrecision.DAY and named.start is not None and first.start is not None
            and (named.start - first.start).days == 1)


def _within(inner: DateRange, outer: DateRange) -> bool:
    """`inner` is a shorter span inside `outer` (a month of the year the clause named first)."""
    if inner.end is None or outer.end is None or inner.start is None or outer.start is None:
        return False
    return outer.start <= inner.start and inner.end <= outer.end and inner.end - inner.start < outer.end - outer.start


def _paragraph_days(merged: Sequence[Resolved], text: str, published: datetime.date | None) -> None:
    """In a full article, an undated event told after a dated one in the same paragraph happened that day ("Hours
    later, a blast at a guesthouse killed two. A final explosion went off as police raided a house"): a narrative
    paragraph keeps to its time until it names another, and so does the paragraph right after it (a lead's day for
    the account that follows: "Two attacks on Thursday ... [new paragraph] In Cali, a truck loaded with explosives
    blew up"). Only a day carries over, only to an act that took place or failed ("A third bomb did not go off"; not
    to a threat or a plan), and only a day before publication ("as of 16 March we will burn vehicles"). A wire whose
    dateline dates the report ("SAN SALVADOR, 15 MAR 89 --") dates its undated events by it instead."""
    if any(c.isdigit() for c in text[:dateline_end(text[:300])]):
        return
    breaks = [m.start() for m in PARAGRAPH_BREAK.finditer(text)]
    last: Resolved | None = None
    for r in sorted(merged, key=lambda r: r.sentence_start):
        if last is not None and bisect_right(breaks, r.sentence_start) - bisect_right(breaks, last.sentence_start) > 1:
            last = None                                  # the paragraph after the day's still tells of it, no further
        if r.date_given:
            last = r
        elif (last is not None and last.date is not None and last.date.precision is DatePrecision.DAY
              and r.status in (Status.REALIZED, Status.ATTEMPTED)
              and (published is None or last.date.start <= published)):
            r.date, r.date_given = replace(last.date, text=None), True     # the day, not a date expression of its own


def _day_told_before(d: EventDraft, drafts: Sequence[EventDraft], chain: DateChain, article: Article) -> DateRange | None:
    """An undated act in a full article told right after a short sentence that sets a day and tells no act of its
    own ("Israel answered on Saturday. Its warplanes bombed the port, ..."): the act is that day's. Only the sentence
    just before the act's counts, only a day on or before publication, only a sentence no draft was read from, and
    not a report's day ("Police said on Monday ...")."""
    para = paragraph_start(article.text, d.sentence_start)
    told = {x.sentence_start for x in drafts}
    before = [(o, r) for o, r in _past_days(chain, article.published) if para <= o < d.sentence_start]
    if not before:
        return None
    o, r = before[-1]
    if len(_SENTENCE_END.findall(article.text, o, d.sentence_start)) != 1 or any(o <= t < d.sentence_start for t in told):
        return None                                      # not the sentence just before, or one that told an act
    opened = max([m.end() for m in _SENTENCE_END.finditer(article.text, para, o)] + [para])
    lead = article.text[opened:d.sentence_start].strip()
    reported = {w.lower() for w in re.findall(r"\w+", lead)} & date_vocabulary().report_verbs
    return r if len(lead) <= _TIME_LEAD_CHARS and not reported else None


_TIME_LEAD_CHARS = 60       # "Israel answered on Saturday.": a short sentence that sets the paragraph's day


def _past_days(chain: DateChain, published: datetime.date | None) -> list[tuple[int, DateRange]]:
    """The article's day-precise dates (offset, range) in text order, less those after its publication."""
    return [(o, r) for o, r in chain.resolved if r.precision is DatePrecision.DAY and r.start is not None
            and (published is None or r.start <= published)]


def _countries(where: PlaceContext, named: Sequence[str], cues: Sequence[Cue]) -> list[str]:
    """The article's countries, most telling first: its address chains, the places its clauses name, the countries
    it names or implies, then the countries of the bodies and groups it names."""
    out = list(where.countries)
    for c in (*named, *where.named, *(c.country for c in cues)):
        if c not in out:
            out.append(c)
    return out


def _coded_note(article: Article, chain: DateChain, gaz: Gazetteer, context: Sequence[str],
                where: PlaceContext, cues: Sequence[Cue], places_text: str) -> Resolved | None:
    """A coder's note that opens with its day records one event even when no trigger word names it ("Houthi
    reinforcements arrived on three fronts", "soldiers joined the Taliban"): kept as `other` with the note's day and
    place, so the record is not lost. A short text that does not open with a full day ("On Tuesday, parliament
    passed the budget") stays eventless."""
    label = _NOTE_LABEL.match(article.text)
    lead = label.end() if label else 0
    day = next((r for o, r in _past_days(chain, article.published)
                if o - lead <= _NOTE_DATE_WITHIN and _YEAR.search(r.text or "")), None)
    if day is None:
        return None
    location = article_place(replace(article, text=places_text), (), gaz, context, where, False, cues)
    location = cue_province(location, cues, gaz) or location
    end = _SENTENCE_END.search(article.text, lead)
    stop = end.end() if end else len(article.text)
    return Resolved(event_type=EventType.OTHER, status=Status.REALIZED, generic=True, sentence_start=lead,
                    weight=0.3, trigger="", trigger_start=lead, date=day, date_given=True, location=location,
                    evidence=[Evidence(article.text[lead:stop], lead, stop)])


def _site_named_town(d: EventDraft, country: Location, gaz: Gazetteer) -> Location | None:
    """"attacked Garissa University College in eastern Kenya": the town a target is named after, in the country the
    clause names, places the act more finely than the country."""
    for name, _kind in d.targets:
        town = site_town(name, gaz)
        found = gaz.resolve(town, countries=(country.country,)) if town else None
        if found is not None and found.country == country.country and found.precision in FINE \
                and on_the_side(found, country):
            return found
    return None


def _strikes_of_labour(drafts: list[EventDraft]) -> list[EventDraft]:
    """Once the article has told of a strike as a stoppage of work ("a curfew because of the strike by coca
    growers"), a later bare "strike" is that stoppage ("the strike is supported by the rebels"), not an attack
    from the air: a remote_violence draft whose only trigger is "strike" and that names no weapon, toll or victim
    is dropped."""
    if not any(d.event_type is EventType.PROTEST and _STRIKE.search(d.trigger) for d in drafts):
        return drafts
    return [d for d in drafts if not (d.event_type is EventType.REMOTE_VIOLENCE and _STRIKE.fullmatch(d.trigger)
                                      and not (d.weapons or d.victims or d.fatalities or d.injuries))]


_STRIKE = re.compile(r"strikes?", re.I)


def _developments_in_briefs(drafts: list[EventDraft], short: bool, upper: bool) -> list[EventDraft]:
    """A non-violent development ("police seized a ton of cannabis", "reinforcements arrived") is an event only in
    a coder's note or a wire brief that tells of nothing violent: in a long article such words are background."""
    violent = [d for d in drafts if d.event_type is not EventType.OTHER]
    if violent or upper or not short:
        return violent
    return drafts


def _whole_article_tolls(r: Resolved, text: str) -> None:
    """An article that tells of one incident: the casualty figures of all its sentences belong to it (a toll given
    in a sentence with no trigger, or in a clause the trigger did not reach); not those of an accident told beside
    it ("a helicopter crashed on landing; two crew members died"), nor a record summed over years."""
    apart = [(x.start, x.end) for x in split_sentences(text) if _craft_crash(x.text) or _SUMMING_UP.search(x.text)
             or SPREAD.search(x.text) or RECENT_SPAN.search(x.text)]
    found = [c for c in find_casualties(text) if not any(a <= c.start < b for a, b in apart)]
    for attr, kind in (("fatalities", "killed"), ("injuries", "injured")):
        whole = total(found, kind)
        if whole is not None:
            setattr(r, attr, whole)


# a toll summed over years ("a campaign of bombings that killed more than 800 people over four decades"): a record,
# not the incident's
_SUMMING_UP = re.compile(r"\b(?:over|during)\s+(?:the\s+(?:past|last)\s+)?(?:\d+|two|three|four|five|six|seven"
                         r"|eight|nine|ten|several|many)\s+(?:decades|years)\b|\bcampaign\s+of\b", re.I)


def _craft_crash(sentence: str) -> bool:
    return bool(accident_words().search(sentence) and crash_vehicles().search(sentence))


def _coded_tolls(events: list[Resolved], text: str) -> None:
    """A coder's note that codes its toll ("Fatalities coded as 10", "3 fatalities.", "split between 2 events")
    codes it for the note's record: each event read from the note carries that figure."""
    found = find_casualties(text)
    if any(c.coded or c.kind == SHARE for c in found):
        toll = total(found, "killed")
        if toll is not None:
            for r in events:
                r.fatalities = toll


_CROWD = {EventType.PROTEST: "protesters", EventType.RIOT: "rioters"}


def _event(article: Article, r: Resolved) -> Event:
    date = r.date
    if date is None and article.published is not None:
        date = DateRange(article.published, article.published, DatePrecision.UNKNOWN, None)
    background = bool(article.published and date and date.end and
                      (article.published - date.end).days > BACKGROUND_DAYS)
    filled = sum(bool(x) for x in (r.date_given, r.location, r.perpetrators, r.fatalities or r.injuries, r.targets))
    confidence = min(0.99, r.weight * (0.6 if r.generic else 0.8) + 0.05 * filled + 0.03 * (r.mentions - 1))
    first = r.evidence[0]
    perpetrators = tuple(r.perpetrators)
    if not perpetrators and r.event_type in _CROWD and len(article.text) <= BRIEF_CHARS:
        # a coder's note of a protest or riot that names no one codes the crowd as its actor, as ACLED's "Protesters
        # (Country)"; a full article that names no one leaves the actor open
        perpetrators = (Actor(_CROWD[r.event_type], None, ActorKind.UNKNOWN),)
    return Event(
        event_id=event_id(article.id, r.event_type.value, r.trigger_start, first.end),
        article_id=article.id, event_type=r.event_type, status=r.status, suicide=r.suicide, date=date,
        location=r.location, perpetrators=perpetrators, targets=tuple(r.targets), victims=tuple(r.victims),
        weapons=tuple(r.weapons), fatalities=r.fatalities, injuries=r.injuries,
        claimed_by=tuple(r.claimed_by), attributed_by=tuple(r.attributed_by), evidence=tuple(r.evidence),
        confidence=round(confidence, 3), trigger=r.trigger, background=background,
    )
