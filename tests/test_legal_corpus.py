"""Tricky but legal documents: they validate clean, generate one package that imports and passes
`mypy --strict`, and the generated models and clients behave as the documents say.

The corpus is `tests/corpus/legal/`. Everything is generated once, into one package, by one
`mpgen generate` call (one mypy run covers every document).
"""

from __future__ import annotations

import ast
import datetime
import importlib
import json
import keyword
import re
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from urllib.parse import quote

import httpx
import pydantic
import pytest
import yaml

from tests.conftest import run_mpgen

LEGAL = Path(__file__).parent / "corpus" / "legal"
PACKAGE = "legal_corpus_client"
# Entry document -> the subpackage it must become (snake_case of the file stem).
DOCUMENTS = {
    "recursion.yaml": "recursion",
    "reserved_words.yaml": "reserved_words",
    "japanese.yaml": "japanese",
    "japanese_keys_30.yaml": "japanese_keys_30",
    "nullable_30.yaml": "nullable_30",
    "composition.yaml": "composition",
    "discriminator_files.yaml": "discriminator_files",
    "nonstandard_refs.yaml": "nonstandard_refs",
    "tabs.json": "tabs",
    "bom.yaml": "bom",
    "split3/api/split_three_folders.yaml": "split_three_folders",
    "split_maps/split_maps.yaml": "split_maps",  # `$ref` standing for maps and lists (tests/test_map_refs.py)
    "typed_extras.yaml": "typed_extras",
    "field_type_names.yaml": "field_type_names",
}
BASE = "https://api.example.test/v1"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("legal")
    result = run_mpgen("generate", *DOCUMENTS, "--out", str(out), "--package", PACKAGE, cwd=LEGAL)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"generated {len(DOCUMENTS)} document(s)" in result.stderr
    return out


@pytest.fixture(scope="module")
def package(generated: Path) -> Iterator[ModuleType]:
    """The generated package, imported into this process for behaviour tests."""
    sys.path.insert(0, str(generated))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(generated))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def models(package: ModuleType, document: str) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.{DOCUMENTS[document]}.models")


def api(package: ModuleType, document: str) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.{DOCUMENTS[document]}")


def test_every_entry_document_of_the_corpus_is_listed() -> None:
    found = set()
    for path in sorted(LEGAL.rglob("*")):
        if path.suffix in (".yaml", ".json"):
            text = path.read_text(encoding="utf-8-sig")
            data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
            if isinstance(data, dict) and "openapi" in data:
                found.add(path.relative_to(LEGAL).as_posix())
    assert found == set(DOCUMENTS)


def test_corpus_holds_the_byte_level_oddities() -> None:
    assert (LEGAL / "bom.yaml").read_bytes().startswith(b"\xef\xbb\xbf")
    assert b"\n\t" in (LEGAL / "tabs.json").read_bytes()


def test_every_legal_document_validates_clean() -> None:
    result = run_mpgen("validate", "--fail-on-warning", *DOCUMENTS, cwd=LEGAL)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert f"{len(DOCUMENTS)} document(s) checked" in result.stderr


def test_every_document_becomes_a_subpackage(generated: Path) -> None:
    root = generated / PACKAGE
    assert (root / "py.typed").is_file()
    for module in DOCUMENTS.values():
        for name in ("__init__.py", "client.py", "models.py"):
            assert (root / module / name).is_file(), f"{module}/{name}"


def test_package_imports_in_a_fresh_interpreter(generated: Path) -> None:
    modules = [PACKAGE] + [f"{PACKAGE}.{m}.{part}" for m in DOCUMENTS.values() for part in ("models", "client")]
    code = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)\n"
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", code, *modules],
        cwd=generated,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_generated_package_passes_mypy_strict(generated: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "mypy"), "-p", PACKAGE],
        cwd=generated,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _classes(generated: Path, module: str) -> list[str]:
    tree = ast.parse((generated / PACKAGE / module / "models.py").read_text(encoding="utf-8"))
    return [node.name for node in tree.body if isinstance(node, ast.ClassDef)]


