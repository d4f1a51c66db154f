"""Spec text never chooses Python code: extensions that name types, modules or base classes are
ignored with a located warning, and every generated file passes one AST safety check (fixed import
allow-list, fixed statement shapes) before anything is written."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import cli
from generator.codegen.client import UnsafeOutput, check_shape
from generator.codegen.models import ModelsInput, run_models
from tests.conftest import ROOT, run_mpgen

GOLDEN = ROOT / "tests" / "golden"

# Importing this module leaves a file behind: proof that generation or the generated package ran it.
MARKER_MODULE = """\
from pathlib import Path
Path(__file__).with_name("MARKER-IMPORTED").write_text("imported")
class Base: ...
def kind(*args: object) -> object: ...
"""

# Every line marked `# ignored` holds one extension that names Python code; nothing else may be dropped.
DOCUMENT = """\
openapi: 3.1.0
info: {title: extensions, version: "1"}
paths: {}
components:
  schemas:
    Typed:
      type: object
      properties:
        a:
          type: string
          customTypePath: mpgen_marker.kind  # ignored
        b:
          type: string
          x-python-type: mpgen_marker.Base  # ignored
        customTypePath:
          type: object
          properties: {customTypePath: {type: string}}
          examples: [{customTypePath: kept}]
        keys:
          type: object
          additionalProperties: {type: string}
          x-propertyNames:
            type: string
            x-python-type: mpgen_marker.Base  # ignored
    Based:
      type: object
      customBasePath: mpgen_marker.Base  # ignored
      x-is-base-class: true  # ignored
      properties:
        c:
          type: string
          x-is-classvar: true  # ignored
          x-datamodel-code-generator-field-name: model_config  # ignored
    Imported:
      type: object
      x-python-import: {module: mpgen_marker, name: Base}  # ignored
    UsesImported:
      $id: file:///etc/passwd  # ignored
      type: object
      properties:
        d: {$ref: '#/components/schemas/Imported'}
        e: {type: integer, x-python-anything: mpgen_marker}
