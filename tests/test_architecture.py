"""The structure's contracts (docs/ARCHITECTURE.md), checked on every run of the suite.

The layers and the station as the one door are checked by import-linter (its contracts are
in pyproject.toml); the rest here reads the source: lint (ruff), types (mypy) below the
station, no private names taken across modules, every import inside a function resolves,
and nothing above the station reaches for its store.
"""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from pathlib import Path

import siaga

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path(siaga.__file__).resolve().parent
FOLDERS = ["base", "protocol", "storage", "station", "delivery", "interop", "cli", "gui"]
#: may load their modules when a command or a window first needs them (the quick start of `siaga` and the app)
LAZY_FOLDERS = {"cli", "gui"}
#: above the station: these use its services, never its store
ABOVE_THE_STATION = {"delivery", "interop", "cli", "gui"}


def modules() -> list[tuple[Path, str, ast.Module]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        name = ".".join(["siaga", *parts[:-1]] if parts[-1] == "__init__" else ["siaga", *parts])
        found.append((path, name, ast.parse(path.read_text(encoding="utf-8"), str(path))))
    return found


def folder(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0]


def imported(node: ast.ImportFrom, module: str, path: Path) -> str:
    """The absolute name of what ``node`` (in ``module``) imports from."""
    if not node.level:
        return node.module or ""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)


def test_layers_and_the_one_door_hold():
    """import-linter: the layers of the table in docs/ARCHITECTURE.md, and the forbidden imports."""
    done = run(str(Path(sys.executable).with_name("lint-imports")), "--no-cache")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "BROKEN" not in done.stdout and done.stdout.count("KEPT") >= 5


def test_ruff_finds_nothing():
    done = run(sys.executable, "-m", "ruff", "check", "--no-cache", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_passes_below_the_station(tmp_path):
    done = run(sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "mypy"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "base" in str(done.args) or "no issues" in done.stdout


def test_every_folder_says_its_job_and_what_it_may_import():
    for name in FOLDERS:
        doc = ast.get_docstring(ast.parse((PACKAGE / name / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "may import" in doc.lower(), name
    loose = sorted(p.name for p in PACKAGE.glob("*.py") if p.name not in ("__init__.py", "__main__.py"))
    assert loose == [], f"every module belongs to a folder: {loose}"


def private_imports(path: Path, module: str, tree: ast.Module) -> list[str]:
    """``from .x import _name`` anywhere in ``tree``: a private name taken from another module."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and imported(node, module, path).startswith("siaga"):
            found += [f"{path.name}:{node.lineno}: {a.name}" for a in node.names
                      if a.name.startswith("_") and not a.name.startswith("__")]
    return found


def exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # its parent is a module, not a package
        return False


def unresolved_late_imports(path: Path, module: str, tree: ast.Module) -> list[str]:
    """Imports inside functions whose module (or, for ``from . import x``, whose ``x``) does not exist."""
    broken = []
    for func in ast.walk(tree):
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(func):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                source = imported(node, module, path)
                if not exists(source):
                    targets = [source]
                else:  # each name: a submodule, or a name the module defines
                    targets = [f"{source}.{a.name}" for a in node.names
                               if not exists(f"{source}.{a.name}")
                               and not hasattr(importlib.import_module(source), a.name)]
                broken += [f"{path.name}:{node.lineno}: {t}" for t in targets]
                continue
            else:
                continue
            broken += [f"{path.name}:{node.lineno}: {t}" for t in targets if not exists(t)]
    return broken


def test_no_private_name_is_imported_from_another_module():
    assert [hit for path, module, tree in modules() for hit in private_imports(path, module, tree)] == []


def test_every_import_inside_a_function_resolves():
    """A broken import in a function fails only when its path runs: each is looked up here."""
    assert [hit for path, module, tree in modules() for hit in unresolved_late_imports(path, module, tree)] == []


def test_the_source_checks_themselves_find_what_they_look_for():
    path = PACKAGE / "interop" / "stix_import.py"
    bad = ast.parse("from .stix import _PATTERN_PATHS, PATTERN_PATHS, __all__\n"
                    "def f():\n    from .encoding import b64e\n    from ..base import encoding, nothing_here\n")
    assert private_imports(path, "siaga.interop.stix_import", bad) == ["stix_import.py:1: _PATTERN_PATHS"]
    assert unresolved_late_imports(path, "siaga.interop.stix_import", bad) == [
        "stix_import.py:3: siaga.interop.encoding", "stix_import.py:4: siaga.base.nothing_here"]


def test_below_the_apps_siaga_modules_are_imported_at_the_top():
    """Only the command line and the app load modules late (for a quick start); the core imports at the top."""
    late = []
    for path, module, tree in modules():
        if folder(path) in LAZY_FOLDERS or path.parent == PACKAGE:
            continue
        for func in ast.walk(tree):
            if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for node in ast.walk(func):
                    if isinstance(node, ast.ImportFrom) and imported(node, module, path).startswith("siaga"):
                        late.append(f"{path.relative_to(ROOT)}:{node.lineno}")
                    elif isinstance(node, ast.Import) and any(a.name.startswith("siaga") for a in node.names):
                        late.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert late == []


def test_nothing_above_the_station_reaches_for_its_store():
    """The apps, delivery and interop call the station's services (station.directory, .outgoing, ...)."""
    reaching = []
    for path, _, tree in modules():
        if folder(path) not in ABOVE_THE_STATION:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "store":
                reaching.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert reaching == []
