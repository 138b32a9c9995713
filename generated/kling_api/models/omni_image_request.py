from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.omni_image_aspect_ratio import (
    OmniImageAspectRatio,
    check_omni_image_aspect_ratio,
)
from ..models.omni_image_model_name import (
    OmniImageModelName,
    check_omni_image_model_name,
)
from ..models.omni_image_request_series_amount_type_1 import (
    OmniImageRequestSeriesAmountType1,
    check_omni_image_request_series_amount_type_1,
)
from ..models.omni_image_resolution import (
    OmniImageResolution,
    check_omni_image_resolution,
)
from ..models.omni_image_result_type import (
    OmniImageResultType,
    check_omni_image_result_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.library_element_reference import LibraryElementReference
    from ..models.omni_image_reference import OmniImageReference
    from ..models.watermark_info import WatermarkInfo


T = TypeVar("T", bound="OmniImageRequest")


@_attrs_define
class OmniImageRequest:
    """Body of `POST /v1/images/omni-image` (FACTS-2026 §4.1). Server defaults when a field is
    unset: `model_name` kling-image-o1, `resolution` 1k, `result_type` single, `n` 1,
    `series_amount` 4, `aspect_ratio` auto.

    Limits: `prompt` at most 2500 characters; images plus elements at most 10 (described
    only: no rule kind adds two list lengths); `n` 1-9 (ignored for a series);
    `series_amount` 2-9 or `auto` (ignored for single images).

    Rules (`x-kling-rules`): `n` with `result_type` series and `series_amount` without it are
    ignored by the server: warnings. Capabilities: kling-image-o1 gives 1k and 2k single
    images; kling-v3-omni adds 4k and series.

    """

    prompt: str
    """ What the images show, at most 2500 characters; refers to the references as `<<<image_1>>>` and to elements
    as `<<<element_1>>>`. """
    model_name: None | OmniImageModelName | str | Unset = UNSET
    """ Model. Server default when unset: `kling-image-o1`. Open enum. """
    image_list: list[OmniImageReference] | None | Unset = UNSET
    """ Reference images (jpg/jpeg/png, at most 10 MB, at least 300 px, 1:2.5-2.5:1). """
    element_list: list[LibraryElementReference] | None | Unset = UNSET
    """ Elements of the element library (images plus elements at most 10). """
    resolution: None | OmniImageResolution | Unset = UNSET
    result_type: None | OmniImageResultType | Unset = UNSET
    n: int | None | Unset = UNSET
    """ Number of images, 1-9 (single only). Server default: 1. """
    series_amount: int | None | OmniImageRequestSeriesAmountType1 | Unset = UNSET
    """ Images in a series: 2-9, or `auto` (series only). Server default: 4. """
    aspect_ratio: None | OmniImageAspectRatio | Unset = UNSET
    watermark_info: None | Unset | WatermarkInfo = UNSET
    callback_url: None | str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change. An empty string means "not set". """
    external_task_id: None | str | Unset = UNSET
    """ The caller's own task id: unique within the account, usable in place of `task_id` in the get-one operation.
    An empty string means "not set". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        prompt = self.prompt

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        elif isinstance(self.model_name, str):
            model_name = self.model_name
        else:
            model_name = self.model_name

        image_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.image_list, Unset):
            image_list = UNSET
        elif isinstance(self.image_list, list):
            image_list = []
            for image_list_type_0_item_data in self.image_list:
                image_list_type_0_item = image_list_type_0_item_data.to_dict()
                image_list.append(image_list_type_0_item)

        else:
            image_list = self.image_list

        element_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.element_list, Unset):
            element_list = UNSET
        elif isinstance(self.element_list, list):
            element_list = []
            for element_list_type_0_item_data in self.element_list:
                element_list_type_0_item = element_list_type_0_item_data.to_dict()
                element_list.append(element_list_type_0_item)

        else:
            element_list = self.element_list

        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, str):
            resolution = self.resolution
        else:
            resolution = self.resolution

        result_type: None | str | Unset
        if isinstance(self.result_type, Unset):
            result_type = UNSET
        elif isinstance(self.result_type, str):
            result_type = self.result_type
        else:
            result_type = self.result_type

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        series_amount: int | None | str | Unset
        if isinstance(self.series_amount, Unset):
            series_amount = UNSET
        elif isinstance(self.series_amount, str):
            series_amount = self.series_amount
        else:
            series_amount = self.series_amount

        aspect_ratio: None | str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        elif isinstance(self.aspect_ratio, str):
            aspect_ratio = self.aspect_ratio
        else:
            aspect_ratio = self.aspect_ratio

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
                "prompt": prompt,
            }
        )
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if image_list is not UNSET:
            field_dict["image_list"] = image_list
        if element_list is not UNSET:
            field_dict["element_list"] = element_list
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if n is not UNSET:
            field_dict["n"] = n
        if series_amount is not UNSET:
            field_dict["series_amount"] = series_amount
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if watermark_info is not UNSET:
            field_dict["watermark_info"] = watermark_info
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if external_task_id is not UNSET:
            field_dict["external_task_id"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.library_element_reference import LibraryElementReference  # noqa: PLC0415
        from ..models.omni_image_reference import OmniImageReference  # noqa: PLC0415
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_model_name(data: object) -> None | OmniImageModelName | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_name_type_0 = check_omni_image_model_name(data)

                return model_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OmniImageModelName | str | Unset, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        def _parse_image_list(data: object) -> list[OmniImageReference] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                image_list_type_0 = []
                _image_list_type_0 = data
                for image_list_type_0_item_data in _image_list_type_0:
                    image_list_type_0_item = OmniImageReference.from_dict(
                        image_list_type_0_item_data
                    )

                    image_list_type_0.append(image_list_type_0_item)

                return image_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OmniImageReference] | None | Unset, data)

        image_list = _parse_image_list(d.pop("image_list", UNSET))

        def _parse_element_list(data: object) -> list[LibraryElementReference] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                element_list_type_0 = []
                _element_list_type_0 = data
                for element_list_type_0_item_data in _element_list_type_0:
                    element_list_type_0_item = LibraryElementReference.from_dict(
                        element_list_type_0_item_data
                    )

                    element_list_type_0.append(element_list_type_0_item)

                return element_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LibraryElementReference] | None | Unset, data)

        element_list = _parse_element_list(d.pop("element_list", UNSET))

        def _parse_resolution(data: object) -> None | OmniImageResolution | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolution_type_0 = check_omni_image_resolution(data)

                return resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OmniImageResolution | Unset, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        def _parse_result_type(data: object) -> None | OmniImageResultType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                result_type_type_0 = check_omni_image_result_type(data)

                return result_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OmniImageResultType | Unset, data)

        result_type = _parse_result_type(d.pop("result_type", UNSET))

        def _parse_n(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        n = _parse_n(d.pop("n", UNSET))

        def _parse_series_amount(
            data: object,
        ) -> int | None | OmniImageRequestSeriesAmountType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                series_amount_type_1 = check_omni_image_request_series_amount_type_1(data)

                return series_amount_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | OmniImageRequestSeriesAmountType1 | Unset, data)

        series_amount = _parse_series_amount(d.pop("series_amount", UNSET))

        def _parse_aspect_ratio(data: object) -> None | OmniImageAspectRatio | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aspect_ratio_type_0 = check_omni_image_aspect_ratio(data)

                return aspect_ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OmniImageAspectRatio | Unset, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspect_ratio", UNSET))

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

        omni_image_request = cls(
            prompt=prompt,
            model_name=model_name,
            image_list=image_list,
            element_list=element_list,
            resolution=resolution,
            result_type=result_type,
            n=n,
            series_amount=series_amount,
            aspect_ratio=aspect_ratio,
            watermark_info=watermark_info,
            callback_url=callback_url,
            external_task_id=external_task_id,
        )

        omni_image_request.additional_properties = d
        return omni_image_request

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
