"""specs/catalog.yaml against the documents it lists, and every example of every bundled document against its
schema (with the `jsonschema` package, Draft 2020-12: independent of the generator's own example check).

The catalogue is the source of truth: an entry without a document is a failure, not a skip. The bundles are
made from specs/ once per session (`mpgen bundle` into a temporary folder), so a stale build/ never hides a change.
"""

from __future__ import annotations

import atexit
import copy
import functools
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import pytest
import referencing
import referencing.jsonschema
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
BUNDLE_URI = "urn:mynaportal:bundle"


@functools.cache
def catalog() -> tuple[dict[str, Any], ...]:
    data = yaml.safe_load((SPECS / "catalog.yaml").read_text(encoding="utf-8"))
    return tuple(data["apis"])


SLUGS = [str(e["slug"]) for e in sorted(catalog(), key=lambda e: e["number"])]


def entry(slug: str) -> dict[str, Any]:
    return next(e for e in catalog() if e["slug"] == slug)


@functools.cache
def document(slug: str) -> dict[str, Any] | None:
    """The source document specs/<slug>.yaml as written (None when missing)."""
    path = SPECS / f"{slug}.yaml"
    if not path.is_file():
        return None
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def require_document(slug: str) -> dict[str, Any]:
    doc = document(slug)
    if doc is None:
        pytest.fail(f"catalogue entry {slug!r} has no document specs/{slug}.yaml")
    return doc


