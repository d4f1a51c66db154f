"""Facts the API page shows that are derived from the model rather than read off it directly."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from generator.apimodel.model import Api, Operation, Response, SecurityRequirement, SecurityScheme

KIND_LABELS = {
    "oauth2": "OAuth 2.0",
    "openIdConnect": "OpenID Connect",
    "mutualTLS": "相互TLS（クライアント証明書）",
    "apiKey": "APIキー",
    "http": "HTTP認証",
}
HEALTH_SLUGS = frozenset({"medical-insurance", "pmh", "periodic-linkage"})


@dataclass(frozen=True)
class Scope:
    name: str
    description: str


@dataclass(frozen=True)
class Row:
    """A label/value pair for small definition tables (rate limits, security)."""

    label: str
    value: str


def scheme_map(api: Api) -> dict[str, SecurityScheme]:
    return {s.name: s for s in api.security_schemes}


def kind_label(scheme: SecurityScheme | None, requirement: SecurityRequirement) -> str:
    kind = scheme.kind if scheme else requirement.kind
    if kind == "http" and scheme is not None:
        return f"HTTP {scheme.details.get('scheme', '')}".strip()
    return KIND_LABELS.get(kind, kind)


def scope_descriptions(scheme: SecurityScheme | None) -> dict[str, str]:
    """Scope name → description over every flow of an oauth2 scheme."""
    if scheme is None:
        return {}
    out: dict[str, str] = {}
    flows = scheme.details.get("flows")
    for flow in (flows or {}).values() if isinstance(flows, dict) else ():
        scopes = flow.get("scopes") if isinstance(flow, dict) else None
        for name, text in (scopes or {}).items() if isinstance(scopes, dict) else ():
            out.setdefault(str(name), str(text))
    return out


def api_scopes(api: Api) -> list[Scope]:
    """The scopes this API's operations ask for, in first-use order, with their descriptions (the data items)."""
    schemes = scheme_map(api)
    seen: dict[str, Scope] = {}
    for op in api.operations:
        for alternative in op.security:
            for req in alternative:
                described = scope_descriptions(schemes.get(req.scheme))
                for scope in req.scopes:
                    seen.setdefault(scope, Scope(scope, described.get(scope, "")))
    return list(seen.values())


def security_rows(api: Api, op: Operation) -> list[Row]:
    """One row per alternative: the schemes that must all be satisfied, with scopes."""
    schemes = scheme_map(api)
    rows = []
    for alternative in op.security:
        if not alternative:
            rows.append(Row("認証不要", "この代替では認証情報を送らずに呼び出せます。"))
            continue
        parts = []
        for req in alternative:
            scheme = schemes.get(req.scheme)
            text = f"{req.scheme}（{kind_label(scheme, req)}）"
            if req.scopes:
                text += " スコープ: " + "、".join(req.scopes)
            parts.append(text)
        rows.append(Row(" かつ ".join(parts), _scheme_summary(schemes, alternative)))
    return rows


def _scheme_summary(schemes: dict[str, SecurityScheme], alternative: Iterable[SecurityRequirement]) -> str:
    lines = []
    for req in alternative:
        scheme = schemes.get(req.scheme)
        if scheme and scheme.description:
            first_paragraph = scheme.description.strip().split("\n\n")[0]
            lines.append(short(join_lines(first_paragraph), 90))
    return " / ".join(lines)


def auth_paths(api: Api) -> frozenset[str]:
    """Paths of the OAuth endpoints (authorize, token, refresh) named by the API's security schemes."""
    paths = set()
    for scheme in api.security_schemes:
        flows = scheme.details.get("flows")
        for flow in (flows or {}).values() if isinstance(flows, dict) else ():
            for key in ("authorizationUrl", "tokenUrl", "refreshUrl"):
                url = flow.get(key) if isinstance(flow, dict) else None
                if isinstance(url, str):
                    paths.add(urlsplit(url).path)
    return frozenset(p for p in paths if p)


def problem_code(response: Response) -> str:
    """The errorCode (or title) of a problem+json example, for the errors table."""
    example = response.example
    if isinstance(example, dict):
        for key in ("errorCode", "code", "error", "title"):
            if isinstance(example.get(key), str | int):
                return str(example[key])
    return ""


def rate_limit_rows(api: Api, op: Operation) -> list[Row]:
    """Declared limits (x-rate-limit… extensions on the operation or info) and the 429 response, if any."""
    rows: list[Row] = []
    info = api.document.get("info") if isinstance(api.document.get("info"), dict) else {}
    sources: list[tuple[str, Any]] = [(k, v) for k, v in op.extensions.items() if _is_rate_key(k)]
    if not sources:
        sources = [(k, v) for k, v in (info or {}).items() if _is_rate_key(k)]
    for key, value in sources:
        rows.append(Row(key, value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)))
    for response in op.responses:
        if response.status == "429":
            headers = "、".join(h.name for h in response.headers if h.name.lower() != "x-request-id")
            text = response.description.strip()
            if headers:
                text += f"（応答ヘッダ: {headers}）"
            rows.append(Row("429 Too Many Requests", text))
    return rows


def _is_rate_key(key: str) -> bool:
    lowered = key.lower()
    return lowered.startswith("x-") and ("rate" in lowered or "throttl" in lowered or "tps" in lowered)


def illustrative_items(api: Api) -> list[str]:
    """Everything the document marks as illustrative (x-illustrative), in plain words."""
    items = list(api.illustrative_notes)
    for server in api.servers:
        if server.illustrative:
            items.append(
                f"接続先 {server.url}（{server.description}）" if server.description else f"接続先 {server.url}"
            )
    for scheme in api.security_schemes:
        if scheme.details.get("x-illustrative") is True:
            label = KIND_LABELS.get(scheme.kind, scheme.kind)
            items.append(f"セキュリティスキーム {scheme.name}（{label}）のホスト名・スコープ名・有効期限等")
    ops = [op for op in api.operations if op.illustrative]
    if ops:
        items.append("オペレーション " + "、".join(op.operation_id for op in ops) + " の電文形式・コード値・上限値")
    return items


def webhook_position(api: Api, data_ops: list[Operation]) -> int:
    """Where callbacks sit in the flow: after the first data request that is not a read, else at the end."""
    if len(data_ops) < 2:
        return len(data_ops)
    for i, op in enumerate(data_ops[:-1]):
        if op.method in ("post", "put"):
            return i + 1
    return len(data_ops)


def join_lines(text: str) -> str:
    """Lines of a wrapped paragraph as one: Japanese joins without a space, other text with one."""
    out = ""
    for line in (part.strip() for part in text.splitlines()):
        if out and line and (out[-1].isascii() or line[0].isascii()):
            out += " "
        out += line
    return out


def short(text: str, limit: int = 40) -> str:
    """First line, cut at a sentence end or the limit: labels in diagrams and tables."""
    line = text.strip().split("\n")[0]
    for stop in ("。", ". "):
        if stop in line:
            line = line.split(stop)[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"


def is_health(slug: str) -> bool:
    return slug in HEALTH_SLUGS


def success_label(op: Operation) -> str:
    response = op.success
    if response is None:
        return "応答"
    return f"{response.status} {short(response.description, 24)}".strip()
