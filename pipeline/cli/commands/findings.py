"""`evidence model train-findings` and `evidence eval findings` (issue 17 item 3)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from pipeline.cli import output as ui
from pipeline.cli.groups import eval_app, model_app
from pipeline.cli.options import OutOption

_DATA_HELP = ("Evidence Inference folder holding {train,validation}.annotations.jsonl.gz and "
              "{train,validation}.abstracts.jsonl.gz.")


@model_app.command("train-findings")
def train_findings(
    data: Annotated[Path, typer.Option("--data", help=_DATA_HELP)],
    output: Annotated[Optional[Path], typer.Option("--out", help="Folder for findings_clf.npz + manifest (default: data/models).")] = None,
    figures: Annotated[bool, typer.Option("--figures/--no-figures",
                                          help="Measure figures on a held-out fifth of train into the manifest.")] = True,
) -> None:
    """Rebuild the findings classifier (TF-IDF + multinomial logistic regression, train split only) as
    portable arrays with its manifest. Reproducible: the same data and libraries give the same files."""
    from pipeline.nlp import findings_data

    try:
        findings_data.split_files(data, "train")
    except FileNotFoundError as e:
        raise typer.BadParameter(str(e), param_hint="--data") from None
    from pipeline.nlp.eval_findings import findings_dev_figures

    command = f"evidence model train-findings --data {data}" + ("" if figures else " --no-figures")
    man = findings_data.train_and_save(data, output, command=command,
                                       dev_figures=findings_dev_figures(data) if figures else None)
    if figures:
        man = _add_validation_figures(data, output, man)
    ui.echo(f"findings classifier saved to {output or 'data/models'}: {man['n_features']} features, "
            f"trained on {man['n_rows']} rows ({man['n_annotations']} annotations)")
    for k, v in sorted(man.get("dev_figures", {}).items()):
        ui.echo(f"  dev {k}: {v}")
    for k, v in sorted(man.get("validation_figures", {}).items()):
        ui.echo(f"  validation {k}: {v}")


def _add_validation_figures(data: Path, output: Path | None, man: dict) -> dict:
    """The built model scored on the validation split (when the folder has it) into its manifest: the
    figures `evidence eval findings` reports, recorded with the model they describe."""
    from pipeline.model_files import write_json
    from pipeline.nlp import findings as F
    from pipeline.nlp.eval_findings import evaluate_findings
    from pipeline.nlp.findings_data import split_files

    try:
        split_files(data, "validation")
    except FileNotFoundError:
        return man
    folder = output or F.MODEL_PATH.parent
    rep = evaluate_findings(data, "validation", model_path=str(folder / F.MODEL_PATH.name))
    man = {**man, "validation_figures": {k: round(v, 3) if isinstance(v, float) else v
                                         for k, v in rep.summary.items() if k != "method"}}
    write_json(folder / F.MANIFEST_PATH.name, man)
    return man


@eval_app.command("findings")
def eval_findings(
    data: Annotated[Path, typer.Option("--data", help=_DATA_HELP)],
    split: Annotated[str, typer.Option(help="Split to score (validation; the train split is what the model saw).")] = "validation",
    out: OutOption = None,
) -> None:
    """Finding macro-F1 (per class P/R/F1, confusion matrix) end-to-end (abstract + I/C/O) and with the
    annotated evidence (oracle); unclear rate, accuracy of the answers given, finder's hit rate."""
    from pipeline.nlp.eval_findings import evaluate_findings

    try:
        rep = evaluate_findings(data, split)
    except FileNotFoundError as e:
        raise typer.BadParameter(str(e), param_hint="--data") from None
    md, js = rep.write(out)
    ui.markdown(rep.to_markdown())
    ui.echo(f"written {md} and {js}")