def _ascii_params() -> list[object]:
    return list(DOCUMENTS.values())


@pytest.mark.parametrize("module", _ascii_params())
def test_class_names_are_readable_ascii(generated: Path, module: str) -> None:
    for name in _classes(generated, module):
        assert name.isascii() and name.isidentifier() and not keyword.iskeyword(name), name
        assert re.fullmatch(r"[A-Z][A-Za-z0-9]*", name), name
        assert not re.fullmatch(r"(Field|Model|Unnamed)[0-9]*", name), name


def test_no_placeholder_or_duplicate_classes(generated: Path) -> None:
    """No schema here accepts anything (`RootModel[Any]`) and no two schemas share a name (`Name1`)."""
    problems = {}
    for module in DOCUMENTS.values():
        text = (generated / PACKAGE / module / "models.py").read_text(encoding="utf-8")
        placeholders = re.findall(r"^class (\w+)\(RootModel\[Any\]\)", text, re.MULTILINE)
        numbered = [n for n in _classes(generated, module) if n[-1].isdigit()]
        if placeholders or numbered:
            problems[module] = placeholders + numbered
    assert problems == {}


# --- Japanese names: romanized, readable, round-tripped through aliases --------------------------


PATIENT = {
    "氏名": "山田太郎",
    "生年月日": "1980-01-02",
    "住所": {"都道府県": "東京都", "市区町村": "千代田区"},
    "保険区分": "shaho",
}


def test_japanese_property_names_round_trip_by_alias(package: ModuleType) -> None:
    m = models(package, "japanese.yaml")
    patient = m.Patient.model_validate(PATIENT)
    assert patient.shimei == "山田太郎"
    assert patient.juusho.todoufuken == "東京都"
    assert patient.model_dump(mode="json", by_alias=True, exclude_unset=True) == PATIENT
    prescription = m.Prescription.model_validate({"患者": PATIENT, "薬剤": [{"薬剤名": "ロキソニン", "日数": 3}]})
    assert prescription.model_dump(mode="json", by_alias=True, exclude_unset=True)["薬剤"] == [
        {"薬剤名": "ロキソニン", "日数": 3}
    ]
    with pytest.raises(pydantic.ValidationError):
        m.Prescription.model_validate({"患者": PATIENT, "薬剤": [{"日数": 0}]})


def test_japanese_names_become_romanized_python_names(package: ModuleType) -> None:
    m = models(package, "japanese.yaml")
    fields = set(m.Patient.model_fields)
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", f) for f in fields), fields
    assert "shimei" in fields  # 氏名
    client = api(package, "japanese.yaml").JapaneseClient
    methods = [n for n in vars(client) if not n.startswith("_")]
    assert methods and all(n.isascii() and n.isidentifier() for n in methods), methods


def test_japanese_schema_keys_become_romanized_classes(generated: Path, package: ModuleType) -> None:
    """OpenAPI 3.0 documents from other organisations do use Japanese component keys."""
    names = set(_classes(generated, "japanese_keys_30"))
    assert "Kanja" in names  # 患者
    m = models(package, "japanese_keys_30.yaml")
    assert m.Kanja.model_validate({"氏名": "山田"}).model_dump(by_alias=True, exclude_unset=True) == {"氏名": "山田"}


def test_japanese_schema_keys_referenced_from_other_schemas(package: ModuleType) -> None:
    m = models(package, "japanese_keys_30.yaml")
    patient = m.Kanja.model_validate({"氏名": "山田", "住所": {"郵便番号": "100-0001"}})
    assert patient.juusho.yuubinbangou == "100-0001"
    with pytest.raises(pydantic.ValidationError):
        m.Kanja.model_validate({"氏名": "山田", "住所": {"郵便番号": "1000001"}})


