"""The package version: the single source, read by hatch at build time (``[tool.hatch.version]``)
and by the User-Agent. A plain string, because ``importlib.metadata`` costs milliseconds of import
time."""

__version__ = "1.0.0"
