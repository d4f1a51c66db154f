"""Documents that must fail: each names its rule, the right file and line, and nothing crashes.

The corpus is `tests/corpus/broken/`; what each document must produce is in `expected.yaml` next
to it. Every document is validated on its own (as an editor integration would) and all of them
in one invocation (one bad file must not hide the others).
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from subprocess import CompletedProcess
from typing import Any

import pytest
import yaml

from tests.conftest import run_mpgen

BROKEN = Path(__file__).parent / "corpus" / "broken"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load((BROKEN / "expected.yaml").read_text(encoding="utf-8"))

# Every rule a file can trigger in `mpgen validate`: the corpus must hold at least one of each.
FILE_RULES = {
    "not-utf8",
    "empty-document",
    "json-syntax",
    "yaml-syntax",
    "yaml-tag",
    "multiple-documents",
    "duplicate-key",
    "alias-explosion",
    "nesting-too-deep",
    "not-a-mapping",
    "not-openapi",
    "swagger-2-unsupported",
    "unsupported-openapi-version",
    "ref-remote",
    "ref-file-url",
    "ref-outside-root",
    "ref-not-found",
    "ref-invalid",
    "ref-cycle",
    "oas-schema",
    "duplicate-operation-id",
    "duplicate-parameter",
    "path-param-undeclared",
    "path-param-unused",
    "ambiguous-path",
    "example-invalid",
    "default-invalid",
}
MAX_LINE = 300  # a diagnostic is one line; a longer one is dumping the document


@dataclass(frozen=True)
class Case:
    entry: str
    rule: str
    line: int
    path: str
    exit: int
    args: tuple[str, ...]
    xfail: str | None  # the diagnostic is missing altogether
    xfail_line: str | None  # the diagnostic names the right rule and file, at the wrong line

    @property
    def prefix(self) -> str:
        return f"{self.path}:{self.line}:"


CASES = [
    Case(
        entry=entry,
        rule=spec["rule"],
        line=int(spec["line"]),
        path=spec["path"],
        exit=int(spec.get("exit", 1)),
        args=tuple(spec.get("args", ())),
        xfail=spec.get("xfail"),
        xfail_line=spec.get("xfail-line"),
    )
    for entry, spec in EXPECTED.items()
]


def _validate(*args: str) -> CompletedProcess[str]:
    # Run from the corpus folder: diagnostics then name files exactly as expected.yaml does.
    return run_mpgen("validate", *args, cwd=BROKEN)


@pytest.fixture(scope="module")
def single_runs() -> dict[str, CompletedProcess[str]]:
    """`mpgen validate FILE` for every document, a few processes at a time."""
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        results = pool.map(lambda c: _validate(*c.args, c.entry), CASES)
        return {case.entry: result for case, result in zip(CASES, results, strict=True)}


def _matching(stdout: str, case: Case, exact_line: bool = True) -> list[str]:
    prefix = case.prefix if exact_line else f"{case.path}:"
    return [line for line in stdout.splitlines() if line.startswith(prefix) and f"[{case.rule}]" in line]


def _params(line_test: bool) -> list[Any]:
    out = []
    for case in CASES:
        reason = case.xfail or (case.xfail_line if line_test else None)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(case, id=case.entry, marks=marks))
    return out


@pytest.mark.parametrize("case", _params(line_test=False))
def test_document_fails_with_its_rule_naming_its_file(
    case: Case, single_runs: dict[str, CompletedProcess[str]]
) -> None:
    result = single_runs[case.entry]
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert result.returncode == case.exit, result.stdout + result.stderr
    assert _matching(result.stdout, case, exact_line=False), (
        f"expected `{case.path}:… [{case.rule}]` in:\n{result.stdout}"
    )


@pytest.mark.parametrize("case", _params(line_test=True))
def test_diagnostic_points_at_the_offending_line(case: Case, single_runs: dict[str, CompletedProcess[str]]) -> None:
    result = single_runs[case.entry]
    assert _matching(result.stdout, case), f"expected `{case.prefix} … [{case.rule}]` in:\n{result.stdout}"


@pytest.mark.parametrize("case", CASES, ids=[c.entry for c in CASES])
def test_output_is_short_diagnostics_not_the_document(
    case: Case, single_runs: dict[str, CompletedProcess[str]]
) -> None:
    result = single_runs[case.entry]
    lines = result.stdout.splitlines()
    assert len(lines) <= 5, result.stdout
    assert all(len(line) <= MAX_LINE for line in lines), result.stdout
    assert all(": error [" in line or ": warning [" in line for line in lines), result.stdout
    assert len(result.stderr) <= 2000, result.stderr


def test_one_invocation_reports_every_document() -> None:
    result = _validate("--fail-on-warning", *(c.entry for c in CASES))
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert result.returncode == 1
    assert f"{len(CASES)} document(s) checked" in result.stderr
    missing = [
        f"{c.entry}: {c.prefix} [{c.rule}]"
        for c in CASES
        if not c.xfail and not _matching(result.stdout, c, exact_line=c.xfail_line is None)
    ]
    assert not missing, "\n".join(missing) + "\n--- output:\n" + result.stdout


def test_corpus_covers_every_rule_a_file_can_trigger() -> None:
    assert FILE_RULES <= {c.rule for c in CASES if not c.xfail}
    assert len(CASES) >= 24
    assert sum(1 for c in CASES if c.path != c.entry) >= 5, "some mistakes must sit in a shared fragment"


def test_every_broken_document_has_an_expectation() -> None:
    """A document added to the folder without an entry in expected.yaml would never be checked."""
    entries = set(EXPECTED)
    for path in sorted(BROKEN.rglob("*")):
        rel = path.relative_to(BROKEN).as_posix()
        if path.suffix not in (".yaml", ".yml", ".json") or rel == "expected.yaml":
            continue
        if "/" in rel:  # a file of a split document: its folder has an entry
            assert any(e.startswith(rel.split("/")[0] + "/") for e in entries), rel
        else:
            assert rel in entries, rel
    for case in CASES:
        assert (BROKEN / case.entry).is_file(), case.entry
        assert (BROKEN / case.path).is_file(), case.path


def test_missing_path_is_a_usage_error() -> None:
    result = _validate("no-such-file.yaml")
    assert result.returncode == 2
    assert "no-such-file.yaml:1:1: error [io-error]" in result.stdout
    assert "Traceback" not in result.stderr


def test_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    from generator.documents.loader import MAX_BYTES  # noqa: PLC0415 - the limit itself, not a copy of it

    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as fh:  # sparse: costs no disk
        fh.write(b"openapi: 3.1.0\n")
        fh.truncate(MAX_BYTES + 1)
    result = run_mpgen("validate", "huge.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert "huge.yaml:1:1: error [file-too-large]" in result.stdout
    assert len(result.stdout) < 500


OPERATION = """
  /{path}:
    get:
      operationId: {op_id}
      responses:
        "200": {{description: ok}}
