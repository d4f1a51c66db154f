# ruff: noqa: E501 - one YAML edit a line reads better than split strings
"""The rule table of the diff tests: for every rule, a minimal edit of one base document on the OLD
and/or NEW side. The line the finding must point at carries the comment `#<` (in NEW, or in OLD for
a removal)."""

from __future__ import annotations

from dataclasses import dataclass

BASE = """\
openapi: 3.1.0
info:
  title: Example API
  version: 1.0.0
servers:
  - url: https://api.example.jp/v1
  - url: https://old.example.jp/v1
tags:
  - name: items
  - name: admin
security:
  - OAuth: [read]
paths:
  /items/{itemId}:
    parameters:
      - name: itemId
        in: path
        required: true
        schema: {type: string}
    get:
      operationId: getItem
      tags: [items]
      parameters:
        - name: limit
          in: query
          schema:
            type: integer
            minimum: 1
            maximum: 100
            default: 20
        - name: kind
          in: query
          schema:
            type: string
            enum: [small, large]
        - name: code
          in: query
          schema:
            type: string
            pattern: '^[A-Z]+$'
        - name: X-Trace
          in: header
          schema: {type: string}
      responses:
        '200':
          description: OK
          headers:
            X-Rate:
              schema: {type: integer}
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Item'}
            application/xml:
              schema: {$ref: '#/components/schemas/Item'}
        '404':
          description: Not found
    put:
      operationId: putItem
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/ItemInput'}
          application/x-www-form-urlencoded:
            schema: {$ref: '#/components/schemas/ItemInput'}
      responses:
        '204':
          description: Saved
  /reports:
    get:
      operationId: listReports
      tags: [admin]
      responses:
        '200':
          description: OK
components:
  securitySchemes:
    OAuth:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.example.jp/token
          scopes: {read: read items, write: write items}
    ApiKey:
      type: apiKey
      in: header
      name: X-Api-Key
  schemas:
    Item:
      type: object
      required: [id, name]
      properties:
        id: {type: string, readOnly: true}
        name: {type: string}
        size: {type: integer}
        status:
          type: string
          enum: [active, closed]
        shape:
          oneOf:
            - $ref: '#/components/schemas/Circle'
            - $ref: '#/components/schemas/Square'
        created: {type: string, format: date-time}
        secret: {type: string, writeOnly: true}
    ItemInput:
      type: object
      required: [name]
      properties:
        name: {type: string, maxLength: 50}
        note: {type: string}
        form:
          oneOf:
            - $ref: '#/components/schemas/Circle'
            - $ref: '#/components/schemas/Square'
    Circle:
      type: object
      properties:
        radius: {type: number}
    Square:
      type: object
      properties:
        side: {type: number}
    Legacy:
      type: object
"""

PUT = """\
    put:
      operationId: putItem
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/ItemInput'}
          application/x-www-form-urlencoded:
            schema: {$ref: '#/components/schemas/ItemInput'}
      responses:
        '204':
          description: Saved
"""
REPORTS = """\
  /reports:
    get:
      operationId: listReports
      tags: [admin]
      responses:
        '200':
          description: OK
"""
TODAY = "2026-06-01"  # sunset dates below are before or after it

Edit = tuple[str, str]


@dataclass(frozen=True)
class Case:
    rule: str
    level: str
    old: tuple[Edit, ...] = ()
    new: tuple[Edit, ...] = ()
    old_missing: bool = False  # the document exists only in NEW
    new_missing: bool = False  # the document exists only in OLD


def apply(edits: tuple[Edit, ...]) -> str:
    text = BASE
    for find, replace in edits:
        assert text.count(find) == 1, f"edit target must occur once: {find!r}"
        text = text.replace(find, replace)
    return text


