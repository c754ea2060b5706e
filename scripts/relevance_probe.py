#!/usr/bin/env python3
"""How much a learned document-relevance filter could add to document detection, measured honestly.

    .venv/bin/python scripts/relevance_probe.py ../shared/gold/dev/muc4.jsonl \
        [--others ../shared/gold/dev/acled_2020.jsonl ...] [--folds 10] [--l2 0.003]

The rules keep an article when one of its events is anchored (documents/relevance.py). This probe asks
whether a classifier trained on coded data would separate the documents a gold file codes no incident
for from those it does, among the documents where the rules found events. It runs
`.venv/bin/newsevents extract -` on the gold file (the text and date only, shaped as score.py shapes
them), builds features per document (its words, and for each event its type, status, age, toll, doer and
target kinds, evidence and trigger words), and fits an L2 logistic regression (numpy, deterministic)
in k-fold cross-validation: every document is scored by a model that never saw it, so the figures
predict a held-out part of the same data. It prints the detection F1 (score.py's doc_detect_f1) at a
range of thresholds, for the filter applied to every document and for the filter that leaves alone
documents with a battle or a strike from afar (the contract reports fighting between armed forces).

With `--others`, a model fitted on the whole first file scores the documents of each other file (all of
which report incidents) and prints how many it would drop at each threshold: what the filter would cost
on data coded under another convention.

Nothing is written: the probe measures, the pipeline does not use it.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"[a-z]+")
THRESHOLDS = (-0.5, -0.25, 0.0, 0.25, 0.5, 0.75, 1.0)
FROM_AFAR = {"battle", "remote_violence"}


def article(rec: dict) -> dict:
    """The record as score.py sends it: GTD's summary without its date prefix, dated by that prefix."""
    text = (rec.get("meta") or {}).get("text_without_date_prefix") or rec["text"]
    published = rec.get("pub_date")
    if not published and rec["source"] == "gtd" and text != rec["text"] and rec["gold"]["events"]:
        published = rec["gold"]["events"][0].get("date")
    return {"id": rec["id"], "text": text, "published": published}


def extract(articles: list[dict]) -> dict[str, list[dict]]:
    payload = "".join(json.dumps(a) + "\n" for a in articles)
    out = subprocess.run([str(ROOT / ".venv/bin/newsevents"), "extract", "-"], input=payload,
                         capture_output=True, text=True, check=True).stdout
    events = defaultdict(list)
    for line in out.splitlines():
        e = json.loads(line)
        events[str(e["article_id"])].append(e)
    return events


def _age(event: dict, published: str | None) -> str:
    when = event.get("date") or {}
    try:
        days = (date.fromisoformat(published) - date.fromisoformat(when.get("end") or when["start"])).days
    except (TypeError, KeyError, ValueError):
        return "none"
    return next(k for k, top in (("future", -1), ("day", 1), ("week", 7), ("month", 30), ("recent", 60),
                                 ("old", 10 ** 6)) if days <= top)


def features(text: str, events: list[dict], published: str | None) -> set[str]:
    f = {"w:" + w for w in WORD.findall(text.lower())}
    f.add(f"events:{min(len(events), 4)}")
    for e in events:
        dead = (e.get("fatalities") or {}).get("count") or 0
        f |= {"type:" + e["event_type"], f"status:{e.get('status')}", f"background:{e.get('background')}",
              "age:" + _age(e, published), "dead:" + ("0" if not dead else "1" if dead == 1 else "few" if dead < 10
                                                       else "many"),
              f"place:{(e.get('location') or {}).get('precision')}"}
        f |= {f"doer:{p.get('kind')}" for p in e.get("perpetrators") or []}
        f |= {f"target:{t.get('kind')}" for t in e.get("targets") or []}
        f |= {"victim:" + w for v in e.get("victims") or [] for w in WORD.findall(v["name"].lower())}
        f |= {"said:" + w for ev in e.get("evidence") or [] for w in WORD.findall(ev["text"].lower())}
        f |= {"trigger:" + w for w in (e.get("trigger") or "").lower().split()}
        for key in ("claimed_by", "victims", "weapons"):
            if e.get(key):
                f.add(key)
    return f


