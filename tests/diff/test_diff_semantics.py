"""How schemas and operations are compared: matching, allOf, cycles, directions, dates."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import Run, write_pair

HEAD = "openapi: 3.1.0\ninfo: {title: T, version: 1.0.0}\n"


def _diff(mpgen: Run, tmp_path: Path, old: str, new: str, *extra: str) -> list[tuple[str, int]]:
    """(rule id, line) of every finding, the version rule left out."""
    old_dir, new_dir = write_pair(tmp_path, HEAD + old, HEAD + new)
    code, out, err = mpgen("diff", old_dir, new_dir, "--format", "json", *extra)
    assert code in (0, 1), err
    return [(f["id"], f["line"]) for f in json.loads(out)["findings"] if f["id"] != "major-version-not-bumped"]


def _line(text: str, needle: str) -> int:
    """The line of needle in the document written from text (HEAD comes first)."""
    before = (HEAD + text).split(needle)
    assert len(before) == 2, needle
    return before[0].count("\n") + 1


def _get(schema: str, path: str = "/a/{id}", name: str = "id") -> str:
    return f"""\
paths:
  {path}:
    get:
      parameters:
        - {{name: {name}, in: path, required: true, schema: {{type: string}}}}
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: {schema}
"""


def test_path_parameter_names_do_not_matter(mpgen: Run, tmp_path: Path) -> None:
    old = _get("{type: string}")
    new = _get("{type: string}", path="/a/{key}", name="key")
    assert _diff(mpgen, tmp_path, old, new) == []


def test_path_parameter_type_is_compared_across_a_rename(mpgen: Run, tmp_path: Path) -> None:
    old = _get("{type: string}")
    new = _get("{type: string}", path="/a/{key}", name="key").replace(
        "schema: {type: string}}", "schema: {type: integer}}"
    )
    assert _diff(mpgen, tmp_path, old, new) == [("request-type-changed", _line(new, "type: integer"))]


COMPONENTS = """\
components:
  schemas:
    Base:
      type: object
      required: [id]
      properties:
        id: {type: string}
"""


def test_allof_is_merged_so_moving_a_property_into_a_member_is_no_change(mpgen: Run, tmp_path: Path) -> None:
    flat = (
        _get("{$ref: '#/components/schemas/Pet'}")
        + COMPONENTS
        + (
            "    Pet:\n      type: object\n      required: [id]\n"
            "      properties:\n        id: {type: string}\n        name: {type: string}\n"
        )
    )
    merged = (
        _get("{$ref: '#/components/schemas/Pet'}")
        + COMPONENTS
        + (
            "    Pet:\n      allOf:\n        - $ref: '#/components/schemas/Base'\n"
            "        - type: object\n          properties:\n            name: {type: string}\n"
        )
    )
    assert _diff(mpgen, tmp_path, flat, merged) == []
    dropped = merged.replace("      required: [id]\n", "")
    expected = [("response-property-made-optional", _line(dropped, "    id: {type: string}"))]
    assert _diff(mpgen, tmp_path / "2", flat, dropped) == expected


RECURSIVE = """\
components:
  schemas:
    Node:
      type: object
      properties:
        label: {type: string}
        children:
          type: array
          items: {$ref: '#/components/schemas/Node'}
"""


def test_recursive_schemas_end_and_report_once(mpgen: Run, tmp_path: Path) -> None:
    old = _get("{$ref: '#/components/schemas/Node'}") + RECURSIVE
    new = old.replace("label: {type: string}", "label: {type: integer}")
    assert _diff(mpgen, tmp_path, old, new) == [("response-type-changed", _line(new, "label: {type: integer}"))]


def test_a_change_deep_in_a_reference_chain_is_found(mpgen: Run, tmp_path: Path) -> None:
    chain = "components:\n  schemas:\n" + "".join(
        f"    S{i}:\n      type: object\n      properties:\n        next: {{$ref: '#/components/schemas/S{i + 1}'}}\n"
        for i in range(5)
    )
    chain += "    S5:\n      type: string\n"
    old = _get("{$ref: '#/components/schemas/S0'}") + chain
    new = old.replace("    S5:\n      type: string\n", "    S5:\n      type: [string, 'null']\n")
    assert _diff(mpgen, tmp_path, old, new) == [("response-property-made-nullable", _line(new, "[string, 'null']"))]


def test_openapi_30_nullable(mpgen: Run, tmp_path: Path) -> None:
    head = HEAD.replace("3.1.0", "3.0.3")
    old_dir, new_dir = write_pair(
        tmp_path, head + _get("{type: string}"), head + _get("{type: string, nullable: true}")
    )
    _code, out, _ = mpgen("diff", old_dir, new_dir, "--format", "json")
    found = [(f["id"], f["line"]) for f in json.loads(out)["findings"] if f["id"] != "major-version-not-bumped"]
    assert found == [("response-property-made-nullable", _line(_get("{type: string, nullable: true}"), "nullable"))]


def _post(schema: str) -> str:
    return f"""\
paths:
  /a:
    post:
      requestBody:
        content:
          application/json:
            schema: {schema}
      responses:
        '204': {{description: Done}}
