"""Loading YAML and JSON documents with a source position for every node, refusing hostile input."""

from __future__ import annotations

import json
import math
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import yaml
from yaml.cyaml import CParser  # type: ignore[attr-defined]

from generator.diagnostics import Diagnostic, Location, display_path, error
from generator.serialize import Core12Resolver

Pointer = tuple[str, ...]
Mark = int  # a node's line and column as one int (see _mark): a tuple of two took 2.5 times the memory


def _mark(line: int, col: int) -> Mark:
    return line << 32 | col


def _line_col_of(mark: Mark) -> tuple[int, int]:
    return mark >> 32, mark & 0xFFFFFFFF


MAX_DEPTH = 256  # real specs nest ~30 deep; deeper input is an attack or a bug (libyaml recurses in C)
MAX_ALIAS_NODES = 1_000_000  # nodes produced by expanding aliases (billion laughs stops here)
MAX_BYTES = 64 * 1024 * 1024

_BOM = b"\xef\xbb\xbf"
_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)")
_NAN = re.compile(r"\.(nan|NaN|NAN)")
_BRACKETS = re.compile(r"[\[\]{}]")
_INDENT = re.compile(r"^[ -]+", re.MULTILINE)


class _Loader(CParser, Core12Resolver):
    def __init__(self, stream: str) -> None:
        CParser.__init__(self, stream)
        Core12Resolver.__init__(self)


_LOADER = cast(Any, _Loader)  # PyYAML's stubs list only its own loader classes


@dataclass
class Document:
    """A parsed file: plain JSON-compatible data plus where each node came from."""

    path: Path
    data: Any
    positions: dict[Pointer, Mark] = field(default_factory=dict)
    text: str | None = None  # kept for JSON, whose positions are computed only when asked for
    forgotten: bool = field(default=False, repr=False, compare=False)  # see forget_positions

    def forget_positions(self) -> None:
        """Free the position table (about half of a loaded YAML document) once no position is expected to be
        asked for; should one be, the file is parsed again for it."""
        if self.positions and self.text is None:
            self.positions = {}
            self.forgotten = True

    def location(self, pointer: Pointer) -> Location:
        """The position of the node at pointer, or of its nearest ancestor that has one."""
        if not self.positions and self.text is not None:
            self.positions = _json_positions(self.text)
        if self.forgotten:
            self.forgotten = False
            try:
                self.positions = load_file(self.path, mapping=False).positions
            except LoadError:
                pass
        probe = pointer
        while probe:
            if probe in self.positions:
                line, col = _line_col_of(self.positions[probe])
                return Location(display_path(self.path), line, col)
            probe = probe[:-1]
        return Location(display_path(self.path), 1, 1)


class LoadError(Exception):
    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


def load_file(path: Path, *, mapping: bool = True) -> Document:
    """Parse one file; raise LoadError with a located diagnostic when it is unusable.

    mapping: the file must hold a mapping (a document does; a fragment may hold a list or a string).
    """
    shown = display_path(path)
    try:
        info = path.stat()  # size first: a link to /dev/zero or a huge file is never read
        if not stat.S_ISREG(info.st_mode):
            raise LoadError(error(Location(shown), "io-error", "not a regular file"))
        if info.st_size > MAX_BYTES:
            raise LoadError(error(Location(shown), "file-too-large", f"file is larger than {MAX_BYTES // 2**20} MiB"))
        raw = path.read_bytes()
    except OSError as exc:
        raise LoadError(error(Location(shown), "io-error", f"cannot read file: {exc.strerror or exc}")) from None
    return parse_bytes(raw, path, mapping=mapping)


