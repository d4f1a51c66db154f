"""The authorization flow of an API as a mermaid sequence diagram, derived from its security schemes and operations.

The operations follow the order a service calls them in, not the order the spec lists them (flow_order): a spec's
`x-flow-step` numbers first, else this module's FLOW_ORDER table, else a generic order that keeps the spec's but moves
what ends a relationship (revoke, withdraw, delete, logout) to the end.

The source lands in a ```mermaid fence; generator.portal.diagrams renders it into inline SVG at build time, so it
may only use the statements that renderer supports. Labels are whole phrases: the renderer wraps long ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.apimodel.model import Api, Operation
from generator.portal.escape import mermaid_text as m
from generator.portal.views import auth_paths, webhook_position

MAX_STEPS = 12  # beyond this the diagram stops helping; the reference lists every operation

# The typical order of each API's operations (operationIds; webhooks where they arrive). Operations left out are
# alternatives or housekeeping (list, withdraw), counted in a closing note. Token and authorize endpoints are drawn
# by the browser part of the diagram and need no entry.
FLOW_ORDER: dict[str, tuple[str, ...]] = {
    "sso": ("ssoGetOpenidConfiguration", "ssoGetJwks", "ssoGetUserInfo", "ssoEndSession"),
    "private-delivery-connect": (
        "privateDeliveryConnectCreateMailboxLink",
        "privateDeliveryConnectGetMailboxLink",
        "privateDeliveryConnectCreateDelivery",
        "privateDeliveryConnectNotifyDeliveryStatus",
        "privateDeliveryConnectGetDelivery",
        "privateDeliveryConnectForwardNotice",
        "privateDeliveryConnectDeleteMailboxLink",
        "privateDeliveryConnectNotifyLinkRevoked",
    ),
    "self-info": ("selfInfoRequest", "selfInfoGetResult"),
    "notices": (
        "noticesListNotices",
        "noticesGetNotice",
        "noticesDownloadAttachment",
        "noticesUpdateReadStatus",
    ),
    "private-delivery-info": (
        "deliveryInfoListMailboxes",
        "deliveryInfoListDocuments",
        "deliveryInfoGetDocument",
        "deliveryInfoDownloadDocument",
        "deliveryInfoDownloadArchive",
    ),
    "medical-insurance": (
        "medicalInsuranceCreateRequest",
        "medicalInsuranceNotifyResultReady",
        "medicalInsuranceGetRequestStatus",
        "medicalInsuranceListMedications",
        "medicalInsuranceListSpecificHealthCheckups",
        "medicalInsuranceListMedicalExpenseNotices",
        "medicalInsuranceListClinicalRecords",
        "medicalInsuranceGetQualification",
        "medicalInsuranceDeleteRequest",
    ),
    "pmh": (
        "pmhGetStatus",
        "pmhListSubsidyCertificates",
        "pmhListImmunizations",
        "pmhGetQuestionnairePrefill",
        "pmhCreateImmunizationQuestionnaire",
        "pmhQuestionnaireStatusChanged",
        "pmhGetImmunizationQuestionnaire",
    ),
    "periodic-linkage": (
        "periodicLinkageListConsents",
        "periodicLinkageGetConsent",
        "periodicLinkageDataUpdatedNotification",
        "periodicLinkageGetUpdates",
        "periodicLinkageRevokeToken",
        "periodicLinkageConsentRevokedNotification",
    ),
    "corporate-registration": (
        "corpRegListProcedureKinds",
        "corpRegSubmitApplication",
        "corpRegApplicationStatusChanged",
        "corpRegGetApplication",
        "corpRegListOfficialDocuments",
        "corpRegDownloadOfficialDocument",
    ),
    "social-insurance-tax": (
        "socialTaxListProcedures",
        "socialTaxSubmitFiling",
        "socialTaxFilingStatusChanged",
        "socialTaxGetFiling",
        "socialTaxListCorrectionRequests",
        "socialTaxRespondToCorrection",
        "socialTaxListOfficialDocuments",
        "socialTaxDownloadOfficialDocument",
    ),
    "e-application": (
        "eApplicationSearchProcedures",
        "eApplicationGetProcedure",
        "eApplicationSubmitApplication",
        "eApplicationGetApplicationStatus",
        "eApplicationSubmitCorrection",
    ),
    "e-application-receipt": (
        "eAppReceiptLogin",
        "eAppReceiptListApplications",
        "eAppReceiptGetApplication",
        "eAppReceiptDownloadAttachment",
        "eAppReceiptUpdateProcessingStatus",
        "eAppReceiptLogout",
    ),
    "insurance-card-registration": (
        "insuranceCardRegistrationStatusGet",
        "insuranceCardConsentTermsGet",
        "insuranceCardRegister",
        "insuranceCardRegistrationGet",
    ),
    "user-registration": (
        "userRegistrationStatusGet",
        "userRegistrationTermsGet",
        "userRegistrationSessionCreate",
        "userRegistrationStart",
        "userRegistrationSessionGet",
    ),
    "attribute-linkage": (
        "attributeLinkageTargetList",
        "attributeLinkageCreate",
        "attributeLinkageStart",
        "attributeLinkageStatusChangedNotify",
        "attributeLinkageGet",
        "attributeLinkageDelete",
    ),
    "residence-procedures": (
        "residenceListStatuses",
        "residenceSubmitApplication",
        "residenceReviewStatusChangedWebhook",
        "residenceGetReviewStatus",
        "residenceSubmitAdditionalDocuments",
        "residenceGetResultNotice",
    ),
}

# What ends a relationship or a session: such operations (and notifications of them) come last in a flow.
_TERMINAL = re.compile(r"revok|withdraw|cancel|delet|unlink|logout|end-?session|失効|取り下げ|解除|破棄", re.I)


@dataclass(frozen=True)
class Flow:
    """The operations a diagram shows, in flow order, and how many it leaves to the reference."""

    steps: tuple[Operation, ...]
    left_out: int


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


def is_terminal(op: Operation) -> bool:
    """The operation ends something (a consent, a link, an application, a session)."""
    return op.method == "delete" or bool(_TERMINAL.search(f"{op.operation_id} {op.path} {op.summary}"))


def _step(op: Operation) -> float | None:
    value = op.extensions.get("x-flow-step")
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def special_paths(api: Api) -> frozenset[str]:
    """Paths the browser part of the diagram draws: the OAuth endpoints of the security schemes, and for
    OpenID Connect (whose endpoints the discovery document names) an `…/authorize` GET and a `…/token` POST."""
    found = set(auth_paths(api))
    for op in api.path_operations:
        if (op.method, op.path.rsplit("/", 1)[-1]) in (("get", "authorize"), ("post", "token")):
            found.add(op.path)
    return frozenset(found)


def flow_order(api: Api) -> Flow:
    """The data operations and webhooks of the API in the order a service meets them (see the module docstring)."""
    special = special_paths(api)
    candidates = [op for op in api.operations if op.is_webhook or op.path not in special]
    stepped = [op for op in candidates if _step(op) is not None]
    listed = FLOW_ORDER.get(api.slug)
    if stepped:
        steps = sorted(stepped, key=lambda op: _step(op) or 0.0)
    elif listed is not None:
        by_id = {op.operation_id: op for op in candidates}
        steps = [by_id[op_id] for op_id in listed if op_id in by_id]
    else:
        steps = _generic_order(api, candidates)
    return Flow(tuple(steps[:MAX_STEPS]), len(candidates) - min(len(steps), MAX_STEPS))


def _generic_order(api: Api, candidates: list[Operation]) -> list[Operation]:
    """The spec's order, with webhooks after the first request that is not a read and what ends things last."""
    ops = [op for op in candidates if not op.is_webhook]
    hooks = [op for op in candidates if op.is_webhook]
    going = [op for op in ops if not is_terminal(op)]
    position = webhook_position(api, going)
    ending = [op for op in ops if is_terminal(op)]
    return (
        going[:position]
        + [op for op in hooks if not is_terminal(op)]
        + going[position:]
        + ending
        + [op for op in hooks if is_terminal(op)]
    )


