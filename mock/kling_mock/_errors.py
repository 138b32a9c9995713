"""Kling business codes, the HTTP status each one comes with (from the spec), and the error type."""

from __future__ import annotations

from kling_ext.spec import error_codes


def http_status(code: int) -> int:
    """The HTTP status Kling sends with business ``code`` (the spec's ``x-kling-codes`` table);
    500 for a code the table does not know."""
    row = error_codes().get(code)
    return row.http_status if row is not None else 500


class ApiError(Exception):
    """A refusal answered with the error envelope ``{code, message, request_id}``."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    @property
    def status(self) -> int:
        """The HTTP status of this error."""
        return http_status(self.code)
