"""The trend report of one actor as Markdown, HTML (with inline SVG plots) or JSON.

Every stated number is followed by links to the incidents it was computed from; the report ends with those
incidents listed (date, place, type, deaths, sources), each with an anchor, so a number can be checked by hand.
"""
from __future__ import annotations

import html
import io
import json
from typing import Callable

from ..analytics.trends import ActorReport, Figure, PeriodStats

MAX_LINKS = 12
SENTENCE_FIGURES = ("incidents", "incidents per month", "deaths", "deaths per incident (median)",
                    "deaths per incident (mean)", "share with 10 or more deaths", "countries",
                    "share outside home countries", "farthest from home base", "share of suicide attacks",
                    "share on diplomatic or foreign targets", "claimed by the group", "attributed, not claimed")


def _country_name(cc: str) -> str:
    import pycountry

    c = pycountry.countries.get(alpha_2=cc)
    return getattr(c, "common_name", None) or (c.name if c else cc)


def _value(f: Figure) -> str:
    if f.value is None:
        return "n/a"
    if isinstance(f.value, float) and f.name.startswith("share"):
        return f"{f.value:.0%}"
    if f.name == "countries" and isinstance(f.value, str):
        return ", ".join(_country_name(c) for c in f.value.split(", "))
    return f"{f.value:,}{(' ' + f.unit) if f.unit and f.unit != 'per month' else ''}" if not isinstance(
        f.value, str) else f.value


def _change(a: Figure, b: Figure) -> str:
    if not isinstance(a.value, (int, float)) or not isinstance(b.value, (int, float)) or isinstance(a.value, bool):
        return ""
    if a.value == 0:
        return " (new)" if b.value else " (no change)"
    pct = (b.value - a.value) / a.value
    return f" ({'up' if pct > 0 else 'down'} {abs(pct):.0%})" if pct else " (no change)"


def headlines(r: ActorReport) -> list[tuple[str, list[Figure]]]:
    """The report's sentences, each with the figures it states (for links)."""
    o = r.overall
    out: list[tuple[str, list[Figure]]] = []
    n = o.get("incidents")
    if not n.value:
        return [(f"No stored incident names {r.actor}.", [])]
    reach = o.get("countries")
    names = ", ".join(f"{_country_name(c)} ({k})" for c, k, _ in r.countries)
    home = ", ".join(_country_name(c) for c in r.home_countries) or "unknown"
    out.append((f"{r.actor}: {n.value} incidents from {r.monthly[0][0]} to {r.monthly[-1][0]}, "
                f"{o.get('deaths').value:,} deaths in the {o.get('incidents with a death toll').value} with a toll.",
                [n, o.get("deaths")]))
    out.append((f"Reach: attacks in {len(r.countries)} countries — {names}; "
                f"{_value(o.get('share outside home countries'))} outside the home countries ({home}); the farthest "
                f"{_value(o.get('farthest from home base'))} from the home base.",
                [reach, o.get("share outside home countries"), o.get("farthest from home base")]))
    if len(r.periods) == 2:
        a, b = r.periods
        for name, label in (("incidents per month", "Tempo: incidents per month"),
                            ("deaths per incident (median)", "Lethality: median deaths per incident"),
                            ("share with 10 or more deaths", "Share with 10 or more deaths"),
                            ("share outside home countries", "Share outside the home countries")):
            fa, fb = a.get(name), b.get(name)
            out.append((f"{label}: {_value(fa)} in {a.label} (of {a.get('incidents').value} incidents) against "
                        f"{_value(fb)} in {b.label} (of {b.get('incidents').value}){_change(fa, fb)}.", [fa, fb]))
    out.append((f"Tactics: {_value(o.get('share of suicide attacks'))} suicide attacks; "
                f"{_value(o.get('share on diplomatic or foreign targets'))} on diplomatic or foreign targets.",
                [o.get("share of suicide attacks"), o.get("share on diplomatic or foreign targets")]))
    out.append((f"Claims: {o.get('claimed by the group').value} claimed by the group, "
                f"{o.get('attributed, not claimed').value} only attributed to it.",
                [o.get("claimed by the group"), o.get("attributed, not claimed")]))
    return out


def _links(f: Figure, link: Callable[[str], str], fmt: str) -> str:
    ids = f.incident_ids[:MAX_LINKS]
    more = len(f.incident_ids) - len(ids)
    if fmt == "md":
        parts = [f"[{i[-6:]}]({link(i)})" for i in ids]
    else:
        parts = [f'<a href="{html.escape(link(i))}">{html.escape(i[-6:])}</a>' for i in ids]
    return " ".join(parts) + (f" +{more}" if more > 0 else "")


def _table(periods: tuple[PeriodStats, ...], overall: PeriodStats) -> list[tuple[str, list[Figure]]]:
    cols = [overall, *periods]
    return [(name, [p.get(name) for p in cols]) for name in SENTENCE_FIGURES]


