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
    ├── ServerError             5xx
    │   └── ServiceUnavailableError  503 (`retry_after`)
    └── OAuthError              an RFC 6749 error body (`error`, `error_description`, `error_uri`), any status
        ├── InvalidRequestError        invalid_request
        ├── InvalidClientError         invalid_client
        ├── InvalidGrantError          invalid_grant (code or refresh token invalid, expired, revoked or reused)
        ├── UnauthorizedClientError    unauthorized_client
        ├── UnsupportedGrantTypeError  unsupported_grant_type
        ├── InvalidScopeError          invalid_scope
        └── InvalidTokenError          invalid_token (RFC 6750)
AuthorizationError              the authorization redirect came back with `error=` or a foreign `state`
└── AccessDeniedError           ... the user declined (error=access_denied)
ReconsentRequiredError          the stored grant can no longer be used: the user has to consent again
├── ConsentRevokedError         the refresh answered invalid_grant (reused, expired after 90 days, revoked);
│                               the grant was deleted from the store
└── RefreshInterruptedError     a refresh was sent and no new token was stored (answer lost, process killed,
                                any error): the single-use refresh token is spent and is never sent again
TokenStoreError                 a token store cannot be read or written (wrong key, tampered or unreadable file)

AuthorizationError, ReconsentRequiredError and TokenStoreError derive from APIError too. No message, repr or
attribute of these errors holds a token.
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
    "AccessDeniedError",
    "AuthenticationError",
    "AuthorizationError",
    "BadRequestError",
    "ConflictError",
    "ConsentRevokedError",
    "CredentialsError",
    "InvalidClientError",
    "InvalidGrantError",
    "InvalidRequestError",
    "InvalidScopeError",
    "InvalidTokenError",
    "NotFoundError",
    "OAuthError",
    "PermissionDeniedError",
    "Problem",
    "RateLimitError",
    "ReconsentRequiredError",
    "RefreshInterruptedError",
    "ServerError",
    "ServiceUnavailableError",
    "TokenStoreError",
    "UnauthorizedClientError",
    "UnexpectedResponseError",
    "UnsupportedGrantTypeError",
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


class OAuthError(APIStatusError):
    """An RFC 6749 §5.2 error body; `error` is the code, `description` the server's explanation."""

    def __init__(self, response: httpx.Response, error: str, description: str | None, uri: str | None) -> None:
        self.error = error
        self.description = description
        self.uri = uri
        super().__init__(response, None)
        self.args = (f"HTTP {response.status_code} {error}" + (f": {description}" if description else ""),)


class InvalidRequestError(OAuthError):
    pass


class InvalidClientError(OAuthError):
    pass


class InvalidGrantError(OAuthError):
    pass


class UnauthorizedClientError(OAuthError):
    pass


class UnsupportedGrantTypeError(OAuthError):
    pass


class InvalidScopeError(OAuthError):
    pass


class InvalidTokenError(OAuthError):
    pass


_OAUTH: dict[str, type[OAuthError]] = {
    "invalid_request": InvalidRequestError,
    "invalid_client": InvalidClientError,
    "invalid_grant": InvalidGrantError,
    "unauthorized_client": UnauthorizedClientError,
    "unsupported_grant_type": UnsupportedGrantTypeError,
    "invalid_scope": InvalidScopeError,
    "invalid_token": InvalidTokenError,
}


def oauth_error_for(response: httpx.Response) -> OAuthError | None:
    """The typed error of an RFC 6749 error body (`{"error": "...", ...}`), None for any other body."""
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    if not isinstance(body, dict) or not isinstance(body.get("error"), str) or "title" in body:
        return None
    code = body["error"]
    cls = _OAUTH.get(code, OAuthError)
    if cls is OAuthError and not code.replace("_", "").isalpha():
        return None  # not an OAuth error code: some other JSON that happens to have `error`
    return cls(response, code, _text(body.get("error_description")), _text(body.get("error_uri")))


class AuthorizationError(APIError):
    """The redirect back from the authorization endpoint carried an error (RFC 6749 §4.1.2.1) or the wrong state."""

    def __init__(self, error: str, description: str | None = None) -> None:
        self.error = error
        self.description = description
        super().__init__(error + (f": {description}" if description else ""))


class AccessDeniedError(AuthorizationError):
    pass


class ReconsentRequiredError(APIError):
    """The stored grant can no longer be used: send the user through the consent screen again."""


class ConsentRevokedError(ReconsentRequiredError):
    pass


class RefreshInterruptedError(ReconsentRequiredError):
    pass


class TokenStoreError(APIError):
    pass


def error_for(response: httpx.Response) -> APIStatusError:
    oauth = oauth_error_for(response) if response.status_code in (400, 401) else None
    if oauth is not None:
        return oauth
    problem = Problem.from_response(response)
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = ServerError if response.status_code >= 500 else APIStatusError
    return cls(response, problem)
