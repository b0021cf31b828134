"""Session 12's tools for comparing findings readers on cross-validation (pipeline/nlp/findings_variants.py,
findings_cv.best_within): the outcome's clause as a view, the safety budget, the meta gate and the CLI.
Inputs are built here or by tests/test_findings.py's tiny Evidence Inference set (no ../shared)."""

from __future__ import annotations

import numpy as np
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.nlp import findings_cv as CV
from pipeline.nlp import findings_variants as V
from tests.test_findings import _write_tiny_set

CLASSES = ("decreased", "increased", "no_difference")


def _reading(gold: str, p: tuple[float, float, float], fold: int = 0, in_abstract: bool = True) -> CV.CvReading:
    return CV.CvReading(fold, gold, in_abstract, True, np.array([1.0]), np.array([p]), (True,), np.array(p))


def test_the_window_keeps_the_outcomes_clause_and_drops_the_other_outcomes_direction():
    s = ("The yoga group showed a significant reduction in aggression, while positive affect increased in the "
         "yoga group compared with the control group (P < 0.001).")
    w = V.outcome_window(s, "yoga", "control", "positive affect")
    assert w.startswith("__win ") and "aggression" not in w and "reduction" not in w
    assert "outcome increased in the intarm group compared with the cmparm group" in w
    assert "__rel_only_up" in w and "__dir_down" not in w
    # the clause names neither arm: the arms named before it are kept in front of it
    s2 = "Compared with the controls, patients given yoga had a better mood; lower cortisol (all P<0.05)."
    w2 = V.outcome_window(s2, "yoga", "control", "cortisol")
    assert w2.split()[1:3] == ["cmparm", "intarm"] and "mood" not in w2 and "__rel_only_down" in w2
    # a sentence that never names the outcome is read whole
    assert "mood" in V.outcome_window(s2, "yoga", "control", "blood pressure")


def test_best_within_answers_most_inside_the_shipped_safety_shares():
    # three right differences at 0.95, one overstated at 0.85, one right at 0.80: the shipped point
    # (0.9) answers 3 with no wrong answer; a setting that answers the 0.85 one overstates
    readings = [_reading("increased", (0.02, 0.95, 0.03)) for _ in range(3)]
    readings += [_reading("no_difference", (0.05, 0.85, 0.10)), _reading("decreased", (0.80, 0.1, 0.1))]
    budget = CV.figures(CLASSES, readings, 1, 0.9, 0.5)
    assert budget["in_abstract"]["overstated"] == 0.0 and budget["in_abstract"]["unclear"] == 0.4
    top, mc, f = CV.best_within(CLASSES, readings, budget, tops=(1,), thresholds=(0.7, 0.75, 0.8, 0.86, 0.9))
    assert (top, mc) == (1, 0.86)  # of the settings answering as many, the lowest threshold
    assert f["in_abstract"]["overstated"] == 0.0 and f["in_abstract"]["unclear"] == 0.4
    # a looser budget (one overstated answer of five allowed) takes the threshold that answers everything
    loose = CV.figures(CLASSES, readings, 1, 0.7, 0.5)
    assert CV.best_within(CLASSES, readings, loose, tops=(1,), thresholds=(0.7, 0.9))[1] == 0.7
    assert CV.within(budget, budget) and not CV.within(loose, budget)
    assert CV.best_within(CLASSES, readings, budget, tops=(1,), thresholds=(0.7,)) is None


def test_a_mixture_averages_both_readers_probabilities():
    a, b = [_reading("increased", (0.0, 1.0, 0.0))], [_reading("increased", (0.5, 0.0, 0.5))]
    m = V.mixture(a, b, 0.5)[0]
    assert np.allclose(m.proba[0], [0.25, 0.5, 0.25]) and np.allclose(m.oracle, [0.25, 0.5, 0.25])
    assert m.gold == "increased" and m.fold == 0


