"""Structural (openapi-spec-validator), semantic and example checks of one bundled document."""

from __future__ import annotations

import functools
import importlib.util
import json
import re
from pathlib import Path
from typing import Any

import jsonschema_rs

from generator.diagnostics import Diagnostic, error, warning
from generator.documents.bundler import Bundle
from generator.documents.jsonschema_check import SchemaChecker, refuse_remote
from generator.documents.loader import Pointer
from generator.documents.walk import SCHEMA_REF, local_target, operations, resolve

_PATH_PARAM = re.compile(r"{([^{}]+)}")
_INSTANCE_DUMP = re.compile(r"^(\{.*\}|\[.*\]) is not valid under any of the (schemas|given schemas).*")


def check_version(bundle: Bundle) -> list[Diagnostic]:
    """Only OpenAPI 3.0.x and 3.1.x are generated from; say what to do with anything else."""
    data = bundle.data
    if "swagger" in data:
        return [
            error(
                bundle.location(("swagger",)),
                "swagger-2-unsupported",
                "Swagger 2.0 is not supported: convert it to OpenAPI 3 first "
                "(for example `npx swagger2openapi in.yaml -o out.yaml`), then run mpgen on the result",
            )
        ]
    version = data.get("openapi")
    # Located only for a diagnostic: for JSON a location costs the positions of the whole file.
    at = functools.partial(bundle.location, ("openapi",) if "openapi" in data else ())
    if version is None:
        return [error(at(), "not-openapi", "no `openapi` field: this is not an OpenAPI document")]
    if not isinstance(version, str) or not re.fullmatch(r"3\.[01]\.\d+(-.+)?", version):
        message = f"openapi {version!r} is not supported (use 3.0.x or 3.1.x)"
        return [error(at(), "unsupported-openapi-version", message)]
    return []


@functools.cache
def _structure_validator(version: str) -> Any:
    """openapi-spec-validator's OpenAPI schema, compiled with jsonschema-rs as its own rs backend does.

    Read from the package's resources rather than imported: `import openapi_spec_validator` costs
    0.2 s (requests, jsonschema-path), a fifth of an incremental rebuild. The schemas only use
    local references; any other would be refused, never fetched.
    """
    spec = importlib.util.find_spec("openapi_spec_validator")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("openapi-spec-validator is not installed")
    folder = Path(next(iter(spec.submodule_search_locations))) / "resources" / "schemas" / f"v{version}"
    schema = json.loads((folder / "schema.json").read_text(encoding="utf-8"))
    if version == "3.1":
        # Its Schema Object is only "object or boolean": `properties: [a]` or `type: strin` passed and
        # broke the model generator. Check schemas against JSON Schema 2020-12 (bundled, never fetched),
        # as the OpenAPI 3.1 dialect says; `$dynamicRef: #meta` inside it comes back here.
        schema["$defs"]["schema"] = {"$dynamicAnchor": "meta", "$ref": "https://json-schema.org/draft/2020-12/schema"}
    else:
        # 3.0 checks components only under keys matching its name pattern: a schema under `Größe` was not
        # checked at all and broke generate. Check it as any other (the key itself stays legal, as 3.0 says
        # only MUST; the bundler renames it where code needs a name).
        for section in schema["definitions"]["Components"]["properties"].values():
            keyed = section.get("patternProperties") if isinstance(section, dict) else None
            if isinstance(keyed, dict) and len(keyed) == 1 and "additionalProperties" not in section:
                section["additionalProperties"] = next(iter(keyed.values()))
    return jsonschema_rs.validator_for(schema, retriever=refuse_remote)


