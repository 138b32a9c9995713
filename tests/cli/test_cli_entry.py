"""The ``kling`` console script without its ``cli`` extra says how to install it."""

from __future__ import annotations

import sys

import pytest

from kling_cli import _entry as _cli_entry


def test_without_click_it_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delitem(sys.modules, "kling_cli._app", raising=False)
    monkeypatch.setitem(sys.modules, "click", None)  # as if click were not installed
    with pytest.raises(SystemExit) as stop:
        _cli_entry.main(["--help"])
    assert stop.value.code == 2  # the usage-error code (kling_cli._errors)
    assert 'pip install "kling[cli]"' in capsys.readouterr().err


def test_with_the_extra_it_runs_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        _cli_entry.main(["--version"])
    assert stop.value.code == 0
    assert "version" in capsys.readouterr().out


def test_another_missing_module_is_not_blamed_on_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "kling_cli._app", None)  # a broken install, not the extra
    with pytest.raises(ModuleNotFoundError) as missing:
        _cli_entry.main(["--help"])
    assert missing.value.name == "kling_cli._app"
