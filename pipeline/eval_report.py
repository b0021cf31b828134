"""Write an accuracy report as Markdown + JSON under ``reports/eval/`` (shared by every `evidence eval`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config import PROJECT_ROOT

EVAL_DIR = PROJECT_ROOT / "reports" / "eval"


@dataclass
class LabelScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int
    tp: int = 0
    fp: int = 0
    fn: int = 0


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def label_scores(gold: list[str], pred: list[str], labels) -> list[LabelScore]:
    """Precision, recall and F1 of each of ``labels`` (one-against-the-rest) for paired gold and
    predicted labels; support is the gold count."""
    out = []
    for lab in labels:
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred))
        fp = sum(g != lab and p == lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        p, r, f = prf(tp, fp, fn)
        out.append(LabelScore(lab, p, r, f, tp + fn, tp, fp, fn))
    return out


@dataclass
class EvalReport:
    name: str  # file stem: design, population, sample-size, direction, ner
    data: str  # what was evaluated
    n: int
    labels: list[LabelScore] = field(default_factory=list)
    summary: dict[str, float | int | str] = field(default_factory=dict)
    extra_markdown: str = ""  # e.g. a confusion matrix

    def to_markdown(self) -> str:
        lines = [f"# Evaluation: {self.name}", "", f"Data: `{self.data}` ({self.n} records)", ""]
        if self.summary:
            lines += ["| metric | value |", "|---|---|"]
            for k, v in self.summary.items():
                lines.append(f"| {k} | {v:.3f} |" if isinstance(v, float) else f"| {k} | {v} |")
            lines.append("")
        if self.labels:
            lines += ["| label | precision | recall | F1 | support |", "|---|---|---|---|---|"]
            for s in self.labels:
                lines.append(f"| {s.label} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.support} |")
            lines.append("")
        if self.extra_markdown:
            lines += [self.extra_markdown, ""]
        return "\n".join(lines)

    def write(self, out_dir: Path | None = None) -> tuple[Path, Path]:
        """Write ``<name>.md`` and ``<name>.json``; returns both paths."""
        out = Path(out_dir) if out_dir else EVAL_DIR
        out.mkdir(parents=True, exist_ok=True)
        md, js = out / f"{self.name}.md", out / f"{self.name}.json"
        md.write_text(self.to_markdown(), encoding="utf-8")
        payload = {"name": self.name, "data": self.data, "n": self.n, "summary": self.summary,
                   "labels": [vars(s) for s in self.labels]}
        js.write_text(json.dumps(payload, indent=2), encoding="utf-8")
        return md, js
