"""Command-line interface: argument parsing and printing only; the work happens in the pipeline."""

from __future__ import annotations

import argparse
import keyword
import os
import sys
import time
from datetime import date
from pathlib import Path

from generator.config import Config, load_config
from generator.diagnostics import Diagnostic
from generator.paths import forget, real

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
_ROOT_HELP = "folder that $ref may reach into (default: the folder named, or the documents' folder)"
_STRICT_HELP = "content findings (examples, defaults not matching their schema) are errors, not warnings"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mpgen", description="マイナポータルAPI spec toolkit: validate, bundle, generate."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    v = sub.add_parser("validate", help="validate OpenAPI documents (files or folders)")
    v.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the configured specs folder)")
    v.add_argument("--fail-on-warning", action="store_true", default=None, help="exit 1 on warnings too")
    v.add_argument("--house", action="store_true", help="apply the house lint profile to every document")
    v.add_argument("--root", type=Path, help=_ROOT_HELP)
    v.add_argument("--strict", action="store_true", help=_STRICT_HELP)

    g = sub.add_parser("generate", help="generate a typed client package from OpenAPI documents")
    g.add_argument("specs", nargs="+", type=Path, help="OpenAPI 3.0/3.1 documents (YAML or JSON)")
    g.add_argument("--out", type=Path, required=True, help="folder that receives the package folder")
    g.add_argument("--package", required=True, help="Python package name, e.g. my_api_client")
    g.add_argument("--facade", help="class name of the facade exposing every API (default: from the package name)")
    g.add_argument("--pyproject", action="store_true", help="also write OUT/pyproject.toml")
    g.add_argument("--check", action="store_true", help="write nothing; exit 1 listing files that would change")
    g.add_argument("--force", action="store_true", help="regenerate even when inputs are unchanged")
    g.add_argument("--root", type=Path, help=_ROOT_HELP)
    g.add_argument("--strict", action="store_true", help=_STRICT_HELP)

    b = sub.add_parser("bundle", help="bundle documents into self-contained YAML and JSON")
    b.add_argument("specs", nargs="+", type=Path)
    b.add_argument("--out", type=Path, required=True)
    b.add_argument("--root", type=Path, help=_ROOT_HELP)
    b.add_argument("--strict", action="store_true", help=_STRICT_HELP)

    sub.add_parser(
        "build", help="everything `make build` produces from the configured specs (bundles and client)"
    ).add_argument("--force", action="store_true", help="regenerate even when inputs are unchanged")
    sub.add_parser("check", help="exit 1 naming each file of build/ that differs from a fresh generation")
    sub.add_parser("rules", help="list the lint rules with their ids and severities")
    _diff_parsers(sub)
    from generator.sandbox.cli import add_arguments as sandbox_arguments  # noqa: PLC0415 - argparse only

    sandbox_arguments(sub.add_parser("sandbox", help="serve every API on 127.0.0.1 for client development (port 4010)"))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    forget()
    try:
        config = load_config()
    except Exception as exc:
        print(f"mpgen: cannot read configuration: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if getattr(args, "root", None) is not None:
        if not args.root.is_dir():
            print(f"mpgen: --root {args.root} is not a folder", file=sys.stderr)
            return EXIT_USAGE
        config = config.with_overrides(root=real(args.root))
    if getattr(args, "strict", False):
        config = config.with_overrides(strict=True)
    facade = getattr(args, "facade", None)
    if facade is not None and not (facade.isidentifier() and facade.isascii() and not keyword.iskeyword(facade)):
        print(f"mpgen: --facade {facade!r} is not a valid Python class name", file=sys.stderr)
        return EXIT_USAGE
    package = getattr(args, "package", None)
    if package is not None and not (package.isidentifier() and package.isascii() and not keyword.iskeyword(package)):
        print(f"mpgen: --package {package!r} is not a valid Python package name (e.g. my_api_client)", file=sys.stderr)
        return EXIT_USAGE
    try:
        match args.command:
            case "validate":
                return _validate(config, args)
            case "rules":
                return _rules()
            case "diff" | "release":
                from generator.diff.command import run as run_diff  # noqa: PLC0415 - loaded only when used

                return run_diff(config, args)
            case "sandbox":
                from generator.sandbox import cli as sandbox_cli  # noqa: PLC0415 - the server loads only when used

                return sandbox_cli.run(config, args)
            case _:
                from generator.build import commands  # noqa: PLC0415 - generation imports are heavy

                return commands.run(config, args)
    except KeyboardInterrupt:
        print("mpgen: interrupted; previous output is untouched", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug of ours: one line for users, the traceback only when asked for
        if os.environ.get("MPGEN_DEBUG"):
            raise
        print(f"mpgen: internal error ({type(exc).__name__}: {exc}); previous output is untouched.", file=sys.stderr)
        print("mpgen: set MPGEN_DEBUG=1 to see the traceback, and please report it", file=sys.stderr)
        return EXIT_USAGE


def print_diagnostics(diagnostics: list[Diagnostic]) -> None:
    for d in diagnostics:
        print(d)


def _validate(config: Config, args: argparse.Namespace) -> int:
    from generator.documents.pipeline import check_all  # noqa: PLC0415

    if args.house:
        config = config.with_overrides(house_paths=(Path("/"),))
    paths = args.paths or [config.specs]
    started = time.perf_counter()
    run = check_all(config, paths, progress=True)
    print_diagnostics(run.diagnostics)
    errors = len(run.errors)
    warnings = len(run.diagnostics) - errors
    seconds = time.perf_counter() - started
    print(
        f"{len(run.documents)} document(s) checked in {seconds:.2f}s: {errors} error(s), {warnings} warning(s)",
        file=sys.stderr,
    )
    if any(d.rule == "io-error" and d.location.line == 1 for d in run.diagnostics) and not run.documents:
        return EXIT_USAGE
    fail_on_warning = args.fail_on_warning if args.fail_on_warning is not None else config.fail_on_warning
    if errors or (fail_on_warning and warnings):
        return EXIT_PROBLEMS
    return EXIT_OK


def _rules() -> int:
    from generator.documents.lint import CATALOG_RULES, RULES  # noqa: PLC0415
    from generator.documents.pipeline import CONTENT_RULES  # noqa: PLC0415

    for rule in RULES:
        print(f"{rule.id:28} {rule.severity.value:8} {rule.doc}")
    for rule_id, doc in CATALOG_RULES.items():
        print(f"{rule_id:28} {'error':8} {doc}")
    for rule_id, doc in CONTENT_RULES.items():
        print(f"{rule_id:28} {'content':8} {doc} (a warning outside the house profile unless --strict)")
    return EXIT_OK


def _diff_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    d = sub.add_parser("diff", help="changes between two versions of documents, breaking ones first")
    d.add_argument(
        "paths", nargs="*", type=Path, help="OLD NEW (files or folders); with --base only NEW (default: specs)"
    )
    d.add_argument("--base", metavar="REV", help="OLD is the specs folder (or NEW's path) at this git revision")
    d.add_argument("--format", choices=("text", "markdown", "json", "github", "junit"), default="text")
    d.add_argument("--lang", choices=("ja", "en"), help="message language (default: ja on a Japanese locale, else en)")
    d.add_argument(
        "--fail-on", choices=("ERR", "WARN"), default="ERR", help="exit 1 on findings of this level or worse"
    )
    d.add_argument("--ignore", type=Path, metavar="FILE", help="accepted changes (YAML or text), each with a reason")
    d.add_argument("--rules", action="store_true", help="list the diff rules (id, level, message) and exit")
    d.add_argument("--date", type=date.fromisoformat, help="the day x-sunset dates are compared with (default: today)")
    d.add_argument("--root", type=Path, help=_ROOT_HELP)
    r = sub.add_parser("release", help="freeze the bundle of an API as specs/releases/SLUG/VERSION.yaml")
    r.add_argument("slug", help="catalogue slug of the API")
    r.add_argument("--lang", choices=("ja", "en"), help="message language of the findings that refuse a release")
