"""Rendering the client package from the intermediate model with jinja2 templates."""

from __future__ import annotations

import ast
import functools
import io
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, AnyStr, Protocol

import jinja2

from generator.apimodel.model import Api, Operation, Parameter
from generator.codegen import segments

RUNTIME = Path(__file__).parent / "runtime"
TEMPLATES = Path(__file__).parent / "templates"


def _pyrepr(value: Any) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return repr(value)


# Markdown in a docstring that mkdocstrings would turn into markup with the site's extensions. Every `<` (tags,
# comments, autolinks, mail links) and every `](` (inline links and images) go. The rest only where it can act:
# - `{` of an attribute list: at a line start or after a space (after wrapping, that can be a line start), or right
#   after the end of an inline element (`*`, backtick, `]`, `)`, `>`; `_` too outside code) — so path templates
#   such as `/users/{id}` or `code={認可コード}` stay as written;
# - `[` of a reference-link definition, and `:::` (mkdocstrings' own block), at a line start or after a space;
# - a fence run there whose info word is not a plain language (options, attributes, custom fences such as mermaid).
_TAG_START = re.compile(
    r"(?P<lt><)|(?P<link>\]\()|(?P<brace>(?<![^\s*`)\]>])\{)|(?P<underscore>(?<=_)\{)"
    r"|(?<!\S)(?:(?P<open>\[)|(?P<colons>:::)|(?P<block>!!!|\?{3}|={3})|(?P<fence>`{3,}|~{3,})(?P<info>[ \t]*[^\s`~]*))"
)
_DOC_LANGUAGE = re.compile(r"\.?[A-Za-z0-9_+-]{1,32}")
_BACKTICKS = re.compile(r"`+")
_INFO_WORD = re.compile(r"[ \t]*([^\s`~]*)")
_EMPHASIS_OPENER = re.compile(r"(?<!\w)_(?![\s_])")
_LINE_END_BRACE = re.compile(r"\}\s")


def _inert(match: re.Match[str], code: bool, underscore: int) -> str:
    kind = match.lastgroup
    if kind == "lt":
        return "&lt;"
    if kind == "link":
        return "]\\("
    if code:
        return match.group()
    if kind in ("brace", "open") or (kind == "underscore" and match.start() - 1 > underscore):
        return "\\" + match.group()  # `_{` only after a `_` that could open `_emphasis_` (smart emphasis rules)
    if kind == "colons":
        return "&#58;::"
    if kind == "block":  # admonition (!!!, ???) and content-tab (===) markers of the site's extensions
        return f"&#{ord(match.group()[0])};" + match.group()[1:]
    if kind == "info":
        fence, info = match.group("fence"), match.group("info")
        word = info.strip()
        if word and not (_DOC_LANGUAGE.fullmatch(word) and word.lstrip(".").lower() != "mermaid"):
            return ("\\`" if fence[0] == "`" else "&#126;") + fence[1:] + info
    return match.group()


def _neutralised(source: str, start: int, end: int, underscore: int, code: bool = False, braces: bool = True) -> str:
    """source[start:end] with _TAG_START's matches made inert; lookbehinds see the characters before start.

    underscore: where the first `_` that could open `_emphasis_` is (len(source) if none).
    """
    out: list[str] = []
    for m in _TAG_START.finditer(source, start, end):
        keep = m.lastgroup in ("brace", "underscore") and not braces
        out += [source[start : m.start()], m.group() if keep else _inert(m, code, underscore)]
        start = m.end()
    out.append(source[start:end])
    return "".join(out)


def _inert_code(source: str, start: int, end: int, underscore: int) -> str:
    """Code span content. Up to its first space it stays on the line of the opening backticks; after that,
    wrapping may start a line there, and a block (a heading) would break the span and leave the rest as prose:
    so from the first space on it is treated as prose. An attribute list there needs a `}` that can end a line
    (whitespace after it); without one, `{` stays as written (`Bearer {token}`)."""
    space = next((i for i in range(start, end) if source[i].isspace()), end)
    keep_braces = _LINE_END_BRACE.search(source, space, end) is None
    head = _neutralised(source, start, space, underscore, code=True)
    return head + _neutralised(source, space, end, underscore, braces=not keep_braces)


