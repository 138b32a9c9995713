from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.selection_point import SelectionPoint


T = TypeVar("T", bound="MultiElementsPointsRequest")


@_attrs_define
class MultiElementsPointsRequest:
    """Body of the add-selection and delete-selection calls: the points of one frame (at most 10 frames per session, one
    per call; at most 10 points per frame; deleted points must equal added ones).

    """

    session_id: str
    """ The session of `initMultiElementsSelection`. """
    frame_index: int
    """ The frame, from 0 (below the session's `total_frame`). """
    points: list[SelectionPoint]
    """ 1 to 10 points. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        frame_index = self.frame_index

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "frame_index": frame_index,
                "points": points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.selection_point import SelectionPoint  # noqa: PLC0415

        d = dict(src_dict)
        session_id = d.pop("session_id")

        frame_index = d.pop("frame_index")

        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = SelectionPoint.from_dict(points_item_data)

            points.append(points_item)

        multi_elements_points_request = cls(
            session_id=session_id,
            frame_index=frame_index,
            points=points,
        )

        multi_elements_points_request.additional_properties = d
        return multi_elements_points_request

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
