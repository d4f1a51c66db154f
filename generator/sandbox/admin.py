"""The sandbox's own endpoints under `/_sandbox`: consent page, clock, webhooks, deliveries, jobs, and `/`."""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from generator.sandbox import async_jobs, oauth
from generator.sandbox.clock import iso
from generator.sandbox.context import Services
from generator.sandbox.problems import PROBLEM_JSON, PROBLEM_TYPES
from generator.sandbox.specs import Api
from generator.sandbox.webhooks import WebhookRefused

_DURATION = re.compile(r"P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")
_ADMIN_BODY_LIMIT = 64 * 1024


def problem(status: int, title: str, detail: str, code: str = "E0400003") -> JSONResponse:
    kind = {404: "not-found", 405: "method-not-allowed"}.get(status, "invalid-parameter")
    body = {"type": PROBLEM_TYPES + kind, "title": title, "status": status, "detail": detail, "errorCode": code}
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON)


def build_admin(services: Services, apis: list[Api]) -> Starlette:
    scope_names: dict[str, str] = {}
    for api in apis:
        for scheme in ((api.document.get("components") or {}).get("securitySchemes") or {}).values():
            for flow in (scheme.get("flows") or {}).values() if isinstance(scheme, dict) else ():
                if isinstance(flow, dict) and isinstance(flow.get("scopes"), dict):
                    scope_names.update({str(k): str(v) for k, v in flow["scopes"].items()})

    async def index(request: Request) -> Response:
        base = str(request.base_url).rstrip("/")
        listing = [
            {
                "slug": api.slug,
                "title": (api.document.get("info") or {}).get("title"),
                "baseUrl": base + api.base_path,
            }
            for api in apis
        ]
        return JSONResponse({"sandbox": "mpgen sandbox", "apis": listing, "admin": base + "/_sandbox"})

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "now": iso(services.clock.now())})

    async def authorize_page(request: Request) -> Response:
        status, page = oauth.consent_page(services, request.query_params, scope_names)
        return HTMLResponse(page, status_code=status)

    async def authorize_decision(request: Request) -> Response:
        form = await request.form()
        fields = {k: v for k, v in form.items() if isinstance(v, str)}
        status, location, page = oauth.decide(services, fields)
        if location is not None:
            return RedirectResponse(location, status_code=status)
        return HTMLResponse(page, status_code=status)

    async def clock(request: Request) -> Response:
        if request.method == "POST":
            body = await _json(request)
            failure = _move_clock(services, body)
            if failure is not None:
                return failure
            oauth.notify_expired(services)
        return JSONResponse({"now": iso(services.clock.now()), "offsetSeconds": round(services.clock.offset, 3)})

    async def webhooks(request: Request) -> Response:
        if request.method == "POST":
            body = await _json(request)
            if not isinstance(body, dict) or not isinstance(body.get("url"), str):
                return problem(400, "リクエストパラメータが不正です", "url（文字列）を指定してください。", "E0400002")
            events = body.get("events")
            if events is not None and not (isinstance(events, list) and all(isinstance(e, str) for e in events)):
                return problem(400, "リクエストパラメータが不正です", "events はイベント名の配列で指定してください。")
            secret = body.get("secret")
            if secret is not None and not (isinstance(secret, str) and 16 <= len(secret) <= 200):
                return problem(
                    400, "リクエストパラメータが不正です", "secret は16〜200文字の文字列で指定してください。"
                )
            try:
                return JSONResponse(services.webhooks.register(body["url"], events, secret), status_code=201)
            except WebhookRefused as exc:
                return problem(400, "通知先URLを登録できません", str(exc))
        return JSONResponse({"webhooks": services.webhooks.hooks(), "events": sorted(services.webhooks.known_events)})

    async def webhook(request: Request) -> Response:
        if services.webhooks.remove(request.path_params["hook_id"]):
            return Response(status_code=204)
        return problem(404, "対象が見つかりません", "その通知先は登録されていません。", "E0404001")

    async def deliveries(request: Request) -> Response:
        return JSONResponse({"deliveries": services.webhooks.deliveries()})

    async def jobs(request: Request) -> Response:
        rows = services.store.all("SELECT process_id FROM jobs ORDER BY created_at, process_id")
        return JSONResponse({"jobs": [async_jobs.describe_job(services, r["process_id"]) for r in rows]})

    async def job(request: Request) -> Response:
        process_id = request.path_params["process_id"]
        if request.method == "POST":
            body = await _json(request)
            if not isinstance(body, dict):
                return problem(400, "リクエストパラメータが不正です", "JSON オブジェクトを指定してください。")
            outcome = body.get("outcome")
            wait = body.get("waitPolls")
            if outcome is not None and outcome not in async_jobs.OUTCOMES:
                return problem(
                    400,
                    "リクエストパラメータが不正です",
                    f"outcome は {', '.join(async_jobs.OUTCOMES)} のいずれかです。",
                )
            if wait is not None and (not isinstance(wait, int) or isinstance(wait, bool) or not 0 <= wait <= 1000):
                return problem(400, "リクエストパラメータが不正です", "waitPolls は 0〜1000 の整数です。")
            found = async_jobs.set_outcome(services, process_id, outcome, wait)
        else:
            found = async_jobs.describe_job(services, process_id)
        if found is None:
            return problem(404, "対象が見つかりません", f"処理ID {process_id} は存在しません。", "E0404002")
        return JSONResponse(found)

    async def not_found(request: Request, exc: Exception) -> Response:
        if isinstance(exc, HTTPException) and exc.status_code == 405:
            return problem(405, "メソッドが許可されていません", f"{request.method} は使えません。", "E0400001")
        return problem(
            404, "対象が見つかりません", f"パス {request.url.path} はサンドボックスにありません。", "E0404001"
        )

    async def bad_json(request: Request, exc: Exception) -> Response:
        return problem(400, "リクエストの形式が不正です", str(exc), "E0400001")

    routes = [
        Route("/", index),
        Route("/_sandbox", index),
        Route("/_sandbox/health", health),
        Route("/_sandbox/authorize", authorize_page, methods=["GET"]),
        Route("/_sandbox/authorize", authorize_decision, methods=["POST"]),
        Route("/_sandbox/clock", clock, methods=["GET", "POST"]),
        Route("/_sandbox/webhooks", webhooks, methods=["GET", "POST"]),
        Route("/_sandbox/webhooks/{hook_id}", webhook, methods=["DELETE"]),
        Route("/_sandbox/deliveries", deliveries),
        Route("/_sandbox/jobs", jobs),
        Route("/_sandbox/jobs/{process_id}", job, methods=["GET", "POST"]),
    ]
    return Starlette(routes=routes, exception_handlers={404: not_found, 405: not_found, _BadJson: bad_json})


