"""Bad input of any shape ends in a located error and exit 1 from `validate` and `generate` alike, and
whatever `validate` accepts, `generate` generates (issue #8, item 8).

Each broken document marks its offending line with `# <-`; the diagnostic must name that line.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from subprocess import CompletedProcess
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import run_mpgen

HEAD = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"
OP = "paths:\n  /a:\n    get:\n      operationId: getA\n"

# name -> (file text, rule); YAML unless the name ends in .json.
BROKEN: dict[str, tuple[str, str]] = {
    "components-list.yaml": (HEAD + "paths: {}\ncomponents: [a, b]  # <-\n", "oas-schema"),
    "components-string.yaml": (HEAD + "paths: {}\ncomponents: schemas  # <-\n", "oas-schema"),
    # a component hoisted from another file while `components` is not a mapping
    "components-list-hoist.yaml": (
        HEAD + OP + "      responses:\n        '200':\n          description: ok\n"
        "          content:\n            application/json:\n              schema: {$ref: 'frag.yaml#/Pet'}\n"
        "components: [a]  # <-\n",
        "oas-schema",
    ),
    "paths-list.yaml": (HEAD + "paths: [a]  # <-\n", "oas-schema"),
    "info-list.yaml": ("openapi: 3.1.0\ninfo: [t]  # <-\npaths: {}\n", "oas-schema"),
    "servers-string.yaml": (HEAD + "paths: {}\nservers: https://x  # <-\n", "oas-schema"),
    "tags-mapping.yaml": (HEAD + "paths: {}\ntags: {a: b}  # <-\n", "oas-schema"),
    "security-string.yaml": (HEAD + "paths: {}\nsecurity: bearer  # <-\n", "oas-schema"),
    "webhooks-list.yaml": (HEAD + "webhooks: [a]  # <-\n", "oas-schema"),
    "path-item-list.yaml": (HEAD + "paths:\n  /a: [get]  # <-\n", "oas-schema"),
    "operation-string.yaml": (HEAD + "paths:\n  /a:\n    get: list  # <-\n", "oas-schema"),
    "parameters-mapping.yaml": (
        HEAD + OP + "      parameters: {a: 1}  # <-\n      responses: {'200': {description: ok}}\n",
        "oas-schema",
    ),
    "parameter-string.yaml": (
        HEAD + OP + "      parameters: [q]  # <-\n      responses: {'200': {description: ok}}\n",
        "oas-schema",
    ),
    "responses-list.yaml": (HEAD + OP + "      responses: [ok]  # <-\n", "oas-schema"),
    "response-string.yaml": (HEAD + OP + "      responses:\n        '200': ok  # <-\n", "oas-schema"),
    "content-list.yaml": (
        HEAD + OP + "      responses:\n        '200':\n          description: ok\n          content: [json]  # <-\n",
        "oas-schema",
    ),
    "headers-list.yaml": (
        HEAD + OP + "      responses:\n        '200':\n          description: ok\n          headers: [X]  # <-\n",
        "oas-schema",
    ),
    "request-body-list.yaml": (
        HEAD + OP + "      requestBody: [x]  # <-\n      responses: {'200': {description: ok}}\n",
        "oas-schema",
    ),
    "schemas-list.yaml": (HEAD + "paths: {}\ncomponents:\n  schemas: [A]  # <-\n", "oas-schema"),
    "schema-string.yaml": (HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: object  # <-\n", "oas-schema"),
    "properties-list.yaml": (
        HEAD + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties: [a]  # <-\n",
        "oas-schema",
    ),
    "items-list-31.yaml": (
        HEAD + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: array\n      items: [a]  # <-\n",
        "oas-schema",
    ),
    "required-string.yaml": (
        HEAD + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      required: a  # <-\n",
        "oas-schema",
    ),
    "type-unknown.yaml": (
        HEAD + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: strin  # <-\n",
        "oas-schema",
    ),
    "security-schemes-list.yaml": (
        HEAD + "paths: {}\ncomponents:\n  securitySchemes: [bearer]  # <-\n",
        "oas-schema",
    ),
    "server-variables-list.yaml": (
        HEAD + "paths: {}\nservers:\n  - url: https://x\n    variables: [v]  # <-\n",
        "oas-schema",
    ),
    # a local reference whose target is not the kind of object the reference stands for
    "header-ref-to-string.yaml": (
        "openapi: 3.1.0\ninfo:\n  title: t  # <-\n  version: '1'\n" + OP + "      responses:\n        '200':\n"
        "          description: ok\n          headers:\n            X: {$ref: '#/info/title'}\n",
        "oas-schema",
    ),
    "schema-ref-to-extension.yaml": (
        HEAD + "paths: {}\nx-defs:\n  A:\n    properties: [a]  # <-\ncomponents:\n  schemas:\n"
        "    A: {$ref: '#/x-defs/A'}\n",
        "oas-schema",
    ),
    "schema-ref-cycle.yaml": (
        HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n"
        "    B: {$ref: '#/components/schemas/A'}  # <-\n",
        "ref-cycle",
    ),
    "schema-ref-self.yaml": (
        HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/A'}  # <-\n",
        "ref-cycle",
    ),
    # the generated models compile every pattern when imported
    "pattern-invalid.yaml": (
        HEAD + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: string\n      pattern: '(['  # <-\n",
        "pattern-invalid",
    ),
    "pattern-properties-invalid.yaml": (
        HEAD + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      patternProperties:\n"
        "        '[a-': {type: string}  # <-\n",
        "pattern-invalid",
    ),
    # characters
    "nul-value.yaml": (
        HEAD + OP + '      summary: "a\\0b"  # <-\n      responses: {"200": {description: ok}}\n',
        "forbidden-character",
    ),
    "nul-key.yaml": (
        HEAD + 'paths:\n  "/a\\x00":  # <-\n    get:\n      responses: {"200": {description: ok}}\n',
        "forbidden-character",
    ),
    "not-json-number.yaml": (
        HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {type: number, maximum: .inf}  # <-\n",
        "not-json-value",
    ),
}

JSON_BROKEN: dict[str, tuple[str, str, int]] = {
    # name -> (text, rule, line)
    "surrogate-value.json": (
        '{"openapi": "3.1.0",\n "info": {"title": "t", "version": "1"},\n "paths": {},\n "x-a": "\\ud800"\n}',
        "forbidden-character",
        4,
    ),
    "surrogate-key.json": (
        '{"openapi": "3.1.0",\n "info": {"title": "t", "version": "1"},\n "paths": {"/\\udc00": {}}\n}',
        "forbidden-character",
        3,
    ),
    "nul-value.json": (
        '{"openapi": "3.1.0",\n "info": {"title": "t\\u0000", "version": "1"},\n "paths": {}\n}',
        "forbidden-character",
        2,
    ),
    "nul-key.json": (
        '{"openapi": "3.1.0",\n "info": {"title": "t", "version": "1"},\n "paths": {},\n "x-\\u0000": 1\n}',
        "forbidden-character",
        4,
    ),
    # JSON allows these raw inside strings; YAML (which locates JSON nodes) refuses them or breaks lines
    "raw-controls-then-error.json": (
        '{"openapi": "3.1.0",\n "info": {"title": "t\x7f\x85\u2028\ufffe", "version": "1"},\n "paths": [1]\n}',
        "oas-schema",
        3,
    ),
    "nan.json": (
        '{"openapi": "3.1.0",\n "info": {"title": "t", "version": "1"},\n "paths": {},\n "x-a": NaN\n}',
        "json-syntax",
        4,
    ),
}


def _deep_control_character() -> str:
    """Deep enough that the nesting is measured event by event, with a raw control character after it."""
    return HEAD + "paths: {}\nx-b: " + "[" * 200 + "]" * 200 + "\nx-d: |\n" + " " * 100 + 't\nx-a: "\x01"  # <-\n'


BROKEN["control-character-deep.yaml"] = (_deep_control_character(), "yaml-syntax")
BROKEN["control-character.yaml"] = (HEAD + OP + '      summary: "x\x02"  # <-\n', "yaml-syntax")

FRAGMENT = "Pet:\n  type: object\n  properties:\n    name: {type: string}\n"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every broken document, and a fragment one of them refers to, in one folder."""
    out = tmp_path_factory.mktemp("broken")
    (out / "frag.yaml").write_text(FRAGMENT, encoding="utf-8")
    for name, (text, _rule) in BROKEN.items():
        (out / name).write_text(text, encoding="utf-8")
    for name, (text, _rule, _line) in JSON_BROKEN.items():
        (out / name).write_text(text, encoding="utf-8")
    return out


