"""Deterministic YAML and JSON texts of a bundled document (document order kept, no timestamps).

The YAML text must read back as the JSON text under every parser, YAML 1.1 (PyYAML, Go yaml.v2)
and YAML 1.2 (js-yaml, Go yaml.v3, mpgen's own loader) alike. A plain scalar is written only when
no parser of either version would type it; `06139912`, `yes`, `1e3`, `12:30:00` are quoted.
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

_NULL, _BOOL, _INT, _FLOAT = (f"tag:yaml.org,2002:{t}" for t in ("null", "bool", "int", "float"))
_DIGITS = "-+0123456789"

# The YAML 1.2 core schema: what mpgen's loader types (`on`, `yes`, `2024-01-01` stay strings).
CORE12_RESOLVERS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF"),
    (_NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), "~nN"),
    (_INT, re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), _DIGITS),
    (
        _FLOAT,
        re.compile(
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
            r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
        ),
        _DIGITS + ".",
    ),
)


class Core12Resolver(yaml.resolver.BaseResolver):
    """Implicit types of the YAML 1.2 core schema (JSON Schema expects `on` to be a string)."""

    yaml_implicit_resolvers: dict[str | None, list[tuple[str, re.Pattern[str]]]] = {}  # noqa: RUF012 - PyYAML's API


for _tag, _pattern, _first in CORE12_RESOLVERS:
    Core12Resolver.add_implicit_resolver(_tag, _pattern, [*_first, *([""] if _tag == _NULL else [])])


# Plain scalars some parser reads as a number or a date although neither schema above does:
# Go parses with strconv after dropping `_` (`0b1_0`, `1_000`, `0x_1F`), YAML 1.1 has `5.`,
# js-yaml and Go read dates with one-digit months.
_NUMBER_LIKE = re.compile(
    r"^[-+]?(?:0[xXoObB][0-9a-fA-F_]+"
    r"|[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9_]+)?"
    r"|\.[0-9][0-9_]*(?:[eE][-+]?[0-9_]+)?"
    r"|\.?(?i:inf|infinity|nan)"
    r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?)$"
)


class _Dumper(yaml.CSafeDumper):
    """Writes a scalar plain only if no YAML 1.1 or 1.2 parser would read it as anything but a string.

    PyYAML's own resolver (inherited) is YAML 1.1 as PyYAML reads it; added are the 1.2 core
    schema, the 1.1 one-letter booleans and the number-like scalars above.
    """


for _tag, _pattern, _first in CORE12_RESOLVERS:
    _Dumper.add_implicit_resolver(_tag, _pattern, list(_first))
_Dumper.add_implicit_resolver(_BOOL, re.compile(r"^(?:y|Y|n|N)$"), list("yYnN"))
_Dumper.add_implicit_resolver(_FLOAT, _NUMBER_LIKE, [*_DIGITS, ".", "i", "I", "n", "N"])


def bundle_texts(data: dict[str, Any]) -> tuple[str, str]:
    yaml_text = yaml.dump(
        data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=120, default_flow_style=False
    )
    json_text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return yaml_text, json_text
