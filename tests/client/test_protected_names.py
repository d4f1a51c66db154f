"""Properties named like pydantic's own members (`model_dump`, `model_config`, `model_validate_json`, `model_x`):
the generated models import without a warning (pytest turns warnings into errors), keep each property under
its JSON name on the wire, and type-check; over real HTTP on 127.0.0.1 the body goes out and comes back intact."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.client_runtime.servers import Reply, Seen, scripted
from tests.conftest import generate_package, imported

PACKAGE = "protected_client"
DOCUMENT = """\
openapi: 3.1.0
info: {title: protected, version: "1"}
servers: [{url: "https://api.example.test"}]
paths:
  /records:
    post:
      operationId: protectedCreateRecord
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/RecordRequest'}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Record'}}}}
components:
  schemas:
    RecordRequest:
      type: object
      additionalProperties: false
      required: [model_dump]
      properties:
        model_dump: {type: string}
        model_config: {type: string}
        model_x: {type: integer}
        modelValidateJson: {type: boolean}
    Meta:
      type: object
      properties:
        model_validate: {type: string}
        model_fields: {type: string}
    Record:
      allOf:
        - $ref: '#/components/schemas/Meta'
        - type: object
          properties:
            model_dump: {type: string}
            model_config: {type: string}
            model_x: {type: integer}
            model_dump_json: {type: string}
            id: {type: string}
"""
REQUEST = {"model_dump": "d", "model_config": "c", "model_x": 3, "modelValidateJson": True}
RECORD = {
    "id": "r-1",
    "model_dump": "d",
    "model_config": "c",
    "model_x": 3,
    "model_dump_json": "j",
    "model_validate": "v",
    "model_fields": "f",
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_package(tmp_path_factory.mktemp("protected"), "protected", DOCUMENT, PACKAGE)


@pytest.fixture(scope="module")
def api(generated: Path) -> Iterator[ModuleType]:
    with imported(generated, PACKAGE, "protected") as module:
        yield module


def test_models_import_without_warnings(generated: Path) -> None:
    """A fresh interpreter with every warning an error: pydantic warns when the class is created."""
    code = f"import {PACKAGE}.protected.models as m; print(sorted(m.Record.model_fields))"
    env = {**os.environ, "PYTHONPATH": str(generated)}
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, check=False, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "model_x" in result.stdout


def test_fields_round_trip_by_their_json_names(api: ModuleType) -> None:
    m = api.models
    record = m.Record.model_validate(RECORD)
    assert record.model_dump(by_alias=True, exclude_unset=True) == RECORD
    assert m.Record.model_validate_json(record.model_dump_json(by_alias=True)) == record
    assert (record.model_dump_, record.model_config_, record.model_x, record.model_validate_) == ("d", "c", 3, "v")
    assert callable(record.model_dump), "pydantic's own members stay themselves"
    request = m.RecordRequest.model_validate(REQUEST)
    assert request.model_dump(by_alias=True, exclude_unset=True) == REQUEST


def test_models_are_built_by_python_names_too(api: ModuleType) -> None:
    m = api.models
    request = m.RecordRequest(model_dump_="d", model_config_="c", model_x=3, model_validate_json_=True)
    assert request.model_dump(by_alias=True, exclude_unset=True) == REQUEST


def test_the_client_sends_and_parses_them_over_http(api: ModuleType) -> None:
    def echo(seen: Seen) -> Reply:
        sent = json.loads(seen.body)
        return 200, {"Content-Type": "application/json"}, json.dumps({**sent, "id": "r-1"}).encode()

    with scripted(route=echo) as server, api.ProtectedClient(server.url) as client:
        record = client.create_record(body=api.models.RecordRequest.model_validate(REQUEST))
    assert json.loads(server.seen[0].body) == REQUEST
    assert record.model_dump_ == "d" and record.model_config_ == "c" and record.model_x == 3 and record.id == "r-1"
    assert record.model_extra == {"modelValidateJson": True}  # a response keeps what it does not declare


def test_the_generated_package_passes_mypy_strict(generated: Path, tmp_path: Path) -> None:
    usage = tmp_path / "usage.py"
    usage.write_text(
        f"from {PACKAGE}.protected import models\n\n"
        "r = models.RecordRequest(model_dump_='d', model_x=1)\n"
        "s: str | None = models.Record.model_validate({}).model_dump_\n"
        "d: dict[str, object] = r.model_dump(by_alias=True)\n",
        encoding="utf-8",
    )
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache")]
    env = {**os.environ, "MYPYPATH": str(generated)}
    result = subprocess.run(
        [*mypy, str(generated / PACKAGE), str(usage)], capture_output=True, text=True, check=False, env=env
    )
    assert result.returncode == 0, result.stdout + result.stderr
