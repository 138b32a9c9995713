"""A small front for Prism: every error of the mock stack reaches clients as a Kling envelope.

``prism mock`` and ``prism proxy`` answer what they refuse themselves (schema violations, unknown
paths, a missing token, a malformed body, a response that breaks the spec) with problem+json,
which Kling never sends. This ASGI app forwards every request to Prism unchanged and passes every
answer back unchanged, except Prism's own errors, which become ``{code, message, request_id}``
with Kling's business code and HTTP status (1201/400 for a schema violation, 1001 or 1002/401 for
auth, 1203/404 and 1202 for paths and methods, 1200/400 for a body that is not JSON, 5000/500
otherwise); an upstream that hung up on purpose is a dropped connection again. The translated
answers carry ``x-kling-mock-problem`` (Prism's problem type) and keep ``sl-violations``, so test
harnesses still see that Prism objected. ``tools/mockctl.py`` puts it in front of Prism::

    python -m kling_mock.front --port 4010 --upstream http://127.0.0.1:4012
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import AsyncIterator, Sequence

import httpx
import uvicorn
from starlette.convertors import Convertor, register_url_convertor
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ._envelopes import DROP, is_problem, translate
from ._wire import DropResponse, SimulatorApp, error

__all__ = ["PROBLEM_HEADER", "create_front", "main"]

PROBLEM_HEADER = "x-kling-mock-problem"


class _AnyPath(Convertor[str]):
    """Every path, newlines included (``{path:path}`` stops at one): Prism judges it."""

    regex = r"[\s\S]*"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("kling_any", _AnyPath())
_HOP = {"host", "content-length", "connection", "transfer-encoding", "keep-alive", "upgrade"}
_ANSWER_SKIP = _HOP | {"content-encoding"}


def create_front(upstream: str, transport: httpx.AsyncBaseTransport | None = None) -> SimulatorApp:
    """The front as an ASGI app forwarding to ``upstream`` (Prism's base URL); ``transport``
    replaces the network (tests)."""
    client = httpx.AsyncClient(transport=transport, timeout=60.0)
    base = httpx.URL(upstream)

    async def forward(request: Request) -> Response:
        headers = [(k, v) for k, v in request.headers.items() if k.lower() not in _HOP]
        # The path and query exactly as received (percent-encoding untouched).
        raw = request.scope.get("raw_path") or request.url.path.encode()
        query = request.scope.get("query_string") or b""
        url = base.copy_with(raw_path=raw + (b"?" + query if query else b""))
        try:
            answer = await client.request(
                request.method, url, headers=headers, content=await request.body()
            )
        except httpx.TransportError:
            return DropResponse()
        kind = answer.headers.get("content-type", "")
        if not is_problem(kind, answer.content, answer.status_code):
            passed = [(k, v) for k, v in answer.headers.multi_items() if k not in _ANSWER_SKIP]
            response = Response(answer.content, status_code=answer.status_code)
            response.raw_headers = [(b"content-length", str(len(answer.content)).encode())] + [
                (k.encode(), v.encode()) for k, v in passed
            ]
            return response
        code, message = translate(answer.content, request.headers.get("authorization"))
        if code == DROP:
            return DropResponse()
        translated = error(code, message)
        translated.headers[PROBLEM_HEADER] = _problem_type(answer)
        if "sl-violations" in answer.headers:
            translated.headers["sl-violations"] = answer.headers["sl-violations"]
        return translated

    @contextlib.asynccontextmanager
    async def lifespan(app: SimulatorApp) -> AsyncIterator[None]:
        yield
        await client.aclose()

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
    route = Route("/{path:kling_any}", forward, methods=methods)
    return SimulatorApp(routes=[route], lifespan=lifespan)


def _problem_type(answer: httpx.Response) -> str:
    try:
        body = answer.json()
    except ValueError:
        return "unknown"
    kind = body.get("type") if isinstance(body, dict) else None
    return str(kind) if kind else "invalid_json"


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kling_mock.front --port P --upstream URL`` (loopback only)."""
    parser = argparse.ArgumentParser(prog="kling-mock-front", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", choices=["127.0.0.1", "localhost"])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--upstream", required=True, help="Prism's base URL")
    args = parser.parse_args(argv)
    app = create_front(args.upstream.rstrip("/"))
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
