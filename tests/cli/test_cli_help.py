"""``--help``: enum values from the generated package, exit codes, the secret-key rule."""

from __future__ import annotations

import re
import typing

import pytest

import kling_api.models
from kling_cli import _errors as _cli_output
from kling_cli._options import enum_values
from kling_cli._types import family_name
from kling_ext.spec import FAMILIES
from tests.cli.cli_support import run


def generated(name: str) -> set[str]:
    return set(typing.get_args(getattr(kling_api.models, name)))


def help_text(*command: str) -> str:
    result = run(*command, "--help")
    assert result.exit_code == 0, result.stderr
    return " ".join(result.stdout.split())


CLOSED = [
    (("video", "text2video"), "--mode", "ExtendedVideoMode"),
    (("video", "text2video"), "--aspect-ratio", "VideoAspectRatio"),
    (("video", "text2video"), "--duration", "ExtendedVideoDuration"),
    (("video", "text2video"), "--sound", "VideoSound"),
    (("video", "text2video"), "--shot-type", "ShotType"),
    (("video", "text2video"), "--camera-type", "CameraControlType"),
    (("video", "image2video"), "--mode", "ExtendedVideoMode"),
    (("video", "image2video"), "--camera-type", "CameraControlType"),
    (("video", "image2video"), "--duration", "ExtendedVideoDuration"),
    (("video", "image2video"), "--sound", "VideoSound"),
    (("video", "multi-image2video"), "--duration", "VideoDuration"),
    (("video", "multi-image2video"), "--aspect-ratio", "VideoAspectRatio"),
    (("video", "motion-control"), "--mode", "VideoMode"),
    (("video", "motion-control"), "--character-orientation", "CharacterOrientation"),
    (("video", "motion-control"), "--keep-original-sound", "KeepOriginalSound"),
    (("video", "avatar"), "--mode", "VideoMode"),
    (("video", "omni"), "--duration", "ExtendedVideoDuration"),
    (("video", "omni"), "--refer-type", "OmniVideoReferType"),
    (("video", "omni"), "--keep-original-sound", "KeepOriginalSound"),
    (("video", "omni"), "--shot-type", "ShotType"),
    (("video", "lip-sync"), "--mode", "LipSyncMode"),
    (("video", "lip-sync"), "--voice-language", "VoiceLanguage"),
    (("video", "effect"), "--duration", "VideoDuration"),
    (("image", "generate"), "--aspect-ratio", "ImageAspectRatio"),
    (("image", "generate"), "--image-reference", "ImageReference"),
    (("image", "generate"), "--resolution", "ImageResolution"),
    (("image", "multi-image2image"), "--aspect-ratio", "ImageAspectRatio"),
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
    (("video", "multi-image2video"), "MultiImageToVideoModelName"),
    (("video", "motion-control"), "MotionControlModelName"),
    (("video", "omni"), "OmniVideoModelName"),
    (("image", "multi-image2image"), "MultiImageToImageModelName"),
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
     ("task", "wait"), ("task", "download"), ("account", "costs"), ("video", "extend"),
     ("audio",), ("audio", "text-to-audio"), ("audio", "video-to-audio"),
     ("video", "identify-face"), ("video", "advanced-lip-sync"), ("image", "expand")],
)  # fmt: skip
def test_every_command_has_help(command: tuple[str, ...]) -> None:
    assert help_text(*command)


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("kling, version ")


def test_root_help_lists_every_group() -> None:
    text = help_text()
    assert "video, image and audio tasks" in text
    for group in ("account", "audio", "image", "task", "video"):
        assert f" {group} " in text
    audio = help_text("audio")
    assert "text-to-audio" in audio and "video-to-audio" in audio


def test_omni_frame_options_come_from_the_spec() -> None:
    text = help_text("video", "omni")
    assert all(
        f"--{kind.replace('_', '-')} URL|FILE" in text for kind in generated("OmniVideoImageType")
    )


def test_new_syntaxes_are_documented_in_help() -> None:
    assert "--shot DURATION:PROMPT" in help_text("video", "text2video")
    assert "--voice VOICE_ID" in help_text("video", "text2video")
    assert "--element ELEMENT_ID" in help_text("video", "image2video")
    assert "--watermark / --no-watermark" in help_text("image", "generate")
    assert "--face FACE_ID[:AUDIO_ID]" in help_text("video", "advanced-lip-sync")
    assert "--up FLOAT" in help_text("image", "expand")
    assert "--asmr-mode / --no-asmr-mode" in help_text("audio", "video-to-audio")


def test_task_help_names_every_family() -> None:
    text = help_text("task").replace("- ", "-")  # click may break "a-b" at the hyphen
    assert all(family_name(fam) in text for fam in FAMILIES.values())