def test_japanese_path_is_percent_encoded_utf8(package: ModuleType) -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json=PATIENT)

    client_cls = api(package, "japanese.yaml").JapaneseClient
    method = next(n for n in vars(client_cls) if n.startswith("get_"))
    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        patient = getattr(client_cls(BASE, http_client=http), method)("番号/1")
    assert requests[0].url.raw_path == ("/v1/" + quote("患者") + "/" + quote("番号/1", safe="")).encode()
    assert patient.shimei == "山田太郎"


# --- Python reserved words ---------------------------------------------------------------------


def test_reserved_word_properties_round_trip_by_alias(package: ModuleType) -> None:
    m = models(package, "reserved_words.yaml")
    data = {"class": "c", "from": "2024-01-02", "import": True, "def": 1, "None": "n", "self": "s", "lambda": 1.5}
    value = m.Class.model_validate(data)
    assert (value.class_, value.import_, value.def_, value.lambda_) == ("c", True, 1, 1.5)
    assert value.model_dump(mode="json", by_alias=True) == data
    assert m.NoneModel.model_validate({"None": None, "True": True}).model_dump(by_alias=True) == {
        "None": None,
        "True": True,
    }


def test_reserved_word_schemas_referenced_from_other_schemas(package: ModuleType) -> None:
    m = models(package, "reserved_words.yaml")
    value = m.From.model_validate({"import": {"def": "x", "return": "y"}})
    assert value.import_.def_ == "x"
    assert m.Self.model_validate({"lambda": {"def": "from"}}).lambda_.def_ == m.Def.FROM


def test_reserved_word_operations_and_parameters_reach_the_wire(package: ModuleType) -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        if request.method in ("DELETE", "PUT"):
            return httpx.Response(204)
        return httpx.Response(200, json={"class": "c", "from": "2024-01-02"})

    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        client = api(package, "reserved_words.yaml").ReservedWordsClient(BASE, http_client=http)
        result = client.class_("a/b", lambda_=3, self_=True, none="n")
        client.def_(class_="x", def_="y")
        assert isinstance(client.from_(), models(package, "reserved_words.yaml").From)
        client.none(body=models(package, "reserved_words.yaml").NoneModel.model_validate({"True": False}))
    assert result.class_ == "c"
    first, second, third, fourth = requests
    assert third.url.raw_path == b"/v1/from"
    assert (fourth.method, json.loads(fourth.content)) == ("PUT", {"True": False})
    assert first.url.raw_path.split(b"?")[0] == b"/v1/class/a%2Fb"
    assert dict(first.url.params) == {"lambda": "3", "self": "true"}
    assert first.headers["None"] == "n"
    assert (second.method, dict(second.url.params)) == ("DELETE", {"class": "x", "def": "y"})


def test_cookie_parameter_is_sent(package: ModuleType) -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json={"class": "c", "from": "2024-01-02"})

    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        api(package, "reserved_words.yaml").ReservedWordsClient(BASE, http_client=http).class_("a", import_="imp")
    assert "import=imp" in requests[0].headers.get("cookie", "")


# --- recursion, composition, nullable ------------------------------------------------------------


def test_self_recursive_schema(package: ModuleType) -> None:
    m = models(package, "recursion.yaml")
    tree = m.TreeNode.model_validate({"label": "root", "children": [{"label": "a", "children": [{"label": "b"}]}]})
    assert tree.children[0].children[0].label == "b"
    assert tree.model_dump(exclude_unset=True) == {
        "label": "root",
        "children": [{"label": "a", "children": [{"label": "b"}]}],
    }


def test_mutual_recursion_across_two_files(package: ModuleType) -> None:
    m = models(package, "recursion.yaml")
    person = m.Person.model_validate({"name": "a", "employer": {"name": "c", "employees": [{"name": "b"}]}})
    assert person.employer.employees[0].name == "b"


