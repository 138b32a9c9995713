"""Strict mode: ``Kling(strict=True)`` / ``AsyncKling(strict=True)`` / ``KLING_STRICT=1`` refuse
a field the spec does not know (a ValidationError naming it and the close match) instead of
sending it with an UnknownFieldWarning."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from kling_ext import ConfigurationError, UnknownFieldWarning, ValidationError, validate
from kling_ext._transport._config import resolve_strict
from tests.client._fakes import T2V, FakeTime, call, json_body, ok, opened, task

pytestmark = pytest.mark.anyio
TYPO = "negative_promt: not a field this client's spec knows (did you mean 'negative_prompt'?)"


async def test_strict_refuses_an_unknown_field_before_sending(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    async with opened(mode, router, time, strict=True) as client:
        with pytest.raises(ValidationError) as caught:
            await call(client.videos.text2video.create({"prompt": "p", "negative_promt": "blur"}))
    assert caught.value.problems == (("negative_promt", f"{TYPO[16:]}; refused in strict mode"),)
    assert not router.calls


async def test_without_strict_it_is_a_warning_and_sent(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    route = router.post(T2V).mock(return_value=ok(task()))
    async with opened(mode, router, time) as client:
        with pytest.warns(
            UnknownFieldWarning, match=rf"^{TYPO.replace('(', '.').replace(')', '.')}"
        ):
            await call(client.videos.text2video.create({"prompt": "p", "negative_promt": "blur"}))
    assert json_body(route.calls.last.request)["negative_promt"] == "blur"


async def test_strict_comes_from_the_environment_and_validate_false_still_skips_it(
    mode: str, router: respx.Router, time: FakeTime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KLING_STRICT", "1")
    route = router.post(T2V).mock(return_value=ok(task()))
    async with opened(mode, router, time) as client:
        with pytest.raises(ValidationError, match="refused in strict mode"):
            await call(client.videos.text2video.create({"prompt": "p", "seeed": 1}))
        await call(client.videos.text2video.create({"prompt": "p", "seeed": 1}, validate=False))
    assert route.call_count == 1


async def test_strict_leaves_other_warnings_warnings(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post(T2V).mock(return_value=ok(task()))
    async with opened(mode, router, time, strict=True) as client:
        with pytest.warns(UnknownFieldWarning, match="'kling-v9' is not known"):
            await call(client.videos.text2video.create(prompt="p", model_name="kling-v9"))


async def test_strict_on_the_new_standard_and_on_calls(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    keys: dict[str, Any] = {"api_key": "k" * 24, "access_key": None, "secret_key": None}
    async with opened(mode, router, time, strict=True, **keys) as client:
        with pytest.raises(ValidationError) as standard:
            await call(
                client.standard.text_to_video.create("kling-3.0", prompt="p", settings={"mood": 1})
            )
        with pytest.raises(ValidationError) as speech:
            await call(
                client.audio.tts.synthesize({"text": "hi", "voice_id": "v", "voice_languag": "en"})
            )
    assert standard.value.problems[0][0] == "settings.mood"
    assert "did you mean 'voice_language'?" in dict(speech.value.problems)["voice_languag"]


def test_the_validate_function_takes_strict_too() -> None:
    with pytest.raises(ValidationError, match="refused in strict mode"):
        validate("POST", T2V, {"prompt": "p", "negative_promt": "x"}, strict=True)
    validate("POST", T2V, {"prompt": "p"}, strict=True)


@pytest.mark.parametrize(
    ("argument", "env", "expected"),
    [
        (None, {}, False),
        (None, {"KLING_STRICT": ""}, False),
        (None, {"KLING_STRICT": " TRUE "}, True),
        (None, {"KLING_STRICT": "off"}, False),
        (False, {"KLING_STRICT": "1"}, False),  # the argument wins
        (True, {}, True),
    ],
)
def test_resolve_strict(argument: bool | None, env: dict[str, str], expected: bool) -> None:
    assert resolve_strict(argument, env) is expected


def test_bad_strict_settings_are_configuration_errors() -> None:
    with pytest.raises(ConfigurationError, match="KLING_STRICT must be 1 or 0"):
        resolve_strict(None, {"KLING_STRICT": "maybe"})
    with pytest.raises(ConfigurationError, match="strict must be True or False"):
        resolve_strict("yes", {})  # type: ignore[arg-type]
