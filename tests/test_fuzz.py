"""Fuzzing mpgen: structured mutations of our specs, raw YAML and raw JSON garbage (issue #8, item 11).

Every case runs `mpgen validate`, usually `mpgen bundle` and always `mpgen generate` into folders that
already hold a previous good output; tests/fuzz/harness.py lists the invariants. The cases found so
far are replayed from tests/fuzz/found/.

Budget: ~150 cases, derandomized (the same cases on every run, ~1 min on two cores). `make fuzz`
sets MPGEN_FUZZ_EXAMPLES (random seeds) and MPGEN_FUZZ_MINUTES (a time bound). MPGEN_FUZZ_COLLECT=DIR
keeps going after a failure and saves one case per distinct failure into DIR (then
`python -m tests.fuzz.reduce DIR/<id> tests/fuzz/found/<name>` makes it small); MPGEN_FUZZ_STATS=FILE
writes the counts as JSON.
The counts are printed in the terminal summary ("mpgen fuzz: ... cases").
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.fuzz import harness
from tests.fuzz.garbage import json_garbage, yaml_garbage
from tests.fuzz.harness import PACKAGE, Case, Fuzzer, Outcome, Plan, Violation
from tests.fuzz.mutations import Seed, mutated

ROOT = Path(__file__).resolve().parent.parent
FOUND = Path(__file__).parent / "fuzz" / "found"
LEGAL = Path(__file__).parent / "corpus" / "legal"
LEGAL_SEEDS = [
    "composition.yaml", "discriminator_files.yaml", "japanese.yaml", "japanese_keys_30.yaml", "nonstandard_refs.yaml",
    "nullable_30.yaml", "recursion.yaml", "reserved_words.yaml",
]  # fmt: skip
SPLIT_SEEDS = ["self-info.yaml", "user-registration.yaml", "notices.yaml", "sso.yaml"]

EXAMPLES = int(os.environ.get("MPGEN_FUZZ_EXAMPLES", "150"))
LONG = "MPGEN_FUZZ_EXAMPLES" in os.environ
COLLECT = Path(os.environ["MPGEN_FUZZ_COLLECT"]) if os.environ.get("MPGEN_FUZZ_COLLECT") else None
SHARES = {"structured": 0.5, "yaml": 0.25, "json": 0.25}
# MPGEN_FUZZ_MINUTES bounds a long run: each strategy stops drawing cases when its share is spent.
MINUTES = float(os.environ.get("MPGEN_FUZZ_MINUTES", "0"))


def _settings(strategy: str) -> settings:
    return settings(
        max_examples=max(1, round(EXAMPLES * SHARES[strategy])),
        deadline=None,
        derandomize=not LONG,  # the suite runs the same cases every time; `make fuzz` explores
        database=None,  # nothing written into the working tree
        suppress_health_check=list(HealthCheck),
        # No shrinking: a failing case is saved as it is and tests/fuzz/reduce.py minimises it far faster.
        phases=[Phase.explicit, Phase.generate],
    )


@dataclass
class Session:
    fuzzer: Fuzzer
    seeds: list[Seed]
    failures: Path  # the latest failing case of each strategy is written here
    observations: Counter[str] = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)  # one per observation
    seconds: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    collected: dict[str, dict[str, Any]] = field(default_factory=dict)
    started: float = field(default_factory=time.perf_counter)
    began: dict[str, float] = field(default_factory=dict)  # when each strategy's first case ran

    @property
    def stats(self) -> Counter[str]:
        return self.fuzzer.stats


def _seeds(base: Path) -> list[Seed]:
    from generator.documents.loader import load_file  # noqa: PLC0415

    specs = sorted(p for p in (ROOT / "specs").glob("*.yaml") if p.name != "catalog.yaml")
    for folder, named in (("specs", specs), ("legal", [LEGAL / name for name in LEGAL_SEEDS])):
        rc, output = harness.in_process(["bundle", *map(str, named), "--out", str(base / "seeds" / folder)], base)
        assert rc == 0, output
    seeds = []
    for path in sorted(p for p in (base / "seeds").glob("*/*.json") if not p.name.startswith(".")):
        raw = path.read_bytes()
        seeds.append(Seed(path.stem, {path.name: json.loads(raw)}, {path.name: raw}, path.name, False))
    shared = sorted((ROOT / "specs" / "shared").glob("*.yaml"))
    for name in SPLIT_SEEDS:
        paths = {name: ROOT / "specs" / name, **{f"shared/{p.name}": p for p in shared}}
        seeds.append(
            Seed(
                Path(name).stem,
                {rel: load_file(p).data for rel, p in paths.items()},
                {rel: p.read_bytes() for rel, p in paths.items()},
                name,
                True,
            )
        )
    return seeds


class _Summary:
    """Prints the case counts at the end of the run (and writes them to MPGEN_FUZZ_STATS)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        s = self.session
        stats = dict(sorted(s.stats.items()))
        cases = {k.split(":", 1)[1]: v for k, v in stats.items() if k.startswith("cases:")}
        timing = ", ".join(f"{k} {v:.0f}s" for k, v in sorted(s.seconds.items()))
        seconds = time.perf_counter() - s.started
        terminalreporter.write_sep("-", "mpgen fuzz")
        terminalreporter.write_line(
            f"mpgen fuzz: {sum(cases.values())} cases ({', '.join(f'{k} {v}' for k, v in cases.items())}) "
            f"in {seconds:.0f}s; generated {stats.get('generated', 0)}, "
            f"imported {stats.get('imported (fork)', 0)} "
            f"(fresh interpreter {stats.get('imported (fresh interpreter)', 0)})"
        )
        terminalreporter.write_line(f"mpgen fuzz: time per strategy: {timing}")
        terminalreporter.write_line("mpgen fuzz: " + ", ".join(f"{k}={v}" for k, v in stats.items()))
        for what, n in s.observations.most_common(20):
            terminalreporter.write_line(f"mpgen fuzz observation x{n}: {what}, e.g. {s.examples[what][:160]}")
        if s.collected:
            terminalreporter.write_line(f"mpgen fuzz: {len(s.collected)} distinct failure(s) saved in {COLLECT}")
            for sig, info in s.collected.items():
                terminalreporter.write_line(f"  x{info['count']} {sig}")
        _write_stats(s)