def test_schemas_from_three_folders(package: ModuleType) -> None:
    m = models(package, "split3/api/split_three_folders.yaml")
    pet = m.Pet.model_validate({"name": "Pochi", "owner": {"name": "Ken", "pets": [{"name": "Tama"}]}})
    assert pet.owner.pets[0].name == "Tama"


def test_oneof_with_discriminator(package: ModuleType) -> None:
    m = models(package, "composition.yaml")
    pet = pydantic.TypeAdapter(m.Pet)  # a union is a type alias: no `.root` to unwrap
    cat = pet.validate_python({"kind": "cat", "name": "Tama", "lives": 9})
    assert isinstance(cat, m.Cat) and cat.lives == 9
    assert isinstance(pet.validate_python({"kind": "dog", "name": "Pochi"}), m.Dog)
    with pytest.raises(pydantic.ValidationError):
        pet.validate_python({"kind": "cow", "name": "Hanako"})
    with pytest.raises(pydantic.ValidationError):
        pet.validate_python({"kind": "cat", "name": "Tama", "lives": 2})  # integer enum


def test_discriminator_whose_members_live_in_other_files(package: ModuleType) -> None:
    m = models(package, "discriminator_files.yaml")
    animal = pydantic.TypeAdapter(m.Animal)
    assert animal.validate_python({"kind": "dog", "barks": True}).barks is True
    assert animal.validate_python({"kind": "cat", "lives": 9}).lives == 9


def test_allof_free_form_and_nested_arrays(package: ModuleType) -> None:
    m = models(package, "composition.yaml")
    record = m.PetRecord.model_validate(
        {
            "createdAt": "2026-01-02T03:04:05+09:00",
            "id": 7,
            "attributes": {"colour": "black", "size": {"cm": 30}},
            "anything": [1, "two", None],
            "labels": {"ja": "猫"},
        }
    )
    assert record.id == 7 and record.created_at.year == 2026
    assert record.attributes.model_dump() == {"colour": "black", "size": {"cm": 30}}
    assert record.anything == [1, "two", None]
    grid = m.Grid.model_validate({"cells": [[[1, 2.5]], [[3]]], "priority": 2})
    assert grid.cells[0][0][1] == 2.5 and grid.priority == 2
    with pytest.raises(pydantic.ValidationError):
        m.Grid.model_validate({"cells": [[1]]})
    assert m.Grid.model_validate({"cells": [], "priority": 4}).priority == 4  # a response: open enum
    with pytest.raises(pydantic.ValidationError):
        m.Grid.model_validate({"cells": [], "priority": "high"})


def test_typed_extra_properties_are_checked_both_ways(package: ModuleType) -> None:
    """`properties` plus `additionalProperties: {schema}` used to be refused (the model generator typed the extras
    through a class-level `__annotations__` assignment); now the extras are typed as pydantic documents it."""
    m = models(package, "typed_extras.yaml")
    sent = m.MeterReadings(site="s1", kitchen=3)
    assert sent.model_dump(by_alias=True, exclude_unset=True) == {"site": "s1", "kitchen": 3}
    with pytest.raises(pydantic.ValidationError):
        m.MeterReadings.model_validate({"site": "s1", "kitchen": "three"})
    stored = m.StoredReadings.model_validate({"site": "s1", "a": {"text": "A"}, "tags": {"owner": "o", "x": ["1"]}})
    assert isinstance(stored.model_extra["a"], m.Label) and stored.model_extra["a"].text == "A"
    assert stored.tags is not None and stored.tags.model_extra == {"x": ["1"]}


def test_fields_named_like_the_types_they_hold(package: ModuleType) -> None:
    """`date: {format: date}` made the model generator import `date as date_aliased`, which the safety check
    refused (codegen-unsafe for a most ordinary document). Found by `make fuzz`."""
    m = models(package, "field_type_names.yaml")
    booking = m.Booking.model_validate({"date": "2026-12-05", "time": "10:30:00", "uuid": str(uuid.UUID(int=1))})
    assert booking.date == datetime.date(2026, 12, 5) and booking.time == datetime.time(10, 30)
    assert booking.model_dump(mode="json", exclude_unset=True)["date"] == "2026-12-05"


