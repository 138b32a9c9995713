"""Tests of kling_mock as users test with it: the pytest plugin (run through ``pytester`` in a
fresh project), ``serve()``, ``in_process()`` and the clock jump.

``pytester`` is enabled here only. ``pytest_plugins`` is allowed in a conftest that pytest loads
at start-up, which is why this folder's name starts with ``test``: pytest loads the conftest of
``tests/test*/`` folders before collecting.
"""

pytest_plugins = ["pytester"]
