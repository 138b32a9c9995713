"""The simulator refuses what the spec's cross-field rules refuse, as Kling does (1201, HTTP 400),
and nothing it only warns about; the front turns Prism's own errors into Kling envelopes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from kling_ext.spec import load_spec
from kling_mock import ManualClock, SimulatorTransport, create_app, simulator_of
from kling_mock._envelopes import DROP, translate
from kling_mock.front import PROBLEM_HEADER, create_front

pytestmark = pytest.mark.anyio

URL, URL2 = "https://img.test/a.png", "https://img.test/b.png"
T2V, I2V, GEN = "/v1/videos/text2video", "/v1/videos/image2video", "/v1/images/generations"
FX, OMNI = "/v1/videos/effects", "/v1/videos/omni-video"
SCENES = load_spec()["components"]["schemas"]["EffectScene"]


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    clock = ManualClock()
    app = create_app({"auth": False}, clock=clock, sleep=clock.sleep)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://sim.test"
    ) as http:
        yield http
    await simulator_of(app).aclose()


def refused(response: httpx.Response) -> str:
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["code"] == 1201 and isinstance(body["request_id"], str)
    message: str = body["message"]
    return message


def accepted(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        (T2V, {"prompt": "p", "duration": "7"}, "duration"),  # kling-v1 (default): 5 or 10
        (T2V, {"prompt": "p", "mode": "4k"}, "mode"),
        (T2V, {"prompt": "p", "model_name": "kling-v1-6", "camera_control": {"type": "down_back"}},
         "camera_control"),
        (I2V, {"image": URL, "image_tail": URL, "camera_control": {"type": "down_back"}},
         "camera_control"),  # exclusive groups
        (I2V, {"image": URL, "multi_shot": True, "shot_type": "intelligence",
               "image_tail": URL2, "model_name": "kling-v2-6"}, "multi_shot"),
        (OMNI, {"prompt": "p", "duration": "15"}, "duration"),  # kling-video-o1: 3 to 10
        (OMNI, {"prompt": "p", "model_name": "kling-v3-omni", "mode": "4k",
                "video_list": [{"video_url": URL}]}, "video_list"),
        (FX, {"effect_scene": "hug_pro", "input": {"image": URL}}, "input.images"),
        (GEN, {"prompt": "p", "image_reference": "face"}, "image"),
    ],
)  # fmt: skip
async def test_cross_field_rules_are_refused_like_kling(
    client: httpx.AsyncClient, path: str, body: dict[str, Any], field: str
) -> None:
    assert refused(await client.post(path, json=body)).startswith(field)


@pytest.mark.parametrize(
    ("path", "body"),
    [
        (T2V, {"prompt": "p", "model_name": "kling-v3", "mode": "4k", "duration": "7"}),
        (I2V, {"image": URL, "multi_shot": True, "shot_type": "intelligence",
               "image_tail": URL2, "model_name": "kling-v3"}),
        (OMNI, {"prompt": "p", "model_name": "kling-v3-omni", "mode": "4k", "duration": "15"}),
        # what Kling only ignores is not refused (the client warns)
        (GEN, {"prompt": "p", "image_fidelity": 0.5, "human_fidelity": 0.45}),
        (GEN, {"prompt": "p", "image": None, "image_reference": None, "n": None}),
        (T2V, {"prompt": "p", "sound": "off", "negative_prompt": None, "model_name": None}),
        (I2V, {"image": URL, "sound": "off", "model_name": "kling-v1-5"}),
        (FX, {"effect_scene": "net_the_fish", "input": {"image": URL, "images": None}}),
        ("/v1/videos/lip-sync", {"input": {"mode": "text2video", "video_id": "v", "text": "hi",
                                           "voice_id": "AOT"}}),  # voice_language has a default
    ],
)  # fmt: skip
async def test_what_kling_accepts_is_accepted(
    client: httpx.AsyncClient, path: str, body: dict[str, Any]
) -> None:
    assert accepted(await client.post(path, json=body))["task_status"] == "submitted"


@pytest.mark.parametrize("scene", sorted(SCENES["x-kling-lifecycle"]))
async def test_discontinued_scenes_get_klings_error(client: httpx.AsyncClient, scene: str) -> None:
    key = "images" if scene in SCENES["x-kling-dual-image"] else "image"
    body = {"effect_scene": scene, "input": {key: [URL, URL2] if key == "images" else URL}}
    since = SCENES["x-kling-lifecycle"][scene]["since"]
    message = refused(await client.post(FX, json=body))
    assert message == f"effect_scene: {scene!r} is discontinued since {since}"


async def test_audio_results_carry_audio_id_and_id() -> None:
    clock = ManualClock()
    app = create_app({"auth": False}, clock=clock, sleep=clock.sleep)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sim.test") as client:
        task = accepted(await client.post("/v1/audio/text-to-audio", json={"prompt": "rain"}))
        clock.advance(60)
        done = accepted(await client.get(f"/v1/audio/text-to-audio/{task['task_id']}"))
    await simulator_of(app).aclose()
    (audio,) = done["task_result"]["audios"]
    assert audio["audio_id"] == audio["id"] and audio["id"]


# ------------------------------------------------------------------ the front before Prism
PROBLEM = "application/problem+json"


def problem(kind: str, status: int, **extra: Any) -> httpx.Response:
    body = {"type": f"https://stoplight.io/prism/errors#{kind}", "title": kind, "status": status}
    return httpx.Response(status, json=body | extra, headers={"content-type": PROBLEM})


VIOLATION = [{"location": ["body", "cfg_scale"], "severity": "Error", "code": "type",
              "message": "Request body property cfg_scale must be number,null"}]  # fmt: skip


@pytest.mark.parametrize(
    ("upstream", "auth", "status", "code", "message"),
    [
        (problem("UNPROCESSABLE_ENTITY", 422, validation=VIOLATION), "Bearer x", 400, 1201,
         "cfg_scale must be number,null"),
        (problem("UNAUTHORIZED", 401), None, 401, 1001, "Authorization header is empty"),
        (problem("UNAUTHORIZED", 401), "Basic x", 401, 1002, "Authorization header is invalid"),
        (problem("NO_PATH_MATCHED_ERROR", 404, detail="no route"), "Bearer x", 404, 1203,
         "no route"),
        (problem("NO_METHOD_MATCHED_ERROR", 405, detail="no method"), "Bearer x", 404, 1202,
         "no method"),
        (problem("VIOLATIONS", 500), "Bearer x", 500, 5000, "internal error: VIOLATIONS"),
        (httpx.Response(400, json={"error": {"code": "invalid_json", "message": "Invalid JSON"}}),
         "Bearer x", 400, 1200, "request body is not valid JSON"),
    ],
)  # fmt: skip
async def test_front_answers_prisms_errors_as_kling_envelopes(
    upstream: httpx.Response, auth: str | None, status: int, code: int, message: str
) -> None:
    seen: list[httpx.Request] = []

    def prism(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return upstream

    app = create_front("http://prism.test", httpx.MockTransport(prism))
    headers = {"authorization": auth} if auth else {}
    async with httpx.AsyncClient(transport=SimulatorTransport(app), base_url="http://f") as front:
        answer = await front.post(
            "/v1/videos/text2video?x=1", json={"prompt": "p"}, headers=headers
        )
    assert answer.status_code == status and answer.headers["content-type"] == "application/json"
    body = answer.json()
    assert (body["code"], body["message"]) == (code, message) and body["request_id"]
    assert PROBLEM_HEADER in answer.headers
    assert seen[0].url.path == "/v1/videos/text2video" and seen[0].url.query == b"x=1"
    assert seen[0].content == b'{"prompt":"p"}'


async def test_front_passes_other_answers_unchanged_and_drops_what_was_dropped() -> None:
    answers = iter([
        httpx.Response(400, json={"code": 1201, "message": "m"}, headers={"x-a": "1"}),
        problem("FetchError", 500, detail="socket hang up"),
        httpx.Response(200, content=b"\x89PNG", headers={"content-type": "image/png"}),
    ])  # fmt: skip
    app = create_front("http://prism.test", httpx.MockTransport(lambda _: next(answers)))
    async with httpx.AsyncClient(transport=SimulatorTransport(app), base_url="http://f") as front:
        kling = await front.get("/v1/videos/text2video/1")
        assert (kling.status_code, kling.json(), kling.headers["x-a"]) == (
            400,
            {"code": 1201, "message": "m"},
            "1",
        )
        assert PROBLEM_HEADER not in kling.headers
        with pytest.raises(httpx.RemoteProtocolError):
            await front.post("/v1/videos/text2video", json={})
        file = await front.get("/files/1/0.png")
        assert (file.content, file.headers["content-type"]) == (b"\x89PNG", "image/png")


async def test_front_drops_when_prism_is_unreachable() -> None:
    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    app = create_front("http://prism.test", httpx.MockTransport(down))
    async with httpx.AsyncClient(transport=SimulatorTransport(app), base_url="http://f") as front:
        with pytest.raises(httpx.RemoteProtocolError):
            await front.get("/v1/videos/text2video")


def test_translate_unknown_problem_and_non_json() -> None:
    assert translate(b'{"type": "x", "title": "Odd"}', None) == (5000, "internal error: Odd")
    assert translate(b"not json", "Bearer x") == (5000, "internal error: mock failure")
    assert translate(b'{"type": "FetchError"}', None)[0] == DROP


async def test_front_forwards_any_path_as_received() -> None:
    seen: list[bytes] = []

    def prism(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path)
        return httpx.Response(404, json={"code": 1203, "message": "task not found"})

    app = create_front("http://prism.test", httpx.MockTransport(prism))
    async with httpx.AsyncClient(transport=SimulatorTransport(app), base_url="http://f") as front:
        answer = await front.get("/v1/videos/effects/%C3%AAW%0A%C2%AF%2A")
    assert answer.json()["code"] == 1203
    assert seen == [b"/v1/videos/effects/%C3%AAW%0A%C2%AF%2A"]
