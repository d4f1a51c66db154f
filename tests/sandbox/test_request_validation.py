"""Requests are checked against the spec: path, query, header and cookie parameters, bodies by content
type (JSON, form, multipart) and required security. A violation is the spec's problem+json with a JSON
pointer to the offending value. Also: `mpgen sandbox SPEC` serves any document (here an OpenAPI 3.0 one)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.config import load_config
from generator.sandbox.context import Settings
from generator.sandbox.specs import load_apis
from tests.sandbox.conftest import ROOT, Sandbox, running

PETS = """
openapi: 3.0.3
info: {title: Pets, version: '1'}
servers: [{url: 'http://localhost:9999/pets-api/v1'}]
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Api-Key}
  schemas:
    Pet:
      type: object
      required: [name, age]
      additionalProperties: false
      properties:
        name: {type: string, minLength: 1}
        age: {type: integer, minimum: 0}
        tag: {type: string, nullable: true}
  responses:
    Problem:
      description: problem
      content:
        application/problem+json:
          schema: {type: object, required: [status], properties: {status: {type: integer}}}
paths:
  /pets:
    get:
      operationId: listPets
      parameters:
        - {name: limit, in: query, required: true, schema: {type: integer, maximum: 50}}
        - {name: tags, in: query, explode: false, schema: {type: array, items: {type: string, enum: [a, b]}}}
        - {name: session, in: cookie, required: true, schema: {type: string, pattern: '^s-'}}
        - {name: X-Trace, in: header, required: true, schema: {type: string, format: uuid}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
              example: [{name: Pochi, age: 3, tag: null}]
        '400': {$ref: '#/components/responses/Problem'}
    post:
      operationId: createPet
      security: [{key: []}]
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Pet'}
          application/x-www-form-urlencoded:
            schema: {$ref: '#/components/schemas/Pet'}
          multipart/form-data:
            schema:
              type: object
              required: [meta, photo]
              properties:
                meta: {$ref: '#/components/schemas/Pet'}
                photo: {type: string, format: binary}
            encoding:
              meta: {contentType: application/json}
      responses:
        '201':
          description: created
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
              example: {name: Tama, age: 2}
        '400': {$ref: '#/components/responses/Problem'}
        '401': {$ref: '#/components/responses/Problem'}
  /pets/mine:
    get:
      operationId: myPets
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: string}, example: mine}}}
  /pets/{petId}:
    get:
      operationId: getPet
      parameters:
        - {name: petId, in: path, required: true, schema: {type: integer}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: string}, example: one}}}
