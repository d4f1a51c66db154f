"""Fixtures for the generated-client tests: the built package on sys.path, the catalogue, the bundled
documents, and a helper that turns one documented operation into a concrete client call.

Everything here reads the *bundled* documents under build/specs, never the generator's own model, so the
tests check the generated client against what the OpenAPI documents say.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import keyword
import re
import subprocess
import sys
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pydantic
import pytest
import yaml

from generator.apimodel.describe import is_json, pick_media  # the server answers in the media type the client picks

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build"
CLIENT_DIR = BUILD / "client"
BUNDLES = BUILD / "specs"
CATALOG = ROOT / "specs" / "catalog.yaml"
PACKAGE = "mynaportal_client"
FACADE = "MynaPortalClient"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MISSING: Any = object()  # "no example": distinct from a documented null


# --------------------------------------------------------------------------- build and documents


@functools.cache
def ensure_build() -> None:
    """Run `mpgen build` once when build/client or build/specs is missing."""
    if (CLIENT_DIR / PACKAGE / "__init__.py").is_file() and (BUNDLES / "index.json").is_file():
        return
    mpgen = ROOT / ".venv" / "bin" / "mpgen"
    argv = [str(mpgen), "build"] if mpgen.is_file() else [sys.executable, "-m", "generator", "build"]
    result = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not (CLIENT_DIR / PACKAGE / "__init__.py").is_file():
        raise RuntimeError(f"`mpgen build` failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")


@functools.cache
def catalog_entries() -> tuple[dict[str, Any], ...]:
    data = yaml.safe_load(CATALOG.read_text(encoding="utf-8"))
    return tuple(sorted(data["apis"], key=lambda e: e["number"]))


def catalog_slugs() -> list[str]:
    return [str(e["slug"]) for e in catalog_entries()]


@functools.cache
def bundle(slug: str) -> dict[str, Any] | None:
    """The bundled JSON document of one API, or None when the build has none."""
    ensure_build()
    path = BUNDLES / f"{slug}.json"
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (bundles hold nothing else)."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        assert ref.startswith("#/"), f"bundles must only hold local references, found {ref!r}"
        target: Any = document
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
        seen += 1
        assert seen < 50, f"reference cycle at {ref}"
    return node


# --------------------------------------------------------------------------- naming contract


_RESERVED = {"self", "cls", "client", "httpx", "typing", "pydantic", "BaseModel", "Field", "RootModel"}


def snake(name: str) -> str:
    """snake_case of an ASCII spec name (operationId, parameter name, slug), as the brief defines it."""
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower() or "unnamed"
    if text[0].isdigit():
        text = "n" + text
    if keyword.iskeyword(text) or keyword.issoftkeyword(text) or text in _RESERVED:
        text += "_"
    return text


# Methods of every generated client class besides the operations: an operation named like one takes a `_`.
_CLIENT_METHODS = {"close", "aclose", "with_raw_response", "list", "dict", "str", "int", "float", "bool", "bytes"}
_CLIENT_METHODS |= {"object", "type"}


def method_name(document: dict[str, Any], slug: str, op_id: str) -> str:
    """The method of an operation: snake_case operationId without the leading words that every operationId of
    the document shares and that abbreviate the slug's words in order (`corpRegListProcedureKinds` in
    corporate-registration is `list_procedure_kinds`); at least one word stays."""
    names = [snake(op.get("operationId") or "") for op in _all_operations(document)]
    split = [n.split("_") for n in names]
    slug_words = [w.lower() for w in re.split(r"[^A-Za-z0-9]+", slug) if w]
    strip, at = 0, 0
    while all(len(parts) > strip + 1 for parts in split) and len({parts[strip] for parts in split}) == 1:
        word = split[0][strip]
        matches = [i for i in range(at, len(slug_words)) if slug_words[i].startswith(word)]
        if not matches:
            break
        strip, at = strip + 1, matches[0] + 1
    name = "_".join(snake(op_id).split("_")[strip:])
    name = snake(name)  # a keyword left alone takes its `_` again
    return name + "_" if name in _CLIENT_METHODS else name


def _all_operations(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        op
        for section in ("paths", "webhooks")
        for item in (document.get(section) or {}).values()
        for method in HTTP_METHODS
        if isinstance(op := resolve(document, item).get(method), dict)
    ]


def pascal(slug: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", slug) if part)


def client_class_name(slug: str) -> str:
    return pascal(slug) + "Client"


# --------------------------------------------------------------------------- operations


@dataclass(eq=False)
class OpCase:
    """One operation (or webhook) of one bundled document; document None: the catalogue entry has no bundle."""

    slug: str
    op_id: str
    section: str = "paths"  # paths | webhooks
    path: str = ""  # path template, or webhook name
    method: str = ""
    operation: dict[str, Any] = field(default_factory=dict)
    item: dict[str, Any] = field(default_factory=dict)
    document: dict[str, Any] | None = None

    @property
    def id(self) -> str:
        return f"{self.slug}:{self.op_id}"

    def require_document(self) -> dict[str, Any]:
        if self.document is None:
            pytest.fail(
                f"catalogue entry {self.slug!r} has no bundled spec (build/specs/{self.slug}.json): "
                f"write specs/{self.slug}.yaml and run `make build`"
            )
        return self.document

    def parameters(self) -> list[dict[str, Any]]:
        """Path-item and operation parameters, resolved, the operation's winning on (name, in)."""
        doc = self.require_document()
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*(self.item.get("parameters") or []), *(self.operation.get("parameters") or [])]:
            param = resolve(doc, raw)
            merged[(param["name"], param["in"])] = param
        return list(merged.values())

    def request_body(self) -> tuple[str, dict[str, Any], dict[str, Any]] | None:
        """(media type, media object, requestBody) of the media type the generated client sends."""
        doc = self.require_document()
        body = resolve(doc, self.operation.get("requestBody"))
        if not isinstance(body, dict):
            return None
        media_type, media = pick_media(body.get("content") or {})
        if media_type is None:
            return None
        return media_type, media, body

    def wants_token(self) -> bool:
        """Whether the client's `auth` applies: the operation's `security` (else the document's) names a scheme
        other than mutualTLS, or says nothing at all. `[]` and the client certificate alone send no token."""
        doc = self.require_document()
        if "security" not in self.operation and "security" not in doc:
            return True
        schemes = (doc.get("components") or {}).get("securitySchemes") or {}
        for requirement in self.operation.get("security", doc.get("security")) or []:
            for name in requirement:
                if resolve(doc, schemes.get(name, {})).get("type") != "mutualTLS":
                    return True
        return False

    def success(self) -> tuple[int, dict[str, Any]]:
        """The first documented 2xx response (else the first 3xx) with its status code."""
        doc = self.require_document()
        responses = self.operation.get("responses") or {}
        for first in ("2", "3"):
            for status, raw in responses.items():
                if str(status).startswith(first):
                    code = int(str(status).upper().replace("XX", "00"))
                    return code, resolve(doc, raw)
        raise AssertionError(f"{self.id} documents no 2xx/3xx response")