def check_structure(bundle: Bundle) -> list[Diagnostic]:
    """Validate against the OpenAPI schema shipped by openapi-spec-validator; map errors to source."""
    validator = _structure_validator("3.0" if bundle.data["openapi"].startswith("3.0") else "3.1")
    found: dict[Pointer, list[str]] = {}
    for err in validator.iter_errors(bundle.data):
        pointer = _offending_key(bundle.data, tuple(str(p) for p in err.instance_path), err.message)
        found.setdefault(pointer, []).append(_structure_message(err.message, pointer))
    out: list[Diagnostic] = []
    for pointer, messages in found.items():
        vague = [m for m in messages if m.startswith("does not match")]
        # A oneOf failure above a precise error only repeats it.
        deeper = any(p[: len(pointer)] == pointer and p != pointer for p in found)
        for message in dict.fromkeys(messages):
            if message in vague and (deeper or len(vague) < len(messages)):
                continue
            out.append(error(bundle.location(pointer), "oas-schema", f"{_where(pointer)}: {message}"))
    return out


_LEADING_STRING = re.compile(r'^"((?:[^"\\]|\\.)*)"')


def _offending_key(data: Any, pointer: Pointer, message: str) -> Pointer:
    """A bad mapping key (`propertyNames`) is reported on the mapping: point at the key itself."""
    match = _LEADING_STRING.match(message)
    if match is None:
        return pointer
    node: Any = data
    for part in pointer:
        node = node.get(part) if isinstance(node, dict) else None
    try:
        key = json.loads(match.group(0))
    except ValueError:
        return pointer
    return (*pointer, key) if isinstance(node, dict) and key in node else pointer


_TYPES = "string, number, integer, boolean, array, object, null"


def _structure_message(message: str, pointer: Pointer) -> str:
    first = message.splitlines()[0]
    if pointer[-1:] == ("type",) and first.startswith('"') and "'anyOf'" in first:
        return f"unknown type {first.split(' is not', 1)[0]} (use {_TYPES})"
    if _INSTANCE_DUMP.match(first):
        return "does not match any of the allowed forms of this object"
    return first if len(first) <= 200 else first[:199] + "…"


def _where(pointer: Pointer) -> str:
    return " > ".join(pointer) or "document"


def check_references(bundle: Bundle) -> list[Diagnostic]:
    """A local reference that only leads to references, round and round, defines nothing."""
    reaches: dict[str, bool] = {}
    out: list[Diagnostic] = []
    for _kind, pointer, node in bundle.nodes:
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#") and not _reaches_definition(bundle.data, ref, reaches):
            message = f"{ref!r} leads only to references that lead back to it: it defines nothing"
            out.append(error(bundle.location((*pointer, "$ref")), "ref-cycle", message))
    return out


def _reaches_definition(data: dict[str, Any], ref: str, reaches: dict[str, bool]) -> bool:
    chain: list[str] = []
    while ref not in reaches and ref not in chain:
        chain.append(ref)
        target = local_target(data, ref)
        following = target.get("$ref") if isinstance(target, dict) else None
        if not (isinstance(following, str) and following.startswith("#")):
            reaches[ref] = True
            break
        ref = following
    result = reaches.get(ref, False)
    for seen in chain:
        reaches[seen] = result
    return result


def check_inheritance(bundle: Bundle) -> list[Diagnostic]:
    """Component schemas that extend each other through `allOf` round and round: each would be the parent
    class of the other in the models (and a validator would loop), so it is reported once per cycle. A schema
    extends the `$ref`s of its allOf, of the allOf of its inline allOf parts, and, where it is only a `$ref`,
    the schema it names (a circle of such aliases alone is a ref-cycle, reported elsewhere). So does an inline
    member of its oneOf or anyOf whose allOf extends a schema: `S: {oneOf: [{allOf: [$ref S, {…}]}]}`."""
    components = bundle.data.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if not isinstance(schemas, dict):
        return []
    parents: dict[str, list[tuple[str, Pointer, bool]]] = {}
    for name, schema in schemas.items():
        found = [(p, at, extends) for p, at, extends in _parents(schema) if p in schemas]
        if found:
            parents[str(name)] = found
    out: list[Diagnostic] = []
    done: set[str] = set()
    for start in sorted(parents):
        # Depth first without recursion: a chain of thousands of parents is legal.
        trail, on_trail, stack = [start], {start}, [iter(parents.get(start, []))]
        kinds: list[bool] = []  # whether each link of the trail is an allOf (not an alias)
        while stack:
            step = next(stack[-1], None)
            if step is None:
                finished = trail.pop()
                on_trail.discard(finished)
                done.add(finished)
                stack.pop()
                if kinds:
                    kinds.pop()
                continue
            parent, at, extends = step
            if parent in on_trail:
                first = trail.index(parent)
                if extends or any(kinds[first:]):
                    cycle = [*trail[first:], parent]
                    where = bundle.location(("components", "schemas", trail[-1], *at))
                    message = f"{' → '.join(cycle)}: these schemas extend each other through allOf in a circle"
                    out.append(error(where, "allof-cycle", message))
            elif parent not in done:
                trail.append(parent)
                on_trail.add(parent)
                kinds.append(extends)
                stack.append(iter(parents.get(parent, [])))
    return out


