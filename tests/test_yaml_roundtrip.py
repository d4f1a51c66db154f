"""The YAML downloads read back as the JSON downloads, under YAML 1.1 and YAML 1.2 parsers alike.

YAML 1.1 (PyYAML, Go yaml.v2, older tools) and 1.2 (js-yaml, mpgen's own loader) type different
plain scalars: `06139912` is a string to 1.1 and an integer to 1.2, `yes` is a boolean to 1.1
only. Every scalar that either version would type must be quoted.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.documents.loader import parse_bytes
from generator.serialize import bundle_texts
from tests.conftest import ROOT, run_mpgen

TRICKY = [
    "06139912",
    "0777",
    "0o17",
    "0x1F",
    "0b101",
    "1_000",
    "1e3",
    "1E3",
    ".5",
    "5.",
    "+1",
    "-1",
    "+.5",
    "-.inf",
    ".inf",
    ".Inf",
    ".nan",
    ".NaN",
    "~",
    "null",
    "Null",
    "NULL",
    "",
    "yes",
    "Yes",
    "no",
    "NO",
    "on",
    "Off",
    "y",
    "Y",
    "n",
    "N",
    "true",
    "True",
    "FALSE",
    "12:30:00",
    "190:20:30.15",
    "2024-01-01",
    "2001-12-14t21:59:43.10-05:00",
    " leading",
    "trailing ",
    "=",
    "<<",
    "a: b",
    "a #b",
    "#comment",
    "- item",
    "? key",
    "[1]",
    "{a: 1}",
    "@at",
    "`tick",
    "!tag",
    "&anchor",
    "*alias",
    "|",
    ">",
    "%percent",
    "'single'",
    '"double"',
    "line\nbreak",
    "tab\there",
    "\ufeffbom",
    "nel\x85line",
    "ls\u2028ps\u2029",
    "日本語",
]


def _yaml12(text: str) -> Any:
    return parse_bytes(text.encode("utf-8"), Path("roundtrip.yaml")).data


def _yaml11(text: str) -> Any:
    return yaml.load(text, Loader=yaml.SafeLoader)  # the pure-Python YAML 1.1 reader


def _assert_round_trip(data: dict[str, Any]) -> None:
    yaml_text, json_text = bundle_texts(data)
    expected = json.loads(json_text)
    assert expected == data
    assert _yaml11(yaml_text) == expected, yaml_text
    assert _yaml12(yaml_text) == expected, yaml_text


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_string_reads_back_as_a_string(text: str) -> None:
    _assert_round_trip({"value": text, "list": [text], text: {text: text}})


# Typed by some parser PyYAML cannot stand in for (YAML 1.1 `y`/`n`, Go's strconv after dropping `_`).
TYPED_ELSEWHERE = ["y", "Y", "n", "N", "0b1_0", "0x_1F", "1_2.5", "+Inf", "infinity", "NaN", "2024-1-5", "1e3"]


@pytest.mark.parametrize("text", TYPED_ELSEWHERE)
def test_scalars_other_parsers_type_are_quoted(text: str) -> None:
    yaml_text, _json_text = bundle_texts({"v": text})
    assert yaml_text in (f"v: '{text}'\n", f'v: "{text}"\n'), yaml_text


def test_plain_strings_stay_readable() -> None:
    yaml_text, _json_text = bundle_texts({"openapi": "3.1.0", "code": "2171022F2190", "name": "v1"})
    assert yaml_text == "openapi: 3.1.0\ncode: 2171022F2190\nname: v1\n"


def test_leading_zero_number_text_is_quoted() -> None:
    yaml_text, _json_text = bundle_texts({"insurerNumber": "06139912"})
    assert yaml_text == "insurerNumber: '06139912'\n"


def test_response_codes_stay_strings_as_keys() -> None:
    yaml_text, _json_text = bundle_texts({"responses": {"200": {"description": "ok"}}})
    _assert_round_trip({"responses": {"200": {"description": "ok"}}})
    assert "'200':" in yaml_text


def test_numbers_booleans_and_null_stay_plain() -> None:
    data = {"i": 6139912, "f": 1.5, "big": 1e20, "small": 1e-05, "neg": -0.0, "t": True, "f2": False, "z": None}
    yaml_text, _json_text = bundle_texts(data)
    assert "'" not in yaml_text and '"' not in yaml_text and "!!" not in yaml_text, yaml_text
    _assert_round_trip(data)


def test_output_is_deterministic() -> None:
    data = {"b": ["0777", {"yes": "no"}], "a": "2024-01-01"}
    assert bundle_texts(data) == bundle_texts(json.loads(json.dumps(data)))


# mpgen refuses NUL characters in documents (generated Python cannot hold them): not generated here.
_STRINGS = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)
_SCALARS = _STRINGS | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.booleans() | st.none()
_VALUES = st.recursive(
    _SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_STRINGS, inner, max_size=4)
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(_STRINGS, _VALUES, max_size=6))
def test_any_document_reads_back_identically_under_yaml_11_and_12(data: dict[str, Any]) -> None:
    _assert_round_trip(data)


@settings(max_examples=300, deadline=None)
@given(_STRINGS)
def test_any_string_as_key_and_value_reads_back(text: str) -> None:
    _assert_round_trip({text: text, "list": [text, {text: [text]}]})


# Long enough to be folded at the line width, with the characters folding cares about.
_LONG = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=100, max_size=300
)
_LONG |= st.text(alphabet=" ab\n\t#:-'\"", min_size=100, max_size=300)


@settings(max_examples=150, deadline=None)
@given(_LONG)
def test_long_strings_folded_at_the_line_width_read_back(text: str) -> None:
    _assert_round_trip({"description": text, "list": [text]})


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundles of our own specs, exactly as `mpgen build` and the portal ship them."""
    out = tmp_path_factory.mktemp("shipped") / "specs"
    result = run_mpgen("bundle", str(ROOT / "specs"), "--out", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_every_shipped_bundle_validates(shipped: Path) -> None:
    files = sorted(p for p in shipped.iterdir() if p.suffix in (".yaml", ".json") and not p.name.startswith("."))
    catalog = yaml.safe_load((ROOT / "specs" / "catalog.yaml").read_text(encoding="utf-8"))
    assert len(files) == 2 * len(catalog["apis"])
    result = run_mpgen("validate", "--fail-on-warning", *map(str, files), cwd=shipped)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_every_shipped_yaml_bundle_equals_its_json_bundle(shipped: Path) -> None:
    for path in sorted(shipped.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        as_json = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        assert _yaml12(text) == as_json, path.name
        assert _yaml11(text) == as_json, path.name
