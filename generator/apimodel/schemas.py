"""Schemas as reference tables read them: type texts, constraints, and field tables with their alternatives.

allOf parts are merged into one object (each property once, required when any part requires it), a oneOf/anyOf
whose only other branch is `null` reads as a nullable schema, and a oneOf/anyOf of several branches becomes
variants, each with its own fields and the value of its discriminator. Work is bounded: nesting stops at
MAX_FIELD_DEPTH, merging at MAX_MERGE_DEPTH, and one schema shows at most MAX_ROWS rows.
"""

from __future__ import annotations

import json
from typing import Any

from generator.apimodel.model import SchemaField, SchemaShape, Variant
from generator.documents.walk import resolve

JsonDict = dict[str, Any]
MAX_FIELD_DEPTH = 4
MAX_MERGE_DEPTH = 8
MAX_ROWS = 2_000
_PRIMITIVE_TYPES = ("string", "integer", "number", "boolean")
_SCHEMAS = "#/components/schemas/"
_CONSTRAINT_KEYS = (
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minItems",
    "maxItems",
    "default",
    "const",
)


def ref_name(schema: Any) -> str | None:
    """The component name of a `#/components/schemas/…` reference, else None."""
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and schema["$ref"].startswith(_SCHEMAS):
        return str(schema["$ref"].rsplit("/", 1)[1])
    return None


def _kinds(schema: JsonDict) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, str):
        return [kind]
    return [k for k in kind if isinstance(k, str)] if isinstance(kind, list) else []


def is_null(document: JsonDict, schema: Any) -> bool:
    """A branch that only admits null (`type: null`, `const: null`, `enum: [null]`)."""
    target = resolve(document, schema)
    if not isinstance(target, dict):
        return False
    kinds = _kinds(target)
    return (kinds == ["null"]) or ("const" in target and target["const"] is None) or target.get("enum") == [None]


def _primitive_ref(document: JsonDict, schema: Any) -> bool:
    """A reference to a plain string/number/boolean schema: tables show its type, not its name."""
    target = resolve(document, schema)
    return isinstance(target, dict) and target.get("type") in _PRIMITIVE_TYPES and "enum" not in target


def _overlay(base: JsonDict, top: JsonDict) -> JsonDict:
    """top's keywords over base's: properties merged by name, required united, types intersected."""
    out = dict(base)
    for key, value in top.items():
        if key == "properties" and isinstance(value, dict) and isinstance(out.get("properties"), dict):
            merged = dict(out["properties"])
            for name, sub in value.items():
                # Both sides describe the property: keep both, so a named schema stays named (`type_text`).
                merged[name] = {"allOf": [merged[name], sub]} if name in merged else sub
            out["properties"] = merged
        elif key == "required" and isinstance(value, list) and isinstance(out.get("required"), list):
            out["required"] = list(dict.fromkeys([*out["required"], *value]))
        elif key == "type" and "type" in out:
            mine, theirs = _kinds(out), _kinds(top)
            common = [k for k in mine if k in theirs] or theirs
            out["type"] = common[0] if len(common) == 1 else common
        else:
            out[key] = value
    return out


def merge_all_of(document: JsonDict, schema: Any, depth: int = 0) -> JsonDict:
    """The schema with its `$ref` followed (sibling keywords kept) and its allOf parts merged into one."""
    if not isinstance(schema, dict) or depth > MAX_MERGE_DEPTH:
        return {}
    if isinstance(schema.get("$ref"), str):
        target = merge_all_of(document, resolve(document, {"$ref": schema["$ref"]}), depth + 1)
        schema = _overlay(target, {k: v for k, v in schema.items() if k != "$ref"})
    parts = schema.get("allOf")
    if not isinstance(parts, list):
        return dict(schema)
    out: JsonDict = {}
    for part in parts:
        out = _overlay(out, merge_all_of(document, part, depth + 1))
    return _overlay(out, {k: v for k, v in schema.items() if k != "allOf"})


