"""paginate()/apaginate() for every list operation that uses the shared pagination schema (`page` in, one array
and `pagination.nextPage` out), over HTTP on 127.0.0.1: a server answers three pages built from the document's
own example; and the sandbox's consent list, paginated for real."""

from __future__ import annotations

import asyncio
import functools
import json
import re
import subprocess
import sys
import typing
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import pydantic
import pytest

from generator.sandbox.context import Settings
from tests.client_runtime.conftest import ROOT, api_class, committed_specs, operation
from tests.client_runtime.servers import Seen, json_reply, scripted
from tests.sandbox.conftest import CLIENT_ID, running
from tests.sandbox.flows import PERIODIC_SCOPE, approve

TOKEN = "/periodic-linkage/online-authorization-web/oauth/token"


@functools.cache
def bundles() -> dict[str, dict[str, Any]]:
    out = Path(subprocess.check_output(["mktemp", "-d"], text=True).strip())
    specs = sorted(str(p) for p in committed_specs(out / "src").glob("*.yaml") if p.name != "catalog.yaml")
    subprocess.run(
        [sys.executable, "-m", "generator", "bundle", *specs, "--out", str(out / "b")],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (out / "b").glob("*.json") if p.stem != "index"}


def resolve(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def example(doc: dict[str, Any], media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    first = next(iter((media.get("examples") or {}).values()), None)
    return resolve(doc, first).get("value") if first else None


def list_operations() -> list[Any]:
    """(slug, operationId, path, parameters, example answer) of each paginated list operation."""
    found = []
    for slug, doc in sorted(bundles().items()):
        for path, item in doc.get("paths", {}).items():
            op = item.get("get")
            if not op:
                continue
            params = [resolve(doc, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
            ok = resolve(doc, op["responses"].get("200", {}))
            media = (ok.get("content") or {}).get("application/json", {})
            schema = resolve(doc, media.get("schema"))
            if any(p["name"] == "page" for p in params) and "pagination" in (schema or {}).get("properties", {}):
                case = (slug, op["operationId"], path, params, example(doc, media))
                found.append(pytest.param(*case, id=f"{slug}:{op['operationId']}"))
    return found


def test_every_paginated_list_operation_is_found() -> None:
    assert len(list_operations()) == 22


@pytest.mark.parametrize(("slug", "op_id", "path", "params", "answer"), list_operations())
def test_paginate_walks_every_page(
    pkg: ModuleType, slug: str, op_id: str, path: str, params: list[dict[str, Any]], answer: Any
) -> None:
    array = next(k for k, v in answer.items() if isinstance(v, list))
    item = answer[array][0]
    sizes = {1: 2, 2: 2, 3: 1}
    pattern = re.compile("^/" + slug + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")

    def route(seen: Seen) -> Any:
        if not pattern.match(seen.path):
            return json_reply(404, {"title": "wrong path " + seen.path})
        page = int(seen.query.get("page", "1"))
        following = page + 1 if page < 3 else None
        body = {**answer, array: [item] * sizes[page]}
        body["pagination"] = {"totalCount": 5, "page": page, "perPage": 2, "nextPage": following}
        return json_reply(200, body)

    module = slug.replace("-", "_")
    with scripted(route=route) as server:
        cls = api_class(pkg, module, "".join(p.title() for p in slug.split("-")) + "Client")
        acls = api_class(pkg, module, "Async" + cls.__name__)
        with cls(f"{server.url}/{slug}") as client:
            method = operation(client, op_id)
            args, kwargs = _required(method, params)
            items = list(pkg.paginate(method, *args, per_page=2, **kwargs))
        assert len(items) == 5 and all(isinstance(i, pydantic.BaseModel) or i == item for i in items)
        assert [s.query.get("page") for s in server.seen] == ["1", "2", "3"]
        assert {s.query.get("perPage") for s in server.seen} == {"2"}

        async def main() -> list[Any]:
            async with acls(f"{server.url}/{slug}") as aclient:
                amethod = operation(aclient, op_id)
                return [i async for i in pkg.apaginate(amethod, *args, page=2, **kwargs)]

        assert len(asyncio.run(main())) == 3  # from page 2 on
        assert [s.query.get("page") for s in server.seen[3:]] == ["2", "3"]


def _required(method: Any, params: list[dict[str, Any]]) -> tuple[list[Any], dict[str, Any]]:
    """Values for the required parameters, from their documented examples, typed as the method wants them."""
    hints = typing.get_type_hints(method)
    names = list(hints)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in params:
        if not (param.get("required") or param["in"] == "path"):
            continue
        value = param.get("example", (param.get("schema") or {}).get("example"))
        snake = re.sub(r"(?<!^)(?=[A-Z])", "_", param["name"]).replace("-", "_").lower()
        name = next(n for n in names if n == snake)
        typed = pydantic.TypeAdapter(hints[name]).validate_python(value)
        if param["in"] == "path":
            args.append(typed)
        else:
            kwargs[name] = typed
    return args, kwargs


def test_paginate_refuses_what_is_not_a_page(pkg: ModuleType) -> None:
    body = {"consents": [], "pagination": {"totalCount": 9, "page": 3, "perPage": 1, "nextPage": 2}}
    with scripted(json_reply(200, body)) as server:
        cls = api_class(pkg, "periodic_linkage", "PeriodicLinkageClient")
        with cls(server.url) as client, pytest.raises(TypeError, match="does not follow"):
            list(pkg.paginate(operation(client, "periodicLinkageListConsents"), page=3))  # backwards: no loop
    with pytest.raises(TypeError, match="list operation"):
        list(pkg.paginate(lambda page: {"items": []}))


EXAMPLE_CONSENT = "CN7K2M9Q4X1P8R5T3W"  # specs/periodic-linkage.yaml's consentId example: a fresh sandbox has it


def test_the_sandbox_consent_list_page_by_page(pkg: ModuleType) -> None:
    with running(Settings(seed=5, tps=0)) as box, box.client() as http:
        created = set()
        for _ in range(5):
            consent = approve(http, PERIODIC_SCOPE)
            form = {"grant_type": "authorization_code", "code": consent.code, "client_id": CLIENT_ID}
            form |= {"redirect_uri": "https://phr.example.jp/mynaportal/callback", "code_verifier": consent.verifier}
            answer = http.post(TOKEN, data=form)
            assert answer.status_code == 200
            created.add(answer.json()["consent_id"])
        cls = api_class(pkg, "periodic_linkage", "PeriodicLinkageClient")
        with cls(box.url + "/periodic-linkage") as client:
            consents = list(pkg.paginate(operation(client, "periodicLinkageListConsents"), per_page=2))
        listed = [c.consent_id for c in consents]
        assert len(created) == 5 and sorted(listed) == sorted(created | {EXAMPLE_CONSENT}), listed
        assert urlsplit(box.url).hostname == "127.0.0.1"
