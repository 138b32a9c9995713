"""Kling business codes, the HTTP status each one comes with (FACTS 1.9), and the error type."""

from __future__ import annotations

_STATUS_BY_RANGE: tuple[tuple[range, int], ...] = (
    (range(1000, 1005), 401),
    (range(1100, 1103), 429),
    (range(1103, 1104), 403),
    (range(1200, 1202), 400),
    (range(1202, 1204), 404),
    (range(1300, 1302), 400),
    (range(1302, 1305), 429),
)
_SERVER = {5000: 500, 5001: 503, 5002: 504}


def http_status(code: int) -> int:
    """The HTTP status Kling sends with business ``code``."""
    if code in _SERVER:
        return _SERVER[code]
    for codes, status in _STATUS_BY_RANGE:
        if code in codes:
            return status
    return 200 if code == 0 else 500


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
