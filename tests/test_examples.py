"""The bundled examples against their answer key (tests/examples_expectations.json, format in examples/README.md).

Three ratchets the lead tunes against; run with `pytest -s tests/test_examples.py` to see what is missed:
* recall: the share of the key's non-optional incidents matched one-to-one by an event of the same article
  (event type accepted, status, country, date prefix) may not fall below RECALL_FLOOR;
* precision: the share of the events of the keyed news articles matched one-to-one by an incident of the key
  (optional ones included) may not fall below PRECISION_FLOOR: an event nobody keyed is a stray;
* non-event articles ("shooting guard", "a film about a bombing") may yield at most FORBIDDEN_BUDGET violent
  events (the goal is 0: lower the budget as the false positives go).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.articles import iter_articles
from newsevents.core import Event, Outcome

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
KEY = json.loads((REPO / "tests" / "examples_expectations.json").read_text(encoding="utf-8"))
NOT_VIOLENT = {"protest", "other"}

RECALL_FLOOR = 0.87          # measured 133/148 = 0.899 on 2026-11-29 20:03 (130/148 that morning, 132/149 on 2026-11-28); raise it as it improves
PRECISION_FLOOR = 0.86       # measured 141/157 = 0.898 on 2026-11-29 20:03 (137/157 that morning, 139/159 on 2026-11-28)
FORBIDDEN_BUDGET = 0         # the three non-event articles yield no violent event (was 8, then 4, while rules were added)


@pytest.fixture(scope="module")
def extracted(pipeline, session_settings) -> dict[str, list[Event]]:
    """Every example article's events, keyed by article id as the answer key spells it."""
    out: dict[str, list[Event]] = {}
    items = list(iter_articles([str(EXAMPLES)], settings=session_settings))
    for o in pipeline.run(items, workers=1, progress=False):
        assert o.outcome is Outcome.OK, (o.article_id, o.reason)
        out[_key(o.article_id)] = list(o.events)
    return out


def _key(article_id: str) -> str:
    p = Path(article_id)
    return f"examples/{p.name}" if p.is_absolute() or p.parent.name == "examples" else article_id


def _ok(value, want, alts) -> bool:
    return value == want or value in (alts or [])


def matches(ev: Event, inc: dict) -> bool:
    if not _ok(ev.event_type.value, inc["event_type"], inc.get("event_type_alt")):
        return False
    if not _ok(ev.status.value, inc["status"], inc.get("status_alt")):
        return False
    country = ev.location.country if ev.location else None
    if not _ok(country, inc["country"], inc.get("country_alt")):
        return False
    start = ev.date.start.isoformat() if ev.date and ev.date.start else None
    if inc["date_prefix"] is None:
        return start is None
    return start is not None and start.startswith(inc["date_prefix"])


def one_to_one(incidents: list[dict], events: list[Event]) -> set[int]:
    """Indices of incidents matched in a maximum one-to-one matching with events (augmenting paths)."""
    return set(_owners(incidents, events).values())


def _owners(incidents: list[dict], events: list[Event]) -> dict[int, int]:
    """The maximum one-to-one matching as event index -> incident index."""
    owner: dict[int, int] = {}

    def take(i: int, seen: set[int]) -> bool:
        for j, ev in enumerate(events):
            if j in seen or not matches(ev, incidents[i]):
                continue
            seen.add(j)
            if j not in owner or take(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(incidents)):
        take(i, set())
    return owner


def test_every_example_has_an_answer(extracted):
    assert set(extracted) == set(KEY)


def test_non_event_articles_yield_no_violent_events_beyond_the_budget(extracted):
    found = [(aid, e.event_type.value, e.trigger) for aid, spec in KEY.items() if spec["forbidden"]
             for e in extracted[aid] if e.event_type.value not in NOT_VIOLENT]
    for f in found:
        print("  violent event from a non-event article:", *f)
    assert len(found) <= FORBIDDEN_BUDGET, found


def test_forbidden_dates_are_never_produced(extracted):
    for aid, spec in KEY.items():
        for bad in spec.get("forbidden_dates") or []:
            assert not [e for e in extracted[aid] if e.date and e.date.start and e.date.start.isoformat() == bad], aid


def test_recall_of_the_answer_key(extracted):
    total = matched = 0
    for aid, spec in sorted(KEY.items()):
        wanted = [i for i in spec["incidents"] if not i.get("optional")]
        hit = one_to_one(wanted, extracted[aid])
        total += len(wanted)
        matched += len(hit)
        for n, inc in enumerate(wanted):
            if n not in hit:
                print(f"  unmatched {aid}: {inc['event_type']} {inc['status']} {inc['country']} "
                      f"{inc['date_prefix']} ({inc.get('note', '')[:70]})")
    recall = matched / total
    print(f"  examples recall: {matched}/{total} = {recall:.3f}")
    assert total >= 60
    assert recall >= RECALL_FLOOR, f"recall {recall:.3f} fell below {RECALL_FLOOR}"


def test_precision_of_the_events(extracted):
    events = matched = 0
    for aid, spec in sorted(KEY.items()):
        if spec["forbidden"]:
            continue                                 # the non-event articles have their own budget
        found = extracted[aid]
        owner = _owners(spec["incidents"], found)
        events += len(found)
        matched += len(owner)
        for j, ev in enumerate(found):
            if j not in owner:
                start = ev.date.start.isoformat() if ev.date and ev.date.start else None
                print(f"  stray {aid}: {ev.event_type.value} {ev.status.value} "
                      f"{ev.location.country if ev.location else None} {start} ({ev.trigger[:50]})")
    precision = matched / events
    print(f"  examples precision: {matched}/{events} = {precision:.3f}")
    assert precision >= PRECISION_FLOOR, f"precision {precision:.3f} fell below {PRECISION_FLOOR}"
