"""From a bundled document to the intermediate model (`generator.apimodel.model.Api`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from generator.apimodel.examples import media_examples
from generator.apimodel.model import (
    Api,
    Body,
    CatalogEntry,
    Header,
    Operation,
    Parameter,
    Response,
    SecurityRequirement,
    SecurityScheme,
    Server,
    Tag,
    class_name_for,
)
from generator.apimodel.schemas import constraints, schema_shape, shape_fields, type_text
from generator.apimodel.schemas import ref_name as ref_name  # noqa: PLC0414 - re-exported: codegen names models by it
from generator.documents.walk import HTTP_METHODS, local_target, resolve
from generator.naming import (
    RESERVED_METHODS,
    RESERVED_PARAMETERS,
    camel_case,
    nfkc,
    redundant_prefix,
    snake_case,
    unique,
)

JsonDict = dict[str, Any]
_PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}
# String formats with a standard Python type (the client imports them; the runtime sends them as ISO text).
_FORMATS = {"date-time": "datetime", "date": "date", "uuid": "UUID"}


class TypeNamer:
    """Python type expressions for schemas, given the component → class name table of the models module."""

    def __init__(self, document: JsonDict, classes: dict[str, str]) -> None:
        self.document = document
        self.classes = classes

    def py_type(self, schema: Any, depth: int = 0) -> str:
        if depth > 8 or not isinstance(schema, dict):
            return "Any"
        name = ref_name(schema)
        if name is not None:
            cls = self.classes.get(name)
            # One link at a time: an alias of an alias of a class is that class, not the class's schema as a dict.
            return f"models.{cls}" if cls else self.py_type(local_target(self.document, schema["$ref"]), depth + 1)
        kinds = schema.get("type")
        kinds = [kinds] if isinstance(kinds, str) else list(kinds or [])
        if schema.get("nullable") is True and "null" not in kinds:
            kinds.append("null")
        for combo in ("oneOf", "anyOf"):
            if isinstance(schema.get(combo), list):
                parts = [self.py_type(s, depth + 1) for s in schema[combo]]
                return _union(parts + (["None"] if "null" in kinds else []))
        if isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
            inner = self.py_type(schema["allOf"][0], depth + 1)
            return _union([inner, "None"]) if "null" in kinds else inner
        literal = _literal(schema)
        if literal is not None:
            return _union([literal, "None"]) if "null" in kinds else literal
        parts = []
        for kind in kinds or [""]:
            if kind == "array":
                parts.append(f"list[{self.py_type(schema.get('items'), depth + 1)}]")
            elif kind == "object" or (not kind and "properties" in schema):
                parts.append("dict[str, Any]")
            elif kind == "string" and schema.get("format") in _FORMATS:
                parts.append(_FORMATS[schema["format"]])
            elif kind in _PRIMITIVES:
                parts.append("bytes" if schema.get("format") == "binary" else _PRIMITIVES[kind])
            else:
                parts.append("Any")
        return _union(parts)


def _literal(schema: JsonDict) -> str | None:
    """`Literal[...]` for an inline enum (or const) of strings, integers and booleans; None for anything else."""
    values = [schema["const"]] if "const" in schema else schema.get("enum")
    if not isinstance(values, list) or not values:
        return None
    shown = []
    for value in values:
        if value is None:
            continue  # null among the values: `| None`, added by the caller from the type
        if isinstance(value, str):
            shown.append(json.dumps(value, ensure_ascii=False))
        elif isinstance(value, bool) or (isinstance(value, int) and abs(value) < 2**63):
            shown.append(repr(value))
        else:
            return None  # floats and structures cannot be Literal members
    if len(shown) < len(values):
        return _union([f"Literal[{', '.join(shown)}]", "None"]) if shown else "None"
    return f"Literal[{', '.join(dict.fromkeys(shown))}]"


def _union(parts: list[str]) -> str:
    unique_parts = list(dict.fromkeys(parts))
    if "Any" in unique_parts:
        return "Any"
    if "None" in unique_parts:  # keep `None` last: `str | None` reads better
        unique_parts = [p for p in unique_parts if p != "None"] + ["None"]
    return " | ".join(unique_parts)


def _example(media: JsonDict, document: JsonDict) -> Any:
    """The value samples and try-it use: the first example (every one is in `examples`, see media_examples)."""
    found = media_examples(media, document)
    return found[0].value if found else None


def pick_media(content: Any) -> tuple[str | None, JsonDict]:
    """The media type a client works with: JSON first, then any +json, else the first one listed."""
    if not isinstance(content, dict) or not content:
        return None, {}
    for preferred in ("application/json", "application/problem+json"):
        if preferred in content:
            return preferred, content[preferred] or {}
    for media_type, media in content.items():
        if media_type.endswith("+json"):
            return media_type, media or {}
    media_type = next(iter(content))
    return media_type, content[media_type] or {}


def is_json(media_type: str | None) -> bool:
    return media_type is not None and (media_type == "application/json" or media_type.endswith("+json"))


def _server_url(server: JsonDict) -> str:
    """The server URL with each `{variable}` replaced by its default."""
    url = str(server.get("url", ""))
    variables = server.get("variables")
    for name, spec in (variables if isinstance(variables, dict) else {}).items():
        if isinstance(spec, dict) and "default" in spec:
            url = url.replace("{" + str(name) + "}", str(spec["default"]))
    return url


def describe_api(
    document: JsonDict,
    slug: str,
    catalog: CatalogEntry | None = None,
    classes: dict[str, str] | None = None,
    hoisted: dict[tuple[str, ...], str] | None = None,
    with_fields: bool = True,
) -> Api:
    """The intermediate model of one bundled document.

    classes maps component schema keys to generated class names; hoisted maps the pointer of an
    inline body/response schema to the component the model generator received it as. with_fields:
    flatten body and response schemas into table rows (the portal needs them, the client does not).
    """
    namer = TypeNamer(document, classes or {})
    hoisted = hoisted or {}
    info = document.get("info") or {}
    servers = tuple(
        Server(_server_url(s), str(s.get("description", "")), bool(s.get("x-illustrative")))
        for s in document.get("servers") or []
        if isinstance(s, dict)
    )
    tags = tuple(
        Tag(str(t.get("name")), str(t.get("description", "")))
        for t in document.get("tags") or []
        if isinstance(t, dict)
    )
    schemes = _security_schemes(document)
    scheme_kinds = {s.name: s.kind for s in schemes}
    default_security = document.get("security")
    found = list(iter_operations(document))
    names = OperationNames(document, slug)
    operations = [
        _operation(document, namer, hoisted, pointer, op, item, default_security, scheme_kinds, names, with_fields)
        for pointer, op, item in found
    ]
    module = snake_case(slug)
    return Api(
        slug=slug,
        module=module,
        class_name=class_name_for(slug),
        title=str(info.get("title", slug)),
        version=str(info.get("version", "")),
        description=str(info.get("description", "")),
        servers=servers,
        tags=tags,
        operations=tuple(operations),
        security_schemes=schemes,
        catalog=catalog,
        document=document,
    )


def iter_operations(document: JsonDict) -> Iterator[tuple[tuple[str, str, str], JsonDict, JsonDict]]:
    """((section, path, method), operation, path item) of every path operation, then every webhook."""
    for section in ("paths", "webhooks"):
        for path, raw_item in (document.get(section) or {}).items():
            item = resolve(document, raw_item)
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    yield (section, path, method), op, item


def operation_id(op: JsonDict, method: str, path: str) -> str:
    op_id = op.get("operationId")
    if isinstance(op_id, str) and op_id:
        return op_id
    return camel_case(f"{method} {path}")  # documents without operationIds still get stable names


class OperationNames:
    """Python names of a document's operations: snake_case operationIds without the words every one of them
    repeats from the API's name (`selfInfoRequest` in `self-info` is `request`), unique in the client class."""

    def __init__(self, document: JsonDict, slug: str) -> None:
        full = [snake_case(operation_id(op, m, p)) for (_s, p, m), op, _i in iter_operations(document)]
        self._strip = redundant_prefix(full, slug)
        self._taken: set[str] = set(RESERVED_METHODS)

    def short(self, op_id: str) -> str:
        """The name without the shared prefix (the whole name when nothing is shared); not reserved."""
        full = snake_case(op_id)
        return snake_case(" ".join(full.split("_")[self._strip :])) if self._strip else full

    def take(self, op_id: str, webhook: bool) -> str:
        full, short = snake_case(op_id), self.short(op_id)
        if nfkc(short) in RESERVED_METHODS:  # `list_`, as Python names that would shadow a builtin do
            short += "_"
        name = unique(short if nfkc(short) not in self._taken else full, self._taken)
        if webhook:  # its parser method `parse_<name>` must not take an operation's name
            while f"parse_{name}" in self._taken:
                name = unique(full, self._taken)
            self._taken.add(f"parse_{name}")
        return name


