"""The synchronous calls of the families added from FACTS-2026 §4, and the ``/media`` files.

Text to speech and image recognize answer a finished task object at once; the preset lists answer
task-shaped items (one voice or element each); the deletes mark the custom voice or element
``deleted`` in its task and are idempotent (deleting twice answers success twice; the official
ones cannot be deleted). The selection calls are in :mod:`kling_mock._selection_routes`, the
ledgers in :mod:`kling_mock._billing`.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ._app import _json_body, api, sim_of
from ._billing import billing_routes
from ._checks import RequestInvalid, require
from ._families import family_by_key
from ._media import mp4_bytes, png_bytes
from ._more_results import element_id_of, media_url, voice_id_of
from ._selection_routes import selection_routes
from ._sim import Simulator
from ._sound import mp3_bytes
from ._state import ms
from ._wire import envelope

PRESET_VOICES = (  # voice_id, name, language
    ("oversea_male1", "Narrator (male)", "en"),
    ("commercial_lady_en_f-v1", "Commercial (female)", "en"),
    ("genshin_vindi2", "Sunny", "zh"),
    ("zhinen_xuesheng", "Student", "zh"),
)
PRESET_ELEMENTS = (  # element_id, name, description, tag
    (100001, "Corgi", "A corgi puppy", "o_103"),
    (100002, "Astronaut", "An astronaut in a white suit", "o_102"),
    (100003, "Red umbrella", "A red umbrella", "o_104"),
)
SEGMENTS = ("object_seg", "head_seg", "face_seg", "cloth_seg")
CHARS_PER_SECOND = 15.0


def _body(raw: object) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise RequestInvalid("request body must be a JSON object", code=1200)
    return raw


def _base(request: Request) -> str:
    sim = sim_of(request)
    return (sim.config.public_base_url or str(request.base_url)).rstrip("/")


def _finished(sim: Simulator, result: dict[str, Any], units: str) -> dict[str, Any]:
    """A task object that is already ``succeed`` (the synchronous answers)."""
    now = ms(sim.clock())
    task_id = str(sim._id_base + sim._next_seq())
    return {
        "task_id": task_id,
        "task_status": "succeed",
        "task_status_msg": "",
        "task_result": result,
        "final_unit_deduction": units,
        "created_at": now,
        "updated_at": now,
    }


def _custom_voices(sim: Simulator) -> dict[str, Any]:
    """The account's succeeded voice tasks, by voice id."""
    voices = family_by_key("custom_voice")
    now = sim.clock()
    return {
        voice_id_of(t): t for t in sim.store.newest_first(voices) if t.status_at(now) == "succeed"
    }


@api("call", "synthesizeSpeech", None)
async def tts(request: Request) -> Response:
    """POST /v1/audio/tts: the speech at once (about 15 characters a second)."""
    sim = sim_of(request)
    body = _body(await _json_body(request))
    require(body, "text", "voice_id", "voice_language")
    text, voice = str(body["text"]), str(body["voice_id"])
    if len(text) > 1000:
        raise RequestInvalid("text must be at most 1000 characters")
    if body["voice_language"] not in ("zh", "en"):
        raise RequestInvalid("voice_language must be zh or en")
    custom = _custom_voices(sim).get(voice)
    if voice not in {v[0] for v in PRESET_VOICES} and (custom is None or custom.deleted):
        raise RequestInvalid("voice_id not found")
    speed = body.get("voice_speed") or 1.0
    speed = min(max(float(speed), 0.8), 2.0) if isinstance(speed, int | float) else 1.0
    seconds = round(max(1.0, len(text) / CHARS_PER_SECOND / speed), 1)
    data = _finished(sim, {}, "0.1")
    audio_id = str(int(data["task_id"]) + 10**17)
    url = media_url(_base(request), audio_id, "speech.mp3", seconds)
    audio = {"id": audio_id, "audio_id": audio_id, "url": url, "duration": f"{seconds:g}"}
    data["task_result"] = {"audios": [audio]}
    return envelope(data)


@api("call", "recognizeImage", None)
async def recognize(request: Request) -> Response:
    """POST /v1/videos/image-recognize: four segmentations (no clothing found)."""
    sim = sim_of(request)
    body = _body(await _json_body(request))
    require(body, "image")
    data = _finished(sim, {}, "0.2")
    base = _base(request)
    images = [
        {
            "type": kind,
            "is_contain": kind != "cloth_seg",
            "url": media_url(base, data["task_id"], f"{kind}.png") if kind != "cloth_seg" else "",
        }
        for kind in SEGMENTS
    ]
    data["task_result"] = {"images": images}
    data.pop("task_status_msg")
    return envelope(data)