"""


def _spec(title: str, op_id: str, path: str) -> str:
    return f"openapi: 3.1.0\ninfo: {{title: {title}, version: 1.0.0}}\npaths:" + OPERATION.format(
        path=path, op_id=op_id
    )


def test_one_operation_id_in_two_documents_is_two_methods_of_two_classes(tmp_path: Path) -> None:
    # Outside the house profile each document gets its own client class: no clash to report.
    (tmp_path / "pets.yaml").write_text(_spec("Pets", "listThings", "pets"), encoding="utf-8")
    (tmp_path / "toys.yaml").write_text(_spec("Toys", "listThings", "toys"), encoding="utf-8")
    result = run_mpgen("generate", "pets.yaml", "toys.yaml", "--out", "out", "--package", "things", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    for module in ("pets", "toys"):
        assert "def list_things(" in (tmp_path / "out" / "things" / module / "client.py").read_text(encoding="utf-8")


def test_generate_refuses_two_documents_that_map_to_one_module(tmp_path: Path) -> None:
    (tmp_path / "my-api.yaml").write_text(_spec("A", "getA", "a"), encoding="utf-8")
    (tmp_path / "my_api.yaml").write_text(_spec("B", "getB", "b"), encoding="utf-8")
    result = run_mpgen("generate", "my-api.yaml", "my_api.yaml", "--out", "out", "--package", "apis", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "[module-clash]" in result.stdout
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out" / "apis").exists()


def test_generate_reports_the_same_diagnostics_and_writes_nothing(tmp_path: Path) -> None:
    cases = [c for c in CASES if c.entry in ("example-invalid.yaml", "split-remote/api.yaml", "split-cycle/api.yaml")]
    out = tmp_path / "out"
    result = run_mpgen("generate", *(c.entry for c in cases), "--out", str(out), "--package", "broken", cwd=BROKEN)
    assert result.returncode == 1, result.stdout + result.stderr
    for case in cases:
        assert _matching(result.stdout, case), case.entry
    assert "nothing was written" in result.stderr
    assert not out.exists() or not any(out.iterdir())
