"""Output pieces: live displays on a terminal, the summary, the entry point, the input types."""

from __future__ import annotations

import io
from pathlib import Path

import click
import pytest
from rich.console import Console

from kling_api.models import IdentifyFaceResult
from kling_cli import _app as _cli
from kling_cli import _faces as _cli_faces
from kling_cli import _options as _cli_options
from kling_cli import _output as _cli_output
from kling_cli import _state as _cli_state
from kling_cli import _types as _cli_types
from kling_ext import Kling, Task
from tests.cli.cli_support import ACCESS_KEY, BASE, SECRET_KEY, run

DEFAULT_FACTORY = _cli_state.make_client  # before the fixture replaces it


def terminal() -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, force_terminal=True, width=100), buffer


def test_wait_display_on_a_terminal_is_live_and_transient() -> None:
    console, buffer = terminal()
    with _cli_output.waiting(console, "text2video t-1") as update:
        update(Task.from_dict({"task_id": "t-1", "task_status": "processing"}))
    assert "text2video t-1" in buffer.getvalue()
    assert "text2video t-1: processing (" not in buffer.getvalue()  # no plain status lines


def test_wait_display_off_a_terminal_prints_status_lines() -> None:
    buffer = io.StringIO()
    with _cli_output.waiting(Console(file=buffer), "image t-2") as update:
        update(Task.from_dict({"task_id": "t-2"}))
    assert buffer.getvalue().startswith("image t-2: unknown (")


def test_download_bars_on_a_terminal(tmp_path: Path) -> None:
    console, buffer = terminal()
    with _cli_output.downloading(console) as on_progress:
        on_progress(tmp_path / "t-video-v.mp4", 512, 1024)
        on_progress(tmp_path / "t-video-v.mp4", 1024, 1024)
    assert "t-video-v.mp4" in buffer.getvalue()


def test_summary_of_odd_values() -> None:
    task = Task.from_dict({"task_id": "t", "created_at": 10**20, "task_result": {"videos": [{}]}})
    rows = dict(_cli_output.task_rows(task))
    assert rows["created"] == str(10**20)
    assert "video " not in rows


def test_main_runs_the_group() -> None:
    with pytest.raises(SystemExit) as stopped:
        _cli.main(["--version"])
    assert stopped.value.code == 0


def test_default_client_factory() -> None:
    with DEFAULT_FACTORY(access_key=ACCESS_KEY, secret_key=SECRET_KEY, base_url=BASE) as client:
        assert isinstance(client, Kling)
        assert client.base_url == BASE


def test_empty_file_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "empty.png").write_bytes(b"")
    result = run("image", "try-on", "--human-image", str(tmp_path / "empty.png"))
    assert result.exit_code == 2
    assert "is an empty file" in result.stderr


def test_audio_file_takes_files_only() -> None:
    with pytest.raises(click.BadParameter, match="not readable"):
        _cli_types.MediaType(urls=False).convert("https://a.test/a.mp3", None, None)


def test_enum_order_falls_back_to_the_generated_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_cli_options, "_schemas", dict)
    assert set(_cli_options.enum_values("VideoMode")) == {"std", "pro"}
    assert _cli_options.field_help("TextToVideoRequest", "mode") == ""


def test_missing_spec_copy_gives_no_help_but_works(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> None:
        raise FileNotFoundError("kling_api/_openapi.json")

    monkeypatch.setattr(_cli_options, "load_spec", missing)
    assert _cli_options._schemas.__wrapped__() == {}


def test_summary_shows_watermarked_copies() -> None:
    task = Task.from_dict({"task_id": "t", "task_result": {
        "videos": [{"id": "v", "url": "https://c.test/v.mp4", "watermark_url": "https://c.test/w.mp4"}],
        "images": [{"index": 0, "url": "https://c.test/i.png", "watermark_url": "https://c.test/w.png"}],
    }})  # fmt: skip
    rows = dict(_cli_output.task_rows(task))
    assert rows["video v watermarked"] == "https://c.test/w.mp4"
    assert rows["image 0 watermarked"] == "https://c.test/w.png"
    assert _cli_output.result_count(task) == 2


def test_audio_rows_read_either_id_and_skip_missing_formats() -> None:
    task = Task.from_dict({"task_id": "t", "task_result": {"audios": [
        {"audio_id": "a-7", "url_wav": "https://c.test/a.wav"}, {"url_mp3": "https://c.test/b.mp3"},
    ]}})  # fmt: skip
    rows = _cli_output.task_rows(task)
    assert ("audio a-7 wav", "https://c.test/a.wav") in rows
    assert ("audio mp3", "https://c.test/b.mp3") in rows
    assert not any("a-7 mp3" in label for label, _ in rows)


def test_face_rows_of_odd_values() -> None:
    result = IdentifyFaceResult.from_dict({"session_id": "s", "face_data": [{"face_id": "9"}]})
    rows = dict(_cli_faces.face_rows(result, "kling video advanced-lip-sync"))
    assert rows["face 9"] == "?-? s"
    assert "units" not in rows