def _expected(name: str) -> tuple[str, int]:
    """(rule, offending line) of a broken document."""
    if name in JSON_BROKEN:
        _text, rule, line = JSON_BROKEN[name]
        return rule, line
    text, rule = BROKEN[name]
    return rule, next(i for i, row in enumerate(text.splitlines(), 1) if row.endswith("# <-"))


def _check(result: CompletedProcess[str], name: str) -> None:
    rule, line = _expected(name)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    assert result.returncode == 1, result.stdout + result.stderr
    wanted = re.compile(rf"{re.escape(name)}:{line}:\d+: error \[{re.escape(rule)}\] ")
    assert any(wanted.match(row) for row in result.stdout.splitlines()), (
        f"expected {name}:{line}:…: error [{rule}] in:\n{result.stdout}"
    )


@pytest.mark.parametrize("name", [*BROKEN, *JSON_BROKEN])
def test_validate_reports_a_located_error(name: str, folder: Path) -> None:
    _check(run_mpgen("validate", name, cwd=folder), name)


def test_generate_reports_the_same_located_errors_and_writes_nothing(folder: Path) -> None:
    names = [*BROKEN, *JSON_BROKEN]
    result = run_mpgen("generate", *names, "--out", "out", "--package", "broken", cwd=folder)
    assert "nothing was written" in result.stderr, result.stdout + result.stderr
    for name in names:
        _check(result, name)
    assert not (folder / "out" / "broken").exists()


