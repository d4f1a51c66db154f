"""Diagnostics are values: every problem carries a rule id, a severity and a source location."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from generator.paths import real


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Location:
    path: str
    line: int = 1
    col: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"


@dataclass(frozen=True)
class Diagnostic:
    location: Location
    severity: Severity
    rule: str
    message: str

    def __str__(self) -> str:
        return printable(f"{self.location}: {self.severity.value} [{self.rule}] {self.message}")

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# Control and format characters (ESC, CR, bidi overrides, ...) taken from a spec or a file name would let the text
# steer the reader's terminal or hide what a line says: a diagnostic is one line of visible characters.
def _visible(char: str) -> bool:
    # Of the spaces only the ideographic one (Japanese text) stays: a no-break or en space reads as a plain one.
    return char.isprintable() or char in "\u3000\u200c\u200d"


def printable(text: str) -> str:
    if text.isprintable():
        return text
    return "".join(char if _visible(char) else _escape(char) for char in text)


def error(location: Location, rule: str, message: str) -> Diagnostic:
    return Diagnostic(location, Severity.ERROR, rule, message)


def warning(location: Location, rule: str, message: str) -> Diagnostic:
    return Diagnostic(location, Severity.WARNING, rule, message)


def display_path(path: Path, base: Path | None = None) -> str:
    """Paths relative to the working directory when possible: shorter and clickable in editors."""
    base = base or Path.cwd()
    try:
        return str(real(path).relative_to(real(base)))
    except ValueError:
        return str(path)


def sort_key(d: Diagnostic) -> tuple[str, int, int, str, str]:
    return (d.location.path, d.location.line, d.location.col, d.rule, d.message)


class GeneratorError(Exception):
    """Raised to stop the pipeline; carries the diagnostics that explain why."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(str(d) for d in diagnostics))
        self.diagnostics = diagnostics