def _security_schemes(document: JsonDict) -> tuple[SecurityScheme, ...]:
    raw = (document.get("components") or {}).get("securitySchemes") or {}
    out = []
    for name, scheme in raw.items():
        scheme = resolve(document, scheme)
        if isinstance(scheme, dict):
            out.append(
                SecurityScheme(name, str(scheme.get("type", "unknown")), str(scheme.get("description", "")), scheme)
            )
    return tuple(out)


def _operation(
    document: JsonDict,
    namer: TypeNamer,
    hoisted: dict[tuple[str, ...], str],
    pointer: tuple[str, str, str],
    op: JsonDict,
    item: JsonDict,
    default_security: Any,
    scheme_kinds: dict[str, str],
    names: OperationNames,
    with_fields: bool,
) -> Operation:
    section, path, method = pointer
    op_id = operation_id(op, method, path)
    py_name = names.take(op_id, section == "webhooks")
    params: dict[tuple[str, str], JsonDict] = {}
    for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param = resolve(document, raw)
        if isinstance(param, dict) and "name" in param and "in" in param:
            params[(str(param["name"]), str(param["in"]))] = param
    param_names: set[str] = set(RESERVED_PARAMETERS)
    parameters = []
    for (name, location), param in params.items():
        schema = param.get("schema")
        content_type = None
        if schema is None:  # `content`-style parameter: serialised as its media type says
            content_type, media = pick_media(param.get("content"))
            schema = media.get("schema")
        required = bool(param.get("required")) or location == "path"
        parameters.append(
            Parameter(
                name=name,
                location=location,
                required=required,
                description=str(param.get("description", "")),
                schema=schema if isinstance(schema, dict) else {},
                type_text=type_text(document, schema),
                constraints=constraints(document, schema),
                example=param.get(
                    "example", (resolve(document, schema) or {}).get("example") if isinstance(schema, dict) else None
                ),
                py_name=unique(snake_case(name), param_names),
                py_type=namer.py_type(schema),
                deprecated=bool(param.get("deprecated")),
                explode=bool(param.get("explode", param.get("style", "form") == "form")),
                json_encoded=is_json(content_type),
            )
        )
    parameters.sort(
        key=lambda p: (
            not p.required,
            ("path", "query", "header", "cookie").index(p.location)
            if p.location in ("path", "query", "header", "cookie")
            else 9,
        )
    )
    body = None
    raw_body = resolve(document, op.get("requestBody"))
    if isinstance(raw_body, dict):
        media_type, media = pick_media(raw_body.get("content"))
        schema = media.get("schema")
        body_key = (section, path, method, "requestBody")
        shape = schema_shape(document, schema) if with_fields else None
        py_type: str | None
        if media_type is not None and (is_json(media_type) or "form" in media_type):
            py_type = f"models.{hoisted[body_key]}" if body_key in hoisted else namer.py_type(schema)
        else:
            py_type = None
        body = Body(
            media_type=media_type or "application/octet-stream",
            required=bool(raw_body.get("required")),
            description=str(raw_body.get("description", "")),
            schema=schema if isinstance(schema, dict) else {},
            schema_name=ref_name(schema),
            fields=shape_fields(shape),
            shape=shape,
            example=_example(media, document),
            examples=media_examples(media, document),
            py_type=py_type,
            part_types={
                name: str(enc["contentType"])
                for name, enc in (media.get("encoding") or {}).items()
                if isinstance(enc, dict) and isinstance(enc.get("contentType"), str) and "," not in enc["contentType"]
            },
        )
    responses = []
    for status, raw in (op.get("responses") or {}).items():
        response = resolve(document, raw)
        if not isinstance(response, dict):
            continue
        media_type, media = pick_media(response.get("content"))
        schema = media.get("schema")
        key = (section, path, method, "responses", str(status))
        response_shape = schema_shape(document, schema) if with_fields else None
        if media_type is None:
            py_resp: str | None = None
        elif is_json(media_type):
            py_resp = f"models.{hoisted[key]}" if key in hoisted else namer.py_type(schema)
        else:
            py_resp = "bytes"
        headers = tuple(
            Header(
                name,
                str((resolve(document, h) or {}).get("description", "")),
                type_text(document, (resolve(document, h) or {}).get("schema")),
            )
            for name, h in (response.get("headers") or {}).items()
        )
        responses.append(
            Response(
                status=str(status),
                description=str(response.get("description", "")),
                media_type=media_type,
                schema=schema if isinstance(schema, dict) else None,
                schema_name=ref_name(schema),
                fields=shape_fields(response_shape),
                shape=response_shape,
                example=_example(media, document),
                examples=media_examples(media, document),
                headers=headers,
                py_type=py_resp,
            )
        )
    declared = "security" in op or default_security is not None
    security_raw = op.get("security", default_security) or []
    security = tuple(
        tuple(
            SecurityRequirement(name, tuple(scopes or ()), scheme_kinds.get(name, "unknown"))
            for name, scopes in alt.items()
        )
        for alt in security_raw
        if isinstance(alt, dict)
    )
    return Operation(
        operation_id=op_id,
        py_name=py_name,
        method=method,
        path=path,
        summary=str(op.get("summary", "")),
        description=str(op.get("description", "")),
        summary_en=str(op.get("x-summary-en", "")),
        tags=tuple(str(t) for t in op.get("tags") or ()),
        parameters=tuple(parameters),
        request_body=body,
        responses=tuple(responses),
        security=security,
        security_declared=declared,
        deprecated=bool(op.get("deprecated")),
        is_webhook=section == "webhooks",
        illustrative=bool(op.get("x-illustrative")),
        extensions={k: v for k, v in op.items() if k.startswith("x-")},
    )
