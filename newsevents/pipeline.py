"""Orchestration only: articles -> candidate sentences -> parsed Docs -> drafts -> resolved events.

Every article ends as ok (with its events), skipped or failed (with a reason); the run goes on.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

from .config import Settings
from .core import Article, ArticleOutcome, Event, Outcome
from .core.ids import content_hash
from .documents.model import load_model
from .documents.relevance import relevant_events
from .documents.sentences import (
    candidate_sentences,
    dateline_end,
    is_upper_case,
    without_dateline,
)
from .documents.truecase import (
    CaseKnowledge,
    lexicon_from_model,
    spellings_from_aliases,
    truecase,
)
from .events.assemble import assemble, note_actors
from .events.names import person_names, unplace_surnames, with_full_names
from .events.roles import ActorHistory, PlaceTests
from .mentions.components import add_components
from .mentions.lexicon import candidate_regex
from .resolve.actors import ActorRegistry
from .resolve.article import Resolvers, resolve_article
from .resolve.article_places import BRIEF_CHARS, PARAGRAPH_BREAK
from .resolve.places import Gazetteer

if TYPE_CHECKING:
    from .cluster import ClusterSpec

PARALLEL_MIN_ARTICLES = 24      # below this, worker start-up costs more than it saves
BATCH = 16


class Pipeline:
    """Loads the model, the actor registry and the gazetteer once, then extracts events from many articles."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings.load()
        self._nlp = None
        self._resolvers: Resolvers | None = None
        self._case: CaseKnowledge | None = None
        self._pid = os.getpid()

    @property
    def nlp(self):
        if self._nlp is None:
            registry = ActorRegistry.load()
            nlp = load_model()
            add_components(nlp, actor_aliases=registry.aliases(),
                           case_sensitive_aliases=registry.aliases(case_sensitive=True),
                           state_actors=registry.state_canonicals(), person_actors=registry.person_canonicals())
            self._nlp = nlp
        return self._nlp

    @property
    def resolvers(self) -> Resolvers:
        if self._resolvers is None or self._pid != os.getpid():
            self._pid = os.getpid()          # SQLite handles do not survive a fork: open our own
            self._resolvers = Resolvers(Gazetteer.open(self.settings.gazetteer), ActorRegistry.load())
        return self._resolvers

    @property
    def case_knowledge(self) -> CaseKnowledge:
        """What truecasing upper-case text needs: the model's English lexicon, registry spellings, the gazetteer."""
        if self._case is None:
            self._case = CaseKnowledge(
                lexicon_from_model(self.nlp), spellings_from_aliases(ActorRegistry.load().aliases()),
                is_place=lambda s: self.resolvers.gazetteer.is_known_place(s),
                is_nationality=lambda s: self.resolvers.gazetteer.country_of(s) is not None)
        return self._case

    @property
    def place_tests(self) -> PlaceTests:
        gaz = self.resolvers.gazetteer

        def is_demonym(text: str) -> bool:
            loc = gaz.resolve(text)
            return bool(loc and loc.precision.value == "country" and loc.name
                        and loc.name.lower() != text.lower() and gaz.country_of(text) is not None
                        and not text.isupper())
        def is_country(text: str) -> bool:
            loc = gaz.resolve(text)
            return bool(loc and loc.precision.value == "country") and not is_demonym(text)
        return PlaceTests(gaz.is_known_place, is_demonym, is_country)

    # -- one batch of articles, in this process -------------------------------------------------------
    def extract_batch(self, articles: Sequence[Article]) -> list[ArticleOutcome]:
        jobs = []
        plans = []
        unparsed = []
        prefilter = candidate_regex()
        for ai, art in enumerate(articles):
            upper = is_upper_case(art.text)
            text = truecase(art.text, self.case_knowledge) if upper else art.text
            plans.append(upper)
            for sent, parse in candidate_sentences(text, prefilter):
                body = text[sent.start:sent.end]
                if parse:
                    # an upper-case wire keeps its dateline for the parse: its date dates the report
                    jobs.append((body if upper else without_dateline(body), (ai, sent.start)))
                else:
                    unparsed.append((ai, sent.start, body))
        docs: dict[int, list] = {i: [] for i in range(len(articles))}
        actors = self.nlp.get_pipe("newsevents_actors_v1")
        for ai, start, body in unparsed:             # who a sentence names, without a parse ("it", "the group")
            docs[ai].append((start, actors(self.nlp.make_doc(body))))
        try:
            for doc, (ai, start) in self.nlp.pipe(jobs, as_tuples=True, batch_size=128):
                docs[ai].append((start, doc))
        except Exception as exc:                      # one bad article must not sink the batch: redo singly
            if len(articles) == 1:
                return [ArticleOutcome(articles[0].id, Outcome.FAILED, f"parse failed: {exc}", "documents",
                                       article=articles[0])]
            return [o for a in articles for o in self.extract_batch([a])]
        out = []
        for ai, art in enumerate(articles):
            try:
                events = self._article_events(art, docs[ai], plans[ai])
            except Exception as exc:
                out.append(ArticleOutcome(art.id, Outcome.FAILED, f"{type(exc).__name__}: {exc}", "events", article=art))
                continue
            out.append(ArticleOutcome(art.id, Outcome.OK, None, None, tuple(events), article=art))
        return out

    def _article_events(self, art: Article, docs: list, upper: bool) -> list[Event]:
        history = ActorHistory()
        drafts, loose = [], []
        tests = self.place_tests
        for start, doc in sorted(docs, key=lambda x: x[0]):
            if not doc.has_annotation("DEP"):
                note_actors(doc, start, history)      # a sentence with no act word: only who it names
                continue
            d, c = assemble(doc, start, history, tests)
            drafts.extend(d)
            loose.extend(c)
        if not upper:
            unplace_surnames(drafts, (doc for _, doc in docs))
        events = resolve_article(art, drafts, loose, self.resolvers, upper=upper)
        persons = person_names(doc for _, doc in docs if doc.has_annotation("DEP"))
        return relevant_events([with_full_names(e, persons) for e in events], art.published,
                               dateline=art.text[:dateline_end(art.text)], article_chars=len(art.text),
                               note=not upper and len(art.text) <= BRIEF_CHARS, lead=PARAGRAPH_BREAK.split(art.text, maxsplit=1)[0])

    # -- public API -----------------------------------------------------------------------------------------
    def extract(self, text: str, *, published: date | None = None, article_id: str = "text",
                title: str | None = None) -> list[Event]:
        art = Article(id=article_id, text=text, title=title, published=published, content_hash=content_hash(text))
        outcome = self.extract_batch([art])[0]
        if outcome.outcome is not Outcome.OK:
            from .errors import ExtractionError
            raise ExtractionError(outcome.reason or "extraction failed", article_id=article_id, stage=outcome.stage)
        return list(outcome.events)

    def run(self, items: Iterable[Article | ArticleOutcome], *, workers: int | None = None,
            progress: bool = True, skip: Callable[[Article], str | None] | None = None,
            cluster: ClusterSpec | None = None) -> Iterator[ArticleOutcome]:
        """Outcomes in input order. `skip(article)` may return a reason not to extract it (e.g. already stored).
        With `cluster`, batches run on Dask workers instead of this machine's fork pool (same outcomes)."""
        workers = workers if workers is not None else (self.settings.workers or os.cpu_count() or 1)
        bar = _Progress(progress)
        if cluster is not None:
            from .cluster import BATCH as CLUSTER_BATCH
            from .cluster import run_batches
            try:
                yield from bar.wrap(run_batches(self.settings, self._batches(items, skip, CLUSTER_BATCH), cluster))
            finally:
                bar.close()
            return
        items = iter(items)
        head: list = []
        for it in items:
            head.append(it)
            if len(head) >= PARALLEL_MIN_ARTICLES:
                break
        parallel = workers > 1 and len(head) >= PARALLEL_MIN_ARTICLES
        stream = _chain(head, items)
        try:
            if parallel:
                yield from bar.wrap(self._run_parallel(stream, workers, skip))
            else:
                yield from bar.wrap(self._run_serial(stream, skip))
        finally:
            bar.close()

    def _batches(self, stream: Iterable, skip, size: int = BATCH) -> Iterator[list]:
        """Groups articles into batches; outcomes and skipped articles pass through as one-item lists."""
        batch: list[Article] = []
        for it in stream:
            if isinstance(it, ArticleOutcome):
                if batch:
                    yield batch
                    batch = []
                yield [it]
                continue
            reason = skip(it) if skip else None
            if reason:
                if batch:
                    yield batch
                    batch = []
                yield [ArticleOutcome(it.id, Outcome.SKIPPED, reason, "store", article=it)]
                continue
            batch.append(it)
            if len(batch) >= size:
                yield batch
                batch = []
        if batch:
            yield batch

    def _run_serial(self, stream, skip) -> Iterator[ArticleOutcome]:
        for batch in self._batches(stream, skip):
            if isinstance(batch[0], ArticleOutcome):
                yield batch[0]
            else:
                yield from self.extract_batch(batch)

    def _run_parallel(self, stream, workers: int, skip) -> Iterator[ArticleOutcome]:
        global _WORKER_PIPELINE
        self.nlp                                      # load before forking: workers share the model's memory
        _WORKER_PIPELINE = self
        ctx = mp.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init) as pool:
            pending = []
            for batch in self._batches(stream, skip):
                if isinstance(batch[0], ArticleOutcome):
                    pending.append(batch)
                else:
                    pending.append(pool.submit(_worker_batch, batch))
                while len(pending) > workers * 3:
                    yield from _resolve(pending.pop(0))
            for p in pending:
                yield from _resolve(p)


