"""report.html: the dashboard's figures as one self-contained HTML file for editors.

Everything is inline: the charts are SVG drawn here (no script, no font, no stylesheet or
image from anywhere), and a Content-Security-Policy forbids the page to fetch anything, so
it opens the same offline, from a mail attachment or a shared folder. Every string from the
data (titles, names, labels) is made visible (control characters) and HTML-escaped.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from annotator.analysis.dashboard import confusion
from annotator.base.text import visible

# Reviewers' lines and bars, in turn (colour-blind-safe Okabe-Ito, then greys).
PALETTE = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442",
           "#000000", "#999999"]
FALLBACK_LABEL_COLOUR = "#777777"
CSP = "default-src 'none'; style-src 'unsafe-inline'"

STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f;
       margin: 2em auto; max-width: 64em; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: .2em; }
h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ddd; }
p.meta { color: #666; margin-top: 0; }
table { border-collapse: collapse; margin: .6em 0; }
th, td { padding: .25em .7em; border-bottom: 1px solid #eee; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.few { color: #a15c00; }
figure { margin: .6em 0; }
figcaption { color: #555; font-size: .9em; }
svg text { font: 12px system-ui, sans-serif; fill: #333; }
.tiles { display: flex; gap: 1.2em; flex-wrap: wrap; }
.tile { border: 1px solid #ddd; border-radius: 6px; padding: .5em 1em; min-width: 7em; }
.tile b { display: block; font-size: 1.5em; }
"""


def esc(value: Any) -> str:
    return html.escape(visible(str(value)), quote=True)


def colour_of(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def _fmt(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


# charts -------------------------------------------------------------------------------------

def progress_svg(progress: Mapping[str, Any], width: int = 720, height: int = 300) -> str:
    """Cumulative sentences labeled per reviewer, one line each, over the time buckets."""
    buckets, reviewers = progress["buckets"], progress["reviewers"]
    if not buckets:
        return '<p class="empty">Nobody has labeled anything yet.</p>'
    left, right, top, bottom = 56, 150, 16, 44
    plot_w, plot_h = width - left - right, height - top - bottom
    step = -(-max(max(r["cumulative"]) for r in reviewers) // 4) or 1  # whole numbers
    top_value = 4 * step
    n = len(buckets)

    def x(i: int) -> float:
        return left + (plot_w * i / (n - 1) if n > 1 else plot_w / 2)

    def y(v: float) -> float:
        return top + plot_h - plot_h * v / top_value

    parts = [f'<svg class="chart" id="progress-chart" role="img" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" '
             'xmlns="http://www.w3.org/2000/svg">',
             "<title>Sentences labeled over time, per reviewer</title>"]
    for k in range(5):  # horizontal grid and the y axis's numbers
        v = top_value * k / 4
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(v):.1f}" y2="{y(v):.1f}" '
                     'stroke="#e5e5e5"/>')
        parts.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v:.0f}</text>')
    ticks = sorted({0, n // 2, n - 1} if n >= 7 else {0, n - 1})
    for i in ticks:
        anchor = "start" if i == 0 and n > 1 else ("end" if i == n - 1 and n > 1 else "middle")
        parts.append(f'<text x="{x(i):.1f}" y="{top + plot_h + 18}" text-anchor="{anchor}">'
                     f"{esc(buckets[i].replace('T', ' '))}</text>")
    parts.append(f'<line x1="{left}" x2="{left}" y1="{top}" y2="{top + plot_h}" stroke="#999"/>')
    parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{top + plot_h}" '
                 f'y2="{top + plot_h}" stroke="#999"/>')
    for k, row in enumerate(reviewers):
        colour = colour_of(k)
        points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(row["cumulative"]))
        if n == 1:
            parts.append(f'<circle class="series" cx="{x(0):.1f}" '
                         f'cy="{y(row["cumulative"][0]):.1f}" r="4" fill="{colour}"/>')
        else:
            parts.append(f'<polyline class="series" points="{points}" fill="none" '
                         f'stroke="{colour}" stroke-width="2.5"/>')
        ly = top + 10 + 18 * k
        parts.append(f'<rect x="{left + plot_w + 16}" y="{ly - 8}" width="12" height="12" '
                     f'fill="{colour}"/>')
        parts.append(f'<text x="{left + plot_w + 34}" y="{ly + 2}">{esc(row["reviewer"])} '
                     f'({row["labeled"]})</text>')
    parts.append(f'<text x="{left + plot_w / 2:.0f}" y="{height - 6}" text-anchor="middle">'
                 f'{"day" if progress["bucket"] == "day" else "hour"} (UTC)</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def bars_svg(rows: Sequence[tuple[str, float | None, str, str]], *, chart_id: str,
             title: str, maximum: float | None = None, width: int = 720) -> str:
    """Horizontal bars: (name, value or None, colour, the text beside the bar)."""
    if not rows:
        return '<p class="empty">Nothing to show yet.</p>'
    left, right, bar, gap = 150, 150, 22, 8
    plot_w = width - left - right
    height = len(rows) * (bar + gap) + gap
    top_value = maximum or max((v or 0) for _, v, _, _ in rows) or 1
    parts = [f'<svg class="chart" id="{chart_id}" role="img" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" '
             'xmlns="http://www.w3.org/2000/svg">', f"<title>{esc(title)}</title>"]
    for k, (name, value, colour, note) in enumerate(rows):
        y0 = gap + k * (bar + gap)
        w = plot_w * (value or 0) / top_value
        parts.append(f'<text x="{left - 8}" y="{y0 + 15}" text-anchor="end">{esc(name)}</text>')
        parts.append(f'<rect class="bar" x="{left}" y="{y0}" width="{w:.1f}" height="{bar}" '
                     f'fill="{colour}"/>')
        parts.append(f'<text x="{left + w + 6:.1f}" y="{y0 + 15}">{esc(note)}</text>')
    parts.append(f'<line x1="{left}" x2="{left}" y1="0" y2="{height}" stroke="#999"/>')
    parts.append("</svg>")
    return "\n".join(parts)