def parse_bytes(raw: bytes, path: Path, *, mapping: bool = True) -> Document:
    shown = display_path(path)
    if raw.startswith(_BOM):
        raw = raw[len(_BOM) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise LoadError(
            error(
                Location(shown, line, col), "not-utf8", f"byte 0x{raw[exc.start]:02x} is not valid UTF-8; save as UTF-8"
            )
        ) from None
    if not text.strip():
        raise LoadError(error(Location(shown), "empty-document", "the document is empty"))
    if path.suffix.lower() == ".json":
        doc = _parse_json(text, path)
    else:
        doc = _parse_yaml(text, path)
    if mapping:
        require_mapping(doc)
    return doc


def require_mapping(doc: Document) -> None:
    if not isinstance(doc.data, dict):
        kind = type(doc.data).__name__ if doc.data is not None else "null"
        message = f"the document must be a mapping, found {kind}"
        raise LoadError(error(Location(display_path(doc.path)), "not-a-mapping", message))


def _parse_json(text: str, path: Path) -> Document:
    shown = display_path(path)

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in items:
            if key in out:
                raise _DuplicateKey(key)
            out[key] = value
        return out

    def constant(name: str) -> Any:
        raise _NotJson(name, "json-syntax", f"{name} is not JSON (JavaScript only): write a number or a string")

    def number(literal: str) -> float:
        value = float(literal)
        if not math.isfinite(value):
            raise _NotJson(literal, "not-json-value", f"{literal} is too large for a JSON number (a double)")
        return value

    def integer(literal: str) -> int:
        if len(literal.lstrip("-")) > MAX_INT_DIGITS:  # beyond a double, and int() refuses 4,300+ digits
            raise _NotJson(literal, "not-json-value", f"{_short(literal)} is too large for a JSON number (a double)")
        return int(literal)

    _check_depth(text, path)
    _check_json_escapes(text, path)
    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_constant=constant, parse_float=number, parse_int=integer)
    except _DuplicateKey as dup:
        # The YAML view of the same text locates the key (see _yaml_view: same lines and columns).
        _parse_yaml(_yaml_view(text), path)
        raise LoadError(error(Location(shown), "duplicate-key", f"duplicate key {dup.args[0]!r}")) from None
    except _NotJson as bad:
        literal, rule, message = bad.args
        line, col = _line_col(text, _literal_offset(text, literal))
        raise LoadError(error(Location(shown, line, col), rule, message)) from None
    except json.JSONDecodeError as exc:
        raise LoadError(error(Location(shown, exc.lineno, exc.colno), "json-syntax", exc.msg)) from None
    except RecursionError:
        raise LoadError(error(Location(shown), "nesting-too-deep", f"nesting deeper than {MAX_DEPTH} levels")) from None
    return Document(path, data, {}, text)


MAX_INT_DIGITS = 309  # the largest double has 309 integer digits


def _short(literal: str) -> str:
    return literal if len(literal) <= 40 else f"{literal[:20]}…({len(literal)} characters)"


class _DuplicateKey(Exception):
    pass


class _NotJson(Exception):
    pass


_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|([-+.0-9eE]+|-?Infinity|NaN)')
_JSON_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|.)", re.DOTALL)
# What YAML refuses or reads as a line break, though JSON allows it raw inside strings.
_NOT_YAML = re.compile("[\x7f-\x84\x86-\x9f\ufffe\uffff]|[\x85\u2028\u2029]")


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def _literal_offset(text: str, literal: str) -> int:
    for match in _JSON_TOKEN.finditer(text):  # strings are consumed whole: a `NaN` inside one is text
        if match.group(1) == literal:
            return match.start(1)
    return 0


def _check_json_escapes(text: str, path: Path) -> None:
    """NUL and unpaired surrogates come only from `\\u` escapes: refuse them where they are written."""
    if "\\u" not in text:
        return
    pending = -1  # where a high surrogate waiting for its low half starts
    for match in _JSON_ESCAPE.finditer(text):
        code = int(match.group(1), 16) if match.group(1) else -1
        if pending >= 0:
            if match.start() == pending + 6 and 0xDC00 <= code <= 0xDFFF:
                pending = -1
                continue
            _refuse_character(text, path, pending, 0xD800)
        if code == 0 or 0xDC00 <= code <= 0xDFFF:
            _refuse_character(text, path, match.start(), code)
        if 0xD800 <= code <= 0xDBFF:
            pending = match.start()
    if pending >= 0:
        _refuse_character(text, path, pending, 0xD800)


