"""A document of many schemas goes through the model generator in batches (issue #8 item 10): the memory of
one run grows with its classes (~75 KB each, 575 MiB for the 7,300 of bench/memory_bench.py's 10 MB case),
so each run gets at most MODEL_BATCH schemas together with every schema they refer to. The merged module
holds exactly the definitions of the one-run module, and anything the merge cannot vouch for falls back
to one run. The large models module is also checked in pieces: one syntax tree of it cost 270 MB.
"""

from __future__ import annotations

import ast
import random
import re
import sys
import types
from pathlib import Path
from typing import Any

import pydantic
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import cli
from generator.codegen import model_batches, models, segments
from generator.codegen.client import UnsafeOutput, check_shape
from generator.codegen.model_batches import merge_modules, plan_batches
from tests.conftest import imported
from tests.test_codegen_safety import HEADER, UNSAFE_MODELS

GOLDEN = Path(__file__).resolve().parent / "golden"


def _ref(name: str) -> str:
    return f"{{$ref: '#/components/schemas/{name}'}}"


def _get(operation: str, schema: str) -> str:
    ok = f"{{'200': {{description: ok, content: {{application/json: {{schema: {_ref(schema)}}}}}}}}}"
    return f"{{get: {{operationId: {operation}, responses: {ok}}}}}"


def _document(resources: int) -> str:
    """Resources sharing a Money schema and an error; cats and dogs behind a discriminator; a tree that
    refers to itself; inline enums and objects the model generator input hoists into classes."""
    lines = ["openapi: 3.1.0", "info: {title: many schemas, version: '1'}", "paths:"]
    lines += [f"  /r{i}: {_get(f'getR{i}', f'R{i}')}" for i in range(resources)]
    lines += [f"  /pet: {_get('getPet', 'Pet')}", f"  /tree: {_get('getTree', 'Tree')}"]
    pets = "{cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}"
    tree = _ref("Tree")
    lines += ["components:", "  schemas:"]
    lines += [
        "    Money: {type: object, required: [amount], properties: {amount: {type: integer}, unit: {type: string}}}",
        "    Problem: {type: object, properties: {title: {type: string}, status: {type: integer}}}",
        "    Base: {type: object, required: [id], properties: {id: {type: string}}}",
        f"    Pet: {{oneOf: [{_ref('Cat')}, {_ref('Dog')}], discriminator: {{propertyName: kind, mapping: {pets}}}}}",
        "    Cat: {type: object, required: [kind], properties: {kind: {type: string}, lives: {type: integer}}}",
        "    Dog: {type: object, required: [kind], properties: {kind: {type: string}, good: {type: boolean}}}",
        f"    Tree: {{type: object, properties: {{label: {{type: string}}, kids: {{type: array, items: {tree}}}}}}}",
    ]
    for i in range(resources):
        own = f"{{price: {_ref('Money')}, state: {{type: string, enum: [open{i}, shut{i}]}}, "
        own += f"where: {{type: object, properties: {{city: {{type: string}}}}}}, error: {_ref('Problem')}}}"
        lines.append(f"    R{i}: {{allOf: [{_ref('Base')}, {{type: object, required: [price], properties: {own}}}]}}")
    return "\n".join(lines) + "\n"


def _generate(tmp_path: Path, name: str, batch: int, calls: list[int], monkeypatch: pytest.MonkeyPatch) -> Path:
    """`mpgen generate` in this process with batches of at most `batch` schemas; calls: schemas per run."""
    real = models._generate

    def counted(dcg: Any, doc: Any, *rest: Any) -> Any:
        calls.append(len(doc["components"]["schemas"]))
        return real(dcg, doc, *rest)

    spec = tmp_path / "many.yaml"
    if not spec.exists():
        spec.write_text(_document(12), encoding="utf-8")
    with monkeypatch.context() as patch:
        patch.setattr(model_batches, "MODEL_BATCH", batch)
        patch.setattr(models, "_generate", counted)
        code = cli.main(["generate", str(spec), "--out", str(tmp_path / name), "--package", "many_client"])
    assert code == 0
    return tmp_path / name


