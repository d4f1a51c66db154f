"""Turning spec names (any script, any punctuation) into stable, readable Python identifiers."""

from __future__ import annotations

import functools
import keyword
import re
import unicodedata
from typing import Any

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+|[0-9]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Names that would shadow what generated modules import or define themselves.
_RESERVED = frozenset(
    {
        "self",
        "cls",
        "client",
        "httpx",
        "typing",
        "pydantic",
        "BaseModel",
        "Field",
        "RootModel",
        "ConfigDict",
        # names the generated models import: datamodel-code-generator would rename a schema that takes one
        "UUID",
        "AwareDatetime",
        "NaiveDatetime",
        "AnyUrl",
        "AnyHttpUrl",
        "EmailStr",
        "Decimal",
        "Enum",
        "StrEnum",
        "IntEnum",
        "Literal",
        "Annotated",
        "Any",
        "Optional",
        "Union",
        "date",
        "datetime",
        "time",
        "timedelta",
        "SecretStr",
        "Base64Str",
        "Json",
        "UUID1",
        "UUID3",
        "UUID4",
        "UUID5",
        "constr",
        "conint",
        "confloat",
    }
)
# Names the client methods use besides their parameters, and the transports' own methods.
RESERVED_PARAMETERS = frozenset(
    {
        "body",
        "timeout",
        "max_retries",
        "models",
        "cast",
        "comma_joined",
        "json_text",
        "Call",
        "UNSET",
        "Unset",
        "Any",
        "pydantic",
        "httpx",
        "self",
    }
)
RESERVED_METHODS = frozenset(
    {
        "close",
        "aclose",
        "_send",
        "_send_raw",
        "_request",
        "with_raw_response",
        # builtins the annotations use: a method named `list` would shadow `list[...]` in the class body
        "list",
        "dict",
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "object",
        "type",
    }
)


def redundant_prefix(names: list[str], context: str) -> int:
    """How many leading words all snake_case names share that only repeat the context (the API's slug).

    `self_info_request` in API `self-info` is `client.self_info.request`: every operation of a document
    usually starts with the API's name or an abbreviation of it (`corp_reg_…` in `corporate-registration`).
    A word counts when it starts a word of the context, in order; every name keeps at least one word.
    """
    split = [name.split("_") for name in names]
    if not split:
        return 0
    context_words = [w.lower() for w in words(context)]
    count, at = 0, 0
    while all(len(parts) > count + 1 for parts in split) and len({parts[count] for parts in split}) == 1:
        word = split[0][count]
        found = next((i for i in range(at, len(context_words)) if context_words[i].startswith(word)), None)
        if not word or found is None:
            break
        count, at = count + 1, found + 1
    return count


def facade_attribute(slug: str) -> str:
    """The facade attribute of an API, never one of the facade's own methods."""
    name = snake_case(slug)
    return name + "_api" if name in RESERVED_METHODS or name.startswith("_") else name


@functools.cache
def _kakasi() -> Any:
    import pykakasi  # noqa: PLC0415 - half a second to load its dictionaries; only needed for non-ASCII names

    return pykakasi.kakasi()  # type: ignore[no-untyped-call]


@functools.cache
def romanize(text: str) -> str:
    """Japanese (or any non-ASCII) text to ASCII words separated by spaces."""
    if not _NON_ASCII.search(text):
        return text
    parts: list[str] = []
    for item in _kakasi().convert(unicodedata.normalize("NFKC", text)):
        word = item["hepburn"] or item["orig"]
        parts.append(word)
    ascii_text = " ".join(parts)
    # Whatever is still not ASCII (emoji, rare symbols) becomes its code point so names stay stable.
    return _NON_ASCII.sub(lambda m: f" u{ord(m.group()):04x} ", ascii_text)


def words(text: str) -> list[str]:
    return _WORD.findall(romanize(text))


def pascal_case(text: str) -> str:
    name = "".join(w[:1].upper() + w[1:] for w in words(text))
    return _safe(name or "Unnamed", "Model")


def snake_case(text: str) -> str:
    name = "_".join(w.lower() for w in words(text))
    return _safe(name or "unnamed", "_")


def camel_case(text: str) -> str:
    pascal = pascal_case(text)
    return pascal[:1].lower() + pascal[1:]


def _safe(name: str, fix: str) -> str:
    if name[0].isdigit():
        name = ("N" if fix == "Model" else "n") + name
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in _RESERVED:
        name += fix
    return name


def is_reserved(name: str) -> bool:
    """A keyword, or a name the generated modules import or define themselves."""
    return keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in _RESERVED


def pascal_words(text: str) -> str:
    """PascalCase words of text without the fixes `pascal_case` applies (may be empty, reserved or start
    with a digit): for names that get a prefix when they cannot stand alone."""
    return "".join(w[:1].upper() + w[1:] for w in words(text))


def constant_case(text: str) -> str:
    """An enum member name: upper-case ASCII words joined by underscores (東京 → TOUKYOU)."""
    name = "_".join(w.upper() for w in words(text)) or "VALUE"
    return "N" + name if name[0].isdigit() else name


def nfkc(name: str) -> str:
    """The form Python gives an identifier: `ℌ` and `H`, `ｆｏｏ` and `foo` are the same name to it."""
    return name if name.isascii() else unicodedata.normalize("NFKC", name)


def unique(name: str, taken: set[str]) -> str:
    """The name itself, or the name with the smallest numeric suffix not yet taken.

    Names are compared as Python compares identifiers (NFKC), so two spellings of one name never both pass.
    """
    name = nfkc(name)
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name}{n}", n + 1
    taken.add(candidate)
    return candidate
