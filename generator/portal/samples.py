"""Code samples for an operation: a curl command and a call through the generated Python client."""

from __future__ import annotations

import json
import pprint
import re
import shlex
from typing import Any
from urllib.parse import quote, urlencode

from generator.apimodel.model import Api, Operation, Parameter
from generator.portal.site import SiteConfig

_MODEL_TYPE = re.compile(r"models\.[A-Za-z_][A-Za-z0-9_]*")
_PATH_PARAM = re.compile(r"\{([^{}]+)\}")  # no `{` inside: a path of many `{` is not rescanned from each
CALLBACK_URL = "https://service.example.jp/mynaportal/callback"


def server_index(api: Api) -> int:
    """The server samples talk to: the first absolute https one (verification hosts), else the first."""
    for i, server in enumerate(api.servers):
        if server.url.startswith("https://"):
            return i
    return 0


def base_url(api: Api) -> str:
    if not api.servers:
        return "https://api.example.jp"
    return api.servers[server_index(api)].url.rstrip("/")


def _kinds(api: Api, op: Operation) -> set[str]:
    declared = {s.name: s.kind for s in api.security_schemes}
    alternative = op.security[0] if op.security else ()
    return {declared.get(req.scheme, req.kind) for req in alternative}


def _value(param: Parameter) -> Any:
    if param.example is not None:
        return param.example
    default = param.schema.get("default") if isinstance(param.schema, dict) else None
    if default is not None:
        return default
    return f"{{{param.name}}}"


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def curl(api: Api, op: Operation) -> str:
    """A runnable curl command (shell-quoted), with the documented example as the body."""
    if op.is_webhook:
        return _curl_webhook(op)
    path = _PATH_PARAM.sub(
        lambda m: next(
            (quote(_text(_value(p)), safe="") for p in op.parameters if p.location == "path" and p.name == m.group(1)),
            m.group(),
        ),
        op.path,
    )
    query = [(p.name, _text(_value(p))) for p in op.parameters if p.location == "query" and p.required]
    url = base_url(api) + path + ("?" + urlencode(query) if query else "")
    lines = [f"curl -X {op.method.upper()} {shlex.quote(url)}"]
    kinds = _kinds(api, op)
    if "mutualTLS" in kinds:
        lines.append("--cert client.crt --key client.key")
    if kinds & {"oauth2", "openIdConnect", "http"}:
        lines.append('-H "Authorization: Bearer $ACCESS_TOKEN"')
    for p in op.parameters:
        if p.location == "header" and p.required:
            lines.append("-H " + shlex.quote(f"{p.name}: {_text(_value(p))}"))
    lines += _curl_body(op)
    return " \\\n  ".join(lines) + "\n"


def _curl_body(op: Operation) -> list[str]:
    body = op.request_body
    if body is None:
        return []
    example = body.example
    media = body.media_type
    if "json" in media:
        payload = json.dumps(example if example is not None else {}, ensure_ascii=False, indent=2)
        return ["-H " + shlex.quote(f"Content-Type: {media}"), "--data-raw " + shlex.quote(payload)]
    if media == "application/x-www-form-urlencoded" and isinstance(example, dict):
        return ["--data-urlencode " + shlex.quote(f"{k}={_text(v)}") for k, v in example.items()]
    if media.startswith("multipart/") and isinstance(example, dict):
        return ["-F " + shlex.quote(f"{k}={_text(v)}") for k, v in example.items()]
    return ["-H " + shlex.quote(f"Content-Type: {media}"), "--data-binary @request.bin"]


def _curl_webhook(op: Operation) -> str:
    """What マイナポータル sends to the service: handy to exercise one's own endpoint locally."""
    lines = [f"curl -X {op.method.upper()} {shlex.quote(CALLBACK_URL)}"]
    body = op.request_body
    if body is not None:
        payload = json.dumps(body.example if body.example is not None else {}, ensure_ascii=False, indent=2)
        lines += ["-H " + shlex.quote(f"Content-Type: {body.media_type}"), "--data-raw " + shlex.quote(payload)]
    return "# 通知先URLは例示です。自分の受信エンドポイントの動作確認に使えます。\n" + " \\\n  ".join(lines) + "\n"


def _literal(value: Any, indent: int) -> str:
    text = pprint.pformat(value, width=100 - indent, sort_dicts=False)
    return text.replace("\n", "\n" + " " * indent)


def python(api: Api, op: Operation, site: SiteConfig) -> str:
    """The same call through the generated client (facade attribute → method), with the example body."""
    package = site.client_package
    if op.is_webhook:
        return _python_webhook(api, op, package)
    kinds = _kinds(api, op)
    body = op.request_body
    needs_models = body is not None and body.py_type is not None and bool(_MODEL_TYPE.fullmatch(body.py_type))
    names = sorted(
        {site.client_facade}
        | ({"mtls_context"} if "mutualTLS" in kinds else set())
        | ({"BearerTokenAuth"} if kinds & {"oauth2", "openIdConnect", "http"} else set())
    )
    lines = [f"from {package} import {', '.join(names)}"]
    if needs_models:
        lines.append(f"from {package}.{api.module} import models")
    lines.append("")
    options = []
    index = server_index(api)
    if index:
        options.append(f"server={index}")
    if "mutualTLS" in kinds:
        options.append('verify=mtls_context("client.crt", "client.key")')
    if kinds & {"oauth2", "openIdConnect", "http"}:
        options.append("auth=BearerTokenAuth(lambda: access_token)")
    lines.append(f"with {site.client_facade}({', '.join(options)}) as client:")
    args = []
    for p in op.parameters:
        if p.required:
            args.append(f"{p.py_name}={_literal(_value(p), 8)}")
    if body is not None:
        if needs_models and body.py_type is not None:
            args.append(
                f"body={body.py_type}.model_validate({_literal(body.example if body.example is not None else {}, 8)})"
            )
        elif body.py_type is not None:
            args.append(f"body={_literal(body.example, 8)}")
        else:
            args.append('body=open("request.bin", "rb").read()')
    call = f"client.{api.attr_name}.{op.py_name}"
    if args:
        lines.append(f"    result = {call}(")
        lines += [f"        {arg}," for arg in args]
        lines.append("    )")
    else:
        lines.append(f"    result = {call}()")
    lines.append("    print(result)")
    return "\n".join(lines) + "\n"


def _python_webhook(api: Api, op: Operation, package: str) -> str:
    body = op.request_body
    if body is None or body.py_type is None:
        return f"# Webhook {op.path}: 受信した本文をそのまま処理します（本文のスキーマは定義されていません）。\n"
    return (
        f"from {package} import {api.class_name}\n\n"
        "# 通知先URLで受け取った本文（bytes または str）を検証してモデルにします。\n"
        f"notification = {api.class_name}.parse_{op.py_name}(request_body)\n"
        "print(notification)\n"
    )
