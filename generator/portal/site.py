"""What the portal renderers need from the outside: the project (specs) and a few site settings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urlencode

from generator.apimodel.model import Api, CatalogEntry


class BundleLike(Protocol):
    """A bundled spec as published: the exact text of build/specs/<slug>.yaml and .json."""

    @property
    def slug(self) -> str: ...

    @property
    def yaml_text(self) -> str: ...

    @property
    def json_text(self) -> str: ...


class ProjectLike(Protocol):
    """generator.build.project.Project as the portal sees it."""

    @property
    def catalog(self) -> Sequence[CatalogEntry]: ...

    @property
    def apis(self) -> Sequence[Api]: ...

    @property
    def bundles(self) -> Mapping[str, Any]: ...


@dataclass(frozen=True)
class Artifact:
    """A file offered under downloads/: its name and bytes."""

    name: str
    data: bytes


@dataclass(frozen=True)
class SiteConfig:
    """Settings from mkdocs.yml (`extra:`) and the build folder that the pages depend on."""

    intake_url: str
    developer_site_url: str
    intake_api_field: str = "customfield_api"
    client_package: str = "mynaportal_client"
    client_facade: str = "MynaPortalClient"
    client_modules: tuple[str, ...] = ()  # documented modules of the generated client; empty: not generated
    wheels: tuple[Artifact, ...] = field(default_factory=tuple)

    @classmethod
    def from_extra(cls, extra: Mapping[str, Any], **kwargs: Any) -> SiteConfig:
        """Settings from the `extra:` table of mkdocs.yml."""
        return cls(
            intake_url=str(extra.get("intake_url", "")),
            developer_site_url=str(extra.get("developer_site_url", "")),
            intake_api_field=str(extra.get("intake_api_field", "customfield_api")),
            client_package=str(extra.get("client_package", "mynaportal_client")),
            client_facade=str(extra.get("client_facade", "MynaPortalClient")),
            **kwargs,
        )

    def intake_link(self, entry: CatalogEntry | None = None) -> str:
        """The intake form, prefilled Jira Service Management style with the API when one is given."""
        if entry is None:
            return self.intake_url
        query = urlencode(
            {"summary": f"利用申請: {entry.name}API（#{entry.number}）", self.intake_api_field: entry.slug}
        )
        return f"{self.intake_url}{'&' if '?' in self.intake_url else '?'}{query}"
