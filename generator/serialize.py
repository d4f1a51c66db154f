"""Deterministic YAML and JSON texts of a bundled document (document order kept, no timestamps)."""

from __future__ import annotations

import json
from typing import Any

import yaml


def bundle_texts(data: dict[str, Any]) -> tuple[str, str]:
    yaml_text = yaml.dump(
        data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False, width=120, default_flow_style=False
    )
    json_text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return yaml_text, json_text
