"""Load and validate ``data/claims.yaml``; write the ``claims`` table.

Validation reports every problem with the file, the line and the field at fault: JSON Schema
errors, duplicate ids, quotes not found verbatim at their offsets in the seed, a stored
seed_strength that differs from what the hedging cues give, and queries that do not parse.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

import duckdb
import jsonschema
import yaml

from pipeline.claims.hedging import seed_strength
from pipeline.claims.models import Claim, Concept, SeedQuote
from pipeline.config import PROJECT_ROOT
from pipeline.errors import CatalogError, QuerySyntaxError
from pipeline.nlp.lexicons import LexiconEntry
from pipeline.nlp.population import SPECIES
from pipeline.store.claims import upsert_claim

log = logging.getLogger(__name__)

DEFAULT_CATALOG = PROJECT_ROOT / "data" / "claims.yaml"
SCHEMA_PATH = PROJECT_ROOT / "schemas" / "claims.schema.json"


@dataclass(frozen=True)
class CatalogProblem:
    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


def _line_index(node: yaml.Node, path: tuple = (), out: dict | None = None) -> dict[tuple, int]:
    """Map each value's path (keys and list indices) to its 1-based line in the YAML file."""
    out = {} if out is None else out
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            out[path + (k.value,)] = k.start_mark.line + 1
            _line_index(v, path + (k.value,), out)
            out[path + (k.value,)] = k.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            _line_index(v, path + (i,), out)
    return out


def _field_name(data: dict, path: tuple) -> str:
    parts = []
    claims = data.get("claims") if isinstance(data, dict) else None
    for i, p in enumerate(path):
        if i == 1 and path[0] == "claims" and isinstance(p, int) and isinstance(claims, list) and p < len(claims):
            cid = claims[p].get("id") if isinstance(claims[p], dict) else None
            parts.append(f"[{cid or p}]")
        elif isinstance(p, int):
            parts.append(f"[{p}]")
        else:
            parts.append(("." if parts else "") + str(p))
    return "".join(parts) or "(document)"


# Resource limits of the catalog reader (issue 20): a YAML alias bomb of a few hundred bytes expands
# to billions of nodes, and a deep nesting overflows the composer's recursion. Every catalog,
# queries file or other YAML a user hands the CLI is read within these bounds.
MAX_YAML_BYTES = 5_000_000  # the shipped catalog is ~73 kB for 30 claims
MAX_YAML_NODES = 200_000  # nodes after expanding aliases; the shipped catalog has ~3,000
MAX_YAML_DEPTH = 64  # nesting of lists/mappings; the schema needs 5


class YamlLimitError(yaml.YAMLError):
    """A YAML document beyond one of the reader's limits; ``line`` is 1-based."""

    def __init__(self, message: str, line: int):
        super().__init__(message)
        self.message = message
        self.line = line


class _BoundedLoader(yaml.SafeLoader):
    """PyYAML's safe loader with the size of the document bounded *while composing*.

    Each node's expanded size (itself plus everything under it, an alias counting as the whole
    anchored node) is computed from its children's sizes as it completes, so the check costs
    O(distinct nodes) and memory stays bounded however many times aliases repeat an anchor.
    """

    def __init__(self, stream):
        super().__init__(stream)
        self._sizes: dict[int, int] = {}
        self._depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            target = self.anchors.get(event.anchor)
            if target is not None and id(target) not in self._sizes:
                raise YamlLimitError(f"alias *{event.anchor} refers to a node that contains it "
                                     "(recursive aliases are not allowed)", event.start_mark.line + 1)
            return super().compose_node(parent, index)
        event = self.peek_event()
        self._depth += 1
        if self._depth > MAX_YAML_DEPTH:
            raise YamlLimitError(f"nesting deeper than {MAX_YAML_DEPTH} levels (limit MAX_YAML_DEPTH)",
                                 event.start_mark.line + 1)
        node = super().compose_node(parent, index)
        self._depth -= 1
        if isinstance(node, yaml.MappingNode):
            size = 1 + sum(self._sizes[id(k)] + self._sizes[id(v)] for k, v in node.value)
        elif isinstance(node, yaml.SequenceNode):
            size = 1 + sum(self._sizes[id(v)] for v in node.value)
        else:
            size = 1
        if size > MAX_YAML_NODES:
            raise YamlLimitError(f"the document expands to more than {MAX_YAML_NODES:,} nodes (limit "
                                 "MAX_YAML_NODES); aliases (*name) repeating large anchors?",
                                 node.start_mark.line + 1)
        self._sizes[id(node)] = size
        return node


def read_yaml(path: str | Path) -> tuple[object, yaml.Node | None]:
    """Parse a user-supplied YAML file within the limits above: ``(data, root node)``.

    Raises YamlLimitError (a size, depth or alias limit, with its line) or another yaml.YAMLError
    (syntax), and UnicodeDecodeError for a file that is not UTF-8.
    """
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_YAML_BYTES:
        raise YamlLimitError(f"file is {size:,} bytes, over the {MAX_YAML_BYTES:,}-byte limit (MAX_YAML_BYTES)", 1)
    text = path.read_text(encoding="utf-8")
    loader = _BoundedLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return data, node


