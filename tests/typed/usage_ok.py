"""What user code looks like with the typed surface: mypy --strict passes it, and it runs.

Run by tests/typed/test_typing.py against a respx router (no network), and type-checked there.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kling_api.models import CameraControl, TextToVideoRequest
from kling_ext import AsyncKling, Kling, Task, TaskState


def make_video(client: Kling, out: Path) -> list[Path]:
    """Typed create, wait and download; result accessors without narrowing."""
    task: Task = client.videos.text2video.create(
        prompt="a red fox running through snow",
        model_name="kling-v1",
        mode="std",
        duration="5",
        aspect_ratio="16:9",
        camera_control=CameraControl(type_="down_back"),
    )
    task_id: str = task.id
    created: dt.datetime | None = task.created_at
    assert task_id and (created is None or created.tzinfo is not None)
    done = client.videos.text2video.wait(task)
    urls: list[str] = done.video_urls
    assert urls and done.status == "succeed" and done.succeeded
    return client.download(done, out)


def from_model(client: Kling) -> Task:
    """The generated request model, and a mapping, are accepted as well."""
    first = client.videos.text2video.create(TextToVideoRequest(prompt="a cat"))
    second = client.videos.text2video.create({"prompt": "a dog", "duration": "10"})
    assert first.id and second.id
    return second


async def make_image(client: AsyncKling) -> list[str]:
    """The async twin has the same typed create."""
    task = await client.images.generations.create(prompt="a lighthouse at dawn", n=2)
    done = await client.images.generations.wait(task)
    external: str | None = done.external_task_id
    assert external
    return done.image_urls


def make_standard_video(client: Kling, out: Path) -> list[Path]:
    """The new standard: the model is an argument, the same Task type comes back."""
    task: Task = client.standard.text_to_video.create(
        "kling-3.0-turbo", prompt="a paper boat on a river", external_task_id="boat-1"
    )
    done = client.standard.text_to_video.wait(task)
    state: TaskState = done.state
    assert state == "succeeded" and done.video_urls
    return client.standard.text_to_video.download(done, out)


async def wait_standard(client: AsyncKling, ids: list[str]) -> list[str]:
    """Batched waiting on the async twin yields each task as it ends."""
    ended = [task.id async for task in client.standard.tasks.wait_many(ids)]
    return sorted(ended)