# --- what validate accepts, generate generates -------------------------------------------------

CONTROL = "".join(chr(c) for c in [*range(1, 32), *range(0x7F, 0xA0)]) + "\u2028\u2029\ufeff\ufffe"


def _odd_but_valid() -> dict[str, dict[str, Any]]:
    """Legal documents in shapes the generator must cope with."""
    text = "a" + CONTROL + "z"
    base: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": text, "version": text, "description": text}}
    controls = copy.deepcopy(base)
    controls["servers"] = [{"url": "https://x.test/" + text.replace("\n", ""), "description": text}]
    controls["tags"] = [{"name": text, "description": text}]
    controls["paths"] = {
        "/a" + text.replace("/", ""): {
            "get": {
                "operationId": text,
                "summary": text,
                "description": text,
                "tags": [text],
                "parameters": [{"name": text, "in": "query", "description": text, "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": text,
                        "headers": {text: {"description": text, "schema": {"type": "string"}}},
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "title": text,
                                    "properties": {text: {"type": "string", "enum": [text, "b"], "description": text}},
                                }
                            }
                        },
                    }
                },
            }
        }
    }
    controls["components"] = {
        "schemas": {
            "Odd": {
                "type": "object",
                "description": text,
                "properties": {text: {"type": "string", "default": text, "pattern": "^a", "example": text}},
            }
        }
    }
    shapes = copy.deepcopy(base)
    shapes["info"] = {"title": "shapes", "version": "1"}
    shapes["paths"] = {}
    shapes["components"] = {
        "schemas": {
            "Yes": True,
            "No": False,
            "Empty": {},
            "Multi": {"type": ["string", "integer", "null"]},
            "Tuple": {"type": "array", "prefixItems": [{"type": "string"}], "items": False},
            "Const": {"const": {"a": [1, None]}},
            "EnumMixed": {"enum": [1, "a", None, True, 1.5]},
            "Cond": {"if": {"type": "string"}, "then": {"minLength": 1}, "else": {"type": "integer"}},
            "Pattern": {"type": "object", "patternProperties": {"^x": {"type": "string"}}},
            "Defs": {"$defs": {"Inner": {"type": "string"}}, "$ref": "#/components/schemas/Defs/$defs/Inner"},
            "Names": {
                "type": "object",
                "properties": {"": {"type": "string"}, "1": {}, "a b": {}, "__init__": {}, "$ref": {"type": "string"}},
                "required": ["", "missing"],
            },
            "Chain": {"$ref": "#/components/schemas/Empty"},
        }
    }
    return {"controls.json": controls, "shapes.json": shapes}