def media_example(document: dict[str, Any], media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    examples = media.get("examples")
    if isinstance(examples, dict) and examples:
        first = resolve(document, next(iter(examples.values())))
        if isinstance(first, dict) and "value" in first:
            return first["value"]
    return MISSING


def parameter_example(document: dict[str, Any], param: dict[str, Any]) -> Any:
    found = media_example(document, param)
    if found is not MISSING:
        return found
    schema = resolve(document, param.get("schema"))
    if isinstance(schema, dict):
        if "example" in schema:
            return schema["example"]
        if isinstance(schema.get("examples"), list) and schema["examples"]:
            return schema["examples"][0]
    return MISSING


def operations(slug: str, section: str = "paths") -> list[OpCase]:
    doc = bundle(slug)
    if doc is None:
        return []
    out = []
    for key, raw_item in (doc.get(section) or {}).items():
        item = resolve(doc, raw_item)
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                op_id = str(op.get("operationId") or f"{method} {key}")
                out.append(OpCase(slug, op_id, section, key, method, op, item, doc))
    return out


def has_json_example(case: OpCase) -> bool:
    if case.document is None:
        return False
    _status, response = case.success()
    media_type, media = pick_media(response.get("content") or {})
    return is_json(media_type) and media_example(case.document, media) is not MISSING


def representative(slug: str, accept: Callable[[OpCase], bool] | None = None) -> OpCase:
    """The operation used when one call per API is enough: the first whose 2xx JSON response has an example
    (and that `accept` accepts)."""
    cases = [c for c in operations(slug) if has_json_example(c) and (accept is None or accept(c))]
    if not cases:
        doc = bundle(slug)
        if doc is None:
            OpCase(slug, "<no spec>").require_document()
        pytest.fail(f"{slug}: no path operation has a 2xx JSON response with an example")
    return cases[0]


# --------------------------------------------------------------------------- parametrisation


def _cases_for(fixture: str) -> list[Any]:
    """Parameter sets for the collection-time fixtures below (catalogue order, document order)."""
    ensure_build()
    out: list[Any] = []
    for slug in catalog_slugs():
        if bundle(slug) is None:  # a real failure: every catalogue entry needs a document
            out.append(OpCase(slug, "<no spec>"))
            continue
        if fixture == "path_operation":
            out += operations(slug)
        elif fixture == "multipart_operation":
            out += [c for c in operations(slug) if (c.request_body() or ("",))[0].startswith("multipart/")]
        elif fixture == "webhook_operation":
            out += [c for c in operations(slug, "webhooks") if c.request_body() is not None]
    return out


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "catalog_slug" in metafunc.fixturenames:
        metafunc.parametrize("catalog_slug", catalog_slugs())
    for fixture in ("path_operation", "multipart_operation", "webhook_operation"):
        if fixture in metafunc.fixturenames:
            marks_for: Callable[[str, OpCase], list[Any]] | None = getattr(metafunc.module, "operation_marks", None)
            params = [
                pytest.param(case, id=case.id, marks=marks_for(fixture, case) if marks_for and case.document else ())
                for case in _cases_for(fixture)
            ]
            metafunc.parametrize(fixture, params)


# --------------------------------------------------------------------------- the generated package


@pytest.fixture(scope="session")
def client_package() -> types.ModuleType:
    """The generated `mynaportal_client` package from build/client (built first when missing)."""
    ensure_build()
    path = str(CLIENT_DIR)
    if path in sys.path:
        sys.path.remove(path)
    sys.path.insert(0, path)
    loaded = sys.modules.get(PACKAGE)
    if loaded is not None and not str(getattr(loaded, "__file__", "")).startswith(path):
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]
    importlib.invalidate_caches()
    return importlib.import_module(PACKAGE)


