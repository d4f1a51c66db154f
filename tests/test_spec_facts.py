"""The facts of issue #11 ("Facts that mislead today"), one test each, read from the bundled documents
(`mpgen bundle` of specs/, made once per session) and from specs/catalog.yaml."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import referencing
import referencing.jsonschema
import yaml

from tests.test_catalog_consistency import SLUGS, SPECS, bundled, entry, resolve

OLD_GUIDELINE = "民間PHR事業者による健診等情報の取扱いに関する基本的指針"
NEW_GUIDELINE = "PHRサービス提供者による健診等情報の取扱いに関する基本的指針"
DISCLOSURE = ("self-info", "medical-insurance", "pmh", "periodic-linkage")  # the ★ APIs
BUNDLE_URI = "urn:mynaportal:facts"


def doc(slug: str) -> dict[str, Any]:
    found = bundled(slug)
    assert found is not None, f"{slug} was not bundled"
    return found


def strings(node: Any) -> Iterator[str]:
    """Every string of a document, keys included."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)


def catalogue_text() -> str:
    return (SPECS / "catalog.yaml").read_text(encoding="utf-8")


def schema(slug: str, name: str) -> dict[str, Any]:
    found: dict[str, Any] = doc(slug)["components"]["schemas"][name]
    return found


def operation(slug: str, operation_id: str) -> dict[str, Any]:
    for item in doc(slug)["paths"].values():
        for op in resolve(doc(slug), item).values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return op
    raise KeyError(operation_id)


def validator(slug: str, pointer: str) -> jsonschema.Draft202012Validator:
    resource = referencing.Resource.from_contents(doc(slug), default_specification=referencing.jsonschema.DRAFT202012)
    registry: referencing.Registry[Any] = referencing.Registry().with_resource(BUNDLE_URI, resource)
    return jsonschema.Draft202012Validator({"$ref": f"{BUNDLE_URI}#{pointer}"}, registry=registry)


# 1 -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", SLUGS)
def test_specs_are_downloadable_before_applying(slug: str) -> None:
    text = list(strings(doc(slug)))
    for stale in ("非公開", "申請後", "承認後", "のみ提供", "公開されていません"):
        assert not [s for s in text if stale in s], f"{slug} still says {stale!r}"
    description = doc(slug)["info"]["description"]
    assert "2025年4月" in description and "ダウンロード" in description and "申請の前" in description
    assert "非公開" not in catalogue_text()


# 3 -------------------------------------------------------------------------------------------------


def test_the_100_day_window_belongs_to_e_prescription_data_only() -> None:
    criteria = schema("medical-insurance", "MedicationCriteria")["properties"]
    lookback = criteria["lookbackDays"]
    assert lookback["maximum"] == 100 and "電子処方箋" in lookback["description"]
    assert "レセプト由来の情報には適用しない" in lookback["description"]
    claims = criteria["claimsRange"]
    assert "1.5か月〜5年" in claims["description"], "claims data reach back about 1.5 months to 5 years"
    sources = schema("medical-insurance", "MedicationSource")
    assert sources["enum"] == ["electronicPrescription", "claims"]
    assert "inHospitalPrescription" in schema("medical-insurance", "MedicationInfoType")["enum"], "院内処方"
    for slug in ("medical-insurance", "periodic-linkage"):  # every text naming the 100 days names its data
        loose = [t for t in strings(doc(slug)) if "100日" in t and "電子処方箋" not in t and "処方・調剤" not in t]
        assert loose == [], f"{slug}: {loose}"
    updates = operation("periodic-linkage", "periodicLinkageGetUpdates")["description"]
    assert "電子処方箋由来の情報" in updates and "100日の上限はなく" in updates
    data = entry("medical-insurance")["data"]
    assert "電子処方箋" in data and "過去100日分" in data and "レセプト" in data


def test_clinical_information_comes_from_claims_not_electronic_records() -> None:
    clinical = operation("medical-insurance", "medicalInsuranceListClinicalRecords")["description"]
    assert "レセプト" in clinical and "電子カルテ" not in clinical
    assert "レセプト" in schema("medical-insurance", "Diagnosis")["description"]
    assert not [s for s in strings(doc("medical-insurance")) if "電子カルテ" in s]


# 4 -------------------------------------------------------------------------------------------------


def test_the_phr_guideline_has_its_new_name() -> None:
    everywhere = [s for slug in SLUGS for s in strings(doc(slug))] + [catalogue_text()]
    assert not [s for s in everywhere if OLD_GUIDELINE in s]
    assert NEW_GUIDELINE in doc("medical-insurance")["info"]["description"]


# 5 -------------------------------------------------------------------------------------------------


def test_pmh_recipient_numbers_of_local_programmes_take_30_characters() -> None:
    check = validator("pmh", "/components/schemas/SubsidyCertificate/properties/recipientNumber")
    assert check.is_valid("1234566"), "the national 公費 form: 7 digits"
    local = "13112-MARUNYU-2024-00000000123"  # a 地方単独 programme's number at the 30-character limit
    assert len(local) == 30 and check.is_valid(local)
    assert not check.is_valid("1" * 31)
    assert "30" in schema("pmh", "SubsidyCertificate")["properties"]["recipientNumber"]["description"]


# 6 -------------------------------------------------------------------------------------------------


