"""Component names in a bundle are the names the sources give (issue #11).

A download must carry no artefact of bundling: `MynaPortalConsent: {$ref: 'shared/…#/MynaPortalConsent'}`
used to bundle as `MynaPortalConsent` pointing to a copy named `MynaPortalConsent2`. An entry that is only
a `$ref` now gives its name to the hoisted target, every other reference to that target reuses it, and a
numeric suffix is left only where two genuinely different objects would share a name.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.documents.bundler import Bundle, Workspace
from generator.documents.pipeline import Checked, check_document
from generator.naming import pascal_case
from tests.conftest import CORPUS, ROOT

SPECS = ROOT / "specs"
LEGAL = Path(__file__).parent / "corpus" / "legal"
HEAD = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"


def _entries() -> Iterator[tuple[Path, Path]]:
    """(root, entry document) of every document we ship or keep as a legal example."""
    for path in sorted(SPECS.glob("*.yaml")):
        if path.name != "catalog.yaml":
            yield SPECS, path
    for path in sorted([*LEGAL.glob("*.yaml"), *LEGAL.glob("*.json")]):
        yield LEGAL, path
    yield LEGAL, LEGAL / "split3" / "api" / "split_three_folders.yaml"
    yield LEGAL, LEGAL / "split_maps" / "split_maps.yaml"
    for path in sorted(CORPUS.glob("*.yaml")):
        yield CORPUS, path


def _keys(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from _keys(value)
    elif isinstance(node, list):
        for item in node:
            yield from _keys(item)


def _resolved(data: dict[str, Any], node: Any, seen: tuple[str, ...] = ()) -> Any:
    """node with local references replaced by their targets (a cycle becomes a marker)."""
    if isinstance(node, list):
        return [_resolved(data, item, seen) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        if ref in seen:
            return {"cycle": ref}
        target: Any = data
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        rest = {k: v for k, v in node.items() if k != "$ref"}
        return _resolved(data, {**target, **rest} if rest else target, (*seen, ref))
    return {key: _resolved(data, value, seen) for key, value in node.items()}


def _unexplained(bundle: Bundle) -> list[str]:
    """Component names that are no key of any file the bundle read, except the name of a file referred to
    as a whole, and `Name2`, `Name3` … beside a genuinely different `Name` of the same section (two
    objects that would share a name)."""
    source_keys = {key for path in bundle.files for key in _keys(Workspace(path.parent).load(path, mapping=False).data)}
    stems = [path.stem.split(".")[0] for path in bundle.files]
    source_keys |= {*stems, *map(pascal_case, stems)}
    out = []
    for section, entries in bundle.data.get("components", {}).items():
        for name in entries:
            if name in source_keys:
                continue
            match = re.fullmatch(r"(.+?)([2-9]|[1-9][0-9]+)", name)
            base = match.group(1) if match else None
            if base in source_keys and base in entries:
                ours = _resolved(bundle.data, {"$ref": f"#/components/{section}/{name}"})
                theirs = _resolved(bundle.data, {"$ref": f"#/components/{section}/{base}"})
                if json.dumps(ours, sort_keys=True) != json.dumps(theirs, sort_keys=True):  # `1 == True`
                    continue
            out.append(f"{section}/{name}")
    return out


@pytest.mark.parametrize(
    ("root", "entry"), list(_entries()), ids=lambda p: f"{p.parent.name}/{p.name}" if p.is_file() else ""
)
def test_every_component_name_comes_from_the_sources(root: Path, entry: Path) -> None:
    checked = check_document(Workspace(root), entry, house=False)
    assert checked.bundle is not None, "\n".join(map(str, checked.diagnostics))
    assert _unexplained(checked.bundle) == []


def _check(tmp_path: Path, files: dict[str, str]) -> Checked:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return check_document(Workspace(tmp_path), tmp_path / "api.yaml", house=False)


def _bundled(tmp_path: Path, files: dict[str, str]) -> dict[str, Any]:
    checked = _check(tmp_path, files)
    assert checked.ok, "\n".join(map(str, checked.diagnostics))
    assert checked.bundle is not None
    assert _unexplained(checked.bundle) == []
    return checked.bundle.data


def _schema_of(data: dict[str, Any], path: str) -> Any:
    return data["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]


def _get(path: str, ref: str) -> str:
    return (
        f"  {path}:\n    get:\n      operationId: get{path.strip('/').title()}\n      responses:\n"
        f"        '200':\n          description: ok\n          content:\n            application/json:\n"
        f"              schema: {{$ref: '{ref}'}}\n"
    )


def test_an_entry_that_is_only_a_reference_is_bundled_once_under_its_name(tmp_path: Path) -> None:
    data = _bundled(
        tmp_path,
        {
            "api.yaml": HEAD
            + "paths:\n"
            + _get("/a", "#/components/schemas/X")
            + _get("/b", "other.yaml#/Y")
            + "components:\n  schemas:\n    X: {$ref: 'other.yaml#/Y'}\n",
            "other.yaml": "Y:\n  type: object\n  properties:\n    id: {type: string}\n",
        },
    )
    assert data["components"]["schemas"] == {"X": {"type": "object", "properties": {"id": {"type": "string"}}}}
    assert _schema_of(data, "/a") == _schema_of(data, "/b") == {"$ref": "#/components/schemas/X"}


def test_security_schemes_referenced_one_by_one_keep_their_names(tmp_path: Path) -> None:
    """Issue #11 as reported: each shared scheme referenced on its own."""
    text = (SPECS / "shared" / "security-schemes.yaml").read_text(encoding="utf-8")
    shared = yaml.safe_load(text)
    schemes = sorted(name for name, value in shared.items() if isinstance(value, dict) and "type" in value)
    assert schemes
    entries = "".join(f"    {name}: {{$ref: 'shared/security-schemes.yaml#/{name}'}}\n" for name in schemes)
    api = HEAD + f"paths: {{}}\nsecurity:\n  - {schemes[0]}: []\ncomponents:\n  securitySchemes:\n{entries}"
    data = _bundled(tmp_path, {"api.yaml": api, "shared/security-schemes.yaml": text})
    assert data["components"]["securitySchemes"] == {name: shared[name] for name in schemes}


