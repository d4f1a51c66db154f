"""The intermediate model: what templates (client and portal) see instead of raw spec dicts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from generator.documents.catalog_entry import CatalogEntry as CatalogEntry  # noqa: PLC0414 - re-exported: the model carries catalogue rows
from generator.naming import facade_attribute, pascal_case

JSON_LIKE = ("application/json", "application/problem+json")

JsonDict = dict[str, Any]


@dataclass(frozen=True)
class Server:
    url: str
    description: str
    illustrative: bool


@dataclass(frozen=True)
class SchemaField:
    """One property of an object schema, flattened for tables (nested fields carry a dotted path)."""

    path: str
    type_text: str
    required: bool
    description: str
    constraints: str
    depth: int
    name: str = ""  # the property's own name (the last part of path)
    deprecated: bool = False
    sunset: str = ""  # x-sunset of a deprecated property
    nested: SchemaShape | None = None  # the fields of an object (or array of objects) property


@dataclass(frozen=True)
class Variant:
    """One branch of a oneOf/anyOf, as its own table."""

    title: str  # the branch's title and component name
    schema_name: str | None
    discriminator_value: str  # the discriminator's value(s) selecting this branch, "" when none
    shape: SchemaShape


@dataclass(frozen=True)
class SchemaShape:
    """What a reference table shows for one schema: its fields (allOf merged) and its oneOf/anyOf branches."""

    path: str  # dotted path of the rows' parent ("" at the top, "items[]" for an array property)
    fields: tuple[SchemaField, ...]
    variants: tuple[Variant, ...] = ()
    combinator: str = ""  # oneOf | anyOf, when there are variants
    discriminator: str = ""  # the property that tells the variants apart
    implicit_discriminator: bool = False  # not declared: every branch fixes that property to its own value


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path | query | header | cookie
    required: bool
    description: str
    schema: JsonDict
    type_text: str
    constraints: str
    example: Any
    py_name: str
    py_type: str
    deprecated: bool = False
    explode: bool = True
    json_encoded: bool = False  # `content: {application/json: …}` parameters are sent as JSON text

    @property
    def wire(self) -> str:
        """How the template passes the value: as is, comma-joined, or as JSON text."""
        if self.json_encoded:
            return "json"
        return "csv" if self.comma_joined else "plain"

    @property
    def comma_joined(self) -> bool:
        """A query array sent as one comma-separated value (`style: form, explode: false`)."""
        return self.location == "query" and not self.explode and self.schema.get("type") == "array"


@dataclass(frozen=True)
class Example:
    """One named example of a body (`examples` map), or the single `example` (name "")."""

    name: str
    summary: str
    description: str
    value: Any
    external: str = ""  # externalValue: a URL instead of an inline value


@dataclass(frozen=True)
class Body:
    media_type: str
    required: bool
    description: str
    schema: JsonDict
    schema_name: str | None  # component name when the schema is a $ref
    fields: tuple[SchemaField, ...]
    example: Any
    py_type: str | None  # None: not a JSON body (sent as bytes)
    part_types: dict[str, str] = field(default_factory=dict)  # multipart: part name -> declared Content-Type
    shape: SchemaShape | None = None  # the schema's field tables (None: no object fields)
    examples: tuple[Example, ...] = ()  # every example in document order; `example` is the first one's value


@dataclass(frozen=True)
class Header:
    name: str
    description: str
    type_text: str


@dataclass(frozen=True)
class Response:
    status: str  # "200", "4XX", "default"
    description: str
    media_type: str | None
    schema: JsonDict | None
    schema_name: str | None
    fields: tuple[SchemaField, ...]
    example: Any
    headers: tuple[Header, ...]
    py_type: str | None
    shape: SchemaShape | None = None  # the schema's field tables (None: no object fields)
    examples: tuple[Example, ...] = ()  # every example in document order; `example` is the first one's value

    @property
    def is_success(self) -> bool:
        return self.status.startswith("2")

    @property
    def is_error(self) -> bool:
        return self.status[:1] in ("4", "5") or self.status == "default"


@dataclass(frozen=True)
class SecurityRequirement:
    scheme: str
    scopes: tuple[str, ...]
    kind: str  # oauth2 | http | apiKey | mutualTLS | openIdConnect | unknown


@dataclass(frozen=True)
class Operation:
    operation_id: str
    py_name: str
    method: str
    path: str  # the path template, or the webhook name for webhooks
    summary: str
    description: str
    summary_en: str
    tags: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    request_body: Body | None
    responses: tuple[Response, ...]
    security: tuple[tuple[SecurityRequirement, ...], ...]  # alternatives, each a conjunction
    deprecated: bool
    is_webhook: bool
    illustrative: bool
    extensions: JsonDict = field(default_factory=dict)
    security_declared: bool = True  # False: neither the operation nor the document says (not even `[]`)

    @property
    def success(self) -> Response | None:
        for response in self.responses:
            if response.is_success:
                return response
        return None

    @property
    def errors(self) -> tuple[Response, ...]:
        return tuple(r for r in self.responses if r.is_error)

    @property
    def anchor(self) -> str:
        return re.sub(r"[^a-z0-9-]+", "-", self.operation_id.lower()).strip("-") or "operation"


@dataclass(frozen=True)
class SecurityScheme:
    name: str
    kind: str
    description: str
    details: JsonDict


@dataclass(frozen=True)
class Tag:
    name: str
    description: str


@dataclass(frozen=True)
class Api:
    """One API document, bundled, as the templates see it."""

    slug: str
    module: str  # python sub-package name
    class_name: str  # e.g. SelfInfoClient
    title: str
    version: str
    description: str
    servers: tuple[Server, ...]
    tags: tuple[Tag, ...]
    operations: tuple[Operation, ...]  # paths first, then webhooks, in document order
    security_schemes: tuple[SecurityScheme, ...]
    catalog: CatalogEntry | None
    document: JsonDict  # the bundled, self-contained document
    illustrative_notes: tuple[str, ...] = ()

    @property
    def path_operations(self) -> tuple[Operation, ...]:
        return tuple(op for op in self.operations if not op.is_webhook)

    @property
    def webhooks(self) -> tuple[Operation, ...]:
        return tuple(op for op in self.operations if op.is_webhook)

    @property
    def attr_name(self) -> str:
        """Attribute under which the facade exposes this API's client."""
        return facade_attribute(self.slug)


def class_name_for(slug: str) -> str:
    return pascal_case(slug) + "Client"
