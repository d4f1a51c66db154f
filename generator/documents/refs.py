"""Reference targets: parsing `$ref` strings and refusing anything outside the document's root folder."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from generator.documents.loader import Pointer
from generator.paths import real

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


@dataclass(frozen=True)
class Target:
    path: Path  # resolved file
    pointer: Pointer


class RefRefused(Exception):
    """A `$ref` we will not follow; args[0] is the rule id, args[1] the message."""

    def __init__(self, rule: str, message: str) -> None:
        super().__init__(rule, message)
        self.rule = rule
        self.message = message


def parse_pointer(fragment: str) -> Pointer:
    if fragment in ("", "/"):
        return () if fragment == "" else ("",)
    if not fragment.startswith("/"):
        raise RefRefused("ref-invalid", f"fragment {fragment!r} is not a JSON pointer (it must start with '/')")
    return tuple(unquote(p).replace("~1", "/").replace("~0", "~") for p in fragment[1:].split("/"))


def format_pointer(pointer: Pointer) -> str:
    return "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in pointer)


def resolve_ref(ref: str, current: Path, root: Path) -> Target:
    """Where ref points, relative to the file it stands in; refuse network, file:// and escapes."""
    if _SCHEME.match(ref):
        scheme = ref.split(":", 1)[0].lower()
        if scheme in ("http", "https"):
            raise RefRefused(
                "ref-remote", f"remote reference {ref!r} refused: references are never fetched over the network"
            )
        if scheme == "file":
            raise RefRefused("ref-file-url", f"file URL {ref!r} refused: use a path relative to the document")
        raise RefRefused("ref-remote", f"reference {ref!r} uses the unsupported scheme {scheme!r}")
    location, _, fragment = ref.partition("#")
    pointer = parse_pointer(unquote(fragment) if not fragment.startswith("/") else fragment)
    if not location:
        return Target(current, pointer)
    location = unquote(location)
    if "\0" in location:
        raise RefRefused("ref-invalid", f"{ref!r} contains a NUL byte")
    if location.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:[\\/]", location):
        raise RefRefused("ref-outside-root", f"absolute path {location!r} refused: use a path relative to the document")
    try:
        target = real(current.parent / location)
    except (OSError, ValueError) as exc:
        raise RefRefused("ref-invalid", f"{ref!r} is not a usable path: {exc}") from None
    if not target.is_relative_to(root):
        raise RefRefused("ref-outside-root", f"{location!r} points outside the spec root folder {root}")
    return Target(target, pointer)
