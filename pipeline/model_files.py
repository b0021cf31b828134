"""The shipped models' files and manifests: written reproducibly, checked when loaded.

Every model in ``data/models/`` has a manifest (sorted JSON) saying what it was trained on (each
training file's name and sha256), the library versions that built it, the command that rebuilds it,
its files' sha256 and its dev figures. Loading reads the manifest first, so a missing, damaged or
incompatible model is a :class:`~pipeline.errors.ModelError` naming the file and the rebuild command
instead of a traceback or, worse, silently different results.

Files are byte-for-byte reproducible: no timestamps (our ``.npz`` writer fixes the zip entries'
dates, which ``numpy.savez`` takes from the clock), sorted JSON keys, no absolute paths.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import Callable, Iterable, TypeVar

import numpy as np

from pipeline.config import PROJECT_ROOT
from pipeline.errors import ModelError

MODELS_DIR = PROJECT_ROOT / "data" / "models"
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip entry can carry: a constant, not the clock

T = TypeVar("T")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def data_files(paths: Iterable[Path], patterns: tuple[str, ...]) -> list[Path]:
    """The files named by ``paths``: a file as given, a folder expanded to its files matching
    ``patterns`` (sorted by name, so the order never depends on the file system)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted({f for pat in patterns for f in p.glob(pat) if f.is_file()}, key=lambda f: f.name)
            if not found:
                raise FileNotFoundError(f"no {' or '.join(patterns)} files in {p}")
            out += found
        elif p.is_file():
            out.append(p)
        else:
            raise FileNotFoundError(f"no such file or folder: {p}")
    return out


def fingerprint(paths: Iterable[Path], roots: Iterable[Path] = ()) -> list[dict[str, str]]:
    """Each training file's name and sha256. Names, not absolute paths, so the same data elsewhere
    gives the same manifest; a file found under one of ``roots`` (folders given on the command line)
    is named from that folder's own name down ("corpus/general/x/pubmed_result.xml")."""
    out = []
    for p in map(Path, paths):
        name = p.name
        for root in map(Path, roots):
            if root.is_dir() and p.is_relative_to(root):
                name = (Path(root.resolve().name) / p.relative_to(root)).as_posix()
                break
        out.append({"file": name, "sha256": sha256_file(p)})
    return out


def library_versions(*names: str) -> dict[str, str]:
    from importlib.metadata import version

    return {n: version(n) for n in names}


def write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """``np.savez_compressed`` without the clock: entries sorted, fixed dates, fixed compression level.
    Readable by ``np.load(path, allow_pickle=False)``; object arrays are refused."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    with zipfile.ZipFile(tmp, "w") as zf:
        for name in sorted(arrays):
            arr = np.asarray(arrays[name])
            if arr.dtype.hasobject:
                raise TypeError(f"{name}: object arrays would need pickle")
            buf = io.BytesIO()
            np.lib.format.write_array(buf, arr, allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, buf.getvalue(), compresslevel=6)
    tmp.replace(path)


def read_npz(path: Path) -> dict[str, np.ndarray]:
    """The arrays of a portable model file (no pickles: a model file cannot run code)."""
    with np.load(path, allow_pickle=False) as z:
        return {k: z[k] for k in z.files}


def write_json(path: Path, obj) -> None:
    Path(path).write_text(json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def _major_minor(v: str) -> tuple[str, ...]:
    return tuple(v.split(".")[:2])


def check_manifest(manifest_path: Path, *, model: str, rebuild: str, format_version: int,
                   same_minor: tuple[str, ...] = (), same_major: tuple[str, ...] = (),
                   verify: bool = True) -> dict:
    """The manifest at ``manifest_path`` after checking that it describes ``model`` in our
    ``format_version``, that every file it lists is present (and, with ``verify``, unchanged), and
    that the libraries in ``same_minor`` (major.minor) and ``same_major`` match the installed ones.
    Raises :class:`ModelError` naming the file and ``rebuild`` otherwise."""
    manifest_path = Path(manifest_path)
    how = f"rebuild it with `{rebuild}`"
    if not manifest_path.exists():
        raise ModelError(f"the {model} model is missing: {manifest_path} not found; {how}")
    try:
        man = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ModelError(f"the {model} model's manifest {manifest_path} is unreadable ({e}); {how}") from None
    how = f"rebuild it with `{man.get('rebuild_command') or rebuild}`"
    if man.get("model") != model or man.get("format") != format_version:
        raise ModelError(f"{manifest_path} describes model {man.get('model')!r} format {man.get('format')!r}, "
                         f"this code reads {model!r} format {format_version}; {how}")
    installed = library_versions(*same_minor, *same_major)
    built = man.get("libraries", {})
    for lib in same_minor + same_major:
        want = built.get(lib)
        parts = _major_minor if lib in same_minor else (lambda v: tuple(v.split(".")[:1]))
        if want is None or parts(want) != parts(installed[lib]):
            level = "major.minor" if lib in same_minor else "major version"
            raise ModelError(f"{manifest_path}: built with {lib} {want}, installed {lib} {installed[lib]} "
                             f"(the {level} must match); {how}")
    for name, digest in sorted(man.get("files", {}).items()):
        f = manifest_path.parent / name
        if not f.exists():
            raise ModelError(f"the {model} model is incomplete: {f} not found; {how}")
        if verify and sha256_file(f) != digest:
            raise ModelError(f"{f} differs from its manifest {manifest_path} (sha256); {how}")
    return man


def manifest_beside(model_path: Path) -> Path:
    """Where a portable model's manifest stands: ``<stem>.manifest.json`` beside its file."""
    return model_path.with_name(model_path.stem + ".manifest.json")