def _opens_foreign_fence(source: str, start: int, end: int) -> bool:
    """A run of 3+ backticks that superfences could read as a fence with options, attributes or a custom
    formatter (it may start a line once wrapped): not a plain language name."""
    if start and not source[start - 1].isspace():
        return False
    word = _INFO_WORD.match(source, end).group(1)  # type: ignore[union-attr] # always matches
    return bool(word) and not (_DOC_LANGUAGE.fullmatch(word) and word.lstrip(".").lower() != "mermaid")


def _doc(text: Any) -> str:
    """Spec text made inert: safe inside a triple-quoted docstring, and inert as Markdown/HTML when
    mkdocstrings renders the docstring on the portal (no tags, links, attribute lists or diagrams).

    Code spans are paired as Python-Markdown pairs them (a backtick run with the next run of the same length) and
    a run without a partner is escaped, so markdown cannot pair backticks any other way than this function did.
    A backslash before a backtick would make pairing depend on escapes: then every backtick becomes an entity.
    """
    source = str(text)
    if "\\`" in source:
        source = source.replace("`", "&#96;")
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(source)]
    opener = _EMPHASIS_OPENER.search(source)
    underscore = opener.start() if opener else len(source)
    partner: list[int | None] = [None] * len(runs)
    latest: dict[int, int] = {}
    for k in range(len(runs) - 1, -1, -1):
        size = runs[k][1] - runs[k][0]
        partner[k], latest[size] = latest.get(size), k
    parts: list[str] = []
    done = k = 0
    while k < len(runs):
        start, end = runs[k]
        parts.append(_neutralised(source, done, start, underscore))
        match = partner[k]
        if match is None or (end - start >= 3 and _opens_foreign_fence(source, start, end)):
            parts.append("\\`" * (end - start))  # no partner: literal backticks, never an opener
            done, k = end, k + 1
            continue
        close_start, close_end = runs[match]
        code = _inert_code(source, end, close_start, underscore)
        parts.append(source[start:end] + code + source[close_start:close_end])
        done, k = close_end, match + 1
    parts.append(_neutralised(source, done, len(source), underscore))
    # Last, the docstring's own escaping: the text sits between triple quotes, in a non-raw string.
    return "".join(parts).replace("\\", "\\\\").replace('"', '\\"').strip()


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


def _security_kinds(op: Operation) -> str:
    """The operation's `security` for the runtime: alternatives of scheme kinds (`()` for `security: []`)."""
    alternatives = [tuple(dict.fromkeys(r.kind for r in alt)) for alt in op.security]
    return repr(tuple(alternatives))


def _idempotent_mark(op: Operation) -> bool | None:
    """The document's `x-idempotent` on the operation, when it is a boolean (only True or False reach the code)."""
    mark = op.extensions.get("x-idempotent")
    return mark if isinstance(mark, bool) else None


_SAFE_METHODS = ("get", "head", "put", "delete", "options")  # as the runtime's _retry.SAFE_METHODS


def _retry_doc(op: Operation) -> str:
    """Whether the runtime repeats the operation, for its docstring."""
    mark = _idempotent_mark(op)
    if mark if mark is not None else op.method.lower() in _SAFE_METHODS:
        return "接続エラー、408、429、5xx で再試行する。"
    key = next((p for p in op.parameters if p.location == "header" and p.name.lower() == "idempotency-key"), None)
    if mark is None and key is not None:
        return f"{key.py_name} を渡したときだけ、接続エラー、408、429、5xx で再試行する。"
    return "冪等と示されていないので再試行しない。"


def _takes_request_id(op: Operation) -> bool:
    return any(p.location == "header" and p.name.lower() == "x-request-id" for p in op.parameters)


# Standard types the signatures may name (describe.TypeNamer writes them for string formats and inline enums).
_SIGNATURE_IMPORTS = {"datetime": ("date", "datetime"), "uuid": ("UUID",)}


