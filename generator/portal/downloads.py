"""The files under downloads/: each bundle as YAML and JSON, a deterministic zip of all, the client wheel, an index."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass

from generator.portal.site import Artifact, ProjectLike

ARCHIVE = "mynaportal-specs.zip"
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry: fixed, so the archive is reproducible


@dataclass(frozen=True)
class FileInfo:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class ApiFiles:
    slug: str
    title: str
    version: str
    files: tuple[FileInfo, ...]


@dataclass(frozen=True)
class Downloads:
    files: dict[str, bytes]  # name under downloads/ → bytes
    apis: tuple[ApiFiles, ...]
    archive: FileInfo
    wheels: tuple[FileInfo, ...]


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


def build_downloads(project: ProjectLike, wheels: tuple[Artifact, ...] = ()) -> Downloads:
    """Every file of downloads/ (index.json included) and what the downloads page lists."""
    specs = spec_bytes(project)
    files = dict(specs)
    apis = []
    for api in project.apis:
        names = [n for n in (f"{api.slug}.yaml", f"{api.slug}.json") if n in specs]
        if names:
            apis.append(ApiFiles(api.slug, api.title, api.version, tuple(info(n, specs[n]) for n in names)))
    zipped = archive(specs)
    files[ARCHIVE] = zipped
    wheel_infos = []
    for wheel in sorted(wheels, key=lambda w: w.name):
        files[wheel.name] = wheel.data
        wheel_infos.append(info(wheel.name, wheel.data))
    result = Downloads(files, tuple(apis), info(ARCHIVE, zipped), tuple(wheel_infos))
    files["index.json"] = index_json(result).encode("utf-8")
    return result


def _file(f: FileInfo) -> dict[str, object]:
    return {"path": f.name, "size": f.size, "sha256": f.sha256}


def index_json(downloads: Downloads) -> str:
    """downloads/index.json: per API slug, title, version and its files with size and sha256."""
    data = {
        "apis": [
            {
                "slug": a.slug,
                "title": a.title,
                "version": a.version,
                "files": {f.name.rsplit(".", 1)[1]: _file(f) for f in a.files},
            }
            for a in downloads.apis
        ],
        "archive": _file(downloads.archive),
        "client": [_file(w) for w in downloads.wheels],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
