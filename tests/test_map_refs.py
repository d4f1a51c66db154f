"""`$ref` where a map or a list is expected is replaced by its target, as Redocly and
json-schema-ref-parser do; inside examples a `$ref` is data (issue #8, item 13).

Split specs write `properties: {$ref: 'attributes.yml#/pet'}` meaning "these properties", or
`paths: {$ref: paths.yaml}`. The bundle must hold the substituted maps, stay valid, locate problems
in the file they come from, and keep names (a component reached two ways is one component).
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import Diagnostic
from generator.documents.bundler import Workspace
from generator.documents.pipeline import Checked, check_document
from tests.conftest import run_mpgen

LEGAL = Path(__file__).parent / "corpus" / "legal"
HEAD = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"


def _check(tmp_path: Path, files: dict[str, str]) -> Checked:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return check_document(Workspace(tmp_path), tmp_path / "api.yaml", house=False)


def _valid(tmp_path: Path, files: dict[str, str]) -> dict[str, Any]:
    checked = _check(tmp_path, files)
    assert checked.ok, "\n".join(map(str, checked.diagnostics))
    assert checked.bundle is not None
    assert not [d for d in checked.diagnostics if not d.is_error], checked.diagnostics
    data = checked.bundle.data
    refs = re.findall(r'"\$ref": "([^"]*)"', json.dumps(data))
    assert all(r.startswith("#/") for r in refs if not r.startswith("not-")), refs
    return data


def _op(path: str = "/pets") -> str:
    return f"paths:\n  {path}:\n    get:\n      operationId: listPets\n"


# --- maps inside schemas ---------------------------------------------------------------------------


@pytest.mark.parametrize("keyword", ["properties", "patternProperties", "$defs", "dependentSchemas"])
def test_schema_map_keywords(tmp_path: Path, keyword: str) -> None:
    data = _valid(
        tmp_path,
        {
            "api.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n"
            f"      {keyword}:\n        $ref: 'maps.yaml#/pet'\n",
            "maps.yaml": "pet:\n  name: {type: string}\n  owner: {$ref: 'owner.yaml'}\n",
            "owner.yaml": "type: object\nproperties:\n  name: {type: string}\n",
        },
    )
    pet = data["components"]["schemas"]["Pet"]
    assert pet[keyword] == {"name": {"type": "string"}, "owner": {"$ref": "#/components/schemas/owner"}}
    assert data["components"]["schemas"]["owner"]["properties"] == {"name": {"type": "string"}}


def test_siblings_beside_a_map_reference_are_merged(tmp_path: Path) -> None:
    data = _valid(
        tmp_path,
        {
            "api.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    Pet:\n      properties:\n"
            "        $ref: 'maps.yaml#/pet'\n        nickname: {type: string}\n",
            "maps.yaml": "pet:\n  name: {type: string}\n",
        },
    )
    assert data["components"]["schemas"]["Pet"]["properties"] == {
        "name": {"type": "string"},
        "nickname": {"type": "string"},
    }


def test_chain_of_map_references(tmp_path: Path) -> None:
    data = _valid(
        tmp_path,
        {
            "api.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    Pet:\n      properties: {$ref: 'a.yaml#/p'}\n",
            "a.yaml": "p: {$ref: 'b.yaml#/p'}\n",
            "b.yaml": "p: {$ref: '#/q'}\nq:\n  name: {type: string}\n",
        },
    )
    assert data["components"]["schemas"]["Pet"]["properties"] == {"name": {"type": "string"}}


@pytest.mark.parametrize(
    ("keyword", "target", "expected"),
    [
        ("enum", "[black, white]", ["black", "white"]),
        ("required", "[name]", ["name"]),
        ("allOf", "[{type: object}, {required: [name]}]", [{"type": "object"}, {"required": ["name"]}]),
        ("default", "black", "black"),
        ("const", "black", "black"),
    ],
)
def test_schema_lists_and_values_by_reference(tmp_path: Path, keyword: str, target: str, expected: Any) -> None:
    data = _valid(
        tmp_path,
        {
            "api.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    Colour:\n"
            f"      {keyword}: {{$ref: 'values.yaml#/it'}}\n",
            "values.yaml": f"it: {target}\n",
        },
    )
    assert data["components"]["schemas"]["Colour"][keyword] == expected


# --- maps and lists of the OpenAPI structure ------------------------------------------------------

RESPONSE = "description: ok\n"


@pytest.mark.parametrize(
    ("where", "fragment", "check"),
    [
        (
            "    responses:\n      $ref: 'frag.yaml#/it'\n",
            "it:\n  '200': {description: ok}\n  '404': {description: missing}\n",
            lambda op: set(op["responses"]) == {"200", "404"},
        ),
        (
            "    parameters:\n      $ref: 'frag.yaml#/it'\n    responses: {'200': {description: ok}}\n",
            "it:\n  - {name: limit, in: query, schema: {type: integer}}\n",
            lambda op: op["parameters"] == [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
        ),
        (
            "    responses:\n      '200':\n        description: ok\n        headers: {$ref: 'frag.yaml#/it'}\n",
            "it:\n  X-Total: {schema: {type: integer}}\n",
            lambda op: op["responses"]["200"]["headers"]["X-Total"]["schema"] == {"type": "integer"},
        ),
        (
            "    responses:\n      '200':\n        description: ok\n        content: {$ref: 'frag.yaml#/it'}\n",
            "it:\n  application/json: {schema: {type: string}}\n",
            lambda op: op["responses"]["200"]["content"]["application/json"]["schema"] == {"type": "string"},
        ),
        (
            "    responses:\n      '200':\n        description: ok\n        links: {$ref: 'frag.yaml#/it'}\n",
            "it:\n  self: {operationId: listPets}\n",
            lambda op: op["responses"]["200"]["links"]["self"] == {"operationId": "listPets"},
        ),
        (
            "    requestBody:\n      content:\n        multipart/form-data:\n          schema: {type: object}\n"
            "          encoding: {$ref: 'frag.yaml#/it'}\n    responses: {'200': {description: ok}}\n",
            "it:\n  file: {contentType: image/png}\n",
            lambda op: (
                op["requestBody"]["content"]["multipart/form-data"]["encoding"]["file"]["contentType"] == "image/png"
            ),
        ),
        (
            "    responses:\n      '200':\n        description: ok\n        content:\n          application/json:\n"
            "            schema: {type: string}\n            examples: {$ref: 'frag.yaml#/it'}\n",
            "it:\n  one: {value: a}\n",
            lambda op: op["responses"]["200"]["content"]["application/json"]["examples"] == {"one": {"value": "a"}},
        ),
        (
            "    callbacks: {$ref: 'frag.yaml#/it'}\n    responses: {'200': {description: ok}}\n",
            "it:\n  done:\n    '{$request.body#/url}':\n      post:\n        responses: {'200': {description: ok}}\n",
            lambda op: list(op["callbacks"]["done"]) == ["{$request.body#/url}"],
        ),
    ],
    ids=["responses", "parameters", "headers", "content", "links", "encoding", "examples", "callbacks"],
)
def test_operation_maps_and_lists(tmp_path: Path, where: str, fragment: str, check: Any) -> None:
    data = _valid(tmp_path, {"api.yaml": HEAD + _op() + textwrap.indent(where, "  "), "frag.yaml": fragment})
    assert check(data["paths"]["/pets"]["get"]), json.dumps(data["paths"]["/pets"]["get"])


@pytest.mark.parametrize(
    ("key", "fragment", "expected"),
    [
        ("tags", "- {name: pets}\n", [{"name": "pets"}]),
        ("servers", "- {url: 'https://x.test'}\n", [{"url": "https://x.test"}]),
        ("security", "- {}\n", [{}]),
        ("paths", "/a:\n  get:\n    responses: {'200': {description: ok}}\n", None),
        ("webhooks", "changed:\n  post:\n    responses: {'200': {description: ok}}\n", None),
        ("components", "schemas:\n  Pet: {type: object}\n", {"schemas": {"Pet": {"type": "object"}}}),
    ],
)
def test_document_sections_by_reference(tmp_path: Path, key: str, fragment: str, expected: Any) -> None:
    paths = "" if key == "paths" else "paths: {}\n"
    data = _valid(tmp_path, {"api.yaml": HEAD + paths + f"{key}:\n  $ref: 'frag.yaml'\n", "frag.yaml": fragment})
    if expected is None:
        assert "$ref" not in data[key] and data[key], data[key]
    else:
        assert data[key] == expected


SECTIONS = {
    "schemas": "Pet: {type: object}\n",
    "responses": "NotFound: {description: missing}\n",
    "parameters": "Limit: {name: limit, in: query, schema: {type: integer}}\n",
    "examples": "One: {value: 1}\n",
    "requestBodies": "Pet: {content: {application/json: {schema: {type: object}}}}\n",
    "headers": "Total: {schema: {type: integer}}\n",
    "securitySchemes": "bearer: {type: http, scheme: bearer}\n",
    "links": "self: {operationId: listPets}\n",
    "callbacks": "done: {'{$request.body#/url}': {post: {responses: {'200': {description: ok}}}}}\n",
    "pathItems": "Pets: {get: {responses: {'200': {description: ok}}}}\n",
}


@pytest.mark.parametrize("section", SECTIONS)
def test_component_sections_by_reference_keep_their_names(tmp_path: Path, section: str) -> None:
    data = _valid(
        tmp_path,
        {
            "api.yaml": HEAD + f"paths: {{}}\ncomponents:\n  {section}:\n    $ref: 'frag.yaml'\n",
            "frag.yaml": SECTIONS[section],
        },
    )
    name = SECTIONS[section].split(":", 1)[0]
    assert list(data["components"][section]) == [name]
    assert "$ref" not in data["components"][section][name]


def test_a_component_reached_two_ways_is_one_component(tmp_path: Path) -> None:
    """Through the substituted section, through the file itself and through the entry's pointer."""
    data = _valid(
        tmp_path,
        {
            "api.yaml": HEAD + _op() + "      responses:\n        '200':\n          description: ok\n"
            "          content:\n            application/json:\n              schema:\n"
            "                type: object\n                properties:\n"
            "                  a: {$ref: 'schemas.yaml#/Pet'}\n"
            "                  b: {$ref: '#/components/schemas/Pet'}\n"
            "components:\n  schemas:\n    $ref: 'schemas.yaml'\n",
            "schemas.yaml": "Pet:\n  type: object\n  properties:\n    owner: {$ref: '#/Owner'}\n"
            "Owner:\n  type: object\n  properties:\n    pets: {type: array, items: {$ref: '#/Pet'}}\n",
        },
    )
    assert list(data["components"]["schemas"]) == ["Pet", "Owner"]
    props = data["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["properties"]
    assert props == {"a": {"$ref": "#/components/schemas/Pet"}, "b": {"$ref": "#/components/schemas/Pet"}}
    assert data["components"]["schemas"]["Owner"]["properties"]["pets"]["items"] == {"$ref": "#/components/schemas/Pet"}


# --- examples are data -----------------------------------------------------------------------------


def test_a_ref_inside_examples_is_data(tmp_path: Path) -> None:
    data = _valid(
        tmp_path,
        {
            "api.yaml": HEAD + _op() + "      parameters:\n"
            "        - {name: q, in: query, schema: {type: object}, example: {$ref: not-a-file.yaml}}\n"
            "      responses:\n        '200':\n          description: ok\n          content:\n"
            "            application/json:\n              schema:\n                type: object\n"
            "                examples: [{$ref: not-a-file.yaml}]\n"
            "              example: {$ref: not-a-file.yaml}\n"
            "            text/plain:\n              schema: {type: object}\n"
            "              examples:\n                one: {value: {$ref: not-a-file.yaml}}\n",
        },
    )
    op = data["paths"]["/pets"]["get"]
    media = op["responses"]["200"]["content"]
    assert op["parameters"][0]["example"] == {"$ref": "not-a-file.yaml"}
    assert media["application/json"]["example"] == {"$ref": "not-a-file.yaml"}
    assert media["application/json"]["schema"]["examples"] == [{"$ref": "not-a-file.yaml"}]
    assert media["text/plain"]["examples"]["one"]["value"] == {"$ref": "not-a-file.yaml"}


def test_extensions_follow_references(tmp_path: Path) -> None:
    data = _valid(
        tmp_path,
        {"api.yaml": HEAD + "paths: {}\nx-logo: {$ref: 'frag.yaml#/logo'}\n", "frag.yaml": "logo: {url: logo.png}\n"},
    )
    assert data["x-logo"] == {"url": "logo.png"}


# --- problems are located where they are written ---------------------------------------------------


def _at(diagnostics: list[Diagnostic], rule: str) -> list[tuple[str, int]]:
    return [(Path(d.location.path).name, d.location.line) for d in diagnostics if d.rule == rule]


def test_a_mistake_in_a_substituted_map_is_located_in_its_file(tmp_path: Path) -> None:
    checked = _check(
        tmp_path,
        {
            "api.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    Pet:\n      properties:\n"
            "        $ref: 'maps.yaml#/pet'\n        nickname: {type: strng}\n",
            "maps.yaml": "pet:\n  id: {type: integer}\n  name: {type: strin}\n",
        },
    )
    assert sorted(_at(checked.diagnostics, "oas-schema")) == [("api.yaml", 9), ("maps.yaml", 3)]


def test_a_cycle_of_map_references_is_an_error_not_a_hang(tmp_path: Path) -> None:
    checked = _check(
        tmp_path,
        {
            "api.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    Pet:\n      properties: {$ref: 'a.yaml#/p'}\n",
            "a.yaml": "p: {$ref: '#/q'}\nq: {$ref: '#/p'}\n",
        },
    )
    assert not checked.ok
    assert _at(checked.diagnostics, "ref-cycle") == [("a.yaml", 2)]


def test_a_pointer_through_references_that_never_end(tmp_path: Path) -> None:
    checked = _check(
        tmp_path,
        {
            "api.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    Pet: {$ref: 'a.yaml#/deep/Pet'}\n",
            "a.yaml": "$ref: 'b.yaml'\n",
            "b.yaml": "$ref: 'a.yaml'\n",
        },
    )
    assert not checked.ok
    assert _at(checked.diagnostics, "ref-cycle") == [("api.yaml", 6)]


def test_a_remote_reference_inside_a_substituted_map_is_refused_where_written(tmp_path: Path) -> None:
    checked = _check(
        tmp_path,
        {
            "api.yaml": HEAD
            + "paths: {}\ncomponents:\n  schemas:\n    Pet:\n      properties: {$ref: 'maps.yaml#/p'}\n",
            "maps.yaml": "p:\n  owner: {$ref: 'https://example.test/owner.yaml'}\n",
        },
    )
    assert _at(checked.diagnostics, "ref-remote") == [("maps.yaml", 2)]


# --- the split-spec corpus case, end to end ----------------------------------------------------------


def test_split_maps_corpus_bundle(tmp_path: Path) -> None:
    result = run_mpgen("bundle", "split_maps", "--out", str(tmp_path / "out"), cwd=LEGAL)
    assert result.returncode == 0, result.stdout + result.stderr
    data = json.loads((tmp_path / "out" / "split_maps.json").read_text(encoding="utf-8"))
    schemas = data["components"]["schemas"]
    assert list(schemas) == ["Pet", "Owner", "NewPet", "Colour", "Problem"]
    assert list(schemas["Pet"]["properties"]) == ["id", "name", "colour", "owner"]
    assert list(schemas["Owner"]["properties"]) == ["name", "pets", "nickname"]
    assert schemas["Colour"]["enum"] == ["black", "white", "tabby"]
    assert list(data["components"]["parameters"]) == ["petId", "limit", "offset"]
    assert list(data["components"]["responses"]) == ["NotFound"]
    pets = data["paths"]["/pets"]
    assert pets["get"]["parameters"] == [
        {"$ref": "#/components/parameters/limit"},
        {"$ref": "#/components/parameters/offset"},
    ]
    assert set(pets["get"]["responses"]) == {"200", "404"}
    assert pets["post"]["requestBody"]["content"]["application/json"]["example"]["note"] == {
        "$ref": "no-such-file.yaml"
    }
    assert data["info"]["description"] == "Pets, kept in many small files."
    assert data["tags"] == [{"name": "pets", "description": "Everything about pets."}]
    validated = run_mpgen("validate", "--fail-on-warning", str(tmp_path / "out" / "split_maps.yaml"), cwd=tmp_path)
    assert validated.returncode == 0, validated.stdout + validated.stderr
