"""``kling-mock`` / ``python -m kling_mock``: serve the simulator on a loopback address.

Without the ``mock`` extra (starlette, uvicorn) it says so and exits 2 instead of a traceback.
"""

from __future__ import annotations

import argparse
import dataclasses
import ipaddress
import json
import logging
import socket
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args

from ._config import (
    DEFAULT_API_KEY,
    DEFAULT_SECRET_KEY,
    ConfigError,
    FaultKind,
    SimulatorConfig,
)

if TYPE_CHECKING:
    from starlette.applications import Starlette

EXTRA = ("starlette", "uvicorn", "h11", "click")
"""The modules of the ``mock`` extra (and of uvicorn) that serving needs."""
INSTALL = "pip install 'kling[mock]'"


def _server() -> tuple[Any, Callable[[SimulatorConfig], Starlette]]:
    """uvicorn and ``create_app``; exits 2 naming the extra when one of its modules is missing."""
    try:
        import uvicorn

        from ._app import create_app
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in EXTRA:
            raise
        sys.stderr.write(f"kling-mock: the simulator needs {exc.name}: {INSTALL}\n")
        raise SystemExit(2) from None
    return uvicorn, create_app


def _config_keys() -> str:
    """The epilog of ``--help``: the keys of a configuration file, and the fault kinds."""
    keys = ", ".join(f.name for f in dataclasses.fields(SimulatorConfig))
    faults = ", ".join(get_args(FaultKind))
    return (
        f"--config FILE holds a JSON object with any of these keys: {keys}. "
        f"Each faults item has a kind: {faults}. The same JSON changes a running simulator "
        f"through POST /__sim/config. Reference: pydoc kling_mock.SimulatorConfig."
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kling-mock",
        description="A stateful local simulator of the Kling AI API.",
        epilog=_config_keys(),
    )
    parser.add_argument("--host", default="127.0.0.1", help="loopback address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8010, help="port; 0 picks a free one")
    parser.add_argument("--access-key", help="access key to accept (default: the fake one)")
    parser.add_argument("--secret-key", help="secret key to accept (default: the fake one)")
    parser.add_argument(
        "--api-key", action="append", help="API key to accept (repeatable; default: the fake one)"
    )
    parser.add_argument(
        "--webhook-secret", help="sign callbacks with this whsec_ secret (default: unsigned)"
    )
    parser.add_argument(
        "--config", type=Path, metavar="FILE", help="JSON configuration file (keys below)"
    )
    parser.add_argument("--no-auth", action="store_true", help="accept requests without a token")
    levels = ["debug", "info", "warning", "error"]
    parser.add_argument("--log-level", default="info", choices=levels, help="default info")
    return parser


def _loopback(host: str) -> str:
    """The address to bind, refusing anything that is not loopback."""
    if host == "localhost":
        return "127.0.0.1"
    try:
        if ipaddress.ip_address(host).is_loopback:
            return host
    except ValueError:
        pass
    raise SystemExit(f"kling-mock: refusing to bind {host!r}: only loopback addresses are allowed")


def _config(args: argparse.Namespace) -> SimulatorConfig:
    raw = {}
    if args.config is not None:
        raw = json.loads(args.config.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ConfigError("the configuration file must hold a JSON object")
    for key in ("access_key", "secret_key"):
        if getattr(args, key) is not None:
            raw[key] = getattr(args, key)
    if args.api_key:
        raw["api_keys"] = args.api_key
    if args.webhook_secret is not None:
        raw["webhook_secret"] = args.webhook_secret
    if args.no_auth:
        raw["auth"] = False
    return SimulatorConfig.from_dict(raw)


def main(argv: Sequence[str] | None = None) -> None:
    """Bind, print ``kling-mock listening on URL api_key=... access_key=... secret_key=...``, then
    serve.

    The line is printed once the socket listens, so a client may connect as soon as it reads it.
    """
    args = _parser().parse_args(argv)
    uvicorn, create_app = _server()
    host = _loopback(args.host)
    try:
        config = _config(args)
    except (OSError, ValueError, ConfigError) as exc:
        raise SystemExit(f"kling-mock: bad configuration: {exc}") from None
    log_format = "kling-mock %(levelname)s %(message)s"
    logging.basicConfig(stream=sys.stderr, level=args.log_level.upper(), format=log_format)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # callbacks are logged by kling_mock
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP lets asyncio set TCP_NODELAY on accepted connections; without it every
    # kept-alive response stalls ~40 ms (Nagle's algorithm meets delayed ACKs).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, args.port))
    except OSError as exc:
        sock.close()
        raise SystemExit(f"kling-mock: cannot bind {host} port {args.port}: {exc}") from None
    sock.listen(128)  # connections made from now on wait in the backlog until uvicorn serves
    port = sock.getsockname()[1]
    base_url = f"http://[{host}]:{port}" if family == socket.AF_INET6 else f"http://{host}:{port}"
    if config.public_base_url is None:
        config = config.updated({"public_base_url": base_url})
    # Only the published fake keys are printed; keys given by the operator never are.
    secret = config.secret_key if config.secret_key == DEFAULT_SECRET_KEY else "<as configured>"
    api_key = DEFAULT_API_KEY if config.api_keys == (DEFAULT_API_KEY,) else "<as configured>"
    sys.stdout.write(
        f"kling-mock listening on {base_url} api_key={api_key} access_key={config.access_key} "
        f"secret_key={secret}{'' if config.auth else ' (auth disabled)'}"
        f"{' (callbacks signed)' if config.webhook_secret else ''}\n"
    )
    sys.stdout.flush()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(config),
            http="h11",
            lifespan="on",
            log_config=None,
            log_level=args.log_level,
            access_log=False,
            timeout_graceful_shutdown=2,
        )
    )
    server.run(sockets=[sock])


if __name__ == "__main__":
    main()