def load_yaml_file(path: str | Path, what: str = "YAML file") -> object:
    """The data of a user-supplied YAML file; any problem (syntax, encoding, a limit) is a
    CatalogError naming the file and line."""
    data, _, problems = _read(Path(path))
    if problems:
        raise CatalogError(f"invalid {what}: {problems[0]}")
    return data


def _read(path: Path) -> tuple[object, dict[tuple, int], list[CatalogProblem]]:
    try:
        data, node = read_yaml(path)
    except YamlLimitError as exc:
        return None, {}, [CatalogProblem(str(path), exc.line, "(yaml)", exc.message)]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        return None, {}, [CatalogProblem(str(path), line, "(yaml)", str(exc).splitlines()[0])]
    except UnicodeDecodeError as exc:
        return None, {}, [CatalogProblem(str(path), 1, "(file)", f"not UTF-8 text ({exc.reason} at byte {exc.start})")]
    except OSError as exc:
        return None, {}, [CatalogProblem(str(path), 1, "(file)", f"cannot read: {exc.strerror or exc}")]
    if node is None:
        return None, {}, [CatalogProblem(str(path), 1, "(document)", "empty catalog")]
    return data, _line_index(node), []


def seed_path(catalog: str | Path, data: dict) -> Path:
    """The seed article named by ``seed_file``, resolved relative to the catalog's own folder (so a
    catalog and its seed travel together, wherever the project is cloned)."""
    return Path(catalog).resolve().parent / data.get("seed_file", "")


def _seed_text(catalog: Path, data: dict) -> str | None:
    seed = seed_path(catalog, data)
    return seed.read_text(encoding="utf-8") if seed.is_file() else None


def validate_catalog(path: str | Path = DEFAULT_CATALOG) -> list[CatalogProblem]:
    """Every problem in the catalog (empty list when it is valid)."""
    return _validated(Path(path))[1]


def _validated(path: Path) -> tuple[object, list[CatalogProblem]]:
    """(the catalog's data, every problem in it): one parse serves both the check and the load."""
    from pipeline.query import compile_query

    data, lines, problems = _read(path)
    if problems:
        return data, problems
    f = str(path)

    def at(p: tuple) -> int:
        while p and p not in lines:
            p = p[:-1]
        return lines.get(p, 1)

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    for err in sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: list(map(str, e.path))):
        p = tuple(err.path)
        problems.append(CatalogProblem(f, at(p), _field_name(data, p), err.message))
    if problems:
        return data, problems

    seed = _seed_text(path, data)
    if seed is None:
        problems.append(CatalogProblem(f, at(("seed_file",)), "seed_file",
                                       f"seed article not found: {seed_path(path, data)}"))
    seen: dict[str, int] = {}
    for i, c in enumerate(data["claims"]):
        base = ("claims", i)
        cid = c["id"]
        if cid in seen:
            problems.append(CatalogProblem(f, at(base + ("id",)), f"[{cid}].id",
                                           f"duplicate id (first at line {seen[cid]})"))
        seen.setdefault(cid, at(base + ("id",)))
        for j, q in enumerate(c["quotes"]):
            if seed is not None and seed[q["start"]:q["end"]] != q["text"]:
                found = seed.find(q["text"])
                hint = f"; the text is at {found}–{found + len(q['text'])}" if found >= 0 else "; text not in the seed"
                problems.append(CatalogProblem(f, at(base + ("quotes", j, "start")), f"[{cid}].quotes[{j}]",
                                               f"quote is not at offsets {q['start']}–{q['end']}{hint}"))
        computed = seed_strength([q["text"] for q in c["quotes"]])
        if computed != c["seed_strength"]:
            problems.append(CatalogProblem(f, at(base + ("seed_strength",)), f"[{cid}].seed_strength",
                                           f"stored {c['seed_strength']!r} but the quote's cues give {computed!r}"))
        try:
            compile_query(c["query"])
        except QuerySyntaxError as exc:
            problems.append(CatalogProblem(f, at(base + ("query",)), f"[{cid}].query",
                                           str(exc).splitlines()[0]))
        for j, species in enumerate(c.get("population", ())):
            # the grader matches it against the species the extraction stores, so only those names can be met
            if species not in SPECIES:
                problems.append(CatalogProblem(f, at(base + ("population", j)), f"[{cid}].population[{j}]",
                                               f"{species!r} is not an animal species of data/lexicons/species.yaml "
                                               f"({', '.join(sorted(SPECIES))}); leave population out for a claim "
                                               "about people"))
    return data, problems


# load_catalog's last results: (resolved path, validate) → (the catalog's bytes, its seed's path and bytes, the
# claims). `evidence run` loads the catalog to fail early, before Prefect starts, and the flow loads it again: the
# second load, of unchanged files, costs two file reads instead of a parse and a validation (≈ 0.2 s).
_LOADED: dict[tuple[str, bool], tuple[bytes, Path, bytes | None, tuple[Claim, ...]]] = {}


