"""Regressions found in code review: hostile or odd documents that once produced unsafe or broken output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import run_mpgen

INJECTED = 'x"""\n__import__("os").system("echo PWNED")\nclass _C:\n    async def _f(self):\n        """'


def _write(tmp_path: Path, name: str, document: dict[str, object]) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _ok(summary: str = "ok") -> dict[str, object]:
    return {"200": {"description": summary}}


def test_spec_text_never_becomes_code(tmp_path: Path) -> None:
    spec = _write(
        tmp_path,
        "evil.json",
        {
            "openapi": "3.1.0",
            "info": {"title": 'ends with quote"', "version": "1"},
            "paths": {
                "/" + INJECTED: {
                    "get": {
                        "operationId": "op",
                        "summary": "<img src=x onerror=alert(1)> [l](javascript:alert(2))",
                        "parameters": [{"name": INJECTED, "in": "query", "schema": {"type": "string"}}],
                        "responses": _ok(),
                    }
                }
            },
        },
    )
    result = run_mpgen("generate", str(spec), "--out", "out", "--package", "evil", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    imported = subprocess.run(
        [sys.executable, "-c", "import evil; print('imported')"],
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
        check=False,
    )
    assert imported.stdout.strip() == "imported" and "PWNED" not in imported.stdout, imported.stdout + imported.stderr
    client = (tmp_path / "out" / "evil" / "evil" / "client.py").read_text(encoding="utf-8")
    assert "<img" not in client and "](javascript" not in client  # inert when mkdocstrings renders it


def test_operation_and_parameter_names_cannot_shadow_the_runtime(tmp_path: Path) -> None:
    spec = _write(
        tmp_path,
        "names.json",
        {
            "openapi": "3.1.0",
            "info": {"title": "n", "version": "1"},
            "paths": {
                "/accounts": {
                    "delete": {"operationId": "close", "responses": _ok()},
                    "get": {
                        "operationId": "list",  # would shadow list[...] in the class's annotations
                        "parameters": [
                            {"name": n, "in": "query", "schema": {"type": "string"}} for n in ("models", "cast")
                        ],
                        "responses": _ok(),
                    },
                },
            },
        },
    )
    result = run_mpgen("generate", str(spec), "--out", "out", "--package", "names", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    client = (tmp_path / "out" / "names" / "names" / "client.py").read_text(encoding="utf-8")
    assert "def close_(" in client and "def list_(" in client
    assert "models2: str | Unset" in client and "cast2: str | Unset" in client


def test_odd_references_and_structure_are_diagnostics_not_tracebacks(tmp_path: Path) -> None:
    base: dict[str, object] = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}}
    nul = _write(tmp_path, "nul.json", {**base, "components": {"schemas": {"A": {"$ref": "a%00b.yaml#/X"}}}})
    long = _write(tmp_path, "long.json", {**base, "components": {"schemas": {"A": {"$ref": "x" * 300 + ".yaml"}}}})
    info = _write(tmp_path, "info.json", {"openapi": "3.1.0", "info": "x", "paths": {}})
    for spec in (nul, long, info):
        result = run_mpgen("validate", "--house", str(spec), cwd=tmp_path)
        assert result.returncode == 1, result.stdout + result.stderr
        assert "Traceback" not in result.stderr and "internal error" not in result.stderr


def test_a_folder_mpgen_did_not_write_is_never_replaced(tmp_path: Path) -> None:
    own = tmp_path / "src" / "myapp"
    own.mkdir(parents=True)
    (own / "core.py").write_text("VALUE = 1\n", encoding="utf-8")
    spec = _write(tmp_path, "api.json", {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}})
    result = run_mpgen("generate", str(spec), "--out", "src", "--package", "myapp", cwd=tmp_path)
    assert result.returncode == 1 and "[output-not-ours]" in result.stdout
    assert (own / "core.py").read_text(encoding="utf-8") == "VALUE = 1\n"


def test_server_variables_take_their_defaults(tmp_path: Path) -> None:
    spec = _write(
        tmp_path,
        "srv.json",
        {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "servers": [{"url": "https://{region}.example.com/v1", "variables": {"region": {"default": "jp"}}}],
            "paths": {},
        },
    )
    assert run_mpgen("generate", str(spec), "--out", "out", "--package", "srv", cwd=tmp_path).returncode == 0
    assert '"https://jp.example.com/v1"' in (tmp_path / "out" / "srv" / "srv" / "client.py").read_text(encoding="utf-8")


def test_content_parameters_are_sent_as_json(tmp_path: Path) -> None:
    spec = _write(
        tmp_path,
        "cp.json",
        {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/b": {
                    "get": {
                        "operationId": "getB",
                        "parameters": [
                            {
                                "name": "p",
                                "in": "query",
                                "content": {"application/json": {"schema": {"type": "object"}}},
                            }
                        ],
                        "responses": _ok(),
                    }
                }
            },
        },
    )
    assert run_mpgen("generate", str(spec), "--out", "out", "--package", "cpj", cwd=tmp_path).returncode == 0
    probe = (
        "import httpx, cpj\n"
        "seen = []\n"
        "def handle(request):\n"
        "    seen.append(request.url.params['p'])\n"
        "    return httpx.Response(200)\n"
        "client = cpj.CpClient('http://api.test', http_client=httpx.Client(transport=httpx.MockTransport(handle)))\n"
        "client.get_b(p={'a': 1, 'b': '日本'})\n"
        "print(seen[0])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path / "out", capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == '{"a":1,"b":"日本"}', result.stdout + result.stderr
