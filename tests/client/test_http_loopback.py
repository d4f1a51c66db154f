"""The generated clients against a real HTTP server on 127.0.0.1 that answers with the documents' own examples.

The server knows every path operation of every bundled document (build/specs/<slug>.json), mounted under
/<slug>. It answers each request with the example of the operation's first 2xx response (or its 3xx with a
Location) and records what it received, so each test checks both directions: what the client serialised
(path, query, headers, body) and what it made of the documented response.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import json
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import ModuleType, SimpleNamespace
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pydantic
import pytest

# Known generator/runtime bugs, reported to the lead; each marks exactly the cases it breaks (strict: a fix
# turns them into XPASS failures, so the mark must then be removed).


# --------------------------------------------------------------------------- the loopback server


@dataclass
class Recorded:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes
    route: tuple[str, str] | None = None
    path_params: dict[str, str] = field(default_factory=dict)


@dataclass
class Route:
    slug: str
    op_id: str
    method: str
    pattern: re.Pattern[str]
    names: list[str]
    status: int
    headers: list[tuple[str, str]]
    payload: bytes


def _pattern(slug: str, template: str) -> tuple[re.Pattern[str], list[str]]:
    names: list[str] = []
    regex, pos = "^/" + re.escape(slug), 0
    for match in re.finditer(r"{([^{}]+)}", template):
        regex += re.escape(template[pos : match.start()]) + f"(?P<p{len(names)}>[^/]+)"
        names.append(match.group(1))
        pos = match.end()
    return re.compile(regex + re.escape(template[pos:]) + "$"), names


def _location(spec: SimpleNamespace, case: Any, response: dict[str, Any]) -> str:
    header = spec.resolve(case.document, (response.get("headers") or {}).get("Location"))
    if isinstance(header, dict):
        example = spec.parameter_example(case.document, header)
        if isinstance(example, str):
            return example
    return f"https://rp.example.jp/callback?code=loopback&state={case.op_id}"


def _payload(spec: SimpleNamespace, case: Any) -> tuple[int, list[tuple[str, str]], bytes]:
    """What the server answers for one operation: its first success response, with the document's example."""
    status, response = case.success()
    headers: list[tuple[str, str]] = []
    if 300 <= status < 400:
        headers.append(("Location", _location(spec, case, response)))
    media_type, media = spec.pick_media(response.get("content") or {})
    if media_type is None or status == 204:
        return status, headers, b""
    example = spec.media_example(case.document, media)
    if spec.is_json(media_type):
        payload = b"" if example is spec.MISSING else json.dumps(example, ensure_ascii=False).encode()
    elif isinstance(example, str):
        payload = example.encode()
    else:  # binary content without an example
        payload = b"\x00\x01loopback " + case.op_id.encode() + b"\xff"
    headers.append(("Content-Type", media_type))
    return status, headers, payload


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the async facade test opens one connection per API at once


class Loopback:
    """http.server in a thread on a free port; every bundled path operation under /<slug>."""

    def __init__(self, routes: list[Route]) -> None:
        self.routes = sorted(routes, key=lambda r: len(r.names))  # literal segments win over templates
        self.recorded: list[Recorded] = []
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                record = Recorded(
                    self.command, parts.path, parts.query, {k.lower(): v for k, v in self.headers.items()}, body
                )
                status, headers, payload = owner.answer(record)
                with owner._lock:
                    owner.recorded.append(record)
                self.send_response(status)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = _Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def base(self, slug: str) -> str:
        return f"{self.url}/{slug}"

    def answer(self, record: Recorded) -> tuple[int, list[tuple[str, str]], bytes]:
        for route in self.routes:
            match = route.pattern.match(record.path)
            if match and route.method == record.method:
                record.route = (route.slug, route.op_id)
                record.path_params = {name: match.group(f"p{i}") for i, name in enumerate(route.names)}
                return route.status, route.headers, route.payload
        problem = {"title": "no such operation on the loopback server", "status": 404}
        return 404, [("Content-Type", "application/problem+json")], json.dumps(problem).encode()

    def take(self) -> list[Recorded]:
        with self._lock:
            taken, self.recorded = self.recorded, []
        return taken

    def only(self) -> Recorded:
        taken = self.take()
        assert len(taken) == 1, f"expected exactly one request, the server saw {[(r.method, r.path) for r in taken]}"
        return taken[0]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@pytest.fixture(scope="session")
