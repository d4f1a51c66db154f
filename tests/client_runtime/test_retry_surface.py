"""Every method of every one of the 16 API clients (sync, async and raw) takes a keyword-only `max_retries`, and
every per-API constructor takes `max_retries` and `rate_limit` as the facade does, with the same defaults."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from types import ModuleType
from typing import Any

RAW = "WithRawResponse"


def api_classes(pkg: ModuleType) -> Iterator[tuple[str, type[Any]]]:
    for info in pkgutil.iter_modules(pkg.__path__):
        if info.ispkg:
            module = importlib.import_module(f"{pkg.__name__}.{info.name}.client")
            for name in module.__all__:
                value = getattr(module, name)
                if isinstance(value, type):
                    yield f"{info.name}.{name}", value


def operation_methods(cls: type[Any]) -> Iterator[tuple[str, Any]]:
    """The generated operation methods (the raw classes document theirs in one line, without the operationId)."""
    raw = cls.__name__.endswith(RAW)
    for name, member in vars(cls).items():
        if not inspect.isfunction(member) or name.startswith("_"):
            continue
        if raw or "(operationId: `" in (member.__doc__ or ""):
            yield name, member


def test_every_method_takes_max_retries(pkg: ModuleType) -> None:
    classes = dict(api_classes(pkg))
    assert len([n for n in classes if not n.endswith(RAW)]) == 2 * 16
    counted = 0
    for where, cls in classes.items():
        for name, method in operation_methods(cls):
            parameter = inspect.signature(method).parameters.get("max_retries")
            assert parameter is not None, f"{where}.{name}"
            assert parameter.kind is inspect.Parameter.KEYWORD_ONLY, f"{where}.{name}"
            assert parameter.annotation == "int | Unset" and parameter.default is pkg.UNSET, f"{where}.{name}"
            assert ("max_retries: " in (method.__doc__ or "")) != cls.__name__.endswith(RAW), f"{where}.{name}"
            counted += 1
    assert counted > 4 * 100  # every operation, four classes each


def test_every_constructor_takes_the_facades_retry_and_rate_options(pkg: ModuleType) -> None:
    facade = inspect.signature(pkg.MynaPortalClient.__init__).parameters
    for where, cls in api_classes(pkg):
        if where.endswith(RAW):
            continue
        parameters = inspect.signature(cls.__init__).parameters
        for option in ("max_retries", "rate_limit"):
            assert parameters[option].kind is inspect.Parameter.KEYWORD_ONLY, where
            assert parameters[option].default == facade[option].default, where
            assert parameters[option].annotation == facade[option].annotation, where
            assert f"{option}: " in (cls.__init__.__doc__ or ""), where