def test_self_info_completes_by_polling_with_the_four_statuses() -> None:
    result = operation("self-info", "selfInfoGetResult")["responses"]
    pending = resolve(doc("self-info"), result["202"])
    final = schema("self-info", "SelfInfoResult")["properties"]["processStatus"]
    waiting = schema("self-info", "SelfInfoResultPending")["properties"]["processStatus"]
    assert {waiting["const"], *final["enum"]} == {"WAIT_RESULT", "REGISTER", "ERROR", "TIMEOUT"}
    retry = pending["headers"]["Retry-After"]
    assert retry["required"] is True and retry["example"] == 10
    assert pending["x-illustrative"] is True, "202 + Retry-After is our guess"
    assert "36" in operation("self-info", "selfInfoGetResult")["description"]
    accepted = schema("self-info", "SelfInfoRequestAccepted")["properties"]["commonHeader"]["allOf"][1]
    assert accepted["properties"]["telegramType"]["const"] == "IFA0302-S01", "the answer telegram of the request"
    assert "webhooks" not in doc("self-info"), "no public source shows a completion callback"


# 7 -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", ["corporate-registration", "social-insurance-tax"])
def test_filings_authenticate_with_gbizid(slug: str) -> None:
    schemes = doc(slug)["components"]["securitySchemes"]
    assert set(schemes) == {"GBizIdConsent", "ServerMutualTls"}
    assert "gBizID" in schemes["GBizIdConsent"]["description"] and schemes["GBizIdConsent"]["x-illustrative"]
    used = {name for item in doc(slug)["paths"].values() for op in item.values() if isinstance(op, dict)
            for alternative in op.get("security", doc(slug).get("security", [])) for name in alternative}  # fmt: skip
    assert "MynaPortalConsent" not in used and "GBizIdConsent" in used
    assert "gBizID" in doc(slug)["info"]["description"]


# 8 -------------------------------------------------------------------------------------------------


def test_medical_insurance_needs_user_registration() -> None:
    medical = entry("medical-insurance")
    assert "user-registration" in medical["prerequisites"] and "user-registration" in medical["combinations"]
    assert doc("medical-insurance")["info"]["x-mynaportal"]["prerequisites"] == ["user-registration"]
    assert "利用者登録" in doc("medical-insurance")["info"]["description"]


# 9 -------------------------------------------------------------------------------------------------


def test_429_with_retry_after_is_marked_as_a_guess() -> None:
    for slug in SLUGS:
        responses = doc(slug)["components"].get("responses") or {}
        if "TooManyRequests" in responses:
            assert responses["TooManyRequests"]["x-illustrative"] is True, slug
            assert "例示" in responses["TooManyRequests"]["description"]


@pytest.mark.parametrize("slug", DISCLOSURE)
def test_disclosure_apis_say_not_every_portal_item_is_available(slug: str) -> None:
    assert "わけではありません" in doc(slug)["info"]["description"]


ADDED = (("periodic-linkage", "期間連携API"), ("pmh", "PMH情報連携API"), ("medical-insurance", "診療情報API"))


def test_the_added_disclosure_apis_are_named_as_additions() -> None:
    for slug, name in ADDED:
        description = doc(slug)["info"]["description"]
        assert name in description and "情報開示系APIの拡充" in description, slug


def test_the_90_days_are_not_called_fixed() -> None:
    description = doc("periodic-linkage")["info"]["description"]
    assert "固定" not in description
    assert "変更されうる" in description


# Reference rendering ---------------------------------------------------------------------------------


def _modes(node: Any) -> Iterator[str]:
    """The `commonHeader.mode` of every telegram written out (links carry expressions, not telegrams)."""
    if isinstance(node, dict):
        header = node.get("commonHeader")
        if isinstance(header, dict) and isinstance(header.get("mode"), str):
            yield header["mode"]
        for key, value in node.items():
            if key != "links":
                yield from _modes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _modes(value)


@pytest.mark.parametrize("slug", SLUGS)
def test_examples_use_the_mode_of_the_environment_samples_target(slug: str) -> None:
    """Samples talk to the first https server (the 検証環境), so example telegrams say `verification`."""
    servers = [s for s in doc(slug)["servers"] if s["url"].startswith("https://")]
    assert servers and "検証" in servers[0]["description"]
    assert set(_modes(doc(slug))) <= {"verification"}


def _source_keys() -> set[str]:
    keys: set[str] = set()
    for path in [*SPECS.glob("*.yaml"), *(SPECS / "shared").glob("*.yaml")]:
        keys |= {s for s in strings(yaml.safe_load(path.read_text(encoding="utf-8")))}
    return keys


def test_bundles_invent_no_component_names() -> None:
    """A component the bundler had to rename (`MynaPortalConsent2`) is a name no source file contains."""
    written = _source_keys()
    invented = [
        f"{slug}: {section}/{name}"
        for slug in SLUGS
        for section, names in doc(slug).get("components", {}).items()
        for name in names
        if name not in written
    ]
    assert invented == []


def test_security_schemes_are_defined_once_in_the_shared_file() -> None:
    shared = (Path(SPECS) / "shared" / "security-schemes.yaml").read_text(encoding="utf-8")
    for name in ("MynaPortalConsent", "ServerMutualTls", "GBizIdConsent", "OidcMynaPortal", "MunicipalSessionToken"):
        assert shared.count(f"\n{name}: &{name}\n") == 1, name
