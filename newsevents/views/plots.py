"""Pictures of results: what people would rather see than read."""
from __future__ import annotations

from pathlib import Path
from typing import Mapping


def confusion_png(confusion: Mapping[str, Mapping[str, int]], path: Path, title: str) -> Path:
    """A heat map of gold labels (rows) against predicted event types (columns), each row's share shaded and the
    counts written in the cells."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = sorted(confusion)
    cols = sorted({c for r in confusion.values() for c in r})
    counts = [[confusion[r].get(c, 0) for c in cols] for r in rows]
    shares = [[n / (sum(row) or 1) for n in row] for row in counts]
    fig, ax = plt.subplots(figsize=(1.0 + 0.9 * len(cols), 1.2 + 0.45 * len(rows)), dpi=110)
    ax.imshow(shares, cmap="Blues", vmin=0, vmax=1, aspect="auto")
    ax.set_xticks(range(len(cols)), [c.replace("_", " ") for c in cols], rotation=40, ha="right", fontsize=8)
    ax.set_yticks(range(len(rows)), rows, fontsize=8)
    for i, row in enumerate(counts):
        for j, n in enumerate(row):
            if n:
                ax.text(j, i, str(n), ha="center", va="center", fontsize=7,
                        color="white" if shares[i][j] > 0.6 else "black")
    ax.set_xlabel("predicted event type")
    ax.set_ylabel("gold label")
    ax.set_title(title, fontsize=10)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path