def _page(request: Request, items: list[dict[str, Any]], most: int) -> list[dict[str, Any]]:
    from ._app import _query_int

    page = _query_int(request, "pageNum", 1, 1, 1000)
    size = _query_int(request, "pageSize", 30, 1, most)
    return items[(page - 1) * size : page * size]


def _listed(key: str, result: dict[str, Any]) -> dict[str, Any]:
    return {"task_id": key, "task_status": "succeed", "task_status_msg": "", "task_result": result}


@api("call", "listPresetVoices", None)
async def preset_voices(request: Request) -> Response:
    """GET /v1/general/presets-voices: one official voice per item."""
    base = _base(request)
    items = [
        _listed(
            f"preset-voice-{vid}",
            {
                "voices": [
                    {
                        "voice_id": vid,
                        "voice_name": name,
                        "trial_url": media_url(base, vid, "trial.mp3", 3.0),
                        "owned_by": "kling",
                    }
                ]
            },
        )
        for vid, name, _ in PRESET_VOICES
    ]
    return envelope(_page(request, items, 1000))


@api("call", "listPresetElements", None)
async def preset_elements(request: Request) -> Response:
    """GET /v1/general/advanced-presets-elements: one official element per item."""
    base = _base(request)
    items = [
        _listed(
            f"preset-element-{eid}",
            {
                "elements": [
                    {
                        "element_id": eid,
                        "element_name": name,
                        "element_description": about,
                        "reference_type": "image_refer",
                        "element_image_list": {
                            "frontal_image": media_url(base, str(eid), "frontal.png")
                        },
                        "tag_list": [{"tag_id": tag}],
                        "owned_by": "kling",
                        "status": "succeed",
                    }
                ]
            },
        )
        for eid, name, about, tag in PRESET_ELEMENTS
    ]
    return envelope(_page(request, items, 500))


def _deleted(sim: Simulator) -> dict[str, Any]:
    return {"task_id": str(sim._id_base + sim._next_seq()), "task_status": "succeed"}


@api("call", "deleteCustomVoice", None)
async def delete_voice(request: Request) -> Response:
    """POST /v1/general/delete-voices: idempotent; official voices are refused."""
    sim = sim_of(request)
    body = _body(await _json_body(request))
    require(body, "voice_id")
    voice = str(body["voice_id"])
    if voice in {v[0] for v in PRESET_VOICES}:
        raise RequestInvalid("voice_id: only custom voices can be deleted")
    task = _custom_voices(sim).get(voice)
    if task is not None:
        task.deleted = True
    return envelope(_deleted(sim))


def _delete_element(name: str) -> Any:
    @api("call", name, None)
    async def delete_element(request: Request) -> Response:
        """POST /v1/general/delete-(advanced-)elements: idempotent; official ones refused."""
        sim = sim_of(request)
        body = _body(await _json_body(request))
        require(body, "element_id")
        wanted = str(body["element_id"])
        if wanted in {str(e[0]) for e in PRESET_ELEMENTS}:
            raise RequestInvalid("element_id: only custom elements can be deleted")
        for task in sim.store.newest_first(family_by_key("element_library")):
            if str(element_id_of(task)) == wanted:
                task.deleted = True
        return envelope(_deleted(sim))

    return delete_element


async def media_file(request: Request) -> Response:
    """GET /media/{owner}/{name}: real PNG, MP3 or MP4 bytes by extension (``d``: seconds);
    no auth, like a CDN."""
    sim_of(request).stats.count("file", "downloadMedia")
    name = request.path_params["name"]
    try:
        seconds = float(request.query_params.get("d", "5"))
    except ValueError:
        seconds = 5.0
    seconds = min(max(seconds, 0.1), 60.0)
    if name.endswith(".mp3"):
        return Response(mp3_bytes(seconds), media_type="audio/mpeg")
    if name.endswith(".mp4"):
        return Response(mp4_bytes(seconds), media_type="video/mp4")
    return Response(png_bytes(), media_type="image/png")


def more_routes() -> list[BaseRoute]:
    """The routes of the synchronous calls and the ``/media`` files."""
    post = ["POST"]
    return [
        Route("/v1/audio/tts", tts, methods=post),
        Route("/v1/videos/image-recognize", recognize, methods=post),
        Route("/v1/general/presets-voices", preset_voices, methods=["GET"]),
        Route("/v1/general/delete-voices", delete_voice, methods=post),
        Route("/v1/general/advanced-presets-elements", preset_elements, methods=["GET"]),
        Route(
            "/v1/general/delete-advanced-elements",
            _delete_element("deleteAdvancedElement"),
            methods=post,
        ),
        Route("/v1/general/delete-elements", _delete_element("deleteElement"), methods=post),
        *selection_routes(),
        Route("/media/{owner}/{name}", media_file, methods=["GET"]),
        *billing_routes(),
    ]
