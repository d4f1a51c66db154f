"""`mpgen diff` stays light: validation, code generation and the portal are never imported on its path."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import write_pair
from diff_cases import BASE, CASES, apply

HEAVY = ("jsonschema", "jsonschema_rs", "openapi_spec_validator", "pydantic", "datamodel_code_generator", "jinja2")
NOT_NEEDED = (
    "tempfile",
    "generator.portal",
    "generator.codegen",
    "generator.sandbox.app",
    "generator.documents.validate",
)
SCRIPT = """\
import json, sys
from generator.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


def test_diff_imports_no_validator_generator_or_portal(tmp_path: Path) -> None:
    old, new = write_pair(tmp_path, BASE, apply(next(c for c in CASES if c.rule == "request-type-changed").new))
    for fmt in ("text", "json", "markdown"):
        proc = subprocess.run(
            [sys.executable, "-c", SCRIPT, "diff", str(old), str(new), "--format", fmt],
            capture_output=True,
            text=True,
            check=False,
            cwd=tmp_path,
        )
        report = json.loads(proc.stderr.strip().splitlines()[-1])
        assert report["code"] == 1 and "request-type-changed" in proc.stdout
        loaded = set(report["modules"])
        assert [m for m in loaded if m.split(".")[0] in HEAVY] == []
        assert [m for m in NOT_NEEDED if m in loaded] == []
