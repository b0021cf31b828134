"""`evidence model train-ner|train-design|train-direction|train-pico` and `evidence eval ner`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from pipeline.cli import output as ui
from pipeline.cli.groups import eval_app, model_app
from pipeline.cli.options import OutOption



def _command(name: str, options: list[tuple[str, object]]) -> str:
    """The command line that rebuilds a model, as recorded in its manifest (paths as given, so the same
    data gives the same manifest wherever it lives; the output folder is left out for the same reason)."""
    parts = ["evidence", "model", name]
    for opt, value in options:
        if value is True:
            parts.append(opt)
        elif value not in (None, False):
            parts += [opt, str(value)]
    return " ".join(parts)


@model_app.command("train-ner")
def train_ner(
    data: Annotated[Path, typer.Option("--data", help="NER dataset folder holding BC5CDR/iob/{train,devel}.tsv "
                                                      "(BC5CDR in the MTL-Bioinformatics-2016 layout), or an IOB train file (then --devel).")],
    vector_text: Annotated[Optional[list[Path]], typer.Option(
        "--vector-text", help="Record files or folders whose titles+abstracts train the word vectors "
                              "(repeatable). Without it: the train split's text only.")] = None,
    train_extra: Annotated[Optional[list[Path]], typer.Option("--train", help="Further IOB train file(s).")] = None,
    devel: Annotated[Optional[Path], typer.Option(help="IOB devel file for model selection (default: BC5CDR devel under --data).")] = None,
    labels: Annotated[str, typer.Option(help="Comma-separated labels.")] = "Chemical,Disease",
    epochs: Annotated[int, typer.Option(help="Epochs; the best by devel F1 is kept.")] = 30,
    max_minutes: Annotated[Optional[float], typer.Option("--max-minutes", hidden=True)] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "--out", help="Model folder (default: data/models/ner).")] = None,
    vectors: Annotated[bool, typer.Option("--vectors/--no-vectors",
                                          help="Train word vectors first (train split + --vector-text).")] = True,
) -> None:
    """Rebuild the NER model (spaCy CNN, scispaCy tokenizer with punctuation split as in the NER corpora)
    with its manifest; report per-label P/R/F1 on devel sentences and on whole devel documents.
    Reproducible: the same data and libraries give the same files."""
    from pipeline.nlp.pipeline import DEFAULT_MODEL_DIR
    from pipeline.nlp.train_ner import TrainConfig, train

    if max_minutes is not None:
        raise typer.BadParameter("a time budget made builds irreproducible and is gone; use --epochs",
                                 param_hint="--max-minutes")
    settings = dict(labels=tuple(x.strip() for x in labels.split(",")), epochs=epochs, vectors=vectors,
                    vector_text=list(vector_text or []))
    if data.is_dir():
        try:
            cfg = TrainConfig.from_data(data, **settings)
        except FileNotFoundError as e:
            raise typer.BadParameter(str(e), param_hint="--data") from None
    elif data.is_file():
        if devel is None:
            raise typer.BadParameter("an IOB train file needs --devel FILE", param_hint="--devel")
        cfg = TrainConfig(train=[data], **settings)
    else:
        raise typer.BadParameter(f"no such file or folder: {data}", param_hint="--data")
    cfg.train += list(train_extra or [])
    if devel:
        cfg.devel = devel
    for p in [*cfg.train, cfg.devel, *cfg.vector_text]:
        if not Path(p).exists():
            raise typer.BadParameter(f"no such file or folder: {p}")
    command = _command("train-ner", [("--data", data), *[("--vector-text", v) for v in cfg.vector_text],
                                     *[("--train", t) for t in train_extra or []], ("--devel", devel),
                                     ("--labels", labels if labels != "Chemical,Disease" else None),
                                     ("--epochs", epochs if epochs != 30 else None), ("--no-vectors", not vectors)])
    dest = output or DEFAULT_MODEL_DIR
    rep = train(cfg, dest, progress=lambda e, f: ui.echo(f"epoch {e}: devel F1 {f:.3f}"), command=command)
    md, js = rep.write()
    ui.markdown(rep.to_markdown())
    ui.echo(f"model saved to {dest} (manifest {dest / 'manifest.json'}); report {md}")


def _saved(kind: str, dest: Path, man: dict) -> None:
    """What a rebuilt classifier is and where it went, with the dev figures its manifest carries."""
    ui.echo(f"{kind} classifier saved to {dest}: {man['n_features']} features, trained on {man['n_rows']} records")
    for k, v in sorted(man.get("dev_figures", {}).items()):
        ui.echo(f"  {k}: {v}")


@model_app.command("train-design")
def train_design(
    data: Annotated[list[Path], typer.Option("--data", help="Labelled study-design files or their folder "
                                                            "(Otte et al. layout: pmid, title, abstract, 0/1 flag columns or a class column).")],
    output: Annotated[Optional[Path], typer.Option("--out", help="Folder for design_clf.npz + manifest (default: data/models).")] = None,
    figures: Annotated[bool, typer.Option("--figures/--no-figures",
                                          help="Measure 5-fold out-of-fold figures into the manifest.")] = True,
) -> None:
    """Rebuild the design/population classifier (TF-IDF + logistic regression per flag) as portable
    arrays with its manifest. Reproducible: the same data and libraries give the same files."""
    from pipeline.nlp import design_model

    try:
        files = design_model.resolve_data(data)
    except FileNotFoundError as e:
        raise typer.BadParameter(str(e), param_hint="--data") from None
    command = _command("train-design", [("--data", d) for d in data] + [("--no-figures", not figures)])
    from pipeline.nlp.eval_extraction import design_dev_figures

    man = design_model.train_and_save(files, output, command=command,
                                      dev_figures=design_dev_figures(files) if figures else None)
    _saved("design", (output or design_model.MODEL_PATH.parent) / design_model.MODEL_PATH.name, man)


@model_app.command("train-pico")
def train_pico(
    data: Annotated[Path, typer.Option("--data", help="EBM-NLP folder holding train.jsonl.gz and dev.jsonl.gz "
                                                      "(crowd P/I/O spans; the HMMCrowd aggregation is used).")],
    output: Annotated[Optional[Path], typer.Option("--out", "--output", help="Model folder (default: data/models/pico).")] = None,
    max_docs: Annotated[Optional[int], typer.Option("--max-docs", help="Train on the first N abstracts only.")] = None,
    iterations: Annotated[int, typer.Option(help="L-BFGS iterations per element.")] = 150,
    jobs: Annotated[int, typer.Option(help="Elements trained at once (processes; same files either way).")] = 1,
    c1: Annotated[Optional[float], typer.Option("--c1", help="L1 weight (default: the one chosen for the full train set; "
                                                              "a few dozen abstracts need a weaker one).")] = None,
    first_pass_from: Annotated[Optional[Path], typer.Option("--first-pass-from", help="Copy the first-pass CRFs of this model "
                                                            "folder instead of retraining them, after checking they were trained "
                                                            "on the same file with the same settings (saves time only).")] = None,
    stack_cache: Annotated[Optional[Path], typer.Option("--stack-cache", help="Folder keeping the second pass's "
                                                        "cross-validated training marginals between runs (saves time only).")] = None,
    neural_elements: Annotated[Optional[str], typer.Option("--neural-elements", help="Elements (comma-separated, e.g. I) "
                                                           "tagged by a CNN averaged with their CRF ('' for none; "
                                                           "default: as PicoTrainConfig).")] = None,
    cluster_text: Annotated[Optional[list[Path]], typer.Option(
        "--cluster-text", help="Unlabelled record files or folders (PubMed XML/MEDLINE/JSONL/CSV/TSV records, JSON lines "
                               "with text, PubTator, brat .txt) whose titles and abstracts join train's for the word "
                               "clusters; EBM-NLP dev and test abstracts are left out. Repeat it.")] = None,
) -> None:
    """Rebuild the P/I/O span tagger (one CRF per element) with its manifest; report token- and
    span-level figures on dev (never trained on). Reproducible: the same data and libraries give the same files."""
    from pipeline.nlp.pico import DEFAULT_MODEL_DIR, MANIFEST
    from pipeline.nlp.train_pico import PicoTrainConfig, train

    try:
        cfg = PicoTrainConfig.from_data(data, max_docs=max_docs, iterations=iterations, jobs=jobs,
                                        first_pass_from=str(first_pass_from or ""), stack_cache=str(stack_cache or ""),
                                        cluster_text=tuple(str(p) for p in cluster_text or ()),
                                        **({"c1": c1} if c1 is not None else {}),
                                        **({"neural_elements": neural_elements} if neural_elements is not None else {}))
    except FileNotFoundError as e:
        raise typer.BadParameter(str(e), param_hint="--data") from None
    command = _command("train-pico", [("--data", data), *[("--cluster-text", p) for p in cluster_text or ()],
                                      ("--max-docs", max_docs),
                                      ("--iterations", iterations if iterations != 150 else None),
                                      ("--c1", c1),
                                      ("--neural-elements", "''" if neural_elements == "" else neural_elements)])
    dest = output or DEFAULT_MODEL_DIR
    rep = train(cfg, dest, command=command)
    md, _ = rep.write()
    ui.markdown(rep.to_markdown())
    ui.echo(f"model saved to {dest} (manifest {dest / MANIFEST}); report {md}")


@model_app.command("train-direction")
def train_direction(
    data: Annotated[Path, typer.Option("--data", help="PubMedQA-style labelled file or its folder "
                                                      "(PubMedQA-L JSON: final_decision yes/no/maybe).")],
    output: Annotated[Optional[Path], typer.Option("--out", help="Folder for direction_clf.npz + manifest (default: data/models).")] = None,
    figures: Annotated[bool, typer.Option("--figures/--no-figures",
                                          help="Measure 5-fold out-of-fold figures into the manifest.")] = True,
) -> None:
    """Rebuild the direction classifier (TF-IDF + multinomial logistic regression) as portable arrays
    with its manifest. Reproducible: the same data and libraries give the same files."""
    from pipeline.claims import direction_model

    try:
        path = direction_model.resolve_data(data)
    except FileNotFoundError as e:
        raise typer.BadParameter(str(e), param_hint="--data") from None
    command = _command("train-direction", [("--data", data), ("--no-figures", not figures)])
    from pipeline.claims.eval_direction import direction_dev_figures

    man = direction_model.train_and_save(path, output, command=command,
                                         dev_figures=direction_dev_figures(path) if figures else None)
    _saved("direction", (output or direction_model.MODEL_PATH.parent) / direction_model.MODEL_PATH.name, man)


@eval_app.command("ner")
def eval_ner(
    data: Annotated[Path, typer.Option(
        "--data", help="IOB file (sentences), PubTator file (whole documents), or an NER dataset folder "
                       "(BC5CDR devel, both).")],
    model: Annotated[Optional[str], typer.Option(help="Model path or name (default: data/models/ner).")] = None,
    out: OutOption = None,
) -> None:
    """Entity-level P/R/F1 per label of the installed NER model, run through the whole pipeline.

    Sentences from an IOB file, or whole raw abstracts from a PubTator file (how the pipeline meets
    text: abbreviations and repeated mentions resolved across the document)."""
    from pipeline.nlp.iob import read_iob
    from pipeline.nlp.pipeline import build_nlp, resolve_model
    from pipeline.nlp.pubtator import is_pubtator, read_pubtator
    from pipeline.nlp.train_ner import dataset_files, evaluate, evaluate_documents

    name = resolve_model(model)
    if not name:
        ui.error("EVIDENCE_NER_MODEL=none: no NER model to measure")
        raise typer.Exit(2)
    if data.is_dir():
        try:
            _, dev, docs = dataset_files(data)
        except FileNotFoundError as e:
            raise typer.BadParameter(str(e), param_hint="--data") from None
        paths = [dev] + ([docs] if docs else [])
    elif data.is_file():
        paths = [data]
    else:
        ui.error(f"no such file: {data}")
        raise typer.Exit(2)
    nlp = build_nlp(name, lexicons=False)
    labels = tuple(nlp.get_pipe("ner").labels)
    for path in paths:
        if is_pubtator(path):
            rep = evaluate_documents(nlp, read_pubtator(path), labels)
        else:
            rep = evaluate(nlp, read_iob(path), labels)
        rep.data = f"{path} (model {name})"
        md, js = rep.write(out)
        ui.markdown(rep.to_markdown())
        ui.echo(f"written {md} and {js}")


def register(app: typer.Typer) -> None:
    return None
