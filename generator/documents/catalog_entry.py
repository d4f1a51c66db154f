"""One row of the catalogue (specs/catalog.yaml), as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

JsonDict = dict[str, Any]


@dataclass(frozen=True)
class CatalogEntry:
    """One row of specs/catalog.yaml."""

    number: int
    slug: str
    name: str
    name_en: str
    disclosure: bool
    audience: tuple[str, ...]
    data: str
    prerequisites: tuple[str, ...]
    combinations: tuple[str, ...]
    use_cases: tuple[str, ...]
    summary: str
    file: str

    @classmethod
    def from_dict(cls, raw: JsonDict) -> CatalogEntry:
        return cls(
            number=int(raw["number"]),
            slug=str(raw["slug"]),
            name=str(raw["name"]),
            name_en=str(raw.get("name_en", "")),
            disclosure=bool(raw.get("disclosure", False)),
            audience=tuple(str(a) for a in raw.get("audience") or ()),
            data=str(raw.get("data", "")),
            prerequisites=tuple(str(p) for p in raw.get("prerequisites") or ()),
            combinations=tuple(str(c) for c in raw.get("combinations") or ()),
            use_cases=tuple(str(u) for u in raw.get("use_cases") or ()),
            summary=str(raw.get("summary", "")),
            file=str(raw.get("file", f"{raw['slug']}.yaml")),
        )
