"""No reference is ever fetched: no socket is connected, no file outside the spec folder is read.

`validate` and `generate` run in this process, with the socket entry points replaced by functions
that record the attempt and raise. An audit hook also records `socket.connect`/`getaddrinfo`
events and file opens, which catches calls made through references taken before the patch
(`from socket import create_connection`) and opens done by any library.
"""

from __future__ import annotations

import os
import socket
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main

_NETWORK_EVENTS = frozenset(
    {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "socket.sendto"}
)
_recording: list[tuple[str, Any]] | None = None


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _recording is None:
        return
    if event in _NETWORK_EVENTS:
        _recording.append((event, args[1:2]))
    elif event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        _recording.append((event, os.fsdecode(args[0])))


sys.addaudithook(_audit)  # hooks cannot be removed: it records only while a test asks it to


class Guard:
    """What the code under test tried: patched socket calls and audited events."""

    def __init__(self) -> None:
        self.patched: list[str] = []
        self.audited: list[tuple[str, Any]] = []

    @property
    def network(self) -> list[Any]:
        return self.patched + [e for e in self.audited if e[0] != "open"]

    def opened(self, path: Path) -> list[str]:
        """Files opened under path, however the code spelled it (symlinks resolved or not)."""
        targets = (str(path), str(path.resolve()))
        return [str(p) for e, p in self.audited if e == "open" and str(p).startswith(targets)]


@pytest.fixture
def guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[Guard]:
    global _recording  # noqa: PLW0603 - the audit hook is process-wide by nature
    seen = Guard()

    def refuse(name: str) -> Any:
        def refused(*args: object, **kwargs: object) -> Any:
            seen.patched.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"network access attempted in a test: {name}")

        return refused

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    _recording = seen.audited
    try:
        yield seen
    finally:
        _recording = None


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project: no pyproject [tool.mpgen] above it, diagnostics relative to it."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def line_of(text: str, needle: str) -> int:
    lines = [i for i, line in enumerate(text.splitlines(), 1) if needle in line]
    assert len(lines) == 1, f"{needle!r} must occur once"
    return lines[0]