"""


def test_read_only_properties_are_not_sent(mpgen: Run, tmp_path: Path) -> None:
    old = _post("{type: object, properties: {name: {type: string}}}")
    new = _post(
        "{type: object, required: [id], properties: {name: {type: string}, id: {type: string, readOnly: true}}}"
    )
    assert _diff(mpgen, tmp_path, old, new) == []


WEBHOOK = """\
webhooks:
  ready:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                state: {type: string, enum: [done, failed]}
      responses:
        '200': {description: Received}
"""


def test_webhook_bodies_are_received_by_the_client(mpgen: Run, tmp_path: Path) -> None:
    """The API sends a webhook's body: a new enum value breaks the receiver like a response would."""
    new = WEBHOOK.replace("[done, failed]", "[done, failed, partial]")
    assert _diff(mpgen, tmp_path, WEBHOOK, new) == [("response-enum-value-added", _line(new, "partial"))]
    narrowed = WEBHOOK.replace("[done, failed]", "[done]")
    expected = [("response-enum-value-removed", _line(WEBHOOK, "[done, failed]"))]
    assert _diff(mpgen, tmp_path / "2", WEBHOOK, narrowed) == expected


SUNSET = """\
paths:
  /old:
    get:
      deprecated: true
      x-sunset: '2026-09-01'
      responses:
        '200': {description: OK}
  /new:
    get:
      responses:
        '200': {description: OK}
"""


def test_sunset_is_judged_against_the_given_date(mpgen: Run, tmp_path: Path) -> None:
    new = "paths:\n  /new:\n" + SUNSET.split("  /new:\n")[1]
    before = _diff(mpgen, tmp_path, SUNSET, new, "--date", "2026-08-31")
    after = _diff(mpgen, tmp_path / "2", SUNSET, new, "--date", "2026-09-01")
    line = _line(SUNSET, "  /old:\n    get:") + 1
    assert before == [("operation-removed-before-sunset", line)]
    assert after == [("deprecated-operation-removed", line)]


def test_json_documents_are_located_too(mpgen: Run, tmp_path: Path) -> None:
    def document(kind: str) -> str:
        doc = {
            "openapi": "3.1.0",
            "info": {"title": "T", "version": "1.0.0"},
            "paths": {
                "/a": {
                    "get": {
                        "responses": {
                            "200": {"description": "OK", "content": {"application/json": {"schema": {"type": kind}}}}
                        }
                    }
                }
            },
        }
        return json.dumps(doc, indent=2)

    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    (tmp_path / "old" / "api.json").write_text(document("string"), encoding="utf-8")
    (tmp_path / "new" / "api.json").write_text(document("integer"), encoding="utf-8")
    _code, out, _ = mpgen("diff", tmp_path / "old", tmp_path / "new", "--format", "json")
    found = [(f["id"], f["line"]) for f in json.loads(out)["findings"] if f["id"] != "major-version-not-bumped"]
    line = document("integer").split('"type": "integer"')[0].count("\n") + 1
    assert found == [("response-type-changed", line)]


def test_dropping_a_whole_oneof_from_a_request_accepts_more(mpgen: Run, tmp_path: Path) -> None:
    old = _post("{type: object, oneOf: [{required: [a]}, {required: [b]}], properties: {a: {type: string}}}")
    new = _post("{type: object, properties: {a: {type: string}}}")
    assert _diff(mpgen, tmp_path, old, new) == []


SECURED = """\
security:
  - OAuth: [read]
paths:
  /a:
    get:
      responses:
        '200': {description: OK}
components:
  securitySchemes:
    OAuth:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.example.jp/token
          scopes: {read: r}
    Key: {type: apiKey, in: header, name: X-Key}
"""


def test_another_security_alternative_or_flow_breaks_nobody(mpgen: Run, tmp_path: Path) -> None:
    new = SECURED.replace("  - OAuth: [read]\n", "  - OAuth: [read]\n  - Key: []\n").replace(
        "          scopes: {read: r}\n",
        "          scopes: {read: r}\n        authorizationCode:\n"
        "          authorizationUrl: https://auth.example.jp/authorize\n"
        "          tokenUrl: https://auth.example.jp/token\n          scopes: {read: r}\n",
    )
    # One finding, INFO: the operation now also accepts the key (the new flow is no change to a client)
    assert _diff(mpgen, tmp_path, SECURED, new) == [("security-alternative-added", _line(new, "- Key: []"))]


def test_a_moved_token_endpoint_breaks_clients(mpgen: Run, tmp_path: Path) -> None:
    new = SECURED.replace(
        "          tokenUrl: https://auth.example.jp/token\n", "          tokenUrl: https://id.example.jp/t\n"
    )
    assert _diff(mpgen, tmp_path, SECURED, new) == [("security-scheme-changed", _line(new, "tokenUrl"))]


def test_replacing_the_only_scheme_requires_the_new_one(mpgen: Run, tmp_path: Path) -> None:
    new = SECURED.replace("  - OAuth: [read]\n", "  - Key: []\n")
    found = sorted(_diff(mpgen, tmp_path, SECURED, new))
    line = _line(new, "security:")
    assert found == [("security-scheme-added", line), ("security-scheme-removed", line)]