MARK = "#<"
_X_TRACE = "        - name: X-Trace\n          in: header\n          schema: {type: string}\n"
_LIMIT_TYPE = "            type: integer\n            minimum: 1\n"
_KIND_ENUM = "            enum: [small, large]\n"
_PATTERN = "            pattern: '^[A-Z]+$'\n"
_ITEM_REQUIRED = "      required: [id, name]\n"
_INPUT_REQUIRED = "      required: [name]\n"
_SIZE = "        size: {type: integer}\n"
_ITEM_SQUARE = (
    "            - $ref: '#/components/schemas/Square'\n        created:",
    "            - $ref: '#/components/schemas/Square'  #<\n        created:",
)
_INPUT_SQUARE = "            - $ref: '#/components/schemas/Square'\n    Circle:"


def _x_trace(schema: str) -> Edit:
    return (_X_TRACE, f"        - name: X-Trace\n          in: header\n          schema: {schema}  {MARK}\n")


_CODE = "        - name: code\n          in: query\n"
_ITEM_SECURITY = "      tags: [items]\n      security:\n        - OAuth: [read]\n"
CASES: tuple[Case, ...] = (
    Case("document-removed", "ERR", new_missing=True),
    Case("document-added", "INFO", old_missing=True),
    Case("path-removed", "ERR", old=(("  /reports:\n", "  /reports:  #<\n"),), new=((REPORTS, ""),)),
    Case(
        "path-added",
        "INFO",
        new=(
            (
                REPORTS,
                REPORTS + "  /extra:  #<\n    get:\n      responses:\n        '200':\n          description: OK\n",
            ),
        ),
    ),
    Case("operation-removed", "ERR", old=(("    put:\n", "    put:  #<\n"),), new=((PUT, ""),)),
    Case(
        "operation-removed-before-sunset",
        "ERR",
        old=(
            (
                "    put:\n      operationId: putItem\n",
                "    put:  #<\n      operationId: putItem\n      x-sunset: '2027-01-01'\n",
            ),
        ),
        new=((PUT, ""),),
    ),
    Case(
        "deprecated-operation-removed",
        "INFO",
        old=(
            (
                "    put:\n      operationId: putItem\n",
                "    put:  #<\n      operationId: putItem\n      deprecated: true\n      x-sunset: '2025-01-01'\n",
            ),
        ),
        new=((PUT, ""),),
    ),
    Case(
        "operation-added",
        "INFO",
        new=((PUT, PUT + "    delete:  #<\n      responses:\n        '204':\n          description: Deleted\n"),),
    ),
    Case(
        "operation-deprecated",
        "INFO",
        new=(("      operationId: listReports\n", "      operationId: listReports\n      deprecated: true  #<\n"),),
    ),
    Case(
        "property-deprecated",
        "INFO",
        new=(
            (
                _SIZE,
                "        size:\n          type: integer\n          deprecated: true  #<\n          x-sunset: '2027-03-31'\n",
            ),
        ),
    ),
    Case(
        "operation-sunset-earlier",
        "WARN",
        old=(("      operationId: listReports\n", "      operationId: listReports\n      x-sunset: '2027-06-01'\n"),),
        new=(
            ("      operationId: listReports\n", "      operationId: listReports\n      x-sunset: '2027-01-01'  #<\n"),
        ),
    ),
    Case(
        "operation-id-changed",
        "WARN",
        new=(("      operationId: listReports\n", "      operationId: allReports  #<\n"),),
    ),
    Case(
        "request-parameter-added-required",
        "ERR",
        new=(
            (
                _X_TRACE,
                _X_TRACE
                + "        - name: q  #<\n          in: query\n          required: true\n          schema: {type: string}\n",
            ),
        ),
    ),
    Case(
        "request-parameter-added-optional",
        "INFO",
        new=((_X_TRACE, _X_TRACE + "        - name: q  #<\n          in: query\n          schema: {type: string}\n"),),
    ),
    Case(
        "request-parameter-made-required",
        "ERR",
        new=(
            (
                "        - name: kind\n          in: query\n",
                "        - name: kind\n          in: query\n          required: true  #<\n",
            ),
        ),
    ),
    Case(
        "request-parameter-made-optional",
        "INFO",
        old=(
            (
                "        - name: kind\n          in: query\n",
                "        - name: kind\n          in: query\n          required: true\n",
            ),
        ),
        new=(
            (
                "        - name: kind\n          in: query\n",
                "        - name: kind\n          in: query\n          required: false  #<\n",
            ),
        ),
    ),
    Case(
        "request-parameter-removed",
        "WARN",
        old=(("        - name: code\n", "        - name: code  #<\n"),),
        new=(
            ("        - name: code\n          in: query\n          schema:\n            type: string\n" + _PATTERN, ""),
        ),
    ),
    Case(
        "request-parameter-deprecated",
        "INFO",
        new=((_CODE, _CODE + "          deprecated: true  #<\n          x-sunset: '2027-03-31'\n"),),
    ),
    Case(
        "request-parameter-style-changed",
        "WARN",
        new=(
            (
                "        - name: kind\n          in: query\n",
                "        - name: kind\n          in: query\n          style: pipeDelimited  #<\n",
            ),
        ),
    ),
    Case("request-type-changed", "ERR", new=(_x_trace("{type: boolean}"),)),
    Case(
        "request-type-narrowed",
        "ERR",
        old=((_LIMIT_TYPE, "            type: number\n            minimum: 1\n"),),
        new=((_LIMIT_TYPE, "            type: integer  #<\n            minimum: 1\n"),),
    ),
    Case(
        "request-type-widened", "INFO", new=((_LIMIT_TYPE, "            type: number  #<\n            minimum: 1\n"),)
    ),
    Case(
        "request-enum-value-removed",
        "ERR",
        old=((_KIND_ENUM, "            enum: [small, large]  #<\n"),),
        new=((_KIND_ENUM, "            enum: [small]\n"),),
    ),
    Case("request-enum-value-added", "INFO", new=((_KIND_ENUM, "            enum: [small, large, huge]  #<\n"),)),
    Case("request-enum-added", "ERR", new=(_x_trace("{type: string, enum: [a, b]}"),)),
    Case("request-pattern-added", "ERR", new=(_x_trace("{type: string, pattern: '^t-'}"),)),
    Case("request-pattern-changed", "WARN", new=((_PATTERN, "            pattern: '^[A-Z0-9]+$'  #<\n"),)),
    Case(
        "request-pattern-removed",
        "INFO",
        old=((_PATTERN, "            pattern: '^[A-Z]+$'  #<\n"),),
        new=((_PATTERN, ""),),
    ),
    Case("request-bound-tightened", "ERR", new=(("            maximum: 100\n", "            maximum: 50  #<\n"),)),
    Case("request-bound-relaxed", "INFO", new=(("            minimum: 1\n", "            minimum: 0  #<\n"),)),
    Case("request-default-changed", "WARN", new=(("            default: 20\n", "            default: 10  #<\n"),)),
    Case("request-format-changed", "WARN", new=(_x_trace("{type: string, format: uuid}"),)),
    Case(
        "request-property-added-required",
        "ERR",
        new=(
            (_INPUT_REQUIRED, "      required: [name, owner]\n"),
            ("        note: {type: string}\n", "        note: {type: string}\n        owner: {type: string}  #<\n"),
        ),
    ),
    Case("request-property-made-required", "ERR", new=((_INPUT_REQUIRED, "      required: [name, note]  #<\n"),)),
    Case(
        "request-property-added",
        "INFO",
        new=(("        note: {type: string}\n", "        note: {type: string}\n        weight: {type: number}  #<\n"),),
    ),
    Case(
        "request-property-removed",
        "WARN",
        old=(("        note: {type: string}\n", "        note: {type: string}  #<\n"),),
        new=(("        note: {type: string}\n", ""),),
    ),
    Case(
        "request-oneof-branch-removed",
        "ERR",
        old=((_INPUT_SQUARE, "            - $ref: '#/components/schemas/Square'  #<\n    Circle:"),),
        new=((_INPUT_SQUARE, "    Circle:"),),
    ),
    Case(
        "request-oneof-branch-added",
        "INFO",
        new=(
            (
                _INPUT_SQUARE,
                "            - $ref: '#/components/schemas/Square'\n            - {type: string}  #<\n    Circle:",
            ),
        ),
    ),
    Case(
        "request-additional-properties-closed",
        "ERR",
        new=((_INPUT_REQUIRED, _INPUT_REQUIRED + "      additionalProperties: false  #<\n"),),
    ),
    Case(
        "request-body-made-required",
        "ERR",
        new=(("      requestBody:\n", "      requestBody:\n        required: true  #<\n"),),
    ),
    Case(
        "request-body-removed",
        "WARN",
        old=(("      requestBody:\n", "      requestBody:  #<\n"),),
        new=(
            (
                PUT,
                "    put:\n      operationId: putItem\n      responses:\n        '204':\n          description: Saved\n",
            ),
        ),
    ),
    Case(
        "request-media-type-removed",
        "ERR",
        old=(("          application/x-www-form-urlencoded:\n", "          application/x-www-form-urlencoded:  #<\n"),),
        new=(
            (
                "          application/x-www-form-urlencoded:\n            schema: {$ref: '#/components/schemas/ItemInput'}\n",
                "",
            ),
        ),
    ),
    Case(
        "request-media-type-added",
        "INFO",
        new=(
            (
                "      responses:\n        '204':",
                "          text/plain:  #<\n            schema: {type: string}\n      responses:\n        '204':",
            ),
        ),
    ),
    Case(
        "response-success-status-removed",
        "ERR",
        old=(("        '204':\n", "        '204':  #<\n"),),
        new=(("        '204':\n          description: Saved\n", "        '200':\n          description: Saved\n"),),
    ),
    Case(
        "response-error-status-removed",
        "INFO",
        old=(("        '404':\n", "        '404':  #<\n"),),
        new=(("        '404':\n          description: Not found\n", ""),),
    ),
    Case(
        "response-status-added",
        "INFO",
        new=(
            (
                "          description: Not found\n",
                "          description: Not found\n        '409':  #<\n          description: Conflict\n",
            ),
        ),
    ),
    Case(
        "response-media-type-removed",
        "ERR",
        old=(("            application/xml:\n", "            application/xml:  #<\n"),),
        new=(("            application/xml:\n              schema: {$ref: '#/components/schemas/Item'}\n", ""),),
    ),
    Case(
        "response-media-type-added",
        "INFO",
        new=(
            ("        '404':\n", "            text/csv:  #<\n              schema: {type: string}\n        '404':\n"),
        ),
    ),
    Case(
        "response-required-property-removed",
        "ERR",
        old=(("        name: {type: string}\n", "        name: {type: string}  #<\n"),),
        new=(("        name: {type: string}\n", ""), (_ITEM_REQUIRED, "      required: [id]\n")),
    ),
    Case(
        "response-optional-property-removed",
        "WARN",
        old=((_SIZE, "        size: {type: integer}  #<\n"),),
        new=((_SIZE, ""),),
    ),
    Case(
        "response-property-made-optional",
        "ERR",
        new=(
            (_ITEM_REQUIRED, "      required: [id]\n"),
            ("        name: {type: string}\n", "        name: {type: string}  #<\n"),
        ),
    ),
    Case("response-property-made-nullable", "ERR", new=((_SIZE, "        size: {type: [integer, 'null']}  #<\n"),)),
    Case(
        "response-property-added",
        "INFO",
        new=((_SIZE, _SIZE + "        colour: {type: string}  #<\n"),),
    ),
    Case("response-type-changed", "ERR", new=((_SIZE, "        size: {type: string}  #<\n"),)),
    Case("response-type-widened", "ERR", new=((_SIZE, "        size: {type: number}  #<\n"),)),
    Case(
        "response-type-narrowed",
        "INFO",
        old=((_SIZE, "        size: {type: number}\n"),),
        new=((_SIZE, "        size: {type: integer}  #<\n"),),
    ),
    Case(
        "response-enum-value-added",
        "WARN",
        new=(("          enum: [active, closed]\n", "          enum: [active, closed, archived]  #<\n"),),
    ),
    Case(
        "response-enum-value-removed",
        "INFO",
        old=(("          enum: [active, closed]\n", "          enum: [active, closed]  #<\n"),),
        new=(("          enum: [active, closed]\n", "          enum: [active]\n"),),
    ),
    Case(
        "response-oneof-branch-added",
        "WARN",
        new=(
            (
                _ITEM_SQUARE[0],
                "            - $ref: '#/components/schemas/Square'\n            - {type: string}  #<\n        created:",
            ),
        ),
    ),
    Case(
        "response-oneof-branch-removed",
        "INFO",
        old=(_ITEM_SQUARE,),
        new=((_ITEM_SQUARE[0], "        created:"),),
    ),
    Case(
        "response-format-changed",
        "WARN",
        new=(
            (
                "        created: {type: string, format: date-time}\n",
                "        created: {type: string, format: date}  #<\n",
            ),
        ),
    ),
    Case(
        "response-header-removed",
        "ERR",
        old=(("            X-Rate:\n", "            X-Rate:  #<\n"),),
        new=(("          headers:\n            X-Rate:\n              schema: {type: integer}\n", ""),),
    ),
    Case(
        "response-header-added",
        "INFO",
        new=(
            (
                "          headers:\n",
                "          headers:\n            X-Next:  #<\n              schema: {type: string}\n",
            ),
        ),
    ),
    Case(
        "security-scheme-added",
        "ERR",
        new=(
            (
                "      tags: [items]\n",
                "      tags: [items]\n      security:  #<\n        - OAuth: [read]\n          ApiKey: []\n",
            ),
        ),
    ),
    Case(
        "security-scheme-removed",
        "INFO",
        new=(("      tags: [items]\n", "      tags: [items]\n      security: []  #<\n"),),
    ),
    Case(
        "security-scope-added",
        "ERR",
        new=(("      tags: [items]\n", "      tags: [items]\n      security:  #<\n        - OAuth: [read, write]\n"),),
    ),
    Case("security-scope-removed", "INFO", new=(("security:\n  - OAuth: [read]\n", "security:  #<\n  - OAuth: []\n"),)),
    Case(
        "security-alternative-added",
        "INFO",
        new=(("      tags: [items]\n", _ITEM_SECURITY + "        - ApiKey: []  #<\n"),),
    ),
    Case(
        "security-scope-accepted",
        "INFO",
        new=(("      tags: [items]\n", _ITEM_SECURITY + "        - OAuth: [write]  #<\n"),),
    ),
    Case("security-scheme-changed", "ERR", new=(("      name: X-Api-Key\n", "      name: X-Key  #<\n"),)),
    Case(
        "schema-removed",
        "WARN",
        old=(("    Legacy:\n", "    Legacy:  #<\n"),),
        new=(("    Legacy:\n      type: object\n", ""),),
    ),
    Case(
        "tag-removed",
        "INFO",
        old=(("  - name: admin\n", "  - name: admin  #<\n"),),
        new=(("  - name: admin\n", ""),),
    ),
    Case(
        "server-removed",
        "WARN",
        old=(("  - url: https://old.example.jp/v1\n", "  - url: https://old.example.jp/v1  #<\n"),),
        new=(("  - url: https://old.example.jp/v1\n", ""),),
    ),
    Case(
        "read-only-flipped",
        "WARN",
        new=(("        id: {type: string, readOnly: true}\n", "        id: {type: string, readOnly: false}  #<\n"),),
    ),
    Case(
        "write-only-flipped",
        "WARN",
        new=(("        secret: {type: string, writeOnly: true}\n", "        secret: {type: string}  #<\n"),),
    ),
    Case(
        "major-version-not-bumped",
        "ERR",
        new=(
            ("  version: 1.0.0\n", "  version: 1.1.0  #<\n"),
            (_X_TRACE, _X_TRACE.replace("{type: string}", "{type: boolean}")),
        ),
    ),
    Case("version-decreased", "WARN", new=(("  version: 1.0.0\n", "  version: 0.9.0  #<\n"),)),
)