def _type_imports(api: Api) -> list[str]:
    """`from datetime import …` and `from uuid import …` lines for the names the signatures use."""
    texts: list[str] = []
    for op in api.operations:
        texts += [p.py_type for p in op.parameters]
        texts += [r.py_type or "" for r in op.responses]
        texts.append(op.request_body.py_type or "" if op.request_body else "")
    used = set(re.findall(r"\b\w+\b", re.sub(r'"(?:[^"\\]|\\.)*"', "", " ".join(texts))))  # outside literals
    lines = []
    for module, names in _SIGNATURE_IMPORTS.items():
        wanted = [n for n in names if n in used]
        if wanted:
            lines.append(f"from {module} import {', '.join(wanted)}")
    return lines


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
        security_kinds=_security_kinds,
        takes_request_id=_takes_request_id,
        idempotent_mark=_idempotent_mark,
        retry_doc=_retry_doc,
        type_imports=_type_imports,
    )
    return env


class UnsafeOutput(Exception):
    """Generated code outside the shapes we emit (spec text escaped its string, or the model generator
    wrote more than types and classes). The message names the file and line."""


SAFETY_FAILED = "generated code failed the safety check"

# What generated files may import: module -> names (for `import module`, the module itself). Derived from
# what our specs, tests/corpus/legal and the public corpus generate, plus the standard types the model
# generator writes for JSON Schema formats. None of them runs code on import or on validation (pydantic's
# ImportString, FilePath and validator decorators are deliberately absent).
MODEL_IMPORTS: dict[str, frozenset[str]] = {
    "__future__": frozenset({"annotations"}),
    "collections.abc": frozenset({"Mapping", "Sequence", "Set"}),
    "datetime": frozenset({"date", "datetime", "time", "timedelta"}),
    "decimal": frozenset({"Decimal"}),
    "enum": frozenset({"Enum", "IntEnum", "StrEnum"}),
    "ipaddress": frozenset({"IPv4Address", "IPv4Network", "IPv6Address", "IPv6Network"}),
    "pathlib": frozenset({"Path"}),
    "typing": frozenset({"Annotated", "Any", "Dict", "Literal", "Optional", "Union"}),
    "typing_extensions": frozenset({"TypeAliasType"}),
    "uuid": frozenset({"UUID"}),
    "pydantic": frozenset(
        {
            "AliasChoices",
            "AnyUrl",
            "AwareDatetime",
            "Base64Bytes",
            "Base64Str",
            "BaseModel",
            "ConfigDict",
            "EmailStr",
            "Field",
            "FutureDate",
            "FutureDatetime",
            "NaiveDatetime",
            "NegativeFloat",
            "NegativeInt",
            "NonNegativeFloat",
            "NonNegativeInt",
            "NonPositiveFloat",
            "NonPositiveInt",
            "PastDate",
            "PastDatetime",
            "PositiveFloat",
            "PositiveInt",
            "RootModel",
            "SecretStr",
            "SerializeAsAny",
            "StrictBool",
            "StrictBytes",
            "StrictFloat",
            "StrictInt",
            "StrictStr",
            "StringConstraints",
            "UUID1",
            "UUID3",
            "UUID4",
            "UUID5",
            "conbytes",
            "condecimal",
            "confloat",
            "conint",
            "constr",
        }
    ),
}
# The one relative import models.py may have: the open enum bases of the package's runtime.
MODEL_RELATIVE_IMPORTS: dict[str, frozenset[str]] = {"_enums": frozenset({"OpenEnum", "OpenIntEnum", "OpenStrEnum"})}
# The templates' own imports; the package's relative modules are allowed besides.
CLIENT_IMPORTS: dict[str, frozenset[str]] = {
    "__future__": frozenset({"annotations"}),
    "collections.abc": frozenset({"Mapping"}),
    "datetime": frozenset({"date", "datetime"}),
    "uuid": frozenset({"UUID"}),
    "typing": frozenset({"TYPE_CHECKING", "Any", "Literal", "cast"}),
    "httpx": frozenset({"httpx"}),
    "pydantic": frozenset({"pydantic"}),
}
# Builtins model code may name: types in annotations and `default_factory=list`. Not eval, open, __import__ ...
_SAFE_BUILTINS = frozenset(
    {"bool", "bytes", "dict", "float", "frozenset", "int", "list", "object", "set", "str", "tuple"}
)
# Every expression node models.py may hold: literals, names, subscripts, `|` unions and calls (checked below).
_MODEL_EXPRESSIONS = (
    ast.Constant,
    ast.Name,
    ast.Attribute,
    ast.Subscript,
    ast.Tuple,
    ast.List,
    ast.Dict,
    ast.Set,
    ast.BinOp,
    ast.UnaryOp,
    ast.Call,
    ast.keyword,
    ast.expr_context,
    ast.BitOr,
    ast.USub,
    ast.UAdd,
)

