"""The outcome of one `mpgen diff` run, as every report format sees it."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.diff.finding import Finding
from generator.diff.ignore import IgnoreEntry
from generator.diff.rules import Level


@dataclass
class DiffResult:
    documents: list[str]  # the APIs compared, by name
    findings: list[Finding]  # not ignored, most severe first
    ignored: list[tuple[Finding, IgnoreEntry]] = field(default_factory=list)
    fail_on: Level = Level.ERR
    revision: str | None = None  # OLD's git revision with --base (its locations read `REV:path`)

    def failing(self, finding: Finding) -> bool:
        return finding.level.rank >= self.fail_on.rank

    @property
    def failed(self) -> bool:
        return any(self.failing(f) for f in self.findings)

    def count(self, level: Level) -> int:
        return sum(1 for f in self.findings if f.level is level)

    def summary(self, lang: str) -> str:
        err, warn, info = (self.count(level) for level in Level)
        if lang == "ja":
            text = f"{len(self.documents)} 文書を比較: 破壊的変更 (ERR) {err} 件、"
            text += f"要注意 (WARN) {warn} 件、情報 (INFO) {info} 件"
            return text + (f"、無視 {len(self.ignored)} 件" if self.ignored else "")
        text = f"{len(self.documents)} document(s) compared: {err} breaking (ERR), {warn} WARN, {info} INFO"
        return text + (f", {len(self.ignored)} ignored" if self.ignored else "")
