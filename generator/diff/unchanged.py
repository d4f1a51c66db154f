"""Which parts of two bundles cannot differ, so the comparison skips them.

A component is unchanged when it is equal on both sides and so is everything it references,
transitively. Most of a new version is unchanged: skipping it keeps a diff of thousands of schemas
close to the cost of reading them.
"""

from __future__ import annotations

from typing import Any

from generator.diff.side import Side
from generator.documents.loader import Pointer
from generator.documents.refs import RefRefused, parse_pointer

ComponentKey = tuple[str, str]
_ELSEWHERE: ComponentKey = ("", "")  # a reference into paths or webhooks: never assumed unchanged


def references(node: Any) -> set[ComponentKey]:
    """The components a subtree refers to (a `$ref` written in an example counts too: harmless)."""
    out: set[ComponentKey] = set()
    stack = [node]
    while stack:
        cur = stack.pop()
        if isinstance(cur, dict):
            ref = cur.get("$ref")
            if isinstance(ref, str):
                out.add(_component_of(ref))
            stack.extend(cur.values())
        elif isinstance(cur, list | tuple):
            stack.extend(cur)
    return out


def _component_of(ref: str) -> ComponentKey:
    try:
        pointer = parse_pointer(ref[1:]) if ref.startswith("#") else ()
    except RefRefused:
        return _ELSEWHERE
    if len(pointer) >= 3 and pointer[0] == "components":
        return (pointer[1], pointer[2])
    return _ELSEWHERE


def _components(side: Side) -> dict[ComponentKey, Any]:
    components = side.data.get("components")
    if not isinstance(components, dict):
        return {}
    return {
        (section, name): node
        for section, entries in components.items()
        if isinstance(entries, dict)
        for name, node in entries.items()
    }


class Unchanged:
    def __init__(self, old: Side, new: Side) -> None:
        before, after = _components(old), _components(new)
        dirty = {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}
        users: dict[ComponentKey, set[ComponentKey]] = {}
        # An equal component refers to the same things on both sides: read it on one side only
        graph = [*after.items(), *((key, node) for key, node in before.items() if key in dirty)]
        for key, node in graph:
            for target in references(node):
                users.setdefault(target, set()).add(key)
        dirty.add(_ELSEWHERE)
        stack = list(dirty)
        while stack:  # whoever references a changed component has changed too
            for user in users.get(stack.pop(), ()):
                if user not in dirty:
                    dirty.add(user)
                    stack.append(user)
        self.components = (before.keys() & after.keys()) - dirty

    def pointers(self, old: tuple[Pointer, ...], new: tuple[Pointer, ...]) -> bool:
        """The same places inside unchanged components on both sides."""
        return old == new and all(len(p) >= 3 and p[0] == "components" and (p[1], p[2]) in self.components for p in old)

    def subtree(self, old: Any, new: Any) -> bool:
        """Equal subtrees whose references all reach unchanged components."""
        return bool(old == new and references(new) <= self.components)