def heatmap_svg(table: Mapping[str, Any], colours: Mapping[str, str]) -> str:
    """The confusion table of one pair as a heat map: rows the first reviewer's labels,
    columns the second's, darker for more sentences, the count written in each cell."""
    labels, counts = table["labels"], table["counts"]
    first, second = table["reviewers"]
    cell, left, top = 64, 130, 70
    size = cell * len(labels)
    width, height = left + size + 20, top + size + 20
    most = max((max(row) for row in counts), default=0) or 1
    parts = [f'<svg class="chart" id="confusion-chart" role="img" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" '
             'xmlns="http://www.w3.org/2000/svg">',
             f"<title>Labels of {esc(first)} (rows) against {esc(second)} (columns)</title>",
             f'<text x="{left + size / 2:.0f}" y="16" text-anchor="middle">'
             f"{esc(second)} →</text>",
             f'<text x="12" y="{top + size / 2:.0f}" transform="rotate(-90 12 '
             f'{top + size / 2:.0f})" text-anchor="middle">{esc(first)} →</text>']
    for j, name in enumerate(labels):
        parts.append(f'<text x="{left + cell * j + cell / 2:.0f}" y="{top - 10}" '
                     f'text-anchor="middle" fill="{colours.get(name, FALLBACK_LABEL_COLOUR)}">'
                     f"{esc(name)}</text>")
    for i, name in enumerate(labels):
        parts.append(f'<text x="{left - 8}" y="{top + cell * i + cell / 2 + 4:.0f}" '
                     f'text-anchor="end">{esc(name)}</text>')
        for j in range(len(labels)):
            n = counts[i][j]
            shade = n / most
            fill = (f"rgba(0, 114, 178, {0.08 + 0.92 * shade:.3f})" if n else "#f7f7f7")
            ink = "#ffffff" if shade > 0.55 else "#222222"
            outline = ' stroke="#333" stroke-width="1.5"' if i == j else ' stroke="#fff"'
            x0, y0 = left + cell * j, top + cell * i
            parts.append(f'<rect class="cell" x="{x0}" y="{y0}" width="{cell}" '
                         f'height="{cell}" fill="{fill}"{outline}>'
                         f"<title>{esc(first)}: {esc(name)}, {esc(second)}: "
                         f"{esc(labels[j])}: {n}</title></rect>")
            parts.append(f'<text x="{x0 + cell / 2:.0f}" y="{y0 + cell / 2 + 5:.0f}" '
                         f'text-anchor="middle" style="fill: {ink}">{n}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


# tables -------------------------------------------------------------------------------------

def _table(head: Sequence[str], rows: Sequence[Sequence[Any]], *, numeric: set[int],
           table_id: str) -> str:
    cls = [' class="num"' if i in numeric else "" for i in range(len(head))]
    out = [f'<table id="{table_id}"><thead><tr>']
    out += [f"<th{cls[i]}>{esc(h)}</th>" for i, h in enumerate(head)]
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>" + "".join(
            f"<td{cls[i]}>{cell if isinstance(cell, Markup) else esc(cell)}</td>"
            for i, cell in enumerate(row)) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


class Markup(str):
    """HTML made here (never data), to put in a table cell as it is."""


def _figure_cell(figure: Mapping[str, Any]) -> Markup:
    value = esc(_fmt(figure["value"]))
    if figure.get("too_few"):
        return Markup(f'<span class="few" title="fewer than 30 sentences">{value} '
                      "(too few items)</span>")
    return Markup(value)


# the page -----------------------------------------------------------------------------------

