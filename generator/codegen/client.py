"""Rendering the client package from the intermediate model with jinja2 templates."""

from __future__ import annotations

import ast
import functools
import json
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import jinja2

from generator.apimodel.model import Api, Operation, Parameter

RUNTIME = Path(__file__).parent / "runtime"
TEMPLATES = Path(__file__).parent / "templates"


def _pyrepr(value: Any) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return repr(value)


_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")


def _doc(text: Any) -> str:
    """Spec text made inert: safe inside a triple-quoted docstring, and inert as Markdown/HTML when
    mkdocstrings renders the docstring on the portal (no tags, no links)."""
    out = str(text).replace("\\", "\\\\").replace('"', '\\"')
    out = _TAG_START.sub("&lt;", out).replace("](", "]\\\\(")
    return out.strip()


_TOKEN = re.compile(r"[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+")


def _width(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _wrap(text: Any, indent: int, hang: int = 0, width: int = 118) -> str:
    """Wrap docstring text to the line length by display width (Japanese characters count double).

    hang indents continuation lines further, as Google-style `Args:` entries need.
    """
    room = max(width - indent - hang, 40)
    out: list[str] = []
    for paragraph in str(text).splitlines():
        line, used = "", 0
        for token in _TOKEN.findall(paragraph):
            size = _width(token)
            if line and used + _width(token.rstrip()) > room:
                out.append(line.rstrip())
                line = token.lstrip()
                used = _width(line)
            else:
                line += token
                used += size
        out.append(line.rstrip())
    if hang:
        out = out[:1] + [" " * hang + line if line else line for line in out[1:]]
    return ("\n" + " " * indent).join(out)


def _oneline(text: Any) -> str:
    return " ".join(str(text).split())


def _comment(text: Any) -> str:
    return str(text).replace("\n", " ")[:60]


def _server_url(url: str) -> str:
    return re.sub(r"{[^{}]*}", "", url) if "{" in url else url


def _wire_value(param: Parameter) -> str:
    return {"json": f"json_text({param.py_name})", "csv": f"comma_joined({param.py_name})"}.get(
        param.wire, param.py_name
    )


def _success(op: Operation) -> list[tuple[str, str]]:
    out = []
    for response in op.responses:
        if response.status[:1] in ("2", "3"):
            if response.status.startswith("3"):
                kind = "str"
            else:
                kind = response.py_type or "None"
            out.append((response.status.upper(), kind))
    return out


def _success_map(op: Operation) -> str:
    pairs = _success(op)
    if not pairs:
        return "None"
    return "{" + ", ".join(f"{_pyrepr(status)}: {kind}" for status, kind in pairs) + "}"


def _return_type(op: Operation) -> str:
    kinds = list(dict.fromkeys(kind for _s, kind in _success(op)))
    if not kinds:
        return "None"
    if "Any" in kinds:
        return "Any"
    if "None" in kinds and len(kinds) > 1:
        kinds = [k for k in kinds if k != "None"] + ["None"]
    return " | ".join(kinds)


def _return_doc(op: Operation) -> str:
    parts = [f"{r.status}: {_oneline(r.description)}" for r in op.responses if r.status[:1] in ("2", "3")]
    return "; ".join(parts) or "なし"


def _error_statuses(op: Operation) -> str:
    return ", ".join(r.status for r in op.errors) or "なし"


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
        # Compiling the templates is a third of an incremental run; jinja keeps the compiled code
        # in a per-user temporary folder, keyed by each template's checksum.
        bytecode_cache=jinja2.FileSystemBytecodeCache(),
    )
    env.filters.update(
        pyrepr=_pyrepr,
        doc=_doc,
        oneline=_oneline,
        wrap=_wrap,
        wire_value=_wire_value,
        comment=_comment,
        server_url=_server_url,
        success_map=_success_map,
        return_type=_return_type,
        return_doc=_return_doc,
        error_statuses=_error_statuses,
    )
    return env


class UnsafeOutput(Exception):
    """Rendered code does not have the shape its template gives it: spec text escaped its string."""


_MODULE_LEVEL = (ast.Import, ast.ImportFrom, ast.Assign, ast.AnnAssign, ast.FunctionDef, ast.ClassDef)
_CLASS_LEVEL = (ast.FunctionDef, ast.AsyncFunctionDef)
# The only calls the templates make as statements.
_TEMPLATE_CALLS = frozenset(
    {"self._send", "super().__init__", "self.close", "self.aclose", "self._http.close", "self._http.aclose"}
)


def _is_docstring(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)


def check_shape(code: str, where: str) -> None:
    """Defence in depth: nothing but imports, assignments, functions and classes at module level,
    nothing but methods in classes, and no bare expression statement in a method except the
    request call. Escaping already keeps spec text inside strings; this proves it for every file."""
    try:
        tree = ast.parse(code)
    except SyntaxError as exc:
        raise UnsafeOutput(f"{where}: generated code does not parse (line {exc.lineno}): {exc.msg}") from None
    for i, node in enumerate(tree.body):
        if not (isinstance(node, _MODULE_LEVEL) or (i == 0 and _is_docstring(node))):
            raise UnsafeOutput(f"{where}:{node.lineno}: unexpected statement at module level")
        if isinstance(node, ast.ClassDef):
            for j, member in enumerate(node.body):
                if not (isinstance(member, _CLASS_LEVEL) or (j == 0 and _is_docstring(member))):
                    raise UnsafeOutput(f"{where}:{member.lineno}: unexpected statement in class {node.name}")
                for stmt in getattr(member, "body", []):
                    if isinstance(stmt, ast.Expr) and not _is_docstring(stmt):  # attribute docstrings too
                        call = stmt.value.value if isinstance(stmt.value, ast.Await) else stmt.value
                        target = ast.unparse(call.func) if isinstance(call, ast.Call) else ""
                        if target not in _TEMPLATE_CALLS:
                            raise UnsafeOutput(
                                f"{where}:{stmt.lineno}: unexpected expression in {getattr(member, 'name', '?')}"
                            )


def render_api(api: Api) -> dict[str, str]:
    """Files of one API sub-package (models.py comes from the model generator)."""
    env = environment()
    files = {
        f"{api.module}/__init__.py": env.get_template("api__init__.py.jinja").render(api=api),
        f"{api.module}/client.py": env.get_template("client.py.jinja").render(api=api),
    }
    for name, code in files.items():
        check_shape(code, name)
    return files


class FacadeEntry(Protocol):
    """What the package template needs of each API (an Api, or its cached summary)."""

    @property
    def slug(self) -> str: ...
    @property
    def module(self) -> str: ...
    @property
    def class_name(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def attr_name(self) -> str: ...


def render_package(apis: Sequence[FacadeEntry], package: str, facade: str, title: str) -> dict[str, str]:
    """Package-level files: runtime modules, py.typed and the facade."""
    env = environment()
    files = {name.name: name.read_text(encoding="utf-8") for name in sorted(RUNTIME.glob("_*.py"))}
    files["py.typed"] = ""
    files["__init__.py"] = env.get_template("__init__.py.jinja").render(
        apis=apis, package=package, facade=facade, title=title
    )
    check_shape(files["__init__.py"], "__init__.py")
    return files


def render_pyproject(package: str, version: str) -> str:
    return environment().get_template("pyproject.toml.jinja").render(package=package, version=version)
