"""The files under downloads/: each bundle as YAML and JSON, its frozen releases, a deterministic zip of all, the
client wheel, mpgen itself (wheel, constraints file, CI templates) and an index of them all with sha256."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass

from generator.portal.history import History, release_path
from generator.portal.site import Artifact, ProjectLike

ARCHIVE = "mynaportal-specs.zip"
INDEX = "index.json"
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry: fixed, so the archive is reproducible


@dataclass(frozen=True)
class FileInfo:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class VersionFiles:
    """One frozen release (specs/releases/<slug>/<version>.yaml) as downloads/<slug>/<version>.yaml|json."""

    version: str
    released: str  # YYYY-MM-DD, "" when the release does not say
    files: tuple[FileInfo, ...]


@dataclass(frozen=True)
class ApiFiles:
    slug: str
    title: str
    version: str
    files: tuple[FileInfo, ...]
    versions: tuple[VersionFiles, ...] = ()  # the releases, oldest first


@dataclass(frozen=True)
class ToolFile:
    """A file of mpgen's own distribution (build/mpgen): what it is for, then its name, size and hash."""

    kind: str  # wheel | constraints | ci
    file: FileInfo


@dataclass(frozen=True)
class Downloads:
    files: dict[str, bytes]  # name under downloads/ → bytes
    apis: tuple[ApiFiles, ...]
    archive: FileInfo
    wheels: tuple[FileInfo, ...]
    tools: tuple[ToolFile, ...] = ()  # mpgen: wheel first, then constraints, then CI templates

    @property
    def has_releases(self) -> bool:
        return any(a.versions for a in self.apis)


def info(name: str, data: bytes) -> FileInfo:
    return FileInfo(name, len(data), hashlib.sha256(data).hexdigest())


def spec_bytes(project: ProjectLike) -> dict[str, bytes]:
    """The published spec files, byte for byte the text of build/specs/ (UTF-8, no newline translation)."""
    out: dict[str, bytes] = {}
    for api in project.apis:
        bundle = project.bundles.get(api.slug)
        if bundle is None:
            continue
        out[f"{api.slug}.yaml"] = str(bundle.yaml_text).encode("utf-8")
        out[f"{api.slug}.json"] = str(bundle.json_text).encode("utf-8")
    return out


def archive(files: dict[str, bytes]) -> bytes:
    """A zip of the given files, sorted, with fixed timestamps and permissions: same input, same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name in sorted(files):
            entry = zipfile.ZipInfo(f"mynaportal-specs/{name}", date_time=ZIP_EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o100644 << 16
            entry.create_system = 3  # unix, whatever the building machine is
            zf.writestr(entry, files[name], compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return buffer.getvalue()


def release_files(history: History, slug: str) -> tuple[dict[str, bytes], tuple[VersionFiles, ...]]:
    """The releases of one API: the release file byte for byte as YAML, its data as JSON."""
    files: dict[str, bytes] = {}
    versions = []
    for release in history.get(slug, ()):
        infos = []
        for extension, text in (("yaml", release.yaml_text), ("json", release.json_text)):
            name = release_path(slug, release.version, extension)
            files[name] = text.encode("utf-8")
            infos.append(info(name, files[name]))
        versions.append(VersionFiles(release.version, release.released, tuple(infos)))
    return files, tuple(versions)


def tool_kind(name: str) -> str:
    """What a file of build/mpgen is: the wheel, the constraints file or a CI template."""
    if name.endswith(".whl"):
        return "wheel"
    return "constraints" if name.endswith(".txt") else "ci"


_TOOL_ORDER = ("wheel", "constraints", "ci")


def build_downloads(
    project: ProjectLike,
    wheels: tuple[Artifact, ...] = (),
    history: History | None = None,
    tools: tuple[Artifact, ...] = (),
) -> Downloads:
    """Every file of downloads/ (index.json included) and what the downloads page lists. tools: the files of
    mpgen's own distribution (build/mpgen), published under their names."""
    specs = spec_bytes(project)
    files = dict(specs)
    apis = []
    for api in project.apis:
        names = [n for n in (f"{api.slug}.yaml", f"{api.slug}.json") if n in specs]
        if names:
            released, versions = release_files(history or {}, api.slug)
            files.update(released)
            apis.append(ApiFiles(api.slug, api.title, api.version, tuple(info(n, specs[n]) for n in names), versions))
    zipped = archive(specs)
    files[ARCHIVE] = zipped
    wheel_infos = []
    for wheel in sorted(wheels, key=lambda w: w.name):
        files[wheel.name] = wheel.data
        wheel_infos.append(info(wheel.name, wheel.data))
    tool_files = []
    for tool in sorted(tools, key=lambda t: (_TOOL_ORDER.index(tool_kind(t.name)), t.name)):
        if tool.name in files or tool.name == INDEX:  # the portal's own files win over a stray one of build/mpgen
            continue
        files[tool.name] = tool.data
        tool_files.append(ToolFile(tool_kind(tool.name), info(tool.name, tool.data)))
    result = Downloads(files, tuple(apis), info(ARCHIVE, zipped), tuple(wheel_infos), tuple(tool_files))
    files[INDEX] = index_json(result).encode("utf-8")
    return result


def _file(f: FileInfo) -> dict[str, object]:
    return {"path": f.name, "size": f.size, "sha256": f.sha256}


def index_json(downloads: Downloads) -> str:
    """downloads/index.json: per API slug, title, version and its files with size and sha256, and its releases
    (`versions`, oldest first) with theirs; the client wheel; mpgen's wheel, constraints file and CI templates."""
    data = {
        "apis": [
            {
                "slug": a.slug,
                "title": a.title,
                "version": a.version,
                "files": {f.name.rsplit(".", 1)[1]: _file(f) for f in a.files},
                "versions": [
                    {
                        "version": v.version,
                        "released": v.released or None,
                        "files": {f.name.rsplit(".", 1)[1]: _file(f) for f in v.files},
                    }
                    for v in a.versions
                ],
            }
            for a in downloads.apis
        ],
        "archive": _file(downloads.archive),
        "client": [_file(w) for w in downloads.wheels],
        "mpgen": [{"kind": t.kind, **_file(t.file)} for t in downloads.tools],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
