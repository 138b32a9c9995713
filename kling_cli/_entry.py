"""Entry point of the ``kling`` console script: a clear message when the CLI extra is missing
(exit code 2, as for any other unusable command line)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

_CLI_PACKAGES = ("click", "rich")


def main(argv: Sequence[str] | None = None) -> None:
    """Run the command line, or say how to install it (``pip install "kling[cli]"``)."""
    try:
        from ._app import main as run
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in _CLI_PACKAGES:
            raise
        sys.stderr.write(f'kling: the command line needs {exc.name}: pip install "kling[cli]"\n')
        raise SystemExit(2) from None
    run(argv)