def api_module(package: types.ModuleType, slug: str) -> types.ModuleType:
    return importlib.import_module(f"{package.__name__}.{snake(slug)}.client")


def client_classes(package: types.ModuleType, slug: str) -> tuple[type[Any], type[Any]]:
    module = api_module(package, slug)
    name = client_class_name(slug)
    return getattr(module, name), getattr(module, "Async" + name)


@dataclass
class PreparedCall:
    """One operation turned into a call of the generated client, with what the server must then see."""

    case: OpCase
    sync_class: type[Any]
    async_class: type[Any]
    name: str
    args: list[Any]
    kwargs: dict[str, Any]
    path_values: dict[str, Any]  # path parameter -> documented example
    query: dict[str, tuple[Any, dict[str, Any]]]  # name -> (example, parameter)
    headers: dict[str, Any]  # header name -> example
    body_media: str | None = None
    body_example: Any = MISSING
    body_media_object: dict[str, Any] = field(default_factory=dict)
    status: int = 200
    response: dict[str, Any] = field(default_factory=dict)
    return_type: Any = None

    def invoke(self, client: Any) -> Any:
        return getattr(client, self.name)(*self.args, **self.kwargs)


def _build_value(annotation: Any, example: Any) -> Any:
    """The example as the typed Python value a caller would pass (models, enums, lists of them)."""
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return annotation.model_validate(example)
    return pydantic.TypeAdapter(annotation).validate_python(example)


