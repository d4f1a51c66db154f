"""One configuration object, merged from `[tool.mpgen]` in pyproject.toml and command-line flags."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from generator.paths import real


@dataclass(frozen=True)
class Config:
    project_root: Path
    specs: Path  # folder of API documents and shared fragments
    catalog: Path | None
    out: Path  # build folder
    package: str = "mynaportal_client"
    facade: str = "MynaPortalClient"
    house_paths: tuple[Path, ...] = ()  # documents under these folders get the house lint profile
    disabled_rules: frozenset[str] = field(default_factory=frozenset)
    fail_on_warning: bool = False
    strict: bool = False  # content findings (examples, defaults) are errors outside the house profile too
    root: Path | None = None  # references may not leave this folder (default: see pipeline.spec_root)

    def house_applies(self, path: Path) -> bool:
        resolved = real(path)
        return any(resolved.is_relative_to(p) for p in self.house_paths)

    def with_overrides(self, **changes: Any) -> Config:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def find_project_root(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError):
                continue
            if "mpgen" in data.get("tool", {}):
                return folder
    return None


def load_config(start: Path | None = None) -> Config:
    """Settings from the nearest pyproject.toml with a `[tool.mpgen]` table, or defaults."""
    start = (start or Path.cwd()).resolve()
    root = find_project_root(start)
    if root is None:
        return Config(project_root=start, specs=start / "specs", catalog=None, out=start / "build")
    raw = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mpgen"]
    catalog = raw.get("catalog")
    return Config(
        project_root=root,
        specs=(root / raw.get("specs", "specs")).resolve(),
        catalog=real(root / catalog) if catalog else None,
        out=(root / raw.get("out", "build")).resolve(),
        package=str(raw.get("package", "mynaportal_client")),
        facade=str(raw.get("facade", "MynaPortalClient")),
        house_paths=tuple(real(root / p) for p in raw.get("house-profile", [])),
        disabled_rules=frozenset(raw.get("disable", [])),
        fail_on_warning=bool(raw.get("fail-on-warning", False)),
        strict=bool(raw.get("strict", False)),
    )