@functools.cache
def bundle_dir() -> Path:
    """Every document of specs/ bundled now (`mpgen bundle`), in a folder that lives for the session."""
    folder = Path(tempfile.mkdtemp(prefix="mpgen-bundles-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    out = folder / "specs"
    documents = sorted(str(p) for p in SPECS.glob("*.yaml") if p.name != "catalog.yaml")
    argv = [sys.executable, "-m", "generator", "bundle", *documents, "--out", str(out)]
    result = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"`mpgen bundle` failed:\n{result.stdout}\n{result.stderr}"
    return out


@functools.cache
def bundled(slug: str) -> dict[str, Any] | None:
    path = bundle_dir() / f"{slug}.json"
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def require_bundle(slug: str) -> dict[str, Any]:
    doc = bundled(slug)
    if doc is None:
        pytest.fail(f"catalogue entry {slug!r} has no bundled spec {slug}.json (did `mpgen bundle` skip it?)")
    return doc


def resolve(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = doc
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def operations(slug: str) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(section, path or webhook name, method, operation) of one API, from the bundled document."""
    return operations_of(require_bundle(slug))


# --------------------------------------------------------------------------- the catalogue itself


def test_catalogue_lists_sixteen_apis_numbered_one_to_sixteen() -> None:
    numbers = [e["number"] for e in catalog()]
    assert len(catalog()) == 16
    assert sorted(numbers) == list(range(1, 17)), numbers
    assert len(set(numbers)) == len(numbers)


def test_catalogue_slugs_are_unique_and_name_the_files() -> None:
    slugs = [e["slug"] for e in catalog()]
    assert [s for s, n in Counter(slugs).items() if n > 1] == []
    for e in catalog():
        assert e.get("file", f"{e['slug']}.yaml") == f"{e['slug']}.yaml", e["slug"]
    for field in ("name", "name_en", "summary", "data"):
        assert all(isinstance(e.get(field), str) and e[field] for e in catalog()), field
    assert len({e["name"] for e in catalog()}) == 16


def test_every_document_is_in_the_catalogue() -> None:
    files = {p.stem for p in SPECS.glob("*.yaml") if p.name != "catalog.yaml"}
    assert files - set(SLUGS) == set(), "documents the catalogue does not list"


def test_catalogue_references_name_catalogue_slugs() -> None:
    for e in catalog():
        for key in ("prerequisites", "combinations"):
            unknown = set(e.get(key) or []) - set(SLUGS)
            assert unknown == set(), f"{e['slug']}.{key} names unknown APIs {sorted(unknown)}"
        assert e["slug"] not in (e.get("prerequisites") or []), f"{e['slug']} requires itself"


# --------------------------------------------------------------------------- catalogue <-> each document


@pytest.mark.parametrize("slug", SLUGS)
def test_document_matches_catalogue_entry(slug: str) -> None:
    doc = require_document(slug)
    e = entry(slug)
    info = doc.get("info") or {}
    assert e["name"] in str(info.get("title", "")), f"info.title {info.get('title')!r} lacks {e['name']!r}"
    meta = info.get("x-mynaportal")
    assert isinstance(meta, dict), "info.x-mynaportal is missing"
    assert meta.get("number") == e["number"]
    assert meta.get("slug") == slug
    assert meta.get("disclosure") is bool(e.get("disclosure")), "★ (disclosure) differs from the catalogue"
    assert meta.get("audience") == e.get("audience")
    assert meta.get("prerequisites") == (e.get("prerequisites") or [])
    for prerequisite in meta.get("prerequisites") or []:
        assert prerequisite in SLUGS, f"prerequisite {prerequisite!r} is not a catalogue slug"
        assert (SPECS / f"{prerequisite}.yaml").is_file(), f"prerequisite {prerequisite!r} has no document"


def test_disclosure_flags_mark_the_information_disclosure_apis() -> None:
    starred = sorted(e["slug"] for e in catalog() if e.get("disclosure"))
    documented = sorted(
        s for s in SLUGS if ((document(s) or {}).get("info") or {}).get("x-mynaportal", {}).get("disclosure")
    )
    assert starred == documented
    assert all(isinstance(e.get("disclosure"), bool) for e in catalog())


# --------------------------------------------------------------------------- operations


def test_operation_ids_are_unique_across_documents() -> None:
    owners: dict[str, list[str]] = {}
    for slug in SLUGS:
        if bundled(slug) is None:
            continue
        for _section, key, method, op in operations(slug):
            op_id = op.get("operationId")
            assert isinstance(op_id, str) and op_id, f"{slug}: {method.upper()} {key} has no operationId"
            owners.setdefault(op_id, []).append(f"{slug} {method.upper()} {key}")
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert clashes == {}


@pytest.mark.parametrize("slug", SLUGS)
def test_api_has_at_least_three_operations(slug: str) -> None:
    assert len(operations(slug)) >= 3


def test_family_has_at_least_eighty_operations() -> None:
    counts = {slug: len(operations(slug)) if bundled(slug) is not None else 0 for slug in SLUGS}
    assert sum(counts.values()) >= 80, counts


# --------------------------------------------------------------------------- servers


@pytest.mark.parametrize("slug", SLUGS)
def test_invented_servers_are_reserved_and_marked_illustrative(slug: str) -> None:
    doc = require_document(slug)
    servers = list(doc.get("servers") or [])
    for section in ("paths", "webhooks"):
        for item in (doc.get(section) or {}).values():
            servers += item.get("servers") or []
            servers += [s for m in HTTP_METHODS for s in (item.get(m) or {}).get("servers") or []]
    assert servers, "the document declares no server"
    for server in servers:
        url = server["url"]
        for name, variable in (server.get("variables") or {}).items():
            url = url.replace("{" + name + "}", str(variable.get("default", "")))
        host = urlsplit(url).hostname or ""
        local = host == "127.0.0.1"
        assert local or host.endswith((".example.jp", ".invalid")), f"{url}: invented hosts use .example.jp/.invalid"
        if not local:
            assert server.get("x-illustrative") is True, f"{url}: a non-local server needs x-illustrative: true"


# --------------------------------------------------------------------------- examples


def _schemas(node: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """A schema and every schema nested in it, with JSON pointers."""
    if not isinstance(node, dict):
        return
    yield pointer, node
    for key in ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas"):
        for name, sub in (node.get(key) or {}).items():
            yield from _schemas(sub, f"{pointer}/{key}/{_escape(name)}")
    for key in (
        "items",
        "additionalProperties",
        "not",
        "if",
        "then",
        "else",
        "contains",
        "propertyNames",
        "unevaluatedItems",
        "unevaluatedProperties",
    ):
        yield from _schemas(node.get(key), f"{pointer}/{key}")
    for key in ("allOf", "anyOf", "oneOf", "prefixItems"):
        for i, sub in enumerate(node.get(key) or []):
            yield from _schemas(sub, f"{pointer}/{key}/{i}")


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def examples_of(doc: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(where, pointer of the schema, example) for every example in a bundled document: schema `example`s and
    `examples`, and the example(s) of parameters, headers and media types."""

    def holder(node: Any, pointer: str) -> Iterator[tuple[str, str, Any]]:
        """A parameter, header or media type object: its examples against its schema."""
        node = resolve(doc, node)
        if not isinstance(node, dict):
            return
        if "schema" in node:
            schema_ptr = f"{pointer}/schema"
            if "example" in node:
                yield f"{pointer}/example", schema_ptr, node["example"]
            for name, example in (node.get("examples") or {}).items():
                example = resolve(doc, example)
                if isinstance(example, dict) and "value" in example:
                    yield f"{pointer}/examples/{_escape(name)}", schema_ptr, example["value"]
            yield from schema_examples(node["schema"], f"{pointer}/schema")
        for media_type, media in (node.get("content") or {}).items():
            yield from holder(media, f"{pointer}/content/{_escape(media_type)}")
            for name, enc in (resolve(doc, media) or {}).get("encoding", {}).items():
                for header, h in (enc.get("headers") or {}).items():
                    yield from holder(
                        h, f"{pointer}/content/{_escape(media_type)}/encoding/{_escape(name)}/headers/{_escape(header)}"
                    )

    def schema_examples(schema: Any, pointer: str) -> Iterator[tuple[str, str, Any]]:
        for sub_ptr, sub in _schemas(schema, pointer):
            if "example" in sub:
                yield f"{sub_ptr}/example", sub_ptr, sub["example"]
            if isinstance(sub.get("examples"), list):
                for i, example in enumerate(sub["examples"]):
                    yield f"{sub_ptr}/examples/{i}", sub_ptr, example
            if "default" in sub:
                yield f"{sub_ptr}/default", sub_ptr, sub["default"]

    def operation(op: dict[str, Any], pointer: str) -> Iterator[tuple[str, str, Any]]:
        for i, param in enumerate(op.get("parameters") or []):
            if "$ref" not in param:
                yield from holder(param, f"{pointer}/parameters/{i}")
        body = op.get("requestBody")
        if isinstance(body, dict) and "$ref" not in body:
            yield from holder(body, f"{pointer}/requestBody")
        for status, response in (op.get("responses") or {}).items():
            if isinstance(response, dict) and "$ref" not in response:
                yield from response_examples(response, f"{pointer}/responses/{_escape(str(status))}")

    def response_examples(response: dict[str, Any], pointer: str) -> Iterator[tuple[str, str, Any]]:
        yield from holder({"content": response.get("content") or {}}, pointer)
        for name, header in (response.get("headers") or {}).items():
            if "$ref" not in header:
                yield from holder(header, f"{pointer}/headers/{_escape(name)}")

    for section in ("paths", "webhooks"):
        for key, item in (doc.get(section) or {}).items():
            base = f"/{section}/{_escape(key)}"
            if "$ref" in item:
                continue  # checked where it is defined (components/pathItems)
            for i, param in enumerate(item.get("parameters") or []):
                if "$ref" not in param:
                    yield from holder(param, f"{base}/parameters/{i}")
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    yield from operation(item[method], f"{base}/{method}")
    components = doc.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield from schema_examples(schema, f"/components/schemas/{_escape(name)}")
    for kind in ("parameters", "headers", "requestBodies"):
        for name, node in (components.get(kind) or {}).items():
            yield from holder(node, f"/components/{kind}/{_escape(name)}")
    for name, response in (components.get("responses") or {}).items():
        yield from response_examples(response, f"/components/responses/{_escape(name)}")
    for name, item in (components.get("pathItems") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield from operation(item[method], f"/components/pathItems/{_escape(name)}/{method}")


def example_failures(doc: dict[str, Any]) -> tuple[int, list[str]]:
    """(examples checked, failures) of one bundled document."""
    resource = referencing.Resource.from_contents(doc, default_specification=referencing.jsonschema.DRAFT202012)
    registry: referencing.Registry[Any] = referencing.Registry().with_resource(BUNDLE_URI, resource)
    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    validators: dict[str, jsonschema.Draft202012Validator] = {}
    failures, checked = [], 0
    for where, schema_pointer, example in examples_of(doc):
        validator = validators.get(schema_pointer)
        if validator is None:
            schema = {"$ref": f"{BUNDLE_URI}#{schema_pointer}"}
            validator = jsonschema.Draft202012Validator(schema, registry=registry, format_checker=checker)
            validators[schema_pointer] = validator
        checked += 1
        for error in validator.iter_errors(example):
            path = "/".join(str(p) for p in error.absolute_path)
            failures.append(f"{where} [{path}]: {error.message[:200]}")
    return checked, failures


@pytest.mark.parametrize("slug", SLUGS)
def test_every_example_validates_against_its_schema(slug: str) -> None:
    doc = require_bundle(slug)
    assert str(doc.get("openapi", "")).startswith("3.1"), "the examples check reads schemas as JSON Schema 2020-12"
    checked, failures = example_failures(doc)
    assert checked >= 10, f"only {checked} examples found: is the walk broken?"
    assert failures == [], "\n".join(failures)


def test_the_example_check_finds_a_broken_example() -> None:
    """Control: break the first JSON response example of a document (through a $ref'd schema) and a format."""
    slug = next(s for s in SLUGS if bundled(s) is not None)
    doc = copy.deepcopy(require_bundle(slug))
    broken = []
    for _section, _key, _method, op in operations_of(doc):
        for response in (op.get("responses") or {}).values():
            media = ((resolve(doc, response).get("content") or {}).get("application/json")) or {}
            if isinstance(media.get("example"), dict) and "$ref" in (media.get("schema") or {}):
                media["example"] = {**media["example"], "__unknown__": 1} if _closed(doc, media["schema"]) else 42
                broken.append(media)
                break
        if broken:
            break
    assert broken, f"{slug}: no JSON response example to break"
    doc.setdefault("components", {}).setdefault("schemas", {})["__When"] = {
        "type": "string",
        "format": "date",
        "example": "2026-02-30",
    }
    _checked, failures = example_failures(doc)
    assert len(failures) >= 2, failures
    assert any("__When" in f for f in failures)


def _closed(doc: dict[str, Any], schema: Any) -> bool:
    target = resolve(doc, schema)
    return isinstance(target, dict) and target.get("additionalProperties") is False


def operations_of(doc: dict[str, Any]) -> list[tuple[str, str, str, dict[str, Any]]]:
    out = []
    for section in ("paths", "webhooks"):
        for key, item in (doc.get(section) or {}).items():
            item = resolve(doc, item)
            out += [(section, key, m, item[m]) for m in HTTP_METHODS if isinstance(item.get(m), dict)]
    return out
