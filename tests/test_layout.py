"""The package layout shows the pipeline: each stage imports only the stages below it, and no module
takes part in an import circle (lazy imports inside functions included)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
GROUND = {"naming", "diagnostics", "config", "paths", "serialize", "progress"}
# stage -> stages it may import (itself and the ground floor are always allowed)
ALLOWED: dict[str, set[str]] = {
    "ground": set(),
    "documents": set(),
    "apimodel": {"documents"},
    "codegen": {"apimodel", "documents"},
    "portal": {"apimodel", "documents"},
    "sandbox": {"apimodel", "documents"},
    "diff": {"apimodel", "documents"},
    "build": {"codegen", "diff", "apimodel", "documents"},
    "entry": {"build", "portal", "sandbox", "diff", "codegen", "apimodel", "documents"},
}
ENTRY = {"cli", "__main__", "mkdocs_hook", "__init__"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _stage(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "entry"
    head = parts[1]
    if head in GROUND:
        return "ground"
    if head in ENTRY and len(parts) == 2:
        return "entry"
    if head in ALLOWED:
        return head
    raise AssertionError(f"{module}: not in any stage; add it to tests/test_layout.py and the package docstring")


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "runtime" in path.relative_to(PACKAGE).parts:  # copied into generated packages, never imported here
            continue
        found[_module_name(path)] = path
    return found


def _imports(path: Path, module: str, known: set[str]) -> set[str]:
    """Every generator module this file imports, at any depth of the file."""
    out: set[str] = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else [])
                )
            subs = [f"{base}.{alias.name}" for alias in node.names]
            # `from package import submodule` imports the submodule; the package is already loading
            names = subs if all(sub in known for sub in subs) else [base, *subs]
        else:
            continue
        for name in names:
            if name.split(".")[0] != "generator":
                continue
            while name and name not in known:  # `from generator.x import func` → generator.x
                name = name.rpartition(".")[0]
            if name and name != module:
                out.add(name)
    return out


GRAPH = {name: _imports(path, name, set(_modules())) for name, path in _modules().items()}


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_stage_imports_only_lower_stages(module: str) -> None:
    stage = _stage(module)
    allowed = ALLOWED[stage] | {stage, "ground"}

    def bad(imp: str) -> bool:
        target = _stage(imp)
        if target == "entry":  # only the package docstring module, never cli or the hook
            return imp != "generator" and stage != "entry"
        return target not in allowed

    forbidden = sorted(imp for imp in GRAPH[module] if bad(imp))
    assert not forbidden, f"{module} ({stage}) imports {forbidden}; {stage} may import {sorted(allowed)}"


def test_no_import_circles() -> None:
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(GRAPH.get(node, ())):
            if nxt == "generator":  # the package docstring imports nothing
                continue
            if state.get(nxt) == 1:
                cycles.append([*trail[trail.index(nxt) :], nxt] if nxt in trail else [node, nxt])
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for name in sorted(GRAPH):
        if name not in state:
            visit(name, [name])
    assert not cycles, f"import circles: {cycles}"


def test_every_stage_says_what_it_owns_and_may_import() -> None:
    for init in sorted(PACKAGE.glob("*/__init__.py")):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert "May import" in doc, f"{init}: the docstring must say what the stage owns and may import"


def test_checker_catches_a_forbidden_edge(tmp_path: Path) -> None:
    """The checker itself can fail: a documents module importing build is reported."""
    fake = tmp_path / "generator" / "documents"
    fake.mkdir(parents=True)
    (fake / "bad.py").write_text("from generator.build.commands import run\n", encoding="utf-8")
    known = {"generator.build.commands", "generator.documents.bad"}
    imports = _imports(fake / "bad.py", "generator.documents.bad", known)
    assert imports == {"generator.build.commands"}
    assert _stage("generator.build.commands") not in ALLOWED["documents"]
