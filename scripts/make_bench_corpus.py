#!/usr/bin/env python3
"""Write a deterministic benchmark corpus: news-length articles composed from templates.

    .venv/bin/python scripts/make_bench_corpus.py [-n 2000] [--seed 2026] [-o FILE.jsonl]

Each article is one JSON line ``{"id", "title", "text", "published"}``: a lead sentence about an
attack in a real city (from ``scripts/bench_corpus.json``), a claim or attribution, sometimes an
earlier attack recalled, and background sentences until it holds 250-600 words. The same seed gives
the same bytes, so every benchmark configuration reads exactly the same corpus. The events are
invented compositions, not reports of real incidents; the text is the project's own.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

VOCABULARY = Path(__file__).resolve().with_name("bench_corpus.json")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
FIRST_DAY, DAYS = date(2015, 1, 1), 3652
MIN_WORDS, MAX_WORDS = 250, 600
LONGEST_SENTENCE = 30                  # words; bench_corpus.json's sentences are shorter


def _sentence(template: str, slots: dict[str, str]) -> str:
    text = template.format(**slots)
    return text[0].upper() + text[1:]


def _slots(rng: random.Random, vocab: dict, published: date) -> dict[str, str]:
    region = rng.choice(vocab["regions"])
    city, earlier = rng.sample(region["cities"], 2)
    killed = rng.choice((2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 17, 20, 23, 31, 40, 52))
    return {
        "city": city, "country": region["country"], "demonym": region["demonym"],
        "actor": rng.choice(region["actors"]), "agency": rng.choice(vocab["agencies"]),
        "killed": str(killed), "wounded": str(killed + rng.randint(1, 60)),
        "day": WEEKDAYS[(published - timedelta(days=rng.randint(0, 3))).weekday()],
        "official": rng.choice(vocab["officials"]), "road": rng.choice(vocab["roads"]),
        "number": str(rng.choice((12, 30, 45, 80, 120, 300, 1500, 4000))),
        "month": rng.choice(MONTHS), "year": str(published.year - rng.randint(1, 6)),
        "earlier_city": earlier, "earlier_killed": str(rng.randint(3, 60)),
    }


def article(rng: random.Random, vocab: dict, index: int) -> dict:
    """One article; every choice comes from `rng`, so the corpus depends on the seed alone."""
    published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    slots = _slots(rng, vocab, published)
    attack = rng.choice(vocab["attacks"])
    paragraphs = [[_sentence(attack["lead"], slots), _sentence(rng.choice(vocab["claims"]), slots)]]
    if rng.random() < 0.4:
        paragraphs[0].append(_sentence(rng.choice(vocab["background"]), slots))
    target = rng.randint(MIN_WORDS, MAX_WORDS - LONGEST_SENTENCE)     # the last sentence may overshoot
    words = sum(len(s.split()) for s in paragraphs[0])
    filler = rng.sample(vocab["filler"], len(vocab["filler"]))
    while words < target:
        if not filler:                                  # every filler used once: start a new round
            filler = rng.sample(vocab["filler"], len(vocab["filler"]))
        if len(paragraphs[-1]) >= rng.randint(2, 4):
            paragraphs.append([])
        s = _sentence(filler.pop(), slots)
        paragraphs[-1].append(s)
        words += len(s.split())
    return {"id": f"bench-{index:05d}", "title": _sentence(attack["headline"], slots),
            "text": "\n\n".join(" ".join(p) for p in paragraphs if p), "published": published.isoformat()}


def corpus(n: int, seed: int = 2026) -> Iterator[dict]:
    """The first `n` articles of the corpus for `seed` (a prefix of any larger one with the same seed)."""
    vocab = json.loads(VOCABULARY.read_text(encoding="utf-8"))
    rng = random.Random(seed)
    for i in range(n):
        yield article(rng, vocab, i + 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", "--articles", type=int, default=2000, help="number of articles (default 2000)")
    ap.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    ap.add_argument("-o", "--output", help="JSON Lines file (default: standard output)")
    args = ap.parse_args(argv)
    if args.articles < 1:
        ap.error("-n must be at least 1")
    lines = (json.dumps(a, ensure_ascii=False) + "\n" for a in corpus(args.articles, args.seed))
    if args.output:
        out = Path(args.output)
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as fh:
            fh.writelines(lines)
        print(f"{args.articles} articles written to {out}", file=sys.stderr)
    else:
        sys.stdout.writelines(lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
