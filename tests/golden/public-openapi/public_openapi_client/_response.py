"""Raw responses: what `client.<api>.with_raw_response.<method>(...)` returns."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

from ._errors import request_id_of

__all__ = ["RawResponse"]

T = TypeVar("T")


class RawResponse(Generic[T]):
    """A documented response before its body is parsed: `status_code`, `headers`, `request_id` (the server's
    X-Request-Id, else the one sent), the httpx response as `http_response`, and `parse()` for the typed body.

    Error statuses raise before a RawResponse exists, as the plain methods do.
    """

    def __init__(self, response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.request_id = request_id_of(response)
        self._parse = parse
        self._parsed: list[T] = []  # one element once parsed (T may be None)

    def parse(self) -> T:
        """The body as the documented type; UnexpectedResponseError when it does not match the schema."""
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] request_id={self.request_id!r}>"