def _refuse_character(text: str, path: Path, offset: int, code: int) -> None:
    line, col = _line_col(text, offset)
    raise LoadError(error(Location(display_path(path), line, col), "forbidden-character", _character_message(code)))


def _character_message(code: int) -> str:
    if code == 0:
        return "NUL character (U+0000): generated code and most tools cannot hold it; remove it"
    return "unpaired surrogate: a \\uD800-\\uDFFF escape must be half of a pair; the text is not valid Unicode"


def _yaml_view(text: str) -> str:
    """JSON text YAML can compose with the same lines and columns: tabs (the only JSON whitespace YAML
    rejects), characters YAML refuses and characters it reads as line breaks become spaces."""
    return _NOT_YAML.sub(" ", text.replace("\t", " "))


def _json_positions(text: str) -> dict[Pointer, Mark]:
    view = _yaml_view(text)
    plain = _build_from_events(view, Path("<json>"))
    if plain is not None:
        return plain[1]
    try:
        node = yaml.compose(view, Loader=_LOADER)
    except yaml.YAMLError:
        return {}
    builder = _Builder(Path("<json>"))
    positions: dict[Pointer, Mark] = {}
    builder.positions = positions
    if node is not None:
        builder.build(node, ())
    return positions


def _check_depth(text: str, path: Path) -> None:
    """libyaml's composer recurses in C and crashes the interpreter on absurd nesting: measure first."""
    brackets = _BRACKETS.findall(text)
    indents = _INDENT.findall(text)
    bound = len(brackets) // 2 + 1
    if bound > MAX_DEPTH:  # cheap upper bound failed: count precisely (brackets inside strings inflate it)
        depth = peak = 0
        for ch in brackets:
            depth += 1 if ch in "[{" else -1
            peak = max(peak, depth)
        bound = peak
    bound += max((len(i) for i in indents), default=0)
    if bound <= MAX_DEPTH:
        return
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
                    raise LoadError(
                        error(
                            Location(display_path(path), line, col),
                            "nesting-too-deep",
                            f"nesting deeper than {MAX_DEPTH} levels",
                        )
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return  # the real parse reports syntax errors with their position


def _parse_yaml(text: str, path: Path) -> Document:
    shown = display_path(path)
    _check_depth(text, path)
    plain = _build_from_events(text, path)
    if plain is not None:
        return Document(path, *plain)
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.composer.ComposerError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if "multiple documents" in str(exc) or "expected a single document" in str(exc):
            raise LoadError(
                error(
                    Location(shown, line, col), "multiple-documents", "expected a single YAML document, found several"
                )
            ) from None
        raise LoadError(error(Location(shown, line, col), "yaml-syntax", _yaml_message(exc))) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise LoadError(error(Location(shown, line, col), "yaml-syntax", _yaml_message(exc))) from None
    except yaml.reader.ReaderError as exc:  # a character YAML refuses; libyaml counts UTF-8 bytes
        before = text.encode("utf-8", "surrogatepass")[: exc.position].decode("utf-8", "ignore")
        line, col = _line_col(text, len(before))
        raise LoadError(error(Location(shown, line, col), "yaml-syntax", str(exc).splitlines()[0])) from None
    except yaml.YAMLError as exc:
        raise LoadError(error(Location(shown), "yaml-syntax", str(exc).splitlines()[0])) from None
    if node is None:
        raise LoadError(error(Location(shown), "empty-document", "the document is empty"))
    builder = _Builder(path)
    data = builder.build(node, ())
    return Document(path, data, builder.positions)


def _build_from_events(text: str, path: Path) -> tuple[Any, dict[Pointer, Mark]] | None:
    """Data and positions of a plain document straight from libyaml's events, one event at a time.

    yaml.compose first builds a node with two marks for every scalar, about 40 times the text (a 30 MB
    document: 1.3 GB). The common document needs none of it. None: anchors, aliases, merge keys,
    explicit tags, several documents or any error, which the composing path handles and reports.
    """
    loader = _LOADER(text)
    builder = _Builder(path)
    positions = builder.positions
    frames: list[tuple[dict[str, Any] | list[Any], Pointer]] = []  # open collections
    key: str | None = None  # the key whose value comes next, in the innermost open mapping
    root: Any = None
    strings: dict[str, str] = {}  # one object per distinct text: keys and values repeat a lot in a spec
    try:
        if not isinstance(loader.get_event(), yaml.StreamStartEvent):
            return None
        if not isinstance(loader.get_event(), yaml.DocumentStartEvent):
            return None
        while True:
            event = loader.get_event()
            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                frames.pop()
                key = None
                if frames:
                    continue
                break
            if not isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
                return None  # an alias, or a stream without a document
            start = event.start_mark
            if event.anchor is not None or event.tag is not None or start is None:
                return None
            mark = _mark(start.line + 1, start.column + 1)
            container, pointer = frames[-1] if frames else (None, ())
            if isinstance(container, dict) and key is None:  # a mapping key
                if not isinstance(event, yaml.ScalarEvent):
                    return None
                key = strings.setdefault(event.value, event.value)
                if key == "<<" or "\0" in key or key in container:
                    return None
                positions[(*pointer, key)] = mark
                continue
            if isinstance(container, list):
                child: Pointer = (*pointer, str(len(container)))
                positions[child] = mark
            else:
                child = (*pointer, key) if key is not None else ()
            if len(frames) > MAX_DEPTH:
                return None
            value: Any
            if isinstance(event, yaml.ScalarEvent):
                tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
                value = builder._scalar(yaml.ScalarNode(tag, event.value, cast(Any, start), None, event.style))
                if isinstance(value, str):
                    value = strings.setdefault(value, value)
            else:
                value = {} if isinstance(event, yaml.MappingStartEvent) else []
            if isinstance(container, dict):
                container[key] = value  # type: ignore[index]  # a value always follows its key
                key = None
            elif isinstance(container, list):
                container.append(value)
            else:
                root = value
            if isinstance(value, (dict, list)):
                frames.append((value, child))
            elif container is None:
                break  # a scalar document
        if not isinstance(loader.get_event(), yaml.DocumentEndEvent):
            return None
        if not isinstance(loader.get_event(), yaml.StreamEndEvent):
            return None  # several documents
    except (yaml.YAMLError, LoadError):
        return None
    finally:
        loader.dispose()
    return root, positions


def _yaml_message(exc: yaml.MarkedYAMLError) -> str:
    parts = [p for p in (exc.context, exc.problem) if p]
    return "; ".join(parts) or "invalid YAML"


class _Builder:
    """Turns composed YAML nodes into plain data, recording positions and enforcing limits."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.positions: dict[Pointer, Mark] = {}
        self.alias_budget = MAX_ALIAS_NODES
        self.seen: set[int] = set()

    def _fail(self, node: yaml.Node, rule: str, message: str) -> LoadError:
        mark = node.start_mark
        return LoadError(error(Location(display_path(self.path), mark.line + 1, mark.column + 1), rule, message))

    def _position(self, pointer: Pointer) -> tuple[int, int]:
        while pointer and pointer not in self.positions:
            pointer = pointer[:-1]
        return _line_col_of(self.positions.get(pointer, _mark(1, 1)))

    def build(self, node: yaml.Node, pointer: Pointer, depth: int = 0, origin: tuple[int, int] | None = None) -> Any:
        """origin: once inside an alias expansion, where that expansion was asked for."""
        if depth > MAX_DEPTH:
            raise self._fail(node, "nesting-too-deep", f"nesting deeper than {MAX_DEPTH} levels")
        # libyaml hands back the same node object for every alias of an anchor.
        if isinstance(node, yaml.CollectionNode):
            if origin is None and id(node) in self.seen:
                origin = self._position(pointer)
            self.seen.add(id(node))
            if node.tag not in ("tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"):
                raise self._fail(node, "yaml-tag", f"unsupported YAML tag {node.tag!r}")
        if origin is not None:
            self.alias_budget -= 1
            if self.alias_budget < 0:
                message = f"YAML aliases expand to more than {MAX_ALIAS_NODES:,} nodes (billion laughs?)"
                raise LoadError(error(Location(display_path(self.path), *origin), "alias-explosion", message))
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        if isinstance(node, yaml.SequenceNode):
            out_list: list[Any] = []
            for index, item in enumerate(node.value):
                child = (*pointer, str(index))
                if origin is None and id(item) not in self.seen:  # an alias item has no position of its own
                    self.positions[child] = _mark(item.start_mark.line + 1, item.start_mark.column + 1)
                out_list.append(self.build(item, child, depth + 1, origin))
            return out_list
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, pointer, depth, origin)
        raise self._fail(node, "yaml-syntax", "unsupported YAML node")

    def _mapping(
        self, node: yaml.MappingNode, pointer: Pointer, depth: int, origin: tuple[int, int] | None
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        merged: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge" or (
                isinstance(key_node, yaml.ScalarNode) and key_node.value == "<<" and key_node.style is None
            ):
                value = self.build(value_node, pointer, depth + 1, origin)
                for source in value if isinstance(value, list) else [value]:
                    if not isinstance(source, dict):
                        raise self._fail(value_node, "yaml-syntax", "merge key `<<` needs a mapping")
                    for k, v in source.items():
                        merged.setdefault(k, v)
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                raise self._fail(key_node, "yaml-syntax", "mapping keys must be scalars")
            key = key_node.value  # response codes like 200 stay the text the author wrote
            if "\0" in key:
                raise self._fail(key_node, "forbidden-character", _character_message(0))
            if key in out:
                raise self._fail(key_node, "duplicate-key", f"duplicate key {key!r}")
            child = (*pointer, key)
            self.positions[child] = _mark(key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            out[key] = self.build(value_node, child, depth + 1, origin)
        for k, v in merged.items():
            out.setdefault(k, v)
        return out

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        tag, value = node.tag, node.value
        if "\0" in value:
            raise self._fail(node, "forbidden-character", _character_message(0))
        if tag == "tag:yaml.org,2002:str":
            return value
        if tag == "tag:yaml.org,2002:null":
            return None
        if tag == "tag:yaml.org,2002:bool":
            return value.lower() == "true"
        if tag == "tag:yaml.org,2002:int":
            if _INT.fullmatch(value) is None:
                raise self._fail(node, "yaml-syntax", f"not an integer: {value!r}")
            if len(value.lstrip("+-")) > MAX_INT_DIGITS:
                raise self._fail(node, "not-json-value", f"{_short(value)} is too large for a JSON number (a double)")
            if value.startswith("0o"):
                return int(value[2:], 8)
            return int(value, 16) if value.startswith("0x") else int(value)
        if tag == "tag:yaml.org,2002:float":
            if _INF.fullmatch(value) or _NAN.fullmatch(value):
                message = f"{value} has no JSON equivalent (OpenAPI documents are JSON data): write a number"
                raise self._fail(node, "not-json-value", message)
            if _FLOAT.fullmatch(value) is None:
                raise self._fail(node, "yaml-syntax", f"not a number: {value!r}")
            number = float(value)
            if not math.isfinite(number):
                raise self._fail(node, "not-json-value", f"{value} is too large for a JSON number (a double)")
            return number
        if tag in ("tag:yaml.org,2002:binary", "tag:yaml.org,2002:timestamp"):
            return value
        raise self._fail(node, "yaml-tag", f"unsupported YAML tag {tag!r}")
