"""Code samples for an operation: a curl command and a call through the generated Python client."""

from __future__ import annotations

import json
import pprint
import re
import shlex
from typing import Any
from urllib.parse import quote, urlencode

from generator.apimodel.model import Api, Operation, Parameter, Server
from generator.documents.walk import resolve
from generator.portal.escape import FORM_MEDIA_TYPE, form_value
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


# Words that say which environment a server, or an enum value such as a telegram's `mode`, stands for: Japanese
# ones anywhere in the text, English ones as whole words (`prod` is not `product`). Test words are looked for
# first: "本番相当の検証環境" is a test environment.
_TEST_JA = ("検証", "接続試験", "試験", "テスト", "サンドボックス", "ローカル", "開発")
_PRODUCTION_JA = ("本番",)
_TEST_EN = frozenset(
    {"test", "testing", "verify", "verification", "staging", "stage", "sandbox", "local", "localhost", "dev"}
    | {"development", "demo", "trial", "stub", "mock"}
)
_PRODUCTION_EN = frozenset({"production", "prod", "live"})
_WORD = re.compile(r"[a-z]+")


def environment_of(text: str) -> str | None:
    """ "test" or "production" when the text (a server's description and URL, an enum value) names one, else None."""
    words = set(_WORD.findall(text.lower()))
    if any(word in text for word in _TEST_JA) or words & _TEST_EN:
        return "test"
    if any(word in text for word in _PRODUCTION_JA) or words & _PRODUCTION_EN:
        return "production"
    return None


def server_environment(server: Server) -> str | None:
    """The environment a server stands for, from its description first, then its URL."""
    return environment_of(server.description) or environment_of(server.url)


def _properties(document: dict[str, Any], schema: dict[str, Any], depth: int) -> dict[str, Any]:
    """Properties of an object schema, those of its allOf/oneOf/anyOf parts included (the first one wins)."""
    found: dict[str, Any] = {}
    props = schema.get("properties")
    if isinstance(props, dict):
        found.update(props)
    for combo in ("allOf", "oneOf", "anyOf"):
        for part in schema.get(combo) or [] if isinstance(schema.get(combo), list) else []:
            target = resolve(document, part)
            if isinstance(target, dict) and depth < 16:
                for name, sub in _properties(document, target, depth + 1).items():
                    found.setdefault(name, sub)
    return found


def agree_with_environment(document: dict[str, Any], schema: Any, value: Any, environment: str, depth: int = 0) -> Any:
    """The example with every enum value that names another environment (`"mode": "production"` sent to a test
    server) replaced by the field's value for this one; fields whose values name no environment are left alone."""
    target = resolve(document, schema)
    if not isinstance(target, dict) or depth > 32:
        return value
    enum = target.get("enum")
    if isinstance(value, str) and isinstance(enum, list):
        named = {v: environment_of(v) for v in enum if isinstance(v, str)}
        matching = [v for v, kind in named.items() if kind == environment]
        if matching and named.get(value, environment_of(value)) not in (None, environment):
            return matching[0]
        return value
    if isinstance(value, dict):
        props = _properties(document, target, 0)
        return {k: agree_with_environment(document, props.get(k), v, environment, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        items = target.get("items")
        return [agree_with_environment(document, items, v, environment, depth + 1) for v in value]
    return value


def request_example(api: Api, op: Operation) -> Any:
    """The body the samples send to the sample server: the first named example that agrees with that server's
    environment, else the first example with its environment-naming values made to agree."""
    body = op.request_body
    if body is None:
        return None
    values = [ex.value for ex in body.examples if ex.value is not None] or [body.example]
    environment = server_environment(api.servers[server_index(api)]) if api.servers and not op.is_webhook else None
    if environment is None:
        return values[0]
    agreed = [agree_with_environment(api.document, body.schema, v, environment) for v in values]
    for value, adjusted in zip(values, agreed, strict=True):
        if value == adjusted:
            return value
    return agreed[0]


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
    lines += _curl_body(op, request_example(api, op))
    return " \\\n  ".join(lines) + "\n"


def _curl_body(op: Operation, example: Any) -> list[str]:
    body = op.request_body
    if body is None:
        return []
    media = body.media_type
    if "json" in media:
        payload = json.dumps(example if example is not None else {}, ensure_ascii=False, indent=2)
        return ["-H " + shlex.quote(f"Content-Type: {media}"), "--data-raw " + shlex.quote(payload)]
    if media.split(";")[0].strip().lower() == FORM_MEDIA_TYPE and isinstance(example, dict):
        return [
            "--data-urlencode " + shlex.quote(f"{k}={form_value(one)}")
            for k, v in example.items()
            for one in (v if isinstance(v, list) else [v])
        ]
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
    example = request_example(api, op)
    body_model = _body_model(api, op, example)
    needs_models = body_model is not None
    modelled = [p for p in op.parameters if p.required and p.py_type and _MODEL_TYPE.fullmatch(p.py_type)]
    needs_models = needs_models or bool(modelled)
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
            raw = _value(p)
            value = _literal(raw, 8)
            if p in modelled:  # a class the client names: an enum built from its value, a model validated
                value = f"{p.py_type}.model_validate({value})" if isinstance(raw, dict) else f"{p.py_type}({value})"
            args.append(f"{p.py_name}={value}")
    if body is not None:
        if body_model is not None:
            args.append(f"body={body_model}.model_validate({_literal(example if example is not None else {}, 8)})")
        elif body.py_type is not None:
            args.append(f"body={_literal(example, 8)}")
        else:
            args.append('body=open("request.bin", "rb").read()')
    call = f"client.{api.attr_name}.{op.py_name}"
    # the client's method returns None when no success answer has a body (as its codegen types it)
    returns = any(r.status[:1] == "3" or (r.is_success and r.py_type) for r in op.responses)
    assign = "result = " if returns else ""
    if args:
        lines.append(f"    {assign}{call}(")
        lines += [f"        {arg}," for arg in args]
        lines.append("    )")
    else:
        lines.append(f"    {assign}{call}()")
    if assign:
        lines.append("    print(result)")
    return "\n".join(lines) + "\n"


def _body_model(api: Api, op: Operation, example: Any) -> str | None:
    """The model class the sample builds its body with: the body's class, or for a union of classes (oneOf:
    a token request by grant) the alternative whose required and fixed-value fields the example has."""
    body = op.request_body
    if body is None or body.py_type is None:
        return None
    parts = body.py_type.split(" | ")
    if not all(_MODEL_TYPE.fullmatch(part) for part in parts):
        return None
    schema = resolve(api.document, body.schema)
    alternatives = (schema.get("oneOf") or schema.get("anyOf")) if isinstance(schema, dict) else None
    if len(parts) > 1 and isinstance(alternatives, list) and len(alternatives) == len(parts):
        for part, alternative in zip(parts, alternatives, strict=True):
            if _fits(api.document, alternative, example):
                return part
    return parts[0]


def _fits(document: dict[str, Any], schema: Any, value: Any) -> bool:
    target = resolve(document, schema)
    if not isinstance(target, dict) or not isinstance(value, dict):
        return False
    if any(name not in value for name in target.get("required") or []):
        return False
    for name, prop in (target.get("properties") or {}).items():
        prop = resolve(document, prop)
        if not isinstance(prop, dict) or name not in value:
            continue
        enum = prop.get("enum")
        fixed = [prop["const"]] if "const" in prop else enum if isinstance(enum, list) and len(enum) == 1 else None
        if fixed is not None and value[name] != fixed[0]:
            return False
    return True


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