def test_the_target_own_name_wins_when_two_entries_name_it(tmp_path: Path) -> None:
    data = _bundled(
        tmp_path,
        {
            "api.yaml": HEAD + "paths:\n" + _get("/a", "#/components/schemas/A") + "components:\n  schemas:\n"
            "    A: {$ref: 'other.yaml#/Y'}\n    Y: {$ref: 'other.yaml#/Y'}\n",
            "other.yaml": "Y: {type: string}\n",
        },
    )
    assert data["components"]["schemas"] == {"A": {"$ref": "#/components/schemas/Y"}, "Y": {"type": "string"}}


def test_an_entry_with_siblings_beside_its_reference_stays_an_entry_of_its_own(tmp_path: Path) -> None:
    data = _bundled(
        tmp_path,
        {
            "api.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n"
            "    X: {$ref: 'other.yaml#/Y', description: more}\n",
            "other.yaml": "Y: {type: string}\n",
        },
    )
    assert data["components"]["schemas"] == {
        "X": {"$ref": "#/components/schemas/Y", "description": "more"},
        "Y": {"type": "string"},
    }


def test_genuinely_different_objects_of_one_name_get_a_suffix(tmp_path: Path) -> None:
    data = _bundled(
        tmp_path,
        {
            "api.yaml": HEAD + "paths:\n" + _get("/a", "other.yaml#/Y") + "components:\n  schemas:\n"
            "    Y: {type: integer}\n",
            "other.yaml": "Y: {type: string}\n",
        },
    )
    assert data["components"]["schemas"] == {"Y": {"type": "integer"}, "Y2": {"type": "string"}}
    assert _schema_of(data, "/a") == {"$ref": "#/components/schemas/Y2"}


