"""Structured mutations of our specs: a seed document (bundled, or split over shared/ files) edited
by a few random operations, then written as YAML or JSON (sometimes with a textual edit on top).

Each operation returns a short description; a Case's label lists them, so a failing example reads
like `self-info (bundled, yaml): rename /components/schemas/Foo -> 'class'; enum-collide ...`.
"""

from __future__ import annotations

import contextlib
import copy
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import yaml
from hypothesis import strategies as st

from tests.fuzz.harness import Case

Pointer = tuple[Any, ...]
Draw = Callable[[st.SearchStrategy[Any]], Any]

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_CHILD = frozenset(
    {"schema", "items", "additionalProperties", "not", "contains", "if", "then", "else", "propertyNames"}
)
SCHEMA_MAP = frozenset({"properties", "schemas", "patternProperties", "$defs", "dependentSchemas"})
SCHEMA_LIST = frozenset({"allOf", "oneOf", "anyOf", "prefixItems"})

# fmt: off
# Strings that have broken parsers, code generators, escaping or Unicode handling somewhere.
WEIRD_STRINGS = [
    "", " ", "\x00", "a\x00b", "\t", "\n", "\r\n", "a\nb", "\x1b[31mred", "\x7f", "\u202e", "\u200b", "\ufeff",
    "\u2028", "\u0085", "\ud800", "\udcff", "\U0001f600", "\U000e0001", "ℌ", "H", "Ｈ", "ｈ", "ﬁ", "ß", "İ", "ǅ",
    "K", "①", "Ⅸ", "㍿", "ｶﾞ", "日本語", "テスト", "ｱｲｳ", "ａｐｉ", "class", "def", "None", "True", "self",
    "__init__", "__class__", "__dict__", "model_config", "model_fields", "schema", "json", "dict", "copy",
    "validate", "client", "http_client", "timeout", "auth", "base_url", "server", "headers", "params", "Any",
    "BaseModel", "Field", "Optional", "typing", "str", "int", "list", "_", "__", "-", "1", "0abc", "a-b", "a.b",
    "a/b", "a~b", "~1", "~0", "%2F", "%", "{x}", "{", "}", "'", '"', "\\", '"""', "'''", "\\N{x}", "\\u0041",
    "${x}", "{{x}}", "{% x %}", "<script>alert(1)</script>", "]]>", "-->", "a" * 300, "x" * 5000, "#", "#/",
    "$ref", "x-", "*", "&a", "!!python/object:os.system", "..", "../..", "/", "//", "NaN", "-0", "1e400",
    "0x10", "y", "on", "~", "null", "1.0", "2024-01-01", "12:30", "`", "|", ">", "@", "é", "e\u0301",
]
NFKC_PAIRS = [("ℌ", "H"), ("Ｈ", "H"), ("ﬁ", "fi"), ("①", "1"), ("Ⅸ", "IX"), ("K", "K"), ("ｶﾞ", "ガ"), ("é", "e\u0301")]
PY_NAMES = [
    "class", "def", "return", "lambda", "None", "True", "False", "async", "await", "match", "case", "type",
    "self", "cls", "object", "list", "dict", "str", "int", "float", "bool", "bytes", "print", "id", "__init__",
    "model_config", "model_fields", "model_dump", "schema", "json", "copy", "Model", "BaseModel", "RootModel",
    "Field", "ConfigDict", "Enum", "StrEnum", "Any", "Optional", "Union", "Literal", "Annotated", "datetime",
    "date", "UUID", "Decimal", "httpx", "pydantic", "typing", "annotations", "APIError", "RateLimitError",
    "Problem", "NotFoundError", "BearerTokenAuth", "DEFAULT_TIMEOUT", "Client", "AsyncClient", "_base", "_errors",
]
ODD_REFS = [
    "#/nope", "#", "", "#/", "#//", "http://x", "https://example.com/s.yaml#/X", "file:///etc/passwd", "/etc/passwd",
    "../../etc/passwd", "..", ".", "./", "#/components/schemas/", "#/components/schemas/%E6%97%A5%E6%9C%AC",
    "#/components/schemas/a~1b", "#/components/schemas/~2", "#/components/schemas/%", "#/paths/~1x",
    "#/info/title", "#/openapi", "#/components", "#/components/schemas", "#/paths", "#/components/schemas/X#/y",
    " #/components/schemas/X", "#/components/schemas/X ", "x" * 5000, "#" + "/a" * 2000, "\x00", "#\x00",
    "%zz", "data:,x", "urn:x", "mailto:a@b", "//host/x", "\\\\host\\x", "C:\\x", "shared/schemas.yaml",
    "shared/schemas.yaml#/nope", "shared/schemas.yaml#", "shared/", "shared", "shared/nope.yaml#/X",
    "./shared/../shared/schemas.yaml#/Problem", "shared/schemas.yaml#/Problem/properties",
    "shared/schemas.yaml#Problem", "shared\\schemas.yaml#/Problem", "shared/schemas.yaml?x=1#/Problem",
    "%73hared/schemas.yaml#/Problem", "spec.yaml#/components", "#/components/schemas/日本語",
    "#/components/schemas/ℌ", "#/components/schemas/class", "#/components/schemas/__init__",
]
OPENAPI_VERSIONS = [
    "3.0.0", "3.0.3", "3.0.4", "3.1.0", "3.1.1", "3.1.2", "3.2.0", "3.1", "3", "2.0", "4.0.0", "3.1.0-rc1",
    " 3.1.0", "３.１.０", "3.1.0\n", 3.1, 3, 310, None, "", True, ["3.1.0"], {"v": "3.1.0"},
]
TYPES = [
    "string", "integer", "number", "boolean", "array", "object", "null", ["string", "null"], ["null"], [],
    ["integer", "string"], ["string", "string"], ["object", "array", "null"], "Integer", "file", "any", "", 1,
    None, True, {"type": "string"},
]
FORMATS = [
    "date-time", "date", "time", "duration", "uuid", "binary", "byte", "base64", "int32", "int64", "float",
    "double", "decimal", "email", "idn-email", "hostname", "ipv4", "ipv6", "uri", "uri-reference", "password",
    "regex", "json-pointer", "unknown", "", 1, None,
]
PATTERNS = ["(", "[", "\\", "(?P<x>a)", "\\p{L}+", "^(a+)+$", "\\d{1,99999}", "[^]", "(?<=a)b", "\\Z", "$^", "\x00", ""]
CONTENT_TYPES = [
    "application/json", "application/problem+json", "application/x-www-form-urlencoded", "multipart/form-data",
    "text/plain", "text/plain; charset=shift_jis", "application/octet-stream", "*/*", "application/*",
    "application/vnd.api+json; v=2", "image/png", "", "json", "application/json;", "APPLICATION/JSON", "日本語/x",
]
STATUS_CODES = ["200", "201", "204", "2XX", "4XX", "default", "999", "099", "20", "abc", "", "1XX", "300", "5xx"]
PATH_KEYS = [
    "/{id}/{id}", "/{}", "/{a b}", "/{日本}", "", "noslash", "/a/{b", "/a/{b}}", "/{b}.{c}", "/{class}", "/a?x=1",
    "/a#f", "/%7Bx%7D", "//", "/a/../b", "/{self}", "/{timeout}", "/{_}", "/{1}", "/ｘ", "/x/{x}/x/{X}", "/" * 50,
]
WRAPPERS = ("properties", "allOf", "items", "list", "dict")
STEMS = [
    "class", "None", "1api", "日本語", "ａｐｉ", "api.v2", "a b", "_errors", "_base", "_auth", "_types", "__init__",
    "client", "models", "fuzzpkg", "-", "x" * 200, "con", "api-", "-api", "__", "Api", "ℌ", "async", "py.typed",
]