def test_validate_clean_means_generate_succeeds(tmp_path: Path) -> None:
    documents = _odd_but_valid()
    for name, document in documents.items():
        (tmp_path / name).write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        validated = run_mpgen("validate", name, cwd=tmp_path)
        assert validated.returncode == 0, validated.stdout + validated.stderr
    generated = run_mpgen("generate", *documents, "--out", "out", "--package", "odd", cwd=tmp_path)
    assert generated.returncode == 0, generated.stdout + generated.stderr
    modules = [f"odd.{Path(name).stem}.{part}" for name in documents for part in ("models", "client")]
    imported = subprocess.run(
        [sys.executable, "-W", "error", "-c", f"import {', '.join(modules)}"],
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr


# --- the class: any node of any type anywhere ---------------------------------------------------

RICH = {
    "openapi": "3.1.0",
    "info": {"title": "rich", "version": "1.0.0", "description": "d"},
    "servers": [{"url": "https://{region}.x.test", "variables": {"region": {"default": "jp", "enum": ["jp"]}}}],
    "tags": [{"name": "t", "description": "d"}],
    "security": [{"bearer": []}],
    "paths": {
        "/items/{id}": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {
                "operationId": "getItem",
                "tags": ["t"],
                "parameters": [{"$ref": "#/components/parameters/Page"}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "headers": {"X-Rate": {"$ref": "#/components/headers/Rate"}},
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Item"},
                                "examples": {"one": {"$ref": "#/components/examples/One"}},
                            }
                        },
                    },
                    "404": {"$ref": "#/components/responses/NotFound"},
                },
            },
            "put": {
                "operationId": "putItem",
                "requestBody": {"$ref": "#/components/requestBodies/Item"},
                "responses": {"204": {"description": "done"}},
                "callbacks": {
                    "done": {"{$request.body#/url}": {"post": {"responses": {"200": {"description": "ok"}}}}}
                },
            },
        }
    },
    "webhooks": {"changed": {"post": {"requestBody": {"content": {"application/json": {"schema": {}}}}}}},
    "components": {
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string", "example": "a"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "kind": {"type": "string", "enum": ["a", "b"], "default": "a"},
                    "child": {"$ref": "#/components/schemas/Item"},
                    "any": {"oneOf": [{"type": "integer"}, {"$ref": "#/components/schemas/Item"}]},
                },
            }
        },
        "parameters": {"Page": {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}}},
        "headers": {"Rate": {"schema": {"type": "integer"}}},
        "examples": {"One": {"value": {"id": "a"}}},
        "responses": {"NotFound": {"description": "missing"}},
        "requestBodies": {
            "Item": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}},
            }
        },
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
    },
}


def _pointers(node: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _pointers(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _pointers(value, (*prefix, str(i)))
    return out


POINTERS = [p for p in _pointers(RICH) if p]
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=5), inner, max_size=2),
    max_leaves=4,
)


def _replace(document: dict[str, Any], pointer: tuple[str, ...], value: Any) -> dict[str, Any]:
    out = copy.deepcopy(document)
    node: Any = out
    for part in pointer[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    last = pointer[-1]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(POINTERS), JSON_VALUES)
@example(("components",), [1])  # found crashing: not a mapping while another file is hoisted into it
@example(("components", "examples"), True)
@example(("components", "schemas", "Item", "properties"), ["id"])
@example(("components", "headers", "Rate"), {"$ref": "#/info/title"})
@example(
    ("components", "schemas", "Item", "properties", "child"), {"$ref": "#/components/schemas/Item/properties/child"}
)
def test_any_node_replaced_by_any_value_is_a_diagnostic_or_describable(
    tmp_path: Path, pointer: tuple[str, ...], value: Any
) -> None:
    """In process (fast): validation never raises, and a document it accepts has a model and a client."""
    from generator.apimodel.describe import describe_api  # noqa: PLC0415
    from generator.codegen.client import render_api  # noqa: PLC0415
    from generator.codegen.models import models_input  # noqa: PLC0415
    from generator.documents.bundler import Workspace  # noqa: PLC0415
    from generator.documents.pipeline import check_document  # noqa: PLC0415

    path = tmp_path / "mutant.json"
    path.write_text(json.dumps(_replace(RICH, pointer, value)), encoding="utf-8")
    checked = check_document(Workspace(tmp_path), path, house=False)
    if not checked.ok:
        assert any(d.is_error for d in checked.diagnostics)
        return
    assert checked.bundle is not None
    models_input(checked.bundle.data)
    render_api(describe_api(checked.bundle.data, "mutant", with_fields=True))


