"""What the stateful handlers are given: the settings, the shared services and one validated call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from generator.sandbox.clock import Clock
from generator.sandbox.cors import DEFAULT_ORIGINS
from generator.sandbox.operations import Operation
from generator.sandbox.problems import Failure
from generator.sandbox.responder import Reply
from generator.sandbox.security import Principal
from generator.sandbox.state import Store
from generator.sandbox.tokens import Tokens
from generator.sandbox.webhooks import Webhooks


@dataclass(frozen=True)
class Settings:
    seed: int = 0
    wait_polls: int = 2  # how many polls of a processId answer WAIT_RESULT / processing first
    complete_seconds: float = 3.0  # with a completion webhook registered, a job completes this long after acceptance
    tps: int = 10  # requests per second per client id (the documents' illustrative cap); 0 = no cap
    mtls: bool = False  # client certificates required by the TLS layer
    cors_origins: tuple[str, ...] = DEFAULT_ORIGINS  # browser origins allowed to call (the portal's try-it panel)


@dataclass
class Services:
    settings: Settings
    store: Store
    clock: Clock
    tokens: Tokens
    webhooks: Webhooks
    operations: dict[str, Operation] = field(default_factory=dict)  # by operationId


@dataclass(frozen=True)
class Call:
    op: Operation
    params: dict[str, dict[str, Any]]  # "path"/"query"/"header"/"cookie" -> name -> value
    body: Any
    principal: Principal
    request_id: str
    base_url: str  # "http://127.0.0.1:4010", for absolute Location headers

    def query(self, name: str, default: Any = None) -> Any:
        return self.params["query"].get(name, default)


Handler = Callable[[Services, Call], Reply | Failure]
