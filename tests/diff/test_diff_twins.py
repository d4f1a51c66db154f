"""Pairs skipped unread: byte-identical with every file they reference, found by a scan that never misses one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import Run

from generator.diff import session
from generator.diff.session import Roots, diff_pairs
from generator.diff.sources import pair_inputs
from generator.diff.twins import referenced_files

HEAD = "openapi: 3.1.0\ninfo: {title: T, version: 1.0.0}\n"
DOC = (
    HEAD
    + """\
paths:
  /a:
    get:
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: {$ref: 'shared/schemas.yaml#/Item'}
"""
)
SCHEMAS = """\
Item:
  type: object
  properties:
    size: {$ref: 'deeper/size.yaml'}
"""
SIZE = "type: integer\n"


def _tree(root: Path, size: str = SIZE, doc: str = DOC) -> Path:
    (root / "shared" / "deeper").mkdir(parents=True)
    (root / "api.yaml").write_text(doc, encoding="utf-8")
    (root / "other.yaml").write_text(doc.replace("/a:", "/b:"), encoding="utf-8")
    (root / "shared" / "schemas.yaml").write_text(SCHEMAS, encoding="utf-8")
    (root / "shared" / "deeper" / "size.yaml").write_text(size, encoding="utf-8")
    return root


def _run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    """(rule ids found, documents bundled) of a diff of tmp_path/old against tmp_path/new."""
    loaded: list[str] = []
    real_load = session.load_side

    def counting(path: Path, *args: object, **kwargs: object) -> object:
        loaded.append(path.name)
        return real_load(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(session, "load_side", counting)
    old, new = tmp_path / "old", tmp_path / "new"
    result = diff_pairs(pair_inputs(old, new), Roots(old.resolve(), new.resolve()), date(2026, 6, 1), [])
    return [f.rule for f in result.findings], loaded


def test_identical_folders_are_not_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path / "old")
    _tree(tmp_path / "new")
    assert _run(tmp_path, monkeypatch) == ([], [])


def test_a_file_two_references_away_is_still_compared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path / "old")
    _tree(tmp_path / "new", size="type: string\n")
    rules, loaded = _run(tmp_path, monkeypatch)
    assert "response-type-changed" in rules
    assert sorted(loaded) == ["api.yaml", "api.yaml", "other.yaml", "other.yaml"]


def test_an_unsure_scan_falls_back_to_comparing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reference the scan cannot read (here a key written with an escape) makes the pair compared as usual."""
    hidden = DOC.replace(
        "schema: {$ref: 'shared/schemas.yaml#/Item'}", 'schema: {"\\u0024ref": "shared/schemas.yaml#/Item"}'
    )
    _tree(tmp_path / "old", doc=hidden)
    _tree(tmp_path / "new", doc=hidden, size="type: string\n")
    rules, loaded = _run(tmp_path, monkeypatch)
    assert "response-type-changed" in rules and "api.yaml" in loaded


def test_a_discriminator_mapping_to_a_file_is_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mapped = (
        DOC
        + "components:\n  schemas:\n    Pet:\n      discriminator:\n        propertyName: kind\n"
        + ("        mapping:\n          item: 'shared/schemas.yaml#/Item'\n")
    )
    assert referenced_files(mapped) is None
    _tree(tmp_path / "old", doc=mapped.replace("{$ref: 'shared/schemas.yaml#/Item'}", "{type: object}"))
    _tree(tmp_path / "new", doc=mapped.replace("{$ref: 'shared/schemas.yaml#/Item'}", "{type: object}"), size="{}\n")
    _rules, loaded = _run(tmp_path, monkeypatch)
    assert "api.yaml" in loaded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: {$ref: 'x.yaml#/A'}\nb:\n  $ref: \"../y.json\"\nc: {$ref: '#/local'}\n", {"x.yaml", "../y.json"}),
        ('{"schema": {"$ref": "s.json#/S"}, "x": 1}\n', {"s.json"}),
        ("a:\n  $ref: x.yaml  # a comment\n", {"x.yaml"}),
        ("# $ref: 'commented.yaml' is not read\na: 1\n", set()),
        ("mapping:\n  cat: Cat\n  dog: '#/components/schemas/Dog'\n", set()),
        ('a: {"\\x24ref": "x.yaml"}\n', None),  # an escape in a key
        ("? $ref\n: x.yaml\n", None),  # an explicit key
        ("a: &k $ref\nb:\n  *k : y.yaml\n", None),  # an alias as a key
        ("description: use $ref to point elsewhere\n", None),  # a `$ref` the scan cannot place
        ("a:\n  $ref:\n    x.yaml\n", None),  # its value on the next line
        ("a: {$ref: 'my%20file.yaml'}\n", None),  # encoded
        ("a: {$ref: 'https://example.com/x.yaml'}\n", None),  # remote: the bundler refuses it, with a message
        ("$id: https://example.com/base/\na: {$ref: 'x.yaml'}\n", None),  # a base URI
        ("mapping:\n  cat: 'pets/cat.yaml'\n", None),
        ("mapping: {cat: Cat}\n", None),
        ('{"discriminator": {"propertyName": "k", "mapping": {"a": "x.json#/A"}}}\n', None),  # minified JSON
        ("d: {propertyName: k, mapping: {a: 'x.yaml#/A'}}\n", None),  # a flow mapping inside a line
    ],
)
def test_reference_scan(text: str, expected: set[str] | None) -> None:
    assert referenced_files(text) == expected


def test_identical_broken_documents_are_not_reported(mpgen: Run, tmp_path: Path) -> None:
    """A diff reports what changed; a document broken the same way on both sides is `mpgen validate`'s business."""
    broken = DOC.replace("shared/schemas.yaml#/Item", "shared/schemas.yaml#/Missing")
    _tree(tmp_path / "old", doc=broken)
    _tree(tmp_path / "new", doc=broken)
    code, _out, err = mpgen("diff", tmp_path / "old", tmp_path / "new")
    assert code == 0, err
    (tmp_path / "new" / "api.yaml").write_text(broken + "# edited\n", encoding="utf-8")
    code, _out, err = mpgen("diff", tmp_path / "old", tmp_path / "new")
    assert code == 2 and "ref-not-found" in err


def test_links_are_left_to_the_bundler(mpgen: Run, tmp_path: Path) -> None:
    """A referenced file that is a link (here a loop) is never judged by the scan: the bundler reports it."""
    looped = DOC.replace("shared/schemas.yaml#/Item", "loop.part#/Item")
    for side in ("old", "new"):
        _tree(tmp_path / side, doc=looped)
        (tmp_path / side / "loop.part").symlink_to("loop.part")  # not *.yaml: the folder walk does not see it
    code, _out, err = mpgen("diff", tmp_path / "old", tmp_path / "new")
    assert code == 2 and "ref-not-found" in err and "loop.part" in err and "internal error" not in err