def render(figures: Mapping[str, Any], *, title: str = "annotator report",
           label_colours: Mapping[str, str] | None = None, database: str = "") -> str:
    """The whole report as one HTML document (a str)."""
    colours = dict(label_colours or {})
    totals = figures["totals"]
    progress = figures["progress"]
    agreement = figures["agreement"]
    total = totals["sentences"] or 1

    tiles = "".join(
        f'<div class="tile"><b>{value:,}</b>{esc(name)}</div>'
        for name, value in (("sentences to label", totals["sentences"]),
                            ("labeled", totals["labeled"]), ("settled", totals["settled"]),
                            ("open disagreements", totals["conflicts"]),
                            ("gold", totals["gold"]))
    )
    rates = {r["reviewer"]: r for r in progress["rates"]}
    reviewer_rows = [
        (row["reviewer"], row["labeled"], f"{row['labeled'] / total:.0%}",
         _fmt(rates[row["reviewer"]]["per_hour"], 1), rates[row["reviewer"]]["active_hours"])
        for row in progress["reviewers"]
    ]
    rate_bars = bars_svg(
        [(r["reviewer"], r["per_hour"], colour_of(k),
          f"{r['per_hour']:.1f} per hour ({r['labels']} in {r['active_hours']} h)")
         for k, r in enumerate(progress["rates"])],
        chart_id="rate-chart", title="Labels per active hour, per reviewer")
    label_bars = bars_svg(
        [(row["label"], row["value"], colours.get(row["label"], FALLBACK_LABEL_COLOUR),
          ("–" if row["value"] is None else f"{row['value']:.2f}")
          + f" on {row['items']}" + (" (too few)" if row["too_few"] else ""))
         for row in agreement["per_label"]],
        chart_id="agreement-chart", title="Specific agreement per label", maximum=1.0)
    table = confusion(figures)
    pairs_rows = [
        (f"{p['reviewers'][0]} – {p['reviewers'][1]}", p["items"], _figure_cell(p["kappa"]),
         _figure_cell(p["observed"]))
        for p in agreement["pairs"]
    ]
    dispute_rows = [(d["title"] or d["id"], d["id"][:8], d["members"], d["documents"],
                     d["open"], d["settled"]) for d in figures["disputes"]]

    body = [
        f"<h1>{esc(title)}</h1>",
        f'<p class="meta">made {esc(figures["generated_at"])}'
        + (f" from {esc(database)}" if database else "") + "</p>",
        f'<div class="tiles" id="totals">{tiles}</div>',
        "<h2>Progress over time</h2>",
        f"<figure>{progress_svg(progress)}<figcaption>Sentences each reviewer had labeled "
        f"by the end of each {progress['bucket']} (first labels only; relabels are not "
        "progress).</figcaption></figure>",
        _table(["reviewer", "labeled", "share of corpus", "labels per hour", "active hours"],
               reviewer_rows, numeric={1, 2, 3, 4}, table_id="reviewers-table"),
        "<h2>Labels per hour</h2>",
        f"<figure>{rate_bars}<figcaption>Labels made, divided by the clock hours in which "
        "the reviewer labeled at all.</figcaption></figure>",
        "<h2>Agreement per label</h2>",
        f"<figure>{label_bars}<figcaption>Specific agreement over all reviewers: of the "
        "pairs of annotations of a sentence that involve the label, the share in which both "
        f"say it. Krippendorff's alpha on the label: {esc(_fmt(agreement['alpha']['value']))}"
        f" on {agreement['alpha']['items']} sentences. Figures on fewer than "
        f"{agreement['min_items']} sentences are marked too few.</figcaption></figure>",
        _table(["label", "agreement", "sentences"],
               [(r["label"], _figure_cell(r), r["items"]) for r in agreement["per_label"]],
               numeric={1, 2}, table_id="labels-table"),
        "<h2>Confusion of a pair</h2>",
    ]
    if table:
        body.append(f"<figure>{heatmap_svg(table, colours)}<figcaption>{table['items']} "
                    f"sentences labeled by both {esc(table['reviewers'][0])} (rows) and "
                    f"{esc(table['reviewers'][1])} (columns); the diagonal is where they "
                    "agree.</figcaption></figure>")
    else:
        body.append('<p class="empty">No two reviewers have labeled the same sentence.</p>')
    body += [
        _table(["pair", "sentences", "kappa (label)", "observed agreement"], pairs_rows,
               numeric={1, 2, 3}, table_id="pairs-table") if pairs_rows else "",
        "<h2>Disputes</h2>",
        _table(["dispute", "id", "member sentences", "documents", "open disagreements",
                "settled"], dispute_rows, numeric={2, 3, 4, 5}, table_id="disputes-table")
        if dispute_rows else '<p class="empty">No disputes yet.</p>',
    ]
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{STYLE}</style></head>\n<body>\n"
        + "\n".join(body) + "\n</body></html>\n"
    )
