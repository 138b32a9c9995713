from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.selection_mask_png_mask import SelectionMaskPngMask
    from ..models.selection_mask_rle_mask import SelectionMaskRleMask


T = TypeVar("T", bound="SelectionMask")


@_attrs_define
class SelectionMask:
    """The mask of one selected object, run-length encoded and as a PNG."""

    object_id: int | Unset = UNSET
    """ The object's number. """
    rle_mask: SelectionMaskRleMask | Unset = UNSET
    """ `size` [height, width] and COCO-style `counts`. """
    png_mask: SelectionMaskPngMask | Unset = UNSET
    """ `size` [height, width] and the PNG as raw Base64. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_id = self.object_id

        rle_mask: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rle_mask, Unset):
            rle_mask = self.rle_mask.to_dict()

        png_mask: dict[str, Any] | Unset = UNSET
        if not isinstance(self.png_mask, Unset):
            png_mask = self.png_mask.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if rle_mask is not UNSET:
            field_dict["rle_mask"] = rle_mask
        if png_mask is not UNSET:
            field_dict["png_mask"] = png_mask

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.selection_mask_png_mask import SelectionMaskPngMask  # noqa: PLC0415
        from ..models.selection_mask_rle_mask import SelectionMaskRleMask  # noqa: PLC0415

        d = dict(src_dict)
        object_id = d.pop("object_id", UNSET)

        _rle_mask = d.pop("rle_mask", UNSET)
        rle_mask: SelectionMaskRleMask | Unset
        if isinstance(_rle_mask, Unset):
            rle_mask = UNSET
        else:
            rle_mask = SelectionMaskRleMask.from_dict(_rle_mask)

        _png_mask = d.pop("png_mask", UNSET)
        png_mask: SelectionMaskPngMask | Unset
        if isinstance(_png_mask, Unset):
            png_mask = UNSET
        else:
            png_mask = SelectionMaskPngMask.from_dict(_png_mask)

        selection_mask = cls(
            object_id=object_id,
            rle_mask=rle_mask,
            png_mask=png_mask,
        )

        selection_mask.additional_properties = d
        return selection_mask

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
