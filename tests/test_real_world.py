"""Real public specs often carry examples and defaults that do not match their schemas: they still
generate (with warnings), `--strict` refuses them, and our own specs stay strict (issue #8, item 12).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_mpgen

# Findings of content: an example and a default that contradict their schemas, a path parameter the
# template does not use. Each line holding one ends with `# <- rule`.
VENDOR = """\
openapi: 3.1.0
info: {title: Vendor, version: '2.3'}
paths:
  /pets:
    get:
      operationId: listPets
      parameters:
        - name: limit
          in: query
          schema: {type: integer, maximum: 100}
          example: many  # <- example-invalid
        - name: shop  # <- path-param-unused
          in: path
          required: true
          schema: {type: string}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: array
                items: {$ref: '#/components/schemas/Pet'}
              example:
                - {id: seven, kind: cat}  # <- example-invalid
components:
  schemas:
    Pet:
      type: object
      required: [id]
      properties:
        id: {type: integer, example: '7'}  # <- example-invalid
        kind:
          type: string
          enum: [cat, dog]
          default: bird  # <- default-invalid
        born: {type: string, format: date-time, example: '2020-01-01'}  # <- example-invalid
"""
FINDINGS = [(i, m.group(1)) for i, row in enumerate(VENDOR.splitlines(), 1) if (m := re.search(r"# <- ([\w-]+)$", row))]


def _write(folder: Path, text: str = VENDOR) -> Path:
    path = folder / "vendor.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _assert_findings(stdout: str, severity: str) -> None:
    for line, rule in FINDINGS:
        wanted = re.compile(rf"vendor\.yaml:{line}:\d+: {severity} \[{rule}\] ")
        assert any(wanted.match(row) for row in stdout.splitlines()), f"{line} {rule}:\n{stdout}"


def test_content_findings_are_warnings_and_validate_passes(tmp_path: Path) -> None:
    _write(tmp_path)
    result = run_mpgen("validate", "vendor.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    _assert_findings(result.stdout, "warning")
    assert "error" not in result.stdout


def test_generate_succeeds_with_warnings_and_the_client_imports(tmp_path: Path) -> None:
    _write(tmp_path)
    result = run_mpgen("generate", "vendor.yaml", "--out", "out", "--package", "vendor", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    _assert_findings(result.stdout, "warning")
    imported = subprocess.run(
        [sys.executable, "-c", "from vendor.vendor import VendorClient, models; print(models.Pet(id=7).kind)"],
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == "bird"  # the document's default, as written


COMMANDS = {
    "validate": ("validate",),
    "generate": ("generate", "--out", "out", "--package", "vendor"),
    "bundle": ("bundle", "--out", "out"),
}


@pytest.mark.parametrize("command", COMMANDS)
def test_strict_makes_content_findings_fatal(tmp_path: Path, command: str) -> None:
    _write(tmp_path)
    name, *options = COMMANDS[command]
    result = run_mpgen(name, "vendor.yaml", *options, "--strict", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    _assert_findings(result.stdout, "error")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_bundle_without_strict_writes_the_bundle(tmp_path: Path) -> None:
    _write(tmp_path)
    result = run_mpgen("bundle", "vendor.yaml", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "out" / "vendor.yaml").is_file()


def test_strict_from_the_configuration(tmp_path: Path) -> None:
    _write(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[tool.mpgen]\nstrict = true\n", encoding="utf-8")
    result = run_mpgen("generate", "vendor.yaml", "--out", "out", "--package", "vendor", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    _assert_findings(result.stdout, "error")


def test_a_strict_run_does_not_reuse_what_a_lenient_run_accepted(tmp_path: Path) -> None:
    _write(tmp_path)
    args = ("generate", "vendor.yaml", "--out", "out", "--package", "vendor")
    assert run_mpgen(*args, cwd=tmp_path).returncode == 0
    strict = run_mpgen(*args, "--strict", cwd=tmp_path)
    assert strict.returncode == 1, strict.stdout + strict.stderr
    assert "up to date" not in strict.stderr


def test_structural_problems_stay_fatal_without_strict(tmp_path: Path) -> None:
    _write(tmp_path, VENDOR.replace("type: array\n", "type: arrray\n"))
    for command in (("validate",), ("generate", "--out", "out", "--package", "vendor")):
        result = run_mpgen(command[0], "vendor.yaml", *command[1:], cwd=tmp_path)
        assert result.returncode == 1, result.stdout + result.stderr
        assert re.search(r"vendor\.yaml:22:\d+: error \[oas-schema\]", result.stdout), result.stdout


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A copy of our project whose medical-insurance example no longer matches its schema."""
    shutil.copytree(ROOT / "specs", tmp_path / "specs")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    spec = tmp_path / "specs" / "medical-insurance.yaml"
    text = spec.read_text(encoding="utf-8")
    assert text.count("insurerNumber: '06139912'") >= 1
    spec.write_text(text.replace("insurerNumber: '06139912'", "insurerNumber: 6139912", 1), encoding="utf-8")
    return tmp_path


def test_our_specs_stay_strict(project: Path) -> None:
    validated = run_mpgen("validate", cwd=project)
    assert validated.returncode == 1
    assert re.search(r"specs/medical-insurance\.yaml:\d+:\d+: error \[example-invalid\]", validated.stdout), (
        validated.stdout
    )
    generated = run_mpgen(
        "generate", "specs/medical-insurance.yaml", "--out", "out", "--package", "mi", "--root", "specs", cwd=project
    )
    assert generated.returncode == 1, generated.stdout + generated.stderr
    assert "error [example-invalid]" in generated.stdout
    assert not (project / "out" / "mi").exists()