_MODULE_LEVEL = (ast.Import, ast.ImportFrom, ast.Assign, ast.AnnAssign, ast.FunctionDef, ast.ClassDef)
_CLASS_LEVEL = (ast.FunctionDef, ast.AsyncFunctionDef)
# The only calls the templates make as statements.
_TEMPLATE_CALLS = frozenset(
    {"self._send", "super().__init__", "self.close", "self.aclose", "self._http.close", "self._http.aclose"}
)


def _unsafe(where: str, node: ast.AST | int, what: str) -> UnsafeOutput:
    line = node if isinstance(node, int) else getattr(node, "lineno", 1)
    return UnsafeOutput(f"{SAFETY_FAILED}: {where}:{line}: {what}")


def _is_docstring(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)


def check_shape(code: str | bytes, where: str, kind: str = "client") -> None:
    """Defence in depth for every generated file: it parses, imports only from a fixed allow-list, has the
    statement shapes its generator emits, and binds no name twice in one scope. Escaping already keeps
    spec text inside strings and the model generator's input is stripped of code-naming extensions;
    this proves both for the code that is actually written. kind: "models" or "client"."""
    if kind == "client" and len(code) > segments.SEGMENT_CHARS:  # one tree of a 200 MB client would take 9 GB
        if isinstance(code, bytes):
            _check_client_pieces(code, where)
        else:
            _check_client_pieces(code, where)
        return
    if kind == "models" and isinstance(code, str) and len(code) > segments.SEGMENT_CHARS:
        _check_models_pieces(code, where)  # a tree costs ~45 times its source: 270 MB for 7,000 models
        return
    try:
        tree = ast.parse(code)  # identifiers come back NFKC-folded, as the interpreter sees them
    except SyntaxError as exc:
        raise _unsafe(where, exc.lineno or 1, f"does not parse: {exc.msg}") from None
    models = kind == "models"
    _check_imports(tree, where, MODEL_IMPORTS if models else CLIENT_IMPORTS, relative=not models)
    if models:
        _check_models(tree, where)
    else:
        _check_client(tree, where)
    _check_unique_bindings(tree, where)


def _check_client_pieces(code: AnyStr, where: str) -> None:
    """check_shape of a client piece by piece (generator.codegen.segments): each piece gets every check of
    the whole, and the names of the module and of each class must be unique across pieces too. A continued
    class stands in first in its piece, so a later module statement is never the module's docstring, and
    its stand-in method goes first in the class, so a later member is never the class docstring."""
    module: set[str] = set()
    members: dict[str, set[str]] = {}

    def bind(seen: set[str], node: ast.stmt, offset: int, scope: str) -> None:
        _bind_once(seen, node, where, scope, node.lineno + offset)

    try:
        for segment, tree in segments.split(code):
            try:
                _check_imports(tree, where, CLIENT_IMPORTS, relative=True)
                _check_client(tree, where)
                _check_unique_bindings(tree, where)
            except UnsafeOutput:
                ast.increment_lineno(tree, segment.offset)  # lines as in the file, for the message
                _check_imports(tree, where, CLIENT_IMPORTS, relative=True)
                _check_client(tree, where)
                _check_unique_bindings(tree, where)
                raise
            body = tree.body
            if segment.owner is not None:  # the stand-in class: its members after the stand-in method
                stand_in = body[0]
                assert isinstance(stand_in, ast.ClassDef) and stand_in.name == segment.owner
                assert isinstance(stand_in.body[0], ast.FunctionDef) and stand_in.body[0].name == segments.STAND_IN
                for member in stand_in.body[1:]:
                    bind(members[segment.owner], member, segment.offset, f"class {segment.owner}")
                body = body[1:]
            for node in body:
                bind(module, node, segment.offset, "module")
                if isinstance(node, ast.ClassDef):
                    members[node.name] = set()
                    for member in node.body:
                        bind(members[node.name], member, segment.offset, f"class {node.name}")
    except SyntaxError as exc:
        raise _unsafe(where, exc.lineno or 1, f"does not parse: {exc.msg}") from None


