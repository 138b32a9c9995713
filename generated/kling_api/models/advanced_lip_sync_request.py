from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.face_choice import FaceChoice
    from ..models.watermark_info import WatermarkInfo


T = TypeVar("T", bound="AdvancedLipSyncRequest")


@_attrs_define
class AdvancedLipSyncRequest:
    """Body of `POST /v1/videos/advanced-lip-sync` (after the baseline): the `session_id` of an
    earlier `identifyFace` call and exactly one `face_choose` item naming one of its faces and
    the audio. In that item exactly one of `audio_id` and `sound_file` must be set; x-kling
    rule paths cannot reach into array items, so this is described only (the server refuses
    a mistake). Server defaults when unset: `sound_volume` 1, `original_audio_volume` 1.

    """

    session_id: str
    """ The `session_id` returned by `identifyFace` for the video. """
    face_choose: list[FaceChoice]
    """ Exactly one face and its audio. """
    watermark_info: None | Unset | WatermarkInfo = UNSET
    """ Also produce a watermarked copy of the video (`watermark_url`). Documented for most creates after the
    baseline; included here as the permissive reading. """
    callback_url: None | str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change (unsigned). An empty string means "not
    set". """
    external_task_id: None | str | Unset = UNSET
    """ The caller's own task id: unique within the account, does not replace `task_id`, and usable in place of it
    in the get-one operation. Documented for advanced lip sync. Our client always sends one: it is how a retried
    create finds the task it may already have started instead of paying for a second one. An empty string means "not
    set". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        session_id = self.session_id

        face_choose = []
        for face_choose_item_data in self.face_choose:
            face_choose_item = face_choose_item_data.to_dict()
            face_choose.append(face_choose_item)

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
                "session_id": session_id,
                "face_choose": face_choose,
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
        from ..models.face_choice import FaceChoice  # noqa: PLC0415
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        d = dict(src_dict)
        session_id = d.pop("session_id")

        face_choose = []
        _face_choose = d.pop("face_choose")
        for face_choose_item_data in _face_choose:
            face_choose_item = FaceChoice.from_dict(face_choose_item_data)

            face_choose.append(face_choose_item)

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

        advanced_lip_sync_request = cls(
            session_id=session_id,
            face_choose=face_choose,
            watermark_info=watermark_info,
            callback_url=callback_url,
            external_task_id=external_task_id,
        )

        advanced_lip_sync_request.additional_properties = d
        return advanced_lip_sync_request

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