_WORKER_PIPELINE: Pipeline | None = None


def _worker_init() -> None:
    """Workers end with their parent: a killed `ingest` must not leave processes holding the model."""
    try:
        import ctypes
        import signal
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _worker_batch(batch: list[Article]) -> list[ArticleOutcome]:
    assert _WORKER_PIPELINE is not None
    return _WORKER_PIPELINE.extract_batch(batch)


def _resolve(p) -> list[ArticleOutcome]:
    return p if isinstance(p, list) else p.result()


def _chain(head: list, rest: Iterator) -> Iterator:
    yield from head
    yield from rest


class _Progress:
    """A progress line on stderr once a run holds more than a handful of articles."""

    def __init__(self, on: bool):
        self.on = on and sys.stderr is not None
        self.bar = None
        self.counts: Counter = Counter()

    def wrap(self, outcomes: Iterator[ArticleOutcome]) -> Iterator[ArticleOutcome]:
        for o in outcomes:
            self.counts[o.outcome] += 1
            n = sum(self.counts.values())
            if self.on and n == 6 and self.bar is None:
                from tqdm import tqdm
                self.bar = tqdm(total=None, unit=" articles", file=sys.stderr, initial=5, mininterval=0.5,
                                leave=False)
            if self.bar is not None:
                self.bar.update(1)
            yield o

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