def normalized(document: JsonDict, schema: Any, depth: int = 0) -> JsonDict:
    """merge_all_of, and a oneOf/anyOf whose other branches are all null replaced by its one real branch."""
    merged = merge_all_of(document, schema, depth)
    for combo in ("oneOf", "anyOf"):
        branches = merged.get(combo)
        if isinstance(branches, list) and depth < MAX_MERGE_DEPTH:
            real = [b for b in branches if not is_null(document, b)]
            if len(real) == 1:
                rest = {k: v for k, v in merged.items() if k != combo}
                return _overlay(normalized(document, real[0], depth + 1), rest)
    return merged


def nullable(document: JsonDict, schema: Any) -> bool:
    """Whether null is allowed: `type: [T, null]`, `nullable: true` (3.0) or a null branch of oneOf/anyOf."""
    merged = merge_all_of(document, schema)
    if "null" in _kinds(merged) or merged.get("nullable") is True:
        return True
    return any(
        is_null(document, b)
        for combo in ("oneOf", "anyOf")
        if isinstance(merged.get(combo), list)
        for b in merged[combo]
    )


def _value_type(values: list[Any]) -> str:
    kinds = []
    for value in values:
        if value is None:
            continue
        kinds.append(
            "boolean"
            if isinstance(value, bool)
            else "integer"
            if isinstance(value, int)
            else "number"
            if isinstance(value, float)
            else "string"
            if isinstance(value, str)
            else "array"
            if isinstance(value, list)
            else "object"
        )
    return " | ".join(dict.fromkeys(kinds))


def type_text(document: JsonDict, schema: Any, depth: int = 0) -> str:
    """A short human-readable type for tables, e.g. `string (date)`, `array<Medication>`, `CommonHeader | null`."""
    if not isinstance(schema, dict) or depth > MAX_MERGE_DEPTH:
        return "any"
    null = " | null" if nullable(document, schema) else ""
    name = ref_name(schema)
    if name is not None:
        if _primitive_ref(document, schema):
            return _strip_null(type_text(document, resolve(document, schema), depth + 1)) + null
        return name + null
    if isinstance(schema.get("allOf"), list):
        named = [n for p in schema["allOf"] if (n := ref_name(p)) is not None and not _primitive_ref(document, p)]
        if named:  # the merged object is named after the components it extends, the inline refinements add fields
            return " & ".join(dict.fromkeys(named)) + null
        merged = merge_all_of(document, schema)
        return _plain_type(document, {k: v for k, v in merged.items() if k != "nullable"}, depth) + null
    return _plain_type(document, schema, depth) + null


def _plain_type(document: JsonDict, schema: JsonDict, depth: int) -> str:
    """The type without `| null` (the caller adds it once)."""
    shown = []
    for combo in ("oneOf", "anyOf"):
        branches = schema.get(combo)
        if isinstance(branches, list):
            shown += [_strip_null(type_text(document, b, depth + 1)) for b in branches if not is_null(document, b)]
    if shown:
        return " | ".join(dict.fromkeys(shown))
    kinds = [k for k in _kinds(schema) if k != "null"]
    if not kinds:
        if "const" in schema or isinstance(schema.get("enum"), list):
            inferred = _value_type([schema["const"]] if "const" in schema else schema["enum"])
            kinds = [inferred] if inferred else []
        elif "properties" in schema:
            kinds = ["object"]
        elif "items" in schema:
            kinds = ["array"]
    for kind in kinds:
        if kind == "array":
            shown.append(f"array<{_strip_null(type_text(document, schema.get('items'), depth + 1))}>")
        else:
            fmt = schema.get("format")
            shown.append(f"{kind} ({fmt})" if fmt else kind)
    return " | ".join(shown) or "any"


def _strip_null(text: str) -> str:
    return text[: -len(" | null")] if text.endswith(" | null") else text