"""
TRACE = "3f0e8d2a-5c1b-4e7a-9d64-1b2c3d4e5f60"
GOOD = {"X-Trace": TRACE, "Cookie": "session=s-123"}


@pytest.fixture(scope="module")
def pets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    folder = tmp_path_factory.mktemp("pets")
    (folder / "pets.yaml").write_text(PETS, encoding="utf-8")
    apis = load_apis(load_config(ROOT), [folder / "pets.yaml"])
    with running(Settings(tps=0), apis=apis) as box:
        yield box


def _pointers(body: dict[str, object]) -> dict[str, str]:
    items = body.get("invalidParams")
    assert isinstance(items, list)
    return {str(i["name"]): str(i["reason"]) for i in items}


def test_any_document_is_served_under_its_first_server_path(pets: Sandbox) -> None:
    with pets.client() as client:
        listed = client.get("/pets-api/v1/pets", params={"limit": 5}, headers=GOOD)
        mine = client.get("/pets-api/v1/pets/mine")
        one = client.get("/pets-api/v1/pets/7")
    assert listed.status_code == 200
    assert listed.json() == [{"name": "Pochi", "age": 3, "tag": None}]
    assert mine.json() == "mine", "a literal path wins over a template"
    assert one.json() == "one"


@pytest.mark.parametrize(
    ("query", "headers", "pointer", "reason"),
    [
        ({}, GOOD, "/query/limit", "必須項目です。"),
        ({"limit": "many"}, GOOD, "/query/limit", "integer"),
        ({"limit": "60"}, GOOD, "/query/limit", "50 以下"),
        ({"limit": "5", "tags": "a,c"}, GOOD, "/query/tags/1", "いずれか"),
        ({"limit": "5"}, {"Cookie": "session=s-1"}, "/header/X-Trace", "必須項目です。"),
        ({"limit": "5"}, {**GOOD, "X-Trace": "not-a-uuid"}, "/header/X-Trace", "uuid"),
        ({"limit": "5"}, {"X-Trace": TRACE}, "/cookie/session", "必須項目です。"),
        ({"limit": "5"}, {"X-Trace": TRACE, "Cookie": "session=x"}, "/cookie/session", "形式"),
    ],
)
def test_parameter_violations_point_at_the_value(
    pets: Sandbox, query: dict[str, str], headers: dict[str, str], pointer: str, reason: str
) -> None:
    with pets.client() as client:
        answer = client.get("/pets-api/v1/pets", params=query, headers=headers)
    assert answer.status_code == 400
    assert answer.headers["content-type"] == "application/problem+json"
    body = answer.json()
    assert body["status"] == 400
    assert reason in _pointers(body)[pointer]


def test_array_query_parameter_is_split_by_its_style(pets: Sandbox) -> None:
    with pets.client() as client:
        answer = client.get("/pets-api/v1/pets", params={"limit": "5", "tags": "a,b"}, headers=GOOD)
    assert answer.status_code == 200


def test_path_parameter_violation(pets: Sandbox) -> None:
    with pets.client() as client:
        answer = client.get("/pets-api/v1/pets/seven")
    assert answer.status_code == 400
    assert "/path/petId" in _pointers(answer.json())


def test_required_security_must_be_present(pets: Sandbox) -> None:
    with pets.client() as client:
        missing = client.post("/pets-api/v1/pets", json={"name": "Tama", "age": 2})
        present = client.post("/pets-api/v1/pets", json={"name": "Tama", "age": 2}, headers={"X-Api-Key": "k"})
    assert missing.status_code == 401
    assert missing.headers["content-type"] == "application/problem+json"
    assert "WWW-Authenticate" in missing.headers
    assert present.status_code == 201


@pytest.mark.parametrize(
    ("kwargs", "pointer", "missing"),
    [
        ({"json": {"name": "Tama"}}, "/age", True),
        ({"json": {"name": "Tama", "age": -1}}, "/age", False),
        ({"json": {"name": "Tama", "age": 1, "colour": "white"}}, "/colour", False),
        ({"data": {"name": "Tama", "age": "old"}}, "/age", False),
        ({"files": {"meta": ("m.json", json.dumps({"name": "", "age": 1}), "application/json")}}, "/meta/name", False),
        ({"files": {"meta": ("m.json", json.dumps({"name": "Tama", "age": 1}), "application/json")}}, "/photo", True),
    ],
)
def test_body_violations_by_content_type(pets: Sandbox, kwargs: dict[str, object], pointer: str, missing: bool) -> None:
    with pets.client() as client:
        answer = client.post("/pets-api/v1/pets", headers={"X-Api-Key": "k"}, **kwargs)  # type: ignore[arg-type]
    assert answer.status_code == 400, answer.text
    body = answer.json()
    assert pointer in _pointers(body)
    assert body["errorCode"] == ("E0400002" if missing else "E0400003")


def test_valid_bodies_of_each_content_type_pass(pets: Sandbox) -> None:
    meta = json.dumps({"name": "Tama", "age": 1, "tag": None})
    with pets.client(headers={"X-Api-Key": "k"}) as client:
        as_json = client.post("/pets-api/v1/pets", json={"name": "Tama", "age": 2, "tag": None})
        as_form = client.post("/pets-api/v1/pets", data={"name": "Tama", "age": "2"})
        as_multipart = client.post(
            "/pets-api/v1/pets",
            files={"meta": ("m.json", meta, "application/json"), "photo": ("p.png", b"\x89PNG", "image/png")},
        )
    assert [as_json.status_code, as_form.status_code, as_multipart.status_code] == [201, 201, 201]


def test_self_info_telegram_violation_uses_the_shared_problem(sandbox: Sandbox) -> None:
    body = {
        "commonHeader": {
            "telegramId": "TL-00000086-261126103015-0001",
            "telegramType": "IFA0303-R01",
            "mode": "production",
        },
        "requestData": {"dataCategories": ["family_register"]},
    }
    with sandbox.client() as client:
        answer = client.post(
            "/self-info/online-resource-web/request", json=body, headers={"Authorization": "Bearer anything-goes-here"}
        )
    assert answer.status_code == 400
    problem = answer.json()
    assert problem["errorCode"] == "E0400004"
    assert "/commonHeader/telegramType" in _pointers(problem)
    assert problem["type"].startswith("https://developer.mynaportal-api.example.jp/problems/")


def test_token_endpoint_violations_are_oauth_errors(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        answer = client.post(
            "/periodic-linkage/online-authorization-web/oauth/token", data={"grant_type": "password", "client_id": "x"}
        )
    assert answer.status_code == 400
    assert answer.headers["content-type"] == "application/json"
    assert answer.json()["error"] == "invalid_request"
    assert answer.json()["error_description"].isascii()


def test_a_spec_that_is_not_valid_is_refused(tmp_path: Path) -> None:
    from generator.sandbox.specs import SpecError  # noqa: PLC0415

    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n", encoding="utf-8")
    with pytest.raises(SpecError):
        load_apis(load_config(ROOT), [broken])
