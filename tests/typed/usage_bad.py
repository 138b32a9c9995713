"""Mistakes mypy --strict must refuse (tests/typed/test_typing.py expects each error). Never run."""

from __future__ import annotations

from kling_ext import Kling


def mistakes(client: Kling) -> None:
    client.videos.text2video.create(promt="a misspelled field")  # E: misspelled field
    client.videos.text2video.create(prompt="a fox", duration=7)  # E: duration is "5" or "10" ...
    client.videos.text2video.create(prompt="a fox", mode="standard")  # E: not a mode
    client.images.generations.create(prompt="a cat", n="2")  # E: n is an integer
    task = client.videos.text2video.get("8672")
    print(task.vidoe_urls)  # E: no such accessor
    client.standard.text_to_video.create(prompt="no model")  # E: the model is required
    client.standard.text_to_vidoe.create("kling-3.0-turbo", prompt="x")  # E: no such family
    client.standard.tasks.get_many("t1", external_task_ids=3)  # E: ids are an iterable of str