def label(text: str) -> str:
    """A diagram label from a summary or description: its first sentence without parenthetical remarks, whole.

    A sentence end inside parentheses does not end the sentence; nothing is cut with "…" (the renderer wraps).
    """
    line = text.strip().split("\n")[0].strip()
    depth = 0
    kept: list[str] = []
    for ch in line:
        if ch in "（(":
            depth += 1
        elif ch in "）)" and depth:
            depth -= 1
        elif depth:
            continue
        elif ch == "。":
            break
        else:
            kept.append(ch)
    text = "".join(kept).split(". ")[0].strip(" 、,:：") or line
    return text.replace("`", "").replace("**", "")  # markdown marks would show as such in the SVG


def _reply(op: Operation) -> str:
    response = op.success or next((r for r in op.responses if r.status.startswith("3")), None)
    if response is None:
        return "応答"
    return f"{response.status} {label(response.description)}".strip()


def _navigates(op: Operation) -> bool:
    """A browser navigation: a GET answered only by a redirect (no 2xx response)."""
    return (
        op.method == "get"
        and op.success is None
        and any(r.status.startswith("3") for r in op.responses)
        and not op.is_webhook
    )


def _polls(op: Operation) -> bool:
    """The service calls the operation repeatedly until a result is ready (its summary says it polls)."""
    return bool(re.search(r"ポーリング|\bpoll", f"{op.summary} {op.summary_en}", re.I))


