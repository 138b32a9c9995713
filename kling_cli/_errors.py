"""How the ``kling`` command line reports a failure: its exit code, and one message.

Without ``--json`` the message is one line per problem on stderr (``error: ...``), never a
traceback (unless ``KLING_DEBUG=1``), with the command that helps next (resume a wait, look up a
task whose create may have reached the server) on a line of its own. With ``--json`` anywhere
before a ``--`` on the command line, stdout carries exactly one JSON document whatever happens:
the result, or this object (stderr keeps only the progress lines and warnings)::

    {"error": {"type": "ConcurrencyLimitError", "code": 1303, "message": "...",
               "request_id": "...", "exit_code": 9, "problems": [], "hint": null}}

``type`` is the class of the error (a :mod:`kling_ext` exception, ``UsageError`` for a bad
command line, ``Interrupted`` for Ctrl-C), ``code`` Kling's business code (else null),
``problems`` one ``{"field": ..., "message": ...}`` per refused field (validation and usage
errors), ``hint`` the help line of the text form. Secrets are scrubbed from both forms.

Exit codes (:data:`EXIT_CODES` is read from this table, so the two always agree):

| code | meaning |
|------|---------|
| 0 | success |
| 1 | unexpected error (set KLING_DEBUG=1 for a traceback; it keeps these exit codes) |
| 2 | usage error: unknown option, bad value, missing argument (or the cli extra is missing) |
| 3 | request refused before sending (client-side validation) |
| 4 | configuration: missing credentials, bad base URL or region |
| 5 | authentication refused by the API (1000-1004) |
| 6 | account, credits or permission (1100-1103, 1304) |
| 7 | invalid request, not found or expired (1200-1203, HTTP 410, other HTTP 4xx) |
| 8 | content policy (1300, 1301) |
| 9 | rate or concurrency limit (1302, 1303) |
| 10 | server error or unreadable response (5000-5002, HTTP 5xx) |
| 11 | connection failure or HTTP timeout |
| 12 | the task failed |
| 13 | the task has not finished: wait timed out, or not done yet (resume: kling task wait) |
| 14 | download failed or result expired |
| 130 | interrupted (Ctrl-C); a task already created keeps running |
"""

from __future__ import annotations

import json
import os
import re
import traceback
from collections.abc import Sequence
from typing import Any

import click
from rich.console import Console

import kling_ext as kling

EXIT_CODES: tuple[tuple[int, str], ...] = tuple(
    (int(code), meaning)
    for code, meaning in re.findall(r"^\| (\d+) \| (.+) \|$", __doc__ or "", re.MULTILINE)
)
"""(exit code, meaning), read from the module docstring's table."""

# Checked in order: subclasses before their bases.
_EXIT_CLASSES: tuple[tuple[type[BaseException] | tuple[type[BaseException], ...], int], ...] = (
    (kling.ValidationError, 3),
    (kling.ConfigurationError, 4),
    (kling.AuthenticationError, 5),
    ((kling.AccountError, kling.PermissionDeniedError, kling.IPWhitelistError), 6),
    (kling.InvalidRequestError, 7),
    (kling.ContentPolicyError, 8),
    ((kling.RateLimitError, kling.ConcurrencyLimitError), 9),
    ((kling.ServerError, kling.UnexpectedResponseError), 10),
    (kling.TransportError, 11),
    (kling.TaskFailedError, 12),
    ((kling.WaitTimeoutError, kling.TaskNotFinishedError), 13),
    (kling.DownloadError, 14),
)

# Errors after which a create may have reached the server.
_AMBIGUOUS = (
    kling.AmbiguousCreateError,
    kling.TransportError,
    kling.ServerError,
    kling.UnexpectedResponseError,
)
# Errors after which the task keeps running.
_RESUMABLE = (KeyboardInterrupt, kling.WaitTimeoutError, kling.TaskNotFinishedError)
_CREDENTIALS = "$KLING_API_KEY, or $KLING_ACCESS_KEY (or --access-key) and $KLING_SECRET_KEY"
JSON_FLAG = "--json"


def exit_code(exc: BaseException) -> int:
    """The exit code of an exception (see :data:`EXIT_CODES`); an ambiguous create exits with the
    code of the failure that made it ambiguous."""
    if isinstance(exc, kling.AmbiguousCreateError) and exc.__cause__ is not None:
        return exit_code(exc.__cause__)
    if isinstance(exc, KeyboardInterrupt):
        return 130
    if isinstance(exc, click.ClickException):
        return exc.exit_code
    for classes, code in _EXIT_CLASSES:
        if isinstance(exc, classes):
            return code
    if isinstance(exc, kling.APIError):  # an HTTP status without a more precise class
        return 10 if exc.status_code >= 500 else 7
    return 1


def exit_code_epilog() -> str:
    """The exit-code table of the root ``--help`` (``\\b`` stops click from rewrapping it)."""
    rows = "\n".join(f"  {code:>3}  {meaning}" for code, meaning in EXIT_CODES)
    return f"\b\nExit codes:\n{rows}"


def scrub(text: str) -> str:
    """``text`` with the API key and the secret key of the environment (and any token) hidden."""
    secrets = [os.environ.get(name, "").strip() for name in ("KLING_API_KEY", "KLING_SECRET_KEY")]
    return kling.redact(text, [s for s in secrets if s])