def _check_imports(tree: ast.Module, where: str, allowed: dict[str, frozenset[str]], relative: bool) -> None:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname or alias.name not in allowed.get(alias.name, ()):
                    raise _unsafe(where, node, f"import of `{alias.name}` is not allowed")
        elif isinstance(node, ast.ImportFrom):
            if node.level and relative:
                continue
            if node.level:
                names = MODEL_RELATIVE_IMPORTS.get(node.module or "") if node.level == 2 else None
                if names is None or any(alias.asname or alias.name not in names for alias in node.names):
                    raise _unsafe(where, node, "relative import is not allowed")
                continue
            names = allowed.get(node.module or "")
            if names is None:
                raise _unsafe(where, node, f"import of `{node.module}` is not allowed")
            for alias in node.names:
                # `date as date_aliased`: the model generator's way round a field named like the type it holds.
                renamed = alias.asname is not None and alias.asname != alias.name + "_aliased"
                if renamed or alias.name not in names:
                    raise _unsafe(where, node, f"import of `{node.module}.{alias.name}` is not allowed")


def _is_typing_imports(node: ast.stmt) -> bool:
    """`if TYPE_CHECKING:` holding relative imports only (the lazy facade's names for type checkers)."""
    return (
        isinstance(node, ast.If)
        and isinstance(node.test, ast.Name)
        and node.test.id == "TYPE_CHECKING"
        and not node.orelse
        and all(isinstance(stmt, ast.ImportFrom) and stmt.level > 0 for stmt in node.body)
    )


def _check_client(tree: ast.Module, where: str) -> None:
    """Nothing but imports, assignments, functions and classes at module level, nothing but methods in
    classes, and no bare expression statement in a method except the request call."""
    for i, node in enumerate(tree.body):
        if not (isinstance(node, _MODULE_LEVEL) or (i == 0 and _is_docstring(node)) or _is_typing_imports(node)):
            raise _unsafe(where, node, "unexpected statement at module level")
        if isinstance(node, ast.ClassDef):
            for j, member in enumerate(node.body):
                if not (isinstance(member, _CLASS_LEVEL) or (j == 0 and _is_docstring(member))):
                    raise _unsafe(where, member, f"unexpected statement in class {node.name}")
                for stmt in getattr(member, "body", []):
                    if isinstance(stmt, ast.Expr) and not _is_docstring(stmt):  # attribute docstrings too
                        call = stmt.value.value if isinstance(stmt.value, ast.Await) else stmt.value
                        target = ast.unparse(call.func) if isinstance(call, ast.Call) else ""
                        if target not in _TEMPLATE_CALLS and not _is_raw_parse(call):
                            raise _unsafe(where, stmt, f"unexpected expression in {getattr(member, 'name', '?')}")


def _is_raw_parse(call: ast.expr) -> bool:
    """`self.with_raw_response.<method>(…).parse()` (awaited inside the parentheses in async clients): how a
    method without a response body sends its request."""
    if not (isinstance(call, ast.Call) and not call.args and not call.keywords):
        return False
    func = call.func
    if not (isinstance(func, ast.Attribute) and func.attr == "parse"):
        return False
    inner = func.value.value if isinstance(func.value, ast.Await) else func.value
    return (
        isinstance(inner, ast.Call)
        and isinstance(inner.func, ast.Attribute)
        and ast.unparse(inner.func.value) == "self.with_raw_response"
    )