def test_one_object_reached_by_two_pointers_is_one_component(tmp_path: Path) -> None:
    """A YAML alias (how specs/shared/security-schemes.yaml lists its sets) is the same object."""
    data = _bundled(
        tmp_path,
        {
            "api.yaml": HEAD + "paths:\n" + _get("/a", "other.yaml#/Y") + _get("/b", "other.yaml#/sets/s/Y"),
            "other.yaml": "Y: &Y {type: string, maxLength: 3}\nsets:\n  s:\n    Y: *Y\n",
        },
    )
    assert data["components"]["schemas"] == {"Y": {"type": "string", "maxLength": 3}}
    assert _schema_of(data, "/a") == _schema_of(data, "/b") == {"$ref": "#/components/schemas/Y"}


def test_values_equal_in_python_but_not_in_json_stay_apart(tmp_path: Path) -> None:
    data = _bundled(
        tmp_path,
        {
            "api.yaml": HEAD + "paths:\n" + _get("/a", "other.yaml#/Y") + _get("/b", "other.yaml#/more/Y"),
            "other.yaml": "Y: {const: 1}\nmore:\n  Y: {const: true}\n",
        },
    )
    assert json.dumps(data["components"]["schemas"]) == '{"Y": {"const": 1}, "Y2": {"const": true}}'


def test_a_recursive_target_refers_to_itself_by_the_entry_name(tmp_path: Path) -> None:
    data = _bundled(
        tmp_path,
        {
            "api.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    Node: {$ref: 'tree.yaml#/Tree'}\n",
            "tree.yaml": "Tree:\n  type: object\n  properties:\n    children:\n      type: array\n"
            "      items: {$ref: '#/Tree'}\n",
        },
    )
    assert data["components"]["schemas"] == {
        "Node": {
            "type": "object",
            "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}},
        }
    }


def test_a_target_elsewhere_in_the_entry_document_takes_the_entry_name(tmp_path: Path) -> None:
    data = _bundled(
        tmp_path,
        {
            "api.yaml": HEAD + "paths: {}\nx-defs:\n  Y: {type: string}\ncomponents:\n  schemas:\n"
            "    X: {$ref: '#/x-defs/Y'}\n",
        },
    )
    assert data["components"]["schemas"] == {"X": {"type": "string"}}


def test_a_discriminator_mapping_to_the_target_uses_the_entry_name(tmp_path: Path) -> None:
    data = _bundled(
        tmp_path,
        {
            "api.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    Cat: {$ref: 'pets.yaml#/Kitty'}\n"
            "    Pet:\n      oneOf: [{$ref: 'pets.yaml#/Kitty'}]\n"
            "      discriminator: {propertyName: kind, mapping: {cat: 'pets.yaml#/Kitty'}}\n",
            "pets.yaml": "Kitty:\n  type: object\n  required: [kind]\n  properties:\n    kind: {type: string}\n",
        },
    )
    pet = data["components"]["schemas"]["Pet"]
    assert pet["oneOf"] == [{"$ref": "#/components/schemas/Cat"}]
    assert pet["discriminator"]["mapping"] == {"cat": "#/components/schemas/Cat"}
    assert sorted(data["components"]["schemas"]) == ["Cat", "Pet"]


def test_an_entry_whose_target_points_back_to_it_is_a_located_cycle(tmp_path: Path) -> None:
    checked = _check(
        tmp_path,
        {
            "api.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    X: {$ref: 'other.yaml#/Y'}\n",
            "other.yaml": "Y: {$ref: 'api.yaml#/components/schemas/X'}\n",
        },
    )
    assert not checked.ok
    assert any(d.rule == "ref-cycle" for d in checked.diagnostics), checked.diagnostics


def test_bundling_is_deterministic(tmp_path: Path) -> None:
    files = {
        "api.yaml": HEAD + "paths:\n" + _get("/a", "other.yaml#/Y") + "components:\n  schemas:\n"
        "    B: {$ref: 'other.yaml#/Z'}\n    A: {$ref: 'other.yaml#/Z'}\n    Y: {type: integer}\n",
        "other.yaml": "Y: {type: string}\nZ: {type: boolean}\n",
    }
    first = json.dumps(_bundled(tmp_path / "1", files))
    assert first == json.dumps(_bundled(tmp_path / "2", files))
    assert json.loads(first)["components"]["schemas"] == {
        "B": {"type": "boolean"},
        "A": {"$ref": "#/components/schemas/B"},
        "Y": {"type": "integer"},
        "Y2": {"type": "string"},
    }