# fmt: on


# --- seeds -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Seed:
    """A starting point: parsed documents by relative path (one for a bundled seed, several for a split one)."""

    name: str
    files: dict[str, Any]
    raw: dict[str, bytes]  # the files as written (an untouched file is used as it is)
    entry: str
    split: bool


def fresh(options: Any) -> st.SearchStrategy[Any]:
    """sampled_from, but a copy: the operations edit what they insert, and the constants must stay as they are."""
    return st.sampled_from(options).map(copy.deepcopy)


# --- pointers ------------------------------------------------------------------------------------------


def walk(node: Any, ptr: Pointer = ()) -> Iterator[Pointer]:
    """Every pointer, parents first, in document order; iterative: depth never raises RecursionError."""
    stack: list[tuple[Any, Pointer]] = [(node, ptr)]
    while stack:
        node, ptr = stack.pop()
        yield ptr
        if isinstance(node, dict):
            stack.extend(((v, (*ptr, k)) for k, v in reversed(node.items())))
        elif isinstance(node, list):
            stack.extend(((v, (*ptr, i)) for i, v in reversed(list(enumerate(node)))))


def get(doc: Any, ptr: Pointer) -> Any:
    for part in ptr:
        doc = doc[part]
    return doc


def put(doc: Any, ptr: Pointer, value: Any) -> Any:
    """Set the node at ptr (the root when ptr is empty: returns the new root)."""
    if not ptr:
        return value
    get(doc, ptr[:-1])[ptr[-1]] = value
    return doc


def is_schema(ptr: Pointer, node: Any) -> bool:
    if not isinstance(node, dict) or not ptr:
        return False
    if ptr[-1] in SCHEMA_CHILD:
        return True
    return len(ptr) >= 2 and (ptr[-2] in SCHEMA_MAP or ptr[-2] in SCHEMA_LIST)


def schemas(doc: Any) -> list[Pointer]:
    return [p for p in walk(doc) if is_schema(p, get(doc, p))]


def operations(doc: Any) -> list[Pointer]:
    return [
        p for p in walk(doc) if len(p) == 3 and p[0] == "paths" and p[2] in METHODS and isinstance(get(doc, p), dict)
    ]


def pointer_text(ptr: Pointer) -> str:
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1")[:40] for p in ptr)


# --- values ----------------------------------------------------------------------------------------------

# Lone surrogates and every other code point, which st.text() leaves out by default.
any_char = st.characters(exclude_categories=())
weird_text = st.one_of(
    fresh(WEIRD_STRINGS),
    st.text(any_char, max_size=20),
    st.builds(
        lambda a, b, c: a + b + c,
        fresh(WEIRD_STRINGS),
        st.text(any_char, max_size=5),
        fresh(WEIRD_STRINGS),
    ),
)


class Big(int):
    """An integer too long for repr() (Python refuses over 4,300 digits): Hypothesis can print it."""

    def __repr__(self) -> str:
        return f"<{len(int.__str__(self)) if sys.get_int_max_str_digits() == 0 else 'many'}-digit integer>"