def _blocks(path: Path) -> list[str]:
    """The module's top-level statements after its import block, in order (ruff has formatted it)."""
    text = path.read_text(encoding="utf-8")
    body = text[text.index("\n\n\nclass ") :]
    return [block.strip("\n") for block in body.split("\n\n\n") if block.strip()]


def test_many_schemas_generate_in_batches_with_the_definitions_of_one_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one_run: list[int] = []
    whole = _generate(tmp_path, "whole", 10**9, one_run, monkeypatch)
    batched: list[int] = []
    cut = _generate(tmp_path, "cut", 6, batched, monkeypatch)
    assert len(one_run) == 1
    assert len(batched) > 3, batched  # this fails where the whole document goes through in one run
    assert max(batched) <= 6 and sum(batched) >= one_run[0]
    models_py = Path("many_client") / "many" / "models.py"
    cut_blocks, whole_blocks = _blocks(cut / models_py), _blocks(whole / models_py)
    assert sorted(cut_blocks) == sorted(whole_blocks)
    assert len(set(cut_blocks)) == len(cut_blocks)  # a schema several batches need is defined once
    assert (cut / "many_client" / "many" / "client.py").read_bytes() == (
        whole / "many_client" / "many" / "client.py"
    ).read_bytes()
    with imported(cut, "many_client", "many.models") as module:
        r3 = module.R3.model_validate({"id": "x", "price": {"amount": 5}, "state": "open3", "where": {"city": "津"}})
        assert r3.price.amount == 5 and r3.where.city == "津"
        pet = pydantic.TypeAdapter(module.Pet).validate_python({"kind": "dog", "good": True})
        assert type(pet).__name__ == "Dog"
        tree = module.Tree.model_validate({"label": "a", "kids": [{"label": "b", "kids": []}]})
        assert tree.kids[0].label == "b"


def test_batches_are_closed_under_reference_and_cover_every_schema() -> None:
    schemas: dict[str, Any] = {
        "A": {"properties": {"b": {"$ref": "#/components/schemas/B"}}},
        "B": {"properties": {"c": {"items": {"$ref": "#/components/schemas/C"}}}},
        "C": {"type": "string"},
        "D": {
            "oneOf": [{"$ref": "#/components/schemas/E"}],
            "discriminator": {"mapping": {"x": "#/components/schemas/F"}},
        },
        "E": {"type": "object"},
        "F": {"type": "object"},
        "G": {"properties": {"g": {"$ref": "#/components/schemas/G"}}},
        "H": {"type": "integer"},
    }
    batches = plan_batches(schemas, 3)
    assert batches is not None
    assert [list(b) for b in batches] == [["A", "B", "C"], ["D", "E", "F"], ["G", "H"]]
    assert plan_batches(schemas, 8) is None  # one batch is enough
    hub = {"Hub": {"properties": {n: {"$ref": f"#/components/schemas/{n}"} for n in schemas}}, **schemas}
    assert plan_batches(hub, 3) is None  # a schema reaching more than a batch: generated in one run


def test_merge_keeps_one_definition_and_refuses_two_different_ones() -> None:
    head = '"""Models."""\n\nfrom __future__ import annotations\n\n'
    one = head + "from pydantic import BaseModel\n\n\nclass A(BaseModel):\n    a: str\n\n\nA.model_rebuild()\n"
    two = head + "from pydantic import BaseModel, Field\n\n\nclass A(BaseModel):\n    a: str\n\n\n"
    two += "class B(BaseModel):\n    b: A = Field()\n"
    merged = merge_modules([one, two])
    assert merged is not None
    assert merged.count("class A(") == 1 and merged.count("class B(") == 1
    assert merged.count("model_rebuild") == 1
    assert "from pydantic import BaseModel, Field\n" in merged and merged.count("from pydantic") == 1
    check_shape(merged, "models.py", kind="models")
    other = head + "from pydantic import BaseModel\n\n\nclass A(BaseModel):\n    a: int\n"
    assert merge_modules([one, other]) is None  # the caller generates the document in one run