"""


def _expected() -> list[tuple[int, int, str]]:
    """(line, column, key) of each marked line; the flow mapping on the last line is found by its key."""
    out = []
    for number, line in enumerate(DOCUMENT.splitlines(), 1):
        if line.endswith("# ignored"):
            key = line.split(":", 1)[0].strip()
            out.append((number, line.index(key) + 1, key))
    last = DOCUMENT.splitlines()
    out.append((len(last), last[-1].index("x-python-anything") + 1, "x-python-anything"))
    return sorted(out)


@pytest.fixture(scope="module")
def extensions_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    work = tmp_path_factory.mktemp("ext")
    (work / "mpgen_marker.py").write_text(MARKER_MODULE, encoding="utf-8")
    (work / "ext.yaml").write_text(DOCUMENT, encoding="utf-8")
    result = run_mpgen("generate", "ext.yaml", "--out", "out", "--package", "ext_client", cwd=work)
    return work, result


def test_code_naming_extensions_are_ignored_with_located_warnings(
    extensions_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    _work, result = extensions_run
    assert result.returncode == 0, result.stdout + result.stderr
    found = re.findall(r"^ext\.yaml:(\d+):(\d+): warning \[codegen-extension-ignored\] `([^`]+)`", result.stdout, re.M)
    assert sorted((int(line), int(col), key) for line, col, key in found) == _expected(), result.stdout


def test_generated_models_import_nothing_the_document_names(
    extensions_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    work, _result = extensions_run
    models = (work / "out" / "ext_client" / "ext" / "models.py").read_text(encoding="utf-8")
    assert "mpgen_marker" not in models
    assert "class Based(BaseModel):" in models
    assert "custom_type_path" in models and "'customTypePath': 'kept'" in models.replace('"', "'")
    imported = subprocess.run(
        [sys.executable, "-c", "import ext_client.ext.models as m; m.Typed(a='x', b='y'); m.UsesImported(d={})"],
        cwd=work / "out",
        env={"PYTHONPATH": f"{work / 'out'}:{work}"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr
    assert not (work / "MARKER-IMPORTED").exists()


# --- the checker itself ---------------------------------------------------------------------------

HEADER = '"""Models."""\n\nfrom __future__ import annotations\n\nfrom pydantic import BaseModel, Field\n\n'

UNSAFE_MODELS = {
    "plain import": "import os\n",
    "module not allowed": "from webbrowser import open\n",
    "name not allowed": "from pydantic import ImportString\n",
    "relative import": "from . import client\n",
    "star import": "from typing import *\n",
    "aliased import": "from typing import Any as BaseModel2\n",
    "call statement": "print('hi')\n",
    "builtin call in a default": "class A(BaseModel):\n    a: str = __import__('os').name\n",
    "eval in Field": "class A(BaseModel):\n    a: str = Field(default=eval('1'))\n",
    "dunder attribute": "class A(BaseModel):\n    a: str = A.__class__\n",
    "lambda": "class A(BaseModel):\n    a: str = Field(default_factory=lambda: 'x')\n",
    "f-string": "class A(BaseModel):\n    a: str = f'{1}'\n",
    "method": "class A(BaseModel):\n    def f(self) -> None: ...\n",
    "decorator": "def d(c: object) -> object: ...\n@d\nclass A(BaseModel):\n    a: str\n",
    "metaclass": "class A(BaseModel, metaclass=type):\n    a: str\n",
    "nested class": "class A(BaseModel):\n    class B(BaseModel):\n        b: str\n",
    "if at module level": "if True:\n    X = 1\n",
    "rebuild with arguments": "class A(BaseModel):\n    a: str\n\n\nA.model_rebuild(_types_namespace={})\n",
    "two classes, one name": "class A(BaseModel):\n    a: str\n\n\nclass A(BaseModel):\n    b: str\n",
    "NFKC duplicate member": "from enum import StrEnum\n\n\nclass E(StrEnum):\n    ℌ = 'ℌ'\n    H = 'H'\n",
    "does not parse": "class A(:\n",
}


@pytest.mark.parametrize("name", sorted(UNSAFE_MODELS))
def test_models_checker_refuses(name: str) -> None:
    with pytest.raises(UnsafeOutput, match=r"^generated code failed the safety check: models\.py:\d+: "):
        check_shape(HEADER + UNSAFE_MODELS[name], "models.py", kind="models")


def test_models_checker_accepts_the_shapes_the_model_generator_writes() -> None:
    code = HEADER + (
        "from enum import StrEnum\nfrom typing import Annotated, Literal\n"
        "from typing_extensions import TypeAliasType\n\n\n"
        'class Color(StrEnum):\n    RED = \'red\'\n    """red"""\n\n\n'
        "class Node(BaseModel):\n    kids: Annotated[list[Node] | None, Field(max_length=3)] = None\n"
        "    color: Color = Color.RED\n    n: int = -1\n    tags: list[str] = Field(default_factory=list)\n"
        "    kind: Literal['a'] = 'a'\n\n\n"
        "Short = TypeAliasType('Short', Annotated[str, Field(max_length=4)])\n"
        "Node.model_rebuild()\n"
    )
    check_shape(code, "models.py", kind="models")


def _golden(pattern: str) -> list[Path]:
    return sorted(GOLDEN.rglob(pattern))


def test_every_golden_file_passes_the_checker() -> None:
    models = _golden("models.py")
    clients = _golden("client.py") + _golden("__init__.py")
    assert models and clients
    for path in models:
        check_shape(path.read_text(encoding="utf-8"), path.name, kind="models")
    for path in clients:
        check_shape(path.read_text(encoding="utf-8"), path.name)


UNSAFE_CLIENT = {
    "import outside the allow-list": "import os\n",
    "from-import outside the allow-list": "from subprocess import run\n",
    "duplicate class": "class A:\n    pass\n\n\nclass A:\n    pass\n",
    "duplicate method": "class A:\n    def f(self) -> None: ...\n    def f(self) -> None: ...\n",
    "attribute set twice": "class A:\n    def __init__(self) -> None:\n        self.x = 1\n        self.x = 2\n",
}


@pytest.mark.parametrize("name", sorted(UNSAFE_CLIENT))
def test_client_checker_refuses(name: str) -> None:
    code = '"""Client."""\n\nfrom __future__ import annotations\n\n' + UNSAFE_CLIENT[name]
    with pytest.raises(UnsafeOutput, match=r"^generated code failed the safety check: client\.py:\d+: "):
        check_shape(code, "client.py")


# --- a violation stops the run: located error, nothing written --------------------------------------


def _unsafe_generate(*_args: Any, **_kwargs: Any) -> str:
    return '"""Models."""\n\nfrom __future__ import annotations\n\nimport webbrowser\n'


def test_unsafe_models_become_a_located_error() -> None:
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "components": {"schemas": {"A": {"type": "object", "properties": {"a": {"type": "string"}}}}},
    }
    pytest.importorskip("datamodel_code_generator")
    import datamodel_code_generator as dcg  # noqa: PLC0415

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dcg, "generate", _unsafe_generate)
        models, problems = run_models(ModelsInput(doc, {"A": "A"}, {}), "spec.yaml")
    assert models is None
    assert [str(p) for p in problems] == [
        "spec.yaml:1:1: error [codegen-unsafe] generated code failed the safety check: "
        "models.py:5: import of `webbrowser` is not allowed"
    ]


def test_unsafe_models_stop_the_run_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import datamodel_code_generator as dcg  # noqa: PLC0415

    (tmp_path / "api.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components: {schemas: {A: {type: object, properties: {a: {type: string}}}}}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(dcg, "generate", _unsafe_generate)
    code = cli.main(["generate", "api.yaml", "--out", "out", "--package", "unsafe_client"])
    out = capsys.readouterr()
    assert code == 1, out.out + out.err
    assert re.search(r"^api\.yaml:1:1: error \[codegen-unsafe\] generated code failed the safety check", out.out, re.M)
    assert not (tmp_path / "out").exists()


PATTERNS = """\
openapi: 3.1.0
info: {title: p, version: 1.0.0}
paths:
  /codes:
    get:
      operationId: getCode
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Code'}
components:
  schemas:
    Code:
      type: object
      properties:
        ahead: {type: string, pattern: '^(?=[A-Z])[A-Z0-9]+$'}
        letters: {type: string, pattern: '^[A-Z]+$'}
"""


def test_a_pattern_pydantic_cannot_compile_is_left_out_with_a_located_warning(tmp_path: Path) -> None:
    """Valid ECMA-262 (a lookahead) passes validate, so generate must produce a package that imports."""
    (tmp_path / "p.yaml").write_text(PATTERNS, encoding="utf-8")
    assert run_mpgen("validate", "p.yaml", cwd=tmp_path).returncode == 0
    result = run_mpgen("generate", "p.yaml", "--out", "out", "--package", "pat_client", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "p.yaml:18:31: warning [codegen-pattern-ignored]" in result.stdout
    check = "import pat_client.p.models as m; m.Code(letters='AB', ahead='x')"
    out = tmp_path / "out"
    imported = subprocess.run([sys.executable, "-c", check], cwd=out, capture_output=True, text=True, check=False)
    assert imported.returncode == 0, imported.stderr
    bad = "import pat_client.p.models as m; m.Code(letters='ab')"
    refused = subprocess.run([sys.executable, "-c", bad], cwd=out, capture_output=True, text=True, check=False)
    assert "ValidationError" in refused.stderr  # the patterns pydantic can compile are still checked