def _write_stats(s: Session) -> None:
    """MPGEN_FUZZ_STATS: the counts so far as JSON (rewritten as the run goes: a killed run keeps them)."""
    target = os.environ.get("MPGEN_FUZZ_STATS")
    if target:
        report = {
            "seconds": time.perf_counter() - s.started,
            "per_strategy_seconds": dict(s.seconds),
            "stats": dict(sorted(s.stats.items())),
            "observations": {k: {"count": n, "example": s.examples[k]} for k, n in s.observations.items()},
            "failures": s.collected,
        }
        Path(target).write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


@pytest.fixture(scope="session")
def fuzz(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Session:
    base = tmp_path_factory.mktemp("fuzz")
    session = Session(harness.prepare(base), _seeds(base), base / "failures")
    request.config.pluginmanager.register(_Summary(session), "mpgen-fuzz-summary")
    return session


class TimeUp(BaseException):
    """Ends a fuzz test early (MPGEN_FUZZ_MINUTES). Not an Exception, so Hypothesis lets it through
    at once (a skip or a rejection before drawing would make it report the strategy as 'flaky')."""


def _time_is_up(fz: Session, strategy: str) -> None:
    began = fz.began.setdefault(strategy, time.perf_counter())
    if MINUTES and strategy in SHARES and time.perf_counter() - began > MINUTES * 60 * SHARES[strategy]:
        raise TimeUp(f"MPGEN_FUZZ_MINUTES: time is up after {fz.stats[f'cases:{strategy}']} {strategy} cases")


def _bounded(test: Any, fz: Session) -> None:
    """Run a Hypothesis test; a test ended by the time bound has passed (its cases are counted)."""
    try:
        test(fz)
    except TimeUp as up:
        print(up)


def _check(fz: Session, case: Case, plan: Plan, strategy: str) -> None:
    _time_is_up(fz, strategy)  # after every draw: ending at a leaf keeps Hypothesis's record consistent
    started = time.perf_counter()
    outcome = fz.fuzzer.exercise(case, plan, strategy=strategy)
    fz.seconds[strategy] += time.perf_counter() - started
    for what, example in outcome.observations:
        fz.observations[what] += 1
        fz.examples.setdefault(what, example)
    if fz.stats[f"cases:{strategy}"] % 25 == 0:
        _write_stats(fz)
    if not outcome.violations:
        return
    if COLLECT is not None:
        _collect(fz, case, plan, outcome)
        return
    saved = harness.save(case, fz.failures / strategy, {"entry": case.entry, "label": case.label, "plan": asdict(plan)})
    raise AssertionError(f"{harness.describe(outcome)}\n\ncase: {case!r}\nsaved in {saved}")


def _collect(fz: Session, case: Case, plan: Plan, outcome: Outcome) -> None:
    """Keep the first case of every distinct failure (kind, command and, from a debug re-run, where)."""
    assert COLLECT is not None
    for found in outcome.violations:
        v = found
        if v.kind in harness.DEBUG_KINDS:
            v = Violation(v.kind, v.command, v.detail, harness.debug_rerun(case, plan, fz.fuzzer, v))
        sig = harness.signature(v)
        if sig in fz.collected:
            fz.collected[sig]["count"] += 1
            continue
        folder = COLLECT / harness.short_hash(sig)
        info = {
            "signature": sig,
            "count": 1,
            "kind": v.kind,
            "command": v.command,
            "detail": v.detail,
            "entry": case.entry,
            "label": case.label,
            "plan": asdict(plan),
            "run": found.run.shown(6000),
            "debug run": v.run.shown(6000) if v is not found else None,
            "traces": v.run.traces,
        }
        harness.save(case, folder, info)
        fz.collected[sig] = info
    (COLLECT / "summary.json").write_text(
        json.dumps(
            {s: {"count": i["count"], "folder": harness.short_hash(s)} for s, i in fz.collected.items()}, indent=2
        ),
        encoding="utf-8",
    )


plans = st.builds(
    Plan,
    validate_folder=st.booleans(),
    house=st.booleans(),
    bundle=st.booleans(),
    check=st.sampled_from([False] * 5 + [True]),
)


@_settings("structured")
@given(data=st.data())
def _structured(fuzz: Session, data: st.DataObject) -> None:
    case = data.draw(mutated(fuzz.seeds), label="case")
    _check(fuzz, case, data.draw(plans, label="plan"), "structured")


@_settings("yaml")
@given(data=st.data())
def _yaml(fuzz: Session, data: st.DataObject) -> None:
    _check(fuzz, data.draw(yaml_garbage(), label="case"), data.draw(plans, label="plan"), "yaml")


@_settings("json")
@given(data=st.data())
def _json(fuzz: Session, data: st.DataObject) -> None:
    _check(fuzz, data.draw(json_garbage(), label="case"), data.draw(plans, label="plan"), "json")


# The Hypothesis tests run inside plain tests: the session fixture comes in, and the time bound out.
def test_fuzz_structured_mutations(fuzz: Session) -> None:
    _bounded(_structured, fuzz)


def test_fuzz_yaml_garbage(fuzz: Session) -> None:
    _bounded(_yaml, fuzz)


def test_fuzz_json_garbage(fuzz: Session) -> None:
    _bounded(_json, fuzz)


FOUND_CASES = list(harness.iter_found(FOUND)) if FOUND.is_dir() else []


@pytest.mark.parametrize("case", [c for _, c in FOUND_CASES], ids=[n for n, _ in FOUND_CASES])
def test_fuzz_found_reproducers(fuzz: Session, case: Case) -> None:
    """Every failure found so far, replayed with every command and a fresh-interpreter import."""
    fuzz.fuzzer.import_every, every = 1, fuzz.fuzzer.import_every
    try:
        _check(fuzz, case, Plan(house=True), "found")
    finally:
        fuzz.fuzzer.import_every = every


def test_fuzz_collected_nothing(fuzz: Session) -> None:
    """With MPGEN_FUZZ_COLLECT the fuzz tests keep going; this one fails if they found anything."""
    if COLLECT is None:
        pytest.skip("MPGEN_FUZZ_COLLECT is not set: the fuzz tests fail on the first violation")
    lines = [f"x{i['count']} {sig}" for sig, i in fuzz.collected.items()]
    assert not lines, f"{len(lines)} distinct failure(s), saved in {COLLECT}:\n" + "\n".join(lines)


# --- the harness can fail: a broken CLI, substituted before the fork, is caught ------------------------


def _broken(monkeypatch: pytest.MonkeyPatch, behaviour: Any) -> None:
    import generator.cli  # noqa: PLC0415

    monkeypatch.setattr(generator.cli, "main", behaviour)


def _exercise(fz: Session, plan: Plan | None = None) -> Outcome:
    seed = next(s for s in fz.seeds if s.name == "self-info" and not s.split)
    case = Case({"api.json": seed.raw["self-info.json"]}, "api.json", "self-test")
    return fz.fuzzer.exercise(case, plan or Plan(bundle=False), strategy="self-test")


def _kinds(outcome: Outcome) -> set[str]:
    return {v.kind for v in outcome.violations}


def test_harness_catches_internal_errors_and_crashes(fuzz: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    def internal(argv: list[str]) -> int:
        print("mpgen: internal error (KeyError: 'x'); previous output is untouched.", file=sys.stderr)
        return 2

    _broken(monkeypatch, internal)
    assert _kinds(_exercise(fuzz)) == {"internal-error"}
    _broken(monkeypatch, lambda argv: os.abort())
    assert _kinds(_exercise(fuzz)) == {"crash"}
    _broken(monkeypatch, lambda argv: 1 // 0)
    outcome = _exercise(fuzz)
    assert _kinds(outcome) == {"crash"} and "ZeroDivisionError" in (outcome.runs[0].crash or "")
    _broken(monkeypatch, lambda argv: 3)
    assert _kinds(_exercise(fuzz)) == {"exit-code"}

    def steering(argv: list[str]) -> int:
        print("api.json:1:1: error [x] \x1b]0;title\x07 \u202eevil")
        return 1

    _broken(monkeypatch, steering)
    assert _kinds(_exercise(fuzz)) == {"control-character"}


def test_harness_catches_a_hang(fuzz: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(harness, "TIMEOUT", 1.0)
    _broken(monkeypatch, lambda argv: time.sleep(30))
    outcome = _exercise(fuzz)
    assert _kinds(outcome) == {"crash"} and "hang" in (outcome.runs[0].crash or "")


def test_harness_catches_touched_output_and_unimportable_packages(
    fuzz: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    def clobber(argv: list[str]) -> int:
        if argv[0] == "generate":
            (Path("out") / PACKAGE / "__init__.py").write_text("# half written\n", encoding="utf-8")
        return 1

    _broken(monkeypatch, clobber)
    assert _kinds(_exercise(fuzz)) == {"previous-output-changed"}

    def unimportable(argv: list[str]) -> int:
        if argv[0] == "generate":
            (Path("out") / PACKAGE / "_types.py").write_text("from . import nowhere\n", encoding="utf-8")
        return 0

    _broken(monkeypatch, unimportable)
    assert _kinds(_exercise(fuzz)) == {"not-importable"}

    def leftover(argv: list[str]) -> int:
        if argv[0] == "bundle":
            (Path("bundles") / ".mpgen.tmp-x").mkdir()
        return 0

    _broken(monkeypatch, leftover)
    assert _kinds(_exercise(fuzz, Plan(generate=False))) == {"leftover"}

    def beside(argv: list[str]) -> int:
        Path("spec/api.json.tmp").write_text("{}", encoding="utf-8")
        return 1

    _broken(monkeypatch, beside)
    assert _kinds(_exercise(fuzz)) == {"wrote-beside-inputs"}