def _bind_once(seen: set[str], node: ast.stmt, where: str, scope: str, line: int) -> None:
    """The names node binds, added to those a scope split over several pieces has bound: each only once."""
    for name in _bindings(node, False):
        if name in seen:
            raise _unsafe(where, line, f"`{name}` is defined twice in {scope}")
        seen.add(name)


def _check_models_pieces(code: str, where: str) -> None:
    """check_shape of a large models module piece by piece (segments.split_top_level): a first pass collects
    the names the module defines and imports (an annotation may name a class defined further down), the
    second checks each piece against them, with module-level names unique across pieces."""
    try:
        names = _ModuleNames()
        for _offset, tree in segments.split_top_level(code):
            names.add(tree)
        module: set[str] = set()
        for offset, tree in segments.split_top_level(code):
            ast.increment_lineno(tree, offset)  # lines as in the file, for the messages
            _check_imports(tree, where, MODEL_IMPORTS, relative=False)
            _check_models(tree, where, names)
            _check_unique_bindings(tree, where)
            for node in tree.body:
                _bind_once(module, node, where, "module", node.lineno)  # tree's lines are the file's already
    except SyntaxError as exc:
        raise _unsafe(where, exc.lineno or 1, f"does not parse: {exc.msg}") from None


@dataclass
class _ModuleNames:
    """The module-level names of a models module that its expressions may use."""

    classes: set[str] = field(default_factory=set)
    imported: set[str] = field(default_factory=set)
    assigned: set[str] = field(default_factory=set)

    def add(self, tree: ast.Module) -> None:
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                self.classes.add(node.name)
            elif isinstance(node, ast.ImportFrom):
                self.imported.update(alias.asname or alias.name for alias in node.names)
            elif isinstance(node, ast.Assign):
                self.assigned.update(t.id for t in node.targets if isinstance(t, ast.Name))


def _check_models(tree: ast.Module, where: str, names: _ModuleNames | None = None) -> None:
    """The shapes the model generator writes: imports, classes of annotated fields and assignments,
    type-alias assignments and `Model.model_rebuild()`; inside them only literals, names, subscripts,
    unions and calls of what was imported. Nothing else can run when the module is imported.
    names: the whole module's, where tree is one piece of it."""
    if names is None:
        names = _ModuleNames()
        names.add(tree)
    classes, imported = names.classes, names.imported
    known = classes | imported | names.assigned | _SAFE_BUILTINS
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            _check_model_class(node, where)
        elif isinstance(node, ast.Expr) and not _is_docstring(node) and not _is_rebuild(node.value, classes):
            raise _unsafe(where, node, "unexpected expression at module level")
        elif not isinstance(node, (ast.ImportFrom, ast.Import, ast.Assign, ast.AnnAssign, ast.Expr, ast.ClassDef)):
            raise _unsafe(where, node, f"unexpected {type(node).__name__} at module level")
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            _check_targets(node, where)
        for sub in ast.walk(node):
            _check_model_expression(sub, where, known, imported, classes)


def _is_rebuild(call: ast.expr, classes: set[str]) -> bool:
    """`Model.model_rebuild()` of a class of this module, without arguments."""
    return (
        isinstance(call, ast.Call)
        and not call.args
        and not call.keywords
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "model_rebuild"
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id in classes
    )


def _check_model_class(node: ast.ClassDef, where: str) -> None:
    if node.decorator_list or node.keywords:
        raise _unsafe(where, node, f"class {node.name} has decorators or keywords")
    for member in node.body:
        if isinstance(member, (ast.Assign, ast.AnnAssign)):
            _check_targets(member, where)
        elif not (_is_docstring(member) or isinstance(member, ast.Pass)):  # attribute docstrings too
            raise _unsafe(where, member, f"unexpected {type(member).__name__} in class {node.name}")


def _check_targets(node: ast.Assign | ast.AnnAssign, where: str) -> None:
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    if not all(isinstance(t, ast.Name) for t in targets):
        raise _unsafe(where, node, "assignment to something other than a name")


_MODEL_STATEMENTS = (ast.Module, ast.ClassDef, ast.ImportFrom, ast.Import, ast.alias, ast.Assign, ast.AnnAssign)


