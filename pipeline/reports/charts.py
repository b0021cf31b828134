"""Small inline SVG charts (no plotting library, nothing fetched at view time)."""

from __future__ import annotations

from html import escape

DIRECTION_COLORS = {"supports": "#2e7d32", "no_effect": "#9e9e9e", "contradicts": "#c62828", "unclear": "#f9a825"}


def direction_bar(counts: dict[str, int], width: int = 120, height: int = 12) -> str:
    """A stacked bar of supports / no_effect / contradicts / unclear."""
    total = sum(counts.values())
    if not total:
        return f'<svg class="dirbar" width="{width}" height="{height}" role="img" aria-label="no linked studies"><rect width="{width}" height="{height}" fill="#eee"/></svg>'
    x, parts = 0.0, []
    for k in ("supports", "no_effect", "contradicts", "unclear"):
        w = width * counts.get(k, 0) / total
        if w:
            parts.append(f'<rect x="{x:.1f}" width="{w:.1f}" height="{height}" fill="{DIRECTION_COLORS[k]}"><title>{k}: {counts[k]}</title></rect>')
        x += w
    label = ", ".join(f"{k} {v}" for k, v in counts.items() if v)
    return f'<svg class="dirbar" width="{width}" height="{height}" role="img" aria-label="{escape(label)}">{"".join(parts)}</svg>'


def bar_chart(data: list[tuple[str, int]], title: str, width: int = 420, bar_h: int = 18) -> str:
    """Horizontal bars with labels, e.g. studies per design or per year."""
    if not data:
        return f'<p class="muted">{escape(title)}: no data</p>'
    mx = max(v for _, v in data) or 1
    label_w = 130
    h = bar_h * len(data) + 24
    rows = []
    for i, (label, v) in enumerate(data):
        y = 20 + i * bar_h
        w = (width - label_w - 40) * v / mx
        rows.append(f'<text x="{label_w - 6}" y="{y + bar_h * 0.7:.0f}" text-anchor="end">{escape(str(label))}</text>'
                    f'<rect x="{label_w}" y="{y + 2}" width="{w:.1f}" height="{bar_h - 4}" fill="#3f6fb5"/>'
                    f'<text x="{label_w + w + 4:.1f}" y="{y + bar_h * 0.7:.0f}">{v}</text>')
    return (f'<svg class="chart" viewBox="0 0 {width} {h}" width="100%" role="img" aria-label="{escape(title)}">'
            f'<text x="0" y="14" class="charttitle">{escape(title)}</text>{"".join(rows)}</svg>')
