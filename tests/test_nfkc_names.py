"""Names that differ only before NFKC normalisation (`ℌ`/`H`, full-width/ASCII) must stay distinct.

Python folds identifiers with NFKC, so `ℌ = "ℌ"` and `H = "H"` bind one name twice. Every kind of
generated name is covered: enum members, fields, classes, methods, parameters, schema keys.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pydantic
import pytest

from tests.conftest import generate_package, imported

PACKAGE = "nfkc_client"
BASE = "https://api.example.test"

# OpenAPI 3.0: its JSON schema leaves component keys unrestricted, so full-width keys are legal.
DOCUMENT = """\
openapi: 3.0.3
info: {title: NFKC names, version: "1"}
paths:
  /items:
    get:
      operationId: getＩｔｅｍｓ
      parameters:
        - {name: ｌｉｍｉｔ, in: query, schema: {type: integer}}
        - {name: limit, in: query, schema: {type: integer}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Props'}
  /items2:
    get:
      operationId: getItems
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Ｗｉｄｅｋｅｙ'}
components:
  schemas:
    Letter:
      type: string
      enum: ["ℌ", "H"]
    Wide:
      type: string
      enum: ["Ａ", "A", "ｆｏｏ", "FOO"]
    Named:
      type: string
      enum: [a, b]
      x-enum-varnames: ["ℌ", "H"]
    Props:
      type: object
      properties:
        ｆｏｏ: {type: string}
        foo: {type: integer}
        ｂａｒ: {type: string}
        "ｂａｒ ": {type: string}
        ｓｃｈｅｍａ: {type: string}
        letter: {$ref: '#/components/schemas/Letter'}
    PropsReversed:
      type: object
      properties:
        foo: {type: integer}
        ｆｏｏ: {type: string}
        ｘ:
          type: object
          properties: {a: {type: string}}
        x:
          type: object
          properties: {b: {type: string}}
    Merged:
      allOf:
        - {type: object, properties: {foo: {type: integer}}}
        - {type: object, properties: {ｆｏｏ: {type: string}}}
    Base:
      type: object
      properties: {bar: {type: integer}}
    Child:
      allOf:
        - $ref: '#/components/schemas/Base'
        - {type: object, properties: {ｂａｒ: {type: string}}}
    Ｗｉｄｅｋｅｙ:
      type: object
      properties: {wide: {type: boolean}}
    Widekey:
      type: object
      properties: {narrow: {type: boolean}}
"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_package(tmp_path_factory.mktemp("nfkc"), "nfkc", DOCUMENT, PACKAGE)


@pytest.fixture(scope="module")
def package(generated: Path) -> Iterator[ModuleType]:
    with imported(generated, PACKAGE, "nfkc") as module:
        yield module


def _python_files(generated: Path) -> list[Path]:
    return sorted((generated / PACKAGE).rglob("*.py"))


def test_package_imports_in_a_fresh_interpreter(generated: Path) -> None:
    code = f"import {PACKAGE}.nfkc.models, {PACKAGE}.nfkc.client, {PACKAGE}"
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], cwd=generated, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_package_passes_mypy_strict(generated: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, "-p", PACKAGE],
        cwd=generated,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _bound_names(body: list[ast.stmt]) -> list[str]:
    """Names one scope binds: classes, functions, assignment targets and imports."""
    names: list[str] = []
    for node in body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            names.append(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names += [a.asname or a.name.split(".")[0] for a in node.names]
    return names


def _scopes(tree: ast.Module) -> Iterator[tuple[str, list[ast.stmt]]]:
    yield "<module>", tree.body
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            yield node.name, node.body
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            args = node.args
            params = [*args.posonlyargs, *args.args, *args.kwonlyargs]
            yield node.name, [ast.AnnAssign(ast.Name(a.arg), ast.Name("x"), None, 1) for a in params]


def test_no_scope_binds_a_name_twice(generated: Path) -> None:
    # ast.parse folds identifiers with NFKC exactly as the interpreter does.
    problems = []
    for path in _python_files(generated):
        for scope, body in _scopes(ast.parse(path.read_text(encoding="utf-8"))):
            names = _bound_names(body)
            duplicates = sorted({n for n in names if names.count(n) > 1})
            if duplicates:
                problems.append(f"{path.name}:{scope}: {duplicates}")
    assert problems == []


def test_generated_identifiers_are_ascii(generated: Path) -> None:
    text = (generated / PACKAGE / "nfkc" / "models.py").read_text(encoding="utf-8")
    tree = ast.parse(text)
    names = [n.id for n in ast.walk(tree) if isinstance(n, ast.Name)]
    names += [n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    assert [n for n in names if not n.isascii()] == []


def test_enum_members_stay_distinct(package: ModuleType) -> None:
    models = package.models
    assert [m.value for m in models.Letter] == ["ℌ", "H"]
    assert [m.value for m in models.Wide] == ["Ａ", "A", "ｆｏｏ", "FOO"]
    assert [m.value for m in models.Named] == ["a", "b"]
    for enum in (models.Letter, models.Wide, models.Named):
        assert all(name.isascii() and name.isidentifier() for name in enum.__members__), list(enum.__members__)


def test_fields_round_trip_by_alias(package: ModuleType) -> None:
    models = package.models
    data = {"ｆｏｏ": "wide", "foo": 1, "ｂａｒ": "b1", "ｂａｒ ": "b2", "ｓｃｈｅｍａ": "s", "letter": "ℌ"}
    value = models.Props.model_validate(data)
    assert value.model_dump(mode="json", by_alias=True, exclude_unset=True) == data
    assert value.letter is models.Letter("ℌ")
    reversed_data = {"foo": 2, "ｆｏｏ": "w", "ｘ": {"a": "1"}, "x": {"b": "2"}}
    back = models.PropsReversed.model_validate(reversed_data)
    assert back.model_dump(mode="json", by_alias=True, exclude_unset=True) == reversed_data


def test_twins_brought_together_by_allof_stay_distinct(package: ModuleType) -> None:
    """`foo` and `ｆｏｏ` in two parts of one allOf (or in a base and its extension) become fields of one class:
    the model generator refused the document ("Alias 'foo' for field 'ｆｏｏ' conflicts with another field").
    Found by a random document explorer."""
    models = package.models
    merged = {"foo": 1, "ｆｏｏ": "wide"}
    assert models.Merged.model_validate(merged).model_dump(mode="json", by_alias=True, exclude_unset=True) == merged
    child = {"bar": 2, "ｂａｒ": "wide"}
    assert models.Child.model_validate(child).model_dump(mode="json", by_alias=True, exclude_unset=True) == child


def _model_classes(models: ModuleType) -> dict[str, type[pydantic.BaseModel]]:
    return {
        name: cls
        for name, cls in vars(models).items()
        if isinstance(cls, type) and issubclass(cls, pydantic.BaseModel) and cls.__module__ == models.__name__
    }


def test_schema_keys_become_distinct_classes(package: ModuleType) -> None:
    classes = _model_classes(package.models)
    wide = [name for name, cls in classes.items() if "wide" in cls.model_fields]
    narrow = [name for name, cls in classes.items() if "narrow" in cls.model_fields]
    assert len(wide) == 1 and len(narrow) == 1 and wide != narrow


def test_operations_and_parameters_stay_distinct(package: ModuleType) -> None:
    """`getＩｔｅｍｓ` and `getItems` are two methods; `ｌｉｍｉｔ` and `limit` are two parameters,
    each sent under its own name."""
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json={"foo": 1} if request.url.path == "/items" else {"wide": True})

    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        client = package.NfkcClient(BASE, http_client=http)
        assert client.get_items(limit=1, limit2=2).foo == 1
        assert client.get_items2().wide is True
    assert [(r.url.path, dict(r.url.params)) for r in requests] == [
        ("/items", {"ｌｉｍｉｔ": "1", "limit": "2"}),
        ("/items2", {}),
    ]


def test_an_api_client_named_like_the_facade_keeps_its_own_class(generated: Path) -> None:
    """Package `nfkc_client` makes the facade `NfkcClient`, the document `nfkc` its API class `NfkcClient`."""
    code = (
        f"import {PACKAGE} as p\n"
        f"facade = p.NfkcClient(base_urls={{'nfkc': {BASE!r}}})\n"
        "print(type(facade.nfkc).__module__, type(facade).__module__, 'NfkcClient' in p.__all__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], cwd=generated, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [f"{PACKAGE}.nfkc.client", PACKAGE, "True"]