def loopback(spec: SimpleNamespace) -> Iterator[Loopback]:
    routes = []
    for slug in spec.catalog_slugs():
        for case in spec.operations(slug):
            pattern, names = _pattern(slug, case.path)
            routes.append(Route(slug, case.op_id, case.method.upper(), pattern, names, *_payload(spec, case)))
    server = Loopback(routes)
    yield server
    server.close()


@pytest.fixture
def server(loopback: Loopback) -> Loopback:
    loopback.take()
    return loopback


# --------------------------------------------------------------------------- which cases meet which known bug


def _schema_mentions(document: dict[str, Any], schema: Any, key: str, value: Any) -> bool:
    seen: set[int] = set()

    def visit(node: Any) -> bool:
        node = _resolve_local(document, node)
        if not isinstance(node, dict) or id(node) in seen:
            return False
        seen.add(id(node))
        if node.get(key) == value:
            return True
        children = [*(node.get("properties") or {}).values(), node.get("items"), node.get("additionalProperties")]
        for combo in ("allOf", "anyOf", "oneOf"):
            children += node.get(combo) or []
        return any(visit(child) for child in children)

    return visit(schema)


def operation_marks(fixture: str, case: Any) -> list[Any]:
    """Called by tests/client/conftest.py while parametrising: the known-bug marks of one case (none left)."""
    return []


