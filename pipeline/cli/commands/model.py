"""`evidence model train-ner` and `evidence eval ner`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markdown import Markdown

from pipeline.cli.groups import eval_app, model_app

out = Console()


@model_app.command("train-ner")
def train_ner(
    data: Annotated[Optional[list[Path]], typer.Option("--data", help="IOB train file(s) [BC5CDR train].")] = None,
    devel: Annotated[Optional[Path], typer.Option(help="IOB devel file for model selection [BC5CDR devel].")] = None,
    labels: Annotated[str, typer.Option(help="Comma-separated labels.")] = "Chemical,Disease",
    epochs: Annotated[int, typer.Option(help="Maximum epochs.")] = 30,
    max_minutes: Annotated[float, typer.Option("--max-minutes", help="Time budget.")] = 20.0,
    output: Annotated[Optional[Path], typer.Option(help="Model folder [data/models/ner].")] = None,
    vectors: Annotated[bool, typer.Option("--vectors/--no-vectors",
                                          help="Train word vectors first (train split + unlabelled abstracts).")] = True,
) -> None:
    """Train a spaCy NER model with scispaCy's tokenizer; report per-label P/R/F1 on devel."""
    from pipeline.nlp.pipeline import DEFAULT_MODEL_DIR
    from pipeline.nlp.train_ner import TrainConfig, train

    cfg = TrainConfig(labels=tuple(x.strip() for x in labels.split(",")), epochs=epochs, max_minutes=max_minutes,
                      vectors=vectors)
    if data:
        cfg.train = list(data)
    if devel:
        cfg.devel = devel
    dest = output or DEFAULT_MODEL_DIR
    rep = train(cfg, dest, progress=lambda e, f: out.print(f"epoch {e}: devel F1 {f:.3f}"))
    md, js = rep.write()
    out.print(Markdown(rep.to_markdown()))
    out.print(f"model saved to {dest}; report {md}")


@eval_app.command("ner")
def eval_ner(
    data: Annotated[Optional[Path], typer.Option("--data", help="IOB file [BC5CDR devel].")] = None,
    model: Annotated[Optional[str], typer.Option(help="Model path or name [data/models/ner].")] = None,
) -> None:
    """Entity-level P/R/F1 per label of the installed NER model on an IOB file."""
    from pipeline.nlp.iob import read_iob
    from pipeline.nlp.pipeline import build_nlp, resolve_model
    from pipeline.nlp.train_ner import DEFAULT_DEVEL, evaluate

    name = resolve_model(model)
    if not name:
        out.print("[red]error:[/red] no NER model installed: run `evidence model train-ner` first")
        raise typer.Exit(5)
    nlp = build_nlp(name, lexicons=False)
    path = data or DEFAULT_DEVEL
    sents = read_iob(path)
    ner = nlp.get_pipe("ner")
    rep = evaluate(nlp, sents, tuple(ner.labels))
    rep.data = f"{path} (model {name})"
    md, js = rep.write()
    out.print(Markdown(rep.to_markdown()))
    out.print(f"written {md} and {js}")


def register(app: typer.Typer) -> None:
    return None
