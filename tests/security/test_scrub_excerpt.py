"""Excerpts of server text are scrubbed before they are cut: a secret cut in half by the
200-character limit would no longer be recognised, and its first half would be shown."""

from __future__ import annotations

import logging

import pytest

from kling_ext._errors import EXCERPT_CHARS, APIError, excerpt
from kling_ext._transport._error_map import error_from_response
from kling_ext._transport._redact import HTTP_LOGGERS, register_secret, secret_filter

SECRET = "scrub-excerpt-secret-7Hq2Lm9Xv4"
register_secret(SECRET)


@pytest.mark.parametrize("start", [150, 180, 190, 198])
def test_a_secret_across_the_cut_leaves_no_piece(start: int) -> None:
    text = "x" * start + SECRET + " and more"
    shown = excerpt(text)
    assert len(shown) <= EXCERPT_CHARS
    assert SECRET[:8] not in shown
    error = error_from_response(502, text.encode())
    assert isinstance(error, APIError) and error.body is not None
    assert SECRET[:8] not in str(error)


def test_a_secret_cut_by_the_first_bound_is_dropped_with_its_word() -> None:
    # 4,000 characters are read; collapsing the spaces brings the cut word within reach.
    text = " " * (EXCERPT_CHARS * 20 - 10) + "w " + SECRET
    shown = excerpt(text)
    assert shown == "w"
    assert SECRET[:6] not in shown


def test_a_long_single_word_is_still_shown() -> None:
    shown = excerpt("y" * (EXCERPT_CHARS * 30))
    assert shown == "y" * (EXCERPT_CHARS - 1) + "…"


def test_a_jwt_glued_to_other_text_is_scrubbed() -> None:
    token = "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJhIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ"
    assert excerpt(f"xx{token}yy ok") == "xx*** ok"


@pytest.mark.parametrize("name", HTTP_LOGGERS)
def test_httpx_and_httpcore_loggers_carry_the_secret_filter(
    name: str, caplog: pytest.LogCaptureFixture
) -> None:
    logger = logging.getLogger(name)
    assert secret_filter in logger.filters
    caplog.set_level(logging.DEBUG, logger=name)
    logger.debug("headers %r", [(b"Set-Cookie", f"s={SECRET}".encode())])
    assert SECRET not in caplog.text
    assert "s=***" in caplog.text