def prepare(package: types.ModuleType, case: OpCase, *, optional: bool = True) -> PreparedCall:
    """Arguments from the document's own examples: path parameters positional, the rest keyword-only.

    optional=False passes only what the operation requires.
    """
    doc = case.require_document()
    sync_class, async_class = client_classes(package, case.slug)
    name = method_name(doc, case.slug, case.op_id)
    func = getattr(sync_class, name, None)
    assert func is not None, f"{client_class_name(case.slug)} has no method {name!r} for operationId {case.op_id!r}"
    hints = typing.get_type_hints(func)
    signature = inspect.signature(func)
    call = PreparedCall(case, sync_class, async_class, name, [], {}, {}, {}, {})
    positional: dict[str, Any] = {}
    for param in case.parameters():
        py_name = snake(param["name"])
        assert py_name in signature.parameters, (
            f"{name}() has no parameter {py_name!r} for {param['in']} {param['name']!r}"
        )
        kind = signature.parameters[py_name].kind
        if param["in"] == "path":
            assert kind is inspect.Parameter.POSITIONAL_OR_KEYWORD, f"path parameter {py_name} must be positional"
        else:
            assert kind is inspect.Parameter.KEYWORD_ONLY, f"{param['in']} parameter {py_name} must be keyword-only"
        required = bool(param.get("required")) or param["in"] == "path"
        example = parameter_example(doc, param)
        if example is MISSING or (not required and not optional):
            assert not required, f"{case.id}: required {param['in']} parameter {param['name']!r} has no example"
            continue
        value = _build_value(hints[py_name], example)
        if param["in"] == "path":
            positional[py_name] = value
            call.path_values[param["name"]] = example
        elif param["in"] == "query":
            call.kwargs[py_name] = value
            call.query[param["name"]] = (example, param)
        elif param["in"] == "header":
            call.kwargs[py_name] = value
            call.headers[param["name"]] = example
        else:  # cookie parameters: passed, not checked on the wire
            call.kwargs[py_name] = value
    call.args = [positional[p] for p in signature.parameters if p in positional]
    body = case.request_body()
    if body is not None:
        media_type, media, request_body = body
        assert "body" in signature.parameters, f"{name}() has no `body` parameter"
        assert signature.parameters["body"].kind is inspect.Parameter.KEYWORD_ONLY
        example = media_example(doc, media)
        if example is MISSING:
            assert not request_body.get("required"), f"{case.id}: required {media_type} body has no example"
        else:
            structured = is_json(media_type) or "form" in media_type
            if structured:
                value = _build_value(hints["body"], example)
            else:
                value = example.encode() if isinstance(example, str) else bytes(example)
            call.kwargs["body"] = value
            call.body_media, call.body_example, call.body_media_object = media_type, example, media
    assert "timeout" in signature.parameters and signature.parameters["timeout"].kind is inspect.Parameter.KEYWORD_ONLY
    call.status, call.response = case.success()
    call.return_type = hints.get("return")
    return call


@pytest.fixture(scope="session")
def prepare_call(client_package: types.ModuleType) -> Callable[..., PreparedCall]:
    return functools.partial(prepare, client_package)


@pytest.fixture(scope="session")
def catalog() -> tuple[dict[str, Any], ...]:
    return catalog_entries()


@pytest.fixture(scope="session")
def representative_call(prepare_call: Callable[..., PreparedCall]) -> Callable[..., PreparedCall]:
    """(slug, accept=None) -> the prepared call of that API's representative operation."""
    return lambda slug, accept=None: prepare_call(representative(slug, accept))


@pytest.fixture(scope="session")
def all_operations() -> list[OpCase]:
    """Every path operation of every bundled document, catalogue order."""
    return [case for slug in catalog_slugs() for case in operations(slug)]


@pytest.fixture(scope="session")
def spec() -> types.SimpleNamespace:
    """The document helpers above, for the test modules (conftest modules are not imported directly)."""
    return types.SimpleNamespace(
        MISSING=MISSING,
        bundle=bundle,
        catalog_slugs=catalog_slugs,
        client_class_name=client_class_name,
        client_classes=client_classes,
        is_json=is_json,
        media_example=media_example,
        method_name=method_name,
        operations=operations,
        parameter_example=parameter_example,
        pick_media=pick_media,
        representative=representative,
        resolve=resolve,
        snake=snake,
    )
