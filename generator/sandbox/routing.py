"""From a request path to an operation: each API under its base path, templates matched
longest-literal-first so `/notices/read-status` wins over `/notices/{noticeId}`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.sandbox.operations import Operation

_TEMPLATE_PART = re.compile(r"\{([^{}/]+)\}")


@dataclass(frozen=True)
class Match:
    operation: Operation
    path_params: dict[str, str]


@dataclass(frozen=True)
class _Template:
    regex: re.Pattern[str]
    names: tuple[str, ...]
    by_method: dict[str, Operation]


class _ApiRoutes:
    def __init__(self, operations: list[Operation]) -> None:
        exact: dict[str, dict[str, Operation]] = {}
        templated: dict[str, dict[str, Operation]] = {}
        for op in operations:
            target = templated if _TEMPLATE_PART.search(op.path) else exact
            target.setdefault(op.path, {})[op.method] = op
        self.exact = exact
        ordered = sorted(templated, key=lambda p: (-len(_TEMPLATE_PART.sub("", p)), p.count("{"), p))
        self.templates = [self._compile(path, templated[path]) for path in ordered]

    @staticmethod
    def _compile(path: str, by_method: dict[str, Operation]) -> _Template:
        names: list[str] = []
        pattern = ""
        last = 0
        for m in _TEMPLATE_PART.finditer(path):
            pattern += re.escape(path[last : m.start()]) + "([^/]+)"
            names.append(m.group(1))
            last = m.end()
        pattern += re.escape(path[last:])
        return _Template(re.compile(pattern), tuple(names), by_method)

    def find(self, path: str) -> tuple[dict[str, Operation], dict[str, str]] | None:
        ops = self.exact.get(path)
        if ops is not None:
            return ops, {}
        for template in self.templates:
            m = template.regex.fullmatch(path)
            if m is not None:
                return template.by_method, dict(zip(template.names, m.groups(), strict=True))
        return None


class Router:
    def __init__(self, operations: list[Operation]) -> None:
        by_base: dict[str, list[Operation]] = {}
        for op in operations:
            by_base.setdefault(op.api.base_path, []).append(op)
        # longest base first, so "/a/b" is tried before "/a"
        self._apis = sorted(((base, _ApiRoutes(ops)) for base, ops in by_base.items()), key=lambda x: -len(x[0]))
        self._by_first_segment: dict[str, list[tuple[str, _ApiRoutes]]] = {}
        for base, routes in self._apis:
            first = base.split("/", 2)[1] if base.count("/") >= 1 else ""
            self._by_first_segment.setdefault(first, []).append((base, routes))

    def resolve(self, method: str, path: str) -> Match | list[str] | None:
        """The operation, or the allowed methods when only the method is wrong, or None."""
        first = path.split("/", 2)[1] if path.startswith("/") and len(path) > 1 else ""
        for base, routes in self._by_first_segment.get(first, []):
            if path == base:
                sub = "/"
            elif path.startswith(base + "/"):
                sub = path[len(base) :]
            else:
                continue
            found = routes.find(sub)
            if found is None:
                continue
            by_method, params = found
            op = by_method.get(method)
            if op is None:
                return sorted(by_method)
            return Match(op, params)
        return None