def _plot_svgs(r: ActorReport) -> dict[str, str]:
    """Tempo (incidents and deaths per month), lethality (deaths per incident over time), reach (incidents per
    country and distance from home), as SVG text."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    def svg(fig) -> str:
        buf = io.StringIO()
        fig.tight_layout()
        fig.savefig(buf, format="svg")
        plt.close(fig)
        text = buf.getvalue()
        return text[text.index("<svg"):]

    out: dict[str, str] = {}
    months = [m for m, _, _ in r.monthly]
    fig, ax = plt.subplots(figsize=(7, 2.6))
    ax.bar(months, [n for _, n, _ in r.monthly], color="#4c72b0", label="incidents")
    ax.set_ylabel("incidents")
    ax2 = ax.twinx()
    ax2.plot(months, [d for _, _, d in r.monthly], "o-", color="#c44e52", label="deaths")
    ax2.set_ylabel("deaths")
    ax.tick_params(axis="x", rotation=60, labelsize=7)
    ax.set_title(f"Tempo: {r.actor}, incidents (bars) and deaths (line) per month", fontsize=9)
    out["tempo"] = svg(fig)
    fig, ax = plt.subplots(figsize=(7, 2.6))
    pts = [(i.date.start, i.fatalities.count) for i in r.incidents if i.fatalities]
    ax.scatter([p[0] for p in pts], [p[1] for p in pts], color="#c44e52")
    ax.set_ylabel("deaths per incident")
    ax.set_title("Lethality: each incident's toll", fontsize=9)
    out["lethality"] = svg(fig)
    fig, ax = plt.subplots(figsize=(7, 2.6))
    ax.bar([_country_name(c) for c, _, _ in r.countries], [n for _, n, _ in r.countries], color="#55a868")
    ax.set_ylabel("incidents")
    ax.tick_params(axis="x", rotation=30, labelsize=8)
    ax.set_title("Reach: incidents per country", fontsize=9)
    out["reach"] = svg(fig)
    return out


def _incident_rows(r: ActorReport) -> list[list[str]]:
    rows = []
    for i in r.incidents:
        place = ", ".join(x for x in ((i.location.name if i.location else None),
                                      (i.location.country if i.location else None)) if x)
        rows.append([i.incident_id, i.date.start.isoformat(), i.event_type.value, place or "-",
                     str(i.fatalities.count) if i.fatalities else "-", ", ".join(i.article_ids)])
    return rows


def render_markdown(r: ActorReport, link: Callable[[str], str] | None = None,
                    plot_files: dict[str, str] | None = None) -> str:
    link = link or (lambda i: f"#{i}")
    lines = [f"# Trend report: {r.actor}", "", f"Asked for: {r.asked}. Home countries: "
             f"{', '.join(r.home_countries) or 'unknown'}.", ""]
    for sentence, figs in headlines(r):
        refs = "; ".join(_links(f, link, "md") for f in figs if f.incident_ids)
        lines.append(f"- {sentence}" + (f" Incidents: {refs}" if refs else ""))
    lines += ["", "| figure | " + " | ".join(p.label for p in (r.overall, *r.periods)) + " |",
              "|---|" + "---|" * (1 + len(r.periods))]
    for name, figs in _table(r.periods, r.overall):
        lines.append(f"| {name} | " + " | ".join(_value(f) for f in figs) + " |")
    for name, path in (plot_files or {}).items():
        lines += ["", f"![{name}]({path})"]
    lines += ["", "## Incidents", "", "| id | date | type | place | deaths | articles |", "|---|---|---|---|---|---|"]
    for row in _incident_rows(r):
        lines.append(f'| <a id="{row[0]}"></a>{row[0]} | ' + " | ".join(row[1:]) + " |")
    return "\n".join(lines) + "\n"


def render_html(r: ActorReport, link: Callable[[str], str] | None = None, *, standalone: bool = True) -> str:
    """The report as HTML; `link` maps an incident id to its URL (default: anchors in the report)."""
    link = link or (lambda i: f"#{i}")
    e = html.escape
    parts = [f"<h1>Trend report: {e(r.actor)}</h1>", "<ul class='headlines'>"]
    for sentence, figs in headlines(r):
        refs = "; ".join(_links(f, link, "html") for f in figs if f.incident_ids)
        parts.append(f"<li>{e(sentence)}" + (f" <span class='refs'>Incidents: {refs}</span>" if refs else "") + "</li>")
    parts.append("</ul><table class='figures'><tr><th>figure</th>" +
                 "".join(f"<th>{e(p.label)}</th>" for p in (r.overall, *r.periods)) + "</tr>")
    for name, figs in _table(r.periods, r.overall):
        parts.append(f"<tr><td>{e(name)}</td>" + "".join(
            f"<td>{e(_value(f))} <small>{_links(f, link, 'html')}</small></td>" for f in figs) + "</tr>")
    parts.append("</table>")
    if r.incidents:
        for name, svg in _plot_svgs(r).items():
            parts.append(f"<figure class='plot plot-{name}'>{svg}</figure>")
    parts.append("<h2>Incidents</h2><table class='incidents'><tr><th>id</th><th>date</th><th>type</th><th>place</th>"
                 "<th>deaths</th><th>articles</th></tr>")
    for row in _incident_rows(r):
        parts.append(f"<tr id='{e(row[0])}'><td><a href='{e(link(row[0]))}'>{e(row[0])}</a></td>" +
                     "".join(f"<td>{e(c)}</td>" for c in row[1:]) + "</tr>")
    parts.append("</table>")
    body = "\n".join(parts)
    if not standalone:
        return body
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{e(r.actor)}: trend report</title>"
            "<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto}td,th{padding:2px 8px;"
            "text-align:left;vertical-align:top}small a{margin-right:3px}</style></head><body>"
            f"{body}</body></html>\n")


def render_json(r: ActorReport) -> str:
    d = r.to_json()
    d["headlines"] = [{"text": s, "figures": [f.name for f in figs],
                       "incident_ids": sorted({i for f in figs for i in f.incident_ids})} for s, figs in headlines(r)]
    return json.dumps(d, ensure_ascii=False, indent=2) + "\n"


def write_plots(r: ActorReport, stem: str) -> dict[str, str]:
    """Write the SVG plots beside a Markdown report; return name -> file name."""
    from pathlib import Path

    out = {}
    if not r.incidents:
        return out
    for name, svg in _plot_svgs(r).items():
        path = Path(f"{stem}.{name}.svg")
        path.write_text(svg, encoding="utf-8")
        out[name] = path.name
    return out