numbers = st.one_of(
    st.integers(),
    fresh([0, -1, 2**31, 2**63, 2**64 + 1, -(2**63) - 1, 10**30, 10**400, 10**4299, Big(-(10**5000))]),
    st.floats(allow_nan=True, allow_infinity=True),
    fresh([0.0, -0.0, 1e308, 5e-324, 1.5]),
)
scalars = st.one_of(st.none(), st.booleans(), numbers, weird_text)
weird_values: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(weird_text, inner, max_size=3)),
    max_leaves=6,
)
weird_keys = st.one_of(fresh(WEIRD_STRINGS), fresh(PY_NAMES), st.text(any_char, min_size=1, max_size=12))
yaml_only_keys = st.one_of(st.integers(-2, 1000), st.booleans(), st.none(), st.just(1.5))


def key_variants(key: str) -> list[str]:
    """Keys that collide with key after case folding, NFKC, snake_case or stripping."""
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", key).lower()
    camel = re.sub(r"_(\w)", lambda m: m.group(1).upper(), key)
    full = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in key)
    return [
        key.upper(),
        key.lower(),
        key.swapcase(),
        snake,
        camel,
        key + "_",
        "_" + key,
        key + " ",
        full,
        key.replace("-", "_"),
        key.replace("_", "-"),
        unicodedata.normalize("NFKC", key) + "\u200b",
        key + "1",
    ]


# --- operations on a document ------------------------------------------------------------------------------


def _pick(draw: Draw, items: list[Pointer], fallback: list[Pointer]) -> Pointer:
    chosen: Pointer = draw(st.sampled_from(items or fallback))
    return chosen


def _non_root(doc: Any) -> list[Pointer]:
    return [p for p in walk(doc) if p]


def _in_dicts(doc: Any) -> list[Pointer]:
    return [p for p in walk(doc) if p and isinstance(get(doc, p[:-1]), dict)]


def _dicts(doc: Any) -> list[Pointer]:
    return [p for p in walk(doc) if isinstance(get(doc, p), dict)]