def test_line_breaks_the_parser_does_not_count_stay_inside_their_docstring(monkeypatch: pytest.MonkeyPatch) -> None:
    """str.splitlines breaks at form feeds, NEL and U+2028 too: a merge cut that way wrote invalid code."""
    text = "one\u2028two\x0cthree\x85four\rfive\r\nsix"
    schemas = {
        f"R{i}": {"type": "object", "description": f"{text} {i}", "properties": {"a": {"description": text}}}
        for i in range(6)
    }
    doc = {"openapi": "3.1.0", "info": {"title": "m", "version": "0"}, "components": {"schemas": schemas}}
    given = models.ModelsInput(doc, {k: k for k in schemas}, {})
    monkeypatch.setattr(model_batches, "MODEL_BATCH", 2)
    cut, problems = models.run_models(given, "spec.yaml")
    assert cut is not None, problems
    monkeypatch.setattr(model_batches, "MODEL_BATCH", 100)
    whole, _problems = models.run_models(given, "spec.yaml")
    assert whole is not None
    assert sorted(cut.code.split("\n\n\n")) == sorted(whole.code.split("\n\n\n"))
    tree = ast.parse(cut.code)
    docs = [ast.get_docstring(node, clean=False) for node in tree.body if isinstance(node, ast.ClassDef)]
    assert len(docs) == 6 and all(d is not None and "\u2028two\x0cthree\x85four" in d for d in docs)


def test_a_merge_that_fails_falls_back_to_one_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = _generate(tmp_path, "whole", 10**9, [], monkeypatch)
    monkeypatch.setattr(models, "merge_modules", lambda codes: None)
    calls: list[int] = []
    fallback = _generate(tmp_path, "fallback", 6, calls, monkeypatch)
    assert len(calls) > 2 and calls[-1] > 6  # the batches, then the whole document
    rel = Path("many_client") / "many" / "models.py"
    assert (fallback / rel).read_bytes() == (whole / rel).read_bytes()


# --- the models check in pieces gives the verdicts of the whole ----------------------------------------------

_PADDING = "".join(f"class Pad{i}(BaseModel):\n    p: int = {i}\n\n\n" for i in range(6))


