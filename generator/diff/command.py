"""`mpgen diff` and `mpgen release`: from parsed arguments to printed reports and an exit code."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from generator.config import Config
from generator.diagnostics import Diagnostic, Location, error
from generator.diff.ignore import IgnoreEntry, IgnoreFileError, load_ignore_file
from generator.diff.language import default_lang
from generator.diff.loading import DiffInputError
from generator.diff.result import DiffResult
from generator.diff.rules import RULES, Level
from generator.diff.session import Roots, diff_pairs
from generator.diff.sources import Pair, pair_inputs, root_of

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
FORMATS = ("text", "markdown", "json", "github", "junit")


def renderer(name: str) -> Callable[[DiffResult, str], str]:
    """The report writer of a format, imported only when asked for (XML support costs a tenth of a second)."""
    if name in ("text", "markdown"):
        from generator.diff import format_text  # noqa: PLC0415

        return format_text.render_markdown if name == "markdown" else format_text.render_text
    from generator.diff import format_ci  # noqa: PLC0415

    return {"json": format_ci.render_json, "github": format_ci.render_github, "junit": format_ci.render_junit}[name]


def run(config: Config, args: argparse.Namespace) -> int:
    lang = args.lang or default_lang(os.environ)
    if args.command == "release":
        from generator.diff.release import release  # noqa: PLC0415 - only this command writes files

        return release(config, args.slug, lang)
    if args.rules:
        return _print_rules(args.format, lang)
    ignores: list[IgnoreEntry] = []
    if args.ignore is not None:
        try:
            ignores = load_ignore_file(args.ignore)
        except IgnoreFileError as exc:
            return _usage(exc.diagnostics)
    with contextlib.ExitStack() as stack:
        tmp = None
        if args.base is not None:  # a checkout of the revision; tempfile costs its import only then
            import tempfile  # noqa: PLC0415

            tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="mpgen-diff-")))
        try:
            pairs, roots, revision = _inputs(config, args, tmp)
            result = diff_pairs(pairs, roots, args.date or date.today(), ignores, Level(args.fail_on), revision)
        except DiffInputError as exc:
            return _usage(exc.diagnostics)
        except UsageError as exc:
            print(f"mpgen diff: {exc}", file=sys.stderr)
            return EXIT_USAGE
    sys.stdout.write(renderer(args.format)(result, lang))
    print(f"mpgen diff: {result.summary(lang)}", file=sys.stderr)
    for entry in ignores:
        if not entry.used:
            print(f"{entry.where}: note: ignore entry for {entry.rule} matched nothing", file=sys.stderr)
    return EXIT_PROBLEMS if result.failed else EXIT_OK


class UsageError(Exception):
    pass


def _inputs(config: Config, args: argparse.Namespace, tmp: Path | None) -> tuple[list[Pair], Roots, str | None]:
    paths: list[Path] = args.paths
    if args.base is None:
        if len(paths) != 2:
            raise UsageError("give OLD and NEW (files or folders), or --base REV [NEW]")
        old, new = paths
        roots = Roots(root_of(old, config.root), root_of(new, config.root))
        return pair_inputs(old, new), roots, None
    from generator.diff.git_revision import snapshot  # noqa: PLC0415 - runs git only when asked to

    if len(paths) > 1:
        raise UsageError("with --base REV give at most one NEW path (default: the specs folder)")
    new = paths[0] if paths else config.specs
    new_root = root_of(new, config.root)
    assert tmp is not None
    snap = snapshot(args.base, new_root, tmp)
    old = snap.counterpart(new)
    roots = Roots(snap.counterpart(new_root), new_root, snap.rename)
    if not old.exists():
        missing = error(Location(snap.rename(str(old))), "io-error", "does not exist at that revision")
        raise DiffInputError([missing])
    return pair_inputs(old, new), roots, args.base


def _usage(diagnostics: list[Diagnostic]) -> int:
    for d in diagnostics:
        print(d, file=sys.stderr)
    return EXIT_USAGE


def _print_rules(fmt: str, lang: str) -> int:
    if fmt == "json":
        rows = [{"id": r.id, "level": r.level.value, "en": r.en, "ja": r.ja} for r in RULES.values()]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "markdown":
        print("| id | level | message |\n| --- | --- | --- |")
        for r in RULES.values():
            text = r.text(lang).replace("|", "\\|")
            print(f"| `{r.id}` | {r.level.value} | {text} |")
    else:
        for r in RULES.values():
            print(f"{r.id:38} {r.level.value:4} {r.text(lang)}")
    return EXIT_OK
