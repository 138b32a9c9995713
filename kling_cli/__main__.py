"""``python -m kling_cli``: the ``kling`` command (same entry point, same missing-extra message)."""

from ._entry import main

if __name__ == "__main__":  # pragma: no branch - always true when run with -m
    main()
