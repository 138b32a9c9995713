"""The naming scheme of the command line (kling_cli._naming, docs/guides/cli.md): kebab-case
commands and options, one spelling per concept in every command, old spellings still working but
not listed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
import respx

from kling_cli._app import cli
from kling_cli._errors import EXIT_CODES
from kling_cli._naming import SHARED, AliasOption
from tests.cli.cli_support import create, ok, run, sent, task

KEBAB = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
OPTION = re.compile(r"--[a-z0-9]+(?:-[a-z0-9]+)*|-[a-z]")

# parameter name -> the options every command that has it shows
CONCEPTS = {
    "as_json": ["--json"],
    "no_validate": ["--no-validate"],
    "wait": ["--wait"],
    "timeout": ["--timeout"],
    "download": ["--download"],
    "overwrite": ["--overwrite"],
    "callback_url": ["--callback-url"],
    "external_task_id": ["--external-task-id"],
    "model_name": ["--model"],
    "model": ["--model"],
    "n": ["-n"],
    "page_num": ["--page"],
    "page": ["--page"],
    "page_size": ["--page-size"],
    "limit": ["--page-size"],
    "every": ["--all"],
    "watermark_info": ["--watermark", "--no-watermark"],
    "watermark": ["--watermark", "--no-watermark"],
    "start_time": ["--start-time"],
    "end_time": ["--end-time"],
}


def commands(group: click.Group = cli, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from commands(command, (*path, name))
        else:
            yield (*path, name)


def command(path: tuple[str, ...]) -> click.Command:
    found: click.Command = cli
    for name in path:
        assert isinstance(found, click.Group)
        found = found.commands[name]
    return found


def shown(option: click.Option) -> list[str]:
    hidden = option.aliases if isinstance(option, AliasOption) else ()
    return [o for o in (*option.opts, *option.secondary_opts) if o not in hidden]


ALL = sorted(commands())


def test_every_command_and_option_is_kebab_case() -> None:
    assert len(ALL) > 40
    for path in ALL:
        assert all(KEBAB.fullmatch(name) for name in path), path
        for param in command(path).params:
            if isinstance(param, click.Option) and not param.hidden:
                assert all(OPTION.fullmatch(o) for o in shown(param)), (path, param.opts)


def test_no_command_repeats_its_group_name() -> None:
    assert [path for path in ALL if len(path) > 1 and path[-1] == path[-2]] == []


@pytest.mark.parametrize("path", ALL, ids=" ".join)
def test_the_same_concept_has_the_same_option(path: tuple[str, ...]) -> None:
    for param in command(path).params:
        if isinstance(param, click.Option) and param.name in CONCEPTS:
            assert shown(param) == CONCEPTS[param.name], (path, param.name)


def test_json_and_no_validate_say_the_same_everywhere() -> None:
    helps: dict[str, set[str]] = {"as_json": set(), "no_validate": set()}
    for path in ALL:
        for param in command(path).params:
            if isinstance(param, click.Option) and param.name in helps:
                helps[param.name].add((param.help or "").split(":")[0])
    assert helps == {
        "as_json": {"Print only JSON on stdout"},
        "no_validate": {"Skip the client-side checks of the request; the API judges it."},
    }


def test_old_spellings_are_not_listed() -> None:
    text = run("video", "effects", "--help").stdout
    assert "--model NAME" in text and "--model-name" not in text and "--images" not in text
    assert "-n INTEGER" in run("image", "generate", "--help").stdout
    assert "--n " not in run("image", "generate", "--help").stdout
    assert "--limit" not in run("standard", "task", "list", "--help").stdout
    assert "--prompt" not in run("standard", "image-to-video", "--help").stdout
    listed = run("image", "--help").stdout.split("Commands:")[1]
    assert "  generate " in listed and not re.search(r"^  image ", listed, re.MULTILINE)


def test_old_spellings_still_work(api: respx.MockRouter) -> None:
    body = create(api, "/v1/images/generations", "image", "image", "a fox", "--n", "2")
    assert body["n"] == 2
    route = api.post("/v1/videos/effects").mock(return_value=ok(task()))
    args = ("video", "effects", "hug", "--images", "https://i/a", "--images", "https://i/b")
    assert run(*args, "--model-name", "kling-v1-6").exit_code == 0
    assert sent(route)["input"]["images"] == ["https://i/a", "https://i/b"]
    assert sent(route)["input"]["model_name"] == "kling-v1-6"


def test_a_create_answers_to_its_family_key(api: respx.MockRouter) -> None:
    body = create(api, "/v1/videos/text2video", "video", "text-to-video", "a fox")
    assert body["prompt"] == "a fox"


def test_the_documented_scheme_lists_the_shared_options() -> None:
    assert {"--json", "--wait", "--no-validate", "--model NAME"} <= set(SHARED)


def test_the_guide_documents_the_scheme_the_keys_and_every_exit_code() -> None:
    guide = (Path(__file__).resolve().parents[2] / "docs" / "guides" / "cli.md").read_text("utf-8")
    for name in SHARED:
        assert f"`{name.split()[0]}" in guide, name
    assert all(f'"{key}"' in guide for key in ("type", "code", "message", "request_id"))
    assert all(f'"{key}"' in guide for key in ("exit_code", "problems", "hint"))
    rows = {int(code) for code in re.findall(r"^\| (\d+) \|", guide, re.MULTILINE)}
    assert rows == {code for code, _ in EXIT_CODES}
