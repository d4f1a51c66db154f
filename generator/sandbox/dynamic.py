"""Data made from a schema: with `examples=True` the schema's own examples first (what the sandbox
answers when a response has no example), otherwise varied values; both deterministic for one seed."""

from __future__ import annotations

import hashlib
import random
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

from generator.sandbox.regex_sample import regex_sample
from generator.sandbox.schemas import Schemas

JST = timezone(timedelta(hours=9))
_BASE_TIME = datetime(2026, 11, 26, 10, 30, 15, tzinfo=JST)
_WORDS = ["サンプル", "テスト", "例示", "千代田", "九段", "あおば", "さくら", "データ"]
_MAX_DEPTH = 14
_ATTEMPTS = 12


def seed_for(seed: int, *parts: str | bytes) -> int:
    digest = hashlib.sha256(str(seed).encode())
    for part in parts:
        digest.update(b"\x00")
        digest.update(part if isinstance(part, bytes) else part.encode("utf-8", "surrogatepass"))
    return int.from_bytes(digest.digest()[:8], "big")


class _Missing(Exception):
    """No value can be made here (depth exhausted, contradictory schema)."""


def generate(schemas: Schemas, schema: Any, seed: int, examples: bool) -> tuple[bool, Any]:
    """A value valid against the schema, or (False, None) when a few attempts do not give one."""
    for attempt in range(_ATTEMPTS):
        rng = random.Random(seed + attempt)
        maker = _Maker(schemas, rng, examples and attempt < _ATTEMPTS // 2)
        try:
            value = maker.value(schema, 0)
        except (_Missing, RecursionError):
            continue
        if schemas.is_valid(schema, value):
            return True, value
    return False, None


class _Maker:
    def __init__(self, schemas: Schemas, rng: random.Random, examples: bool) -> None:
        self.schemas = schemas
        self.rng = rng
        self.examples = examples

    def value(self, raw: Any, depth: int) -> Any:
        if depth > _MAX_DEPTH:
            raise _Missing
        schema = self.schemas.resolve(raw)
        if schema is True or schema == {}:
            return self.text({})
        if not isinstance(schema, dict):
            raise _Missing
        if self.examples:
            if "example" in schema:
                return schema["example"]
            if isinstance(schema.get("examples"), list) and schema["examples"]:
                return schema["examples"][0]
            if "default" in schema:
                return schema["default"]
        if "const" in schema:
            return schema["const"]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            options = [v for v in schema["enum"] if v is not None] or schema["enum"]
            return options[0] if self.examples else self.rng.choice(options)
        if isinstance(schema.get("allOf"), list):
            return self.value(self.merged(schema), depth + 1)
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and schema[key]:
                return self.choice(schema, key, depth)
        kind = schema.get("type")
        if isinstance(kind, list):
            real = [k for k in kind if k != "null"]
            kind = real[0] if real else "null"
        if kind is None:
            kind = "object" if "properties" in schema else "array" if "items" in schema else "string"
        return self.typed(str(kind), schema, depth)

    def merged(self, schema: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for sub in schema["allOf"]:
            part = self.schemas.resolve(sub)
            if isinstance(part, dict) and "allOf" in part:
                part = self.merged(part)
            if not isinstance(part, dict):
                continue
            for key, value in part.items():
                if key == "properties":
                    merged = dict(out.get("properties", {}))
                    for name, sub in value.items():  # a property named twice must satisfy both schemas
                        merged[name] = {"allOf": [merged[name], sub]} if name in merged else sub
                    out["properties"] = merged
                elif key == "required":
                    out["required"] = sorted({*out.get("required", []), *value})
                elif key not in out or key in ("type",):
                    out[key] = value
        return out

    def choice(self, schema: dict[str, Any], key: str, depth: int) -> Any:
        branches = [b for b in schema[key] if self.schemas.resolve(b) != {"type": "null"}] or schema[key]
        picked = branches[0] if self.examples else self.rng.choice(branches)
        base = {k: v for k, v in schema.items() if k not in (key, "discriminator")}
        value = self.value(picked, depth + 1)
        if base.get("properties") and isinstance(value, dict):
            value = {**self.value(base, depth + 1), **value}
        return value

    def typed(self, kind: str, schema: dict[str, Any], depth: int) -> Any:
        match kind:
            case "object":
                return self.obj(schema, depth)
            case "array":
                return self.array(schema, depth)
            case "string":
                return self.text(schema)
            case "integer":
                return self.integer(schema)
            case "number":
                return self.number(schema)
            case "boolean":
                return True if self.examples else self.rng.random() < 0.5
            case "null":
                return None
        raise _Missing

    def obj(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        required = set(schema.get("required") or [])
        out: dict[str, Any] = {}
        for name, sub in (schema.get("properties") or {}).items():
            if name in required or ((self.examples or self.rng.random() < 0.7) and depth < _MAX_DEPTH - 4):
                out[name] = self.value(sub, depth + 1)
        for name in required - set(out):
            out[name] = self.text({})
        return out

    def array(self, schema: dict[str, Any], depth: int) -> list[Any]:
        low = int(schema.get("minItems", 0))
        high = int(schema.get("maxItems", low + 3))
        if self.examples:
            count = min(max(low, 1), high)
        else:
            count = self.rng.randint(min(max(low, 1), high), min(high, max(low, 1) + 2))
        items = schema.get("items", {})
        out: list[Any] = []
        for _ in range(count * 4):
            if len(out) >= count:
                break
            item = self.value(items, depth + 1)
            if schema.get("uniqueItems") and item in out:
                continue
            out.append(item)
        if len(out) < low:
            raise _Missing
        return out

    def text(self, schema: dict[str, Any]) -> str:
        low = int(schema.get("minLength", 0))
        high = schema.get("maxLength")
        fmt = schema.get("format")
        r = self.rng
        if isinstance(schema.get("pattern"), str):
            sample = regex_sample(schema["pattern"], r, low, high)
            if sample is None:
                raise _Missing
            return sample
        if fmt == "date-time":
            moment = _BASE_TIME + timedelta(seconds=r.randrange(0, 86400 * 60))
            return moment.isoformat()
        if fmt == "date":
            return (_BASE_TIME + timedelta(days=r.randrange(0, 365))).date().isoformat()
        if fmt == "uuid":
            return str(uuid.UUID(int=r.getrandbits(128), version=4))
        if fmt in ("uri", "url", "iri"):
            return f"https://sandbox.example.jp/{r.randrange(10**6):06d}"
        if fmt in ("uri-reference", "iri-reference"):
            return f"/sandbox/{r.randrange(10**6):06d}"
        if fmt in ("email", "idn-email"):
            return f"user{r.randrange(10**4):04d}@example.jp"
        if schema.get("contentMediaType") == "application/json":
            return "{}"
        word = _WORDS[0] if self.examples else r.choice(_WORDS)
        text = f"{word}{r.randrange(10**4):04d}"
        if high is not None and len(text) > int(high):
            text = text[: int(high)]
        while len(text) < low:
            text += str(r.randrange(10))
        return text

    def integer(self, schema: dict[str, Any]) -> int:
        low, high = self.bounds(schema, 1)
        step = schema.get("multipleOf")
        value = low if self.examples else self.rng.randint(int(low), int(high))
        value = int(max(low, min(high, value)))
        if isinstance(step, int) and step > 0:
            value = -(-value // step) * step
        return value

    def number(self, schema: dict[str, Any]) -> float:
        low, high = self.bounds(schema, 0.5)
        if self.examples:
            return float(low)
        return round(self.rng.uniform(low, high), 2)

    def bounds(self, schema: dict[str, Any], nudge: float) -> tuple[float, float]:
        low = schema.get("minimum")
        high = schema.get("maximum")
        if isinstance(schema.get("exclusiveMinimum"), (int, float)) and not isinstance(
            schema["exclusiveMinimum"], bool
        ):
            low = schema["exclusiveMinimum"] + nudge
        if isinstance(schema.get("exclusiveMaximum"), (int, float)) and not isinstance(
            schema["exclusiveMaximum"], bool
        ):
            high = schema["exclusiveMaximum"] - nudge
        if low is None:
            low = 0 if high is None or high >= 0 else high - 100
        if high is None:
            high = low + 100
        return low, max(low, high)