def sequence_diagram(api: Api) -> str:
    """Mermaid source: who talks to whom, in what order, for a typical use of this API."""
    kinds = _kinds(api)
    oauth = bool(kinds & {"oauth2", "openIdConnect"})
    flow = flow_order(api)
    browser = oauth or any(_navigates(op) for op in flow.steps)
    lines = ["sequenceDiagram", "  autonumber"]
    if browser:
        lines.append("  actor U as 利用者（ブラウザ）")
    lines += ["  participant S as 事業者サービス", "  participant M as マイナポータル"]

    special = special_paths(api)
    auth_ops = [op for op in api.path_operations if op.path in special]
    token_ops = [op for op in auth_ops if op.method == "post"]

    if oauth:
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
    if "http" in kinds and not oauth:
        lines.append("  Note over S,M: ログインで得たトークンを Authorization ヘッダで送る")

    refresh = oauth and _has_refresh(api, token_ops)
    for op in flow.steps:
        if refresh and is_terminal(op):
            lines += _refresh_loop()
            refresh = False
        if op.is_webhook:
            lines += [f"  M->>S: {m(label(op.summary) or op.path)}（Webhook）", "  S-->>M: 受領応答"]
        elif _navigates(op):
            lines += [
                "  S-->>U: リダイレクト",
                f"  U->>M: GET {m(op.path)}",
                f"  M-->>U: {m(_reply(op))}",
                "  U->>S: 事業者の画面へ戻る",
            ]
        elif _polls(op):
            lines += [
                "  loop 処理が確定するまで",
                f"    S->>M: {op.method.upper()} {m(op.path)}",
                f"    M-->>S: {m(_reply(op))}",
                "  end",
            ]
        else:
            lines += [f"  S->>M: {op.method.upper()} {m(op.path)}", f"  M-->>S: {m(_reply(op))}"]
    if refresh:
        lines += _refresh_loop()
    if flow.left_out:
        lines.append(f"  Note over S,M: ほか {flow.left_out} 件のオペレーションはリファレンスを参照")
    return "\n".join(lines) + "\n"


def _refresh_loop() -> list[str]:
    return [
        "  loop 有効期間内",
        "    S->>M: リフレッシュトークンで更新（単回使用）",
        "    M-->>S: 新しいアクセストークン・リフレッシュトークン",
        "  end",
    ]
