"""Messages of the schema check that say more than "expected X, got Y".

A number given for a string enum with digit members (``duration=5`` where the spec says ``"5"`` or
``"10"``) is told the members and that they are strings: ``7 is an integer: must be one of '5',
'10' (a string)``. (The client itself sends an int whose ``str()`` is a member as that string:
:mod:`._inputs`.)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

Schema = Mapping[str, Any]


class Checker(Protocol):
    """What the messages need of :class:`~._validate_schema.SchemaChecker`."""

    def resolve(self, schema: Schema) -> Schema: ...  # pragma: no cover - a protocol

    def types(self, schema: Schema) -> list[str]: ...  # pragma: no cover - a protocol


def wrong_type(
    checker: Checker, schemas: Sequence[Schema], names: Sequence[str], value: object, kind: str
) -> str:
    """The message for ``value`` (of JSON type ``kind``) that none of ``schemas`` (allowing
    ``names``) takes."""
    members = string_enum(checker, schemas) if kind in ("integer", "number") else []
    if any(m.isdigit() for m in members):
        article = "an" if kind == "integer" else "a"
        listed = ", ".join(repr(m) for m in members)
        return f"{value!r} is {article} {kind}: must be one of {listed} (a string)"
    return f"expected {named(names)}, got {kind}"


def string_enum(checker: Checker, schemas: Sequence[Schema]) -> list[str]:
    """The members of the string enum these alternatives allow, or [] when a string outside an
    enum, or an enum member that is not a string, fits too."""
    found: list[str] = []
    for schema in map(checker.resolve, schemas):
        if "enum" in schema:
            if not all(isinstance(e, str) for e in schema["enum"]):
                return []
            found += schema["enum"]
        elif "anyOf" in schema or "oneOf" in schema:
            inner = string_enum(checker, [*schema.get("anyOf", ()), *schema.get("oneOf", ())])
            if not inner:
                return []
            found += inner
        elif "string" in checker.types(schema):
            return []
    return list(dict.fromkeys(found))


def named(types: Sequence[str]) -> str:
    """Expected types for a message; ``null`` (an optional field's "not set") goes unsaid."""
    return " or ".join([t for t in types if t != "null"] or types)
