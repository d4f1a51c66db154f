"""A stand-in project for the portal renderers: one fixture API plus a catalogue entry without a spec."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.apimodel.describe import describe_api
from generator.apimodel.model import Api, CatalogEntry
from generator.portal import SiteConfig

FIXTURES = Path(__file__).parent / "fixtures"
INTAKE = "https://intake.example.invalid/servicedesk/customer/portal/1/group/1/create/10"


@dataclass(frozen=True)
class StandInBundle:
    slug: str
    yaml_text: str
    json_text: str


@dataclass
class StandInProject:
    catalog: list[CatalogEntry]
    apis: list[Api]
    bundles: dict[str, StandInBundle]
    diagnostics: list[Any] = field(default_factory=list)


def catalog() -> list[CatalogEntry]:
    return [
        CatalogEntry.from_dict(
            {
                "number": 3,
                "slug": "sample",
                "name": "見本取得",
                "name_en": "Sample | Retrieval",
                "disclosure": True,
                "audience": ["民間事業者", "地方公共団体"],
                "data": "見本情報<script>alert('data')</script>を本人同意のもとで取得する。",
                "prerequisites": ["later"],
                "combinations": ["later"],
                "use_cases": ["見本の確認 | 表を壊さない", "*強調*されない"],
                "summary": "本人が同意した見本情報を取得する。",
            }
        ),
        CatalogEntry.from_dict(
            {
                "number": 4,
                "slug": "later",
                "name": "後日公開",
                "name_en": "Later",
                "disclosure": False,
                "audience": ["地方公共団体"],
                "data": "仕様がまだない。",
                "summary": "仕様書は準備中。",
            }
        ),
    ]


def load_fixture_api(entry: CatalogEntry) -> tuple[Api, StandInBundle]:
    text = (FIXTURES / "sample-api.yaml").read_text(encoding="utf-8")
    document = yaml.safe_load(text)
    api = describe_api(document, entry.slug, entry)
    bundle = StandInBundle(entry.slug, text, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    return api, bundle


@pytest.fixture
def project() -> StandInProject:
    entries = catalog()
    api, bundle = load_fixture_api(entries[0])
    return StandInProject(entries, [api], {api.slug: bundle})


@pytest.fixture
def site() -> SiteConfig:
    return SiteConfig(intake_url=INTAKE, developer_site_url="https://developer.digital.go.jp/")
