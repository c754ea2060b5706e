"""`newsevents evaluate`: score tables on stdout and, on request, a Markdown report."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..analytics.evaluation import Evaluation
from .plots import confusion_png


def format_scores(ev: Evaluation) -> str:
    """The field -> value, n table of one gold file, as plain text."""
    head = (f"{ev.path}: {ev.dataset}, {ev.records} records, {ev.events_out} events, "
            f"{ev.failed} failed, {ev.seconds} s")
    rows = [f"{'field':<24} {'value':>8} {'n':>6}"]
    for k, (value, n) in ev.scores.items():
        rows.append(f"{k:<24} {'-' if value is None else value:>8} {n:>6}")
    return "\n".join([head, *rows])


# the fields the summary shows, in the order of the targets; a file that does not score one shows "-"
SUMMARY_FIELDS = ("type", "date", "country", "place_25km", "place_name", "fatalities_pos", "perpetrator", "claimed",
                  "event_found", "doc_detect_f1", "muc_ree_f1")


def summary_rows(evs: Sequence[Evaluation]) -> list[list[str]]:
    """One row per gold file: its name, the summary fields and records/s."""
    rows = []
    for ev in evs:
        cells = [Path(str(ev.path)).name.removesuffix(".jsonl")]
        for k in SUMMARY_FIELDS:
            value = ev.scores.get(k, (None, 0))[0]
            cells.append("-" if value is None else str(value))
        cells.append(str(round(ev.records / ev.seconds)) if ev.seconds else "-")
        rows.append(cells)
    return rows


def format_summary(evs: Sequence[Evaluation]) -> str:
    """Every gold file's main scores in one plain-text table."""
    head = ["file", *SUMMARY_FIELDS, "records/s"]
    rows = [head, *summary_rows(evs)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    return "\n".join(" ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths)))
                     for r in rows)


def format_confusion(ev: Evaluation) -> str:
    """Gold label (rows) -> predicted event type (columns) of the matched event, as plain text."""
    if not ev.confusion:
        return "(no gold events)"
    cols = sorted({c for row in ev.confusion.values() for c in row})
    width = max(len(k) for k in ev.confusion) + 1
    lines = [" " * width + " ".join(cols)]
    for label in sorted(ev.confusion):
        row = ev.confusion[label]
        lines.append(f"{label:<{width}}" + " ".join(f"{row.get(c, 0):>{len(c)}}" for c in cols))
    return "\n".join(lines)


def _md_cell(s: object) -> str:
    return str(s).replace("|", "\\|").replace("\n", " ")


def _plot_name(ev: Evaluation) -> str:
    return f"confusion-{Path(str(ev.path)).name.split('.')[0]}.png"


def report_markdown(evs: Sequence[Evaluation], plots: bool = False) -> str:
    out = ["# newsevents evaluation", "",
           "| file | " + " | ".join((*SUMMARY_FIELDS, "records/s")) + " |",
           "|---|" + "---:|" * (len(SUMMARY_FIELDS) + 1)]
    out += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in summary_rows(evs)]
    out.append("")
    for ev in evs:
        out += [f"## {ev.path}", "",
                f"{ev.dataset}: {ev.records} records, {ev.events_out} events out, {ev.failed} failed, "
                f"{ev.seconds} seconds ({round(ev.records / ev.seconds, 2) if ev.seconds else '-'} records/s)", "",
                "| field | value | right | n |", "|---|---:|---:|---:|"]
        out += [f"| {k} | {'-' if v is None else v} | {ev.right.get(k, '-')} | {n} |" for k, (v, n) in ev.scores.items()]
        if "doc_detect_tp" in ev.right:
            out += ["", "Documents with events found and in gold: {doc_detect_tp}; found, not in gold: {doc_detect_fp}; "
                    "in gold, not found: {doc_detect_fn}.".format(**ev.right)]
        out += ["", "### Gold label -> predicted event type", ""]
        if plots and ev.confusion:
            out += [f"![confusion matrix of {_md_cell(ev.dataset)}]({_plot_name(ev)})", ""]
        cols = sorted({c for row in ev.confusion.values() for c in row})
        if cols:
            out += ["| gold \\ predicted | " + " | ".join(cols) + " |", "|---|" + "---:|" * len(cols)]
            for label in sorted(ev.confusion):
                row = ev.confusion[label]
                out.append(f"| {_md_cell(label)} | " + " | ".join(str(row.get(c, 0)) for c in cols) + " |")
        else:
            out.append("(no gold events)")
        out += ["", "### Events per record", "", "| events | records |", "|---:|---:|"]
        out += [f"| {k} | {n} |" for k, n in sorted(ev.events_per_record.items())]
        out += ["", "### Error samples", ""]
        for k, samples in sorted(ev.samples.items()):
            out += [f"#### {k}", "", "| article | gold | predicted | evidence |", "|---|---|---|---|"]
            out += [f"| {_md_cell(s.article_id)} | {_md_cell(s.gold)} | {_md_cell(s.predicted)} | "
                    f"{_md_cell(s.evidence or '')} |" for s in samples]
            out.append("")
    return "\n".join(out) + "\n"


def write_report(evs: Sequence[Evaluation], directory: str | Path) -> Path:
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    for ev in evs:
        if ev.confusion:
            confusion_png(ev.confusion, d / _plot_name(ev), f"{Path(str(ev.path)).name}: gold label -> our type")
    path = d / "report.md"
    path.write_text(report_markdown(evs, plots=True), encoding="utf-8")
    return path