def constraints(document: JsonDict, schema: Any) -> str:
    """Enum values (with their labels), pattern, bounds, default and const of the schema, merged allOf included."""
    target = normalized(document, schema)
    out = []
    if isinstance(target.get("enum"), list):
        labels = target.get("x-enum-descriptions")
        values = target["enum"]
        if isinstance(labels, list) and len(labels) == len(values):
            out.append(
                "enum: "
                + ", ".join(
                    f"{json.dumps(v, ensure_ascii=False)} ({lab})" for v, lab in zip(values, labels, strict=True)
                )
            )
        else:
            out.append("enum: " + ", ".join(json.dumps(v, ensure_ascii=False) for v in values))
    for key in _CONSTRAINT_KEYS:
        if key in target:
            out.append(f"{key}: {json.dumps(target[key], ensure_ascii=False, default=str)}")
    return "; ".join(out)


def field_doc(document: JsonDict, schema: Any) -> str:
    """The description a table shows: the property's own, else the title or description of what it refers to."""
    if not isinstance(schema, dict):
        return ""
    text = schema.get("description") or schema.get("title")
    if not text and "$ref" in schema:
        target = resolve(document, schema)
        if isinstance(target, dict):
            text = target.get("title") or target.get("description")
    if not text:
        merged = normalized(document, schema)
        text = merged.get("description") or merged.get("title")
    return str(text or "")


def _names(document: JsonDict, schema: Any, depth: int = 0) -> set[str]:
    """Component names a schema is made of (its reference and its allOf parts): the recursion guard's keys."""
    if not isinstance(schema, dict) or depth > MAX_MERGE_DEPTH:
        return set()
    found = set()
    name = ref_name(schema)
    if name is not None:
        found.add(name)
        found |= _names(document, resolve(document, schema), depth + 1)
    for part in schema.get("allOf") or () if isinstance(schema.get("allOf"), list) else ():
        found |= _names(document, part, depth + 1)
    return found


class _ShapeBuilder:
    """Builds SchemaShapes of one document, counting rows against MAX_ROWS."""

    def __init__(self, document: JsonDict) -> None:
        self.document = document
        self.rows = 0

    def shape(self, schema: Any, prefix: str, depth: int, trail: frozenset[str]) -> SchemaShape | None:
        """The fields and alternatives of an object schema (arrays: of their items); None when it has neither."""
        document = self.document
        names = _names(document, schema)
        if names & trail or depth > MAX_FIELD_DEPTH or self.rows >= MAX_ROWS:
            return None  # a recursive schema: the row that refers back is enough
        trail = trail | names
        merged = normalized(document, schema)
        if "array" in _kinds(merged) or ("items" in merged and "properties" not in merged):
            return self.shape(merged.get("items"), prefix + "[]", depth, trail)
        fields = self._fields(merged, prefix, depth, trail)
        combinator, branches = _branches(document, merged)
        variants: list[Variant] = []
        discriminator, implicit = "", False
        if branches:
            discriminator, values, implicit = _discriminator(document, merged, branches)
            for i, branch in enumerate(branches):
                inner = self.shape(branch, prefix, depth, trail)
                variants.append(
                    Variant(
                        title=_variant_title(document, branch, i),
                        schema_name=ref_name(branch),
                        discriminator_value=values[i],
                        shape=inner or SchemaShape(prefix, ()),
                    )
                )
        if not fields and not variants:
            return None
        return SchemaShape(prefix, tuple(fields), tuple(variants), combinator, discriminator, implicit)

    def _fields(self, merged: JsonDict, prefix: str, depth: int, trail: frozenset[str]) -> list[SchemaField]:
        document = self.document
        properties = merged.get("properties")
        required = set(merged.get("required") or []) if isinstance(merged.get("required"), list) else set()
        rows: list[SchemaField] = []
        for prop, sub in properties.items() if isinstance(properties, dict) else ():
            if self.rows >= MAX_ROWS:
                break
            self.rows += 1
            path = f"{prefix}.{prop}" if prefix else str(prop)
            own = normalized(document, sub)
            nested = self.shape(sub, path, depth + 1, trail) if depth < MAX_FIELD_DEPTH else None
            rows.append(
                SchemaField(
                    path=path,
                    type_text=type_text(document, sub),
                    required=prop in required,
                    description=field_doc(document, sub),
                    constraints=constraints(document, sub),
                    depth=depth,
                    name=str(prop),
                    deprecated=own.get("deprecated") is True,
                    sunset=_date_text(own.get("x-sunset")),
                    nested=nested,
                )
            )
        return rows


