"""``--help``: enum values from the generated package, exit codes, the secret-key rule."""

from __future__ import annotations

import re
import typing

import pytest

import kling_api.models
from kling_ext import _cli_output
from kling_ext._cli_options import enum_values
from tests.cli.cli_support import run, setup


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    setup(monkeypatch)


def generated(name: str) -> set[str]:
    return set(typing.get_args(getattr(kling_api.models, name)))


def help_text(*command: str) -> str:
    result = run(*command, "--help")
    assert result.exit_code == 0, result.stderr
    return " ".join(result.stdout.split())


CLOSED = [
    (("video", "text2video"), "--mode", "VideoMode"),
    (("video", "text2video"), "--aspect-ratio", "VideoAspectRatio"),
    (("video", "text2video"), "--duration", "VideoDuration"),
    (("video", "text2video"), "--camera-type", "CameraControlType"),
    (("video", "image2video"), "--mode", "VideoMode"),
    (("video", "image2video"), "--camera-type", "CameraControlType"),
    (("video", "lip-sync"), "--mode", "LipSyncMode"),
    (("video", "lip-sync"), "--voice-language", "VoiceLanguage"),
    (("video", "effect"), "--duration", "VideoDuration"),
    (("image", "generate"), "--aspect-ratio", "ImageAspectRatio"),
    (("image", "generate"), "--image-reference", "ImageReference"),
]


@pytest.mark.parametrize(("command", "option", "enum"), CLOSED)
def test_closed_enums_are_choices_from_the_generated_package(
    command: tuple[str, ...], option: str, enum: str
) -> None:
    match = re.search(rf"{option} \[([^\]]+)\]", help_text(*command))
    assert match is not None
    shown = match.group(1).split("|")
    assert set(shown) == generated(enum)
    assert tuple(shown) == enum_values(enum)  # in the spec's order, not the generator's


OPEN = [
    (("video", "text2video"), "TextToVideoModelName"),
    (("video", "image2video"), "ImageToVideoModelName"),
    (("video", "effect"), "VideoEffectsModelName"),
    (("video", "effect"), "EffectScene"),
    (("video", "lip-sync"), "VoiceId"),
    (("image", "generate"), "ImageGenerationModelName"),
    (("image", "try-on"), "VirtualTryOnModelName"),
]


@pytest.mark.parametrize(("command", "enum"), OPEN)
def test_open_enums_list_their_known_values(command: tuple[str, ...], enum: str) -> None:
    text = "".join(help_text(*command).split()).replace("-", "")  # click may break "a-b"
    assert all(value.replace("-", "") in text for value in generated(enum))


def test_spec_order_is_used() -> None:
    assert enum_values("VideoMode") == ("std", "pro")
    assert enum_values("VideoDuration") == ("5", "10")


def test_option_help_comes_from_the_spec() -> None:
    text = help_text("video", "text2video")
    assert "at most 2500 characters" in text
    assert "`" not in text


def test_root_help_documents_exit_codes_and_the_secret_rule() -> None:
    text = help_text()
    for code, meaning in _cli_output.EXIT_CODES:
        assert f"{code} {' '.join(meaning.split())}" in text
    assert "KLING_SECRET_KEY" in text and "process list" in text
    assert "--secret" not in text


def test_exit_code_table_is_read_from_the_docstring() -> None:
    assert len(_cli_output.EXIT_CODES) == 16
    assert _cli_output.EXIT_CODES[0] == (0, "success")
    doc = _cli_output.__doc__ or ""
    assert all(f"| {code} | {meaning} |" in doc for code, meaning in _cli_output.EXIT_CODES)


@pytest.mark.parametrize(
    "command",
    [("video",), ("image",), ("task",), ("account",), ("task", "get"), ("task", "list"),
     ("task", "wait"), ("task", "download"), ("account", "costs"), ("video", "extend")],
)  # fmt: skip
def test_every_command_has_help(command: tuple[str, ...]) -> None:
    assert help_text(*command)


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("kling, version ")
