"""`evidence model train-ner` and `evidence eval ner`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from pipeline.cli import output as ui
from pipeline.cli.groups import eval_app, model_app



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
    """Train a spaCy NER model (scispaCy tokenizer, punctuation split as in the NER corpora); report
    per-label P/R/F1 on devel sentences and on whole devel documents."""
    from pipeline.nlp.pipeline import DEFAULT_MODEL_DIR
    from pipeline.nlp.train_ner import TrainConfig, train

    cfg = TrainConfig(labels=tuple(x.strip() for x in labels.split(",")), epochs=epochs, max_minutes=max_minutes,
                      vectors=vectors)
    if data:
        cfg.train = list(data)
    if devel:
        cfg.devel = devel
    dest = output or DEFAULT_MODEL_DIR
    rep = train(cfg, dest, progress=lambda e, f: ui.echo(f"epoch {e}: devel F1 {f:.3f}"))
    md, js = rep.write()
    ui.markdown(rep.to_markdown())
    ui.echo(f"model saved to {dest}; report {md}")


@eval_app.command("ner")
def eval_ner(
    data: Annotated[Optional[Path], typer.Option(
        "--data", help="IOB file (sentences) or PubTator file (whole documents) [BC5CDR devel, both].")] = None,
    model: Annotated[Optional[str], typer.Option(help="Model path or name [data/models/ner].")] = None,
) -> None:
    """Entity-level P/R/F1 per label of the installed NER model, run through the whole pipeline.

    Sentences from an IOB file, or whole raw abstracts from a PubTator file (how the pipeline meets
    text: abbreviations and repeated mentions resolved across the document)."""
    from pipeline.nlp.iob import read_iob
    from pipeline.nlp.pipeline import build_nlp, resolve_model
    from pipeline.nlp.pubtator import is_pubtator, read_pubtator
    from pipeline.nlp.train_ner import DEFAULT_DEVEL, DEFAULT_DEVEL_DOCUMENTS, evaluate, evaluate_documents

    name = resolve_model(model)
    if not name:
        ui.error("no NER model installed: run `evidence model train-ner` first")
        raise typer.Exit(5)
    paths = [data] if data else [DEFAULT_DEVEL, DEFAULT_DEVEL_DOCUMENTS]
    for path in paths:
        if not path.exists():
            ui.error(f"no such file: {path}")
            raise typer.Exit(2)
    nlp = build_nlp(name, lexicons=False)
    labels = tuple(nlp.get_pipe("ner").labels)
    for path in paths:
        if is_pubtator(path):
            rep = evaluate_documents(nlp, read_pubtator(path), labels)
        else:
            rep = evaluate(nlp, read_iob(path), labels)
        rep.data = f"{path} (model {name})"
        md, js = rep.write()
        ui.markdown(rep.to_markdown())
        ui.echo(f"written {md} and {js}")


def register(app: typer.Typer) -> None:
    return None
