from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.selection_res import SelectionRes


T = TypeVar("T", bound="SelectionResult")


@_attrs_define
class SelectionResult:
    """The state of a selection session. Every field optional: init answers the video's facts, add/delete-selection the
    masks of a frame (`res.rle_mask_list`), preview the masked video (`res.video`).

    """

    status: int | Unset = UNSET
    """ 0 when accepted; non-zero means the request was rejected. """
    session_id: str | Unset = UNSET
    """ The session id, valid 24 h. """
    final_unit_deduction: None | str | Unset = UNSET
    """ Units charged, as a string. """
    fps: float | Unset = UNSET
    """ Frame rate of the video. """
    original_duration: int | Unset = UNSET
    """ Length of the video in milliseconds. """
    width: int | Unset = UNSET
    """ Width of the video in pixels. """
    height: int | Unset = UNSET
    """ Height of the video in pixels. """
    total_frame: int | Unset = UNSET
    """ Number of frames of the video. """
    normalized_video: str | Unset = UNSET
    """ URL of the video as the session uses it. """
    res: None | SelectionRes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.selection_res import SelectionRes  # noqa: PLC0415

        status = self.status

        session_id = self.session_id

        final_unit_deduction: None | str | Unset
        if isinstance(self.final_unit_deduction, Unset):
            final_unit_deduction = UNSET
        else:
            final_unit_deduction = self.final_unit_deduction

        fps = self.fps

        original_duration = self.original_duration

        width = self.width

        height = self.height

        total_frame = self.total_frame

        normalized_video = self.normalized_video

        res: dict[str, Any] | None | Unset
        if isinstance(self.res, Unset):
            res = UNSET
        elif isinstance(self.res, SelectionRes):
            res = self.res.to_dict()
        else:
            res = self.res

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if final_unit_deduction is not UNSET:
            field_dict["final_unit_deduction"] = final_unit_deduction
        if fps is not UNSET:
            field_dict["fps"] = fps
        if original_duration is not UNSET:
            field_dict["original_duration"] = original_duration
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if total_frame is not UNSET:
            field_dict["total_frame"] = total_frame
        if normalized_video is not UNSET:
            field_dict["normalized_video"] = normalized_video
        if res is not UNSET:
            field_dict["res"] = res

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.selection_res import SelectionRes  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        session_id = d.pop("session_id", UNSET)

        def _parse_final_unit_deduction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        final_unit_deduction = _parse_final_unit_deduction(d.pop("final_unit_deduction", UNSET))

        fps = d.pop("fps", UNSET)

        original_duration = d.pop("original_duration", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        total_frame = d.pop("total_frame", UNSET)

        normalized_video = d.pop("normalized_video", UNSET)

        def _parse_res(data: object) -> None | SelectionRes | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                res_type_0 = SelectionRes.from_dict(data)

                return res_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SelectionRes | Unset, data)

        res = _parse_res(d.pop("res", UNSET))

        selection_result = cls(
            status=status,
            session_id=session_id,
            final_unit_deduction=final_unit_deduction,
            fps=fps,
            original_duration=original_duration,
            width=width,
            height=height,
            total_frame=total_frame,
            normalized_video=normalized_video,
            res=res,
        )

        selection_result.additional_properties = d
        return selection_result

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