class _BadJson(Exception):
    pass


async def _json(request: Request) -> Any:
    raw = await request.body()
    if len(raw) > _ADMIN_BODY_LIMIT:
        raise _BadJson("本文が大きすぎます。")
    try:
        return json.loads(raw or b"{}")
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise _BadJson(f"JSON として解析できません（{exc}）。") from None


def _move_clock(services: Services, body: Any) -> Response | None:
    """`{"advance": "P90D"}`, `{"advanceSeconds": 3600}`, `{"set": "2027-03-01T00:00:00+09:00"}`
    or `{"reset": true}`."""
    if not isinstance(body, dict):
        return problem(400, "リクエストパラメータが不正です", "JSON オブジェクトを指定してください。")
    if body.get("reset") is True:
        services.clock.reset()
    elif isinstance(body.get("advance"), str):
        m = _DURATION.fullmatch(body["advance"])
        if m is None or not any(m.groups()):
            return problem(
                400, "リクエストパラメータが不正です", "advance は ISO 8601 の期間（例 P90D、PT1H）で指定してください。"
            )
        days, hours, minutes, seconds = (int(g or 0) for g in m.groups())
        services.clock.advance(days * 86400 + hours * 3600 + minutes * 60 + seconds)
    elif isinstance(body.get("advanceSeconds"), (int, float)) and not isinstance(body["advanceSeconds"], bool):
        services.clock.advance(float(body["advanceSeconds"]))
    elif isinstance(body.get("set"), str):
        try:
            moment = datetime.fromisoformat(body["set"])
        except ValueError:
            return problem(400, "リクエストパラメータが不正です", "set は RFC 3339 の日時で指定してください。")
        if moment.tzinfo is None:
            return problem(400, "リクエストパラメータが不正です", "set にはタイムゾーンを含めてください。")
        services.clock.set(moment.timestamp())
    else:
        return problem(
            400,
            "リクエストパラメータが不正です",
            "advance、advanceSeconds、set、reset のいずれかを指定してください。",
            "E0400002",
        )
    return None