_COMBINATIONS = ("allOf", "oneOf", "anyOf")
_SCHEMA_KEYWORDS = ("allOf", "oneOf", "anyOf", "properties", "items", "additionalProperties", "not", "enum", "type")


def _parents(schema: Any) -> list[tuple[str, Pointer, bool]]:
    """(name, pointer of its `$ref` in schema, whether through allOf) of the schemas schema extends."""
    if not isinstance(schema, dict):
        return []
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(SCHEMA_REF) and not any(k in schema for k in _SCHEMA_KEYWORDS):
        return [(ref[len(SCHEMA_REF) :], ("$ref",), False)]
    out: list[tuple[str, Pointer, bool]] = []
    stack: list[tuple[Any, Pointer, bool]] = [(schema, (), False)]
    while stack:
        node, at, member = stack.pop()
        parts = node.get("allOf")
        parts = parts if isinstance(parts, list) else []
        # In a union member, `allOf: [$ref X]` alone is X itself; with more parts it is a class extending X.
        extends = not member or len(parts) > 1 or "properties" in node
        for i, part in enumerate(parts):
            if not isinstance(part, dict):
                continue
            ref = part.get("$ref")
            if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
                if extends:
                    out.append((ref[len(SCHEMA_REF) :], (*at, "allOf", str(i), "$ref"), True))
            elif any(k in part for k in _COMBINATIONS):
                stack.append((part, (*at, "allOf", str(i)), member))
        for key in ("oneOf", "anyOf"):  # an inline member of a union is a class of its own
            members = node.get(key)
            for i, part in enumerate(members if isinstance(members, list) else []):
                if isinstance(part, dict) and "$ref" not in part and any(k in part for k in _COMBINATIONS):
                    stack.append((part, (*at, key, str(i)), True))
    return sorted(out, key=lambda found: found[1])


def check_patterns(bundle: Bundle) -> list[Diagnostic]:
    """Every `pattern` and `patternProperties` key is an ECMA-262 regular expression: the generated
    models compile them when imported, so one that is not breaks the whole package."""
    out: list[Diagnostic] = []
    for kind, pointer, node in bundle.nodes:
        if kind != "schema":
            continue
        pattern = node.get("pattern")
        if isinstance(pattern, str) and not _is_regex(pattern):
            out.append(error(bundle.location((*pointer, "pattern")), "pattern-invalid", _regex_message(pattern)))
        keyed = node.get("patternProperties")
        for key in keyed if isinstance(keyed, dict) else ():
            if not _is_regex(key):
                where = bundle.location((*pointer, "patternProperties", key))
                out.append(error(where, "pattern-invalid", _regex_message(key)))
    return out


@functools.cache
def _is_regex(pattern: str) -> bool:
    try:
        jsonschema_rs.validator_for({"pattern": pattern})  # the meta-schema checks the "regex" format
    except (ValueError, jsonschema_rs.ValidationError):
        return False
    return True


def _regex_message(pattern: str) -> str:
    shown = pattern if len(pattern) <= 80 else pattern[:79] + "…"
    return f"{shown!r} is not a valid regular expression (ECMA-262)"