@pytest.mark.parametrize("name", sorted(UNSAFE_MODELS))
def test_models_checked_in_pieces_refuse_what_the_whole_refuses(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    code = HEADER + _PADDING + UNSAFE_MODELS[name]
    with pytest.raises(UnsafeOutput) as whole:
        check_shape(code, "models.py", kind="models")
    monkeypatch.setattr(segments, "SEGMENT_CHARS", 1)
    if name != "does not parse":
        assert len(list(segments.split_top_level(code))) > 5
    with pytest.raises(UnsafeOutput) as cut:
        check_shape(code, "models.py", kind="models")
    assert str(cut.value) == str(whole.value)


def test_models_checked_in_pieces_accept_forward_references_and_every_golden(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(segments, "SEGMENT_CHARS", 1)
    later = HEADER + "class A(BaseModel):\n    b: B | None = None\n\n\nclass B(BaseModel):\n    a: A\n\n\n"
    later += "A.model_rebuild()\n"
    assert len(list(segments.split_top_level(later))) == 3  # the imports, A, then B (named in A)
    check_shape(later, "models.py", kind="models")
    twice = HEADER + "class A(BaseModel):\n    a: str\n\n\nclass B(BaseModel):\n    b: str\n\n\nB = A\n"
    with pytest.raises(UnsafeOutput, match=r"models\.py:15: `B` is defined twice in module"):
        check_shape(twice, "models.py", kind="models")
    goldens = sorted(GOLDEN.rglob("models.py"))
    assert len(goldens) > 10
    for path in goldens:
        code = path.read_text(encoding="utf-8")
        pieces = list(segments.split_top_level(code))
        assert sum(len(tree.body) for _line, tree in pieces) == len(ast.parse(code).body)
        check_shape(code, path.name, kind="models")


# --- random schema graphs: the batched module is the one-run module, give or take unused aliases ----------------


def _random_schemas(rng: random.Random) -> dict[str, Any]:
    names = [f"S{i}" for i in range(rng.randint(4, 12))]

    def ref() -> dict[str, str]:
        return {"$ref": "#/components/schemas/" + rng.choice(names)}

    def prop() -> dict[str, Any]:
        inline = {"type": "object", "properties": {"q": {"type": "string"}}}
        choices = [{"type": "string"}, {"type": "integer"}, ref(), {"type": "array", "items": ref()}, inline]
        return rng.choice([*choices, {"type": "string", "enum": ["a", "b"]}])

    schemas: dict[str, Any] = {}
    for name in names:
        kind = rng.choice(["object", "object", "enum", "alias", "allOf", "oneOf", "array", "string"])
        if kind == "object":
            props = {f"p{j}": prop() for j in range(rng.randint(0, 4))}
            schemas[name] = {
                "type": "object",
                "properties": props,
                "required": [p for p in props if rng.random() < 0.5],
            }
        elif kind == "enum":
            schemas[name] = {"type": "string", "enum": rng.sample(["x", "y", "z", "w"], 2)}
        elif kind == "alias":
            schemas[name] = ref()
        elif kind == "allOf":
            schemas[name] = {"allOf": [ref(), {"type": "object", "properties": {"extra": {"type": "string"}}}]}
        elif kind == "oneOf":
            schemas[name] = {"oneOf": [ref(), ref()]}
        elif kind == "array":
            schemas[name] = {"type": "array", "items": ref()}
        else:
            schemas[name] = {"type": "string", "maxLength": 5}
    return schemas


def _statements(code: str) -> list[str]:
    return sorted(ast.unparse(n) for n in ast.parse(code).body if not isinstance(n, (ast.Import, ast.ImportFrom)))


@settings(max_examples=40, deadline=None, derandomize=True)
@given(seed=st.integers(min_value=0, max_value=2**32))
def test_random_schema_graphs_generate_the_same_definitions_in_batches(seed: int) -> None:
    """Aliases, cycles, allOf, oneOf, arrays and inline enums linked at random. Where the document generates,
    the batched module defines what the one-run module does (the one run leaves out some unused type aliases
    that a batch of their own writes), and it executes."""
    schemas = _random_schemas(random.Random(seed))
    doc = {"openapi": "3.1.0", "info": {"title": "m", "version": "0"}, "components": {"schemas": schemas}}
    given_input = models.models_input(doc)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(model_batches, "MODEL_BATCH", 3)
        cut, _problems = models.run_models(given_input, "spec.yaml")
        patch.setattr(model_batches, "MODEL_BATCH", 10**9)
        whole, _problems = models.run_models(given_input, "spec.yaml")
    assert (cut is None) == (whole is None)
    if cut is None or whole is None:
        return
    assert cut.classes == whole.classes and cut.hoisted == whole.hoisted
    cut_statements, whole_statements = _statements(cut.code), _statements(whole.code)
    extra = [s for s in cut_statements if s not in whole_statements]
    assert [s for s in whole_statements if s not in cut_statements] == []
    assert all(re.fullmatch(r"\w+ = TypeAliasType\('\w+', .+\)", s, re.DOTALL) for s in extra), extra
    runnable = cut.code.replace(models.ENUMS_IMPORT, "from generator.codegen.runtime._enums import ")  # no package here
    module = types.ModuleType("batched_models")  # pydantic looks annotations up in the module's namespace
    sys.modules[module.__name__] = module
    try:
        exec(compile(runnable, "models.py", "exec"), module.__dict__)  # our own output
        for value in list(vars(module).values()):
            own = isinstance(value, type) and value.__module__ == module.__name__
            if own and issubclass(value, pydantic.BaseModel):
                value.model_rebuild()
    finally:
        del sys.modules[module.__name__]
