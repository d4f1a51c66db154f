"""Errors raised by the generated clients.

APIError
├── APIConnectionError          the request did not get a response (DNS, TLS, refused ...)
│   └── APITimeoutError         ... because a timeout expired
├── CredentialsError            the token provider gave no usable token (empty, or not a header value): not sent
├── UnexpectedResponseError     a response the document does not describe, or a body that does not parse
└── APIStatusError              a documented error status; carries `status_code`, `headers`, `request_id`,
    │                           `problem`, `response` (UnexpectedResponseError carries the first three too)
    ├── BadRequestError         400
    ├── AuthenticationError     401
    ├── PermissionDeniedError   403
    ├── NotFoundError           404
    ├── ConflictError           409
    ├── RateLimitError          429 (`retry_after` seconds when the server sent Retry-After)
    └── ServerError             5xx
        └── ServiceUnavailableError  503 (`retry_after`)
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "CredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "Problem",
    "RateLimitError",
    "ServerError",
    "ServiceUnavailableError",
    "UnexpectedResponseError",
]


@dataclass(frozen=True)
class Problem:
    """An RFC 9457 problem body (application/problem+json); unknown members are kept in `extra`."""

    type: str | None = None
    title: str | None = None
    status: int | None = None
    detail: str | None = None
    instance: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def error_code(self) -> str | None:
        code = self.extra.get("errorCode")
        return str(code) if code is not None else None

    @classmethod
    def from_response(cls, response: httpx.Response) -> Problem | None:
        try:
            body = json.loads(response.content)
        except ValueError:
            return None
        if not isinstance(body, dict):
            return None
        known = {"type", "title", "status", "detail", "instance"}
        status = body.get("status")
        return cls(
            type=_text(body.get("type")),
            title=_text(body.get("title")),
            status=status if isinstance(status, int) else None,
            detail=_text(body.get("detail")),
            instance=_text(body.get("instance")),
            extra={k: v for k, v in body.items() if k not in known},
        )


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def request_id_of(response: httpx.Response) -> str | None:
    """The server's X-Request-Id, else the one the request carried (the client generates one where the
    document defines the header)."""
    found: str | None = response.headers.get("x-request-id")
    if found is None:
        try:
            found = response.request.headers.get("x-request-id")
        except RuntimeError:  # a response built without a request
            return None
    return found


class APIError(Exception):
    """Base class of every error the generated clients raise."""


class APIConnectionError(APIError):
    def __init__(self, message: str, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    pass


class CredentialsError(APIError):
    """The token provider returned nothing a request can carry; no request was sent. The token is never shown."""


class UnexpectedResponseError(APIError):
    def __init__(self, message: str, response: httpx.Response) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.request_id = request_id_of(response)



class APIStatusError(APIError):
    def __init__(self, response: httpx.Response, problem: Problem | None) -> None:
        self.response = response
        self.status_code = response.status_code
        self.problem = problem
        self.headers = response.headers
        self.request_id = request_id_of(response)
        summary = (problem.title or problem.detail) if problem else None
        code = f" [{problem.error_code}]" if problem and problem.error_code else ""
        super().__init__(f"HTTP {response.status_code}{code}: {summary or response.reason_phrase}")


class BadRequestError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class PermissionDeniedError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class ConflictError(APIStatusError):
    pass


class _RetryAfter(APIStatusError):
    @property
    def retry_after(self) -> float | None:
        """Seconds to wait before retrying, from the Retry-After header (delta-seconds form)."""
        value = self.response.headers.get("retry-after")
        try:
            return float(value) if value is not None else None
        except ValueError:
            return None


class RateLimitError(_RetryAfter):
    pass


class ServerError(_RetryAfter):
    pass


class ServiceUnavailableError(ServerError):
    pass


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
    503: ServiceUnavailableError,
}


def error_for(response: httpx.Response) -> APIStatusError:
    problem = Problem.from_response(response)
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = ServerError if response.status_code >= 500 else APIStatusError
    return cls(response, problem)
