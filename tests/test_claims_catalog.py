"""The claim catalog: coverage of the seed's topics, verbatim quotes, computed strength, valid queries,
and errors that name the file, line and field."""

import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from pipeline.claims.catalog import DEFAULT_CATALOG, CatalogError, load_catalog, validate_catalog
from pipeline.claims.hedging import assess, seed_strength
from pipeline.cli.app import app
from pipeline.query import compile_query

from conftest import FIXTURES

SEED = DEFAULT_CATALOG.parent / "seed/000_01abaffe9234b6cd.txt"

runner = CliRunner()


def test_catalog_is_valid():
    assert validate_catalog(DEFAULT_CATALOG) == []
    r = runner.invoke(app, ["claims", "validate"])
    assert r.exit_code == 0 and "valid" in r.stdout


def test_every_reference_topic_is_covered():
    readme = (FIXTURES / "claim_references/README.md").read_text()
    topics = set(re.findall(r"\| (C\d\d) \|", readme))
    assert len(topics) == 47
    covered = {t for c in load_catalog() for t in c.topics}
    assert topics <= covered


def test_quotes_are_verbatim_and_queries_parse():
    seed = SEED.read_text(encoding="utf-8")
    claims = load_catalog()
    assert len(claims) >= 47 and len({c.id for c in claims}) == len(claims)
    for c in claims:
        for q in c.quotes:
            assert seed[q.start:q.end] == q.text
        compile_query(c.query)
        assert seed_strength([q.text for q in c.quotes]) == c.seed_strength


def test_distinct_assertions_are_split():
    by_topic = {}
    for c in load_catalog():
        for t in c.topics:
            by_topic.setdefault(t, []).append(c.id)
    prp = [c for c in load_catalog() if c.therapy.name == "platelet-rich plasma"]
    assert {"C01", "C05"} <= {c.id for c in prp}  # PRP for tendinopathy vs PRP for nerve entrapment
    assert len(by_topic["C09"]) >= 2


@pytest.mark.parametrize("sentence, level", [
    ("Clinical evidence is strongest in tendinopathy: lateral epicondylitis, patellar tendinopathy, rotator cuff conditions.", "asserted"),
    ("They cross tissue barriers — including the blood-brain barrier — far more readily than cells.", "asserted"),
    ("PRP applied around injured peripheral nerves is an emerging area with promising early signals, particularly in entrapment and compression injuries.", "hedged"),
    ("BPC-157 has demonstrated notable neuroregenerative effects across multiple preclinical nerve injury models, including sciatic transection and crush.", "qualified"),
])
def test_hedging_levels_on_seed_sentences(sentence, level):
    assert assess(sentence).level == level


def _broken(tmp_path: Path, mutate) -> Path:
    data = yaml.safe_load(DEFAULT_CATALOG.read_text(encoding="utf-8"))
    data["seed_file"] = str(SEED)  # the copy lives elsewhere; its seed is still the project's
    mutate(data)
    p = tmp_path / "claims.yaml"
    p.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return p


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), start=1) if needle in line)


def test_wrong_type_is_reported_with_line_and_field(tmp_path):
    p = _broken(tmp_path, lambda d: d["claims"][2].__setitem__("topics", "C03"))
    [prob] = validate_catalog(p)
    assert prob.field == "claims[C03].topics" and "is not of type 'array'" in prob.message
    assert prob.line == _line_of(p, "topics: C03") and prob.file == str(p)


def test_bad_offsets_missing_field_duplicates_and_bad_query(tmp_path):
    def mutate(d):
        d["claims"][0]["quotes"][0]["start"] += 3
        d["claims"][1]["id"] = "C01"
        d["claims"][4]["query"] = '("platelet-rich plasma"[tiab] AND knee'
    p = _broken(tmp_path, mutate)
    probs = validate_catalog(p)
    fields = {x.field for x in probs}
    assert "[C01].quotes[0]" in fields and "[C01].id" in fields and "[C05].query" in fields
    assert all(x.line > 1 for x in probs)
    r = runner.invoke(app, ["claims", "validate", "--catalog", str(p)])
    assert r.exit_code == 5 and str(p) in r.output
    q = _broken(tmp_path, lambda d: d["claims"][0].pop("query"))
    [prob] = validate_catalog(q)
    assert "'query' is a required property" in prob.message and prob.field == "claims[C01]"


