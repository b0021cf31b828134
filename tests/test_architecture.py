"""The import structure of `pipeline/` (issue 16): no module imports another that imports it back,
directly or round a loop, and the NLP layer never imports the claim layer. Imports inside functions
count: they hide a cycle, they do not remove it. Read from the source with `ast`; nothing is run."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _module_name(path: Path, top: Path) -> str:
    parts = list(path.relative_to(top).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path = ROOT / "pipeline") -> dict[str, set[str]]:
    """Module → the project modules it imports anywhere in its body (``pipeline.x.y`` names)."""
    modules = {_module_name(p, root.parent): p for p in root.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                # "from pipeline.claims import direction" names a module; "from x import f" a name in x
                targets = [f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in modules else node.module
                           for a in node.names]
            for t in targets:
                while t and t not in modules:
                    t = t.rpartition(".")[0]
                # a package's __init__ is not an edge of its own modules (Python imports it first anyway)
                if t and t != name and not name.startswith(t + "."):
                    deps.add(t)
        graph[name] = deps
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_the_checker_sees_a_cycle_hidden_inside_a_function(tmp_path):
    pkg = tmp_path / "pipeline"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from pipeline.b import g\n")
    (pkg / "b.py").write_text("def g():\n    from pipeline.a import f\n")
    assert cycles(import_graph(pkg)) == [["pipeline.a", "pipeline.b"]]


def test_no_import_cycles_in_pipeline():
    assert cycles(import_graph()) == []


def test_nlp_never_imports_claims():
    graph = import_graph()
    bad = {m: sorted(d for d in deps if d.startswith("pipeline.claims"))
           for m, deps in graph.items() if m.startswith("pipeline.nlp")}
    assert {m: d for m, d in bad.items() if d} == {}


def test_direction_layers_import_downward_only():
    graph = import_graph()
    assert "pipeline.claims.direction" not in graph["pipeline.claims.direction_model"]
    assert "pipeline.claims.direction" not in graph["pipeline.claims.verdict"]
    assert not {d for d in graph["pipeline.claims.direction_rules"] if d.startswith("pipeline.claims")}
    assert graph["pipeline.nlp.negation"] <= {"pipeline.nlp.vocabulary"}  # text and its word lists only


# Every INSERT/DELETE/UPDATE goes through pipeline/store/ (issue 16): the list is empty and may not grow.
WRITERS_OUTSIDE_STORE: set[str] = set()
# execute / executemany / DuckDB's sql(), with the statement in any kind of string literal, however indented
_WRITE = re.compile(r"""\b(?:execute(?:many)?|sql)\(\s*[rbfRBF]*(?:\"\"\"|'''|"|')\s*(?:INSERT|DELETE|UPDATE)\b""", re.I)


def test_sql_writes_go_through_the_store():
    code = [*(ROOT / "pipeline").rglob("*.py"), *(ROOT / "flows").rglob("*.py")]
    writers = {str(p.relative_to(ROOT)) for p in code
               if _WRITE.search(p.read_text(encoding="utf-8")) and "store" not in p.relative_to(ROOT).parts}
    assert writers <= WRITERS_OUTSIDE_STORE, sorted(writers - WRITERS_OUTSIDE_STORE)
    # the check can fire, on every spelling
    for call in ('con.execute("DELETE FROM claim_articles WHERE claim_id = ?", [c])',
                 'con.executemany(\n    "INSERT INTO t VALUES (?)", rows)', 'con.sql(f"UPDATE t SET x = {y}")',
                 'con.execute("""\n    INSERT INTO t SELECT * FROM u""")'):
        assert _WRITE.search(call), call


def test_grading_and_the_site_do_not_parse_link_reasons():
    """The facts they need of a link are columns (migration 020: condition_direct, direction_not_about),
    so neither imports the linker for its reason phrases nor reads relevance_reasons for a fact (the
    site still shows a rejected hit's reasons, as text)."""
    graph = import_graph()
    users = sorted(m for m, deps in graph.items() if "pipeline.claims.linker" in deps
                   and m.startswith(("pipeline.grading", "pipeline.reports")))
    assert users == []
    for p in [*(ROOT / "pipeline" / "grading").rglob("*.py"), *(ROOT / "pipeline" / "reports").rglob("*.py")]:
        text = p.read_text(encoding="utf-8")
        assert "DIRECTION_UNCLEAR" not in text and "CONDITION_DIRECT" not in text, p
        assert not re.search(r"relevance_reasons(?! AS reasons FROM)", text), p  # the rejected list shows them


def test_architecture_page_names_only_files_and_functions_that_exist():
    """docs/architecture.md is checked against the code: every path it names exists, and every
    ``path.py:name`` is defined in that file."""
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = re.findall(r"`((?:pipeline|flows|schemas|data|tests)/[\w/.-]*?)(?::(\w+))?`", page)
    assert len(named) > 20
    for path, name in named:
        p = ROOT / path
        assert p.exists(), path
        if name:
            assert re.search(rf"^(?:def|class) {name}\b|^{name} = ", p.read_text(encoding="utf-8"), re.M), (path, name)
    short = re.findall(r"`([\w/]+\.py)(?::\w+)?`", page)  # names given relative to their package
    for s in short:
        assert list((ROOT / "pipeline").rglob(s.split("/")[-1])) or (ROOT / s).exists(), s


# Layers, top to bottom: a module may import only its own layer or lower ones.
_LAYER_OF = [("pipeline.cli", 6), ("pipeline.reports", 5), ("pipeline.grading", 5), ("pipeline.classify", 5),
             ("pipeline.claims", 4), ("pipeline.fetch", 4), ("pipeline.nlp", 3), ("pipeline.ingest", 3),
             ("pipeline.sources", 3), ("pipeline.query", 2), ("pipeline.parallel_parse", 2),
             ("pipeline.parsing", 1), ("pipeline.store", 1), ("pipeline.model_files", 1), ("pipeline.eval_report", 1)]


def _layer(module: str) -> int:
    for prefix, layer in _LAYER_OF:
        if module == prefix or module.startswith(prefix + "."):
            return layer
    return 0  # models, errors, config, logs, faults: the ground


def test_no_import_runs_back_up_the_layers():
    """The store, the parsers and the model-file helpers sit under every stage: an import from them
    up into nlp/claims/grading (store/reviews.py once took the direction vocabulary from claims/, and
    model_files.py its npz reader from nlp/) would tie the bottom of the house to its upper floors."""
    graph = import_graph()
    up = sorted((m, d) for m, deps in graph.items() for d in deps if _layer(d) > _layer(m))
    assert up == [], up
    assert _layer("pipeline.store.reviews") < _layer("pipeline.claims.direction_rules")  # the check can fire


# --- one place per vocabulary (issue 16) ---------------------------------------------------------

def _strings(path: Path) -> list[str]:
    """The string literals of a module that are not docstrings (patterns and word lists live there)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    return [n.value for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]


# "versus" / "vs" as an alternative of a pattern written in code
_COMPARING_IN_CODE = re.compile(r"(?:^|[|(:])(?:versus|vs)\b")
# Sentence-level readers that still write comparing words in code. Each reads a sentence of an abstract
# with its own words, now its own section of data/lexicons/sentence_comparison.yaml (read through
# pipeline/nlp/vocabulary.py:sentence_comparing); comparative TITLES are read by
# pipeline/nlp/title_comparison.py only. The set is empty and may not grow.
SENTENCE_COMPARING_IN_CODE: set[str] = set()


def test_comparative_titles_are_cut_in_one_module():
    """The grader's comparator side and eligibility's "the title sets the therapy against X" once had a
    splitter and a word list each; now both ask pipeline/nlp/title_comparison.py, whose words are
    data/lexicons/title_comparison.yaml. No other module writes "versus" into a pattern (the sentence
    readers take theirs from data/lexicons/sentence_comparison.yaml), and none but the reader loads
    the title word list."""
    found = {str(p.relative_to(ROOT)) for p in (ROOT / "pipeline").rglob("*.py")
             if any(_COMPARING_IN_CODE.search(s) for s in _strings(p))}
    assert found <= SENTENCE_COMPARING_IN_CODE, sorted(found - SENTENCE_COMPARING_IN_CODE)
    assert not {"pipeline/grading/signals.py", "pipeline/claims/eligibility.py",
                "pipeline/nlp/title_comparison.py"} & SENTENCE_COMPARING_IN_CODE
    loaders = {str(p.relative_to(ROOT)) for p in (ROOT / "pipeline").rglob("*.py")
               if '"title_comparison"' in p.read_text(encoding="utf-8")}
    assert loaders == {"pipeline/nlp/title_comparison.py"}
    # the check can fire, on each way a pattern is written
    for literal in (r"\b(?:versus|vs\.?|compared (?:with|to))\s", r"\b(?:and|or|versus)\b", r"than|vs\.?|versus"):
        assert _COMPARING_IN_CODE.search(literal), literal
    assert not _COMPARING_IN_CODE.search("seed-versus-evidence flags flipped:")


# a string written as a pattern (messages and reasons say "no difference" too, as prose)
_PATTERN_LIKE = re.compile(r"\\[bswd]|\(\?[:<=!]")


def test_no_difference_has_one_list():
    """Every reader's "no difference" words are a section of data/lexicons/no_difference.yaml, loaded by
    pipeline/nlp/vocabulary.py:no_difference_phrases: no other word list has such a section, only the
    loader opens the file, and no module writes one of its phrases into a pattern (the direction rules'
    NULL cue is a broader "no effect" pattern with structure, built of other words)."""
    import yaml

    from pipeline.nlp.vocabulary import NO_DIFFERENCE_READERS, no_difference_phrases

    lex = ROOT / "data" / "lexicons"
    others = sorted(p.name for p in lex.glob("*.yaml") if p.name != "no_difference.yaml"
                    and any("no_difference" in str(k) for k in (yaml.safe_load(p.read_text(encoding="utf-8")) or {})))
    assert others == []
    assert set(yaml.safe_load((lex / "no_difference.yaml").read_text(encoding="utf-8"))) == set(NO_DIFFERENCE_READERS)
    loaders = {str(p.relative_to(ROOT)) for p in (ROOT / "pipeline").rglob("*.py")
               if re.search(r"""(?:vocabulary|lexicon)\(\s*["']no_difference["']""", p.read_text(encoding="utf-8"))}
    assert loaders == {"pipeline/nlp/vocabulary.py"}, loaders
    phrases = {p.rstrip("*").lower() for r in ("findings", "grading") for p in no_difference_phrases(r) if " " in p}
    assert "did not differ" in phrases

    def in_code(strings):
        return sorted({ph for s in strings if _PATTERN_LIKE.search(s) for ph in phrases if ph in s.lower().replace(r"\s+", " ")})

    assert {str(p.relative_to(ROOT)): in_code(_strings(p)) for p in (ROOT / "pipeline").rglob("*.py")
            if in_code(_strings(p))} == {}
    # the check can fire: a copy of the list written as a pattern, not a message that says the words
    assert "did not differ" in in_code([r"\b(?:did\s+not\s+differ|similar)\b"])
    assert in_code(["no difference between the compared groups"]) == []


def test_word_lists_are_read_by_the_one_loader():
    """data/lexicons/ is read by pipeline/nlp/vocabulary.py (and the entity ruler's pipeline/nlp/lexicons.py,
    which owns the folder's path): no other module opens a file there itself (the grader and the claim
    drafter each had their own YAML reader)."""
    def opens_the_folder(path: Path) -> bool:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        return any((isinstance(n, ast.Name) and n.id == "LEXICON_DIR")
                   or (isinstance(n, ast.alias) and n.name == "LEXICON_DIR")
                   or (isinstance(n, ast.Constant) and n.value == "lexicons") for n in ast.walk(tree))

    readers = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pipeline").rglob("*.py") if opens_the_folder(p))
    assert readers == ["pipeline/nlp/lexicons.py", "pipeline/nlp/vocabulary.py"], readers


# Modules that still write control-arm words into a pattern (the findings reader's generic arm names and
# imitation words were the last: they are arms.yaml lists now). This set may shrink, never grow.
CONTROL_WORDS_IN_CODE: set[str] = set()


def _words_in_patterns(strings, words, at_least: int = 3) -> set[str]:
    """The ``words`` that strings written as patterns list as alternatives, when one lists ``at_least`` of them."""
    found: set[str] = set()
    for s in strings:
        if "|" not in s:
            continue
        hit = {w for w in words if re.search(rf"(?:^|[|(:]|\\b){re.escape(w)}(?:\\w\*|s\?|s)?(?=[|)])", s, re.I)}
        if len(hit) >= at_least:
            found |= hit
    return found


def test_control_arm_words_live_in_one_file():
    """What names an arm without the therapy is data/lexicons/arms.yaml: the arms reader's ``control``,
    eligibility's ``no_therapy_arm`` (anywhere in an abstract), the verdict's ``null_comparator`` (after a
    null finding) — three sections, as each reader was scored with its own words. No module writes three
    of those words as alternatives of a pattern (eligibility and the verdict each had such a copy)."""
    from pipeline.nlp.vocabulary import vocabulary

    arms = vocabulary("arms")
    words = {w.rstrip("*").lower() for k in ("control", "no_therapy_arm", "null_comparator") for w in arms[k]
             if " " not in w and len(w) > 3}
    found = {str(p.relative_to(ROOT)): sorted(_words_in_patterns(_strings(p), words))
             for p in (ROOT / "pipeline").rglob("*.py")}
    assert {p for p, w in found.items() if w} <= CONTROL_WORDS_IN_CODE, {p: w for p, w in found.items() if w}
    assert all(found[p] for p in CONTROL_WORDS_IN_CODE)  # a module that no longer has a copy leaves the set
    # the check can fire, on the copies the two readers had
    for copy in (r"\b(?:control\w*|placebo\w*|sham|saline|vehicle|PBS|untreated|non-?treated|no treatment|",
                 r"\b(?:controls?|placebo|saline|sham|vehicle|untreated|no treatment|empty|"):
        assert len(_words_in_patterns([copy], words)) >= 3, copy
    assert not _words_in_patterns(["randomised, placebo-controlled (sham) trial"], words)


def test_sentence_readers_take_their_comparing_words_from_one_file():
    """Seven sentence readers (aboutness, comparison, linker, arms, effects, findings, sample size) each
    wrote "versus | vs | compared with" into their own patterns; their words are now sections of
    data/lexicons/sentence_comparison.yaml, one a reader, opened only by vocabulary.sentence_comparing,
    and every section is spliced into a pattern."""
    import yaml

    from pipeline.nlp.vocabulary import SENTENCE_COMPARING_READERS

    lex = ROOT / "data" / "lexicons" / "sentence_comparison.yaml"
    assert set(yaml.safe_load(lex.read_text(encoding="utf-8"))) == set(SENTENCE_COMPARING_READERS)
    code = {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in (ROOT / "pipeline").rglob("*.py")}
    assert {p for p, text in code.items() if '"sentence_comparison"' in text} == {"pipeline/nlp/vocabulary.py"}
    used = {r for r in SENTENCE_COMPARING_READERS for p, text in code.items()
            if p != "pipeline/nlp/vocabulary.py" and f'sentence_comparing("{r}")' in text}
    assert used == set(SENTENCE_COMPARING_READERS), set(SENTENCE_COMPARING_READERS) - used


# Modules with their own patterns of a word list of data/lexicons/eligibility_cues.yaml. The direction
# rules' "this article / technical note describes" and result verbs are their own lists now
# (data/lexicons/direction_cues.yaml). The set is empty and may not grow.
ELIGIBILITY_CUES_IN_CODE: set[str] = set()


# lists of function words (articles, prepositions) that every module's patterns use by nature
FUNCTION_WORD_LISTS = {"study_done_not_after"}


def test_eligibility_cue_words_are_data():
    """The words of eligibility's "the abstract presents a technique", "says what the authors did" and "says
    what is done in general" patterns are data/lexicons/eligibility_cues.yaml; no other module writes half
    of one of its lists (of six words or more) as alternatives of a pattern."""
    from pipeline.nlp.vocabulary import vocabulary

    lists = vocabulary("eligibility_cues")
    found: dict[str, set[str]] = {}
    for key, entries in lists.items():
        words = {w.lower() for w in entries if re.fullmatch(r"[\w -]+", w)}
        if len(words) < 6:  # "technique | procedure | method" is English, not a copy of a list
            continue
        if key in FUNCTION_WORD_LISTS:  # "to | a | the | with ...": in every pattern by nature, no copy of a list
            assert all(len(w) <= 4 for w in words), (key, words)  # (the exemption cannot hide a cue word)
            continue
        for p in (ROOT / "pipeline").rglob("*.py"):
            hit = _words_in_patterns(_strings(p), words, len(words) // 2)
            if hit:
                found.setdefault(str(p.relative_to(ROOT)), set()).update(hit)
    assert set(found) <= ELIGIBILITY_CUES_IN_CODE, found
    assert all(found.get(p) for p in ELIGIBILITY_CUES_IN_CODE)  # a module that no longer has a copy leaves the set
    # the check can fire, on the copies eligibility had
    done = (r"\b(?:was|were|had been)\s+(?:\w+\s+)?(?:treated|injected|implanted|transplanted|randomi[sz]ed|"
            r"included|enrolled|analy[sz]ed|evaluated|assessed|followed|performed|measured|examined|operated|"
            r"observed|found|detected|seen|created|harvested|isolated|cultured|compared|administered|given|")
    assert _words_in_patterns([done], set(lists["study_done_passive"]), len(lists["study_done_passive"]) // 2)
    practice = r"\b(?:usually|generally|commonly|typically|traditionally|conventionally|classically|mainstay|"
    assert _words_in_patterns([practice], set(lists["practice_words"]), len(lists["practice_words"]) // 2)
    # and on the copies the direction rules had, before their words became data/lexicons/direction_cues.yaml
    documents = r"\bin this (?:article|technical note|note|paper|video|report),? we (?:demonstrate|describe|present)\b|"
    assert _words_in_patterns([documents], set(lists["technique_documents"]), len(lists["technique_documents"]) // 2)
    verbs = r"\b(?:significant(?:ly)?|improved|reduced|decreased|increased|resulted in|led to|showed|demonstrated|revealed|"
    assert _words_in_patterns([verbs], set(lists["study_done_finite"]), len(lists["study_done_finite"]) // 2)


def test_direction_rule_cues_are_data():
    """The direction rules' self-descriptions ("this review summarizes", "in this technical note, we
    describe") and result words are data/lexicons/direction_cues.yaml, spliced into their patterns by
    direction_rules.py only, every list of it used; the module writes none of them as alternatives."""
    import yaml

    from pipeline.nlp.vocabulary import vocabulary

    lex = ROOT / "data" / "lexicons" / "direction_cues.yaml"
    keys = set(yaml.safe_load(lex.read_text(encoding="utf-8")))
    code = {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in (ROOT / "pipeline").rglob("*.py")}
    assert {p for p, text in code.items() if '"direction_cues"' in text} == {"pipeline/claims/direction_rules.py"}
    rules = code["pipeline/claims/direction_rules.py"]
    assert {k for k in keys if f'_cues("{k}")' in rules} == keys
    words = {w.lower() for k in keys for w in vocabulary("direction_cues")[k]
             if re.fullmatch(r"[\w -]+", w) and len(w) > 4}
    listed = _words_in_patterns(_strings(ROOT / "pipeline" / "claims" / "direction_rules.py"), words)
    assert not listed, sorted(listed)
    # the check can fire, on the copy the module had
    copy = r"^(?:this|the present|our) (?:article|review|paper|chapter|update|overview) (?:provides|reviews|describes)\b|"
    assert len(_words_in_patterns([copy], words)) >= 3


# Modules that still write animal species words into a pattern. The units of a count ("20 rabbits",
# "n = 12 dogs") of the arms reader, the sample-size reader and the direction rules are
# data/lexicons/count_units.yaml now, in species.yaml's words. The set is empty and may not grow.
SPECIES_IN_CODE: set[str] = set()


def test_species_words_live_in_the_species_list():
    """Which species a study used is data/lexicons/species.yaml; the phrases that make animals the
    subjects are data/lexicons/study_systems.yaml, in species.yaml's words. No other module writes three
    species words as alternatives of a pattern (population.py's in-vivo cue had such a copy)."""
    from pipeline.nlp.vocabulary import vocabulary

    words = {w.lower() for k, ws in vocabulary("species").items() if k not in ("human", "cell culture") for w in ws}
    found = {str(p.relative_to(ROOT)): _words_in_patterns(_strings(p), words) for p in (ROOT / "pipeline").rglob("*.py")}
    assert {p for p, w in found.items() if w} <= SPECIES_IN_CODE, {p: w for p, w in found.items() if w}
    assert all(found[p] for p in SPECIES_IN_CODE)  # a module that no longer has a copy leaves the set
    # the check can fire, on the copy population.py had
    copy = r"\b(?:in|of) (?:rats|mice|rabbits|dogs|pigs|sheep)\b|\b(?:rat|mouse|murine|rabbit|canine|porcine|ovine) models?\b|"
    assert len(_words_in_patterns([copy], words)) >= 6
    # and on the count units the arms, sample-size and direction readers had
    for copy in (r"(?:patients?|participants?|subjects?|knees?|joints?|animals?|rabbits?|rats?|mice|dogs?|pigs?|sheep|goats?|",
                 r"rats?|mice|mouse|rabbits?|dogs?|pigs?|sheep|horses?|animals?|monkeys?|",
                 r"\b\d+ (?:patients|knees|subjects|participants|cases|rabbits|rats|mice|"):
        assert len(_words_in_patterns([copy], words)) >= 3, copy


def test_count_units_are_in_the_species_words():
    """What a count counts is data/lexicons/count_units.yaml, a section a reader, each spliced into its
    pattern and the file read by no one else; an animal it names is a word of species.yaml (one list of
    species; a unit that is not there is not counted as an animal anywhere else either)."""
    import yaml

    from pipeline.nlp.vocabulary import vocabulary

    units = vocabulary("count_units")
    assert set(yaml.safe_load((ROOT / "data" / "lexicons" / "count_units.yaml").read_text(encoding="utf-8"))) == set(units)
    code = {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in (ROOT / "pipeline").rglob("*.py")}
    used = {k for k in units for text in code.values() if f'alternation("count_units", "{k}")' in text}
    assert used == set(units), set(units) - used
    assert {p for p, text in code.items() if '"count_units"' in text} == {
        "pipeline/nlp/arms.py", "pipeline/nlp/sample_size.py", "pipeline/claims/direction_rules.py"}
    species = {w.lower() for k, ws in vocabulary("species").items() if k not in ("human", "cell culture") for w in ws}

    def not_species_words(fragments):
        # a unit that spells a species word in one of its forms must spell one in each ("rabbits?": rabbit,
        # rabbits); "cats?" would count "CAT", which species.yaml leaves out on purpose
        out = []
        for f in (f.lower() for f in fragments):
            forms = {f[:-2], f[:-2] + "s"} if f.endswith("s?") else {f}
            if forms & species and not forms <= species:
                out.append(f)
        return out

    assert {k: not_species_words(fs) for k, fs in units.items() if not_species_words(fs)} == {}
    assert not_species_words(["cats?", "dogs?"]) == ["cats?"]  # the check can fire
    counted = {f.lower().removesuffix("s?") for fs in units.values() for f in fs}
    assert counted & species >= {"rabbit", "rat", "mice", "dog", "pig", "sheep"}


# Modules besides the one compiler that read a "*" stem themselves: the query parser's truncation ("stem
# cell*" in a search, not a word list). The grader's phrases were the other (spaces as any white space,
# each hyphen optional or a Unicode hyphen, raw patterns beside the words): phrase_pattern compiles them in
# that form now. This set may shrink, never grow.
OTHER_STEM_READERS = {"pipeline/query/parser.py"}


def test_word_lists_are_compiled_by_one_function():
    """A word list becomes a pattern through pipeline/nlp/vocabulary.py:phrase_pattern (the arms reader,
    the findings reader, outcome polarity and the vocabulary module each had their own compiler, which
    differed only in the edges, the stem's ending and the order): no other module reads a "*" stem."""
    readers = {str(p.relative_to(ROOT)) for p in (ROOT / "pipeline").rglob("*.py")
               if re.search(r"""endswith\(\s*["']\*["']\s*\)|\[:-1\]\)\s*\+\s*r?["']""", p.read_text(encoding="utf-8"))}
    assert readers - {"pipeline/nlp/vocabulary.py"} <= OTHER_STEM_READERS, sorted(readers - OTHER_STEM_READERS)
    assert "pipeline/nlp/vocabulary.py" in readers  # the check can fire: the compiler itself is found
    # the compilers the arms and findings readers had
    for copy in ('alts = sorted((re.escape(w[:-1]) + r"[\\w-]*" if w.endswith("*") else re.escape(w) for w in words)',
                 'body = re.escape(w[:-1]) + r"\\w*"'):
        assert re.search(r"""endswith\(\s*["']\*["']\s*\)|\[:-1\]\)\s*\+\s*r?["']""", copy), copy


def test_review_title_cues_are_data():
    """A title that names a review is read from data: the design rules' synthesis titles and review
    self-descriptions (data/lexicons/design_cues.yaml) and eligibility's no-findings titles
    (data/lexicons/arms.yaml). No pattern in code lists two of those phrases (design.py had "scoping
    review | umbrella review" inline)."""
    from pipeline.nlp.vocabulary import vocabulary

    phrases = {w.lower() for w in vocabulary("arms")["no_findings_title"] + vocabulary("design_cues")["synthesis_title"]
               + vocabulary("design_cues")["named_reviews"] if re.fullmatch(r"[\w -]+", w)}

    def listed(strings):
        return [sorted(h) for s in strings if "|" in s
                for h in [{w for w in phrases if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", s, re.I)}] if len(h) >= 2]

    assert {str(p.relative_to(ROOT)): listed(_strings(p)) for p in (ROOT / "pipeline").rglob("*.py") if listed(_strings(p))} == {}
    assert listed([r"systematic(?:al)?\s+(?:literature\s+)?review|scoping review|umbrella review"])  # the check can fire


def test_who_was_studied_is_read_from_data():
    """population.py's people, children and adults cues and its rodents are data/lexicons/study_systems.yaml
    (the rodents are keys of species.yaml, which evidence.py reads through population.RODENTS): the
    module writes none of those lists as alternatives of a pattern, and every list is spliced in."""
    from pipeline.nlp import population
    from pipeline.nlp.vocabulary import vocabulary

    systems = vocabulary("study_systems")
    words = {w.lower().removesuffix("s?") for k in ("human", "strong_human_subjects", "strong_human_counted", "child", "adult")
             for w in systems[k] if re.fullmatch(r"[\w -]+", w.removesuffix("s?"))}
    path = ROOT / "pipeline" / "nlp" / "population.py"
    assert not _words_in_patterns(_strings(path), words), sorted(_words_in_patterns(_strings(path), words))
    text = path.read_text(encoding="utf-8")
    for key in ("human", "strong_human_subjects", "strong_human_verbs", "strong_human_counted", "child", "adult"):
        assert f'_systems("{key}")' in text, key
    assert population.RODENTS == set(systems["rodents"]) and population.RODENTS <= set(vocabulary("species"))
    assert not re.search(r"""RODENTS\s*=\s*\{\s*["']""", text)  # no set of names written in code
    # the check can fire, on the copies the module had
    for copy in (r"\b(?:patients?|participants?|subjects? (?:with|who|were|aged)|volunteers?|women|men\b|adults?|",
                 r"\b(?:children|child|infants?|neonat\w*|newborns?|pediatric|paediatric|adolescen\w*|boys|girls|toddlers?|"):
        assert len(_words_in_patterns([copy], words)) >= 3, copy
    # real sentences of the bundled corpus, read as before
    assert population.HUMAN_RX.search("Forty-two patients with knee osteoarthritis were enrolled.")
    assert population.CHILD_RX.search("Paediatric osteochondritis dissecans of the knee")
    assert population.ADULT_RX.search("in postmenopausal women") and not population.ADULT_RX.search("a mention of it")


# a pattern written as word-bounded cues, one after another ("\bcohort\b|\bregistry\b")
_BOUNDED_CUES = re.compile(r"\|\\b\(?[\w-]")


def test_design_cues_are_data():
    """The design rules' cues (meta-analysis, search, protocol, randomisation, trial, cohort, case report …)
    are lists of data/lexicons/design_cues.yaml, each read as one pattern by design.py's ``_cues``, every
    list used; design.py writes no alternation of word-bounded cues, at module level or inside a rule
    (the protocol, results and non-randomised-trial words were such patterns inside classify_design).
    Scoping and umbrella reviews are one list, read by the title's synthesis cue and the text's search."""
    import yaml

    from pipeline.nlp import design
    from pipeline.nlp.vocabulary import vocabulary

    keys = set(yaml.safe_load((ROOT / "data" / "lexicons" / "design_cues.yaml").read_text(encoding="utf-8")))
    path = ROOT / "pipeline" / "nlp" / "design.py"
    text = path.read_text(encoding="utf-8")
    assert {k for k in keys if f'_cues("{k}"' in text} == keys - {"synthesis_title", "named_reviews"}
    tree = ast.parse(text)
    strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    assert not [s for s in strings if _BOUNDED_CUES.search(s)], [s for s in strings if _BOUNDED_CUES.search(s)]
    named = vocabulary("design_cues")["named_reviews"]
    assert named and all(design.SR.search(w) and design.SYNTHESIS_TITLE.search(w) for w in named)
    assert not any(w in c for w in named for k in ("synthesis_title", "systematic_review")
                   for c in vocabulary("design_cues")[k])  # one list, not two copies
    assert design.COHORT.pattern == "|".join(r"\b" + c for c in vocabulary("design_cues")["cohort"])
    # the check can fire, on the copy the module had
    assert _BOUNDED_CUES.search(r"\bcohort\b|\bprospective(?:ly)?\b[^.]{0,30}\b(?:study|followed|enrolled|collected)|")
    assert _BOUNDED_CUES.search(r"\bcase report\b|\bwe (?:report|present|describe) (?:a|an|the|two|three|our)\b")
    assert _BOUNDED_CUES.search(r"\btrial\b|\bnon-?randomi[sz]ed\b|\bsingle-arm\b|\bphase\b")  # a copy a rule had
