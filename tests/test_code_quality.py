"""The house style's tooling and shape, checked on src/: ruff (lint) and mypy --strict stay clean, no import cycles,
no module of 600 lines or more."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def test_ruff_is_clean():
    r = subprocess.run([sys.executable, "-m", "ruff", "check", "src", "--select", "E,F,W,I,B", "--ignore", "B008",
                        "--line-length", "120"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_mypy_strict_is_clean():
    r = subprocess.run([sys.executable, "-m", "mypy", "--strict", "src"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def _imported_modules(path: Path, package: str, names: set[str]) -> set[str]:
    """The claimledger modules a source file imports, at the top or inside functions; imports only for type
    checking (``if TYPE_CHECKING:``) do not run and are left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
               and getattr(block.test, "id", None) == "TYPE_CHECKING" for b in block.body for n in ast.walk(b)}
    out: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[:len(parts) - node.level + 1] + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            out |= {m for m in [base] + [f"{base}.{a.name}" for a in node.names] if m in names}
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name in names}
    return out


def _source_modules() -> dict[str, Path]:
    src = ROOT / "src"
    modules = {}
    for path in sorted((src / "claimledger").rglob("*.py")):
        parts = path.relative_to(src).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def test_no_module_imports_itself_through_others():
    """The house style allows no import cycles, not even one hidden in a function."""
    modules = _source_modules()
    graph = {name: _imported_modules(path, name if path.name == "__init__.py" else name.rpartition(".")[0],
                                     set(modules)) - {name}
             for name, path in modules.items()}
    assert graph["claimledger.extract.attribution.relations"] >= {"claimledger.extract.attribution.spans"}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for nxt in sorted(graph[name]):
            if state.get(nxt) == 1:
                cycles.append(path[path.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert not cycles, cycles


def test_modules_stay_well_under_600_lines():
    long = {name: n for name, path in _source_modules().items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) >= 600}
    assert not long, long


def _constants_bound_twice(tree: ast.Module) -> set[str]:
    """Module-level names in capitals that two statements bind: the second silently replaces the first."""
    seen: set[str] = set()
    twice: set[str] = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) else []
        for target in targets:
            if isinstance(target, ast.Name) and target.id.isupper():
                (twice if target.id in seen else seen).add(target.id)
    return twice


def test_no_module_binds_a_constant_twice():
    twice = {name: sorted(names) for name, path in _source_modules().items()
             if (names := _constants_bound_twice(ast.parse(path.read_text(encoding="utf-8"))))}
    assert not twice, twice


def test_a_constant_bound_twice_is_found():
    assert _constants_bound_twice(ast.parse("WORDS = {1}\nOTHER = 2\nWORDS = {3}\n")) == {"WORDS"}
