"""Split an article's text into plain and evidence segments, so a template can mark the evidence safely.

The template escapes every segment itself; no markup is ever built from article text.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping


def segments(text: str, spans: Iterable[Mapping[str, int]]) -> list[tuple[str, bool]]:
    """(piece, is_evidence) pairs covering `text` in order; overlapping spans are merged, bad ones dropped."""
    merged: list[list[int]] = []
    for s in sorted((max(0, sp["start"]), min(len(text), sp["end"])) for sp in spans):
        if s[0] >= s[1]:
            continue
        if merged and s[0] <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], s[1])
        else:
            merged.append(list(s))
    out: list[tuple[str, bool]] = []
    pos = 0
    for start, end in merged:
        if start > pos:
            out.append((text[pos:start], False))
        out.append((text[start:end], True))
        pos = end
    if pos < len(text):
        out.append((text[pos:], False))
    return out
