"""The authorization flow of an API as a mermaid sequence diagram, derived from its security schemes and operations.

The source lands in a ```mermaid fence; generator.portal.diagrams renders it into inline SVG at build time, so it
may only use the statements that renderer supports.
"""

from __future__ import annotations

from generator.apimodel.model import Api, Operation
from generator.portal.escape import mermaid_text as m
from generator.portal.views import auth_paths, short, success_label, webhook_position

MAX_STEPS = 8  # beyond this the diagram stops helping; the reference lists every operation


def _kinds(api: Api) -> set[str]:
    used = {req.kind for op in api.operations for alt in op.security for req in alt}
    declared = {s.name: s.kind for s in api.security_schemes}
    used |= {declared.get(req.scheme, req.kind) for op in api.operations for alt in op.security for req in alt}
    return used


def _has_refresh(api: Api, token_ops: list[Operation]) -> bool:
    for op in token_ops:
        body = op.request_body
        if body and any("refresh_token" in f.constraints or f.path == "refresh_token" for f in body.fields):
            return True
    return any(
        scope.startswith("periodic")
        for op in api.operations
        for alt in op.security
        for req in alt
        for scope in req.scopes
    )


def sequence_diagram(api: Api) -> str:
    """Mermaid source: who talks to whom, in what order, for a typical use of this API."""
    kinds = _kinds(api)
    browser = bool(kinds & {"oauth2", "openIdConnect"})
    lines = ["sequenceDiagram", "  autonumber"]
    if browser:
        lines.append("  actor U as 利用者（ブラウザ）")
    lines += ["  participant S as 事業者サービス", "  participant M as マイナポータル"]

    special = auth_paths(api)
    auth_ops = [op for op in api.path_operations if op.path in special]
    token_ops = [op for op in auth_ops if op.method == "post"]
    data_ops = [op for op in api.path_operations if op.path not in special]

    if browser:
        authorize = next((op.path for op in auth_ops if op.method == "get"), "認可エンドポイント")
        lines += [
            "  U->>S: サービスで連携を開始",
            "  S-->>U: 認可エンドポイントへリダイレクト",
            f"  U->>M: GET {m(authorize)}",
            "  Note over U,M: マイナンバーカードまたはスマホ用電子証明書で認証し、同意",
            "  M-->>U: redirect_uri へ戻る（code, state）",
            "  U->>S: 認可コードを渡す",
        ]
        token_path = token_ops[0].path if token_ops else "トークンエンドポイント"
        issued = "IDトークン・アクセストークン" if "openIdConnect" in kinds else "アクセストークン"
        if _has_refresh(api, token_ops):
            issued += "・リフレッシュトークン"
        if "mutualTLS" in kinds:
            lines.append("  Note over S,M: 相互TLS（クライアント証明書）")
        lines += [f"  S->>M: POST {m(token_path)}（認可コード）", f"  M-->>S: {issued}"]
    elif "mutualTLS" in kinds:
        lines.append("  Note over S,M: 相互TLS（クライアント証明書）")
    if "http" in kinds and not browser:
        lines.append("  Note over S,M: ログインで得たトークンを Authorization ヘッダで送る")

    shown = data_ops[:MAX_STEPS]
    position = webhook_position(api, shown)
    steps: list[str] = []
    for op in shown:
        steps += [f"  S->>M: {op.method.upper()} {m(op.path)}", f"  M-->>S: {m(success_label(op))}"]
    hooks: list[str] = []
    for op in api.webhooks:
        hooks += [f"  M->>S: {m(short(op.summary, 24))}（Webhook）", "  S-->>M: 受領応答"]
    # Steps are pairs of lines, so the webhook position in operations maps to twice that in lines.
    lines += steps[: 2 * position] + hooks + steps[2 * position :]
    if len(data_ops) > MAX_STEPS:
        lines.append(f"  Note over S,M: ほか {len(data_ops) - MAX_STEPS} 件のオペレーションはリファレンスを参照")
    if browser and _has_refresh(api, token_ops):
        lines += [
            "  loop 有効期間内",
            "    S->>M: リフレッシュトークンで更新（単回使用）",
            "    M-->>S: 新しいアクセストークン・リフレッシュトークン",
            "  end",
        ]
    return "\n".join(lines) + "\n"
