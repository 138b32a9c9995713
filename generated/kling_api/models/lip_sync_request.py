from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lip_sync_input import LipSyncInput
    from ..models.watermark_info import WatermarkInfo


T = TypeVar("T", bound="LipSyncRequest")


@_attrs_define
class LipSyncRequest:
    """Body of `POST /v1/videos/lip-sync` (legacy form): `{input, callback_url, external_task_id}`.
    There is no model field: the source video decides. Server default when unset:
    `input.voice_speed` 1.0 (`input.voice_language` has a disputed default, so it is required
    with text2video).

    Rules (`x-kling-rules`): exactly one of `input.video_id` and `input.video_url`. With
    `mode=text2video`, `text`, `voice_id` and `voice_language` are required (the server
    default of `voice_language` is disputed, `en` or `zh`, so we require it). With
    `mode=audio2video`, `audio_type` is required, then `audio_file` for `file` or `audio_url`
    for `url`.

    """

    input_: LipSyncInput
    """ The `input` object of the legacy lip sync. The video must show a clear human face. """
    watermark_info: None | Unset | WatermarkInfo = UNSET
    """ Also produce a watermarked copy of the video (`watermark_url`). Documented for most creates after the
    baseline; included here as the permissive reading. """
    callback_url: None | str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change (unsigned). An empty string means "not
    set". """
    external_task_id: None | str | Unset = UNSET
    """ The caller's own task id, usable in place of `task_id` in the get-one operation. Not documented for lip sync
    at the baseline; included as the permissive, forward-compatible reading (other families document it). Our client
    always sends one: it is how a retried create finds the task it may already have started instead of paying for a
    second one. An empty string means "not set". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        input_ = self.input_.to_dict()

        watermark_info: dict[str, Any] | None | Unset
        if isinstance(self.watermark_info, Unset):
            watermark_info = UNSET
        elif isinstance(self.watermark_info, WatermarkInfo):
            watermark_info = self.watermark_info.to_dict()
        else:
            watermark_info = self.watermark_info

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        external_task_id: None | str | Unset
        if isinstance(self.external_task_id, Unset):
            external_task_id = UNSET
        else:
            external_task_id = self.external_task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
            }
        )
        if watermark_info is not UNSET:
            field_dict["watermark_info"] = watermark_info
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if external_task_id is not UNSET:
            field_dict["external_task_id"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lip_sync_input import LipSyncInput  # noqa: PLC0415
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        d = dict(src_dict)
        input_ = LipSyncInput.from_dict(d.pop("input"))

        def _parse_watermark_info(data: object) -> None | Unset | WatermarkInfo:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                watermark_info_type_0 = WatermarkInfo.from_dict(data)

                return watermark_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WatermarkInfo, data)

        watermark_info = _parse_watermark_info(d.pop("watermark_info", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_external_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_task_id = _parse_external_task_id(d.pop("external_task_id", UNSET))

        lip_sync_request = cls(
            input_=input_,
            watermark_info=watermark_info,
            callback_url=callback_url,
            external_task_id=external_task_id,
        )

        lip_sync_request.additional_properties = d
        return lip_sync_request

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