def op_delete(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    ptr = _pick(draw, _non_root(doc), [])
    del get(doc, ptr[:-1])[ptr[-1]]
    return f"delete {pointer_text(ptr)}"


def op_replace(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    ptr = _pick(draw, _non_root(doc), [])
    value = draw(weird_values)
    put(doc, ptr, value)
    return f"replace {pointer_text(ptr)} = {_short(value)}"


def _rename(parent: dict[Any, Any], old: Any, new: Any) -> None:
    items = [(new if k == old else k, v) for k, v in parent.items()]
    parent.clear()
    parent.update(items)


def op_rename(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    ptr = _pick(draw, _in_dicts(doc), [])
    new = draw(st.one_of(weird_keys, yaml_only_keys) if yaml_keys else weird_keys)
    _rename(get(doc, ptr[:-1]), ptr[-1], new)
    return f"rename {pointer_text(ptr)} -> {_short(new)}"


def op_sibling(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    """The same value under a key that collides with its own after normalisation."""
    ptr = _pick(draw, [p for p in _in_dicts(doc) if isinstance(p[-1], str)], [])
    new = draw(fresh(key_variants(ptr[-1])))
    get(doc, ptr[:-1])[new] = copy.deepcopy(get(doc, ptr))
    return f"sibling {pointer_text(ptr)} as {_short(new)}"


def op_splice(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    """A copy of one subtree somewhere else (a schema where a parameter belongs, and so on)."""
    pointers = _non_root(doc)
    src, dst = _pick(draw, pointers, []), _pick(draw, pointers, [])
    value = get(doc, src)
    inside = {id(get(value, p)) for p in walk(value)}
    # The same object twice (YAML anchors and aliases), unless that would make a cycle.
    shared = draw(st.booleans()) and not any(id(get(doc, dst[:i])) in inside for i in range(len(dst)))
    put(doc, dst, value if shared else copy.deepcopy(value))
    return f"{'alias' if shared else 'copy'} {pointer_text(src)} to {pointer_text(dst)}"


def op_ref(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    ptr = _pick(draw, _non_root(doc), [])
    names = list(doc.get("components", {}).get("schemas", {})) if isinstance(doc.get("components"), dict) else []
    target = draw(
        st.one_of(
            fresh(ODD_REFS),
            st.just("#" + pointer_text(ptr)),  # itself
            st.just("#" + pointer_text(ptr[:-1])),  # its parent
            st.builds(lambda k: "#/components/schemas/" + k, weird_keys),
            fresh(["#/components/schemas/" + str(n) for n in names] or ["#/components/schemas/X"]),
            fresh([1, None, [], {}, True]),
        )
    )
    node = get(doc, ptr)
    if isinstance(node, dict) and draw(st.booleans()):
        node["$ref"] = target  # a $ref beside other keys
        return f"add $ref {_short(target)} in {pointer_text(ptr)}"
    put(doc, ptr, {"$ref": target})
    return f"$ref {pointer_text(ptr)} -> {_short(target)}"


def op_loop(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    """Reference cycles between (or within) component schemas."""
    comps = doc.setdefault("components", {}) if isinstance(doc, dict) else None
    if not isinstance(comps, dict):
        return "loop (no components)"
    table = comps.setdefault("schemas", {})
    if not isinstance(table, dict):
        return "loop (schemas not a mapping)"
    names = [n for n in table if isinstance(n, str)] or ["A"]
    a, b = draw(fresh(names)), draw(fresh([*names, "B"]))
    kind = draw(fresh(["self", "pair", "property", "allOf", "items", "root", "components"]))
    ref_a, ref_b = {"$ref": f"#/components/schemas/{a}"}, {"$ref": f"#/components/schemas/{b}"}
    if kind == "self":
        table[a] = ref_a
    elif kind == "pair":
        table[a], table[b] = ref_b, ref_a
    elif kind == "property":
        table[a] = {"type": "object", "properties": {"next": ref_a, "other": ref_b}, "required": ["next"]}
    elif kind == "allOf":
        table[a], table[b] = {"allOf": [ref_b, {"type": "object"}]}, {"allOf": [ref_a]}
    elif kind == "items":
        table[a] = {"type": "array", "items": ref_a}
    else:
        table[a] = {"$ref": "#" if kind == "root" else "#/components"}
    return f"loop {kind} {_short(a)}/{_short(b)}"


def op_extension(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    ptr = _pick(draw, _dicts(doc), [()])
    key = "x-" + draw(st.one_of(weird_keys, st.just("illustrative"), st.just("")))
    get(doc, ptr)[key] = draw(weird_values)
    return f"extension {pointer_text(ptr)}/{_short(key)}"


def op_version(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    version = draw(fresh(OPENAPI_VERSIONS))
    doc["openapi"] = version
    if draw(st.integers(0, 9)) == 0:
        doc["swagger"] = "2.0"
    return f"openapi = {_short(version)}"


def op_type(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    ptr = _pick(draw, schemas(doc), _dicts(doc))
    value = draw(fresh(TYPES))
    get(doc, ptr)["type"] = copy.deepcopy(value)
    return f"type {pointer_text(ptr)} = {_short(value)}"


def op_enum(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    """Enum values that collide once turned into member names (NFKC, case, punctuation) or that mix types."""
    ptr = _pick(draw, schemas(doc), _dicts(doc))
    pair = draw(fresh(NFKC_PAIRS))
    values = draw(
        st.one_of(
            st.just(list(pair)),
            fresh(
                [
                    ["a", "A"],
                    ["a-b", "a_b", "a b"],
                    ["", " "],
                    ["1", 1],
                    [1.0, 1],
                    [True, 1],
                    [None],
                    [],
                    ["x", "x"],
                    ["class", "None", "self"],
                    ["日本", "にほん"],
                    [{"a": 1}],
                    [[1]],
                    ["1a", "_1a"],
                    ["\x00"],
                    ["\ud800"],
                    ["x" * 300],
                ]
            ),
            st.lists(scalars, min_size=1, max_size=6),
        )
    )
    node = get(doc, ptr)
    node["enum"] = values
    if draw(st.booleans()):
        node["type"] = draw(fresh(["string", "integer", ["string", "null"], "number"]))
    return f"enum {pointer_text(ptr)} = {_short(values)}"


def op_nest(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    ptr = _pick(draw, schemas(doc), _non_root(doc))
    depth = draw(fresh([2, 10, 50, 100, 200, 255, 256, 300]))
    kind = draw(fresh(WRAPPERS))
    node = get(doc, ptr)
    for _ in range(depth):
        node = {
            "properties": {"type": "object", "properties": {"a": node}},
            "allOf": {"allOf": [node]},
            "items": {"type": "array", "items": node},
            "list": [node],
            "dict": {"a": node},
        }[kind]
    put(doc, ptr, node)
    return f"nest {pointer_text(ptr)} {depth}x {kind}"


def _schema_value(draw: Draw, keyword: str, doc: Any) -> Any:
    names = (
        [str(n) for n in (doc.get("components") or {}).get("schemas", {})]
        if isinstance(doc.get("components"), dict)
        else []
    )
    refs = [{"$ref": f"#/components/schemas/{n}"} for n in names[:20]] or [{"type": "string"}]
    simple = fresh([{"type": "string"}, {"type": "integer"}, {}, True, False, {"type": "null"}, *refs])
    props = st.dictionaries(st.one_of(weird_keys, fresh(PY_NAMES)), simple, min_size=1, max_size=5)
    match keyword:
        case "properties":
            return draw(props)
        case "required":
            return draw(st.one_of(st.lists(weird_keys, max_size=4), fresh([[], "x", True, ["a", "a"]])))
        case "format":
            return draw(fresh(FORMATS))
        case "pattern":
            return draw(fresh(PATTERNS))
        case "oneOf" | "anyOf" | "allOf" | "prefixItems":
            return draw(st.one_of(st.lists(simple, max_size=4), fresh([[], {}, "x", [None]])))
        case "discriminator":
            return draw(
                st.fixed_dictionaries(
                    {"propertyName": st.one_of(weird_keys, st.just("type"))},
                    optional={
                        "mapping": st.dictionaries(
                            weird_keys, fresh([r["$ref"] for r in refs] if names else ODD_REFS), max_size=3
                        )
                    },
                )
            )
        case "additionalProperties" | "items" | "not":
            return draw(st.one_of(simple, st.just({"type": "object", "additionalProperties": False})))
        case "nullable" | "readOnly" | "writeOnly" | "deprecated" | "uniqueItems":
            return draw(st.one_of(st.booleans(), scalars))
        case "title" | "description":
            return draw(st.one_of(weird_text, fresh(['"""; import os; """', "\\", "a\\", "\\u00", "\r", "\x0c"])))
        case _:
            return draw(weird_values)


# fmt: off
SCHEMA_KEYWORDS = [
    "properties", "required", "format", "pattern", "oneOf", "anyOf", "allOf", "prefixItems", "discriminator",
    "additionalProperties", "items", "not", "nullable", "readOnly", "writeOnly", "deprecated", "uniqueItems",
    "title", "description", "default", "example", "examples", "const", "minimum", "maximum", "exclusiveMinimum",
    "minLength", "maxLength", "minItems", "maxItems", "multipleOf", "$id", "$schema", "$anchor", "$dynamicRef",
    "$defs", "contentMediaType", "contentEncoding", "xml", "patternProperties", "unevaluatedProperties",
]
# fmt: on


def op_schema(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    ptr = _pick(draw, schemas(doc), _dicts(doc))
    keyword = draw(fresh(SCHEMA_KEYWORDS))
    value = _schema_value(draw, keyword, doc)
    get(doc, ptr)[keyword] = value
    return f"schema {pointer_text(ptr)}.{keyword} = {_short(value)}"


def op_add_schema(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    """A new component schema whose name collides with a Python or generated name, or with another schema."""
    comps = doc.setdefault("components", {})
    if not isinstance(comps, dict) or not isinstance(comps.setdefault("schemas", {}), dict):
        return "add-schema (components unusable)"
    table = comps["schemas"]
    existing = [n for n in table if isinstance(n, str)]
    candidates = PY_NAMES + [v for n in existing[:10] for v in key_variants(n)] + [a for a, _ in NFKC_PAIRS]
    name = draw(st.one_of(fresh(candidates), weird_keys))
    kind = draw(fresh(["object", "enum", "ref", "alias", "copy"]))
    body: Any = {
        "object": {"type": "object", "properties": {draw(weird_keys): {"type": "string"}}},
        "enum": {"type": "string", "enum": [draw(weird_text), draw(weird_text)]},
        "ref": {"$ref": f"#/components/schemas/{existing[0]}" if existing else "#/components/schemas/X"},
        "alias": {"type": "array", "items": {"type": "string"}},
        "copy": copy.deepcopy(table[existing[0]]) if existing else {},
    }[kind]
    table[name] = body
    return f"add-schema {_short(name)} ({kind})"


def op_operation(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    ops = operations(doc)
    if not ops:
        return "operation (none)"
    ptr = draw(fresh(ops))
    op = get(doc, ptr)
    what = draw(fresh(["operationId", "parameter", "body", "response", "security", "text", "tags", "servers"]))
    if what == "operationId":
        others = [get(doc, p).get("operationId") for p in ops]
        value = draw(st.one_of(weird_keys, fresh(PY_NAMES), fresh([o for o in others if o] or ["x"])))
        op["operationId"] = value
    elif what == "parameter":
        value = {
            "name": draw(st.one_of(weird_keys, fresh(PY_NAMES))),
            "in": draw(fresh(["query", "path", "header", "cookie", "querystring", "body", "formData", "", 1])),
            "required": draw(st.one_of(st.booleans(), scalars)),
            **draw(
                fresh(
                    [
                        {"schema": {"type": "string"}},
                        {"schema": {"type": "array", "items": {"type": "integer"}}},
                        {"content": {"application/json": {"schema": {"type": "object"}}}},
                        {},
                        {
                            "schema": {"type": "object", "properties": {"a": {"type": "string"}}},
                            "style": "deepObject",
                            "explode": True,
                        },
                        {"schema": {"$ref": "#/nope"}},
                        {"schema": {"type": "string"}, "style": "matrix"},
                    ]
                )
            ),
        }
        params = op.setdefault("parameters", [])
        if isinstance(params, list):
            params.append(value)
        else:
            op["parameters"] = [value]
    elif what == "body":
        media = draw(fresh(CONTENT_TYPES))
        schema = draw(
            fresh(
                [
                    {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}},
                    {"type": "string"},
                    {},
                    {"type": "array", "items": {}},
                    {"$ref": "#/components/schemas"},
                ]
            )
        )
        op["requestBody"] = {"required": draw(st.booleans()), "content": {media: {"schema": schema}}}
    elif what == "response":
        responses = op.setdefault("responses", {})
        code = draw(st.one_of(fresh(STATUS_CODES), yaml_only_keys if yaml_keys else fresh(STATUS_CODES)))
        media = draw(fresh(CONTENT_TYPES))
        if isinstance(responses, dict):
            responses[code] = {
                "description": draw(weird_text),
                "content": {media: {"schema": draw(fresh([{}, {"type": "string"}, {"type": "object"}]))}},
            }
        value = code
    elif what == "security":
        value = draw(fresh([[], [{}], [{"nope": []}], [{"x": ["a", "a"]}], {}, None, [{"oauth": "read"}]]))
        op["security"] = value
    elif what == "text":
        op[draw(fresh(["summary", "description"]))] = draw(weird_text)
    elif what == "tags":
        op["tags"] = draw(st.lists(weird_text, max_size=3))
    else:
        op["servers"] = [
            {
                "url": draw(fresh(["{scheme}://x", "", "/relative", "http://[::1", "https://{h}.example/{v}"])),
                "variables": draw(fresh([{}, {"h": {"default": "a", "enum": []}}, {"scheme": {"default": 1}}, None])),
            }
        ]
    return f"operation {pointer_text(ptr)} {what}"


def op_path(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    paths = doc.get("paths")
    if not isinstance(paths, dict) or not paths:
        return "path (none)"
    old = draw(fresh(list(paths)))
    new = draw(st.one_of(fresh(PATH_KEYS), st.builds(lambda k: "/{" + k + "}", weird_keys)))
    _rename(paths, old, new)
    return f"path {_short(old)} -> {_short(new)}"


def op_prune(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    """Keep a few paths only (smaller documents, faster cases)."""
    paths = doc.get("paths")
    if not isinstance(paths, dict) or len(paths) < 2:
        return "prune (nothing)"
    keep = draw(st.integers(0, min(3, len(paths) - 1)))
    for key in list(paths)[keep:]:
        del paths[key]
    return f"prune to {keep} path(s)"


def op_top(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    """info, servers, security and the other top-level members."""
    key = draw(
        fresh(
            [
                "info",
                "servers",
                "security",
                "tags",
                "webhooks",
                "jsonSchemaDialect",
                "components",
                "paths",
                "externalDocs",
            ]
        )
    )
    if key == "info" and isinstance(doc.get("info"), dict) and draw(st.booleans()):
        field = draw(fresh(["title", "version", "description", "summary"]))
        doc["info"][field] = draw(weird_values)
        return f"info.{field}"
    doc[key] = draw(weird_values)
    return f"top {key}"


OPS: dict[str, Callable[[Draw, Any, bool], str]] = {
    "delete": op_delete, "replace": op_replace, "rename": op_rename, "sibling": op_sibling, "splice": op_splice,
    "ref": op_ref, "loop": op_loop, "extension": op_extension, "version": op_version, "type": op_type,
    "enum": op_enum, "nest": op_nest, "schema": op_schema, "add-schema": op_add_schema, "operation": op_operation,
    "path": op_path, "prune": op_prune, "top": op_top,
}  # fmt: skip
_WEIGHTS = {"schema": 3, "operation": 2, "replace": 2, "enum": 2, "ref": 2, "add-schema": 2}
OP_NAMES = [name for name in OPS for _ in range(_WEIGHTS.get(name, 1))]


# --- gentle operations: the document stays valid (mostly), so the code generators see it -------------------

COMPONENT_NAME = re.compile(r"^[a-zA-Z0-9._-]+$")
valid_text = weird_text.filter(lambda t: all(not 0xD800 <= ord(c) <= 0xDFFF for c in t))  # JSON Schema: no surrogates
name_text = st.one_of(fresh(PY_NAMES), fresh([a for a, _ in NFKC_PAIRS]), valid_text)
enum_strings = st.one_of(
    fresh([list(pair) for pair in NFKC_PAIRS]),
    fresh([["a", "A"], ["a-b", "a_b", "a b", "a.b"], ["", " "], ["1", "01", "1.0"], ["class", "None", "self"],
                     ["日本", "にほん", "ニホン"], ["1a", "_1a"], ["MEMBER", "member"], ["x" * 300], ["_", "__", "-"]]),
    st.lists(name_text, min_size=1, max_size=5, unique=True),
)  # fmt: skip
SIMPLE_SCHEMAS = [{"type": "string"}, {"type": "integer"}, {"type": "array", "items": {}}, {}]
BINARY = {"type": "string", "format": "binary"}
DOCSTRING_BREAKERS = ['"""; import os; """', "\\", "a\\", "\\N{", "'''", "\r", "\\u00", '"', "x\x00y"]


def _schemas_with(doc: Any, keyword: str) -> list[Pointer]:
    return [p for p in schemas(doc) if isinstance(get(doc, p).get(keyword), dict)]


def g_property(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    """A property (any name is valid JSON Schema) added, or an existing one renamed, maybe required."""
    ptr = _pick(draw, _schemas_with(doc, "properties"), [])
    props = get(doc, ptr)["properties"]
    name = draw(name_text)
    if props and draw(st.booleans()):
        old = draw(fresh(list(props)))
        _rename(props, old, name)
        how = f"rename {_short(old)} ->"
    else:
        props[name] = draw(fresh(SIMPLE_SCHEMAS))
        how = "add"
    if draw(st.booleans()):
        get(doc, ptr).setdefault("required", []).append(name)
    return f"property {pointer_text(ptr)} {how} {_short(name)}"


def g_enum(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    """String enums whose member names collide once made into identifiers."""
    ptr = _pick(draw, schemas(doc), [])
    node = get(doc, ptr)
    values = draw(enum_strings)
    for key in ("example", "examples", "default", "const", "properties", "items", "allOf", "oneOf", "anyOf", "$ref"):
        node.pop(key, None)
    node.update({"type": "string", "enum": values})
    return f"string enum {pointer_text(ptr)} = {_short(values)}"


def g_schema_name(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    """A component schema under a valid name that collides with Python, our runtime or another schema."""
    table = doc["components"]["schemas"]
    existing = [n for n in table if isinstance(n, str)]
    names = [n for n in [*PY_NAMES, *(v for n in existing[:15] for v in key_variants(n))] if COMPONENT_NAME.match(n)]
    name = draw(fresh(names))
    source = draw(fresh(existing))
    table[name] = copy.deepcopy(table[source])
    users = [p for p in walk(doc) if p and p[-1] == "$ref" and get(doc, p) == f"#/components/schemas/{source}"]
    if users and draw(st.booleans()):
        get(doc, draw(fresh(users))[:-1])["$ref"] = f"#/components/schemas/{name}"
    return f"schema name {_short(name)} (copy of {_short(source)})"


def g_text(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    """Descriptions, titles and summaries: they end up in docstrings, comments and the portal."""
    texts = ("description", "title", "summary")
    pointers = [p for p in walk(doc) if p and p[-1] in texts and isinstance(get(doc, p), str)]
    ptr = _pick(draw, pointers, [])
    text = draw(st.one_of(valid_text, fresh(DOCSTRING_BREAKERS)))
    put(doc, ptr, text)
    return f"text {pointer_text(ptr)} = {_short(text)}"


def g_operation(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    ptr = _pick(draw, operations(doc), [])
    op = get(doc, ptr)
    what = draw(fresh(["operationId", "parameter", "tags", "media", "status"]))
    value: Any
    if what == "operationId":
        op["operationId"] = value = draw(name_text)
    elif what == "parameter":
        value = draw(name_text)
        where = draw(fresh(["query", "header", "cookie"]))
        schema = draw(fresh([{"type": "string"}, {"type": "array", "items": {"type": "integer"}}, {}]))
        op.setdefault("parameters", []).append({"name": value, "in": where, "schema": schema})
    elif what == "tags":
        op["tags"] = value = draw(st.lists(valid_text, min_size=1, max_size=3))
    elif what == "media":
        value = draw(fresh(CONTENT_TYPES))
        schema = draw(fresh([*SIMPLE_SCHEMAS, {"type": "object", "properties": {"file": BINARY}}]))
        op["requestBody"] = {"required": draw(st.booleans()), "content": {value: {"schema": schema}}}
    else:
        value = draw(fresh(["201", "202", "299", "1XX", "3XX", "5XX", "default", "418"]))
        media = draw(fresh(CONTENT_TYPES))
        op.setdefault("responses", {})[value] = {"description": "x", "content": {media: {"schema": {}}}}
    return f"operation {pointer_text(ptr)} {what} {_short(value)}"


def g_nullable(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    ptr = _pick(draw, schemas(doc), [])
    node = get(doc, ptr)
    kind = draw(fresh(["type-list", "anyOf", "oneOf", "const", "format"]))
    if kind == "type-list" and isinstance(node.get("type"), str):
        node["type"] = [node["type"], "null"]
    elif kind in ("anyOf", "oneOf"):
        put(doc, ptr, {kind: [node, {"type": "null"}]})
    elif kind == "const":
        put(doc, ptr, {"const": draw(name_text)})
    else:
        node["format"] = draw(fresh([f for f in FORMATS if isinstance(f, str)]))
    return f"{kind} {pointer_text(ptr)}"


def g_path(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    """A path renamed to an odd but valid one (its template, if any, kept)."""
    paths = doc["paths"]
    old = draw(fresh(list(paths)))
    odd = fresh(["日本語", "a b", "class", "%7Bx%7D", "a.b", "-", "_", "ｘ", "é"])
    segment = draw(st.one_of(odd, valid_text))
    new = old.rstrip("/") + "/" + "".join(c for c in segment if c not in "/{}?#")
    _rename(paths, old, new)
    return f"path {_short(old)} -> {_short(new)}"


def _composition(refs: list[dict[str, str]]) -> st.SearchStrategy[Any]:
    """Schemas built the way real documents combine them: objects with a schema for their other properties,
    allOf over components (enums included), unions with discriminators in properties, aliases. The random
    schema graphs of tests/test_model_batches.py found three shapes the models could not import this way."""
    leaf = st.one_of(
        fresh([*SIMPLE_SCHEMAS, {"type": "string", "enum": ["a", "b"]}, {"type": ["object", "null"]}, BINARY]),
        fresh(refs or [{"type": "string"}]),
    )

    def grow(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        props = st.dictionaries(st.one_of(fresh(PY_NAMES), fresh(["kind", "type", "id"])), inner, max_size=4)
        obj = st.builds(lambda p, extra: {"type": "object", "properties": p, **extra}, props, fresh(
            [{}, {"additionalProperties": {"type": "integer"}}, {"additionalProperties": False}]
        ))  # fmt: skip
        union = st.builds(
            lambda kind, parts, tagged: {
                kind: parts,
                **({"discriminator": {"propertyName": "kind"}} if tagged else {}),
            },
            fresh(["oneOf", "anyOf"]),
            st.lists(st.one_of(fresh(refs or [{"type": "string"}]), inner), min_size=1, max_size=3),
            st.booleans(),
        )
        every = st.builds(
            lambda parts: {"allOf": parts}, st.lists(st.one_of(fresh(refs or [{}]), obj), min_size=1, max_size=3)
        )
        return st.one_of(obj, union, every, st.builds(lambda i: {"type": "array", "items": i}, inner))

    return st.recursive(leaf, grow, max_leaves=8)


def g_compose(draw: Draw, doc: Any, yaml_keys: bool) -> str:
    """A component schema replaced or added as a random composition of the others."""
    table = doc["components"]["schemas"]
    existing = [n for n in table if isinstance(n, str) and COMPONENT_NAME.match(n)]
    refs = [{"$ref": f"#/components/schemas/{n}"} for n in existing[:12]]
    name = draw(fresh([*existing[:12], "Composed", "ComposedToo"]))
    table[name] = value = draw(_composition(refs))
    return f"compose {_short(name)} = {_short(value)}"


GENTLE: dict[str, Callable[[Draw, Any, bool], str]] = {
    "property": g_property, "enum": g_enum, "schema-name": g_schema_name, "text": g_text, "operation": g_operation,
    "nullable": g_nullable, "path": g_path, "extension": op_extension, "loop": op_loop, "prune": op_prune,
    "compose": g_compose,
}  # fmt: skip

# --- serialising -------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _deep_stack() -> Iterator[None]:
    """Room for the deepest document we make: a RecursionError would depend on the caller's stack depth,
    and Hypothesis calls from different depths (it calls that a flaky strategy)."""
    before = sys.getrecursionlimit()
    sys.setrecursionlimit(max(before, 20_000))
    try:
        yield
    finally:
        sys.setrecursionlimit(before)


@contextlib.contextmanager
def _huge_ints() -> Iterator[None]:
    """Integers of any length can be written (the reader is what is under test)."""
    before = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        yield
    finally:
        sys.set_int_max_str_digits(before)


def dump(data: Any, fmt: str, style: int) -> bytes:
    """Data as YAML or JSON text in one of a few styles; bytes keep lone surrogates (invalid UTF-8)."""
    with _huge_ints():
        try:
            data = _plain(data)
            if fmt == "json":
                text = json.dumps(data, ensure_ascii=style % 2 == 0, indent=(None, 2, "\t")[style % 3])
            else:
                text = yaml.dump(
                    data,
                    Dumper=yaml.SafeDumper,
                    allow_unicode=style % 2 == 0,
                    sort_keys=False,
                    default_flow_style=(False, None, True)[style % 3],
                    width=(4096, 40)[style % 2],
                )
        except (RecursionError, ValueError, TypeError, yaml.YAMLError):
            text = repr(data)[:100_000]  # unwritable (too deep, circular): garbage of its own
    return text.encode("utf-8", "surrogatepass")


# fmt: off
def _plain(data: Any) -> Any:
    """Big back to int (the YAML writer knows exact types only); shared subtrees stay shared."""
    if type(data) is Big:
        return int(data)
    if isinstance(data, dict):
        for key, value in data.items():
            if type(value) is Big:
                data[key] = int(value)
            elif isinstance(value, (dict, list)):
                _plain(value)
    elif isinstance(data, list):
        for i, value in enumerate(data):
            if type(value) is Big:
                data[i] = int(value)
            elif isinstance(value, (dict, list)):
                _plain(value)
    return data


TEXT_CHUNKS = [
    b"\t", b"\xef\xbb\xbf", b"\x00", b"\xff", b"\xc3", b"\xed\xa0\x80", b"&a ", b"*a ", b"<<: *a\n", b"? ",
    b"!!python/object/apply:os.system ['id'] ", b"---\n", b"...\n", b"%YAML 1.1\n", b"%TAG ! tag:x,2000:\n", b"{",
    b"[", b"]", b"}", b"\r", b"\xc2\x85", b"\xe2\x80\xa8", b"!!binary ", b"!!set ", b"!<tag:yaml.org,2002:str> ",
    b'"', b"'", b"#", b": ", b"- ", b"|\n", b">-\n", b"1" * 5000, b"[" * 300, b"{'a':" * 100,
]
# fmt: on


def text_edit(draw: Draw, raw: bytes) -> tuple[bytes, str]:
    kind = draw(fresh(["dup-line", "del-line", "insert", "truncate", "crlf", "second-doc"]))
    lines = raw.split(b"\n")
    if kind in ("dup-line", "del-line"):
        i = draw(st.integers(0, max(len(lines) - 1, 0)))
        lines[i : i + 1] = [lines[i], lines[i]] if kind == "dup-line" else []
        return b"\n".join(lines), f"{kind} {i + 1}"
    if kind == "insert":
        at = draw(st.integers(0, len(raw)))
        chunk = draw(fresh(TEXT_CHUNKS))
        return raw[:at] + chunk + raw[at:], f"insert {chunk[:12]!r} at {at}"
    if kind == "truncate":
        at = draw(st.integers(0, len(raw)))
        return raw[:at], f"truncate at {at}"
    if kind == "crlf":
        return raw.replace(b"\n", b"\r\n"), "crlf"
    return raw + b"\n---\n" + raw[:200], "second-doc"


# --- the strategy ------------------------------------------------------------------------------------------


def _short(value: Any, limit: int = 40) -> str:
    with _huge_ints():
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@st.composite
def mutated(draw: Draw, seeds: list[Seed]) -> Case:
    with _deep_stack():
        return _mutated(draw, seeds)


def _mutated(draw: Draw, seeds: list[Seed]) -> Case:
    seed = draw(st.sampled_from(seeds))
    files = copy.deepcopy(seed.files)
    target = seed.entry
    if seed.split and draw(st.integers(0, 2)) == 0:
        target = draw(fresh(sorted(files)))
    fmt = draw(fresh(["yaml", "json"]))
    yaml_keys = fmt == "yaml"
    gentle = draw(st.booleans())  # half the cases stay valid enough for the code generators to see them
    table = GENTLE if gentle else OPS
    names = sorted(GENTLE) if gentle else OP_NAMES
    notes = ["gentle:"] if gentle else []
    for _ in range(draw(fresh([1, 1, 1, 2, 2, 3, 5]))):
        name = draw(fresh(names))
        try:
            notes.append(table[name](draw, files[target], yaml_keys))
        except (KeyError, IndexError, TypeError, AttributeError, ValueError, RecursionError):
            notes.append(f"{name} (not applicable)")  # an earlier edit changed the shape: nothing to do
    entry = seed.entry
    if not seed.split and draw(st.integers(0, 4)) == 0:
        stem = draw(fresh(STEMS))
        entry = f"{stem}.{'json' if fmt == 'json' else draw(fresh(['yaml', 'yml', 'json']))}"
    elif not seed.split:
        entry = f"{seed.name}.{fmt}"
    style = draw(st.integers(0, 5))
    out: dict[str, bytes] = {}
    for rel, data in files.items():
        out[rel] = dump(data, fmt, style) if rel == target else seed.raw[rel]
    if not seed.split:
        out = {entry: out[seed.entry]}
        target = entry
    if not gentle and draw(st.integers(0, 3)) == 0:
        out[target], note = text_edit(draw, out[target])
        notes.append(note)
    label = (
        f"{seed.name} ({'split' if seed.split else 'bundled'}, {fmt}{' in ' + target if seed.split else ''}): "
        + "; ".join(notes)
    )
    return Case(out, entry, label)
