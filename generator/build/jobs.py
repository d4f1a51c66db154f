"""What one invocation of the generator produces, and where it writes it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.config import Config


@dataclass
class Job:
    """What one invocation produces, wherever it writes."""

    specs: list[Path]
    package: str
    facade: str
    out: Path  # the package goes to out/package
    pyproject: bool
    bundles: Path | None = None  # build/specs when bundling too
    cache: Path | None = None
    house: bool = False
    strict: bool = False  # content findings are errors (the house profile is always strict)
    catalog: Path | None = None

    @property
    def root(self) -> Path:
        """The output root: it holds the ownership record, the journal, the staging folder and the lock
        (build/ for `mpgen build`, whose outputs are build/client/... and build/specs; else out)."""
        return self.out if self.bundles is None else self.out.parent

    @property
    def linked(self) -> bool:
        """Outputs that must switch together (client and specs): reached through one generation symlink."""
        return self.bundles is not None

    def outputs(self) -> dict[str, Path]:
        """Name in the staging folder -> final destination."""
        dest = {"client/" + self.package: self.out / self.package}
        if self.pyproject:
            dest["client/pyproject.toml"] = self.out / "pyproject.toml"
        if self.pyproject and self.bundles is not None:  # `mpgen build`: the client follows the spec releases
            dest["client/CHANGELOG.md"] = self.out / "CHANGELOG.md"
        if self.bundles is not None:
            dest["specs"] = self.bundles
        return dest


def build_job(config: Config) -> Job:
    return Job(
        specs=[config.specs],
        package=config.package,
        facade=config.facade,
        out=config.out / "client",
        pyproject=True,
        bundles=config.out / "specs",
        cache=config.out / ".mpgen-cache.json",
        house=True,
        catalog=config.catalog,
        strict=config.strict,
    )