def _resolve_local(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _unaffected(case: Any) -> bool:
    """Not hit by a known bug: the per-API tests below should fail only for new reasons."""
    return not operation_marks("path_operation", case)


# --------------------------------------------------------------------------- expectations


def _text(value: Any) -> str:
    """How a primitive travels in a query, header or form field."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _expected_query(call: Any) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, (example, param) in call.query.items():
        if isinstance(example, list):
            style = param.get("style", "form")
            if param.get("explode", style == "form"):
                out[name] = [_text(v) for v in example]
            else:
                separator = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}[style]
                out[name] = [separator.join(_text(v) for v in example)]
        else:
            assert not isinstance(example, dict), f"{call.case.id}: object query parameter {name!r} is not covered"
            out[name] = [_text(example)]
    return {k: v for k, v in out.items() if v}


def _expected_form(example: dict[str, Any]) -> dict[str, list[str]]:
    """application/x-www-form-urlencoded with the default `form, explode: true`: arrays as repeated keys."""
    out: dict[str, list[str]] = {}
    for key, value in example.items():
        if value is None:
            continue
        values = value if isinstance(value, list) else [value]
        out[key] = [json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else _text(v) for v in values]
    return out


def check_request(spec: SimpleNamespace, call: Any, record: Recorded, *, body: bool = True) -> None:
    case = call.case
    assert record.route == (case.slug, case.op_id), f"{record.method} {record.path} reached {record.route}"
    assert record.method == case.method.upper()
    for name, example in call.path_values.items():
        assert unquote(record.path_params[name]) == _text(example), f"path parameter {name}"
    assert parse_qs(record.query, keep_blank_values=True) == _expected_query(call), record.query
    for name, example in call.headers.items():
        assert record.headers.get(name.lower()) == _text(example), f"header {name}"
    if not body:
        return
    media_type = call.body_media
    content_type = record.headers.get("content-type", "")
    if media_type is None:
        assert record.body == b"", "no body was documented, none may be sent"
    elif spec.is_json(media_type):
        assert content_type.split(";")[0].strip() == media_type
        assert json.loads(record.body) == call.body_example
    elif media_type == "application/x-www-form-urlencoded":
        assert content_type.split(";")[0].strip() == media_type
        assert parse_qs(record.body.decode(), keep_blank_values=True) == _expected_form(call.body_example)
    elif media_type.startswith("multipart/"):
        pass  # test_multipart_request_body
    else:
        assert content_type.split(";")[0].strip() == media_type
        assert record.body == call.kwargs["body"]


def check_result(spec: SimpleNamespace, call: Any, result: Any) -> None:
    case, response = call.case, call.response
    media_type, media = spec.pick_media(response.get("content") or {})
    if 300 <= call.status < 400:
        assert result == _location(spec, case, response), "a redirect returns its Location"
        return
    if media_type is None or call.status == 204:
        assert result is None
        return
    example = spec.media_example(case.document, media)
    if not spec.is_json(media_type):
        assert isinstance(result, bytes)
        assert result == _payload(spec, case)[2]
        return
    assert example is not spec.MISSING, f"{case.id}: {call.status} {media_type} has no example"
    expected = pydantic.TypeAdapter(call.return_type).validate_python(example)
    assert type(result) is type(expected), f"returned {type(result).__name__}, documented {call.return_type}"
    items = result if isinstance(result, list) else [result]
    assert all(isinstance(item, pydantic.BaseModel) for item in items), f"not a pydantic model: {type(result)}"
    dumped = [item.model_dump(mode="json", by_alias=True, exclude_unset=True) for item in items]
    assert (dumped if isinstance(result, list) else dumped[0]) == example
    assert result == expected


# --------------------------------------------------------------------------- every operation, sync


def test_operation_over_http(
    path_operation: Any, server: Loopback, prepare_call: Callable[..., Any], spec: SimpleNamespace
) -> None:
    """Each documented path operation: arguments from its examples, answer from its example."""
    path_operation.require_document()
    call = prepare_call(path_operation)
    with call.sync_class(server.base(path_operation.slug)) as client:
        result = call.invoke(client)
    check_request(spec, call, server.only())
    check_result(spec, call, result)


def test_multipart_request_body(
    multipart_operation: Any, server: Loopback, prepare_call: Callable[..., Any], spec: SimpleNamespace
) -> None:
    """multipart/form-data bodies arrive as multipart: one part per property (array items repeated), JSON parts
    as application/json (or the encoding's contentType), binary parts with their bytes."""
    case = multipart_operation
    case.require_document()
    call = prepare_call(case)
    with call.sync_class(server.base(case.slug)) as client:
        call.invoke(client)
    record = server.only()
    check_request(spec, call, record, body=False)
    content_type = record.headers.get("content-type", "")
    assert content_type.startswith("multipart/form-data; boundary="), f"sent as {content_type!r}"
    message = email.message_from_bytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + record.body, policy=email.policy.HTTP
    )
    parts: dict[str, list[Any]] = {}
    for part in message.iter_parts():  # type: ignore[attr-defined]
        name = part.get_param("name", header="content-disposition")
        parts.setdefault(name, []).append(part)
    example: dict[str, Any] = call.body_example
    assert set(parts) == {k for k, v in example.items() if v is not None}
    encoding = call.body_media_object.get("encoding") or {}
    for key, value in example.items():
        declared = (encoding.get(key) or {}).get("contentType")
        if isinstance(value, dict) or (isinstance(value, list) and value and isinstance(value[0], dict)):
            (part,) = parts[key]
            assert part.get_content_type() == (declared or "application/json")
            assert json.loads(part.get_payload(decode=True)) == value
        elif isinstance(value, list):
            assert [p.get_payload(decode=True) for p in parts[key]] == [_text(v).encode() for v in value]
        elif value is not None:
            (part,) = parts[key]
            assert part.get_payload(decode=True) == _text(value).encode()
            if declared and "," not in declared:
                assert part.get_content_type() == declared


# --------------------------------------------------------------------------- webhooks


def test_webhook_payload_parses(webhook_operation: Any, client_package: ModuleType, spec: SimpleNamespace) -> None:
    """Each webhook with a JSON body has a static `parse_<name>` that returns the documented model."""
    case = webhook_operation
    case.require_document()
    media_type, media, _body = case.request_body()
    if not spec.is_json(media_type):
        pytest.skip(f"{case.id}: {media_type} webhook body")
    example = spec.media_example(case.document, media)
    sync_class, async_class = spec.client_classes(client_package, case.slug)
    name = "parse_" + spec.method_name(case.document, case.slug, case.op_id)
    assert getattr(async_class, name) is not None
    parsed = getattr(sync_class, name)(json.dumps(example, ensure_ascii=False))
    assert isinstance(parsed, pydantic.BaseModel)
    assert parsed.model_dump(mode="json", by_alias=True, exclude_unset=True) == example
    assert getattr(sync_class, name)(json.dumps(example).encode()) == parsed  # bytes too
    with pytest.raises(pydantic.ValidationError):
        getattr(sync_class, name)(b"[]")


# --------------------------------------------------------------------------- every API: async client and facades


def test_async_client(
    catalog_slug: str, server: Loopback, representative_call: Callable[..., Any], spec: SimpleNamespace
) -> None:
    """The async twin of each API's client, on its representative operation."""
    call = representative_call(catalog_slug, _unaffected)

    async def main() -> Any:
        async with call.async_class(server.base(catalog_slug)) as client:
            return await call.invoke(client)

    result = asyncio.run(main())
    check_request(spec, call, server.only(), body=not (call.body_media or "").startswith("multipart/"))
    check_result(spec, call, result)


def test_facade_reaches_every_api(
    server: Loopback, client_package: ModuleType, representative_call: Callable[..., Any], spec: SimpleNamespace
) -> None:
    """MynaPortalClient exposes each catalogue API under snake_case(slug), over one client, with shared auth."""
    slugs = spec.catalog_slugs()
    calls = {slug: representative_call(slug, _unaffected) for slug in slugs}
    facade = client_package.MynaPortalClient(
        base_urls={slug: server.base(slug) for slug in slugs},
        auth=client_package.BearerTokenAuth(lambda: "facade-token"),
        headers={"X-Loopback": "facade"},
    )
    with facade:
        for slug, call in calls.items():
            api = getattr(facade, spec.snake(slug))
            assert isinstance(api, call.sync_class)
            result = call.invoke(api)
            record = server.only()
            check_request(spec, call, record, body=not (call.body_media or "").startswith("multipart/"))
            check_result(spec, call, result)
            expected = "Bearer facade-token" if call.case.wants_token() else None  # each operation's own security
            assert record.headers.get("authorization") == expected
            assert record.headers.get("x-loopback") == "facade"


def test_async_facade_runs_apis_concurrently(
    server: Loopback, client_package: ModuleType, representative_call: Callable[..., Any], spec: SimpleNamespace
) -> None:
    """AsyncMynaPortalClient: every API at once over the shared AsyncClient, with an async token provider."""
    slugs = spec.catalog_slugs()
    calls = {slug: representative_call(slug, _unaffected) for slug in slugs}

    async def token() -> str:
        await asyncio.sleep(0)
        return "async-facade-token"

    async def main() -> dict[str, Any]:
        facade = client_package.AsyncMynaPortalClient(
            base_urls={slug: server.base(slug) for slug in slugs}, auth=client_package.BearerTokenAuth(token)
        )
        async with facade:
            apis = {slug: getattr(facade, spec.snake(slug)) for slug in slugs}
            for slug, api in apis.items():
                assert isinstance(api, calls[slug].async_class)
            results = await asyncio.gather(*(calls[slug].invoke(apis[slug]) for slug in slugs))
        return dict(zip(slugs, results, strict=True))

    results = asyncio.run(main())
    records = {r.route[0]: r for r in server.take() if r.route}
    assert sorted(records) == sorted(slugs)
    for slug, call in calls.items():
        check_request(spec, call, records[slug], body=not (call.body_media or "").startswith("multipart/"))
        check_result(spec, call, results[slug])
        expected = "Bearer async-facade-token" if call.case.wants_token() else None
        assert records[slug].headers.get("authorization") == expected