def test_claims_extract_proposes_a_share_of_the_curated_claims(tmp_path):
    from pipeline.claims.draft import draft_claims, recall_on

    seed = SEED
    drafts = draft_claims(seed.read_text(encoding="utf-8"))
    hit, total = recall_on(drafts, load_catalog())
    assert hit / total >= 0.50  # measured 26/51 (51%); docs/claims.md
    tendinopathy = next(d for d in drafts if d.sentence.startswith("Clinical evidence is strongest in tendinopathy"))
    assert tendinopathy.therapy == "platelet-rich plasma"  # from the section heading
    text = seed.read_text(encoding="utf-8")
    assert all(text[d.start:d.end] == d.sentence for d in drafts)
    out = tmp_path / "draft.yaml"
    r = runner.invoke(app, ["claims", "extract", str(seed), "--output", str(out)])
    assert r.exit_code == 0 and yaml.safe_load(out.read_text())["claims"]


def test_seed_file_resolves_beside_the_catalog_wherever_it_is_copied(tmp_path):
    """A catalog and its seed travel together: `seed_file` is relative to the catalog's own folder."""
    (tmp_path / "seed").mkdir()
    (tmp_path / "seed" / SEED.name).write_bytes(SEED.read_bytes())
    copy = tmp_path / "claims.yaml"
    copy.write_text(DEFAULT_CATALOG.read_text(encoding="utf-8"), encoding="utf-8")
    assert validate_catalog(copy) == []
    (tmp_path / "seed" / SEED.name).unlink()
    [prob] = [p for p in validate_catalog(copy) if p.field == "seed_file"]
    assert str(tmp_path / "seed" / SEED.name) in prob.message


def test_a_catalog_loaded_again_is_read_again_only_when_it_or_its_seed_changed(tmp_path):
    """`evidence run` loads the catalog before Prefect starts and the flow loads it again: the second load of
    unchanged files gives the same claims without parsing, and a changed seed or catalog is validated anew."""
    from pipeline.claims import catalog as catalog_module

    (tmp_path / "seed").mkdir()
    seed = tmp_path / "seed" / SEED.name
    seed.write_bytes(SEED.read_bytes())
    copy = tmp_path / "claims.yaml"
    copy.write_text(DEFAULT_CATALOG.read_text(encoding="utf-8"), encoding="utf-8")
    first = load_catalog(copy)
    calls = []
    real = catalog_module._load
    catalog_module._load = lambda *a: calls.append(a) or real(*a)
    try:
        assert load_catalog(copy) == first and calls == []
        seed.write_text("An article that no longer says what the quotes cite.", encoding="utf-8")
        with pytest.raises(CatalogError, match="seed"):
            load_catalog(copy)
        seed.write_bytes(SEED.read_bytes())
        copy.write_text(copy.read_text(encoding="utf-8").replace(first[0].title, first[0].title + " (edited)", 1),
                        encoding="utf-8")
        assert load_catalog(copy)[0].title == first[0].title + " (edited)"
        assert len(calls) == 2  # the failed load and the edited catalog; the restored seed is the first load again
    finally:
        catalog_module._load = real


def test_claim_ids_may_have_four_digits_but_not_five(tmp_path):
    # a catalog grows past C99 and C999 (the evaluation sets did): C100 and C1000 and their topics are valid, C10000 is not
    for cid in ("C100", "C1000"):
        def grown(d, cid=cid):
            d["claims"][0]["id"] = cid
            d["claims"][0]["topics"] = [cid]
        assert validate_catalog(_broken(tmp_path, grown)) == [], cid
    [prob] = validate_catalog(_broken(tmp_path, lambda d: d["claims"][0].__setitem__("id", "C10000")))
    assert prob.field == "claims[C10000].id" and "does not match" in prob.message