def _check_model_expression(node: ast.AST, where: str, known: set[str], imported: set[str], classes: set[str]) -> None:
    if isinstance(node, (*_MODEL_STATEMENTS, ast.Expr, ast.Pass)):
        return
    if not isinstance(node, _MODEL_EXPRESSIONS):
        raise _unsafe(where, node, f"unexpected {type(node).__name__}")
    if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id not in known:
        raise _unsafe(where, node, f"`{node.id}` is neither imported nor defined here")
    if isinstance(node, ast.Attribute) and (node.attr.startswith("_") or not isinstance(node.value, ast.Name)):
        raise _unsafe(where, node, f"attribute `{node.attr}` is not allowed")
    if isinstance(node, ast.BinOp) and not isinstance(node.op, ast.BitOr):
        raise _unsafe(where, node, "only `|` unions are allowed between values")
    if isinstance(node, ast.Call) and not _is_rebuild(node, classes):
        func = node.func
        if not (isinstance(func, ast.Name) and func.id in imported | {"list", "dict", "set"}):
            raise _unsafe(where, node, f"call of `{ast.unparse(func)}` is not allowed")


def _check_unique_bindings(tree: ast.Module, where: str) -> None:
    """One name, one definition per module or class, one `self.x` per method body: a second would silently
    replace the first (NFKC twins such as `ℌ` and `H` included). Locals may be reassigned."""
    scopes: list[tuple[str, list[ast.stmt], bool]] = [("module", tree.body, False)]
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            scopes.append((f"class {node.name}", node.body, False))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            scopes.append((node.name, node.body, True))
    for scope, body, method in scopes:
        seen: set[str] = set()
        for stmt in body:
            for name in _bindings(stmt, method):
                if name in seen:
                    raise _unsafe(where, stmt, f"`{name}` is defined twice in {scope}")
                seen.add(name)


def _bindings(stmt: ast.stmt, method: bool) -> list[str]:
    """Names a module or class statement binds; in a method body, the `self.x` attributes it sets."""
    targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target] if isinstance(stmt, ast.AnnAssign) else []
    if method:
        return [ast.unparse(t) for t in targets if _is_self_attribute(t)]
    if isinstance(stmt, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
        return [stmt.name]
    if isinstance(stmt, (ast.Import, ast.ImportFrom)):
        return [alias.asname or alias.name.split(".")[0] for alias in stmt.names]
    return [t.id for t in targets if isinstance(t, ast.Name)]


def _is_self_attribute(node: ast.expr) -> bool:
    return isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self"


def render_api(api: Api) -> dict[str, str]:
    """Files of one API sub-package (models.py comes from the model generator)."""
    return {name: data.decode() for name, data in render_api_files(api).items()}


def render_api_files(api: Api) -> dict[str, bytes]:
    """render_api as the UTF-8 bytes that are written. The client of 100,000 operations is 250 MB: as one
    str (two bytes a character once one Japanese character is in it) and then as bytes it took 1 GB."""
    env = environment()
    files = {
        f"{api.module}/__init__.py": env.get_template("api__init__.py.jinja").render(api=api).encode(),
        f"{api.module}/client.py": _render(env.get_template("client.py.jinja"), api=api),
    }
    for name, code in files.items():
        check_shape(code, name)
    return files


def _render(template: jinja2.Template, **context: Any) -> bytes:
    """template.render(**context).encode() without holding every small piece of the output at once (jinja
    joins a list of them: 20 million for a client of 100,000 operations), nor the text as one str: a
    batch is written out at 1 MiB of text (a piece is a whole operation: counting pieces, a client of
    10,000 operations was one batch, 35 MB as a two-bytes-a-character str, 157 MiB at its peak)."""
    out = io.BytesIO()
    batch: list[str] = []
    size = 0
    for piece in template.generate(**context):
        batch.append(piece)
        size += len(piece)
        if size >= 1 << 20:
            out.write("".join(batch).encode())
            batch.clear()
            size = 0
    out.write("".join(batch).encode())
    return out.getvalue()  # the buffer itself, not a copy


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