def _file_bytes(path: Path) -> bytes | None:
    return path.read_bytes() if path.is_file() else None


def load_catalog(path: str | Path = DEFAULT_CATALOG, *, validate: bool = True) -> list[Claim]:
    """The claims of a valid catalog; raises CatalogError listing every problem otherwise. Loading the same
    unchanged catalog (and seed) again returns the claims read the first time (they are frozen)."""
    path = Path(path)
    if not path.is_file():
        raise CatalogError(f"{path}: claim catalog not found")
    key = (str(path.resolve()), validate)
    raw = path.read_bytes()
    hit = _LOADED.get(key)
    if hit and hit[0] == raw and hit[2] == _file_bytes(hit[1]):
        return list(hit[3])
    data, claims = _load(path, validate)
    seed = seed_path(path, data) if isinstance(data, dict) else path
    _LOADED[key] = (raw, seed, _file_bytes(seed), tuple(claims))
    return claims


def _load(path: Path, validate: bool) -> tuple[object, list[Claim]]:
    if validate:
        data, problems = _validated(path)
        if problems:
            raise CatalogError("invalid claim catalog:\n" + "\n".join(str(p) for p in problems))
    else:
        data = load_yaml_file(path, "claim catalog")
    return data, [
        Claim(
            id=c["id"], title=c["title"],
            therapy=_concept(c["therapy"]),
            condition=_concept(c["condition"]),
            quotes=tuple(SeedQuote(q["text"], q["start"], q["end"]) for q in c["quotes"]),
            seed_strength=c["seed_strength"], query=c["query"], topics=tuple(c.get("topics", [])),
            reference_pmids=tuple(c.get("reference_pmids", [])), notes=c.get("notes", ""),
            polarity=c.get("polarity", "benefit"),
            kind=c.get("kind", "effect"),
            comparator=_concept(c["comparator"]) if c.get("comparator") else None,
            added_to=_concept(c["added_to"]) if c.get("added_to") else None,
            population=tuple(c.get("population", ())),
        )
        for c in data["claims"]
    ]


def lexicon_entries(path: str | Path = DEFAULT_CATALOG) -> tuple[LexiconEntry, ...]:
    """The catalog's therapies and conditions as lexicon entries, for the NLP stage's entity ruler
    (``build_nlp(extra_terms=...)``); empty when the catalog is missing or unreadable, with a
    warning: a broken catalog must not stop the NLP stage."""
    path = Path(path)
    if not path.exists():
        return ()
    try:
        claims = load_catalog(path, validate=False)
    except Exception as exc:
        log.warning("claim catalog not used for lexicons: %s", exc)
        return ()
    out: list[LexiconEntry] = []
    for c in claims:
        out += [LexiconEntry("THERAPY", c.therapy.name, term) for term in c.therapy.all_names]
        out += [LexiconEntry("CONDITION", c.condition.name, term) for term in c.condition.all_names]
    return tuple(out)


def _concept(d: dict) -> Concept:
    return Concept(d["name"], tuple(d.get("synonyms", [])), tuple(tuple(g) for g in d.get("groups", [])),
                   int(d.get("min_groups", 0)), bool(d.get("ordered", False)), tuple(d.get("excludes", [])))


def claim_hash(c: Claim) -> str:
    """Fingerprint of a claim's definition; a changed query or synonyms invalidates its links."""
    parts: list = [c.id, c.query, c.therapy.all_names, c.condition.all_names, c.polarity]
    if c.kind != "effect":  # only then, so effect claims keep their fingerprints
        parts.append(["kind", c.kind])
    if c.comparator is not None:  # only then, so claims without one keep their fingerprints
        parts.append(["comparator", c.comparator.all_names])
    if c.added_to is not None:  # likewise
        parts.append(["added_to", c.added_to.all_names])
    if c.population:  # likewise
        parts.append(["population", list(c.population)])
    for concept in (c.therapy, c.condition):
        if concept.min_groups:  # only then, so claims without groups keep their fingerprints
            parts.append([concept.min_groups, concept.groups] + ([True] if concept.ordered else []))
        if concept.excludes:
            parts.append(["excludes", concept.excludes])
    raw = json.dumps(parts, ensure_ascii=False)
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def store_claims(con: duckdb.DuckDBPyConnection, claims: list[Claim]) -> int:
    """Upsert the given claims into ``claims`` (rows of other claims are kept). Returns the count."""
    for c in claims:
        q = c.quotes[0]
        row = [c.id, c.title, c.therapy.name, list(c.therapy.synonyms), c.condition.name,
               list(c.condition.synonyms), " … ".join(x.text for x in c.quotes), q.start, q.end,
               c.seed_strength, c.query, list(c.topics), list(c.reference_pmids), c.notes, c.kind,
               c.comparator.name if c.comparator else None, c.added_to.name if c.added_to else None,
               list(c.population) or None]
        upsert_claim(con, row)  # an unchanged row is left as it is
    return len(claims)