def check_semantics(bundle: Bundle) -> list[Diagnostic]:
    data = bundle.data
    out: list[Diagnostic] = []
    seen_ids: dict[str, Pointer] = {}
    shapes: dict[str, str] = {}
    for pointer, _method, path, op, item in operations(data):
        op_id = op.get("operationId")
        if isinstance(op_id, str):
            if op_id in seen_ids:
                out.append(
                    error(
                        bundle.location((*pointer, "operationId")),
                        "duplicate-operation-id",
                        f"operationId {op_id!r} is already used at "
                        f"{bundle.location((*seen_ids[op_id], 'operationId'))}",
                    )
                )
            else:
                seen_ids[op_id] = pointer
        params: dict[tuple[str, str], Pointer] = {}
        for source, plist in (("item", item.get("parameters")), ("op", op.get("parameters"))):
            base = pointer[:-1] if source == "item" else pointer
            for i, raw in enumerate(plist if isinstance(plist, list) else []):
                param = resolve(data, raw)
                if not isinstance(param, dict):
                    continue
                key = (str(param.get("name")), str(param.get("in")))
                if key in params and source == "op" and params[key][: len(base)] == base:
                    out.append(
                        error(
                            bundle.location((*base, "parameters", str(i))),
                            "duplicate-parameter",
                            f"parameter {key[0]!r} in {key[1]} is declared twice",
                        )
                    )
                params[key] = (*base, "parameters", str(i))
        if pointer[0] == "paths":
            template = set(_PATH_PARAM.findall(path))
            declared = {name for name, loc in params if loc == "path"}
            for name in sorted(template - declared):
                out.append(
                    error(
                        bundle.location(pointer),
                        "path-param-undeclared",
                        f"{path}: path parameter {{{name}}} has no `in: path` parameter",
                    )
                )
            for name in sorted(declared - template):
                out.append(
                    error(
                        bundle.location(params[(name, "path")]),
                        "path-param-unused",
                        f"{path}: path parameter {name!r} does not appear in the path template",
                    )
                )
            shape = _PATH_PARAM.sub("{}", path) + " " + pointer[2]
            if shape in shapes and shapes[shape] != path:
                out.append(
                    warning(
                        bundle.location(pointer[:2]),
                        "ambiguous-path",
                        f"{path} and {shapes[shape]} differ only in parameter names",
                    )
                )
            shapes.setdefault(shape, path)
    return out


def check_values(bundle: Bundle) -> list[Diagnostic]:
    """Every example and default must validate against the schema it illustrates."""
    checker = SchemaChecker(bundle.data)
    pending: list[tuple[Any, Any, Pointer, str, str]] = []

    def check(schema: Any, value: Any, at: Pointer, rule: str, what: str) -> None:
        pending.append((schema, value, at, rule, what))

    for kind, pointer, node in bundle.nodes:
        if kind in ("mediaType", "parameter", "header"):
            schema = node.get("schema")
            if schema is None:
                continue
            if "example" in node:
                check(
                    schema,
                    node["example"],
                    (*pointer, "example"),
                    "example-invalid",
                    "example does not match its schema",
                )
            examples = node.get("examples")
            if isinstance(examples, dict):
                for name, ex in examples.items():
                    ex = resolve(bundle.data, ex)
                    if isinstance(ex, dict) and "value" in ex:
                        where = (*pointer, "examples", name, "value")
                        check(
                            schema, ex["value"], where, "example-invalid", f"example {name!r} does not match its schema"
                        )
        elif kind == "schema":
            if "default" in node:
                check(
                    node, node["default"], (*pointer, "default"), "default-invalid", "default does not match its schema"
                )
            if "example" in node:
                check(
                    node, node["example"], (*pointer, "example"), "example-invalid", "example does not match its schema"
                )
            examples = node.get("examples")
            if isinstance(examples, list):
                for i, value in enumerate(examples):
                    check(
                        node,
                        value,
                        (*pointer, "examples", str(i)),
                        "example-invalid",
                        "example does not match its schema",
                    )
    checker.compile_all([schema for schema, *_rest in pending])
    out: list[Diagnostic] = []
    for schema, value, at, rule, what in pending:
        for inner, message in checker.errors(schema, value):
            shown = "/".join(inner)
            out.append(
                error(bundle.location((*at, *inner)), rule, f"{what}{' at ' + shown if shown else ''}: {message}")
            )
    return out
