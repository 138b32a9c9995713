"""The FACTS-2026 §4 families end to end: ``kling_ext`` through ``prism proxy --errors`` in front
of the stateful simulator (Prism validates every request and answer), and against ``prism mock``.

Downloads come from the simulator's file routes as real PNG, MP3 and MP4 bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from kling_api.models import BillingLedgerPage, SelectionResult
from kling_ext import InvalidRequestError, Kling, Task

pytestmark = pytest.mark.contract

PNG = b"\x89PNG\r\n\x1a\n"
MP3_SYNC = b"\xff\xfb"
IMAGE = "https://example.com/images/fox.png"


@pytest.fixture
def client(proxy_url: str, sim: httpx.Client, make_client: Callable[..., Kling]) -> Kling:
    """A ``Kling`` on the Prism proxy, the simulator freshly reset."""
    return make_client(proxy_url)


def test_custom_voice_speaks_then_is_deleted(client: Kling, tmp_path: Path) -> None:
    voices, tts = client.general.voices, client.audio.tts
    done = voices.create_and_wait(voice_name="Narrator", voice_url="https://example.com/v.mp3")
    (voice,) = done.to_dict()["task_result"]["voices"]
    speech = tts.synthesize(
        text="Hello from the simulator", voice_id=voice["voice_id"], voice_language="en"
    )
    assert isinstance(speech, Task) and speech.task_status == "succeed"
    (path,) = client.download(speech, tmp_path)
    assert path.suffix == ".mp3" and path.read_bytes()[:2] == MP3_SYNC
    for _ in range(2):  # idempotent
        assert voices.delete(voice_id=voice["voice_id"]).task_status == "succeed"
    assert voices.get(done.task_id).to_dict()["task_result"]["voices"][0]["status"] == "deleted"
    with pytest.raises(InvalidRequestError, match="voice_id"):
        tts.synthesize(text="again", voice_id=voice["voice_id"], voice_language="en")
    presets = voices.presets(page_size=2)
    assert [t.to_dict()["task_result"]["voices"][0]["owned_by"] for t in presets] == ["kling"] * 2


def test_omni_image_series_downloads_pngs(client: Kling, tmp_path: Path) -> None:
    done = client.images.omni.create_and_wait(
        prompt="four seasons of a garden",
        model_name="kling-v3-omni",
        result_type="series",
        series_amount=3,
    )
    assert done.to_dict()["task_result"]["result_type"] == "series"
    paths = client.download(done, tmp_path)
    assert len(paths) == 3 and all(p.read_bytes().startswith(PNG) for p in paths)


def test_element_then_multi_shot_views(client: Kling, tmp_path: Path) -> None:
    views = client.general.multi_shot.create_and_wait(element_frontal_image=IMAGE)
    paths = client.download(views, tmp_path)
    assert len(paths) == 3 and all(p.read_bytes().startswith(PNG) for p in paths)
    refer = [
        {"image_url": u}
        for u in views.to_dict()["task_result"]["images"][0].values()
        if isinstance(u, str)
    ]
    element = client.general.elements.create_and_wait(
        element_name="Fox",
        element_description="A red fox",
        reference_type="image_refer",
        element_image_list={"frontal_image": IMAGE, "refer_images": refer[:3]},
        tag_list=[{"tag_id": "o_103"}],
    )
    (made,) = element.to_dict()["task_result"]["elements"]
    assert isinstance(made["element_id"], int)
    assert client.general.elements.delete(element_id=made["element_id"]).task_status == "succeed"
    image = client.general.elements.delete_image_element(element_id=str(made["element_id"]))
    assert image.task_status == "succeed"


def test_multi_elements_session_and_edit(client: Kling, tmp_path: Path) -> None:
    edit = client.videos.multi_elements
    session = edit.init_selection(video_url="https://example.com/v.mp4")
    assert isinstance(session, SelectionResult) and session.total_frame == 150
    sid = str(session.session_id)
    masks = edit.add_selection(session_id=sid, frame_index=3, points=[{"x": 0.4, "y": 0.6}])
    assert masks.to_dict()["res"]["frame_index"] == 3
    assert edit.preview_selection(session_id=sid).to_dict()["res"]["video"]
    done = edit.create_and_wait(session_id=sid, edit_mode="removal", prompt="Remove the fox")
    (video,) = done.to_dict()["task_result"]["videos"]
    assert video["session_id"] == sid
    (path,) = client.download(done, tmp_path)
    assert path.read_bytes()[4:8] == b"ftyp"


def test_image_recognize_and_ledgers(client: Kling) -> None:
    found = client.images.recognize.recognize(image=IMAGE)
    kinds = [i["type"] for i in found.to_dict()["task_result"]["images"]]
    assert kinds == ["object_seg", "head_seg", "face_seg", "cloth_seg"]
    for prompt in ("a", "b", "c"):
        client.images.generations.create_and_wait(prompt=prompt)
    ledger = client.billing.deductions
    first = ledger.balance(start_time=0, end_time=9_000_000_000_000, limit=2)
    assert isinstance(first, BillingLedgerPage) and first.has_more is True
    rest = ledger.balance(cursor=str(first.next_cursor))
    assert rest.has_more is False
    details = [*first.to_dict()["result"]["detail"], *rest.to_dict()["result"]["detail"]]
    assert len(details) == 3 and {d["currency"] for d in details} == {"USD"}
    units = ledger.package(
        start_time=0,
        end_time=9_000_000_000_000,
        filters=[{"key": "product_type", "values": ["image"]}],
    )
    assert {d["product_type"] for d in units.to_dict()["result"]["detail"]} == {"image"}


def test_prism_mock_answers_the_calls_from_the_examples(
    prism_mock_url: str, make_client: Callable[..., Kling]
) -> None:
    client = make_client(prism_mock_url)
    speech = client.audio.tts.synthesize(text="hi", voice_id="oversea_male1", voice_language="en")
    assert speech.to_dict()["task_result"]["audios"][0]["duration"] == "6.2"
    ledger = client.billing.deductions.package(cursor="eyJvZmZzZXQiOjUwfQ")
    assert ledger.to_dict()["next_cursor"] == "eyJvZmZzZXQiOjUwfQ"
