"""`evidence eval design|population|sample-size|direction|claim-direction|linking|grades`: accuracy reports under reports/eval/."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from pipeline.cli import output as ui
from pipeline.cli.groups import eval_app
from pipeline.cli.options import DbOption

DataOption = Annotated[Optional[list[Path]], typer.Option("--data", help="Labelled data file(s) [default: ../shared/dev].")]


def _emit(report) -> None:
    md, js = report.write()
    ui.markdown(report.to_markdown())
    ui.echo(f"written {md} and {js}")


@eval_app.command("design")
def eval_design(data: DataOption = None,
                use_metadata: Annotated[bool, typer.Option("--metadata/--no-metadata", help="Use PublicationType/MeSH.")] = False,
                rules_only: Annotated[bool, typer.Option("--rules-only", help="Without the trained classifier.")] = False) -> None:
    """Design flags (RCT, systematic review, meta-analysis, protocol): P/R/F1, RCT sensitivity/specificity."""
    from pipeline.nlp.eval_extraction import evaluate_flags

    _emit(evaluate_flags("design", data, use_metadata=use_metadata, rules_only=rules_only))


@eval_app.command("population")
def eval_population(data: DataOption = None,
                    use_metadata: Annotated[bool, typer.Option("--metadata/--no-metadata")] = False,
                    rules_only: Annotated[bool, typer.Option("--rules-only")] = False) -> None:
    """Population flags (human, rodent, child): P/R/F1."""
    from pipeline.nlp.eval_extraction import evaluate_flags

    _emit(evaluate_flags("population", data, use_metadata=use_metadata, rules_only=rules_only))


@eval_app.command("sample-size")
def eval_sample_size(data: DataOption = None) -> None:
    """Sample size: exact-match rate and answered rate."""
    from pipeline.nlp.eval_extraction import evaluate_sample_size

    _emit(evaluate_sample_size(data[0] if data else None))


@eval_app.command("direction")
def eval_direction(data: DataOption = None) -> None:
    """Direction of findings on PubMedQA-style data: accuracy, macro-F1, confusion matrix."""
    from pipeline.claims.eval_direction import evaluate_direction

    _emit(evaluate_direction(data[0] if data else None))


@eval_app.command("claim-direction")
def eval_claim_direction(
        data: DataOption = None,
        annotator: Annotated[Optional[list[str]], typer.Option(
            "--annotator", help="Only pairs labelled by these annotators (the file's `annotator` column), e.g. E.")] = None,
) -> None:
    """Direction on the seed's claims: linked corpus articles labelled by two annotators
    (data/eval/claim_directions.csv)."""
    from pipeline.claims.eval_direction import evaluate_claim_directions

    try:
        report = evaluate_claim_directions(data[0] if data else None, annotators=set(annotator) if annotator else None)
    except ValueError as e:  # an annotator the file does not have: a bad argument, exit 2
        raise typer.BadParameter(str(e), param_hint="--annotator") from None
    _emit(report)


@eval_app.command("linking")
def eval_linking() -> None:
    """Query recall and linking precision of the MSC knee claim on SYNERGY Jeyaraman 2020."""
    from pipeline.claims.eval_linking import evaluate_linking

    _emit(evaluate_linking())


@eval_app.command("grades")
def eval_grades(
        db: DbOption = None,
        data: Annotated[Optional[Path], typer.Option(
            "--data", help="Reviewers' folder [default: data/eval/grade_reviews].")] = None,
) -> None:
    """Grades against blind reviewers' GRADE certainty (dev and held-out claims apart): exact, within one
    level, rated higher; and counted studies against the reviewers' eligibility."""
    from pipeline.grading.eval_grades import evaluate_grades
    from pipeline.store.snapshot import open_for_reading

    con, note = open_for_reading(db)
    if note:
        ui.info(note)
    with con:
        _emit(evaluate_grades(con, data, source=str(db or "the default database")))


def register(app: typer.Typer) -> None:  # commands live on the shared `eval` group
    return None
