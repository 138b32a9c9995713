"""Honest messages for common input slips: ``duration=5`` (an int where the spec's enum is a
string of digits) is sent as ``"5"``; a non-member or a float is told the members and their
type; one problem is reported once (the schema and a model's capability map do not both say it).
"""

from __future__ import annotations

import pytest
import respx

from kling_ext import ValidationError, validate
from kling_ext._spec._validate_schema import SchemaChecker
from tests.client._fakes import T2V, FakeTime, call, json_body, ok, opened, task

pytestmark = pytest.mark.anyio
MEMBERS = ", ".join(repr(str(n)) for n in range(3, 16))


async def test_an_int_duration_is_sent_as_its_string(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    route = router.post(T2V).mock(return_value=ok(task()))
    request = {"prompt": "p", "duration": 10}
    async with opened(mode, router, time) as client:
        await call(client.videos.text2video.create(request))
        await call(client.videos.text2video.create(prompt="p", duration=5))
    assert [json_body(c.request)["duration"] for c in route.calls] == ["10", "5"]
    assert request["duration"] == 10  # the caller's mapping is left alone


@pytest.mark.parametrize(
    ("duration", "rule"),
    [
        (20, f"20 is an integer: must be one of {MEMBERS} (a string)"),
        (5.0, f"5.0 is a number: must be one of {MEMBERS} (a string)"),
        (True, "expected string, got boolean"),
    ],
)
async def test_other_numbers_are_told_the_members_once(
    mode: str, router: respx.Router, time: FakeTime, duration: object, rule: str
) -> None:
    async with opened(mode, router, time) as client:
        with pytest.raises(ValidationError) as caught:
            await call(client.videos.text2video.create({"prompt": "p", "duration": duration}))
    assert caught.value.problems == (("duration", rule),)
    assert not router.calls


async def test_a_bad_mode_is_reported_once(mode: str, router: respx.Router, time: FakeTime) -> None:
    async with opened(mode, router, time) as client:
        with pytest.raises(ValidationError) as caught:
            await call(
                client.videos.text2video.create(
                    {"prompt": "p", "mode": "turbo", "model_name": "kling-v1"}
                )
            )
    assert caught.value.problems == (("mode", "'turbo' is not one of std, pro, 4k"),)
    assert str(caught.value).count("turbo") == 1


def test_the_validate_function_does_not_convert_but_says_which_type() -> None:
    with pytest.raises(ValidationError) as caught:
        validate("POST", T2V, {"prompt": "p", "duration": 5})
    assert caught.value.problems == (
        ("duration", f"5 is an integer: must be one of {MEMBERS} (a string)"),
    )


def test_a_model_map_still_judges_a_valid_value() -> None:
    with pytest.raises(ValidationError) as caught:
        validate("POST", T2V, {"prompt": "p", "duration": "7", "model_name": "kling-v1"})
    assert caught.value.problems == (("duration", "'7' is not one of 5, 10 for kling-v1"),)


FIVE_TEN, WRONG = "one of '5', '10' (a string)", "expected string, got integer"
FIVE = "one of '5' (a string)"


@pytest.mark.parametrize(
    ("schema", "value", "rule"),
    [
        ({"type": "string", "enum": ["5", "10"]}, 7, f"7 is an integer: must be {FIVE_TEN}"),
        ({"type": "string", "enum": ["5", 5]}, 7, "expected string, got integer"),
        ({"type": "string", "enum": ["std", "pro"]}, 7, "expected string, got integer"),
        ({"anyOf": [{"anyOf": [{"type": "string"}]}, {"type": "null"}]}, 7, WRONG),
        ({"anyOf": [{"enum": ["5"]}, {"type": "string"}]}, 7, "expected string, got integer"),
        ({"anyOf": [{"anyOf": [{"enum": ["5"]}]}]}, 7.5, f"7.5 is a number: must be {FIVE}"),
    ],
)  # fmt: skip
def test_the_members_are_told_only_for_string_enums_of_digits(
    schema: dict[str, object], value: object, rule: str
) -> None:
    checker = SchemaChecker({})
    assert checker.check(schema, value, "duration").problems == [("duration", rule)]