def read_manifest(model_path: Path | str, *, model: str, rebuild: str, format_version: int,
                  same_major: tuple[str, ...] = ("numpy",)) -> dict:
    """The manifest of the portable model at ``model_path``, checked as :func:`load_portable` checks
    it but without hashing its files (evaluations read what a shipped model was trained on)."""
    return check_manifest(manifest_beside(Path(model_path)), model=model, rebuild=rebuild,
                          format_version=format_version, same_major=same_major, verify=False)


def save_portable(out_dir: Path, model_path: Path, arrays: dict, manifest: dict,
                  dev_figures: dict | None = None) -> dict:
    """Write a portable classifier as ``out_dir/<model_path.name>`` with its manifest beside it
    (``<stem>.manifest.json``): the arrays' file hash and, when measured, the dev figures are added to
    ``manifest``. Returns the manifest as written (keys sorted, so the same inputs give the same bytes)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    npz = out_dir / model_path.name
    write_npz(npz, arrays)
    manifest = {**manifest, "files": {npz.name: sha256_file(npz)}}
    if dev_figures:
        manifest["dev_figures"] = dev_figures
    write_json(manifest_beside(out_dir / model_path.name), manifest)
    clear_model_cache()  # a model file was just rewritten: a cached copy would be the old model
    return manifest


# One cache for every portable model, keyed by (model name, resolved file path): the built objects
# (vocabulary dicts, weight matrices) are costly, and each stage asks for them per article.
_LOADED: dict[tuple[str, str], object] = {}
_RESOLVED: dict[tuple[str, str], tuple[str, str]] = {}  # (model, path as given) → its key in _LOADED


def load_portable(model_path: Path, *, model: str, rebuild: str, format_version: int, build: Callable[[dict], T],
                  manifest_path: Path | None = None, same_major: tuple[str, ...] = ("numpy",)) -> T:
    """The portable classifier at ``model_path``, built once per process by ``build(arrays)`` after its
    manifest (``<stem>.manifest.json`` beside it unless ``manifest_path``) is checked with
    :func:`check_manifest`. Raises :class:`ModelError` when it is missing, damaged or built for other code;
    a failed load is not cached, so a model rebuilt in the same process loads on the next call."""
    # the readers ask for their model at every prediction: the path as given finds its resolved key
    # without resolving it again (realpath's system calls were a hundredth of a link run)
    key = _RESOLVED.get((model, str(model_path)))
    if key in _LOADED:
        return _LOADED[key]  # type: ignore[return-value]
    given = (model, str(model_path))
    model_path = Path(model_path)
    key = (model, str(model_path.resolve()))
    if key not in _LOADED:
        check_manifest(manifest_path or manifest_beside(model_path), model=model,
                       rebuild=rebuild, format_version=format_version, same_major=same_major)
        _LOADED[key] = build(read_npz(model_path))
    if model_path.is_absolute():  # a relative path may name another file after a change of directory
        _RESOLVED[given] = key
    return _LOADED[key]  # type: ignore[return-value]


def clear_model_cache() -> None:
    """Forget every loaded portable model (after a rebuild, or in tests that damage a model file)."""
    _LOADED.clear()
    _RESOLVED.clear()