def test_a_local_reference_into_a_list_is_followed(tmp_path: Path) -> None:
    """`#/paths/~1a/get/parameters/0` (real specs reuse another operation's parameter): not dropped."""
    from generator.apimodel.describe import describe_api  # noqa: PLC0415
    from generator.documents.bundler import Workspace  # noqa: PLC0415
    from generator.documents.pipeline import check_document  # noqa: PLC0415

    path = tmp_path / "api.yaml"
    path.write_text(
        HEAD + "paths:\n  /a:\n    get:\n      operationId: getA\n      parameters:\n"
        "        - {name: q, in: query, schema: {type: string}}\n      responses: {'200': {description: ok}}\n"
        "  /b:\n    get:\n      operationId: getB\n      parameters:\n"
        "        - $ref: '#/paths/~1a/get/parameters/0'\n      responses: {'200': {description: ok}}\n",
        encoding="utf-8",
    )
    checked = check_document(Workspace(tmp_path), path, house=False)
    assert checked.ok and checked.bundle is not None, checked.diagnostics
    api = describe_api(checked.bundle.data, "api")
    assert [[p.name for p in op.parameters] for op in api.operations] == [["q"], ["q"]]


def test_diagnostics_never_print_control_characters(tmp_path: Path) -> None:
    """A file name or a spec key with ESC, CR, a bidi override or an odd space must not steer or fool the reader's
    terminal: every diagnostic is one line of visible characters, the invisible ones written as escapes."""
    name = "spec\x1b]0;pwned\x07\u202e\u00a0\u2003\u3000.yaml"
    (tmp_path / name).write_text(
        'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths:\n  "/a\\e[2J\\rb":\n    get:\n'
        "      responses:\n        '200': {$ref: '#/components/responses/N\\e[31m'}\n",
        encoding="utf-8",
    )
    for command in ("validate", "generate"):
        argv = [command, name] + (["--out", "out", "--package", "p"] if command == "generate" else [])
        result = run_mpgen(*argv, cwd=tmp_path)
        assert result.returncode == 1, result.stderr
        text = result.stdout + result.stderr
        # A no-break or an em space reads as a plain one (found by `make fuzz`): escaped too. Japanese text keeps
        # its ideographic space.
        assert "spec\\x1b]0;pwned\\x07\\u202e\\xa0\\u2003\u3000.yaml:7:" in text, text
        assert not [c for c in text if c not in "\n\u3000" and not c.isprintable()], repr(text)


@pytest.mark.parametrize("key", ["Grosse", "Größe", "名前"])
def test_openapi_30_components_are_checked_whatever_their_key(tmp_path: Path, key: str) -> None:
    """OpenAPI 3.0's schema checks components only under keys matching its name pattern; ours checks all."""
    (tmp_path / "api.yaml").write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
        f"components:\n  schemas:\n    {key}:\n      type: object\n      properties: [a]\n",
        encoding="utf-8",
    )
    result = run_mpgen("validate", "api.yaml", cwd=tmp_path)
    assert result.returncode == 1, result.stdout
    assert f"api.yaml:6:5: error [oas-schema] components > schemas > {key}:" in result.stdout, result.stdout


def test_schemas_extending_each_other_in_a_circle_are_a_located_finding(tmp_path: Path) -> None:
    """validate says what generate would refuse (the models cannot inherit from each other): one finding a
    cycle, at the reference that closes it, while a long legal chain of parents is fine."""
    chain = "".join(f"    P{i}:\n      allOf: [{{$ref: '#/components/schemas/P{i + 1}'}}]\n" for i in range(3000))
    (tmp_path / "api.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    A:\n      allOf: [{$ref: '#/components/schemas/B'}]\n      example: {a: 1}\n"
        "    B:\n      allOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/P0'}]\n"
        "    Self:\n      allOf: [{$ref: '#/components/schemas/Self'}]\n"
        f"{chain}    P3000: {{type: object}}\n",
        encoding="utf-8",
    )
    for argv in (["validate", "api.yaml"], ["generate", "api.yaml", "--out", "out", "--package", "p"]):
        result = run_mpgen(*argv, cwd=tmp_path)
        assert result.returncode == 1, result.stderr
        found = [line for line in result.stdout.splitlines() if "[allof-cycle]" in line]
        tail = ": these schemas extend each other through allOf in a circle"
        assert found == [
            "api.yaml:10:16: error [allof-cycle] A → B → A" + tail,
            "api.yaml:12:16: error [allof-cycle] Self → Self" + tail,
        ], result.stdout
    assert not (tmp_path / "out").exists()


