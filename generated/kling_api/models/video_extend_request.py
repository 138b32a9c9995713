from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.watermark_info import WatermarkInfo


T = TypeVar("T", bound="VideoExtendRequest")


@_attrs_define
class VideoExtendRequest:
    """Body of `POST /v1/videos/video-extend`. Each call adds about 4-5 s; model and mode are
    those of the source video. Which source models can be extended changed over time (kling-v1
    only in 2024; "not kling-v1-5" in May 2025; v1, v1-5 and v1-6 in 2026): not validated on
    the client side. For kling-v1 sources the extension ignores `negative_prompt` and
    `cfg_scale`. Server default when unset: `cfg_scale` 0.5.

    """

    video_id: str
    """ `id` of a video made by text to video, image to video or an earlier extend (`task_result.videos[].id`),
    generated within the last 30 days. The total length after extension must stay at or below 3 minutes. """
    prompt: str | Unset = UNSET
    """ What the continuation shows, at most 2500 characters. """
    negative_prompt: str | Unset = UNSET
    """ What the continuation must not show, at most 2500 characters. """
    cfg_scale: float | Unset = UNSET
    """ How closely the continuation follows the prompt. Server default when unset: 0.5. """
    watermark_info: WatermarkInfo | Unset = UNSET
    """ Watermark option (after the baseline). On a create, `enabled` true asks for a watermarked copy of each
    result as well, returned as `watermark_url` beside the normal `url`. In a task, the echo of that option. Server
    default when unset: no watermarked copy (our reading). An empty object means "not set". """
    callback_url: str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change (unsigned). An empty string means "not
    set". """
    external_task_id: str | Unset = UNSET
    """ The caller's own task id, usable in place of `task_id` in the get-one operation. Not documented for video
    extend at the baseline but documented in 2026; included as the permissive, forward-compatible reading. Our
    client always sends one: it is how a retried create finds the task it may already have started instead of paying
    for a second one. An empty string means "not set". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        cfg_scale = self.cfg_scale

        watermark_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.watermark_info, Unset):
            watermark_info = self.watermark_info.to_dict()

        callback_url = self.callback_url

        external_task_id = self.external_task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_id": video_id,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale
        if watermark_info is not UNSET:
            field_dict["watermark_info"] = watermark_info
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if external_task_id is not UNSET:
            field_dict["external_task_id"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        d = dict(src_dict)
        video_id = d.pop("video_id")

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        cfg_scale = d.pop("cfg_scale", UNSET)

        _watermark_info = d.pop("watermark_info", UNSET)
        watermark_info: WatermarkInfo | Unset
        if isinstance(_watermark_info, Unset):
            watermark_info = UNSET
        else:
            watermark_info = WatermarkInfo.from_dict(_watermark_info)

        callback_url = d.pop("callback_url", UNSET)

        external_task_id = d.pop("external_task_id", UNSET)

        video_extend_request = cls(
            video_id=video_id,
            prompt=prompt,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
            watermark_info=watermark_info,
            callback_url=callback_url,
            external_task_id=external_task_id,
        )

        video_extend_request.additional_properties = d
        return video_extend_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
