"""The commands of the families of FACTS-2026 §4: their creates (from the family table), and one
command per synchronous call (``kling audio tts``, ``kling account balance`` ...)."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import click
import pytest
import respx

from kling_cli._app import build_cli
from kling_cli._calls import add_call_commands
from kling_ext.spec import EVERY_FAMILY, FAMILIES
from tests.cli.cli_support import create, error, ok, run, sent, task

CDN = "https://cdn.test"
SPEECH = {
    **task("t-tts", "succeed"),
    "final_unit_deduction": "0.1",
    "task_result": {"audios": [{"id": "a-1", "url": f"{CDN}/s.mp3", "duration": "2.1"}]},
}


def rows(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines()]


def test_tts_prints_the_speech(api: respx.MockRouter) -> None:
    route = api.post("/v1/audio/tts").mock(return_value=ok(SPEECH))
    result = run("audio", "tts", "Hello there", "--voice-id", "v1", "--voice-language", "en")
    assert result.exit_code == 0, result.stderr
    assert sent(route) == {"text": "Hello there", "voice_id": "v1", "voice_language": "en"}
    assert f"audio a-1 (2.1 s) {CDN}/s.mp3" in rows(result.stdout)
    assert "units 0.1" in rows(result.stdout)


def test_tts_json_and_validation(api: respx.MockRouter) -> None:
    route = api.post("/v1/audio/tts").mock(return_value=ok(SPEECH))
    result = run("audio", "tts", "Hi", "--voice-id", "v", "--voice-language", "en", "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["task_id"] == "t-tts"
    refused = run("audio", "tts", "x" * 1001, "--voice-id", "v", "--voice-language", "en")
    assert refused.exit_code == 3 and "text" in refused.stderr  # refused before sending
    sent_anyway = ["audio", "tts", "x" * 1001, "--voice-id", "v", "--voice-language", "en"]
    assert run(*sent_anyway, "--no-validate").exit_code == 0
    assert route.call_count == 2


def test_presets_and_deletes(api: respx.MockRouter) -> None:
    voice = {"voice_id": "oversea_male1", "voice_name": "Narrator", "trial_url": f"{CDN}/t.mp3"}
    item = {**task("p-1", "succeed"), "task_result": {"voices": [voice]}}
    api.get("/v1/general/presets-voices", params={"pageSize": "5"}).mock(return_value=ok([item]))
    listed = run("audio", "presets-voices", "--page-size", "5")
    assert listed.exit_code == 0, listed.stderr
    assert f"voice oversea_male1 Narrator {CDN}/t.mp3" in rows(listed.stdout)
    deleted = api.post("/v1/general/delete-voices").mock(
        return_value=ok({"task_id": "d-1", "task_status": "succeed"})
    )
    result = run("audio", "delete-voices", "850087542757535834")
    assert result.exit_code == 0 and sent(deleted) == {"voice_id": "850087542757535834"}
    assert "status succeed" in rows(result.stdout)
    empty = api.get("/v1/general/advanced-presets-elements").mock(return_value=ok([]))
    assert "nothing found" in run("image", "advanced-presets-elements").stdout
    as_json = run("image", "advanced-presets-elements", "--json")
    assert json.loads(as_json.stdout) == [] and empty.call_count == 2


def test_recognize_and_selection_calls(api: respx.MockRouter, tmp_path: Path) -> None:
    picture = tmp_path / "a.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    images = [{"type": "face_seg", "is_contain": True, "url": f"{CDN}/f.png"}]
    recognize = api.post("/v1/videos/image-recognize").mock(
        return_value=ok({"task_result": {"images": images}})
    )
    result = run("image", "image-recognize", "--image", str(picture))
    assert result.exit_code == 0, result.stderr
    assert sent(recognize) == {"image": base64.b64encode(b"\x89PNG\r\n\x1a\n").decode()}
    assert f"face_seg (found) {CDN}/f.png" in rows(result.stdout)
    init = api.post("/v1/videos/multi-elements/init-selection").mock(
        return_value=ok({"status": 0, "session_id": "s-1", "total_frame": 150})
    )
    opened = run("video", "init-selection", "--video-id", "v-1")
    assert opened.exit_code == 0 and json.loads(opened.stdout)["session_id"] == "s-1"
    assert sent(init) == {"video_id": "v-1"}
    clear = api.post("/v1/videos/multi-elements/clear-selection").mock(
        return_value=ok({"status": 0, "session_id": "s-1"})
    )
    assert run("video", "clear-selection", "s-1").exit_code == 0
    assert sent(clear) == {"session_id": "s-1"}


def test_account_ledgers(api: respx.MockRouter) -> None:
    page = {"result": {"detail": [{"task_id": "t", "deduction_amount": 5.0}], "count": 1}}
    route = api.post("/account/billing/balance").mock(return_value=ok({**page, "has_more": False}))
    result = run("account", "balance", "--start-time", "1", "--end-time", "2", "--limit", "50")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["result"]["count"] == 1
    assert sent(route) == {"start_time": 1, "end_time": 2, "limit": 50}
    api.post("/account/billing/package").mock(return_value=error(400, 1201, "cursor is invalid"))
    refused = run("account", "package", "--cursor", "zzz")
    assert refused.exit_code == 7 and "cursor is invalid" in refused.stderr


def test_element_create_builds_its_lists(api: respx.MockRouter, tmp_path: Path) -> None:
    side = tmp_path / "side.png"
    side.write_bytes(b"side")
    args = ["--element-name", "Fox", "--element-description", "A fox"]
    body = create(
        api,
        "/v1/general/advanced-custom-elements",
        "image",
        "element",
        *args,
        "--reference-type",
        "image_refer",
        "--frontal-image",
        "https://e.com/f.png",
        "--refer-image",
        str(side),
        "--tag",
        "o_103",
    )
    body.pop("external_task_id")
    assert body == {
        "element_name": "Fox",
        "element_description": "A fox",
        "reference_type": "image_refer",
        "tag_list": [{"tag_id": "o_103"}],
        "element_image_list": {
            "frontal_image": "https://e.com/f.png",
            "refer_images": [{"image_url": base64.b64encode(b"side").decode()}],
        },
    }


def test_element_create_from_a_video(api: respx.MockRouter) -> None:
    args = ["--element-name", "Anna", "--element-description", "A woman"]
    video = ["--reference-type", "video_refer", "--refer-video", "https://e.com/a.mp4"]
    path = "/v1/general/advanced-custom-elements"
    body = create(api, path, "image", "element", *args, *video)
    assert body["element_video_list"] == {"refer_videos": [{"video_url": "https://e.com/a.mp4"}]}
    assert "element_image_list" not in body


@pytest.mark.parametrize(("given", "expected"), [("3", 3), ("auto", "auto")])
def test_omni_image_series_amount(api: respx.MockRouter, given: str, expected: Any) -> None:
    series = ["--model", "kling-v3-omni", "--result-type", "series", "--series-amount", given]
    body = create(api, "/v1/images/omni-image", "image", "omni-image", "a fox", *series)
    assert body["series_amount"] == expected


def test_created_task_summary_shows_the_new_results(api: respx.MockRouter) -> None:
    voice = {"voice_id": "850", "voice_name": "N", "trial_url": f"{CDN}/t.mp3", "status": "succeed"}
    done = {**task("t-v", "succeed"), "task_result": {"voices": [voice]}}
    api.post("/v1/general/custom-voices").mock(return_value=ok(task("t-v")))
    api.get("/v1/general/custom-voices/t-v").mock(return_value=ok(done))
    result = run(
        "audio", "custom-voice", "--voice-name", "N", "--voice-url", "https://e/v.mp3", "--wait"
    )
    assert result.exit_code == 0, result.stderr
    assert f"voice 850 [succeed] N {CDN}/t.mp3" in rows(result.stdout)
    shots = {"index": 0, "url_1": f"{CDN}/1.png"}
    element = {"element_id": 7, "element_name": "Fox", "owned_by": "kling", "status": "deleted"}
    shown = {
        **task("t-s", "succeed"),
        "task_result": {
            "result_type": "series",
            "series_images": [{"index": 0, "url": f"{CDN}/s.png"}],
            "images": [shots],
            "elements": [element],
        },
    }
    api.get("/v1/general/ai-multi-shot/t-s").mock(return_value=ok(shown))
    got = rows(run("task", "get", "ai-multi-shot", "t-s").stdout)
    assert "result type series" in got and f"series image 0 {CDN}/s.png" in got
    assert f"image 0 view 1 {CDN}/1.png" in got and "element 7 [deleted] Fox (kling)" in got


def test_call_commands_follow_the_given_families() -> None:
    cli = build_cli(dict(FAMILIES))  # task families only: their calls, not tts or the ledgers
    audio: Any = cli.commands["audio"]
    assert "presets-voices" in audio.commands and "tts" not in audio.commands
    groups: list[click.Group] = []
    add_call_commands(groups, [EVERY_FAMILY["billing_ledgers"], EVERY_FAMILY["text_to_speech"]])
    assert [g.name for g in groups] == ["account", "audio"]
    assert set(groups[0].commands) == {"balance", "package"}