def write(path: Path, text: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return text


def test_the_guard_notices_a_connection_attempt(guard: Guard) -> None:
    """Control experiment: without it, an empty record could mean the guard is blind."""
    with pytest.raises(OSError, match="network access attempted"):
        socket.create_connection(("schemas.example.com", 443))
    with pytest.raises(OSError):
        urllib.request.urlopen("https://schemas.example.com/owner.json", timeout=1)
    assert len(guard.network) >= 2


REMOTE = """\
openapi: 3.1.0
info:
  title: Remote references in every hoistable place
  version: 1.0.0
paths:
  /pets:
    get:
      operationId: listPets
      parameters:
        - $ref: 'https://params.example.com/common.yaml#/limit'
      responses:
        "200":
          $ref: 'https://responses.example.com/ok.yaml'
        "404":
          description: not found
          content:
            application/json:
              schema:
                $ref: 'http://schemas.example.com/problem.json'
components:
  schemas:
    Pet:
      type: object
      properties:
        owner:
          $ref: 'https://schemas.example.com/owner.json#/Owner'
        tags:
          type: array
          items:
            $ref: 'HTTPS://SCHEMAS.EXAMPLE.COM/tag.json'
"""
REMOTE_URLS = [
    "https://params.example.com/common.yaml#/limit",
    "https://responses.example.com/ok.yaml",
    "http://schemas.example.com/problem.json",
    "https://schemas.example.com/owner.json#/Owner",
    "HTTPS://SCHEMAS.EXAMPLE.COM/tag.json",
]


def test_validate_reports_remote_refs_without_connecting(
    workdir: Path, guard: Guard, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir / "remote.yaml", REMOTE)
    assert main(["validate", "remote.yaml"]) == 1
    out = capsys.readouterr().out
    for url in REMOTE_URLS:
        line = line_of(REMOTE, url)
        assert any(row.startswith(f"remote.yaml:{line}:") and "[ref-remote]" in row for row in out.splitlines()), (
            url,
            out,
        )
    assert guard.network == []


def test_generate_refuses_remote_refs_without_connecting(
    workdir: Path, guard: Guard, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir / "remote.yaml", REMOTE)
    assert main(["generate", "remote.yaml", "--out", "out", "--package", "remote_client"]) == 1
    out = capsys.readouterr().out
    assert out.count("[ref-remote]") == len(REMOTE_URLS), out
    assert not (workdir / "out" / "remote_client").exists()
    assert guard.network == []


def test_remote_ref_in_a_shared_fragment_names_the_fragment(
    workdir: Path, guard: Guard, capsys: pytest.CaptureFixture[str]
) -> None:
    write(
        workdir / "api.yaml",
        "openapi: 3.0.3\ninfo: {title: t, version: 1.0.0}\npaths: {}\n"
        "components:\n  schemas:\n    Pet: {$ref: 'shared/pet.yaml'}\n",
    )
    fragment = write(
        workdir / "shared" / "pet.yaml",
        "type: object\nproperties:\n  photo:\n    $ref: 'https://cdn.example.com/photo.yaml'\n",
    )
    assert main(["validate", "api.yaml"]) == 1
    line = line_of(fragment, "https://")
    assert f"shared/pet.yaml:{line}:5: error [ref-remote]" in capsys.readouterr().out
    assert guard.network == []


LITERAL_URLS = """\
openapi: 3.1.0
jsonSchemaDialect: https://spec.openapis.org/oas/3.1/dialect/base
info:
  title: URLs that are data, not references
  version: 1.0.0
  x-links:
    href: https://docs.example.com/extension.yaml
externalDocs:
  url: https://docs.example.com/
servers:
  - url: https://api.example.com/v1
paths:
  /links:
    get:
      operationId: getLink
      responses:
        "200":
          description: ok
          links:
            self:
              operationRef: https://api.example.com/openapi.yaml#/paths/~1links/get
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Link'}
              example:
                $ref: https://example.com/not-a-reference
              examples:
                remote:
                  externalValue: https://examples.example.com/link.json
components:
  schemas:
    Link:
      $id: https://schemas.example.com/link.json
      $schema: https://json-schema.org/draft/2020-12/schema
      type: object
      properties:
        href:
          type: string
          format: uri
          default: https://example.com/default
        owner:
          $ref: '#/components/schemas/Owner'
      example:
        $ref: https://example.com/data
    Owner:
      type: object
      properties:
        name: {type: string}
"""


def test_urls_that_are_data_are_never_fetched(workdir: Path, guard: Guard, capsys: pytest.CaptureFixture[str]) -> None:
    """`$id`, `$schema`, servers, links, externalValue and `$ref`-shaped examples are not references to follow."""
    write(workdir / "literal.yaml", LITERAL_URLS)
    assert main(["validate", "literal.yaml"]) == 0, capsys.readouterr().out
    assert main(["generate", "literal.yaml", "--out", "out", "--package", "literal_client"]) == 0
    assert (workdir / "out" / "literal_client" / "literal" / "models.py").is_file()
    assert guard.network == []


def test_remote_ref_in_a_vendor_extension_is_refused_not_fetched(
    workdir: Path, guard: Guard, capsys: pytest.CaptureFixture[str]
) -> None:
    """A `$ref` is substituted anywhere but in examples (extensions included), so a remote one there is refused."""
    text = write(
        workdir / "ext.yaml",
        "openapi: 3.1.0\ninfo:\n  title: t\n  version: 1.0.0\n  x-links:\n"
        "    $ref: https://docs.example.com/extension.yaml\npaths: {}\n",
    )
    assert main(["validate", "ext.yaml"]) == 1
    assert f"ext.yaml:{line_of(text, 'https://docs')}:5: error [ref-remote]" in capsys.readouterr().out
    assert guard.network == []


def test_file_url_is_refused_and_the_file_never_read(
    workdir: Path, guard: Guard, capsys: pytest.CaptureFixture[str]
) -> None:
    text = write(
        workdir / "passwd.yaml",
        "openapi: 3.1.0\ninfo: {title: t, version: 1.0.0}\npaths: {}\n"
        "components:\n  schemas:\n    Secret:\n      $ref: 'file:///etc/passwd'\n",
    )
    assert main(["validate", "passwd.yaml"]) == 1
    assert f"passwd.yaml:{line_of(text, 'file:///')}:7: error [ref-file-url]" in capsys.readouterr().out
    assert main(["generate", "passwd.yaml", "--out", "out", "--package", "passwd_client"]) == 1
    assert guard.opened(Path("/etc/passwd")) == []
    assert guard.network == []


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the spec folder, holding a perfectly valid schema: reading it is the leak."""
    folder = tmp_path / "outside"
    write(folder / "secret.yaml", "type: object\nproperties:\n  token: {type: string}\n")
    return folder


def _spec_with_ref(spec: Path, ref: str) -> str:
    return write(
        spec / "api.yaml",
        "openapi: 3.1.0\ninfo: {title: t, version: 1.0.0}\npaths: {}\n"
        f"components:\n  schemas:\n    Secret:\n      $ref: '{ref}'\n",
    )


def test_symlinked_file_pointing_outside_the_spec_folder_is_refused(
    tmp_path: Path, outside: Path, guard: Guard, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "spec"
    text = _spec_with_ref(spec, "linked.yaml")
    (spec / "linked.yaml").symlink_to(outside / "secret.yaml")
    monkeypatch.chdir(spec)
    assert main(["validate", "api.yaml"]) == 1
    assert f"api.yaml:{line_of(text, 'linked.yaml')}:7: error [ref-outside-root]" in capsys.readouterr().out
    assert main(["generate", "api.yaml", "--out", "out", "--package", "leak_client"]) == 1
    assert not (spec / "out" / "leak_client").exists()
    assert guard.opened(outside) == []
    assert guard.network == []


def test_validating_a_folder_does_not_read_through_an_outside_symlink(
    tmp_path: Path, outside: Path, guard: Guard, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "spec"
    _spec_with_ref(spec, "linked.yaml")
    (spec / "linked.yaml").symlink_to(outside / "secret.yaml")
    monkeypatch.chdir(spec)
    assert main(["validate", "."]) == 1
    assert guard.opened(outside) == []


def test_symlinked_folder_pointing_outside_the_spec_folder_is_refused(
    tmp_path: Path, outside: Path, guard: Guard, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "spec"
    text = _spec_with_ref(spec, "shared/secret.yaml")
    (spec / "shared").symlink_to(outside, target_is_directory=True)
    monkeypatch.chdir(spec)
    assert main(["generate", "api.yaml", "--out", "out", "--package", "leak_client"]) == 1
    assert f"api.yaml:{line_of(text, 'shared/')}:7: error [ref-outside-root]" in capsys.readouterr().out
    assert not (spec / "out" / "leak_client").exists()
    assert guard.opened(outside) == []


def test_parent_escape_is_refused_before_reading(
    tmp_path: Path, outside: Path, guard: Guard, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "spec"
    text = _spec_with_ref(spec, "../../outside/secret.yaml")
    monkeypatch.chdir(spec)
    assert main(["validate", "api.yaml"]) == 1
    assert f"api.yaml:{line_of(text, '../')}:7: error [ref-outside-root]" in capsys.readouterr().out
    assert guard.opened(outside) == []


def test_ref_to_a_symlink_loop_is_a_diagnostic(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _spec_with_ref(workdir, "loop.yaml")
    (workdir / "loop.yaml").symlink_to(workdir / "loop.yaml")
    assert main(["validate", "api.yaml"]) == 1
    assert "api.yaml:7:7: error [" in capsys.readouterr().out


def test_symlink_loop_in_a_validated_folder_is_a_diagnostic(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(workdir / "api.yaml", "openapi: 3.1.0\ninfo: {title: t, version: 1.0.0}\npaths: {}\n")
    (workdir / "loop.yaml").symlink_to(workdir / "loop.yaml")
    assert main(["validate", "."]) == 1
    assert "loop.yaml:1:1: error [io-error]" in capsys.readouterr().out
