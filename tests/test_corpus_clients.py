"""The client contract on documents we did not write: the public corpus and tests/corpus/legal.

Every path operation of every document is called sync and async, plainly and through `with_raw_response`,
with arguments and answers made from its own types; the server adds a property to every object and an
unknown value to every enum. Credentials follow each operation's `security`.
"""

from __future__ import annotations

import asyncio
import datetime
import enum
import importlib
import inspect
import json
import sys
import types
import typing
import uuid
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pydantic
import pytest
import typing_extensions

from generator.naming import snake_case
from tests.conftest import CORPUS, ROOT, run_mpgen

LEGAL = ROOT / "tests" / "corpus" / "legal"
LEGAL_DOCUMENTS = [
    "recursion.yaml",
    "reserved_words.yaml",
    "japanese.yaml",
    "japanese_keys_30.yaml",
    "nullable_30.yaml",
    "composition.yaml",
    "discriminator_files.yaml",
    "nonstandard_refs.yaml",
    "tabs.json",
    "bom.yaml",
    "split3/api/split_three_folders.yaml",
    "split_maps/split_maps.yaml",
]
CASES = {
    "public": (CORPUS, sorted(p.name for p in CORPUS.glob("*.yaml")), "corpus_public_client"),
    "legal": (LEGAL, LEGAL_DOCUMENTS, "corpus_legal_client"),
}
BASE = "https://api.example.test/v1"
ADDED = "addedByTheServer"
TOKEN = "corpus-token"


@pytest.fixture(scope="module", params=sorted(CASES))
def corpus(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[ModuleType, dict[str, Any]]]:
    """(the generated package, slug -> bundled document) of one corpus."""
    folder, documents, package = CASES[request.param]
    out = tmp_path_factory.mktemp(request.param)
    result = run_mpgen("generate", *documents, "--out", str(out / "client"), "--package", package, cwd=folder)
    assert result.returncode == 0, result.stdout + result.stderr
    bundled = run_mpgen("bundle", *documents, "--out", str(out / "bundles"), cwd=folder)
    assert bundled.returncode == 0, bundled.stdout + bundled.stderr
    found = [p for p in (out / "bundles").glob("*.json") if not p.name.startswith(".")]  # mpgen bookkeeping
    bundles = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in found}
    sys.path.insert(0, str(out / "client"))
    try:
        yield importlib.import_module(package), bundles
    finally:
        sys.path.remove(str(out / "client"))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


# --------------------------------------------------------------------------- values made from types


def sample(kind: Any, depth: int = 0) -> Any:
    """A JSON value of the type: required fields only, first enum members, one list item."""
    if isinstance(kind, typing_extensions.TypeAliasType):
        return sample(kind.__value__, depth)
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is typing.Annotated:
        return sample(args[0], depth)
    if origin in (typing.Union, types.UnionType):
        for arg in args:
            if arg is not type(None):
                value = sample(arg, depth)
                try:
                    pydantic.TypeAdapter(kind).validate_python(value)
                except pydantic.ValidationError:
                    continue
                return value
        return None
    if origin is typing.Literal:
        return args[0].value if isinstance(args[0], enum.Enum) else args[0]
    if origin is list:
        return [] if depth > 3 else [sample(args[0], depth + 1)]
    if origin is dict:
        return {}
    if isinstance(kind, type):
        if issubclass(kind, pydantic.BaseModel):
            return {
                (info.alias or name): sample(info.annotation, depth + 1)
                for name, info in kind.model_fields.items()
                if info.is_required()
            }
        if issubclass(kind, enum.Enum):
            return next(iter(kind)).value
        simple: dict[Any, Any] = {
            bool: True,
            int: 1,
            float: 1.5,
            str: "x",
            bytes: "x",
            datetime.datetime: "2026-01-02T03:04:05+09:00",
            pydantic.AwareDatetime: "2026-01-02T03:04:05+09:00",
            datetime.date: "2026-01-02",
            uuid.UUID: str(uuid.UUID(int=1)),
        }
        if kind in simple:
            return simple[kind]
    return "x"


def grow(value: Any, data: Any) -> Any:
    """data (the JSON of value) with a new property in every model object and a new value in every enum."""
    if isinstance(value, pydantic.BaseModel) and isinstance(data, dict):
        out = dict(data)
        for name, info in type(value).model_fields.items():
            key = info.alias or name
            if key in out:
                out[key] = grow(getattr(value, name), out[key])
        out[ADDED] = 1
        return out
    if isinstance(value, enum.Enum) and isinstance(value.value, (str, int)) and not isinstance(value.value, bool):
        return "added_value" if isinstance(value.value, str) else 9876
    if isinstance(value, list) and isinstance(data, list):
        return [grow(v, d) for v, d in zip(value, data, strict=True)]
    return data