def fit(X: np.ndarray, y: np.ndarray, l2: float, steps: int = 1500) -> tuple[np.ndarray, float]:
    """L2 logistic regression by full-batch AdaGrad from zero: the same data gives the same weights."""
    w, b = np.zeros(X.shape[1]), 0.0
    gw, gb = np.full(X.shape[1], 1e-8), 1e-8
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        dw, db = X.T @ (p - y) / len(y) + l2 * w, float(np.mean(p - y))
        gw += dw * dw
        gb += db * db
        w -= dw / np.sqrt(gw)
        b -= db / np.sqrt(gb)
    return w, b


class Vocabulary:
    def __init__(self, rows: list[set[str]], min_docs: int = 3):
        counts = Counter(f for r in rows for f in r)
        self.index = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_docs))}

    def matrix(self, rows: list[set[str]]) -> np.ndarray:
        X = np.zeros((len(rows), len(self.index)))
        for r, row in enumerate(rows):
            for f in row:
                if f in self.index:
                    X[r, self.index[f]] = 1.0
        return X


def cross_scores(rows: list[set[str]], y: np.ndarray, folds: int, l2: float) -> np.ndarray:
    order = list(range(len(y)))
    random.Random(0).shuffle(order)
    scores = np.zeros(len(y))
    for k in range(folds):
        held = sorted(order[k::folds])
        train = sorted(set(order) - set(held))
        vocab = Vocabulary([rows[j] for j in train])
        w, b = fit(vocab.matrix([rows[j] for j in train]), y[train], l2)
        scores[held] = vocab.matrix([rows[j] for j in held]) @ w + b
    return scores


def detection_line(scores: np.ndarray, y: np.ndarray, missed: int) -> str:
    cells = []
    for t in THRESHOLDS:
        keep = scores >= t
        tp, fp = int((keep & (y == 1)).sum()), int((keep & (y == 0)).sum())
        fn = missed + int(y.sum()) - tp
        cells.append(f"{t:+.2f}: F1 {2 * tp / (2 * tp + fp + fn):.3f} (TP {tp} FP {fp} FN {fn})")
    return "\n    ".join(cells)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("--others", nargs="*", default=[])
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--l2", type=float, default=0.003)
    a = ap.parse_args()
    recs = [json.loads(line) for line in open(a.gold)]
    arts = {r["id"]: article(r) for r in recs}
    print(f"extracting {len(recs)} documents", file=sys.stderr)
    events = extract(list(arts.values()))
    found = [r for r in recs if events.get(r["id"])]
    y = np.array([1.0 if r["gold"]["events"] else 0.0 for r in found])
    missed = sum(1 for r in recs if r["gold"]["events"] and not events.get(r["id"]))
    rows = [features(arts[r["id"]]["text"], events[r["id"]], arts[r["id"]]["published"]) for r in found]
    print(f"{a.gold}: {len(found)} of {len(recs)} documents with events, {int(y.sum())} of them coded with an "
          f"incident; {missed} coded documents without events")
    scores = cross_scores(rows, y, a.folds, a.l2)
    print(f"  rules alone: {detection_line(np.full(len(y), 9.0), y, missed).split(chr(10))[0].split(': ', 1)[1]}")
    print(f"  filter on every document ({a.folds}-fold cross-validated), by threshold:\n    "
          + detection_line(scores, y, missed))
    afar = np.array([any(e["event_type"] in FROM_AFAR for e in events[r["id"]]) for r in found])
    print("  filter leaving documents with a battle or a strike from afar alone:\n    "
          + detection_line(np.where(afar, 9.0, scores), y, missed))
    if not a.others:
        return
    vocab = Vocabulary(rows)
    w, b = fit(vocab.matrix(rows), y, a.l2)
    for path in a.others:
        other = [article(json.loads(line)) for line in open(path)]
        print(f"extracting {len(other)} documents of {path}", file=sys.stderr)
        ev = extract(other)
        kept = [x for x in other if ev.get(x["id"])]
        s = vocab.matrix([features(x["text"], ev[x["id"]], x["published"]) for x in kept]) @ w + b
        print(f"{path}: of {len(kept)} documents with events the filter would drop "
              + ", ".join(f"{int((s < t).sum())} at {t:+.2f}" for t in THRESHOLDS))


if __name__ == "__main__":
    main()