def stderr_line(console: Console, text: str) -> None:
    """One plain line on stderr, secrets scrubbed (:func:`scrub`)."""
    console.print(scrub(text), markup=False, highlight=False, soft_wrap=True)


def problems(exc: BaseException) -> list[tuple[str, str]]:
    """(field, message) of each refused field, each once: validation problems, or the option
    of a usage error."""
    if isinstance(exc, kling.ValidationError):
        return list(dict.fromkeys(exc.problems))
    if isinstance(exc, click.BadParameter) and exc.param is not None:
        name = exc.param.opts[0] if exc.param.opts else exc.param.name or ""
        return [(name, exc.message)]
    return []


def error_lines(exc: BaseException) -> list[str]:
    """The lines that explain ``exc`` (each once): every validation problem on its own line."""
    if isinstance(exc, kling.ValidationError):
        return [f"error: invalid request: {f'{p}: ' if p else ''}{why}" for p, why in problems(exc)]
    if isinstance(exc, KeyboardInterrupt):
        return ["interrupted"]
    if isinstance(exc, kling.KlingError):
        return [f"error: {exc}"]
    return [f"error: unexpected {type(exc).__name__}: {exc} (KLING_DEBUG=1 shows the traceback)"]


def hint(exc: BaseException, resume: str | None, lookup: str | None) -> str | None:
    """The command that helps after ``exc``: resume a wait, or look up a create."""
    if resume and isinstance(exc, _RESUMABLE):
        return f"the task keeps running; resume with: {resume}"
    if lookup and isinstance(exc, (KeyboardInterrupt, *_AMBIGUOUS)):
        return f"the task may have been created; check with: {lookup}"
    if isinstance(exc, kling.ConfigurationError) and "credentials" in str(exc):
        return f"kling reads them from {_CREDENTIALS}"
    return None


def _scrubbed(value: Any) -> Any:
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):
        return {k: _scrubbed(v) for k, v in value.items()}
    return [_scrubbed(v) for v in value] if isinstance(value, list) else value


def error_record(exc: BaseException, next_hint: str | None = None) -> dict[str, Any]:
    """The ``{"error": {...}}`` object of ``exc`` (see the module docstring), secrets scrubbed."""
    message: str = str(exc)
    kind = type(exc).__name__
    code = request_id = None
    if isinstance(exc, kling.APIError):
        message, code, request_id = exc.message, exc.code, exc.request_id
    elif isinstance(exc, click.ClickException):
        message, kind = exc.format_message(), "UsageError"
    elif isinstance(exc, KeyboardInterrupt):
        message, kind = "interrupted", "Interrupted"
    elif isinstance(exc, kling.ValidationError):
        message = "; ".join(f"{p}: {why}" if p else why for p, why in problems(exc))
    elif not isinstance(exc, kling.KlingError):
        message = f"unexpected {kind}: {exc} (KLING_DEBUG=1 shows the traceback)"
    found = [{"field": field, "message": why} for field, why in problems(exc)]
    record = {
        "type": kind,
        "code": code,
        "message": message,
        "request_id": request_id,
        "exit_code": exit_code(exc),
        "problems": found,
        "hint": next_hint,
    }
    return {"error": _scrubbed(record)}


def json_requested(args: Sequence[str]) -> bool:
    """True when ``--json`` is on the command line (before a ``--``)."""
    words = list(args)
    return JSON_FLAG in words[: words.index("--")] if "--" in words else JSON_FLAG in words


def report(exc: BaseException, as_json: bool, resume: str | None, lookup: str | None) -> int:
    """Print ``exc`` (JSON on stdout, else lines on stderr); its exit code."""
    more = hint(exc, resume, lookup)
    if as_json:
        click.echo(json.dumps(error_record(exc, more), indent=2, ensure_ascii=False))
    else:
        console = Console(stderr=True)
        for line in [*error_lines(exc), *([more] if more else [])]:
            stderr_line(console, line)
    return exit_code(exc)


class KlingGroup(click.Group):
    """The root group: every error becomes its message and exit code (see the module
    docstring), no traceback, with ``ctx.obj.resume`` or ``ctx.obj.lookup`` (the command to
    resume a wait, to look up a task whose create may have reached the server) where they help."""

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        as_json = json_requested(args)
        try:
            ctx = super().make_context(info_name, args, parent, **extra)
        except click.ClickException as exc:
            if not as_json:
                raise
            raise click.exceptions.Exit(report(exc, True, None, None)) from None
        ctx.meta[JSON_FLAG] = as_json
        return ctx

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.Abort):
            raise
        except click.ClickException as exc:
            if not ctx.meta.get(JSON_FLAG):
                raise
            self._report(ctx, exc)
        except (Exception, KeyboardInterrupt) as exc:
            if os.environ.get("KLING_DEBUG", "").strip() == "1":
                # The traceback, scrubbed like every other line; the exit code stays documented.
                trace = "".join(traceback.format_exception(exc)).rstrip()
                stderr_line(Console(stderr=True), trace)
            self._report(ctx, exc)

    def _report(self, ctx: click.Context, exc: BaseException) -> None:
        resume, lookup = getattr(ctx.obj, "resume", None), getattr(ctx.obj, "lookup", None)
        ctx.exit(report(exc, bool(ctx.meta.get(JSON_FLAG)), resume, lookup))
