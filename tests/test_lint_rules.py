"""Each house rule fires on the smallest document that breaks it, at the right line, and not otherwise."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generator.documents.bundler import Workspace
from generator.documents.lint import CATALOG_RULES, RULES
from generator.documents.pipeline import check_document

CLEAN = """\
openapi: 3.1.0
info:
  title: 例示API
  version: 1.0.0
  description: 例示のための文書。
paths:
  /items/{itemId}:
    get:
      operationId: getItem
      summary: 項目を取得する
      parameters:
        - name: itemId
          in: path
          required: true
          schema: {type: string}
      responses:
        '200':
          description: 取得した項目
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Item'}
              example: {kind: small}
        '404':
          description: 見つからない
          content:
            application/problem+json:
              schema: {$ref: '#/components/schemas/Problem'}
components:
  schemas:
    Item:
      type: object
      title: 項目
      properties:
        kind:
          type: string
          description: 種類
          enum: [small, large]
          x-enum-descriptions: [小, 大]
    Problem:
      type: object
      title: 問題の詳細
      properties:
        title: {type: string, description: 概要}
"""

# rule id -> (text to replace in CLEAN, replacement, line the diagnostic must point at)
BREAKS = {
    "house/operation-id": ("operationId: getItem", "operationId: GetItem", 9),
    "house/summary-ja": ("summary: 項目を取得する", "summary: Get an item", 10),
    "house/problem-body": ("application/problem+json:", "application/json:", 23),
    "house/success-example": ("              example: {kind: small}\n", "", 20),
    "house/ascii-names": ("        kind:\n", "        種類:\n", 34),
    "house/japanese-docs": ("          description: 種類\n", "", 34),
    "house/enum-labels": ("x-enum-descriptions: [小, 大]", "x-enum-descriptions: [small]", 37),
    "house/info": ("version: 1.0.0", "version: one", 4),
}


def _check(tmp_path: Path, text: str) -> list[tuple[str, int]]:
    spec = tmp_path / "api.yaml"
    spec.write_text(text, encoding="utf-8")
    result = check_document(Workspace(tmp_path), spec, house=True)
    return [(d.rule, d.location.line) for d in result.diagnostics]


def test_clean_document_has_no_findings(tmp_path: Path) -> None:
    assert _check(tmp_path, CLEAN) == []


@pytest.mark.parametrize("rule_id", sorted(BREAKS))
def test_rule_fires_at_the_offending_line(tmp_path: Path, rule_id: str) -> None:
    old, new, line = BREAKS[rule_id]
    assert old in CLEAN
    findings = _check(tmp_path, CLEAN.replace(old, new, 1))
    assert (rule_id, line) in findings, findings


def test_request_example_rule(tmp_path: Path) -> None:
    body = textwrap.indent(
        "requestBody:\n  content:\n    application/json:\n      schema: {$ref: '#/components/schemas/Item'}\n", " " * 6
    )
    text = CLEAN.replace("      responses:\n", body + "      responses:\n", 1)
    assert ("house/request-example", 18) in _check(tmp_path, text)


def test_every_rule_is_documented_and_tested() -> None:
    ids = {r.id for r in RULES}
    assert ids - {"house/request-example"} == set(BREAKS)
    assert all(r.doc and r.doc.endswith(".") for r in RULES)
    assert set(CATALOG_RULES) == {"house/operation-id-global", "house/catalog-match"}


def test_house_rules_are_off_for_foreign_documents(tmp_path: Path) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(CLEAN.replace("summary: 項目を取得する", "summary: Get an item"), encoding="utf-8")
    assert check_document(Workspace(tmp_path), spec, house=False).diagnostics == []
