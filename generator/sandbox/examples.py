"""Picking what a response carries: the spec's named or first example, else data made from the schema;
small valid files for binary media types that come without an example."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from typing import Any

from generator.sandbox.dynamic import generate
from generator.sandbox.schemas import Schemas

NOT_FOUND = object()


def example_names(schemas: Schemas, holder: dict[str, Any]) -> list[str]:
    examples = holder.get("examples")
    return [str(k) for k in examples] if isinstance(examples, dict) else []


def pick_example(schemas: Schemas, holder: dict[str, Any], name: str | None) -> Any:
    """The named example of a media type or header object, or its first one; NOT_FOUND when absent."""
    examples = holder.get("examples")
    if isinstance(examples, dict) and examples:
        if name is not None:
            if name not in examples:
                return NOT_FOUND
            chosen = schemas.resolve(examples[name])
        elif "example" in holder:
            return holder["example"]
        else:
            chosen = schemas.resolve(next(iter(examples.values())))
        return chosen.get("value", NOT_FOUND) if isinstance(chosen, dict) else NOT_FOUND
    if name is not None:
        return NOT_FOUND
    return holder.get("example", NOT_FOUND)


def schema_value(schemas: Schemas, schema: Any, seed: int, dynamic: bool) -> Any:
    """Data made from the schema (its own examples first unless dynamic); NOT_FOUND when none validates."""
    if schema is None:
        return NOT_FOUND
    ok, value = generate(schemas, schema, seed, examples=not dynamic)
    return value if ok else NOT_FOUND


def binary_sample(media: str) -> bytes:
    """A small file of the media type, for responses that declare only a binary schema."""
    if media == "application/pdf":
        return b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    if media == "image/png":
        return _png()
    if media == "image/jpeg":
        return bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9")
    if media == "application/zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("sandbox.txt", "ローカルサンドボックスの例示ファイルです。\n")
        return buffer.getvalue()
    if media.endswith("xml"):
        return '<?xml version="1.0" encoding="UTF-8"?>\n<sandbox>例示</sandbox>\n'.encode()
    if media == "text/csv":
        return "項目,値\nサンプル,1\n".encode()
    if media.startswith("text/"):
        return "ローカルサンドボックスの例示テキストです。\n".encode()
    if media == "application/pkcs7-signature":
        return bytes.fromhex("3003020100")  # a DER SEQUENCE { INTEGER 0 }: structurally DER, not a real signature
    return b"sandbox"


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)  # 1x1, 8-bit RGB
    pixels = zlib.compress(b"\x00\x00\x66\xcc")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