def test_the_meta_gate_is_fitted_on_the_other_folds_only():
    rng = np.random.default_rng(0)
    readings, texts = [], []
    for i in range(80):
        p = float(rng.uniform(0.5, 0.99))
        wrong = rng.uniform() > p  # the less sure, the more often wrong
        readings.append(_reading("no_difference" if wrong else "increased", (0.01, p, 0.99 - p), fold=i % 2))
        texts.append(("x __p_sig",))
    readings.append(_reading("no_difference", (0.1, 0.1, 0.8), fold=0))  # reads no difference: not gated
    texts.append(("x",))
    wrong = V.meta_gate(CLASSES, readings, texts, top=1)
    assert np.isnan(wrong[-1]) and not np.isnan(wrong[:-1]).any()
    # fold 0's gate values depend only on fold 1's labels: relabelling fold 0 changes none of them
    flipped = [CV.CvReading(r.fold, "decreased" if r.fold == 0 else r.gold, r.evidence_in_abstract, r.names_outcome,
                            r.scores, r.proba, r.hits, r.oracle) for r in readings]
    again = V.meta_gate(CLASSES, flipped, texts, top=1)
    fold0 = np.array([r.fold == 0 for r in readings[:-1]] + [False])
    assert np.allclose(again[fold0], wrong[fold0]) and not np.allclose(again[~fold0 & ~np.isnan(wrong)],
                                                                        wrong[~fold0 & ~np.isnan(wrong)])
    # the gate refuses the readings it believes wrong; at 1.0 every difference is answered
    answers = V.gated_answers(CLASSES, readings, wrong, 1.0, top=1)
    assert answers[:-1] == ["increased"] * 80 and answers[-1] == "no_difference"
    assert V.gated_answers(CLASSES, readings, wrong, -1.0, top=1)[:-1] == ["unclear"] * 80


def test_eval_findings_variants_scores_each_variant_against_the_shipped_budget(tmp_path, monkeypatch):
    """`evidence eval findings-variants` on the tiny train split (folds chosen so each fit sees every
    label): the shipped reader, the window view and their mean, each at the shipped setting and at its
    best within the shipped safety shares, and the meta gate; an unknown variant is refused."""
    monkeypatch.setattr(CV, "fold_of", lambda pmcid, k=5: int(pmcid[3:]) % k)
    data = _write_tiny_set(tmp_path / "ei")
    r = CliRunner().invoke(app, ["eval", "findings-variants", "--data", str(data), "--folds", "2", "--variants", "window"])
    assert r.exit_code == 0, r.output
    names = [line.split("|")[1].strip() for line in r.output.splitlines() if line.startswith("| ") and "variant" not in line]
    assert names == ["shipped", "shipped", "window", "window", "shipped+window", "shipped+window", "shipped, meta gate"]
    bad = CliRunner().invoke(app, ["eval", "findings-variants", "--data", str(data), "--folds", "2", "--variants", "bert"])
    assert bad.exit_code != 0 and "unknown findings variants" in bad.output


def test_the_textcat_variant_learns_the_three_labels_in_the_classes_order():
    """spaCy's textcat (the ``textcat`` variant) fitted from scratch on a few rows built here: its
    probabilities come in the sorted class order the readings use and follow the training labels."""
    X = (["intarm had higher outcome than cmparm __dir_up"] * 6 + ["intarm had lower outcome than cmparm __dir_down"] * 6
         + ["no significant difference in outcome between intarm and cmparm __null"] * 6)
    y = ["increased"] * 6 + ["decreased"] * 6 + ["no_difference"] * 6
    predict = V._fit_textcat(X, y, epochs=6)
    p = predict(["intarm had higher outcome than cmparm __dir_up", "no significant difference __null"])
    assert p.shape == (2, 3) and np.allclose(p.sum(axis=1), 1.0, atol=1e-4)
    assert p[0].argmax() == CLASSES.index("increased") and p[1].argmax() == CLASSES.index("no_difference")
    assert predict([]).shape == (0, 3)