def test_oas30_nullable_required_fields(package: ModuleType) -> None:
    m = models(package, "nullable_30.yaml")
    account = m.Account.model_validate({"id": 1, "nickname": None, "closedAt": None, "manager": None})
    assert account.nickname is None and account.manager is None
    assert m.Account.model_validate({"id": 1, "nickname": "n", "closedAt": None, "manager": {"name": "m"}}).manager.name
    with pytest.raises(pydantic.ValidationError):  # nullable is not optional
        m.Account.model_validate({"id": 1, "closedAt": None, "manager": None})


def test_json_with_tabs_and_yaml_with_bom(package: ModuleType) -> None:
    item = models(package, "tabs.json").Item.model_validate({"id": 1, "name": "tab\tseparated"})
    assert item.name == "tab\tseparated"
    assert models(package, "bom.yaml").Note.model_validate({"text": "x"}).text == "x"


# --- references where the standard does not allow them: inlined ----------------------------------


def test_nonstandard_refs_are_inlined_in_the_bundle(tmp_path: Path) -> None:
    result = run_mpgen("bundle", "nonstandard_refs.yaml", "--out", str(tmp_path / "bundle"), cwd=LEGAL)
    assert result.returncode == 0, result.stdout + result.stderr
    doc = json.loads((tmp_path / "bundle" / "nonstandard_refs.json").read_text(encoding="utf-8"))
    assert doc["tags"][0]["description"] == "Orders placed by customers, newest first."
    for path in ("/orders", "/orders/{orderId}"):
        responses = doc["paths"][path]["get"]["responses"]
        assert set(responses) == {"200", "404"}
        not_found = responses["404"]
        if "$ref" in not_found:  # hoisted as a component: the standard allows a reference here
            not_found = doc["components"]["responses"][not_found["$ref"].rsplit("/", 1)[1]]
        assert not_found["description"] == "No such order"
    refs = re.findall(r'"\$ref": "([^"]*)"', json.dumps(doc))
    assert refs and all(r.startswith("#/") for r in refs), refs


def test_inlined_responses_map_drives_the_client(package: ModuleType) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/missing"):
            return httpx.Response(404, json={"title": "none"})
        return httpx.Response(200, json=[{"orderId": "A1", "total": 1200}])

    client_cls = api(package, "nonstandard_refs.yaml").NonstandardRefsClient
    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        client = client_cls(BASE, http_client=http)
        orders = client.list_orders()
        assert orders[0].order_id == "A1" and orders[0].total == 1200
        with pytest.raises(package.NotFoundError):
            client.get_order("missing")


# --- documents that are legal but the generator mishandles when given alone -------------------------


def test_split_document_validates_on_its_own_with_a_wider_root() -> None:
    # A lone file may only reach into its own folder unless --root widens it (safe by default).
    alone = run_mpgen("validate", "split3/api/split_three_folders.yaml", cwd=LEGAL)
    assert alone.returncode == 1 and "[ref-outside-root]" in alone.stdout
    widened = run_mpgen("validate", "--root", "split3", "split3/api/split_three_folders.yaml", cwd=LEGAL)
    as_folder = run_mpgen("validate", "split3", cwd=LEGAL)
    assert (widened.returncode, as_folder.returncode) == (0, 0), widened.stdout + as_folder.stdout


def test_bom_document_is_found_in_a_folder(tmp_path: Path) -> None:
    shutil.copy(LEGAL / "bom.yaml", tmp_path / "bom.yaml")
    result = run_mpgen("validate", ".", cwd=tmp_path)
    assert "1 document(s) checked" in result.stderr, result.stderr
