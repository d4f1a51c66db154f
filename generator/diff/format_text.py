"""Reports for people: plain text (one `file:line:col:` line a finding) and Markdown (a PR comment)."""

from __future__ import annotations

from generator.diff.result import DiffResult
from generator.diff.rules import RULES


def render_text(result: DiffResult, lang: str) -> str:
    lines = []
    for f in result.findings:
        lines.append(f"{f.location}: {f.level.value} [{f.rule}] {f.message(lang)}{f.operations_text()}")
    return "".join(line + "\n" for line in lines)


_MD = {
    "ja": {
        "title": "## API の変更",
        "head": "| レベル | ルール | 場所 | 操作 | 内容 |",
        "none": "変更はありません。",
        "ignored": "### 無視した変更",
        "ignored_head": "| ルール | 場所 | 理由 |",
        "deprecation": "非推奨",
    },
    "en": {
        "title": "## API changes",
        "head": "| Level | Rule | Location | Operations | Change |",
        "none": "No changes.",
        "ignored": "### Ignored changes",
        "ignored_head": "| Rule | Location | Reason |",
        "deprecation": "deprecation",
    },
}


def _cell(text: str) -> str:
    """Table-safe: a pipe or a line break in spec text must not end the cell."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def render_markdown(result: DiffResult, lang: str) -> str:
    words = _MD["ja" if lang == "ja" else "en"]
    out = [words["title"], "", result.summary(lang), ""]
    if not result.findings:
        out += [words["none"], ""]
    else:
        out += [words["head"], "| --- | --- | --- | --- | --- |"]
        for f in result.findings:
            cells = [
                f"{f.level.value} ({words['deprecation']})" if RULES[f.rule].deprecation else f.level.value,
                f"`{f.rule}`",
                f"`{f.location}`",
                f.operations_text(8).strip(" ()"),
                f.message(lang),
            ]
            out.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        out.append("")
    if result.ignored:
        out += [words["ignored"], "", words["ignored_head"], "| --- | --- | --- |"]
        for f, entry in result.ignored:
            out.append(f"| `{_cell(f.rule)}` | `{_cell(str(f.location))}` | {_cell(entry.reason)} |")
        out.append("")
    return "\n".join(out)