@eval_app.command("findings-threshold")
def eval_findings_threshold(
    data: Annotated[Path, typer.Option("--data", help=_DATA_HELP)],
    max_overstated: Annotated[float, typer.Option(help="Largest share of answers that may overstate.")] = 0.03,
    no_difference: Annotated[Optional[float], typer.Option(
        "--no-difference-threshold", help="Threshold for an answer of no difference (default: the same as for a difference).")] = None,
    max_no_difference: Annotated[bool, typer.Option(
        "--max-no-difference/--no-max-no-difference",
        help="Also sweep the most probability of no difference a difference may have.")] = False,
) -> None:
    """Choose the reader's unclear threshold on the TRAIN split only: refit on four fifths of its
    articles, sweep thresholds on the held-out fifth, print each one's overstated / reversed shares,
    answered share and macro-F1, and the lowest threshold within ``--max-overstated`` (to be put in
    data/findings.yaml; validation is never read here)."""
    from pipeline.nlp import findings_threshold as T
    from pipeline.nlp.findings_data import split_files

    try:
        split_files(data, "train")
    except FileNotFoundError as e:
        raise typer.BadParameter(str(e), param_hint="--data") from None
    every, in_abstract = T.sweep(data, no_difference=no_difference,
                                 max_no_difference=T.MAX_NO_DIFFERENCE_CANDIDATES if max_no_difference else (1.0,))
    if no_difference is not None:
        ui.echo(f"answers of no difference need probability >= {no_difference}; rows: the threshold for a difference")
    ui.markdown("### Held-out fifth of train, every prompt\n\n" + T.table(every))
    ui.markdown("### Held-out fifth of train, prompts whose evidence is in the abstract\n\n" + T.table(in_abstract))
    best = T.choose(every, max_overstated)
    ui.echo(f"the setting answering most with overstated <= {max_overstated:.3f} of answers (every prompt): "
            + (f"threshold {best.threshold}, max no difference {best.max_no_difference}" if best else "none"))


@eval_app.command("findings-cv")
def eval_findings_cv(
    data: Annotated[Path, typer.Option("--data", help=_DATA_HELP)],
    folds: Annotated[int, typer.Option(help="Number of folds (by a hash of the PMCID).")] = 5,
    record: Annotated[bool, typer.Option("--record/--no-record",
                                         help="Write the shipped settings' figures into the shipped model's manifest (cv_figures).")] = False,
) -> None:
    """Cross-validate the findings reader on the TRAIN split only (ranker and classifier refitted per
    fold): macro-F1 at argmax, at the operating point and of the oracle, unclear, overstated and
    reversed shares, for the shipped settings and nearby ones (combine_top 1-3, thresholds for a
    difference 0.8-0.95). Validation is never read here."""
    from pipeline.nlp import findings as F
    from pipeline.nlp import findings_cv as CV
    from pipeline.nlp.findings_data import split_files

    try:
        split_files(data, "train")
    except FileNotFoundError as e:
        raise typer.BadParameter(str(e), param_hint="--data") from None
    classes, readings = CV.cross_validate(data, folds)
    shipped = (F.COMBINE_TOP, F.MIN_CONFIDENCE, F.MIN_CONFIDENCE_NO_DIFFERENCE)
    grid = [shipped] + [(t, mc, F.MIN_CONFIDENCE_NO_DIFFERENCE) for t in (1, 2, 3) for mc in (0.8, 0.85, 0.9, 0.95)
                        if (t, mc, F.MIN_CONFIDENCE_NO_DIFFERENCE) != shipped]
    ui.echo(f"### {folds}-fold cross-validation of train ({len(readings)} prompts); first row: the shipped "
                "settings\n\n" + CV.table(classes, readings, grid))
    if record:
        from pipeline.model_files import write_json

        man = F.manifest()
        figs = CV.figures(classes, readings, *shipped)
        man["cv_figures"] = {"split": f"{folds}-fold cross-validation of the train split by article (sha256 of the PMCID "
                                      f"mod {folds}), ranker and classifier refitted per fold",
                             "combine_top": shipped[0], "min_confidence": shipped[1],
                             "min_confidence_no_difference": shipped[2],
                             **{f"{k}_{part}": round(v, 3) if isinstance(v, float) else v
                                for part, d in figs.items() for k, v in d.items()}}
        write_json(F.MANIFEST_PATH, man)
        ui.echo(f"cv_figures written to {F.MANIFEST_PATH}")