def _date_text(value: Any) -> str:
    return str(value) if isinstance(value, str) or hasattr(value, "isoformat") else ""


def _branches(document: JsonDict, merged: JsonDict) -> tuple[str, list[Any]]:
    """("oneOf" | "anyOf", the non-null branches) when there are at least two; else ("", [])."""
    for combo in ("oneOf", "anyOf"):
        branches = merged.get(combo)
        if isinstance(branches, list):
            real = [b for b in branches if not is_null(document, b)]
            if len(real) >= 2:
                return combo, real
    return "", []


def _variant_title(document: JsonDict, branch: Any, index: int) -> str:
    name = ref_name(branch)
    target = normalized(document, branch)
    title = target.get("title") if isinstance(target.get("title"), str) else ""
    if title and name:
        return f"{title}（{name}）"
    return title or name or type_text(document, branch) or f"案{index + 1}"


def _discriminator(document: JsonDict, merged: JsonDict, branches: list[Any]) -> tuple[str, list[str], bool]:
    """(property name, value per branch, implicit): the declared discriminator, else a property every branch fixes
    to a different single value (`const`, or an enum of one)."""
    declared = merged.get("discriminator")
    if isinstance(declared, dict) and isinstance(declared.get("propertyName"), str):
        mapping = declared.get("mapping")
        mapping = mapping if isinstance(mapping, dict) else {}
        values = []
        for branch in branches:
            name = ref_name(branch)
            keys = [str(k) for k, v in mapping.items() if name is not None and v in (f"{_SCHEMAS}{name}", name)]
            values.append(", ".join(keys) if keys else (name or ""))  # unmapped: the schema name (OpenAPI 3.1)
        return declared["propertyName"], values, False
    fixed = [_fixed_values(document, b) for b in branches]
    for prop in fixed[0]:
        found = [f[prop] for f in fixed if prop in f]
        if len(found) == len(fixed) and len(set(found)) == len(found):
            return prop, found, True
    return "", [""] * len(branches), False


def _fixed_values(document: JsonDict, branch: Any) -> dict[str, str]:
    """Properties a branch fixes to one value: name → that value as text."""
    properties = normalized(document, branch).get("properties")
    out = {}
    for prop, sub in properties.items() if isinstance(properties, dict) else ():
        target = normalized(document, sub)
        if "const" in target and isinstance(target["const"], str | int | bool):
            out[str(prop)] = str(target["const"])
        elif isinstance(target.get("enum"), list) and len(target["enum"]) == 1:
            out[str(prop)] = str(target["enum"][0])
    return out


def schema_shape(document: JsonDict, schema: Any) -> SchemaShape | None:
    """What the reference shows for a body or response schema: its field table, nested tables, alternatives."""
    if not isinstance(schema, dict):
        return None
    return _ShapeBuilder(document).shape(schema, "", 0, frozenset())


def shape_fields(shape: SchemaShape | None) -> tuple[SchemaField, ...]:
    """Every row of a shape, nested ones and those of its alternatives included, in reading order."""
    out: list[SchemaField] = []

    def visit(node: SchemaShape) -> None:
        for f in node.fields:
            out.append(f)
            if f.nested is not None:
                visit(f.nested)
        for v in node.variants:
            visit(v.shape)

    if shape is not None:
        visit(shape)
    return tuple(out)


def flatten_fields(document: JsonDict, schema: Any) -> tuple[SchemaField, ...]:
    """Object properties as rows, nested objects and arrays of objects included (dotted paths)."""
    return shape_fields(schema_shape(document, schema))
