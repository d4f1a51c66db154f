"""Raw garbage for the loaders: random bytes, token soup, alias bombs, deep nesting, and random
OpenAPI-shaped documents (the right keywords in the wrong places) written as YAML or JSON."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

from tests.fuzz.harness import Case
from tests.fuzz.mutations import OPENAPI_VERSIONS, dump, numbers, weird_keys, weird_text

any_text = st.text(st.characters(exclude_categories=()), max_size=200)

# fmt: off
OPENAPI_WORDS = [
    "openapi", "info", "title", "version", "paths", "components", "schemas", "parameters", "responses",
    "requestBody", "content", "application/json", "schema", "type", "properties", "required", "items", "enum",
    "$ref", "allOf", "oneOf", "anyOf", "discriminator", "mapping", "propertyName", "nullable", "format",
    "additionalProperties", "operationId", "get", "post", "/x", "/x/{id}", "in", "name", "path", "query",
    "200", "default", "description", "servers", "url", "security", "securitySchemes", "x-illustrative",
    "example", "examples", "const", "default", "webhooks", "callbacks", "headers", "links", "tags",
]
YAML_TOKENS = [
    *OPENAPI_WORDS, ":", ": ", " ", "\n", "  ", "    ", "- ", "-", "&a ", "*a", "<<: *a", "&b ", "*b",
    "!!python/object/apply:os.system ['true']", "!!python/name:os.system", "!!binary aGk=", "!!str", "!!map",
    "!!omap", "!!set", "!!timestamp 2001-12-14", "!!float", "!custom", "!<!>", "? ", "{", "}", "[", "]", ",",
    "'", '"', "|", ">", "# c", "---", "...", "%YAML 1.1\n", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "\t",
    "\ufeff", "1" * 5000, "1e999", ".inf", "-.inf", ".nan", "0x", "0xff", "0o7", "-0", "~", "null", "yes", "on",
    "3.1.0", '"3.1.0"', "\x00", "\x85", "\u2028", "\\", '"\\ud800"', '"\\x00"', '"\\N"', "2001-12-14t21:59:43.10-05:00",
]
JSON_TOKENS = [
    *(json.dumps(w) for w in OPENAPI_WORDS), "{", "}", "[", "]", ",", ":", '"3.1.0"', "NaN", "Infinity",
    "-Infinity", "-0", "1e99999", "1" * 5000, "-" + "9" * 4301, '"\\ud800"', '"\\udfff\\ud800"', '"\\u0000"',
    "true", "false", "null", "\ufeff", " ", "\n", "\t", "\r", "\x0c", "//", "/*", "*/", "'a'", "0x1", "01",
    '"\\', '"a', "\\u", "\x00",
]
# fmt: on


def _soup(tokens: list[str], max_size: int = 80) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(tokens), max_size=max_size).map("".join)


def _alias_bomb(levels: int, fan: int) -> str:
    lines = ["openapi: 3.1.0", "info: {title: t, version: '1'}", "paths: {}", "x-bomb:", "  l0: &l0 [lol]"]
    for i in range(1, levels):
        lines.append(f"  l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * fan)}]")
    return "\n".join(lines) + "\n"


def _deep(kind: str, n: int) -> str:
    match kind:
        case "brackets":
            return "[" * n + "]" * n
        case "braces":
            return '{"a":' * n + "1" + "}" * n
        case "indent":  # quadratic text: capped at ~1 MB
            n = min(n, 1000)
            return "".join(f"{'  ' * i}a:\n" for i in range(n)) + "  " * n + "b: 1\n"
        case "dashes":
            return "- " * n + "x\n"
        case _:
            return "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\nx-deep: " + "[" * n + "]" * n + "\n"


deep_text = st.builds(
    _deep,
    st.sampled_from(["brackets", "braces", "indent", "dashes", "inside"]),
    st.sampled_from([100, 255, 256, 257, 300, 1000, 5000, 100_000]),
)
alias_bombs = st.builds(_alias_bomb, st.integers(1, 12), st.integers(1, 12))

# Random documents in OpenAPI's vocabulary: they get past the top-level checks and into the stages below.
_leaf = st.one_of(st.none(), st.booleans(), numbers, weird_text, st.sampled_from(OPENAPI_WORDS))
_key = st.one_of(st.sampled_from(OPENAPI_WORDS), weird_keys)
shaped_values: st.SearchStrategy[Any] = st.recursive(
    _leaf,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_key, inner, max_size=5)),
    max_leaves=25,
)
shaped_documents = st.fixed_dictionaries(
    {"openapi": st.one_of(st.just("3.1.0"), st.just("3.0.3"), st.sampled_from(OPENAPI_VERSIONS))},
    optional={
        "info": st.one_of(st.just({"title": "t", "version": "1"}), shaped_values),
        "paths": st.one_of(
            st.dictionaries(
                st.sampled_from(["/x", "/x/{id}", "/{a}/{b}", "x"]),
                st.dictionaries(st.sampled_from(["get", "post", "parameters", "$ref"]), shaped_values, max_size=2),
                max_size=3,
            ),
            shaped_values,
        ),
        "components": st.one_of(
            st.fixed_dictionaries({"schemas": st.dictionaries(_key, shaped_values, max_size=4)}), shaped_values
        ),
        "webhooks": shaped_values,
        "servers": shaped_values,
    },
)


def _case(raw: bytes, name: str, how: str) -> Case:
    return Case({name: raw}, name, how)


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _garbage(draw: Any, fmt: str, name: str, kinds: list[str], tokens: Any, header: str) -> Case:
    """One garbage document of a format: the kind drawn from kinds (repeats weigh it), optionally with a BOM."""
    kind = draw(st.sampled_from(kinds))
    raw: bytes
    match kind:
        case "bytes":
            raw = draw(st.binary(max_size=300))
        case "text":
            raw = _encode(draw(any_text))
        case "soup":
            raw = _encode(draw(_soup(tokens)))
        case "header+soup":
            raw = _encode(header + draw(_soup(tokens)))
        case "bomb":
            raw = _encode(draw(alias_bombs))
        case "deep":
            raw = _encode(draw(deep_text))
        case _:
            raw = dump(draw(shaped_documents), fmt, draw(st.integers(0, 5)))
    if draw(st.integers(0, 5)) == 0:
        raw = b"\xef\xbb\xbf" + raw
    return _case(raw, name, f"{fmt} garbage ({kind})")


_KINDS = ["bytes", "text", "soup", "header+soup", "deep", "shaped"]


@st.composite
def yaml_garbage(draw: Any) -> Case:
    name = draw(st.sampled_from(["doc.yaml", "doc.yml"]))
    # An alias bomb costs seconds (expansion up to the cap): rarer than the rest.
    kinds = [*_KINDS, *_KINDS, "shaped", "shaped", "bomb"]
    return _garbage(draw, "yaml", name, kinds, YAML_TOKENS, "openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\n")


@st.composite
def json_garbage(draw: Any) -> Case:
    kinds = [*_KINDS, "shaped", "shaped"]
    header = '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, '
    return _garbage(draw, "json", "doc.json", kinds, JSON_TOKENS, header)