def kept(result: Any) -> bool:
    """Every model in the result kept the added property."""
    if isinstance(result, pydantic.BaseModel):
        return (result.model_extra or {}).get(ADDED) == 1 and all(
            kept(getattr(result, n)) for n in type(result).model_fields
        )
    if isinstance(result, list):
        return all(kept(item) for item in result)
    return True


# --------------------------------------------------------------------------- operations


def _wants_token(document: dict[str, Any], operation: dict[str, Any]) -> bool:
    if "security" not in operation and "security" not in document:
        return True
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    for requirement in operation.get("security", document.get("security")) or []:
        for name in requirement:
            if (schemes.get(name) or {}).get("type") != "mutualTLS":
                return True
    return False


def _operations(document: dict[str, Any]) -> list[dict[str, Any]]:
    methods = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
    return [item[m] for item in (document.get("paths") or {}).values() for m in methods if m in item]


def _client_classes(package: ModuleType, slug: str) -> tuple[type[Any], type[Any]]:
    module = importlib.import_module(f"{package.__name__}.{snake_case(slug)}.client")
    names = [n for n in module.__all__ if n.endswith("Client") and not n.startswith("Async")]
    (name,) = names
    return getattr(module, name), getattr(module, "Async" + name)


def _arguments(method: Any) -> tuple[list[Any], dict[str, Any]]:
    hints = typing.get_type_hints(method)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(method).parameters.items():
        if name == "self" or param.default is not inspect.Parameter.empty:
            continue
        value = pydantic.TypeAdapter(hints[name]).validate_python(sample(hints[name]))
        if param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            args.append(value)
        else:
            kwargs[name] = value
    return args, kwargs


def _status(operation: dict[str, Any]) -> int:
    """The first documented success status (2XX and default as 200)."""
    for first in ("2", "3"):
        for status in operation.get("responses") or {}:
            if str(status).startswith(first):
                return int(str(status).upper().replace("XX", "00"))
    return 200


def _handler(method: Any, status: int, seen: list[httpx.Request]) -> Any:
    """The server: the return type's sample as JSON, grown by a property and an enum value."""
    kind = typing.get_type_hints(method)["return"]
    if 300 <= status < 400:
        response = httpx.Response(status, headers={"Location": "https://example.test/next"})
    elif kind is type(None):
        response = httpx.Response(status)
    elif kind is bytes:
        response = httpx.Response(status, content=b"x")
    else:
        data = sample(kind)
        response = httpx.Response(status, json=grow(pydantic.TypeAdapter(kind).validate_python(data), data))

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(response.status_code, headers=response.headers, content=response.content)

    return handler


def _calls(package: ModuleType, bundles: dict[str, Any]) -> Iterator[tuple[str, str, Any, Any, dict[str, Any]]]:
    """(slug, method name, sync class, async class, operation) of every path operation."""
    for slug, document in sorted(bundles.items()):
        sync_class, async_class = _client_classes(package, slug)
        public = [n for n in vars(sync_class) if not n.startswith(("_", "parse_")) and n != "with_raw_response"]
        operations = _operations(document)
        assert len(public) == len(operations), (slug, public)
        for name, operation in zip(public, operations, strict=True):
            yield slug, name, sync_class, async_class, operation


def _sync_calls(cls: type[Any], handler: Any, auth: httpx.Auth, name: str, args: list[Any], kwargs: Any) -> Any:
    """(the method's result, its raw response) through a sync client."""
    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        client = cls(BASE, http_client=http, auth=auth)
        return getattr(client, name)(*args, **kwargs), getattr(client.with_raw_response, name)(*args, **kwargs)


async def _async_calls(cls: type[Any], handler: Any, auth: httpx.Auth, name: str, args: list[Any], kwargs: Any) -> Any:
    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        client = cls(BASE, http_client=http, auth=auth)
        first = await getattr(client, name)(*args, **kwargs)
        return first, await getattr(client.with_raw_response, name)(*args, **kwargs)


def test_every_operation_sync_async_plain_and_raw(corpus: tuple[ModuleType, dict[str, Any]]) -> None:
    package, bundles = corpus
    checked = 0
    auth = package.BearerTokenAuth(lambda: TOKEN)
    for slug, name, sync_class, async_class, operation in _calls(package, bundles):
        args, kwargs = _arguments(getattr(sync_class, name))
        seen: list[httpx.Request] = []
        handler = _handler(getattr(sync_class, name), _status(operation), seen)
        plain, raw = _sync_calls(sync_class, handler, auth, name, args, kwargs)
        async_plain, async_raw = asyncio.run(_async_calls(async_class, handler, auth, name, args, kwargs))
        for result in (plain, raw.parse(), async_plain, async_raw.parse()):
            assert result == plain and kept(result), f"{slug}.{name}"
        assert raw.status_code == async_raw.status_code == _status(operation)
        wants = _wants_token(bundles[slug], operation)
        for request in seen:
            assert (request.headers.get("Authorization") == f"Bearer {TOKEN}") == wants, f"{slug}.{name}"
        checked += 1
    assert checked >= 10
