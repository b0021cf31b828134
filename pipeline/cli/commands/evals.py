"""`evidence eval design|population|sample-size|direction|claim-direction|linking|grades|pico`: accuracy reports under reports/eval/."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from pipeline.cli import output as ui
from pipeline.cli.groups import eval_app
from pipeline.cli.options import DbOption, OutOption

# Labelled sets are not part of the repository: name them (see README: Measured accuracy).
DataOption = Annotated[list[Path], typer.Option("--data", help="Labelled data file(s) or folder (required).")]


def _files(data: list[Path], patterns: tuple[str, ...]) -> list[Path]:
    from pipeline.model_files import data_files

    try:
        return data_files(data, patterns)
    except FileNotFoundError as e:
        raise typer.BadParameter(str(e), param_hint="--data") from None


def _emit(report, out: Path | None = None) -> None:
    md, js = report.write(out)
    ui.markdown(report.to_markdown())
    ui.echo(f"written {md} and {js}")


@eval_app.command("design")
def eval_design(data: DataOption,
                use_metadata: Annotated[bool, typer.Option("--metadata/--no-metadata", help="Use PublicationType/MeSH.")] = False,
                rules_only: Annotated[bool, typer.Option("--rules-only", help="Without the trained classifier.")] = False,
                out: OutOption = None) -> None:
    """Design flags (RCT, systematic review, meta-analysis, protocol): P/R/F1, RCT sensitivity/specificity."""
    from pipeline.nlp.eval_extraction import evaluate_flags

    from pipeline.nlp.design_model import DATA_PATTERNS

    _emit(_flags("design", _files(data, DATA_PATTERNS), use_metadata, rules_only), out)


def _flags(kind, files, use_metadata, rules_only):
    from pipeline.nlp.eval_extraction import evaluate_flags

    try:
        return evaluate_flags(kind, files, use_metadata=use_metadata, rules_only=rules_only)
    except ValueError as e:  # training files mixed with others: a bad argument
        raise typer.BadParameter(str(e), param_hint="--data") from None


@eval_app.command("population")
def eval_population(data: DataOption,
                    use_metadata: Annotated[bool, typer.Option("--metadata/--no-metadata")] = False,
                    rules_only: Annotated[bool, typer.Option("--rules-only")] = False,
                    out: OutOption = None) -> None:
    """Population flags (human, rodent, child): P/R/F1."""
    from pipeline.nlp.eval_extraction import evaluate_flags

    from pipeline.nlp.design_model import DATA_PATTERNS

    _emit(_flags("population", _files(data, DATA_PATTERNS), use_metadata, rules_only), out)


@eval_app.command("sample-size")
def eval_sample_size(data: DataOption, out: OutOption = None) -> None:
    """Sample size: exact-match rate and answered rate (PICO-style JSONL files or their folder)."""
    from pipeline.nlp.eval_extraction import evaluate_sample_size

    for path in _files(data, ("*.jsonl",)):
        _emit(evaluate_sample_size(path), out)


@eval_app.command("direction")
def eval_direction(data: DataOption, out: OutOption = None) -> None:
    """Direction of findings on PubMedQA-style data: accuracy, macro-F1,
    confusion matrix; out-of-fold on the file the shipped classifier was trained on."""
    from pipeline.claims.eval_direction import evaluate_direction

    for path in _files(data, ("*.json",)):
        _emit(evaluate_direction(path), out)


@eval_app.command("claim-direction")
def eval_claim_direction(
        data: Annotated[Optional[Path], typer.Option("--data", help="Annotated pairs (default: data/eval/claim_directions.csv).")] = None,
        corpus: Annotated[Optional[list[Path]], typer.Option(
            "--corpus", help="Record files or folders holding the pairs' articles (default: data/corpus).")] = None,
        annotator: Annotated[Optional[list[str]], typer.Option(
            "--annotator", help="Only pairs labelled by these annotators (the file's `annotator` column), e.g. E.")] = None,
        out: OutOption = None,
) -> None:
    """Direction on the seed's claims: linked corpus articles labelled by two annotators
    (data/eval/claim_directions.csv; articles from the bundled corpus data/corpus)."""
    from pipeline.claims.eval_direction import CORPUS, evaluate_claim_directions

    for p in corpus or [CORPUS]:
        if not p.exists():
            raise typer.BadParameter(f"no such file or folder: {p}", param_hint="--corpus")
    try:
        report = evaluate_claim_directions(data, corpus=corpus or None, annotators=set(annotator) if annotator else None)
    except ValueError as e:  # an annotator the file does not have: a bad argument, exit 2
        raise typer.BadParameter(str(e), param_hint="--annotator") from None
    _emit(report, out)


@eval_app.command("linking")
def eval_linking(
        data: Annotated[Optional[Path], typer.Option(
            "--data", help="SYNERGY Jeyaraman 2020 records (default: data/corpus/topical/synergy_Jeyaraman_2020_MSC_knee_OA/works_1.zip).")] = None,
        labels: Annotated[Optional[Path], typer.Option(
            "--labels", help="Our MSC-trial labels (default: tests/fixtures/synergy_msc_trials.csv).")] = None,
        out: OutOption = None,
) -> None:
    """Query recall and linking precision of the MSC knee claim on SYNERGY Jeyaraman 2020."""
    from pipeline.claims.eval_linking import LABELS, SYNERGY, evaluate_linking

    for p, hint in ((data or SYNERGY, "--data"), (labels or LABELS, "--labels")):
        if not p.exists():
            raise typer.BadParameter(f"no such file: {p}", param_hint=hint)
    _emit(evaluate_linking(synergy=data, labels=labels), out)


@eval_app.command("grades")
def eval_grades(
        db: DbOption = None,
        data: Annotated[Optional[Path], typer.Option(
            "--data", help="Reviewers' folder [default: data/eval/grade_reviews].")] = None,
        out: OutOption = None,
) -> None:
    """Grades against blind reviewers' GRADE certainty (dev and held-out claims apart): exact, within one
    level, rated higher; and counted studies against the reviewers' eligibility."""
    from pipeline.grading.eval_grades import evaluate_grades
    from pipeline.store.snapshot import open_for_reading

    con, note = open_for_reading(db)
    if note:
        ui.info(note)
    with con:
        _emit(evaluate_grades(con, data, source=str(db or "the default database")), out)


@eval_app.command("pico")
def eval_pico(
        data: Annotated[Path, typer.Option("--data", help="EBM-NLP folder holding dev.jsonl.gz, or a .jsonl(.gz) file.")],
        model: Annotated[Optional[Path], typer.Option("--model", help="Model folder (default: data/models/pico).")] = None,
        out: OutOption = None,
) -> None:
    """P/I/O spans: token-level P/R/F1 per element and span-level exact/overlap F1 on EBM-NLP dev (crowd
    HMMCrowd spans; the shipped tagger never trained on dev)."""
    from pipeline.nlp.pico import load_tagger
    from pipeline.nlp.train_pico import DEV_FILE, evaluate, read_docs

    path = data / DEV_FILE if data.is_dir() else data
    if not path.is_file():
        raise typer.BadParameter(f"no such file: {path}", param_hint="--data")
    report = evaluate(load_tagger(str(model) if model else None), read_docs(path))
    report.data = str(data)
    _emit(report, out)


def register(app: typer.Typer) -> None:  # commands live on the shared `eval` group
    return None