@eval_app.command("findings-variants")
def eval_findings_variants(
    data: Annotated[Path, typer.Option("--data", help=_DATA_HELP)],
    variants: Annotated[str, typer.Option(help="Comma-separated: shipped, window, svc, textcat (textcat: minutes per fold).")]
        = "shipped,window,svc",
    folds: Annotated[int, typer.Option(help="Number of folds (by a hash of the PMCID).")] = 5,
) -> None:
    """Score other readers of a comparison's finding against the shipped one on cross-validation of the
    TRAIN split (pipeline/nlp/findings_variants.py): each variant, and its mean with the shipped
    classifier, at the shipped setting and at its own best setting within the shipped safety shares
    (overstated and reversed answers no more than the shipped reader's, in the abstract and over all
    rows); and the meta gate (is this difference wrong?) in place of the threshold. Validation is never
    read here."""
    from pipeline.nlp import findings as F
    from pipeline.nlp import findings_cv as CV
    from pipeline.nlp import findings_variants as V
    from pipeline.nlp.findings_data import split_files

    try:
        split_files(data, "train")
    except FileNotFoundError as e:
        raise typer.BadParameter(str(e), param_hint="--data") from None
    names = tuple(v.strip() for v in variants.split(",") if v.strip())
    if "shipped" not in names:
        names = ("shipped",) + names
    try:
        run = V.cross_validate_variants(data, names, folds)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="--variants") from None
    shipped = (F.COMBINE_TOP, F.MIN_CONFIDENCE, F.MIN_CONFIDENCE_NO_DIFFERENCE)
    budget = CV.figures(run.classes, run.readings["shipped"], *shipped)
    rows = ["| variant | setting | in abstract: argmax / op. / oracle | unclear | overstated | reversed "
            "| all: argmax / op. / oracle | unclear | overstated | reversed |", "|---" * 10 + "|"]

    def row(name: str, setting: str, f: dict) -> str:
        return f"| {name} | {setting} | " + " | ".join(
            f"{x.get('argmax_macro_f1', float('nan')):.3f} / {x['macro_f1']:.3f} / {x.get('oracle_macro_f1', float('nan')):.3f} | "
            f"{x['unclear']:.1%} | {x['overstated']:.2%} | {x['reversed']:.2%}" for x in (f["in_abstract"], f["all"])) + " |"
    candidates = [(n, run.readings[n]) for n in names]
    candidates += [(f"shipped+{n}", V.mixture(run.readings["shipped"], run.readings[n])) for n in names if n != "shipped"]
    for name, readings in candidates:
        rows.append(row(name, f"top {shipped[0]}, {shipped[1]:.3f}", CV.figures(run.classes, readings, *shipped)))
        best = CV.best_within(run.classes, readings, budget)
        rows.append(row(name, f"best within: top {best[0]}, {best[1]:.3f}", best[2]) if best
                    else f"| {name} | no setting within the shipped safety shares |" + " |" * 8)
    wrong = V.meta_gate(run.classes, run.readings["shipped"], run.texts, top=shipped[0])
    gate = V.best_gate(run.classes, run.readings["shipped"], wrong, budget, top=shipped[0])
    rows.append(row("shipped, meta gate", f"best within: wrong <= {gate[0]:.3f}", gate[1]) if gate
                else "| shipped, meta gate | no setting within the shipped safety shares |" + " |" * 8)
    ui.echo(f"### {folds}-fold cross-validation of train ({len(run.readings['shipped'])} prompts): variants of the "
            "findings reader; budget: the shipped reader at its shipped setting\n\n" + "\n".join(rows))


def register(app: typer.Typer) -> None:
    return None
