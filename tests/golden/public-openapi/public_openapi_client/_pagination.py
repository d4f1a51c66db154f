"""Items across pages for list operations that use the shared pagination schema.

Such an operation takes `page` (1-based), answers an object with one array of items and `pagination`
(`page`, `perPage`, `totalCount`, `nextPage`, null on the last page). paginate() calls it page after page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, ParamSpec

import pydantic

__all__ = ["apaginate", "paginate"]

P = ParamSpec("P")


def paginate(method: Callable[P, Any], /, *args: P.args, **kwargs: P.kwargs) -> Iterator[Any]:
    """Yield the items of every page: `paginate(client.notices.notices_list_notices, per_page=100)`.

    The arguments are the method's own (checked like a direct call); `page=` sets the first page.
    """
    page: int | None = _first_page(kwargs)
    while page is not None:
        kwargs["page"] = page
        items, page = page_of(method(*args, **kwargs), page)
        yield from items


async def apaginate(method: Callable[P, Awaitable[Any]], /, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[Any]:
    """The async twin of paginate: `async for item in apaginate(client.notices.notices_list_notices): ...`."""
    page: int | None = _first_page(kwargs)
    while page is not None:
        kwargs["page"] = page
        items, page = page_of(await method(*args, **kwargs), page)
        for item in items:
            yield item


def _first_page(kwargs: dict[str, Any]) -> int:
    page = kwargs.get("page")
    return page if isinstance(page, int) and not isinstance(page, bool) else 1


def page_of(result: Any, page: int) -> tuple[list[Any], int | None]:
    """(items, next page or None) of one answer of a paginated list operation."""
    if not isinstance(result, pydantic.BaseModel):
        raise TypeError(f"paginate() needs a list operation answering an object, got {type(result).__name__}")
    fields = type(result).model_fields
    pagination = None
    lists: list[list[Any]] = []
    for name, info in fields.items():
        value = getattr(result, name)
        if (info.alias or name) == "pagination" or name == "pagination":
            pagination = value
        elif isinstance(value, list):
            lists.append(value)
    if pagination is None or len(lists) != 1:
        raise TypeError(
            f"{type(result).__name__} is not a page of the shared pagination schema "
            "(one array of items and `pagination`)"
        )
    following = _field(pagination, "nextPage")
    if following is None:
        return lists[0], None
    if not isinstance(following, int) or following <= page:  # a server pointing backwards would loop forever
        raise TypeError(f"pagination.nextPage {following!r} does not follow page {page}")
    return lists[0], following


def _field(model: Any, alias: str) -> Any:
    if isinstance(model, pydantic.BaseModel):
        for name, info in type(model).model_fields.items():
            if (info.alias or name) == alias:
                return getattr(model, name)
        return None
    if isinstance(model, dict):
        return model.get(alias)
    return None