def test_what_the_model_generator_cannot_nest_is_located_at_the_schema(tmp_path: Path) -> None:
    """Schemas too deep for the model generator (its recursion limit, or our cap on `$ref` chains) are
    reported where the schema is written, not at the top of the file."""
    deep = "{type: string}"
    for _ in range(200):
        deep = f"{{type: array, items: {deep}}}"
    chain = "".join(f"    S{i}: {{$ref: '#/components/schemas/S{i + 1}'}}\n" for i in range(1_200))
    head = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
    (tmp_path / "deep.yaml").write_text(f"{head}    Fine: {{type: object}}\n    Deep: {deep}\n", encoding="utf-8")
    (tmp_path / "chain.yaml").write_text(f"{head}    Fine: {{type: object}}\n{chain}    S1200: {{}}\n", "utf-8")
    result = run_mpgen("generate", "deep.yaml", "--out", "out", "--package", "p", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    column = len("    Deep: ") + len("{type: array, items: ") * 199 + len("{type: array, ") + 1  # the last `items`
    assert f"deep.yaml:7:{column}: error [models-failed]" in result.stdout, result.stdout
    assert "(the deepest schema nests 200 levels)" in result.stdout
    result = run_mpgen("generate", "chain.yaml", "--out", "out", "--package", "p", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "chain.yaml:7:5: error [models-too-deep] components/schemas/S0 begins a chain" in result.stdout
    assert not (tmp_path / "out").exists()


def test_circles_through_nested_allof_and_aliases_are_found_too(tmp_path: Path) -> None:
    """A schema extending itself from inside an inline allOf part, through a schema that is only a `$ref`, or
    from a member of its own union passed validate and then failed generate (the model generator's inheritance
    cycle or recursion). Found by a random document explorer. A circle of aliases alone stays a ref-cycle;
    extending one parent twice, a union member extending another schema and `allOf: [$ref Self]` alone as a
    member (Self itself) are fine."""
    nested = "{allOf: [{type: string}, {allOf: [{type: [string, 'null']}, {$ref: '#/components/schemas/Nested'}]}]}"
    op = "{type: object, properties: {op: {type: string}}}"
    (tmp_path / "api.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        f"    Nested: {nested}\n"
        "    Via: {allOf: [{$ref: '#/components/schemas/Alias'}]}\n"
        "    Alias: {$ref: '#/components/schemas/Via'}\n"
        "    Loop1: {$ref: '#/components/schemas/Loop2'}\n"
        "    Loop2: {$ref: '#/components/schemas/Loop1'}\n"
        "    Fine: {allOf: [{$ref: '#/components/schemas/Base'}, {allOf: [{$ref: '#/components/schemas/Base'}]}]}\n"
        "    Base: {type: object, properties: {a: {type: string}}}\n"
        f"    Expr: {{oneOf: [{{allOf: [{{$ref: '#/components/schemas/Expr'}}, {op}]}}, {{type: string}}]}}\n"
        f"    Plus: {{oneOf: [{{allOf: [{{$ref: '#/components/schemas/Base'}}, {op}]}}, {{type: string}}]}}\n"
        "    Same: {anyOf: [{allOf: [{$ref: '#/components/schemas/Same'}]}, {type: integer}]}\n",
        encoding="utf-8",
    )
    tail = ": these schemas extend each other through allOf in a circle"
    for argv in (["validate", "api.yaml"], ["generate", "api.yaml", "--out", "out", "--package", "p"]):
        result = run_mpgen(*argv, cwd=tmp_path)
        assert result.returncode == 1, result.stderr
        found = [line for line in result.stdout.splitlines() if "[allof-cycle]" in line]
        column = len("    Nested: ") + nested.index("$ref: '#/components/schemas/Nested'") + 1  # the `$ref` closing it
        assert found == [
            f"api.yaml:6:{column}: error [allof-cycle] Nested → Nested" + tail,
            "api.yaml:7:20: error [allof-cycle] Alias → Via → Alias" + tail,
            "api.yaml:13:30: error [allof-cycle] Expr → Expr" + tail,  # a union member extending the union
        ], result.stdout
        assert result.stdout.count("[ref-cycle]") == 2 and "models-failed" not in result.stdout
    assert not (tmp_path / "out").exists()
